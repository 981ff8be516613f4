"""Dutch full-text search on the quote list.

On PostgreSQL the search uses the ``dutch`` text search configuration (stemming) and a GIN index; on
SQLite it falls back to a plain ``icontains``. CI runs this file on both: each test asserts the
behaviour of the database it runs on, so it always checks something.
"""

import pytest
from django.db import connection
from django.urls import reverse

from interviews.models import Citaat
from interviews.selectors.codeboek import citaat_list, zoek_citaten
from tests.factories import CitaatFactory, InterviewFactory

pytestmark = pytest.mark.django_db

OP_POSTGRES = connection.vendor == "postgresql"


@pytest.fixture
def citaten(traject):
    interview = InterviewFactory(traject=traject)
    return {
        "wachttijd": CitaatFactory(interview=interview, tekst="De wachttijd bij het wijkteam is veel te lang."),
        "gemeente": CitaatFactory(interview=interview, tekst="De gemeente luistert niet naar ons."),
        "anders": CitaatFactory(interview=interview, tekst="Het sociaal team werkt goed samen."),
    }


def _zoek(traject, woord):
    return {c.tekst for c in citaat_list(traject=traject, filters={"q": woord})}


def test_zoeken_vindt_verbogen_nederlandse_woorden(traject, citaten):
    if OP_POSTGRES:
        assert _zoek(traject, "wachttijden") == {citaten["wachttijd"].tekst}
        assert _zoek(traject, "gemeenten") == {citaten["gemeente"].tekst}
    else:
        # The SQLite fallback is a substring match: the plural is not found, the stem is.
        assert _zoek(traject, "wachttijden") == set()
        assert _zoek(traject, "wachttijd") == {citaten["wachttijd"].tekst}


def test_zoeken_vindt_niets_bij_een_ander_woord(traject, citaten):
    assert _zoek(traject, "huisarts") == set()


def test_zoeken_via_de_pagina(client, team, traject, citaten):
    client.force_login(team)
    woord = "wachttijden" if OP_POSTGRES else "WACHTTIJD"
    response = client.get(reverse("codeboek:citaten", args=[traject.pk]), {"q": woord})
    assert {c.tekst for c in response.context["page_obj"]} == {citaten["wachttijd"].tekst}


def test_zoekopdracht_gebruikt_nederlandse_configuratie_of_icontains(traject):
    sql = str(citaat_list(traject=traject, filters={"q": "wachttijden"}).query)
    if OP_POSTGRES:
        assert "to_tsvector(dutch::regconfig" in sql
        assert "plainto_tsquery(dutch::regconfig" in sql
    else:
        assert "LIKE" in sql.upper() and "to_tsvector" not in sql


def test_zoekindex_bestaat_alleen_op_postgres_en_wordt_gebruikt(traject, citaten):
    with connection.cursor() as cursor:
        if not OP_POSTGRES:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'interviews_citaat_tekst_zoek'"
            )
            assert cursor.fetchall() == []
            return
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'interviews_citaat_tekst_zoek'")
        (definitie,) = cursor.fetchone()
        assert "gin" in definitie and "to_tsvector('dutch'::regconfig" in definitie
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = zoek_citaten(Citaat.objects.order_by(), "wachttijden").only("pk").explain()
        assert "interviews_citaat_tekst_zoek" in plan
