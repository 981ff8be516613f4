"""Exports that research tools open (CSV, XLSX, REFI-QDA QDPX and QDC) and importing a QDC codebook."""

import csv
import tempfile
from datetime import date, datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods

from interviews.forms.uitwisseling import QdcImportForm
from interviews.models import Citaat, Code
from interviews.refi_qda import QdcFout, codeboek_xml, qdpx_schrijven
from interviews.selectors import uitwisseling as selectors
from interviews.selectors.codeboek import code_of_404
from interviews.services import uitwisseling as services
from interviews.xlsx import XlsxSchrijver
from visieleren.kruimels import traject_kruimels
from visieleren.permissions import Actie, mag, mag_codeboek_lezen, traject_of_404, trajecten_waar, vereis

_GEVAARLIJK = ("=", "+", "-", "@", "\t", "\r")
_SLEUTEL = "interviews.qdc-import"


def veilige_cel(waarde):
    """A spreadsheet never runs what a cell says: text that starts like a formula gets a leading quote."""
    if isinstance(waarde, str) and waarde.startswith(_GEVAARLIJK):
        return "'" + waarde
    return waarde


# Per cell of 400,000 rows: text first (most cells), the time zone looked up once per export (the XLSX
# writer does the same itself).


def _cel_tekst(waarde, tijdzone) -> str:
    if type(waarde) is str:
        return "'" + waarde if waarde.startswith(_GEVAARLIJK) else waarde
    if waarde is None:
        return ""
    if isinstance(waarde, datetime):
        return waarde.astimezone(tijdzone).replace(tzinfo=None).isoformat(" ", "minutes")
    if isinstance(waarde, date):
        return waarde.isoformat()
    return str(veilige_cel(waarde))


def _export_van(request, traject_pk):
    """Traject visible (else 404), export allowed (else 403), and whether names were asked for and allowed."""
    traject = traject_of_404(request.user, traject_pk)
    vereis(request.user, Actie.EXPORTEREN, traject)
    met_namen = request.GET.get("namen") == "1"
    if met_namen:
        vereis(request.user, Actie.NAMEN_ZIEN, traject)
    return traject, met_namen


def _bestandsnaam(traject, extensie: str, met_namen: bool) -> str:
    naam = f"visieleren-{slugify(traject.titel)[:60] or traject.pk}-{timezone.localdate():%Y%m%d}"
    return f"{naam}{'-met-namen' if met_namen else ''}.{extensie}"


def _download(response, naam: str):
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def export(request, traject_pk):
    traject, _ = _export_van(request, traject_pk)
    citaten = Citaat.objects.filter(interview__traject=traject)
    context = {
        "traject": traject,
        "aantal_citaten": citaten.count(),
        "niet_vrijgegeven": citaten.filter(vrijgegeven=False).count(),
        "mag_namen": mag(request.user, Actie.NAMEN_ZIEN, traject),
        "breadcrumb": traject_kruimels(traject, ("Exporteren", None)),
    }
    return render(request, "interviews/uitwisseling/export.html", context)


class _Echo:
    def write(self, waarde):
        return waarde


def csv_regels(rijen):
    """The CSV as it streams: a BOM, the header, then one line per row (never the whole file in memory)."""
    schrijver = csv.writer(_Echo(), delimiter=";")
    yield "\ufeff"  # UTF-8 with BOM, so that Excel reads the accents right
    yield schrijver.writerow(selectors.KOLOMMEN)
    buffer, tijdzone = [], timezone.get_current_timezone()
    for rij in rijen:
        buffer.append(schrijver.writerow([_cel_tekst(w, tijdzone) for w in rij]))
        if len(buffer) == 200:  # a few KB per chunk instead of one chunk per line
            yield "".join(buffer)
            buffer = []
    yield "".join(buffer)


def xlsx_schrijven(bestand, rijen) -> None:
    """The rows as an XLSX sheet "Citaten" (``interviews.xlsx``: text is never a formula; times in local time)."""
    with XlsxSchrijver(bestand, "Citaten", tijdzone=timezone.get_current_timezone(), voorloop=_GEVAARLIJK) as blad:
        blad.rij(selectors.KOLOMMEN)
        for rij in rijen:
            blad.rij(rij)


@login_required
@require_GET
def citaten_csv(request, traject_pk):
    traject, met_namen = _export_van(request, traject_pk)
    services.export_vastleggen(traject=traject, soort="citaten (CSV)", door=request.user, met_namen=met_namen)
    rijen = selectors.citaat_rijen(traject=traject, met_namen=met_namen)
    response = StreamingHttpResponse(csv_regels(rijen), content_type="text/csv; charset=utf-8")
    return _download(response, _bestandsnaam(traject, "csv", met_namen))


