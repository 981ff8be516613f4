"""Reads for trajecten: the overview in the shape of Tabel 1, with the joins it needs."""

from django.db.models import Q

from visieleren.permissions import zichtbare_trajecten


def traject_list(*, user, status: str = "", fase: str = "", zoek: str = ""):
    """The trajecten a user may see, filtered; a constant number of queries whatever the count."""
    trajecten = zichtbare_trajecten(user)
    if status:
        trajecten = trajecten.filter(status=status)
    if fase:
        trajecten = trajecten.filter(fase=fase)
    if zoek:
        trajecten = trajecten.filter(
            Q(titel__icontains=zoek)
            | Q(vraagstuk__icontains=zoek)
            | Q(gemeenten__naam__icontains=zoek)
            | Q(beleidsthemas__naam__icontains=zoek)
        ).distinct()
    return trajecten.prefetch_related("gemeenten", "beleidsthemas").order_by("geplande_start", "titel", "pk")
