from django.db import models
from django.utils import timezone

from trajecten.models.basis import Traject


class Perspectief(models.TextChoices):
    BESTUUR = "bestuur", "Bestuur"
    BELEID = "beleid", "Beleid"
    UITVOERING = "uitvoering", "Uitvoering"
    INWONER = "inwoner", "Inwoner / ervaringsdeskundige"
    MAATSCHAPPELIJK = "maatschappelijk", "Maatschappelijke partner"
    ZORGAANBIEDER = "zorgaanbieder", "Zorgaanbieder"
    REGIO = "regio", "Regio"


class Betrokkene(models.Model):
    """A person or organisation on the traject's stakeholder map. Contact data is for the team only."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="betrokkenen")
    naam = models.CharField("naam", max_length=200)
    organisatie = models.CharField("organisatie", max_length=200, blank=True)
    functie = models.CharField("functie of rol", max_length=200, blank=True)
    perspectief = models.CharField("perspectief", max_length=20, choices=Perspectief.choices)
    intern = models.BooleanField("intern (gemeente)", default=False)
    email = models.EmailField("e-mailadres", blank=True)
    telefoon = models.CharField("telefoon", max_length=40, blank=True)
    toegevoegd_op = models.DateTimeField("toegevoegd op", default=timezone.now)

    class Meta:
        verbose_name = "betrokkene"
        verbose_name_plural = "betrokkenen"
        ordering = ["perspectief", "naam"]

    def __str__(self):
        return f"{self.naam} ({self.get_perspectief_display()})"
