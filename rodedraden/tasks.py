"""Background work of the rode draden: rendering a report version to PDF."""

from celery import shared_task

from rodedraden.models import Rapportversie
from rodedraden.services import rapport as services
from visieleren import pdfjob


@shared_task(**pdfjob.TAAK_OPTIES)
def rapport_renderen(self, versie_id: int) -> int | None:
    """Render the PDF of one version; retried with backoff, and shown as failed after the last try."""
    return pdfjob.taak_uitvoeren(self, Rapportversie, versie_id, lambda: services.rapport_renderen(versie_id=versie_id))
