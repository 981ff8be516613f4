"""E-mails of werving: confirmation, status news and the notice to the team.

Each function is called by a service inside its transaction and puts the e-mail in the outbox
(``visieleren.meldingen``); the timestamps on the aanmelding say it is queued, the outbox says
whether it went out. Sending never happens here.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from trajecten.models import Aanmelding, AanmeldingToken
from trajecten.models.aanmelding import token_hash
from visieleren.meldingen import mail_inplannen, tekst_renderen


def status_token_maken(*, aanmelding: Aanmelding) -> str:
    """A new status link for an e-mail; returns the token, stores only its hash."""
    token = secrets.token_urlsafe(32)
    AanmeldingToken.objects.create(
        aanmelding=aanmelding,
        hash=token_hash(token),
        verloopt_op=timezone.now() + timedelta(days=settings.AANMELDING_STATUS_DAGEN),
    )
    return token


def _aan_contact(aanmelding: Aanmelding, *, onderwerp: str, template: str, sleutel: str) -> None:
    token = status_token_maken(aanmelding=aanmelding)
    context = {
        "aanmelding": aanmelding,
        "link": settings.SITE_URL + reverse("aanmelden:status", args=[token]),
        "geldig_dagen": settings.AANMELDING_STATUS_DAGEN,
    }
    mail_inplannen(
        aan=[aanmelding.contact_email], onderwerp=onderwerp, tekst=tekst_renderen(template, context), sleutel=sleutel
    )


def bevestiging_inplannen(*, aanmelding: Aanmelding) -> None:
    """Confirm receipt, with the status link. Once per aanmelding."""
    if aanmelding.bevestiging_verstuurd_op:
        return
    _aan_contact(
        aanmelding,
        onderwerp="Uw aanmelding voor een Visieleertraject is ontvangen",
        template="trajecten/aanmelding/email/bevestiging.txt",
        sleutel=f"aanmelding-{aanmelding.pk}-bevestiging",
    )
    aanmelding.bevestiging_verstuurd_op = timezone.now()
    aanmelding.save(update_fields=["bevestiging_verstuurd_op"])


def team_melden(*, aanmelding: Aanmelding) -> None:
    """Tell the active visieleerteam that a new aanmelding waits in the inbox. Once."""
    from visieleren.accounts.models import User

    if aanmelding.team_gemeld_op:
        return
    ontvangers = list(User.objects.filter(is_team=True, is_active=True).values_list("email", flat=True))
    if ontvangers:
        context = {"aanmelding": aanmelding, "link": settings.SITE_URL + aanmelding.get_absolute_url()}
        mail_inplannen(
            aan=ontvangers,
            onderwerp=f"Nieuwe aanmelding voor een Visieleertraject: {aanmelding.gemeenten_tekst}",
            tekst=tekst_renderen("trajecten/aanmelding/email/team_melding.txt", context),
            sleutel=f"aanmelding-{aanmelding.pk}-team",
        )
    aanmelding.team_gemeld_op = timezone.now()
    aanmelding.save(update_fields=["team_gemeld_op"])


ONDERWERPEN = {
    "in_gesprek": "Uw aanmelding voor een Visieleertraject: we gaan in gesprek",
    "geaccepteerd": "Uw aanmelding voor een Visieleertraject is geaccepteerd",
    "afgewezen": "Besluit over uw aanmelding voor een Visieleertraject",
    "ingetrokken": "U heeft uw aanmelding voor een Visieleertraject ingetrokken",
}


def status_melden(*, aanmelding: Aanmelding) -> None:
    """Tell the contact about the new status, once per status."""
    status = aanmelding.status
    if aanmelding.gemelde_status == status or status not in ONDERWERPEN:
        return
    _aan_contact(
        aanmelding,
        onderwerp=ONDERWERPEN[status],
        template="trajecten/aanmelding/email/status.txt",
        sleutel=f"aanmelding-{aanmelding.pk}-status-{status}",
    )
    aanmelding.gemelde_status = status
    aanmelding.save(update_fields=["gemelde_status"])
