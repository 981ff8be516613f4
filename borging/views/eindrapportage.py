"""Pages of the eindrapportage: versions, editing a section with a live preview, regenerating with a
diff, the gemeente's review, vaststelling, the PDF (htmx progress), the logged download, /rapporten/.

Who sees a version: the team every version; the gemeente contactpersoon also a version ter review;
every role of the traject the vastgestelde versions. Anything else answers 403.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from borging.forms.eindrapportage import AntwoordForm, OpmerkingForm, SectieForm
from borging.models import Opmerking, Versie
from borging.selectors import eindrapportage as selectors
from borging.services import BorgingFout
from borging.services import eindrapportage as services
from borging.views import traject_voor
from interviews.tekst import markdown_naar_html
from visieleren import pdfjob
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, is_team, mag, traject_of_404, vereis


def _lijst_url(traject) -> str:
    return reverse("borging:eindrapportage", args=[traject.pk])


def _kan(user, traject) -> dict:
    return {
        "beheren": mag(user, Actie.EINDRAPPORTAGE_BEHEREN, traject),
        "reviewen": mag(user, Actie.EINDRAPPORTAGE_REVIEWEN, traject),
        "downloaden": mag(user, Actie.RAPPORT_DOWNLOADEN, traject),
        "downloads": mag(user, Actie.DOWNLOADS_BEKIJKEN, traject),
    }


def _mag_versie_zien(user, versie) -> bool:
    traject = versie.traject
    if mag(user, Actie.EINDRAPPORTAGE_BEHEREN, traject):
        return True
    if versie.status == Versie.Status.TER_REVIEW:
        return mag(user, Actie.EINDRAPPORTAGE_REVIEWEN, traject)
    return versie.vastgesteld and mag(user, Actie.RAPPORT_DOWNLOADEN, traject)


def _versie(request, traject_pk, pk):
    traject = traject_of_404(request.user, traject_pk)
    try:
        versie = selectors.versie_detail(traject=traject, pk=pk)
    except (Versie.DoesNotExist, ValueError):
        raise Http404("Versie niet gevonden") from None
    if not _mag_versie_zien(request.user, versie):
        raise PermissionDenied("U heeft geen toestemming voor deze handeling.")
    return traject, versie


def _sectie(request, traject_pk, pk, soort, actie=Actie.EINDRAPPORTAGE_BEHEREN):
    traject, versie = _versie(request, traject_pk, pk)
    vereis(request.user, actie, traject)
    sectie = next((s for s in versie.secties.all() if s.soort == soort), None)
    if sectie is None:
        raise Http404("Sectie niet gevonden")
    return traject, versie, sectie


def _kruimels(traject, *extra):
    return traject_kruimels(traject, ("Eindrapportage", _lijst_url(traject)), *extra)


@login_required
@require_GET
def eindrapportage(request, traject_pk):
    traject = traject_voor(request, traject_pk, Actie.RAPPORT_DOWNLOADEN)
    kan = _kan(request.user, traject)
    versies = [v for v in selectors.versie_list(traject=traject) if _mag_versie_zien(request.user, v)]
    context = {
        "traject": traject,
        "versies": versies,
        "kan": kan,
        "in_bewerking": any(not v.vastgesteld for v in versies),
        "breadcrumb": traject_kruimels(traject, ("Eindrapportage", None)),
    }
    return render(request, "borging/eindrapportage/overzicht.html", context)


@login_required
@require_POST
def versie_nieuw(request, traject_pk):
    traject = traject_voor(request, traject_pk, Actie.EINDRAPPORTAGE_BEHEREN)
    try:
        versie = services.versie_create(traject=traject, door=request.user)
    except BorgingFout as fout:
        messages.error(request, str(fout))
        return redirect(_lijst_url(traject))
    messages.success(request, f"Versie {versie.nummer} is samengesteld uit de gegevens van het traject.")
    return redirect(versie)


@login_required
@require_GET
def versie(request, traject_pk, pk):
    traject, versie = _versie(request, traject_pk, pk)
    kan = _kan(request.user, traject)
    if request.htmx and request.GET.get("deel") == "pdf":
        return render(request, "borging/eindrapportage/versie.html#pdf", {"traject": traject, "versie": versie})
    context = {
        "traject": traject,
        "versie": versie,
        "kan": kan,
        "secties": [
            (sectie, markdown_naar_html(sectie.tekst), citaten)
            for sectie, citaten in selectors.secties_met_citaten(versie)
        ],
        "opmerking_form": OpmerkingForm(),
        "uitgesloten": selectors.nu_uitgesloten(versie) if kan["beheren"] and versie.vastgesteld else [],
        "downloads": selectors.download_list(versie=versie) if kan["downloads"] else [],
        "breadcrumb": _kruimels(traject, (f"Versie {versie.nummer}", None)),
    }
    return render(request, "borging/eindrapportage/versie.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def sectie_bewerken(request, traject_pk, pk, soort):
    traject, versie, sectie = _sectie(request, traject_pk, pk, soort)
    if not versie.bewerkbaar:
        messages.error(request, "Een vastgestelde versie verandert niet meer; maak een nieuwe versie.")
        return redirect(versie)
    form = SectieForm(request.POST if request.method == "POST" else None, instance=sectie)
    if request.method == "POST" and form.is_valid():
        services.sectie_bijwerken(sectie=sectie, tekst=form.cleaned_data["tekst"], door=request.user)
        messages.success(request, f"De sectie {sectie.get_soort_display().lower()} is opgeslagen.")
        return redirect(versie.get_absolute_url() + f"#sectie-{sectie.soort}")
    context = {
        "traject": traject,
        "versie": versie,
        "sectie": sectie,
        "form": form,
        "voorbeeld": markdown_naar_html(form["tekst"].value() or ""),
        "breadcrumb": _kruimels(
            traject, (f"Versie {versie.nummer}", versie.get_absolute_url()), (sectie.get_soort_display(), None)
        ),
    }
    return render(request, "borging/eindrapportage/sectie.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def voorbeeld(request, traject_pk, pk, soort):
    """htmx: the sanitised HTML of the Markdown being typed (the live preview)."""
    _sectie(request, traject_pk, pk, soort)
    return HttpResponse(markdown_naar_html(request.POST.get("tekst", "")))


@login_required
@require_http_methods(["GET", "POST"])
def sectie_regenereren(request, traject_pk, pk, soort):
    """GET: what would change (a diff); POST: replace the text by what the data says now."""
    traject, versie, sectie = _sectie(request, traject_pk, pk, soort)
    if request.method == "POST":
        try:
            services.sectie_regenereren(sectie=sectie, door=request.user)
        except BorgingFout as fout:
            messages.error(request, str(fout))
        else:
            messages.success(request, f"De sectie {sectie.get_soort_display().lower()} is opnieuw samengesteld.")
        return redirect(versie.get_absolute_url() + f"#sectie-{sectie.soort}")
    nieuw = selectors.sectie_samenstellen(traject=traject, soort=sectie.soort)
    context = {
        "traject": traject,
        "versie": versie,
        "sectie": sectie,
        "verschil": selectors.verschil(sectie.tekst, nieuw.tekst),
        "gelijk": sectie.tekst == nieuw.tekst and sectie.tabel == nieuw.tabel,
        "breadcrumb": _kruimels(
            traject, (f"Versie {versie.nummer}", versie.get_absolute_url()), ("Opnieuw samenstellen", None)
        ),
    }
    return render(request, "borging/eindrapportage/regenereren.html", context)


def _overgang(request, traject_pk, pk, functie, bericht):
    traject, versie = _versie(request, traject_pk, pk)
    vereis(request.user, Actie.EINDRAPPORTAGE_BEHEREN, traject)
    try:
        functie(versie=versie, door=request.user)
    except BorgingFout as fout:
        messages.error(request, str(fout))
    else:
        messages.success(request, bericht)
    return redirect(versie)


@login_required
@require_POST
def ter_review(request, traject_pk, pk):
    return _overgang(request, traject_pk, pk, services.ter_review_zetten, "De versie ligt ter review bij de gemeente.")


@login_required
@require_POST
def vaststellen(request, traject_pk, pk):
    return _overgang(
        request,
        traject_pk,
        pk,
        services.versie_vaststellen,
        "De versie is vastgesteld. De PDF wordt gemaakt en de bestuurders en contactpersonen krijgen bericht.",
    )


@login_required
@require_POST
def pdf_opnieuw(request, traject_pk, pk):
    return _overgang(request, traject_pk, pk, services.pdf_opnieuw, "De PDF wordt opnieuw gemaakt.")


@login_required
@require_POST
def opmerking_nieuw(request, traject_pk, pk, soort):
    traject, versie, sectie = _sectie(request, traject_pk, pk, soort, Actie.EINDRAPPORTAGE_REVIEWEN)
    form = OpmerkingForm(request.POST)
    if form.is_valid():
        try:
            services.opmerking_plaatsen(sectie=sectie, tekst=form.cleaned_data["tekst"], door=request.user)
        except BorgingFout as fout:
            messages.error(request, str(fout))
        else:
            messages.success(request, "Uw opmerking is geplaatst.")
    else:
        messages.error(request, "Schrijf een opmerking.")
    return redirect(versie.get_absolute_url() + f"#sectie-{sectie.soort}")


@login_required
@require_POST
def opmerking_antwoord(request, traject_pk, pk, opmerking_pk):
    traject, versie = _versie(request, traject_pk, pk)
    vereis(request.user, Actie.EINDRAPPORTAGE_BEHEREN, traject)
    try:
        opmerking = Opmerking.objects.select_related("sectie").get(pk=opmerking_pk, sectie__versie=versie)
    except (Opmerking.DoesNotExist, ValueError):
        raise Http404("Opmerking niet gevonden") from None
    form = AntwoordForm(request.POST, instance=opmerking)
    if form.is_valid():
        services.opmerking_beantwoorden(opmerking=opmerking, antwoord=form.cleaned_data["antwoord"], door=request.user)
        messages.success(request, "Uw antwoord is opgeslagen.")
    else:
        messages.error(request, "Schrijf een antwoord.")
    return redirect(versie.get_absolute_url() + f"#sectie-{opmerking.sectie.soort}")


@login_required
@require_GET
def download(request, traject_pk, pk):
    """The PDF goes out only here: a vastgestelde version, after the permission check, checked, logged.
    A version without a file yet (demo data) is rendered now, once."""
    traject, versie = _versie(request, traject_pk, pk)
    vereis(request.user, Actie.RAPPORT_DOWNLOADEN, traject)
    if not versie.vastgesteld:
        raise Http404("Alleen een vastgestelde versie kan worden gedownload.")
    if not versie.pdf_klaar:
        try:
            versie = services.eindrapportage_nu_renderen(versie=versie)
        except BorgingFout as fout:
            messages.error(request, str(fout))
            return redirect(versie)
    return pdfjob.download(
        request,
        versie,
        gedownload=lambda: services.rapport_gedownload(versie=versie, door=request.user),
        bestandsnaam=f"eindrapportage-{traject.pk}-v{versie.nummer}.pdf",
    )


@login_required
@require_GET
def rapporten(request):
    """The vastgestelde reports of the user's own trajecten; for the team all, with their download log."""
    versies = selectors.rapporten_voor(request.user)
    team = is_team(request.user)
    if team:
        versies = versies.prefetch_related("downloads")
    return render(request, "borging/eindrapportage/rapporten.html", {"versies": versies, "team": team})
