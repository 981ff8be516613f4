"""Writes of werving en selectie: send, clarify, accept, decline and withdraw an aanmelding;
and the list of gemeenten and regio's the form and trajecten choose from.

Each function changes one aanmelding atomically, writes an audit-log row and queues the e-mail
to the contact after commit. Views turn ``AanmeldingFout`` into a message for the user.
"""

import hashlib
import re
from datetime import date, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from trajecten import emails
from trajecten.emails import status_token_maken as status_token_maken  # re-exported for views and tests
from trajecten.models import (
    Aanmelding,
    AanmeldingStatus,
    AanmeldingToken,
    Fase,
    Gemeente,
    Rol,
    Status,
    Traject,
    Vraagverheldering,
)
from trajecten.models.aanmelding import token_hash
from visieleren.core.services import audit_log, wijzigingen_van


class AanmeldingFout(Exception):
    """A transition that is not possible now; the message is Dutch and meant for the user."""


class CapaciteitBereikt(AanmeldingFout):
    pass


class GemeenteBestaatAl(AanmeldingFout):
    """The new gemeente typed on the accept form already exists (in some spelling)."""

    def __init__(self, gemeente_naam: str):
        self.gemeente_naam = gemeente_naam
        super().__init__(gemeente_bezet_melding(gemeente_naam))


def gemeente_bezet_melding(naam: str) -> str:
    return f"Er is al een gemeente of regio met deze naam: {naam}. Kies die in de lijst."


def dubbel_sleutel(*, email: str, vraag: str) -> str:
    genormaliseerd = " ".join(vraag.split()).casefold()
    return hashlib.sha256(f"{email.strip().lower()}\n{genormaliseerd}".encode()).hexdigest()


@transaction.atomic
def aanmelding_create(
    *,
    contact_naam: str,
    contact_functie: str,
    contact_email: str,
    contact_telefoon: str,
    gemeenten,
    gemeente_anders: str,
    vraag: str,
    context: str,
    beleidsthemas,
    betrokkenen: str,
    gewenste_start: date | None,
) -> tuple[Aanmelding, bool]:
    """Store a new aanmelding, or return the recent one with the same e-mail and question.

    Returns (aanmelding, nieuw). A duplicate gets no second record and no second e-mail, and the
    sender sees the same answer, so the form reveals nothing about what is already stored.
    """
    sleutel = dubbel_sleutel(email=contact_email, vraag=vraag)
    grens = timezone.now() - timedelta(hours=settings.AANMELDING_DUBBEL_UREN)
    bestaand = Aanmelding.objects.filter(dubbel_sleutel=sleutel, ingediend_op__gte=grens).first()
    if bestaand is not None:
        return bestaand, False
    aanmelding = Aanmelding.objects.create(
        contact_naam=contact_naam,
        contact_functie=contact_functie,
        contact_email=contact_email.strip().lower(),
        contact_telefoon=contact_telefoon,
        gemeente_anders=gemeente_anders,
        vraag=vraag,
        context=context,
        betrokkenen=betrokkenen,
        gewenste_start=gewenste_start,
        toestemming_op=timezone.now(),
        dubbel_sleutel=sleutel,
    )
    aanmelding.gemeenten.set(gemeenten)
    aanmelding.beleidsthemas.set(beleidsthemas)
    audit_log(actor=None, actie="aanmelding ontvangen", obj=aanmelding)
    emails.bevestiging_inplannen(aanmelding=aanmelding)
    emails.team_melden(aanmelding=aanmelding)
    return aanmelding, True


_TOKEN_VORM = re.compile(r"^[A-Za-z0-9_-]{20,100}$")


def token_zoeken(token: str) -> AanmeldingToken | None:
    """The stored link for this token, expired or not; None when it does not exist.

    Only the SHA-256 of the token is compared, so timing tells nothing about the stored secret.
    """
    if not _TOKEN_VORM.match(token or ""):
        return None
    return AanmeldingToken.objects.select_related("aanmelding").filter(hash=token_hash(token)).first()


def _zet_status(aanmelding: Aanmelding, nieuw: str, velden: dict, *, door, actie: str, reden: str = "") -> None:
    oud = aanmelding.status
    aanmelding.status = nieuw
    for veld, waarde in velden.items():
        setattr(aanmelding, veld, waarde)
    aanmelding.save(update_fields=["status", "gewijzigd_op", *velden])
    wijzigingen = {"status": [oud, nieuw]}
    if reden:
        wijzigingen["reden"] = [None, reden]
    audit_log(actor=door, actie=actie, obj=aanmelding, traject=aanmelding.traject, wijzigingen=wijzigingen)


def _meld_status(aanmelding: Aanmelding) -> None:
    emails.status_melden(aanmelding=aanmelding)


def _vergrendeld(aanmelding: Aanmelding) -> Aanmelding:
    """Re-read the row under a lock, so two team members cannot both decide at once."""
    return Aanmelding.objects.select_for_update().get(pk=aanmelding.pk)


def _vereis_open(aanmelding: Aanmelding) -> None:
    if not aanmelding.is_open:
        raise AanmeldingFout(
            f"Deze aanmelding is al {aanmelding.get_status_display().lower()}; dat kan niet meer veranderen."
        )


