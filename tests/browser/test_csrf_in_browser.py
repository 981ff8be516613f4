"""A form sent without a valid CSRF token ends on a Dutch, accessible page that says what to do."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_verlopen_formulier_geeft_nederlandse_uitleg(page, live_server, team, inloggen, geen_wcag_fouten):
    inloggen(page, team)
    page.goto(f"{live_server.url}/gemeenten/nieuw/")
    page.context.clear_cookies(name="csrftoken")
    page.locator("main form button[type=submit]").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Formulier niet verstuurd")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    geen_wcag_fouten(page)
