"""Demo data of Starten: an invented expert pool, expertteams, stakeholder maps, bijeenkomsten,
kernvraag and aanpak, B&W dates and phase transitions for the Tabel 1 trajecten, plus three invented
lopende trajecten so that every phase has one. Idempotent: natural keys, get_or_create/update.
"""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from trajecten.data.tabel1 import EXTRA_BIJEENKOMSTEN, TRAJECTEN
from trajecten.fasen import VOLGORDE
from trajecten.models import (
    Beleidsthema,
    Betrokkene,
    Bijeenkomst,
    ExpertProfiel,
    Fase,
    FaseOvergang,
    Gemeente,
    Perspectief,
    Rol,
    Status,
    Traject,
    TrajectRol,
)
from visieleren.accounts.models import User

# Invented people: no real expert of the report's bijlage 2.
EXPERTS = [
    (
        "anouk.vandermeer@expert.visieleren.test",
        "Anouk van der Meer",
        "Bureau Toegangskracht",
        ["toegang", "wmo"],
        "gebiedsteams, procesontwerp",
    ),
    (
        "joost.hendriks@expert.visieleren.test",
        "Joost Hendriks",
        "Lectoraat Sociaal Werk",
        ["jeugd", "toegang"],
        "jeugdhulpstelsel, onderzoek",
    ),
    (
        "fatima.elamrani@expert.visieleren.test",
        "Fatima El Amrani",
        "Stichting Inwonerskracht",
        ["inwonerbetrokkenheid"],
        "ervaringsdeskundigheid, participatie",
    ),
    (
        "pieter.bosma@expert.visieleren.test",
        "Pieter Bosma",
        "Gemeente Noorderveld (oud-manager)",
        ["toegang", "participatiewet"],
        "regionale samenwerking, sturing",
    ),
    (
        "lisa.dejong@expert.visieleren.test",
        "Lisa de Jong",
        "Adviesgroep Schuldenvrij",
        ["schuldhulpverlening", "participatiewet"],
        "bestaanszekerheid",
    ),
    (
        "ruud.vandijk@expert.visieleren.test",
        "Ruud van Dijk",
        "Zorgcoöperatie Midden",
        ["wmo", "jeugd"],
        "zorgaanbieders, inkoop",
    ),
]
# The demo accounts of trajecten.demo that also sit in the pool.
DEMO_EXPERTS = {
    "expert@visieleren.test": ("Expertpool Visieleren", ["toegang", "jeugd", "wmo"], "duo-interviews"),
    "moderator@visieleren.test": ("VNG Platform Sociaal Domein", ["toegang", "inwonerbetrokkenheid"], "moderatie"),
}

# The kernvraag as the kick-off sharpened it (invented; Tabel 1 gives only the thema/vraagstuk). Westland
# was cancelled before a kick-off, so it has none.
KERNVRAGEN = {
    "Schouwen-Duiveland (pilot)": "Hoe organiseren we de toegang dicht bij inwoners in de kernen, zodat het "
    "gebiedsteam weet wat er in het gebied speelt en inwoners weten waar ze terechtkunnen?",
    "West Brabant Oost": "Welke onderdelen van de toegang maken we regionaal gelijk, en waar houdt elke gemeente "
    "ruimte voor een eigen, lokale invulling?",
    "Ermelo Harderwijk Zeewolde": "Welke leidende principes voor de toegang nemen we op in de visienota sociaal "
    "domein, en wat betekenen die voor de inrichting van de toegangsorganisatie?",
    "Oldenzaal": "Welke rol geven we het Sociaal plein in het sociaal domein van Oldenzaal?",
    "Stede Broec, Enkhuizen, Drechterland": "Hoe brengen we de wachttijden in de toegang terug door de werkprocessen "
    "van de drie gemeenten te harmoniseren, zonder de lokale herkenbaarheid te verliezen?",
    "Hoorn": "Hoe werken de lokale teams integraal en actief, en welke werkprocessen hebben ze daarvoor nodig?",
    "Twenterand": "Hoe maken we de toegang duurzaam en toekomstbestendig, uitgaande van de hulpvragen van inwoners "
    "en de opdracht van de Hervormingsagenda?",
    "Súdwest-Fryslân": "Hoe houden we het lokale jeugdhulpstelsel duurzaam, nu de gebiedsteams veel taken hebben, de "
    "zorgvraag hoog is en er nieuwe landelijke verantwoordelijkheden bijkomen?",
    "Lochem": "Hoe maken we de toegang tot schuldhulp laagdrempeliger?",
    "Heusden": "Hoe betrekken we inwoners bij de herinrichting van het sociaal team?",
    "Noardeast-Fryslân": "Hoe sluiten Wmo en participatiewet beter op elkaar aan in de dorpen?",
}