@transaction.atomic
def vraagverheldering_create(
    *, aanmelding: Aanmelding, datum: date, deelnemers: str, samenvatting: str, door
) -> Vraagverheldering:
    """Record a clarifying conversation; a new aanmelding is now 'in gesprek'."""
    aanmelding = _vergrendeld(aanmelding)
    _vereis_open(aanmelding)
    gesprek = Vraagverheldering.objects.create(
        aanmelding=aanmelding, datum=datum, deelnemers=deelnemers, samenvatting=samenvatting, vastgelegd_door=door
    )
    audit_log(
        actor=door,
        actie="vraagverheldering vastgelegd",
        obj=gesprek,
        wijzigingen={"datum": [None, datum.isoformat()], "deelnemers": [None, deelnemers]},
    )
    if aanmelding.status == AanmeldingStatus.NIEUW:
        _zet_status(aanmelding, AanmeldingStatus.IN_GESPREK, {}, door=door, actie="aanmelding in gesprek")
        _meld_status(aanmelding)
    return gesprek


def capaciteit(jaar: int | None = None) -> dict:
    """Places of a year (default: this one): total (settings), used and left (never below 0).

    A place is used by a traject that starts in the year ("dit jaar zijn al 4 trajecten gestart, er is
    nog ruimte voor 4"): its actual start, else its planned start, else the day it was created. A
    geannuleerd traject never started and uses no place; one that stopped early still used its place.
    """
    from django.db.models.functions import Coalesce, TruncDate

    jaar = jaar or timezone.localdate().year
    totaal = settings.VISIELEREN_CAPACITEIT_PER_JAAR
    gebruikt = (
        Traject.objects.exclude(status=Status.GEANNULEERD)
        .annotate(start=Coalesce("werkelijke_start", "geplande_start", TruncDate("aangemaakt_op")))
        .filter(start__year=jaar)
        .count()
    )
    return {"jaar": jaar, "totaal": totaal, "gebruikt": gebruikt, "over": max(totaal - gebruikt, 0)}


@transaction.atomic
def aanmelding_accepteren(
    *,
    aanmelding: Aanmelding,
    titel: str,
    gemeenten: list[Gemeente],
    reden: str,
    nieuwe_gemeente: dict | None = None,
    boven_capaciteit_bevestigd: bool = False,
    door,
) -> Traject:
    """Accept: create the Traject (lopend, fase starten) and give the contact an account and role.

    ``nieuwe_gemeente`` ({"naam", "soort"}): a gemeente or regio not yet in the list, added in the same
    transaction (so a refusal leaves neither). An empty ``titel`` becomes the names as stored."""
    aanmelding = _vergrendeld(aanmelding)
    _vereis_open(aanmelding)
    gemeenten = list(gemeenten)
    if not gemeenten and not (nieuwe_gemeente and nieuwe_gemeente.get("naam")):
        raise AanmeldingFout("Kies minstens één gemeente of regio voor het traject.")
    if capaciteit()["over"] <= 0 and not boven_capaciteit_bevestigd:
        raise CapaciteitBereikt(
            "De capaciteit van dit jaar is bereikt. Bevestig dat u deze aanmelding toch wilt accepteren."
        )
    if nieuwe_gemeente and nieuwe_gemeente.get("naam"):
        gemeenten.append(_nieuwe_gemeente(**nieuwe_gemeente, door=door))
    # A planned end date from day one (start + standard duration), so the overview can warn in time.
    start = aanmelding.gewenste_start or timezone.localdate()
    traject = Traject.objects.create(
        titel=titel.strip() or ", ".join(sorted(g.naam for g in gemeenten))[:200],
        vraagstuk=aanmelding.vraag,
        status=Status.LOPEND,
        fase=Fase.STARTEN,
        geplande_start=start,
        geplande_eind=start + timedelta(weeks=settings.VISIELEREN_DOORLOOPTIJD_WEKEN),
    )
    traject.gemeenten.set(gemeenten)
    traject.beleidsthemas.set(aanmelding.beleidsthemas.all())
    audit_log(
        actor=door,
        actie="traject aangemaakt uit aanmelding",
        obj=traject,
        wijzigingen={"aanmelding": [None, str(aanmelding.pk)]},
    )
    _zet_status(
        aanmelding,
        AanmeldingStatus.GEACCEPTEERD,
        {"traject": traject, "besluit_reden": reden, "besloten_op": timezone.now(), "besloten_door": door},
        door=door,
        actie="aanmelding geaccepteerd",
        reden=reden,
    )
    _contact_uitnodigen(aanmelding=aanmelding, traject=traject, door=door)
    _meld_status(aanmelding)
    return traject


