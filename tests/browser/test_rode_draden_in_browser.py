"""The team reads the rode draden, saves a version and writes its texts; an expert writes a reflection.
axe-core finds no WCAG issues on these pages (charts with a table alternative included)."""

from importlib import import_module

import pytest
from django.apps import apps
from playwright.sync_api import expect

from interviews.models import Code
from rodedraden.models import Rapportversie, Reflectie
from tests.factories import DeelnemerFactory, InterviewFactory
from tests.rodedraden.conftest import citaat, inzicht

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def codeboek_geladen(db):
    """Transactional tests flush the data migrations' rows; load the shared codebook again."""
    import_module("interviews.migrations.0002_codeboek").codeboek_laden(apps, None)


def test_team_leest_rode_draden_en_maakt_een_versie(
    page, live_server, persona, traject, codeboek_geladen, inloggen, geen_wcag_fouten
):
    traject.status = "afgerond"
    traject.save(update_fields=["status"])
    rust = Code.objects.get(traject=None, ouder=None, naam="Rust en regie")
    dilemma = Code.objects.get(traject=None, naam="Dilemma/uitdaging")
    a = DeelnemerFactory(traject=traject, perspectief="uitvoering")
    b = DeelnemerFactory(traject=traject, perspectief="inwoner")
    iv = InterviewFactory(traject=traject, deelnemer_a=a, deelnemer_b=b)
    c = citaat(iv, b, "Ik wacht al maanden op een gesprek.", rust)
    inzicht(traject, "Wachten sloopt vertrouwen", rust, dilemma, [c])
    Reflectie.objects.create(traject=traject, expert=persona["expert"], dilemmas="Rust ontbreekt.").codes.add(rust)

    inloggen(page, persona["team"])
    page.goto(f"{live_server.url}/rode-draden/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Rode draden")
    expect(page.locator("blockquote").first).to_contain_text("VRIJ Ik wacht al maanden op een gesprek.")
    expect(page.get_by_role("img", name="In hoeveel trajecten: Rust en regie, dilemma/uitdaging")).to_be_visible()
    geen_wcag_fouten(page)

    page.get_by_role("button", name="Opslaan als nieuwe rapportversie").click()
    page.wait_for_load_state()
    versie = Rapportversie.objects.get()
    expect(page.get_by_role("heading", level=1)).to_have_text(versie.titel)
    page.get_by_label("Rust en regie: inleiding").fill("Rust en regie kwamen overal terug.")
    page.get_by_role("button", name="Concept opslaan").click()
    page.wait_for_load_state()
    expect(page.locator(".rode-draden__tekst").first).to_contain_text("Rust en regie kwamen overal terug.")
    geen_wcag_fouten(page)

    page.goto(f"{live_server.url}/rode-draden/versies/{versie.pk}/afdrukken/")
    expect(page.get_by_role("heading", level=1)).to_have_text(versie.titel)
    geen_wcag_fouten(page)


def test_expert_schrijft_reflectie(page, live_server, persona, traject, codeboek_geladen, inloggen, geen_wcag_fouten):
    inloggen(page, persona["expert"])
    page.goto(f"{live_server.url}/trajecten/{traject.pk}/reflecties/mijn/")
    geen_wcag_fouten(page)
    page.get_by_label("Advies aan andere gemeenten").fill("Begin met luisteren.")
    page.get_by_label("Rust en regie", exact=True).check()
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()
    expect(page.locator("article")).to_contain_text("Begin met luisteren.")
    geen_wcag_fouten(page)
    assert Reflectie.objects.get().codes.get().naam == "Rust en regie"
