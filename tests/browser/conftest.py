import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.factories import WACHTWOORD

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def axe():
    return Axe()


@pytest.fixture
def geen_wcag_fouten(axe):
    """Run axe-core with the WCAG 2.1 AA rules on the current page and fail on any violation."""

    def controleer(page):
        resultaat = axe.run(page, options=WCAG_AA)
        overtredingen = resultaat.response["violations"]
        assert overtredingen == [], resultaat.generate_report()

    return controleer


@pytest.fixture
def inloggen(live_server):
    def _inloggen(page, user):
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("E-mailadres").fill(user.email)
        page.get_by_label("Wachtwoord").fill(WACHTWOORD)
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_load_state()

    return _inloggen


_SELECTEER = """(tekst) => {
    const el = document.getElementById('aantekeningen');
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode()) && node.data.indexOf(tekst) < 0) {}
    const start = node.data.indexOf(tekst);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + tekst.length);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
}"""


def selecteer_in_aantekeningen(page, tekst: str) -> None:
    """Select ``tekst`` in the interview notes, as a user does with the mouse."""
    page.evaluate(_SELECTEER, tekst)
