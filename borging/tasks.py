"""Background work of Borgen: the evaluation e-mails and the eindrapportage PDF.

Each task takes an id and is idempotent.
"""

from celery import shared_task
from django.db import transaction

from borging.models import Versie
from borging.services import evaluatie
from visieleren import pdfjob


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def stuur_evaluatie_uitnodiging(uitnodiging_id: int) -> bool:
    return evaluatie.uitnodiging_versturen(uitnodiging_id=uitnodiging_id)


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def stuur_evaluatie_herinnering(uitnodiging_id: int) -> bool:
    return evaluatie.herinnering_versturen(uitnodiging_id=uitnodiging_id)


@shared_task
def evaluatie_herinneringen() -> int:
    """Celery beat: queue one reminder for every invitation that is due (see ``herinneringen_te_versturen``)."""
    ids = list(evaluatie.herinneringen_te_versturen().values_list("pk", flat=True))
    with transaction.atomic():
        for pk in ids:
            transaction.on_commit(lambda pk=pk: stuur_evaluatie_herinnering.delay(pk))
    return len(ids)


@shared_task(**pdfjob.TAAK_OPTIES)
def eindrapportage_renderen(self, versie_id: int) -> int | None:
    """Render the PDF of one vastgestelde version; retried with backoff, shown as failed after the last try."""
    from borging.services import eindrapportage as services

    return pdfjob.taak_uitvoeren(self, Versie, versie_id, lambda: services.eindrapportage_renderen(versie_id=versie_id))
