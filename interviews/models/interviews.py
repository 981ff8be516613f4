"""Luisteren: deelnemers, duo-interviews and the quotes taken from their notes."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from trajecten.models import Betrokkene, Perspectief, Traject


class Reikwijdte(models.TextChoices):
    """Where a deelnemer's quotes may be used: each scope is consented to (and withdrawn) on its own."""

    TRAJECT = "traject", "Binnen het traject"
    EINDRAPPORTAGE = "eindrapportage", "In de eindrapportage"
    LANDELIJK = "landelijk", "In het landelijke rode-dradenrapport"


class Deelnemer(models.Model):
    """A person from the stakeholder map who takes part in duo-interviews, known outside the team by pseudonym."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="deelnemers")
    betrokkene = models.OneToOneField(Betrokkene, on_delete=models.CASCADE, related_name="deelnemer")
    pseudoniem = models.CharField("schuilnaam", max_length=60, help_text="Bijvoorbeeld 'Uitvoering 3'.")
    perspectief = models.CharField(
        "perspectief (bij het maken van de schuilnaam)",
        max_length=20,
        choices=Perspectief.choices,
        editable=False,
        help_text="Vastgelegd met de schuilnaam; een latere wijziging op de stakeholderkaart verandert dit niet.",
    )
    toestemming_op = models.DateField("toestemming gegeven op", null=True, blank=True)
    toestemming_ingetrokken_op = models.DateField("toestemming ingetrokken op", null=True, blank=True)
    # Consent per scope: the date it was given; empty = not given or withdrawn (the logboek keeps the history).
    toestemming_traject_op = models.DateField("toestemming binnen het traject sinds", null=True, blank=True)
    toestemming_eindrapportage_op = models.DateField("toestemming eindrapportage sinds", null=True, blank=True)
    toestemming_landelijk_op = models.DateField("toestemming landelijk rapport sinds", null=True, blank=True)
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)

    class Meta:
        verbose_name = "deelnemer"
        verbose_name_plural = "deelnemers"
        ordering = ["pseudoniem"]
        constraints = [models.UniqueConstraint(fields=["traject", "pseudoniem"], name="deelnemer_pseudoniem_uniek")]

    def __str__(self):
        return self.pseudoniem

    def save(self, *args, **kwargs):
        # The snapshot is taken once, with the pseudonym: later edits of the betrokkene do not move quotes.
        if not self.perspectief and self.betrokkene_id:
            self.perspectief = self.betrokkene.perspectief
        super().save(*args, **kwargs)

    @property
    def heeft_toestemming(self) -> bool:
        return self.toestemming_op is not None and self.toestemming_ingetrokken_op is None

    @staticmethod
    def reikwijdte_veld(reikwijdte: str) -> str:
        return f"toestemming_{Reikwijdte(reikwijdte).value}_op"

    @property
    def reikwijdtes(self) -> list[tuple[str, str, object]]:
        """[(scope, label, date given or None)] in the fixed order, for pages and forms."""
        return [(r.value, r.label, getattr(self, self.reikwijdte_veld(r))) for r in Reikwijdte]

    def toestemming_voor(self, reikwijdte: str):
        """The date consent for this scope was given, or None (also when all consent is withdrawn)."""
        return getattr(self, self.reikwijdte_veld(reikwijdte)) if self.heeft_toestemming else None


class Interview(models.Model):
    """A duo-interview: two deelnemers interview each other, a moderator writes the notes."""

    uuid = models.UUIDField("vaste sleutel", default=uuid.uuid4, unique=True, editable=False)
    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="interviews")
    datum = models.DateField("datum")
    deelnemer_a = models.ForeignKey(Deelnemer, on_delete=models.PROTECT, related_name="+", verbose_name="deelnemer 1")
    deelnemer_b = models.ForeignKey(Deelnemer, on_delete=models.PROTECT, related_name="+", verbose_name="deelnemer 2")
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="gemodereerde_interviews",
    )
    notities = models.TextField("aantekeningen", blank=True, help_text="Platte tekst; regels gescheiden door \\n.")
    notities_bijgewerkt_op = models.DateTimeField("aantekeningen bijgewerkt op", null=True, blank=True)
    # Raised by every save: a save based on an older version is a conflict, never a silent overwrite.
    notities_versie = models.PositiveIntegerField("versie van de aantekeningen", default=0)
    notities_verwijderd_op = models.DateTimeField("aantekeningen verwijderd op (bewaartermijn)", null=True, blank=True)
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)

    class Meta:
        verbose_name = "duo-interview"
        verbose_name_plural = "duo-interviews"
        ordering = ["-datum", "-pk"]
        # The quote list walks a traject's interviews newest first (selectors/codeboek.CITAAT_VOLGORDE).
        indexes = [models.Index(fields=["traject", "-datum", "id"], name="interview_traject_datum_idx")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(deelnemer_a=models.F("deelnemer_b")), name="interview_twee_verschillende_deelnemers"
            )
        ]

    def __str__(self):
        return f"Duo-interview {self.deelnemer_a} en {self.deelnemer_b} ({self.datum:%d-%m-%Y})"

    def get_absolute_url(self):
        return reverse("interviews:interview", args=[self.traject_id, self.pk])


class AantekeningenConcept(models.Model):
    """The autosaved draft of one person's notes on one interview (one per person, so the moderator
    and the team never overwrite each other's unsaved text)."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="concepten")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    tekst = models.TextField("concept", blank=True)
    basis_versie = models.PositiveIntegerField("gebaseerd op versie", default=0)
    opgeslagen_op = models.DateTimeField("opgeslagen op", default=timezone.now)

    class Meta:
        verbose_name = "concept van aantekeningen"
        verbose_name_plural = "concepten van aantekeningen"
        constraints = [models.UniqueConstraint(fields=["interview", "user"], name="concept_per_persoon")]

    def __str__(self):
        return f"Concept van {self.user} bij {self.interview}"


