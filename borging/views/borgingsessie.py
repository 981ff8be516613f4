"""The borgingsessie: its afspraken and who follows them up."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from borging.forms.borgingsessie import AfspraakForm
from borging.models import Afspraak
from borging.selectors.borgingsessie import afspraak_detail, borgingsessie_detail, borgingsessie_list
from borging.services import BorgingFout
from borging.services.borgingsessie import afspraak_create, afspraak_status_zetten, afspraak_update
from borging.views import formulier, post_data
from trajecten.models import Bijeenkomst
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, traject_of_404, vereis


def _lijst_url(traject) -> str:
    return reverse("borging:borgingsessies", args=[traject.pk])


def _afspraak_of_404(traject, pk) -> Afspraak:
    try:
        return afspraak_detail(traject=traject, pk=pk)
    except Afspraak.DoesNotExist:
        raise Http404("Afspraak niet gevonden") from None


@login_required
@require_GET
def borgingsessies(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.BORGINGSESSIE_BEKIJKEN, traject)
    context = {
        "traject": traject,
        "sessies": borgingsessie_list(traject=traject),
        "statussen": Afspraak.Status,
        "breadcrumb": traject_kruimels(traject, ("Borgingsessie en afspraken", None)),
    }
    return render(request, "borging/borgingsessie/lijst.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def afspraak_nieuw(request, traject_pk, bijeenkomst_pk):
    traject = traject_of_404(request.user, traject_pk)
    try:
        sessie = borgingsessie_detail(traject=traject, pk=bijeenkomst_pk)
    except Bijeenkomst.DoesNotExist:
        raise Http404("Borgingsessie niet gevonden") from None
    vereis(request.user, Actie.BORGINGSESSIE_BEHEREN, traject)
    form = AfspraakForm(post_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            afspraak_create(bijeenkomst=sessie, door=request.user, **form.cleaned_data)
        except BorgingFout as fout:
            form.add_error(None, str(fout))
        else:
            messages.success(request, "De afspraak is vastgelegd.")
            return redirect(_lijst_url(traject) + f"#sessie-{sessie.pk}")
    return formulier(
        request,
        traject=traject,
        form=form,
        titel=f"Afspraak vastleggen ({sessie})",
        knop="Afspraak opslaan",
        terug=_lijst_url(traject),
        kruimels=[("Borgingsessie en afspraken", _lijst_url(traject))],
    )


@login_required
@require_http_methods(["GET", "POST"])
def afspraak_bewerken(request, traject_pk, pk):
    traject = traject_of_404(request.user, traject_pk)
    afspraak = _afspraak_of_404(traject, pk)
    vereis(request.user, Actie.BORGINGSESSIE_BEHEREN, traject)
    form = AfspraakForm(post_data(request), instance=afspraak_detail(traject=traject, pk=pk))
    if request.method == "POST" and form.is_valid():
        afspraak_update(afspraak=afspraak, door=request.user, **form.cleaned_data)
        messages.success(request, "De afspraak is opgeslagen.")
        return redirect(_lijst_url(traject) + f"#sessie-{afspraak.bijeenkomst_id}")
    return formulier(
        request,
        traject=traject,
        form=form,
        titel="Afspraak bewerken",
        knop="Opslaan",
        terug=_lijst_url(traject),
        kruimels=[("Borgingsessie en afspraken", _lijst_url(traject))],
    )


@login_required
@require_POST
def afspraak_status(request, traject_pk, pk):
    """htmx: the row again, with the new status and a message; a plain POST: back to the list."""
    traject = traject_of_404(request.user, traject_pk)
    afspraak = _afspraak_of_404(traject, pk)
    vereis(request.user, Actie.BORGINGSESSIE_BEHEREN, traject)
    try:
        afspraak = afspraak_status_zetten(afspraak=afspraak, status=request.POST.get("status", ""), door=request.user)
    except BorgingFout as fout:
        if request.htmx:
            return HttpResponse(str(fout), status=400)
        messages.error(request, str(fout))
    else:
        if request.htmx:
            context = {
                "afspraak": afspraak,
                "traject": traject,
                "kan_beheren": True,
                "statussen": Afspraak.Status,
                "opgeslagen": True,
            }
            return render(request, "borging/borgingsessie/lijst.html#afspraak", context)
        messages.success(request, f"Status van de afspraak: {afspraak.get_status_display().lower()}.")
    return redirect(_lijst_url(traject) + f"#afspraak-{afspraak.pk}")
