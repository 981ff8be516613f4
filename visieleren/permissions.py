"""Who may see and do what. The one place for access rules: views, templates and selectors call it.

The visieleerteam may do everything. Every other role is held per traject (``TrajectRol``) and the
rights of several roles on one traject add up. A traject without a role answers 404 (you cannot
know it exists); a visible traject with an action your roles do not allow answers 403.
"""

from enum import StrEnum
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404

from trajecten.models import Rol, Traject, TrajectRol


class Actie(StrEnum):
    TRAJECT_BEKIJKEN = "traject.bekijken"
    TRAJECT_BEWERKEN = "traject.bewerken"
    LOGBOEK_BEKIJKEN = "logboek.bekijken"
    ROLLEN_BEHEREN = "rollen.beheren"
    DOCUMENT_BEKIJKEN = "document.bekijken"
    DOCUMENT_UPLOADEN = "document.uploaden"
    NOTITIES_LEZEN = "notities.lezen"
    CITAAT_MAKEN = "citaat.maken"
    CITAAT_TAGGEN = "citaat.taggen"
    INZICHT_SCHRIJVEN = "inzicht.schrijven"
    NAMEN_ZIEN = "namen.zien"
    RAPPORT_DOWNLOADEN = "rapport.downloaden"
    CITATEN_BEKIJKEN = "citaten.bekijken"
    CITAAT_BEOORDELEN = "citaat.beoordelen"
    MEMO_SCHRIJVEN = "memo.schrijven"
    TRAJECTCODE_TOEVOEGEN = "trajectcode.toevoegen"
    CODEBOEK_BEHEREN = "codeboek.beheren"
    EXPORTEREN = "exporteren"
    # Starten
    STARTEN_BEKIJKEN = "starten.bekijken"
    STARTEN_BEWERKEN = "starten.bewerken"
    EXPERTTEAM_BEHEREN = "expertteam.beheren"
    BETROKKENEN_BEKIJKEN = "betrokkenen.bekijken"
    BETROKKENEN_BEHEREN = "betrokkenen.beheren"
    BIJEENKOMSTEN_BEKIJKEN = "bijeenkomsten.bekijken"
    BIJEENKOMSTEN_BEHEREN = "bijeenkomsten.beheren"
    VERSLAG_LEZEN = "verslag.lezen"
    FASE_WIJZIGEN = "fase.wijzigen"
    DEELNEMERS_BEHEREN = "deelnemers.beheren"
    INTERVIEW_AANMAKEN = "interview.aanmaken"
    INTERVIEW_BEWERKEN = "interview.bewerken"
    # Ontwerpen
    SYNTHESE_BEKIJKEN = "synthese.bekijken"
    INZICHTEN_BEKIJKEN = "inzichten.bekijken"
    INZICHT_DOORZETTEN = "inzicht.doorzetten"
    ONTWERPSESSIE_BEKIJKEN = "ontwerpsessie.bekijken"
    ONTWERPSESSIE_BEWERKEN = "ontwerpsessie.bewerken"
    KAARTJES_MAKEN = "kaartjes.maken"
    CITAAT_VRIJGEVEN = "citaat.vrijgeven"
    # Borgen
    STREEFWAARDEN_BEKIJKEN = "streefwaarden.bekijken"
    STREEFWAARDEN_BEHEREN = "streefwaarden.beheren"
    BORGINGSESSIE_BEKIJKEN = "borgingsessie.bekijken"
    BORGINGSESSIE_BEHEREN = "borgingsessie.beheren"
    EVALUATIE_BEHEREN = "evaluatie.beheren"
    EVALUATIE_RESULTATEN = "evaluatie.resultaten"
    NAZORG_BEKIJKEN = "nazorg.bekijken"
    NAZORG_BEHEREN = "nazorg.beheren"
    # Across trajecten
    RODE_DRADEN = "rode_draden"
    REFLECTIES_BEKIJKEN = "reflecties.bekijken"
    REFLECTIE_SCHRIJVEN = "reflectie.schrijven"
    EINDRAPPORTAGE_BEHEREN = "eindrapportage.beheren"
    EINDRAPPORTAGE_REVIEWEN = "eindrapportage.reviewen"
    DOWNLOADS_BEKIJKEN = "downloads.bekijken"


