"""The phase machine of a traject: status and fase are two fields (DOMAIN.md).

A lopend traject moves forward through ``Fase`` (starten → luisteren → ontwerpen → borgen) and is
finally marked *afgerond*; at any moment it can end early as *tussentijds gestopt* or
*geannuleerd*, always with a reason. Every step is written as a ``FaseOvergang`` and in the audit
log, and sets ``Traject.fase_sinds`` (for the "te lang in fase" signal on the overview).

Checklist registry
------------------
Each fase has a short checklist: the things that must hold *before the traject leaves that fase*
(the checks of ``borgen`` must hold before the traject is marked afgerond). A check is a function
that takes the traject and returns ``None`` when it holds, or a short Dutch sentence that says what
is still missing. Register it with a label for the checklist::

    from trajecten.fasen import registreer_check
    from trajecten.models import Fase

    @registreer_check(Fase.LUISTEREN, "Minstens één duo-interview is gehouden")
    def _interview_gehouden(traject):
        if not traject.interviews.exists():
            return "Er is nog geen duo-interview vastgelegd."
        return None

A check that reads the database says what it reads, so that the checklists of many trajecten (the
team's start page) are read in one query instead of one per check and traject. ``bestaat`` names
querysets, each made from a reference to the traject (an ``OuterRef``); the check gets the traject
and ``{name: does a row exist}``::

    @registreer_check(
        Fase.LUISTEREN,
        "Minstens één duo-interview is gehouden",
        bestaat={"interview": lambda traject: Interview.objects.filter(traject=traject)},
    )
    def _interview_gehouden(traject, gelezen):
        if not gelezen["interview"]:
            return "Er is nog geen duo-interview vastgelegd."
        return None

A check that needs more than existence (a count) registers with ``batch=True``: it takes the list of
trajecten in the fase and returns ``{traject pk: sentence}`` for the ones that do not hold, in a fixed
number of queries.

``checklists(trajecten)`` evaluates the checklists of many trajecten at once; ``checklist(traject)``
is the same call for one traject (the traject page, the phase steps), so the start page and the
traject page show the same lines.

Another app registers its checks in a module it imports from its ``AppConfig.ready()`` (for
example ``interviews/fasechecks.py``), so they are known before the first request. Checks run in the
order they were registered. The checks of ``starten`` live below in this module.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import BooleanField, Case, Exists, OuterRef, QuerySet, Value, When
from django.utils import timezone

from trajecten.models import Fase, FaseOvergang, Rol, Status, Traject, TrajectRol
from visieleren.core.services import audit_log

VOLGORDE = [Fase.STARTEN, Fase.LUISTEREN, Fase.ONTWERPEN, Fase.BORGEN]
EINDSTATUSSEN = [Status.AFGEROND, Status.GESTOPT, Status.GEANNULEERD]

Check = Callable[[Traject], str | None]
# A queryset made from a reference to the traject; the check reads whether it finds a row.
Bestaat = Callable[[OuterRef], QuerySet]


@dataclass(frozen=True)
class _Registratie:
    label: str
    functie: Callable
    bestaat: dict[str, Bestaat] = field(default_factory=dict)
    batch: bool = False

    def redenen(self, trajecten: list[Traject], gelezen: dict[int, dict[str, bool]]) -> dict[int, str]:
        """{traject pk: what is missing} for the trajecten where the check does not hold."""
        if self.batch:
            return self.functie(trajecten)
        if self.bestaat:
            uitkomsten = ((t.pk, self.functie(t, gelezen[t.pk])) for t in trajecten)
        else:
            uitkomsten = ((t.pk, self.functie(t)) for t in trajecten)
        return {pk: reden for pk, reden in uitkomsten if reden is not None}


@dataclass(frozen=True)
class Controle:
    """One line of the checklist as shown on the traject page."""

    label: str
    voldaan: bool
    reden: str = ""


_CHECKS: dict[str, list[_Registratie]] = {fase: [] for fase in Fase.values}


def registreer_check(
    fase: str, label: str, *, bestaat: dict[str, Bestaat] | None = None, batch: bool = False
) -> Callable:
    """Decorator: the check must hold before the traject leaves ``fase``. ``func(traject)``; with
    ``bestaat`` ``func(traject, gelezen)``; with ``batch=True`` ``func(trajecten)`` (module docstring)."""
    if fase not in _CHECKS:
        raise ValueError(f"Onbekende fase: {fase!r}")
    if bestaat and batch:
        raise ValueError("Een check leest met bestaat of als batch, niet allebei.")

    def decorator(functie):
        if not any(r.functie is functie for r in _CHECKS[fase]):
            _CHECKS[fase].append(_Registratie(label, functie, dict(bestaat or {}), batch))
        return functie

    return decorator


class FaseOvergangGeweigerd(Exception):
    """The step is not allowed; ``redenen`` holds one Dutch sentence per failing rule."""

    def __init__(self, redenen: list[str]):
        self.redenen = redenen
        super().__init__(" ".join(redenen))


def _lees(per_fase: dict[str, list[Traject]]) -> dict[int, dict[tuple[int, str], bool]]:
    """Every ``bestaat`` of every check of these trajecten in one query: {traject pk: {(check, name): bool}}.
    Each subquery runs only for the trajecten whose checklist has that check, and stops at its first row."""
    kolommen: dict[str, tuple[int, str]] = {}
    annotaties = {}
    for fase, groep in per_fase.items():
        pks = [t.pk for t in groep]
        for registratie in _CHECKS[fase]:
            for naam, maak in registratie.bestaat.items():
                kolom = f"bestaat_{len(kolommen)}"
                kolommen[kolom] = (id(registratie), naam)
                annotaties[kolom] = Case(
                    When(pk__in=pks, then=Exists(maak(OuterRef("pk")))),
                    default=Value(False),
                    output_field=BooleanField(),
                )
    if not annotaties:
        return {}
    alle = [t.pk for groep in per_fase.values() for t in groep]
    rijen = Traject.objects.filter(pk__in=alle).annotate(**annotaties).values("pk", *annotaties)
    return {rij["pk"]: {kolommen[k]: rij[k] for k in annotaties} for rij in rijen}


def checklists(trajecten: Iterable[Traject], fase: str | None = None) -> dict[int, list[Controle]]:
    """{traject pk: its checklist} for the checklist of ``fase`` (default: each traject's current fase).
    The reads of all checks are made together (``_lees``, plus one query per batch check): the number of
    queries does not grow with the number of trajecten."""
    per_fase: dict[str, list[Traject]] = {}
    for traject in trajecten:
        per_fase.setdefault(fase or traject.fase, []).append(traject)
    gelezen = _lees(per_fase)
    uit: dict[int, list[Controle]] = {}
    for deze_fase, groep in per_fase.items():
        for traject in groep:
            uit[traject.pk] = []
        for registratie in _CHECKS[deze_fase]:
            per_traject = {
                t.pk: {naam: gelezen[t.pk][(id(registratie), naam)] for naam in registratie.bestaat}
                for t in groep
                if registratie.bestaat
            }
            redenen = registratie.redenen(groep, per_traject)
            for traject in groep:
                reden = redenen.get(traject.pk)
                uit[traject.pk].append(Controle(registratie.label, reden is None, reden or ""))
    return uit


def checklist(traject: Traject, fase: str | None = None) -> list[Controle]:
    """The checklist of ``fase`` (default: the traject's current fase), each check evaluated."""
    return checklists([traject], fase)[traject.pk]


def volgende_fase(traject: Traject) -> Fase | None:
    index = VOLGORDE.index(Fase(traject.fase))
    return VOLGORDE[index + 1] if index + 1 < len(VOLGORDE) else None


def redenen_tegen_volgende_fase(traject: Traject) -> list[str]:
    """Why the traject cannot go to the next fase now; an empty list means it can."""
    if traject.status != Status.LOPEND:
        return [f"Dit traject is {traject.get_status_display().lower()}; alleen een lopend traject gaat verder."]
    if volgende_fase(traject) is None:
        return ["Dit is de laatste fase. Rond het traject af als de checklist klopt."]
    return [c.reden for c in checklist(traject) if not c.voldaan]


def _overgang(*, traject: Traject, van: str, naar: str, door, toelichting: str) -> FaseOvergang:
    nu = timezone.now()
    overgang = FaseOvergang.objects.create(
        traject=traject, van=van, naar=naar, door=door, op=nu, toelichting=toelichting
    )
    audit_log(
        actor=door,
        actie="faseovergang",
        obj=overgang,
        traject=traject,
        wijzigingen={"van": [overgang.get_van_display(), None], "naar": [None, overgang.get_naar_display()]}
        | ({"toelichting": ["", toelichting]} if toelichting else {}),
    )
    return overgang


@transaction.atomic
def naar_volgende_fase(*, traject: Traject, door, toelichting: str = "") -> FaseOvergang:
    """Move a lopend traject to the next fase, or refuse with the reasons of the checklist."""
    traject = Traject.objects.select_for_update().get(pk=traject.pk)
    redenen = redenen_tegen_volgende_fase(traject)
    if redenen:
        raise FaseOvergangGeweigerd(redenen)
    van, naar = traject.fase, volgende_fase(traject)
    overgang = _overgang(traject=traject, van=van, naar=naar, door=door, toelichting=toelichting)
    traject.fase, traject.fase_sinds = naar, overgang.op
    velden = ["fase", "fase_sinds", "gewijzigd_op"]
    if van == Fase.STARTEN and traject.werkelijke_start is None:
        traject.werkelijke_start = timezone.localdate()
        velden.append("werkelijke_start")
    traject.save(update_fields=velden)
    return overgang


@transaction.atomic
def traject_beeindigen(*, traject: Traject, status: str, reden: str, door) -> FaseOvergang:
    """End a lopend traject: afgerond (after the checklist of borgen), or early with a reason."""
    traject = Traject.objects.select_for_update().get(pk=traject.pk)
    reden = reden.strip()
    if status not in EINDSTATUSSEN:
        raise FaseOvergangGeweigerd(["Kies afgerond, tussentijds gestopt of geannuleerd."])
    if traject.status != Status.LOPEND:
        raise FaseOvergangGeweigerd([f"Dit traject is al {traject.get_status_display().lower()}."])
    if status in (Status.GESTOPT, Status.GEANNULEERD) and not reden:
        raise FaseOvergangGeweigerd(["Geef een reden op waarom het traject eindigt."])
    if status == Status.AFGEROND:
        if traject.fase != Fase.BORGEN:
            raise FaseOvergangGeweigerd(["Een traject kan pas worden afgerond in de fase Borgen."])
        redenen = [c.reden for c in checklist(traject) if not c.voldaan]
        if redenen:
            raise FaseOvergangGeweigerd(redenen)
    overgang = _overgang(traject=traject, van=traject.fase, naar=status, door=door, toelichting=reden)
    traject.status, traject.werkelijke_eind = status, timezone.localdate()
    traject.reden_einde = reden if status != Status.AFGEROND else traject.reden_einde
    traject.save(update_fields=["status", "werkelijke_eind", "reden_einde", "gewijzigd_op"])
    return overgang


# ---- The checks of starten: no Luisteren without kernvraag, B&W sign-up and an expert ---------------


@registreer_check(Fase.STARTEN, "De kernvraag is vastgesteld")
def _kernvraag(traject: Traject) -> str | None:
    if not traject.kernvraag.strip():
        return "De kernvraag is nog niet ingevuld."
    return None


@registreer_check(Fase.STARTEN, "Het college van B&W heeft het traject formeel aangemeld")
def _bw_besluit(traject: Traject) -> str | None:
    if traject.bw_besluit_op is None:
        return "De datum van het besluit van het college van B&W ontbreekt."
    if traject.bw_besluit_op > timezone.localdate():
        return "Het besluit van het college van B&W ligt nog in de toekomst."
    return None


@registreer_check(
    Fase.STARTEN,
    "Het expertteam heeft minstens één expert",
    bestaat={"expert": lambda traject: TrajectRol.objects.filter(traject=traject, rol=Rol.EXPERT)},
)
def _expertteam(traject: Traject, gelezen: dict[str, bool]) -> str | None:
    if not gelezen["expert"]:
        return "Er is nog geen expert aan het expertteam toegevoegd."
    return None
