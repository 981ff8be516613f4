"""Reads of the codebook, tagged quotes, reviews and memos, each with the joins its page needs."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404

from interviews.kappa import Kappa, cohens_kappa_uit_tellingen
from interviews.models import Beoordeling, Citaat, Code, Interview, Memo, Tagging
from interviews.selectors.interviews import memo_weergaven
from interviews.services.codeboek import _nakomelingen_ids
from trajecten.models import TrajectRol
from visieleren.accounts.models import User
from visieleren.permissions import is_team, trajecten_met_inhoud

GROEP_VOLGORDE = [Code.Groep.HOOFDTHEMA, Code.Groep.UITGANGSPUNT, Code.Groep.SOORT, Code.Groep.TRAJECT]


# ---- Codebook -------------------------------------------------------------------------------------


def codes_zichtbaar(user, traject=None):
    """The one queryset of codes a user may see: the shared codes plus the traject codes of the trajecten
    whose content the user may read (only those of ``traject`` when given). Every codebook page, filter
    and select list starts here, so a traject code never shows outside its traject."""
    if traject is not None:
        return Code.objects.filter(Q(traject__isnull=True) | Q(traject=traject))
    if is_team(user):
        return Code.objects.all()
    return Code.objects.filter(Q(traject__isnull=True) | Q(traject__in=trajecten_met_inhoud(user)))


def code_of_404(user, pk) -> Code:
    return get_object_or_404(codes_zichtbaar(user).select_related("ouder", "traject", "samengevoegd_in"), pk=pk)


@dataclass
class Knoop:
    code: Code
    kinderen: list["Knoop"] = field(default_factory=list)
    diepte: int = 0


def _boom(codes: list[Code]) -> list[Knoop]:
    knopen = {c.pk: Knoop(code=c) for c in codes}
    wortels = []
    for knoop in knopen.values():
        ouder = knopen.get(knoop.code.ouder_id)
        (ouder.kinderen if ouder else wortels).append(knoop)
    return wortels


def plat(knopen: list[Knoop], diepte: int = 0) -> list[Knoop]:
    """Depth-first, each knoop with its depth: for lists and select options."""
    uit = []
    for knoop in knopen:
        knoop.diepte = diepte
        uit.append(knoop)
        uit.extend(plat(knoop.kinderen, diepte + 1))
    return uit


def codeboek_boom(
    *, user, traject=None, alleen_actief: bool = False, aantallen: dict[int, int] | None = None
) -> list[tuple[str, list[Knoop]]]:
    """The codebook as (groep label, tree) in the fixed group order; one query, with active usage counts.

    A traject code sits in the tree under its parent, also when that parent is a shared code; the
    Trajectspecifiek group lists the traject codes whose parent is not shown elsewhere.
    """
    codes = codes_zichtbaar(user, traject)
    if alleen_actief:
        codes = codes.filter(actief=True)
    codes = list(codes.select_related("traject"))
    if aantallen is None:  # active taggings per code; the codebook page passes them from the cache
        aantallen = actieve_taggings_per_code()
    for code in codes:
        code.aantal = aantallen.get(code.pk, 0)
    wortels = _boom(codes)
    per_groep = defaultdict(list)
    for knoop in wortels:
        per_groep[knoop.code.groep].append(knoop)
    return [(Code.Groep(groep).label, per_groep[groep]) for groep in GROEP_VOLGORDE if per_groep[groep]]


def actieve_taggings_per_code() -> dict[int, int]:
    """{code id: active taggings}, one aggregate over the partial index on active taggings (a join of every
    code with every tagging grouped by all code columns took a second at a million taggings)."""
    # COUNT(*), not COUNT(id): the partial index on code answers it without reading the table.
    rijen = Tagging.objects.filter(verwijderd_op__isnull=True).values_list("code").annotate(n=Count("*")).order_by()
    return dict(rijen)


def tagbare_codes(traject) -> list[Code]:
    """The active codes a quote of this traject can get: the shared ones and the traject's own."""
    return list(codes_zichtbaar(None, traject).filter(actief=True))


def gegroepeerde_keuzes(codes) -> list[tuple[str, list[tuple[int, str]]]]:
    """Codes as select choices grouped by groep, subcodes indented under their parent."""
    codes = list(codes)
    per_groep = defaultdict(list)
    for knoop in _boom(codes):
        per_groep[knoop.code.groep].append(knoop)
    return [
        (Code.Groep(groep).label, [(k.code.pk, "— " * k.diepte + k.code.naam) for k in plat(per_groep[groep])])
        for groep in GROEP_VOLGORDE
        if per_groep[groep]
    ]


def code_met_subcodes(code: Code) -> list[int]:
    return [code.pk, *_nakomelingen_ids(code)]


