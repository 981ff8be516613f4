"""The synthesis matrix: codes × perspectives, rolled up through the code hierarchy.

Counting happens in Python over one query of the active taggings, so the page costs the same few
queries for 20 or 2,000 quotes. A quote tagged with a child code counts once for the child and once for
every ancestor (distinct quotes and distinct deelnemers per cell, never taggings).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from interviews.models import Citaat, Code, Deelnemer, Tagging
from ontwerp.selectors.perspectief import perspectief_pad
from trajecten.models import Traject
from trajecten.models.starten import Perspectief

GROEPEN = [Code.Groep.HOOFDTHEMA, Code.Groep.UITGANGSPUNT, Code.Groep.SOORT, Code.Groep.TRAJECT]
VAAK = 3  # "heard often": at least this many quotes from one perspective
PALET = ["#1f6f8b", "#7a4b94", "#2e7d32", "#8a1c00", "#5b4a00", "#00695c", "#4b5563"]


@dataclass
class Cel:
    perspectief: str
    citaten: int = 0
    deelnemers: int = 0


@dataclass
class Rij:
    code: Code
    diepte: int
    cellen: list[Cel]
    citaten: int = 0
    deelnemers: int = 0
    markeringen: list[str] = field(default_factory=list)


@dataclass
class Groep:
    groep: str
    label: str
    rijen: list[Rij]


@dataclass
class Synthese:
    perspectieven: list[tuple[str, str]]
    groepen: list[Groep]
    aantal_citaten: int

    @property
    def rijen(self) -> list[Rij]:
        return [rij for groep in self.groepen for rij in groep.rijen]


def _codes(traject: Traject) -> dict[int, Code]:
    return {
        c.pk: c
        for c in Code.objects.filter(Q(traject=None) | Q(traject=traject)).order_by("groep", "volgorde", "naam", "pk")
    }


def _voorouders(code_id: int, codes: dict[int, Code]) -> list[int]:
    """The code itself and every ancestor within ``codes`` (a cycle cannot loop forever)."""
    uit = []
    while code_id in codes and code_id not in uit:
        uit.append(code_id)
        code_id = codes[code_id].ouder_id
    return uit


def taggings_gefilterd(*, traject: Traject, filters: dict):
    """The active taggings of the traject's quotes, narrowed by interview, soort and tagger."""
    qs = Tagging.objects.filter(citaat__interview__traject=traject, verwijderd_op__isnull=True)
    if filters.get("interview"):
        qs = qs.filter(citaat__interview=filters["interview"])
    if filters.get("soort"):
        met_soort = Tagging.objects.filter(code=filters["soort"], verwijderd_op__isnull=True).values("citaat_id")
        qs = qs.filter(citaat_id__in=met_soort)
    if filters.get("door"):
        qs = qs.filter(door=filters["door"])
    return qs


def perspectieven_van(traject: Traject) -> list[tuple[str, str]]:
    """The perspectives of the traject's deelnemers, in the order of ``Perspectief``."""
    aanwezig = set(Deelnemer.objects.filter(traject=traject).values_list(perspectief_pad(""), flat=True))
    return [(waarde, label) for waarde, label in Perspectief.choices if waarde in aanwezig]


def synthese(*, traject: Traject, filters: dict | None = None) -> Synthese:
    filters = filters or {}
    codes = _codes(traject)
    perspectieven = perspectieven_van(traject)
    citaten_per_cel = defaultdict(set)  # (code_id, perspectief) -> citaat ids
    deelnemers_per_cel = defaultdict(set)
    codes_per_citaat = defaultdict(set)
    alle_citaten = set()
    rijen_data = taggings_gefilterd(traject=traject, filters=filters).values_list(
        "citaat_id", "code_id", "citaat__spreker_id", perspectief_pad("citaat__spreker")
    )
    for citaat_id, code_id, spreker_id, perspectief in rijen_data:
        alle_citaten.add(citaat_id)
        for voorouder in _voorouders(code_id, codes):
            citaten_per_cel[voorouder, perspectief].add(citaat_id)
            deelnemers_per_cel[voorouder, perspectief].add(spreker_id)
            codes_per_citaat[citaat_id].add(voorouder)
    soorten = {pk for pk, c in codes.items() if c.groep == Code.Groep.SOORT and c.actief}
    groepen = []
    for groep in GROEPEN:
        rijen = []
        for code in _geordend(codes, groep):
            cellen = [
                Cel(p, len(citaten_per_cel[code.pk, p]), len(deelnemers_per_cel[code.pk, p])) for p, _ in perspectieven
            ]
            citaten = set().union(*(citaten_per_cel[code.pk, p] for p, _ in perspectieven))
            deelnemers = set().union(*(deelnemers_per_cel[code.pk, p] for p, _ in perspectieven))
            if not code.actief and not citaten:
                continue
            rij = Rij(code, _diepte(code, codes), cellen, len(citaten), len(deelnemers))
            rij.markeringen = _markeringen(rij, citaten, codes_per_citaat, soorten, len(perspectieven))
            rijen.append(rij)
        groepen.append(Groep(groep, Code.Groep(groep).label, rijen))
    return Synthese(perspectieven, groepen, len(alle_citaten))


