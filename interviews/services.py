"""Writes of Luisteren: deelnemers and consent, duo-interviews, notes (with autosave) and quotes.

Every function here changes data inside one transaction and writes an audit entry. Rules that a
user can break raise ``InterviewFout`` (or a subclass) with a Dutch message the view shows as is.
The codebook and tagging services live in ``services_codeboek.py``.
"""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from interviews.models import AantekeningenConcept, Citaat, Deelnemer, Interview, Tagging
from interviews.signals import citaten_vervallen
from interviews.tekst import herankeren, namen_van, normaliseer_regels, op_tekengrens, pseudonimiseer
from trajecten.models import Betrokkene, Perspectief, Rol, Status, Traject, TrajectRol
from visieleren.core.models import AuditLog
from visieleren.core.services import audit_log, wijzigingen_van


class InterviewFout(Exception):
    """A rule of Luisteren was broken; the message is Dutch and meant for the user."""


class GeenToestemming(InterviewFout):
    """A quote was asked for in an interview without recorded consent of both deelnemers."""


# The first word(s) of a pseudonym per perspective: "Uitvoering 3", "Inwoner 1".
PSEUDONIEM_BASIS = {
    Perspectief.BESTUUR: "Bestuur",
    Perspectief.BELEID: "Beleid",
    Perspectief.UITVOERING: "Uitvoering",
    Perspectief.INWONER: "Inwoner",
    Perspectief.MAATSCHAPPELIJK: "Partner",
    Perspectief.ZORGAANBIEDER: "Zorgaanbieder",
    Perspectief.REGIO: "Regio",
}


# ---- Deelnemers and consent ----------------------------------------------------------------------


def volgend_pseudoniem(traject: Traject, perspectief: str) -> str:
    """The next free number for this perspective in this traject; existing pseudonyms never change."""
    basis = PSEUDONIEM_BASIS[Perspectief(perspectief)]
    bestaande = Deelnemer.objects.filter(traject=traject, pseudoniem__startswith=f"{basis} ").values_list(
        "pseudoniem", flat=True
    )
    nummers = [int(rest) for p in bestaande if (rest := p[len(basis) + 1 :]).isdigit()]
    return f"{basis} {max(nummers, default=0) + 1}"


@transaction.atomic
def deelnemer_create(
    *,
    traject: Traject,
    door,
    betrokkene: Betrokkene | None = None,
    naam: str = "",
    organisatie: str = "",
    functie: str = "",
    perspectief: str = "",
    email: str = "",
    toestemming_op: date | None = None,
) -> Deelnemer:
    """Make a person of the stakeholder map a deelnemer; put them on the map first if they are not."""
    # Serialise pseudonym numbering per traject (a no-op on SQLite, which locks the whole file).
    Traject.objects.select_for_update().filter(pk=traject.pk).first()
    if betrokkene is None:
        if not naam.strip() or not perspectief:
            raise InterviewFout("Kies iemand van de stakeholderkaart, of vul naam en perspectief in.")
        betrokkene = Betrokkene.objects.create(
            traject=traject,
            naam=naam.strip(),
            organisatie=organisatie,
            functie=functie,
            perspectief=perspectief,
            email=email,
        )
        audit_log(actor=door, actie="betrokkene toegevoegd aan de stakeholderkaart", obj=betrokkene, traject=traject)
    elif betrokkene.traject_id != traject.pk:
        raise InterviewFout("Deze persoon staat niet op de stakeholderkaart van dit traject.")
    elif Deelnemer.objects.filter(betrokkene=betrokkene).exists():
        raise InterviewFout("Deze persoon is al deelnemer.")
    deelnemer = Deelnemer.objects.create(
        traject=traject,
        betrokkene=betrokkene,
        pseudoniem=volgend_pseudoniem(traject, betrokkene.perspectief),
        toestemming_op=toestemming_op,
    )
    audit_log(
        actor=door,
        actie="deelnemer toegevoegd",
        obj=deelnemer,
        traject=traject,
        wijzigingen={"toestemming_op": ["", str(toestemming_op or "")]},
    )
    return deelnemer


