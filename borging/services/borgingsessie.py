"""Writes of the borgingsessie's agreements (afspraken)."""

from datetime import date

from django.db import transaction

from borging.models import Afspraak
from borging.services import BorgingFout
from trajecten.models import Bijeenkomst
from visieleren.core.services import audit_log, wijzigingen_van

AFSPRAAK_VELDEN = ["omschrijving", "opvolger", "datum", "status"]


@transaction.atomic
def afspraak_create(
    *, bijeenkomst: Bijeenkomst, omschrijving: str, opvolger: str, datum: date | None, status: str, door
) -> Afspraak:
    if bijeenkomst.soort != Bijeenkomst.Soort.BORGINGSESSIE:
        raise BorgingFout("Afspraken horen bij een borgingsessie; deze bijeenkomst is een andere soort.")
    afspraak = Afspraak.objects.create(
        bijeenkomst=bijeenkomst, omschrijving=omschrijving, opvolger=opvolger, datum=datum, status=status
    )
    audit_log(
        actor=door,
        actie="afspraak vastgelegd",
        obj=afspraak,
        traject=bijeenkomst.traject,
        wijzigingen={"opvolger": [None, opvolger], "status": [None, status]},
    )
    return afspraak


@transaction.atomic
def afspraak_status_zetten(*, afspraak: Afspraak, status: str, door) -> Afspraak:
    if status not in Afspraak.Status.values:
        raise BorgingFout("Kies een geldige status.")
    velden = {k: getattr(afspraak, k) for k in AFSPRAAK_VELDEN} | {"status": status}
    return afspraak_update(afspraak=afspraak, door=door, **velden)


@transaction.atomic
def afspraak_update(*, afspraak: Afspraak, door, **velden) -> Afspraak:
    oud = {k: getattr(afspraak, k) for k in AFSPRAAK_VELDEN}
    for veld in AFSPRAAK_VELDEN:
        setattr(afspraak, veld, velden[veld])
    afspraak.save(update_fields=[*AFSPRAAK_VELDEN, "gewijzigd_op"])
    audit_log(
        actor=door,
        actie="afspraak gewijzigd",
        obj=afspraak,
        traject=afspraak.bijeenkomst.traject,
        wijzigingen=wijzigingen_van(oud, {k: velden[k] for k in AFSPRAAK_VELDEN}),
    )
    return afspraak
