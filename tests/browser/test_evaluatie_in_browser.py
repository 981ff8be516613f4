"""In a real browser: a betrokkene opens the personal link and answers with the keyboard only; the
team and the contact read streefwaarden and the results. axe-core (WCAG 2.1 AA) on every page."""

from decimal import Decimal

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from borging.models import LIKERT_VRAGEN, EvaluatieAntwoord
from tests.borging.factories import EvaluatieAntwoordFactory, ObservatieFactory, UitnodigingFactory, token
from trajecten.models import Rol

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _schone_cache():
    cache.clear()


def _focus_op(page, locator, max_tabs=40):
    """Press Tab until ``locator`` has the focus, as a keyboard user would."""
    for _ in range(max_tabs):
        if locator.evaluate("e => e === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError("Met Tab niet bij het veld gekomen")


def test_betrokkene_beantwoordt_de_vragenlijst_met_het_toetsenbord(page, live_server, traject, geen_wcag_fouten):
    uitnodiging = UitnodigingFactory(traject=traject)
    link = f"{live_server.url}/evaluatie/{token(uitnodiging)}/"
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hoe was het Visieleertraject?")
    geen_wcag_fouten(page)

    # Sending nothing: the error summary gets the focus, nothing is stored, the link still works.
    _focus_op(page, page.get_by_role("button", name="Vragenlijst versturen"), max_tabs=80)
    page.keyboard.press("Enter")
    expect(page.locator("#foutsamenvatting")).to_be_focused()
    expect(page.locator("#foutsamenvatting")).to_contain_text("Beantwoord minstens één vraag")
    geen_wcag_fouten(page)

    eerste_groep = page.get_by_role("group", name=LIKERT_VRAGEN[0][2])
    _focus_op(page, eerste_groep.get_by_role("radio").first)
    page.keyboard.press("Space")  # 1
    for _ in range(3):
        page.keyboard.press("ArrowRight")  # to 4
    page.keyboard.press("Tab")  # the next statement
    page.keyboard.press("Space")
    for _ in range(4):
        page.keyboard.press("ArrowRight")  # to 5
    expect(eerste_groep.get_by_label("4 – Eens")).to_be_checked()
    expect(page.get_by_role("group", name=LIKERT_VRAGEN[1][2]).get_by_label("5 – Helemaal eens")).to_be_checked()
    _focus_op(page, page.get_by_label("Wat werkte goed in het traject?"))
    page.keyboard.type("De duo-interviews met mensen die ik anders niet spreek.")
    _focus_op(page, page.get_by_role("button", name="Vragenlijst versturen"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt voor uw antwoorden")
    geen_wcag_fouten(page)
    antwoord = EvaluatieAntwoord.objects.get()
    assert (antwoord.proces_duidelijk, antwoord.proces_gehoord, antwoord.inzichten_herkenbaar) == (4, 5, None)
    assert antwoord.open_goed == "De duo-interviews met mensen die ik anders niet spreek."

    # The link works once.
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze vragenlijst is al ingevuld")
    geen_wcag_fouten(page)


def test_streefwaarden_en_resultaten_zijn_toegankelijk(page, live_server, traject, team, inloggen, geen_wcag_fouten):
    from tests.factories import UserFactory, met_rol

    observatie = ObservatieFactory(streefwaarde__traject=traject, waarde=Decimal("4"))
    ObservatieFactory(streefwaarde=observatie.streefwaarde, waarde=Decimal("3"), verhaal="Het gaat beter.")
    EvaluatieAntwoordFactory.create_batch(3, traject=traject, open_beter="Meer tijd tussen de sessies.")
    contact = met_rol(traject, Rol.CONTACTPERSOON, user=UserFactory(naam="Chris Contact"))

    inloggen(page, team)
    page.goto(f"{live_server.url}{traject.get_absolute_url()}")
    expect(page.get_by_role("heading", name="Streefwaarden en hun verloop")).to_be_visible()
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Streefwaarden bewerken").click()
    expect(page.get_by_role("img", name=f"Verloop van {observatie.streefwaarde.indicator}")).to_be_visible()
    geen_wcag_fouten(page)
    page.goto(f"{live_server.url}{traject.get_absolute_url()}")
    page.get_by_role("link", name="Evaluatie met de betrokkenen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Evaluatie met de betrokkenen")
    geen_wcag_fouten(page)

    page.context.clear_cookies()
    inloggen(page, contact)
    page.goto(f"{live_server.url}{traject.get_absolute_url()}")
    page.get_by_role("link", name="Resultaten van de evaluatie").click()
    expect(page.get_by_role("img", name="Verdeling van de antwoorden per stelling")).to_be_visible()
    expect(page.get_by_text("Meer tijd tussen de sessies.")).to_have_count(3)
    geen_wcag_fouten(page)
