"""The synthesis matrix: codes × perspectives, rolled up through the code hierarchy.

A quote tagged with a child code counts once for the child and once for every ancestor (distinct
quotes and distinct deelnemers per cell, never taggings). The database counts, in one query
(``_tel``): Python only walks the code tree of the traject (a few hundred codes at most) and reads one
row per code and perspective, instead of every tagging (656 ms at 20,000 quotes when each came to
Python). A quote has one speaker and a speaker one perspective, so the row totals are the sums of
their cells. ``tests/ontwerp/test_synthese_gelijk.py`` keeps the counting in Python as the reference.
The counts are kept in the cache until a quote, tagging or deelnemer of the traject changes
(``_bewaard_tellen``).
"""

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection
from django.db.models import F, Q

from interviews.models import Citaat, Code, Deelnemer, Tagging
from interviews.tellingen import versies
from ontwerp.selectors.perspectief import perspectief_pad
from trajecten.models import Traject
from trajecten.models.starten import Perspectief

GROEPEN = [Code.Groep.HOOFDTHEMA, Code.Groep.UITGANGSPUNT, Code.Groep.SOORT, Code.Groep.TRAJECT]
VAAK = 3  # "heard often": at least this many quotes from one perspective
BEWAARTIJD = 24 * 3600  # a change of the traject makes a kept count unreachable before that
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
    aanwezig = set(
        Deelnemer.objects.filter(traject=traject).order_by().values_list(perspectief_pad(""), flat=True).distinct()
    )
    return [(waarde, label) for waarde, label in Perspectief.choices if waarde in aanwezig]


# The counts in one statement, over the taggings ``t`` as the ORM builds them (filters included):
# - a code without subcodes: its rows counted per speaker (``per_code``): a quote has at most one active
#   tagging per code and one speaker, so the rows are the quotes and the groups the speakers;
# - a code with subcodes, and for the highlight "Zowel dilemma als werkzaam element" every hoofdthema
#   and soort code: a flag per quote, "tagged with this code or one below it" (``per_citaat``), summed
#   per speaker (``per_spreker``, at most one row per deelnemer), so a quote counts once however many
#   codes of the subtree it carries.
# Hash aggregates on integers; what comes back is one row per code and perspective.
_TELLING = """
WITH t(citaat, code, spreker, perspectief) AS ({taggings}),
per_code AS (SELECT code, spreker, perspectief, COUNT(*) AS n FROM t GROUP BY code, spreker, perspectief),
per_citaat AS (SELECT citaat, spreker, perspectief{vlaggen} FROM t GROUP BY citaat, spreker, perspectief),
per_spreker AS (SELECT spreker, perspectief, COUNT(*) AS n{sommen} FROM per_citaat GROUP BY spreker, perspectief)
SELECT 'code', code, perspectief, SUM(n), COUNT(*) FROM per_code WHERE {bladeren} GROUP BY code, perspectief
UNION ALL
SELECT 'totaal', NULL, NULL, SUM(n), 0 FROM per_spreker"""
_VLAG = ", MAX(CASE WHEN code IN ({codes}) THEN 1 ELSE 0 END) AS f{i}"
_SOM = ", SUM(f{i}) AS n{i}"
_PAAR = ", MAX(f{h} * f{s}) AS p{h}_{s}"
_BOOM = """
UNION ALL
SELECT 'code', %s, perspectief, SUM(n{i}), SUM(CASE WHEN n{i} > 0 THEN 1 ELSE 0 END)
FROM per_spreker GROUP BY perspectief"""
_SAMEN = """
UNION ALL
SELECT 'samen', %s, perspectief, %s, MAX(p{h}_{s}) FROM per_spreker GROUP BY perspectief"""


def _plekken(waarden) -> str:
    return ", ".join(["%s"] * len(waarden))


@dataclass
class _Telling:
    cellen: dict = field(default_factory=dict)  # (code, perspective) -> (quotes, speakers)
    totaal: int = 0
    samen: dict = field(default_factory=dict)  # hoofdthema code -> soort codes


