"""Reads of Starten: expertteam, expert pool, stakeholder map and bijeenkomsten."""

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils import timezone

from trajecten.models import ExpertProfiel, Perspectief, Rol


def expertteam(*, traject):
    """The experts and moderators of a traject, one row per role."""
    return (
        traject.rollen.filter(rol__in=[Rol.EXPERT, Rol.MODERATOR])
        .select_related("user", "user__expertprofiel")
        .order_by("rol", "user__naam")
    )


@dataclass
class Teamlid:
    """One person of the expertteam with every role they hold on the traject (expert, moderator)."""

    user: object
    rollen: list = field(default_factory=list)  # their TrajectRol rows, expert first

    @property
    def rollen_tekst(self) -> str:
        """ "expert en moderator" """
        return " en ".join(r.get_rol_display().lower() for r in self.rollen)


def expertteam_per_persoon(*, traject) -> list[Teamlid]:
    """The expertteam with one line per person, however many roles they hold."""
    per_persoon: dict[int, Teamlid] = {}
    for trajectrol in expertteam(traject=traject).order_by("user__naam", "user__email", "user_id", "rol"):
        per_persoon.setdefault(trajectrol.user_id, Teamlid(user=trajectrol.user)).rollen.append(trajectrol)
    return list(per_persoon.values())


def expert_suggesties(*, traject, limiet: int = 10):
    """Active experts not yet on the traject whose expertise matches its beleidsthema's, best first."""
    themas = list(traject.beleidsthemas.values_list("pk", flat=True))
    al_in_team = traject.rollen.filter(rol=Rol.EXPERT).values("user_id")
    return (
        ExpertProfiel.objects.filter(actief=True, user__is_active=True, expertise__in=themas)
        .exclude(user_id__in=al_in_team)
        .annotate(overeenkomsten=Count("expertise", distinct=True))
        .select_related("user")
        .prefetch_related("expertise")
        .order_by("-overeenkomsten", "user__naam")[:limiet]
    )


def expertprofiel_list():
    return ExpertProfiel.objects.select_related("user").prefetch_related("expertise").order_by("user__naam")


def betrokkenen_per_perspectief(*, traject) -> list[dict]:
    """Every perspective with its betrokkenen, including the empty ones, so gaps are visible."""
    groepen = {p.value: [] for p in Perspectief}
    for betrokkene in traject.betrokkenen.all():
        groepen[betrokkene.perspectief].append(betrokkene)
    return [{"perspectief": p.value, "label": p.label, "betrokkenen": groepen[p.value]} for p in Perspectief]


def bijeenkomst_list(*, traject):
    return traject.bijeenkomsten.prefetch_related("betrokkenen", "deelnemers").order_by("begin", "pk")


def volgende_bijeenkomst(*, traject):
    return traject.bijeenkomsten.filter(eind__gte=timezone.now()).order_by("begin").first()
