"""Streefwaarden: what the gemeente agreed to monitor, and what was observed over time ("liever nog in verhalen")."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from trajecten.models import Traject


class Streefwaarde(models.Model):
    """One indicator with its baseline and target. Numbers are optional: some streefwaarden are told, not counted."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="streefwaarden")
    indicator = models.CharField("indicator", max_length=200)
    beschrijving = models.TextField(
        "beschrijving", blank=True, help_text="Wat de indicator zegt en hoe de gemeente het meet of ophaalt."
    )
    eenheid = models.CharField("eenheid", max_length=40, blank=True, help_text="Bijvoorbeeld: %, weken, aantal.")
    nulmeting = models.DecimalField("nulmeting (baseline)", max_digits=12, decimal_places=2, null=True, blank=True)
    doel = models.DecimalField("doel (streefwaarde)", max_digits=12, decimal_places=2, null=True, blank=True)
    afgesproken_op = models.DateField("afgesproken op", null=True, blank=True)
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)

    class Meta:
        verbose_name = "streefwaarde"
        verbose_name_plural = "streefwaarden"
        ordering = ["aangemaakt_op", "pk"]

    def __str__(self):
        return self.indicator

    def get_absolute_url(self):
        return reverse("borging:streefwaarden", args=[self.traject_id]) + f"#streefwaarde-{self.pk}"


class Observatie(models.Model):
    """The observed state of a streefwaarde on a date: a number, words, a story, or all three."""

    streefwaarde = models.ForeignKey(Streefwaarde, on_delete=models.CASCADE, related_name="observaties")
    datum = models.DateField("datum")
    waarde = models.DecimalField("gemeten waarde", max_digits=12, decimal_places=2, null=True, blank=True)
    stand = models.CharField(
        "waargenomen stand", max_length=300, blank=True, help_text="In een zin: hoe staat het ervoor?"
    )
    verhaal = models.TextField("verhaal", blank=True, help_text="Wat vertellen inwoners, uitvoering en bestuur?")
    nazorggesprek = models.ForeignKey(
        "borging.Nazorggesprek",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="observaties",
        verbose_name="nazorggesprek",
    )
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    vastgelegd_op = models.DateTimeField("vastgelegd op", default=timezone.now)

    class Meta:
        verbose_name = "observatie"
        verbose_name_plural = "observaties"
        ordering = ["datum", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(waarde__isnull=False) | ~Q(stand="") | ~Q(verhaal=""),
                name="observatie_niet_leeg",
                violation_error_message="Vul een gemeten waarde, een waargenomen stand of een verhaal in.",
            )
        ]

    def __str__(self):
        return f"{self.streefwaarde} op {self.datum:%d-%m-%Y}"

    @property
    def traject(self):
        return self.streefwaarde.traject
