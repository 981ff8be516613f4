"""The shared codebook: codes, taggings of quotes, reviews by a second expert, and memos.

Used by every phase after Luisteren (synthesis, reports, rode draden, exports), so it has its own module in
every layer of the app: ``models/codeboek.py``, ``services/codeboek.py``, ``selectors/codeboek.py``, ...
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone

from interviews.models.interviews import Citaat, Interview
from trajecten.models import Traject


class Code(models.Model):
    """A code of the shared codebook (hoofdthema, uitgangspunt, soort) or of one traject."""

    class Groep(models.TextChoices):
        HOOFDTHEMA = "hoofdthema", "Hoofdthema"
        UITGANGSPUNT = "uitgangspunt", "Uitgangspunt"
        SOORT = "soort", "Soort"
        TRAJECT = "traject", "Trajectspecifiek"

    uuid = models.UUIDField("vaste sleutel", default=uuid.uuid4, unique=True, editable=False)
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
        # A traject's own code hangs at the top of the group "traject", or under a code whose group it takes
        # (a traject code under the hoofdthema "Toegang" counts as that hoofdthema in synthesis). That a
        # subcode has its parent's group is held on PostgreSQL by a composite foreign key (ouder_id, groep)
        # -> (id, groep), see migration 0004_synthesegrond; the services and forms check it everywhere.
        # Names are unique (ignoring case) per (groep, ouder, traject): one partial constraint per
        # combination of empty parent/traject, so NULLs count as equal on every database.
        constraints = [
            models.CheckConstraint(
                condition=(Q(groep="traject", traject__isnull=False) | ~Q(groep="traject"))
                & (Q(traject__isnull=True) | Q(groep="traject") | Q(ouder__isnull=False)),
                name="code_traject_alleen_bij_trajectcode",
            ),
            models.UniqueConstraint(
                F("groep"),
                Lower("naam"),
                condition=Q(ouder__isnull=True, traject__isnull=True),
                name="code_naam_uniek_hoofdcode",
                violation_error_message="Er is al een code met deze naam in deze groep.",
            ),
            models.UniqueConstraint(
                F("groep"),
                F("ouder"),
                Lower("naam"),
                condition=Q(ouder__isnull=False, traject__isnull=True),
                name="code_naam_uniek_subcode",
                violation_error_message="Er is al een subcode met deze naam onder deze code.",
            ),
            models.UniqueConstraint(
                F("groep"),
                F("traject"),
                Lower("naam"),
                condition=Q(ouder__isnull=True, traject__isnull=False),
                name="code_naam_uniek_trajectcode",
                violation_error_message="Er is al een trajectcode met deze naam in dit traject.",
            ),
            models.UniqueConstraint(
                F("groep"),
                F("ouder"),
                F("traject"),
                Lower("naam"),
                condition=Q(ouder__isnull=False, traject__isnull=False),
                name="code_naam_uniek_trajectsubcode",
                violation_error_message="Er is al een trajectcode met deze naam onder deze code.",
            ),
        ]

    def __str__(self):
        return f"{self.ouder.naam} > {self.naam}" if self.ouder_id and self.ouder else self.naam


class Tagging(models.Model):
    """One code on one citaat by one person. Removing a tag sets ``verwijderd_op``: history is kept."""

    uuid = models.UUIDField("vaste sleutel", default=uuid.uuid4, unique=True, editable=False)
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
        # Partial indexes on the active taggings: counts per code (codebook) and "tagged by someone else"
        # (review queue, "getagd door" filter) read the index only.
        indexes = [
            models.Index(fields=["code"], condition=Q(verwijderd_op__isnull=True), name="tagging_actief_code_idx"),
            models.Index(
                fields=["citaat", "door"], condition=Q(verwijderd_op__isnull=True), name="tagging_actief_door_idx"
            ),
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
    """An analytic note on exactly one citaat, interview or code, written from one traject.

    Visible to whoever may read the target *and* has a content role on ``traject`` (or is team);
    names in it are replaced like in the notes for whoever may not see them.
    """

    AUDIT_PERSOONLIJK = True

    uuid = models.UUIDField("vaste sleutel", default=uuid.uuid4, unique=True, editable=False)
    citaat = models.ForeignKey(Citaat, null=True, blank=True, on_delete=models.CASCADE, related_name="memos")
    interview = models.ForeignKey(Interview, null=True, blank=True, on_delete=models.CASCADE, related_name="memos")
    code = models.ForeignKey(Code, null=True, blank=True, on_delete=models.PROTECT, related_name="memos")
    traject = models.ForeignKey(
        Traject,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="memos",
        help_text="Het traject waaruit de memo is geschreven: wie er geen rol heeft, ziet haar niet. "
        "Leeg bij een memo van het team op een gedeelde code: alleen voor het team.",
    )
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
