"""The checks of fase Luisteren: what must hold before a traject moves on to Ontwerpen."""

from interviews.models import Citaat, Interview, Tagging
from trajecten.fasen import registreer_check
from trajecten.models import Fase


@registreer_check(Fase.LUISTEREN, "Minstens één duo-interview met aantekeningen")
def interview_gehouden(traject):
    if not Interview.objects.filter(traject=traject).exclude(notities="").exists():
        return "Er is nog geen duo-interview met aantekeningen vastgelegd."
    return None


@registreer_check(Fase.LUISTEREN, "Citaten zijn vastgelegd en getagd")
def citaten_getagd(traject):
    if not Citaat.objects.filter(interview__traject=traject).exists():
        return "Er zijn nog geen citaten uit de duo-interviews vastgelegd."
    if not Tagging.objects.filter(citaat__interview__traject=traject, verwijderd_op__isnull=True).exists():
        return "Er is nog geen citaat getagd met het codeboek."
    return None
