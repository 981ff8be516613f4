import datetime

import pytest
from django.urls import reverse

from interviews.services.interviews import Intrekking, deelnemer_toestemming_intrekken
from ontwerp.models import Inzicht, InzichtCitaat
from ontwerp.selectors.inzichten import geschiedenis, inzicht_detail, inzichten_per_stap
from ontwerp.services.inzichten import (
    InzichtFout,
    inzicht_citaat_toevoegen,
    inzicht_doorzetten,
    inzicht_update,
)
from tests.factories import CitaatFactory, InterviewFactory, InzichtFactory, met_rol
from trajecten.models import Rol

pytestmark = pytest.mark.django_db


@pytest.fixture
def inzicht(traject, codes):
    return InzichtFactory(traject=traject, hoofdthema=codes["Rust en regie"], soort=codes["Dilemma/uitdaging"])


def test_bewijs_telt_citaten_deelnemers_perspectieven_en_interviews(traject, matrix, inzicht, team):
    for citaat in matrix["citaten"]:
        inzicht_citaat_toevoegen(inzicht=inzicht, citaat=citaat, door=team)
    inzicht_citaat_toevoegen(inzicht=inzicht, citaat=matrix["citaten"][0], door=team)  # twice: once
    detail = inzicht_detail(traject=traject, pk=inzicht.pk)
    assert (detail.aantal_citaten, detail.aantal_deelnemers, detail.aantal_perspectieven, detail.aantal_interviews) == (
        4,
        3,
        2,
        2,
    )


def test_zonder_onderbouwing_wordt_getoond(client, traject, inzicht, team):
    client.force_login(team)
    tekst = client.get(reverse("ontwerp:inzicht", args=[traject.pk, inzicht.pk])).content.decode()
    assert "Zonder onderbouwing" in tekst


def test_ingetrokken_toestemming_markeert_onderbouwing_verloren(client, traject, matrix, inzicht, team):
    u2 = matrix["deelnemers"][1]
    inzicht_citaat_toevoegen(inzicht=inzicht, citaat=matrix["citaten"][2], door=team)  # Uitvoering 2's quote
    ander = InzichtFactory(traject=traject)
    inzicht_citaat_toevoegen(inzicht=ander, citaat=matrix["citaten"][0], door=team)
    deelnemer_toestemming_intrekken(deelnemer=u2, wijze=Intrekking.CITATEN, op=datetime.date.today(), door=team)
    inzicht.refresh_from_db()
    ander.refresh_from_db()
    assert inzicht.onderbouwing_verloren_op is not None
    assert ander.onderbouwing_verloren_op is None
    assert not InzichtCitaat.objects.filter(inzicht=inzicht).exists()
    assert "onderbouwing van inzicht verloren" in [r.actie for r in geschiedenis(inzicht)]
    client.force_login(team)
    tekst = client.get(reverse("ontwerp:inzicht", args=[traject.pk, inzicht.pk])).content.decode()
    assert "Onderbouwing verloren" in tekst and "Zonder onderbouwing" in tekst
    inzicht_citaat_toevoegen(inzicht=inzicht, citaat=matrix["citaten"][0], door=team)
    inzicht.refresh_from_db()
    assert inzicht.onderbouwing_verloren_op is None


def test_citaat_van_ander_traject_wordt_geweigerd(inzicht, ander_traject, team):
    vreemd = CitaatFactory(interview=InterviewFactory(traject=ander_traject))
    with pytest.raises(InzichtFout):
        inzicht_citaat_toevoegen(inzicht=inzicht, citaat=vreemd, door=team)


def test_geschiedenis_zegt_wie_wat_wanneer(inzicht, team, codes):
    inzicht_update(inzicht=inzicht, door=team, titel="Nieuwe titel", status=Inzicht.Status.BESPROKEN)
    regel = geschiedenis(inzicht).first()
    assert regel.actor == team
    assert regel.wijzigingen["titel"][1] == "Nieuwe titel"
    assert regel.wijzigingen["status"] == ["Concept", "Besproken"]


