"""Writes of quote cards: make a set, render its PDF (in a Celery task), log every download.

Rendering is idempotent: a set that is ready is not rendered again, and the file name is fixed per set,
so a task delivered twice (a worker killed mid-task, ``acks_late``) leaves exactly one file.
"""

import hashlib
import math

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from ontwerp.models import Kaartenset
from ontwerp.selectors.kaartjes import kaarten
from visieleren.core.services import audit_log
from visieleren.pdf import pdf_maken

# Printable height of an A4 page with the margins of static/css/pdf.css (297 - 20 - 22 mm), minus a
# title block on the first page (~25 mm), shared by the rows of cards (two per row, or one for 2 per page).
_HOOGTE_MM = 228


class KaartjesFout(Exception):
    """A set that cannot be made; the message is Dutch and meant for the user."""


@transaction.atomic
def kaartenset_create(*, traject, titel: str, citaten, per_pagina: int, door) -> Kaartenset:
    """A new set of the released quotes among ``citaten``; rendering is queued after the commit."""
    vrijgegeven = [c for c in citaten if c.vrijgegeven and c.interview.traject_id == traject.pk]
    if not vrijgegeven:
        raise KaartjesFout("Kies minstens één citaat met een vrijgegeven tekst; alleen die komen op een kaartje.")
    kaartenset = Kaartenset.objects.create(traject=traject, titel=titel, per_pagina=per_pagina, aangemaakt_door=door)
    kaartenset.citaten.set(vrijgegeven)
    audit_log(actor=door, actie="kaartjes aangemaakt", obj=kaartenset, traject=traject)
    from ontwerp.tasks import kaartjes_renderen

    transaction.on_commit(lambda: kaartjes_renderen.delay(kaartenset.pk))
    return kaartenset


def _zet(kaartenset: Kaartenset, **velden) -> None:
    for naam, waarde in velden.items():
        setattr(kaartenset, naam, waarde)
    Kaartenset.objects.filter(pk=kaartenset.pk).update(**velden)


def kaartjes_renderen(*, kaartenset_id: int) -> Kaartenset | None:
    """Render the set's PDF into private storage. Skips a set that is ready; None if it was deleted."""
    kaartenset = Kaartenset.objects.select_related("traject").filter(pk=kaartenset_id).first()
    if kaartenset is None or (kaartenset.status == Kaartenset.Status.KLAAR and kaartenset.bestand):
        return kaartenset
    _zet(kaartenset, status=Kaartenset.Status.BEZIG, voortgang=10, fout="")
    lijst = kaarten(kaartenset)
    _zet(kaartenset, voortgang=40)
    rijen = kaartenset.per_pagina // 2 if kaartenset.per_pagina > 2 else 2  # 2 per page: one per row
    context = {
        "titel": kaartenset.titel,
        "traject": kaartenset.traject,
        "kaarten": lijst,
        "per_pagina": kaartenset.per_pagina,
        "kaart_hoogte": f"{math.floor(_HOOGTE_MM / rijen)}mm",
    }
    pdf = pdf_maken("ontwerp/kaartjes/pdf.html", context)
    _zet(kaartenset, voortgang=90)
    naam = f"kaartjes-{kaartenset.pk}.pdf"
    opslag = Kaartenset._meta.get_field("bestand").storage
    pad = Kaartenset._meta.get_field("bestand").generate_filename(kaartenset, naam)
    if opslag.exists(pad):
        opslag.delete(pad)
    kaartenset.bestand.save(naam, ContentFile(pdf.inhoud), save=False)
    _zet(
        kaartenset,
        bestand=kaartenset.bestand.name,
        sha256=hashlib.sha256(pdf.inhoud).hexdigest(),
        aantal_paginas=pdf.paginas,
        status=Kaartenset.Status.KLAAR,
        voortgang=100,
        klaar_op=timezone.now(),
    )
    return kaartenset


def kaartjes_mislukt(*, kaartenset_id: int, fout: str) -> None:
    """The task gave up: the page shows the failure and offers to try again."""
    Kaartenset.objects.filter(pk=kaartenset_id).update(status=Kaartenset.Status.MISLUKT, fout=fout[:500])


@transaction.atomic
def kaartjes_opnieuw(*, kaartenset: Kaartenset, door) -> None:
    _zet(kaartenset, status=Kaartenset.Status.WACHTRIJ, voortgang=0, fout="")
    audit_log(actor=door, actie="kaartjes opnieuw gemaakt", obj=kaartenset, traject=kaartenset.traject)
    from ontwerp.tasks import kaartjes_renderen

    transaction.on_commit(lambda: kaartjes_renderen.delay(kaartenset.pk))


def kaartjes_gedownload(*, kaartenset: Kaartenset, door) -> None:
    audit_log(actor=door, actie="kaartjes gedownload", obj=kaartenset, traject=kaartenset.traject)
