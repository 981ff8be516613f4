"""Reads of Starten: expertteam, expert pool, stakeholder map and bijeenkomsten."""

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
