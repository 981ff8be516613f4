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

**Over de drie gemeenten**
Gerda vraagt waarom het uitmaakt in welke gemeente je woont. Haar zus woont in Stede Broec en kreeg binnen drie weken een traplift, terwijl zij in Drechterland nog wachtte op het eerste gesprek. Marloes legt uit dat de gemeenten samen één uitvoeringsteam hebben, maar dat de regels en budgetten per gemeente verschillen. Gerda: ‘Voor mij is het één regio. Ik doe mijn boodschappen in Enkhuizen en ga naar de huisarts in Hoogkarspel.’
Marloes zegt dat consulenten dat ook zo voelen. Ze zouden graag per dorp werken in plaats van per gemeente, zodat ze de huisarts, de wijkverpleging en de dorpsondersteuner persoonlijk kennen.

**Mantelzorg**
Gerda vertelt dat ze zelf bijna is omgevallen. Niemand vroeg naar respijtzorg. Pas via een buurvrouw hoorde ze van de dagbesteding in het dorp. Marloes: mantelzorgondersteuning valt bij een andere afdeling en komt niet automatisch in beeld bij een Wmo-melding. Ze vindt dat een gemiste kans.
Gerda: ‘Als je de mantelzorger kwijtraakt, heb je er twee cliënten bij.’ Marloes schrijft dat op; ze wil het meenemen naar haar teamoverleg.

**Communicatie**
Over de brieven zijn ze het snel eens. Gerda kreeg een beschikking van vier kantjes met wetsartikelen. Ze heeft hem door haar dochter laten lezen. Marloes vertelt dat consulenten de brieven ook niet mooi vinden, maar dat ze uit het systeem komen en niet aan te passen zijn. Ze zou willen dat de consulent na het gesprek een korte samenvatting in gewone taal kan sturen.
Gerda vraagt of ze mag meelezen als er nieuwe brieven komen. Marloes denkt dat dat een heel goed idee is en belooft het door te geven.

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
                    ("Gerda Kok", "Als je de mantelzorger kwijtraakt, heb je er twee cliënten bij.", "Over mantelzorg"),
                    (
                        "Gerda Kok",
                        "Voor mij is het één regio. Ik doe mijn boodschappen in Enkhuizen en ga naar de huisarts in Hoogkarspel.",
                        "Over de drie gemeenten",
                    ),
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

**Cijfers en gevoel**
Peter vertelt dat de wachtlijst in de raad vooral als getal wordt besproken. Henk vindt dat het getal weinig zegt: een inwoner die wacht op een hulpmiddel is anders dan iemand die wacht op begeleiding. Hij stelt voor om wachttijden uit te splitsen per soort voorziening. Peter: dat kan pas als de drie gemeenten dezelfde registratie gebruiken.
Ze praten over de eigen bijdrage. Henk ziet dat cliënten soms afzien van hulp omdat ze de rekening niet begrijpen. Peter wist dat niet en wil het navragen bij het CAK-overleg.

**Personeel**
Henk: de arbeidsmarkt is het grootste risico. Zijn organisatie heeft elke maand vacatures die niet vervuld worden. Peter vraagt wat de gemeente kan doen. Henk: minder wisselende afspraken, zodat planners niet steeds hoeven te puzzelen, en meer ruimte om met de cliënt zelf af te spreken wat er gebeurt.
Peter merkt op dat resultaatgericht indiceren precies dat zou moeten doen, maar dat het in de praktijk als bezuiniging is ervaren. Henk knikt: het vertrouwen is de afgelopen jaren beschadigd.

**Dilemma**
Beide benoemen het dilemma tussen gelijke behandeling in de drie gemeenten en ruimte voor maatwerk. Peter: je wilt dat een inwoner in Venhuizen hetzelfde krijgt als in Enkhuizen, maar je wilt ook dat de consulent kan afwijken als het nodig is. Henk: maatwerk werkt alleen als er vertrouwen is tussen gemeente en aanbieder.

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

