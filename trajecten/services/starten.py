"""Writes of the Starten phase: start data, expert pool and expertteam, stakeholder map, bijeenkomsten.

The phase machine itself (next fase, ending a traject) lives in ``trajecten.fasen``.
"""

from datetime import date

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from trajecten.models import Beleidsthema, Betrokkene, Bijeenkomst, ExpertProfiel, Rol, Traject, TrajectRol
from visieleren.accounts.models import User
from visieleren.accounts.services import rol_intrekken, rol_toekennen, uitnodiging_vernieuwen_als_nodig, user_invite
from visieleren.core.services import audit_log, document_create, wijzigingen_van

EXPERTTEAM_ROLLEN = (Rol.EXPERT, Rol.MODERATOR)


def _velden(obj, namen) -> dict:
    return {naam: getattr(obj, naam) for naam in namen}


def _oud(obj, namen) -> dict:
    """The stored values, read again: a bound ModelForm has already changed the instance in memory."""
    return _velden(type(obj).objects.get(pk=obj.pk), namen)


def _velden_opslaan(obj, namen, waarden: dict, **save_kwargs) -> dict:
    """Set and save the named fields from ``waarden``; returns what changed, for the audit log."""
    oud = _oud(obj, namen)
    for naam in namen:
        setattr(obj, naam, waarden[naam])
    obj.save(**save_kwargs)
    return wijzigingen_van(oud, _velden(obj, namen))


@transaction.atomic
def startgegevens_update(
    *,
    traject: Traject,
    kernvraag: str,
    aanpak: str,
    bw_besluit_op: date | None,
    geplande_start: date | None,
    geplande_eind: date | None,
    door,
    bw_besluit_bestand: UploadedFile | None = None,
) -> Traject:
    namen = ["kernvraag", "aanpak", "bw_besluit_op", "geplande_start", "geplande_eind"]
    oud = _oud(traject, namen)
    traject.kernvraag, traject.aanpak, traject.bw_besluit_op = kernvraag, aanpak, bw_besluit_op
    traject.geplande_start, traject.geplande_eind = geplande_start, geplande_eind
    velden = [*namen, "gewijzigd_op"]
    if bw_besluit_bestand is not None:
        traject.bw_besluit_document = document_create(
            traject=traject, titel="Besluit college van B&W", bestand=bw_besluit_bestand, door=door
        )
        velden.append("bw_besluit_document")
    traject.save(update_fields=velden)
    audit_log(
        actor=door,
        actie="startgegevens gewijzigd",
        obj=traject,
        wijzigingen=wijzigingen_van(oud, _velden(traject, namen)),
    )
    return traject


# ---- Expert pool and expertteam ----------------------------------------------------------------------


@transaction.atomic
def expertprofiel_create(
    *,
    naam: str,
    email: str,
    organisatie: str,
    expertise: list[Beleidsthema],
    tags: str,
    toelichting: str,
    actief: bool,
    door,
) -> ExpertProfiel:
    """Add someone to the pool; a new e-mail address gets an account and an invitation."""
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = user_invite(email=email, naam=naam, organisatie=organisatie, door=door)
    else:
        uitnodiging_vernieuwen_als_nodig(user=user, door=door)
    profiel = ExpertProfiel.objects.create(
        user=user, organisatie=organisatie, tags=tags, toelichting=toelichting, actief=actief
    )
    profiel.expertise.set(expertise)
    audit_log(
        actor=door,
        actie="expertprofiel aangemaakt",
        obj=profiel,
        wijzigingen={"expertise": [None, ", ".join(str(t) for t in expertise)], "tags": [None, tags]},
    )
    return profiel


@transaction.atomic
def expertprofiel_update(
    *,
    profiel: ExpertProfiel,
    naam: str,
    organisatie: str,
    expertise: list[Beleidsthema],
    tags: str,
    toelichting: str,
    actief: bool,
    door,
) -> ExpertProfiel:
    namen = ["organisatie", "tags", "toelichting", "actief"]
    oud = _oud(profiel, namen) | {
        "naam": profiel.user.naam,
        "expertise": ", ".join(t.naam for t in profiel.expertise.all()),
    }
    profiel.organisatie, profiel.tags, profiel.toelichting, profiel.actief = organisatie, tags, toelichting, actief
    profiel.save(update_fields=namen)
    profiel.expertise.set(expertise)
    if profiel.user.naam != naam:
        profiel.user.naam = naam
        profiel.user.save(update_fields=["naam"])
    nieuw = _velden(profiel, namen) | {"naam": naam, "expertise": ", ".join(t.naam for t in expertise)}
    audit_log(actor=door, actie="expertprofiel gewijzigd", obj=profiel, wijzigingen=wijzigingen_van(oud, nieuw))
    return profiel


