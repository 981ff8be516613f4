"""The checks of fase Borgen: what must hold before a traject is marked afgerond.

``traject_beeindigen(status=afgerond)`` (trajecten/fasen.py) runs the checklist of Borgen, the only
fase from which a traject can be afgerond: a vastgestelde eindrapportage, a borgingsessie that was
held (a bijeenkomst of that kind whose start lies in the past), and every quote used in an output
released.
"""

from django.utils import timezone

from borging.models import Versie
from interviews.selectors.uitvoer import citaten_zonder_vrijgave
from trajecten.fasen import registreer_check
from trajecten.models import Bijeenkomst, Fase


@registreer_check(Fase.BORGEN, "De eindrapportage is opgesteld en besproken in de borgingsessie")
def eindrapportage_besproken(traject):
    redenen = []
    if not Versie.objects.filter(eindrapportage__traject=traject, status=Versie.Status.VASTGESTELD).exists():
        redenen.append("Er is nog geen vastgestelde eindrapportage.")
    gehouden = Bijeenkomst.objects.filter(
        traject=traject, soort=Bijeenkomst.Soort.BORGINGSESSIE, begin__lte=timezone.now()
    )
    if not gehouden.exists():
        redenen.append("Er is nog geen borgingsessie gehouden.")
    return " ".join(redenen) or None


@registreer_check(Fase.BORGEN, "Alle citaten die in een uitvoer komen, zijn vrijgegeven")
def citaten_vrijgegeven(traject):
    aantal = citaten_zonder_vrijgave(traject=traject).count()
    if aantal:
        return f"{aantal} citaat/citaten in een uitvoer zijn nog niet vrijgegeven."
    return None