@transaction.atomic
def deelnemer_toestemming_vastleggen(*, deelnemer: Deelnemer, op: date, door) -> Deelnemer:
    """Record (again) that this person consented on ``op``; a withdrawal is thereby undone."""
    oud = deelnemer.toestemming_op
    deelnemer.toestemming_op = op
    deelnemer.toestemming_ingetrokken_op = None
    deelnemer.save(update_fields=["toestemming_op", "toestemming_ingetrokken_op"])
    audit_log(
        actor=door,
        actie="toestemming vastgelegd",
        obj=deelnemer,
        traject=deelnemer.traject,
        wijzigingen={"toestemming_op": [str(oud or ""), str(op)]},
    )
    return deelnemer


class Intrekking:
    """What withdrawing consent removes: only the person's quotes, or the whole deelnemer."""

    CITATEN = "citaten"
    DEELNEMER = "deelnemer"


def _citaten_verwijderen(*, citaten, traject, door, reden: str) -> tuple[int, int]:
    """Delete quotes and their taggings; first tell later apps (inzichten lose evidence)."""
    ids = list(citaten.values_list("pk", flat=True))
    if not ids:
        return 0, 0
    citaten_vervallen.send(sender=Citaat, citaat_ids=ids, traject=traject, door=door, reden=reden)
    taggings = Tagging.objects.filter(citaat_id__in=ids).count()
    Citaat.objects.filter(pk__in=ids).delete()
    return len(ids), taggings


@transaction.atomic
def deelnemer_toestemming_intrekken(*, deelnemer: Deelnemer, wijze: str, op: date, door) -> dict:
    """Consent withdrawn: remove the person's quotes (and taggings), or the whole deelnemer.

    The whole deelnemer also removes the duo-interviews they took part in, with all their quotes:
    their words are in those notes. The person stays on the stakeholder map. Returns the counts.
    """
    traject = deelnemer.traject
    if wijze == Intrekking.CITATEN:
        citaten, taggings = _citaten_verwijderen(
            citaten=deelnemer.citaten.all(), traject=traject, door=door, reden="toestemming ingetrokken"
        )
        deelnemer.toestemming_ingetrokken_op = op
        deelnemer.save(update_fields=["toestemming_ingetrokken_op"])
        resultaat = {"citaten": citaten, "taggings": taggings, "interviews": 0}
        audit_log(
            actor=door,
            actie="toestemming ingetrokken; citaten verwijderd",
            obj=deelnemer,
            traject=traject,
            wijzigingen={k: ["", str(v)] for k, v in resultaat.items()},
        )
        return resultaat
    if wijze != Intrekking.DEELNEMER:
        raise InterviewFout("Kies wat er verwijderd moet worden.")
    interviews = Interview.objects.filter(deelnemer_a=deelnemer) | Interview.objects.filter(deelnemer_b=deelnemer)
    citaten, taggings = _citaten_verwijderen(
        citaten=Citaat.objects.filter(interview__in=interviews) | deelnemer.citaten.all(),
        traject=traject,
        door=door,
        reden="toestemming ingetrokken; deelnemer verwijderd",
    )
    resultaat = {"citaten": citaten, "taggings": taggings, "interviews": interviews.count()}
    audit_log(
        actor=door,
        actie="toestemming ingetrokken; deelnemer en interviews verwijderd",
        obj=deelnemer,
        traject=traject,
        wijzigingen={k: ["", str(v)] for k, v in resultaat.items()},
    )
    interviews.delete()
    deelnemer.delete()
    return resultaat


# ---- Duo-interviews ------------------------------------------------------------------------------


def _controleer_moderator(traject: Traject, moderator) -> None:
    if moderator is None or moderator.is_team:
        return
    if not TrajectRol.objects.filter(traject=traject, user=moderator, rol=Rol.MODERATOR).exists():
        raise InterviewFout("De moderator moet de rol moderator hebben op dit traject, of in het visieleerteam zitten.")


