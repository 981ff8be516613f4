"""Views of Borgen, one module per sub-domain.

Every view of a traject: ``traject_voor`` (invisible → 404, not allowed → 403) or, for one object of
the traject, ``object_voor`` (the same, then the object of that traject or 404); then the form, the
service and a redirect (``opslaan``) or the bound form again with status 400 (``formulier``). The
public evaluation form has no account: the link's token is the only key.
"""

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.shortcuts import redirect, render

from borging.services import BorgingFout
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, traject_of_404, vereis


def traject_voor(request, traject_pk, actie: Actie):
    """The traject, if the user sees it (else 404) and may do ``actie`` on it (else 403)."""
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, actie, traject)
    return traject


def object_voor(request, traject_pk, actie: Actie, detail: Callable, pk):
    """(traject, object): ``traject_voor``, then ``detail(traject=…, pk=…)``, a selector that finds
    only objects of that traject (else 404)."""
    traject = traject_voor(request, traject_pk, actie)
    try:
        return traject, detail(traject=traject, pk=pk)
    except ObjectDoesNotExist:
        raise Http404("Niet gevonden in dit traject") from None


def post_data(request):
    """The posted data, or None for a GET: an empty POST still binds the form (and shows its errors)."""
    return request.POST if request.method == "POST" else None


def opslaan(request, form, service: Callable, *, bericht, naar):
    """A valid POST: ``service(**form.cleaned_data)``, then ``bericht`` as a success message and a
    redirect to ``naar`` (either may be a function of what the service returned). A ``BorgingFout``
    goes onto the form. None when the form is to be shown (again)."""
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        uitkomst = service(**form.cleaned_data)
    except BorgingFout as fout:
        form.add_error(None, str(fout))
        return None
    messages.success(request, bericht(uitkomst) if callable(bericht) else bericht)
    return redirect(naar(uitkomst) if callable(naar) else naar)


def formulier(request, *, traject, form, titel, knop, lijst: tuple[str, str], intro=""):
    """The shared form page of Borgen, under ``lijst`` (its title and URL: the breadcrumb and where
    Annuleren goes); a bound form (it has errors, or it would have been saved) answers 400."""
    context = {
        "traject": traject,
        "form": form,
        "titel": titel,
        "knop": knop,
        "intro": intro,
        "terug": lijst[1],
        "breadcrumb": traject_kruimels(traject, lijst, (titel, None)),
    }
    return render(request, "borging/formulier.html", context, status=400 if form.is_bound else 200)
