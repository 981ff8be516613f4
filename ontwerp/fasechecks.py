"""The checks of fase Ontwerpen: what must hold before a traject moves on to Borgen.

Until synthesis exists a traject cannot prove any of it, so the check says so in words and holds the
traject in Ontwerpen (a placeholder must not let a traject pass with nothing checked). The issue that
builds inzichten replaces it with the real check, in this module.
"""

from trajecten.fasen import registreer_check
from trajecten.models import Fase


@registreer_check(Fase.ONTWERPEN, "De inzichten uit de synthese zijn vastgelegd en besproken in de ontwerpsessie")
def inzichten_vastgelegd(traject):
    return "Nog niet te controleren: inzichten komen met de fase Ontwerpen."
