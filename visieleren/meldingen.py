"""The one place that sends e-mail: an outbox row in the caller's transaction, sent by a task.

Apps call ``mail_inplannen`` from their services; nothing else calls ``send_mail``. The row is
written inside the caller's transaction (no e-mail about a change that was rolled back) and the
send is queued after commit. When the broker is down the row simply waits: the periodic task
``emails_opnieuw_versturen`` picks it up, and the user gets a normal answer.

Sending happens in ``email_versturen`` outside any transaction and row lock, with ``EMAIL_TIMEOUT``.
A row is claimed for a lease before sending, so a redelivered or doubly queued task sends nothing
twice; a worker killed mid-send leaves a lease that expires, after which the row is sent again.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q
from django.template import Context
from django.template.loader import get_template
from django.utils import timezone

from visieleren.core.models import UitgaandeEmail

logger = logging.getLogger(__name__)

MAX_POGINGEN = 8


def tekst_renderen(template_name: str, context: dict) -> str:
    """Render a plain-text e-mail template without HTML escaping ('s-Hertogenbosch stays as typed)."""
    return get_template(template_name).template.render(Context(context, autoescape=False))


def _geen_regeleinde(waarde: str, veld: str) -> str:
    if "\r" in waarde or "\n" in waarde or "\x00" in waarde:
        raise ValidationError(f"{veld} van een e-mail mag geen regeleinde bevatten.")
    return waarde


def mail_inplannen(*, aan: list[str], onderwerp: str, tekst: str, sleutel: str | None = None) -> UitgaandeEmail:
    """Put one e-mail in the outbox and queue its sending after commit.

    ``sleutel`` makes it idempotent: a second call with the same key returns the first row and
    sends nothing new (e.g. ``aanmelding-bevestiging-12``).
    """
    onderwerp = _geen_regeleinde(" ".join(onderwerp.split())[:300], "Het onderwerp")
    aan = [_geen_regeleinde(adres.strip(), "Het adres") for adres in aan if adres and adres.strip()]
    if sleutel:
        with transaction.atomic():
            email, nieuw = UitgaandeEmail.objects.get_or_create(
                sleutel=sleutel, defaults={"aan": aan, "onderwerp": onderwerp, "tekst": tekst}
            )
        if not nieuw:
            return email
    else:
        email = UitgaandeEmail.objects.create(aan=aan, onderwerp=onderwerp, tekst=tekst)
    transaction.on_commit(lambda: _in_wachtrij(email.pk))
    return email


def _in_wachtrij(email_id: int) -> None:
    """Hand the row to Celery; if the broker is down the row waits for the periodic task."""
    from visieleren.core.tasks import email_versturen

    try:
        email_versturen.delay(email_id)
    except Exception as exc:  # kombu/redis raise many types for an unreachable broker
        logger.warning("E-mail %s blijft in de wachtrij, broker onbereikbaar: %s", email_id, exc)


class Elders(Exception):
    """Another worker holds the row (its lease has not expired); try again when it has."""

    def __init__(self, over: float):
        super().__init__(f"In behandeling bij een andere worker, nog {over:.0f} s.")
        self.over = over


def _lease() -> timedelta:
    return timedelta(seconds=settings.EMAIL_LEASE)


def _claimen(email_id: int) -> UitgaandeEmail | None:
    """Take the row for this worker (one atomic UPDATE); None when it is sent or someone else has it."""
    nu = timezone.now()
    vrij = Q(status=UitgaandeEmail.Status.WACHTRIJ) | Q(status=UitgaandeEmail.Status.BEZIG, bezig_tot__lt=nu)
    genomen = UitgaandeEmail.objects.filter(vrij, pk=email_id).update(
        status=UitgaandeEmail.Status.BEZIG, bezig_tot=nu + _lease(), pogingen=F("pogingen") + 1
    )
    if genomen:
        return UitgaandeEmail.objects.get(pk=email_id)
    bezig_tot = (
        UitgaandeEmail.objects.filter(pk=email_id, status=UitgaandeEmail.Status.BEZIG)
        .values_list("bezig_tot", flat=True)
        .first()
    )
    if bezig_tot is not None:
        raise Elders((bezig_tot - nu).total_seconds())
    return None


def email_versturen(*, email_id: int) -> bool | Exception:
    """Send one outbox row. Returns True when sent now, False when there was nothing to do, or the
    error when the mail server failed (the row is back in the queue, or failed after the last try)."""
    email = _claimen(email_id)
    if email is None:
        return False
    if not email.aan:
        UitgaandeEmail.objects.filter(pk=email.pk).update(
            status=UitgaandeEmail.Status.MISLUKT, laatste_fout="Geen ontvangers.", bezig_tot=None
        )
        return False
    bericht = EmailMessage(subject=email.onderwerp, body=email.tekst, to=email.aan)
    try:
        bericht.send()
    except Exception as exc:  # smtplib, socket and TLS errors: record, retry later
        opgeven = email.pogingen >= MAX_POGINGEN
        UitgaandeEmail.objects.filter(pk=email.pk).update(
            status=UitgaandeEmail.Status.MISLUKT if opgeven else UitgaandeEmail.Status.WACHTRIJ,
            laatste_fout=f"{exc.__class__.__name__}: {exc}"[:2000],
            volgende_poging_op=timezone.now() + wachttijd(email.pogingen),
            bezig_tot=None,
        )
        (logger.error if opgeven else logger.warning)("E-mail %s niet verstuurd: %s", email.pk, exc)
        return exc
    UitgaandeEmail.objects.filter(pk=email.pk).update(
        status=UitgaandeEmail.Status.VERSTUURD, verstuurd_op=timezone.now(), bezig_tot=None, laatste_fout=""
    )
    return True


def wachttijd(pogingen: int) -> timedelta:
    """Backoff: 1, 2, 4, … minutes, at most an hour."""
    return timedelta(minutes=min(2 ** max(pogingen - 1, 0), 60))


def emails_klaar_om_te_versturen() -> list[int]:
    """Rows waiting whose next try is due, and rows whose sender died (lease expired)."""
    nu = timezone.now()
    return list(
        UitgaandeEmail.objects.filter(
            Q(status=UitgaandeEmail.Status.WACHTRIJ, volgende_poging_op__lte=nu)
            | Q(status=UitgaandeEmail.Status.BEZIG, bezig_tot__lt=nu)
        ).values_list("pk", flat=True)[:50]
    )


def email_opnieuw_proberen(*, email: UitgaandeEmail, door) -> None:
    """The team puts a failed e-mail back in the queue (from /beheer/)."""
    from visieleren.core.services import audit_log

    with transaction.atomic():
        UitgaandeEmail.objects.filter(pk=email.pk).update(
            status=UitgaandeEmail.Status.WACHTRIJ, pogingen=0, volgende_poging_op=timezone.now()
        )
        audit_log(actor=door, actie="e-mail opnieuw in de wachtrij", obj=email)
        transaction.on_commit(lambda: _in_wachtrij(email.pk))
