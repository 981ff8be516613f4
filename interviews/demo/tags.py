# ruff: noqa: E501
"""The demo's tags, chosen by hand for each quote: what a reader of the report would tag it with.

Never by keyword or rotation: the synthesis and the rode draden show what is tagged here, so every
quote carries the hoofdthema (or one of its subthema's, written "Hoofdthema > Subthema"), the
uitgangspunten of Bijlage 1 it touches, and whether it is a dilemma/uitdaging or a werkzaam element
(chapters 2–4 of the report). ``tests/test_seed_demo.py`` checks the database against this file.
"""

# Subthema's of the hoofdthema's, after the paragraphs of chapters 2–4. They are shared codes of the
# hoofdthema group (a child keeps the group of its parent): (naam, beschrijving).
SUBTHEMAS = {
    "Inwoner centraal": [
        ("Gedeelde taal", "Een gedeeld beeld van wat toegang is en welke rol het lokale team daarin heeft."),
        (
            "Inwoners betrekken",
            "Het gesprek met inwoners over hoe zij de toegang ervaren; wie, hoe en met welke vraag.",
        ),
        ("Integraal werken", "Samenhang over domeinen heen: korte lijntjes tussen professionals, één plan."),
    ],
    "Rust en regie": [
        ("Basis op orde", "Werkprocessen, registratie en bedrijfsvoering van de toegang."),
        ("Werkdruk en capaciteit", "Werkdruk, verloop en de vele projecten die op de uitvoering afkomen."),
        ("Opdrachtgeverschap", "De rollen van opdrachtgever en opdrachtnemer, accounthouderschap, verantwoording."),
        ("Koers en realisme", "Leiderschap, een consistente koers, prioriteren en eerlijk zijn over wat kan."),
    ],
    "Balans lokaal en regionaal": [
        ("Couleur locale", "Wat lokaal hoort: het gesprek met de eigen inwoners, herkenbaarheid in de kern."),
        ("Regionale afspraken", "Wat regionaal kan: inkoop, verwijsroutes, kennisdeling, een vloeiende lijn."),
    ],
}

# Codes of one traject (groep "traject", no parent): {Tabel 1 nummer: [(naam, beschrijving, kleur)]}.
TRAJECTCODES = {
    5: [("Wachttijden", "Hoe lang inwoners wachten op een gesprek, een besluit of de hulp zelf.", "#8a1c00")],
    7: [("Hervormingsagenda", "Wat de Hervormingsagenda Jeugd vraagt van de toegang in Twenterand.", "#8a5a00")],
}

D = "Dilemma/uitdaging"
W = "Werkzaam element"

