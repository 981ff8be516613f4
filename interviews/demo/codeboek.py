"""Demo data of the codebook: subthema's, traject codes, hand-chosen tags, second-expert reviews, memos.

Runs after ``interviews.demo.interviews`` (which puts its quotes in ``demo["citaten"]``). The tags and
reviews come from the hand-written mapping in ``interviews.demo.tags``; nothing is chosen by keyword
or rotation. Per traject the first coder is one expert of its team and the reviewer another:

- afgeronde trajecten: two experts of the pool (every quote tagged, a part reviewed);
- traject 5 (lopend): the demo expert tagged, a pool expert reviewed; a few quotes wait for the demo
  expert to tag them;
- traject 7 (lopend): the demo moderator (also expert there) tagged; the demo expert reviewed some
  and has the rest to review.

Idempotent: the database converges to the mapping (tags of other codes on a mapped quote are removed,
with history; reviews that the mapping does not give are deleted).
"""

from django.db.models import Prefetch
from django.utils import timezone

from interviews.demo.tags import (
    BEOORDELINGEN,
    CITAAT_MEMOS,
    CODE_MEMOS,
    INTERVIEW_MEMOS,
    NOG_TE_TAGGEN,
    SUBTHEMAS,
    TAGS,
    TRAJECTCODES,
)
from interviews.models import Beoordeling, Citaat, Code, Interview, Memo, Tagging
from trajecten.models import Rol
from visieleren.accounts.models import User

EXPERT = "expert@visieleren.test"
MODERATOR = "moderator@visieleren.test"
TEAM = "team@visieleren.test"
DEMO_ACCOUNTS = {EXPERT, MODERATOR}
# Codes an older demo made per traject (a child in another group than its parent, or a code now
# shared): phased out when a database seeded before still has them.
OUDE_TRAJECTCODES = {"Basis op orde", "Samenwerking met de huisarts", "Eén loket", "Wachttijden"}
# Tabel 1 nummer → (first coder, reviewer) among the demo accounts; other trajecten use pool experts.
CODEURS = {5: (EXPERT, None), 7: (MODERATOR, EXPERT)}


def laden(demo: dict) -> None:
    team = User.objects.filter(email=TEAM).first()
    trajecten = demo.get("trajecten", {})
    codes = _codes(trajecten, team)
    citaten = _citaten(demo)
    nummer_van = {t.pk: n for n, t in trajecten.items()}
    per_traject: dict[int, list[Citaat]] = {}
    for citaat in citaten:
        per_traject.setdefault(nummer_van[citaat.interview.traject_id], []).append(citaat)
    for nummer, lijst in per_traject.items():
        eerste, tweede = _codeurs(trajecten[nummer], nummer)
        for citaat in lijst:
            _taggen(citaat, codes, eerste, tweede)
    _memos(citaten, codes, trajecten, demo)
    _geschiedenis(citaten, codes)
    _oude_codes_uitfaseren(trajecten, codes)


# ---- Codes ------------------------------------------------------------------------------------------


def _codes(trajecten, door) -> dict[tuple[int | None, str], Code]:
    """{(traject pk or None, "Ouder > Naam" or "Naam"): Code} for every code the mapping may name."""
    codes: dict[tuple[int | None, str], Code] = {}
    for code in Code.objects.filter(traject=None, ouder=None):
        codes[(None, code.naam)] = code
    for ouder_naam, kinderen in SUBTHEMAS.items():
        ouder = codes[(None, ouder_naam)]
        for volgorde, (naam, beschrijving) in enumerate(kinderen):
            # A child keeps its parent's group, and one name per (group, parent, traject).
            kind, _ = Code.objects.get_or_create(
                groep=ouder.groep,
                ouder=ouder,
                traject=None,
                naam=naam,
                defaults={
                    "beschrijving": beschrijving,
                    "kleur": ouder.kleur,
                    "volgorde": volgorde,
                    "aangemaakt_door": door,
                },
            )
            codes[(None, str(kind))] = kind
    for nummer, rijen in TRAJECTCODES.items():
        traject = trajecten.get(nummer)
        if traject is None:
            continue
        for naam, beschrijving, kleur in rijen:
            code, _ = Code.objects.get_or_create(
                groep=Code.Groep.TRAJECT,
                ouder=None,
                traject=traject,
                naam=naam,
                defaults={"beschrijving": beschrijving, "kleur": kleur, "aangemaakt_door": door},
            )
            codes[(traject.pk, naam)] = code
    return codes


