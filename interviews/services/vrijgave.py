"""Writes of the released text (vrijgegeven tekst): what of a quote may leave the team.

Only deelnemer names are replaced automatically; notes also name colleagues, wijkteams and places. So
before a quote goes into a card, report or export, the team or the interview's moderator checks the
pseudonymised text, edits it where needed and releases it. When the quote's source text changes
afterwards (the notes were edited so the quote no longer stands there literally), the release lapses
and the quote must be checked again. Each change is atomic and in the logboek.
"""

from django.db import transaction
from django.utils import timezone

from interviews.models import Citaat
from interviews.tekst import normaliseer_regels
from visieleren.core.services import audit_log


class VrijgaveFout(Exception):
    """A release that cannot be made; the message is Dutch and meant for the user."""


@transaction.atomic
def citaat_vrijgeven(*, citaat: Citaat, tekst: str, door) -> Citaat:
    """Record the checked text as released, by ``door`` now."""
    tekst = normaliseer_regels(tekst).strip()
    if not tekst:
        raise VrijgaveFout("Een vrijgegeven tekst kan niet leeg zijn.")
    if citaat.anker == Citaat.Anker.GEWIJZIGD:
        raise VrijgaveFout(
            "Dit citaat staat niet meer letterlijk in de aantekeningen. Controleer eerst het citaat zelf."
        )
    oud = citaat.vrijgegeven_tekst if citaat.vrijgegeven else ""
    citaat.vrijgegeven, citaat.vrijgegeven_tekst = True, tekst
    citaat.vrijgegeven_door, citaat.vrijgegeven_op, citaat.vrijgave_vervallen_op = door, timezone.now(), None
    citaat.save(
        update_fields=[
            "vrijgegeven",
            "vrijgegeven_tekst",
            "vrijgegeven_door",
            "vrijgegeven_op",
            "vrijgave_vervallen_op",
        ]
    )
    audit_log(
        actor=door,
        actie="citaat vrijgegeven",
        obj=citaat,
        traject=citaat.interview.traject,
        wijzigingen={"vrijgegeven tekst": [oud, tekst]},
    )
    return citaat


@transaction.atomic
def vrijgave_intrekken(*, citaat: Citaat, door, reden: str = "vrijgave ingetrokken") -> Citaat:
    """The released text no longer holds; the text stays as a start for the next check."""
    if citaat.vrijgegeven:
        citaat.vrijgegeven, citaat.vrijgave_vervallen_op = False, timezone.now()
        citaat.save(update_fields=["vrijgegeven", "vrijgave_vervallen_op"])
        audit_log(actor=door, actie=reden, obj=citaat, traject=citaat.interview.traject)
    return citaat


def vrijgaven_laten_vervallen(*, citaten, door, reden: str) -> int:
    """Let the release of these quotes lapse (their source text changed); returns how many lapsed.

    Called inside the transaction of the service that changed the text.
    """
    aantal = 0
    for citaat in citaten:
        if citaat.vrijgegeven:
            vrijgave_intrekken(citaat=citaat, door=door, reden=f"vrijgave vervallen: {reden}")
            aantal += 1
    return aantal
