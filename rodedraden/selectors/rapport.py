"""Reads of the rode draden: the figures, quotes and reflections across trajecten, in a fixed number of queries.

``rode_draden`` returns plain data (lists, dicts, strings, numbers) so that a vastgestelde version can
keep it as its snapshot (``Rapportversie.momentopname``) and the page, the print view and the PDF
render the live report and a frozen one with the same templates.

Two rules for what leaves the team hold here:

- only quotes whose speaker consented to the landelijk rapport count or appear
  (``citaten_voor_uitvoer(reikwijdte=LANDELIJK)``), and only their released text is shown;
- a traject is named beside an inzicht, quote or reflection only when the team chose so for that
  traject (``genoemd``); deelnemers appear by perspective only, never by name or pseudonym.
"""

import copy
from collections import defaultdict

from django.core.cache import cache
from django.db.models import Case, Count, IntegerField, Q, Value, When

from interviews.models import Code, Tagging
from interviews.models.interviews import Reikwijdte
from interviews.selectors.uitvoer import citaten_voor_uitvoer
from interviews.tellingen import versies
from ontwerp.models import Inzicht, InzichtCitaat
from rodedraden.models import Rapportversie, Reflectie
from trajecten.data.tabel1 import TRAJECTEN as TABEL1
from trajecten.models import Status, Traject
from trajecten.models.starten import Perspectief

VOORBEELDEN_PER_GROEP = 3
BEWAARTIJD = 24 * 3600  # counts per traject; a change of the traject makes them unreachable before that


def tabel1_volgorde():
    """Order expressions for trajecten as in Tabel 1: its nine by number, later ones by start date."""
    positie = Case(
        *[When(titel=rij[1], then=Value(rij[0])) for rij in TABEL1],
        default=Value(len(TABEL1) + 1),
        output_field=IntegerField(),
    )
    return [positie, "geplande_start", "pk"]


def trajecten_voor_keuze():
    """Every traject the team can put in the report, in Tabel 1 order."""
    return Traject.objects.order_by(*tabel1_volgorde())


def standaard_keuze() -> list[int]:
    """Without a choice: all afgeronde trajecten."""
    return list(
        Traject.objects.filter(status=Status.AFGEROND).order_by(*tabel1_volgorde()).values_list("pk", flat=True)
    )


def _trajecten(ids) -> list[Traject]:
    return list(
        Traject.objects.filter(pk__in=ids).prefetch_related("gemeenten", "beleidsthemas").order_by(*tabel1_volgorde())
    )


def _tabel1(trajecten, genoemd) -> list[dict]:
    return [
        {
            "pk": t.pk,
            "titel": t.titel,
            "gemeenten": ", ".join(g.naam for g in t.gemeenten.all()),
            "status": t.get_status_display(),
            "vraagstuk": t.vraagstuk,
            "beleidsthemas": ", ".join(b.naam for b in t.beleidsthemas.all()),
            "genoemd": t.pk in genoemd,
        }
        for t in trajecten
    ]


class _Codes:
    """The codes of the three shared groups (and the selected trajecten's own codes under them)."""

    def __init__(self, ids):
        self.per_pk = {
            c.pk: c
            for c in Code.objects.filter(
                Q(traject=None) | Q(traject__in=ids),
                groep__in=[Code.Groep.HOOFDTHEMA, Code.Groep.UITGANGSPUNT, Code.Groep.SOORT],
            ).order_by("groep", "volgorde", "naam", "pk")
        }

    def gedeeld(self, pk):
        """The nearest shared code: a traject's own code counts as the shared code it hangs under."""
        code = self.per_pk.get(pk)
        while code is not None and code.traject_id is not None:
            code = self.per_pk.get(code.ouder_id)
        return code

    def wortel(self, code):
        while code is not None and code.ouder_id is not None:
            code = self.per_pk.get(code.ouder_id)
        return code

    def label(self, code) -> str:
        namen = []
        while code is not None:
            namen.append(code.naam)
            code = self.per_pk.get(code.ouder_id)
        return " > ".join(reversed(namen))

    def hoofdcodes(self, groep) -> list[Code]:
        return [c for c in self.per_pk.values() if c.groep == groep and c.traject_id is None and c.ouder_id is None]


