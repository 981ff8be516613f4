"""Facts the product ships as its own data (from the VNG report on Visieleren 2022–2024)."""

BELEIDSTHEMAS = [
    ("toegang", "Toegang"),
    ("jeugd", "Jeugd"),
    ("wmo", "Wmo"),
    ("participatiewet", "Participatiewet"),
    ("schuldhulpverlening", "Schuldhulpverlening"),
    ("inwonerbetrokkenheid", "Inwonerbetrokkenheid"),
    ("bestaanszekerheid", "Bestaanszekerheid"),
    ("overig", "Overig"),
]
