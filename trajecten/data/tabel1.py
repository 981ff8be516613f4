"""The nine Visieleertrajecten of Tabel 1 (VNG, rapportage Visieleren 2022–2024).

The column "Periode" of the table holds the status; the report gives no dates, so the ones here are
invented: the trajecten that ended ran between September 2022 and April 2024 (the report's period),
in the order of the table. The two still lopend get dates relative to today (seed_demo).
"""

from datetime import date

# Gemeenten with their CBS code; West Brabant Oost is a regio (samenwerkingsverband).
GEMEENTEN = {
    "Schouwen-Duiveland": "GM1676",
    "Ermelo": "GM0233",
    "Harderwijk": "GM0243",
    "Zeewolde": "GM0050",
    "Oldenzaal": "GM0173",
    "Stede Broec": "GM0532",
    "Enkhuizen": "GM0388",
    "Drechterland": "GM0498",
    "Hoorn": "GM0405",
    "Twenterand": "GM1700",
    "Súdwest-Fryslân": "GM1900",
    "Westland": "GM1783",
    "Alphen-Chaam": "GM1723",
    "Baarle-Nassau": "GM0744",
    "Breda": "GM0758",
    "Drimmelen": "GM1719",
    "Etten-Leur": "GM0777",
    "Geertruidenberg": "GM0779",
    "Oosterhout": "GM0826",
    "Zundert": "GM0879",
}

REGIOS = {
    "West Brabant Oost": [
        "Alphen-Chaam",
        "Baarle-Nassau",
        "Breda",
        "Drimmelen",
        "Etten-Leur",
        "Geertruidenberg",
        "Oosterhout",
        "Zundert",
    ],
}

# (nummer, titel, partijen, status, fase, reden, vraagstuk, beleidsthema's, start, eind)
# start/eind None: a lopend traject, dated relative to today by seed_demo.
TRAJECTEN = [
    (
        1,
        "Schouwen-Duiveland (pilot)",
        ["Schouwen-Duiveland"],
        "afgerond",
        "borgen",
        "",
        "Toegang en gebiedsgericht werken",
        ["toegang"],
        date(2022, 9, 5),
        date(2023, 1, 27),
    ),
    (
        2,
        "West Brabant Oost",
        ["West Brabant Oost"],
        "afgerond",
        "borgen",
        "",
        "Uitwerken van de ambitie om de toegang regionaal te harmoniseren en daarbij de verhouding tot "
        "couleur lokaal te verkennen.",
        ["toegang", "jeugd"],
        date(2022, 10, 10),
        date(2023, 4, 14),
    ),
    (
        3,
        "Ermelo Harderwijk Zeewolde",
        ["Ermelo", "Harderwijk", "Zeewolde"],
        "afgerond",
        "borgen",
        "",
        "Leidende principes voor de brede visienota sociaal domein (hoofdstuk toegang) en advies op "
        "inrichting van de toegangsorganisatie",
        ["toegang", "wmo"],
        date(2022, 11, 14),
        date(2023, 6, 30),
    ),
    (
        4,
        "Oldenzaal",
        ["Oldenzaal"],
        "tussentijds_gestopt",
        "luisteren",
        "Vanwege gewijzigde timing en voortschrijdend inzicht",
        "Wat is de rol van het Sociaal plein in het sociaal domein van de gemeente Oldenzaal",
        ["toegang"],
        date(2023, 1, 16),
        date(2023, 4, 21),
    ),
    (
        5,
        "Stede Broec, Enkhuizen, Drechterland",
        ["Stede Broec", "Enkhuizen", "Drechterland"],
        "lopend",
        "borgen",
        "",
        "Oplossen onwenselijke wachttijden door harmonisatie van de drie gemeentelijke processen",
        ["toegang", "wmo"],
        None,
        None,
    ),
    (
        6,
        "Hoorn",
        ["Hoorn"],
        "afgerond",
        "borgen",
        "",
        "Hoe kunnen we integraal werken in de toegang – werkprocessen – actieve lokale teams",
        ["toegang"],
        date(2023, 4, 3),
        date(2023, 10, 27),
    ),
    (
        7,
        "Twenterand",
        ["Twenterand"],
        "lopend",
        "borgen",
        "",
        "Hervormingsagenda – een duurzame en toekomstbestendige toegang gebaseerd op de hulpvragen van inwoners",
        ["toegang", "jeugd", "inwonerbetrokkenheid"],
        None,
        None,
    ),
    (
        8,
        "Súdwest-Fryslân",
        ["Súdwest-Fryslân"],
        "afgerond",
        "borgen",
        "",
        "Een duurzaam en toekomstbestendig lokaal jeugdhulpstelsel, mede in relatie tot de vele vragen "
        "vanuit de samenleving (hoge zorgvraag), de gemeente (veel verantwoordelijkheden belegd in "
        "gebiedsteams) en landelijk (nieuwe verantwoordelijkheden HA en toekomstscenario)",
        ["jeugd", "toegang"],
        date(2023, 6, 5),
        date(2024, 1, 26),
    ),
    (
        9,
        "Westland",
        ["Westland"],
        "geannuleerd",
        "starten",
        "Geannuleerd",
        "Toewerken naar een integraal toegangsmodel vanuit een situatie van versnipperde verantwoordelijkheden",
        ["toegang"],
        date(2023, 10, 2),
        date(2024, 3, 29),
    ),
]

# The extra meetings the column "Periode" names: (Tabel 1 nummer, soort, weken na de start or None).
# Ermelo Harderwijk Zeewolde: "Afgerond en werkbezoek georganiseerd" (before the end date above).
# Twenterand: "Er vindt in 2024 nog een inwonerssessie en een afrondende borgingsessie plaats": lopend,
# so both lie ahead (None: dated relative to today by seed_demo).
EXTRA_BIJEENKOMSTEN = [
    (3, "werkbezoek", 29),
    (7, "inwonerssessie", None),
]