# Quote text → the codes the first coder gave it.
TAGS = {
    # 1. Schouwen-Duiveland (pilot)
    "Ik wist niet dat ik bij het gebiedsteam moest zijn. Ik dacht dat dat iets voor gezinnen met problemen was.": (
        "Inwoner centraal > Gedeelde taal",
        "Transparant en eenvoudig",
        D,
    ),
    "Als ik zeg dat ik in de toegang werk, denkt de ene collega aan het loket en de andere aan de keukentafel.": (
        "Inwoner centraal > Gedeelde taal",
        D,
    ),
    "Ze kende de buurvrouw en de huisarts bij naam, dat gaf meteen vertrouwen.": (
        "Balans lokaal en regionaal > Couleur locale",
        "Passende en samenhangende ondersteuning",
        W,
    ),
    "Ik hoef niet te zoeken, ik loop even binnen.": (
        "Inwoner centraal > Integraal werken",
        "Passende en samenhangende ondersteuning",
        W,
    ),
    "Ik beloof iets aan de keukentafel en daarna ben ik het kwijt.": (
        "Rust en regie > Basis op orde",
        "Transparant en eenvoudig",
        D,
    ),
    "Ik wil geen vijf mensen, ik wil er één die het voor me bijhoudt.": (
        "Inwoner centraal",
        "Regie en zeggenschap",
        "Transparant en eenvoudig",
        D,
    ),
    "Duiveland is niet Westenschouwen. Wat in het ene dorp werkt, valt in het andere verkeerd.": (
        "Balans lokaal en regionaal > Couleur locale",
        W,
    ),
    "Daar hoor je wat er speelt voordat het een melding wordt.": (
        "Inwoner centraal > Integraal werken",
        "Voorkomen en tijdig signaleren",
        W,
    ),
    "Elk plan is goed, maar samen zijn het er te veel voor vier mensen in een gebiedsteam.": (
        "Rust en regie > Werkdruk en capaciteit",
        D,
    ),
    "Vertel mij liever drie verhalen uit het dorp dan honderd vinkjes.": (
        "Rust en regie > Opdrachtgeverschap",
        W,
    ),
    # 2. West Brabant Oost
    "Ik heb acht formulieren, acht contactpersonen en acht manieren om een verlenging aan te vragen.": (
        "Balans lokaal en regionaal > Regionale afspraken",
        "Transparant en eenvoudig",
        D,
    ),
    "Richt je voordeur in zoals je wilt, maar laat de achterdeur in de hele regio hetzelfde open gaan.": (
        "Balans lokaal en regionaal > Regionale afspraken",
        "Balans lokaal en regionaal > Couleur locale",
        W,
    ),
    "In de regio praten we over harmonisatie, thuis verdedigt iedereen zijn eigen verordening.": (
        "Balans lokaal en regionaal > Couleur locale",
        D,
    ),
    "Daar leren we meer van elkaar dan in een jaar contractgesprekken.": (
        "Balans lokaal en regionaal > Regionale afspraken",
        "Deskundige medewerkers",
        W,
    ),
    "Mijn inwoners kennen de regio niet. Ze kennen de juf, de huisarts en het wijkteam.": (
        "Balans lokaal en regionaal > Couleur locale",
        D,
    ),
    "Ik ben geen loket, ik ben de jongen die ze bellen als het thuis misgaat.": (
        "Inwoner centraal > Gedeelde taal",
        "Handelingsruimte",
        D,
    ),
    "Een moeder vertelt bij de koffie wat ze nooit in een aanmeldformulier zou schrijven.": (
        "Inwoner centraal",
        "Voorkomen en tijdig signaleren",
        W,
    ),
    "Samen inkopen, maar niet samen bepalen hoe ik met mijn inwoners praat.": (
        "Balans lokaal en regionaal > Regionale afspraken",
        "Balans lokaal en regionaal > Couleur locale",
        W,
    ),
    # 3. Ermelo Harderwijk Zeewolde
    "Een principe schrijf je in een middag op. Daarna begint het werk pas: wat betekent het maandagochtend voor een consulent?": (
        "Inwoner centraal > Gedeelde taal",
        W,
    ),
    "Iedereen deed zijn stukje goed, maar ik was de enige die het hele plaatje zag.": (
        "Inwoner centraal > Integraal werken",
        "Passende en samenhangende ondersteuning",
        D,
    ),
    "Ik ben niet dé inwoner. Vraag ook de jonge moeder met schulden, die komt nooit naar een avondvergadering.": (
        "Inwoner centraal > Inwoners betrekken",
        D,
    ),
    "Als inwoners het niet terugzien, klopt de nota niet, hoe mooi hij ook is.": (
        "Inwoner centraal > Inwoners betrekken",
        W,
    ),
    "Mijn mensen zijn niet tegen verandering, ze zijn moe van verandering.": (
        "Rust en regie > Werkdruk en capaciteit",
        D,
    ),
    "Ik moet leren om nee te zeggen tegen goede ideeën.": (
        "Rust en regie > Koers en realisme",
        D,
    ),
    "Dat klinkt saai, maar daardoor weten aanbieders eindelijk waar ze aan toe zijn.": (
        "Rust en regie > Koers en realisme",
        W,
    ),
    "Sinds we haar aan tafel hebben, verwijzen we minder vaak uit onzekerheid.": (
        "Inwoner centraal > Integraal werken",
        "Deskundige medewerkers",
        W,
    ),
    "Ik kan niet beloven dat alles tegelijk kan. Wel dat we kiezen.": (
        "Rust en regie > Koers en realisme",
        W,
    ),
    # 5. Stede Broec, Enkhuizen, Drechterland (lopend, borgen)
    "Zeven weken is lang als je elke ochtend bang bent dat hij weer valt.": (
        "Rust en regie > Basis op orde",
        "Voorkomen en tijdig signaleren",
        D,
        "Wachttijden",
    ),
    "Ik ben de helft van mijn tijd kwijt aan het zoeken in welk formulier iets moet. Die tijd gaat van het gesprek af.": (
        "Rust en regie > Werkdruk en capaciteit",
        "Balans lokaal en regionaal > Regionale afspraken",
        "Transparant en eenvoudig",
        D,
    ),
    "Voor het eerst vroeg iemand hoe het met mij ging, niet alleen met hem.": (
        "Inwoner centraal",
        "Passende en samenhangende ondersteuning",
        W,
    ),
    "Ik kan best wachten, als ik maar weet waarop.": (
        "Inwoner centraal",
        "Transparant en eenvoudig",
        W,
        "Wachttijden",
    ),
    "Als je de mantelzorger kwijtraakt, heb je er twee cliënten bij.": (
        "Inwoner centraal > Integraal werken",
        "Voorkomen en tijdig signaleren",
        D,
    ),
    "Voor mij is het één regio. Ik doe mijn boodschappen in Enkhuizen en ga naar de huisarts in Hoogkarspel.": (
        "Balans lokaal en regionaal > Regionale afspraken",
        "Transparant en eenvoudig",
        D,
    ),
    "Ik zie wat er nodig is, maar ik mag het pas regelen als het papier rond is.": (
        "Inwoner centraal",
        "Handelingsruimte",
        D,
    ),
    "Voor dezelfde mevrouw met dezelfde vraag krijg ik in Enkhuizen een ander product dan in Drechterland.": (
        "Balans lokaal en regionaal > Regionale afspraken",
        "Transparant en eenvoudig",
        D,
    ),
    "Harmoniseren klinkt technisch, maar het raakt aan wat elke raad ooit belangrijk vond.": (
        "Balans lokaal en regionaal > Couleur locale",
        D,
    ),
    "We praten vooral óver elkaar in plaats van mét elkaar.": (
        "Rust en regie > Opdrachtgeverschap",
        D,
    ),
    "Eén proces achter de schermen, maar voor de inwoner gewoon de eigen gemeente.": (
        "Balans lokaal en regionaal",
        "Transparant en eenvoudig",
        W,
    ),
    "Ik kan in mijn eentje niets versnellen, en dat is precies het probleem.": (
        "Balans lokaal en regionaal > Regionale afspraken",
        D,
        "Wachttijden",
    ),
    "Een nieuwe collega heeft een half jaar nodig voordat ze zelfstandig een gesprek kan doen.": (
        "Rust en regie > Werkdruk en capaciteit",
        "Deskundige medewerkers",
        D,
    ),
    "Als we niet eens hetzelfde meten, kunnen we ook niet samen verbeteren.": (
        "Rust en regie > Basis op orde",
        "Balans lokaal en regionaal > Regionale afspraken",
        D,
    ),
    "de kosten van wachten zijn ook hoog, alleen zie je die niet in de begroting": (
        "Rust en regie",
        "Handelingsruimte",
        D,
        "Wachttijden",
    ),
    "Rust in de organisatie is voor mij nu belangrijker dan weer een nieuw plan.": (
        "Rust en regie > Koers en realisme",
        W,
    ),
    # 6. Hoorn
    "Drie mensen met drie plannen, en ik moest zelf bedenken hoe dat samen moest.": (
        "Inwoner centraal > Integraal werken",
        "Passende en samenhangende ondersteuning",
        D,
    ),
    "Ze zei: jij hoeft het niet meer alleen te doen. Dat was de eerste nacht dat ik sliep.": (
        "Inwoner centraal",
        "Passende en samenhangende ondersteuning",
        W,
    ),
    "Integraal werken doe je nu ondanks de processen, niet dankzij.": (
        "Inwoner centraal > Integraal werken",
        "Rust en regie > Basis op orde",
        "Handelingsruimte",
        D,
    ),
    "Zo’n klein ding, en het gaf mij weer lucht.": (
        "Inwoner centraal",
        "Regie en zeggenschap",
        W,
    ),
    "Achter elke schuld zit een ander verhaal: een scheiding, ziekte, een kind dat vastloopt.": (
        "Inwoner centraal > Integraal werken",
        "Voorkomen en tijdig signaleren",
        W,
    ),
    "Actief betekent dat je langskomt voordat er een brief van de deurwaarder ligt.": (
        "Inwoner centraal",
        "Voorkomen en tijdig signaleren",
        W,
    ),
    "Wij moeten leren dat we niet alles zelf hoeven te doen om het goed geregeld te hebben.": (
        "Rust en regie > Opdrachtgeverschap",
        W,
    ),
    # 7. Twenterand (lopend, borgen)
    "Iedereen was aardig, maar niemand hield het geheel vast.": (
        "Inwoner centraal > Integraal werken",
        "Passende en samenhangende ondersteuning",
        D,
    ),
    "Ik wil meer doen dan een indicatie afgeven, maar de wachtlijst aan de deur dwingt me tot snel doorverwijzen.": (
        "Rust en regie > Werkdruk en capaciteit",
        "Handelingsruimte",
        D,
    ),
    "Wat ons het meest hielp was een andere vader die hetzelfde had meegemaakt, en die vond ik via Facebook.": (
        "Inwoner centraal",
        "Passende en samenhangende ondersteuning",
        W,
    ),
    "Betrek ouders dan niet pas als het plan klaar is, maar vanaf nu.": (
        "Inwoner centraal > Inwoners betrekken",
        "Regie en zeggenschap",
        W,
        "Hervormingsagenda",
    ),
    "De mentor zag het als eerste, maar mocht niets doen.": (
        "Inwoner centraal > Integraal werken",
        "Voorkomen en tijdig signaleren",
        D,
    ),
    "Bij ons komt de vraag binnen voordat het een zorgvraag is.": (
        "Inwoner centraal > Integraal werken",
        "Voorkomen en tijdig signaleren",
        W,
    ),
    "Een verwijsbrief is sneller dan een telefoontje naar de gemeente, en dat zou andersom moeten zijn.": (
        "Rust en regie > Basis op orde",
        "Transparant en eenvoudig",
        D,
    ),
    "We hebben de huisarts altijd als probleem gezien, terwijl hij juist de voordeur is.": (
        "Inwoner centraal > Gedeelde taal",
        W,
    ),
    "Begin klein, met één praktijk en één consulent, en laat zien dat het werkt.": (
        "Rust en regie > Koers en realisme",
        W,
        "Hervormingsagenda",
    ),
    "Ze komen voor de tafeltennistafel, en blijven voor het gesprek.": (
        "Inwoner centraal",
        "Voorkomen en tijdig signaleren",
        W,
    ),
    "De regio is goed in contracten, maar een contract lost geen wachtlijst op.": (
        "Balans lokaal en regionaal > Regionale afspraken",
        D,
    ),
    "Een jongere weet niet of zijn probleem licht of zwaar is, hij weet alleen dat hij het niet meer trekt.": (
        "Balans lokaal en regionaal > Regionale afspraken",
        "Passende en samenhangende ondersteuning",
        D,
    ),
    # 8. Súdwest-Fryslân
    "Ik kende de mevrouw van het gebiedsteam van de schoolpleinen, dat scheelde een drempel.": (
        "Balans lokaal en regionaal > Couleur locale",
        "Transparant en eenvoudig",
        W,
    ),
    "We zijn van alles: poortwachter, hulpverlener, regelaar en soms ook klaagmuur.": (
        "Inwoner centraal > Gedeelde taal",
        "Rust en regie > Werkdruk en capaciteit",
        D,
    ),
    "Het gebiedsteam belde elke maand, en die telefoontjes hielden mij overeind.": (
        "Inwoner centraal",
        "Transparant en eenvoudig",
        W,
    ),
    "Niet elke zorg van een ouder is een zorgvraag voor de gemeente.": (
        "Inwoner centraal",
        "Toekomst- en levensloopbestendige ondersteuning",
        D,
    ),
    "Dan moet de regio ook maar eens aan onze keukentafel komen zitten.": (
        "Balans lokaal en regionaal > Regionale afspraken",
        D,
    ),
    "Ik heb goede hulpverleners die zich administrateur voelen.": (
        "Rust en regie > Basis op orde",
        "Deskundige medewerkers",
        D,
    ),
    "We sturen op geld omdat we niet weten hoe we op resultaat moeten sturen.": (
        "Rust en regie > Opdrachtgeverschap",
        D,
    ),
}

