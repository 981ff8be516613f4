"""Views of Borgen, one module per sub-domain.

Every view of a traject: ``traject_of_404`` (invisible → 404), then ``vereis`` (not allowed → 403),
then the form, the service and a redirect (or the bound form again with status 400). The public
evaluation form has no account: the link's token is the only key.
"""

from django.shortcuts import render

from visieleren.kruimels import traject_kruimels


def post_data(request):
    """The posted data, or None for a GET: an empty POST still binds the form (and shows its errors)."""
    return request.POST if request.method == "POST" else None


def formulier(request, *, traject, form, titel, knop, terug, intro="", status=200, kruimels=()):
    """The shared form page of Borgen; a form with errors answers 400."""
    context = {
        "traject": traject,
        "form": form,
        "titel": titel,
        "knop": knop,
        "intro": intro,
        "terug": terug,
        "breadcrumb": traject_kruimels(traject, *kruimels, (titel, None)),
    }
    return render(request, "borging/formulier.html", context, status=400 if form.is_bound else status)
