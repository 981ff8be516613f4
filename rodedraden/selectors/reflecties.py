"""Reads of expert reflections on one traject."""

from django.db.models import Prefetch

from interviews.models import Code
from rodedraden.models import Reflectie


def reflectie_list(*, traject):
    return (
        Reflectie.objects.filter(traject=traject)
        .select_related("expert")
        .prefetch_related(Prefetch("codes", queryset=Code.objects.select_related("ouder")))
        .order_by("aangemaakt_op", "pk")
    )


def eigen_reflectie(*, traject, expert) -> Reflectie | None:
    return Reflectie.objects.filter(traject=traject, expert=expert).first()