def code_detail(code: Code, *, user) -> dict:
    return {
        "aantal_actief": code.taggings.filter(verwijderd_op__isnull=True).count(),
        "aantal_totaal": code.taggings.count(),
        "subcodes": list(codes_zichtbaar(user).filter(ouder=code)),
        "memos": memo_weergaven(memos=memos_zichtbaar(user).filter(code=code), user=user),
    }


def memos_zichtbaar(user):
    """Memos written from a traject whose content the user may read; memos without a traject: team only."""
    memos = Memo.objects.select_related("auteur", "traject", "interview__traject", "citaat__interview__traject")
    if is_team(user):
        return memos
    return memos.filter(traject__in=trajecten_met_inhoud(user))


def memo_trajecten(user, code: Code):
    """The trajecten a memo on ``code`` may be written from: its own traject, or for a shared code
    every traject whose content the user reads (``None``: nothing to choose)."""
    return None if code.traject_id else trajecten_met_inhoud(user).order_by("titel")


# ---- Quotes of a traject --------------------------------------------------------------------------


def _actieve_taggings():
    return (
        Tagging.objects.filter(verwijderd_op__isnull=True).select_related("code", "door").order_by("code__groep", "op")
    )


# Newest interview first, then the order of the notes. Total (ends with pk), so pages never overlap; the
# indexes interview (traject, datum DESC, id) and citaat (interview, begin, id) return rows in this order.
CITAAT_VOLGORDE = ("-interview__datum", "interview_id", "begin", "pk")


def citaat_filter(*, traject, filters: dict | None = None):
    """The quotes of one traject, filtered and in list order, without the joins for display: the light
    queryset a page is cut from (``IdsEerstPaginator``); ``citaten_laden`` fetches a page's rows.

    Filters: ``code`` (incl. its subcodes), ``perspectief``, ``interview``, ``soort`` (a soort code),
    ``ongetagd``, ``getagd_door`` (a user), ``q`` (Dutch full-text search on PostgreSQL, icontains else).
    """
    filters = filters or {}
    citaten = Citaat.objects.filter(interview__traject=traject)
    actief = Tagging.objects.filter(citaat=OuterRef("pk"), verwijderd_op__isnull=True)
    if filters.get("code"):
        citaten = citaten.filter(Exists(actief.filter(code__in=code_met_subcodes(filters["code"]))))
    if filters.get("soort"):
        citaten = citaten.filter(Exists(actief.filter(code=filters["soort"])))
    if filters.get("perspectief"):
        citaten = citaten.filter(spreker__perspectief=filters["perspectief"])  # the snapshot, not the map
    if filters.get("interview"):
        citaten = citaten.filter(interview=filters["interview"])
    if filters.get("ongetagd"):
        citaten = citaten.filter(~Exists(actief))
    if filters.get("getagd_door"):
        citaten = citaten.filter(Exists(actief.filter(door=filters["getagd_door"])))
    if filters.get("q"):
        citaten = zoek_citaten(citaten, filters["q"])
    return citaten.order_by(*CITAAT_VOLGORDE)


def met_details(citaten):
    """What a quote card shows: speaker, interview, active taggings and the number of memos. The memo count
    is a correlated subquery: ``Count("memos")`` grouped the whole page query by every joined column."""
    memos = Memo.objects.filter(citaat=OuterRef("pk")).order_by().values("citaat").annotate(n=Count("pk")).values("n")
    return (
        citaten.select_related("spreker__betrokkene", "interview__deelnemer_a", "interview__deelnemer_b")
        .defer("interview__notities")
        .prefetch_related(Prefetch("taggings", queryset=_actieve_taggings(), to_attr="actieve_taggings"))
        .annotate(aantal_memos=Coalesce(Subquery(memos), 0))
    )


def met_actieve_taggings(citaten: list[Citaat]) -> list[Citaat]:
    """Set ``citaat.actieve_taggings`` (with code and tagger, as the tag control shows them) on these
    quotes: one query, whatever their number."""
    prefetch_related_objects(citaten, Prefetch("taggings", queryset=_actieve_taggings(), to_attr="actieve_taggings"))
    return citaten


def citaten_laden(filter_op_ids: Q) -> list[Citaat]:
    """One page of quotes (``filter_op_ids`` from ``IdsEerstPaginator``) with what a card shows, in list order."""
    return list(met_details(Citaat.objects.filter(filter_op_ids)).order_by(*CITAAT_VOLGORDE))


def citaat_list(*, traject, filters: dict | None = None):
    """The quotes of one traject, filtered, with their details: for streaming (``.iterator()``) and tests.
    A page of the list is cut from ``citaat_filter`` instead."""
    return met_details(citaat_filter(traject=traject, filters=filters))


