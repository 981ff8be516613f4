"""Login, password reset and the team's people management (/mensen/)."""

from base64 import b32encode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render, resolve_url
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import match_token

from trajecten.models import TrajectRol
from visieleren.accounts import inloggen, passkeys, services
from visieleren.accounts import tweestaps as tweestaps_mod
from visieleren.accounts.forms import (
    InloggenForm,
    PersoonForm,
    RolToekennenForm,
    TweestapsCodeForm,
    UitnodigenForm,
    WachtwoordInstellenForm,
    WachtwoordVergetenForm,
    WachtwoordWijzigenForm,
)
from visieleren.accounts.models import User
from visieleren.accounts.passkey_views import ceremonie_config
from visieleren.permissions import team_vereist


class InloggenView(auth_views.LoginView):
    form_class = InloggenForm
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        if inloggen.ip_geblokkeerd(request):
            return render(request, "registration/geblokkeerd.html", status=429)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        inloggen.mislukte_poging_tellen(self.request)
        return super().form_invalid(form)


class WachtwoordVergetenView(auth_views.PasswordResetView):
    form_class = WachtwoordVergetenForm
    email_template_name = "registration/wachtwoord_email.txt"
    subject_template_name = "registration/wachtwoord_onderwerp.txt"


class WachtwoordInstellenView(auth_views.PasswordResetConfirmView):
    form_class = WachtwoordInstellenForm


class WachtwoordWijzigenView(auth_views.PasswordChangeView):
    """Logged in, with the current password; the session stays valid (Django updates its hash)."""

    form_class = WachtwoordWijzigenForm
    success_url = reverse_lazy("start")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, "Uw wachtwoord is gewijzigd.")
        return response


def _persoon_of_404(pk) -> User:
    return get_object_or_404(User, pk=pk)


@login_required
@team_vereist
def mensen(request):
    zoek = request.GET.get("q", "").strip()
    users = User.objects.annotate(aantal_rollen=Count("trajectrollen")).order_by("naam", "email")
    if zoek:
        users = users.filter(Q(naam__icontains=zoek) | Q(email__icontains=zoek) | Q(organisatie__icontains=zoek))
    if request.GET.get("actief") == "nee":
        users = users.filter(is_active=False)
    elif request.GET.get("actief") != "alle":
        users = users.filter(is_active=True)
    page_obj = Paginator(users, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "accounts/mensen.html",
        {"page_obj": page_obj, "zoek": zoek, "actief": request.GET.get("actief", ""), "breadcrumb": [("Mensen", None)]},
    )


@login_required
@team_vereist
def uitnodigen(request):
    form = UitnodigenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.user_invite(door=request.user, **form.cleaned_data)
        messages.success(request, f"{user.naam} is uitgenodigd. De e-mail met de link gaat naar {user.email}.")
        return redirect(user)
    crumbs = [("Mensen", "/mensen/"), ("Uitnodigen", None)]
    return render(request, "accounts/uitnodigen.html", {"form": form, "breadcrumb": crumbs})


@login_required
@team_vereist
def persoon(request, pk):
    user = _persoon_of_404(pk)
    form = PersoonForm(request.POST or None, instance=user, prefix="persoon")
    if request.method == "POST" and form.is_valid():
        services.user_update(user=user, door=request.user, **form.cleaned_data)
        messages.success(request, "De gegevens zijn opgeslagen.")
        return redirect(user)
    return _persoon_pagina(request, user, form=form, rol_form=RolToekennenForm(prefix="rol"))


def _persoon_pagina(request, user, *, form, rol_form, status=200):
    rollen = TrajectRol.objects.filter(user=user).select_related("traject").order_by("traject__titel", "rol")
    context = {
        "persoon": user,
        "form": form,
        "rol_form": rol_form,
        "rollen": rollen,
        "breadcrumb": [("Mensen", "/mensen/"), (str(user), None)],
    }
    return render(request, "accounts/persoon.html", context, status=status)


@login_required
@team_vereist
@require_POST
def rol_toekennen(request, pk):
    user = _persoon_of_404(pk)
    rol_form = RolToekennenForm(request.POST, prefix="rol")
    if rol_form.is_valid():
        try:
            services.rol_toekennen(user=user, door=request.user, **rol_form.cleaned_data)
        except services.RolBestaatAl as exc:
            rol_form.add_error("rol", str(exc))
        else:
            messages.success(request, "De rol is toegekend.")
            return redirect(user)
    return _persoon_pagina(
        request, user, form=PersoonForm(instance=user, prefix="persoon"), rol_form=rol_form, status=400
    )


