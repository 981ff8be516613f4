"""Demo data of the rode draden: expert reflections on the afgeronde trajecten and a report over them.

Runs after ``ontwerp.demo.ontwerp`` (the vastgestelde inzichten). Every expert of an afgerond Tabel 1
traject gets a reflection (invented texts, drawn from the themes of the national report; no sentence is
copied). The team checked and released the quotes that support the vastgestelde inzichten of those
trajecten, so the report has example quotes. Version 1 of the report is vastgesteld with an
introduction and a conclusion per hoofdthema; version 2 is a concept. Idempotent.
"""

from interviews.models import Code
from interviews.models.interviews import Reikwijdte
from interviews.selectors.uitvoer import citaten_voor_uitvoer, vrijgave_voorstel
from interviews.services.vrijgave import VrijgaveFout, citaat_vrijgeven
from ontwerp.models import Inzicht
from rodedraden.models import Rapportversie, Reflectie
from rodedraden.services.rapport import rapportversie_bewerken, rapportversie_create, rapportversie_vaststellen
from rodedraden.services.reflecties import reflectie_opslaan
from trajecten.models import Rol, Status, TrajectRol
from visieleren.accounts.models import User

TEAM = "team@visieleren.test"

# (wat werkte, dilemma's, advies, codes "Ouder > Naam" or "Naam"); rotated over the experts of a traject.
REFLECTIES = [
    (
        "Het duo-interview tussen een wethouder en een ervaringsdeskundige opende ogen: beleid hoorde "
        "zonder tussenpersoon hoe lang een inwoner met zijn vraag rondliep.",
        "De wens om alles in één loket te vangen botste met het gebrek aan mensen om dat loket te bemensen.",
        "Begin met luisteren naar de uitvoering voordat u een nieuw model tekent; de knelpunten zitten vaak in "
        "de overdracht, niet in de voordeur.",
        ["Inwoner centraal > Inwoners betrekken", "Rust en regie > Werkdruk en capaciteit", "Regie en zeggenschap"],
    ),
    (
        "Kaartjes met citaten van inwoners op tafel in de ontwerpsessie: bestuurders lazen ze hardop voor "
        "en de discussie ging daarna over de inwoner, niet over de organisatie.",
        "Elke gemeente in de regio wil herkenbaar blijven voor de eigen kernen, terwijl de inkoop en de "
        "verwijsroutes om één regionale lijn vragen.",
        "Maak expliciet wat lokaal blijft en wat regionaal kan, en leg dat vast voordat de uitvoering ermee "
        "aan de slag gaat.",
        [
            "Balans lokaal en regionaal > Couleur locale",
            "Balans lokaal en regionaal > Regionale afspraken",
            "Transparant en eenvoudig",
        ],
    ),
    (
        "Eerst de basis op orde: één registratie en heldere werkafspraken gaven het team weer ruimte om het "
        "gesprek met de inwoner te voeren.",
        "Veel tegelijk lopende projecten vroegen aandacht van dezelfde medewerkers; wat laat je los?",
        "Kies twee of drie prioriteiten en wees daar eerlijk over naar raad en uitvoering.",
        ["Rust en regie > Basis op orde", "Rust en regie > Koers en realisme", "Handelingsruimte"],
    ),
    (
        "Een gedeelde taal over wat toegang is maakte dat beleid en uitvoering elkaar beter begrepen.",
        "Professionals willen doen wat nodig is, maar voelen weinig ruimte om af te wijken van het protocol.",
        "Geef medewerkers zichtbaar mandaat om maatwerk te leveren en bespreek achteraf wat dat opleverde.",
        ["Inwoner centraal > Gedeelde taal", "Inwoner centraal > Integraal werken", "Deskundige medewerkers"],
    ),
]

TEKSTEN = {
    "Inwoner centraal": {
        "inleiding": "Alle trajecten wilden de inwoner centraal zetten. Wat dat in de praktijk betekent, verschilde: "
        "van een gedeelde taal over toegang tot het structureel betrekken van inwoners bij beleid.",
        "conclusie": "Waar inwoners zelf aan tafel kwamen, werden knelpunten concreet. Het blijft een opgave om dat "
        "gesprek na het traject vast te houden.",
    },
    "Rust en regie": {
        "inleiding": "De uitvoering staat onder druk: personeelstekort, veel projecten tegelijk en processen die "
        "niet op orde zijn. Rust en regie kwamen daardoor in elk traject terug.",
        "conclusie": "Een werkende basis en een consistente koers gaan vóór nieuwe ambities. Experts raden aan "
        "weinig prioriteiten te kiezen en die vol te houden.",
    },
    "Balans lokaal en regionaal": {
        "inleiding": "In de regionale trajecten zocht men naar wat samen kan en wat lokaal moet blijven.",
        "conclusie": "Regionale afspraken helpen bij inkoop en verwijzing; het gesprek met de eigen inwoners blijft "
        "lokaal. Maak die grens expliciet.",
    },
}


def laden(demo: dict) -> None:
    team = User.objects.filter(email=TEAM).first()
    if team is None:
        return
    afgerond = [t for _, t in sorted(demo.get("trajecten", {}).items()) if t.status == Status.AFGEROND]
    if not afgerond:
        return
    codes = _codes()
    for traject in afgerond:
        _reflecties(traject, codes)
        _vrijgeven(traject, team)
    _rapport(afgerond, team)


def _codes() -> dict[str, Code]:
    return {str(c): c for c in Code.objects.filter(traject=None).select_related("ouder")}


def _reflecties(traject, codes) -> None:
    experts = TrajectRol.objects.filter(traject=traject, rol=Rol.EXPERT).select_related("user").order_by("user__email")
    for index, rol in enumerate(experts):
        if Reflectie.objects.filter(traject=traject, expert=rol.user).exists():
            continue
        wat_werkte, dilemmas, advies, namen = REFLECTIES[(traject.pk + index) % len(REFLECTIES)]
        reflectie_opslaan(
            traject=traject,
            expert=rol.user,
            wat_werkte=wat_werkte,
            dilemmas=dilemmas,
            advies=advies,
            codes=[codes[n] for n in namen if n in codes],
        )


def _vrijgeven(traject, team) -> None:
    """The team released the supporting quotes of the vastgestelde inzichten (names replaced)."""
    ondersteunend = Inzicht.objects.filter(traject=traject, status=Inzicht.Status.VASTGESTELD).values("citaten")
    for citaat in citaten_voor_uitvoer(
        traject=traject, reikwijdte=Reikwijdte.LANDELIJK, alleen_vrijgegeven=False
    ).filter(pk__in=ondersteunend, vrijgegeven=False):
        try:
            citaat_vrijgeven(citaat=citaat, tekst=vrijgave_voorstel(citaat), door=team)
        except VrijgaveFout:
            continue


def _rapport(trajecten, team) -> None:
    if not Rapportversie.objects.filter(nummer=1).exists():
        versie = rapportversie_create(trajecten=trajecten, genoemd=[], door=team)
        rapportversie_bewerken(
            versie=versie, titel="Rode draden uit de Visieleertrajecten", teksten=TEKSTEN, genoemd=[], door=team
        )
        rapportversie_vaststellen(versie=versie, door=team)
    if not Rapportversie.objects.filter(nummer=2).exists():
        rapportversie_create(trajecten=trajecten, genoemd=trajecten[:1], door=team)
