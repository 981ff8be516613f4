"""Pages of the rode draden (team only): the live report over chosen trajecten, its versions, print and PDF."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from rodedraden.forms.rapport import KeuzeForm, TekstenForm
from rodedraden.grafiek import staven
from rodedraden.models import Rapportversie
from rodedraden.selectors import rapport as selectors
from rodedraden.services import rapport as services
from visieleren import pdfjob
from visieleren.permissions import Actie, vereis


def _team(request):
    vereis(request.user, Actie.RODE_DRADEN)


def _versie(request, pk) -> Rapportversie:
    _team(request)
    return get_object_or_404(Rapportversie, pk=pk)


def _met_grafieken(inhoud: dict) -> dict:
    """Bars for the charts beside each table: trajecten per code group, quotes per uitgangspunt."""
    for i, hoofdthema in enumerate(inhoud["hoofdthemas"]):
        for j, soort in enumerate(hoofdthema["soorten"]):
            soort["grafiek_id"] = f"grafiek-{i}-{j}"
            soort["grafiek_titel"] = f"In hoeveel trajecten: {hoofdthema['naam']}, {soort['naam'].lower()}"
            soort["grafiek"] = staven(
                [(g["code"], g["aantal_trajecten"]) for g in soort["groepen"]], maximum=inhoud["aantal_trajecten"]
            )
    inhoud["uitgangspunten_grafiek"] = staven([(u["naam"], u["citaten"]) for u in inhoud["uitgangspunten"]])
    return inhoud


@login_required
@require_GET
def rapport(request):
    """Choose trajecten (default: all afgeronde) and read the rode draden across them."""
    _team(request)
    form = KeuzeForm(request.GET or None, initial={"trajecten": selectors.standaard_keuze()})
    if request.GET and form.is_valid():
        ids = [t.pk for t in form.cleaned_data["trajecten"]]
        genoemd = [t.pk for t in form.cleaned_data["genoemd"]]
    else:
        ids, genoemd = selectors.standaard_keuze(), []
    inhoud = _met_grafieken(selectors.rode_draden(traject_ids=ids, genoemd_ids=genoemd))
    context = {
        "form": form,
        "inhoud": inhoud,
        "gekozen": ids,
        "genoemd": genoemd,
        "keuze": selectors.trajecten_voor_keuze(),
        "versies": selectors.rapportversie_list(),
        "breadcrumb": [("Rode draden", None)],
    }
    return render(request, "rodedraden/rapport/rapport.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def versie_nieuw(request):
    _team(request)
    form = KeuzeForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for fouten in form.errors.values() for e in fouten))
        return redirect("rodedraden:rapport")
    versie = services.rapportversie_create(
        trajecten=form.cleaned_data["trajecten"], genoemd=form.cleaned_data["genoemd"], door=request.user
    )
    messages.success(request, f"Versie {versie.nummer} is aangemaakt als concept.")
    return redirect(versie)


@login_required
@require_http_methods(["GET", "POST"])
def versie(request, pk):
    """A version: its content; while concept, the team's texts per hoofdthema can be edited here."""
    versie = _versie(request, pk)
    context = services.rapport_context(versie)
    hoofdthemas = [h["naam"] for h in context["inhoud"]["hoofdthemas"]]
    form = None
    if not versie.vastgesteld:
        form = TekstenForm(
            request.POST or None,
            hoofdthemas=hoofdthemas,
            genoemd_keuze=versie.trajecten.all(),
            initial=TekstenForm.initial_voor(versie, hoofdthemas),
        )
        if request.method == "POST" and form.is_valid():
            try:
                services.rapportversie_bewerken(
                    versie=versie,
                    titel=form.cleaned_data["titel"],
                    teksten=form.teksten(),
                    genoemd=form.cleaned_data["genoemd"],
                    door=request.user,
                )
            except services.RapportFout as fout:
                form.add_error(None, str(fout))
            else:
                messages.success(request, "Het concept is opgeslagen.")
                return redirect(versie)
    elif request.method == "POST":
        messages.error(request, "Deze versie is vastgesteld en verandert niet meer; maak een nieuwe versie.")
        return redirect(versie)
    context |= {
        "form": form,
        "inhoud": _met_grafieken(context["inhoud"]),
        "breadcrumb": [("Rode draden", "/rode-draden/"), (f"Versie {versie.nummer}", None)],
    }
    status = 400 if form is not None and form.errors else 200
    return render(request, "rodedraden/rapport/versie.html", context, status=status)


@login_required
@require_POST
def versie_vaststellen(request, pk):
    versie = _versie(request, pk)
    try:
        services.rapportversie_vaststellen(versie=versie, door=request.user)
    except services.RapportFout as fout:
        messages.error(request, str(fout))
    else:
        messages.success(request, f"Versie {versie.nummer} is vastgesteld; wat zij toont is bewaard.")
    return redirect(versie)


@login_required
@require_GET
def versie_afdrukken(request, pk):
    """The printable HTML page of a version (print CSS; the same content as the PDF)."""
    versie = _versie(request, pk)
    context = services.rapport_context(versie)
    context["inhoud"] = _met_grafieken(context["inhoud"])
    return render(request, "rodedraden/rapport/afdrukken.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def versie_pdf(request, pk):
    """POST asks for the PDF; GET shows its progress (the htmx fragment polls it)."""
    versie = _versie(request, pk)
    if request.method == "POST":
        services.pdf_aanvragen(versie=versie, door=request.user)
        if not request.htmx:
            messages.success(request, "De PDF wordt gemaakt; dat duurt meestal enkele seconden.")
            return redirect(versie)
        versie.refresh_from_db()
    return render(request, "rodedraden/rapport/_pdf.html", {"versie": versie})


@login_required
@require_GET
def versie_download(request, pk):
    """The PDF goes out only here: after the permission check, checked and with the download logged."""
    versie = _versie(request, pk)
    return pdfjob.download(
        request, versie, gedownload=lambda: services.rapport_gedownload(versie=versie, door=request.user)
    )
