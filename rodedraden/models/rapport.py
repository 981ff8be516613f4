"""The rode-draden report: numbered versions, concept until vastgesteld, then frozen with a snapshot."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from trajecten.models import Traject
from visieleren import pdfjob
from visieleren.core.models import private_storage


def _rapport_pad(instance, filename):
    return f"rode-draden/{instance.pk}/{filename}"


class Rapportversie(pdfjob.PdfJob):
    """One version of the report: which trajecten, which of them named, the team's texts.

    ``teksten`` holds per hoofdthema (by name) an ``inleiding`` and a ``conclusie``. Once vastgesteld a
    version is never changed again; ``momentopname`` keeps what it showed (the figures and the quotes),
    so later tagging or withdrawn consent does not rewrite a published report. Withdrawn consent after
    publication is handled by making a new version.
    """

    class Status(models.TextChoices):
        CONCEPT = "concept", "Concept"
        VASTGESTELD = "vastgesteld", "Vastgesteld"

    class PdfStatus(models.TextChoices):
        GEEN = "", "Nog niet gemaakt"
        WACHTRIJ = pdfjob.WACHTRIJ, "In de wachtrij"
        BEZIG = pdfjob.BEZIG, "Wordt gemaakt"
        KLAAR = pdfjob.KLAAR, "Klaar"
        MISLUKT = pdfjob.MISLUKT, "Mislukt"

    PDF_KLAAR_OP = "pdf_klaar_op"

    nummer = models.PositiveIntegerField("versie", unique=True)
    titel = models.CharField("titel", max_length=200, default="Rode draden uit de Visieleertrajecten")
    status = models.CharField("status", max_length=12, choices=Status.choices, default=Status.CONCEPT)
    trajecten = models.ManyToManyField(Traject, related_name="+", verbose_name="trajecten")
    trajecten_genoemd = models.ManyToManyField(
        Traject, blank=True, related_name="+", verbose_name="trajecten bij naam genoemd"
    )
    teksten = models.JSONField("inleiding en conclusie per hoofdthema", default=dict, blank=True)
    momentopname = models.JSONField("momentopname bij vaststellen", null=True, blank=True, editable=False)
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)
    vastgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    vastgesteld_op = models.DateTimeField("vastgesteld op", null=True, blank=True)
    pdf_status = models.CharField("PDF", max_length=10, choices=PdfStatus.choices, default=PdfStatus.GEEN, blank=True)
    bestand = models.FileField("PDF", upload_to=_rapport_pad, storage=private_storage, max_length=300, blank=True)
    pdf_klaar_op = models.DateTimeField("PDF klaar op", null=True, blank=True)

    class Meta:
        verbose_name = "versie rode-dradenrapport"
        verbose_name_plural = "versies rode-dradenrapport"
        ordering = ["-nummer"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="concept")
                | models.Q(momentopname__isnull=False, vastgesteld_op__isnull=False),
                name="rapportversie_vastgesteld_met_momentopname",
            )
        ]

    def __str__(self):
        return f"{self.titel}, versie {self.nummer}"

    def get_absolute_url(self):
        return reverse("rodedraden:versie", args=[self.pk])

    def pdf_bestandsnaam(self) -> str:
        return f"rode-draden-v{self.nummer}.pdf"

    @property
    def vastgesteld(self) -> bool:
        return self.status == self.Status.VASTGESTELD
