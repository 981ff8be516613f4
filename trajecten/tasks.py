"""Background work of werving and starten: e-mails to the contact of an aanmelding and to the expertteam.

Each task takes an id, is idempotent (a redelivered task sends no second mail) and is retried
when the mail server cannot be reached.
"""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from trajecten.models import Aanmelding, TrajectRol


def _status_link(aanmelding: Aanmelding) -> str:
    from trajecten.services.aanmelding import status_token_maken

    token = status_token_maken(aanmelding=aanmelding)
    return settings.SITE_URL + reverse("aanmelden:status", args=[token])


def _versturen(aanmelding: Aanmelding, onderwerp: str, template: str, **extra) -> None:
    context = {
        "aanmelding": aanmelding,
        "link": _status_link(aanmelding),
        "geldig_dagen": settings.AANMELDING_STATUS_DAGEN,
        **extra,
    }
    send_mail(
        subject=onderwerp,
        message=render_to_string(template, context),
        from_email=None,
        recipient_list=[aanmelding.contact_email],
    )


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def stuur_aanmelding_bevestiging(aanmelding_id: int) -> bool:
    """Confirm receipt, with the status link. Sent once per aanmelding."""
    with transaction.atomic():
        aanmelding = Aanmelding.objects.select_for_update().filter(pk=aanmelding_id).first()
        if aanmelding is None or aanmelding.bevestiging_verstuurd_op:
            return False
        _versturen(
            aanmelding,
            "Uw aanmelding voor een Visieleertraject is ontvangen",
            "trajecten/aanmelding/email/bevestiging.txt",
        )
        aanmelding.bevestiging_verstuurd_op = timezone.now()
        aanmelding.save(update_fields=["bevestiging_verstuurd_op"])
    return True


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def meld_aanmelding_aan_team(aanmelding_id: int) -> bool:
    """Tell the active visieleerteam that a new aanmelding waits in the inbox. Sent once."""
    from visieleren.accounts.models import User

    with transaction.atomic():
        aanmelding = Aanmelding.objects.select_for_update().filter(pk=aanmelding_id).first()
        if aanmelding is None or aanmelding.team_gemeld_op:
            return False
        ontvangers = list(User.objects.filter(is_team=True, is_active=True).values_list("email", flat=True))
        if ontvangers:
            context = {"aanmelding": aanmelding, "link": settings.SITE_URL + aanmelding.get_absolute_url()}
            send_mail(
                subject=f"Nieuwe aanmelding voor een Visieleertraject: {aanmelding.gemeenten_tekst}",
                message=render_to_string("trajecten/aanmelding/email/team_melding.txt", context),
                from_email=None,
                recipient_list=ontvangers,
            )
        aanmelding.team_gemeld_op = timezone.now()
        aanmelding.save(update_fields=["team_gemeld_op"])
    return bool(ontvangers)


_ONDERWERPEN = {
    "in_gesprek": "Uw aanmelding voor een Visieleertraject: we gaan in gesprek",
    "geaccepteerd": "Uw aanmelding voor een Visieleertraject is geaccepteerd",
    "afgewezen": "Besluit over uw aanmelding voor een Visieleertraject",
    "ingetrokken": "U heeft uw aanmelding voor een Visieleertraject ingetrokken",
}


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def stuur_aanmelding_statusbericht(aanmelding_id: int, status: str) -> bool:
    """Tell the contact about a new status; skipped when the status moved on or was already sent."""
    with transaction.atomic():
        aanmelding = Aanmelding.objects.select_for_update().filter(pk=aanmelding_id).first()
        if aanmelding is None or aanmelding.status != status or aanmelding.gemelde_status == status:
            return False
        _versturen(aanmelding, _ONDERWERPEN[status], "trajecten/aanmelding/email/status.txt")
        aanmelding.gemelde_status = status
        aanmelding.save(update_fields=["gemelde_status"])
    return True


@shared_task
def aanmeldingen_opruimen() -> int:
    """Daily (beat): the retention period of declined and withdrawn aanmeldingen."""
    from trajecten.services.aanmelding import aanmeldingen_opruimen as opruimen

    return opruimen()


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def stuur_expertteam_melding(trajectrol_id: int) -> bool:
    """Tell an expert or moderator they joined a traject. A redelivered task sends no second mail."""
    trajectrol = (
        TrajectRol.objects.select_related("user", "traject")
        .filter(pk=trajectrol_id, melding_verstuurd_op__isnull=True, user__is_active=True)
        .first()
    )
    if trajectrol is None:
        return False
    context = {
        "trajectrol": trajectrol,
        "traject": trajectrol.traject,
        "link": settings.SITE_URL + reverse("mijn_trajecten"),
        "traject_link": settings.SITE_URL + trajectrol.traject.get_absolute_url(),
    }
    send_mail(
        subject=f"U bent {trajectrol.get_rol_display().lower()} bij het Visieleertraject {trajectrol.traject}",
        message=render_to_string("trajecten/starten/email/expertteam_melding.txt", context),
        from_email=None,
        recipient_list=[trajectrol.user.email],
    )
    TrajectRol.objects.filter(pk=trajectrol.pk).update(melding_verstuurd_op=timezone.now())
    return True
