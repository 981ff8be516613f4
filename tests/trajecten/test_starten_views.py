"""Pages of Starten for every role, on their own and on another traject (404 invisible, 403 not allowed)."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from tests.factories import BetrokkeneFactory, BijeenkomstFactory, ExpertProfielFactory, TrajectFactory
from trajecten.models import Betrokkene, Bijeenkomst, FaseOvergang, Rol, Status

pytestmark = pytest.mark.django_db

ROLLEN = ["team", "expert", "moderator", "contactpersoon", "bestuurder", "buitenstaander"]
INHOUD = {"team": 200, "expert": 200, "moderator": 200, "contactpersoon": 200, "bestuurder": 403, "buitenstaander": 404}
ALLEEN_TEAM = {
    "team": 200,
    "expert": 403,
    "moderator": 403,
    "contactpersoon": 403,
    "bestuurder": 403,
    "buitenstaander": 404,
}
IEDEREEN = {
    "team": 200,
    "expert": 200,
    "moderator": 200,
    "contactpersoon": 200,
    "bestuurder": 200,
    "buitenstaander": 404,
}

PAGINAS = [
    ("/trajecten/{t}/", IEDEREEN),
    ("/trajecten/{t}/startgegevens/", ALLEEN_TEAM),
    ("/trajecten/{t}/expertteam/", ALLEEN_TEAM),
    ("/trajecten/{t}/betrokkenen/", INHOUD),
    ("/trajecten/{t}/betrokkenen/nieuw/", ALLEEN_TEAM),
    ("/trajecten/{t}/betrokkenen/{b}/", ALLEEN_TEAM),
    ("/trajecten/{t}/bijeenkomsten/", INHOUD),
    ("/trajecten/{t}/bijeenkomsten/nieuw/", ALLEEN_TEAM),
    ("/trajecten/{t}/bijeenkomsten/{k}/", INHOUD),
    ("/trajecten/{t}/bijeenkomsten/{k}/bewerken/", ALLEEN_TEAM),
    ("/trajecten/{t}/bijeenkomsten/kalender.ics", INHOUD),
    ("/trajecten/{t}/beeindigen/", ALLEEN_TEAM),
]


@pytest.fixture
def inhoud(traject, ander_traject):
    """A betrokkene and a bijeenkomst on both trajecten."""
    return {
        t.pk: {"b": BetrokkeneFactory(traject=t).pk, "k": BijeenkomstFactory(traject=t).pk}
        for t in (traject, ander_traject)
    }


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize(("pad", "verwacht"), PAGINAS, ids=[p for p, _ in PAGINAS])
def test_paginas_per_rol_op_eigen_traject(client, persona, traject, inhoud, rol, pad, verwacht):
    client.force_login(persona[rol])
    response = client.get(pad.format(t=traject.pk, **inhoud[traject.pk]))
    assert response.status_code == verwacht[rol]


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize(("pad", "verwacht"), PAGINAS, ids=[p for p, _ in PAGINAS])
def test_paginas_per_rol_op_ander_traject(client, persona, ander_traject, inhoud, rol, pad, verwacht):
    client.force_login(persona[rol])
    response = client.get(pad.format(t=ander_traject.pk, **inhoud[ander_traject.pk]))
    assert response.status_code == (200 if rol == "team" else 404)


SCHRIJFACTIES = [
    "/trajecten/{t}/startgegevens/",
    "/trajecten/{t}/expertteam/",
    "/trajecten/{t}/betrokkenen/nieuw/",
    "/trajecten/{t}/betrokkenen/{b}/",
    "/trajecten/{t}/betrokkenen/{b}/verwijderen/",
    "/trajecten/{t}/bijeenkomsten/nieuw/",
    "/trajecten/{t}/bijeenkomsten/{k}/bewerken/",
    "/trajecten/{t}/bijeenkomsten/{k}/verwijderen/",
    "/trajecten/{t}/fase/volgende/",
    "/trajecten/{t}/beeindigen/",
]


@pytest.mark.parametrize("rol", ["expert", "moderator", "contactpersoon", "bestuurder", "buitenstaander"])
@pytest.mark.parametrize("pad", SCHRIJFACTIES)
def test_alleen_het_team_schrijft(client, persona, traject, ander_traject, inhoud, rol, pad):
    client.force_login(persona[rol])
    eigen = client.post(pad.format(t=traject.pk, **inhoud[traject.pk]), {"status": "geannuleerd", "reden": "x"})
    ander = client.post(
        pad.format(t=ander_traject.pk, **inhoud[ander_traject.pk]), {"status": "geannuleerd", "reden": "x"}
    )
    assert eigen.status_code == (404 if rol == "buitenstaander" else 403)
    assert ander.status_code == 404
    assert Betrokkene.objects.count() == 2 and Bijeenkomst.objects.count() == 2
    assert not FaseOvergang.objects.exists()


def test_expertteam_verwijderen_alleen_door_team(client, persona, traject):
    trajectrol = traject.rollen.get(rol=Rol.EXPERT)
    client.force_login(persona["expert"])
    assert client.post(f"/trajecten/{traject.pk}/expertteam/{trajectrol.pk}/verwijderen/").status_code == 403
    client.force_login(persona["team"])
    assert client.post(f"/trajecten/{traject.pk}/expertteam/{trajectrol.pk}/verwijderen/").status_code == 302
    assert not traject.rollen.filter(rol=Rol.EXPERT).exists()


def test_contactpersoon_kan_expertteam_rol_niet_laten_verwijderen_via_expertteam(client, persona, traject):
    """The remove view touches expert and moderator roles only, never other roles."""
    contact_rol = traject.rollen.get(rol=Rol.CONTACTPERSOON)
    client.force_login(persona["team"])
    assert client.post(f"/trajecten/{traject.pk}/expertteam/{contact_rol.pk}/verwijderen/").status_code == 404


@pytest.mark.parametrize("rol", ROLLEN)
def test_expertpool_alleen_voor_team(client, persona, rol):
    client.force_login(persona[rol])
    assert client.get("/expertpool/").status_code == (200 if rol == "team" else 403)
    assert client.get("/expertpool/nieuw/").status_code == (200 if rol == "team" else 403)


# ---- What each role sees -------------------------------------------------------------------------------


def test_namen_en_contactgegevens_van_betrokkenen_alleen_voor_team(client, persona, traject):
    BetrokkeneFactory(
        traject=traject, naam="Geheime Naam", email="geheim@voorbeeld.nl", functie="wethouder", perspectief="bestuur"
    )
    pad = f"/trajecten/{traject.pk}/betrokkenen/"
    client.force_login(persona["team"])
    inhoud = client.get(pad).content.decode()
    assert "Geheime Naam" in inhoud and "geheim@voorbeeld.nl" in inhoud
    for rol in ["expert", "moderator", "contactpersoon"]:
        client.force_login(persona[rol])
        inhoud = client.get(pad).content.decode()
        assert "wethouder" in inhoud
        assert "Geheime Naam" not in inhoud and "geheim@voorbeeld.nl" not in inhoud and "06-12345678" not in inhoud


def test_bijeenkomst_toont_geen_namen_van_betrokkenen_en_verslag_niet_aan_gemeente(client, persona, traject):
    bijeenkomst = BijeenkomstFactory(traject=traject, verslag="Vertrouwelijk verslag")
    bijeenkomst.betrokkenen.add(BetrokkeneFactory(traject=traject, naam="Geheime Naam", functie="teamleider"))
    pad = bijeenkomst.get_absolute_url()
    client.force_login(persona["expert"])
    inhoud = client.get(pad).content.decode()
    assert "teamleider" in inhoud and "Geheime Naam" not in inhoud and "Vertrouwelijk verslag" in inhoud
    client.force_login(persona["contactpersoon"])
    assert "Vertrouwelijk verslag" not in client.get(pad).content.decode()
    client.force_login(persona["team"])
    assert "Geheime Naam" in client.get(pad).content.decode()


def test_bestuurder_ziet_alleen_de_basis_van_het_traject(client, persona, traject):
    traject.kernvraag = "De geheime kernvraag"
    traject.save()
    client.force_login(persona["bestuurder"])
    inhoud = client.get(f"/trajecten/{traject.pk}/").content.decode()
    assert traject.vraagstuk in inhoud
    assert "De geheime kernvraag" not in inhoud and "Tijdlijn" not in inhoud and "Expertteam" not in inhoud


def test_contactpersoon_volgt_fase_kernvraag_en_volgende_bijeenkomst(client, persona, traject):
    traject.kernvraag = "Onze kernvraag"
    traject.save()
    BijeenkomstFactory(traject=traject, soort="kick-off", plaats="Raadzaal")
    client.force_login(persona["contactpersoon"])
    inhoud = client.get(f"/trajecten/{traject.pk}/").content.decode()
    assert "Onze kernvraag" in inhoud and "Volgende bijeenkomst" in inhoud and "Raadzaal" in inhoud
    assert "Fase: Starten" in inhoud
    assert "Doorgaan naar de fase Luisteren" not in inhoud


def test_team_ziet_checklist_en_knop(client, team, traject):
    client.force_login(team)
    inhoud = client.get(f"/trajecten/{traject.pk}/").content.decode()
    assert "De kernvraag is nog niet ingevuld." in inhoud
    assert "Doorgaan naar de fase Luisteren" in inhoud


# ---- Forms and actions by the team ---------------------------------------------------------------------


def test_team_vult_startgegevens_in_met_standaard_doorlooptijd(client, team, traject, settings):
    settings.VISIELEREN_DOORLOOPTIJD_WEKEN = 10
    client.force_login(team)
    response = client.post(
        f"/trajecten/{traject.pk}/startgegevens/",
        {
            "kernvraag": "Kern",
            "aanpak": "Aanpak",
            "bw_besluit_op": "2026-02-01",
            "geplande_start": "2026-03-02",
            "geplande_eind": "",
        },
    )
    assert response.status_code == 302
    traject.refresh_from_db()
    assert traject.geplande_eind == datetime.date(2026, 3, 2) + datetime.timedelta(weeks=10)
    assert traject.bw_besluit_op == datetime.date(2026, 2, 1)


def test_startgegevens_fouten_in_het_nederlands_en_niets_verloren(client, team, traject):
    client.force_login(team)
    response = client.post(
        f"/trajecten/{traject.pk}/startgegevens/",
        {
            "kernvraag": "<script>alert(1)</script>",
            "geplande_start": "2026-03-02",
            "geplande_eind": "2026-03-01",
            "bw_besluit_op": "geen datum",
        },
    )
    assert response.status_code == 400
    inhoud = response.content.decode()
    assert "De geplande einddatum moet na de geplande start liggen." in inhoud
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in inhoud and "<script>alert(1)" not in inhoud
    traject.refresh_from_db()
    assert traject.kernvraag == ""


def test_bw_besluit_met_verkeerd_bestand_wordt_geweigerd(client, team, traject):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(team)
    response = client.post(
        f"/trajecten/{traject.pk}/startgegevens/",
        {
            "kernvraag": "Kern",
            "bw_besluit_op": "2026-02-01",
            "bw_besluit_bestand": SimpleUploadedFile("besluit.pdf", b"geen pdf", content_type="application/pdf"),
        },
    )
    assert response.status_code == 400
    assert "Dit bestand is geen geldige PDF." in response.content.decode()
    assert not traject.documenten.exists()


def test_team_voegt_expert_toe_uit_suggestie_en_expert_krijgt_e_mail(
    client, team, traject, django_capture_on_commit_callbacks
):
    expert = ExpertProfielFactory().user
    client.force_login(team)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/trajecten/{traject.pk}/expertteam/", {"user": expert.pk, "rol": "expert"})
    assert response.status_code == 302
    assert traject.rollen.filter(user=expert, rol=Rol.EXPERT).exists()
    assert [m.to for m in mail.outbox] == [[expert.email]]


def test_iemand_buiten_de_pool_kan_geen_expert_worden(client, team, traject):
    from tests.factories import UserFactory

    client.force_login(team)
    response = client.post(f"/trajecten/{traject.pk}/expertteam/", {"user": UserFactory().pk, "rol": "expert"})
    assert response.status_code == 400
    assert "expertpool" in response.content.decode()


def test_dubbele_rol_geeft_nette_fout(client, team, persona, traject):
    client.force_login(team)
    response = client.post(
        f"/trajecten/{traject.pk}/expertteam/", {"user": persona["moderator"].pk, "rol": "moderator"}
    )
    assert response.status_code == 400
    assert "heeft deze rol al" in response.content.decode()


def test_team_beheert_betrokkenen(client, team, traject):
    client.force_login(team)
    data = {
        "naam": "Eva Mulder",
        "organisatie": "Welzijn",
        "functie": "coördinator",
        "perspectief": "maatschappelijk",
        "email": "eva@voorbeeld.nl",
        "telefoon": "",
    }
    assert client.post(f"/trajecten/{traject.pk}/betrokkenen/nieuw/", data).status_code == 302
    betrokkene = Betrokkene.objects.get()
    assert (
        client.post(f"/trajecten/{traject.pk}/betrokkenen/{betrokkene.pk}/", data | {"email": "fout"}).status_code
        == 400
    )
    assert (
        client.post(f"/trajecten/{traject.pk}/betrokkenen/{betrokkene.pk}/", data | {"intern": "on"}).status_code == 302
    )
    betrokkene.refresh_from_db()
    assert betrokkene.intern
    assert client.post(f"/trajecten/{traject.pk}/betrokkenen/{betrokkene.pk}/verwijderen/").status_code == 302
    assert not Betrokkene.objects.exists()


def test_team_plant_bijeenkomst_en_eind_moet_na_begin(client, team, traject):
    client.force_login(team)
    data = {"soort": "kick-off", "begin": "2026-03-02T09:00", "eind": "2026-03-02T08:00", "plaats": "Raadzaal"}
    response = client.post(f"/trajecten/{traject.pk}/bijeenkomsten/nieuw/", data)
    assert response.status_code == 400
    assert "Het eind moet na het begin liggen." in response.content.decode()
    response = client.post(f"/trajecten/{traject.pk}/bijeenkomsten/nieuw/", data | {"eind": "2026-03-02T12:00"})
    bijeenkomst = Bijeenkomst.objects.get()
    assert response.status_code == 302 and response.url == bijeenkomst.get_absolute_url()
    assert timezone.localtime(bijeenkomst.begin).hour == 9


def test_bijeenkomst_van_ander_traject_geeft_404(client, team, traject, ander_traject):
    andere = BijeenkomstFactory(traject=ander_traject)
    client.force_login(team)
    assert client.get(f"/trajecten/{traject.pk}/bijeenkomsten/{andere.pk}/").status_code == 404


def test_fase_knop_weigert_met_reden(client, team, traject):
    client.force_login(team)
    response = client.post(f"/trajecten/{traject.pk}/fase/volgende/", follow=True)
    inhoud = response.content.decode()
    assert "Het traject kan nog niet naar de volgende fase" in inhoud
    assert "De kernvraag is nog niet ingevuld." in inhoud
    traject.refresh_from_db()
    assert traject.fase == "starten"


def test_fase_knop_gaat_door_als_checklist_klopt(client, team, traject, persona):
    traject.kernvraag, traject.bw_besluit_op = "Kern", datetime.date(2026, 1, 1)
    traject.save()
    client.force_login(team)
    client.post(f"/trajecten/{traject.pk}/fase/volgende/")
    traject.refresh_from_db()
    assert traject.fase == "luisteren"
    assert FaseOvergang.objects.get().door == team


def test_beeindigen_zonder_reden_geeft_fout_naast_het_veld(client, team, traject):
    client.force_login(team)
    response = client.post(f"/trajecten/{traject.pk}/beeindigen/", {"status": "tussentijds_gestopt", "reden": ""})
    assert response.status_code == 400
    assert "Geef een reden op waarom het traject eindigt." in response.content.decode()
    response = client.post(f"/trajecten/{traject.pk}/beeindigen/", {"status": "afgerond", "reden": ""})
    assert response.status_code == 400
    assert "pas worden afgerond in de fase Borgen" in response.content.decode()
    response = client.post(f"/trajecten/{traject.pk}/beeindigen/", {"status": "tussentijds_gestopt", "reden": "Timing"})
    assert response.status_code == 302
    traject.refresh_from_db()
    assert (traject.status, traject.reden_einde) == (Status.GESTOPT, "Timing")


def test_team_beheert_de_expertpool(client, team):
    client.force_login(team)
    response = client.post(
        "/expertpool/nieuw/",
        {
            "naam": "Nina Expert",
            "email": "nina@expert.nl",
            "organisatie": "X",
            "expertise": [],
            "tags": "jeugd",
            "actief": "on",
        },
    )
    assert response.status_code == 302
    from trajecten.models import ExpertProfiel

    profiel = ExpertProfiel.objects.get()
    assert client.post("/expertpool/nieuw/", {"naam": "Nina", "email": "NINA@expert.nl"}).status_code == 400
    response = client.post(f"/expertpool/{profiel.pk}/", {"naam": "Nina de Expert", "organisatie": "Y", "tags": ""})
    assert response.status_code == 302
    profiel.refresh_from_db()
    assert (profiel.user.naam, profiel.organisatie, profiel.actief, profiel.user.email) == (
        "Nina de Expert",
        "Y",
        False,
        "nina@expert.nl",
    )
    assert "Nina de Expert" in client.get("/expertpool/").content.decode()


# ---- Start page and overview ---------------------------------------------------------------------------


@pytest.mark.parametrize("rol", ROLLEN)
def test_start_toont_ingelogden_wat_ze_nu_moeten_doen(client, persona, rol):
    client.force_login(persona[rol])
    response = client.get("/")
    assert response.status_code == 200
    assert "Wat moet ik nu doen" in response.content.decode()


def test_mijn_trajecten_toont_eigen_trajecten_en_wat_klaarstaat(client, persona, traject, ander_traject):
    traject.kernvraag = "Eigen kernvraag"
    traject.save()
    BijeenkomstFactory(
        traject=traject,
        soort="interviews-dag",
        begin=timezone.now() - datetime.timedelta(days=3),
        eind=timezone.now() - datetime.timedelta(days=3) + datetime.timedelta(hours=1),
    )
    BijeenkomstFactory(traject=traject, soort="ontwerpsessie")
    ander_traject.kernvraag = "Andere kernvraag"
    ander_traject.save()
    client.force_login(persona["expert"])
    inhoud = client.get("/mijn-trajecten/").content.decode()
    assert "Eigen traject" in inhoud and "Eigen kernvraag" in inhoud and "Ontwerpsessie op" in inhoud
    assert "Interviews-dag op" not in inhoud
    assert "Ander traject" not in inhoud and "Andere kernvraag" not in inhoud
    client.force_login(persona["bestuurder"])
    inhoud = client.get("/mijn-trajecten/").content.decode()
    assert "Eigen traject" in inhoud and "Eigen kernvraag" not in inhoud
    client.force_login(persona["buitenstaander"])
    assert "nog geen rol op een traject" in client.get("/mijn-trajecten/").content.decode()


@pytest.mark.parametrize("aantal", [3, 30])
def test_mijn_trajecten_aantal_queries_constant(client, django_assert_max_num_queries, aantal):
    from tests.factories import UserFactory, met_rol

    expert = UserFactory()
    for _ in range(aantal):
        traject = TrajectFactory()
        met_rol(traject, "expert", user=expert)
        BijeenkomstFactory(traject=traject)
    client.force_login(expert)
    # Constant in the number of trajecten; the two counts "te beoordelen" and "zonder aantekeningen" add one each.
    with django_assert_max_num_queries(10):
        response = client.get("/mijn-trajecten/")
    assert len(response.context["rijen"]) == aantal


@pytest.mark.parametrize("aantal", [9, 90])
def test_overzicht_met_signalen_aantal_queries_constant(client, team, django_assert_max_num_queries, aantal):
    lang_geleden = timezone.now() - datetime.timedelta(weeks=30)
    for i in range(aantal):
        TrajectFactory(
            fase_sinds=lang_geleden,
            status=Status.LOPEND if i % 2 else Status.AFGEROND,
            geplande_eind=datetime.date(2020, 1, 1),
        )
    client.force_login(team)
    with django_assert_max_num_queries(8):
        response = client.get("/trajecten/")
    inhoud = response.content.decode()
    op_pagina = list(response.context["page_obj"])
    lopend = [t for t in op_pagina if t.status == Status.LOPEND]
    assert 0 < len(lopend) < len(op_pagina)
    assert inhoud.count("te lang in fase") == len(lopend)
    assert inhoud.count("over de geplande einddatum") == len(lopend)


def test_team_kan_betrokkene_die_deelnemer_van_een_interview_is_niet_van_de_kaart_halen(client, team, traject):
    """No server error: the deelnemer's interview keeps it; the team hears how to remove the data."""
    from tests.factories import InterviewFactory

    interview = InterviewFactory(traject=traject)
    betrokkene = interview.deelnemer_a.betrokkene
    client.force_login(team)
    response = client.post(f"/trajecten/{traject.pk}/betrokkenen/{betrokkene.pk}/verwijderen/", follow=True)
    assert response.status_code == 200
    assert Betrokkene.objects.filter(pk=betrokkene.pk).exists()
    assert "trek dan de toestemming in bij Deelnemers" in response.content.decode()
