from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from trajecten.models import Betrokkene, Traject


class Deelnemer(models.Model):
    """A person from the stakeholder map who takes part in duo-interviews, known outside the team by pseudonym."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="deelnemers")
    betrokkene = models.OneToOneField(Betrokkene, on_delete=models.CASCADE, related_name="deelnemer")
    pseudoniem = models.CharField("schuilnaam", max_length=60, help_text="Bijvoorbeeld 'Uitvoering 3'.")
    toestemming_op = models.DateField("toestemming gegeven op", null=True, blank=True)
    toestemming_ingetrokken_op = models.DateField("toestemming ingetrokken op", null=True, blank=True)
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)

    class Meta:
        verbose_name = "deelnemer"
        verbose_name_plural = "deelnemers"
        ordering = ["pseudoniem"]
        constraints = [models.UniqueConstraint(fields=["traject", "pseudoniem"], name="deelnemer_pseudoniem_uniek")]

    def __str__(self):
        return self.pseudoniem

    @property
    def heeft_toestemming(self) -> bool:
        return self.toestemming_op is not None and self.toestemming_ingetrokken_op is None


class Interview(models.Model):
    """A duo-interview: two deelnemers interview each other, a moderator writes the notes."""

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

    class Anker(models.TextChoices):
        OK = "ok", "Verankerd"
        VERPLAATST = "verplaatst", "Opnieuw gevonden na bewerking"
        GEWIJZIGD = "gewijzigd", "Tekst in de aantekeningen gewijzigd"

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="citaten")
    tekst = models.TextField("tekst")
    begin = models.PositiveIntegerField("begin (tekenpositie)")
    eind = models.PositiveIntegerField("eind (tekenpositie)")
    spreker = models.ForeignKey(Deelnemer, on_delete=models.CASCADE, related_name="citaten", verbose_name="spreker")
    context = models.CharField("context", max_length=300, blank=True)
    anker = models.CharField("anker", max_length=12, choices=Anker.choices, default=Anker.OK)
    gemaakt_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    gemaakt_op = models.DateTimeField("gemaakt op", default=timezone.now)

    class Meta:
        verbose_name = "citaat"
        verbose_name_plural = "citaten"
        ordering = ["interview", "begin"]
        constraints = [models.CheckConstraint(condition=Q(eind__gt=models.F("begin")), name="citaat_eind_na_begin")]

    def __str__(self):
        return self.tekst[:80]


class Code(models.Model):
    """A code of the shared codebook (hoofdthema, uitgangspunt, soort) or of one traject."""

    class Groep(models.TextChoices):
        HOOFDTHEMA = "hoofdthema", "Hoofdthema"
        UITGANGSPUNT = "uitgangspunt", "Uitgangspunt"
        SOORT = "soort", "Soort"
        TRAJECT = "traject", "Trajectspecifiek"

    groep = models.CharField("groep", max_length=20, choices=Groep.choices)
    naam = models.CharField("naam", max_length=120)
    beschrijving = models.TextField("beschrijving", blank=True)
    kleur = models.CharField("kleur", max_length=7, default="#4b5563", help_text="Hexadecimaal, bijvoorbeeld #1f6f8b.")
    voorbeeld = models.TextField("voorbeeld", blank=True)
    ouder = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="kinderen")
    traject = models.ForeignKey(
        Traject,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="codes",
        help_text="Alleen voor trajectspecifieke codes.",
    )
    actief = models.BooleanField("actief", default=True, help_text="Uitgefaseerde codes blijven aan citaten hangen.")
    volgorde = models.PositiveSmallIntegerField(default=0)
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    samengevoegd_in = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="samengevoegd in",
        help_text="Na samenvoegen: de code waar de taggings naartoe zijn gegaan.",
    )

    class Meta:
        verbose_name = "code"
        verbose_name_plural = "codes"
        ordering = ["groep", "volgorde", "naam"]
        constraints = [
            models.CheckConstraint(
                condition=Q(groep="traject", traject__isnull=False) | (~Q(groep="traject") & Q(traject__isnull=True)),
                name="code_traject_alleen_bij_trajectcode",
            )
        ]

    def __str__(self):
        return f"{self.ouder.naam} > {self.naam}" if self.ouder_id and self.ouder else self.naam


class Tagging(models.Model):
    """One code on one citaat by one person. Removing a tag sets ``verwijderd_op``: history is kept."""

    citaat = models.ForeignKey(Citaat, on_delete=models.CASCADE, related_name="taggings")
    code = models.ForeignKey(Code, on_delete=models.PROTECT, related_name="taggings")
    door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    op = models.DateTimeField("getagd op", default=timezone.now)
    verwijderd_op = models.DateTimeField("verwijderd op", null=True, blank=True)
    verwijderd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    samengevoegd_van = models.ForeignKey(
        Code,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="oorspronkelijke code (voor samenvoegen)",
    )

    class Meta:
        verbose_name = "tagging"
        verbose_name_plural = "taggings"
        ordering = ["op"]
        constraints = [
            models.UniqueConstraint(
                fields=["citaat", "code"], condition=Q(verwijderd_op__isnull=True), name="tagging_actief_uniek"
            )
        ]

    def __str__(self):
        return f"{self.code} op {self.citaat}"


class Beoordeling(models.Model):
    """A second expert's judgement of one code on one citaat: agree or disagree with the first coder, or add.

    One row per (citaat, code, reviewer); reviewing again overwrites it. Cohen's kappa per code compares
    the first coder (eens/oneens: the code was there) with the reviewer (eens/toegevoegd: it should be).
    """

    class Oordeel(models.TextChoices):
        EENS = "eens", "Eens"
        ONEENS = "oneens", "Oneens"
        TOEGEVOEGD = "toegevoegd", "Code toegevoegd"

    citaat = models.ForeignKey(Citaat, on_delete=models.CASCADE, related_name="beoordelingen")
    code = models.ForeignKey(Code, on_delete=models.PROTECT, related_name="beoordelingen")
    oordeel = models.CharField("oordeel", max_length=12, choices=Oordeel.choices)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    op = models.DateTimeField("beoordeeld op", default=timezone.now)

    class Meta:
        verbose_name = "beoordeling"
        verbose_name_plural = "beoordelingen"
        ordering = ["op"]
        constraints = [
            models.UniqueConstraint(fields=["citaat", "code", "door"], name="beoordeling_uniek_per_beoordelaar")
        ]

    def __str__(self):
        return f"{self.get_oordeel_display()}: {self.code} op {self.citaat}"

    @property
    def eerste_codeur(self) -> bool:
        """Did the first coder give this code?"""
        return self.oordeel in (self.Oordeel.EENS, self.Oordeel.ONEENS)

    @property
    def beoordelaar(self) -> bool:
        """Does the reviewer give this code?"""
        return self.oordeel in (self.Oordeel.EENS, self.Oordeel.TOEGEVOEGD)


class Memo(models.Model):
    """An analytic note on exactly one citaat, interview or code; visible to whoever may read the target."""

    citaat = models.ForeignKey(Citaat, null=True, blank=True, on_delete=models.CASCADE, related_name="memos")
    interview = models.ForeignKey(Interview, null=True, blank=True, on_delete=models.CASCADE, related_name="memos")
    code = models.ForeignKey(Code, null=True, blank=True, on_delete=models.PROTECT, related_name="memos")
    tekst = models.TextField("memo")
    auteur = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    op = models.DateTimeField("geschreven op", default=timezone.now)

    class Meta:
        verbose_name = "memo"
        verbose_name_plural = "memo's"
        ordering = ["op", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(citaat__isnull=False, interview__isnull=True, code__isnull=True)
                    | Q(citaat__isnull=True, interview__isnull=False, code__isnull=True)
                    | Q(citaat__isnull=True, interview__isnull=True, code__isnull=False)
                ),
                name="memo_precies_een_doel",
            )
        ]

    def __str__(self):
        return self.tekst[:80]

    @property
    def doel(self):
        return self.citaat or self.interview or self.code
