# ruff: noqa: E501
"""Invented duo-interviews of the afgeronde Tabel 1 trajecten 1–3 (seed_demo). All people and words are made up.

Same shape as ``interviews.demo.data.DEMO_INTERVIEWS``: per Tabel 1 nummer the deelnemers (naam,
organisatie, functie, perspectief) and the interviews (deelnemer 1, deelnemer 2, weeks after the start,
notes, quotes); a quote is (spreker, exact text in the notes, context) and occurs exactly once in its notes.
"""

DEMO_INTERVIEWS_AFGEROND = {
    1: {
        "deelnemers": [
            ("Lotte Verhage", "Gemeente Schouwen-Duiveland", "Medewerker gebiedsteam Noord", "uitvoering"),
            ("Jannie Kodde", "", "Inwoner van Bruinisse, zorgt voor haar moeder", "inwoner"),
            ("Arjen Padmos", "Gemeente Schouwen-Duiveland", "Wethouder zorg en welzijn", "bestuur"),
            ("Marieke Hanse", "Stichting Welzijn Schouwen", "Dorpsondersteuner", "maatschappelijk"),
            ("Wim Boogaard", "Gemeente Schouwen-Duiveland", "Beleidsadviseur sociaal domein", "beleid"),
        ],
        "interviews": [
            (
                "Lotte Verhage",
                "Jannie Kodde",
                4,
                """**Duo-interview gebiedsteam en inwoner, dorpshuis Bruinisse**
Aanwezig: Lotte Verhage (gebiedsteam Noord) en Jannie Kodde (inwoner van Bruinisse, mantelzorger voor haar moeder van 86). Moderator schrijft mee.

**Hoe kwam je bij de gemeente terecht?**
Jannie vertelt dat haar moeder na een val niet meer zelf kon douchen. Ze zocht op de website naar 'hulp thuis' en kwam uit bij een formulier over de Wmo. ‘Ik wist niet dat ik bij het gebiedsteam moest zijn. Ik dacht dat dat iets voor gezinnen met problemen was.’
Lotte herkent dat. In Zierikzee kent iedereen het gemeentehuis, maar in de kleine kernen weten mensen vaak niet dat er een team in hun eigen gebied werkt. Het gebiedsteam zit sinds een jaar in het dorpshuis, twee ochtenden per week.

**Wat bedoelen we eigenlijk met toegang?**
Lotte: binnen de gemeente bedoelt iedereen er iets anders mee. Voor de afdeling Wmo is toegang het moment van de melding. Voor het gebiedsteam begint het al bij een praatje op de markt. ‘Als ik zeg dat ik in de toegang werk, denkt de ene collega aan het loket en de andere aan de keukentafel.’
Jannie vindt dat verschil niet belangrijk. Zij wil weten bij wie ze moet zijn, en dat die persoon terugbelt.

**Het gesprek thuis**
Over het gesprek bij haar moeder thuis is Jannie tevreden. Lotte kwam binnen een week, ook omdat ze die dag toch in Bruinisse was. Ze keek niet alleen naar de douche, maar ook naar de trap, de eenzaamheid en naar Jannie zelf. ‘Ze kende de buurvrouw en de huisarts bij naam, dat gaf meteen vertrouwen.’
Lotte zegt dat dit de kracht is van gebiedsgericht werken: ze weet wie er in het dorp iets kan betekenen. De dorpsondersteuner, de kerk, de huisarts: ‘Ik hoef niet te zoeken, ik loop even binnen.’

**Waar liep het vast?**
Na het gesprek duurde het nog zes weken voordat de aanpassing in de badkamer er was. Jannie begreep niet waarom. Lotte legt uit dat de aanvraag via de backoffice en een leverancier gaat waar zij geen zicht op heeft. ‘Ik beloof iets aan de keukentafel en daarna ben ik het kwijt.’
Jannie: ‘Ik wil geen vijf mensen, ik wil er één die het voor me bijhoudt.’

**Werkdruk**
Lotte vertelt dat het gebiedsteam Noord met vier mensen een groot gebied bedient. Ze rijdt veel. Eén collega is langdurig ziek. Ze merkt dat ze minder tijd heeft om in de dorpen aanwezig te zijn, terwijl dat juist het verschil maakt. Jannie vraagt of vrijwilligers kunnen helpen. Lotte: soms wel, de dorpsondersteuner doet veel, maar niet alles kan bij vrijwilligers liggen.

**Wat zou helpen**
Jannie wil dat de gemeente inwoners vaker vraagt hoe het ging, niet alleen met een enquête. Ze doet graag mee aan een gesprek daarover. Lotte wil dat het gebiedsteam zelf kleine dingen kan regelen zonder aanvraag, zoals een douchekruk of een paar weken boodschappenhulp.

**Afsluiting**
Beiden vonden het waardevol. Jannie: het was de eerste keer dat iemand van de gemeente vroeg hoe zij het hele traject had ervaren.""",
                [
                    (
                        "Jannie Kodde",
                        "Ik wist niet dat ik bij het gebiedsteam moest zijn. Ik dacht dat dat iets voor gezinnen met problemen was.",
                        "Over de eerste stap",
                    ),
                    (
                        "Lotte Verhage",
                        "Als ik zeg dat ik in de toegang werk, denkt de ene collega aan het loket en de andere aan de keukentafel.",
                        "Over wat toegang is",
                    ),
                    (
                        "Jannie Kodde",
                        "Ze kende de buurvrouw en de huisarts bij naam, dat gaf meteen vertrouwen.",
                        "Over het gesprek thuis",
                    ),
                    (
                        "Lotte Verhage",
                        "Ik hoef niet te zoeken, ik loop even binnen.",
                        "Over gebiedsgericht werken",
                    ),
                    (
                        "Lotte Verhage",
                        "Ik beloof iets aan de keukentafel en daarna ben ik het kwijt.",
                        "Over de backoffice",
                    ),
                    (
                        "Jannie Kodde",
                        "Ik wil geen vijf mensen, ik wil er één die het voor me bijhoudt.",
                        "Waar liep het vast",
                    ),
                ],
            ),
            (
                "Arjen Padmos",
                "Marieke Hanse",
                5,
                """**Duo-interview bestuur en welzijn, gemeentehuis Zierikzee**
Aanwezig: Arjen Padmos (wethouder zorg en welzijn) en Marieke Hanse (dorpsondersteuner, Stichting Welzijn Schouwen). Ze kennen elkaar van bijeenkomsten, maar hebben nooit samen over de toegang gesproken.

**Waarom gebiedsgericht?**
Arjen legt uit dat de raad drie jaar geleden koos voor gebiedsteams, omdat de kernen zo verschillen. ‘Duiveland is niet Westenschouwen. Wat in het ene dorp werkt, valt in het andere verkeerd.’
Marieke vindt de keuze goed, maar ziet dat de teams nog vaak vanuit het gemeentehuis denken. De dorpsondersteuners kennen de mensen die nergens aankloppen. Die signalen komen niet altijd bij het gebiedsteam aan.

**Wat werkt?**
Marieke noemt het wekelijkse koffie-uur in het dorpshuis, waar gebiedsteam, wijkverpleging en dorpsondersteuner gewoon aanschuiven. ‘Daar hoor je wat er speelt voordat het een melding wordt.’ Een eenzame weduwnaar werd zo op tijd gezien, voordat hij in een crisis kwam.
Arjen wist niet dat dit overleg bestond. Hij vraagt of het ergens is vastgelegd. Marieke: nee, het draait op een paar mensen die elkaar vertrouwen.

**Wat schuurt?**
Arjen vertelt dat hij vanuit de raad steeds nieuwe opdrachten krijgt: een aanpak eenzaamheid, een pilot met de huisartsen, vroegsignalering van schulden. ‘Elk plan is goed, maar samen zijn het er te veel voor vier mensen in een gebiedsteam.’
Marieke herkent dat: de welzijnsstichting krijgt elk jaar een nieuwe subsidieopdracht met nieuwe tellingen. Ze besteedt er een dag per maand aan. Arjen schrikt daarvan.

**Opdrachtgever en partner**
Ze praten over de relatie tussen gemeente en welzijn. Marieke voelt zich soms een leverancier in plaats van een partner. Arjen zegt dat hij dat niet zo bedoelt, maar dat de gemeente wel moet weten wat er met het geld gebeurt. Ze komen uit bij het idee om minder op aantallen en meer op verhalen te verantwoorden. ‘Vertel mij liever drie verhalen uit het dorp dan honderd vinkjes.’

**Inwoners**
Arjen wil dat inwoners meepraten over de toegang, maar weet niet hoe. De adviesraad is klein en vergrijsd. Marieke stelt voor om het gesprek in de dorpen te voeren, bij activiteiten waar mensen toch al komen. Dan hoor je ook jongere ouders.

**Afsluiting**
Arjen neemt het koffie-uur mee als voorbeeld voor de andere gebieden. Marieke vraagt om rust: niet elk jaar een nieuwe opdracht.""",
                [
                    (
                        "Arjen Padmos",
                        "Duiveland is niet Westenschouwen. Wat in het ene dorp werkt, valt in het andere verkeerd.",
                        "Over de keuze voor gebiedsteams",
                    ),
                    (
                        "Marieke Hanse",
                        "Daar hoor je wat er speelt voordat het een melding wordt.",
                        "Over het koffie-uur in het dorpshuis",
                    ),
                    (
                        "Arjen Padmos",
                        "Elk plan is goed, maar samen zijn het er te veel voor vier mensen in een gebiedsteam.",
                        "Over de opdrachten van de raad",
                    ),
                    (
                        "Arjen Padmos",
                        "Vertel mij liever drie verhalen uit het dorp dan honderd vinkjes.",
                        "Over verantwoording door welzijn",
                    ),
                ],
            ),
        ],
    },
    2: {
        "deelnemers": [
            ("Hanneke Rijnders", "Regio West Brabant Oost", "Regionaal adviseur inkoop en contractmanagement", "regio"),
            ("Frank Luijten", "Zorggroep Baronie", "Manager ambulante jeugdhulp", "zorgaanbieder"),
            ("Els Verschuren", "Gemeente Oosterhout", "Wethouder jeugd en Wmo", "bestuur"),
            ("Rachid Bouzid", "Gemeente Drimmelen", "Consulent toegang jeugd", "uitvoering"),
            ("Ingrid van Gils", "Gemeente Etten-Leur", "Beleidsadviseur toegang", "beleid"),
        ],
        "interviews": [
            (
                "Hanneke Rijnders",
                "Frank Luijten",
                5,
                """**Duo-interview regio en aanbieder, regiokantoor Breda**
Aanwezig: Hanneke Rijnders (regionaal adviseur inkoop) en Frank Luijten (manager ambulante jeugdhulp bij een aanbieder die in alle acht gemeenten werkt).

**De ambitie**
Hanneke legt uit dat de acht gemeenten de toegang regionaal willen harmoniseren. De aanleiding: aanbieders klaagden over acht verschillende manieren van verwijzen. Frank bevestigt dat. ‘Ik heb acht formulieren, acht contactpersonen en acht manieren om een verlenging aan te vragen.’
Hanneke: het idee was eerst om de toegang helemaal gelijk te maken. Dat bleek niet te werken. Breda heeft wijkteams, de kleine gemeenten een consulent op het gemeentehuis.

**Wat wil de aanbieder?**
Frank wil vooral dat een verwijzing overal hetzelfde werkt. Hoe een gemeente haar eigen voordeur inricht, vindt hij niet zijn zaak. ‘Richt je voordeur in zoals je wilt, maar laat de achterdeur in de hele regio hetzelfde open gaan.’
Hanneke vindt dat een mooie formulering. Voor haar gaat het om de afspraken die je samen inkoopt: producten, tarieven, verwijsroute en berichtenverkeer.

**Waar schuurt het?**
Hanneke merkt dat de regionale tafel snel een tafel van wethouders wordt die elk hun eigen raad moeten overtuigen. Elk voorstel gaat acht keer door een college. ‘In de regio praten we over harmonisatie, thuis verdedigt iedereen zijn eigen verordening.’
Frank ziet dat aanbieders daar tussen zitten. Hij heeft cliënten die verhuizen van Oosterhout naar Geertruidenberg en dan opnieuw een indicatie moeten halen voor dezelfde hulp.

**Accounthouders**
Frank heeft per gemeente een andere accounthouder, en twee gemeenten hebben er op dit moment niemand. Het gesprek over kwaliteit komt daardoor niet van de grond. Hanneke herkent dat: het is moeilijk om goede accounthouders te vinden en te houden. Ze wil het regionaal bundelen: één accounthouder per aanbieder namens alle gemeenten.

**Wat werkt?**
Beide noemen het maandelijkse casusoverleg dat in de zuidelijke gemeenten is begonnen, waar consulenten en aanbieders samen lastige casussen bespreken. ‘Daar leren we meer van elkaar dan in een jaar contractgesprekken.’ Hanneke wil dat regionaal uitrollen, maar wel vanuit de gemeenten zelf.

**Afsluiting**
Frank vraagt of de regio de uitkomsten ook met aanbieders deelt. Hanneke belooft een bijeenkomst voor aanbieders na de ontwerpsessie.""",
                [
                    (
                        "Frank Luijten",
                        "Ik heb acht formulieren, acht contactpersonen en acht manieren om een verlenging aan te vragen.",
                        "Over de aanleiding",
                    ),
                    (
                        "Frank Luijten",
                        "Richt je voordeur in zoals je wilt, maar laat de achterdeur in de hele regio hetzelfde open gaan.",
                        "Wat de aanbieder wil",
                    ),
                    (
                        "Hanneke Rijnders",
                        "In de regio praten we over harmonisatie, thuis verdedigt iedereen zijn eigen verordening.",
                        "Waar het schuurt",
                    ),
                    (
                        "Frank Luijten",
                        "Daar leren we meer van elkaar dan in een jaar contractgesprekken.",
                        "Over het casusoverleg",
                    ),
                ],
            ),
            (
                "Els Verschuren",
                "Rachid Bouzid",
                6,
                """**Duo-interview bestuur en uitvoering, gemeentehuis Made**
Aanwezig: Els Verschuren (wethouder jeugd en Wmo, Oosterhout) en Rachid Bouzid (consulent toegang jeugd, Drimmelen).

**Hoe kijk je naar regionaal harmoniseren?**
Els is voorstander van regionale afspraken. Ze ziet dat de regio sterk is in inkoop en dat aanbieders een duidelijke lijn willen. Tegelijk zegt ze: ‘Mijn inwoners kennen de regio niet. Ze kennen de juf, de huisarts en het wijkteam.’
Rachid werkt in een kleine gemeente. Hij kent de scholen en de huisartsen persoonlijk. Hij is bang dat harmonisatie betekent dat hij straks volgens een Bredaas protocol moet werken. ‘Ik ben geen loket, ik ben de jongen die ze bellen als het thuis misgaat.’

**Het gesprek in de eigen gemeente**
Els vertelt dat de regionale visie op de toegang in een werkgroep van beleidsadviseurs is geschreven. Inwoners en consulenten hebben niet meegepraat. Rachid heeft het stuk nooit gezien. Els schrikt daarvan. Ze zegt dat de visie pas gaat leven als consulenten zoals Rachid er in hun eigen gemeente over praten.

**Wat werkt in Drimmelen?**
Rachid vertelt over het vaste spreekuur op de basisscholen. Ouders lopen binnen na het brengen. ‘Een moeder vertelt bij de koffie wat ze nooit in een aanmeldformulier zou schrijven.’ Daardoor kan hij vaak iets lichts inzetten voordat een verwijzing nodig is.
Els wil weten of dat in Oosterhout ook kan. Rachid: het werkt omdat het klein is en omdat hij er zelf zit, niet een wisselende collega.

**Werkdruk en verwijzen**
Rachid heeft een wachtlijst van vijftien gezinnen. Hij verwijst soms sneller door dan hij zou willen, omdat hij geen tijd heeft om zelf te begeleiden. Els vraagt wat de regio daaraan kan doen. Rachid: zorgen dat de aanbieders snel starten, want nu wacht een gezin twee keer, eerst op hem en daarna op de aanbieder.

**Afspraken**
Samen komen ze op een verdeling: de voordeur en het gesprek met het gezin blijven lokaal; de verwijsroute, de productcodes en de kwaliteitsgesprekken met aanbieders worden regionaal. Els: ‘Samen inkopen, maar niet samen bepalen hoe ik met mijn inwoners praat.’
Rachid wil graag meedenken in de regionale werkgroep, als er tijd voor komt.""",
                [
                    (
                        "Els Verschuren",
                        "Mijn inwoners kennen de regio niet. Ze kennen de juf, de huisarts en het wijkteam.",
                        "Over regionaal harmoniseren",
                    ),
                    (
                        "Rachid Bouzid",
                        "Ik ben geen loket, ik ben de jongen die ze bellen als het thuis misgaat.",
                        "Over zijn rol",
                    ),
                    (
                        "Rachid Bouzid",
                        "Een moeder vertelt bij de koffie wat ze nooit in een aanmeldformulier zou schrijven.",
                        "Over het spreekuur op school",
                    ),
                    (
                        "Els Verschuren",
                        "Samen inkopen, maar niet samen bepalen hoe ik met mijn inwoners praat.",
                        "Over de verdeling lokaal en regionaal",
                    ),
                ],
            ),
        ],
    },
    3: {
        "deelnemers": [
            ("Saskia Roelofs", "Gemeente Harderwijk", "Beleidsadviseur sociaal domein", "beleid"),
            ("Hans Brouwer", "Adviesraad Sociaal Domein Ermelo", "Lid adviesraad, ervaringsdeskundige", "inwoner"),
            ("Mirjam Kooistra", "Gemeente Zeewolde", "Wethouder sociaal domein", "bestuur"),
            ("Dennis Lammers", "Gemeente Ermelo", "Teamleider toegang", "uitvoering"),
            ("Nicole Smits", "Kwintes Noord-Veluwe", "Gedragswetenschapper", "zorgaanbieder"),
        ],
        "interviews": [
            (
                "Saskia Roelofs",
                "Hans Brouwer",
                5,
                """**Duo-interview beleid en adviesraad, bibliotheek Harderwijk**
Aanwezig: Saskia Roelofs (beleidsadviseur, schrijft het hoofdstuk toegang van de visienota) en Hans Brouwer (lid adviesraad Ermelo, zelf jarenlang Wmo-cliënt na een ongeluk).

**De visienota**
Saskia legt uit dat de drie gemeenten één brede visienota voor het sociaal domein maken. Het hoofdstuk toegang moet leidende principes bevatten. ‘Een principe schrijf je in een middag op. Daarna begint het werk pas: wat betekent het maandagochtend voor een consulent?’
Hans vindt de eerste versie te abstract. Woorden als integraal en regie zeggen hem weinig. Hij vraagt wat hij als inwoner zou merken.

**Hoe ervaart een inwoner de toegang?**
Hans vertelt over zijn eigen ervaring. Na zijn ongeluk had hij te maken met de Wmo, het UWV, de zorgverzekeraar en later met schulden. ‘Iedereen deed zijn stukje goed, maar ik was de enige die het hele plaatje zag.’ Pas toen een consulent alles op tafel legde, kwam er lijn in.
Saskia schrijft mee. Ze wil dat principe, één plan met de inwoner, in de nota. Hans: schrijf dan ook op wie dat plan bewaakt.

**Inwoners betrekken**
Hans vindt het goed dat de adviesraad mag meelezen, maar hij zit er als één persoon. ‘Ik ben niet dé inwoner. Vraag ook de jonge moeder met schulden, die komt nooit naar een avondvergadering.’
Saskia herkent het probleem. Ze heeft weinig tijd en het is lastig om inwoners te bereiken die geen ervaring hebben met inspraak. Ze vraagt Hans hoe hij dat zou doen. Hans: ga naar waar mensen al zijn, de voedselbank, het consultatiebureau, de sportclub.

**Wat werkt**
Ze bespreken het idee om de principes uit de nota te toetsen bij inwoners: herkennen zij in de praktijk wat de nota belooft? Saskia ziet dat als een manier om de nota levend te houden. ‘Als inwoners het niet terugzien, klopt de nota niet, hoe mooi hij ook is.’

**Afsluiting**
Hans wil graag meedoen aan zo'n toetsgesprek. Saskia neemt het idee mee naar het ambtelijk overleg van de drie gemeenten.""",
                [
                    (
                        "Saskia Roelofs",
                        "Een principe schrijf je in een middag op. Daarna begint het werk pas: wat betekent het maandagochtend voor een consulent?",
                        "Over de visienota",
                    ),
                    (
                        "Hans Brouwer",
                        "Iedereen deed zijn stukje goed, maar ik was de enige die het hele plaatje zag.",
                        "Over zijn eigen ervaring",
                    ),
                    (
                        "Hans Brouwer",
                        "Ik ben niet dé inwoner. Vraag ook de jonge moeder met schulden, die komt nooit naar een avondvergadering.",
                        "Over inwoners betrekken",
                    ),
                    (
                        "Saskia Roelofs",
                        "Als inwoners het niet terugzien, klopt de nota niet, hoe mooi hij ook is.",
                        "Over toetsen bij inwoners",
                    ),
                ],
            ),
            (
                "Mirjam Kooistra",
                "Dennis Lammers",
                6,
                """**Duo-interview bestuur en uitvoering, gemeentehuis Ermelo**
Aanwezig: Mirjam Kooistra (wethouder sociaal domein Zeewolde) en Dennis Lammers (teamleider toegang Ermelo).

**Waar sta je nu?**
Dennis vertelt dat zijn team het afgelopen jaar drie reorganisaties, een nieuw registratiesysteem en vier pilots heeft meegemaakt. ‘Mijn mensen zijn niet tegen verandering, ze zijn moe van verandering.’ Twee ervaren consulenten zijn vertrokken.
Mirjam herkent het vanuit Zeewolde. De raad wil graag vernieuwen, het Rijk stuurt nieuwe opdrachten met tijdelijk geld. ‘Ik moet leren om nee te zeggen tegen goede ideeën.’

**Wat heeft de toegang nodig?**
Dennis pleit voor een paar jaar dezelfde koers. Zijn team weet niet meer welk project voorgaat. Hij noemt als voorbeeld dat een beleidsadviseur van Harderwijk steeds dezelfde uitgangspunten blijft herhalen in elk overleg met aanbieders. ‘Dat klinkt saai, maar daardoor weten aanbieders eindelijk waar ze aan toe zijn.’
Mirjam wil die beleidsadviseurs bestuurlijk steunen. Ze zegt dat het bestuur zelf vaak de koers verandert na een incident.

**De inrichting van de toegangsorganisatie**
Ze praten over het advies voor de inrichting. Dennis wil een gedragswetenschapper in het toegangsteam, zodat consulenten bij twijfel direct kunnen overleggen in plaats van door te verwijzen. In Ermelo draait daar een proef mee. ‘Sinds we haar aan tafel hebben, verwijzen we minder vaak uit onzekerheid.’
Mirjam vraagt wat dat kost. Dennis: het kost formatie, maar het scheelt dure trajecten. Hij waarschuwt wel dat het alleen werkt als er ook afspraken met aanbieders over gemaakt worden.

**Geld en realisme**
Mirjam is eerlijk: de begroting staat onder druk en de cao-stijgingen worden niet volledig gecompenseerd. ‘Ik kan niet beloven dat alles tegelijk kan. Wel dat we kiezen.’ Dennis waardeert die eerlijkheid; hij hoort liever wat niet kan dan weer een nieuwe ambitie.

**Afsluiting**
Beiden willen dat de visienota ook opschrijft wat de gemeenten de komende jaren níet doen.""",
                [
                    (
                        "Dennis Lammers",
                        "Mijn mensen zijn niet tegen verandering, ze zijn moe van verandering.",
                        "Over zijn team",
                    ),
                    (
                        "Mirjam Kooistra",
                        "Ik moet leren om nee te zeggen tegen goede ideeën.",
                        "Over nieuwe opdrachten",
                    ),
                    (
                        "Dennis Lammers",
                        "Dat klinkt saai, maar daardoor weten aanbieders eindelijk waar ze aan toe zijn.",
                        "Over een consistente koers",
                    ),
                    (
                        "Dennis Lammers",
                        "Sinds we haar aan tafel hebben, verwijzen we minder vaak uit onzekerheid.",
                        "Over de gedragswetenschapper in het team",
                    ),
                    (
                        "Mirjam Kooistra",
                        "Ik kan niet beloven dat alles tegelijk kan. Wel dat we kiezen.",
                        "Over geld en realisme",
                    ),
                ],
            ),
        ],
    },
}
