"""Writes of the eindrapportage: versions, sections, comments, vaststelling, the PDF and its downloads.

Rules kept here only:

- One version in progress (concept or ter review) per report; a new concept may follow a vastgestelde
  version and starts from its texts. Every version is kept.
- Sections change while a version is not vastgesteld; a vastgestelde version is frozen, including the
  quotes it uses (``VersieCitaat``: on vaststelling the quotes the rules no longer allow are dropped and
  the rest keep a copy of their released text).
- The gemeente comments only on a version ter review.
- Rendering is a PDF job (``visieleren.pdfjob``), idempotent: a version whose PDF is ready is not
  rendered again, and the file name is fixed per version, so a task delivered twice leaves one file.
"""

import logging

from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from borging.models import Eindrapportage, Opmerking, RapportDownload, Sectie, Versie, VersieCitaat
from borging.selectors import eindrapportage as selectors
from borging.services import BorgingFout
from interviews.models.interviews import Reikwijdte
from interviews.selectors.uitvoer import citaten_voor_uitvoer
from interviews.tekst import markdown_naar_html
from visieleren import pdfjob
from visieleren.core.services import audit_log
from visieleren.meldingen import mail_inplannen, tekst_renderen
from visieleren.pdf import pdf_maken

logger = logging.getLogger(__name__)

# PDF/A-3a (archivable and tagged) first; PDF/UA-1 (tagged) when WeasyPrint warns or fails on it.
PDF_VARIANTEN = ("pdf/a-3a", "pdf/ua-1")


def _citaten_zetten(versie: Versie, citaten: list[dict]) -> None:
    versie.citaten.all().delete()
    VersieCitaat.objects.bulk_create(
        VersieCitaat(
            versie=versie,
            citaat_id=c["citaat"],
            hoofdthema=c["hoofdthema"],
            inzicht=c["inzicht"],
            tekst=c["tekst"],
            bron=c["bron"],
            volgorde=i,
        )
        for i, c in enumerate(citaten)
    )


@transaction.atomic
def versie_create(*, traject, door) -> Versie:
    """A new concept: composed from the data, or (after a vastgestelde version) from its texts with
    the quotes composed anew, so that consent withdrawn since then is respected."""
    rapport, _ = Eindrapportage.objects.get_or_create(traject=traject)
    rapport = Eindrapportage.objects.select_for_update().get(pk=rapport.pk)
    if rapport.versies.exclude(status=Versie.Status.VASTGESTELD).exists():
        raise BorgingFout("Er is al een versie in bewerking; stel die eerst vast.")
    vorige = rapport.versies.order_by("-nummer").first()
    nummer = (rapport.versies.aggregate(m=Max("nummer"))["m"] or 0) + 1
    versie = Versie.objects.create(eindrapportage=rapport, nummer=nummer, aangemaakt_door=door)
    vorige_secties = {s.soort: s for s in vorige.secties.all()} if vorige else {}
    for volgorde, soort in enumerate(Sectie.Soort):
        samenstelling = selectors.sectie_samenstellen(traject=traject, soort=soort)
        oud = vorige_secties.get(soort)
        Sectie.objects.create(
            versie=versie,
            soort=soort,
            volgorde=volgorde,
            tekst=oud.tekst if oud else samenstelling.tekst,
            tabel=oud.tabel if oud else samenstelling.tabel,
        )
        if soort == Sectie.Soort.INZICHTEN:
            _citaten_zetten(versie, samenstelling.citaten)
    audit_log(actor=door, actie=f"eindrapportage versie {nummer} aangemaakt", obj=versie, traject=traject)
    return versie


def _bewerkbaar(versie: Versie) -> None:
    if not versie.bewerkbaar:
        raise BorgingFout("Een vastgestelde versie verandert niet meer; maak een nieuwe versie.")


@transaction.atomic
def sectie_bijwerken(*, sectie: Sectie, tekst: str, door) -> Sectie:
    _bewerkbaar(sectie.versie)
    sectie.tekst, sectie.gewijzigd_op = tekst.strip(), timezone.now()
    sectie.save(update_fields=["tekst", "gewijzigd_op"])
    audit_log(actor=door, actie=f"eindrapportage sectie {sectie.soort} bewerkt", obj=sectie.versie)
    return sectie


