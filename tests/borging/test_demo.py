"""seed_demo loads Borgen for the trajecten in that phase, idempotently."""

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from borging.models import Afspraak, EvaluatieAntwoord, EvaluatieUitnodiging, Nazorggesprek, Observatie, Streefwaarde
from trajecten.models import Status, Traject
from visieleren.accounts.models import User

pytestmark = pytest.mark.django_db

MODELLEN = [Streefwaarde, Observatie, Afspraak, EvaluatieUitnodiging, EvaluatieAntwoord, Nazorggesprek]


def test_seed_demo_laadt_borgen_en_is_idempotent():
    call_command("seed_demo", force=True)
    eerste = [m.objects.count() for m in MODELLEN]
    call_command("seed_demo", force=True)
    assert [m.objects.count() for m in MODELLEN] == eerste
    afgerond = Traject.objects.filter(status=Status.AFGEROND, fase="borgen")
    for traject in afgerond:
        assert traject.streefwaarden.count() == 3
        assert Afspraak.objects.filter(bijeenkomst__traject=traject).exists()
        gesprek = traject.nazorggesprekken.get()
        assert gesprek.observaties.count() == 3
    # As many used invitations as answers, and nothing that links the two.
    for traject in Traject.objects.filter(streefwaarden__isnull=False).distinct():
        gebruikt = EvaluatieUitnodiging.objects.filter(traject=traject, gebruikt=True).count()
        assert gebruikt == EvaluatieAntwoord.objects.filter(traject=traject).count() > 0


def test_demo_contactpersoon_ziet_streefwaarden_en_resultaten_van_het_eigen_traject():
    call_command("seed_demo", force=True)
    client = Client()
    contact = User.objects.get(email="contact@visieleren.test")
    client.force_login(contact)
    traject = Traject.objects.get(rollen__user=contact)
    pagina = client.get(traject.get_absolute_url()).content.decode()
    assert "Wachttijd tot het eerste gesprek" in pagina
    resultaten = client.get(reverse("borging:evaluatie_resultaten", args=[traject.pk])).content.decode()
    assert "Antwoorden per stelling" in resultaten


def test_demo_eindrapportages_idempotent_en_de_pdf_komt_bij_de_eerste_download():
    from borging.models import Opmerking, Versie

    call_command("seed_demo", force=True)
    eerste = (Versie.objects.count(), Opmerking.objects.count())
    call_command("seed_demo", force=True)
    assert (Versie.objects.count(), Opmerking.objects.count()) == eerste
    for traject in Traject.objects.filter(status=Status.AFGEROND, fase="borgen"):
        versie = Versie.objects.get(eindrapportage__traject=traject)
        assert versie.status == "vastgesteld" and versie.citaten.exists() and not versie.bestand
    review = Versie.objects.get(status="ter_review")
    assert Opmerking.objects.filter(sectie__versie=review).count() == 2
    client = Client()
    client.force_login(User.objects.get(email="team@visieleren.test"))
    versie = Versie.objects.filter(status="vastgesteld").first()
    url = reverse("borging:versie_download", args=[versie.eindrapportage.traject_id, versie.pk])
    assert client.get(url).status_code == 200
    versie.refresh_from_db()
    assert versie.pdf_status == "klaar" and versie.bestand
