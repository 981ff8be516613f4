"""Demo data of Ontwerpen: inzichten in the three synthesis steps and an ontwerpsessie. Idempotent.

For the afgeronde trajecten and those in fase Borgen that have quotes: per hoofdthema a dilemma and a
werkzaam element (after the chapters of the Visieleren report, in our own words), written by the
moderators, carried forward to the expertteam and the ontwerpsessie. Each is supported by the traject's
quotes tagged with its hoofdthema (or a code below it) and, where there are, its soort; an inzicht
without such quotes is kept, and shows as "zonder onderbouwing".
"""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from interviews.models import Citaat, Code
from ontwerp.models import Actiepunt, Inzicht, Ontwerpsessie, Oplossingsrichting
from ontwerp.services.inzichten import inzicht_citaat_toevoegen, inzicht_create, inzicht_doorzetten, inzicht_update
from trajecten.models import Bijeenkomst, Fase, Rol, Status
from visieleren.accounts.models import User

TEAM = "team@visieleren.test"
MODERATOR = "moderator@visieleren.test"
EXPERT = "expert@visieleren.test"
CITATEN_PER_INZICHT = 3

# {hoofdthema: [(soort, titel, toelichting)]}
INZICHTEN = {
    "Inwoner centraal": [
        (
            "Dilemma/uitdaging",
            "Geen gedeeld beeld van wat toegang is",
            "Bestuur, beleid en uitvoering bedoelen elk iets anders met *toegang*. Zonder gedeelde taal "
            "blijft een visie en een handelingsperspectief steken.",
        ),
        (
            "Werkzaam element",
            "Toegang zien als de route van de inwoner",
            "Beschrijf toegang als het proces dat een inwoner doorloopt: er zijn meerdere routes naar hulp. "
            "Het gesprek **met inwoners** geeft keuzes urgentie en draagvlak.",
        ),
    ],
    "Rust en regie": [
        (
            "Dilemma/uitdaging",
            "Integraal werken botst met de capaciteit",
            "Medewerkers moeten in samenhang adviseren, terwijl de werkdruk hoog is en projecten en pilots "
            "zich opstapelen.",
        ),
        (
            "Werkzaam element",
            "Leiderschap en een consistente koers",
            "Een beleidsteam dat structureert en dezelfde uitgangspunten blijft toepassen, gesteund door een "
            "duidelijke bestuurlijke lijn, voorkomt dat discussies steeds terugkomen.",
        ),
    ],
    "Balans lokaal en regionaal": [
        (
            "Dilemma/uitdaging",
            "Herkenbaar lokaal of eenduidig in de regio",
            "Lokale herkenbaarheid voor inwoners staat tegenover de wens van aanbieders om in de hele regio "
            "met één werkwijze te werken.",
        ),
        (
            "Werkzaam element",
            "Lokaal het gesprek, regionaal de afspraken",
            "Het beeld van de toegang ontstaat in de eigen gemeente; inkoop, leren en onderzoek kunnen "
            "regionaal, met afspraken over wat overal gelijk is, zoals verwijzen.",
        ),
    ],
}

RICHTING = (
    "Eén herkenbare route voor de inwoner, met rust in de basis",
    "De gemeenten beschrijven samen de route van de inwoner en brengen eerst de basisprocessen op orde; "
    "regionale afspraken volgen daarna.",
)
ACTIES = [
    ("Werkprocessen van de toegang beschrijven en gelijktrekken", "Teamleiders toegang", 8, Actiepunt.Status.BEZIG),
    ("Een inwonerspanel over de toegang organiseren", "Beleidsadviseur sociaal domein", 16, Actiepunt.Status.OPEN),
]
REFLECTIE = (
    "De deelnemers herkenden de inzichten van het expertteam. Het meeste gesprek ging over "
    "**capaciteit**: eerst de basis op orde, dan nieuwe ambities."
)


