"""Background work of Ontwerpen: rendering quote cards to PDF."""

from celery import shared_task

from ontwerp.services import kaartjes as services


@shared_task(bind=True, acks_late=True, max_retries=3, soft_time_limit=300, time_limit=360)
def kaartjes_renderen(self, kaartenset_id: int) -> int | None:
    """Render the PDF of one set; retried with backoff, and shown as failed after the last try."""
    try:
        kaartenset = services.kaartjes_renderen(kaartenset_id=kaartenset_id)
    except Exception as fout:
        # Eagerly (make run without Redis) there is no one to retry later: show the failure at once.
        if self.request.is_eager or self.request.retries >= self.max_retries:
            services.kaartjes_mislukt(kaartenset_id=kaartenset_id, fout=f"{type(fout).__name__}: {fout}")
            raise
        raise self.retry(exc=fout, countdown=2 ** (self.request.retries + 1)) from fout
    return kaartenset.pk if kaartenset else None
