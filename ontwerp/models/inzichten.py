"""Inzichten: what the moderators, the expertteam and the ontwerpsessie conclude from the quotes."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from interviews.models import Citaat, Code
from trajecten.models import Traject


class Inzicht(models.Model):
    """One insight of one synthesis step, supported by quotes. Carried forward as a new inzicht (``herkomst``)."""

    class Stap(models.TextChoices):
        MODERATOREN = "moderatoren", "Synthese door de moderatoren"
        EXPERTTEAM = "expertteam", "Synthese door het expertteam"
        REFLECTIE = "reflectie", "Reflectie in de ontwerpsessie"

    class Status(models.TextChoices):
        CONCEPT = "concept", "Concept"
        BESPROKEN = "besproken", "Besproken"
        VASTGESTELD = "vastgesteld", "Vastgesteld"

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="inzichten")
    titel = models.CharField("titel", max_length=200)
    toelichting = models.TextField("toelichting", blank=True, help_text="Markdown: *nadruk*, **vet**, lijstjes.")
    hoofdthema = models.ForeignKey(
        Code, on_delete=models.PROTECT, related_name="+", limit_choices_to={"groep": Code.Groep.HOOFDTHEMA}
    )
    soort = models.ForeignKey(
        Code, on_delete=models.PROTECT, related_name="+", limit_choices_to={"groep": Code.Groep.SOORT}
    )
    stap = models.CharField("stap", max_length=12, choices=Stap.choices)
    status = models.CharField("status", max_length=12, choices=Status.choices, default=Status.CONCEPT)
    auteur = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    herkomst = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="vervolgen",
        verbose_name="doorgezet uit",
    )
    onderbouwing_verloren_op = models.DateTimeField(
        "onderbouwing verloren op",
        null=True,
        blank=True,
        help_text="Gezet als citaten vervallen (toestemming ingetrokken); gewist bij het toevoegen van een citaat.",
    )
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)
    gewijzigd_op = models.DateTimeField("gewijzigd op", auto_now=True)
    citaten = models.ManyToManyField(Citaat, through="InzichtCitaat", related_name="inzichten", blank=True)

    class Meta:
        verbose_name = "inzicht"
        verbose_name_plural = "inzichten"
        ordering = ["stap", "hoofdthema__volgorde", "pk"]

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("ontwerp:inzicht", args=[self.traject_id, self.pk])

    @property
    def volgende_stap(self) -> str | None:
        stappen = list(self.Stap.values)
        index = stappen.index(self.stap)
        return stappen[index + 1] if index + 1 < len(stappen) else None


class InzichtCitaat(models.Model):
    """A quote that supports an inzicht: who added it, and when."""

    inzicht = models.ForeignKey(Inzicht, on_delete=models.CASCADE, related_name="onderbouwing")
    citaat = models.ForeignKey(Citaat, on_delete=models.CASCADE, related_name="+")
    toegevoegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    toegevoegd_op = models.DateTimeField("toegevoegd op", default=timezone.now)

    class Meta:
        verbose_name = "onderbouwend citaat"
        verbose_name_plural = "onderbouwende citaten"
        ordering = ["toegevoegd_op", "pk"]
        constraints = [models.UniqueConstraint(fields=["inzicht", "citaat"], name="inzichtcitaat_uniek")]

    def __str__(self):
        return f"{self.citaat} bij {self.inzicht}"
