"""Demo data of werving en selectie: aanmeldingen in every state, with vraagverheldering notes.

Idempotent: each aanmelding is found again by its contact e-mail. The accepted one is linked to
Tabel 1 traject 5 (Stede Broec, Enkhuizen, Drechterland), whose contact is the demo contact account.
"""

from datetime import timedelta

from django.utils import timezone

from trajecten.models import Aanmelding, AanmeldingStatus, Beleidsthema, Gemeente, Vraagverheldering
from trajecten.services.aanmelding import dubbel_sleutel
from visieleren.accounts.models import User

# Extra gemeenten for the open aanmeldingen (CBS-codes 2024).
EXTRA_GEMEENTEN = {"Deventer": "GM0150", "Leeuwarden": "GM0080", "Tilburg": "GM0855", "Apeldoorn": "GM0200"}

AANMELDINGEN = [
    {
        "contact_email": "f.demir@deventer.example",
        "contact_naam": "Fatma Demir",
        "contact_functie": "Beleidsadviseur schuldhulpverlening",
        "contact_telefoon": "0570 69 39 11",
        "gemeenten": ["Deventer"],
        "gemeente_anders": "",
        "status": AanmeldingStatus.NIEUW,
        "dagen_geleden": 3,
        "beleidsthemas": ["schuldhulpverlening", "bestaanszekerheid", "toegang"],
        "vraag": (
            "Inwoners met geldzorgen melden zich pas bij ons als de schulden al hoog zijn opgelopen. "
            "Hoe richten we de toegang zo in dat zij eerder en zonder drempel hulp vinden, ook via "
            "het wijkteam, de huisarts en de woningcorporatie?"
        ),
        "context": (
            "Het aantal aanvragen voor schuldhulpverlening stijgt sinds de energiecrisis. Vroegsignalering "
            "loopt, maar signalen van partners komen versnipperd binnen. De raad vraagt dit voorjaar om een "
            "aanpak; daarom willen we nog dit jaar starten."
        ),
        "betrokkenen": "Wethouder sociaal domein, wijkteams, Stadsbank, woningcorporatie, cliëntenraad.",
        "start_over_dagen": 60,
    },
    {
        "contact_email": "j.ter.horst@lochem.example",
        "contact_naam": "Jan ter Horst",
        "contact_functie": "Kwartiermaker inwonerbetrokkenheid",
        "contact_telefoon": "0573 28 92 22",
        "gemeenten": [],
        "gemeente_anders": "Lochem",
        "status": AanmeldingStatus.NIEUW,
        "dagen_geleden": 1,
        "beleidsthemas": ["inwonerbetrokkenheid", "wmo"],
        "vraag": (
            "We willen inwoners echt laten meepraten over hoe zij de toegang tot Wmo-ondersteuning ervaren, "
            "niet alleen via een enquête. Hoe organiseren we dat gesprek zo dat ook mensen die we nu niet "
            "horen aan tafel komen?"
        ),
        "context": "Nieuw beleidsplan sociaal domein in voorbereiding; de adviesraad vraagt om meer invloed.",
        "betrokkenen": "Adviesraad sociaal domein, sociaal team, bibliotheek.",
        "start_over_dagen": 90,
    },
    {
        "contact_email": "s.postma@leeuwarden.example",
        "contact_naam": "Sietske Postma",
        "contact_functie": "Teamleider werk en inkomen",
        "contact_telefoon": "058 233 83 83",
        "gemeenten": ["Leeuwarden"],
        "gemeente_anders": "",
        "status": AanmeldingStatus.IN_GESPREK,
        "dagen_geleden": 20,
        "beleidsthemas": ["participatiewet", "toegang"],
        "vraag": (
            "Inwoners in de bijstand krijgen met veel loketten te maken: werk, inkomen, zorg en schulden. "
            "Hoe zorgen we dat zij één vast aanspreekpunt hebben en dat professionals over de domeinen "
            "heen korte lijntjes houden?"
        ),
        "context": (
            "De vernieuwing van de Participatiewet geeft meer ruimte voor maatwerk. We willen die ruimte "
            "benutten, maar de werkdruk in de uitvoering is hoog."
        ),
        "betrokkenen": "Consulenten werk en inkomen, gebiedsteams, UWV, ervaringsdeskundigen.",
        "start_over_dagen": 45,
        "gesprekken": [
            (
                6,
                "Tessa Teamlid (VNG), Sietske Postma en een consulent werk en inkomen",
                "Vraag aangescherpt: het gaat niet om een nieuw loket, maar om samenwerking tussen "
                "bestaande teams. Wethouder steunt een traject; B&W-besluit kan in de volgende maand.",
            ),
        ],
    },
    {
        "contact_email": "contact@visieleren.test",
        "contact_naam": "Chris Contactpersoon",
        "contact_functie": "Regionaal beleidsadviseur sociaal domein",
        "contact_telefoon": "0228 56 56 56",
        "gemeenten": ["Stede Broec", "Enkhuizen", "Drechterland"],
        "gemeente_anders": "",
        "status": AanmeldingStatus.GEACCEPTEERD,
        "dagen_geleden": 200,
        "beleidsthemas": ["toegang", "jeugd", "wmo"],
        "vraag": (
            "Onze drie gemeenten werken samen in de toegang. Hoe houden we de balans tussen wat we lokaal "
            "doen en wat we regionaal organiseren, met de inwoner als uitgangspunt?"
        ),
        "context": "De samenwerkingsafspraken lopen af; het bestuur wil een gedeelde visie op de toegang.",
        "betrokkenen": "Drie wethouders, de gezamenlijke toegang, jeugdteams en zorgaanbieders.",
        "start_over_dagen": None,
        "traject": 5,
        "besluit_reden": "Past goed bij het aanbod: regionale samenwerking in de toegang, bestuur is betrokken.",
        "gesprekken": [
            (
                190,
                "Tessa Teamlid (VNG), Chris Contactpersoon, twee beleidsadviseurs",
                "Drie gemeenten met verschillende ambities; de gezamenlijke vraag is de balans lokaal en regionaal.",
            ),
        ],
    },
    {
        "contact_email": "r.van.dijk@tilburg.example",
        "contact_naam": "Ruud van Dijk",
        "contact_functie": "Projectleider",
        "contact_telefoon": "013 542 80 00",
        "gemeenten": ["Tilburg"],
        "gemeente_anders": "",
        "status": AanmeldingStatus.AFGEWEZEN,
        "dagen_geleden": 60,
        "beleidsthemas": ["overig"],
        "vraag": "Wij zoeken een adviesbureau dat een nieuwe website voor het sociaal domein bouwt.",
        "context": "De huidige website is verouderd.",
        "betrokkenen": "Afdeling communicatie.",
        "start_over_dagen": 30,
        "besluit_reden": (
            "Een Visieleertraject gaat over de inrichting van de toegang samen met inwoners en partners, "
            "niet over het bouwen van een website. We verwijzen u naar de VNG-kennisbank over digitale toegang."
        ),
    },
    {
        "contact_email": "m.jansen@apeldoorn.example",
        "contact_naam": "Marloes Jansen",
        "contact_functie": "Strategisch adviseur bestaanszekerheid",
        "contact_telefoon": "055 580 10 00",
        "gemeenten": ["Apeldoorn"],
        "gemeente_anders": "",
        "status": AanmeldingStatus.INGETROKKEN,
        "dagen_geleden": 40,
        "beleidsthemas": ["bestaanszekerheid", "schuldhulpverlening"],
        "vraag": (
            "Hoe verbinden we de aanpak van armoede en schulden met de toegang tot zorg, zodat inwoners "
            "niet van het kastje naar de muur gaan?"
        ),
        "context": "Nieuw armoedebeleid in voorbereiding.",
        "betrokkenen": "Wijkteams, voedselbank, schuldhulpmaatje.",
        "start_over_dagen": 120,
        "ingetrokken_reden": "We pakken dit eerst intern op na een reorganisatie; misschien later opnieuw.",
    },
]


