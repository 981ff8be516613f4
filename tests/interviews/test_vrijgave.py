"""Released text: the team or the interview's moderator checks a quote's text before it leaves the team."""

import pytest
from django.urls import reverse

from interviews.models import Citaat
from interviews.selectors.uitvoer import citaten_zonder_vrijgave, uitvoer_teksten
from interviews.services.interviews import interview_notities_opslaan
from interviews.services.vrijgave import VrijgaveFout, citaat_vrijgeven
from tests.factories import CitaatFactory, InterviewFactory, TaggingFactory, TrajectFactory
from trajecten.models import Fase
from visieleren.core.models import AuditLog
from visieleren.permissions import mag_citaat_vrijgeven

pytestmark = pytest.mark.django_db

NOTITIES = "Intro\nJohanna Verbeek zegt: bij wijkteam Noord wacht ik al zeven weken."


@pytest.fixture
def vrij_citaat(traject, persona):
    interview = InterviewFactory(
        traject=traject,
        notities=NOTITIES,
        moderator=persona["moderator"],
        deelnemer_a__pseudoniem="Inwoner 1",
        deelnemer_a__betrokkene__naam="Johanna Verbeek",
    )
    return CitaatFactory(interview=interview)


def _url(citaat):
    return reverse("vrijgave:citaat", args=[citaat.interview.traject_id, citaat.pk])


def test_team_geeft_gecontroleerde_tekst_vrij(client, team, vrij_citaat):
    client.force_login(team)
    pagina = client.get(reverse("codeboek:citaat", args=[vrij_citaat.interview.traject_id, vrij_citaat.pk]))
    html = pagina.content.decode()
    assert "Nog niet vrijgegeven" in html
    assert "Inwoner 1 zegt: bij wijkteam Noord" in html  # the form starts from the pseudonymised text

    response = client.post(
        _url(vrij_citaat), {"tekst": "Inwoner 1 zegt: bij het wijkteam wacht ik al zeven weken.", "gecontroleerd": "on"}
    )

    assert response.status_code == 302
    vrij_citaat.refresh_from_db()
    assert vrij_citaat.vrijgegeven and vrij_citaat.vrijgegeven_door == team and vrij_citaat.vrijgegeven_op
    assert vrij_citaat.vrijgegeven_tekst == "Inwoner 1 zegt: bij het wijkteam wacht ik al zeven weken."
    assert uitvoer_teksten([vrij_citaat]) == {vrij_citaat.pk: vrij_citaat.vrijgegeven_tekst}
    assert AuditLog.objects.filter(actie="citaat vrijgegeven", actor=team).exists()


def test_moderator_van_het_interview_mag_vrijgeven_een_andere_expert_niet(client, persona, vrij_citaat):
    assert mag_citaat_vrijgeven(persona["moderator"], vrij_citaat)
    assert not mag_citaat_vrijgeven(persona["expert"], vrij_citaat)
    assert not mag_citaat_vrijgeven(persona["contactpersoon"], vrij_citaat)

    client.force_login(persona["expert"])
    pagina = client.get(reverse("codeboek:citaat", args=[vrij_citaat.interview.traject_id, vrij_citaat.pk]))
    assert 'action="' + _url(vrij_citaat) not in pagina.content.decode()
    assert client.post(_url(vrij_citaat), {"tekst": "x", "gecontroleerd": "on"}).status_code == 403

    client.force_login(persona["moderator"])
    assert client.post(_url(vrij_citaat), {"tekst": "Tekst.", "gecontroleerd": "on"}).status_code == 302
    assert Citaat.objects.get(pk=vrij_citaat.pk).vrijgegeven


def test_lege_tekst_of_zonder_controle_wordt_geweigerd_met_melding(client, team, vrij_citaat):
    client.force_login(team)
    response = client.post(_url(vrij_citaat), {"tekst": "  ", "gecontroleerd": "on"})
    assert response.status_code == 400
    assert "Vul de tekst in die naar buiten mag." in response.content.decode()
    response = client.post(_url(vrij_citaat), {"tekst": "Tekst."})
    assert response.status_code == 400
    assert "Bevestig dat u de tekst hebt gecontroleerd." in response.content.decode()
    assert not Citaat.objects.get(pk=vrij_citaat.pk).vrijgegeven


