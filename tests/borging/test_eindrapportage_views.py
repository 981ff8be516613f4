"""Pages of the eindrapportage: the team's editing, the gemeente's review, downloads per role and their log."""

import pytest
from django.urls import reverse

from borging.models import Opmerking, RapportDownload, Versie
from borging.services import eindrapportage as services
from tests.factories import TrajectFactory, UserFactory, met_rol
from trajecten.models import Rol
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact(traject):
    return met_rol(traject, Rol.CONTACTPERSOON, user=UserFactory(naam="Carla Contact"))


@pytest.fixture
def bestuurder(traject):
    return met_rol(traject, Rol.BESTUURDER, user=UserFactory(naam="Wim Wethouder"))


def _url(naam, versie, **extra):
    return reverse(f"borging:{naam}", kwargs={"traject_pk": versie.traject.pk, "pk": versie.pk, **extra})


def test_team_stelt_samen_bewerkt_met_voorbeeld_en_ziet_het_verschil_voor_het_vervangen(client, team, traject):
    client.force_login(team)
    response = client.post(reverse("borging:versie_nieuw", args=[traject.pk]))
    versie = Versie.objects.get(eindrapportage__traject=traject)
    assert response.status_code == 302 and response["Location"] == versie.get_absolute_url()
    # Live preview: sanitised Markdown, scripts and links gone.
    voorbeeld = client.post(
        _url("sectie_voorbeeld", versie, soort="advies"),
        {"tekst": "**Vet** <script>alert(1)</script> [link](https://x.test)"},
        HTTP_HX_REQUEST="true",
    )
    assert "<strong>Vet</strong>" in voorbeeld.content.decode()
    assert "<script" not in voorbeeld.content.decode() and "href" not in voorbeeld.content.decode()
    client.post(_url("sectie_bewerken", versie, soort="advies"), {"tekst": "Ons eigen advies."})
    assert versie.secties.get(soort="advies").tekst == "Ons eigen advies."
    verschil = client.get(_url("sectie_regenereren", versie, soort="advies"))
    pagina = verschil.content.decode()
    assert "<del>− Ons eigen advies.</del>" in pagina and "<ins>+ " in pagina
    assert versie.secties.get(soort="advies").tekst == "Ons eigen advies."  # GET changes nothing
    client.post(_url("sectie_regenereren", versie, soort="advies"))
    assert versie.secties.get(soort="advies").tekst != "Ons eigen advies."


def test_contactpersoon_reageert_op_review_en_team_antwoordt(client, team, traject, contact, bestuurder):
    versie = services.versie_create(traject=traject, door=team)
    client.force_login(contact)
    assert client.get(versie.get_absolute_url()).status_code == 403  # a concept is the team's
    services.ter_review_zetten(versie=versie, door=team)
    assert "Opmerking bij" in client.get(versie.get_absolute_url()).content.decode()
    client.post(_url("opmerking_nieuw", versie, soort="inzichten"), {"tekst": "Kunt u het thema rust uitwerken?"})
    opmerking = Opmerking.objects.get()
    assert opmerking.auteur == contact and opmerking.sectie.soort == "inzichten"
    assert (
        client.post(_url("opmerking_antwoord", versie, opmerking_pk=opmerking.pk), {"antwoord": "x"}).status_code == 403
    )
    client.force_login(bestuurder)
    assert client.get(versie.get_absolute_url()).status_code == 403  # the review is the contact's
    assert client.post(_url("opmerking_nieuw", versie, soort="inzichten"), {"tekst": "Ik ook"}).status_code == 403
    client.force_login(team)
    client.post(_url("opmerking_antwoord", versie, opmerking_pk=opmerking.pk), {"antwoord": "Is aangevuld."})
    opmerking.refresh_from_db()
    assert opmerking.antwoord == "Is aangevuld." and opmerking.beantwoord_door == team
    client.post(_url("versie_vaststellen", versie))
    versie.refresh_from_db()
    assert versie.status == "vastgesteld"
    assert client.post(_url("sectie_bewerken", versie, soort="advies"), {"tekst": "Te laat"}).status_code == 302
    assert versie.secties.get(soort="advies").tekst != "Te laat"


def _vastgesteld(traject, team, bij_commit):
    versie = services.versie_create(traject=traject, door=team)
    services.ter_review_zetten(versie=versie, door=team)
    bij_commit(services.versie_vaststellen, versie=versie, door=team)
    versie.refresh_from_db()
    return versie


