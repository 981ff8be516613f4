"""Passkeys (WebAuthn) as a second factor next to the authenticator app, with django-otp-webauthn.

A passkey is a django-otp device: using one at the second login step calls ``tweestaps.bevestigd``
like a code from the app does, so ``request.user.is_verified()`` is true and ``REQUIRE_2FA`` is
satisfied. Passkeys are never a way to log in without a password (``OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN``
is off).

Adding one needs an authenticator app already linked (so there are recovery codes when a device is
lost) and a second step at most ``TWEESTAPS_RECENT_MINUTEN`` ago: someone who finds an unlocked,
logged-in computer cannot quietly add their own passkey.

The audit log names a passkey by id only (``Passkey.AUDIT_PERSOONLIJK``): added, renamed, used,
removed. What is kept per passkey: its name, public key, credential id, sign count, transports,
when it was added and last used (``verwerkingsregister``).
"""

from django.db import transaction
from django.shortcuts import get_object_or_404
from django_otp_webauthn.helpers import WebAuthnHelper

from visieleren.accounts import tweestaps
from visieleren.accounts.models import Passkey
from visieleren.core.services import audit_log


class PasskeyFout(Exception):
    """An action on a passkey that is not allowed now; the message is for the user."""


def passkeys_van(user):
    return Passkey.objects.filter(user=user).order_by("created_at", "pk")


def heeft_passkey(user) -> bool:
    return Passkey.objects.filter(user=user, confirmed=True).exists()


def passkey_van_of_404(user, pk) -> Passkey:
    """Only the owner's own passkeys exist for them: anyone else's answers 404."""
    return get_object_or_404(Passkey, pk=pk, user=user)


def waarom_niet_toevoegen(request) -> str | None:
    """Why this session may not add a passkey now, in Dutch; None when it may."""
    if not tweestaps.heeft_app(request.user):
        return (
            "Koppel eerst een authenticator-app. Daarna kunt u passkeys toevoegen; met de herstelcodes "
            "van de app komt u ook binnen als u een apparaat kwijtraakt."
        )
    if not tweestaps.recent_bevestigd(request):
        return (
            "Bevestig eerst dat u het bent met een code uit uw app, een herstelcode of een passkey. "
            "Daarna kunt u een passkey toevoegen."
        )
    return None


def standaardnaam(user) -> str:
    return f"Passkey {Passkey.objects.filter(user=user).count() + 1}"


@transaction.atomic
def passkey_hernoemen(*, passkey: Passkey, naam: str, door) -> Passkey:
    oud = passkey.name
    passkey.name = naam
    passkey.save(update_fields=["name"])
    if oud != naam:
        audit_log(actor=door, actie="passkey hernoemd", obj=passkey, wijzigingen={"name": [oud, naam]})
    return passkey


@transaction.atomic
def passkey_verwijderen(*, passkey: Passkey, door) -> None:
    audit_log(actor=door, actie="passkey verwijderd", obj=passkey)
    passkey.delete()


def passkey_gebruikt(*, request, device) -> None:
    """The second login step passed with this passkey (its sign count and last use are saved)."""
    tweestaps.bevestigd(request, device)
    audit_log(actor=device.user, actie="passkey gebruikt", obj=Passkey.objects.get(pk=device.pk))


class PasskeyHelper(WebAuthnHelper):
    """``OTP_WEBAUTHN_HELPER_CLASS``: a new passkey gets a default name and a line in the log."""

    def create_credential(self, user, response, parsed_credential, original_data):
        device = super().create_credential(user, response, parsed_credential, original_data)
        device.name = standaardnaam(user)
        return device

    def register_complete(self, user, state: dict, data: dict):
        with transaction.atomic():
            device = super().register_complete(user=user, state=state, data=data)
            audit_log(actor=user, actie="passkey toegevoegd", obj=Passkey.objects.get(pk=device.pk))
        return device
