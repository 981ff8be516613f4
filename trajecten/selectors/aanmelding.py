"""Reads of werving en selectie: the team inbox with the joins it needs, and one aanmelding."""

from django.db.models import Count, Prefetch

from trajecten.models import Aanmelding, AanmeldingStatus, Gemeente, Vraagverheldering


def aanmelding_list(*, status: str = ""):
    """Aanmeldingen for the inbox, newest first; a constant number of queries whatever the count."""
    aanmeldingen = Aanmelding.objects.all()
    if status:
        aanmeldingen = aanmeldingen.filter(status=status)
    return aanmeldingen.select_related("traject").prefetch_related("gemeenten", "beleidsthemas")


def aanmelding_tellingen() -> dict[str, int]:
    """How many aanmeldingen there are per status, for the tabs of the inbox."""
    tellingen = dict(Aanmelding.objects.values_list("status").annotate(n=Count("pk")).order_by())
    return {status: tellingen.get(status, 0) for status in AanmeldingStatus.values}


def aanmelding_detail(*, pk: int) -> Aanmelding:
    return (
        Aanmelding.objects.select_related("traject", "besloten_door")
        .prefetch_related(
            "gemeenten",
            "beleidsthemas",
            Prefetch("gesprekken", queryset=Vraagverheldering.objects.select_related("vastgelegd_door")),
        )
        .get(pk=pk)
    )


def gemeente_list():
    return (
        Gemeente.objects.prefetch_related("leden")
        .annotate(aantal_trajecten=Count("trajecten"))
        .order_by("soort", "naam")
    )
