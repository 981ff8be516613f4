# ruff: noqa: E501
"""Invented duo-interviews for the demo (seed_demo). All people and words are made up.

Per Tabel 1 nummer: the deelnemers (naam, organisatie, functie, perspectief) and the interviews
(deelnemer 1, deelnemer 2, weeks after the start of the traject, notes, quotes). A quote is
(spreker, exact text in the notes, context); the text must occur exactly once in its notes.
"""

DEMO_INTERVIEWS = {
    5: {
        "deelnemers": [
            ("Marloes Visser", "Gemeente Enkhuizen", "Wmo-consulent", "uitvoering"),
            ("Gerda Kok", "", "Mantelzorger uit Drechterland", "inwoner"),
            ("Peter de Boer", "Gemeente Stede Broec", "Beleidsadviseur Wmo", "beleid"),
            ("Henk Dekker", "Thuiszorg West-Friesland", "Regiomanager", "zorgaanbieder"),
            ("Ria Schouten", "Gemeente Drechterland", "Wethouder sociaal domein", "bestuur"),
            ("Ahmed Yilmaz", "Gemeente Stede Broec", "Teamleider Wmo", "uitvoering"),
        ],
        "interviews": [
            (
                "Marloes Visser",
                "Gerda Kok",
                6,
                """**Duo-interview Wmo-toegang, bibliotheek Enkhuizen**
Aanwezig: Marloes (Wmo-consulent Enkhuizen) en Gerda (mantelzorger voor haar man, woont in Drechterland). Ze kennen elkaar niet. Koffie, rustige kamer.

**Opening**
Marloes vraagt Gerda hoe het begon. Gerda: haar man kreeg twee jaar geleden een herseninfarct. Ze belde het algemene nummer van de gemeente en werd drie keer doorverbonden. ‘Ik wist niet eens dat het Wmo heette. Ik wilde gewoon weten wie mij kon helpen met de douche.’
Marloes herkent dit. Inwoners weten niet welk loket bij welke gemeente hoort en de drie gemeenten doen het net anders.

**Wachten**
Gerda vertelt dat het zeven weken duurde voordat er iemand aan de keukentafel zat. In die tijd viel haar man twee keer. ‘Zeven weken is lang als je elke ochtend bang bent dat hij weer valt.’
Marloes legt uit dat de wachtlijst vooral ontstaat bij de eerste intake. Zij doet soms gesprekken voor een collega in Stede Broec, maar dan moet ze in een ander systeem werken met andere formulieren. ‘Ik ben de helft van mijn tijd kwijt aan het zoeken in welk formulier iets moet. Die tijd gaat van het gesprek af.’
Gerda vraagt of dat niet gewoon één formulier kan zijn. Marloes lacht: ‘Dat vragen wij ons ook af.’

**Het gesprek zelf**
Over het keukentafelgesprek is Gerda positief. De consulent nam de tijd en vroeg ook hoe het met háár ging. ‘Voor het eerst vroeg iemand hoe het met mij ging, niet alleen met hem.’ Daarna hoorde ze weer vier weken niets.
Marloes: na het gesprek gaat de aanvraag naar de backoffice, en daar zit de tweede wachtrij. Consulenten zien niet waar een aanvraag blijft.

**Wat zou helpen**
Gerda: één vast aanspreekpunt en iemand die belt als het langer duurt. ‘Ik kan best wachten, als ik maar weet waarop.’
Marloes: één werkwijze voor de drie gemeenten, zodat consulenten elkaar kunnen vervangen. En ruimte om bij spoed zelf iets te regelen, zoals een tijdelijke douchestoel, zonder eerst een beschikking af te wachten. ‘Ik zie wat er nodig is, maar ik mag het pas regelen als het papier rond is.’

**Afsluiting**
Beide vonden het bijzonder om elkaars kant te horen. Gerda wil meedoen aan de ontwerpsessie.""",
                [
                    (
                        "Gerda Kok",
                        "Zeven weken is lang als je elke ochtend bang bent dat hij weer valt.",
                        "Over de wachttijd tot het eerste gesprek",
                    ),
                    (
                        "Marloes Visser",
                        "Ik ben de helft van mijn tijd kwijt aan het zoeken in welk formulier iets moet. Die tijd gaat van het gesprek af.",
                        "Over werken voor drie gemeenten",
                    ),
                    (
                        "Gerda Kok",
                        "Voor het eerst vroeg iemand hoe het met mij ging, niet alleen met hem.",
                        "Over het keukentafelgesprek",
                    ),
                    ("Gerda Kok", "Ik kan best wachten, als ik maar weet waarop.", "Wat zou helpen"),
                    (
                        "Marloes Visser",
                        "Ik zie wat er nodig is, maar ik mag het pas regelen als het papier rond is.",
                        "Over handelingsruimte",
                    ),
                ],
            ),
            (
                "Peter de Boer",
                "Henk Dekker",
                7,
                """**Duo-interview beleid en aanbieder, gemeentehuis Bovenkarspel**
Aanwezig: Peter (beleidsadviseur Wmo Stede Broec) en Henk (regiomanager thuiszorgaanbieder, werkt voor alle drie de gemeenten).

**Hoe kijk je naar de wachttijden?**
Henk begint. Zijn organisatie krijgt van de drie gemeenten drie soorten opdrachten, met drie manieren van indiceren: in uren, in resultaten en in een mengvorm. ‘Voor dezelfde mevrouw met dezelfde vraag krijg ik in Enkhuizen een ander product dan in Drechterland.’
Peter vindt dat harmoniseren niet alleen over formulieren gaat. Elke gemeente heeft de verordening ooit met goede redenen gemaakt. ‘Harmoniseren klinkt technisch, maar het raakt aan wat elke raad ooit belangrijk vond.’
Henk: de wachttijd zit voor een deel bij hen. Ze hebben te weinig mensen voor huishoudelijke ondersteuning. Maar een deel van de vertraging komt door heen-en-weer mailen over indicaties die niet passen.

**Samenwerking**
Peter vraagt hoe Henk de samenwerking met de gemeenten ervaart. Henk: persoonlijk goed, maar er is geen plek waar de drie gemeenten en de aanbieders samen naar de cijfers kijken. ‘We praten vooral óver elkaar in plaats van mét elkaar.’
Peter geeft toe dat beleid soms ver van de uitvoering staat. Hij hoort de verhalen over wachttijden vooral via raadsvragen.

**Wat moet blijven?**
Beiden vinden dat de lokale herkenbaarheid belangrijk is. Henk: inwoners willen een gezicht in hun eigen dorp. Peter: ‘Eén proces achter de schermen, maar voor de inwoner gewoon de eigen gemeente.’

**Vervolg**
Henk stelt voor om maandelijks met consulenten en wijkverpleging de lastigste casussen te bespreken. Peter neemt dit mee naar het ambtelijk overleg van de drie gemeenten.""",
                [
                    (
                        "Henk Dekker",
                        "Voor dezelfde mevrouw met dezelfde vraag krijg ik in Enkhuizen een ander product dan in Drechterland.",
                        "Over drie manieren van indiceren",
                    ),
                    (
                        "Peter de Boer",
                        "Harmoniseren klinkt technisch, maar het raakt aan wat elke raad ooit belangrijk vond.",
                        "Over harmonisatie",
                    ),
                    ("Henk Dekker", "We praten vooral óver elkaar in plaats van mét elkaar.", "Over de samenwerking"),
                    (
                        "Peter de Boer",
                        "Eén proces achter de schermen, maar voor de inwoner gewoon de eigen gemeente.",
                        "Wat moet blijven",
                    ),
                ],
            ),
            (
                "Ria Schouten",
                "Ahmed Yilmaz",
                8,
                """**Duo-interview bestuur en uitvoering, gemeentehuis Venhuizen**
Aanwezig: Ria (wethouder sociaal domein Drechterland) en Ahmed (teamleider Wmo, Stede Broec).

**Waar lig je wakker van?**
Ria: de brieven van inwoners die maanden wachten. Ze voelt zich verantwoordelijk, maar de knoppen liggen deels bij de andere twee gemeenten. ‘Ik kan in mijn eentje niets versnellen, en dat is precies het probleem.’
Ahmed: hij ligt wakker van zijn team. Er is veel verloop; nieuwe consulenten moeten drie werkwijzen leren. ‘Een nieuwe collega heeft een half jaar nodig voordat ze zelfstandig een gesprek kan doen.’

**Sturing**
Ahmed vraagt Ria wat zij nodig heeft om te sturen. Ria: cijfers die ze kan vergelijken, nu telt elke gemeente wachttijd op een andere manier. Ahmed bevestigt: in Stede Broec begint de klok bij de melding, in Enkhuizen pas bij de intake.
Ria: ‘Als we niet eens hetzelfde meten, kunnen we ook niet samen verbeteren.’

**Ruimte voor professionals**
Ahmed pleit voor meer vertrouwen in consulenten. Kleine voorzieningen zouden zonder uitgebreid onderzoek moeten kunnen. Ria is daar voor, maar maakt zich zorgen over de kosten. Ahmed: de kosten van wachten zijn ook hoog, alleen zie je die niet in de begroting.
Ria noteert dat ze dit in het portefeuillehoudersoverleg wil bespreken.

**Tot slot**
Ria: ‘Rust in de organisatie is voor mij nu belangrijker dan weer een nieuw plan.’ Ahmed knikt en zegt dat zijn team vooral duidelijkheid wil over de richting.""",
                [
                    (
                        "Ria Schouten",
                        "Ik kan in mijn eentje niets versnellen, en dat is precies het probleem.",
                        "Over verantwoordelijkheid bij drie gemeenten",
                    ),
                    (
                        "Ahmed Yilmaz",
                        "Een nieuwe collega heeft een half jaar nodig voordat ze zelfstandig een gesprek kan doen.",
                        "Over verloop en drie werkwijzen",
                    ),
                    (
                        "Ria Schouten",
                        "Als we niet eens hetzelfde meten, kunnen we ook niet samen verbeteren.",
                        "Over sturing op cijfers",
                    ),
                    (
                        "Ahmed Yilmaz",
                        "de kosten van wachten zijn ook hoog, alleen zie je die niet in de begroting",
                        "Over vertrouwen en kosten",
                    ),
                    (
                        "Ria Schouten",
                        "Rust in de organisatie is voor mij nu belangrijker dan weer een nieuw plan.",
                        "Tot slot",
                    ),
                ],
            ),
        ],
    },
    7: {
        "deelnemers": [
            ("Linda Brinkman", "Gemeente Twenterand", "Jeugdconsulent", "uitvoering"),
            ("Johan Nijhuis", "", "Vader en ervaringsdeskundige", "inwoner"),
            ("Esther Meijerink", "Gemeente Twenterand", "Beleidsmedewerker jeugd", "beleid"),
            ("Bart Kamphuis", "Huisartsenpraktijk Vriezenveen", "Praktijkondersteuner jeugd", "zorgaanbieder"),
            ("Anouk Wolters", "Welzijnsorganisatie Twenterand", "Jongerenwerker", "maatschappelijk"),
            ("Gerrit Mensink", "Regio Twente", "Adviseur inkoop jeugdhulp", "regio"),
        ],
        "interviews": [
            (
                "Linda Brinkman",
                "Johan Nijhuis",
                5,
                """**Duo-interview toegang jeugd, Vriezenveen**
Aanwezig: Linda (jeugdconsulent) en Johan (vader van een zoon van 14 met autisme; zit in de cliëntenraad).

**Jouw verhaal**
Johan vertelt over de eerste keer dat hij hulp vroeg. Zijn zoon ging niet meer naar school. Via school kwam hij bij de huisarts, via de huisarts bij een aanbieder, en pas daarna bij de gemeente. ‘Iedereen was aardig, maar niemand hield het geheel vast.’
Linda vraagt wat hij toen het meest miste. Johan: iemand die zegt ‘ik blijf bij jullie tot het loopt’. Hij moest zijn verhaal steeds opnieuw vertellen, ook het stuk over de scheiding dat hij liever niet vertelde.

**De kant van de consulent**
Linda herkent het. Ze heeft veertig gezinnen in haar caseload. ‘Ik wil meer doen dan een indicatie afgeven, maar de wachtlijst aan de deur dwingt me tot snel doorverwijzen.’ Soms weet ze dat een gezin meer heeft aan een jongerenwerker of aan een andere ouder dan aan specialistische hulp, maar dat aanbod kent ze onvoldoende.
Johan: ‘Wat ons het meest hielp was een andere vader die hetzelfde had meegemaakt, en die vond ik via Facebook.’

**De hervormingsagenda**
Linda vraagt wat Johan vindt van de plannen om de toegang te veranderen. Johan heeft er in de krant over gelezen. Hij is bang dat ‘toekomstbestendig’ betekent dat er minder hulp komt. Linda zegt dat het ook kan betekenen dat hulp eerder en dichterbij komt.
Johan: ‘Betrek ouders dan niet pas als het plan klaar is, maar vanaf nu.’

**Afsluiting**
Ze spreken af dat Johan wordt uitgenodigd voor de inwonerssessie. Linda vond het confronterend en leerzaam.""",
                [
                    (
                        "Johan Nijhuis",
                        "Iedereen was aardig, maar niemand hield het geheel vast.",
                        "Over de eerste hulpvraag",
                    ),
                    (
                        "Linda Brinkman",
                        "Ik wil meer doen dan een indicatie afgeven, maar de wachtlijst aan de deur dwingt me tot snel doorverwijzen.",
                        "Over de caseload",
                    ),
                    (
                        "Johan Nijhuis",
                        "Wat ons het meest hielp was een andere vader die hetzelfde had meegemaakt, en die vond ik via Facebook.",
                        "Over wat hielp",
                    ),
                    (
                        "Johan Nijhuis",
                        "Betrek ouders dan niet pas als het plan klaar is, maar vanaf nu.",
                        "Over de hervormingsagenda",
                    ),
                ],
            ),
            (
                "Esther Meijerink",
                "Bart Kamphuis",
                6,
                """**Duo-interview beleid en huisartsenzorg, gemeentehuis Vroomshoop**
Aanwezig: Esther (beleidsmedewerker jeugd) en Bart (praktijkondersteuner jeugd bij een huisartsenpraktijk).

**Waar komen de hulpvragen binnen?**
Bart: bij de huisarts, veel meer dan de gemeente denkt. Ouders komen met slaapproblemen, somberheid, ruzie thuis. ‘Bij ons komt de vraag binnen voordat het een zorgvraag is.’ Hij kan veel zelf oppakken in een paar gesprekken, maar als het niet lukt, is de verwijzing naar specialistische hulp de enige weg die snel werkt.
Esther vraagt waarom niet via het gebiedsteam. Bart: dat duurt weken en ouders haken af. ‘Een verwijsbrief is sneller dan een telefoontje naar de gemeente, en dat zou andersom moeten zijn.’

**De cijfers**
Esther laat zien dat meer dan de helft van de verwijzingen via huisartsen loopt. Ze wil daar niet aan tornen, maar zoekt samenwerking. ‘We hebben de huisarts altijd als probleem gezien, terwijl hij juist de voordeur is.’
Bart reageert dat huisartsen ook geen zin hebben in meer administratie. Een vast gezicht van het gebiedsteam in de praktijk zou helpen.

**Toekomst**
Beiden zien de hervormingsagenda als kans. Esther wil dat de toegang vertrekt vanuit de vraag van het gezin en niet vanuit het aanbod. Bart: ‘Begin klein, met één praktijk en één consulent, en laat zien dat het werkt.’

**Afsluiting**
Esther neemt het idee van een spreekuur in de praktijk mee naar het projectteam.""",
                [
                    (
                        "Bart Kamphuis",
                        "Bij ons komt de vraag binnen voordat het een zorgvraag is.",
                        "Over de rol van de huisarts",
                    ),
                    (
                        "Bart Kamphuis",
                        "Een verwijsbrief is sneller dan een telefoontje naar de gemeente, en dat zou andersom moeten zijn.",
                        "Over doorverwijzen",
                    ),
                    (
                        "Esther Meijerink",
                        "We hebben de huisarts altijd als probleem gezien, terwijl hij juist de voordeur is.",
                        "Over de cijfers",
                    ),
                    (
                        "Bart Kamphuis",
                        "Begin klein, met één praktijk en één consulent, en laat zien dat het werkt.",
                        "Over de hervormingsagenda",
                    ),
                ],
            ),
            (
                "Anouk Wolters",
                "Gerrit Mensink",
                7,
                """**Duo-interview lokaal en regionaal, jongerencentrum Den Ham**
Aanwezig: Anouk (jongerenwerker) en Gerrit (adviseur inkoop jeugdhulp bij de regio).

**Wat zie je bij jongeren?**
Anouk: veel jongeren met stress over school, geld en thuis. Ze komen in het jongerencentrum omdat het geen loket is. ‘Ze komen voor de tafeltennistafel, en blijven voor het gesprek.’ Maar als het zwaarder wordt, moet ze doorverwijzen naar een systeem dat jongeren niet vertrouwen.
Gerrit vraagt of zij zelf lichte hulp zou kunnen bieden. Anouk: ja, als het gefinancierd wordt. Nu wordt ze gezien als ‘voorliggend’, wat in de praktijk betekent: zonder budget.

**Regionale inkoop**
Gerrit legt uit dat de regio inkoopt voor veertien gemeenten. Dat geeft schaal, maar maakt het lastig om lokaal maatwerk te bieden. ‘De regio is goed in contracten, maar een contract lost geen wachtlijst op.’
Anouk vraagt wie er bepaalt wat lokaal en wat regionaal is. Gerrit: formeel de gemeenten zelf, maar in de praktijk volgen ze vaak wat de regio al heeft afgesproken.

**Spanning**
Ze zijn het niet eens over de rol van het jongerenwerk. Gerrit vindt dat lichte hulp lokaal geregeld moet worden en specialistische hulp regionaal. Anouk vindt dat die grens kunstmatig is: ‘Een jongere weet niet of zijn probleem licht of zwaar is, hij weet alleen dat hij het niet meer trekt.’

**Afsluiting**
Gerrit wil de ervaringen van het jongerenwerk meenemen naar het regionale overleg over de hervormingsagenda.""",
                [
                    (
                        "Anouk Wolters",
                        "Ze komen voor de tafeltennistafel, en blijven voor het gesprek.",
                        "Over het jongerencentrum",
                    ),
                    (
                        "Gerrit Mensink",
                        "De regio is goed in contracten, maar een contract lost geen wachtlijst op.",
                        "Over regionale inkoop",
                    ),
                    (
                        "Anouk Wolters",
                        "Een jongere weet niet of zijn probleem licht of zwaar is, hij weet alleen dat hij het niet meer trekt.",
                        "Over de grens tussen lichte en zware hulp",
                    ),
                ],
            ),
        ],
    },
    6: {
        "deelnemers": [
            ("Sandra Mulder", "Gemeente Hoorn", "Lid lokaal team Kersenboogerd", "uitvoering"),
            ("Kees Groot", "", "Inwoner, kreeg hulp bij schulden en mantelzorg", "inwoner"),
            ("Yvonne Bos", "Gemeente Hoorn", "Beleidsadviseur toegang", "beleid"),
            ("Mohamed Amrani", "Schuldhulpmaatje Hoorn", "Coördinator", "maatschappelijk"),
        ],
        "interviews": [
            (
                "Sandra Mulder",
                "Kees Groot",
                5,
                """**Duo-interview integraal werken, buurthuis Kersenboogerd**
Aanwezig: Sandra (lid van het lokale team) en Kees (inwoner, 61, zorgt voor zijn moeder en had schulden).

**Hoe kwam je bij het lokale team?**
Kees: via de huisarts, die zag dat hij uitgeput was. Hij had drie hulpverleners: één voor de schulden, één voor zijn moeder en één voor hemzelf. ‘Drie mensen met drie plannen, en ik moest zelf bedenken hoe dat samen moest.’
Sandra vraagt wat er veranderde toen het lokale team erbij kwam. Kees: één persoon die alles overzag en de anderen belde. ‘Ze zei: jij hoeft het niet meer alleen te doen. Dat was de eerste nacht dat ik sliep.’

**Werkprocessen**
Sandra vertelt dat ze voor Kees drie dossiers moest aanmaken in drie systemen. Collega's van schuldhulp zaten in een ander gebouw. ‘Integraal werken doe je nu ondanks de processen, niet dankzij.’
Kees is verbaasd: dat had hij niet gemerkt. Sandra: dat is de bedoeling, maar het kost veel tijd en kan alleen omdat ze elkaar persoonlijk kennen.

**Wat moet anders?**
Kees wil dat mensen eerder gezien worden. Hij liep twee jaar rond voordat iemand vroeg hoe het ging. Sandra wil een gezamenlijk plan dat alle partijen kunnen inzien, met toestemming van de inwoner.

**Afsluiting**
Kees is bereid zijn verhaal te vertellen aan de gemeenteraad.""",
                [
                    (
                        "Kees Groot",
                        "Drie mensen met drie plannen, en ik moest zelf bedenken hoe dat samen moest.",
                        "Over hulp van verschillende kanten",
                    ),
                    (
                        "Kees Groot",
                        "Ze zei: jij hoeft het niet meer alleen te doen. Dat was de eerste nacht dat ik sliep.",
                        "Over het lokale team",
                    ),
                    (
                        "Sandra Mulder",
                        "Integraal werken doe je nu ondanks de processen, niet dankzij.",
                        "Over werkprocessen",
                    ),
                ],
            ),
            (
                "Yvonne Bos",
                "Mohamed Amrani",
                6,
                """**Duo-interview beleid en vrijwillige schuldhulp, stadhuis Hoorn**
Aanwezig: Yvonne (beleidsadviseur toegang) en Mohamed (coördinator van een vrijwilligersorganisatie voor schuldhulp).

**Jullie rol in de toegang**
Mohamed: zijn vrijwilligers zien mensen vaak als eersten, aan de keukentafel met een stapel ongeopende post. ‘Achter elke schuld zit een ander verhaal: een scheiding, ziekte, een kind dat vastloopt.’ Ze verwijzen naar het lokale team, maar horen daarna zelden wat er gebeurt.
Yvonne vraagt of zij vaker terugkoppeling willen. Mohamed: graag, met toestemming van de inwoner. Nu voelt het soms als een zwart gat.

**Actieve lokale teams**
Yvonne legt uit dat de gemeente wil dat lokale teams zich meer in de wijk laten zien. Mohamed is enthousiast maar kritisch: ‘Actief betekent dat je langskomt voordat er een brief van de deurwaarder ligt.’
Yvonne erkent dat de teams nu vooral reageren op aanmeldingen. Ze wil dat partners een vaste contactpersoon krijgen.

**Vertrouwen**
Ze praten over vertrouwen tussen gemeente en vrijwilligers. Mohamed: vrijwilligers zijn geen goedkope professionals. Yvonne: ‘Wij moeten leren dat we niet alles zelf hoeven te doen om het goed geregeld te hebben.’

**Afsluiting**
Afgesproken dat Mohamed meedoet aan de ontwerpsessie over werkprocessen.""",
                [
                    (
                        "Mohamed Amrani",
                        "Achter elke schuld zit een ander verhaal: een scheiding, ziekte, een kind dat vastloopt.",
                        "Over schuldhulp als vindplaats",
                    ),
                    (
                        "Mohamed Amrani",
                        "Actief betekent dat je langskomt voordat er een brief van de deurwaarder ligt.",
                        "Over actieve lokale teams",
                    ),
                    (
                        "Yvonne Bos",
                        "Wij moeten leren dat we niet alles zelf hoeven te doen om het goed geregeld te hebben.",
                        "Over vertrouwen in partners",
                    ),
                ],
            ),
        ],
    },
    8: {
        "deelnemers": [
            ("Sjoukje Hoekstra", "Gemeente Súdwest-Fryslân", "Gebiedsteammedewerker jeugd", "uitvoering"),
            ("Tineke Postma", "", "Moeder van drie kinderen", "inwoner"),
            ("Wytze de Vries", "Jeugdhulp Fryslân", "Teamleider ambulante hulp", "zorgaanbieder"),
            ("Douwe Bakker", "Gemeente Súdwest-Fryslân", "Beleidsadviseur jeugd", "beleid"),
        ],
        "interviews": [
            (
                "Sjoukje Hoekstra",
                "Tineke Postma",
                5,
                """**Duo-interview jeugdhulp, dorpshuis Workum**
Aanwezig: Sjoukje (gebiedsteam) en Tineke (moeder van drie kinderen, oudste dochter kreeg jeugdhulp).

**Het begin**
Tineke: haar dochter had angstklachten en wilde niet meer naar buiten. Het gebiedsteam zat in het dorp en dat maakte het makkelijk. ‘Ik kende de mevrouw van het gebiedsteam van de schoolpleinen, dat scheelde een drempel.’
Sjoukje vraagt hoe lang het duurde tot er hulp was. Tineke: het eerste gesprek was snel, maar daarna negen maanden wachten op specialistische hulp.

**In de tussentijd**
Sjoukje vertelt dat het gebiedsteam in die wachttijd overbruggingshulp probeert te bieden, maar dat ze eigenlijk te veel taken hebben. ‘We zijn van alles: poortwachter, hulpverlener, regelaar en soms ook klaagmuur.’
Tineke: het gebiedsteam was er wel, maar ze voelde zich toch alleen. ‘Het gebiedsteam belde elke maand, en die telefoontjes hielden mij overeind.’

**De toekomst van het stelsel**
Tineke vindt dat er te veel kinderen een etiket krijgen. Sjoukje is het daarmee eens: veel vragen horen bij het gewone opgroeien. ‘Niet elke zorg van een ouder is een zorgvraag voor de gemeente.’

**Afsluiting**
Tineke wil graag meedenken over hoe ouders elkaar kunnen steunen.""",
                [
                    (
                        "Tineke Postma",
                        "Ik kende de mevrouw van het gebiedsteam van de schoolpleinen, dat scheelde een drempel.",
                        "Over het gebiedsteam in het dorp",
                    ),
                    (
                        "Sjoukje Hoekstra",
                        "We zijn van alles: poortwachter, hulpverlener, regelaar en soms ook klaagmuur.",
                        "Over de taken van het gebiedsteam",
                    ),
                    (
                        "Tineke Postma",
                        "Het gebiedsteam belde elke maand, en die telefoontjes hielden mij overeind.",
                        "Over de wachttijd",
                    ),
                    (
                        "Sjoukje Hoekstra",
                        "Niet elke zorg van een ouder is een zorgvraag voor de gemeente.",
                        "Over normaliseren",
                    ),
                ],
            ),
            (
                "Wytze de Vries",
                "Douwe Bakker",
                6,
                """**Duo-interview aanbieder en beleid, gemeentehuis Sneek**
Aanwezig: Wytze (teamleider ambulante jeugdhulp) en Douwe (beleidsadviseur jeugd).

**Wat gaat goed?**
Wytze: de korte lijnen met de gebiedsteams in de kleine kernen. Douwe: de inzet van praktijkondersteuners bij huisartsen begint te werken.

**Wat knelt?**
Wytze: zijn medewerkers besteden een derde van hun tijd aan verantwoording. ‘Ik heb goede hulpverleners die zich administrateur voelen.’ Douwe herkent dat, maar de gemeenteraad wil weten waar het geld heen gaat. De kosten zijn de afgelopen jaren hard gestegen.
Douwe: ‘We sturen op geld omdat we niet weten hoe we op resultaat moeten sturen.’

**Samen verantwoordelijk**
Ze praten over het idee om met minder aanbieders langere afspraken te maken. Wytze is voor, mits de gemeente dan ook meer vertrouwen geeft. Douwe wil dat aanbieders meer zichtbaar worden in de dorpen, niet alleen in Sneek.

**Afsluiting**
Beide willen het gesprek voortzetten in een werkgroep over de toekomst van het jeugdhulpstelsel.""",
                [
                    (
                        "Wytze de Vries",
                        "Ik heb goede hulpverleners die zich administrateur voelen.",
                        "Over verantwoording",
                    ),
                    (
                        "Douwe Bakker",
                        "We sturen op geld omdat we niet weten hoe we op resultaat moeten sturen.",
                        "Over sturing",
                    ),
                ],
            ),
        ],
    },
}
