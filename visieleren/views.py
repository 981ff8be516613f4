from django.conf import settings
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from visieleren.permissions import is_team


@require_GET
def start(request):
    """The team lands on all trajecten, everyone else on "Mijn trajecten"; visitors on the front page."""
    if request.user.is_authenticated:
        return redirect("trajecten:overzicht" if is_team(request.user) else "mijn_trajecten")
    return render(request, "start.html")


@require_GET
def privacy(request):
    """The privacy statement; its retention periods are the configured ones."""
    context = {
        "aanmelding_dagen": settings.AANMELDING_BEWAAR_DAGEN,
        "aantekeningen_dagen": settings.AANTEKENINGEN_BEWAAR_DAGEN,
        "breadcrumb": [("Start", "/"), ("Privacyverklaring", None)],
    }
    return render(request, "privacy.html", context)
