"""The checks of fase Ontwerpen: what must hold before a traject moves on to Borgen. What they read
is declared (``bestaat``), so many checklists are read in one query (``trajecten/fasen.py``)."""

from ontwerp.selectors.inzichten import vastgesteld_met_onderbouwing
from ontwerp.selectors.ontwerpsessie import compleet
from trajecten.fasen import registreer_check
from trajecten.models import Fase


@registreer_check(
    Fase.ONTWERPEN,
    "Minstens één vastgesteld inzicht met onderbouwing",
    bestaat={"inzicht": vastgesteld_met_onderbouwing},
)
def inzicht_vastgesteld(traject, gelezen):
    if not gelezen["inzicht"]:
        return "Er is nog geen vastgesteld inzicht dat met citaten is onderbouwd."
    return None


@registreer_check(
    Fase.ONTWERPEN,
    "Een ontwerpsessie met een oplossingsrichting en een handelingsperspectief",
    bestaat={"ontwerpsessie": compleet},
)
def ontwerpsessie_vastgelegd(traject, gelezen):
    if not gelezen["ontwerpsessie"]:
        return "Er is nog geen ontwerpsessie vastgelegd met een oplossingsrichting en een handelingsperspectief."
    return None
