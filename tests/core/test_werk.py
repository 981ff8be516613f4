"""The start page per role ("wat moet ik nu doen"): each item links to the work, empty states are true."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    AanmeldingFactory,
    BetrokkeneFactory,
    BijeenkomstFactory,
    CitaatFactory,
    DocumentFactory,
    InterviewFactory,
    TaggingFactory,
    TrajectFactory,
    UserFactory,
    met_rol,
)
from trajecten.models import Rol


def _start(client, user):
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_team_ziet_open_aanmeldingen_en_lopende_trajecten_met_open_punten(client, team, traject):
    aanmelding = AanmeldingFactory()
    html = _start(client, team)
    assert aanmelding.get_absolute_url() in html
    assert traject.get_absolute_url() in html
    assert "De kernvraag is nog niet ingevuld." in html


def test_team_ziet_citaten_die_op_vrijgave_wachten_en_mislukte_emails(client, team, traject):
    from trajecten.models import Fase
    from visieleren.core.models import UitgaandeEmail

    traject.fase = Fase.ONTWERPEN
    traject.save()
    TaggingFactory(citaat=CitaatFactory(interview=InterviewFactory(traject=traject)))
    UitgaandeEmail.objects.create(aan=["x@voorbeeld.nl"], onderwerp="Test", tekst="x", status="mislukt")
    html = _start(client, team)
    assert "1 citaat wacht op vrijgave" in html and "/vrijgave/" in html
    assert "1 e-mail is niet verstuurd" in html and "status__exact=mislukt" in html


def test_team_ziet_waarheidsgetrouwe_lege_staten(client, team, db):
    html = _start(client, team)
    assert "Geen nieuwe of lopende aanmeldingen." in html
    assert "Er loopt nu geen traject." in html
    assert "Geen bijeenkomsten gepland." in html


def test_expert_ziet_te_taggen_en_te_beoordelen_citaten(client, persona, traject):
    interview = InterviewFactory(traject=traject)
    CitaatFactory(interview=interview)
    getagd = CitaatFactory(interview=interview)
    TaggingFactory(citaat=getagd)
    html = _start(client, persona["expert"])
    assert f"/trajecten/{traject.pk}/citaten/?ongetagd=on" in html
    assert "1 citaat taggen" in html
    assert "1 citaat beoordelen" in html


def test_expert_zonder_citaten_leest_niet_dat_alles_getagd_is(client, persona, traject):
    html = _start(client, persona["expert"])
    assert "Nog geen citaten vastgelegd" in html
    assert "getagd" not in html


def test_moderator_ziet_interviews_zonder_aantekeningen(client, persona, traject):
    interview = InterviewFactory(traject=traject, moderator=persona["moderator"], notities="")
    html = _start(client, persona["moderator"])
    assert f"/trajecten/{traject.pk}/interviews/{interview.pk}/" in html


def test_contactpersoon_ziet_wat_we_van_u_nodig_hebben_en_agendalink(client, persona, traject):
    BijeenkomstFactory(traject=traject)
    html = _start(client, persona["contactpersoon"])
    assert "Wat we van u nodig hebben" in html
    assert "Het besluit van het college van B&amp;W" in html
    assert "Wie er betrokken zijn" in html
    assert f"/trajecten/{traject.pk}/bijeenkomsten/kalender.ics" in html
    assert "kernvraag" not in html.lower()


def test_contactpersoon_met_alles_geleverd_ziet_geen_open_punten(client, persona, traject):
    traject.bw_besluit_op = timezone.localdate()
    traject.save()
    BetrokkeneFactory(traject=traject)
    DocumentFactory(traject=traject)
    html = _start(client, persona["contactpersoon"])
    assert "Er staat nu niets voor u klaar op dit traject." in html


def test_besluit_in_de_toekomst_telt_nog_niet_als_geleverd(client, persona, traject):
    traject.bw_besluit_op = timezone.localdate() + datetime.timedelta(days=10)
    traject.save()
    assert "Het besluit van het college van B&amp;W" in _start(client, persona["contactpersoon"])


def test_bestuurder_ziet_de_stand_in_een_zin(client, persona, traject):
    html = _start(client, persona["bestuurder"])
    assert "Het traject is in de fase starten" in html
    assert "/bijeenkomsten/" not in html


def test_zonder_rol_zegt_de_pagina_dat_eerlijk(client, persona):
    assert "U heeft nu geen rol op een lopend traject." in _start(client, persona["buitenstaander"])


def _veel_werk(n, team_user=None):
    expert = UserFactory()
    for i in range(n):
        traject = TrajectFactory(titel=f"Traject {i}")
        met_rol(traject, Rol.EXPERT, expert)
        met_rol(traject, Rol.CONTACTPERSOON, expert)
        interview = InterviewFactory(traject=traject, moderator=expert, notities="")
        InterviewFactory(traject=traject)
        citaat = CitaatFactory(interview=InterviewFactory(traject=traject))
        TaggingFactory(citaat=citaat)
        BijeenkomstFactory(traject=traject)
        AanmeldingFactory()
        assert interview
    return expert


@pytest.mark.parametrize("n", [1, 12])
def test_start_van_expert_heeft_vast_aantal_queries(db, client, django_assert_max_num_queries, n):
    expert = _veel_werk(n)
    client.force_login(expert)
    # 12, plus one for versions ter review (the expert is contactpersoon too) and one for vastgestelde reports.
    with django_assert_max_num_queries(14):
        assert client.get("/").status_code == 200


@pytest.mark.parametrize("n", [1, 12])
def test_start_van_team_heeft_begrensd_aantal_queries(client, team, django_assert_max_num_queries, n):
    _veel_werk(n)
    client.force_login(team)
    # The checklist is read for at most MAX_LOPEND trajecten: 12 queries for one, 19 for twelve (two of
    # them count the signals: quotes awaiting release, failed e-mails).
    with django_assert_max_num_queries(20):
        assert client.get("/").status_code == 200


def _lopend_traject(fase, i, met_werk):
    """A lopend traject in ``fase``; ``met_werk``: part of every checklist is met, else nothing is."""
    from ontwerp.models import InzichtCitaat
    from tests.factories import InzichtFactory

    traject = TrajectFactory(titel=f"Lopend {fase} {i}", fase=fase)
    if met_werk:
        traject.kernvraag = "Hoe richten we de toegang in?"
        traject.bw_besluit_op = datetime.date(2026, 1, 5)
        traject.save()
        met_rol(traject, Rol.EXPERT)
        citaat = CitaatFactory(interview=InterviewFactory(traject=traject))
        TaggingFactory(citaat=citaat)
        inzicht = InzichtFactory(traject=traject, status="vastgesteld")
        InzichtCitaat.objects.create(inzicht=inzicht, citaat=citaat)
        BijeenkomstFactory(traject=traject, soort="borgingsessie", begin=timezone.now() - datetime.timedelta(days=3))
    else:
        InterviewFactory(traject=traject, notities="")
    return traject


def _queries_van_start(client, team):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(team)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "weinig,veel",
    [
        (["luisteren"], ["luisteren"] * 8),
        (["starten", "luisteren", "ontwerpen", "borgen"], ["starten", "luisteren", "ontwerpen", "borgen"] * 2),
    ],
    ids=["1-en-8-in-luisteren", "4-en-8-over-de-fasen"],
)
def test_checklist_op_de_start_kost_evenveel_queries_bij_1_en_8_lopende_trajecten(client, team, weinig, veel):
    """The team's checklist is read in one batch per check, not per traject (issue: 35 queries)."""
    from django.test import Client

    for i, fase in enumerate(weinig):
        _lopend_traject(fase, i, met_werk=False)
    bij_weinig = _queries_van_start(client, team)
    for i, fase in enumerate(veel[len(weinig) :], start=len(weinig)):
        _lopend_traject(fase, i, met_werk=i % 2 == 1)
    bij_veel = _queries_van_start(Client(), team)
    assert bij_veel == bij_weinig
    assert bij_veel <= 15