@transaction.atomic
def interview_create(
    *, traject: Traject, datum: date, deelnemer_a: Deelnemer, deelnemer_b: Deelnemer, moderator, door
) -> Interview:
    """A duo-interview of two different deelnemers of this traject. Same perspective is allowed."""
    if deelnemer_a.pk == deelnemer_b.pk:
        raise InterviewFout("Een duo-interview heeft twee verschillende deelnemers.")
    if deelnemer_a.traject_id != traject.pk or deelnemer_b.traject_id != traject.pk:
        raise InterviewFout("Beide deelnemers moeten bij dit traject horen.")
    _controleer_moderator(traject, moderator)
    interview = Interview.objects.create(
        traject=traject, datum=datum, deelnemer_a=deelnemer_a, deelnemer_b=deelnemer_b, moderator=moderator
    )
    audit_log(actor=door, actie="duo-interview aangemaakt", obj=interview, traject=traject)
    return interview


@transaction.atomic
def interview_update(*, interview: Interview, datum: date, moderator, door) -> Interview:
    _controleer_moderator(interview.traject, moderator)
    oud = {"datum": interview.datum, "moderator": interview.moderator}
    interview.datum, interview.moderator = datum, moderator
    interview.save(update_fields=["datum", "moderator"])
    audit_log(
        actor=door,
        actie="duo-interview gewijzigd",
        obj=interview,
        wijzigingen=wijzigingen_van(oud, {"datum": datum, "moderator": moderator}),
    )
    return interview


class NotitiesConflict(InterviewFout):
    """Someone saved the notes after this person opened them. Nothing is overwritten: the view shows
    both texts and keeps this person's text as their draft."""

    def __init__(self, *, huidige: str, versie: int):
        super().__init__(
            "Iemand anders heeft de aantekeningen opgeslagen nadat u ze opende. Uw tekst is niet opgeslagen "
            "maar staat nog in het tekstvak (en als uw concept); de opgeslagen versie staat eronder. "
            "Voeg samen wat nodig is en kies opnieuw ‘Opslaan’."
        )
        self.huidige, self.versie = huidige, versie


@transaction.atomic
def interview_notities_opslaan(
    *, interview: Interview, notities: str, door, bron: str = "browser", versie: int | None = None
) -> dict:
    """Save the notes, re-anchor the existing quotes and drop the saver's autosaved draft.

    ``versie`` is the version the editor started from; when the notes were saved since, this raises
    ``NotitiesConflict`` (and keeps the text as the saver's draft) instead of overwriting.
    Returns how many quotes stayed, moved and changed (the last ones are flagged in the UI).
    """
    interview = Interview.objects.select_for_update().get(pk=interview.pk)
    if interview.notities_verwijderd_op:
        raise InterviewFout("De aantekeningen van dit interview zijn verwijderd na de bewaartermijn.")
    nieuw = normaliseer_regels(notities)
    if versie is not None and versie != interview.notities_versie and nieuw != interview.notities:
        raise NotitiesConflict(huidige=interview.notities, versie=interview.notities_versie)
    citaten = list(interview.citaten.all())
    ankers = herankeren(interview.notities, nieuw, [(c.begin, c.eind, c.tekst, c.anker) for c in citaten])
    telling = {"ok": 0, "verplaatst": 0, "gewijzigd": 0}
    gewijzigde = []
    for citaat, anker in zip(citaten, ankers, strict=True):
        telling[anker.status] += 1
        if (citaat.begin, citaat.eind, citaat.anker) != (anker.begin, anker.eind, anker.status):
            citaat.begin, citaat.eind, citaat.anker = anker.begin, anker.eind, anker.status
            gewijzigde.append(citaat)
    Citaat.objects.bulk_update(gewijzigde, ["begin", "eind", "anker"])
    oude_lengte = len(interview.notities)
    interview.notities = nieuw
    interview.notities_bijgewerkt_op = timezone.now()
    interview.notities_versie += 1
    interview.save(update_fields=["notities", "notities_bijgewerkt_op", "notities_versie"])
    if door is not None:
        AantekeningenConcept.objects.filter(interview=interview, user=door).delete()
    audit_log(
        actor=door,
        actie=f"aantekeningen opgeslagen ({bron})",
        obj=interview,
        wijzigingen={
            "lengte": [str(oude_lengte), str(len(nieuw))],
            **{f"citaten {k}": ["", str(v)] for k, v in telling.items() if v},
        },
    )
    return telling


INZAGE_ACTIE = "aantekeningen ingezien"


