"""The borgingsessie is a Bijeenkomst of that kind; what it adds are the agreements (afspraken) and who follows up.

An afspraak will later point to the handelingsperspectief of the ontwerp app with a nullable
foreign key; nothing here depends on that yet.
"""

from django.db import models
from django.utils import timezone

from trajecten.models import Bijeenkomst


class Afspraak(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        BEZIG = "bezig", "Bezig"
        AFGEROND = "afgerond", "Afgerond"
        VERVALLEN = "vervallen", "Vervallen"

    bijeenkomst = models.ForeignKey(
        Bijeenkomst,
        on_delete=models.CASCADE,
        related_name="afspraken",
        limit_choices_to={"soort": Bijeenkomst.Soort.BORGINGSESSIE},
        verbose_name="borgingsessie",
    )
    omschrijving = models.TextField("afspraak")
    opvolger = models.CharField(
        "wie volgt op", max_length=200, help_text="Een functie of team, bijvoorbeeld: teamleider toegang."
    )
    datum = models.DateField("uiterlijk op", null=True, blank=True)
    status = models.CharField("status", max_length=20, choices=Status.choices, default=Status.OPEN)
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)
    gewijzigd_op = models.DateTimeField("gewijzigd op", auto_now=True)

    class Meta:
        verbose_name = "afspraak"
        verbose_name_plural = "afspraken"
        ordering = ["aangemaakt_op", "pk"]

    def __str__(self):
        return self.omschrijving[:80]

    @property
    def traject(self):
        return self.bijeenkomst.traject
