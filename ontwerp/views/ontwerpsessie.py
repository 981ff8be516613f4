"""Pages of the ontwerpsessie: reflection, oplossingsrichtingen, handelingsperspectief. Thin views."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from interviews.tekst import markdown_naar_html
from ontwerp.forms.ontwerpsessie import ActiepuntForm, ActiepuntStatusForm, OplossingsrichtingForm, ReflectieForm
from ontwerp.models import Actiepunt, Inzicht
from ontwerp.selectors import ontwerpsessie as selectors
from ontwerp.services import ontwerpsessie as services
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, mag, traject_of_404, vereis


def _bijeenkomst(request, traject_pk, pk, actie):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, actie, traject)
    return traject, selectors.bijeenkomst_van(traject=traject, pk=pk)


def _inzichten(traject):
    return Inzicht.objects.filter(traject=traject).select_related("hoofdthema").order_by("stap", "pk")


@login_required
@require_GET
def ontwerpsessies(request, traject_pk):
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.ONTWERPSESSIE_BEKIJKEN, traject)
    context = {
        "traject": traject,
        "bijeenkomsten": selectors.ontwerpsessie_bijeenkomsten(traject=traject),
        "breadcrumb": traject_kruimels(traject, ("Ontwerpsessies", None)),
    }
    return render(request, "ontwerp/ontwerpsessie/ontwerpsessies.html", context)


def _pagina(request, traject, bijeenkomst, *, reflectie_form=None, richting_form=None, actie_form=None, status=200):
    sessie = selectors.ontwerpsessie_van(bijeenkomst)
    kan_bewerken = mag(request.user, Actie.ONTWERPSESSIE_BEWERKEN, traject)
    context = {
        "traject": traject,
        "bijeenkomst": bijeenkomst,
        "sessie": sessie,
        "reflectie_html": markdown_naar_html(sessie.reflectie) if sessie else "",
        "deelname": selectors.deelname_per_perspectief(bijeenkomst),
        "kan_bewerken": kan_bewerken,
        "statussen": Actiepunt.Status.choices,
        "breadcrumb": traject_kruimels(
            traject,
            ("Ontwerpsessies", reverse("ontwerp:ontwerpsessies", args=[traject.pk])),
            (str(bijeenkomst), None),
        ),
    }
    if kan_bewerken:
        context |= {
            "reflectie_form": reflectie_form or ReflectieForm(instance=sessie),
            "richting_form": richting_form or OplossingsrichtingForm(inzichten=_inzichten(traject)),
            "actie_form": actie_form or ActiepuntForm(),
        }
    return render(request, "ontwerp/ontwerpsessie/ontwerpsessie.html", context, status=status)


@login_required
@require_GET
def ontwerpsessie(request, traject_pk, pk):
    traject, bijeenkomst = _bijeenkomst(request, traject_pk, pk, Actie.ONTWERPSESSIE_BEKIJKEN)
    return _pagina(request, traject, bijeenkomst)


@login_required
@require_POST
def reflectie(request, traject_pk, pk):
    traject, bijeenkomst = _bijeenkomst(request, traject_pk, pk, Actie.ONTWERPSESSIE_BEWERKEN)
    form = ReflectieForm(request.POST)
    if not form.is_valid():
        return _pagina(request, traject, bijeenkomst, reflectie_form=form, status=400)
    services.ontwerpsessie_reflectie_opslaan(bijeenkomst=bijeenkomst, door=request.user, **form.cleaned_data)
    messages.success(request, "Reflectie opgeslagen.")
    return redirect(reverse("ontwerp:ontwerpsessie", args=[traject.pk, bijeenkomst.pk]) + "#reflectie")


@login_required
@require_POST
def oplossingsrichting_nieuw(request, traject_pk, pk):
    traject, bijeenkomst = _bijeenkomst(request, traject_pk, pk, Actie.ONTWERPSESSIE_BEWERKEN)
    form = OplossingsrichtingForm(request.POST, inzichten=_inzichten(traject))
    if not form.is_valid():
        return _pagina(request, traject, bijeenkomst, richting_form=form, status=400)
    services.oplossingsrichting_create(
        bijeenkomst=bijeenkomst,
        titel=form.cleaned_data["titel"],
        toelichting=form.cleaned_data["toelichting"],
        inzichten=list(form.cleaned_data["inzichten"]),
        door=request.user,
    )
    messages.success(request, "Oplossingsrichting toegevoegd.")
    return redirect(reverse("ontwerp:ontwerpsessie", args=[traject.pk, bijeenkomst.pk]) + "#richtingen")


@login_required
@require_POST
def actiepunt_nieuw(request, traject_pk, pk):
    traject, bijeenkomst = _bijeenkomst(request, traject_pk, pk, Actie.ONTWERPSESSIE_BEWERKEN)
    form = ActiepuntForm(request.POST)
    if not form.is_valid():
        return _pagina(request, traject, bijeenkomst, actie_form=form, status=400)
    services.actiepunt_create(bijeenkomst=bijeenkomst, door=request.user, **form.cleaned_data)
    messages.success(request, "Actie toegevoegd aan het handelingsperspectief.")
    return redirect(reverse("ontwerp:ontwerpsessie", args=[traject.pk, bijeenkomst.pk]) + "#handelingsperspectief")


@login_required
@require_POST
def actiepunt_status(request, traject_pk, pk, actie_pk):
    traject, bijeenkomst = _bijeenkomst(request, traject_pk, pk, Actie.ONTWERPSESSIE_BEWERKEN)
    actiepunt = get_object_or_404(Actiepunt, pk=actie_pk, ontwerpsessie__bijeenkomst=bijeenkomst)
    form = ActiepuntStatusForm(request.POST)
    if form.is_valid():
        services.actiepunt_status(actiepunt=actiepunt, status=form.cleaned_data["status"], door=request.user)
        messages.success(request, f"Status van “{actiepunt.omschrijving}” bijgewerkt.")
    else:
        messages.error(request, "Kies een geldige status.")
    return redirect(reverse("ontwerp:ontwerpsessie", args=[traject.pk, bijeenkomst.pk]) + "#handelingsperspectief")
