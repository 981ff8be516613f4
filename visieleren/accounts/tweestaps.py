"""Two-factor authentication for staff (TOTP with recovery codes, django-otp) and idle sessions.

On when ``REQUIRE_2FA`` is set (production); off for ``make run`` and the tests. Staff is the
visieleerteam and whoever may open /beheer/: after the password they must give a code from their
authenticator app (or a one-time recovery code) before any other page. A person without an app
yet is sent to set one up. Everyone else may set it up voluntarily (/accounts/beveiliging/); who
did, gets the second step at every login too (``GEVRAAGD_SLEUTEL``, decided at login).

A passkey (``passkeys.py``) is a second step too. Linking another app or adding a passkey asks for
a second step at most ``TWEESTAPS_RECENT_MINUTEN`` ago (``recent_bevestigd``): the password alone,
or an unlocked computer left logged in, must not be enough to swap in someone else's device.

``SESSIE_INACTIEF_MINUTEN``: a session unused that long is logged out (the absolute limit stays
``SESSION_COOKIE_AGE``).
"""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from visieleren.core.services import audit_log

AANTAL_HERSTELCODES = 10


def is_staf(user) -> bool:
    return user.is_authenticated and (user.is_team or user.is_staff or user.is_superuser)


def tweestaps_verplicht(user) -> bool:
    return settings.REQUIRE_2FA and is_staf(user)


GEVRAAGD_SLEUTEL = "tweestaps_gevraagd"


def tweestaps_gevraagd(request) -> bool:
    """This session must pass the second step: staff under REQUIRE_2FA, or whoever linked an app."""
    return tweestaps_verplicht(request.user) or request.session.get(GEVRAAGD_SLEUTEL, False)


def heeft_app(user) -> bool:
    return user_has_device(user, confirmed=True)


BEVESTIGD_SLEUTEL = "tweestaps_bevestigd_op"


def bevestigd(request, device) -> None:
    """The second step passed with ``device`` (app, recovery code or passkey): the session is verified."""
    otp_login(request, device)
    request.session[BEVESTIGD_SLEUTEL] = int(time.time())


def recent_bevestigd(request) -> bool:
    """Verified in this session, by a second step at most ``TWEESTAPS_RECENT_MINUTEN`` ago."""
    moment = request.session.get(BEVESTIGD_SLEUTEL)
    return (
        request.user.is_verified()
        and moment is not None
        and time.time() - moment <= settings.TWEESTAPS_RECENT_MINUTEN * 60
    )


def app_koppelen_starten(*, user) -> TOTPDevice:
    """An unconfirmed authenticator for this person (re-used while setting up, so a reload shows
    the same key); it counts only after ``app_bevestigen``."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator-app", confirmed=False)


@transaction.atomic
def app_bevestigen(*, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirm the app with its first code; returns the new recovery codes (shown once), or None."""
    if not device.verify_token(code):
        return None
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = herstelcodes_maken(user=device.user)
    audit_log(actor=device.user, actie="tweestapsverificatie ingesteld", obj=device.user)
    return codes


def herstelcodes_maken(*, user) -> list[str]:
    """Ten new one-time recovery codes; the old ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    static = StaticDevice.objects.create(user=user, name="Herstelcodes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(AANTAL_HERSTELCODES)]
    StaticToken.objects.bulk_create([StaticToken(device=static, token=code) for code in codes])
    return codes


VRIJ = ("/accounts/tweestaps/", "/accounts/logout/", "/accounts/login/", "/static/", "/health/")
ACTIEF_SLEUTEL = "laatst_actief"


class TweestapsMiddleware:
    """After login, staff must pass the second step before anything else (when REQUIRE_2FA);
    and every logged-in session ends after ``SESSIE_INACTIEF_MINUTEN`` without a request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            if self._verlopen(request):
                logout(request)
                return redirect(f"{reverse('login')}?verlopen=1&next={request.path}")
            if tweestaps_gevraagd(request) and not user.is_verified() and not request.path.startswith(VRIJ):
                return redirect(f"{reverse('tweestaps')}?next={request.get_full_path()}")
        return self.get_response(request)

    @staticmethod
    def _verlopen(request) -> bool:
        nu = int(time.time())
        vorige = request.session.get(ACTIEF_SLEUTEL)
        if vorige is not None and nu - vorige > settings.SESSIE_INACTIEF_MINUTEN * 60:
            return True
        if vorige is None or nu - vorige > 60:  # write the session at most once a minute
            request.session[ACTIEF_SLEUTEL] = nu
        return False


@receiver(user_logged_in)
def _actief_bij_inloggen(sender, request, user, **kwargs):
    """Start the idle clock at login, in the session write the login does anyway; and note whether
    this person linked an app (then the second step is asked whatever their role)."""
    if request is not None and hasattr(request, "session"):
        request.session[ACTIEF_SLEUTEL] = int(time.time())
        request.session[GEVRAAGD_SLEUTEL] = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
