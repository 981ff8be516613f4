from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET


@require_GET
def start(request):
    """Logged-in people land on the trajecten they may see; others on the public front page."""
    if request.user.is_authenticated:
        return redirect("trajecten:overzicht")
    return render(request, "start.html")


@require_GET
def privacy(request):
    return render(request, "privacy.html", {"breadcrumb": [("Start", "/"), ("Privacyverklaring", None)]})
