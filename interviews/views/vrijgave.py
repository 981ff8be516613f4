"""Released text (vrijgegeven tekst): the check of a quote's text before it leaves the team.

The quote page shows the released text and, for the team and the interview's moderator, the form to
check and release it; the team's list shows the quotes used in an output that are not yet released.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from interviews.forms.vrijgave import VrijgaveForm
from interviews.selectors.codeboek import citaat_of_404
from interviews.selectors.uitvoer import citaten_zonder_vrijgave, vrijgave_voorstel
from interviews.services import vrijgave as services
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, mag_citaat_vrijgeven, team_vereist, traject_of_404, vereis


def vrijgave_context(user, citaat, form=None) -> dict:
    """What the quote page needs for its "Vrijgegeven tekst" section."""
    kan = mag_citaat_vrijgeven(user, citaat)
    if kan and form is None:
        form = VrijgaveForm(initial={"tekst": vrijgave_voorstel(citaat)})
    return {"kan_vrijgeven": kan, "vrijgave_form": form if kan else None}


@login_required
@require_http_methods(["GET", "POST"])
def citaat_vrijgeven(request, traject_pk, pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.CITATEN_BEKIJKEN, traject)
    citaat = citaat_of_404(traject, pk)
    if not mag_citaat_vrijgeven(request.user, citaat):
        raise PermissionDenied("Alleen het visieleerteam en de moderator van dit interview geven citaten vrij.")
    form = VrijgaveForm(request.POST or None, initial={"tekst": vrijgave_voorstel(citaat)})
    if request.method == "POST" and form.is_valid():
        try:
            services.citaat_vrijgeven(citaat=citaat, tekst=form.cleaned_data["tekst"], door=request.user)
        except services.VrijgaveFout as fout:
            form.add_error("tekst", str(fout))
        else:
            melding = "De tekst van het citaat is vrijgegeven."
            if request.htmx:
                return _sectie(request, traject, citaat, melding=melding)
            messages.success(request, melding)
            return redirect(reverse("codeboek:citaat", args=[traject.pk, citaat.pk]) + "#kop-vrijgave")
    if request.htmx and request.method == "POST":
        return _sectie(request, traject, citaat, form=form)  # htmx swaps 200 only: errors next to the field
    context = {
        "traject": traject,
        "citaat": citaat,
        "vrijgave_form": form,
        "kan_vrijgeven": True,
        "breadcrumb": traject_kruimels(
            traject,
            ("Citaten", reverse("codeboek:citaten", args=[traject.pk])),
            ("Citaat", reverse("codeboek:citaat", args=[traject.pk, citaat.pk])),
            ("Vrijgeven", None),
        ),
    }
    return render(request, "interviews/vrijgave/citaat.html", context, status=400 if form.errors else 200)


def _sectie(request, traject, citaat, *, form=None, melding=""):
    """The "Vrijgegeven tekst" section of the quote page, for an htmx swap."""
    context = {"traject": traject, "citaat": citaat, "melding": melding}
    context |= vrijgave_context(request.user, citaat, form)
    return render(request, "interviews/vrijgave/_vrijgave.html", context)


@login_required
@team_vereist
@require_GET
def lijst(request):
    """Quotes used in an output (see ``citaten_in_uitvoer``) whose text is not (or no longer) released."""
    citaten = list(citaten_zonder_vrijgave())
    per_traject: dict[int, dict] = {}
    for citaat in citaten:
        traject = citaat.interview.traject
        per_traject.setdefault(traject.pk, {"traject": traject, "citaten": []})["citaten"].append(citaat)
    context = {
        "groepen": list(per_traject.values()),
        "aantal": len(citaten),
        "breadcrumb": [("Vrij te geven citaten", None)],
    }
    return render(request, "interviews/vrijgave/lijst.html", context)
