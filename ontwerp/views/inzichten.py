"""Pages of inzichten: the three steps side by side, one inzicht with evidence and history, and the
actions that support it with quotes (plain POST and htmx). Thin views."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from interviews.selectors.interviews import citaat_teksten
from interviews.tekst import markdown_naar_html
from ontwerp.forms.inzichten import CitaatKeuzeForm, InzichtForm, InzichtKeuzeForm
from ontwerp.models import Inzicht
from ontwerp.selectors import inzichten as selectors
from ontwerp.selectors.perspectief import perspectief_van
from ontwerp.services import inzichten as services
from trajecten.models.starten import Perspectief
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import (
    Actie,
    inzicht_stappen_voor,
    mag,
    mag_inzicht_schrijven,
    traject_of_404,
    vereis,
)


def _traject(request, traject_pk, actie=Actie.INZICHTEN_BEKIJKEN):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, actie, traject)
    return traject


def _inzicht(request, traject_pk, pk, *, schrijven=False):
    """Traject visible (else 404), inzichten readable (else 403), an inzicht of it (else 404); for
    ``schrijven`` the user must write in the inzicht's step (else 403)."""
    traject = _traject(request, traject_pk)
    inzicht = get_object_or_404(
        Inzicht.objects.select_related("traject", "hoofdthema", "soort"), traject=traject, pk=pk
    )
    if schrijven and not mag_inzicht_schrijven(request.user, traject, inzicht.stap):
        raise PermissionDenied("U schrijft geen inzichten in deze stap.")
    return traject, inzicht


def _terug(request, standaard: str) -> str:
    volgende = request.POST.get("volgende") or ""
    if volgende and url_has_allowed_host_and_scheme(volgende, {request.get_host()}, request.is_secure()):
        return volgende
    return standaard


