import pytest
from django.urls import reverse

from ontwerp.models import Actiepunt, Inzicht, InzichtCitaat, Oplossingsrichting
from ontwerp.services.ontwerpsessie import OntwerpsessieFout, ontwerpsessie_reflectie_opslaan
from tests.factories import BetrokkeneFactory, BijeenkomstFactory, CitaatFactory, InterviewFactory, InzichtFactory
from trajecten import fasen
from trajecten.models import Fase

pytestmark = pytest.mark.django_db

ONTWERPEN_REDENEN = {
    "Er is nog geen vastgesteld inzicht dat met citaten is onderbouwd.",
    "Er is nog geen ontwerpsessie vastgelegd met een oplossingsrichting en een handelingsperspectief.",
}


@pytest.fixture
def sessie(traject):
    return BijeenkomstFactory(traject=traject, soort="ontwerpsessie")


def _redenen(traject):
    return set(fasen.redenen_tegen_volgende_fase(traject)) & ONTWERPEN_REDENEN


def test_faseovergang_ontwerpen_borgen_vraagt_inzicht_en_ontwerpsessie(client, traject, sessie, team):
    traject.fase = Fase.ONTWERPEN
    traject.save()
    assert _redenen(traject) == ONTWERPEN_REDENEN
    inzicht = InzichtFactory(traject=traject, status=Inzicht.Status.VASTGESTELD)
    assert _redenen(traject) == ONTWERPEN_REDENEN  # vastgesteld but without support
    InzichtCitaat.objects.create(inzicht=inzicht, citaat=CitaatFactory(interview=InterviewFactory(traject=traject)))
    assert _redenen(traject) == ONTWERPEN_REDENEN - {
        "Er is nog geen vastgesteld inzicht dat met citaten is onderbouwd."
    }
    client.force_login(team)
    url = reverse("ontwerp:oplossingsrichting_nieuw", args=[traject.pk, sessie.pk])
    assert client.post(url, {"titel": "Eén loket", "inzichten": [inzicht.pk]}).status_code == 302
    assert _redenen(traject)  # a direction, no handelingsperspectief yet
    url = reverse("ontwerp:actiepunt_nieuw", args=[traject.pk, sessie.pk])
    data = {
        "omschrijving": "Loket inrichten",
        "eigenaar": "Teamleider toegang",
        "datum": "2027-03-01",
        "status": "open",
    }
    assert client.post(url, data).status_code == 302
    assert _redenen(traject) == set()


def test_oplossingsrichting_vraagt_een_inzicht_en_fouten_staan_bij_het_veld(client, traject, sessie, team):
    client.force_login(team)
    url = reverse("ontwerp:oplossingsrichting_nieuw", args=[traject.pk, sessie.pk])
    response = client.post(url, {"titel": ""})
    assert response.status_code == 400
    tekst = response.content.decode()
    assert "Vul de titel van de oplossingsrichting in." in tekst
    assert "Kies minstens één inzicht dat deze richting onderbouwt." in tekst
    vreemd = InzichtFactory()
    response = client.post(url, {"titel": "X", "inzichten": [vreemd.pk]})
    assert response.status_code == 400 and not Oplossingsrichting.objects.exists()


def test_ontwerpsessie_toont_deelname_per_perspectief_zonder_namen(client, traject, sessie, persona):
    betrokkene = BetrokkeneFactory(traject=traject, perspectief="bestuur", naam="Wethouder Geheimnaam")
    sessie.betrokkenen.add(betrokkene, BetrokkeneFactory(traject=traject, perspectief="bestuur"))
    ontwerpsessie_reflectie_opslaan(bijeenkomst=sessie, reflectie="*Herkend*", door=persona["team"])
    client.force_login(persona["expert"])
    tekst = client.get(reverse("ontwerp:ontwerpsessie", args=[traject.pk, sessie.pk])).content.decode()
    assert "Bestuur: 2" in tekst
    assert "Geheimnaam" not in tekst
    assert "<em>Herkend</em>" in tekst
    assert "Reflectie opslaan" not in tekst  # the team records the session


def test_alleen_een_ontwerpsessie_heeft_een_ontwerpsessiepagina(client, traject, team):
    kickoff = BijeenkomstFactory(traject=traject, soort="kick-off")
    client.force_login(team)
    assert client.get(reverse("ontwerp:ontwerpsessie", args=[traject.pk, kickoff.pk])).status_code == 404
    with pytest.raises(OntwerpsessieFout):
        ontwerpsessie_reflectie_opslaan(bijeenkomst=kickoff, reflectie="x", door=team)


def test_actiestatus_bijwerken(client, traject, sessie, team):
    client.force_login(team)
    data = {"omschrijving": "Loket inrichten", "eigenaar": "Gemeente", "status": "open"}
    client.post(reverse("ontwerp:actiepunt_nieuw", args=[traject.pk, sessie.pk]), data)
    actie = Actiepunt.objects.get()
    client.post(reverse("ontwerp:actiepunt_status", args=[traject.pk, sessie.pk, actie.pk]), {"status": "gereed"})
    actie.refresh_from_db()
    assert actie.status == "gereed"
