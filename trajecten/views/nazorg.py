"""Nazorg and retention on the traject page: what will be removed, and when (team only)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from trajecten.forms.nazorg import NazorgForm
from trajecten.selectors.bewaartermijn import bewaarplan
from trajecten.services.nazorg import traject_nazorg_afronden
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, mag, traject_of_404, vereis


def bewaar_context(user, traject, form=None) -> dict:
    """For the traject page: the retention plan and the nazorg form, for the team only."""
    if not mag(user, Actie.TRAJECT_BEWERKEN, traject):
        return {}
    return {
        "bewaarplan": bewaarplan(traject, met_aantallen=True),
        "nazorg_form": form or NazorgForm(initial={"nazorg_afgerond_op": traject.nazorg_afgerond_op}),
    }


@login_required
@require_POST
def nazorg(request, pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.TRAJECT_BEWERKEN, traject)
    form = NazorgForm(request.POST)
    if form.is_valid():
        traject_nazorg_afronden(traject=traject, op=form.cleaned_data["nazorg_afgerond_op"], door=request.user)
        messages.success(request, "De nazorg is bijgewerkt.")
        return redirect(traject.get_absolute_url() + "#kop-bewaartermijn")
    context = {
        "traject": traject,
        **bewaar_context(request.user, traject, form),
        "breadcrumb": traject_kruimels(traject),
    }
    return render(request, "trajecten/nazorg/nazorg.html", context, status=400)
