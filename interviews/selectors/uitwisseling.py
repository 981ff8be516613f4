"""Reads for exports: quotes with their codes as rows, the codebook as a tree, a traject as a QDPX project.

What leaves the team: deelnemer names are replaced by pseudonyms unless the visieleerteam explicitly asks
for names (``met_namen``); a quote's text is its released text when it has one, otherwise its
pseudonymised text, marked as not released. Rows are produced in chunks with ``values_list``, never
with the interview's notes per row, so an export of 200,000 quotes streams in constant memory.
"""

import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q

from interviews.models import Citaat, Code, Deelnemer, Interview, Memo, Tagging
from interviews.privacy import matcher_voor
from interviews.pseudoniemen import Matcher
from interviews.refi_qda import QdaBron, QdaCode, QdaNotitie, QdaProject, QdaSelectie
from interviews.selectors.codeboek import code_met_subcodes
from interviews.tekst import Gepseudonimiseerd
from trajecten.models import Traject

CHUNK = 2000

KOLOMMEN = [
    "traject",
    "gemeente(n)",
    "interviewdatum",
    "perspectief",
    "spreker",
    "tekst",
    "bron van de tekst",
    "context",
    "code",
    "soort",
    "getagd door",
    "getagd op",
    "citaat-id",
]

VRIJGEGEVEN = "vrijgegeven tekst"
NIET_VRIJGEGEVEN = "gepseudonimiseerd, nog niet vrijgegeven"
MET_NAMEN = "oorspronkelijke tekst met namen (alleen visieleerteam)"


@dataclass(frozen=True)
class Naamfilter:
    """Replaces every spelling of the traject's names (``interviews.privacy``), or nothing when names were
    explicitly asked for by the team."""

    matcher: Matcher
    met_namen: bool

    def weergave(self, tekst: str) -> Gepseudonimiseerd:
        return self.matcher.pseudonimiseer(tekst)

    def tekst(self, tekst: str) -> str:
        return self.matcher.vervang(tekst) if tekst else tekst


def naamfilter(*, traject: Traject, met_namen: bool) -> Naamfilter:
    return Naamfilter(matcher=Matcher() if met_namen else matcher_voor(traject.pk), met_namen=met_namen)


# ---- Codes ---------------------------------------------------------------------------------------


def _codes_voor(traject: Traject | None):
    """Shared codes, plus the codes of ``traject``; merged codes are left out (their taggings moved)."""
    filter_ = Q(traject__isnull=True) | Q(traject=traject) if traject else Q(traject__isnull=True)
    return Code.objects.filter(filter_, samengevoegd_in__isnull=True).order_by("groep", "volgorde", "naam")


def code_paden(codes) -> dict[int, str]:
    """{code pk: "Rust en regie > Basis op orde"} for the given codes (parents looked up among them)."""
    per_pk = {c.pk: c for c in codes}
    paden: dict[int, str] = {}

    def pad(code) -> str:
        if code.pk not in paden:
            ouder = per_pk.get(code.ouder_id)
            paden[code.pk] = f"{pad(ouder)} > {code.naam}" if ouder else code.naam
        return paden[code.pk]

    for code in codes:
        pad(code)
    return paden


def codeboom(codes) -> list[QdaCode]:
    codes = list(codes)
    knopen = {c.pk: QdaCode(str(c.uuid), c.naam, c.kleur, c.beschrijving) for c in codes}
    wortels = []
    for code in codes:
        ouder = knopen.get(code.ouder_id)
        (ouder.kinderen if ouder else wortels).append(knopen[code.pk])
    return wortels


def codeboek_export(*, traject: Traject | None = None) -> list[QdaCode]:
    """The shared codebook (and a traject's own codes) as a tree for a QDC file."""
    return codeboom(_codes_voor(traject))


# ---- Quotes as rows ------------------------------------------------------------------------------


def _tekst_en_bron(rij: dict, filter_: Naamfilter) -> tuple[str, str]:
    if filter_.met_namen:
        return rij["tekst"], MET_NAMEN
    if rij["vrijgegeven"] and not rij["vrijgave_vervallen_op"]:
        return rij["vrijgegeven_tekst"], VRIJGEGEVEN
    return filter_.tekst(rij["tekst"]), NIET_VRIJGEGEVEN