def _nieuwe_gemeente(*, naam: str, soort: str = Gemeente.Soort.GEMEENTE, door) -> Gemeente:
    """Add the gemeente typed on the accept form; refuse a name the list has in any spelling."""
    from trajecten.selectors.aanmelding import gemeente_met_naam

    naam = " ".join(naam.split())
    if soort not in Gemeente.Soort.values:
        raise AanmeldingFout("Kies of de nieuwe naam een gemeente of een regio is.")
    if (bestaand := gemeente_met_naam(naam)) is not None:
        raise GemeenteBestaatAl(bestaand.naam)
    try:
        # A savepoint: another team member may have saved the exact name a moment ago.
        return gemeente_create(naam=naam, soort=soort, cbs_code="", leden=[], door=door)
    except IntegrityError:
        raise GemeenteBestaatAl(naam) from None


def _contact_uitnodigen(*, aanmelding: Aanmelding, traject: Traject, door) -> None:
    """The contact becomes contactpersoon on the traject; a new person gets an invitation."""
    from trajecten.models import TrajectRol
    from visieleren.accounts.models import User
    from visieleren.accounts.services import rol_toekennen, uitnodiging_vernieuwen_als_nodig, user_invite

    user = User.objects.filter(email__iexact=aanmelding.contact_email).first()
    if user is None:
        user = user_invite(
            email=aanmelding.contact_email,
            naam=aanmelding.contact_naam,
            organisatie=traject.gemeenten_tekst[:200],
            door=door,
        )
    else:
        # Invited before but never set a password, and the link expired: a new one, or they cannot log in.
        uitnodiging_vernieuwen_als_nodig(user=user, door=door)
    if not TrajectRol.objects.filter(user=user, traject=traject, rol=Rol.CONTACTPERSOON).exists():
        rol_toekennen(user=user, traject=traject, rol=Rol.CONTACTPERSOON, door=door)


@transaction.atomic
def aanmelding_afwijzen(*, aanmelding: Aanmelding, reden: str, door) -> Aanmelding:
    aanmelding = _vergrendeld(aanmelding)
    _vereis_open(aanmelding)
    _zet_status(
        aanmelding,
        AanmeldingStatus.AFGEWEZEN,
        {"besluit_reden": reden, "besloten_op": timezone.now(), "besloten_door": door},
        door=door,
        actie="aanmelding afgewezen",
        reden=reden,
    )
    _meld_status(aanmelding)
    return aanmelding


@transaction.atomic
def aanmelding_intrekken(*, aanmelding: Aanmelding, reden: str = "") -> Aanmelding:
    """The contact withdraws through the status link (no account, so no actor)."""
    aanmelding = _vergrendeld(aanmelding)
    _vereis_open(aanmelding)
    _zet_status(
        aanmelding,
        AanmeldingStatus.INGETROKKEN,
        {"ingetrokken_reden": reden},
        door=None,
        actie="aanmelding ingetrokken door contactpersoon",
        reden=reden,
    )
    _meld_status(aanmelding)
    return aanmelding


@transaction.atomic
def aanmeldingen_opruimen() -> int:
    """Delete declined and withdrawn aanmeldingen past the retention period, and expired links.

    Accepted ones stay: they belong to their traject. One log row says how many went, without
    names, so the log keeps no personal data of the removed aanmeldingen.
    """
    grens = timezone.now() - timedelta(days=settings.AANMELDING_BEWAAR_DAGEN)
    weg = Aanmelding.objects.filter(
        status__in=[AanmeldingStatus.AFGEWEZEN, AanmeldingStatus.INGETROKKEN], gewijzigd_op__lt=grens
    )
    aantal = weg.count()
    if aantal:
        weg.delete()
        audit_log(actor=None, actie="aanmeldingen verwijderd na bewaartermijn", wijzigingen={"aantal": [None, aantal]})
    AanmeldingToken.objects.filter(verloopt_op__lt=timezone.now()).delete()
    return aantal


@transaction.atomic
def gemeente_create(*, naam: str, soort: str, cbs_code: str, leden, door) -> Gemeente:
    gemeente = Gemeente.objects.create(naam=naam, soort=soort, cbs_code=cbs_code)
    gemeente.leden.set(leden if soort == Gemeente.Soort.REGIO else [])
    audit_log(
        actor=door,
        actie="gemeente toegevoegd",
        obj=gemeente,
        wijzigingen={"soort": [None, soort], "leden": [None, ", ".join(str(g) for g in gemeente.leden.all())]},
    )
    return gemeente


@transaction.atomic
def gemeente_update(*, gemeente: Gemeente, naam: str, soort: str, cbs_code: str, leden, door) -> Gemeente:
    oud = {
        "naam": gemeente.naam,
        "soort": gemeente.soort,
        "cbs_code": gemeente.cbs_code,
        "leden": ", ".join(sorted(g.naam for g in gemeente.leden.all())),
    }
    gemeente.naam, gemeente.soort, gemeente.cbs_code = naam, soort, cbs_code
    gemeente.save(update_fields=["naam", "soort", "cbs_code"])
    gemeente.leden.set(leden if soort == Gemeente.Soort.REGIO else [])
    nieuw = {
        "naam": naam,
        "soort": soort,
        "cbs_code": cbs_code,
        "leden": ", ".join(sorted(g.naam for g in gemeente.leden.all())),
    }
    audit_log(actor=door, actie="gemeente gewijzigd", obj=gemeente, wijzigingen=wijzigingen_van(oud, nieuw))
    return gemeente