@login_required
@require_GET
def inzichten(request, traject_pk):
    traject = _traject(request, traject_pk)
    context = {
        "traject": traject,
        "kolommen": selectors.inzichten_per_stap(traject=traject),
        "stappen": inzicht_stappen_voor(request.user, traject),
        "kan_doorzetten": mag(request.user, Actie.INZICHT_DOORZETTEN, traject),
        "breadcrumb": traject_kruimels(traject, ("Inzichten", None)),
    }
    return render(request, "ontwerp/inzichten/inzichten.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def inzicht_nieuw(request, traject_pk):
    traject = _traject(request, traject_pk, Actie.INZICHT_SCHRIJVEN)
    stappen = inzicht_stappen_voor(request.user, traject)
    if not stappen:
        raise PermissionDenied("U schrijft geen inzichten in dit traject.")
    form = InzichtForm(
        request.POST if request.method == "POST" else None,
        stappen=stappen,
        initial={"stap": request.GET.get("stap") if request.GET.get("stap") in stappen else stappen[0]},
    )
    if request.method == "POST" and form.is_valid():
        inzicht = services.inzicht_create(traject=traject, door=request.user, **form.cleaned_data)
        messages.success(request, f"Inzicht “{inzicht.titel}” aangemaakt.")
        return redirect(inzicht)
    context = {
        "traject": traject,
        "form": form,
        "breadcrumb": traject_kruimels(traject, ("Inzichten", _lijst(traject)), ("Inzicht toevoegen", None)),
    }
    return render(request, "ontwerp/inzichten/inzicht_form.html", context, status=400 if form.errors else 200)


def _lijst(traject):
    return reverse("ontwerp:inzichten", args=[traject.pk])


def _detail_context(request, traject, inzicht):
    inzicht = selectors.inzicht_detail(traject=traject, pk=inzicht.pk)
    onderbouwing = list(inzicht.onderbouwing.all())
    teksten = citaat_teksten(traject=traject, user=request.user, citaten=[k.citaat for k in onderbouwing])
    for koppeling in onderbouwing:
        koppeling.weergave = teksten[koppeling.citaat_id]
        koppeling.perspectief = Perspectief(perspectief_van(koppeling.citaat.spreker)).label
    return {
        "traject": traject,
        "inzicht": inzicht,
        "toelichting_html": markdown_naar_html(inzicht.toelichting),
        "onderbouwing": onderbouwing,
        "geschiedenis": selectors.geschiedenis(inzicht),
        "kan_schrijven": mag_inzicht_schrijven(request.user, traject, inzicht.stap),
        "kan_doorzetten": mag(request.user, Actie.INZICHT_DOORZETTEN, traject)
        and inzicht.volgende_stap is not None
        and not inzicht.vervolgen.all(),
        "breadcrumb": traject_kruimels(traject, ("Inzichten", _lijst(traject)), (inzicht.titel, None)),
    }


@login_required
@require_GET
def inzicht(request, traject_pk, pk):
    traject, inzicht = _inzicht(request, traject_pk, pk)
    return render(request, "ontwerp/inzichten/inzicht.html", _detail_context(request, traject, inzicht))


@login_required
@require_http_methods(["GET", "POST"])
def inzicht_bewerken(request, traject_pk, pk):
    traject, inzicht = _inzicht(request, traject_pk, pk, schrijven=True)
    form = InzichtForm(request.POST if request.method == "POST" else None, instance=inzicht, stappen=[])
    if request.method == "POST" and form.is_valid():
        inzicht.refresh_from_db()  # the form changed the instance; the service compares old and new
        services.inzicht_update(inzicht=inzicht, door=request.user, **form.cleaned_data)
        messages.success(request, "Inzicht bijgewerkt.")
        return redirect(inzicht)
    context = {
        "traject": traject,
        "form": form,
        "inzicht": inzicht,
        "breadcrumb": traject_kruimels(
            traject, ("Inzichten", _lijst(traject)), (inzicht.titel, inzicht.get_absolute_url()), ("Bewerken", None)
        ),
    }
    return render(request, "ontwerp/inzichten/inzicht_form.html", context, status=400 if form.errors else 200)


def _na_toevoegen(request, standaard: str, melding: str, *, fout: bool = False):
    """htmx: a status line where the button was; a plain POST: back where the form was, with a message."""
    if request.htmx:
        return render(request, "ontwerp/inzichten/_melding.html", {"melding": melding, "fout": fout})
    (messages.error if fout else messages.success)(request, melding)
    return redirect(_terug(request, standaard))


@login_required
@require_POST
def inzicht_citaat(request, traject_pk, pk):
    """Add a supporting quote to this inzicht (button, drop, or the inzicht page)."""
    traject, inzicht = _inzicht(request, traject_pk, pk, schrijven=True)
    form = CitaatKeuzeForm(request.POST, traject=traject)
    if not form.is_valid():
        return _na_toevoegen(request, inzicht.get_absolute_url(), form.errors["citaat"][0], fout=True)
    services.inzicht_citaat_toevoegen(inzicht=inzicht, citaat=form.cleaned_data["citaat"], door=request.user)
    return _na_toevoegen(request, inzicht.get_absolute_url(), f"Citaat toegevoegd aan inzicht “{inzicht.titel}”.")


@login_required
@require_POST
def citaat_naar_inzicht(request, traject_pk, pk):
    """From a quote (matrix cell, quote list, quote page): add it to the inzicht chosen in the form."""
    traject = _traject(request, traject_pk, Actie.INZICHT_SCHRIJVEN)
    citaat_form = CitaatKeuzeForm({"citaat": pk}, traject=traject)
    if not citaat_form.is_valid():
        raise Http404("Citaat niet gevonden")
    form = InzichtKeuzeForm(request.POST, inzichten=selectors.inzicht_keuzes(traject=traject, user=request.user))
    if not form.is_valid():
        citaat_url = reverse("codeboek:citaat", args=[traject.pk, pk])
        return _na_toevoegen(request, citaat_url, form.errors["inzicht"][0], fout=True)
    inzicht = form.cleaned_data["inzicht"]
    services.inzicht_citaat_toevoegen(inzicht=inzicht, citaat=citaat_form.cleaned_data["citaat"], door=request.user)
    return _na_toevoegen(request, inzicht.get_absolute_url(), f"Citaat toegevoegd aan inzicht “{inzicht.titel}”.")


@login_required
@require_POST
def inzicht_citaat_weg(request, traject_pk, pk, citaat_pk):
    traject, inzicht = _inzicht(request, traject_pk, pk, schrijven=True)
    services.inzicht_citaat_verwijderen(inzicht=inzicht, citaat_id=citaat_pk, door=request.user)
    messages.success(request, "Citaat weggehaald bij dit inzicht.")
    return redirect(inzicht)


@login_required
@require_POST
def inzicht_doorzetten(request, traject_pk, pk):
    traject, inzicht = _inzicht(request, traject_pk, pk)
    vereis(request.user, Actie.INZICHT_DOORZETTEN, traject)
    try:
        nieuw = services.inzicht_doorzetten(inzicht=inzicht, door=request.user)
    except services.InzichtFout as fout:
        messages.error(request, str(fout))
        return redirect(inzicht)
    messages.success(request, f"Inzicht doorgezet naar: {nieuw.get_stap_display().lower()}.")
    return redirect(nieuw)
