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
    return render(request, "privacy.html", {"breadcrumb": [("Start", "/"), ("Privacyverklaring", None)]})
