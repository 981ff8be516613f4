"""Passkeys: the 2FA settings page (/accounts/beveiliging/), naming and removing a passkey, and the
four JSON endpoints of the WebAuthn ceremonies (django-otp-webauthn's views, with our checks, audit
log lines and Dutch messages). The logic is in ``passkeys.py`` and ``tweestaps.py``."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.middleware import csrf
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn import exceptions
from django_otp_webauthn import views as webauthn_views

from visieleren.accounts import passkeys
from visieleren.accounts.forms import PasskeyNaamForm

KRUIMELS = [("Beveiliging", "/accounts/beveiliging/")]


def ceremonie_config(request) -> dict:
    """What the library's scripts read from ``otp_webauthn_config`` (our URLs, no passwordless login)."""
    return {
        "autocompleteLoginFieldSelector": None,
        "nextFieldSelector": "input[name='next']",
        "csrfToken": csrf.get_token(request),
        "beginRegistrationUrl": reverse("passkey_registratie_begin"),
        "completeRegistrationUrl": reverse("passkey_registratie_voltooien"),
        "beginAuthenticationUrl": reverse("passkey_inloggen_begin"),
        "completeAuthenticationUrl": reverse("passkey_inloggen_voltooien"),
    }


@login_required
@require_http_methods(["GET"])
def beveiliging(request):
    """The 2FA settings page: the app, the recovery codes left, the passkeys and adding one."""
    user = request.user
    context = {
        "app_gekoppeld": TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
        "herstelcodes": StaticToken.objects.filter(device__user=user, device__confirmed=True).count(),
        "passkeys": passkeys.passkeys_van(user),
        "niet_toevoegen": passkeys.waarom_niet_toevoegen(request),
        "recent_minuten": settings.TWEESTAPS_RECENT_MINUTEN,
        "passkey_config": ceremonie_config(request),
        "naam_form": PasskeyNaamForm(nieuw=True),
        "breadcrumb": [("Beveiliging", None)],
    }
    return render(request, "accounts/passkeys/beveiliging.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def passkey_naam(request, pk):
    """Name a passkey; right after adding one (``nieuw``) an empty name keeps the default name."""
    passkey = passkeys.passkey_van_of_404(request.user, pk)
    nieuw = request.POST.get("nieuw") == "1"
    form = PasskeyNaamForm(request.POST or None, nieuw=nieuw, initial={"naam": passkey.name})
    if request.method == "POST" and form.is_valid():
        naam = form.cleaned_data["naam"] or passkey.name
        passkeys.passkey_hernoemen(passkey=passkey, naam=naam, door=request.user)
        messages.success(request, f"De passkey “{naam}” is toegevoegd." if nieuw else f"De passkey heet nu “{naam}”.")
        return redirect("beveiliging")
    context = {"passkey": passkey, "form": form, "breadcrumb": [*KRUIMELS, ("Naam wijzigen", None)]}
    return render(request, "accounts/passkeys/naam.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def passkey_verwijderen(request, pk):
    """Remove a passkey after a confirmation page."""
    passkey = passkeys.passkey_van_of_404(request.user, pk)
    if request.method == "POST":
        naam = passkey.name
        passkeys.passkey_verwijderen(passkey=passkey, door=request.user)
        messages.success(request, f"De passkey “{naam}” is verwijderd. Hij werkt niet meer voor Visieleren.")
        return redirect("beveiliging")
    context = {"passkey": passkey, "breadcrumb": [*KRUIMELS, ("Verwijderen", None)]}
    return render(request, "accounts/passkeys/verwijderen.html", context)


# ---- The WebAuthn ceremonies (JSON for the library's scripts) ---------------------------------------

MELDINGEN = {
    "not_authenticated": "U bent niet meer ingelogd. Log opnieuw in.",
    "user_not_verified": "Bevestig eerst dat u het bent met een code uit uw app of een herstelcode.",
    "invalid_state": "Deze poging is verlopen of al gebruikt. Probeer het opnieuw.",
    "malformed_request": "Het verzoek van de browser was onleesbaar. Probeer het opnieuw.",
    "passwordless_login_disabled": "Log eerst in met uw e-mailadres en wachtwoord.",
    "user_disabled": "Dit account is gedeactiveerd.",
    "credential_disabled": "Deze passkey is uitgeschakeld.",
    "credential_not_found": "Deze passkey is onbekend; misschien is hij verwijderd. Gebruik een code uit uw app.",
    "credential_user_mismatch": "Deze passkey hoort niet bij uw account. Kies een andere passkey.",
}
ALGEMEEN = "De passkey kon niet worden gecontroleerd. Probeer het opnieuw of gebruik een code uit uw app."


class NietNu(exceptions.OTPWebAuthnApiError):
    status_code = 403
    default_code = "niet_nu"


class _Ceremonie:
    """Only POST (a GET is 405 before any check), and errors as Dutch JSON for the live region."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if request.method.lower() not in self.http_method_names:
            return self.http_method_not_allowed(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)

    def handle_exception(self, exc):
        if isinstance(exc, exceptions.OTPWebAuthnApiError):
            detail = str(exc) if isinstance(exc, NietNu) else MELDINGEN.get(exc.code, ALGEMEEN)
            return JsonResponse({"detail": detail, "code": exc.code}, status=exc.status_code)
        raise exc


class _Registratie(_Ceremonie):
    def check_can_register(self):
        reden = passkeys.waarom_niet_toevoegen(self.request)
        if reden:
            raise NietNu(detail=reden)


class RegistratieBegin(_Registratie, webauthn_views.BeginCredentialRegistrationView):
    pass


class RegistratieVoltooien(_Registratie, webauthn_views.CompleteCredentialRegistrationView):
    pass


class InloggenBegin(_Ceremonie, webauthn_views.BeginCredentialAuthenticationView):
    pass


class InloggenVoltooien(_Ceremonie, webauthn_views.CompleteCredentialAuthenticationView):
    def complete_auth(self, device):
        passkeys.passkey_gebruikt(request=self.request, device=device)