_ALLE_ROLLEN = frozenset(Rol.values)
_INHOUD = frozenset({Rol.EXPERT, Rol.MODERATOR})

# Which traject roles allow an action; the visieleerteam is always allowed.
REGELS: dict[Actie, frozenset[str]] = {
    Actie.TRAJECT_BEKIJKEN: _ALLE_ROLLEN,
    Actie.TRAJECT_BEWERKEN: frozenset(),
    Actie.LOGBOEK_BEKIJKEN: frozenset(),
    Actie.ROLLEN_BEHEREN: frozenset(),
    Actie.DOCUMENT_BEKIJKEN: _INHOUD | {Rol.CONTACTPERSOON},
    Actie.DOCUMENT_UPLOADEN: frozenset({Rol.CONTACTPERSOON}),
    Actie.NOTITIES_LEZEN: _INHOUD,
    Actie.CITAAT_MAKEN: _INHOUD,
    Actie.CITAAT_TAGGEN: _INHOUD,
    Actie.INZICHT_SCHRIJVEN: _INHOUD,
    Actie.NAMEN_ZIEN: frozenset(),
    Actie.RAPPORT_DOWNLOADEN: _ALLE_ROLLEN,
    Actie.CITATEN_BEKIJKEN: _INHOUD,
    Actie.CITAAT_BEOORDELEN: _INHOUD,
    Actie.MEMO_SCHRIJVEN: _INHOUD,
    Actie.TRAJECTCODE_TOEVOEGEN: _INHOUD,
    Actie.CODEBOEK_BEHEREN: frozenset(),
    # Quotes and codes to CSV, XLSX and REFI-QDA: the team, and experts/moderators for their own trajecten.
    Actie.EXPORTEREN: _INHOUD,
    # Starten: the gemeente's contact follows its own traject (kernvraag, bijeenkomsten, expertteam);
    # a bestuurder sees the basics only. Names and contact data of betrokkenen: NAMEN_ZIEN (team).
    Actie.STARTEN_BEKIJKEN: _INHOUD | {Rol.CONTACTPERSOON},
    Actie.STARTEN_BEWERKEN: frozenset(),
    Actie.EXPERTTEAM_BEHEREN: frozenset(),
    Actie.BETROKKENEN_BEKIJKEN: _INHOUD | {Rol.CONTACTPERSOON},
    Actie.BETROKKENEN_BEHEREN: frozenset(),
    Actie.BIJEENKOMSTEN_BEKIJKEN: _INHOUD | {Rol.CONTACTPERSOON},
    Actie.BIJEENKOMSTEN_BEHEREN: frozenset(),
    Actie.VERSLAG_LEZEN: _INHOUD,
    Actie.FASE_WIJZIGEN: frozenset(),
    Actie.DEELNEMERS_BEHEREN: frozenset(),
    Actie.INTERVIEW_AANMAKEN: frozenset(),
    # Besides the team, the moderator of that one interview: see mag_interview_bewerken().
    Actie.INTERVIEW_BEWERKEN: frozenset(),
    # Ontwerpen: experts and moderators read the synthesis, the inzichten and the ontwerpsessie; who
    # writes an inzicht depends on its step (mag_inzicht_schrijven); the team carries inzichten forward
    # and records the ontwerpsessie.
    Actie.SYNTHESE_BEKIJKEN: _INHOUD,
    Actie.INZICHTEN_BEKIJKEN: _INHOUD,
    Actie.INZICHT_DOORZETTEN: frozenset(),
    Actie.ONTWERPSESSIE_BEKIJKEN: _INHOUD,
    Actie.ONTWERPSESSIE_BEWERKEN: frozenset(),
    # Quote cards for the ontwerpsessie: the team, experts and moderators make and download them.
    Actie.KAARTJES_MAKEN: _INHOUD,
    # Check and release the text of a quote for outputs: the team, and the moderator of the quote's
    # interview (who knows who and what the notes are about); see mag_citaat_vrijgeven().
    Actie.CITAAT_VRIJGEVEN: frozenset(),
    # Borgen: the team writes. Streefwaarden and their follow-up are the traject's state, read by every
    # role (a bestuurder too); the agreements of the borgingsessie by experts and moderators; nazorg
    # also by the gemeente's contact; the evaluation's aggregates by the contact, never per person.
    Actie.STREEFWAARDEN_BEKIJKEN: _ALLE_ROLLEN,
    Actie.STREEFWAARDEN_BEHEREN: frozenset(),
    Actie.BORGINGSESSIE_BEKIJKEN: _INHOUD,
    Actie.BORGINGSESSIE_BEHEREN: frozenset(),
    Actie.EVALUATIE_BEHEREN: frozenset(),
    Actie.EVALUATIE_RESULTATEN: frozenset({Rol.CONTACTPERSOON}),
    Actie.NAZORG_BEKIJKEN: _INHOUD | {Rol.CONTACTPERSOON},
    Actie.NAZORG_BEHEREN: frozenset(),
    # The rode-draden report spans trajecten: the team only. The experts' reflections on a traject are
    # read by its experts and moderators; an expert writes only their own (the views key it on the user).
    Actie.RODE_DRADEN: frozenset(),
    Actie.REFLECTIES_BEKIJKEN: _INHOUD,
    Actie.REFLECTIE_SCHRIJVEN: frozenset({Rol.EXPERT}),
    # Eindrapportage: the team composes, edits and sets versions vastgesteld; the gemeente's contact
    # reads a version ter review and comments per section; every role of the traject (bestuurders
    # too) downloads the vastgestelde versions (RAPPORT_DOWNLOADEN); the download log is the team's.
    Actie.EINDRAPPORTAGE_BEHEREN: frozenset(),
    Actie.EINDRAPPORTAGE_REVIEWEN: frozenset({Rol.CONTACTPERSOON}),
    Actie.DOWNLOADS_BEKIJKEN: frozenset(),
}