# Three invented lopende trajecten: (titel, gemeente, cbs, fase, weken geleden gestart, vraagstuk, beleidsthema's).
# Lochem is still starting: its kick-off lies ahead (a negative number of weeks ago).
EXTRA_TRAJECTEN = [
    (
        "Lochem",
        "Lochem",
        "GM0262",
        Fase.STARTEN,
        -3,
        "Hoe maken we de toegang tot schuldhulp laagdrempeliger?",
        ["schuldhulpverlening", "toegang"],
    ),
    (
        "Heusden",
        "Heusden",
        "GM0797",
        Fase.LUISTEREN,
        7,
        "Hoe betrekken we inwoners bij de herinrichting van het sociaal team?",
        ["inwonerbetrokkenheid", "toegang"],
    ),
    (
        "Noardeast-Fryslân",
        "Noardeast-Fryslân",
        "GM1970",
        Fase.ONTWERPEN,
        13,
        "Hoe sluiten Wmo en participatiewet beter op elkaar aan in de dorpen?",
        ["wmo", "participatiewet"],
    ),
]

# (functie, organisatie, perspectief, intern); maps leave the last perspective(s) empty to show gaps.
BETROKKENEN = [
    ("Wethouder sociaal domein", "Gemeente", Perspectief.BESTUUR, True),
    ("Beleidsadviseur toegang", "Gemeente", Perspectief.BELEID, True),
    ("Teamleider sociaal team", "Gemeente", Perspectief.UITVOERING, True),
    ("Consulent Wmo", "Gemeente", Perspectief.UITVOERING, True),
    ("Lid adviesraad sociaal domein", "Adviesraad Sociaal Domein", Perspectief.INWONER, False),
    ("Coördinator welzijn", "Stichting Welzijn", Perspectief.MAATSCHAPPELIJK, False),
    ("Manager jeugdhulp", "Jeugdhulpaanbieder De Brug", Perspectief.ZORGAANBIEDER, False),
]
VOORNAMEN = ["Sanne", "Mehmet", "Eva", "Bram", "Naima", "Koen", "Ilse", "Daan", "Yara", "Thijs"]
ACHTERNAMEN = ["Visser", "Yilmaz", "Mulder", "de Boer", "Bakker", "Smit", "Peters", "Kok", "Jansen", "Vos"]


def laden(demo: dict) -> None:
    pool = _expertpool()
    extra = _extra_trajecten()
    demo["trajecten_extra"] = extra
    alle = {**demo["trajecten"], **{100 + i: t for i, t in enumerate(extra)}}
    for nummer, traject in alle.items():
        _startgegevens(traject)
        _expertteam(traject, pool, nummer)
        _betrokkenen(traject, nummer)
        _bijeenkomsten(traject)
        _faseovergangen(traject)
    # The demo expert also moderates the traject that is still starting, so "Mijn trajecten" shows it.
    expert = User.objects.filter(email="expert@visieleren.test").first()
    if expert:
        for traject in extra:
            if traject.fase == Fase.STARTEN:
                TrajectRol.objects.get_or_create(
                    user=expert, traject=traject, rol=Rol.MODERATOR, defaults={"melding_verstuurd_op": timezone.now()}
                )


def _expertpool() -> list[User]:
    themas = {t.slug: t for t in Beleidsthema.objects.all()}
    pool = []
    for email, naam, organisatie, slugs, tags in EXPERTS:
        user, aangemaakt = User.objects.get_or_create(email=email, defaults={"naam": naam, "organisatie": organisatie})
        if aangemaakt:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        pool.append(_profiel(user, organisatie, [themas[s] for s in slugs if s in themas], tags))
    for email, (organisatie, slugs, tags) in DEMO_EXPERTS.items():
        user = User.objects.filter(email=email).first()
        if user:
            _profiel(user, organisatie, [themas[s] for s in slugs if s in themas], tags)
    return pool


def _profiel(user, organisatie, expertise, tags) -> User:
    profiel, _ = ExpertProfiel.objects.update_or_create(user=user, defaults={"organisatie": organisatie, "tags": tags})
    profiel.expertise.set(expertise)
    return user