def _code(codes, citaat: Citaat, pad: str) -> Code:
    return codes.get((citaat.interview.traject_id, pad)) or codes[(None, pad)]


# ---- Tags and reviews ----------------------------------------------------------------------------------


def _citaten(demo) -> list[Citaat]:
    pks = [c.pk for c in demo.get("citaten", [])]
    return list(
        Citaat.objects.filter(pk__in=pks)
        .select_related("interview")
        .prefetch_related("taggings", Prefetch("beoordelingen", queryset=Beoordeling.objects.select_related("door")))
        .order_by("interview_id", "begin")
    )


def _codeurs(traject, nummer) -> tuple[User | None, User | None]:
    """(first coder, reviewer): the demo accounts where the demo shows their work, else two pool experts."""
    if nummer in CODEURS:
        eerste, tweede = CODEURS[nummer]
        eerste = User.objects.filter(email=eerste).first()
        tweede = User.objects.filter(email=tweede).first() if tweede else None
    else:
        eerste = tweede = None
    pool = list(
        User.objects.filter(trajectrollen__traject=traject, trajectrollen__rol=Rol.EXPERT)
        .exclude(email__in=DEMO_ACCOUNTS)
        .order_by("email")
        .distinct()
    )
    eerste = eerste or (pool[0] if pool else None)
    tweede = tweede or next((u for u in pool if u != eerste), None)
    return eerste, tweede


def verwachte_tags(tekst: str) -> set[str]:
    """The code paths a demo quote carries: the first coder's plus what the reviewer added."""
    if tekst in NOG_TE_TAGGEN:
        return set()
    return set(TAGS[tekst]) | set(BEOORDELINGEN.get(tekst, {}).get("toegevoegd", ()))


def _taggen(citaat: Citaat, codes, eerste, tweede) -> None:
    if citaat.tekst in NOG_TE_TAGGEN or eerste is None:
        return  # left for the demo expert (a user may have tagged it meanwhile: keep that)
    beoordeling = BEOORDELINGEN.get(citaat.tekst) if tweede else None
    eigen = [_code(codes, citaat, pad) for pad in TAGS[citaat.tekst]]
    toegevoegd = [_code(codes, citaat, pad) for pad in (beoordeling or {}).get("toegevoegd", ())]
    actief = {t.code_id: t for t in citaat.taggings.all() if t.verwijderd_op is None}  # prefetched
    nieuw = [Tagging(citaat=citaat, code=c, door=eerste) for c in eigen if c.pk not in actief]
    nieuw += [Tagging(citaat=citaat, code=c, door=tweede) for c in toegevoegd if c.pk not in actief]
    Tagging.objects.bulk_create(nieuw)
    gewenst = {c.pk for c in (*eigen, *toegevoegd)}
    weg = [t.pk for code_id, t in actief.items() if code_id not in gewenst]
    if weg:
        Tagging.objects.filter(pk__in=weg).update(verwijderd_op=timezone.now(), verwijderd_door=eerste)
    verwacht = {}
    if beoordeling is not None:
        oneens = {_code(codes, citaat, pad) for pad in beoordeling.get("oneens", ())}
        verwacht = {(code.pk, tweede.pk): "oneens" if code in oneens else "eens" for code in eigen}
        verwacht |= {(code.pk, tweede.pk): "toegevoegd" for code in toegevoegd}
    bestaand = {(b.code_id, b.door_id): b for b in citaat.beoordelingen.all()}  # prefetched
    for sleutel, b in bestaand.items():
        if sleutel not in verwacht and (beoordeling is not None or b.door.email == MODERATOR):
            b.delete()  # older demo reviews (the moderator reviewed by rotation before)
        elif sleutel in verwacht and b.oordeel != verwacht[sleutel]:
            Beoordeling.objects.filter(pk=b.pk).update(oordeel=verwacht[sleutel])
    Beoordeling.objects.bulk_create(
        [
            Beoordeling(citaat=citaat, code_id=code_pk, door_id=door_pk, oordeel=oordeel)
            for (code_pk, door_pk), oordeel in verwacht.items()
            if (code_pk, door_pk) not in bestaand
        ]
    )


