"""Writes of expert reflections: an expert records (and revises) one reflection per traject."""

from django.db import transaction

from interviews.models import Code
from rodedraden.models import Reflectie
from visieleren.core.services import audit_log


class ReflectieFout(Exception):
    """A reflection that cannot be saved; the message is Dutch and meant for the user."""


@transaction.atomic
def reflectie_opslaan(*, traject, expert, wat_werkte: str, dilemmas: str, advies: str, codes) -> Reflectie:
    """Create or update ``expert``'s reflection on ``traject``; codes are shared ones or this traject's own."""
    if not (wat_werkte.strip() or dilemmas.strip() or advies.strip()):
        raise ReflectieFout("Vul minstens één van de drie onderdelen in.")
    codes = list(codes)
    if any(c.traject_id not in (None, traject.pk) or c.groep == Code.Groep.SOORT for c in codes):
        raise ReflectieFout("Kies codes uit het codeboek of van dit traject.")
    reflectie, nieuw = Reflectie.objects.update_or_create(
        traject=traject,
        expert=expert,
        defaults={"wat_werkte": wat_werkte.strip(), "dilemmas": dilemmas.strip(), "advies": advies.strip()},
    )
    reflectie.codes.set(codes)
    audit_log(actor=expert, actie="reflectie geschreven" if nieuw else "reflectie bijgewerkt", obj=reflectie)
    return reflectie
