"""Passkeys in a real browser: Chromium's virtual authenticator (CDP) stands in for a phone or laptop.

A team member with REQUIRE_2FA on logs in with the app code, adds a passkey on the settings page,
logs out, and passes the second step with the passkey; a cancelled ceremony and a browser without
passkeys are announced in the live region; removing asks for confirmation. Every page is axe-clean.
The live server runs on http://localhost:<port>, a secure context for Chromium, and the relying
party id is localhost (the default from ALLOWED_HOSTS).
"""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.factories import WACHTWOORD, TeamFactory
from visieleren.accounts.models import Passkey
from visieleren.core.models import AuditLog

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def passkeys_aan(settings, live_server):
    settings.REQUIRE_2FA = True
    assert live_server.url.startswith("http://localhost:")
    settings.OTP_WEBAUTHN_RP_ID = "localhost"
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [live_server.url]


def _virtuele_authenticator(context, page):
    cdp = context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    return cdp


def _code(device: TOTPDevice) -> str:
    device.refresh_from_db()
    device.last_t = -1  # a second login within the same 30 seconds
    device.save(update_fields=["last_t"])
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"


def _wachtwoord(page, live_server, user):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("E-mailadres").fill(user.email)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen: tweede stap")


def test_passkey_toevoegen_en_ermee_inloggen(page, context, live_server, passkeys_aan, geen_wcag_fouten):
    team = TeamFactory(password=WACHTWOORD)
    app = TOTPDevice.objects.create(user=team, name="app", confirmed=True)
    _virtuele_authenticator(context, page)

    # Password and app code; then the settings page from the menu.
    _wachtwoord(page, live_server, team)
    expect(page.get_by_role("button", name="Inloggen met passkey")).to_have_count(0)  # none added yet
    page.get_by_label("Code").fill(_code(app))
    page.get_by_role("button", name="Doorgaan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wat moet ik nu doen")
    page.get_by_role("link", name="Beveiliging").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tweestapsverificatie en passkeys")
    expect(page.get_by_text("U heeft nog geen passkeys.")).to_be_visible()
    geen_wcag_fouten(page)

    # Add a passkey with a name: the list shows it, with when it was added and never used.
    page.get_by_label("Naam van de passkey").fill("Laptop werk")
    page.get_by_role("button", name="Passkey toevoegen").click()
    expect(page.locator(".meldingen")).to_contain_text("De passkey “Laptop werk” is toegevoegd.")
    rij = page.get_by_role("row", name="Laptop werk")
    expect(rij).to_contain_text("Nog niet gebruikt")
    geen_wcag_fouten(page)
    passkey = Passkey.objects.get(user=team)
    assert passkey.name == "Laptop werk" and passkey.last_used_at is None

    # The same authenticator twice: the browser refuses, the live region says why.
    page.get_by_role("button", name="Passkey toevoegen").click()
    melding = page.locator("#passkey-register-status-message")
    expect(melding).to_contain_text("heeft al een passkey voor Visieleren")
    expect(melding).to_have_attribute("role", "status")
    assert Passkey.objects.filter(user=team).count() == 1
    geen_wcag_fouten(page)

    # Log out and in again: the passkey is the second step.
    page.get_by_role("button", name="Uitloggen").click()
    _wachtwoord(page, live_server, team)
    geen_wcag_fouten(page)
    page.get_by_role("button", name="Inloggen met passkey").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wat moet ik nu doen")
    page.goto(f"{live_server.url}/mensen/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mensen")  # verified: staff pages open
    passkey.refresh_from_db()
    assert passkey.last_used_at is not None
    assert AuditLog.objects.filter(actie="passkey gebruikt", object_id=str(passkey.pk)).exists()

    # Remove it, after a confirmation page.
    page.goto(f"{live_server.url}/accounts/beveiliging/")
    expect(page.get_by_role("row", name="Laptop werk")).not_to_contain_text("Nog niet gebruikt")
    page.get_by_role("link", name="Verwijderen (passkey Laptop werk)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Passkey “Laptop werk” verwijderen")
    geen_wcag_fouten(page)
    page.get_by_role("button", name="Ja, verwijderen").click()
    expect(page.locator(".meldingen")).to_contain_text("De passkey “Laptop werk” is verwijderd.")
    assert not Passkey.objects.filter(user=team).exists()
    assert list(AuditLog.objects.filter(object_type="passkey").order_by("id").values_list("actie", flat=True)) == [
        "passkey toegevoegd",
        "passkey hernoemd",
        "passkey gebruikt",
        "passkey verwijderd",
    ]


def test_afgebroken_en_zonder_passkeys_staat_in_de_live_region(
    page, context, live_server, passkeys_aan, geen_wcag_fouten
):
    team = TeamFactory(password=WACHTWOORD)
    TOTPDevice.objects.create(user=team, name="app", confirmed=True)
    Passkey.objects.create(user=team, name="Telefoon", confirmed=True, credential_id=b"telefoon")

    # The person cancels the browser's passkey dialog: the browser rejects with NotAllowedError.
    page.add_init_script(
        "navigator.credentials.get = () => Promise.reject(new DOMException('Geannuleerd', 'NotAllowedError'));"
    )
    _wachtwoord(page, live_server, team)
    knop = page.get_by_role("button", name="Inloggen met passkey")
    knop.click()
    melding = page.locator("#passkey-verification-status-message")
    expect(melding).to_have_text(
        "Inloggen met passkey afgebroken of niet toegestaan. Probeer het opnieuw of vul een code uit uw app in."
    )
    expect(knop).to_be_enabled()
    expect(knop).to_be_focused()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen: tweede stap")
    geen_wcag_fouten(page)

    # A browser without passkeys: no button, and the live region says what to do instead.
    zonder = context.new_page()
    zonder.add_init_script("delete window.PublicKeyCredential;")
    zonder.goto(f"{live_server.url}/accounts/tweestaps/")
    expect(zonder.locator("#passkey-verification-status-message")).to_have_text(
        "Uw browser ondersteunt geen passkeys. Vul een code uit uw authenticator-app of een herstelcode in."
    )
    expect(zonder.get_by_role("button", name="Inloggen met passkey")).to_have_count(0)
    geen_wcag_fouten(zonder)