def _extra_trajecten() -> list[Traject]:
    vandaag = timezone.localdate()
    themas = {t.slug: t for t in Beleidsthema.objects.all()}
    trajecten = []
    for titel, gemeente_naam, cbs, fase, weken, vraagstuk, slugs in EXTRA_TRAJECTEN:
        gemeente, _ = Gemeente.objects.get_or_create(naam=gemeente_naam, defaults={"cbs_code": cbs})
        start = vandaag - timedelta(weeks=weken)
        traject, _ = Traject.objects.update_or_create(
            titel=titel,
            defaults={
                "vraagstuk": vraagstuk,
                "status": Status.LOPEND,
                "fase": fase,
                "geplande_start": start,
                "geplande_eind": start + timedelta(weeks=24),
                "werkelijke_start": start if fase != Fase.STARTEN else None,
            },
        )
        traject.gemeenten.set([gemeente])
        traject.beleidsthemas.set([themas[s] for s in slugs if s in themas])
        trajecten.append(traject)
    return trajecten


def _start(traject) -> date:
    return traject.werkelijke_start or traject.geplande_start or timezone.localdate()


def _voorbij(traject) -> list[Fase]:
    """The phases the traject has already left (all of them when it is afgerond)."""
    index = VOLGORDE.index(Fase(traject.fase))
    return VOLGORDE[: index + (1 if traject.status == Status.AFGEROND else 0)]


def _startgegevens(traject: Traject) -> None:
    if traject.status == Status.GEANNULEERD or (traject.fase == Fase.STARTEN and traject.titel != "Lochem"):
        return
    velden = {
        "kernvraag": KERNVRAGEN.get(traject.titel) or traject.kernvraag,
        "aanpak": traject.aanpak
        or "Kick-off met bestuur en kernteam; duo-interviews tussen perspectieven; synthese door moderatoren "
        "en expertteam; ontwerpsessie; eindrapportage en borgingsessie.",
    }
    if traject.fase != Fase.STARTEN:
        velden["bw_besluit_op"] = traject.bw_besluit_op or _start(traject) - timedelta(days=14)
    Traject.objects.filter(pk=traject.pk).update(**velden)
    traject.refresh_from_db()


def _expertteam(traject: Traject, pool: list[User], nummer: int) -> None:
    if traject.status == Status.GEANNULEERD or traject.titel == "Lochem":
        return
    experts = [pool[nummer % len(pool)], pool[(nummer + 2) % len(pool)]]
    for expert in experts:
        TrajectRol.objects.get_or_create(
            user=expert, traject=traject, rol=Rol.EXPERT, defaults={"melding_verstuurd_op": timezone.now()}
        )
    TrajectRol.objects.get_or_create(
        user=pool[(nummer + 4) % len(pool)],
        traject=traject,
        rol=Rol.MODERATOR,
        defaults={"melding_verstuurd_op": timezone.now()},
    )


def _betrokkenen(traject: Traject, nummer: int) -> None:
    if traject.status == Status.GEANNULEERD or traject.persoonsgegevens_verwijderd_op:
        return  # nothing to map, or past the retention period: names must not come back
    # Leave a gap in some maps so the demo shows it.
    aantal = len(BETROKKENEN) - (nummer % 3)
    gemeente = traject.gemeenten_tekst.split(",")[0]
    for i, (functie, organisatie, perspectief, intern) in enumerate(BETROKKENEN[:aantal]):
        naam = f"{VOORNAMEN[(nummer + i) % len(VOORNAMEN)]} {ACHTERNAMEN[(nummer * 3 + i) % len(ACHTERNAMEN)]}"
        slug = naam.lower().replace(" ", ".")
        Betrokkene.objects.update_or_create(
            traject=traject,
            naam=naam,
            defaults={
                "functie": functie,
                "organisatie": f"Gemeente {gemeente}" if organisatie == "Gemeente" else organisatie,
                "perspectief": perspectief,
                "intern": intern,
                "email": f"{slug}@voorbeeld.nl",
                "telefoon": f"06-{12345600 + nummer * 10 + i}",
            },
        )


def _moment(dag: date, uur: int) -> datetime:
    return timezone.make_aware(datetime.combine(dag, time(uur, 0)))


