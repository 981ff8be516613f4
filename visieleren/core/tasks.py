"""Background work of the shared base: sending the e-mail outbox (see visieleren/meldingen.py)."""

from celery import shared_task

from visieleren import meldingen


@shared_task(bind=True, max_retries=meldingen.MAX_POGINGEN)
def email_versturen(self, email_id: int) -> bool:
    """Send one outbox row; on a mail-server error retry with backoff (the row keeps the error)."""
    try:
        resultaat = meldingen.email_versturen(email_id=email_id)
    except meldingen.Elders as elders:
        # A redelivered task while the first worker may still be sending: look again after its lease.
        if self.request.is_eager:
            return False
        raise self.retry(countdown=max(elders.over, 1), max_retries=None) from None
    if isinstance(resultaat, Exception):
        if self.request.is_eager:
            return False
        from visieleren.core.models import UitgaandeEmail

        pogingen = UitgaandeEmail.objects.filter(pk=email_id).values_list("pogingen", flat=True).first() or 1
        if pogingen < meldingen.MAX_POGINGEN:
            raise self.retry(countdown=meldingen.wachttijd(pogingen).total_seconds(), exc=resultaat)
        return False
    return resultaat


@shared_task
def emails_opnieuw_versturen() -> int:
    """Every minute (beat): send what is due, also rows left behind by a broker outage or a dead worker."""
    ids = meldingen.emails_klaar_om_te_versturen()
    for email_id in ids:
        try:
            meldingen.email_versturen(email_id=email_id)
        except meldingen.Elders:
            continue
    return len(ids)