def test_gewijzigde_brontekst_laat_de_vrijgave_vervallen(team, vrij_citaat):
    citaat_vrijgeven(citaat=vrij_citaat, tekst="Inwoner 1 wacht al zeven weken.", door=team)

    interview_notities_opslaan(interview=vrij_citaat.interview, notities="Nieuwe intro\n" + NOTITIES, door=team)
    vrij_citaat.refresh_from_db()
    assert vrij_citaat.vrijgegeven  # only moved: the text is still the same

    interview_notities_opslaan(
        interview=vrij_citaat.interview, notities="Intro\nJohanna zegt iets heel anders nu.", door=team
    )
    vrij_citaat.refresh_from_db()
    assert vrij_citaat.anker == Citaat.Anker.GEWIJZIGD
    assert not vrij_citaat.vrijgegeven and vrij_citaat.vrijgave_vervallen_op
    assert vrij_citaat.vrijgegeven_tekst == "Inwoner 1 wacht al zeven weken."  # kept as a start for the next check
    assert uitvoer_teksten([vrij_citaat]) == {vrij_citaat.pk: None}
    assert AuditLog.objects.filter(actie__startswith="vrijgave vervallen").exists()
    with pytest.raises(VrijgaveFout):
        citaat_vrijgeven(citaat=vrij_citaat, tekst="Opnieuw.", door=team)


def test_lijst_toont_getagde_citaten_van_ontwerpen_en_borgen_zonder_vrijgave(client, team):
    ontwerpen = TrajectFactory(titel="In ontwerpen", fase=Fase.ONTWERPEN)
    borgen = TrajectFactory(titel="In borgen", fase=Fase.BORGEN)
    luisteren = TrajectFactory(titel="In luisteren", fase=Fase.LUISTEREN)
    open_citaat = TaggingFactory(citaat__interview__traject=ontwerpen).citaat
    vrijgegeven = TaggingFactory(citaat__interview__traject=borgen).citaat
    citaat_vrijgeven(citaat=vrijgegeven, tekst="Klaar.", door=team)
    TaggingFactory(citaat__interview__traject=luisteren)
    CitaatFactory(interview__traject=borgen)  # not tagged: not (yet) in an output

    assert list(citaten_zonder_vrijgave()) == [open_citaat]
    client.force_login(team)
    html = client.get(reverse("vrijgave:lijst")).content.decode()
    assert "In ontwerpen (1)" in html and "In borgen" not in html and "In luisteren" not in html
    assert reverse("codeboek:citaat", args=[ontwerpen.pk, open_citaat.pk]) in html


def test_een_citaat_op_een_kaartje_wacht_ook_op_vrijgave_en_telt_eenmaal(team):
    """Both ways into an output (tagged in Ontwerpen/Borgen, on a card) count, a quote on both once."""
    from interviews.selectors.uitvoer import zonder_vrijgave_per_traject
    from ontwerp.models import Kaartenset

    luisteren = TrajectFactory(titel="In luisteren", fase=Fase.LUISTEREN)
    ontwerpen = TrajectFactory(titel="In ontwerpen", fase=Fase.ONTWERPEN)
    op_kaartje = CitaatFactory(interview__traject=luisteren)  # not tagged, but on a card
    beide = TaggingFactory(citaat__interview__traject=ontwerpen).citaat
    vrij = CitaatFactory(interview__traject=luisteren)
    citaat_vrijgeven(citaat=vrij, tekst="Klaar.", door=team)
    for traject, citaten in ((luisteren, [op_kaartje, vrij]), (ontwerpen, [beide])):
        Kaartenset.objects.create(traject=traject, titel="Kaartjes").citaten.set(citaten)

    assert set(citaten_zonder_vrijgave()) == {op_kaartje, beide}
    assert citaten_zonder_vrijgave().count() == 2
    assert list(citaten_zonder_vrijgave(traject=luisteren)) == [op_kaartje]
    assert zonder_vrijgave_per_traject([luisteren.pk, ontwerpen.pk]) == {luisteren.pk: 1, ontwerpen.pk: 1}
    assert zonder_vrijgave_per_traject([ontwerpen.pk]) == {ontwerpen.pk: 1}


def test_lijst_telt_queries_niet_per_citaat(client, team, django_assert_max_num_queries):
    traject = TrajectFactory(fase=Fase.ONTWERPEN)
    for _ in range(5):
        TaggingFactory(citaat__interview__traject=traject)
    client.force_login(team)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("vrijgave:lijst")).status_code == 200


def test_htmx_vervangt_alleen_het_blok_vrijgave(client, team, vrij_citaat):
    client.force_login(team)
    response = client.post(_url(vrij_citaat), {"tekst": "Tekst."}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section aria-labelledby="kop-vrijgave" id="vrijgave">')
    assert "Bevestig dat u de tekst hebt gecontroleerd." in html

    response = client.post(_url(vrij_citaat), {"tekst": "Tekst.", "gecontroleerd": "on"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "De tekst van het citaat is vrijgegeven." in html and "Vrijgegeven door Tessa Team" in html
    assert Citaat.objects.get(pk=vrij_citaat.pk).vrijgegeven