def _bijeenkomsten(traject: Traject) -> None:
    if traject.status == Status.GEANNULEERD:
        return
    start = _start(traject)
    gemeente = traject.gemeenten_tekst.split(",")[0]
    plan = [
        (
            Bijeenkomst.Soort.KICKOFF,
            start + timedelta(days=7),
            "Kennismaken, kernvraag aanscherpen, verwachtingen afspreken.",
        )
    ]
    voorbij = _voorbij(traject)
    if Fase.STARTEN in voorbij:
        plan.append((Bijeenkomst.Soort.INTERVIEWSDAG, start + timedelta(weeks=5), "Duo-interviews in drie rondes."))
    if Fase.LUISTEREN in voorbij:
        plan.append(
            (
                Bijeenkomst.Soort.ONTWERPSESSIE,
                start + timedelta(weeks=10),
                "Reflectie op de inzichten; oplossingsrichting.",
            )
        )
    if traject.status == Status.AFGEROND:
        plan.append(
            (
                Bijeenkomst.Soort.BORGINGSESSIE,
                start + timedelta(weeks=16),
                "Eindrapportage bespreken en afspraken borgen.",
            )
        )
    elif traject.status == Status.LOPEND and traject.fase == Fase.BORGEN:
        plan.append(
            (Bijeenkomst.Soort.BORGINGSESSIE, timezone.localdate() + timedelta(weeks=3), "Eindrapportage bespreken.")
        )
    elif traject.status == Status.LOPEND and traject.fase == Fase.LUISTEREN:
        plan.append(
            (Bijeenkomst.Soort.INTERVIEWSDAG, timezone.localdate() + timedelta(days=10), "Tweede ronde duo-interviews.")
        )
    elif traject.status == Status.LOPEND and traject.fase == Fase.ONTWERPEN:
        plan.append(
            (
                Bijeenkomst.Soort.ONTWERPSESSIE,
                timezone.localdate() + timedelta(days=12),
                "Ontwerpsessie met alle perspectieven.",
            )
        )
    for nummer, soort, weken in EXTRA_BIJEENKOMSTEN:
        if traject.titel == TABEL1_TITELS[nummer]:
            dag = start + timedelta(weeks=weken) if weken else timezone.localdate() + timedelta(days=10)
            plan.append((soort, dag, EXTRA_AGENDA[soort]))
    for soort, dag, agenda in plan:
        begin = _moment(dag, 9 if soort != Bijeenkomst.Soort.BORGINGSESSIE else 14)
        bijeenkomst, aangemaakt = Bijeenkomst.objects.update_or_create(
            traject=traject,
            soort=soort,
            agenda=agenda,
            defaults={
                "begin": begin,
                "eind": begin + timedelta(hours=3),
                "plaats": f"Gemeentehuis {gemeente}",
                "verslag": "Goede opkomst; afspraken staan in de actielijst." if dag < timezone.localdate() else "",
            },
        )
        if aangemaakt:
            bijeenkomst.betrokkenen.set(traject.betrokkenen.all()[:4])
            bijeenkomst.deelnemers.set(User.objects.filter(trajectrollen__traject=traject).distinct())


TABEL1_TITELS = {t[0]: t[1] for t in TRAJECTEN}
EXTRA_AGENDA = {
    Bijeenkomst.Soort.WERKBEZOEK: "Werkbezoek aan de toegang: meelopen met het toegangsteam en nagesprek.",
    Bijeenkomst.Soort.INWONERSSESSIE: "Inwoners toetsen de uitgangspunten voor de toegang aan hun eigen ervaring.",
}


def _faseovergangen(traject: Traject) -> None:
    """Transitions consistent with status and fase; fase_sinds follows the last one."""
    start = _start(traject)
    stappen = []
    for i, fase in enumerate(_voorbij(traject)):
        naar = VOLGORDE[i + 1] if i + 1 < len(VOLGORDE) else None
        if naar:
            stappen.append((fase, naar, start + timedelta(weeks=[3, 8, 12][i])))
    if traject.status == Status.LOPEND and stappen:
        # The last step recently, so the demo's lopende trajecten are not flagged at first start.
        van, naar, _ = stappen[-1]
        stappen[-1] = (van, naar, timezone.localdate() - timedelta(weeks=2))
    if traject.status != Status.LOPEND:
        stappen.append((traject.fase, traject.status, traject.werkelijke_eind or traject.geplande_eind or start))
    for van, naar, dag in stappen:
        FaseOvergang.objects.update_or_create(
            traject=traject,
            van=van,
            naar=naar,
            defaults={
                "op": _moment(dag, 12),
                "toelichting": traject.reden_einde if naar in (Status.GESTOPT, Status.GEANNULEERD) else "",
            },
        )
    laatste = traject.faseovergangen.order_by("-op").first()
    fase_sinds = laatste.op if laatste else _moment(min(start, timezone.localdate() - timedelta(weeks=1)), 9)
    Traject.objects.filter(pk=traject.pk).update(fase_sinds=fase_sinds)
