"""Models of the Starten phase: stakeholder map, expert pool, bijeenkomsten and the phase log."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from trajecten.models.traject import Beleidsthema, Fase, Status, Traject


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

    AUDIT_PERSOONLIJK = True  # the audit log keeps its id and the names of changed fields, not the values

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

    @property
    def omschrijving_zonder_naam(self) -> str:
        """What people outside the team may see: function and organisation, never the name."""
        delen = [d for d in (self.functie, self.organisatie) if d]
        return ", ".join(delen) or self.get_perspectief_display()


class ExpertProfiel(models.Model):
    """A member of the expert pool; the team keeps the pool up to date in the product."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="expertprofiel", verbose_name="persoon"
    )
    organisatie = models.CharField("organisatie", max_length=200, blank=True)
    expertise = models.ManyToManyField(
        Beleidsthema, blank=True, related_name="experts", verbose_name="expertise (beleidsthema's)"
    )
    tags = models.CharField(
        "overige expertise",
        max_length=500,
        blank=True,
        help_text="Vrije trefwoorden, gescheiden door komma's, bijvoorbeeld: ervaringsdeskundigheid, "
        "regionale samenwerking.",
    )
    toelichting = models.TextField("toelichting", blank=True)
    actief = models.BooleanField("beschikbaar voor nieuwe trajecten", default=True)
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)

    class Meta:
        verbose_name = "expertprofiel"
        verbose_name_plural = "expertpool"
        ordering = ["user__naam"]

    def __str__(self):
        return str(self.user)

    @property
    def tag_lijst(self) -> list[str]:
        return [t.strip() for t in self.tags.split(",") if t.strip()]


class Bijeenkomst(models.Model):
    """A meeting of the traject: kick-off, interviews-dag, ontwerpsessie, borgingsessie and the like."""

    AUDIT_PERSOONLIJK = True  # agenda and verslag may name people: the log keeps field names only

    class Soort(models.TextChoices):
        KICKOFF = "kick-off", "Kick-off"
        INTERVIEWSDAG = "interviews-dag", "Interviews-dag"
        ONTWERPSESSIE = "ontwerpsessie", "Ontwerpsessie"
        BORGINGSESSIE = "borgingsessie", "Borgingsessie"
        INWONERSSESSIE = "inwonerssessie", "Inwonerssessie"
        WERKBEZOEK = "werkbezoek", "Werkbezoek"

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="bijeenkomsten")
    soort = models.CharField("soort", max_length=20, choices=Soort.choices)
    begin = models.DateTimeField("begin")
    eind = models.DateTimeField("eind")
    plaats = models.CharField("plaats", max_length=300, blank=True)
    agenda = models.TextField("agenda", blank=True)
    verslag = models.TextField("verslag", blank=True)
    betrokkenen = models.ManyToManyField(
        Betrokkene, blank=True, related_name="bijeenkomsten", verbose_name="betrokkenen die deelnemen"
    )
    deelnemers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="bijeenkomsten", verbose_name="deelnemers met een account"
    )
    uid = models.UUIDField("kalender-id", default=uuid.uuid4, unique=True, editable=False)
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)
    gewijzigd_op = models.DateTimeField("gewijzigd op", auto_now=True)

    class Meta:
        verbose_name = "bijeenkomst"
        verbose_name_plural = "bijeenkomsten"
        ordering = ["begin", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(eind__gt=models.F("begin")), name="bijeenkomst_eind_na_begin")
        ]

    def __str__(self):
        return f"{self.get_soort_display()} {timezone.localtime(self.begin):%d-%m-%Y}"

    def get_absolute_url(self):
        return reverse("trajecten:bijeenkomst", args=[self.traject_id, self.pk])

    @property
    def aantal_deelnemers(self) -> int:
        """Uses the prefetched relations of ``selectors.bijeenkomst_list``."""
        return len(self.betrokkenen.all()) + len(self.deelnemers.all())


class FaseOvergang(models.Model):
    """One step of the phase machine: to the next fase, or to an end status (afgerond, gestopt, ...)."""

    STAPPEN = [*Fase.choices, *[(s, label) for s, label in Status.choices if s != Status.LOPEND]]

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="faseovergangen")
    van = models.CharField("van", max_length=20, choices=STAPPEN)
    naar = models.CharField("naar", max_length=20, choices=STAPPEN)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    op = models.DateTimeField("op", default=timezone.now)
    toelichting = models.TextField("toelichting", blank=True)

    class Meta:
        verbose_name = "faseovergang"
        verbose_name_plural = "faseovergangen"
        ordering = ["op", "pk"]

    def __str__(self):
        return f"{self.get_van_display()} → {self.get_naar_display()}"
