"""The checks of fase Ontwerpen: what must hold before a traject moves on to Borgen."""

from ontwerp.selectors.inzichten import vastgesteld_met_onderbouwing
from ontwerp.selectors.ontwerpsessie import compleet
from trajecten.fasen import registreer_check
from trajecten.models import Fase


@registreer_check(Fase.ONTWERPEN, "Minstens één vastgesteld inzicht met onderbouwing")
def inzicht_vastgesteld(traject):
    if not vastgesteld_met_onderbouwing(traject):
        return "Er is nog geen vastgesteld inzicht dat met citaten is onderbouwd."
    return None


@registreer_check(Fase.ONTWERPEN, "Een ontwerpsessie met een oplossingsrichting en een handelingsperspectief")
def ontwerpsessie_vastgelegd(traject):
    if not compleet(traject):
        return "Er is nog geen ontwerpsessie vastgelegd met een oplossingsrichting en een handelingsperspectief."
    return None
