from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
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


def ongeldig_verzoek(request, exception=None):
    """handler400: a Dutch page in the site layout, saying what was wrong when we know it."""
    melding = None
    if isinstance(exception, (RequestDataTooBig, TooManyFieldsSent)):
        melding = (
            "Wat u verstuurde is te groot (meer dan 2,5 MB tekst). Uw tekst staat nog in het vorige venster: "
            "ga terug, kopieer hem en sla hem in delen op, of upload hem als bestand."
        )
    return render(request, "400.html", {"melding": melding}, status=400)
