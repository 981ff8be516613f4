"""Writes of streefwaarden and their observations."""

from datetime import date
from decimal import Decimal

from django.db import transaction

from borging.models import Observatie, Streefwaarde
from borging.services import BorgingFout
from visieleren.core.services import audit_log, wijzigingen_van

STREEFWAARDE_VELDEN = ["indicator", "beschrijving", "eenheid", "nulmeting", "doel", "afgesproken_op"]


@transaction.atomic
def streefwaarde_create(*, traject, door, **velden) -> Streefwaarde:
    streefwaarde = Streefwaarde.objects.create(traject=traject, **{k: velden[k] for k in STREEFWAARDE_VELDEN})
    audit_log(actor=door, actie="streefwaarde toegevoegd", obj=streefwaarde, wijzigingen=wijzigingen_van({}, velden))
    return streefwaarde


@transaction.atomic
def streefwaarde_update(*, streefwaarde: Streefwaarde, door, **velden) -> Streefwaarde:
    oud = {k: getattr(streefwaarde, k) for k in STREEFWAARDE_VELDEN}
    for veld in STREEFWAARDE_VELDEN:
        setattr(streefwaarde, veld, velden[veld])
    streefwaarde.save(update_fields=STREEFWAARDE_VELDEN)
    audit_log(
        actor=door,
        actie="streefwaarde gewijzigd",
        obj=streefwaarde,
        wijzigingen=wijzigingen_van(oud, {k: velden[k] for k in STREEFWAARDE_VELDEN}),
    )
    return streefwaarde


@transaction.atomic
def streefwaarde_delete(*, streefwaarde: Streefwaarde, door) -> None:
    """Only a streefwaarde without observations: its follow-up is the gemeente's history."""
    if streefwaarde.observaties.exists():
        raise BorgingFout("Deze streefwaarde heeft al observaties en kan niet meer worden verwijderd.")
    audit_log(actor=door, actie="streefwaarde verwijderd", obj=streefwaarde)
    streefwaarde.delete()


def _observatie_maken(*, streefwaarde, datum, waarde, stand, verhaal, nazorggesprek, door) -> Observatie:
    if waarde is None and not stand.strip() and not verhaal.strip():
        raise BorgingFout(f"Vul voor '{streefwaarde}' een waarde, een stand of een verhaal in.")
    return Observatie.objects.create(
        streefwaarde=streefwaarde,
        datum=datum,
        waarde=waarde,
        stand=stand.strip(),
        verhaal=verhaal.strip(),
        nazorggesprek=nazorggesprek,
        vastgelegd_door=door,
    )


@transaction.atomic
def observatie_create(
    *,
    streefwaarde: Streefwaarde,
    datum: date,
    waarde: Decimal | None,
    stand: str,
    verhaal: str,
    door,
    nazorggesprek=None,
) -> Observatie:
    """Record the observed state of a streefwaarde on a date (also used by the nazorggesprek)."""
    observatie = _observatie_maken(
        streefwaarde=streefwaarde,
        datum=datum,
        waarde=waarde,
        stand=stand,
        verhaal=verhaal,
        nazorggesprek=nazorggesprek,
        door=door,
    )
    audit_log(
        actor=door,
        actie="observatie vastgelegd",
        obj=observatie,
        traject=streefwaarde.traject,
        wijzigingen={"datum": [None, datum.isoformat()], "waarde": [None, str(waarde) if waarde is not None else ""]},
    )
    return observatie
