"""Reads for quote cards: which quotes may go on a card, and what each card shows.

A card leaves the team (it is handed to beleid and bestuur at the ontwerpsessie), so it shows a
quote's released text only, and only for speakers whose consent covers use within the traject
(``interviews.selectors.uitvoer``). A quote without a released text is listed, and left out until it
is released. Never a name: the card shows the perspective and the codes.
"""

from dataclasses import dataclass

from django.db.models import Prefetch, Q

from interviews.models import Citaat, Code, Tagging
from interviews.models.interviews import Reikwijdte
from interviews.selectors.uitvoer import citaten_voor_uitvoer
from ontwerp.models import Kaartenset
from ontwerp.selectors.perspectief import perspectief_pad, perspectief_van
from trajecten.models.starten import Perspectief


@dataclass(frozen=True)
class Kaart:
    tekst: str
    perspectief: str
    codes: list[tuple[str, str]]  # (name, colour)


def _actieve_taggings():
    return Prefetch(
        "taggings",
        queryset=Tagging.objects.filter(verwijderd_op__isnull=True).select_related("code").order_by("code__groep"),
        to_attr="actieve_taggings",
    )


def kandidaten(*, traject, code: Code | None = None, perspectief: str = "", inzicht=None):
    """Quotes of the traject selected by code (with its subcodes), perspective or inzicht, with consent
    for use within the traject; released and not yet released alike (the page says which is which)."""
    citaten = citaten_voor_uitvoer(traject=traject, reikwijdte=Reikwijdte.TRAJECT, alleen_vrijgegeven=False)
    if code is not None:
        codes = [code.pk, *Code.objects.filter(Q(ouder=code) | Q(ouder__ouder=code)).values_list("pk", flat=True)]
        citaten = citaten.filter(taggings__code__in=codes, taggings__verwijderd_op__isnull=True)
    if perspectief:
        citaten = citaten.filter(**{perspectief_pad("spreker"): perspectief})
    if inzicht is not None:
        citaten = citaten.filter(inzichten=inzicht)
    return citaten.distinct().select_related("interview").order_by("interview__datum", "interview_id", "begin")


def kaartenset_list(*, traject):
    return Kaartenset.objects.filter(traject=traject).select_related("aangemaakt_door")


def kaarten(kaartenset: Kaartenset) -> list[Kaart]:
    """The cards of a set, in order: released text, perspective and the codes with their colours."""
    labels = dict(Perspectief.choices)
    citaten = (
        kaartenset.citaten.filter(vrijgegeven=True)
        .select_related("spreker", "interview")
        .prefetch_related(_actieve_taggings())
        .order_by("interview__datum", "interview_id", "begin")
    )
    return [
        Kaart(
            tekst=c.vrijgegeven_tekst,
            perspectief=labels.get(perspectief_van(c.spreker), perspectief_van(c.spreker)),
            codes=[(t.code.naam, t.code.kleur) for t in c.actieve_taggings if t.code.groep != Code.Groep.UITGANGSPUNT],
        )
        for c in citaten
    ]


def niet_vrijgegeven(citaten) -> list[Citaat]:
    return [c for c in citaten if not c.vrijgegeven]