def zoek_citaten(citaten, zoek: str):
    """Dutch full-text search (stemming: "wachttijden" finds "wachttijd") on PostgreSQL; icontains on SQLite."""
    if connection.vendor == "postgresql":
        return citaten.annotate(zoekvector=SearchVector("tekst", config="dutch")).filter(
            zoekvector=SearchQuery(zoek, config="dutch")
        )
    return citaten.filter(Q(tekst__icontains=zoek) | Q(context__icontains=zoek))


def citaten_ongetagd_aantal(traject) -> int:
    """How many quotes of this traject have no active tag yet (for "Mijn trajecten")."""
    actief = Tagging.objects.filter(citaat=OuterRef("pk"), verwijderd_op__isnull=True)
    return Citaat.objects.filter(interview__traject=traject).filter(~Exists(actief)).count()


def volgend_ongetagd(*, traject, na: int | None = None) -> int | None:
    """The id of the first untagged quote other than ``na``, in list order: one LIMIT 1 query (the count
    of untagged quotes comes from ``interviews.tellingen``)."""
    actief = Tagging.objects.filter(citaat=OuterRef("pk"), verwijderd_op__isnull=True)
    return (
        Citaat.objects.filter(interview__traject=traject)
        .filter(~Exists(actief))
        .exclude(pk=na)
        .order_by(*CITAAT_VOLGORDE)
        .values_list("pk", flat=True)
        .first()
    )


def citaten_ongetagd_per_traject(trajecten) -> dict[int, int]:
    """{traject id: untagged quotes} for many trajecten in one query (no query per row on a list page)."""
    actief = Tagging.objects.filter(citaat=OuterRef("pk"), verwijderd_op__isnull=True)
    rijen = (
        Citaat.objects.filter(interview__traject__in=trajecten)
        .filter(~Exists(actief))
        .values("interview__traject")
        .annotate(aantal=Count("pk"))
        .order_by()
    )
    return {rij["interview__traject"]: rij["aantal"] for rij in rijen}


def citaat_of_404(traject, pk) -> Citaat:
    return get_object_or_404(
        Citaat.objects.select_related(
            "spreker__betrokkene", "interview__traject", "interview__deelnemer_a", "interview__deelnemer_b"
        ),
        pk=pk,
        interview__traject=traject,
    )


def citaat_detail(citaat: Citaat, *, user) -> dict:
    """All taggings (also removed ones), reviews and memos of one quote."""
    taggings = list(citaat.taggings.select_related("code__ouder", "door", "verwijderd_door", "samengevoegd_van"))
    return {
        "actieve_taggings": [t for t in taggings if t.verwijderd_op is None],
        "geschiedenis": sorted(taggings, key=lambda t: t.op, reverse=True),
        "beoordelingen": list(citaat.beoordelingen.select_related("code__ouder", "door")),
        "memos": memo_weergaven(memos=memos_zichtbaar(user).filter(citaat=citaat), user=user),
    }


def interviews_van(traject):
    """For the interview filter: date and pseudonyms, never the notes (10,000 interviews in a large traject)."""
    return (
        Interview.objects.filter(traject=traject)
        .select_related("deelnemer_a", "deelnemer_b")
        .only("pk", "datum", "traject_id", "deelnemer_a__pseudoniem", "deelnemer_b__pseudoniem")
    )


def taggers_van(traject, *, ook=None):
    """For the "getagd door" filter: who can tag here (the team and everyone with a role on the traject),
    plus the user ``ook`` (pk) asked for. Read from the roles, not from a scan of every tagging."""
    return (
        User.objects.filter(
            Q(is_team=True, is_active=True)
            | Q(pk__in=TrajectRol.objects.filter(traject=traject).values("user"))
            | Q(pk=ook if str(ook or "").isdigit() else None)
        )
        .select_related("expertprofiel")
        .order_by("naam", "email")
    )


def memos_van_interview(interview: Interview, *, user) -> list[Memo]:
    return memo_weergaven(memos=memos_zichtbaar(user).filter(interview=interview), user=user)


# ---- Review and kappa -----------------------------------------------------------------------------


@dataclass
class CodeOvereenstemming:
    code: Code
    kappa: Kappa
    eens: int
    oneens: int
    toegevoegd: int


