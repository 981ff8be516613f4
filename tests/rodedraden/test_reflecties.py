"""Expert reflections: an expert writes and revises their own; the traject's experts and moderators read
them; others may not; codes come from the shared codebook or the traject's own."""

import pytest
from django.urls import reverse

from interviews.models import Code
from rodedraden.models import Reflectie
from tests.factories import TrajectCodeFactory, UserFactory, met_rol
from trajecten.models import Rol

pytestmark = pytest.mark.django_db


def _data(**extra):
    return {"wat_werkte": "Het duo-interview.", "dilemmas": "", "advies": "Luister eerst.", **extra}


def test_expert_schrijft_en_werkt_eigen_reflectie_bij(client, persona, traject):
    client.force_login(persona["expert"])
    rust = Code.objects.get(traject=None, ouder=None, naam="Rust en regie")
    url = reverse("reflecties:mijn", args=[traject.pk])
    assert client.post(url, _data(codes=[rust.pk])).status_code == 302
    assert client.post(url, _data(advies="Kies weinig prioriteiten.")).status_code == 302
    reflectie = Reflectie.objects.get()
    assert reflectie.expert == persona["expert"] and reflectie.advies == "Kies weinig prioriteiten."
    assert list(reflectie.codes.all()) == []


def test_expert_kan_andermans_reflectie_niet_bewerken(client, persona, traject):
    collega = met_rol(traject, Rol.EXPERT, user=UserFactory(naam="Collega Expert"))
    Reflectie.objects.create(traject=traject, expert=collega, advies="Van de collega.")
    client.force_login(persona["expert"])
    client.post(reverse("reflecties:mijn", args=[traject.pk]), _data())
    assert Reflectie.objects.get(expert=collega).advies == "Van de collega."
    assert Reflectie.objects.count() == 2


def test_lege_reflectie_geeft_foutmelding_bij_het_veld(client, persona, traject):
    client.force_login(persona["expert"])
    antwoord = client.post(reverse("reflecties:mijn", args=[traject.pk]), {"wat_werkte": " ", "advies": ""})
    assert antwoord.status_code == 400
    assert "Vul minstens één van de drie onderdelen in." in antwoord.content.decode()
    assert not Reflectie.objects.exists()


def test_code_van_een_ander_traject_kan_niet(client, persona, traject, ander_traject):
    vreemd = TrajectCodeFactory(traject=ander_traject, naam="Vreemd")
    client.force_login(persona["expert"])
    antwoord = client.post(reverse("reflecties:mijn", args=[traject.pk]), _data(codes=[vreemd.pk]))
    assert antwoord.status_code == 400 and not Reflectie.objects.exists()


def test_moderator_leest_maar_schrijft_niet(client, persona, traject):
    Reflectie.objects.create(traject=traject, expert=persona["expert"], advies="Luister eerst.")
    client.force_login(persona["moderator"])
    pagina = client.get(reverse("reflecties:lijst", args=[traject.pk])).content.decode()
    assert "Luister eerst." in pagina and "Mijn reflectie" not in pagina
    assert client.get(reverse("reflecties:mijn", args=[traject.pk])).status_code == 403


def test_contactpersoon_en_buitenstaander_lezen_geen_reflecties(client, persona, traject):
    client.force_login(persona["contactpersoon"])
    assert client.get(reverse("reflecties:lijst", args=[traject.pk])).status_code == 403
    client.force_login(UserFactory())
    assert client.get(reverse("reflecties:lijst", args=[traject.pk])).status_code == 404