**Het verhaal van de inwoner**
De moderator vraagt beiden naar een voorbeeld. Ahmed vertelt over een man van 82 die vijf maanden wachtte op huishoudelijke hulp, terwijl hij al die tijd door zijn buurvrouw werd geholpen. Toen de hulp eindelijk kwam, was de buurvrouw zelf ziek geworden. Ria is er stil van. Ze vraagt of dit vaker gebeurt. Ahmed: niet elke week, maar vaak genoeg om zijn team moe te maken.
Ria vertelt dat ze op een markt in Grootebroek werd aangesproken door een dochter die haar moeder niet meer thuis durfde te laten. Ze heeft toen zelf gebeld met het team. Ahmed zegt dat dat goed bedoeld is, maar dat het team dan voorrang moet geven aan iemand die de wethouder kent. Ria lacht wat ongemakkelijk en zegt dat ze dat niet zo had bekeken.

**Harmonisatie**
Over harmonisatie zijn ze het eens: het moet, maar niet alles tegelijk. Ahmed wil beginnen met één intakeformulier en één manier van meten. Ria wil dat de raden van de drie gemeenten op tijd worden meegenomen, anders strandt het alsnog in de besluitvorming. Ze stelt voor een gezamenlijke informatieavond te organiseren.

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

**School**
Linda vraagt naar de rol van school. Johan vertelt dat de mentor heel betrokken was, maar dat de school geen mandaat had om hulp in te zetten. ‘De mentor zag het als eerste, maar mocht niets doen.’ Linda legt uit dat er een schoolmaatschappelijk werker is, maar dat die op drie scholen werkt en daardoor weinig tijd heeft. Ze zou graag een vast gezicht van het team op school hebben.
Johan vertelt over de leerplichtambtenaar die langs kwam. Die was vriendelijk, maar het gesprek ging over verzuim en niet over zijn zoon. Hij voelde zich behandeld als een ouder die zijn kind thuishoudt.

**Wachttijd en tussentijd**
Na de aanmelding bij de aanbieder moest het gezin zeven maanden wachten. In die tijd kregen ze geen hulp. Linda zegt dat ze dat ook frustrerend vindt en dat ze soms probeert overbruggingshulp te regelen, maar dat het budget daarvoor beperkt is. Johan: een telefoontje had al geholpen. Linda vraagt wat hij dan had willen horen. Johan: dat iemand weet dat we er nog zijn.

**Het gezin als geheel**
Johan vertelt dat ook zijn dochter van tien het moeilijk had, maar dat niemand daar naar vroeg. Linda herkent dat hulp vaak om één kind draait. In de hervormingsagenda staat dat de toegang meer naar het hele gezin moet kijken. Johan vindt dat mooi op papier, maar wil zien dat het in de praktijk gebeurt.
Linda vraagt of Johan het goed vindt als ze zijn verhaal anoniem gebruikt in het projectteam. Johan stemt in, zolang het verhaal niet te herleiden is.

**Wat werkte wel**
Tot slot vraagt Linda wat er goed ging. Johan noemt de psycholoog die thuis kwam en de tijd nam om de kamer van zijn zoon te zien. En de consulent die hem na afloop belde om te vragen hoe het ging. Linda vertelt dat ze dat bij elk gezin zou willen doen, maar dat ze dan minder nieuwe aanmeldingen kan aannemen.

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
                    ("Johan Nijhuis", "De mentor zag het als eerste, maar mocht niets doen.", "Over school"),
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

**Wat vragen ouders?**
Bart geeft een paar voorbeelden uit zijn spreekuur: een moeder die niet weet hoe ze met het telefoongebruik van haar dochter moet omgaan, een vader die na de scheiding zijn zoon nauwelijks ziet, een jongen die niet meer slaapt door prestatiedruk. Het zijn vragen die om een goed gesprek vragen, niet om een behandeling. Esther vraagt hoeveel van die vragen hij zelf afhandelt. Bart schat zeventig procent.
Esther vertelt dat de gemeente wil investeren in de praktijkondersteuners, maar dat de financiering nu per jaar wordt toegekend. Bart: daardoor durven praktijken geen vaste mensen aan te nemen.

