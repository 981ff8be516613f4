"""Writes of the evaluation: invite betrokkenen, send their links and one reminder, store an answer.

Anonymity by construction (see ``borging.models.evaluatie``): answering marks the invitation as used
and stores the answer in one transaction, in two tables without a relation, without a timestamp and
without an audit-log row.
"""

import base64
import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac

from borging.models import LIKERT_VRAGEN, OPEN_VRAGEN, EvaluatieAntwoord, EvaluatieUitnodiging
from borging.models.evaluatie import token_hash
from borging.services import BorgingFout
from visieleren.core.services import audit_log
from visieleren.meldingen import mail_inplannen, tekst_renderen


class LinkOngeldig(BorgingFout):
    pass


class LinkVerlopen(BorgingFout):
    pass


class LinkGebruikt(BorgingFout):
    pass


def evaluatie_token(sleutel: str) -> str:
    """The link's secret, derived from the row's random ``sleutel`` and the SECRET_KEY: the database
    alone does not give it away, and the reminder can carry the same link as the invitation."""
    digest = salted_hmac("borging.evaluatie", sleutel, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


@transaction.atomic
def evaluatie_uitnodigen(*, traject, betrokkenen, door) -> list[EvaluatieUitnodiging]:
    """Invite each chosen betrokkene once; the e-mails go out after commit, one task per invitation."""
    betrokkenen = list(betrokkenen)
    if not betrokkenen:
        raise BorgingFout("Kies minstens één betrokkene.")
    for betrokkene in betrokkenen:
        if betrokkene.traject_id != traject.pk:
            raise BorgingFout("Deze betrokkene hoort niet bij dit traject.")
        if not betrokkene.email:
            raise BorgingFout(
                f"{betrokkene.naam} heeft geen e-mailadres; vul dat eerst in op de kaart van betrokkenen."
            )
    al = set(
        EvaluatieUitnodiging.objects.filter(traject=traject, betrokkene__in=betrokkenen).values_list(
            "betrokkene_id", flat=True
        )
    )
    verloopt_op = timezone.now() + timedelta(days=settings.EVALUATIE_LINK_DAGEN)
    nieuw = []
    for betrokkene in betrokkenen:
        if betrokkene.pk in al:
            continue
        sleutel = secrets.token_hex(32)
        nieuw.append(
            EvaluatieUitnodiging.objects.create(
                traject=traject,
                betrokkene=betrokkene,
                sleutel=sleutel,
                hash=token_hash(evaluatie_token(sleutel)),
                verloopt_op=verloopt_op,
            )
        )
    audit_log(
        actor=door,
        actie="evaluatie-uitnodigingen verstuurd",
        obj=traject,
        wijzigingen={"aantal": [None, str(len(nieuw))]},
    )
    from borging.tasks import stuur_evaluatie_uitnodiging

    for uitnodiging in nieuw:
        transaction.on_commit(lambda pk=uitnodiging.pk: stuur_evaluatie_uitnodiging.delay(pk))
    return nieuw


def _link(uitnodiging: EvaluatieUitnodiging) -> str:
    token = evaluatie_token(uitnodiging.sleutel)
    if token_hash(token) != uitnodiging.hash:  # the SECRET_KEY was rotated: the new link replaces the old
        uitnodiging.hash = token_hash(token)
        uitnodiging.save(update_fields=["hash"])
    return settings.SITE_URL + reverse("evaluatie:formulier", args=[token])


def _mail(uitnodiging: EvaluatieUitnodiging, onderwerp: str, template: str, *, soort: str) -> None:
    """Through the outbox (visieleren/meldingen.py): written in this transaction, sent after commit by a
    task that holds no lock while it talks to the mail server; the key makes it go out once."""
    context = {
        "uitnodiging": uitnodiging,
        "traject": uitnodiging.traject,
        "link": _link(uitnodiging),
        "verloopt_op": uitnodiging.verloopt_op,
    }
    mail_inplannen(
        aan=[uitnodiging.betrokkene.email],
        onderwerp=onderwerp,
        tekst=tekst_renderen(template, context),
        sleutel=f"evaluatie-{soort}-{uitnodiging.pk}",
    )


def _vergrendeld(uitnodiging_id: int) -> EvaluatieUitnodiging | None:
    return (
        EvaluatieUitnodiging.objects.select_for_update(of=("self",))
        .select_related("traject", "betrokkene")
        .filter(pk=uitnodiging_id)
        .first()
    )


def _kan_mailen(uitnodiging) -> bool:
    return bool(
        uitnodiging
        and not uitnodiging.gebruikt
        and not uitnodiging.is_verlopen
        and uitnodiging.betrokkene
        and uitnodiging.betrokkene.email
    )


@transaction.atomic
def uitnodiging_versturen(*, uitnodiging_id: int) -> bool:
    """Send the invitation once; a redelivered task finds ``verstuurd_op`` set and sends nothing."""
    uitnodiging = _vergrendeld(uitnodiging_id)
    if not _kan_mailen(uitnodiging) or uitnodiging.verstuurd_op:
        return False
    _mail(
        uitnodiging,
        f"Hoe was het Visieleertraject {uitnodiging.traject}? Vijf minuten voor uw mening",
        "borging/evaluatie/email/uitnodiging.txt",
        soort="uitnodiging",
    )
    uitnodiging.verstuurd_op = timezone.now()
    uitnodiging.save(update_fields=["verstuurd_op"])
    return True


@transaction.atomic
def herinnering_versturen(*, uitnodiging_id: int) -> bool:
    """One reminder, only to someone who has not answered yet, with the same link."""
    uitnodiging = _vergrendeld(uitnodiging_id)
    if not _kan_mailen(uitnodiging) or not uitnodiging.verstuurd_op or uitnodiging.herinnerd_op:
        return False
    _mail(
        uitnodiging,
        f"Herinnering: uw mening over het Visieleertraject {uitnodiging.traject}",
        "borging/evaluatie/email/herinnering.txt",
        soort="herinnering",
    )
    uitnodiging.herinnerd_op = timezone.now()
    uitnodiging.save(update_fields=["herinnerd_op"])
    return True


def herinneringen_te_versturen():
    """Invitations sent at least EVALUATIE_HERINNERING_DAGEN ago, not answered, not reminded, still valid."""
    dagen = settings.EVALUATIE_HERINNERING_DAGEN
    if dagen <= 0:
        return EvaluatieUitnodiging.objects.none()
    nu = timezone.now()
    return EvaluatieUitnodiging.objects.filter(
        gebruikt=False,
        herinnerd_op__isnull=True,
        verstuurd_op__lte=nu - timedelta(days=dagen),
        verloopt_op__gt=nu,
    )


_TOKEN_VORM = re.compile(r"^[A-Za-z0-9_-]{20,100}$")


def uitnodiging_zoeken(token: str) -> EvaluatieUitnodiging | None:
    """The invitation for this link, used or expired or not; None when the link does not exist."""
    if not _TOKEN_VORM.match(token or ""):
        return None
    return EvaluatieUitnodiging.objects.select_related("traject").filter(hash=token_hash(token)).first()


def link_controleren(token: str) -> EvaluatieUitnodiging:
    """The invitation behind a usable link, or the reason why it cannot be used."""
    uitnodiging = uitnodiging_zoeken(token)
    if uitnodiging is None:
        raise LinkOngeldig("Deze link bestaat niet. Controleer of u de hele link uit de e-mail heeft gebruikt.")
    if uitnodiging.gebruikt:
        raise LinkGebruikt("Met deze link is de vragenlijst al ingevuld. Elke link werkt één keer.")
    if uitnodiging.is_verlopen:
        raise LinkVerlopen("Deze link is verlopen.")
    return uitnodiging


@transaction.atomic
def evaluatie_beantwoorden(*, token: str, antwoorden: dict) -> EvaluatieAntwoord:
    """Use the link once and store the answer without the person.

    The conditional UPDATE claims the link: of two simultaneous submissions only one changes the
    row (the other waits for its lock, then matches nothing) and only that one stores an answer.
    """
    uitnodiging = link_controleren(token)
    geclaimd = EvaluatieUitnodiging.objects.filter(
        pk=uitnodiging.pk, gebruikt=False, verloopt_op__gt=timezone.now()
    ).update(gebruikt=True)
    if not geclaimd:
        link_controleren(token)  # raises the reason: used meanwhile, or expired
        raise LinkGebruikt("Met deze link is de vragenlijst al ingevuld. Elke link werkt één keer.")
    return EvaluatieAntwoord.objects.create(
        traject_id=uitnodiging.traject_id,
        datum=timezone.localdate(),
        **{veld: antwoorden.get(veld) for veld, _, _ in LIKERT_VRAGEN},
        **{veld: (antwoorden.get(veld) or "").strip() for veld, _ in OPEN_VRAGEN},
    )
