"""Reads of the nazorggesprekken."""

from django.db.models import Prefetch

from borging.models import Nazorggesprek, Observatie


def _met_observaties():
    return Prefetch(
        "observaties",
        queryset=Observatie.objects.select_related("streefwaarde").order_by("streefwaarde__aangemaakt_op", "pk"),
    )


def nazorggesprek_list(*, traject):
    return Nazorggesprek.objects.filter(traject=traject).prefetch_related(_met_observaties())


def nazorggesprek_detail(*, traject, pk) -> Nazorggesprek:
    return Nazorggesprek.objects.prefetch_related(_met_observaties()).get(traject=traject, pk=pk)
