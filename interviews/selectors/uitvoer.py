"""Reads for everything that leaves the team: cards, eindrapportage, exports and the rode draden.

Two rules hold for every output, and live here only:

- **Scope of consent**: a quote may be used in an output of scope ``reikwijdte`` (within the traject,
  eindrapportage, landelijk rapport) only when its speaker gave, and did not withdraw, consent for
  that scope. ``citaten_voor_uitvoer`` applies it.
- **Released text**: an output shows a quote's ``vrijgegeven_tekst`` only, never the raw text.
  ``uitvoer_teksten`` gives that text, or ``None`` for a quote that is not (or no longer) released, so
  the output can say so.

``citaten_in_uitvoer`` is the one rule for "used in an output" that the release list of the team
reads: the tagged quotes of trajecten in the fase Ontwerpen or Borgen (afgeronde trajecten stay in Borgen),
and every quote chosen for a set of cards; quotes of a report join here when that model exists.
"""

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from interviews.models import Citaat, Deelnemer, Tagging
from interviews.models.interviews import Reikwijdte
from interviews.privacy import zonder_namen
from trajecten.models import Fase

# Trajecten whose quotes are on their way into an output (synthesis starts in Ontwerpen).
FASEN_MET_UITVOER = (Fase.ONTWERPEN, Fase.BORGEN)


def _met_toestemming(reikwijdte: str) -> Q:
    veld = Deelnemer.reikwijdte_veld(reikwijdte)
    return Q(
        **{
            "spreker__toestemming_op__isnull": False,
            "spreker__toestemming_ingetrokken_op__isnull": True,
            f"spreker__{veld}__isnull": False,
        }
    )


def citaten_voor_uitvoer(*, traject=None, reikwijdte: str, alleen_vrijgegeven: bool = True) -> QuerySet[Citaat]:
    """The quotes that may go into an output of this scope: of ``traject`` (or of all trajecten, for
    the landelijk rapport), with the speaker's consent for the scope and, by default, released."""
    citaten = Citaat.objects.filter(_met_toestemming(Reikwijdte(reikwijdte)))
    if traject is not None:
        citaten = citaten.filter(interview__traject=traject)
    if alleen_vrijgegeven:
        citaten = citaten.filter(vrijgegeven=True)
    return citaten.select_related("spreker", "interview__traject").order_by("interview__traject_id", "pk")


def uitvoer_teksten(citaten) -> dict[int, str | None]:
    """{citaat pk: the released text, or None when the quote is not released}: outputs read only this."""
    return {c.pk: (c.vrijgegeven_tekst if c.vrijgegeven else None) for c in citaten}


def citaten_in_uitvoer(*, traject=None, trajecten=None, citaten=None) -> QuerySet[Citaat]:
    """The quotes used (or about to be used) in an output; see the module docstring for the rule.

    ``traject`` or ``trajecten`` (pks) narrow it to those trajecten, ``citaten`` to a smaller set (the
    quotes not released, for instance). The two ways into an output are read apart and joined (a
    union), each from its own index: the tagged quotes of the trajecten in Ontwerpen or Borgen, and the
    quotes on a card. One ``OR`` over every quote made the team's start page read all 200,000.
    """
    basis = Citaat.objects.all() if citaten is None else citaten
    if traject is not None:
        basis = basis.filter(interview__traject=traject)
    if trajecten is not None:
        basis = basis.filter(interview__traject__in=trajecten)
    actief = Tagging.objects.filter(citaat=OuterRef("pk"), verwijderd_op__isnull=True)
    getagd = basis.filter(Exists(actief), interview__traject__fase__in=FASEN_MET_UITVOER)
    op_kaartje = basis.filter(kaartensets__isnull=False)
    return Citaat.objects.filter(pk__in=getagd.order_by().values("pk").union(op_kaartje.order_by().values("pk")))


def citaten_zonder_vrijgave(*, traject=None, trajecten=None) -> QuerySet[Citaat]:
    """Quotes used in an output whose text is not (or no longer) released: the team's work list."""
    return (
        citaten_in_uitvoer(traject=traject, trajecten=trajecten, citaten=Citaat.objects.filter(vrijgegeven=False))
        .select_related("interview__traject", "spreker", "vrijgegeven_door")
        .order_by("interview__traject__titel", "interview__traject_id", "interview__datum", "begin", "pk")
    )


def zonder_vrijgave_per_traject(trajecten) -> dict[int, int]:
    """{traject pk: quotes in an output not released} for these trajecten (pks), in one query."""
    rijen = (
        citaten_zonder_vrijgave(trajecten=trajecten)
        .order_by()
        .values("interview__traject")
        .annotate(aantal=Count("pk"))
    )
    return {rij["interview__traject"]: rij["aantal"] for rij in rijen}


def vrijgave_voorstel(citaat: Citaat) -> str:
    """The text to start a check from: the released text if there is one, else the quote with the
    names of all deelnemers of its traject replaced by their pseudonyms (whoever looks at it)."""
    if citaat.vrijgegeven_tekst:
        return citaat.vrijgegeven_tekst
    return zonder_namen(tekst=citaat.tekst, traject=citaat.interview.traject)