def aantekeningen_inzage_vastleggen(*, interview: Interview, door) -> bool:
    """Log that someone read the notes (personal data, privacyverklaring: who reads what is kept).

    One entry per person and interview per hour, so reloading a page does not flood the logboek.
    Returns whether an entry was written.
    """
    if not interview.notities:
        return False
    recent = AuditLog.objects.filter(
        actor=door,
        actie=INZAGE_ACTIE,
        object_type=Interview._meta.verbose_name,
        object_id=str(interview.pk),
        tijdstip__gte=timezone.now() - timedelta(hours=1),
    )
    if recent.exists():
        return False
    audit_log(actor=door, actie=INZAGE_ACTIE, obj=interview)
    return True


@transaction.atomic
def interview_concept_opslaan(*, interview: Interview, concept: str, door, basis_versie: int | None = None):
    """Autosave this person's draft; the first one of a run is logged (not every keystroke pause)."""
    concept = normaliseer_regels(concept)
    bestaand = AantekeningenConcept.objects.filter(interview=interview, user=door).first()
    AantekeningenConcept.objects.update_or_create(
        interview=interview,
        user=door,
        defaults={
            "tekst": concept,
            "opgeslagen_op": timezone.now(),
            "basis_versie": interview.notities_versie if basis_versie is None else basis_versie,
        },
    )
    if bestaand is None:
        audit_log(actor=door, actie="concept van aantekeningen automatisch opgeslagen", obj=interview)
    return AantekeningenConcept.objects.get(interview=interview, user=door)


@transaction.atomic
def interview_concept_weggooien(*, interview: Interview, door) -> None:
    AantekeningenConcept.objects.filter(interview=interview, user=door).delete()
    audit_log(actor=door, actie="concept van aantekeningen weggegooid", obj=interview)


# ---- Quotes --------------------------------------------------------------------------------------


def controleer_toestemming(interview: Interview) -> None:
    """Raise ``GeenToestemming`` unless both deelnemers have recorded, not withdrawn, consent."""
    zonder = [d.pseudoniem for d in (interview.deelnemer_a, interview.deelnemer_b) if not d.heeft_toestemming]
    if zonder:
        raise GeenToestemming(
            "Van dit interview kunnen geen citaten worden gemaakt: de toestemming van "
            + " en ".join(zonder)
            + " is niet (meer) vastgelegd."
        )


@transaction.atomic
def citaat_create(
    *, interview: Interview, begin: int, eind: int, tekst: str, spreker: Deelnemer, door, context: str = ""
) -> Citaat:
    """A quote at code-point offsets [begin, eind) of the notes; ``tekst`` must be exactly what is there.

    Leading and trailing white space is trimmed from the selection.
    """
    # Lock and re-read: the notes may have been saved since the page with the selection was shown.
    interview = (
        Interview.objects.select_for_update()
        .select_related("traject", "deelnemer_a", "deelnemer_b")
        .get(pk=interview.pk)
    )
    controleer_toestemming(interview)
    if interview.notities_verwijderd_op:
        raise InterviewFout("De aantekeningen van dit interview zijn verwijderd na de bewaartermijn.")
    if spreker.pk not in (interview.deelnemer_a_id, interview.deelnemer_b_id):
        raise InterviewFout("De spreker moet een van de twee deelnemers van dit interview zijn.")
    notities = interview.notities
    if not (0 <= begin < eind <= len(notities)) or notities[begin:eind] != normaliseer_regels(tekst):
        raise InterviewFout("De tekst van het citaat komt niet overeen met de aantekeningen op die plaats.")
    while begin < eind and notities[begin].isspace():
        begin += 1
    while eind > begin and notities[eind - 1].isspace():
        eind -= 1
    if begin == eind:
        raise InterviewFout("Een citaat kan niet leeg zijn.")
    if not op_tekengrens(notities, begin) or not op_tekengrens(notities, eind):
        raise InterviewFout(
            "Het citaat begint of eindigt midden in een teken (een emoji of een letter met accent). "
            "Neem het hele teken mee."
        )
    # The same selection saved again (double click, a retried request) is the same quote.
    bestaand = Citaat.objects.filter(interview=interview, begin=begin, eind=eind, spreker=spreker).first()
    if bestaand is not None:
        return bestaand
    citaat = Citaat.objects.create(
        interview=interview,
        tekst=notities[begin:eind],
        begin=begin,
        eind=eind,
        spreker=spreker,
        context=context.strip(),
        gemaakt_door=door,
    )
    audit_log(actor=door, actie="citaat gemaakt", obj=citaat, traject=interview.traject)
    return citaat