**Administratie**
Bart vraagt waarom de gemeente zoveel gegevens vraagt bij een verwijzing. Esther legt uit dat dit komt door de verantwoording aan het Rijk en de raad. Ze erkent dat niet alle gegevens gebruikt worden. Bart stelt voor om samen een keer alle velden langs te lopen en te schrappen wat niemand gebruikt.

**Samenwerking met het gebiedsteam**
Bart kent de consulenten van het gebiedsteam nauwelijks. Hij zou graag één keer per maand een casusoverleg hebben. Esther zegt dat dit in een andere kern al gebeurt en dat het daar goed werkt. Ze vraagt waarom het niet overal gebeurt. Bart: omdat het afhangt van personen en niet is georganiseerd.

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

**Vertrouwen van jongeren**
Gerrit vraagt waarom jongeren het systeem niet vertrouwen. Anouk: ze hebben slechte ervaringen, of hun ouders hebben die. Een jongere die al drie hulpverleners heeft gehad, wil niet opnieuw zijn verhaal doen aan iemand die hij niet kent. Jongerenwerkers zijn er gewoon, ook als het goed gaat. Dat is hun kracht.
Gerrit vertelt dat in de regio wordt gesproken over ‘vindplaatsen’. Anouk vindt dat een vreemd woord: jongeren worden niet gevonden, ze komen zelf. Ze moeten alleen iemand treffen die tijd heeft.

**Geld en verantwoording**
Gerrit legt uit hoe de regionale contracten worden afgerekend: per traject, met een vast tarief. Anouk vraagt of een jongerenwerker dan een traject zou moeten openen voor elk gesprek. Gerrit moet toegeven dat het systeem daar niet op is ingericht. Hij denkt aan een vorm van subsidie voor het voorveld, lokaal geregeld.

**Wat de regio kan leren**
Anouk wil dat mensen van de regio een dag meelopen in het jongerencentrum. Gerrit zegt direct ja. Hij vindt dat beleid te vaak over jongeren gaat zonder dat jongeren zelf aan tafel zitten. Anouk stelt voor de jongerenraad te betrekken bij de inwonerssessie.

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

**De eerste stap**
Kees vertelt dat hij lang heeft gewacht met hulp vragen. Hij schaamde zich voor de schulden. Het lokale team zat in hetzelfde gebouw als de sociale dienst, en daar wilde hij niet gezien worden. Sandra zegt dat het team daarom nu ook spreekuur houdt in het buurthuis en bij de voedselbank. Kees: dat had voor hem het verschil gemaakt.

**Zijn moeder**
Over de zorg voor zijn moeder vertelt Kees dat hij drie keer per dag langs ging. De thuiszorg kwam op wisselende tijden, waardoor hij zijn werk niet kon plannen. Sandra heeft toen met de thuiszorg afgesproken dat er vaste tijden kwamen. Kees: ‘Zo’n klein ding, en het gaf mij weer lucht.’
Sandra vertelt dat dit soort afspraken nergens wordt vastgelegd. Als zij weggaat, weet niemand dat het zo is geregeld.

**Plan**
Sandra wil werken met één plan per huishouden, dat de inwoner zelf ook kan inzien. Kees vindt dat goed, als hij zelf mag bepalen wie wat leest. Hij wil niet dat de schuldhulpverlener alles over zijn moeder weet.

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
                    ("Kees Groot", "Zo’n klein ding, en het gaf mij weer lucht.", "Over vaste tijden van de thuiszorg"),
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

**Terugkoppeling**
Yvonne vraagt hoe vaak vrijwilligers iemand doorverwijzen naar het lokale team. Mohamed: een paar keer per maand. Vaak hoort hij pas maanden later van de inwoner zelf dat er iets is gebeurd, of juist niets. Yvonne zegt dat privacyregels vaak als reden worden genoemd om niets terug te koppelen, maar dat dit met toestemming van de inwoner prima kan.
Mohamed stelt een eenvoudig formulier voor waarmee de inwoner toestemming geeft voor terugkoppeling aan de vrijwilliger. Yvonne vindt dat een goed idee en wil het laten toetsen door de privacy-officer.

