"""The synthesis page: codes × perspectives with counts, highlights, a chart and the quotes of a cell. Thin views."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from interviews.selectors.interviews import citaat_teksten
from ontwerp.forms.inzichten import InzichtKeuzeForm
from ontwerp.forms.synthese import SyntheseFilterForm
from ontwerp.selectors import synthese as selectors
from ontwerp.selectors.inzichten import inzicht_keuzes
from ontwerp.selectors.perspectief import perspectief_van
from trajecten.models.starten import Perspectief
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, traject_of_404, vereis


def _traject(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.SYNTHESE_BEKIJKEN, traject)
    return traject


def _filters(form) -> dict:
    return (
        {k: v for k, v in form.cleaned_data.items() if k in ("interview", "soort", "door")} if form.is_valid() else {}
    )


@login_required
@require_GET
@vary_on_headers("HX-Request")
def synthese(request, traject_pk):
    traject = _traject(request, traject_pk)
    form = SyntheseFilterForm(request.GET or None, traject=traject)
    data = selectors.synthese(traject=traject, filters=_filters(form))
    inzichten = inzicht_keuzes(traject=traject, user=request.user)
    context = {
        "traject": traject,
        "form": form,
        "synthese": data,
        "grafiek": selectors.grafiek(data),
        "filter_query": request.GET.urlencode(),
        "inzichten": inzichten,
        "breadcrumb": traject_kruimels(traject, ("Synthese", None)),
    }
    template = "ontwerp/synthese/synthese.html#matrix" if request.htmx else "ontwerp/synthese/synthese.html"
    return render(request, template, context)


@login_required
@require_GET
@vary_on_headers("HX-Request")
def cel(request, traject_pk, code_pk, perspectief):
    """The quotes behind one cell of the matrix (filters as on the matrix), pseudonymised as in the quote list."""
    traject = _traject(request, traject_pk)
    code = next((c for c in selectors.zichtbare_codes(traject) if c.pk == code_pk), None)
    if code is None or perspectief not in Perspectief.values:
        raise Http404("Deze cel bestaat niet.")
    form = SyntheseFilterForm(request.GET or None, traject=traject)
    citaten = list(selectors.cel_citaten(traject=traject, code=code, perspectief=perspectief, filters=_filters(form)))
    teksten = citaat_teksten(traject=traject, user=request.user, citaten=citaten)
    for citaat in citaten:
        citaat.weergave = teksten[citaat.pk]
        citaat.perspectief = Perspectief(perspectief_van(citaat.spreker)).label
    inzichten = inzicht_keuzes(traject=traject, user=request.user)
    context = {
        "traject": traject,
        "code": code,
        "perspectief": Perspectief(perspectief).label,
        "citaten": citaten,
        "inzicht_form": InzichtKeuzeForm(inzichten=inzichten) if inzichten else None,
        "volgende": request.get_full_path(),
        "breadcrumb": traject_kruimels(
            traject, ("Synthese", None), (f"{code.naam} – {Perspectief(perspectief).label}", None)
        ),
    }
    template = "ontwerp/synthese/cel.html#citaten" if request.htmx else "ontwerp/synthese/cel.html"
    return render(request, template, context)
