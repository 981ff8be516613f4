"""The checks of fase Borgen: what must hold before a traject is marked afgerond.

``traject_beeindigen(status=afgerond)`` (trajecten/fasen.py) runs the checklist of Borgen, the only
fase from which a traject can be afgerond. The eindrapportage and the borgingsessie arrive with the
issue for Borgen; until then the first check says so in words and holds the traject in Borgen. That
every quote used in an output has a released text can be checked today.
"""

from interviews.selectors.uitvoer import citaten_zonder_vrijgave
from trajecten.fasen import registreer_check
from trajecten.models import Fase


@registreer_check(Fase.BORGEN, "De eindrapportage is opgesteld en besproken in de borgingsessie")
def eindrapportage_besproken(traject):
    return "Nog niet te controleren: de eindrapportage en de borgingsessie komen met de fase Borgen."


@registreer_check(Fase.BORGEN, "Alle citaten die in een uitvoer komen, zijn vrijgegeven")
def citaten_vrijgegeven(traject):
    aantal = citaten_zonder_vrijgave(traject=traject).count()
    if aantal:
        return f"{aantal} citaat/citaten in een uitvoer zijn nog niet vrijgegeven."
    return None
