"""Background work of Borgen: the evaluation e-mails. Each task takes an id and is idempotent."""

from celery import shared_task
from django.db import transaction

from borging.services import evaluatie


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
