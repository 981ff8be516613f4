"""The evaluation with the betrokkenen: a personal, single-use link per person, and anonymous answers.

The two tables never meet. ``EvaluatieUitnodiging`` knows the person and only *whether* the link was
used (a boolean, no time); ``EvaluatieAntwoord`` knows the traject and the day, has a random UUID as
key (no insertion order) and no relation to the invitation or the person. No audit-log row is written
when someone answers, so nothing records which link produced which answer.
"""

import hashlib
import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from trajecten.models import Betrokkene, Traject

# (field, part, statement) — the statements are answered on a scale from 1 (helemaal oneens) to 5.
LIKERT_VRAGEN = [
    ("proces_duidelijk", "Proces", "Het doel en de aanpak van het traject waren mij duidelijk."),
    ("proces_gehoord", "Proces", "Ik voelde mij gehoord in het traject."),
    ("inzichten_herkenbaar", "Inzichten", "De inzichten en dilemma's uit het traject herken ik."),
    ("inzichten_nieuw", "Inzichten", "Het traject heeft mij nieuwe inzichten gegeven."),
    ("vervolg_vertrouwen", "Vervolg", "Ik heb er vertrouwen in dat de gemeente met de uitkomsten aan de slag gaat."),
    ("vervolg_rol", "Vervolg", "Ik weet wat mijn eigen rol is in het vervolg."),
]
OPEN_VRAGEN = [
    ("open_goed", "Wat werkte goed in het traject?"),
    ("open_beter", "Wat kan beter?"),
    ("open_vervolg", "Wat is nodig om de afspraken waar te maken?"),
]
SCHAAL = [(1, "Helemaal oneens"), (2, "Oneens"), (3, "Neutraal"), (4, "Eens"), (5, "Helemaal eens")]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class EvaluatieUitnodiging(models.Model):
    """One betrokkene invited to evaluate. The link's token is derived from ``sleutel`` with the
    SECRET_KEY (so a reminder can carry the same link); only its SHA-256 is stored to look it up."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="evaluatie_uitnodigingen")
    betrokkene = models.ForeignKey(
        Betrokkene, null=True, blank=True, on_delete=models.SET_NULL, related_name="evaluatie_uitnodigingen"
    )
    sleutel = models.CharField(max_length=64, unique=True, editable=False)
    hash = models.CharField(max_length=64, unique=True, editable=False)
    verloopt_op = models.DateTimeField("verloopt op")
    verstuurd_op = models.DateTimeField("verstuurd op", null=True, blank=True)
    herinnerd_op = models.DateTimeField("herinnering verstuurd op", null=True, blank=True)
    gebruikt = models.BooleanField("ingevuld", default=False)
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)

    class Meta:
        verbose_name = "evaluatie-uitnodiging"
        verbose_name_plural = "evaluatie-uitnodigingen"
        ordering = ["aangemaakt_op", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["traject", "betrokkene"],
                condition=Q(betrokkene__isnull=False),
                name="evaluatie_een_uitnodiging_per_betrokkene",
            )
        ]

    def __str__(self):
        return f"Evaluatie-uitnodiging {self.pk} ({self.traject})"

    @property
    def is_verlopen(self) -> bool:
        return self.verloopt_op <= timezone.now()


def _likert(label):
    return models.PositiveSmallIntegerField(
        label, null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )


class EvaluatieAntwoord(models.Model):
    """One filled-in questionnaire: the traject, the day and the answers — nothing about who."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="evaluatie_antwoorden")
    datum = models.DateField("datum")
    proces_duidelijk = _likert(LIKERT_VRAGEN[0][2])
    proces_gehoord = _likert(LIKERT_VRAGEN[1][2])
    inzichten_herkenbaar = _likert(LIKERT_VRAGEN[2][2])
    inzichten_nieuw = _likert(LIKERT_VRAGEN[3][2])
    vervolg_vertrouwen = _likert(LIKERT_VRAGEN[4][2])
    vervolg_rol = _likert(LIKERT_VRAGEN[5][2])
    open_goed = models.TextField(OPEN_VRAGEN[0][1], blank=True)
    open_beter = models.TextField(OPEN_VRAGEN[1][1], blank=True)
    open_vervolg = models.TextField(OPEN_VRAGEN[2][1], blank=True)

    class Meta:
        verbose_name = "evaluatie-antwoord"
        verbose_name_plural = "evaluatie-antwoorden"
        constraints = [
            models.CheckConstraint(
                condition=Q(**{f"{veld}__isnull": True}) | Q(**{f"{veld}__gte": 1, f"{veld}__lte": 5}),
                name=f"evaluatie_{veld}_1_tot_5",
            )
            for veld, _, _ in LIKERT_VRAGEN
        ]

    def __str__(self):
        return f"Evaluatie-antwoord ({self.traject})"
