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

Another app registers its checks in a module it imports from its ``AppConfig.ready()`` (for
example ``interviews/fasechecks.py``), so they are known before the first request. Checks run in the
order they were registered. The checks of ``starten`` live below in this module.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from trajecten.models import Fase, FaseOvergang, Rol, Status, Traject
from visieleren.core.services import audit_log

VOLGORDE = [Fase.STARTEN, Fase.LUISTEREN, Fase.ONTWERPEN, Fase.BORGEN]
EINDSTATUSSEN = [Status.AFGEROND, Status.GESTOPT, Status.GEANNULEERD]

Check = Callable[[Traject], str | None]


@dataclass(frozen=True)
class _Registratie:
    label: str
    functie: Check


@dataclass(frozen=True)
class Controle:
    """One line of the checklist as shown on the traject page."""

    label: str
    voldaan: bool
    reden: str = ""


_CHECKS: dict[str, list[_Registratie]] = {fase: [] for fase in Fase.values}


def registreer_check(fase: str, label: str) -> Callable[[Check], Check]:
    """Decorator: ``func(traject)`` must hold before the traject leaves ``fase``."""
    if fase not in _CHECKS:
        raise ValueError(f"Onbekende fase: {fase!r}")

    def decorator(functie: Check) -> Check:
        if not any(r.functie is functie for r in _CHECKS[fase]):
            _CHECKS[fase].append(_Registratie(label, functie))
        return functie

    return decorator


class FaseOvergangGeweigerd(Exception):
    """The step is not allowed; ``redenen`` holds one Dutch sentence per failing rule."""

    def __init__(self, redenen: list[str]):
        self.redenen = redenen
        super().__init__(" ".join(redenen))


def checklist(traject: Traject, fase: str | None = None) -> list[Controle]:
    """The checklist of ``fase`` (default: the traject's current fase), each check evaluated."""
    controles = []
    for registratie in _CHECKS[fase or traject.fase]:
        reden = registratie.functie(traject)
        controles.append(Controle(registratie.label, reden is None, reden or ""))
    return controles


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


@registreer_check(Fase.STARTEN, "Het expertteam heeft minstens één expert")
def _expertteam(traject: Traject) -> str | None:
    if not traject.rollen.filter(rol=Rol.EXPERT).exists():
        return "Er is nog geen expert aan het expertteam toegevoegd."
    return None
