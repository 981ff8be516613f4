"""Reads of inzichten: per step side by side with their evidence, one inzicht with its quotes and history."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404

from interviews.models import Code
from ontwerp.models import Inzicht, InzichtCitaat
from ontwerp.selectors.perspectief import perspectief_pad
from visieleren.core.models import AuditLog
from visieleren.permissions import inzicht_stappen_voor


def _met_bewijs(qs):
    """Evidence as four counts: quotes, distinct deelnemers, perspectives and interviews."""
    return qs.annotate(
        aantal_citaten=Count("onderbouwing", distinct=True),
        aantal_deelnemers=Count("onderbouwing__citaat__spreker", distinct=True),
        aantal_perspectieven=Count(perspectief_pad("onderbouwing__citaat__spreker"), distinct=True),
        aantal_interviews=Count("onderbouwing__citaat__interview", distinct=True),
    )


def inzicht_list(*, traject):
    qs = Inzicht.objects.filter(traject=traject)
    return _met_bewijs(qs.select_related("hoofdthema", "soort", "auteur", "herkomst")).order_by(
        "hoofdthema__volgorde", "pk"
    )


@dataclass
class StapKolom:
    stap: str
    label: str
    inzichten: list


def inzichten_per_stap(*, traject) -> list[StapKolom]:
    """The three synthesis steps side by side, each with its inzichten (constant queries)."""
    alle = list(inzicht_list(traject=traject).prefetch_related("vervolgen"))
    return [StapKolom(stap, label, [i for i in alle if i.stap == stap]) for stap, label in Inzicht.Stap.choices]


def inzicht_detail(*, traject, pk: int) -> Inzicht:
    return get_object_or_404(
        _met_bewijs(Inzicht.objects.filter(traject=traject))
        .select_related("hoofdthema", "soort", "auteur", "herkomst", "traject")
        .prefetch_related(
            Prefetch(
                "onderbouwing",
                queryset=InzichtCitaat.objects.select_related(
                    "citaat__interview", "citaat__spreker__betrokkene", "toegevoegd_door"
                ),
            ),
            "vervolgen",
        ),
        pk=pk,
    )


def geschiedenis(inzicht: Inzicht):
    """Who changed what and when: the audit log rows of this inzicht, newest first."""
    return (
        AuditLog.objects.filter(
            object_type=Inzicht._meta.verbose_name, object_id=str(inzicht.pk), traject_id=inzicht.traject_id
        )
        .select_related("actor")
        .order_by("-tijdstip", "-id")
    )


def inzicht_keuzes(*, traject, user):
    """The inzichten this user may add quotes to: those of the steps they write in."""
    stappen = inzicht_stappen_voor(user, traject)
    return list(
        Inzicht.objects.filter(traject=traject, stap__in=stappen)
        .select_related("hoofdthema")
        .order_by("stap", "hoofdthema__volgorde", "pk")
    )


def hoofdthemas():
    return Code.objects.filter(groep=Code.Groep.HOOFDTHEMA, actief=True).order_by("volgorde", "naam")


def soorten():
    return Code.objects.filter(groep=Code.Groep.SOORT, actief=True).order_by("volgorde", "naam")


def vastgesteld_met_onderbouwing(traject):
    """The traject's vastgestelde inzichten with at least one quote; ``traject`` may be an ``OuterRef``
    (the phase check asks it for many trajecten in one query)."""
    return Inzicht.objects.filter(traject=traject, status=Inzicht.Status.VASTGESTELD, onderbouwing__isnull=False)
