"""Writes of the ontwerpsessie: the reflection, oplossingsrichtingen and the handelingsperspectief."""

from django.db import transaction

from ontwerp.models import Actiepunt, Ontwerpsessie, Oplossingsrichting
from trajecten.models import Bijeenkomst
from visieleren.core.services import audit_log, wijzigingen_van


class OntwerpsessieFout(Exception):
    """A change that is not possible; the message is Dutch and meant for the user."""


def _sessie(bijeenkomst: Bijeenkomst) -> Ontwerpsessie:
    if bijeenkomst.soort != Bijeenkomst.Soort.ONTWERPSESSIE:
        raise OntwerpsessieFout("Alleen een bijeenkomst van de soort ontwerpsessie heeft een ontwerpsessie.")
    sessie, _ = Ontwerpsessie.objects.get_or_create(bijeenkomst=bijeenkomst)
    return sessie


@transaction.atomic
def ontwerpsessie_reflectie_opslaan(*, bijeenkomst: Bijeenkomst, reflectie: str, door) -> Ontwerpsessie:
    sessie = _sessie(bijeenkomst)
    wijzigingen = wijzigingen_van({"reflectie": sessie.reflectie}, {"reflectie": reflectie})
    if wijzigingen:
        sessie.reflectie = reflectie
        sessie.save(update_fields=["reflectie", "gewijzigd_op"])
        audit_log(
            actor=door,
            actie="ontwerpsessie bijgewerkt",
            obj=sessie,
            traject=bijeenkomst.traject,
            wijzigingen=wijzigingen,
        )
    return sessie


@transaction.atomic
def oplossingsrichting_create(*, bijeenkomst: Bijeenkomst, titel: str, toelichting: str, inzichten, door):
    sessie = _sessie(bijeenkomst)
    if any(i.traject_id != bijeenkomst.traject_id for i in inzichten):
        raise OntwerpsessieFout("Een inzicht van een ander traject kan deze richting niet onderbouwen.")
    richting = Oplossingsrichting.objects.create(ontwerpsessie=sessie, titel=titel, toelichting=toelichting)
    richting.inzichten.set(inzichten)
    audit_log(
        actor=door,
        actie="oplossingsrichting toegevoegd",
        obj=richting,
        traject=bijeenkomst.traject,
        wijzigingen={"titel": ["", titel], "inzichten": ["", ", ".join(str(i) for i in inzichten)]},
    )
    return richting


@transaction.atomic
def actiepunt_create(*, bijeenkomst: Bijeenkomst, omschrijving: str, eigenaar: str, datum, status: str, door):
    sessie = _sessie(bijeenkomst)
    actie = Actiepunt.objects.create(
        ontwerpsessie=sessie, omschrijving=omschrijving, eigenaar=eigenaar, datum=datum, status=status
    )
    audit_log(
        actor=door,
        actie="actie toegevoegd aan handelingsperspectief",
        obj=actie,
        traject=bijeenkomst.traject,
        wijzigingen={"actie": ["", omschrijving], "eigenaar": ["", eigenaar]},
    )
    return actie


@transaction.atomic
def actiepunt_status(*, actiepunt: Actiepunt, status: str, door) -> Actiepunt:
    wijzigingen = wijzigingen_van({"status": actiepunt.status}, {"status": status})
    if wijzigingen:
        actiepunt.status = status
        actiepunt.save(update_fields=["status"])
        audit_log(
            actor=door,
            actie="actie bijgewerkt",
            obj=actiepunt,
            traject=actiepunt.ontwerpsessie.bijeenkomst.traject,
            wijzigingen=wijzigingen,
        )
    return actiepunt
