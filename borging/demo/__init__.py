"""Which demo trajecten are in Borgen, and when their streefwaarden were agreed."""

from datetime import date, timedelta

from django.utils import timezone

from trajecten.models import Fase, Status, Traject


def borgen_trajecten():
    """Afgeronde trajecten and those still in the Borgen phase (their borgingsessie is ahead)."""
    return Traject.objects.filter(fase=Fase.BORGEN, status__in=[Status.AFGEROND, Status.LOPEND]).order_by("pk")


def afspraakdatum(traject: Traject) -> date:
    """The streefwaarden were agreed at the end of Ontwerpen: some weeks before the end, or now."""
    if traject.werkelijke_eind:
        return traject.werkelijke_eind - timedelta(weeks=4)
    return timezone.localdate() - timedelta(weeks=5)