@transaction.atomic
def sectie_regenereren(*, sectie: Sectie, door) -> Sectie:
    """Replace the text (and table, and for the inzichten the quotes) by what the data says now."""
    _bewerkbaar(sectie.versie)
    samenstelling = selectors.sectie_samenstellen(traject=sectie.versie.traject, soort=sectie.soort)
    sectie.tekst, sectie.tabel, sectie.gewijzigd_op = samenstelling.tekst, samenstelling.tabel, timezone.now()
    sectie.save(update_fields=["tekst", "tabel", "gewijzigd_op"])
    if sectie.soort == Sectie.Soort.INZICHTEN:
        _citaten_zetten(sectie.versie, samenstelling.citaten)
    audit_log(actor=door, actie=f"eindrapportage sectie {sectie.soort} opnieuw samengesteld", obj=sectie.versie)
    return sectie


@transaction.atomic
def ter_review_zetten(*, versie: Versie, door) -> Versie:
    if versie.status != Versie.Status.CONCEPT:
        raise BorgingFout("Alleen een concept kan ter review.")
    versie.status, versie.ter_review_op = Versie.Status.TER_REVIEW, timezone.now()
    versie.save(update_fields=["status", "ter_review_op"])
    audit_log(actor=door, actie=f"eindrapportage versie {versie.nummer} ter review", obj=versie)
    return versie


@transaction.atomic
def opmerking_plaatsen(*, sectie: Sectie, tekst: str, door) -> Opmerking:
    if sectie.versie.status != Versie.Status.TER_REVIEW:
        raise BorgingFout("Opmerkingen zijn alleen mogelijk bij een versie die ter review ligt.")
    if not tekst.strip():
        raise BorgingFout("Schrijf een opmerking.")
    opmerking = Opmerking.objects.create(sectie=sectie, auteur=door, tekst=tekst.strip())
    audit_log(actor=door, actie="opmerking op eindrapportage", obj=sectie.versie)
    return opmerking


@transaction.atomic
def opmerking_beantwoorden(*, opmerking: Opmerking, antwoord: str, door) -> Opmerking:
    if not antwoord.strip():
        raise BorgingFout("Schrijf een antwoord.")
    opmerking.antwoord, opmerking.beantwoord_door, opmerking.beantwoord_op = antwoord.strip(), door, timezone.now()
    opmerking.save(update_fields=["antwoord", "beantwoord_door", "beantwoord_op"])
    audit_log(actor=door, actie="opmerking op eindrapportage beantwoord", obj=opmerking.sectie.versie)
    return opmerking


def _citaten_bevriezen(versie: Versie) -> int:
    """Drop the quotes the rules no longer allow and copy the current released text; returns how many went."""
    toegestaan = {
        c.pk: c
        for c in citaten_voor_uitvoer(traject=versie.traject, reikwijdte=Reikwijdte.EINDRAPPORTAGE).filter(
            pk__in=versie.citaten.values("citaat_id")
        )
    }
    weg = versie.citaten.exclude(citaat_id__in=list(toegestaan))
    aantal, _ = weg.delete()
    for vc in versie.citaten.all():
        if vc.tekst != toegestaan[vc.citaat_id].vrijgegeven_tekst:
            vc.tekst = toegestaan[vc.citaat_id].vrijgegeven_tekst
            vc.save(update_fields=["tekst"])
    return aantal


@transaction.atomic
def versie_vaststellen(*, versie: Versie, door, stil: bool = False) -> Versie:
    """Freeze the version and its quotes, queue the PDF and tell the bestuurders and contactpersonen.
    ``stil`` (demo data): no e-mail and no PDF yet; the first download makes it."""
    versie = Versie.objects.select_for_update().select_related("eindrapportage__traject").get(pk=versie.pk)
    if versie.status != Versie.Status.TER_REVIEW:
        raise BorgingFout("Alleen een versie die ter review ligt, kan worden vastgesteld.")
    weggelaten = _citaten_bevriezen(versie)
    versie.status, versie.vastgesteld_op, versie.vastgesteld_door = Versie.Status.VASTGESTELD, timezone.now(), door
    versie.pdf_status = Versie.Pdf.GEEN if stil else Versie.Pdf.WACHTRIJ
    versie.save(update_fields=["status", "vastgesteld_op", "vastgesteld_door", "pdf_status"])
    audit_log(
        actor=door,
        actie=f"eindrapportage versie {versie.nummer} vastgesteld",
        obj=versie,
        wijzigingen={"citaten weggelaten": weggelaten} if weggelaten else None,
    )
    if not stil:
        _pdf_in_wachtrij(versie)
        mail_vastgesteld(versie)
    return versie


