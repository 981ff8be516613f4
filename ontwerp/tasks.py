"""Background work of Ontwerpen: rendering quote cards to PDF."""

from celery import shared_task

from ontwerp.models import Kaartenset
from ontwerp.services import kaartjes as services
from visieleren import pdfjob


@shared_task(**pdfjob.TAAK_OPTIES)
def kaartjes_renderen(self, kaartenset_id: int) -> int | None:
    """Render the PDF of one set; retried with backoff, and shown as failed after the last try."""
    return pdfjob.taak_uitvoeren(
        self, Kaartenset, kaartenset_id, lambda: services.kaartjes_renderen(kaartenset_id=kaartenset_id)
    )
