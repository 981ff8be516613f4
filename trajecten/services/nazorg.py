"""Nazorg of a traject (after Borgen): the team records when evaluation and nazorggesprek are done.

Retention of names and contact data waits for it (``trajecten/selectors/bewaartermijn.py``).
"""

from datetime import date

from django.db import transaction

from trajecten.models import Traject
from visieleren.core.services import audit_log


@transaction.atomic
def traject_nazorg_afronden(*, traject: Traject, op: date | None, door) -> Traject:
    """Record (or clear, with ``op=None``) the day evaluation and nazorggesprek were done."""
    oud = traject.nazorg_afgerond_op
    if oud != op:
        traject.nazorg_afgerond_op = op
        traject.save(update_fields=["nazorg_afgerond_op", "gewijzigd_op"])
        audit_log(
            actor=door,
            actie="nazorg afgerond" if op else "nazorg weer open",
            obj=traject,
            wijzigingen={"nazorg afgerond op": [str(oud or ""), str(op or "")]},
        )
    return traject
