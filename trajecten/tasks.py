"""Background work of werving and starten. E-mails go through the outbox (visieleren/meldingen.py)."""

from celery import shared_task


@shared_task
def aanmeldingen_opruimen() -> int:
    """Daily (beat): the retention period of declined and withdrawn aanmeldingen."""
    from trajecten.services.aanmelding import aanmeldingen_opruimen as opruimen

    return opruimen()