def citaat_rijen(*, traject: Traject, met_namen: bool, codes: list[int] | None = None) -> Iterator[list]:
    """One row per active tagging (a quote without tags: one row without a code), in KOLOMMEN order.

    With ``codes`` (ids): only the quotes with an active tagging of one of these codes, one row per such
    tagging. The traject's matcher is built once and every text goes through it (``Naamfilter``).
    """
    filter_ = naamfilter(traject=traject, met_namen=met_namen)
    alle_codes = list(_codes_voor(traject))
    paden = code_paden(alle_codes)
    soorten = {c.pk for c in alle_codes if c.groep == Code.Groep.SOORT}
    gemeenten = ", ".join(traject.gemeenten.order_by("naam").values_list("naam", flat=True))
    citaten = Citaat.objects.filter(interview__traject=traject)
    if codes is not None:
        met_code = Tagging.objects.filter(citaat=OuterRef("pk"), code__in=codes, verwijderd_op__isnull=True)
        citaten = citaten.filter(Exists(met_code))
    citaten = citaten.order_by("interview__datum", "interview_id", "begin", "pk").values(
        "pk",
        "tekst",
        "context",
        "vrijgegeven",
        "vrijgegeven_tekst",
        "vrijgave_vervallen_op",
        "interview__datum",
        "spreker__pseudoniem",
        "spreker__perspectief",
        "spreker__betrokkene__naam",
    )
    perspectieven = dict(Deelnemer._meta.get_field("perspectief").choices)
    laatste = 0
    while True:
        blok = list(citaten.filter(pk__gt=laatste).order_by("pk")[:CHUNK])
        if not blok:
            return
        laatste = blok[-1]["pk"]
        taggings = defaultdict(list)
        van_blok = Tagging.objects.filter(citaat_id__in=[r["pk"] for r in blok], verwijderd_op__isnull=True)
        if codes is not None:  # the rows' codes, and the soort codes for the soort column
            van_blok = van_blok.filter(code__in={*codes, *soorten})
        for citaat_id, code_id, door, op in van_blok.order_by("op", "pk").values_list(
            "citaat_id", "code_id", "door__naam", "op"
        ):
            taggings[citaat_id].append((code_id, door, op))
        for rij in blok:
            tekst, bron = _tekst_en_bron(rij, filter_)
            spreker = rij["spreker__betrokkene__naam"] if met_namen else rij["spreker__pseudoniem"]
            soort = "; ".join(paden[c] for c, _, _ in taggings[rij["pk"]] if c in soorten)
            basis = [
                traject.titel,
                gemeenten,
                rij["interview__datum"],
                perspectieven.get(rij["spreker__perspectief"], rij["spreker__perspectief"]),
                spreker,
                tekst,
                bron,
                filter_.tekst(rij["context"]),
            ]
            if not taggings[rij["pk"]]:
                yield [*basis, "", "", "", None, rij["pk"]]
            for code_id, door, op in taggings[rij["pk"]]:
                if codes is None or code_id in codes:
                    yield [*basis, paden.get(code_id, ""), soort, door or "", op, rij["pk"]]


def code_rijen(*, code: Code, trajecten) -> Iterator[list]:
    """Every quote tagged with ``code`` or one of its subcodes in ``trajecten`` (those whose content the
    user may read), as ``citaat_rijen`` rows without names, traject by traject: what Taguette calls
    listing one tag's highlights. One matcher per traject; rows stream in chunks."""
    codes = set(code_met_subcodes(code))
    met_code = Tagging.objects.filter(code__in=codes, verwijderd_op__isnull=True).values("citaat__interview__traject")
    for traject in trajecten.filter(pk__in=met_code).order_by("titel", "pk"):
        yield from citaat_rijen(traject=traject, met_namen=False, codes=codes)


# ---- A traject as a REFI-QDA project ------------------------------------------------------------


