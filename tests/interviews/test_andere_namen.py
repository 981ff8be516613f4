"""Other names: people named in the notes who are no deelnemer, replaced like deelnemers."""

import pytest
from django.urls import reverse

from interviews import privacy
from interviews.models import AndereNaam
from interviews.services.interviews import InterviewFout, andere_naam_create
from tests.factories import DeelnemerFactory, InterviewFactory, met_rol
from trajecten.models import Rol
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db

NOTITIES = "Intro\nLiesbeth IJzerman van het wijkteam belde. Daarna sprak ik met mevrouw Ijzerman en Piet Klaassen."


@pytest.fixture
def interview(traject, persona):
    return InterviewFactory(traject=traject, moderator=persona["moderator"], notities=NOTITIES)


def test_moderator_voegt_andere_naam_toe_en_expert_leest_de_omschrijving(client, persona, traject, interview):
    client.force_login(persona["moderator"])
    url = reverse("interviews:andere_namen", args=[traject.pk, interview.pk])
    pagina = client.get(url).content.decode()
    assert "IJzerman" in pagina and "Klaassen" in pagina  # suggested: capitalised, unknown, mid-sentence
    response = client.post(url, {"naam": "Liesbeth IJzerman", "label": "collega wijkteam"}, follow=True)
    assert "wordt voortaan vervangen door [collega wijkteam]" in response.content.decode()
    andere = AndereNaam.objects.get()
    assert (andere.traject, andere.interview, andere.toegevoegd_door) == (traject, interview, persona["moderator"])
    client.force_login(persona["expert"])
    tekst = client.get(reverse("interviews:interview", args=[traject.pk, interview.pk])).content.decode()
    assert "[collega wijkteam] van het wijkteam belde" in tekst and "[collega wijkteam] en Piet" in tekst
    assert "IJzerman" not in tekst and "Ijzerman" not in tekst
    assert AuditLog.objects.get(actie="andere naam toegevoegd").object_omschrijving == f"andere naam {andere.pk}"


def test_een_lege_omschrijving_geeft_een_fout_bij_het_veld(client, persona, traject, interview):
    client.force_login(persona["moderator"])
    response = client.post(reverse("interviews:andere_namen", args=[traject.pk, interview.pk]), {"naam": "Piet"})
    assert response.status_code == 400
    assert "Vul in wat er in plaats van de naam moet staan" in response.content.decode()


def test_dubbele_naam_wordt_geweigerd(traject, interview, persona):
    andere_naam_create(traject=traject, naam="Piet Klaassen", label="buurman", door=persona["team"])
    with pytest.raises(InterviewFout):
        andere_naam_create(traject=traject, naam="piet  klaassen", label="buurman", door=persona["team"])


@pytest.mark.parametrize("rol", ["expert", "contactpersoon"])
def test_alleen_team_en_moderator_van_het_interview(client, persona, traject, interview, rol):
    client.force_login(persona[rol])
    assert client.get(reverse("interviews:andere_namen", args=[traject.pk, interview.pk])).status_code == 403
    andere_moderator = met_rol(traject, Rol.MODERATOR)
    client.force_login(andere_moderator)
    assert client.get(reverse("interviews:andere_namen", args=[traject.pk, interview.pk])).status_code == 403


def test_matcher_volgt_wijzigingen_van_namen(traject, interview, persona):
    """The matcher is cached per traject, and rebuilt when a deelnemer or other name changes."""
    assert privacy.matcher_voor(traject.pk).vervang("Piet kwam.") == "Piet kwam."
    andere = andere_naam_create(traject=traject, naam="Piet Klaassen", label="buurman", door=persona["team"])
    assert privacy.matcher_voor(traject.pk).vervang("Piet kwam.") == "[buurman] kwam."
    assert privacy.matcher_voor(traject.pk) is privacy.matcher_voor(traject.pk)  # built once
    deelnemer = DeelnemerFactory(traject=traject, betrokkene__naam="Truus Bakker", pseudoniem="Inwoner 9")
    assert privacy.matcher_voor(traject.pk).vervang("Truus kwam.") == "Inwoner 9 kwam."
    deelnemer.betrokkene.naam = "Truus Smit"
    deelnemer.betrokkene.save()
    assert privacy.matcher_voor(traject.pk).vervang("Smit kwam.") == "Inwoner 9 kwam."
    andere.delete()
    assert privacy.matcher_voor(traject.pk).vervang("Piet kwam.") == "Piet kwam."
