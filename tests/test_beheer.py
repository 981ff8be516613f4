"""The staff admin at /beheer/ opens for the team, and interview data there is read-only."""

import pytest
from django.urls import reverse

from tests.factories import CitaatFactory

pytestmark = pytest.mark.django_db

MODELLEN = [
    "accounts/user",
    "trajecten/traject",
    "trajecten/aanmelding",
    "trajecten/gemeente",
    "core/auditlog",
    "interviews/deelnemer",
    "interviews/interview",
    "interviews/citaat",
    "interviews/code",
    "interviews/tagging",
    "interviews/beoordeling",
    "interviews/memo",
]


@pytest.fixture
def beheerder(team):
    team.is_staff = team.is_superuser = True
    team.save(update_fields=["is_staff", "is_superuser"])
    return team


@pytest.mark.parametrize("model", MODELLEN)
def test_beheer_lijsten_openen(client, beheerder, model):
    CitaatFactory()
    client.force_login(beheerder)
    assert client.get(f"/beheer/{model}/").status_code == 200


def test_citaten_in_beheer_zijn_alleen_te_lezen(client, beheerder):
    citaat = CitaatFactory()
    client.force_login(beheerder)
    assert client.get(reverse("admin:interviews_citaat_add")).status_code == 403
    response = client.post(reverse("admin:interviews_citaat_change", args=[citaat.pk]), {"tekst": "anders"})
    assert response.status_code == 403
    citaat.refresh_from_db()
    assert citaat.tekst != "anders"


def test_aantekeningen_staan_niet_in_beheer(client, beheerder):
    citaat = CitaatFactory()
    client.force_login(beheerder)
    html = client.get(reverse("admin:interviews_interview_change", args=[citaat.interview.pk])).content.decode()
    assert citaat.interview.notities not in html
