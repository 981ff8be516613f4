"""Pages of quote cards: choose quotes, follow the rendering (htmx polling), download the PDF. Thin views."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from interviews.selectors.codeboek import codes_zichtbaar
from ontwerp.forms.kaartjes import KaartensetForm, KaartjesFilterForm
from ontwerp.models import Kaartenset
from ontwerp.selectors import kaartjes as selectors
from ontwerp.services import kaartjes as services
from visieleren import pdfjob
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, traject_of_404, vereis


def _traject(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.KAARTJES_MAKEN, traject)
    return traject


def _kaartenset(request, traject_pk, pk):
    traject = _traject(request, traject_pk)
    return get_object_or_404(Kaartenset.objects.select_related("traject"), traject=traject, pk=pk)


def _keuze(request, traject):
    """The filter form and the candidate quotes it selects (none before the user chose)."""
    codes = codes_zichtbaar(request.user, traject).filter(actief=True).order_by("groep", "volgorde", "naam")
    filter_ = KaartjesFilterForm(request.GET or None, traject=traject, codes=codes)
    if not (request.GET or request.method == "POST") or (request.GET and not filter_.is_valid()):
        return filter_, None
    if not request.GET:
        return filter_, selectors.kandidaten(traject=traject)
    kandidaten = selectors.kandidaten(
        traject=traject,
        code=filter_.cleaned_data["code"],
        perspectief=filter_.cleaned_data["perspectief"],
        inzicht=filter_.cleaned_data["inzicht"],
    )
    return filter_, kandidaten


@login_required
@require_http_methods(["GET", "POST"])
def kaartjes(request, traject_pk):
    traject = _traject(request, traject_pk)
    filter_, kandidaten = _keuze(request, traject)
    form = None
    if kandidaten is not None:
        form = KaartensetForm(request.POST or None, kandidaten=kandidaten, initial={"titel": "Kaartjes ontwerpsessie"})
        if request.method == "POST" and form.is_valid():
            try:
                kaartenset = services.kaartenset_create(
                    traject=traject,
                    titel=form.cleaned_data["titel"],
                    citaten=list(form.cleaned_data["citaten"].select_related("interview")),
                    per_pagina=form.cleaned_data["per_pagina"],
                    door=request.user,
                )
            except services.KaartjesFout as fout:
                form.add_error(None, str(fout))
            else:
                messages.success(request, "De kaartjes worden gemaakt; dat duurt meestal enkele seconden.")
                return redirect(kaartenset)
    lijst = list(kandidaten) if kandidaten is not None else []
    context = {
        "traject": traject,
        "filter": filter_,
        "form": form,
        "kandidaten": lijst,
        "niet_vrijgegeven": selectors.niet_vrijgegeven(lijst),
        "sets": selectors.kaartenset_list(traject=traject),
        "breadcrumb": traject_kruimels(traject, ("Kaartjes", None)),
    }
    status = 400 if form is not None and form.errors else 200
    return render(request, "ontwerp/kaartjes/kaartjes.html", context, status=status)


@login_required
@require_GET
def kaartenset(request, traject_pk, pk):
    kaartenset = _kaartenset(request, traject_pk, pk)
    context = {
        "traject": kaartenset.traject,
        "kaartenset": kaartenset,
        "aantal": kaartenset.citaten.count(),
        "breadcrumb": traject_kruimels(
            kaartenset.traject, ("Kaartjes", f"/trajecten/{kaartenset.traject_id}/kaartjes/"), (kaartenset.titel, None)
        ),
    }
    template = "ontwerp/kaartjes/kaartenset.html"
    if request.htmx:
        template += "#status"
    return render(request, template, context)


@login_required
@require_POST
def kaartenset_opnieuw(request, traject_pk, pk):
    kaartenset = _kaartenset(request, traject_pk, pk)
    services.kaartjes_opnieuw(kaartenset=kaartenset, door=request.user)
    messages.success(request, "De kaartjes worden opnieuw gemaakt.")
    return redirect(kaartenset)


@login_required
@require_GET
def kaartenset_download(request, traject_pk, pk):
    """The PDF goes out only here: after the permission check, checked and with the download logged."""
    kaartenset = _kaartenset(request, traject_pk, pk)
    return pdfjob.download(
        request, kaartenset, gedownload=lambda: services.kaartjes_gedownload(kaartenset=kaartenset, door=request.user)
    )
