"""Reads of werving en selectie: the team inbox with the joins it needs, and one aanmelding."""

from django.db.models import Count, Prefetch

from trajecten.models import Aanmelding, AanmeldingStatus, Gemeente, Vraagverheldering
from visieleren.core.taal import vergelijkbaar


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


def gemeente_met_naam(naam: str, *, behalve: Gemeente | None = None) -> Gemeente | None:
    """The gemeente or regio whose name is ``naam`` as a person reads it (case, accents, dashes and
    spaces aside: "Súdwest-Fryslân" is "sudwest fryslan"), or None. The database only knows the exact
    name is unique; the forms and the services ask this first."""
    sleutel = vergelijkbaar(naam)
    if not sleutel:
        return None
    gemeenten = Gemeente.objects.only("pk", "naam", "soort")
    if behalve is not None and behalve.pk:
        gemeenten = gemeenten.exclude(pk=behalve.pk)
    return next((g for g in gemeenten.iterator() if vergelijkbaar(g.naam) == sleutel), None)


def accepteren_voorstel(aanmelding: Aanmelding) -> dict:
    """What the accept form starts with. The gemeenten of the aanmelding are ticked; a name it typed
    outside the list ("Staat uw gemeente er niet bij?") is ticked when the list has it after all, and
    otherwise proposed as a new gemeente. The title is the stored names, so it stays empty (and is
    made from the names when saving) while a name is still to be added."""
    gemeenten = list(aanmelding.gemeenten.all())
    nieuwe_gemeente = ""
    anders = " ".join(aanmelding.gemeente_anders.split())
    if anders:
        bestaand = gemeente_met_naam(anders)
        if bestaand is None:
            nieuwe_gemeente = anders[:200]
        elif bestaand not in gemeenten:
            gemeenten.append(bestaand)
    gemeenten.sort(key=lambda g: g.naam)
    titel = "" if nieuwe_gemeente else ", ".join(g.naam for g in gemeenten)[:200]
    return {"titel": titel, "gemeenten": gemeenten, "nieuwe_gemeente": nieuwe_gemeente}


def contact_account(aanmelding: Aanmelding):
    """The account of the aanmelding's contact (made or found when it was accepted), or None."""
    from visieleren.accounts.models import User

    return User.objects.filter(email__iexact=aanmelding.contact_email).first()
