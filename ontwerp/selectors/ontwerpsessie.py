"""Reads of the ontwerpsessie: the sessions of a traject, one session with who took part by perspective."""

from collections import Counter

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from ontwerp.models import Actiepunt, Ontwerpsessie, Oplossingsrichting
from trajecten.models import Bijeenkomst
from trajecten.models.starten import Perspectief


def ontwerpsessie_bijeenkomsten(*, traject):
    return Bijeenkomst.objects.filter(traject=traject, soort=Bijeenkomst.Soort.ONTWERPSESSIE).order_by("begin")


def bijeenkomst_van(*, traject, pk: int) -> Bijeenkomst:
    """A bijeenkomst of kind ontwerpsessie of this traject; anything else is a 404."""
    return get_object_or_404(ontwerpsessie_bijeenkomsten(traject=traject), pk=pk)


def ontwerpsessie_van(bijeenkomst: Bijeenkomst) -> Ontwerpsessie | None:
    return (
        Ontwerpsessie.objects.filter(bijeenkomst=bijeenkomst)
        .prefetch_related(
            Prefetch(
                "oplossingsrichtingen",
                queryset=Oplossingsrichting.objects.prefetch_related("inzichten"),
            ),
            Prefetch("actiepunten", queryset=Actiepunt.objects.order_by("datum", "pk")),
        )
        .first()
    )


def deelname_per_perspectief(bijeenkomst: Bijeenkomst) -> list[tuple[str, int]]:
    """Who took part, counted by perspective (never names): the bijeenkomst's betrokkenen."""
    telling = Counter(bijeenkomst.betrokkenen.values_list("perspectief", flat=True))
    return [(label, telling[waarde]) for waarde, label in Perspectief.choices if telling[waarde]]


def compleet(traject):
    """The ontwerpsessies of this traject with an oplossingsrichting and a handelingsperspectief;
    ``traject`` may be an ``OuterRef`` (the phase check asks it for many trajecten in one query)."""
    return Ontwerpsessie.objects.filter(
        bijeenkomst__traject=traject, oplossingsrichtingen__isnull=False, actiepunten__isnull=False
    )
