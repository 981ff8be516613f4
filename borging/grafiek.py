"""Small server-rendered SVG charts: the follow-up of a streefwaarde and the evaluation's scales.

Only coordinates are computed here; the templates draw them. Every chart sits next to a table with
the same numbers, which is its text alternative.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

BREEDTE, HOOGTE = 360, 150
LINKS, RECHTS, BOVEN, ONDER = 48, 12, 12, 26


@dataclass
class Lijngrafiek:
    breedte: int
    hoogte: int
    pad: str  # a step line through the points
    punten: list[tuple[float, float, str]]  # x, y, label
    doel_y: float | None
    y_labels: list[tuple[float, str]]
    x_labels: list[tuple[float, str]]


def _getal(waarde: Decimal) -> str:
    tekst = f"{waarde:.2f}".rstrip("0").rstrip(".")
    return tekst.replace(".", ",")


def volg_grafiek(streefwaarde, observaties) -> Lijngrafiek | None:
    """A step chart of the measured values (the nulmeting first, when it has a date), with the target
    as a dashed line. None when there is nothing to draw: fewer than one number."""
    reeks: list[tuple[date, Decimal, str]] = []
    if streefwaarde.nulmeting is not None:
        begin = streefwaarde.afgesproken_op or next((o.datum for o in observaties), None)
        if begin is not None:
            reeks.append((begin, streefwaarde.nulmeting, "nulmeting"))
    reeks += [(o.datum, o.waarde, f"{o.datum:%d-%m-%Y}") for o in observaties if o.waarde is not None]
    if not reeks:
        return None
    reeks.sort(key=lambda punt: punt[0])
    waarden = [w for _, w, _ in reeks] + ([streefwaarde.doel] if streefwaarde.doel is not None else [])
    laag, hoog = min(waarden), max(waarden)
    if laag == hoog:
        laag, hoog = laag - 1, hoog + 1
    eerste, laatste = reeks[0][0], reeks[-1][0]
    dagen = max((laatste - eerste).days, 1)
    binnen_b, binnen_h = BREEDTE - LINKS - RECHTS, HOOGTE - BOVEN - ONDER

    def x(dag: date) -> float:
        if eerste == laatste:
            return LINKS + binnen_b / 2
        return round(LINKS + binnen_b * (dag - eerste).days / dagen, 1)

    def y(waarde: Decimal) -> float:
        return round(BOVEN + binnen_h * float((hoog - waarde) / (hoog - laag)), 1)

    punten = [(x(d), y(w), f"{label}: {_getal(w)}") for d, w, label in reeks]
    delen = [f"M{punten[0][0]} {punten[0][1]}"]
    for (_, vorige_y, _), (px, py, _) in zip(punten, punten[1:], strict=False):
        delen.append(f"H{px} V{py}" if vorige_y != py else f"H{px}")
    return Lijngrafiek(
        breedte=BREEDTE,
        hoogte=HOOGTE,
        pad=" ".join(delen),
        punten=punten,
        doel_y=y(streefwaarde.doel) if streefwaarde.doel is not None else None,
        y_labels=[(y(hoog), _getal(hoog)), (y(laag), _getal(laag))],
        x_labels=[(x(eerste), f"{eerste:%m-%Y}"), (x(laatste), f"{laatste:%m-%Y}")] if eerste != laatste else [],
    )


@dataclass
class Balk:
    x: float
    breedte: float
    kleur: str
    aantal: int
    waarde: int


# Five steps from light to dark blue; each differs clearly from its neighbours and from white.
SCHAAL_KLEUREN = ["#d7e6f5", "#9cc0e6", "#5b92cf", "#2c64a8", "#15386b"]


def verdeling_balken(verdeling: list[int], breedte: int = 300) -> list[Balk]:
    """A stacked bar of how many answered 1..5; empty when nobody answered the question."""
    totaal = sum(verdeling)
    if not totaal:
        return []
    balken, x = [], 0.0
    for index, aantal in enumerate(verdeling):
        deel = round(breedte * aantal / totaal, 1)
        if aantal:
            balken.append(Balk(x=x, breedte=deel, kleur=SCHAAL_KLEUREN[index], aantal=aantal, waarde=index + 1))
        x = round(x + deel, 1)
    return balken
