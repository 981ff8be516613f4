"""Cohen's kappa: agreement between two coders beyond what chance would give. Pure, no Django.

kappa = (p_o - p_e) / (1 - p_e), with p_o the observed share of units on which both coders agree and
p_e the agreement expected by chance from each coder's own label frequencies. When p_e is 1 (both
coders gave every unit the same single label) the fraction is 0/0: kappa is then undefined, and we
say so ("niet te berekenen") instead of inventing a number.
"""

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

_SCHAAL = [
    (0.999, "volledig eens"),
    (0.81, "bijna volledig eens"),
    (0.61, "grotendeels eens"),
    (0.41, "redelijk eens"),
    (0.21, "matig eens"),
    (0.01, "nauwelijks meer eens dan toeval"),
]


@dataclass(frozen=True)
class Kappa:
    n: int
    p_o: float | None
    p_e: float | None
    waarde: float | None

    @property
    def te_berekenen(self) -> bool:
        return self.waarde is not None

    @property
    def in_woorden(self) -> str:
        """The number in words (after Landis & Koch), shown next to it for readers who do not know kappa."""
        if self.n == 0:
            return "nog geen beoordelingen"
        if self.waarde is None:
            return "niet te berekenen: alle beoordelingen gelijk"
        for grens, woorden in _SCHAAL:
            if self.waarde >= grens:
                return woorden
        return "niet meer eens dan toeval"

    def __str__(self) -> str:
        return f"{self.waarde:.2f}".replace(".", ",") if self.waarde is not None else "niet te berekenen"


def cohens_kappa(paren: Iterable[tuple[Hashable, Hashable]]) -> Kappa:
    """Kappa over ``(label coder 1, label coder 2)`` pairs, one pair per unit (any hashable labels)."""
    return cohens_kappa_uit_tellingen(Counter(paren))


def cohens_kappa_uit_tellingen(tabel: Mapping[tuple[Hashable, Hashable], int]) -> Kappa:
    """Kappa from the contingency table {(label coder 1, label coder 2): number of units}: the same
    number as ``cohens_kappa`` without one pair object per unit (50,000 reviews in a large traject)."""
    n = sum(tabel.values())
    if n == 0:
        return Kappa(n=0, p_o=None, p_e=None, waarde=None)
    p_o = sum(aantal for (a, b), aantal in tabel.items() if a == b) / n
    eerste, tweede = Counter(), Counter()
    for (a, b), aantal in tabel.items():
        eerste[a] += aantal
        tweede[b] += aantal
    p_e = sum(eerste[label] * tweede[label] for label in eerste.keys() | tweede.keys()) / (n * n)
    if abs(1 - p_e) < 1e-12:
        return Kappa(n=n, p_o=p_o, p_e=p_e, waarde=None)
    return Kappa(n=n, p_o=p_o, p_e=p_e, waarde=(p_o - p_e) / (1 - p_e))
