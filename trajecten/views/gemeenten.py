"""Gemeenten and regio's: the team keeps the list the aanmelding form and trajecten choose from."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from trajecten.forms_aanmelding import GemeenteForm
from trajecten.models import Gemeente
from trajecten.selectors_aanmelding import gemeente_list
from trajecten.services_aanmelding import gemeente_create, gemeente_update
from visieleren.permissions import team_vereist


@login_required
@team_vereist
@require_GET
def lijst(request):
    context = {"gemeenten": gemeente_list(), "breadcrumb": [("Gemeenten en regio's", None)]}
    return render(request, "trajecten/aanmelding/gemeenten.html", context)


def _formulier(request, form, titel):
    """The gemeente form page; a form with errors answers 400."""
    context = {
        "form": form,
        "titel": titel,
        "breadcrumb": [("Gemeenten en regio's", reverse("gemeenten:lijst")), (titel, None)],
    }
    return render(request, "trajecten/aanmelding/gemeente_form.html", context, status=400 if form.errors else 200)


@login_required
@team_vereist
@require_http_methods(["GET", "POST"])
def nieuw(request):
    form = GemeenteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        gemeente = gemeente_create(door=request.user, **form.cleaned_data)
        messages.success(request, f"{gemeente} is toegevoegd.")
        return redirect("gemeenten:lijst")
    return _formulier(request, form, "Gemeente of regio toevoegen")


@login_required
@team_vereist
@require_http_methods(["GET", "POST"])
def bewerken(request, pk):
    gemeente = get_object_or_404(Gemeente, pk=pk)
    # The form validates on its own copy: a ModelForm writes into its instance while validating,
    # and the service must see the old values to log what changed.
    form = GemeenteForm(request.POST or None, instance=Gemeente.objects.get(pk=gemeente.pk))
    titel = f"{gemeente.naam} bewerken"
    if request.method == "POST" and form.is_valid():
        gemeente_update(gemeente=gemeente, door=request.user, **form.cleaned_data)
        messages.success(request, f"{gemeente} is opgeslagen.")
        return redirect("gemeenten:lijst")
    return _formulier(request, form, titel)
