"""Quote cards (kaartjes): released quotes printed to cut out and hand round at the ontwerpsessie."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from interviews.models import Citaat
from trajecten.models import Traject
from visieleren import pdfjob
from visieleren.core.models import private_storage


def _kaartjes_pad(instance, filename):
    return f"kaartjes/{instance.traject_id}/{instance.pk}/{filename}"


class Kaartenset(pdfjob.PdfJob):
    """A set of cards: which quotes, how many per A4 page, and the rendered PDF in private storage."""

    class Status(models.TextChoices):
        WACHTRIJ = pdfjob.WACHTRIJ, "In de wachtrij"
        BEZIG = pdfjob.BEZIG, "Wordt gemaakt"
        KLAAR = pdfjob.KLAAR, "Klaar"
        MISLUKT = pdfjob.MISLUKT, "Mislukt"

    PDF_STATUS = "status"

    PER_PAGINA = [(2, "2 per pagina"), (4, "4 per pagina"), (6, "6 per pagina"), (8, "8 per pagina")]

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="kaartensets")
    titel = models.CharField("titel", max_length=200)
    per_pagina = models.PositiveSmallIntegerField("kaartjes per pagina", choices=PER_PAGINA, default=6)
    citaten = models.ManyToManyField(Citaat, related_name="kaartensets", verbose_name="citaten")
    status = models.CharField("status", max_length=10, choices=Status.choices, default=Status.WACHTRIJ)
    bestand = models.FileField("PDF", upload_to=_kaartjes_pad, storage=private_storage, max_length=300, blank=True)
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)
    klaar_op = models.DateTimeField("klaar op", null=True, blank=True)

    class Meta:
        verbose_name = "set kaartjes"
        verbose_name_plural = "sets kaartjes"
        ordering = ["-aangemaakt_op", "-pk"]

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("ontwerp:kaartenset", args=[self.traject_id, self.pk])

    def pdf_bestandsnaam(self) -> str:
        return f"kaartjes-{self.pk}.pdf"

    @property
    def afgerond(self) -> bool:
        return not self.pdf_bezig