@transaction.atomic
def expertteam_toevoegen(*, traject: Traject, user: User, rol: str, door) -> TrajectRol:
    """Give someone the role expert or moderator on the traject (``rol_toekennen`` mails them).

    Raises ``visieleren.accounts.services.RolBestaatAl`` when they already have that role.
    """
    if rol not in EXPERTTEAM_ROLLEN:
        raise ValueError(f"Geen rol van het expertteam: {rol!r}")
    return rol_toekennen(user=user, traject=traject, rol=rol, door=door)


@transaction.atomic
def expertteam_verwijderen(*, trajectrol: TrajectRol, door) -> None:
    if trajectrol.rol not in EXPERTTEAM_ROLLEN:
        raise ValueError("Alleen experts en moderatoren worden hier verwijderd.")
    rol_intrekken(trajectrol=trajectrol, door=door)


# ---- Stakeholder map ----------------------------------------------------------------------------------

BETROKKENE_VELDEN = ["naam", "organisatie", "functie", "perspectief", "intern", "email", "telefoon"]


@transaction.atomic
def betrokkene_create(*, traject: Traject, door, **velden) -> Betrokkene:
    betrokkene = Betrokkene.objects.create(traject=traject, **{k: velden[k] for k in BETROKKENE_VELDEN})
    audit_log(actor=door, actie="betrokkene toegevoegd", obj=betrokkene, traject=traject)
    return betrokkene


@transaction.atomic
def betrokkene_update(*, betrokkene: Betrokkene, door, **velden) -> Betrokkene:
    wijzigingen = _velden_opslaan(betrokkene, BETROKKENE_VELDEN, velden, update_fields=BETROKKENE_VELDEN)
    audit_log(
        actor=door, actie="betrokkene gewijzigd", obj=betrokkene, traject=betrokkene.traject, wijzigingen=wijzigingen
    )
    return betrokkene


@transaction.atomic
def betrokkene_delete(*, betrokkene: Betrokkene, door) -> None:
    audit_log(actor=door, actie="betrokkene verwijderd", obj=betrokkene, traject=betrokkene.traject)
    betrokkene.delete()


# ---- Bijeenkomsten ------------------------------------------------------------------------------------

BIJEENKOMST_VELDEN = ["soort", "begin", "eind", "plaats", "agenda", "verslag"]


@transaction.atomic
def bijeenkomst_create(*, traject: Traject, door, betrokkenen=(), deelnemers=(), **velden) -> Bijeenkomst:
    bijeenkomst = Bijeenkomst.objects.create(traject=traject, **{k: velden[k] for k in BIJEENKOMST_VELDEN})
    bijeenkomst.betrokkenen.set(betrokkenen)
    bijeenkomst.deelnemers.set(deelnemers)
    audit_log(actor=door, actie="bijeenkomst gepland", obj=bijeenkomst, traject=traject)
    return bijeenkomst


@transaction.atomic
def bijeenkomst_update(*, bijeenkomst: Bijeenkomst, door, betrokkenen=(), deelnemers=(), **velden) -> Bijeenkomst:
    wijzigingen = _velden_opslaan(bijeenkomst, BIJEENKOMST_VELDEN, velden)  # a full save: gewijzigd_op
    bijeenkomst.betrokkenen.set(betrokkenen)
    bijeenkomst.deelnemers.set(deelnemers)
    audit_log(
        actor=door, actie="bijeenkomst gewijzigd", obj=bijeenkomst, traject=bijeenkomst.traject, wijzigingen=wijzigingen
    )
    return bijeenkomst


@transaction.atomic
def bijeenkomst_delete(*, bijeenkomst: Bijeenkomst, door) -> None:
    audit_log(actor=door, actie="bijeenkomst verwijderd", obj=bijeenkomst, traject=bijeenkomst.traject)
    bijeenkomst.delete()
