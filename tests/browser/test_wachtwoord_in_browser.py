"""The password pages in a real browser: an invited person sets a password, a logged-in person changes
it. Every error stands under its own field (and in the summary, which gets the focus), the input
names its error for a screen reader, and axe-core finds no WCAG 2.1 AA issue."""

import pytest
from playwright.sync_api import expect

from tests.factories import WACHTWOORD, UserFactory
from visieleren.accounts import emails

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GOED = "Zomer-aan-de-Waal-2031"


def test_uitgenodigde_stelt_wachtwoord_in_met_meldingen_onder_het_veld(page, live_server, geen_wcag_fouten):
    eva = UserFactory(naam="Marieke Jansen", email="marieke.jansen@voorbeeld.nl")
    eva.set_unusable_password()
    eva.save()
    page.goto(live_server.url + emails.wachtwoord_link(eva).removeprefix("http://127.0.0.1:8000"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Wachtwoord instellen")
    geen_wcag_fouten(page)

    nieuw, herhaal = page.get_by_label("Nieuw wachtwoord", exact=True), page.get_by_label("Nieuw wachtwoord herhalen")
    nieuw.fill("marieke.jansen@voorbeeld")
    herhaal.fill("iets-anders-2031")
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(page.locator("#foutsamenvatting")).to_be_focused()
    expect(page.locator("#id_new_password1_error")).to_have_text("Uw wachtwoord lijkt te veel op uw e-mailadres.")
    expect(page.locator("#id_new_password2_error")).to_have_text(
        "De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord."
    )
    expect(nieuw).to_have_attribute("aria-describedby", "id_new_password1_helptext id_new_password1_error")
    expect(nieuw).to_have_attribute("aria-invalid", "true")
    expect(nieuw).to_have_value("")  # only the passwords are not sent back
    geen_wcag_fouten(page)

    nieuw.fill("kort-1A")
    herhaal.fill("kort-1A")
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(page.locator("#id_new_password1_error")).to_have_text(
        "Uw wachtwoord is te kort. Gebruik minstens 10 tekens."
    )
    expect(page.locator("#id_new_password2_error")).to_have_count(0)

    nieuw.fill(GOED)
    herhaal.fill(GOED)
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw wachtwoord is ingesteld")
    eva.refresh_from_db()
    assert eva.check_password(GOED)


def test_ingelogde_wijzigt_wachtwoord(page, live_server, inloggen, geen_wcag_fouten):
    eva = UserFactory(naam="Marieke Jansen")
    inloggen(page, eva)
    page.get_by_role("link", name="Wachtwoord wijzigen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wachtwoord wijzigen")
    geen_wcag_fouten(page)

    page.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(page.locator("#id_old_password_error")).to_have_text("Vul uw huidige wachtwoord in.")
    expect(page.locator("#id_new_password1_error")).to_have_text("Vul een nieuw wachtwoord in.")
    geen_wcag_fouten(page)

    page.get_by_label("Huidig wachtwoord").fill(WACHTWOORD)
    page.get_by_label("Nieuw wachtwoord", exact=True).fill(GOED)
    page.get_by_label("Nieuw wachtwoord herhalen").fill(GOED)
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("Uw wachtwoord is gewijzigd.")
    eva.refresh_from_db()
    assert eva.check_password(GOED)
