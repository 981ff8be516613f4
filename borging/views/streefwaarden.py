"""Streefwaarden: the list with their follow-up (every role reads it), and the team's edits."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
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
from borging.views import formulier, post_data
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, traject_of_404, vereis


def _lijst_url(traject) -> str:
    return reverse("borging:streefwaarden", args=[traject.pk])


def _kruimel(traject):
    return ("Streefwaarden", _lijst_url(traject))


def _streefwaarde_of_404(traject, pk) -> Streefwaarde:
    try:
        return streefwaarde_detail(traject=traject, pk=pk)
    except Streefwaarde.DoesNotExist:
        raise Http404("Streefwaarde niet gevonden") from None


@login_required
@require_GET
def streefwaarden(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.STREEFWAARDEN_BEKIJKEN, traject)
    context = {
        "traject": traject,
        "streefwaarden": streefwaarde_list(traject=traject),
        "breadcrumb": traject_kruimels(traject, ("Streefwaarden", None)),
    }
    return render(request, "borging/streefwaarden/lijst.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def streefwaarde_nieuw(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.STREEFWAARDEN_BEHEREN, traject)
    form = StreefwaardeForm(post_data(request))
    if request.method == "POST" and form.is_valid():
        streefwaarde = streefwaarde_create(traject=traject, door=request.user, **form.cleaned_data)
        messages.success(request, f"Streefwaarde '{streefwaarde}' toegevoegd.")
        return redirect(_lijst_url(traject))
    return formulier(
        request,
        traject=traject,
        form=form,
        titel="Streefwaarde toevoegen",
        knop="Streefwaarde opslaan",
        terug=_lijst_url(traject),
        intro="Een streefwaarde spreekt de gemeente vooraf af: een indicator, de stand nu en het doel.",
        kruimels=[_kruimel(traject)],
    )


@login_required
@require_http_methods(["GET", "POST"])
def streefwaarde_bewerken(request, traject_pk, pk):
    traject = traject_of_404(request.user, traject_pk)
    streefwaarde = _streefwaarde_of_404(traject, pk)
    vereis(request.user, Actie.STREEFWAARDEN_BEHEREN, traject)
    form = StreefwaardeForm(post_data(request), instance=Streefwaarde.objects.get(pk=streefwaarde.pk))
    if request.method == "POST" and form.is_valid():
        streefwaarde_update(streefwaarde=streefwaarde, door=request.user, **form.cleaned_data)
        messages.success(request, "De streefwaarde is opgeslagen.")
        return redirect(streefwaarde)
    return formulier(
        request,
        traject=traject,
        form=form,
        titel=f"Streefwaarde bewerken: {streefwaarde}",
        knop="Opslaan",
        terug=_lijst_url(traject),
        kruimels=[_kruimel(traject)],
    )


@login_required
@require_POST
def streefwaarde_verwijderen(request, traject_pk, pk):
    traject = traject_of_404(request.user, traject_pk)
    streefwaarde = _streefwaarde_of_404(traject, pk)
    vereis(request.user, Actie.STREEFWAARDEN_BEHEREN, traject)
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
    traject = traject_of_404(request.user, traject_pk)
    streefwaarde = _streefwaarde_of_404(traject, pk)
    vereis(request.user, Actie.STREEFWAARDEN_BEHEREN, traject)
    form = ObservatieForm(post_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            observatie_create(streefwaarde=streefwaarde, door=request.user, **form.cleaned_data)
        except BorgingFout as fout:
            form.add_error(None, str(fout))
        else:
            messages.success(request, "De stand is vastgelegd.")
            return redirect(streefwaarde)
    return formulier(
        request,
        traject=traject,
        form=form,
        titel=f"Stand vastleggen: {streefwaarde}",
        knop="Stand opslaan",
        terug=_lijst_url(traject),
        intro="Leg vast hoe het ervoor staat: een getal, een zin of een verhaal (liefst alle drie).",
        kruimels=[_kruimel(traject)],
    )