# Quotes of the lopend traject 5 that the demo expert still has to tag (their start page shows them).
# TAGS above holds what a reader would give them; the demo leaves them untagged.
NOG_TE_TAGGEN = {
    "Ik kan best wachten, als ik maar weet waarop.",
    "Als je de mantelzorger kwijtraakt, heb je er twee cliënten bij.",
}

# Reviews by a second expert: quote → codes they disagree with and codes they add (added codes are
# tagged too, by the reviewer). Every other code of a reviewed quote: agreed. Quotes of lopend traject
# 7 that are not listed are the demo expert's to review.
BEOORDELINGEN = {
    "Ik wist niet dat ik bij het gebiedsteam moest zijn. Ik dacht dat dat iets voor gezinnen met problemen was.": {},
    "Als ik zeg dat ik in de toegang werk, denkt de ene collega aan het loket en de andere aan de keukentafel.": {},
    "Ik wil geen vijf mensen, ik wil er één die het voor me bijhoudt.": {"oneens": (D,), "toegevoegd": (W,)},
    "Daar hoor je wat er speelt voordat het een melding wordt.": {},
    "Vertel mij liever drie verhalen uit het dorp dan honderd vinkjes.": {},
    "Ik heb acht formulieren, acht contactpersonen en acht manieren om een verlenging aan te vragen.": {},
    "Ik ben geen loket, ik ben de jongen die ze bellen als het thuis misgaat.": {
        "oneens": ("Inwoner centraal > Gedeelde taal",),
        "toegevoegd": ("Balans lokaal en regionaal > Couleur locale",),
    },
    "Samen inkopen, maar niet samen bepalen hoe ik met mijn inwoners praat.": {},
    "Een principe schrijf je in een middag op. Daarna begint het werk pas: wat betekent het maandagochtend voor een consulent?": {
        "oneens": (W,),
        "toegevoegd": (D,),
    },
    "Ik moet leren om nee te zeggen tegen goede ideeën.": {},
    "Sinds we haar aan tafel hebben, verwijzen we minder vaak uit onzekerheid.": {},
    "Zeven weken is lang als je elke ochtend bang bent dat hij weer valt.": {},
    "Ik kan in mijn eentje niets versnellen, en dat is precies het probleem.": {"toegevoegd": ("Rust en regie",)},
    "Integraal werken doe je nu ondanks de processen, niet dankzij.": {},
    "Achter elke schuld zit een ander verhaal: een scheiding, ziekte, een kind dat vastloopt.": {
        "toegevoegd": ("Passende en samenhangende ondersteuning",)
    },
    "Niet elke zorg van een ouder is een zorgvraag voor de gemeente.": {
        "oneens": ("Toekomst- en levensloopbestendige ondersteuning",)
    },
    "Ik heb goede hulpverleners die zich administrateur voelen.": {},
    # Twenterand: the demo expert reviewed these three; the other quotes wait for them.
    "Iedereen was aardig, maar niemand hield het geheel vast.": {},
    "Betrek ouders dan niet pas als het plan klaar is, maar vanaf nu.": {},
    "We hebben de huisarts altijd als probleem gezien, terwijl hij juist de voordeur is.": {
        "oneens": ("Inwoner centraal > Gedeelde taal",),
        "toegevoegd": ("Inwoner centraal > Integraal werken", "Voorkomen en tijdig signaleren"),
    },
}

