"""Luisteren in a real browser: quotes by keyboard and by selection, autosave and draft restore,
and axe-core finds no WCAG 2.1 AA violation on any page visited."""

import pytest
from playwright.sync_api import expect

from interviews.models import Citaat
from tests.browser.conftest import selecteer_in_aantekeningen
from tests.factories import BetrokkeneFactory, duo_interview

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NOTITIES = (
    "**Opening**\n"
    "Sanne vertelt over het loket. Sanne: ‘Ik moest mijn verhaal vijf keer vertellen 😩, aan vijf loketten.’\n"
    "Joris: ‘Wij zien in de uitvoering hetzelfde: de regels zijn er voor ons, niet voor de inwoner.’"
)


@pytest.fixture
def interview(traject, persona):
    return duo_interview(traject=traject, moderator=persona["moderator"], notities=NOTITIES)


def test_expert_maakt_citaat_met_alleen_het_toetsenbord(
    page, live_server, persona, interview, inloggen, geen_wcag_fouten
):
    inloggen(page, persona["expert"])
    page.goto(f"{live_server.url}/trajecten/{interview.traject_id}/")
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Duo-interviews en citaten").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Duo-interviews")
    geen_wcag_fouten(page)
    page.locator("table").get_by_role("link").first.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#aantekeningen")).to_contain_text("Inwoner 1: ‘Ik moest")
    expect(page.locator("body")).not_to_contain_text("Sanne")
    geen_wcag_fouten(page)

    page.get_by_label("Tekst van het citaat").focus()
    page.keyboard.type("de regels zijn er voor ons, niet voor de inwoner.")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Spreker")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.type("Over regels")
    page.keyboard.press("Enter")

    expect(page.get_by_role("status").first).to_contain_text("Het citaat is gemaakt")
    expect(page.locator("table")).to_contain_text("de regels zijn er voor ons")
    geen_wcag_fouten(page)
    citaat = Citaat.objects.get()
    assert citaat.spreker == interview.deelnemer_b
    assert interview.notities[citaat.begin : citaat.eind] == citaat.tekst


def test_selectie_met_emoji_wordt_een_citaat_op_de_juiste_plek(
    page, live_server, persona, interview, inloggen, geen_wcag_fouten
):
    inloggen(page, persona["expert"])
    page.goto(f"{live_server.url}{interview.get_absolute_url()}")
    tekst = "Ik moest mijn verhaal vijf keer vertellen 😩, aan vijf loketten."
    selecteer_in_aantekeningen(page, tekst)
    knop = page.get_by_role("button", name="Citaat maken van selectie")
    knop.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Spreker")).to_be_focused()
    expect(page.get_by_label("Tekst van het citaat")).to_have_value(tekst)
    page.get_by_label("Spreker").select_option(label="Inwoner 1")
    page.get_by_role("button", name="Citaat opslaan").press("Enter")
    expect(page.locator("mark.citaat-markering")).to_have_text(tekst)
    geen_wcag_fouten(page)
    citaat = Citaat.objects.get()
    assert citaat.tekst == tekst
    assert interview.notities[citaat.begin : citaat.eind] == tekst


def test_moderator_schrijft_autosave_en_herstelt_concept(
    page, live_server, persona, interview, inloggen, geen_wcag_fouten
):
    inloggen(page, persona["moderator"])
    page.goto(f"{live_server.url}{interview.get_absolute_url()}")
    expect(page.locator("#aantekeningen")).to_contain_text("Sanne vertelt")  # the moderator sees names
    page.get_by_role("link", name="Aantekeningen schrijven of uploaden").click()
    geen_wcag_fouten(page)
    veld = page.get_by_label("Aantekeningen", exact=True)
    veld.focus()
    page.keyboard.press("Control+End")
    page.keyboard.type("\nNieuwe alinea die nog niet is opgeslagen.")
    expect(page.locator("#concept-status")).to_contain_text("Concept bewaard om", timeout=10_000)
    # The tab closes without saving; later the page is opened again.
    page.goto(f"{live_server.url}{interview.get_absolute_url()}aantekeningen/")
    expect(page.locator("#concept-melding")).to_contain_text("niet-opgeslagen concept")
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Concept herstellen").click()
    expect(page.get_by_label("Aantekeningen", exact=True)).to_have_value(
        NOTITIES + "\nNieuwe alinea die nog niet is opgeslagen."
    )
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator("#aantekeningen")).to_contain_text("Nieuwe alinea")
    interview.refresh_from_db()
    assert not interview.concepten.exists() and interview.notities.endswith("Nieuwe alinea die nog niet is opgeslagen.")