def kappa_per_code(*, traject) -> list[CodeOvereenstemming]:
    """Cohen's kappa per code between the first coder and the reviewer(s) of this traject.

    Units are (quote, reviewer) pairs for every quote a reviewer has judged. For each code a unit is
    (first coder gave it, reviewer gives it): eens = (1, 1), oneens = (1, 0), toegevoegd = (0, 1), and a
    code that appears in neither on that quote counts as (0, 0).
    """
    # Counted in the database: 50,000 reviews in a large traject were 50,000 objects before.
    eenheden = (
        Beoordeling.objects.filter(citaat__interview__traject=traject)
        .order_by()
        .values("citaat_id", "door_id")
        .distinct()
        .count()
    )
    oordelen = Beoordeling.Oordeel
    codes = (
        Code.objects.filter(beoordelingen__citaat__interview__traject=traject)
        .select_related("ouder")
        .annotate(
            eens=Count("beoordelingen", filter=Q(beoordelingen__oordeel=oordelen.EENS)),
            oneens=Count("beoordelingen", filter=Q(beoordelingen__oordeel=oordelen.ONEENS)),
            toegevoegd=Count("beoordelingen", filter=Q(beoordelingen__oordeel=oordelen.TOEGEVOEGD)),
        )
        .order_by()
    )
    uitkomst = []
    for code in codes:
        # (first coder, reviewer): eens (1, 1), oneens (1, 0), toegevoegd (0, 1), the rest of the units (0, 0).
        tabel = {
            (True, True): code.eens,
            (True, False): code.oneens,
            (False, True): code.toegevoegd,
            (False, False): eenheden - code.eens - code.oneens - code.toegevoegd,
        }
        uitkomst.append(
            CodeOvereenstemming(
                code=code,
                kappa=cohens_kappa_uit_tellingen(tabel),
                eens=code.eens,
                oneens=code.oneens,
                toegevoegd=code.toegevoegd,
            )
        )
    return sorted(uitkomst, key=lambda o: (GROEP_VOLGORDE.index(o.code.groep), o.code.volgorde, o.code.naam))


def volgend_te_beoordelen(*, traject, user, na: int | None = None) -> Citaat | None:
    """The next quote this reviewer has not judged yet (other than ``na``), in the queue's order."""
    return te_beoordelen_segmenten(traject=traject, user=user)[0].exclude(pk=na).first()


def te_beoordelen_per_traject(trajecten, *, user) -> dict[int, int]:
    """{traject id: quotes tagged by someone else that ``user`` has not reviewed yet}, in one query."""
    van_ander = Tagging.objects.filter(citaat=OuterRef("pk"), verwijderd_op__isnull=True).exclude(door=user)
    door_mij = Beoordeling.objects.filter(citaat=OuterRef("pk"), door=user)
    rijen = (
        Citaat.objects.filter(interview__traject__in=trajecten)
        .filter(Exists(van_ander))
        .filter(~Exists(door_mij))
        .values("interview__traject")
        .annotate(aantal=Count("pk"))
        .order_by()
    )
    return {rij["interview__traject"]: rij["aantal"] for rij in rijen}


def te_beoordelen_citaten(*, traject, user):
    """Quotes with taggings by someone else, with whether this reviewer judged them already (for small
    lists and checks; the review page pages through ``te_beoordelen_segmenten``)."""
    van_ander = Tagging.objects.filter(citaat=OuterRef("pk"), verwijderd_op__isnull=True).exclude(door=user)
    return (
        Citaat.objects.filter(interview__traject=traject)
        .filter(Exists(van_ander))
        .annotate(door_mij_beoordeeld=Exists(Beoordeling.objects.filter(citaat=OuterRef("pk"), door=user)))
        .order_by(*CITAAT_VOLGORDE)
    )


def te_beoordelen_segmenten(*, traject, user) -> list:
    """Quotes with taggings by someone else: those this reviewer has not judged yet, then those they have,
    each in list order. Two light querysets for ``IdsEerstPaginator``, so no ORDER BY on a computed column
    sorts every tagged quote of the traject."""
    van_ander = Tagging.objects.filter(citaat=OuterRef("pk"), verwijderd_op__isnull=True).exclude(door=user)
    door_mij = Exists(Beoordeling.objects.filter(citaat=OuterRef("pk"), door=user))
    basis = Citaat.objects.filter(interview__traject=traject).filter(Exists(van_ander))
    return [basis.filter(~door_mij).order_by(*CITAAT_VOLGORDE), basis.filter(door_mij).order_by(*CITAAT_VOLGORDE)]


def te_beoordelen_laden(filter_op_ids: Q, *, user) -> list[Citaat]:
    """One page of the review queue, with whether this reviewer judged them already, in queue order."""
    return list(
        Citaat.objects.filter(filter_op_ids)
        .annotate(door_mij_beoordeeld=Exists(Beoordeling.objects.filter(citaat=OuterRef("pk"), door=user)))
        .select_related("spreker__betrokkene")
        .prefetch_related(Prefetch("taggings", queryset=_actieve_taggings(), to_attr="actieve_taggings"))
        .order_by("door_mij_beoordeeld", *CITAAT_VOLGORDE)
    )
