"""Background work of the rode draden: rendering a report version to PDF."""

from celery import shared_task

from rodedraden.services import rapport as services


@shared_task(bind=True, acks_late=True, max_retries=3, soft_time_limit=300, time_limit=360)
def rapport_renderen(self, versie_id: int) -> int | None:
    """Render the PDF of one version; retried with backoff, and shown as failed after the last try."""
    try:
        versie = services.rapport_renderen(versie_id=versie_id)
    except Exception as fout:
        if self.request.is_eager or self.request.retries >= self.max_retries:
            services.rapport_mislukt(versie_id=versie_id, fout=f"{type(fout).__name__}: {fout}")
            raise
        raise self.retry(exc=fout, countdown=2 ** (self.request.retries + 1)) from fout
    return versie.pk if versie else None
