"""Demo eindrapportages: a vastgestelde version for every afgerond traject (its PDF is made on the
first download; the quotes of its inzichten are released first with the pseudonymised proposal, as an
afgerond traject requires) and, for the traject in Borgen with a demo contactpersoon, a version ter review with
comments of that contactpersoon, one answered by the team. Idempotent: a traject with a report is skipped.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from borging.demo import borgen_trajecten
from borging.models import Eindrapportage, Sectie
from borging.selectors.eindrapportage import rapport_inzichten
from borging.services import eindrapportage as services
from interviews.models import Citaat
from interviews.selectors.uitvoer import vrijgave_voorstel
from interviews.services.vrijgave import citaat_vrijgeven
from trajecten.models import Rol, Status, TrajectRol
from visieleren.accounts.models import User

TEAM = "team@visieleren.test"
OPMERKINGEN = [
    (
        Sectie.Soort.INZICHTEN,
        "Kunt u bij het thema rust en regie ook noemen wat de consulenten zelf voorstelden?",
        "Goed punt: we voegen de voorstellen uit de ontwerpsessie toe.",
    ),
    (Sectie.Soort.STREEFWAARDEN, "Is de nulmeting van de wachttijd van vóór of na de zomer?", ""),
]


def laden(demo: dict) -> None:
    team = User.objects.get(email=TEAM)
    for traject in borgen_trajecten():
        if Eindrapportage.objects.filter(traject=traject).exists():
            continue
        if traject.status == Status.AFGEROND:
            _vastgesteld(traject, team)
        else:
            contact = TrajectRol.objects.filter(traject=traject, rol=Rol.CONTACTPERSOON).select_related("user").first()
            if contact:
                _ter_review(traject, team, contact.user)


def _citaten_vrijgeven(traject, team) -> None:
    inzichten = rapport_inzichten(traject)
    for citaat in Citaat.objects.filter(
        vrijgegeven=False, inzichten__in=inzichten, anker__in=[Citaat.Anker.OK, Citaat.Anker.VERPLAATST]
    ).distinct():
        citaat_vrijgeven(citaat=citaat, tekst=vrijgave_voorstel(citaat), door=team)


def _vastgesteld(traject, team) -> None:
    _citaten_vrijgeven(traject, team)
    versie = services.versie_create(traject=traject, door=team)
    services.ter_review_zetten(versie=versie, door=team)
    services.versie_vaststellen(versie=versie, door=team, stil=True)
    if traject.werkelijke_eind:
        moment = timezone.make_aware(datetime.combine(traject.werkelijke_eind - timedelta(days=7), time(10)))
        versie.vastgesteld_op = moment
        versie.save(update_fields=["vastgesteld_op"])


def _ter_review(traject, team, contact) -> None:
    versie = services.versie_create(traject=traject, door=team)
    services.ter_review_zetten(versie=versie, door=team)
    for soort, tekst, antwoord in OPMERKINGEN:
        opmerking = services.opmerking_plaatsen(sectie=versie.secties.get(soort=soort), tekst=tekst, door=contact)
        if antwoord:
            services.opmerking_beantwoorden(opmerking=opmerking, antwoord=antwoord, door=team)