**Werkprocessen**
Yvonne vertelt over de nieuwe werkprocessen die de gemeente ontwikkelt. Mohamed vraagt of vrijwilligers daarbij betrokken zijn. Yvonne moet toegeven van niet. Ze nodigt hem uit voor de werkgroep. Mohamed zegt dat zijn vrijwilligers vooral behoefte hebben aan één telefoonnummer dat altijd wordt opgenomen.

**Preventie**
Ze praten over vroegsignalering van schulden. De gemeente krijgt signalen van energieleveranciers en woningcorporaties, maar het lokale team gaat pas op huisbezoek als er meerdere signalen zijn. Mohamed vindt dat te laat. Yvonne zegt dat er te weinig capaciteit is om bij elk signaal langs te gaan.

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

**Wachten op specialistische hulp**
Tineke beschrijft de negen maanden als de zwaarste periode. Haar dochter kwam de deur niet meer uit, en de andere twee kinderen voelden zich vergeten. Sjoukje vertelt dat het gebiedsteam in die tijd vooral probeert contact te houden. Ze kunnen zelf kortdurende begeleiding geven, maar niet bij ernstige angstklachten.
Tineke vraagt waarom de wachttijd zo lang is. Sjoukje legt uit dat er in Friesland weinig aanbieders zijn voor deze hulp, en dat de regio de contracten afsluit. Tineke: ‘Dan moet de regio ook maar eens aan onze keukentafel komen zitten.’

**Ouders onder elkaar**
Tineke vertelt dat een moeder uit het dorp haar enorm heeft geholpen. Die had hetzelfde meegemaakt met haar zoon. Sjoukje denkt aan een ouderavond in het dorpshuis, georganiseerd door ouders zelf, met het gebiedsteam als gast. Tineke wil daar graag aan meewerken.

**Het gebiedsteam**
Over het gebiedsteam zelf is Tineke positief: bereikbaar, dichtbij, geen gedoe. Wel merkte ze dat er veel wisselingen waren. In een jaar had ze drie contactpersonen. Sjoukje zegt dat het team onder druk staat door verloop en ziekte. Ze wil dat het team kleiner wordt in takenpakket, niet in mensen.

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
                    (
                        "Tineke Postma",
                        "Dan moet de regio ook maar eens aan onze keukentafel komen zitten.",
                        "Over regionale contracten",
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

**Resultaat**
De moderator vraagt wat ‘resultaat’ betekent in de jeugdhulp. Wytze: dat een kind weer naar school gaat, dat een gezin weer zelf verder kan. Douwe: dat is lastig te meten, en de raad wil cijfers. Ze zoeken samen naar een paar eenvoudige indicatoren die wel iets zeggen, zoals het aantal gezinnen dat binnen een jaar opnieuw hulp vraagt.
Wytze waarschuwt dat indicatoren snel een doel op zich worden. Hij wil dat de verhalen van gezinnen ook meetellen. Douwe stelt voor om elk jaar een paar gezinnen te laten vertellen aan de raad wat de hulp heeft opgeleverd.

**Gebiedsteams en aanbieders**
Douwe vertelt dat de gebiedsteams veel verantwoordelijkheden hebben gekregen. Wytze merkt dat de teams soms zelf hulp gaan bieden terwijl een aanbieder het beter zou kunnen, en andersom. Ze willen duidelijkere afspraken over wie wat doet, maar zonder schotten. Douwe: het gaat om het gesprek tussen professionals, niet om de regels.

**De landelijke hervorming**
Over de landelijke hervormingsagenda zijn ze voorzichtig. Wytze is bang voor weer een nieuwe ronde van aanbesteden. Douwe hoopt dat de agenda ruimte geeft om langer met dezelfde partners te werken. Beide vinden dat de gemeente eerst de basis op orde moet hebben voordat er weer iets nieuws komt.

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