def _naam(traject_pk, titels, genoemd):
    return titels[traject_pk] if traject_pk in genoemd else None


def _groepen(inzichten, onderbouwing, citaten, code_van_citaat, codes, titels, genoemd) -> dict:
    """{(hoofdthema pk, soort pk): {code pk: group}}; each inzicht under every code its quotes touch
    within its own hoofdthema, or under the hoofdthema itself when they touch none."""
    groepen: dict = defaultdict(dict)
    for inzicht in inzichten:
        eigen = [citaten[c] for c in onderbouwing.get(inzicht.pk, []) if c in citaten]
        doel = {
            code.pk: code
            for citaat in eigen
            for code in (codes.gedeeld(pk) for pk in code_van_citaat.get(citaat.pk, ()))
            if code is not None and code.ouder_id and codes.wortel(code).pk == inzicht.hoofdthema_id
        }
        if not doel:
            doel = {inzicht.hoofdthema_id: codes.per_pk[inzicht.hoofdthema_id]}
        for code in doel.values():
            groep = groepen[(inzicht.hoofdthema_id, inzicht.soort_id)].setdefault(
                code.pk,
                {
                    "code": codes.label(code) if code.ouder_id else f"{code.naam} (algemeen)",
                    "kleur": code.kleur,
                    "inzichten": [],
                    "trajecten": set(),
                    "citaten": {},
                },
            )
            groep["inzichten"].append({"titel": inzicht.titel, "traject": _naam(inzicht.traject_id, titels, genoemd)})
            groep["trajecten"].add(inzicht.traject_id)
            for citaat in eigen:
                groep["citaten"][citaat.pk] = citaat
    return groepen


def _voorbeelden(vrijgegeven) -> list:
    """Up to ``VOORBEELDEN_PER_GROEP`` released quotes, first one of each perspective (in the order given)."""
    gekozen, gezien = [], set()
    for citaat in vrijgegeven:
        if citaat.spreker.perspectief not in gezien:
            gekozen.append(citaat)
            gezien.add(citaat.spreker.perspectief)
    gekozen += [c for c in vrijgegeven if c not in gekozen]
    return gekozen[:VOORBEELDEN_PER_GROEP]


def _groep_uit(groep) -> dict:
    per_perspectief: dict[str, int] = defaultdict(int)
    for citaat in groep["citaten"].values():
        per_perspectief[citaat.spreker.perspectief] += 1
    perspectieven = [
        {"naam": label, "aantal": per_perspectief[waarde]}
        for waarde, label in Perspectief.choices
        if per_perspectief[waarde]
    ]
    voorbeelden = _voorbeelden([c for c in groep["citaten"].values() if c.vrijgegeven])
    return {
        "code": groep["code"],
        "kleur": groep["kleur"],
        "aantal_inzichten": len(groep["inzichten"]),
        "aantal_trajecten": len(groep["trajecten"]),
        "aantal_citaten": len(groep["citaten"]),
        "perspectieven": perspectieven,
        "inzichten": groep["inzichten"],
        "citaten": [
            {"tekst": c.vrijgegeven_tekst, "perspectief": c.spreker.get_perspectief_display(), "traject": c._naam}
            for c in voorbeelden
        ],
    }