def laden(demo: dict) -> None:
    team = User.objects.filter(email=TEAM).first()
    if team is None:
        return
    codes = {c.naam: c for c in Code.objects.filter(traject=None, groep__in=["hoofdthema", "soort"])}
    for traject in demo.get("trajecten", {}).values():
        klaar = traject.status == Status.AFGEROND or (traject.status == Status.LOPEND and traject.fase == Fase.BORGEN)
        if not klaar or not Citaat.objects.filter(interview__traject=traject).exists():
            continue
        reflecties = _inzichten(traject, codes, team)
        _ontwerpsessie(traject, reflecties, team)


def _schrijver(traject, email, rol, team):
    user = User.objects.filter(email=email, trajectrollen__traject=traject, trajectrollen__rol=rol).first()
    return user or team


def _inzichten(traject, codes, team) -> list[Inzicht]:
    moderator = _schrijver(traject, MODERATOR, Rol.MODERATOR, team)
    reflecties = []
    for hoofdthema_naam, regels in INZICHTEN.items():
        hoofdthema = codes[hoofdthema_naam]
        for soort_naam, titel, toelichting in regels:
            soort = codes[soort_naam]
            stap1 = Inzicht.objects.filter(traject=traject, titel=titel, stap=Inzicht.Stap.MODERATOREN).first()
            if stap1 is None:
                stap1 = inzicht_create(
                    traject=traject,
                    titel=titel,
                    toelichting=toelichting,
                    hoofdthema=hoofdthema,
                    soort=soort,
                    stap=Inzicht.Stap.MODERATOREN,
                    status=Inzicht.Status.BESPROKEN,
                    door=moderator,
                )
                for citaat in _citaten(traject, hoofdthema, soort):
                    inzicht_citaat_toevoegen(inzicht=stap1, citaat=citaat, door=moderator)
            stap2 = _doorgezet(stap1, team, Inzicht.Status.VASTGESTELD)
            if soort_naam == "Werkzaam element" or hoofdthema_naam == "Rust en regie":
                reflecties.append(_doorgezet(stap2, team, Inzicht.Status.VASTGESTELD))
    return reflecties


def _doorgezet(inzicht: Inzicht, door, status) -> Inzicht:
    vervolg = inzicht.vervolgen.first()
    if vervolg is None:
        vervolg = inzicht_doorzetten(inzicht=inzicht, door=door)
        inzicht_update(inzicht=vervolg, door=door, status=status)
    return vervolg


def _citaten(traject, hoofdthema, soort) -> list[Citaat]:
    """Quotes of this traject on the hoofdthema (or a code below it), preferably also on the soort."""
    op_thema = Citaat.objects.filter(
        Q(taggings__code=hoofdthema) | Q(taggings__code__ouder=hoofdthema),
        interview__traject=traject,
        taggings__verwijderd_op__isnull=True,
    )
    met_soort = op_thema.filter(pk__in=Citaat.objects.filter(taggings__code=soort, taggings__verwijderd_op=None))
    gekozen = list(met_soort.distinct().order_by("pk")[:CITATEN_PER_INZICHT])
    if not gekozen:
        gekozen = list(op_thema.distinct().order_by("pk")[:CITATEN_PER_INZICHT])
    return gekozen


def _ontwerpsessie(traject, reflecties, team) -> None:
    bijeenkomst = (
        Bijeenkomst.objects.filter(traject=traject, soort=Bijeenkomst.Soort.ONTWERPSESSIE).order_by("begin").first()
    )
    if bijeenkomst is None:
        return
    sessie, _ = Ontwerpsessie.objects.get_or_create(bijeenkomst=bijeenkomst, defaults={"reflectie": REFLECTIE})
    richting, nieuw = Oplossingsrichting.objects.get_or_create(
        ontwerpsessie=sessie, titel=RICHTING[0], defaults={"toelichting": RICHTING[1]}
    )
    if nieuw:
        richting.inzichten.set(reflecties)
    dag = timezone.localdate(bijeenkomst.begin)
    for omschrijving, eigenaar, weken, status in ACTIES:
        Actiepunt.objects.get_or_create(
            ontwerpsessie=sessie,
            omschrijving=omschrijving,
            defaults={"eigenaar": eigenaar, "datum": dag + timedelta(weeks=weken), "status": status},
        )
