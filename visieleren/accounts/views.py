"""Login, password reset and the team's people management (/mensen/)."""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordResetForm, SetPasswordForm
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from trajecten.models import TrajectRol
from visieleren.accounts import emails, inloggen, services
from visieleren.accounts.forms import InloggenForm, PersoonForm, RolToekennenForm, UitnodigenForm
from visieleren.accounts.models import User
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


class _WachtwoordResetForm(PasswordResetForm):
    email = PasswordResetForm.base_fields["email"]

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        """Into the outbox, with a link on SITE_URL (never the Host header of the request)."""
        emails.wachtwoord_reset_inplannen(user=context["user"])


class WachtwoordVergetenView(auth_views.PasswordResetView):
    form_class = _WachtwoordResetForm
    email_template_name = "registration/wachtwoord_email.txt"
    subject_template_name = "registration/wachtwoord_onderwerp.txt"


class WachtwoordInstellenView(auth_views.PasswordResetConfirmView):
    form_class = SetPasswordForm


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
    user = _persoon_of_404(pk)
    services.uitnodiging_versturen(user=user, door=request.user)
    messages.success(request, f"Een nieuwe uitnodiging gaat naar {user.email}.")
    return redirect(user)
