import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone


class UserManager(BaseUserManager):
    use_in_migrations = True

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)

    def create_user(self, email, password=None, **extra):
        if not email:
            raise ValueError("Een e-mailadres is verplicht.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        extra.setdefault("is_team", True)
        return self.create_user(email, password, **extra)


def link_geldig_tot(verstuurd_op: datetime) -> datetime:
    """Until when a set-password link sent at ``verstuurd_op`` works (Django's token generator)."""
    return verstuurd_op + timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)


@dataclass(frozen=True)
class Uitnodiging:
    """Where a person's invitation stands, for every page where the team sees the person.

    ``stand``: ``nog_niet`` (account without password, never invited), ``verstuurd`` (link still
    works), ``verlopen``, ``geaccepteerd`` (a password was set after the invitation) or ``wachtwoord``
    (an account that got its password otherwise, e.g. ``createsuperuser``)."""

    stand: str
    verstuurd_op: datetime | None = None
    verloopt_op: datetime | None = None
    actief: bool = True

    @property
    def kan_opnieuw(self) -> bool:
        """Sending (again) makes sense: active, and no password set yet."""
        return self.actief and self.stand in ("nog_niet", "verstuurd", "verlopen")

    @property
    def knop(self) -> str:
        return "Uitnodiging versturen" if self.stand == "nog_niet" else "Uitnodiging opnieuw versturen"


class User(AbstractBaseUser, PermissionsMixin):
    """A person with an account. Roles per traject live on ``trajecten.TrajectRol``."""

    uuid = models.UUIDField("vaste sleutel", default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField("e-mailadres", unique=True)
    naam = models.CharField("naam", max_length=200)
    organisatie = models.CharField("organisatie", max_length=200, blank=True)
    is_team = models.BooleanField(
        "visieleerteam",
        default=False,
        help_text="Leden van het visieleerteam zien en beheren alle trajecten.",
    )
    is_active = models.BooleanField("actief", default=True)
    is_staff = models.BooleanField("toegang tot beheer", default=False)
    date_joined = models.DateTimeField("aangemaakt op", default=timezone.now)
    uitgenodigd_op = models.DateTimeField("uitnodiging verstuurd op", null=True, blank=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["naam"]

    class Meta:
        verbose_name = "gebruiker"
        verbose_name_plural = "gebruikers"
        ordering = ["naam", "email"]
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_uniek_hoofdletterongevoelig")]

    def __str__(self):
        return self.naam or self.email

    def get_full_name(self):
        return self.naam

    def get_short_name(self):
        return self.naam.split(" ")[0] if self.naam else self.email

    def get_absolute_url(self):
        return reverse("accounts:persoon", args=[self.pk])

    @property
    def uitnodiging(self) -> Uitnodiging:
        """The state of the invitation; reads only this row (no query)."""
        if self.has_usable_password():
            stand = "geaccepteerd" if self.uitgenodigd_op else "wachtwoord"
            return Uitnodiging(stand, self.uitgenodigd_op, actief=self.is_active)
        if self.uitgenodigd_op is None:
            return Uitnodiging("nog_niet", actief=self.is_active)
        tot = link_geldig_tot(self.uitgenodigd_op)
        stand = "verlopen" if timezone.now() > tot else "verstuurd"
        return Uitnodiging(stand, self.uitgenodigd_op, tot, actief=self.is_active)


# Imported here, after User: django-otp-webauthn reads the user model when its models load.
from django_otp_webauthn.models import WebAuthnCredential  # noqa: E402


class Passkey(WebAuthnCredential):
    """A passkey (WebAuthn credential of django-otp-webauthn) as Visieleren shows and logs it. A proxy:
    django-otp lists devices without proxies, so a passkey counts once as a second factor."""

    AUDIT_PERSOONLIJK = True  # the log names a passkey by id only, never by the name its owner gave it

    class Meta:
        proxy = True
        verbose_name = "passkey"
        verbose_name_plural = "passkeys"

    def __str__(self):
        return self.name or f"Passkey {self.pk}"
