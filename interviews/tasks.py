from celery import shared_task

from interviews.services import interviews as services


@shared_task
def bewaartermijn_toepassen() -> int:
    """Daily (beat): remove the notes and names of trajecten past the retention period. Idempotent."""
    return services.bewaartermijn_toepassen()
