"""Writes of the nazorggesprek: the conversation and, per streefwaarde, an observation."""

from datetime import date

from django.db import transaction

from borging.models import Nazorggesprek
from borging.services import BorgingFout
from borging.services.streefwaarden import observatie_create
from visieleren.core.services import audit_log


@transaction.atomic
def nazorggesprek_create(
    *, traject, datum: date, gesproken_met: str, notities: str, observaties: list[dict], door
) -> Nazorggesprek:
    """``observaties``: one dict per streefwaarde that got an answer (streefwaarde, waarde, stand, verhaal).
    Each becomes an observation on the date of the conversation, so the follow-up shows it."""
    gesprek = Nazorggesprek.objects.create(
        traject=traject, datum=datum, gesproken_met=gesproken_met, notities=notities, vastgelegd_door=door
    )
    audit_log(
        actor=door, actie="nazorggesprek vastgelegd", obj=gesprek, wijzigingen={"datum": [None, datum.isoformat()]}
    )
    for gegevens in observaties:
        if gegevens["streefwaarde"].traject_id != traject.pk:
            raise BorgingFout("Deze streefwaarde hoort niet bij dit traject.")
        observatie_create(datum=datum, nazorggesprek=gesprek, door=door, **gegevens)
    return gesprek
