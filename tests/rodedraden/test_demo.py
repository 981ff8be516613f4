import pytest
from django.core.management import call_command

from rodedraden.models import Rapportversie, Reflectie
from rodedraden.selectors.rapport import rapport_inhoud
from trajecten.models import Rol, Status, Traject, TrajectRol

pytestmark = pytest.mark.django_db


def test_demo_laadt_reflecties_en_een_vastgesteld_rapport_idempotent():
    call_command("seed_demo", force=True)
    eerste = (Reflectie.objects.count(), Rapportversie.objects.count())
    call_command("seed_demo", force=True)
    assert (Reflectie.objects.count(), Rapportversie.objects.count()) == eerste
    afgerond = Traject.objects.filter(status=Status.AFGEROND)
    # every expert of every afgerond traject wrote one reflection, tagged with codes
    assert eerste[0] == TrajectRol.objects.filter(traject__in=afgerond, rol=Rol.EXPERT).count() > 0
    assert all(r.codes.exists() for r in Reflectie.objects.all())
    vastgesteld = Rapportversie.objects.get(nummer=1)
    assert vastgesteld.vastgesteld and set(vastgesteld.trajecten.all()) == set(afgerond)
    inhoud = rapport_inhoud(vastgesteld)
    assert [h["naam"] for h in inhoud["hoofdthemas"]] == [
        "Inwoner centraal",
        "Rust en regie",
        "Balans lokaal en regionaal",
    ]
    assert all(vastgesteld.teksten[h]["inleiding"] and vastgesteld.teksten[h]["conclusie"] for h in vastgesteld.teksten)
    groepen = [g for h in inhoud["hoofdthemas"] for s in h["soorten"] for g in s["groepen"]]
    assert any(g["citaten"] for g in groepen) and all(h["reflecties"] for h in inhoud["hoofdthemas"])
    assert Rapportversie.objects.get(nummer=2).status == Rapportversie.Status.CONCEPT