@login_required
@team_vereist
@require_POST
def rol_intrekken(request, pk, rol_pk):
    trajectrol = get_object_or_404(TrajectRol, pk=rol_pk, user_id=pk)
    services.rol_intrekken(trajectrol=trajectrol, door=request.user)
    messages.success(request, f"De rol {trajectrol.get_rol_display().lower()} op {trajectrol.traject} is ingetrokken.")
    return redirect(trajectrol.user)


@login_required
@team_vereist
@require_POST
def activeren(request, pk):
    user = _persoon_of_404(pk)
    actief = request.POST.get("actief") == "ja"
    if user == request.user and not actief:
        messages.error(request, "U kunt uw eigen account niet deactiveren.")
        return redirect(user)
    services.user_set_active(user=user, actief=actief, door=request.user)
    messages.success(request, f"{user} is {'geactiveerd' if actief else 'gedeactiveerd'}.")
    return redirect(user)


@login_required
@team_vereist
@require_POST
def opnieuw_uitnodigen(request, pk):
    """Resend from wherever the team sees the person (Mensen, the persoon page, an aanmelding, the
    expert pool); ``volgende`` brings the team back there."""
    user = _persoon_of_404(pk)
    try:
        services.uitnodiging_opnieuw_versturen(user=user, door=request.user)
    except services.UitnodigingNietNodig as fout:
        messages.error(request, str(fout))
    else:
        messages.success(
            request, f"Een nieuwe uitnodiging gaat naar {user.email}. Een eerdere link blijft werken tot hij verloopt."
        )
    volgende = request.POST.get("volgende", "")
    if volgende.startswith("/") and url_has_allowed_host_and_scheme(volgende, allowed_hosts={request.get_host()}):
        return redirect(volgende)
    return redirect(user)


# ---- Two-factor authentication (visieleren/accounts/tweestaps.py) ----------------------------------


def _veilige_volgende(request) -> str:
    volgende = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(volgende, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return volgende
    return resolve_url(settings.LOGIN_REDIRECT_URL)


@login_required
@require_http_methods(["GET", "POST"])
def tweestaps(request):
    """The second step after the password: a code from the app, a one-time recovery code, or a passkey
    (its button calls the JSON endpoints in ``passkey_views``). Also the way to confirm again before
    adding a passkey or linking another app."""
    if not tweestaps_mod.heeft_app(request.user):
        return redirect(f"{reverse('tweestaps_instellen')}?next={_veilige_volgende(request)}")
    form = TweestapsCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            tweestaps_mod.bevestigd(request, device)
            return redirect(_veilige_volgende(request))
        form.add_error("code", "Deze code klopt niet of is verlopen. Probeer de volgende code uit de app.")
    context = {"form": form, "volgende": _veilige_volgende(request)}
    if passkeys.heeft_passkey(request.user):
        context["passkey_config"] = ceremonie_config(request)
    return render(request, "accounts/tweestaps.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def tweestaps_instellen(request):
    """Link an authenticator app: scan the QR code (or type the key), confirm with the first code.
    Replacing a linked app (or adding one next to passkeys) needs a recent second step first."""
    if tweestaps_mod.heeft_app(request.user) and not tweestaps_mod.recent_bevestigd(request):
        messages.info(request, "Bevestig eerst met uw huidige app, een herstelcode of een passkey.")
        return redirect(f"{reverse('tweestaps')}?next={reverse('tweestaps_instellen')}")
    device = tweestaps_mod.app_koppelen_starten(user=request.user)
    form = TweestapsCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = tweestaps_mod.app_bevestigen(device=device, code=form.cleaned_data["code"])
        if codes is not None:
            tweestaps_mod.bevestigd(request, device)
            context = {"codes": codes, "volgende": _veilige_volgende(request)}
            return render(request, "accounts/herstelcodes.html", context)
        form.add_error("code", "Deze code klopt niet. Controleer de tijd op uw telefoon en probeer de volgende code.")
    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "sleutel": b32encode(device.bin_key).decode(),
        "qr_src": qr.png_data_uri(scale=5),
        "volgende": _veilige_volgende(request),
        "al_ingesteld": tweestaps_mod.heeft_app(request.user),
    }
    return render(request, "accounts/tweestaps_instellen.html", context, status=400 if form.errors else 200)
