from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_GET

from visieleren.werk import start_werk


@require_GET
def start(request):
    """Logged in: "wat moet ik nu doen" for the user's role(s); visitors get the front page."""
    if request.user.is_authenticated:
        context = {**start_werk(user=request.user), "breadcrumb": [("Start", None)]}
        return render(request, "werk/start.html", context)
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
