"""Streefwaarden: the list with their follow-up (every role reads it), and the team's edits."""

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from borging.forms.streefwaarden import ObservatieForm, StreefwaardeForm
from borging.models import Streefwaarde
from borging.selectors.streefwaarden import streefwaarde_detail, streefwaarde_list
from borging.services import BorgingFout
from borging.services.streefwaarden import (
    observatie_create,
    streefwaarde_create,
    streefwaarde_delete,
    streefwaarde_update,
)
from borging.views import formulier, object_voor, opslaan, post_data, traject_voor
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie


def _lijst_url(traject) -> str:
    return reverse("borging:streefwaarden", args=[traject.pk])


def _lijst(traject) -> tuple[str, str]:
    """The list the forms hang under: breadcrumb and Annuleren."""
    return ("Streefwaarden", _lijst_url(traject))


def _streefwaarde(request, traject_pk, pk):
    return object_voor(request, traject_pk, Actie.STREEFWAARDEN_BEHEREN, streefwaarde_detail, pk)


@login_required
@require_GET
def streefwaarden(request, traject_pk):
    traject = traject_voor(request, traject_pk, Actie.STREEFWAARDEN_BEKIJKEN)
    context = {
        "traject": traject,
        "streefwaarden": streefwaarde_list(traject=traject),
        "breadcrumb": traject_kruimels(traject, ("Streefwaarden", None)),
    }
    return render(request, "borging/streefwaarden/lijst.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def streefwaarde_nieuw(request, traject_pk):
    traject = traject_voor(request, traject_pk, Actie.STREEFWAARDEN_BEHEREN)
    form = StreefwaardeForm(post_data(request))
    gelukt = opslaan(
        request,
        form,
        partial(streefwaarde_create, traject=traject, door=request.user),
        bericht=lambda streefwaarde: f"Streefwaarde '{streefwaarde}' toegevoegd.",
        naar=_lijst_url(traject),
    )
    return gelukt or formulier(
        request,
        traject=traject,
        form=form,
        titel="Streefwaarde toevoegen",
        knop="Streefwaarde opslaan",
        lijst=_lijst(traject),
        intro="Een streefwaarde spreekt de gemeente vooraf af: een indicator, de stand nu en het doel.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def streefwaarde_bewerken(request, traject_pk, pk):
    traject, streefwaarde = _streefwaarde(request, traject_pk, pk)
    # The form gets its own copy: validating it changes its instance, the service compares with the original.
    form = StreefwaardeForm(post_data(request), instance=Streefwaarde.objects.get(pk=streefwaarde.pk))
    gelukt = opslaan(
        request,
        form,
        partial(streefwaarde_update, streefwaarde=streefwaarde, door=request.user),
        bericht="De streefwaarde is opgeslagen.",
        naar=streefwaarde,
    )
    titel = f"Streefwaarde bewerken: {streefwaarde}"
    return gelukt or formulier(request, traject=traject, form=form, titel=titel, knop="Opslaan", lijst=_lijst(traject))


@login_required
@require_POST
def streefwaarde_verwijderen(request, traject_pk, pk):
    traject, streefwaarde = _streefwaarde(request, traject_pk, pk)
    try:
        streefwaarde_delete(streefwaarde=streefwaarde, door=request.user)
    except BorgingFout as fout:
        messages.error(request, str(fout))
    else:
        messages.success(request, f"Streefwaarde '{streefwaarde}' is verwijderd.")
    return redirect(_lijst_url(traject))


@login_required
@require_http_methods(["GET", "POST"])
def observatie_nieuw(request, traject_pk, pk):
    traject, streefwaarde = _streefwaarde(request, traject_pk, pk)
    form = ObservatieForm(post_data(request))
    gelukt = opslaan(
        request,
        form,
        partial(observatie_create, streefwaarde=streefwaarde, door=request.user),
        bericht="De stand is vastgelegd.",
        naar=streefwaarde,
    )
    return gelukt or formulier(
        request,
        traject=traject,
        form=form,
        titel=f"Stand vastleggen: {streefwaarde}",
        knop="Stand opslaan",
        lijst=_lijst(traject),
        intro="Leg vast hoe het ervoor staat: een getal, een zin of een verhaal (liefst alle drie).",
    )
