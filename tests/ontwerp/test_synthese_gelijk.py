"""The synthesis counts in the database give exactly what the counting in Python gave.

``_synthese_in_python`` is the implementation before the counting moved into SQL (every active tagging
read into Python, sets per cell), kept here as the reference. Random but seeded factory data: a
three-level code tree (hoofdthema > subthema > traject code), traject codes at the root, inactive codes
with and without quotes, quotes tagged with a code and its ancestor, removed taggings, several
perspectives (one without quotes), and a second traject whose data must not leak in.
"""

import random
from collections import defaultdict

import pytest
from django.utils import timezone

from interviews.models import Code, Tagging
from ontwerp.selectors import synthese as selectors
from ontwerp.selectors.perspectief import perspectief_pad
from tests.factories import (
    CitaatFactory,
    CodeFactory,
    DeelnemerFactory,
    InterviewFactory,
    TrajectCodeFactory,
    TrajectFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def _synthese_in_python(*, traject, filters=None) -> selectors.Synthese:
    filters = filters or {}
    codes = selectors._codes(traject)
    perspectieven = selectors.perspectieven_van(traject)
    citaten_per_cel = defaultdict(set)
    deelnemers_per_cel = defaultdict(set)
    codes_per_citaat = defaultdict(set)
    alle_citaten = set()
    rijen_data = selectors.taggings_gefilterd(traject=traject, filters=filters).values_list(
        "citaat_id", "code_id", "citaat__spreker_id", perspectief_pad("citaat__spreker")
    )
    for citaat_id, code_id, spreker_id, perspectief in rijen_data:
        alle_citaten.add(citaat_id)
        for voorouder in selectors._voorouders(code_id, codes):
            citaten_per_cel[voorouder, perspectief].add(citaat_id)
            deelnemers_per_cel[voorouder, perspectief].add(spreker_id)
            codes_per_citaat[citaat_id].add(voorouder)
    soorten = {pk for pk, c in codes.items() if c.groep == Code.Groep.SOORT and c.actief}
    groepen = []
    for groep in selectors.GROEPEN:
        rijen = []
        for code in selectors._geordend(codes, groep):
            cellen = [
                selectors.Cel(p, len(citaten_per_cel[code.pk, p]), len(deelnemers_per_cel[code.pk, p]))
                for p, _ in perspectieven
            ]
            citaten = set().union(*(citaten_per_cel[code.pk, p] for p, _ in perspectieven))
            deelnemers = set().union(*(deelnemers_per_cel[code.pk, p] for p, _ in perspectieven))
            if not code.actief and not citaten:
                continue
            rij = selectors.Rij(code, selectors._diepte(code, codes), cellen, len(citaten), len(deelnemers))
            uit = []
            gehoord = [c for c in rij.cellen if c.citaten]
            if len(gehoord) == 1 and len(perspectieven) > 1:
                uit.append(f"Alleen gehoord vanuit {selectors.Perspectief(gehoord[0].perspectief).label.lower()}")
            if rij.code.groep == Code.Groep.HOOFDTHEMA and len(soorten) > 1:
                samen = set().union(*(codes_per_citaat[c] & soorten for c in citaten)) if citaten else set()
                if samen == soorten:
                    uit.append("Zowel dilemma als werkzaam element")
            per = {c.perspectief: c.citaten for c in rij.cellen}
            if per.get("uitvoering", 0) >= selectors.VAAK and per.get("bestuur") == 0:
                uit.append("Vaak gehoord in de uitvoering, nooit in het bestuur")
            rij.markeringen = uit
            rijen.append(rij)
        groepen.append(selectors.Groep(groep, Code.Groep(groep).label, rijen))
    return selectors.Synthese(perspectieven, groepen, len(alle_citaten))


def _vlak(data: selectors.Synthese):
    """Everything the page shows, as plain values."""
    return (
        data.perspectieven,
        data.aantal_citaten,
        [
            (
                g.groep,
                g.label,
                [
                    (
                        r.code.pk,
                        r.diepte,
                        [(c.perspectief, c.citaten, c.deelnemers) for c in r.cellen],
                        r.citaten,
                        r.deelnemers,
                        r.markeringen,
                    )
                    for r in g.rijen
                ],
            )
            for g in data.groepen
        ],
    )


def _vul(traject, rng, codes, taggers, aantal=150):
    """Deelnemers in three perspectives (plus one without quotes), interviews, tagged quotes."""
    sprekers = [
        DeelnemerFactory(traject=traject, perspectief=p, pseudoniem=f"{p.capitalize()} {i}")
        for i, p in enumerate(["uitvoering", "uitvoering", "uitvoering", "bestuur", "inwoner", "inwoner"])
    ]
    DeelnemerFactory(traject=traject, perspectief="beleid", pseudoniem="Beleid 9")  # no quotes: empty cells
    interviews = [
        InterviewFactory(traject=traject, deelnemer_a=a, deelnemer_b=b)
        for a, b in [(sprekers[0], sprekers[3]), (sprekers[1], sprekers[4]), (sprekers[2], sprekers[5])]
    ]
    taggings = []
    for _ in range(aantal):
        interview = rng.choice(interviews)
        citaat = CitaatFactory(interview=interview, spreker=rng.choice([interview.deelnemer_a, interview.deelnemer_b]))
        for code in {c.pk: c for c in rng.sample(codes, rng.choice([0, 1, 1, 2, 3, 4]))}.values():
            taggings.append(
                Tagging(
                    citaat=citaat,
                    code=code,
                    door=rng.choice(taggers),
                    verwijderd_op=timezone.now() if rng.random() < 0.1 else None,
                )
            )
    Tagging.objects.bulk_create(taggings)
    return interviews


@pytest.fixture
def rijk_traject():
    rng = random.Random(20261130)
    gedeeld = {c.naam: c for c in Code.objects.filter(traject=None)}
    traject = TrajectFactory(titel="Rijk traject")
    ander = TrajectFactory(titel="Ander traject")
    basis = CodeFactory(groep="hoofdthema", naam="Basis op orde", ouder=gedeeld["Rust en regie"])
    dieper = TrajectCodeFactory(traject=traject, naam="Wachttijden", ouder=basis)
    los = TrajectCodeFactory(traject=traject, naam="Eigen thema")
    onder_los = TrajectCodeFactory(traject=traject, naam="Onder eigen thema", ouder=los)
    oud_met = CodeFactory(groep="uitgangspunt", naam="Oud met citaten", actief=False)
    CodeFactory(groep="uitgangspunt", naam="Oud zonder citaten", actief=False)
    vreemd = TrajectCodeFactory(traject=ander, naam="Van een ander")
    codes = [*gedeeld.values(), basis, dieper, dieper, dieper, los, onder_los, oud_met]
    taggers = [UserFactory(naam=f"Tagger {i}") for i in range(3)]
    interviews = _vul(traject, rng, codes, taggers)
    _vul(ander, rng, [*gedeeld.values(), vreemd], taggers, aantal=40)
    return {
        "traject": traject,
        "interviews": interviews,
        "taggers": taggers,
        "soorten": [gedeeld["Dilemma/uitdaging"], gedeeld["Werkzaam element"]],
    }


def test_database_telt_als_python_zonder_filters(rijk_traject):
    traject = rijk_traject["traject"]
    verwacht = _synthese_in_python(traject=traject)
    assert verwacht.aantal_citaten > 50
    assert any(r.markeringen for r in verwacht.rijen)  # the data exercises the highlights
    assert any(r.diepte == 2 for r in verwacht.rijen)
    assert _vlak(selectors.synthese(traject=traject)) == _vlak(verwacht)


@pytest.mark.parametrize(
    "kies",
    [
        lambda d: {"interview": d["interviews"][0]},
        lambda d: {"soort": d["soorten"][0]},
        lambda d: {"soort": d["soorten"][1]},
        lambda d: {"door": d["taggers"][1]},
        lambda d: {"interview": d["interviews"][2], "soort": d["soorten"][0], "door": d["taggers"][0]},
    ],
    ids=["interview", "soort-dilemma", "soort-werkzaam", "door", "alles"],
)
def test_database_telt_als_python_met_filters(rijk_traject, kies):
    traject = rijk_traject["traject"]
    filters = kies(rijk_traject)
    assert _vlak(selectors.synthese(traject=traject, filters=filters)) == _vlak(
        _synthese_in_python(traject=traject, filters=filters)
    )


def test_database_telt_als_python_zonder_taggings(traject):
    DeelnemerFactory(traject=traject, perspectief="bestuur")
    assert _vlak(selectors.synthese(traject=traject)) == _vlak(_synthese_in_python(traject=traject))


def test_database_telt_als_python_op_de_matrix_fixture(traject, matrix):
    assert _vlak(selectors.synthese(traject=traject)) == _vlak(_synthese_in_python(traject=traject))
