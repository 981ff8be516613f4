"""Writes of quote cards: make a set, render its PDF (in a Celery task), log every download.

Rendering is a PDF job (``visieleren.pdfjob``): idempotent, a set that is ready is not rendered again,
and the file name is fixed per set, so a task delivered twice (a worker killed mid-task, ``acks_late``)
leaves exactly one file.
"""

import math

from django.db import transaction

from ontwerp.models import Kaartenset
from ontwerp.selectors.kaartjes import kaarten
from visieleren import pdfjob
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


def kaartjes_renderen(*, kaartenset_id: int) -> Kaartenset | None:
    """Render the set's PDF into private storage. Skips a set that is ready; None if it was deleted."""
    kaartenset = Kaartenset.objects.select_related("traject").filter(pk=kaartenset_id).first()
    return pdfjob.renderen(
        kaartenset,
        context=lambda: _pdf_context(kaartenset),
        maken=lambda context: pdf_maken("ontwerp/kaartjes/pdf.html", context),
    )


def _pdf_context(kaartenset: Kaartenset) -> dict:
    rijen = kaartenset.per_pagina // 2 if kaartenset.per_pagina > 2 else 2  # 2 per page: one per row
    return {
        "titel": kaartenset.titel,
        "traject": kaartenset.traject,
        "kaarten": kaarten(kaartenset),
        "per_pagina": kaartenset.per_pagina,
        "kaart_hoogte": f"{math.floor(_HOOGTE_MM / rijen)}mm",
    }


@transaction.atomic
def kaartjes_opnieuw(*, kaartenset: Kaartenset, door) -> None:
    audit_log(actor=door, actie="kaartjes opnieuw gemaakt", obj=kaartenset, traject=kaartenset.traject)
    from ontwerp.tasks import kaartjes_renderen

    pdfjob.in_wachtrij(kaartenset, kaartjes_renderen)


def kaartjes_gedownload(*, kaartenset: Kaartenset, door) -> None:
    audit_log(actor=door, actie="kaartjes gedownload", obj=kaartenset, traject=kaartenset.traject)
