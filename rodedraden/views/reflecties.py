"""Pages of expert reflections on a traject: its experts and moderators read them, an expert writes their own."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from rodedraden.forms.reflecties import ReflectieForm
from rodedraden.selectors.reflecties import eigen_reflectie, reflectie_list
from rodedraden.services import reflecties as services
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, mag, traject_of_404, vereis


@login_required
@require_GET
def lijst(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.REFLECTIES_BEKIJKEN, traject)
    context = {
        "traject": traject,
        "reflecties": reflectie_list(traject=traject),
        "mag_schrijven": mag(request.user, Actie.REFLECTIE_SCHRIJVEN, traject),
        "breadcrumb": traject_kruimels(traject, ("Reflecties", None)),
    }
    return render(request, "rodedraden/reflecties/lijst.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def mijn(request, traject_pk):
    """The user's own reflection on this traject: written the first time, revised after."""
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.REFLECTIE_SCHRIJVEN, traject)
    reflectie = eigen_reflectie(traject=traject, expert=request.user)
    form = ReflectieForm(request.POST or None, instance=reflectie, traject=traject)
    if request.method == "POST" and form.is_valid():
        try:
            services.reflectie_opslaan(
                traject=traject,
                expert=request.user,
                wat_werkte=form.cleaned_data["wat_werkte"],
                dilemmas=form.cleaned_data["dilemmas"],
                advies=form.cleaned_data["advies"],
                codes=form.cleaned_data["codes"],
            )
        except services.ReflectieFout as fout:
            form.add_error(None, str(fout))
        else:
            messages.success(request, "Uw reflectie is opgeslagen.")
            return redirect("reflecties:lijst", traject.pk)
    context = {
        "traject": traject,
        "form": form,
        "reflectie": reflectie,
        "breadcrumb": traject_kruimels(
            traject, ("Reflecties", f"/trajecten/{traject.pk}/reflecties/"), ("Mijn reflectie", None)
        ),
    }
    return render(request, "rodedraden/reflecties/mijn.html", context, status=400 if form.errors else 200)
