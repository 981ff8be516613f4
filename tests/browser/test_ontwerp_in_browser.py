"""A moderator opens a cell of the synthesis and adds its quote to an inzicht with the keyboard only;
axe-core finds no WCAG issues on the synthesis, the inzichten and the inzicht page."""

from importlib import import_module

import pytest
from django.apps import apps
from playwright.sync_api import expect

from interviews.models import Code, Tagging
from ontwerp.models import InzichtCitaat
from tests.factories import CitaatFactory, InterviewFactory, InzichtFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def codeboek_geladen(db):
    """Transactional tests flush the data migrations' rows; load the shared codebook again."""
    import_module("interviews.migrations.0002_codeboek").codeboek_laden(apps, None)


def _tab_naar(page, locator, maximaal=150):
    """Press Tab until ``locator`` has the focus, as a keyboard user would."""
    for _ in range(maximaal):
        if locator.evaluate("el => el === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError("Met Tab niet bij het element gekomen.")


def test_moderator_voegt_citaat_toe_aan_inzicht_met_alleen_het_toetsenbord(
    page, live_server, persona, traject, codeboek_geladen, inloggen, geen_wcag_fouten
):
    rust = Code.objects.get(naam="Rust en regie")
    citaat = CitaatFactory(interview=InterviewFactory(traject=traject), tekst="De wachttijd is veel te lang.")
    Tagging.objects.create(citaat=citaat, code=rust, door=persona["expert"])
    inzicht = InzichtFactory(traject=traject, titel="Wachten sloopt vertrouwen", hoofdthema=rust)
    inloggen(page, persona["moderator"])

    page.goto(f"{live_server.url}/trajecten/{traject.pk}/synthese/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Synthese")
    geen_wcag_fouten(page)

    cel = page.get_by_role("link", name="1 (1) citaten van deelnemers: Rust en regie, uitvoering")
    _tab_naar(page, cel)
    page.keyboard.press("Enter")
    kop = page.locator("#kop-cel")
    expect(kop).to_contain_text("Rust en regie – Uitvoering")
    expect(kop).to_be_focused()  # the focus follows to the opened cell
    expect(page.locator("#cel")).to_contain_text("De wachttijd is veel te lang.")

    keuze = page.locator(f"#inzicht-voor-{citaat.pk}")
    _tab_naar(page, keuze)
    page.keyboard.type("Synthese door de moderatoren: Wacht")
    expect(keuze).to_have_value(str(inzicht.pk))
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Toevoegen aan het gekozen inzicht")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(f"#naar-inzicht-{citaat.pk}")).to_have_text(
        "Citaat toegevoegd aan inzicht “Wachten sloopt vertrouwen”."
    )
    assert InzichtCitaat.objects.get(inzicht=inzicht).citaat == citaat
    geen_wcag_fouten(page)

    page.goto(f"{live_server.url}/trajecten/{traject.pk}/inzichten/")
    expect(page.get_by_role("link", name="Wachten sloopt vertrouwen")).to_be_visible()
    geen_wcag_fouten(page)
    page.goto(f"{live_server.url}{inzicht.get_absolute_url()}")
    expect(page.locator(".inzicht__bewijs").first).to_contain_text("1 citaat, 1 deelnemer")
    geen_wcag_fouten(page)


def test_moderator_sleept_citaat_naar_inzicht(page, live_server, persona, traject, codeboek_geladen, inloggen):
    rust = Code.objects.get(naam="Rust en regie")
    citaat = CitaatFactory(interview=InterviewFactory(traject=traject), tekst="Het wachten duurt maanden.")
    Tagging.objects.create(citaat=citaat, code=rust, door=persona["expert"])
    inzicht = InzichtFactory(traject=traject, titel="Wachten sloopt vertrouwen", hoofdthema=rust)
    inloggen(page, persona["moderator"])
    # Tall enough that the quote and "Uw inzichten" are both on screen: Playwright's drag does not
    # scroll during a drag (a person's browser does).
    page.set_viewport_size({"width": 1280, "height": 2400})
    page.goto(f"{live_server.url}/trajecten/{traject.pk}/synthese/")
    page.get_by_role("link", name="1 (1) citaten van deelnemers: Rust en regie, uitvoering").click()
    kaart = page.locator(f"#celcitaat-{citaat.pk}")
    expect(kaart).to_be_visible()
    # Grab the card by its edge: the middle of the card is its form (a select does not start a drag).
    kaart.drag_to(page.locator(".inzicht-doel").first, source_position={"x": 8, "y": 8})
    expect(page.locator("#doel-melding")).to_have_text("Citaat toegevoegd aan inzicht “Wachten sloopt vertrouwen”.")
    assert InzichtCitaat.objects.get(inzicht=inzicht).citaat == citaat
