"""The evaluation: the team invites betrokkenen and sees only aggregates; a betrokkene answers at a
public URL with a personal, single-use link and no account."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from borging.forms.evaluatie import EvaluatieForm, UitnodigenForm
from borging.selectors.evaluatie import evaluatie_respons, evaluatie_resultaten, niet_uitgenodigd, uitnodiging_list
from borging.services import BorgingFout
from borging.services.evaluatie import (
    LinkGebruikt,
    LinkOngeldig,
    LinkVerlopen,
    evaluatie_beantwoorden,
    evaluatie_uitnodigen,
    link_controleren,
)
from borging.views import post_data, traject_voor
from visieleren import limiet
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, mag

# ---- Team: invite, follow the response, read the results ------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def evaluatie(request, traject_pk):
    traject = traject_voor(request, traject_pk, Actie.EVALUATIE_BEHEREN)
    form = UitnodigenForm(post_data(request), betrokkenen=niet_uitgenodigd(traject=traject))
    if request.method == "POST" and form.is_valid():
        try:
            nieuw = evaluatie_uitnodigen(
                traject=traject, betrokkenen=form.cleaned_data["betrokkenen"], door=request.user
            )
        except BorgingFout as fout:
            form.add_error("betrokkenen", str(fout))
        else:
            messages.success(request, f"{len(nieuw)} uitnodiging(en) worden verstuurd.")
            return redirect("borging:evaluatie", traject_pk=traject.pk)
    context = {
        "traject": traject,
        "form": form,
        "respons": evaluatie_respons(traject=traject),
        "uitnodigingen": uitnodiging_list(traject=traject),
        "link_dagen": settings.EVALUATIE_LINK_DAGEN,
        "herinnering_dagen": settings.EVALUATIE_HERINNERING_DAGEN,
        "breadcrumb": traject_kruimels(traject, ("Evaluatie", None)),
    }
    return render(request, "borging/evaluatie/team.html", context, status=400 if form.is_bound else 200)


@login_required
@require_GET
def resultaten(request, traject_pk):
    traject = traject_voor(request, traject_pk, Actie.EVALUATIE_RESULTATEN)
    kruimels = (
        [("Evaluatie", reverse("borging:evaluatie", args=[traject.pk]))]
        if mag(request.user, Actie.EVALUATIE_BEHEREN, traject)
        else []
    )
    context = {
        "traject": traject,
        "respons": evaluatie_respons(traject=traject),
        "resultaten": evaluatie_resultaten(traject=traject),
        "breadcrumb": traject_kruimels(traject, *kruimels, ("Resultaten van de evaluatie", None)),
    }
    return render(request, "borging/evaluatie/resultaten.html", context)


# ---- Public: the questionnaire behind the personal link -------------------------------------------

_PUBLIEK = [("Start", "/"), ("Evaluatie", None)]


def _te_vaak(request) -> bool:
    """Count an unknown link against the IP's hourly budget (the cache fails open). Only guessing is
    counted: a real link works once anyway, and many betrokkenen may answer from one office network."""
    return limiet.tellen("evaluatie", limiet.client_ip(request)) > settings.EVALUATIE_RATE_LIMIT


def _publiek(request, template, context=None, status=200):
    response = render(request, template, {"breadcrumb": _PUBLIEK, **(context or {})}, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


def _link_fout(request, fout: BorgingFout):
    if isinstance(fout, LinkVerlopen):
        return _publiek(request, "borging/evaluatie/link_verlopen.html", status=410)
    if isinstance(fout, LinkGebruikt):
        return _publiek(request, "borging/evaluatie/al_ingevuld.html", status=410)
    return _publiek(request, "borging/evaluatie/link_ongeldig.html", status=404)


@never_cache
@require_http_methods(["GET", "POST"])
def formulier(request, token):
    """A betrokkene answers once. Unknown links count towards a limit per IP address."""
    try:
        uitnodiging = link_controleren(token)
    except LinkOngeldig as fout:
        if _te_vaak(request):
            return _publiek(request, "borging/evaluatie/te_vaak.html", status=429)
        return _link_fout(request, fout)
    except BorgingFout as fout:
        return _link_fout(request, fout)
    form = EvaluatieForm(post_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            evaluatie_beantwoorden(token=token, antwoorden=form.cleaned_data)
        except BorgingFout as fout:
            return _link_fout(request, fout)
        return redirect("evaluatie:bedankt")
    context = {
        "form": form,
        "proces": form.onderdeel("Proces"),
        "inzichten": form.onderdeel("Inzichten"),
        "vervolg": form.onderdeel("Vervolg"),
        "traject": uitnodiging.traject,
        "verloopt_op": uitnodiging.verloopt_op,
    }
    return _publiek(request, "borging/evaluatie/formulier.html", context, status=400 if form.is_bound else 200)


@require_GET
def bedankt(request):
    return _publiek(request, "borging/evaluatie/bedankt.html")
