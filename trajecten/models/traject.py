from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class Gemeente(models.Model):
    """A gemeente, or a regio (samenwerkingsverband) that groups several gemeenten."""

    class Soort(models.TextChoices):
        GEMEENTE = "gemeente", "Gemeente"
        REGIO = "regio", "Regio"

    naam = models.CharField("naam", max_length=200, unique=True)
    cbs_code = models.CharField("CBS-code", max_length=6, blank=True, help_text="Bijvoorbeeld GM0363.")
    soort = models.CharField("soort", max_length=10, choices=Soort.choices, default=Soort.GEMEENTE)
    leden = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="regios",
        verbose_name="gemeenten in deze regio",
        limit_choices_to={"soort": "gemeente"},
    )

    class Meta:
        verbose_name = "gemeente of regio"
        verbose_name_plural = "gemeenten en regio's"
        ordering = ["naam"]

    def __str__(self):
        return self.naam


class Beleidsthema(models.Model):
    """What an aanmelding or traject is about (toegang, jeugd, Wmo, ...); not the analytic hoofdthema."""

    slug = models.SlugField(unique=True)
    naam = models.CharField("naam", max_length=100)
    volgorde = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = "beleidsthema"
        verbose_name_plural = "beleidsthema's"
        ordering = ["volgorde", "naam"]

    def __str__(self):
        return self.naam


class Status(models.TextChoices):
    LOPEND = "lopend", "Lopend"
    AFGEROND = "afgerond", "Afgerond"
    GESTOPT = "tussentijds_gestopt", "Tussentijds gestopt"
    GEANNULEERD = "geannuleerd", "Geannuleerd"


class Fase(models.TextChoices):
    STARTEN = "starten", "Starten"
    LUISTEREN = "luisteren", "Luisteren"
    ONTWERPEN = "ontwerpen", "Ontwerpen"
    BORGEN = "borgen", "Borgen"


class Traject(models.Model):
    """One Visieleertraject. ``status`` says whether it runs; ``fase`` where it stands."""

    titel = models.CharField("titel", max_length=200)
    gemeenten = models.ManyToManyField(Gemeente, related_name="trajecten", verbose_name="gemeente(n) of regio")
    vraagstuk = models.TextField("vraagstuk")
    beleidsthemas = models.ManyToManyField(
        Beleidsthema, blank=True, related_name="trajecten", verbose_name="beleidsthema's"
    )
    status = models.CharField("status", max_length=20, choices=Status.choices, default=Status.LOPEND)
    fase = models.CharField("fase", max_length=20, choices=Fase.choices, default=Fase.STARTEN)
    reden_einde = models.TextField("reden einde", blank=True)
    geplande_start = models.DateField("geplande start", null=True, blank=True)
    geplande_eind = models.DateField("geplande einddatum", null=True, blank=True)
    werkelijke_start = models.DateField("werkelijke start", null=True, blank=True)
    werkelijke_eind = models.DateField("werkelijke einddatum", null=True, blank=True)
    nazorg_afgerond_op = models.DateField(
        "nazorg afgerond op",
        null=True,
        blank=True,
        help_text="Evaluatie en nazorggesprek zijn gehouden; pas daarna mogen de contactgegevens weg.",
    )
    persoonsgegevens_verwijderd_op = models.DateTimeField(
        "persoonsgegevens verwijderd op (bewaartermijn)", null=True, blank=True, editable=False
    )
    kernvraag = models.TextField(
        "kernvraag", blank=True, help_text="De kernvraag zoals die bij de start is vastgesteld."
    )
    aanpak = models.TextField("aanpak", blank=True)
    bw_besluit_op = models.DateField("datum besluit college van B&W", null=True, blank=True)
    bw_besluit_document = models.ForeignKey(
        "core.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="besluit college van B&W",
    )
    fase_sinds = models.DateTimeField(
        "in deze fase sinds",
        default=timezone.now,
        help_text="Gezet bij elke faseovergang; voor het signaal 'te lang in fase'.",
    )
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now)
    gewijzigd_op = models.DateTimeField("gewijzigd op", auto_now=True)

    class Meta:
        verbose_name = "traject"
        verbose_name_plural = "trajecten"
        ordering = ["-aangemaakt_op"]
        indexes = [models.Index(fields=["status", "fase"])]

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("trajecten:detail", args=[self.pk])

    @property
    def gemeenten_tekst(self) -> str:
        return ", ".join(g.naam for g in self.gemeenten.all())

    @property
    def is_over_tijd(self) -> bool:
        """Only a lopend traject can be overdue."""
        return (
            self.status == Status.LOPEND
            and self.geplande_eind is not None
            and self.geplande_eind < timezone.localdate()
        )

    @property
    def is_te_lang_in_fase(self) -> bool:
        """Only a lopend traject can be stuck; the limit is ``VISIELEREN_MAX_WEKEN_PER_FASE``."""
        from datetime import timedelta

        grens = timezone.now() - timedelta(weeks=settings.VISIELEREN_MAX_WEKEN_PER_FASE)
        return self.status == Status.LOPEND and self.fase_sinds is not None and self.fase_sinds < grens


class Rol(models.TextChoices):
    EXPERT = "expert", "Expert"
    MODERATOR = "moderator", "Moderator"
    CONTACTPERSOON = "contactpersoon", "Gemeentelijk contactpersoon"
    BESTUURDER = "bestuurder", "Bestuurder"


class TrajectRol(models.Model):
    """A person's role on one traject; several roles on one traject add up."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="rollen")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="trajectrollen")
    rol = models.CharField("rol", max_length=20, choices=Rol.choices)
    toegekend_op = models.DateTimeField("toegekend op", default=timezone.now)
    melding_verstuurd_op = models.DateTimeField("melding verstuurd op", null=True, blank=True)

    class Meta:
        verbose_name = "rol op traject"
        verbose_name_plural = "rollen op trajecten"
        constraints = [models.UniqueConstraint(fields=["traject", "user", "rol"], name="trajectrol_uniek")]

    def __str__(self):
        return f"{self.user} – {self.get_rol_display()} – {self.traject}"
