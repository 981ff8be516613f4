"""An expert saves a quote on the interview page and tags it right there, with the keyboard only: the
page stays, the focus goes to the new quote's codes, every tag action is reported in a status region
that stays in place; axe-core finds no WCAG 2.1 AA violation. Without JavaScript the same works with
plain posts that come back to the quote."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from interviews.models import Citaat, Code, Tagging
from tests.browser.conftest import selecteer_in_aantekeningen
from tests.factories import duo_interview

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NOTITIES = (
    "Sanne vertelt over het loket. Sanne: ‘Ik moest mijn verhaal vijf keer vertellen, aan vijf loketten.’\n"
    "Joris: ‘Wij zien in de uitvoering hetzelfde: de regels zijn er voor ons, niet voor de inwoner.’"
)


@pytest.fixture
def interview(traject, persona):
    return duo_interview(traject=traject, moderator=persona["moderator"], notities=NOTITIES)


def _tab_naar(page, locator, maximaal=40, toets="Tab"):
    """Press Tab (or Shift+Tab) until ``locator`` has the focus, as a keyboard user would."""
    for _ in range(maximaal):
        if locator.evaluate("el => el === document.activeElement", timeout=2000):
            return
        page.keyboard.press(toets)
    raise AssertionError("Met Tab niet bij het element gekomen.")


def test_expert_slaat_citaat_op_en_tagt_het_ter_plekke_met_het_toetsenbord(
    page, live_server, persona, interview, inloggen, geen_wcag_fouten
):
    rust = Code.objects.get(naam="Rust en regie", traject=None)
    inloggen(page, persona["expert"])
    page.goto(f"{live_server.url}{interview.get_absolute_url()}")
    expect(page.locator("body")).not_to_contain_text("Sanne")
    geen_wcag_fouten(page)
    page.evaluate("window.zelfdePagina = true")  # gone if the page were loaded again

    _tab_naar(page, page.get_by_label("Tekst van het citaat"))
    page.keyboard.type("de regels zijn er voor ons, niet voor de inwoner.")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Spreker")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.type("Over regels")
    page.keyboard.press("Enter")

    expect(page.locator("#selectie-melding")).to_contain_text("Het citaat is gemaakt")
    citaat = Citaat.objects.get()
    keuze = page.locator(f"#code-{citaat.pk}")
    expect(keuze).to_be_focused()  # the new quote's tag control, ready for the keyboard
    expect(page.locator(f"#citaat-{citaat.pk}")).to_contain_text("de regels zijn er voor ons")
    expect(page.locator("mark.citaat-markering")).to_have_text("de regels zijn er voor ons, niet voor de inwoner.")
    expect(page.get_by_label("Tekst van het citaat")).to_have_value("")
    assert page.evaluate("window.zelfdePagina") is True
    geen_wcag_fouten(page)

    tags = page.locator(f"#citaat-{citaat.pk}-tags")
    status = tags.get_by_role("status")
    page.evaluate(f"window.statusVoor = document.getElementById('citaat-{citaat.pk}-tagmelding')")
    page.keyboard.type("Rust")  # typing in a focused select picks the matching option
    expect(keuze).to_have_value(str(rust.pk))
    page.keyboard.press("Tab")
    expect(tags.get_by_role("button", name="Tag toevoegen")).to_be_focused()
    page.keyboard.press("Enter")
    expect(status).to_have_text("Tag “Rust en regie” toegevoegd.")
    expect(tags.locator(".tag__naam")).to_have_text(["Rust en regie"])
    expect(keuze).to_be_focused()  # back on the select: go on tagging
    # The same status element got the new text (a live region inserted with its text is often not read).
    assert page.evaluate(f"window.statusVoor === document.getElementById('citaat-{citaat.pk}-tagmelding')")
    geen_wcag_fouten(page)

    # The same code again: one tagging, and it says so.
    page.keyboard.type("Rust")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(status).to_have_text("Tag “Rust en regie” stond al bij dit citaat.")
    assert Tagging.objects.filter(citaat=citaat).count() == 1

    _tab_naar(page, tags.get_by_role("button", name="Verwijderen tag Rust en regie"), toets="Shift+Tab")
    page.keyboard.press("Enter")
    expect(status).to_have_text("Tag “Rust en regie” verwijderd.")
    expect(tags.locator(".tag__naam")).to_have_count(0)
    assert Tagging.objects.get(citaat=citaat).verwijderd_door == persona["expert"]
    geen_wcag_fouten(page)
    assert page.evaluate("window.zelfdePagina") is True
    expect(page.locator("body")).not_to_contain_text("Sanne")

    # The session ends: the tag control says so in its status element instead of showing the login page.
    page.context.clear_cookies(name=settings.SESSION_COOKIE_NAME)
    keuze.select_option(str(rust.pk))
    tags.get_by_role("button", name="Tag toevoegen").press("Enter")
    expect(status).to_contain_text("niet meer ingelogd")
    expect(tags.locator("form")).to_have_count(1)


def test_tweede_citaat_van_een_selectie_na_het_eerste(page, live_server, persona, interview, inloggen):
    """After a quote is saved in place, selecting text and 'Citaat maken van selectie' still work."""
    inloggen(page, persona["expert"])
    page.goto(f"{live_server.url}{interview.get_absolute_url()}")
    page.get_by_label("Tekst van het citaat").fill("Wij zien in de uitvoering hetzelfde")
    page.get_by_label("Spreker").select_option(label="Uitvoering 1")
    page.get_by_role("button", name="Citaat opslaan").press("Enter")
    eerste = page.locator("mark.citaat-markering")
    expect(eerste).to_have_text("Wij zien in de uitvoering hetzelfde")
    tekst = "aan vijf loketten."
    selecteer_in_aantekeningen(page, tekst)
    page.get_by_role("button", name="Citaat maken van selectie").press("Enter")
    expect(page.get_by_label("Spreker")).to_be_focused()
    expect(page.get_by_label("Tekst van het citaat")).to_have_value(tekst)
    page.get_by_label("Spreker").select_option(label="Inwoner 1")
    page.get_by_role("button", name="Citaat opslaan").press("Enter")
    expect(page.locator("mark.citaat-markering")).to_have_count(2)
    tweede = Citaat.objects.get(tekst=tekst)
    assert interview.notities[tweede.begin : tweede.eind] == tekst
    expect(page.locator(f"#code-{tweede.pk}")).to_be_focused()


def test_fout_bij_opslaan_komt_in_het_formulier(page, live_server, persona, interview, inloggen, geen_wcag_fouten):
    inloggen(page, persona["expert"])
    page.goto(f"{live_server.url}{interview.get_absolute_url()}")
    page.get_by_label("Tekst van het citaat").fill("Dit zei niemand.")
    page.get_by_role("button", name="Citaat opslaan").press("Enter")
    expect(page.locator("#foutsamenvatting")).to_be_focused()
    expect(page.locator("#foutsamenvatting")).to_contain_text("Kies wie dit zei.")
    expect(page.get_by_label("Tekst van het citaat")).to_have_value("Dit zei niemand.")
    geen_wcag_fouten(page)
    assert not Citaat.objects.exists()
    # The session ends: the login page is not swapped into the page, the text stays, the page says why.
    page.context.clear_cookies(name=settings.SESSION_COOKIE_NAME)  # the CSRF cookie stays
    page.get_by_label("Spreker").select_option(label="Inwoner 1")
    page.get_by_role("button", name="Citaat opslaan").press("Enter")
    expect(page.locator("#selectie-melding")).to_contain_text("niet meer ingelogd")
    expect(page.get_by_label("Tekst van het citaat")).to_have_value("Dit zei niemand.")
    expect(page.locator("#inhoud h1")).to_have_count(1)


def test_zonder_javascript_opslaan_en_taggen(browser, live_server, persona, interview, inloggen):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        inloggen(page, persona["expert"])
        page.goto(f"{live_server.url}{interview.get_absolute_url()}")
        page.get_by_label("Tekst van het citaat").fill("de regels zijn er voor ons, niet voor de inwoner.")
        page.get_by_label("Spreker").select_option(label="Uitvoering 1")
        page.get_by_role("button", name="Citaat opslaan").click()
        citaat = Citaat.objects.get()
        expect(page).to_have_url(f"{live_server.url}{interview.get_absolute_url()}#citaat-{citaat.pk}")
        expect(page.locator(".meldingen")).to_contain_text("Het citaat is gemaakt.")
        page.locator(f"#code-{citaat.pk}").select_option(label="Rust en regie")
        page.locator(f"#citaat-{citaat.pk}-tags").get_by_role("button", name="Tag toevoegen").click()
        expect(page).to_have_url(f"{live_server.url}{interview.get_absolute_url()}#citaat-{citaat.pk}-tags")
        expect(page.locator(".meldingen")).to_contain_text("Tag “Rust en regie” toegevoegd.")
        expect(page.locator(f"#citaat-{citaat.pk}-tags .tag__naam")).to_have_text(["Rust en regie"])
    finally:
        context.close()