# Who writes the inzichten of each synthesis step (``Inzicht.Stap``), besides the team: the
# moderators in step 1, the expertteam in step 2; the reflection in the ontwerpsessie is the team's.
INZICHT_STAP_ROLLEN: dict[str, frozenset[str]] = {
    "moderatoren": frozenset({Rol.MODERATOR}),
    "expertteam": frozenset({Rol.EXPERT}),
    "reflectie": frozenset(),
}


def _actief(user) -> bool:
    """A logged-in, active account: anyone else holds no rights at all."""
    return bool(user and user.is_authenticated and user.is_active)


def is_team(user) -> bool:
    return _actief(user) and bool(user.is_team)


def _trajecten_met_rol(user, **rol_filter):
    """All trajecten for the team, else those where the user holds a role matching ``rol_filter``."""
    if is_team(user):
        return Traject.objects.all()
    if not _actief(user):
        return Traject.objects.none()
    return Traject.objects.filter(pk__in=TrajectRol.objects.filter(user=user, **rol_filter).values("traject_id"))


def zichtbare_trajecten(user):
    """The trajecten a user may know about: all for the team, else those with a role."""
    return _trajecten_met_rol(user)


def rollen(user, traject) -> frozenset[str]:
    """The user's roles on this traject, cached on the user object for the request."""
    if not _actief(user):
        return frozenset()
    cache = user.__dict__.setdefault("_trajectrollen", {})
    if traject.pk not in cache:
        cache[traject.pk] = frozenset(
            TrajectRol.objects.filter(user=user, traject=traject).values_list("rol", flat=True)
        )
    return cache[traject.pk]


