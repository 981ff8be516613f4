"""The ontwerpsessie: reflection on the inzichten, oplossingsrichtingen and the handelingsperspectief."""

from django.db import models
from django.urls import reverse
from django.utils import timezone

from ontwerp.models.inzichten import Inzicht
from trajecten.models import Bijeenkomst


class Ontwerpsessie(models.Model):
    """What was decided at a bijeenkomst of kind ontwerpsessie. Who took part: the bijeenkomst's betrokkenen."""

    bijeenkomst = models.OneToOneField(Bijeenkomst, on_delete=models.CASCADE, related_name="ontwerpsessie")
    reflectie = models.TextField("reflectie op de inzichten", blank=True, help_text="Markdown.")
    gewijzigd_op = models.DateTimeField("gewijzigd op", auto_now=True)

    class Meta:
        verbose_name = "ontwerpsessie"
        verbose_name_plural = "ontwerpsessies"

    def __str__(self):
        return str(self.bijeenkomst)

    def get_absolute_url(self):
        return reverse("ontwerp:ontwerpsessie", args=[self.bijeenkomst.traject_id, self.bijeenkomst_id])

    @property
    def traject(self):
        return self.bijeenkomst.traject


class Oplossingsrichting(models.Model):
    ontwerpsessie = models.ForeignKey(Ontwerpsessie, on_delete=models.CASCADE, related_name="oplossingsrichtingen")
    titel = models.CharField("titel", max_length=200)
    toelichting = models.TextField("toelichting", blank=True)
    inzichten = models.ManyToManyField(
        Inzicht, blank=True, related_name="oplossingsrichtingen", verbose_name="inzichten"
    )
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)

    class Meta:
        verbose_name = "oplossingsrichting"
        verbose_name_plural = "oplossingsrichtingen"
        ordering = ["aangemaakt_op", "pk"]

    def __str__(self):
        return self.titel


class Actiepunt(models.Model):
    """One concrete action of the handelingsperspectief, which the gemeente follows up."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        BEZIG = "bezig", "Bezig"
        GEREED = "gereed", "Gereed"

    ontwerpsessie = models.ForeignKey(Ontwerpsessie, on_delete=models.CASCADE, related_name="actiepunten")
    omschrijving = models.CharField("actie", max_length=300)
    eigenaar = models.CharField(
        "eigenaar", max_length=200, help_text="Een rol of organisatie, bijvoorbeeld 'Teamleider toegang'."
    )
    datum = models.DateField("uiterlijk op", null=True, blank=True)
    status = models.CharField("status", max_length=8, choices=Status.choices, default=Status.OPEN)

    class Meta:
        verbose_name = "actiepunt"
        verbose_name_plural = "handelingsperspectief"
        ordering = ["datum", "pk"]

    def __str__(self):
        return self.omschrijving