def test_team_beheert_deelnemers_en_interviews_toegankelijk(
    page, live_server, team, traject, interview, inloggen, geen_wcag_fouten
):
    BetrokkeneFactory(traject=traject, naam="Wethouder Wit", perspectief="bestuur")
    inloggen(page, team)
    page.goto(f"{live_server.url}/trajecten/{traject.pk}/deelnemers/")
    geen_wcag_fouten(page)
    page.get_by_role("button", name="Toevoegen").click()
    expect(page.locator("#foutsamenvatting")).to_be_visible()
    geen_wcag_fouten(page)
    page.get_by_label("Iemand van de stakeholderkaart").select_option(label="Wethouder Wit (Bestuur)")
    page.get_by_label("Toestemming gegeven op").fill("2024-02-01")
    page.get_by_role("button", name="Toevoegen").click()
    expect(page.locator("table")).to_contain_text("Bestuur 1")
    page.get_by_role("link", name="Inwoner 1").click()
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Toestemming intrekken").click()
    geen_wcag_fouten(page)
    page.goto(f"{live_server.url}/trajecten/{traject.pk}/interviews/nieuw/")
    geen_wcag_fouten(page)
    page.goto(f"{live_server.url}{interview.get_absolute_url()}wijzigen/")
    geen_wcag_fouten(page)
    page.goto(f"{live_server.url}{interview.get_absolute_url()}aantekeningen/")
    page.get_by_label("Bestand met aantekeningen").set_input_files(
        files=[{"name": "notities.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.7"}]
    )
    page.get_by_role("button", name="Uploaden").click()
    expect(page.locator("#foutsamenvatting")).to_contain_text("Alleen .txt- en .docx-bestanden")
    geen_wcag_fouten(page)
    page.goto(f"{live_server.url}{interview.get_absolute_url()}")
    page.get_by_label("Tekst van het citaat").fill("Sanne vertelt over het loket.")
    page.get_by_label("Spreker").select_option(label="Inwoner 1")
    page.get_by_role("button", name="Citaat opslaan").click()
    page.get_by_role("link", name="Verwijderen citaat 1").click()
    geen_wcag_fouten(page)
    page.get_by_role("button", name="Citaat verwijderen").click()
    expect(page.get_by_text("Het citaat is verwijderd.")).to_be_visible()
    assert not Citaat.objects.exists()


def test_expert_selecteert_in_de_aantekeningen_met_shift_en_pijltjes(
    page, live_server, persona, interview, inloggen, geen_wcag_fouten
):
    inloggen(page, persona["expert"])
    page.goto(f"{live_server.url}{interview.get_absolute_url()}")
    page.locator("#aantekeningen").focus()
    page.keyboard.press("Control+End")
    page.keyboard.press("ArrowLeft")  # before the closing ’
    tekst = "de regels zijn er voor ons, niet voor de inwoner."
    for _ in tekst:
        page.keyboard.press("Shift+ArrowLeft")
    assert page.evaluate("window.getSelection().toString()") == tekst
    for _ in range(3):  # past the Markdown view's summary, to the button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "citaat-van-selectie":
            break
    expect(page.get_by_role("button", name="Citaat maken van selectie")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Tekst van het citaat")).to_have_value(tekst)
    expect(page.get_by_label("Spreker")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("mark.citaat-markering")).to_have_text(tekst)
    geen_wcag_fouten(page)
    citaat = Citaat.objects.get()
    assert (citaat.tekst, citaat.spreker) == (tekst, interview.deelnemer_b)
    assert interview.notities[citaat.begin : citaat.eind] == tekst
