"""Demo nazorggesprek, half a year after the agreement, for every afgerond traject. Idempotent."""

from datetime import date, timedelta

from borging.demo import afspraakdatum, borgen_trajecten
from borging.demo.streefwaarden import STREEFWAARDEN
from borging.models import Nazorggesprek, Observatie, Streefwaarde
from trajecten.models import Status


def laden(demo: dict) -> None:
    for traject in borgen_trajecten().filter(status=Status.AFGEROND):
        streefwaarden = [Streefwaarde.objects.get(traject=traject, indicator=s[0]) for s in STREEFWAARDEN]
        _nazorggesprek(traject, afspraakdatum(traject) + timedelta(days=183), streefwaarden)


def _nazorggesprek(traject, datum: date, streefwaarden: list[Streefwaarde]) -> None:
    gesprek, aangemaakt = Nazorggesprek.objects.get_or_create(
        traject=traject,
        datum=datum,
        defaults={
            "gesproken_met": "wethouder sociaal domein, teamleider toegang, beleidsadviseur",
            "notities": "De gemeente werkt met de afspraken uit de borgingsessie. De inloop is blijvend; "
            "het casusoverleg met ervaringsdeskundigen vraagt nog aandacht.",
        },
    )
    if not aangemaakt:
        return
    for streefwaarde, (*_, volg) in zip(streefwaarden, STREEFWAARDEN, strict=True):
        _, waarde, stand, verhaal = volg[-1]
        Observatie.objects.create(
            streefwaarde=streefwaarde, datum=datum, waarde=waarde, stand=stand, verhaal=verhaal, nazorggesprek=gesprek
        )
