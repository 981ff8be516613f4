"""Reads of streefwaarden with their follow-up over time."""

from django.db.models import Prefetch

from borging.grafiek import volg_grafiek
from borging.models import Observatie, Streefwaarde


def streefwaarde_list(*, traject) -> list[Streefwaarde]:
    """The traject's streefwaarden, each with ``observaties_lijst`` (oldest first) and ``grafiek``
    (None when there are no numbers). Two queries, however many streefwaarden."""
    streefwaarden = list(
        Streefwaarde.objects.filter(traject=traject).prefetch_related(
            Prefetch(
                "observaties",
                queryset=Observatie.objects.select_related("nazorggesprek").order_by("datum", "pk"),
                to_attr="observaties_lijst",
            )
        )
    )
    for streefwaarde in streefwaarden:
        streefwaarde.grafiek = volg_grafiek(streefwaarde, streefwaarde.observaties_lijst)
        streefwaarde.laatste = streefwaarde.observaties_lijst[-1] if streefwaarde.observaties_lijst else None
    return streefwaarden


def streefwaarde_detail(*, traject, pk) -> Streefwaarde:
    return Streefwaarde.objects.get(traject=traject, pk=pk)
