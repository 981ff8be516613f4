"""Reads for trajecten: the overview in the shape of Tabel 1, with the joins it needs."""

import datetime

from django.db.models import Case, Prefetch, Q, Value, When
from django.urls import reverse
from django.utils import timezone

from trajecten.models import Aanmelding, Bijeenkomst, Status, Traject, TrajectRol
from visieleren.permissions import Actie, mag, zichtbare_trajecten


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
    lopend_eerst = Case(When(status=Status.LOPEND, then=Value(0)), default=Value(1))
    return (
        trajecten.prefetch_related("gemeenten", "beleidsthemas")
        .annotate(lopend_eerst=lopend_eerst)
        .order_by("lopend_eerst", "geplande_start", "titel", "pk")
    )


def traject_tijdlijn(*, traject, user) -> list[dict]:
    """Aanmelding, vraagverheldering, faseovergangen, bijeenkomsten and documents in date order.

    Each item: ``{"op": aware datetime, "soort": str, "tekst": str, "url": str | None}``. The
    aanmelding and its notes are for the team; documents follow ``Actie.DOCUMENT_BEKIJKEN``.
    """
    items = []
    if mag(user, Actie.NAMEN_ZIEN, traject):
        items += _aanmelding_items(traject)
    if traject.bw_besluit_op:
        items.append(
            {
                "op": _als_moment(traject.bw_besluit_op),
                "soort": "Besluit",
                "tekst": "Besluit college van B&W",
                "url": None,
            }
        )
    for overgang in traject.faseovergangen.select_related("door"):
        tekst = f"Fase {overgang.get_van_display()} → {overgang.get_naar_display()}"
        if overgang.toelichting:
            tekst += f": {overgang.toelichting}"
        items.append({"op": overgang.op, "soort": "Faseovergang", "tekst": tekst, "url": None})
    for bijeenkomst in traject.bijeenkomsten.all():
        items.append(
            {
                "op": bijeenkomst.begin,
                "soort": "Bijeenkomst",
                "tekst": bijeenkomst.get_soort_display() + (f" in {bijeenkomst.plaats}" if bijeenkomst.plaats else ""),
                "url": bijeenkomst.get_absolute_url(),
            }
        )
    if mag(user, Actie.DOCUMENT_BEKIJKEN, traject):
        for document in traject.documenten.all():
            items.append(
                {
                    "op": document.geupload_op,
                    "soort": "Document",
                    "tekst": document.titel,
                    "url": reverse("document_download", args=[document.pk]),
                }
            )
    return sorted(items, key=lambda item: item["op"])


def _als_moment(datum):
    """A date as the start of that day in the current time zone, to sort among datetimes."""
    if isinstance(datum, datetime.datetime):
        return datum if timezone.is_aware(datum) else timezone.make_aware(datum)
    return timezone.make_aware(datetime.datetime.combine(datum, datetime.time.min))


def _aanmelding_items(traject) -> list[dict]:
    """The aanmelding behind the traject (if it came in through the form) and its vraagverheldering."""
    try:
        aanmelding = traject.aanmelding
    except Aanmelding.DoesNotExist:
        return []
    url = aanmelding.get_absolute_url()
    items = [{"op": aanmelding.ingediend_op, "soort": "Aanmelding", "tekst": "Aanmelding ontvangen", "url": url}]
    for gesprek in aanmelding.gesprekken.all():
        tekst = f"Vraagverheldering: {gesprek.samenvatting}"[:300]
        # A talk is stored by date only; it cannot precede the aanmelding it is about.
        op = max(_als_moment(gesprek.datum), aanmelding.ingediend_op)
        items.append({"op": op, "soort": "Notitie", "tekst": tekst, "url": url})
    if aanmelding.besloten_op:
        items.append(
            {"op": aanmelding.besloten_op, "soort": "Aanmelding", "tekst": "Aanmelding geaccepteerd", "url": url}
        )
    return items


def mijn_trajecten(*, user):
    """The trajecten where the user has a role, lopende first, with their roles and next bijeenkomst prefetched."""
    return (
        Traject.objects.filter(rollen__user=user)
        .distinct()
        .prefetch_related(
            "gemeenten",
            Prefetch("rollen", queryset=TrajectRol.objects.filter(user=user), to_attr="mijn_rollen"),
            Prefetch(
                "bijeenkomsten",
                queryset=Bijeenkomst.objects.filter(eind__gte=timezone.now()).order_by("begin"),
                to_attr="komende_bijeenkomsten",
            ),
        )
        .annotate(afgelopen=Case(When(status=Status.LOPEND, then=Value(0)), default=Value(1)))
        .order_by("afgelopen", "geplande_start", "titel")
    )