# Memos of the first coder on a quote, and on an interview: (Tabel 1 nummer, its deelnemer 1, memo).
CITAAT_MEMOS = {
    "Ik wil geen vijf mensen, ik wil er één die het voor me bijhoudt.": (
        "Twijfel tussen dilemma en werkzaam element: de inwoner noemt het knelpunt, maar vraagt in één adem om een "
        "vast aanspreekpunt. Bespreken met de tweede codeur."
    ),
    "Samen inkopen, maar niet samen bepalen hoe ik met mijn inwoners praat.": (
        "Vat de verdeling lokaal/regionaal in dit traject in één zin samen; goed kaartje voor de ontwerpsessie."
    ),
    "Mijn mensen zijn niet tegen verandering, ze zijn moe van verandering.": (
        "Komt in alle drie de gemeenten terug; verandermoeheid bij de uitvoering, niet weerstand."
    ),
    "Zeven weken is lang als je elke ochtend bang bent dat hij weer valt.": (
        "Mooi voorbeeld voor de ontwerpsessie: laat zien hoe wachten voelt voor de inwoner, niet alleen als getal."
    ),
    "Integraal werken doe je nu ondanks de processen, niet dankzij.": (
        "Kern van de kernvraag van Hoorn: de werkprocessen staan integraal werken in de weg."
    ),
    "De regio is goed in contracten, maar een contract lost geen wachtlijst op.": (
        "Hangt samen met de wachtlijst die de jeugdconsulent noemt: dezelfde wachtlijst, van twee kanten gezien."
    ),
    "Ik heb goede hulpverleners die zich administrateur voelen.": (
        "Verantwoordingslast als bedrijfsvoeringsvraag, niet als kwestie van de hulpverleners zelf."
    ),
}
INTERVIEW_MEMOS = [
    (
        1,
        "Lotte Verhage",
        "Beide deelnemers noemen het gebrek aan zicht na het keukentafelgesprek; één casus, twee kanten.",
    ),
    (2, "Els Verschuren", "De wethouder schuift in het gesprek van 'regionaal harmoniseren' naar 'samen inkopen'."),
    (
        3,
        "Saskia Roelofs",
        "Idee om de principes van de visienota bij inwoners te toetsen: meenemen naar de ontwerpsessie.",
    ),
    (5, "Marloes Visser", "Beide deelnemers herkenden elkaars knelpunten; vaak over dezelfde casus gesproken."),
    (6, "Yvonne Bos", "Schuldhulp als vindplaats: de partner ziet de samenhang eerder dan het lokale team."),
    (7, "Linda Brinkman", "Vader en consulent zoeken allebei iemand die het geheel vasthoudt; voor de inwonerssessie."),
    (
        8,
        "Wytze de Vries",
        "Sturing op geld en verantwoordingslast hangen samen; terug laten komen in de borgingsessie.",
    ),
]
CODE_MEMOS = {
    "Rust en regie": "Let op het verschil met ‘Handelingsruimte’: rust en regie gaat over de organisatie, "
    "handelingsruimte over de medewerker.",
    "Balans lokaal en regionaal > Regionale afspraken": "Alleen taggen als het over iets gaat dat de gemeenten samen "
    "regelen (inkoop, verwijzen, kennisdeling); een klacht over 'de regio' zonder afspraak is couleur locale.",
}
