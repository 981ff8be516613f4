"""The checks of fase Borgen: what must hold before a traject is marked afgerond.

``traject_beeindigen(status=afgerond)`` (trajecten/fasen.py) runs the checklist of Borgen, the only
fase from which a traject can be afgerond: a vastgestelde eindrapportage, a borgingsessie that was
held (a bijeenkomst of that kind whose start lies in the past), and every quote used in an output
released.

The first declares what it reads (``bestaat``), the second counts for all trajecten at once (a batch
check): the start page reads many checklists in a fixed number of queries (``trajecten/fasen.py``).
"""

from django.utils import timezone

from borging.models import Versie
from interviews.selectors.uitvoer import zonder_vrijgave_per_traject
from trajecten.fasen import registreer_check
from trajecten.models import Bijeenkomst, Fase


@registreer_check(
    Fase.BORGEN,
    "De eindrapportage is opgesteld en besproken in de borgingsessie",
    bestaat={
        "vastgesteld": lambda traject: Versie.objects.filter(
            eindrapportage__traject=traject, status=Versie.Status.VASTGESTELD
        ),
        "borgingsessie": lambda traject: Bijeenkomst.objects.filter(
            traject=traject, soort=Bijeenkomst.Soort.BORGINGSESSIE, begin__lte=timezone.now()
        ),
    },
)
def eindrapportage_besproken(traject, gelezen):
    redenen = []
    if not gelezen["vastgesteld"]:
        redenen.append("Er is nog geen vastgestelde eindrapportage.")
    if not gelezen["borgingsessie"]:
        redenen.append("Er is nog geen borgingsessie gehouden.")
    return " ".join(redenen) or None


@registreer_check(Fase.BORGEN, "Alle citaten die in een uitvoer komen, zijn vrijgegeven", batch=True)
def citaten_vrijgegeven(trajecten):
    aantallen = zonder_vrijgave_per_traject([t.pk for t in trajecten])
    return {pk: f"{n} citaat/citaten in een uitvoer zijn nog niet vrijgegeven." for pk, n in aantallen.items()}
