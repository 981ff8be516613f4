"""Starten: start data, expertteam and expert pool, stakeholder map, bijeenkomsten, phase machine.

Every view: ``traject_of_404`` (invisible → 404), then ``vereis`` (not allowed → 403), then the
form, the service and a redirect (or the bound form again with status 400).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import ProtectedError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from interviews.privacy import tekst_voor
from interviews.selectors.codeboek import te_beoordelen_per_traject
from interviews.selectors.interviews import zonder_aantekeningen_per_traject
from interviews.tellingen import ongetagd_aantallen
from trajecten import fasen
from trajecten.forms.starten import (
    BeeindigenForm,
    BetrokkeneForm,
    BijeenkomstForm,
    ExpertProfielForm,
    ExpertteamForm,
    StartgegevensForm,
    VolgendeFaseForm,
)
from trajecten.ics import kalender as ics_kalender
from trajecten.models import ExpertProfiel, Fase, Rol, TrajectRol
from trajecten.selectors import starten as selectors
from trajecten.selectors import traject as traject_selectors
from trajecten.services.starten import (
    betrokkene_create,
    betrokkene_delete,
    betrokkene_update,
    bijeenkomst_create,
    bijeenkomst_delete,
    bijeenkomst_update,
    expertprofiel_create,
    expertprofiel_update,
    expertteam_toevoegen,
    startgegevens_update,
)
from trajecten.services.starten import expertteam_verwijderen as expertteam_verwijderen_service
from visieleren.accounts.services import RolBestaatAl
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import REGELS, Actie, is_team, mag, team_vereist, traject_of_404, vereis


def _formulier(request, *, traject, form, titel, knop, intro="", multipart=False, gevaarlijk=False):
    """The shared form page of Starten; a form with errors answers 400. ``gevaarlijk``: the button ends
    or removes something and gets the one destructive style."""
    context = {
        "traject": traject,
        "form": form,
        "titel": titel,
        "knop": knop,
        "gevaarlijk": gevaarlijk,
        "intro": intro,
        "multipart": multipart,
        "terug": traject.get_absolute_url() if traject else "/expertpool/",
        "breadcrumb": traject_kruimels(traject, (titel, None))
        if traject
        else [("Expertpool", "/expertpool/"), (titel, None)],
    }
    return render(request, "trajecten/starten/formulier.html", context, status=400 if form.errors else 200)


def _betrokkene(request, pk, betrokkene_pk):
    """Traject visible (else 404), stakeholder map manageable (else 403), betrokkene of it (else 404)."""
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.BETROKKENEN_BEHEREN, traject)
    return traject, get_object_or_404(traject.betrokkenen, pk=betrokkene_pk)


def _bijeenkomst(request, pk, bijeenkomst_pk):
    """Traject visible (else 404), bijeenkomsten manageable (else 403), bijeenkomst of it (else 404)."""
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.BIJEENKOMSTEN_BEHEREN, traject)
    return traject, get_object_or_404(traject.bijeenkomsten, pk=bijeenkomst_pk)


def detail_context(user, traject) -> dict:
    """What the traject page shows of Starten, limited to what this user may see."""
    context = {"traject": traject}
    if not mag(user, Actie.STARTEN_BEKIJKEN, traject):
        return context
    volgende = fasen.volgende_fase(traject)
    context |= {
        "checklist": fasen.checklist(traject) if traject.status == "lopend" else [],
        "volgende_fase": volgende,
        "fasen": Fase.choices,
        "expertteam": selectors.expertteam_per_persoon(traject=traject),
        "volgende_bijeenkomst": selectors.volgende_bijeenkomst(traject=traject),
        "bijeenkomsten": selectors.bijeenkomst_list(traject=traject),
        "tijdlijn": traject_selectors.traject_tijdlijn(traject=traject, user=user),
    }
    if mag(user, Actie.BETROKKENEN_BEKIJKEN, traject):
        context["perspectieven"] = selectors.betrokkenen_per_perspectief(traject=traject)
    return context


# ---- Start data ---------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def startgegevens(request, pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.STARTEN_BEWERKEN, traject)
    form = StartgegevensForm(request.POST or None, request.FILES or None, instance=traject)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            startgegevens_update(
                traject=traject,
                door=request.user,
                **{k: data[k] for k in ["kernvraag", "aanpak", "bw_besluit_op", "geplande_start", "geplande_eind"]},
                bw_besluit_bestand=data.get("bw_besluit_bestand"),
            )
            messages.success(request, "De startgegevens zijn opgeslagen.")
            return redirect(traject)
        traject.refresh_from_db()
    return _formulier(
        request,
        traject=traject,
        form=form,
        titel="Startgegevens",
        knop="Opslaan",
        multipart=True,
    )


# ---- Expertteam -------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def expertteam(request, pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.EXPERTTEAM_BEHEREN, traject)
    form = ExpertteamForm(
        request.POST or None,
        traject=traject,
        initial={"user": request.GET.get("persoon"), "rol": request.GET.get("rol", Rol.EXPERT)},
    )
    if request.method == "POST" and form.is_valid():
        try:
            trajectrol = expertteam_toevoegen(
                traject=traject, user=form.cleaned_data["user"], rol=form.cleaned_data["rol"], door=request.user
            )
        except RolBestaatAl:
            form.add_error("user", "Deze persoon heeft deze rol al op dit traject.")
        else:
            messages.success(
                request,
                f"{trajectrol.user} is toegevoegd als {trajectrol.get_rol_display().lower()} en krijgt een e-mail.",
            )
            return redirect("trajecten:expertteam", pk=traject.pk)
    context = {
        "traject": traject,
        "form": form,
        "expertteam": selectors.expertteam_per_persoon(traject=traject),
        "suggesties": selectors.expert_suggesties(traject=traject),
        "breadcrumb": traject_kruimels(traject, ("Expertteam", None)),
    }
    return render(request, "trajecten/starten/expertteam.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def expertteam_verwijderen(request, pk, rol_pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.EXPERTTEAM_BEHEREN, traject)
    trajectrol = get_object_or_404(TrajectRol, pk=rol_pk, traject=traject, rol__in=[Rol.EXPERT, Rol.MODERATOR])
    expertteam_verwijderen_service(trajectrol=trajectrol, door=request.user)
    messages.success(request, f"{trajectrol.user} is geen {trajectrol.get_rol_display().lower()} meer op dit traject.")
    return redirect("trajecten:expertteam", pk=traject.pk)


# ---- Stakeholder map ----------------------------------------------------------------------------------


@login_required
@require_GET
def betrokkenen(request, pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.BETROKKENEN_BEKIJKEN, traject)
    context = {
        "traject": traject,
        "perspectieven": selectors.betrokkenen_per_perspectief(traject=traject),
        "breadcrumb": traject_kruimels(traject, ("Betrokkenen", None)),
    }
    return render(request, "trajecten/starten/betrokkenen.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def betrokkene_nieuw(request, pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.BETROKKENEN_BEHEREN, traject)
    form = BetrokkeneForm(request.POST or None, initial={"perspectief": request.GET.get("perspectief")})
    if request.method == "POST" and form.is_valid():
        betrokkene = betrokkene_create(traject=traject, door=request.user, **form.cleaned_data)
        messages.success(request, f"{betrokkene.naam} staat op de kaart van betrokkenen.")
        return redirect("trajecten:betrokkenen", pk=traject.pk)
    return _formulier(request, traject=traject, form=form, titel="Betrokkene toevoegen", knop="Toevoegen")


@login_required
@require_http_methods(["GET", "POST"])
def betrokkene_bewerken(request, pk, betrokkene_pk):
    traject, betrokkene = _betrokkene(request, pk, betrokkene_pk)
    form = BetrokkeneForm(request.POST or None, instance=betrokkene)
    if request.method == "POST":
        if form.is_valid():
            betrokkene_update(betrokkene=betrokkene, door=request.user, **form.cleaned_data)
            messages.success(request, "De betrokkene is bijgewerkt.")
            return redirect("trajecten:betrokkenen", pk=traject.pk)
        betrokkene.refresh_from_db()
    return _formulier(
        request, traject=traject, form=form, titel=f"Betrokkene bewerken: {betrokkene.naam}", knop="Opslaan"
    )


@login_required
@require_POST
def betrokkene_verwijderen(request, pk, betrokkene_pk):
    traject, betrokkene = _betrokkene(request, pk, betrokkene_pk)
    try:
        betrokkene_delete(betrokkene=betrokkene, door=request.user)
    except ProtectedError:
        messages.error(
            request,
            f"{betrokkene.naam} is deelnemer van een duo-interview en blijft daarom op de kaart. "
            "Wilt u de gegevens verwijderen, trek dan de toestemming in bij Deelnemers.",
        )
        return redirect("trajecten:betrokkenen", pk=traject.pk)
    messages.success(request, f"{betrokkene.naam} is van de kaart van betrokkenen verwijderd.")
    return redirect("trajecten:betrokkenen", pk=traject.pk)


# ---- Bijeenkomsten ------------------------------------------------------------------------------------


@login_required
@require_GET
def bijeenkomsten(request, pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.BIJEENKOMSTEN_BEKIJKEN, traject)
    context = {
        "traject": traject,
        "bijeenkomsten": selectors.bijeenkomst_list(traject=traject),
        "nu": timezone.now(),
        "breadcrumb": traject_kruimels(traject, ("Bijeenkomsten", None)),
    }
    return render(request, "trajecten/starten/bijeenkomsten.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def bijeenkomst_nieuw(request, pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.BIJEENKOMSTEN_BEHEREN, traject)
    form = BijeenkomstForm(request.POST or None, traject=traject, initial={"soort": request.GET.get("soort")})
    if request.method == "POST" and form.is_valid():
        bijeenkomst = bijeenkomst_create(traject=traject, door=request.user, **form.cleaned_data)
        messages.success(request, f"De bijeenkomst {bijeenkomst} is gepland.")
        return redirect(bijeenkomst)
    return _formulier(request, traject=traject, form=form, titel="Bijeenkomst plannen", knop="Plannen")


@login_required
@require_GET
def bijeenkomst(request, pk, bijeenkomst_pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.BIJEENKOMSTEN_BEKIJKEN, traject)
    item = get_object_or_404(traject.bijeenkomsten.prefetch_related("betrokkenen", "deelnemers"), pk=bijeenkomst_pk)
    context = {
        "traject": traject,
        "bijeenkomst": item,
        "verslag": tekst_voor(tekst=item.verslag, traject=traject, user=request.user),
        "breadcrumb": traject_kruimels(
            traject, ("Bijeenkomsten", f"/trajecten/{traject.pk}/bijeenkomsten/"), (str(item), None)
        ),
    }
    return render(request, "trajecten/starten/bijeenkomst.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def bijeenkomst_bewerken(request, pk, bijeenkomst_pk):
    traject, item = _bijeenkomst(request, pk, bijeenkomst_pk)
    form = BijeenkomstForm(request.POST or None, instance=item, traject=traject)
    if request.method == "POST":
        if form.is_valid():
            bijeenkomst_update(bijeenkomst=item, door=request.user, **form.cleaned_data)
            messages.success(request, "De bijeenkomst is bijgewerkt.")
            return redirect(item)
        item.refresh_from_db()
    return _formulier(request, traject=traject, form=form, titel=f"Bijeenkomst bewerken: {item}", knop="Opslaan")


@login_required
@require_POST
def bijeenkomst_verwijderen(request, pk, bijeenkomst_pk):
    traject, item = _bijeenkomst(request, pk, bijeenkomst_pk)
    bijeenkomst_delete(bijeenkomst=item, door=request.user)
    messages.success(request, f"De bijeenkomst {item} is verwijderd.")
    return redirect("trajecten:bijeenkomsten", pk=traject.pk)


@login_required
@require_GET
def kalender(request, pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.BIJEENKOMSTEN_BEKIJKEN, traject)
    inhoud = ics_kalender(traject=traject, bijeenkomsten=traject.bijeenkomsten.order_by("begin", "pk"))
    response = HttpResponse(inhoud.encode("utf-8"), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="visieleertraject-{traject.pk}.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


# ---- Phase machine ------------------------------------------------------------------------------------


@login_required
@require_POST
def fase_volgende(request, pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.FASE_WIJZIGEN, traject)
    form = VolgendeFaseForm(request.POST)
    toelichting = form.cleaned_data["toelichting"] if form.is_valid() else ""
    try:
        overgang = fasen.naar_volgende_fase(traject=traject, door=request.user, toelichting=toelichting)
    except fasen.FaseOvergangGeweigerd as weigering:
        messages.error(request, "Het traject kan nog niet naar de volgende fase: " + " ".join(weigering.redenen))
    else:
        messages.success(request, f"Het traject is nu in de fase {overgang.get_naar_display()}.")
    return redirect(traject)


@login_required
@require_http_methods(["GET", "POST"])
def beeindigen(request, pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.FASE_WIJZIGEN, traject)
    form = BeeindigenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            overgang = fasen.traject_beeindigen(
                traject=traject, status=form.cleaned_data["status"], reden=form.cleaned_data["reden"], door=request.user
            )
        except fasen.FaseOvergangGeweigerd as weigering:
            form.add_error(None, " ".join(weigering.redenen))
        else:
            messages.success(request, f"Het traject is {overgang.get_naar_display().lower()}.")
            return redirect(traject)
    return _formulier(
        request,
        traject=traject,
        form=form,
        titel="Traject beëindigen",
        knop="Traject beëindigen",
        gevaarlijk=True,
        intro="Een traject wordt afgerond na de fase Borgen, of eindigt eerder: tussentijds gestopt of "
        "geannuleerd, altijd met een reden.",
    )


# ---- Mijn trajecten (experts, moderators, gemeenten) ---------------------------------------------------


@login_required
@require_GET
def mijn_trajecten(request):
    trajecten = list(traject_selectors.mijn_trajecten(user=request.user))
    pks = [t.pk for t in trajecten]
    ongetagd = ongetagd_aantallen(trajecten)
    te_beoordelen = te_beoordelen_per_traject(pks, user=request.user)
    zonder_aantekeningen = zonder_aantekeningen_per_traject(pks, moderator=request.user)
    rijen = []
    for traject in trajecten:
        rollen = {r.rol for r in traject.mijn_rollen}
        rijen.append(
            {
                "traject": traject,
                "rollen": sorted(Rol(r).label for r in rollen),
                "volgende_bijeenkomst": traject.komende_bijeenkomsten[0] if traject.komende_bijeenkomsten else None,
                # From the prefetched roles (no query per traject), by the same rules as mag().
                "details": bool(rollen & REGELS[Actie.STARTEN_BEKIJKEN]) or is_team(request.user),
                "ongetagd": ongetagd.get(traject.pk, 0) if rollen & REGELS[Actie.CITATEN_BEKIJKEN] else None,
                "te_beoordelen": te_beoordelen.get(traject.pk, 0) if rollen & REGELS[Actie.CITAAT_BEOORDELEN] else 0,
                "zonder_aantekeningen": zonder_aantekeningen.get(traject.pk, 0),
            }
        )
    context = {"rijen": rijen, "breadcrumb": [("Mijn trajecten", None)]}
    return render(request, "trajecten/traject/mijn_trajecten.html", context)


# ---- Expert pool (team) -----------------------------------------------------------------------------


@login_required
@team_vereist
@require_GET
def expertpool(request):
    context = {"profielen": selectors.expertprofiel_list(), "breadcrumb": [("Expertpool", None)]}
    return render(request, "trajecten/starten/expertpool.html", context)


@login_required
@team_vereist
@require_http_methods(["GET", "POST"])
def expertprofiel_nieuw(request):
    form = ExpertProfielForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        profiel = expertprofiel_create(door=request.user, expertise=list(data.pop("expertise")), **data)
        messages.success(request, f"{profiel} staat in de expertpool.")
        return redirect("expertpool")
    return _formulier(request, traject=None, form=form, titel="Expert toevoegen", knop="Toevoegen")


@login_required
@team_vereist
@require_http_methods(["GET", "POST"])
def expertprofiel_bewerken(request, profiel_pk):
    profiel = get_object_or_404(ExpertProfiel.objects.select_related("user"), pk=profiel_pk)
    form = ExpertProfielForm(request.POST or None, instance=profiel)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        data.pop("email")
        expertprofiel_update(profiel=profiel, door=request.user, expertise=list(data.pop("expertise")), **data)
        messages.success(request, "Het expertprofiel is bijgewerkt.")
        return redirect("expertpool")
    return _formulier(request, traject=None, form=form, titel=f"Expert bewerken: {profiel}", knop="Opslaan")
