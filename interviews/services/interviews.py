"""Writes of Luisteren: deelnemers and consent, duo-interviews, notes (with autosave) and quotes.

Every function here changes data inside one transaction and writes an audit entry. Rules that a
user can break raise ``InterviewFout`` (or a subclass) with a Dutch message the view shows as is.
The codebook and tagging services live in ``services/codeboek.py``.
"""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from interviews import privacy
from interviews.models import AantekeningenConcept, AndereNaam, Citaat, Deelnemer, Interview, Memo, Tagging
from interviews.models.interviews import Reikwijdte
from interviews.pseudoniemen import Matcher
from interviews.services.vrijgave import vrijgaven_laten_vervallen
from interviews.signals import citaten_vervallen
from interviews.tekst import herankeren, normaliseer_regels, op_tekengrens
from trajecten.models import Betrokkene, Perspectief, Rol, Status, Traject, TrajectRol
from trajecten.selectors.bewaartermijn import bewaarplan, vandaag_of
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
    reikwijdtes=None,
) -> Deelnemer:
    """Make a person of the stakeholder map a deelnemer; put them on the map first if they are not.

    The deelnemer keeps the perspective the betrokkene has now (a snapshot, taken with the pseudonym).
    Consent given now holds for ``reikwijdtes`` (default: all three scopes).
    """
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
        perspectief=betrokkene.perspectief,
        toestemming_op=toestemming_op,
        **_reikwijdte_datums(toestemming_op, reikwijdtes),
    )
    audit_log(
        actor=door,
        actie="deelnemer toegevoegd",
        obj=deelnemer,
        traject=traject,
        wijzigingen={
            "toestemming_op": ["", str(toestemming_op or "")],
            "perspectief": ["", deelnemer.get_perspectief_display()],
            **_reikwijdte_wijzigingen(Deelnemer(), deelnemer),
        },
    )
    return deelnemer


def _reikwijdte_datums(op: date | None, reikwijdtes) -> dict:
    """{scope field: date} for consent given on ``op`` for ``reikwijdtes`` (None: all scopes)."""
    gekozen = set(Reikwijdte.values if reikwijdtes is None else reikwijdtes)
    return {Deelnemer.reikwijdte_veld(r): (op if op and r in gekozen else None) for r in Reikwijdte.values}


def _reikwijdte_wijzigingen(oud: Deelnemer, nieuw: Deelnemer) -> dict:
    uit = {}
    for r in Reikwijdte:
        veld = Deelnemer.reikwijdte_veld(r)
        voor, na = getattr(oud, veld), getattr(nieuw, veld)
        if voor != na:
            uit[f"toestemming {r.label.lower()}"] = [str(voor or ""), str(na or "")]
    return uit


@transaction.atomic
def deelnemer_toestemming_vastleggen(*, deelnemer: Deelnemer, op: date, door, reikwijdtes=None) -> Deelnemer:
    """Record (again) that this person consented on ``op``; a withdrawal is thereby undone.

    ``reikwijdtes`` are the scopes consented to (default: all); a scope already given keeps its date,
    a scope left out is not (or no longer) given.
    """
    oud = Deelnemer(**{veld: getattr(deelnemer, veld) for veld in _TOESTEMMING_VELDEN})
    for veld, datum in _reikwijdte_datums(op, reikwijdtes).items():
        setattr(deelnemer, veld, (getattr(deelnemer, veld) or datum) if datum else None)
    deelnemer.toestemming_op = op
    deelnemer.toestemming_ingetrokken_op = None
    deelnemer.save(update_fields=_TOESTEMMING_VELDEN)
    audit_log(
        actor=door,
        actie="toestemming vastgelegd",
        obj=deelnemer,
        traject=deelnemer.traject,
        wijzigingen={"toestemming_op": [str(oud.toestemming_op or ""), str(op)]}
        | _reikwijdte_wijzigingen(oud, deelnemer),
    )
    return deelnemer


_TOESTEMMING_VELDEN = [
    "toestemming_op",
    "toestemming_ingetrokken_op",
    *(Deelnemer.reikwijdte_veld(r) for r in Reikwijdte.values),
]


