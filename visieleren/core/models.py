import os
import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.db import models
from django.utils import timezone


class AuditLog(models.Model):
    """Who changed what, when. Written only through ``services.audit_log``; never edited."""

    tijdstip = models.DateTimeField("tijdstip", default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_omschrijving = models.CharField("door", max_length=254, blank=True)
    actie = models.CharField("actie", max_length=100)
    object_type = models.CharField("soort object", max_length=100, blank=True)
    object_id = models.CharField("object-id", max_length=64, blank=True)
    object_omschrijving = models.CharField("object", max_length=300, blank=True)
    traject = models.ForeignKey(
        "trajecten.Traject", null=True, blank=True, on_delete=models.SET_NULL, related_name="auditlog"
    )
    wijzigingen = models.JSONField("wijzigingen", default=dict, blank=True)

    class Meta:
        verbose_name = "logregel"
        verbose_name_plural = "logboek"
        ordering = ["-tijdstip", "-id"]
        indexes = [models.Index(fields=["traject", "-tijdstip"])]

    def __str__(self):
        return f"{self.tijdstip:%Y-%m-%d %H:%M} {self.actor_omschrijving} {self.actie}"


class PrivateStorage(FileSystemStorage):
    """Files outside MEDIA_ROOT, without a public URL; the folder is read at use (tests move it)."""

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private bestanden hebben geen publieke URL; gebruik de downloadview.")


class PrivateOpslag(Storage):
    """The store for files with personal data: ``STORAGES["private"]`` (local disk, or S3-compatible).

    A FileField evaluates its storage once, at import; this stand-in looks the configured store up at
    every call, so ``PRIVATE_STORAGE=s3`` (and tests that switch stores) apply at run time. Web and
    worker processes on different machines share files only through an object store.
    """

    def __getattribute__(self, naam):
        if naam in _GEDELEGEERD:
            return getattr(storages["private"], naam)
        return super().__getattribute__(naam)


_GEDELEGEERD = {
    "open", "save", "delete", "exists", "listdir", "size", "url", "path", "get_valid_name",
    "get_available_name", "get_alternative_name", "generate_filename", "get_accessed_time",
    "get_created_time", "get_modified_time",
}  # fmt: skip
_private_opslag = PrivateOpslag()


def private_storage():
    return _private_opslag


def _document_pad(instance, filename):
    return f"trajecten/{instance.traject_id}/{uuid.uuid4().hex}/{filename}"


class Document(models.Model):
    """An uploaded file of a traject (e.g. the B&W besluit), served only through a checked view."""

    traject = models.ForeignKey("trajecten.Traject", on_delete=models.CASCADE, related_name="documenten")
    titel = models.CharField("titel", max_length=200)
    bestand = models.FileField("bestand", upload_to=_document_pad, storage=private_storage, max_length=500)
    oorspronkelijke_naam = models.CharField("bestandsnaam", max_length=255)
    content_type = models.CharField("soort bestand", max_length=100)
    grootte = models.PositiveIntegerField("grootte in bytes")
    geupload_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    geupload_op = models.DateTimeField("geüpload op", default=timezone.now)

    class Meta:
        verbose_name = "document"
        verbose_name_plural = "documenten"
        ordering = ["-geupload_op"]

    def __str__(self):
        return self.titel


class UitgaandeEmail(models.Model):
    """The outbox: every e-mail the application sends is a row here first.

    Written by ``visieleren.meldingen.mail_inplannen`` inside the caller's transaction, so an e-mail
    exists exactly when the change it reports exists; sent by a Celery task outside any transaction.
    A broker or mail server that is down leaves the row waiting; the periodic task picks it up.
    """

    class Status(models.TextChoices):
        WACHTRIJ = "wachtrij", "In de wachtrij"
        BEZIG = "bezig", "Wordt verstuurd"
        VERSTUURD = "verstuurd", "Verstuurd"
        MISLUKT = "mislukt", "Mislukt"

    aan = models.JSONField("aan", default=list)
    onderwerp = models.CharField("onderwerp", max_length=300)
    tekst = models.TextField("tekst")
    sleutel = models.CharField(
        "sleutel", max_length=200, null=True, blank=True, unique=True, help_text="Eén e-mail per sleutel."
    )
    status = models.CharField("status", max_length=20, choices=Status.choices, default=Status.WACHTRIJ)
    pogingen = models.PositiveIntegerField("pogingen", default=0)
    laatste_fout = models.TextField("laatste fout", blank=True)
    aangemaakt_op = models.DateTimeField("aangemaakt op", default=timezone.now, db_index=True)
    volgende_poging_op = models.DateTimeField("volgende poging op", default=timezone.now)
    bezig_tot = models.DateTimeField("bezig tot", null=True, blank=True)
    verstuurd_op = models.DateTimeField("verstuurd op", null=True, blank=True)

    class Meta:
        verbose_name = "uitgaande e-mail"
        verbose_name_plural = "uitgaande e-mails"
        ordering = ["-aangemaakt_op", "-id"]
        indexes = [models.Index(fields=["status", "volgende_poging_op"])]

    def __str__(self):
        return f"{self.onderwerp} → {', '.join(self.aan)}"
