"""Views of the shared base: private documents, and the register of processing activities."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from visieleren.core.models import Document
from visieleren.core.services import audit_log
from visieleren.core.verwerkingsregister import als_markdown, verwerkingen
from visieleren.permissions import Actie, team_vereist, traject_of_404, vereis


@login_required
@require_GET
def document_download(request, pk):
    """Private files go out only here: after the permission check, with the access logged."""
    document = Document.objects.filter(pk=pk).first()
    if document is None:
        raise Http404("Document niet gevonden")
    traject = traject_of_404(request.user, document.traject_id)
    vereis(request.user, Actie.DOCUMENT_BEKIJKEN, traject)
    audit_log(actor=request.user, actie="document gedownload", obj=document, traject=traject)
    try:
        bestand = document.bestand.open("rb")
    except FileNotFoundError:
        raise Http404("Het bestand is niet meer beschikbaar") from None
    response = FileResponse(
        bestand, as_attachment=True, filename=document.oorspronkelijke_naam, content_type=document.content_type
    )
    response["Cache-Control"] = "private, no-store"
    return response


# ---- Verwerkingsregister: for the team and the gemeente's privacy officer ---------------------------


@login_required
@require_GET
@team_vereist
def verwerkingsregister(request):
    context = {"verwerkingen": verwerkingen(), "breadcrumb": [("Start", "/"), ("Verwerkingsregister", None)]}
    return render(request, "core/verwerkingsregister.html", context)


@login_required
@require_GET
@team_vereist
def verwerkingsregister_download(request):
    response = HttpResponse(als_markdown(), content_type="text/markdown; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="verwerkingsregister-visieleren.md"'
    return response