def laden(demo: dict) -> None:
    gemeenten = dict(demo["gemeenten"])
    for naam, code in EXTRA_GEMEENTEN.items():
        gemeenten[naam], _ = Gemeente.objects.update_or_create(
            naam=naam, defaults={"cbs_code": code, "soort": Gemeente.Soort.GEMEENTE}
        )
    demo["gemeenten"] = gemeenten
    themas = {t.slug: t for t in Beleidsthema.objects.all()}
    team = User.objects.filter(is_team=True).order_by("pk").first()
    demo["aanmeldingen"] = [
        _aanmelding(gegevens, gemeenten, themas, demo["trajecten"], team) for gegevens in AANMELDINGEN
    ]


def _aanmelding(gegevens: dict, gemeenten, themas, trajecten, team) -> Aanmelding:
    nu = timezone.now()
    vandaag = timezone.localdate()
    ingediend = nu - timedelta(days=gegevens["dagen_geleden"])
    besloten = gegevens["status"] in (AanmeldingStatus.GEACCEPTEERD, AanmeldingStatus.AFGEWEZEN)
    start = gegevens["start_over_dagen"]
    aanmelding, _ = Aanmelding.objects.update_or_create(
        contact_email=gegevens["contact_email"],
        defaults={
            "contact_naam": gegevens["contact_naam"],
            "contact_functie": gegevens["contact_functie"],
            "contact_telefoon": gegevens["contact_telefoon"],
            "gemeente_anders": gegevens["gemeente_anders"],
            "vraag": gegevens["vraag"],
            "context": gegevens["context"],
            "betrokkenen": gegevens["betrokkenen"],
            "gewenste_start": vandaag + timedelta(days=start) if start is not None else None,
            "toestemming_op": ingediend,
            "ingediend_op": ingediend,
            "status": gegevens["status"],
            "besluit_reden": gegevens.get("besluit_reden", ""),
            "besloten_op": ingediend + timedelta(days=14) if besloten else None,
            "besloten_door": team if besloten else None,
            "ingetrokken_reden": gegevens.get("ingetrokken_reden", ""),
            "traject": trajecten[gegevens["traject"]] if "traject" in gegevens else None,
            "dubbel_sleutel": dubbel_sleutel(email=gegevens["contact_email"], vraag=gegevens["vraag"]),
            "bevestiging_verstuurd_op": ingediend,
            "gemelde_status": gegevens["status"],
        },
    )
    aanmelding.gemeenten.set([gemeenten[naam] for naam in gegevens["gemeenten"]])
    aanmelding.beleidsthemas.set([themas[slug] for slug in gegevens["beleidsthemas"]])
    for dagen_geleden, deelnemers, samenvatting in gegevens.get("gesprekken", []):
        Vraagverheldering.objects.update_or_create(
            aanmelding=aanmelding,
            datum=vandaag - timedelta(days=dagen_geleden),
            defaults={"deelnemers": deelnemers, "samenvatting": samenvatting, "vastgelegd_door": team},
        )
    return aanmelding