@transaction.atomic
def citaat_delete(*, citaat: Citaat, door) -> None:
    traject = citaat.interview.traject
    audit_log(actor=door, actie="citaat verwijderd", obj=citaat, traject=traject)
    _citaten_verwijderen(
        citaten=Citaat.objects.filter(pk=citaat.pk), traject=traject, door=door, reden="citaat verwijderd"
    )


# ---- Retention: notes of finished trajecten ------------------------------------------------------


def trajecten_voorbij_bewaartermijn(*, vandaag: date | None = None):
    """Finished trajecten (not lopend) whose end lies longer ago than the retention period."""
    from django.conf import settings
    from django.db.models.functions import Coalesce

    grens = (vandaag or timezone.localdate()) - timedelta(days=settings.AANTEKENINGEN_BEWAAR_DAGEN)
    return (
        Traject.objects.exclude(status=Status.LOPEND)
        .filter(persoonsgegevens_verwijderd_op__isnull=True)
        .annotate(einde=Coalesce("werkelijke_eind", "geplande_eind"))
        .filter(einde__lt=grens)
    )


@transaction.atomic
def traject_bewaartermijn_toepassen(*, traject: Traject) -> dict[str, int]:
    """Remove the raw notes and the names and contact data of a finished traject; keep anonymous quotes.

    Quotes keep their own text, with names replaced by pseudonyms, so synthesis and exports still work.
    Deelnemers keep their pseudonym; every betrokkene loses name, e-mail and phone. Idempotent.
    """
    deelnemers = list(Deelnemer.objects.filter(traject=traject).select_related("betrokkene"))
    namen, achternamen = namen_van(deelnemers)
    telling = {"aantekeningen": 0, "citaten": 0, "betrokkenen": 0}
    interviews = list(Interview.objects.filter(traject=traject, notities_verwijderd_op__isnull=True))
    for citaat in Citaat.objects.filter(interview__in=interviews):
        tekst = pseudonimiseer(citaat.tekst, namen, achternamen).tekst
        context = pseudonimiseer(citaat.context, namen, achternamen).tekst
        if (tekst, context) != (citaat.tekst, citaat.context):
            citaat.tekst, citaat.context = tekst, context
            citaat.save(update_fields=["tekst", "context"])
            telling["citaten"] += 1
    nu = timezone.now()
    for interview in interviews:
        interview.notities = ""
        AantekeningenConcept.objects.filter(interview=interview).delete()
        interview.notities_verwijderd_op = nu
        interview.save(update_fields=["notities", "notities_verwijderd_op"])
        telling["aantekeningen"] += 1
    pseudoniemen = {d.betrokkene_id: d.pseudoniem for d in deelnemers}
    for betrokkene in Betrokkene.objects.filter(traject=traject):
        naam = pseudoniemen.get(betrokkene.pk) or f"{betrokkene.get_perspectief_display()} (geanonimiseerd)"
        if (betrokkene.naam, betrokkene.email, betrokkene.telefoon) != (naam, "", ""):
            betrokkene.naam, betrokkene.email, betrokkene.telefoon = naam, "", ""
            betrokkene.save(update_fields=["naam", "email", "telefoon"])
            telling["betrokkenen"] += 1
    if traject.persoonsgegevens_verwijderd_op is None:
        traject.persoonsgegevens_verwijderd_op = nu
        traject.save(update_fields=["persoonsgegevens_verwijderd_op"])
    if any(telling.values()):
        audit_log(
            actor=None,
            actie="bewaartermijn toegepast: aantekeningen en namen verwijderd",
            obj=traject,
            wijzigingen={k: ["", str(v)] for k, v in telling.items() if v},
        )
    return telling


def bewaartermijn_toepassen(*, vandaag: date | None = None) -> int:
    """Apply retention to every traject past its period; returns how many trajecten changed."""
    gewijzigd = 0
    for traject in trajecten_voorbij_bewaartermijn(vandaag=vandaag):
        if any(traject_bewaartermijn_toepassen(traject=traject).values()):
            gewijzigd += 1
    return gewijzigd
