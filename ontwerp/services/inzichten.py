"""Writes of inzichten: create, change, support with quotes, carry forward. Each change is in the audit log,
which is the inzicht's history (``selectors.inzichten.geschiedenis``)."""

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone

from interviews.models import Citaat
from interviews.signals import citaten_vervallen
from ontwerp.models import Inzicht, InzichtCitaat
from visieleren.core.services import audit_log, wijzigingen_van


class InzichtFout(Exception):
    """A change that is not possible; the message is Dutch and meant for the user."""


_VELDEN = ["titel", "toelichting", "hoofdthema", "soort", "status"]


def _waarden(inzicht: Inzicht) -> dict:
    return {
        "titel": inzicht.titel,
        "toelichting": inzicht.toelichting,
        "hoofdthema": str(inzicht.hoofdthema),
        "soort": str(inzicht.soort),
        "status": inzicht.get_status_display(),
    }


@transaction.atomic
def inzicht_create(
    *, traject, titel: str, toelichting: str, hoofdthema, soort, stap: str, door, status=None
) -> Inzicht:
    inzicht = Inzicht.objects.create(
        traject=traject,
        titel=titel,
        toelichting=toelichting,
        hoofdthema=hoofdthema,
        soort=soort,
        stap=stap,
        status=status or Inzicht.Status.CONCEPT,
        auteur=door,
    )
    audit_log(actor=door, actie="inzicht aangemaakt", obj=inzicht, traject=traject, wijzigingen=_nieuw(inzicht))
    return inzicht


def _nieuw(inzicht: Inzicht) -> dict:
    return {k: ["", v] for k, v in _waarden(inzicht).items() if v} | {"stap": ["", inzicht.get_stap_display()]}


@transaction.atomic
def inzicht_update(*, inzicht: Inzicht, door, **velden) -> Inzicht:
    onbekend = set(velden) - set(_VELDEN)
    if onbekend:
        raise ValueError(f"Onbekende velden: {sorted(onbekend)}")
    oud = _waarden(inzicht)
    for veld, waarde in velden.items():
        setattr(inzicht, veld, waarde)
    wijzigingen = wijzigingen_van(oud, _waarden(inzicht))
    if wijzigingen:
        inzicht.save(update_fields=[*velden, "gewijzigd_op"])
        audit_log(actor=door, actie="inzicht gewijzigd", obj=inzicht, traject=inzicht.traject, wijzigingen=wijzigingen)
    return inzicht


@transaction.atomic
def inzicht_citaat_toevoegen(*, inzicht: Inzicht, citaat: Citaat, door) -> InzichtCitaat:
    """Add a supporting quote (idempotent). A quote of another traject is refused."""
    if citaat.interview.traject_id != inzicht.traject_id:
        raise InzichtFout("Dit citaat hoort niet bij het traject van dit inzicht.")
    koppeling, nieuw = InzichtCitaat.objects.get_or_create(
        inzicht=inzicht, citaat=citaat, defaults={"toegevoegd_door": door}
    )
    if nieuw:
        if inzicht.onderbouwing_verloren_op:
            inzicht.onderbouwing_verloren_op = None
            inzicht.save(update_fields=["onderbouwing_verloren_op", "gewijzigd_op"])
        audit_log(
            actor=door,
            actie="citaat toegevoegd aan inzicht",
            obj=inzicht,
            traject=inzicht.traject,
            wijzigingen={"citaat": ["", f"#{citaat.pk}"]},
        )
    return koppeling


@transaction.atomic
def inzicht_citaat_verwijderen(*, inzicht: Inzicht, citaat_id: int, door) -> None:
    verwijderd, _ = InzichtCitaat.objects.filter(inzicht=inzicht, citaat_id=citaat_id).delete()
    if verwijderd:
        audit_log(
            actor=door,
            actie="citaat weggehaald bij inzicht",
            obj=inzicht,
            traject=inzicht.traject,
            wijzigingen={"citaat": [f"#{citaat_id}", ""]},
        )


@transaction.atomic
def inzicht_doorzetten(*, inzicht: Inzicht, door) -> Inzicht:
    """Carry an inzicht to the next synthesis step: a new concept with the same content and quotes,
    linked to its origin, which stays as it was (the history of the synthesis)."""
    stap = inzicht.volgende_stap
    if stap is None:
        raise InzichtFout("Dit inzicht staat al in de laatste stap.")
    if inzicht.vervolgen.exists():
        raise InzichtFout("Dit inzicht is al doorgezet naar de volgende stap.")
    nieuw = inzicht_create(
        traject=inzicht.traject,
        titel=inzicht.titel,
        toelichting=inzicht.toelichting,
        hoofdthema=inzicht.hoofdthema,
        soort=inzicht.soort,
        stap=stap,
        door=door,
    )
    nieuw.herkomst = inzicht
    nieuw.save(update_fields=["herkomst"])
    InzichtCitaat.objects.bulk_create(
        InzichtCitaat(inzicht=nieuw, citaat_id=k.citaat_id, toegevoegd_door=door) for k in inzicht.onderbouwing.all()
    )
    audit_log(
        actor=door,
        actie="inzicht doorgezet",
        obj=inzicht,
        traject=inzicht.traject,
        wijzigingen={"naar": ["", f"{nieuw.get_stap_display()} (#{nieuw.pk})"]},
    )
    return nieuw


@receiver(citaten_vervallen, dispatch_uid="ontwerp.inzichten_markeren")
def inzichten_markeren(sender, citaat_ids, traject, door, reden, **kwargs):
    """Quotes are about to be deleted (consent withdrawn): mark the inzichten that lose support."""
    nu = timezone.now()
    for inzicht in Inzicht.objects.filter(onderbouwing__citaat_id__in=citaat_ids).distinct():
        verloren = inzicht.onderbouwing.filter(citaat_id__in=citaat_ids).count()
        inzicht.onderbouwing_verloren_op = nu
        inzicht.save(update_fields=["onderbouwing_verloren_op", "gewijzigd_op"])
        audit_log(
            actor=door,
            actie="onderbouwing van inzicht verloren",
            obj=inzicht,
            traject=inzicht.traject,
            wijzigingen={"citaten": [str(verloren), "0"], "reden": ["", reden]},
        )
