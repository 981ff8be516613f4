"""Writes of the rode-draden report: versions, the team's texts, vaststellen, and the PDF (in Celery).

A version is a concept until the team vaststelt it; then it is frozen: its figures and quotes are kept
as a snapshot and no service changes it again. Every version is kept; a new one starts as a copy of the
texts of the latest. Rendering is a PDF job (``visieleren.pdfjob``) like the quote cards: a version
whose PDF is ready is not rendered again, and its file name is fixed.
"""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from rodedraden.models import Rapportversie
from rodedraden.selectors.rapport import rapport_inhoud, rode_draden
from visieleren import pdfjob
from visieleren.core.services import audit_log
from visieleren.pdf import pdf_maken


class RapportFout(Exception):
    """A change the report does not allow; the message is Dutch and meant for the user."""


@transaction.atomic
def rapportversie_create(*, trajecten, genoemd, door) -> Rapportversie:
    """A new concept version over ``trajecten``, with the texts of the latest version to start from."""
    trajecten = list(trajecten)
    if not trajecten:
        raise RapportFout("Kies minstens één traject.")
    vorige = Rapportversie.objects.select_for_update().order_by("-nummer").first()
    nummer = (Rapportversie.objects.aggregate(m=Max("nummer"))["m"] or 0) + 1
    versie = Rapportversie.objects.create(
        nummer=nummer,
        titel=vorige.titel if vorige else Rapportversie._meta.get_field("titel").default,
        teksten=dict(vorige.teksten) if vorige else {},
        aangemaakt_door=door,
    )
    versie.trajecten.set(trajecten)
    versie.trajecten_genoemd.set([t for t in genoemd if t in trajecten])
    audit_log(actor=door, actie="rode-dradenrapport: versie aangemaakt", obj=versie)
    return versie


def _niet_vastgesteld(versie: Rapportversie) -> None:
    if Rapportversie.objects.filter(pk=versie.pk, status=Rapportversie.Status.VASTGESTELD).exists():
        raise RapportFout("Deze versie is vastgesteld en verandert niet meer; maak een nieuwe versie.")


@transaction.atomic
def rapportversie_bewerken(*, versie: Rapportversie, titel: str, teksten: dict, genoemd, door) -> Rapportversie:
    """Change a concept's title, texts per hoofdthema and the trajecten named in it."""
    _niet_vastgesteld(versie)
    versie.titel = titel
    versie.teksten = teksten
    versie.save(update_fields=["titel", "teksten"])
    gekozen = set(versie.trajecten.values_list("pk", flat=True))
    versie.trajecten_genoemd.set([t for t in genoemd if t.pk in gekozen])
    _pdf_vervalt(versie)
    audit_log(actor=door, actie="rode-dradenrapport: concept bewerkt", obj=versie)
    return versie


def _pdf_vervalt(versie: Rapportversie) -> None:
    """A changed version's PDF no longer shows it: drop it (the next render makes a new one). The file
    goes only once the change is committed, so a rolled-back change leaves a working download."""
    if versie.bestand:
        naam, opslag = versie.bestand.name, versie.bestand.storage
        transaction.on_commit(lambda: opslag.delete(naam))
    pdfjob.zet(versie, pdf_status=Rapportversie.PdfStatus.GEEN, bestand="", sha256="", voortgang=0, aantal_paginas=None)


@transaction.atomic
def rapportversie_vaststellen(*, versie: Rapportversie, door) -> Rapportversie:
    """Freeze the version: keep what it shows now as its snapshot."""
    _niet_vastgesteld(versie)
    versie.momentopname = rode_draden(
        traject_ids=list(versie.trajecten.values_list("pk", flat=True)),
        genoemd_ids=list(versie.trajecten_genoemd.values_list("pk", flat=True)),
    )
    versie.status = Rapportversie.Status.VASTGESTELD
    versie.vastgesteld_door = door
    versie.vastgesteld_op = timezone.now()
    versie.save(update_fields=["momentopname", "status", "vastgesteld_door", "vastgesteld_op"])
    _pdf_vervalt(versie)
    audit_log(actor=door, actie="rode-dradenrapport: vastgesteld", obj=versie)
    return versie


@transaction.atomic
def pdf_aanvragen(*, versie: Rapportversie, door) -> None:
    """Queue the PDF after the commit; a PDF that is ready or on its way is not asked for twice."""
    if versie.pdf_bezig or versie.pdf_klaar:
        return
    audit_log(actor=door, actie="rode-dradenrapport: PDF aangevraagd", obj=versie)
    from rodedraden.tasks import rapport_renderen

    pdfjob.in_wachtrij(versie, rapport_renderen)


def rapport_context(versie: Rapportversie) -> dict:
    """What the print page and the PDF show: the version, its content and its texts per hoofdthema."""
    inhoud = rapport_inhoud(versie)
    for hoofdthema in inhoud["hoofdthemas"]:
        hoofdthema["teksten"] = versie.teksten.get(hoofdthema["naam"], {})
    return {"versie": versie, "inhoud": inhoud, "titel": versie.titel}


def rapport_renderen(*, versie_id: int) -> Rapportversie | None:
    """Render the version's PDF into private storage. Skips one that is ready; None if it was deleted."""
    versie = Rapportversie.objects.filter(pk=versie_id).first()
    return pdfjob.renderen(
        versie,
        context=lambda: rapport_context(versie),
        maken=lambda context: pdf_maken("rodedraden/rapport/pdf.html", context),
    )


def rapport_gedownload(*, versie: Rapportversie, door) -> None:
    audit_log(actor=door, actie="rode-dradenrapport: PDF gedownload", obj=versie)