def _reflecties(ids, codes, titels, genoemd) -> tuple[dict, dict]:
    """({hoofdthema pk: [reflection]}, {uitgangspunt pk: number of reflections tagged with it})."""
    per_hoofdthema: dict = defaultdict(list)
    uitgangspunten: dict = defaultdict(int)
    for reflectie in Reflectie.objects.filter(traject__in=ids).prefetch_related("codes").order_by("traject", "pk"):
        wortels = {codes.wortel(codes.gedeeld(c.pk)) for c in reflectie.codes.all()} - {None}
        tekst = {
            "traject": _naam(reflectie.traject_id, titels, genoemd),
            "wat_werkte": reflectie.wat_werkte,
            "dilemmas": reflectie.dilemmas,
            "advies": reflectie.advies,
            "codes": sorted(codes.label(c) for c in reflectie.codes.all() if c.traject_id is None),
        }
        for wortel in wortels:
            if wortel.groep == Code.Groep.HOOFDTHEMA:
                per_hoofdthema[wortel.pk].append(tekst)
            elif wortel.groep == Code.Groep.UITGANGSPUNT:
                uitgangspunten[wortel.pk] += 1
    return per_hoofdthema, uitgangspunten


def _uitgangspunt_tellingen(trajecten, uitgangspunten) -> dict[int, dict[int, int]]:
    """{traject pk: {uitgangspunt pk: quotes that may go into the landelijk rapport, tagged with it or a
    subcode}}, per traject from the cache (``interviews.tellingen.versies``: forgotten when a quote,
    tagging or deelnemer of the traject changes), the missing trajecten in one query.

    The codes by id, each mapped to its uitgangspunt, rather than a join on the code's group: the planner
    then knows how many taggings each has (~50,000 for the popular ones nationally) and hashes; the join
    made it expect a few hundred and loop through every tagging (1.5 s)."""
    wortels = {c.pk: c.ouder_id or c.pk for c in uitgangspunten}
    boom = ",".join(f"{pk}>{w}" for pk, w in sorted(wortels.items()))
    sleutels = {pk: f"rodedraden-uitgangspunten:v1:{pk}:{v}:{boom}" for pk, v in versies(trajecten).items()}
    bewaard = cache.get_many(list(sleutels.values()))
    uit = {pk: bewaard[sleutel] for pk, sleutel in sleutels.items() if sleutel in bewaard}
    missend = [pk for pk in sleutels if pk not in uit]
    if missend and wortels:
        toegestaan = citaten_voor_uitvoer(reikwijdte=Reikwijdte.LANDELIJK, alleen_vrijgegeven=False).filter(
            interview__traject__in=missend
        )
        wortel = Case(*[When(code_id=pk, then=Value(w)) for pk, w in wortels.items()], output_field=IntegerField())
        rijen = (
            Tagging.objects.filter(
                verwijderd_op__isnull=True, code_id__in=list(wortels), citaat__in=toegestaan.values("pk")
            )
            .annotate(wortel=wortel)
            .values("citaat__interview__traject", "wortel")
            .annotate(citaten=Count("citaat", distinct=True))
            .order_by()
        )
        for rij in rijen:
            uit.setdefault(rij["citaat__interview__traject"], {})[rij["wortel"]] = rij["citaten"]
    nieuw = {pk: uit.setdefault(pk, {}) for pk in missend}
    cache.set_many({sleutels[pk]: telling for pk, telling in nieuw.items()}, BEWAARTIJD)
    return uit


def _uitgangspunten(trajecten, codes, reflecties_per_code) -> list[dict]:
    uitgangspunten = [c for c in codes.per_pk.values() if c.groep == Code.Groep.UITGANGSPUNT]
    per_traject = _uitgangspunt_tellingen(trajecten, uitgangspunten)
    return [
        {
            "naam": code.naam,
            "kleur": code.kleur,
            # A quote belongs to one traject: the sum over trajecten counts every quote once.
            "citaten": sum(telling.get(code.pk, 0) for telling in per_traject.values()),
            "trajecten": sum(1 for telling in per_traject.values() if telling.get(code.pk)),
            "reflecties": reflecties_per_code.get(code.pk, 0),
        }
        for code in codes.hoofdcodes(Code.Groep.UITGANGSPUNT)
    ]


