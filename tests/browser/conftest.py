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
