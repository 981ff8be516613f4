"""The register of processing activities, for the team and the gemeente's privacy officer."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from visieleren.core.verwerkingsregister import als_markdown, verwerkingen
from visieleren.permissions import team_vereist


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
