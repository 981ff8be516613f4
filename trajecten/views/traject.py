"""Trajecten: the overview (Tabel 1), the traject page, its logboek and documents."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from trajecten.forms.traject import DocumentForm, OverzichtFilterForm
from trajecten.selectors.traject import traject_list
from trajecten.views.nazorg import bewaar_context
from trajecten.views.starten import detail_context
from visieleren.core.models import AuditLog
from visieleren.core.services import document_create
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, mag, traject_of_404, vereis


@login_required
@require_GET
@vary_on_headers("HX-Request")
def overzicht(request):
    form = OverzichtFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    trajecten = traject_list(
        user=request.user,
        status=filters.get("status", ""),
        fase=filters.get("fase", ""),
        zoek=filters.get("q", ""),
    )
    page_obj = Paginator(trajecten, 50).get_page(request.GET.get("page"))
    context = {"form": form, "page_obj": page_obj, "breadcrumb": [("Trajecten", None)]}
    template = "trajecten/traject/overzicht.html#resultaten" if request.htmx else "trajecten/traject/overzicht.html"
    return render(request, template, context)


@login_required
@require_GET
def detail(request, pk):
    traject = traject_of_404(request.user, pk)
    return render(request, "trajecten/traject/detail.html", _detail_context(request.user, traject, DocumentForm()))


def _detail_context(user, traject, document_form) -> dict:
    return detail_context(user, traject) | {
        "documenten": traject.documenten.all() if mag(user, Actie.DOCUMENT_BEKIJKEN, traject) else None,
        "document_form": document_form,
        "breadcrumb": traject_kruimels(traject),
        **bewaar_context(user, traject),
    }


@login_required
@require_GET
def logboek(request, pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.LOGBOEK_BEKIJKEN, traject)
    regels = AuditLog.objects.filter(traject=traject).select_related("actor")
    page_obj = Paginator(regels, 100).get_page(request.GET.get("page"))
    context = {"traject": traject, "page_obj": page_obj, "breadcrumb": traject_kruimels(traject, ("Logboek", None))}
    return render(request, "trajecten/traject/logboek.html", context)


@login_required
@require_POST
def document_uploaden(request, pk):
    traject = traject_of_404(request.user, pk)
    vereis(request.user, Actie.DOCUMENT_UPLOADEN, traject)
    form = DocumentForm(request.POST, request.FILES)
    if form.is_valid():
        document_create(traject=traject, door=request.user, **form.cleaned_data)
        messages.success(request, "Het document is geüpload.")
        return redirect(traject)
    return render(request, "trajecten/traject/detail.html", _detail_context(request.user, traject, form), status=400)