def test_checklist_op_de_start_is_die_van_de_trajectpagina(client, team):
    fasen = ["starten", "luisteren", "ontwerpen", "borgen"]
    trajecten = [_lopend_traject(fase, i, met_werk=bool(i)) for i in range(2) for fase in fasen]
    client.force_login(team)
    start = {rij["traject"].pk: rij["open_checks"] for rij in client.get("/").context["team"]["lopend"]}
    assert set(start) == {t.pk for t in trajecten}
    for traject in trajecten:
        pagina = client.get(traject.get_absolute_url()).context["checklist"]
        assert pagina, traject
        assert start[traject.pk] == [c for c in pagina if not c.voldaan], traject
    html = client.get("/").content.decode()
    assert "Er is nog geen vastgestelde eindrapportage." in html
    assert "Er is nog geen duo-interview met aantekeningen vastgelegd." in html


# ---- Eindrapportage: review by the contactpersoon, reports for the bestuurder ----------------------


def _versie(traject, nummer, status):
    from borging.models import Eindrapportage, Versie

    rapport, _ = Eindrapportage.objects.get_or_create(traject=traject)
    velden = {"vastgesteld_op": timezone.now()} if status == "vastgesteld" else {"ter_review_op": timezone.now()}
    return Versie.objects.create(eindrapportage=rapport, nummer=nummer, status=status, **velden)


def test_contactpersoon_ziet_eindrapportage_ter_review_met_link(client, persona, traject):
    versie = _versie(traject, 1, "ter_review")
    html = _start(client, persona["contactpersoon"])
    assert "Eindrapportage ter review: uw commentaar" in html
    assert f'href="/trajecten/{traject.pk}/borging/eindrapportage/{versie.pk}/"' in html


def test_geen_reviewpunt_voor_een_concept_of_voor_de_bestuurder(client, persona, traject):
    from borging.models import Versie

    _versie(traject, 1, "concept")
    assert "ter review" not in _start(client, persona["contactpersoon"])
    Versie.objects.update(status="ter_review")
    assert "ter review" not in _start(client, persona["bestuurder"])
    assert "ter review" not in _start(client, persona["expert"])


def test_bestuurder_ziet_vastgestelde_eindrapportages_ook_van_een_afgerond_traject(client, persona, traject):
    from trajecten.models import Status

    versie = _versie(traject, 1, "vastgesteld")
    html = _start(client, persona["bestuurder"])
    assert "Vastgestelde eindrapportages" in html
    assert f"/trajecten/{traject.pk}/borging/eindrapportage/{versie.pk}/download/" in html
    assert "Rapportages verschijnen hier zodra" not in html
    traject.status = Status.AFGEROND
    traject.save()
    html = _start(client, persona["bestuurder"])
    assert f"/trajecten/{traject.pk}/borging/eindrapportage/{versie.pk}/download/" in html


def test_bestuurder_zonder_vastgestelde_rapportage_leest_dat_eerlijk(client, persona, traject):
    _versie(traject, 1, "ter_review")
    html = _start(client, persona["bestuurder"])
    assert "Vastgestelde eindrapportages" not in html
    assert "/download/" not in html