@transaction.atomic
def deelnemer_reikwijdte_intrekken(*, deelnemer: Deelnemer, reikwijdte: str, op: date, door) -> Deelnemer:
    """Withdraw consent for one scope only: the quotes stay, but no output of that scope uses them."""
    veld = Deelnemer.reikwijdte_veld(reikwijdte)
    gegeven = getattr(deelnemer, veld)
    if gegeven is None:
        raise InterviewFout("Voor dit gebruik was geen toestemming gegeven.")
    setattr(deelnemer, veld, None)
    deelnemer.save(update_fields=[veld])
    label = Reikwijdte(reikwijdte).label.lower()
    audit_log(
        actor=door,
        actie=f"toestemming ingetrokken: {label}",
        obj=deelnemer,
        traject=deelnemer.traject,
        wijzigingen={f"toestemming {label}": [str(gegeven), ""], "ingetrokken op": ["", str(op)]},
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
    vrijgaven_laten_vervallen(
        citaten=[c for c in gewijzigde if c.anker == Citaat.Anker.GEWIJZIGD],
        door=door,
        reden="tekst in de aantekeningen gewijzigd",
    )
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
    """Finished trajecten (not lopend) whose end lies longer ago than the retention period of the notes
    and whose names and contact data are still there (they may wait for the nazorg: see ``bewaarplan``)."""
    from django.conf import settings
    from django.db.models.functions import Coalesce

    grens = vandaag_of(vandaag) - timedelta(days=settings.AANTEKENINGEN_BEWAAR_DAGEN)
    return (
        Traject.objects.exclude(status=Status.LOPEND)
        .filter(persoonsgegevens_verwijderd_op__isnull=True)
        .annotate(einde=Coalesce("werkelijke_eind", "geplande_eind"))
        .filter(einde__lt=grens)
    )


@transaction.atomic
def traject_bewaartermijn_toepassen(*, traject: Traject, vandaag: date | None = None) -> dict[str, int]:
    """Remove the raw notes and drafts of a finished traject, and its names and contact data once the
    nazorg allows it (``bewaarplan``); keep anonymous quotes.

    Quotes, memos and the traject's log rows keep their text with every spelling of a name replaced
    (the matcher of ``interviews.privacy``, built from the names before they go), so synthesis and
    exports still work. Log rows about quotes, memos and people keep only kind and id. Deelnemers
    keep their pseudonym; every betrokkene loses name, e-mail and phone; other names are deleted.
    Idempotent.
    """
    plan = bewaarplan(traject)
    vandaag = vandaag_of(vandaag)
    deelnemers = list(Deelnemer.objects.filter(traject=traject).select_related("betrokkene"))
    matcher = Matcher(privacy.namen_van_traject(traject.pk))
    telling = {"aantekeningen": 0, "citaten": 0, "memos": 0, "logregels": 0, "betrokkenen": 0, "andere namen": 0}
    for citaat in Citaat.objects.filter(interview__traject=traject):
        tekst, context = matcher.vervang(citaat.tekst), matcher.vervang(citaat.context)
        if (tekst, context) != (citaat.tekst, citaat.context):
            citaat.tekst, citaat.context = tekst, context
            citaat.save(update_fields=["tekst", "context"])
            telling["citaten"] += 1
    for memo in Memo.objects.filter(traject=traject):
        tekst = matcher.vervang(memo.tekst)
        if tekst != memo.tekst:
            memo.tekst = tekst
            memo.save(update_fields=["tekst"])
            telling["memos"] += 1
    telling["logregels"] = _logregels_zonder_namen(traject=traject, matcher=matcher)
    nu = timezone.now()
    for interview in Interview.objects.filter(traject=traject, notities_verwijderd_op__isnull=True):
        interview.notities = ""
        AantekeningenConcept.objects.filter(interview=interview).delete()
        interview.notities_verwijderd_op = nu
        interview.save(update_fields=["notities", "notities_verwijderd_op"])
        telling["aantekeningen"] += 1
    if not plan.contactgegevens_verlopen(vandaag):
        _bewaartermijn_loggen(traject, telling, wacht_op_nazorg=plan.wacht_op_nazorg)
        return telling
    pseudoniemen = {d.betrokkene_id: d.pseudoniem for d in deelnemers}
    for betrokkene in Betrokkene.objects.filter(traject=traject):
        naam = pseudoniemen.get(betrokkene.pk) or f"{betrokkene.get_perspectief_display()} (geanonimiseerd)"
        if (betrokkene.naam, betrokkene.email, betrokkene.telefoon) != (naam, "", ""):
            betrokkene.naam, betrokkene.email, betrokkene.telefoon = naam, "", ""
            betrokkene.save(update_fields=["naam", "email", "telefoon"])
            telling["betrokkenen"] += 1
    telling["andere namen"], _ = AndereNaam.objects.filter(traject=traject).delete()
    if traject.persoonsgegevens_verwijderd_op is None:
        traject.persoonsgegevens_verwijderd_op = nu
        traject.save(update_fields=["persoonsgegevens_verwijderd_op"])
    _bewaartermijn_loggen(traject, telling, wacht_op_nazorg=False)
    return telling


def _bewaartermijn_loggen(traject: Traject, telling: dict, *, wacht_op_nazorg: bool) -> None:
    if not any(telling.values()):
        return
    actie = "bewaartermijn toegepast: aantekeningen en namen verwijderd"
    if telling["betrokkenen"] == 0:
        actie = "bewaartermijn toegepast: aantekeningen verwijderd" + (
            "; namen en contactgegevens wachten op de nazorg" if wacht_op_nazorg else ""
        )
    audit_log(actor=None, actie=actie, obj=traject, wijzigingen={k: ["", str(v)] for k, v in telling.items() if v})


_PERSOONLIJKE_SOORTEN = {m._meta.verbose_name for m in (Citaat, Memo, AndereNaam, Betrokkene)}


def _logregels_zonder_namen(*, traject: Traject, matcher: Matcher) -> int:
    """Log rows of this traject, also ones written before logs stopped copying text: names replaced,
    quotes, memos and people named by kind and id only. Returns how many rows changed."""
    gewijzigd = 0
    for regel in AuditLog.objects.filter(traject=traject):
        if regel.object_type in _PERSOONLIJKE_SOORTEN and regel.object_id:
            omschrijving = f"{regel.object_type} {regel.object_id}"
        else:
            omschrijving = matcher.vervang(regel.object_omschrijving)
        wijzigingen = {
            k: [matcher.vervang(w) if isinstance(w, str) else w for w in v] if isinstance(v, list) else v
            for k, v in regel.wijzigingen.items()
        }
        if (omschrijving, wijzigingen) != (regel.object_omschrijving, regel.wijzigingen):
            regel.object_omschrijving, regel.wijzigingen = omschrijving, wijzigingen
            regel.save(update_fields=["object_omschrijving", "wijzigingen"])
            gewijzigd += 1
    return gewijzigd


def bewaartermijn_toepassen(*, vandaag: date | None = None) -> int:
    """Apply retention to every traject past its period; returns how many trajecten changed."""
    gewijzigd = 0
    for traject in trajecten_voorbij_bewaartermijn(vandaag=vandaag):
        if any(traject_bewaartermijn_toepassen(traject=traject, vandaag=vandaag).values()):
            gewijzigd += 1
    return gewijzigd


# ---- Other names: people named in the notes who are no deelnemer ------------------------------------


@transaction.atomic
def andere_naam_create(*, traject: Traject, naam: str, label: str, door, interview: Interview | None = None):
    """Replace ``naam`` (in every spelling) by ``[label]`` in all text of this traject, for whoever may
    not see names. The log keeps the id, not the name."""
    naam = " ".join(naam.split())
    if not naam or not label.strip():
        raise InterviewFout("Vul een naam en een omschrijving in.")
    if AndereNaam.objects.filter(traject=traject, naam__iexact=naam).exists():
        raise InterviewFout("Deze naam staat al in de lijst.")
    andere = AndereNaam.objects.create(
        traject=traject, naam=naam, label=label.strip(), interview=interview, toegevoegd_door=door
    )
    audit_log(actor=door, actie="andere naam toegevoegd", obj=andere, traject=traject)
    return andere


@transaction.atomic
def andere_naam_delete(*, andere_naam: AndereNaam, door) -> None:
    audit_log(actor=door, actie="andere naam verwijderd", obj=andere_naam, traject=andere_naam.traject)
    andere_naam.delete()