def mag(user, actie: Actie | str, traject=None) -> bool:
    if is_team(user):
        return True
    if traject is None:
        return False
    return bool(rollen(user, traject) & REGELS[Actie(actie)])


def mag_codeboek_lezen(user) -> bool:
    """The shared codebook is for the team and for anyone who is expert or moderator on some traject."""
    if is_team(user):
        return True
    if not _actief(user):
        return False
    if "_codeboek_lezer" not in user.__dict__:
        # A content role on a traject already read in this request answers it without a query.
        bekend = any(r & _INHOUD for r in user.__dict__.get("_trajectrollen", {}).values())
        user.__dict__["_codeboek_lezer"] = bekend or TrajectRol.objects.filter(user=user, rol__in=_INHOUD).exists()
    return user.__dict__["_codeboek_lezer"]


def mag_code_memo(user, code) -> bool:
    """A memo on a traject code: MEMO_SCHRIJVEN on its traject; on a shared code: whoever reads the codebook."""
    if code.traject_id:
        return mag(user, Actie.MEMO_SCHRIJVEN, code.traject)
    return mag_codeboek_lezen(user)


def trajecten_waar(user, actie: Actie):
    """The trajecten on which the user may do ``actie``: all for the team."""
    return _trajecten_met_rol(user, rol__in=REGELS[Actie(actie)])


def trajecten_met_inhoud(user):
    """The trajecten whose content (quotes, traject codes) the user may read."""
    return _trajecten_met_rol(user, rol__in=_INHOUD)


def is_moderator_van(user, interview) -> bool:
    """The interview's own moderator, who still holds the moderator role on its traject."""
    return bool(
        user
        and user.is_authenticated
        and interview.moderator_id == user.pk
        and Rol.MODERATOR in rollen(user, interview.traject)
    )


def mag_interview_bewerken(user, interview) -> bool:
    """Write the notes and quotes of an interview: the team, or the moderator of that interview."""
    return mag(user, Actie.INTERVIEW_BEWERKEN, interview.traject) or is_moderator_van(user, interview)


def mag_namen_zien(user, interview) -> bool:
    """Deelnemer names in notes and quotes: the team and the moderator of that interview only."""
    return mag(user, Actie.NAMEN_ZIEN, interview.traject) or is_moderator_van(user, interview)


def mag_inzicht_schrijven(user, traject, stap: str) -> bool:
    """Write (create, edit, support with quotes) an inzicht of this synthesis step on this traject."""
    if is_team(user):
        return True
    return bool(rollen(user, traject) & INZICHT_STAP_ROLLEN[stap])


def inzicht_stappen_voor(user, traject) -> list[str]:
    """The synthesis steps in which this user writes inzichten on this traject."""
    return [stap for stap in INZICHT_STAP_ROLLEN if mag_inzicht_schrijven(user, traject, stap)]


def mag_citaat_vrijgeven(user, citaat) -> bool:
    """Release a quote's text for outputs: the team, or the moderator of the quote's interview."""
    interview = citaat.interview
    return mag(user, Actie.CITAAT_VRIJGEVEN, interview.traject) or is_moderator_van(user, interview)


def traject_of_404(user, pk) -> Traject:
    try:
        traject = Traject.objects.get(pk=pk)
    except (Traject.DoesNotExist, ValueError):
        raise Http404("Traject niet gevonden") from None
    if not mag(user, Actie.TRAJECT_BEKIJKEN, traject):
        raise Http404("Traject niet gevonden")
    return traject


def vereis(user, actie: Actie, traject=None) -> None:
    if not mag(user, actie, traject):
        raise PermissionDenied("U heeft geen toestemming voor deze handeling.")


def team_vereist(view):
    """For pages that exist only for the visieleerteam (people, inbox): others get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_team(request.user):
            raise PermissionDenied("Alleen voor het visieleerteam.")
        return view(request, *args, **kwargs)

    return wrapper
