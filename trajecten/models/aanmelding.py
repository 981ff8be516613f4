"""Werving en selectie: a gemeente's aanmelding, the team's vraagverheldering and the status link.

An aanmelding lives before a Traject exists; accepting it creates the Traject (``traject``).
The contact follows the aanmelding without an account through an expiring link whose token is
stored only as a SHA-256 hash (``AanmeldingToken``).
"""

import hashlib

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from trajecten.models.traject import Beleidsthema, Gemeente, Traject


class AanmeldingStatus(models.TextChoices):
    NIEUW = "nieuw", "Nieuw"
    IN_GESPREK = "in_gesprek", "In gesprek (vraagverheldering)"
    GEACCEPTEERD = "geaccepteerd", "Geaccepteerd"
    AFGEWEZEN = "afgewezen", "Afgewezen"
    INGETROKKEN = "ingetrokken", "Ingetrokken"


OPEN_STATUSSEN = (AanmeldingStatus.NIEUW, AanmeldingStatus.IN_GESPREK)


class Aanmelding(models.Model):
    """A gemeente's request for a Visieleertraject, sent through the public form."""

    contact_naam = models.CharField("naam contactpersoon", max_length=200)
    contact_functie = models.CharField("functie of rol", max_length=200)
    contact_email = models.EmailField("e-mailadres", max_length=254)
    contact_telefoon = models.CharField("telefoonnummer", max_length=40)
    gemeenten = models.ManyToManyField(
        Gemeente, blank=True, related_name="aanmeldingen", verbose_name="gemeente(n) of regio"
    )
    gemeente_anders = models.CharField("gemeente niet in de lijst", max_length=300, blank=True)
    vraag = models.TextField("vraag in eigen woorden")
    context = models.TextField("context en urgentie")
    beleidsthemas = models.ManyToManyField(
        Beleidsthema, blank=True, related_name="aanmeldingen", verbose_name="beleidsthema's"
    )
    betrokkenen = models.TextField("wie is al betrokken", blank=True)
    gewenste_start = models.DateField("gewenste start", null=True, blank=True)
    toestemming_op = models.DateTimeField("toestemming gegeven op")

    status = models.CharField("status", max_length=20, choices=AanmeldingStatus.choices, default=AanmeldingStatus.NIEUW)
    ingediend_op = models.DateTimeField("ingediend op", default=timezone.now)
    gewijzigd_op = models.DateTimeField("gewijzigd op", auto_now=True)
    besluit_reden = models.TextField("reden van het besluit", blank=True)
    besloten_op = models.DateTimeField("besloten op", null=True, blank=True)
    besloten_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ingetrokken_reden = models.TextField("reden van intrekken", blank=True)
    traject = models.OneToOneField(Traject, null=True, blank=True, on_delete=models.SET_NULL, related_name="aanmelding")
    # sha256 of e-mail and normalised question: finds a duplicate without storing more.
    dubbel_sleutel = models.CharField(max_length=64, db_index=True, editable=False)
    bevestiging_verstuurd_op = models.DateTimeField("bevestiging verstuurd op", null=True, blank=True)
    gemelde_status = models.CharField("laatst gemelde status", max_length=20, blank=True)
    team_gemeld_op = models.DateTimeField("aan het team gemeld op", null=True, blank=True)

    class Meta:
        verbose_name = "aanmelding"
        verbose_name_plural = "aanmeldingen"
        ordering = ["-ingediend_op"]
        indexes = [models.Index(fields=["status", "ingediend_op"])]

    def __str__(self):
        # No name here: this text is copied into the audit log, which outlives the aanmelding.
        return f"Aanmelding {self.pk}"

    def get_absolute_url(self):
        return reverse("aanmeldingen:detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSSEN

    @property
    def gemeenten_tekst(self) -> str:
        namen = [g.naam for g in self.gemeenten.all()]
        if self.gemeente_anders:
            namen.append(self.gemeente_anders)
        return ", ".join(namen)


class Vraagverheldering(models.Model):
    """Notes of one clarifying conversation between the team and the gemeente."""

    AUDIT_PERSOONLIJK = True  # who took part and what was said stay out of the log

    aanmelding = models.ForeignKey(Aanmelding, on_delete=models.CASCADE, related_name="gesprekken")
    datum = models.DateField("datum van het gesprek")
    deelnemers = models.CharField("wie waren erbij", max_length=500)
    samenvatting = models.TextField("samenvatting")
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    vastgelegd_op = models.DateTimeField("vastgelegd op", default=timezone.now)

    class Meta:
        verbose_name = "vraagverheldering"
        verbose_name_plural = "vraagverhelderingen"
        ordering = ["datum", "vastgelegd_op"]

    def __str__(self):
        return f"Vraagverheldering {self.datum:%d-%m-%Y} ({self.aanmelding})"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class AanmeldingToken(models.Model):
    """One status link sent by e-mail. Only the hash of the token is kept."""

    aanmelding = models.ForeignKey(Aanmelding, on_delete=models.CASCADE, related_name="tokens")
    hash = models.CharField(max_length=64, unique=True)
    aangemaakt_op = models.DateTimeField(default=timezone.now)
    verloopt_op = models.DateTimeField("verloopt op")

    class Meta:
        verbose_name = "statuslink"
        verbose_name_plural = "statuslinks"

    def __str__(self):
        return f"Statuslink voor {self.aanmelding} tot {self.verloopt_op:%d-%m-%Y}"

    @property
    def is_verlopen(self) -> bool:
        return self.verloopt_op <= timezone.now()