# ---- Memos and history -------------------------------------------------------------------------------


def _memo(traject_id, **velden) -> None:
    """A memo belongs to the traject it was written from (who has no role there does not see it)."""
    tekst = velden.pop("tekst")
    memo, _ = Memo.objects.get_or_create(tekst=tekst, **velden, defaults={"traject_id": traject_id})
    if memo.traject_id is None and traject_id:
        Memo.objects.filter(pk=memo.pk).update(traject_id=traject_id)


def _memos(citaten, codes, trajecten, demo) -> None:
    expert = User.objects.filter(email=EXPERT).first()
    for citaat in citaten:
        if citaat.tekst in CITAAT_MEMOS:
            eerste = citaat.taggings.order_by("op").values_list("door", flat=True).first()
            auteur_id = eerste or getattr(expert, "pk", None)
            _memo(citaat.interview.traject_id, citaat=citaat, tekst=CITAAT_MEMOS[citaat.tekst], auteur_id=auteur_id)
    for nummer, deelnemer_naam, tekst in INTERVIEW_MEMOS:
        traject = trajecten.get(nummer)
        if traject is None or traject.persoonsgegevens_verwijderd_op:
            continue
        interview = Interview.objects.filter(traject=traject, deelnemer_a__betrokkene__naam=deelnemer_naam).first()
        if interview:
            eerste, _ = _codeurs(traject, nummer)
            _memo(traject.pk, interview=interview, tekst=tekst, auteur=eerste)
    eigen = expert.trajectrollen.filter(rol="expert").values_list("traject_id", flat=True).first() if expert else None
    for pad, tekst in CODE_MEMOS.items():
        _memo(eigen, code=codes[(None, pad)], tekst=tekst, auteur=expert)


GESCHIEDENIS = "Zeven weken is lang als je elke ochtend bang bent dat hij weer valt."


def _geschiedenis(citaten, codes) -> None:
    """One tag that the first coder removed again, so the history on the quote page shows something."""
    citaat = next(
        (c for c in citaten if c.tekst == "Zeven weken is lang als je elke ochtend bang bent dat hij weer valt."), None
    )
    if citaat is None:
        return
    code = codes[(None, "Inwoner centraal > Integraal werken")]
    door = citaat.taggings.order_by("op").first()
    if door and not Tagging.objects.filter(citaat=citaat, code=code).exists():
        nu = timezone.now()
        Tagging.objects.create(citaat=citaat, code=code, door=door.door, verwijderd_op=nu, verwijderd_door=door.door)


def _oude_codes_uitfaseren(trajecten, codes) -> None:
    huidige = {code.pk for code in codes.values()}
    oud = Code.objects.filter(traject__in=list(trajecten.values()), naam__in=OUDE_TRAJECTCODES, actief=True).exclude(
        pk__in=huidige
    )
    for code in oud:
        if code.taggings.filter(verwijderd_op__isnull=True).exists():
            continue  # someone uses it: leave it to them
        if code.taggings.exists() or code.beoordelingen.exists() or code.memos.exists() or code.kinderen.exists():
            Code.objects.filter(pk=code.pk).update(actief=False)
        else:
            code.delete()