def _geordend(codes: dict[int, Code], groep: str) -> list[Code]:
    """The codes of one group, each followed by its children (depth first)."""
    in_groep = [c for c in codes.values() if c.groep == groep]
    pks = {c.pk for c in in_groep}
    kinderen = defaultdict(list)
    for c in in_groep:
        kinderen[c.ouder_id if c.ouder_id in pks else None].append(c)
    uit, gezien = [], set()

    def bezoek(ouder_id):
        for kind in kinderen[ouder_id]:
            if kind.pk not in gezien:
                gezien.add(kind.pk)
                uit.append(kind)
                bezoek(kind.pk)

    bezoek(None)
    return uit


def _diepte(code: Code, codes: dict[int, Code]) -> int:
    return len([pk for pk in _voorouders(code.pk, codes) if codes[pk].groep == code.groep]) - 1


def _markeringen(rij: Rij, citaten: set, codes_per_citaat, soorten: set, aantal_perspectieven: int) -> list[str]:
    uit = []
    gehoord = [c for c in rij.cellen if c.citaten]
    if len(gehoord) == 1 and aantal_perspectieven > 1:
        uit.append(f"Alleen gehoord vanuit {Perspectief(gehoord[0].perspectief).label.lower()}")
    if rij.code.groep == Code.Groep.HOOFDTHEMA and len(soorten) > 1:
        samen = set().union(*(codes_per_citaat[c] & soorten for c in citaten)) if citaten else set()
        if samen == soorten:
            uit.append("Zowel dilemma als werkzaam element")
    per = {c.perspectief: c.citaten for c in rij.cellen}
    if per.get(Perspectief.UITVOERING, 0) >= VAAK and per.get(Perspectief.BESTUUR) == 0:
        uit.append("Vaak gehoord in de uitvoering, nooit in het bestuur")
    return uit


def zichtbare_codes(traject: Traject) -> list[Code]:
    """The codes a cell of this traject's matrix may be about: shared codes and its own traject codes."""
    return list(_codes(traject).values())


def nakomelingen(code: Code, traject: Traject) -> list[int]:
    """The code and every code below it (visible on this traject)."""
    codes = _codes(traject)
    return [pk for pk in codes if code.pk in _voorouders(pk, codes)]


def cel_citaten(*, traject: Traject, code: Code, perspectief: str, filters: dict):
    """The quotes behind one cell: tagged with the code or a descendant, spoken from that perspective."""
    taggings = taggings_gefilterd(traject=traject, filters=filters).filter(code_id__in=nakomelingen(code, traject))
    return (
        Citaat.objects.filter(pk__in=taggings.values("citaat_id"), **{perspectief_pad("spreker"): perspectief})
        .select_related("interview", "spreker__betrokkene")
        .order_by("interview__datum", "interview_id", "begin", "pk")
    )


@dataclass
class Balk:
    x: float
    breedte: float
    kleur: str
    label: str
    aantal: int


@dataclass
class GrafiekRij:
    y: float
    naam: str
    balken: list[Balk]
    totaal: int


GRAFIEK_LABEL = 220
GRAFIEK_BREEDTE = 420
GRAFIEK_RIJ = 22


def grafiek(data: Synthese, groep: str = Code.Groep.HOOFDTHEMA) -> dict:
    """Stacked bars (quotes per perspective) for the codes of one group, for a server-rendered SVG."""
    rijen = next((g.rijen for g in data.groepen if g.groep == groep), [])
    kleuren = {p: PALET[i % len(PALET)] for i, (p, _) in enumerate(data.perspectieven)}
    labels = dict(data.perspectieven)
    maximum = max([sum(c.citaten for c in r.cellen) for r in rijen] + [1])
    schaal = GRAFIEK_BREEDTE / maximum
    uit = []
    for i, rij in enumerate(rijen):
        x = GRAFIEK_LABEL
        balken = []
        for cel in rij.cellen:
            if cel.citaten:
                breedte = cel.citaten * schaal
                balken.append(Balk(x, breedte, kleuren[cel.perspectief], labels[cel.perspectief], cel.citaten))
                x += breedte
        uit.append(GrafiekRij(i * GRAFIEK_RIJ + 10, str(rij.code.naam), balken, sum(c.citaten for c in rij.cellen)))
    legenda = [(kleuren[p], label) for p, label in data.perspectieven]
    hoogte = len(uit) * GRAFIEK_RIJ + 20 + 22 * len(legenda)
    return {
        "rijen": uit,
        "legenda": [(kleur, label, len(uit) * GRAFIEK_RIJ + 20 + 22 * i) for i, (kleur, label) in enumerate(legenda)],
        "breedte": GRAFIEK_LABEL + GRAFIEK_BREEDTE + 40,
        "hoogte": hoogte,
        "label_x": GRAFIEK_LABEL - 8,
    }