def test_bestuurder_downloadt_eigen_rapport_en_dat_wordt_gelogd(client, team, traject, bestuurder, bij_commit):
    versie = _vastgesteld(traject, team, bij_commit)
    client.force_login(bestuurder)
    lijst = client.get(reverse("rapporten:lijst")).content.decode()
    assert _url("versie_download", versie) in lijst
    response = client.get(_url("versie_download", versie))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    download = RapportDownload.objects.get()
    assert (download.versie, download.door) == (versie, bestuurder)
    assert AuditLog.objects.filter(actie="eindrapportage versie 1 gedownload", actor=bestuurder).exists()
    assert "Wim Wethouder" not in lijst  # the log is the team's
    client.force_login(team)
    assert "Wim Wethouder" in client.get(reverse("rapporten:lijst")).content.decode()
    assert "Wim Wethouder" in client.get(versie.get_absolute_url()).content.decode()


def test_bestuurder_ziet_rapport_van_ander_traject_niet(client, team, traject, bij_commit):
    ander = TrajectFactory(titel="Ander traject")
    versie = _vastgesteld(ander, team, bij_commit)
    bestuurder = met_rol(traject, Rol.BESTUURDER, user=UserFactory())
    client.force_login(bestuurder)
    assert "Ander traject" not in client.get(reverse("rapporten:lijst")).content.decode()
    assert client.get(_url("versie_download", versie)).status_code == 404
    assert not RapportDownload.objects.exists()


def test_concept_kan_niet_worden_gedownload(client, team, traject):
    versie = services.versie_create(traject=traject, door=team)
    client.force_login(team)
    assert client.get(_url("versie_download", versie)).status_code == 404


def test_eerste_download_maakt_de_pdf_als_die_er_nog_niet_is(client, team, traject, bestuurder):
    """Demo data: a vastgestelde version without file is rendered on its first download, once."""
    versie = services.versie_create(traject=traject, door=team)
    services.ter_review_zetten(versie=versie, door=team)
    services.versie_vaststellen(versie=versie, door=team)  # on_commit never runs in this test: no file
    versie.refresh_from_db()
    assert not versie.bestand
    client.force_login(bestuurder)
    assert client.get(_url("versie_download", versie)).status_code == 200
    versie.refresh_from_db()
    assert versie.pdf_status == "klaar" and versie.bestand


def test_rapportenlijst_telt_een_vast_aantal_queries(client, team, bij_commit, django_assert_max_num_queries):
    for i in range(3):
        _vastgesteld(TrajectFactory(titel=f"T{i}"), team, bij_commit)
    client.force_login(team)
    with django_assert_max_num_queries(10):
        assert client.get(reverse("rapporten:lijst")).status_code == 200


def test_voortgang_van_de_pdf_als_htmx_fragment(client, team, traject):
    versie = services.versie_create(traject=traject, door=team)
    services.ter_review_zetten(versie=versie, door=team)
    services.versie_vaststellen(versie=versie, door=team)  # queued, not yet rendered (no commit here)
    client.force_login(team)
    fragment = client.get(versie.get_absolute_url() + "?deel=pdf", HTTP_HX_REQUEST="true").content.decode()
    assert fragment.lstrip().startswith('<div id="versie-pdf"') and 'hx-trigger="every 2s"' in fragment
    assert "<html" not in fragment
    services.eindrapportage_renderen(versie_id=versie.pk)
    fragment = client.get(versie.get_absolute_url() + "?deel=pdf", HTTP_HX_REQUEST="true").content.decode()
    assert "Klaar" in fragment and "hx-trigger" not in fragment


def test_bestuurder_ziet_alleen_vastgestelde_versies(client, team, traject, bestuurder, bij_commit):
    _vastgesteld(traject, team, bij_commit)
    services.versie_create(traject=traject, door=team)  # version 2, a concept
    client.force_login(bestuurder)
    pagina = client.get(reverse("borging:eindrapportage", args=[traject.pk])).content.decode()
    assert "Versie 1" in pagina and "Versie 2" not in pagina


def test_mislukte_pdf_bij_eerste_download_geeft_een_melding_en_geen_logregel(client, team, traject, monkeypatch):
    versie = services.versie_create(traject=traject, door=team)
    services.ter_review_zetten(versie=versie, door=team)
    services.versie_vaststellen(versie=versie, door=team)

    def faalt(*args, **kwargs):
        raise OSError("schijf vol")

    monkeypatch.setattr(services, "pdf_maken", faalt)
    client.force_login(team)
    response = client.get(_url("versie_download", versie), follow=True)
    assert "De PDF kon niet worden gemaakt." in response.content.decode()
    versie.refresh_from_db()
    assert versie.pdf_status == "mislukt" and "schijf vol" in versie.fout
    assert not RapportDownload.objects.exists()
