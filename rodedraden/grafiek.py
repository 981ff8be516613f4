"""Server-rendered horizontal bar charts for the rode draden; the table beside each is its text alternative."""

from dataclasses import dataclass

LABEL_BREEDTE, STAAF_BREEDTE, RIJ_HOOGTE = 260, 300, 24


@dataclass
class Staaf:
    label: str
    waarde: int
    y: int
    breedte: float


@dataclass
class Staafgrafiek:
    breedte: int
    hoogte: int
    label_breedte: int
    staven: list[Staaf]


def staven(rijen: list[tuple[str, int]], maximum: int | None = None) -> Staafgrafiek | None:
    """One bar per (label, value), scaled to ``maximum`` (default: the largest value). None if empty."""
    if not rijen:
        return None
    top = max(maximum or 0, *(w for _, w in rijen), 1)
    lijst = [
        Staaf(label=label[:40], waarde=waarde, y=i * RIJ_HOOGTE, breedte=round(STAAF_BREEDTE * waarde / top, 1))
        for i, (label, waarde) in enumerate(rijen)
    ]
    return Staafgrafiek(
        breedte=LABEL_BREEDTE + STAAF_BREEDTE + 40,
        hoogte=len(lijst) * RIJ_HOOGTE,
        label_breedte=LABEL_BREEDTE,
        staven=lijst,
    )
