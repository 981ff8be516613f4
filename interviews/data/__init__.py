"""The shared codebook the product ships with (VNG, rapportage Visieleren 2022–2024 and Bijlage 1)."""

# (naam, beschrijving, kleur)
HOOFDTHEMAS = [
    (
        "Inwoner centraal",
        "Hoe maken gemeenten waar dat de inwoner centraal staat bij het inrichten van de toegang?",
        "#1f6f8b",
    ),
    ("Rust en regie", "Hoe vinden gemeenten rust en regie om de basis van de toegang op orde te brengen?", "#7a4b94"),
    (
        "Balans lokaal en regionaal",
        "Hoe vinden gemeenten een passende balans tussen lokaal vormgeven en regionaal samenwerken?",
        "#2e7d32",
    ),
]

# The seven uitgangspunten of the verbetertraject Toegang (Bijlage 1).
UITGANGSPUNTEN = [
    ("Passende en samenhangende ondersteuning", "De voorgestelde ondersteuning is passend en samenhangend."),
    (
        "Toekomst- en levensloopbestendige ondersteuning",
        "De voorgestelde ondersteuning is toekomst- en levensloopbestendig.",
    ),
    ("Regie en zeggenschap", "Inwoners hebben regie en zeggenschap in het toegangsproces."),
    ("Deskundige medewerkers", "Toegangsmedewerkers zijn deskundig."),
    ("Handelingsruimte", "Toegangsmedewerkers hebben handelingsruimte om te doen wat nodig is."),
    ("Transparant en eenvoudig", "Het toegangsproces is transparant en eenvoudig."),
    (
        "Voorkomen en tijdig signaleren",
        "Er wordt gewerkt aan het voorkomen, tijdig signaleren en doorgeleiden van problemen.",
    ),
]

SOORTEN = [
    ("Dilemma/uitdaging", "Een spanning of knelpunt waar de gemeente voor staat.", "#b3261e"),
    ("Werkzaam element", "Iets dat in de praktijk helpt en de moeite waard is om vast te houden.", "#00695c"),
]
