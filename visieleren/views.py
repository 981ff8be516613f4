from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
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
    return render(request, "privacy.html", {"breadcrumb": [("Start", "/"), ("Privacyverklaring", None)]})


def ongeldig_verzoek(request, exception=None):
    """handler400: a Dutch page in the site layout, saying what was wrong when we know it."""
    melding = None
    if isinstance(exception, (RequestDataTooBig, TooManyFieldsSent)):
        melding = (
            "Wat u verstuurde is te groot (meer dan 2,5 MB tekst). Uw tekst staat nog in het vorige venster: "
            "ga terug, kopieer hem en sla hem in delen op, of upload hem als bestand."
        )
    return render(request, "400.html", {"melding": melding}, status=400)
