"""The eindrapportage of a traject: versions (concept → ter review → vastgesteld), their sections,
the gemeente's comments, the quotes a version uses (frozen on vaststelling) and the download log.

Every version is kept. A vastgestelde version never changes again: its sections are read-only and
its quotes (``VersieCitaat``) hold their own copy of the released text and a source without
pseudonym, so a later withdrawal of consent does not alter a published report.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from trajecten.models import Traject
from visieleren import pdfjob
from visieleren.core.models import private_storage


class Eindrapportage(models.Model):
    traject = models.OneToOneField(Traject, on_delete=models.CASCADE, related_name="eindrapportage")
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)

    class Meta:
        verbose_name = "eindrapportage"
        verbose_name_plural = "eindrapportages"

    def __str__(self):
        return f"Eindrapportage {self.traject}"

    def get_absolute_url(self):
        return reverse("borging:eindrapportage", args=[self.traject_id])


def _rapport_pad(instance, filename):
    return f"rapporten/{instance.eindrapportage.traject_id}/{instance.pk}/{filename}"


class Versie(pdfjob.PdfJob):
    class Status(models.TextChoices):
        CONCEPT = "concept", "Concept"
        TER_REVIEW = "ter_review", "Ter review"
        VASTGESTELD = "vastgesteld", "Vastgesteld"

    class Pdf(models.TextChoices):
        GEEN = "geen", "Nog niet gemaakt"
        WACHTRIJ = pdfjob.WACHTRIJ, "In de wachtrij"
        BEZIG = pdfjob.BEZIG, "Wordt gemaakt"
        KLAAR = pdfjob.KLAAR, "Klaar"
        MISLUKT = pdfjob.MISLUKT, "Mislukt"

    eindrapportage = models.ForeignKey(Eindrapportage, on_delete=models.CASCADE, related_name="versies")
    nummer = models.PositiveSmallIntegerField("versie")
    status = models.CharField("status", max_length=12, choices=Status.choices, default=Status.CONCEPT)
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)
    ter_review_op = models.DateTimeField("ter review sinds", null=True, blank=True)
    vastgesteld_op = models.DateTimeField("vastgesteld op", null=True, blank=True)
    vastgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The rendered PDF (vastgestelde versions only), a PDF job like ontwerp's kaartjes.
    pdf_status = models.CharField("PDF", max_length=10, choices=Pdf.choices, default=Pdf.GEEN)
    bestand = models.FileField("PDF", upload_to=_rapport_pad, storage=private_storage, max_length=300, blank=True)
    pdf_variant = models.CharField("PDF-variant", max_length=10, blank=True)
    klaar_op = models.DateTimeField("PDF klaar op", null=True, blank=True)

    class Meta:
        verbose_name = "versie van de eindrapportage"
        verbose_name_plural = "versies van de eindrapportage"
        ordering = ["-nummer"]
        constraints = [
            models.UniqueConstraint(fields=["eindrapportage", "nummer"], name="versie_nummer_uniek"),
            # At most one version in progress (concept or ter review) per report.
            models.UniqueConstraint(
                fields=["eindrapportage"], condition=~Q(status="vastgesteld"), name="versie_een_in_bewerking"
            ),
            models.CheckConstraint(
                condition=~Q(status="vastgesteld") | Q(vastgesteld_op__isnull=False), name="versie_vastgesteld_op"
            ),
        ]

    def __str__(self):
        return f"Versie {self.nummer} ({self.get_status_display().lower()})"

    def get_absolute_url(self):
        return reverse("borging:versie", args=[self.eindrapportage.traject_id, self.pk])

    @property
    def traject(self):
        return self.eindrapportage.traject

    @property
    def bewerkbaar(self) -> bool:
        """Concept and ter review: the team edits while the gemeente comments."""
        return self.status != self.Status.VASTGESTELD

    @property
    def vastgesteld(self) -> bool:
        return self.status == self.Status.VASTGESTELD

    def pdf_bestandsnaam(self) -> str:
        return f"eindrapportage-v{self.nummer}.pdf"

    def pdf_velden(self, pdf) -> dict:
        return {"pdf_variant": pdf.variant}

    @property
    def pdf_afgerond(self) -> bool:
        return self.pdf_status in (self.Pdf.KLAAR, self.Pdf.MISLUKT, self.Pdf.GEEN)


class Sectie(models.Model):
    """One section of a version: Markdown text, written by the service and edited by the team."""

    class Soort(models.TextChoices):
        INLEIDING = "inleiding", "Inleiding"
        KERNVRAAG = "kernvraag", "Kernvraag en aanpak"
        GEHOORD = "gehoord", "Wie is gehoord"
        INZICHTEN = "inzichten", "Inzichten per hoofdthema"
        DILEMMAS = "dilemmas", "Dilemma's en werkzame elementen"
        OPLOSSINGSRICHTING = "oplossingsrichting", "Oplossingsrichting en handelingsperspectief"
        ADVIES = "advies", "Advies en vervolgstappen"
        STREEFWAARDEN = "streefwaarden", "Streefwaarden"

    versie = models.ForeignKey(Versie, on_delete=models.CASCADE, related_name="secties")
    soort = models.CharField("sectie", max_length=20, choices=Soort.choices)
    volgorde = models.PositiveSmallIntegerField("volgorde")
    tekst = models.TextField("tekst", blank=True, help_text="Markdown: *nadruk*, **vet**, lijstjes, ### kopjes.")
    tabel = models.JSONField(
        "tabel", default=dict, blank=True, help_text='Uit de gegevens: {"kop": [...], "rijen": [[...], ...]}.'
    )
    gewijzigd_op = models.DateTimeField("gewijzigd op", default=timezone.now)

    class Meta:
        verbose_name = "sectie"
        verbose_name_plural = "secties"
        ordering = ["volgorde"]
        constraints = [models.UniqueConstraint(fields=["versie", "soort"], name="sectie_soort_uniek")]

    def __str__(self):
        return self.get_soort_display()

    @property
    def traject(self):
        return self.versie.traject


class VersieCitaat(models.Model):
    """A quote a version uses: the released text and a source without pseudonym, copied from the data.

    Refreshed while the version is a concept; frozen from vaststelling on. ``citaat`` may later be
    gone (retention, withdrawal): the copy stays.
    """

    versie = models.ForeignKey(Versie, on_delete=models.CASCADE, related_name="citaten")
    citaat = models.ForeignKey("interviews.Citaat", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    hoofdthema = models.CharField("hoofdthema", max_length=120)
    inzicht = models.CharField("inzicht", max_length=200)
    tekst = models.TextField("vrijgegeven tekst")
    bron = models.CharField("bron", max_length=200, help_text="Perspectief en maand, nooit een naam of schuilnaam.")
    volgorde = models.PositiveIntegerField("volgorde", default=0)

    class Meta:
        verbose_name = "citaat in de eindrapportage"
        verbose_name_plural = "citaten in de eindrapportage"
        ordering = ["volgorde", "pk"]

    def __str__(self):
        return self.tekst[:80]


class Opmerking(models.Model):
    """A comment of the gemeente contactpersoon on one section of a version ter review, and the team's answer."""

    sectie = models.ForeignKey(Sectie, on_delete=models.CASCADE, related_name="opmerkingen")
    auteur = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    tekst = models.TextField("opmerking")
    geplaatst_op = models.DateTimeField("geplaatst op", default=timezone.now)
    antwoord = models.TextField("antwoord van het team", blank=True)
    beantwoord_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    beantwoord_op = models.DateTimeField("beantwoord op", null=True, blank=True)

    class Meta:
        verbose_name = "opmerking"
        verbose_name_plural = "opmerkingen"
        ordering = ["geplaatst_op", "pk"]

    def __str__(self):
        return self.tekst[:80]

    @property
    def traject(self):
        return self.sectie.versie.traject


class RapportDownload(models.Model):
    """Who downloaded which version, when: the team lists these per report."""

    versie = models.ForeignKey(Versie, on_delete=models.CASCADE, related_name="downloads")
    door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    door_omschrijving = models.CharField("door", max_length=254)
    op = models.DateTimeField("gedownload op", default=timezone.now)

    class Meta:
        verbose_name = "download van de eindrapportage"
        verbose_name_plural = "downloads van de eindrapportage"
        ordering = ["-op", "-pk"]

    def __str__(self):
        return f"{self.door_omschrijving} {self.op:%Y-%m-%d %H:%M}"