def test_doorzetten_maakt_nieuw_inzicht_in_volgende_stap_met_herkomst(traject, matrix, inzicht, team):
    inzicht_citaat_toevoegen(inzicht=inzicht, citaat=matrix["citaten"][0], door=team)
    nieuw = inzicht_doorzetten(inzicht=inzicht, door=team)
    assert nieuw.stap == Inzicht.Stap.EXPERTTEAM and nieuw.herkomst == inzicht
    assert list(nieuw.citaten.all()) == [matrix["citaten"][0]]
    assert inzicht_doorzetten(inzicht=nieuw, door=team).stap == Inzicht.Stap.REFLECTIE
    with pytest.raises(InzichtFout):
        inzicht_doorzetten(inzicht=inzicht, door=team)  # already carried forward
    kolommen = inzichten_per_stap(traject=traject)
    assert [len(k.inzichten) for k in kolommen] == [1, 1, 1]


def test_moderator_schrijft_stap_1_expert_stap_2(client, traject, codes):
    moderator, expert = met_rol(traject, Rol.MODERATOR), met_rol(traject, Rol.EXPERT)
    data = {
        "titel": "Eén loket",
        "toelichting": "",
        "hoofdthema": codes["Inwoner centraal"].pk,
        "soort": codes["Werkzaam element"].pk,
        "status": "concept",
    }
    url = reverse("ontwerp:inzicht_nieuw", args=[traject.pk])
    client.force_login(expert)
    response = client.post(url, data | {"stap": "moderatoren"})
    assert response.status_code == 400
    assert "U schrijft geen inzichten in deze stap." in response.content.decode()
    assert client.post(url, data | {"stap": "expertteam"}).status_code == 302
    client.force_login(moderator)
    assert client.post(url, data | {"stap": "moderatoren"}).status_code == 302
    assert sorted(Inzicht.objects.values_list("stap", flat=True)) == ["expertteam", "moderatoren"]


def test_toelichting_is_opgeschoonde_markdown(client, traject, team):
    inzicht = InzichtFactory(traject=traject, toelichting="**Vet** <script>alert(1)</script>")
    client.force_login(team)
    tekst = client.get(reverse("ontwerp:inzicht", args=[traject.pk, inzicht.pk])).content.decode()
    assert "<strong>Vet</strong>" in tekst
    assert "<script>alert(1)" not in tekst


def test_citaat_naar_inzicht_met_knop_en_htmx(client, traject, matrix, codes):
    moderator = met_rol(traject, Rol.MODERATOR)
    inzicht = InzichtFactory(traject=traject)
    citaat = matrix["citaten"][1]
    client.force_login(moderator)
    url = reverse("ontwerp:citaat_naar_inzicht", args=[traject.pk, citaat.pk])
    volgende = reverse("codeboek:citaten", args=[traject.pk])
    response = client.post(url, {"inzicht": inzicht.pk, "volgende": volgende})
    assert response.status_code == 302 and response["Location"] == volgende
    assert list(inzicht.citaten.all()) == [citaat]
    response = client.post(url, {"inzicht": ""}, HTTP_HX_REQUEST="true")
    assert "Kies een inzicht." in response.content.decode()
    # An inzicht of a step the moderator does not write in is not offered, and refused.
    expertinzicht = InzichtFactory(traject=traject, stap="expertteam")
    response = client.post(url, {"inzicht": expertinzicht.pk}, HTTP_HX_REQUEST="true")
    assert "Kies een inzicht uit de lijst." in response.content.decode()
    assert not expertinzicht.citaten.exists()


def test_citatenlijst_en_citaatpagina_bieden_toevoegen_aan_inzicht(client, traject, matrix):
    moderator = met_rol(traject, Rol.MODERATOR)
    inzicht = InzichtFactory(traject=traject, titel="Wachten is slopend")
    client.force_login(moderator)
    citaat = matrix["citaten"][0]
    for url in (
        reverse("codeboek:citaten", args=[traject.pk]),
        reverse("codeboek:citaat", args=[traject.pk, citaat.pk]),
    ):
        tekst = client.get(url).content.decode()
        assert reverse("ontwerp:citaat_naar_inzicht", args=[traject.pk, citaat.pk]) in tekst
        assert inzicht.titel in tekst
