"""The borgingsessie: its afspraken and who follows them up."""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from borging.forms.borgingsessie import AfspraakForm
from borging.models import Afspraak
from borging.selectors.borgingsessie import afspraak_detail, borgingsessie_detail, borgingsessie_list
from borging.services import BorgingFout
from borging.services.borgingsessie import afspraak_create, afspraak_status_zetten, afspraak_update
from borging.views import formulier, object_voor, opslaan, post_data, traject_voor
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie


def _lijst_url(traject) -> str:
    return reverse("borging:borgingsessies", args=[traject.pk])


def _lijst(traject) -> tuple[str, str]:
    """The list the forms hang under: breadcrumb and Annuleren."""
    return ("Borgingsessie en afspraken", _lijst_url(traject))


def _afspraak(request, traject_pk, pk):
    return object_voor(request, traject_pk, Actie.BORGINGSESSIE_BEHEREN, afspraak_detail, pk)


@login_required
@require_GET
def borgingsessies(request, traject_pk):
    traject = traject_voor(request, traject_pk, Actie.BORGINGSESSIE_BEKIJKEN)
    context = {
        "traject": traject,
        "sessies": borgingsessie_list(traject=traject),
        "statussen": Afspraak.Status,
        "breadcrumb": traject_kruimels(traject, ("Borgingsessie en afspraken", None)),
    }
    return render(request, "borging/borgingsessie/lijst.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def afspraak_nieuw(request, traject_pk, bijeenkomst_pk):
    traject, sessie = object_voor(
        request, traject_pk, Actie.BORGINGSESSIE_BEHEREN, borgingsessie_detail, bijeenkomst_pk
    )
    form = AfspraakForm(post_data(request))
    gelukt = opslaan(
        request,
        form,
        partial(afspraak_create, bijeenkomst=sessie, door=request.user),
        bericht="De afspraak is vastgelegd.",
        naar=_lijst_url(traject) + f"#sessie-{sessie.pk}",
    )
    titel = f"Afspraak vastleggen ({sessie})"
    return gelukt or formulier(
        request, traject=traject, form=form, titel=titel, knop="Afspraak opslaan", lijst=_lijst(traject)
    )


@login_required
@require_http_methods(["GET", "POST"])
def afspraak_bewerken(request, traject_pk, pk):
    traject, afspraak = _afspraak(request, traject_pk, pk)
    # The form gets its own copy: validating it changes its instance, the service compares with the original.
    form = AfspraakForm(post_data(request), instance=afspraak_detail(traject=traject, pk=pk))
    gelukt = opslaan(
        request,
        form,
        partial(afspraak_update, afspraak=afspraak, door=request.user),
        bericht="De afspraak is opgeslagen.",
        naar=_lijst_url(traject) + f"#sessie-{afspraak.bijeenkomst_id}",
    )
    return gelukt or formulier(
        request, traject=traject, form=form, titel="Afspraak bewerken", knop="Opslaan", lijst=_lijst(traject)
    )


@login_required
@require_POST
def afspraak_status(request, traject_pk, pk):
    """htmx: the row again, with the new status and a message; a plain POST: back to the list."""
    traject, afspraak = _afspraak(request, traject_pk, pk)
    try:
        afspraak = afspraak_status_zetten(afspraak=afspraak, status=request.POST.get("status", ""), door=request.user)
    except BorgingFout as fout:
        if request.htmx:
            return HttpResponse(str(fout), status=400)
        messages.error(request, str(fout))
    else:
        if request.htmx:
            context = {
                "afspraak": afspraak,
                "traject": traject,
                "kan_beheren": True,
                "statussen": Afspraak.Status,
                "opgeslagen": True,
            }
            return render(request, "borging/borgingsessie/lijst.html#afspraak", context)
        messages.success(request, f"Status van de afspraak: {afspraak.get_status_display().lower()}.")
    return redirect(_lijst_url(traject) + f"#afspraak-{afspraak.pk}")
