"""The nazorggesprek: some months later, what changed against the streefwaarden."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from borging.forms.nazorg import NazorggesprekForm, stand_forms
from borging.selectors.nazorg import nazorggesprek_detail, nazorggesprek_list
from borging.selectors.streefwaarden import streefwaarde_list
from borging.services.nazorg import nazorggesprek_create
from borging.views import object_voor, post_data, traject_voor
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie


def _lijst_url(traject) -> str:
    return reverse("borging:nazorg", args=[traject.pk])


@login_required
@require_GET
def nazorg(request, traject_pk):
    traject = traject_voor(request, traject_pk, Actie.NAZORG_BEKIJKEN)
    context = {
        "traject": traject,
        "gesprekken": nazorggesprek_list(traject=traject),
        "breadcrumb": traject_kruimels(traject, ("Nazorg", None)),
    }
    return render(request, "borging/nazorg/lijst.html", context)


@login_required
@require_GET
def nazorggesprek(request, traject_pk, pk):
    traject, gesprek = object_voor(request, traject_pk, Actie.NAZORG_BEKIJKEN, nazorggesprek_detail, pk)
    context = {
        "traject": traject,
        "gesprek": gesprek,
        "breadcrumb": traject_kruimels(traject, ("Nazorg", _lijst_url(traject)), (str(gesprek), None)),
    }
    return render(request, "borging/nazorg/gesprek.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def nazorg_nieuw(request, traject_pk):
    traject = traject_voor(request, traject_pk, Actie.NAZORG_BEHEREN)
    streefwaarden = streefwaarde_list(traject=traject)
    data = post_data(request)
    form = NazorggesprekForm(data)
    standen = stand_forms(streefwaarden, data)
    if data is not None and form.is_valid() and all(s.is_valid() for s in standen):
        gesprek = nazorggesprek_create(
            traject=traject,
            door=request.user,
            observaties=[s.observatie() for s in standen if not s.is_leeg],
            **form.cleaned_data,
        )
        messages.success(request, "Het nazorggesprek is vastgelegd; de standen staan bij de streefwaarden.")
        return redirect(gesprek)
    context = {
        "traject": traject,
        "form": form,
        "standen": standen,
        "breadcrumb": traject_kruimels(traject, ("Nazorg", _lijst_url(traject)), ("Nazorggesprek vastleggen", None)),
    }
    return render(request, "borging/nazorg/formulier.html", context, status=400 if data is not None else 200)