def qdpx_project(*, traject: Traject, met_namen: bool) -> tuple[QdaProject, dict[str, list[str]]]:
    """The traject's interviews as sources, quotes as selections with their codings, memos as notes.

    The exported source text is the pseudonymised notes (names only with ``met_namen``), so offsets are
    recomputed for it. A quote whose anchor changed, and every quote of an interview whose notes were
    removed by retention, is exported with the quote itself as its own source, so that every selection
    gives back exactly the quote text.
    """
    filter_ = naamfilter(traject=traject, met_namen=met_namen)
    codes = list(_codes_voor(traject))
    code_guid = {c.pk: str(c.uuid) for c in codes}
    interviews = list(
        Interview.objects.filter(traject=traject).select_related("deelnemer_a", "deelnemer_b").order_by("datum", "pk")
    )
    citaten = defaultdict(list)
    for citaat in Citaat.objects.filter(interview__traject=traject).select_related("spreker").order_by("begin", "pk"):
        citaten[citaat.interview_id].append(citaat)
    codering = defaultdict(list)
    gebruikers: dict[int, tuple[str, str]] = {}
    for tagging in Tagging.objects.filter(
        citaat__interview__traject=traject, verwijderd_op__isnull=True
    ).select_related("door"):
        door = None
        if tagging.door_id:
            gebruikers[tagging.door_id] = (str(tagging.door.uuid), tagging.door.naam)
            door = str(tagging.door.uuid)
        if tagging.code_id in code_guid:
            codering[tagging.citaat_id].append((str(tagging.uuid), code_guid[tagging.code_id], door, tagging.op))
    memos = list(
        Memo.objects.filter(
            Q(citaat__interview__traject=traject) | Q(interview__traject=traject) | Q(code__traject=traject)
        ).select_related("auteur")
    )
    notities, per_citaat, per_interview, per_code = [], defaultdict(list), defaultdict(list), defaultdict(list)
    for memo in memos:
        if memo.auteur_id:
            gebruikers[memo.auteur_id] = (str(memo.auteur.uuid), memo.auteur.naam)
        notities.append(
            QdaNotitie(
                str(memo.uuid),
                f"Memo {memo.op:%d-%m-%Y}",
                filter_.tekst(memo.tekst),
                str(memo.auteur.uuid) if memo.auteur_id else None,
                memo.op,
            )
        )
        doel = per_citaat[memo.citaat_id] if memo.citaat_id else None
        doel = doel if doel is not None else (per_interview[memo.interview_id] if memo.interview_id else None)
        if doel is None:
            doel = per_code[code_guid.get(memo.code_id, "")]
        doel.append(str(memo.uuid))

    bronnen: list[QdaBron] = []
    bronnen_per_spreker = defaultdict(list)
    for interview in interviews:
        naam = f"Duo-interview {interview.datum:%d-%m-%Y} ({interview.deelnemer_a} en {interview.deelnemer_b})"
        weergave = filter_.weergave(interview.notities) if interview.notities else None
        bron = QdaBron(
            str(interview.uuid), naam, weergave.tekst if weergave else "", notities=per_interview[interview.pk]
        )
        eigen_bronnen = []
        for citaat in citaten[interview.pk]:
            selectie = _selectie(citaat, weergave, filter_, codering, per_citaat)
            if selectie is None:
                # The notes are gone or the quote no longer sits where it was: the quote is its own source.
                eigen = QdaBron(str(citaat.uuid), f"Citaat uit {naam}", _citaat_tekst(citaat, filter_))
                eigen.selecties.append(
                    QdaSelectie(
                        _afgeleide_guid(citaat.uuid),
                        0,
                        len(eigen.tekst),
                        eigen.tekst[:60],
                        None,
                        citaat.gemaakt_op,
                        codering[citaat.pk],
                        per_citaat[citaat.pk],
                    )
                )
                eigen_bronnen.append(eigen)
                bronnen_per_spreker[citaat.spreker_id].append(eigen.guid)
            else:
                bron.selecties.append(selectie)
                if bron.guid not in bronnen_per_spreker[citaat.spreker_id]:
                    bronnen_per_spreker[citaat.spreker_id].append(bron.guid)
        if bron.tekst:
            bronnen.append(bron)
        bronnen.extend(eigen_bronnen)
    sprekers = Deelnemer.objects.filter(traject=traject).select_related("betrokkene").order_by("pseudoniem")
    casussen = [
        (
            str(_afgeleide_guid_van_pk("deelnemer", d.pk, traject.pk)),
            d.betrokkene.naam if met_namen else d.pseudoniem,
            bronnen_per_spreker[d.pk],
        )
        for d in sprekers
    ]
    project = QdaProject(
        naam=f"Visieleren – {traject.titel}",
        gebruikers=sorted(gebruikers.values()),
        codes=codeboom(codes),
        bronnen=bronnen,
        casussen=casussen,
        notities=notities,
        beschrijving=traject.kernvraag or traject.vraagstuk,
    )
    return project, dict(per_code)


def _citaat_tekst(citaat: Citaat, filter_: Naamfilter) -> str:
    if not filter_.met_namen and citaat.vrijgegeven and not citaat.vrijgave_vervallen_op:
        return citaat.vrijgegeven_tekst
    return filter_.tekst(citaat.tekst)


def _selectie(citaat, weergave, filter_, codering, per_citaat) -> QdaSelectie | None:
    if weergave is None or citaat.anker == Citaat.Anker.GEWIJZIGD:
        return None
    begin = weergave.naar_weergave(citaat.begin, is_eind=False)
    eind = weergave.naar_weergave(citaat.eind, is_eind=True)
    if weergave.tekst[begin:eind] != filter_.tekst(citaat.tekst) or eind <= begin:
        return None
    return QdaSelectie(
        str(citaat.uuid),
        begin,
        eind,
        weergave.tekst[begin:eind][:60],
        None,
        citaat.gemaakt_op,
        codering[citaat.pk],
        per_citaat[citaat.pk],
    )


def _afgeleide_guid(bron) -> str:
    """A stable GUID derived from another (the quote as its own source needs a second one)."""
    return str(uuid.uuid5(uuid.UUID(str(bron)), "selectie"))


def _afgeleide_guid_van_pk(soort: str, pk: int, traject_pk: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"visieleren:{soort}:{traject_pk}:{pk}"))
