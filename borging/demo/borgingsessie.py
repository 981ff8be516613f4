"""Demo afspraken of the borgingsessie of every afgerond traject. Idempotent."""

from datetime import date, timedelta

from borging.demo import afspraakdatum, borgen_trajecten
from borging.models import Afspraak
from trajecten.models import Bijeenkomst, Status

AFSPRAKEN = [
    ("De vaste inloop in de wijken blijft na de pilot bestaan.", "teamleider toegang", 2, Afspraak.Status.AFGEROND),
    (
        "Ervaringsdeskundigen schuiven maandelijks aan bij het casusoverleg.",
        "beleidsadviseur sociaal domein",
        3,
        Afspraak.Status.BEZIG,
    ),
    (
        "De raad krijgt halfjaarlijks een verhaal bij de cijfers van de streefwaarden.",
        "wethouder sociaal domein",
        6,
        Afspraak.Status.OPEN,
    ),
]


def laden(demo: dict) -> None:
    for traject in borgen_trajecten().filter(status=Status.AFGEROND):
        _afspraken(traject, afspraakdatum(traject))


def _afspraken(traject, begin: date) -> None:
    sessie = traject.bijeenkomsten.filter(soort=Bijeenkomst.Soort.BORGINGSESSIE).order_by("begin").first()
    if sessie is None:
        return
    for omschrijving, opvolger, maanden, status in AFSPRAKEN:
        Afspraak.objects.get_or_create(
            bijeenkomst=sessie,
            omschrijving=omschrijving,
            defaults={"opvolger": opvolger, "datum": begin + timedelta(days=30 * maanden), "status": status},
        )