@login_required
@require_GET
def citaten_xlsx(request, traject_pk):
    traject, met_namen = _export_van(request, traject_pk)
    services.export_vastleggen(traject=traject, soort="citaten (XLSX)", door=request.user, met_namen=met_namen)
    bestand = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
    xlsx_schrijven(bestand, selectors.citaat_rijen(traject=traject, met_namen=met_namen))
    bestand.seek(0)
    response = FileResponse(bestand, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return _download(response, _bestandsnaam(traject, "xlsx", met_namen))


def _code_export_van(request, pk, soort: str):
    """A code the user may see (else 404; the codebook itself: 403), the trajecten whose quotes they may
    export, and a line in the log. Names are always replaced: this export spans trajecten."""
    if not mag_codeboek_lezen(request.user):
        raise PermissionDenied("Het codeboek is voor het visieleerteam, experts en moderatoren.")
    code = code_of_404(request.user, pk)
    services.code_export_vastleggen(code=code, soort=soort, door=request.user)
    rijen = selectors.code_rijen(code=code, trajecten=trajecten_waar(request.user, Actie.EXPORTEREN))
    naam = f"visieleren-code-{slugify(code.naam)[:60] or code.pk}-{timezone.localdate():%Y%m%d}"
    return rijen, naam


@login_required
@require_GET
def code_citaten_csv(request, pk):
    """Every quote with this code (or a subcode) in the trajecten the user may export, one row per tagging."""
    rijen, naam = _code_export_van(request, pk, "CSV")
    response = StreamingHttpResponse(csv_regels(rijen), content_type="text/csv; charset=utf-8")
    return _download(response, f"{naam}.csv")


@login_required
@require_GET
def code_citaten_xlsx(request, pk):
    rijen, naam = _code_export_van(request, pk, "XLSX")
    bestand = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
    xlsx_schrijven(bestand, rijen)
    bestand.seek(0)
    response = FileResponse(bestand, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return _download(response, f"{naam}.xlsx")


@login_required
@require_GET
def project_qdpx(request, traject_pk):
    traject, met_namen = _export_van(request, traject_pk)
    services.export_vastleggen(traject=traject, soort="project (QDPX)", door=request.user, met_namen=met_namen)
    project, code_notities = selectors.qdpx_project(traject=traject, met_namen=met_namen)
    bestand = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
    qdpx_schrijven(bestand, project, code_notities=code_notities)
    bestand.seek(0)
    response = FileResponse(bestand, content_type="application/zip")
    return _download(response, _bestandsnaam(traject, "qdpx", met_namen))


@login_required
@require_GET
def codeboek_qdc(request):
    """The shared codebook (traject codes stay with their traject's QDPX) as a QDC file."""
    if not mag_codeboek_lezen(request.user):
        raise PermissionDenied("Het codeboek is voor het visieleerteam, experts en moderatoren.")
    response = FileResponse(
        iter([codeboek_xml(selectors.codeboek_export())]), content_type="application/xml; charset=utf-8"
    )
    return _download(response, f"visieleren-codeboek-{timezone.localdate():%Y%m%d}.qdc")


@login_required
@require_http_methods(["GET", "POST"])
def codeboek_importeren(request):
    """Upload a QDC, see what it would do, then import it all at once (team only)."""
    vereis(request.user, Actie.CODEBOEK_BEHEREN)
    form = QdcImportForm(request.POST or None, request.FILES or None)
    voorbeeld = None
    status = 200
    if request.method == "POST":
        if "bevestigd" in request.POST:
            return _importeren(request)
        if form.is_valid():
            inhoud = form.cleaned_data["bestand"]
            try:
                voorbeeld = services.qdc_voorbeeld(inhoud=inhoud, groep=form.cleaned_data["groep"])
            except QdcFout as fout:
                form.add_error("bestand", str(fout))
            else:
                request.session[_SLEUTEL] = signing.dumps(
                    {"inhoud": inhoud.decode("utf-8", "surrogateescape"), "groep": form.cleaned_data["groep"]},
                    compress=True,
                )
                form = None
        if form is not None and form.errors:
            status = 400
    context = {
        "form": form,
        "voorbeeld": voorbeeld,
        "voorbeeld_groepen": _groepen(voorbeeld) if voorbeeld else [],
        "breadcrumb": [("Codeboek", "/codeboek/"), ("Codeboek inlezen (QDC)", None)],
    }
    return render(request, "interviews/uitwisseling/importeren.html", context, status=status)


def _groepen(voorbeeld) -> list[tuple[str, list, str]]:
    return [
        ("Nieuw", voorbeeld.nieuw, "Geen nieuwe codes."),
        ("Herkend aan de guid", voorbeeld.op_guid, "Geen."),
        ("Herkend aan de naam", voorbeeld.op_naam, "Geen."),
        ("Conflicten", voorbeeld.conflicten, "Geen conflicten."),
    ]


def _importeren(request):
    try:
        opgeslagen = signing.loads(request.session.pop(_SLEUTEL, ""), max_age=3600)
    except signing.BadSignature:
        messages.error(request, "Het voorbeeld is verlopen of al gebruikt. Kies het bestand opnieuw.")
        return redirect("uitwisseling:codeboek_importeren")
    try:
        voorbeeld = services.qdc_importeren(
            inhoud=opgeslagen["inhoud"].encode("utf-8", "surrogateescape"),
            groep=opgeslagen["groep"] or Code.Groep.HOOFDTHEMA,
            door=request.user,
        )
    except QdcFout as fout:
        messages.error(request, str(fout))
        return redirect("uitwisseling:codeboek_importeren")
    messages.success(request, f"{len(voorbeeld.nieuw)} nieuwe codes ingelezen in het codeboek.")
    return redirect("codeboek:codeboek")
