"""Reads of the evaluation: the response rate and the results, only ever as aggregates."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Avg, Count, Q

from borging.grafiek import Balk, verdeling_balken
from borging.models import LIKERT_VRAGEN, OPEN_VRAGEN, EvaluatieAntwoord, EvaluatieUitnodiging


@dataclass
class Respons:
    uitgenodigd: int
    verstuurd: int
    beantwoord: int

    @property
    def percentage(self) -> int | None:
        return round(100 * self.beantwoord / self.verstuurd) if self.verstuurd else None


def evaluatie_respons(*, traject) -> Respons:
    """How many were invited, how many mails went out, how many answered: counts, never who."""
    tellingen = EvaluatieUitnodiging.objects.filter(traject=traject).aggregate(
        uitgenodigd=Count("pk"), verstuurd=Count("pk", filter=Q(verstuurd_op__isnull=False))
    )
    beantwoord = EvaluatieAntwoord.objects.filter(traject=traject).count()
    return Respons(beantwoord=beantwoord, **tellingen)


def uitnodiging_list(*, traject):
    """The invited betrokkenen, for the team: so nobody is invited twice. Whether someone answered is
    deliberately not part of it."""
    return (
        EvaluatieUitnodiging.objects.filter(traject=traject)
        .select_related("betrokkene")
        .order_by("betrokkene__perspectief", "betrokkene__naam", "pk")
    )


def niet_uitgenodigd(*, traject):
    """Betrokkenen with an e-mail address who have no invitation yet."""
    from trajecten.models import Betrokkene

    return (
        Betrokkene.objects.filter(traject=traject)
        .exclude(email="")
        .exclude(evaluatie_uitnodigingen__traject=traject)
        .order_by("perspectief", "naam")
    )


@dataclass
class Vraagresultaat:
    veld: str
    onderdeel: str
    vraag: str
    aantal: int
    gemiddelde: float | None
    verdeling: list[int]  # how many answered 1, 2, 3, 4, 5
    balken: list[Balk]


@dataclass
class Resultaten:
    aantal: int
    drempel: int
    likert: list[Vraagresultaat]
    open: list[tuple[str, list[str]]]  # (question, answers in alphabetical order)

    @property
    def zichtbaar(self) -> bool:
        return self.aantal >= self.drempel


def evaluatie_resultaten(*, traject) -> Resultaten:
    """Per statement: count, mean and distribution; per open question the texts, sorted so that
    their order says nothing about when or by whom. Below EVALUATIE_MIN_ANTWOORDEN nothing is shown."""
    antwoorden = EvaluatieAntwoord.objects.filter(traject=traject)
    drempel = settings.EVALUATIE_MIN_ANTWOORDEN
    aantal = antwoorden.count()
    if aantal < drempel:
        return Resultaten(aantal=aantal, drempel=drempel, likert=[], open=[])
    telling = {}
    for veld, _, _ in LIKERT_VRAGEN:
        telling[f"{veld}__gem"] = Avg(veld)
        for waarde in range(1, 6):
            telling[f"{veld}__{waarde}"] = Count("pk", filter=Q(**{veld: waarde}))
    cijfers = antwoorden.aggregate(**telling)
    likert = []
    for veld, onderdeel, vraag in LIKERT_VRAGEN:
        verdeling = [cijfers[f"{veld}__{waarde}"] for waarde in range(1, 6)]
        gemiddelde = cijfers[f"{veld}__gem"]
        likert.append(
            Vraagresultaat(
                veld=veld,
                onderdeel=onderdeel,
                vraag=vraag,
                aantal=sum(verdeling),
                gemiddelde=round(float(gemiddelde), 1) if gemiddelde is not None else None,
                verdeling=verdeling,
                balken=verdeling_balken(verdeling),
            )
        )
    teksten = list(antwoorden.values_list(*[veld for veld, _ in OPEN_VRAGEN]))
    open_antwoorden = [
        (vraag, sorted((rij[i] for rij in teksten if rij[i]), key=str.casefold))
        for i, (_, vraag) in enumerate(OPEN_VRAGEN)
    ]
    return Resultaten(aantal=aantal, drempel=drempel, likert=likert, open=open_antwoorden)
