"""The checks of fase Luisteren: what must hold before a traject moves on to Ontwerpen.

What they read is declared (``bestaat``), so the start page reads the checklists of all its trajecten
in one query (``trajecten/fasen.py``).
"""

from interviews.models import Citaat, Interview, Tagging
from trajecten.fasen import registreer_check
from trajecten.models import Fase


@registreer_check(
    Fase.LUISTEREN,
    "Minstens één duo-interview met aantekeningen",
    bestaat={"interview": lambda traject: Interview.objects.filter(traject=traject).exclude(notities="")},
)
def interview_gehouden(traject, gelezen):
    if not gelezen["interview"]:
        return "Er is nog geen duo-interview met aantekeningen vastgelegd."
    return None


@registreer_check(
    Fase.LUISTEREN,
    "Citaten zijn vastgelegd en getagd",
    bestaat={
        "citaat": lambda traject: Citaat.objects.filter(interview__traject=traject),
        "tagging": lambda traject: Tagging.objects.filter(
            citaat__interview__traject=traject, verwijderd_op__isnull=True
        ),
    },
)
def citaten_getagd(traject, gelezen):
    if not gelezen["citaat"]:
        return "Er zijn nog geen citaten uit de duo-interviews vastgelegd."
    if not gelezen["tagging"]:
        return "Er is nog geen citaat getagd met het codeboek."
    return None
