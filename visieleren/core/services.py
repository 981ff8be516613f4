"""Writes of the shared base: the audit log and private documents."""

from django.core.files.uploadedfile import UploadedFile
from django.db import models, transaction

from visieleren.core.models import AuditLog, Document


def audit_log(*, actor, actie: str, obj: models.Model | None = None, traject=None, wijzigingen=None) -> AuditLog:
    """Record one change. Every service that writes calls this inside its own transaction."""
    if traject is None and obj is not None:
        from trajecten.models import Traject

        traject = obj if isinstance(obj, Traject) else getattr(obj, "traject", None)
    return AuditLog.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        actor_omschrijving=_actor_omschrijving(actor),
        actie=actie,
        object_type=obj._meta.verbose_name if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        object_omschrijving=object_omschrijving(obj),
        traject=traject,
        wijzigingen=_zonder_persoonlijke_waarden(obj, wijzigingen or {}),
    )


def object_omschrijving(obj) -> str:
    """How the log names an object. Objects that hold personal text (``AUDIT_PERSOONLIJK``: quotes, memos,
    betrokkenen, other names) by kind and id only: the log outlives retention and must not copy it."""
    if obj is None:
        return ""
    if getattr(obj, "AUDIT_PERSOONLIJK", False):
        return f"{obj._meta.verbose_name} {obj.pk}"
    return str(obj)[:300]


def _zonder_persoonlijke_waarden(obj, wijzigingen: dict) -> dict:
    """Of a personal object, changed text fields are logged by name only (``["", "gewijzigd"]``)."""
    if obj is None or not getattr(obj, "AUDIT_PERSOONLIJK", False):
        return wijzigingen
    tekstvelden = {
        f.name
        for f in obj._meta.get_fields()
        if isinstance(f, (models.CharField, models.TextField)) and not getattr(f, "choices", None)
    }
    return {k: (["", "gewijzigd"] if k in tekstvelden else v) for k, v in wijzigingen.items()}


def _actor_omschrijving(actor) -> str:
    if actor is None or not actor.is_authenticated:
        return "systeem"
    return f"{actor.naam} <{actor.email}>" if actor.naam else actor.email


def wijzigingen_van(oud: dict, nieuw: dict) -> dict:
    """The fields whose value changed, as {veld: [oud, nieuw]} strings for the log."""
    return {k: [str(oud.get(k, "")), str(v)] for k, v in nieuw.items() if oud.get(k) != v}


@transaction.atomic
def document_create(*, traject, titel: str, bestand: UploadedFile, door) -> Document:
    document = Document.objects.create(
        traject=traject,
        titel=titel,
        bestand=bestand,
        oorspronkelijke_naam=bestand.name[:255],
        content_type=getattr(bestand, "content_type", "") or "application/octet-stream",
        grootte=bestand.size,
        geupload_door=door,
    )
    audit_log(actor=door, actie="document geüpload", obj=document, traject=traject)
    return document


@transaction.atomic
def document_delete(*, document: Document, door) -> None:
    audit_log(actor=door, actie="document verwijderd", obj=document, traject=document.traject)
    document.bestand.delete(save=False)
    document.delete()
