"""The nazorggesprek with the gemeente, some months after the traject: what changed against the streefwaarden."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from trajecten.models import Traject


class Nazorggesprek(models.Model):
    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="nazorggesprekken")
    datum = models.DateField("datum")
    gesproken_met = models.CharField(
        "gesproken met",
        max_length=300,
        blank=True,
        help_text="Functies, geen namen: bijvoorbeeld wethouder, teamleider.",
    )
    notities = models.TextField("notities", blank=True)
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    vastgelegd_op = models.DateTimeField("vastgelegd op", default=timezone.now)

    class Meta:
        verbose_name = "nazorggesprek"
        verbose_name_plural = "nazorggesprekken"
        ordering = ["-datum", "-pk"]

    def __str__(self):
        return f"Nazorggesprek {self.datum:%d-%m-%Y}"

    def get_absolute_url(self):
        return reverse("borging:nazorggesprek", args=[self.traject_id, self.pk])