class Citaat(models.Model):
    """A quote from the notes. It keeps its own text, so it survives when retention removes the notes.

    ``begin`` and ``eind`` are code-point offsets into ``interview.notities`` (Python string indices);
    the browser's UTF-16 offsets are converted on the server.
    """

    AUDIT_PERSOONLIJK = True  # the audit log keeps its id, never its text

    class Anker(models.TextChoices):
        OK = "ok", "Verankerd"
        VERPLAATST = "verplaatst", "Opnieuw gevonden na bewerking"
        GEWIJZIGD = "gewijzigd", "Tekst in de aantekeningen gewijzigd"

    uuid = models.UUIDField("vaste sleutel", default=uuid.uuid4, unique=True, editable=False)
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="citaten")
    tekst = models.TextField("tekst")
    begin = models.PositiveIntegerField("begin (tekenpositie)")
    eind = models.PositiveIntegerField("eind (tekenpositie)")
    spreker = models.ForeignKey(Deelnemer, on_delete=models.CASCADE, related_name="citaten", verbose_name="spreker")
    context = models.CharField("context", max_length=300, blank=True)
    anker = models.CharField("anker", max_length=12, choices=Anker.choices, default=Anker.OK)
    gemaakt_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    gemaakt_op = models.DateTimeField("gemaakt op", default=timezone.now)
    # Released text: what may leave the team (cards, reports, exports). See services/vrijgave.py.
    vrijgegeven = models.BooleanField("vrijgegeven", default=False)
    vrijgegeven_tekst = models.TextField("vrijgegeven tekst", blank=True)
    vrijgegeven_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    vrijgegeven_op = models.DateTimeField("gecontroleerd op", null=True, blank=True)
    vrijgave_vervallen_op = models.DateTimeField(
        "vrijgave vervallen op",
        null=True,
        blank=True,
        help_text="De brontekst veranderde na de controle; de vrijgegeven tekst moet opnieuw worden bekeken.",
    )

    class Meta:
        verbose_name = "citaat"
        verbose_name_plural = "citaten"
        ordering = ["interview", "begin"]
        indexes = [models.Index(fields=["interview", "begin", "id"], name="citaat_interview_begin_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(eind__gt=models.F("begin")), name="citaat_eind_na_begin"),
            models.CheckConstraint(
                condition=Q(vrijgegeven=False) | (~Q(vrijgegeven_tekst="") & Q(vrijgegeven_op__isnull=False)),
                name="citaat_vrijgegeven_met_tekst",
            ),
        ]

    def __str__(self):
        return self.tekst[:80]


class AndereNaam(models.Model):
    """A person named in the notes who is no deelnemer (a colleague, a neighbour): replaced like a deelnemer.

    Kept per traject by the team and the moderators of its interviews; shown as ``[label]``.
    """

    AUDIT_PERSOONLIJK = True

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="andere_namen")
    naam = models.CharField("naam", max_length=200)
    label = models.CharField(
        "omschrijving", max_length=80, help_text="Wat er in plaats van de naam staat, bijvoorbeeld ‘collega wijkteam’."
    )
    interview = models.ForeignKey(
        Interview,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="andere_namen",
        help_text="Het interview waarbij de naam is toegevoegd.",
    )
    toegevoegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    toegevoegd_op = models.DateTimeField("toegevoegd op", default=timezone.now)

    class Meta:
        verbose_name = "andere naam"
        verbose_name_plural = "andere namen"
        ordering = ["naam", "pk"]
        constraints = [models.UniqueConstraint(fields=["traject", "naam"], name="andere_naam_uniek_per_traject")]

    def __str__(self):
        return f"Andere naam {self.pk} ({self.label})"

    @property
    def vervanging(self) -> str:
        return f"[{self.label}]"
