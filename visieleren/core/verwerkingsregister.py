"""The register of processing activities (AVG art. 30), generated from the settings and the access rules.

Retention periods come from ``settings`` and who has access from ``visieleren.permissions.REGELS``, so
the register the gemeente's privacy officer downloads says what the running system does, not what
someone once wrote down.
"""

from dataclasses import dataclass

from django.conf import settings

from trajecten.models import Rol
from visieleren.permissions import REGELS, Actie

TEAM = "Visieleerteam (VNG)"


@dataclass(frozen=True)
class Verwerking:
    naam: str
    doel: str
    gegevens: str
    betrokkenen: str
    bewaartermijn: str
    toegang: str


def _wie(actie: Actie, extra: str = "") -> str:
    """The team plus the traject roles that ``REGELS`` allows ``actie`` (held per traject)."""
    rollen = [Rol(rol).label.lower() for rol in Rol.values if rol in REGELS[actie]]
    delen = [TEAM] + ([f"{', '.join(rollen)} van dat traject"] if rollen else []) + ([extra] if extra else [])
    return "; ".join(delen)


def verwerkingen() -> list[Verwerking]:
    aantekeningen = settings.AANTEKENINGEN_BEWAAR_DAGEN
    return [
        Verwerking(
            naam="Aanmeldingen van gemeenten",
            doel="Een aanmelding voor een Visieleertraject beoordelen, de vraag verhelderen en de gemeente informeren.",
            gegevens="Naam, functie, e-mailadres en telefoonnummer van de contactpersoon; gemeente(n); de vraag, "
            "toelichting en betrokken partijen; moment van toestemming; aantekeningen van de vraagverheldering.",
            betrokkenen="Contactpersonen van gemeenten.",
            bewaartermijn=f"Afgewezen of ingetrokken: {settings.AANMELDING_BEWAAR_DAGEN} dagen na het besluit "
            f"(dagelijkse taak). Statuslink: {settings.AANMELDING_STATUS_DAGEN} dagen geldig, alleen als hash "
            "bewaard. Telling per IP-adres tegen misbruik: een uur, niet bij de aanmelding. Geaccepteerd: gaat "
            "mee naar het traject.",
            toegang=TEAM,
        ),
        Verwerking(
            naam="Stakeholderkaart en deelnemers",
            doel="Het traject uitvoeren: wie wordt gehoord, vanuit welk perspectief, met welke toestemming.",
            gegevens="Naam, organisatie, functie, perspectief, e-mailadres en telefoonnummer van betrokkenen; "
            "schuilnaam en datum van toestemming (en intrekking) van deelnemers.",
            betrokkenen="Medewerkers van gemeenten en partners, inwoners en ervaringsdeskundigen.",
            bewaartermijn=f"Namen en contactgegevens: {aantekeningen} dagen na het einde van een afgerond, gestopt "
            "of geannuleerd traject (dagelijkse taak); de schuilnaam blijft.",
            toegang=_wie(Actie.NAMEN_ZIEN, "anderen zien alleen perspectief en schuilnaam"),
        ),
        Verwerking(
            naam="Duo-interviews: aantekeningen, citaten, memo's en andere namen",
            doel="Horen wat er speelt; citaten coderen en samenbrengen tot inzichten voor de gemeente en "
            "(zonder namen) voor andere gemeenten.",
            gegevens="Aantekeningen en automatisch opgeslagen concepten; citaten met context; memo's; namen van "
            "andere genoemde personen met een omschrijving. Kan bijzondere persoonsgegevens bevatten als "
            "mensen die zelf noemen (bijvoorbeeld gezondheid).",
            betrokkenen="Deelnemers aan duo-interviews en personen die zij noemen.",
            bewaartermijn=f"Aantekeningen, concepten en de lijst andere namen: {aantekeningen} dagen na het einde "
            "van het traject verwijderd. Citaten, memo's en logregels van het traject blijven, met elke "
            "schrijfwijze van elke naam vervangen door de schuilnaam of [omschrijving].",
            toegang=f"Met namen: {TEAM} en de moderator van dat interview. Met schuilnamen: "
            + _wie(Actie.NOTITIES_LEZEN).removeprefix(f"{TEAM}; ")
            + ". Zoeken op een naam vindt voor hen niets.",
        ),
        Verwerking(
            naam="Documenten van een traject",
            doel="Besluiten en stukken van het traject delen (bijvoorbeeld het besluit van B&W).",
            gegevens="Geüploade bestanden, wie ze uploadde en wanneer.",
            betrokkenen="Medewerkers van gemeenten; personen die in de stukken staan.",
            bewaartermijn="Zolang het traject bestaat; buiten de publieke bestanden opgeslagen, alleen via een "
            "gecontroleerde download.",
            toegang=_wie(Actie.DOCUMENT_BEKIJKEN),
        ),
        Verwerking(
            naam="Accounts en inloggen",
            doel="Toegang tot Visieleren per rol en per traject.",
            gegevens="Naam, e-mailadres, organisatie, wachtwoord-hash, rollen per traject; mislukte "
            "inlogpogingen (gebruikersnaam en IP-adres). Tweestapsverificatie: de geheime sleutel van de "
            "authenticator-app en de herstelcodes; per passkey de gekozen naam, de publieke sleutel, het "
            "credential-id, de teller van het apparaat (sign count), de soort verbinding, wanneer hij is "
            "toegevoegd en laatst gebruikt, en een willekeurige gebruikers-id voor passkeys. Geen "
            "biometrische gegevens: vingerafdruk of gezicht blijven op het apparaat.",
            betrokkenen="Medewerkers van de VNG, experts, moderatoren, contactpersonen en bestuurders.",
            bewaartermijn=f"Zolang het account nodig is (het team deactiveert); een passkey tot de eigenaar "
            "hem verwijdert. Inlogblokkade na "
            f"{settings.AXES_FAILURE_LIMIT} pogingen, {round(settings.AXES_COOLOFF_TIME * 60)} minuten. Sessie: "
            f"{settings.SESSION_COOKIE_AGE // 3600} uur.",
            toegang=TEAM,
        ),
        Verwerking(
            naam="Logboek",
            doel="Verantwoording: wie wat wijzigde, wie aantekeningen inzag en wie documenten downloadde.",
            gegevens="Wie (naam en e-mailadres van de gebruiker), wanneer, welke handeling, soort en nummer van "
            "het object en de namen van gewijzigde velden. Geen kopieën van aantekeningen, citaten, memo's of "
            "namen van betrokkenen.",
            betrokkenen="Gebruikers van Visieleren.",
            bewaartermijn=f"Zolang het traject bestaat; bij de bewaartermijn ({aantekeningen} dagen na het einde) "
            "worden namen in oude regels vervangen.",
            toegang=_wie(Actie.LOGBOEK_BEKIJKEN),
        ),
        Verwerking(
            naam="E-mail",
            doel="Bevestigingen, statuslinks, uitnodigingen en meldingen versturen.",
            gegevens="E-mailadres en naam van de ontvanger, de inhoud van het bericht (zonder aantekeningen of "
            "citaten).",
            betrokkenen="Contactpersonen, gebruikers.",
            bewaartermijn=f"Niet in Visieleren bewaard; verzonden via {settings.EMAIL_HOST or 'de ingestelde server'}.",
            toegang=TEAM,
        ),
    ]


def als_markdown() -> str:
    regels = [
        "# Verwerkingsregister Visieleren",
        "",
        "Verwerkingsverantwoordelijke: VNG, Platform Sociaal Domein. Gegenereerd uit de instellingen en de "
        "toegangsregels van de draaiende applicatie.",
        "",
    ]
    for verwerking in verwerkingen():
        regels += [
            f"## {verwerking.naam}",
            "",
            f"- **Doel**: {verwerking.doel}",
            f"- **Persoonsgegevens**: {verwerking.gegevens}",
            f"- **Betrokkenen**: {verwerking.betrokkenen}",
            f"- **Bewaartermijn**: {verwerking.bewaartermijn}",
            f"- **Toegang**: {verwerking.toegang}",
            "",
        ]
    return "\n".join(regels)