def mail_vastgesteld(versie: Versie) -> None:
    """The one place that mails about a vaststelling: one mail per person, through the outbox (written
    in this transaction, sent after the commit, once per version and person)."""
    traject = versie.traject
    onderwerp = f"Eindrapportage vastgesteld: {traject.titel}"
    for user in selectors.contacten_van(traject):
        tekst = tekst_renderen(
            "borging/eindrapportage/email/vastgesteld.txt",
            {"user": user, "traject": traject, "versie": versie, "link": _absolute(reverse("rapporten:lijst"))},
        )
        mail_inplannen(
            aan=[user.email], onderwerp=onderwerp, tekst=tekst, sleutel=f"eindrapportage-{versie.pk}-{user.pk}"
        )


def _absolute(pad: str) -> str:
    from django.conf import settings

    return settings.SITE_URL.rstrip("/") + pad


def _pdf_in_wachtrij(versie: Versie) -> None:
    from borging.tasks import eindrapportage_renderen

    pdfjob.in_wachtrij(versie, eindrapportage_renderen)


@transaction.atomic
def pdf_opnieuw(*, versie: Versie, door) -> None:
    if not versie.vastgesteld:
        raise BorgingFout("Alleen van een vastgestelde versie wordt een PDF gemaakt.")
    audit_log(actor=door, actie="PDF eindrapportage opnieuw gemaakt", obj=versie)
    _pdf_in_wachtrij(versie)


# ---- Rendering ----------------------------------------------------------------------------------


class _Waarschuwingen(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.meldingen: list[str] = []

    def emit(self, record):
        self.meldingen.append(record.getMessage())


def pdf_context(versie: Versie) -> dict:
    traject = versie.traject
    secties = []
    for sectie, citaten in selectors.secties_met_citaten(versie):
        secties.append({"sectie": sectie, "html": markdown_naar_html(sectie.tekst), "citaten": citaten})
    return {
        "titel": f"Eindrapportage {traject.titel}",
        "traject": traject,
        "gemeenten": selectors.gemeenten_tekst(traject),
        "versie": versie,
        "datum": (versie.vastgesteld_op or timezone.now()).date(),
        "secties": secties,
    }


def pdf_met_terugval(template: str, context: dict):
    """(pdf, variant): PDF/A-3a when WeasyPrint renders it without warning, else PDF/UA-1."""
    logger = logging.getLogger("weasyprint")
    for variant in PDF_VARIANTEN:
        handler = _Waarschuwingen()
        logger.addHandler(handler)
        try:
            pdf = pdf_maken(template, context, variant=variant)
        except Exception:
            if variant == PDF_VARIANTEN[-1]:
                raise
            continue
        finally:
            logger.removeHandler(handler)
        if not handler.meldingen or variant == PDF_VARIANTEN[-1]:
            return pdf, variant
    raise AssertionError("onbereikbaar")  # the loop returns or raises on the last variant


def eindrapportage_renderen(*, versie_id: int) -> Versie | None:
    """Render a vastgestelde version's PDF into private storage. Skips a ready one; None if gone."""
    versie = Versie.objects.select_related("eindrapportage__traject").filter(pk=versie_id).first()
    if versie is None or not versie.vastgesteld:
        return None
    return pdfjob.renderen(
        versie,
        context=lambda: pdf_context(versie),
        maken=lambda context: pdf_met_terugval("borging/eindrapportage/pdf.html", context)[0],
    )


def eindrapportage_nu_renderen(*, versie: Versie) -> Versie:
    """Render in the request, for a version without a file yet (demo data: its first download). A failure
    is logged, shown on the version as failed and raised as a ``BorgingFout`` for the user."""
    try:
        return eindrapportage_renderen(versie_id=versie.pk)
    except Exception as fout:
        logger.exception("PDF van eindrapportage versie %s mislukt bij de eerste download", versie.pk)
        pdfjob.mislukt(Versie, versie.pk, pdfjob.foutmelding(fout))
        raise BorgingFout("De PDF kon niet worden gemaakt. Probeer het later opnieuw of meld het het team.") from fout


@transaction.atomic
def rapport_gedownload(*, versie: Versie, door) -> RapportDownload:
    """Every download is logged: in the report's own download log and in the audit log."""
    download = RapportDownload.objects.create(
        versie=versie, door=door, door_omschrijving=(door.naam or door.email) if door else "onbekend"
    )
    audit_log(actor=door, actie=f"eindrapportage versie {versie.nummer} gedownload", obj=versie)
    return download
