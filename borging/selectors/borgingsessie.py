"""Reads of the borgingsessies (bijeenkomsten of that kind) and their afspraken."""

from django.db.models import Prefetch

from borging.models import Afspraak
from trajecten.models import Bijeenkomst


def borgingsessie_list(*, traject):
    return (
        Bijeenkomst.objects.filter(traject=traject, soort=Bijeenkomst.Soort.BORGINGSESSIE)
        .prefetch_related(Prefetch("afspraken", queryset=Afspraak.objects.order_by("aangemaakt_op", "pk")))
        .order_by("begin", "pk")
    )


def borgingsessie_detail(*, traject, pk) -> Bijeenkomst:
    return Bijeenkomst.objects.get(traject=traject, soort=Bijeenkomst.Soort.BORGINGSESSIE, pk=pk)


def afspraak_detail(*, traject, pk) -> Afspraak:
    return Afspraak.objects.select_related("bijeenkomst").get(bijeenkomst__traject=traject, pk=pk)