def rode_draden(*, traject_ids, genoemd_ids=()) -> dict:
    """The rode draden over these trajecten as plain data; ``genoemd_ids``: trajecten that may be named."""
    ids = list(traject_ids)
    genoemd = set(genoemd_ids) & set(ids)
    trajecten = _trajecten(ids)
    titels = {t.pk: t.titel for t in trajecten}
    codes = _Codes(ids)
    positie = {t.pk: i for i, t in enumerate(trajecten)}
    inzichten = sorted(
        Inzicht.objects.filter(traject__in=ids, status=Inzicht.Status.VASTGESTELD).only(
            "pk", "titel", "traject_id", "hoofdthema_id", "soort_id"
        ),
        key=lambda i: (positie[i.traject_id], i.pk),
    )
    # Subqueries rather than lists of ids: a report over many trajecten has thousands of quotes.
    ondersteunend = InzichtCitaat.objects.filter(inzicht__traject__in=ids, inzicht__status=Inzicht.Status.VASTGESTELD)
    onderbouwing: dict = defaultdict(list)
    for inzicht_pk, citaat_pk in ondersteunend.values_list("inzicht_id", "citaat_id"):
        onderbouwing[inzicht_pk].append(citaat_pk)
    citaten = {
        c.pk: c
        for c in citaten_voor_uitvoer(reikwijdte=Reikwijdte.LANDELIJK, alleen_vrijgegeven=False).filter(
            pk__in=ondersteunend.values("citaat_id")
        )
    }
    for citaat in citaten.values():
        citaat._naam = _naam(citaat.interview.traject_id, titels, genoemd)
    code_van_citaat: dict = defaultdict(list)
    for citaat_pk, code_pk in Tagging.objects.filter(
        citaat__in=ondersteunend.values("citaat_id"), verwijderd_op__isnull=True
    ).values_list("citaat_id", "code_id"):
        code_van_citaat[citaat_pk].append(code_pk)
    groepen = _groepen(inzichten, onderbouwing, citaten, code_van_citaat, codes, titels, genoemd)
    reflecties, reflecties_per_uitgangspunt = _reflecties(ids, codes, titels, genoemd)
    hoofdthemas = []
    for hoofdthema in codes.hoofdcodes(Code.Groep.HOOFDTHEMA):
        soorten = []
        for soort in codes.hoofdcodes(Code.Groep.SOORT):
            lijst = [_groep_uit(g) for g in groepen.get((hoofdthema.pk, soort.pk), {}).values()]
            lijst.sort(key=lambda g: (-g["aantal_trajecten"], -g["aantal_inzichten"], g["code"]))
            soorten.append({"naam": soort.naam, "groepen": lijst})
        hoofdthemas.append(
            {
                "naam": hoofdthema.naam,
                "kleur": hoofdthema.kleur,
                "soorten": soorten,
                "reflecties": reflecties[hoofdthema.pk],
            }
        )
    return {
        "aantal_trajecten": len(trajecten),
        "trajecten": _tabel1(trajecten, genoemd),
        "hoofdthemas": hoofdthemas,
        "uitgangspunten": _uitgangspunten(trajecten, codes, reflecties_per_uitgangspunt),
    }


def rapport_inhoud(versie: Rapportversie) -> dict:
    """What a version shows: its snapshot once vastgesteld, else the live figures of its trajecten."""
    if versie.vastgesteld:
        return copy.deepcopy(versie.momentopname)  # pages add charts and texts to it; the snapshot stays as it was
    return rode_draden(
        traject_ids=[t.pk for t in versie.trajecten.all()],
        genoemd_ids=[t.pk for t in versie.trajecten_genoemd.all()],
    )


def rapportversie_list():
    return Rapportversie.objects.select_related("aangemaakt_door", "vastgesteld_door").order_by("-nummer")


def laatste_versie() -> Rapportversie | None:
    return Rapportversie.objects.order_by("-nummer").first()
