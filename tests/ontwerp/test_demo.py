import pytest
from django.core.management import call_command

from ontwerp.models import Actiepunt, Inzicht, InzichtCitaat, Ontwerpsessie, Oplossingsrichting
from trajecten import fasen
from trajecten.models import Traject

pytestmark = pytest.mark.django_db

TELLEN = [Inzicht, InzichtCitaat, Ontwerpsessie, Oplossingsrichting, Actiepunt]


def test_demo_laadt_inzichten_in_drie_stappen_en_een_ontwerpsessie_idempotent():
    call_command("seed_demo", force=True)
    eerste = [m.objects.count() for m in TELLEN]
    call_command("seed_demo", force=True)
    assert [m.objects.count() for m in TELLEN] == eerste
    # The demo tags the quotes of the trajecten of the demo expert; Stede Broec e.a. is in fase Borgen.
    traject = Traject.objects.get(titel__startswith="Stede Broec")
    stappen = set(Inzicht.objects.filter(traject=traject).values_list("stap", flat=True))
    assert stappen == set(Inzicht.Stap.values)
    thema = set(Inzicht.objects.filter(traject=traject).values_list("hoofdthema__naam", flat=True))
    assert thema == {"Inwoner centraal", "Rust en regie", "Balans lokaal en regionaal"}
    assert InzichtCitaat.objects.filter(inzicht__traject=traject).exists()
    sessie = Ontwerpsessie.objects.get(bijeenkomst__traject=traject)
    assert sessie.oplossingsrichtingen.get().inzichten.exists() and sessie.actiepunten.count() == 2


def test_demo_trajecten_in_borgen_voldoen_aan_de_checks_van_ontwerpen():
    call_command("seed_demo", force=True)
    for traject in Traject.objects.filter(inzichten__citaten__isnull=False).distinct():
        assert all(c.voldaan for c in fasen.checklist(traject, "ontwerpen")), traject
