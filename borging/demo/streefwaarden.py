"""Demo streefwaarden with their follow-up over time. Idempotent."""

from datetime import date, timedelta
from decimal import Decimal

from borging.demo import afspraakdatum, borgen_trajecten
from borging.models import Observatie, Streefwaarde
from trajecten.models import Status

# (indicator, beschrijving, eenheid, nulmeting, doel, [(maanden na de afspraak, waarde, stand, verhaal)])
STREEFWAARDEN = [
    (
        "Wachttijd tot het eerste gesprek",
        "Weken tussen de eerste vraag van een inwoner en het eerste gesprek met het wijkteam.",
        "weken",
        Decimal("6"),
        Decimal("2"),
        [
            (
                2,
                Decimal("5"),
                "Iets korter sinds de vaste inloop.",
                "Uitvoering: de inloop op dinsdag vangt de eenvoudige vragen op.",
            ),
            (
                5,
                Decimal("3"),
                "Op weg naar het doel.",
                "Een inwoner vertelde dat ze binnen twee weken iemand aan tafel had.",
            ),
        ],
    ),
    (
        "Inwoners die zich gehoord voelen",
        "Aandeel van het inwonerpanel dat zegt dat de gemeente naar hen luistert.",
        "%",
        Decimal("54"),
        Decimal("70"),
        [
            (3, Decimal("58"), "Licht gestegen.", "Ervaringsdeskundigen zitten nu aan tafel bij het casusoverleg."),
            (6, Decimal("63"), "Gestegen.", ""),
        ],
    ),
    (
        "Eén vast aanspreekpunt bij meervoudige vragen",
        "Gevolgd in verhalen van inwoners en professionals, niet in een getal.",
        "",
        None,
        None,
        [
            (
                3,
                None,
                "Werkt in twee van de vier wijken.",
                "Een gezin met schulden en zorgen om een kind had één contactpersoon; dat gaf rust.",
            ),
            (
                6,
                None,
                "Werkt in alle wijken.",
                "Professionals zeggen dat ze minder doorverwijzen en vaker samen aan tafel gaan.",
            ),
        ],
    ),
]


def laden(demo: dict) -> None:
    for traject in borgen_trajecten():
        _streefwaarden(traject, afspraakdatum(traject), afgerond=traject.status == Status.AFGEROND)


def _streefwaarden(traject, begin: date, *, afgerond: bool) -> list[Streefwaarde]:
    """Afgerond: the follow-up in between (the last state comes from the nazorggesprek). Still in
    Borgen: one first observation, three weeks after the agreement."""
    resultaat = []
    for indicator, beschrijving, eenheid, nulmeting, doel, volg in STREEFWAARDEN:
        streefwaarde, _ = Streefwaarde.objects.update_or_create(
            traject=traject,
            indicator=indicator,
            defaults={
                "beschrijving": beschrijving,
                "eenheid": eenheid,
                "nulmeting": nulmeting,
                "doel": doel,
                "afgesproken_op": begin,
            },
        )
        tussendoor = [(begin + timedelta(days=30 * m), w, st, v) for m, w, st, v in volg[:-1]]
        if not afgerond:
            tussendoor = [(begin + timedelta(weeks=3), *volg[0][1:])]
        for datum, waarde, stand, verhaal in tussendoor:
            Observatie.objects.get_or_create(
                streefwaarde=streefwaarde,
                datum=datum,
                nazorggesprek=None,
                defaults={"waarde": waarde, "stand": stand, "verhaal": verhaal},
            )
        resultaat.append(streefwaarde)
    return resultaat