def _tel(*, codes: dict[int, Code], taggings, perspectieven: list[str], soorten: set[int]) -> _Telling:
    """The counts of the matrix, rolled up through ``codes``, in one query (see ``_TELLING``); Python
    walks only the code tree."""
    onder: dict[int, list[int]] = defaultdict(list)  # code -> itself and every code below it
    for pk in codes:
        for voorouder in _voorouders(pk, codes):
            onder[voorouder].append(pk)
    met_subcodes = [pk for pk in codes if len(onder[pk]) > 1]
    hoofdcodes = [pk for pk, c in codes.items() if c.groep == Code.Groep.HOOFDTHEMA]
    paren = [(h, s) for h in hoofdcodes for s in sorted(soorten)] if len(soorten) > 1 and perspectieven else []
    vlag = {pk: i for i, pk in enumerate(dict.fromkeys([*met_subcodes, *(pk for paar in paren for pk in paar)]))}

    rijen = taggings.order_by().values(
        c=F("citaat_id"), k=F("code_id"), s=F("citaat__spreker_id"), p=F(perspectief_pad("citaat__spreker"))
    )
    t_sql, t_params = rijen.query.sql_with_params()
    params = list(t_params)
    vlaggen = ""
    for pk, i in vlag.items():
        vlaggen += _VLAG.format(codes=_plekken(onder[pk]), i=i)
        params += onder[pk]
    sommen = "".join(_SOM.format(i=vlag[pk]) for pk in met_subcodes)
    sommen += "".join(_PAAR.format(h=vlag[h], s=vlag[s]) for h, s in paren)
    bladeren = f"code NOT IN ({_plekken(met_subcodes)})" if met_subcodes else "1 = 1"
    params += met_subcodes
    sql = _TELLING.format(taggings=t_sql, vlaggen=vlaggen, sommen=sommen, bladeren=bladeren)
    for pk in met_subcodes:
        sql += _BOOM.format(i=vlag[pk])
        params.append(pk)
    for h, s in paren:
        sql += _SAMEN.format(h=vlag[h], s=vlag[s])
        params += [h, s]

    telling = _Telling()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)  # placeholders only: every value is a parameter
        for soort, code, perspectief, a, b in cursor.fetchall():
            if soort == "code":
                telling.cellen[code, perspectief] = (int(a), int(b))
            elif soort == "totaal":
                telling.totaal = int(a or 0)
            elif b and perspectief in perspectieven:
                telling.samen.setdefault(code, set()).add(int(a))
    return telling


def _bewaard_tellen(*, traject: Traject, codes, filters: dict, perspectieven: list[str], soorten: set) -> _Telling:
    """``_tel``, kept in the cache per state of the traject (``interviews.tellingen.versies``: a quote,
    tagging or deelnemer of the traject that changes makes it count again) and per code tree, filter
    and perspectives; the time of a repeated view follows the number of codes only."""
    boom = sorted((pk, c.ouder_id, c.groep, c.actief) for pk, c in codes.items())
    gekozen = sorted((naam, getattr(waarde, "pk", waarde)) for naam, waarde in filters.items() if waarde)
    vingerafdruk = hashlib.blake2b(repr((boom, gekozen, perspectieven)).encode(), digest_size=16).hexdigest()
    sleutel = f"synthese:v1:{traject.pk}:{versies([traject])[traject.pk]}:{vingerafdruk}"
    telling = cache.get(sleutel)
    if telling is None:
        telling = _tel(
            codes=codes,
            taggings=taggings_gefilterd(traject=traject, filters=filters),
            perspectieven=perspectieven,
            soorten=soorten,
        )
        cache.set(sleutel, telling, BEWAARTIJD)
    return telling


def synthese(*, traject: Traject, filters: dict | None = None) -> Synthese:
    codes = _codes(traject)
    perspectieven = perspectieven_van(traject)
    soorten = {pk for pk, c in codes.items() if c.groep == Code.Groep.SOORT and c.actief}
    telling = _bewaard_tellen(
        traject=traject,
        codes=codes,
        filters=filters or {},
        perspectieven=[p for p, _ in perspectieven],
        soorten=soorten,
    )
    groepen = []
    for groep in GROEPEN:
        rijen = []
        for code in _geordend(codes, groep):
            cellen = [Cel(p, *telling.cellen.get((code.pk, p), (0, 0))) for p, _ in perspectieven]
            citaten = sum(c.citaten for c in cellen)
            if not code.actief and not citaten:
                continue
            rij = Rij(code, _diepte(code, codes), cellen, citaten, sum(c.deelnemers for c in cellen))
            rij.markeringen = _markeringen(rij, telling.samen.get(code.pk, set()), soorten, len(perspectieven))
            rijen.append(rij)
        groepen.append(Groep(groep, Code.Groep(groep).label, rijen))
    return Synthese(perspectieven, groepen, telling.totaal)


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


def _markeringen(rij: Rij, samen: set, soorten: set, aantal_perspectieven: int) -> list[str]:
    """``samen``: the soort codes that quotes of this row also carry (``_samen_met``)."""
    uit = []
    gehoord = [c for c in rij.cellen if c.citaten]
    if len(gehoord) == 1 and aantal_perspectieven > 1:
        uit.append(f"Alleen gehoord vanuit {Perspectief(gehoord[0].perspectief).label.lower()}")
    if rij.code.groep == Code.Groep.HOOFDTHEMA and len(soorten) > 1 and samen == soorten:
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
