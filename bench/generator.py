"""A reproducible (seeded) data set for `make bench`, loaded with PostgreSQL COPY.

``nationaal``: 400 trajecten, ~20,000 interviews, 200,000 citaten and ~820,000 taggings (plus 84,000
beoordelingen), with one traject of 100,000 quotes, a few of 2,000–20,000 and a long tail of small ones
(how the material looks when the VNG runs this for every gemeente that asks). ``klein``: the same shape
at a tenth, for quick runs.

The set is loaded once per database and reused: the table ``bench_generator`` holds the generator
version, scale, seed and the load time. A different version or scale rebuilds the database.
"""

import random
import time
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import connection, transaction
from django.utils import timezone

VERSIE = "4"  # 4: UUIDs per row, perspective snapshots and consent scopes of the current schema
SEED = 20261130


@dataclass(frozen=True)
class Schaal:
    trajecten: int
    citaten: int
    # Quote counts of the named large trajecten; the rest share what is left.
    grote: tuple[int, ...]
    # Extra interviews with exactly this many quotes (the interview page), in the traject of grote[-1].
    lange_interviews: tuple[int, ...] = (250, 1000)
    expert_trajecten: int = 50


SCHALEN = {
    "nationaal": Schaal(trajecten=400, citaten=200_000, grote=(100_000, 20_000, 10_000, 5_000, 2_000)),
    "klein": Schaal(trajecten=40, citaten=20_000, grote=(10_000, 2_000), expert_trajecten=20),
}

VOORNAMEN = [
    "Jan",
    "Piet",
    "Kees",
    "Anouk",
    "Fatima",
    "Mohammed",
    "Sanne",
    "Lotte",
    "Daan",
    "Bram",
    "Emma",
    "Sophie",
    "Noah",
    "Lucas",
    "Julia",
    "Mila",
    "Sem",
    "Tess",
    "Finn",
    "Yara",
    "Ahmed",
    "Ilse",
    "Henk",
    "Joke",
    "Ria",
    "Gerrit",
    "Priya",
    "Chen",
    "Olga",
    "Marek",
    "Inge",
    "Wim",
    "Lisa",
    "Ruben",
    "Eva",
    "Thijs",
    "Noor",
    "Karim",
    "Floor",
]
ACHTERNAMEN = [
    "Jansen",
    "de",
    "Vries",
    "van",
    "den",
    "Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de",
    "Boer",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Dekker",
    "Brouwer",
    "de",
    "Wit",
    "Dijkstra",
    "Smits",
    "de",
    "Graaf",
    "van",
    "der",
    "Meer",
    "Kok",
    "Jacobs",
    "Vermeulen",
    "van",
    "Dijk",
    "Yilmaz",
    "El",
    "Amrani",
    "Hoekstra",
    "Koster",
    "Prins",
    "Huisman",
    "Kuipers",
    "Veenstra",
    "Maas",
    "Schouten",
]
ONDERWERPEN = [
    "de wachttijd voor een keukentafelgesprek",
    "de toegang tot schuldhulpverlening",
    "het wijkteam",
    "de samenwerking met de huisarts",
    "de regels rond de bijstand",
    "het vervoer naar de dagbesteding",
    "de brief van de gemeente",
    "de mantelzorgers in de wijk",
    "de jeugdhulp op school",
    "het loket in het stadhuis",
    "de wachtlijst voor een woning",
    "de buurtcoach",
]
OORDELEN = [
    "is te lang en niemand legt uit waarom",
    "werkt goed als je elkaar kent",
    "voelt als een doolhof voor inwoners",
    "geeft ons te weinig ruimte om te doen wat nodig is",
    "is een dilemma: we willen maatwerk maar moeten gelijk behandelen",
    "verbetert sinds we samen aan tafel zitten",
    "kost inwoners veel energie en vertrouwen",
    "is onduidelijk voor de mensen die het het hardst nodig hebben",
]


def _zin(rng: random.Random, namen: list[str]) -> str:
    zin = f"{rng.choice(ONDERWERPEN).capitalize()} {rng.choice(OORDELEN)}."
    if namen and rng.random() < 0.25:
        zin = f"Volgens {rng.choice(namen)} {zin[0].lower()}{zin[1:]}"
    if rng.random() < 0.3:
        zin += f" Dat merken we elke week bij {rng.choice(ONDERWERPEN)}."
    return zin


def _quote_aantallen(rng: random.Random, schaal: Schaal) -> list[int]:
    """Quotes per traject: the large ones first, then a long tail (log-normal, at least 20)."""
    rest_aantal = schaal.trajecten - len(schaal.grote)
    rest_totaal = schaal.citaten - sum(schaal.grote)
    gewichten = [rng.lognormvariate(0, 1) for _ in range(rest_aantal)]
    som = sum(gewichten)
    rest = [max(20, int(rest_totaal * g / som)) for g in gewichten]
    return [*schaal.grote, *rest]


def _copy(model, rijen) -> int:
    """COPY dicts into ``model``'s table; missing columns get the model field's default. Returns the row count."""
    nu = timezone.now()
    velden = [f for f in model._meta.concrete_fields]
    kolommen = ", ".join(connection.ops.quote_name(f.column) for f in velden)
    standaard = {"id": None}
    for f in velden:
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            standaard[f.attname] = nu
        elif not f.primary_key:
            standaard[f.attname] = f.get_default()  # "" for a blank text field without a default
    # A callable default (a UUID per row, for instance) is called for every row, not once.
    per_rij = {f.attname: f.default for f in velden if f.has_default() and callable(f.default)}
    n = 0
    with connection.cursor() as cursor:
        sql = f"COPY {connection.ops.quote_name(model._meta.db_table)} ({kolommen}) FROM STDIN"
        with cursor.cursor.copy(sql) as copy:
            for rij in rijen:
                copy.write_row(
                    [
                        rij[f.attname] if f.attname in rij else per_rij[f.attname]() if f.attname in per_rij
                        else standaard[f.attname]
                        for f in velden
                    ]
                )  # fmt: skip
                n += 1
    return n


def _volgende_id(model) -> int:
    with connection.cursor() as cursor:
        tabel = connection.ops.quote_name(model._meta.db_table)
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {tabel}")  # noqa: S608 (a model's table name)
        return cursor.fetchone()[0]


def _sequence_bij(model) -> None:
    tabel = model._meta.db_table
    with connection.cursor() as cursor:
        sql = f"SELECT setval(pg_get_serial_sequence('{tabel}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {tabel}))"  # noqa: S608
        cursor.execute(sql)  # a model's table name, not user input


def marker() -> dict | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('bench_generator')")
        if cursor.fetchone()[0] is None:
            return None
        cursor.execute("SELECT versie, schaal, seed, laadtijd, aangemaakt_op, aantallen FROM bench_generator")
        rij = cursor.fetchone()
    if rij is None:
        return None
    return dict(zip(["versie", "schaal", "seed", "laadtijd", "aangemaakt_op", "aantallen"], rij, strict=True))


@transaction.atomic
def genereer(schaal_naam: str, seed: int = SEED) -> dict:
    """Load the whole set; returns counts and the seconds it took. Expects a freshly migrated database."""
    from interviews.models import Beoordeling, Citaat, Code, Deelnemer, Interview, Memo, Tagging
    from trajecten.models import Aanmelding, Betrokkene, Gemeente, Rol, Traject, TrajectRol
    from trajecten.models.aanmelding import AanmeldingStatus
    from trajecten.models.traject import Fase, Status
    from visieleren.accounts.models import User

    begin = time.perf_counter()
    schaal = SCHALEN[schaal_naam]
    rng = random.Random(seed)
    nu = timezone.now()
    vandaag = date(2026, 11, 1)

    # People: a few team members, a pool of experts; the bench expert holds a role on `expert_trajecten`.
    team = [User(email=f"team{i}@bench.example", naam=f"Teamlid {i}", is_team=True) for i in range(5)]
    experts = [User(email=f"expert{i}@bench.example", naam=f"Expert {i:03d}") for i in range(300)]
    for user in (*team, *experts):
        user.set_unusable_password()
    User.objects.bulk_create([*team, *experts])
    bench_expert = experts[0]

    aantallen = _quote_aantallen(rng, schaal)
    gemeenten = list(Gemeente.objects.values_list("pk", flat=True)) or [
        Gemeente.objects.create(naam="Benchgemeente").pk
    ]
    trajecten = Traject.objects.bulk_create(
        Traject(
            titel=f"Traject {i:03d} ({n} citaten)",
            vraagstuk="Hoe richten we de toegang in met inwoners?",
            status=Status.LOPEND if i % 4 else Status.AFGEROND,
            fase=Fase.LUISTEREN,
            geplande_start=vandaag - timedelta(days=rng.randint(0, 900)),
        )
        for i, n in enumerate(aantallen)
    )
    Traject.gemeenten.through.objects.bulk_create(
        Traject.gemeenten.through(traject_id=t.pk, gemeente_id=rng.choice(gemeenten)) for t in trajecten
    )

    # Roles: 2–3 experts per traject (taggers); the bench expert on the large ones and a spread of others.
    expert_trajecten = set(range(len(schaal.grote))) | set(
        rng.sample(range(len(schaal.grote), len(trajecten)), schaal.expert_trajecten - len(schaal.grote))
    )
    taggers: dict[int, list[int]] = {}
    rollen = []
    for i, traject in enumerate(trajecten):
        gekozen = rng.sample(experts[1:], rng.randint(2, 3))
        if i in expert_trajecten:
            gekozen = [bench_expert, *gekozen]
        taggers[traject.pk] = [u.pk for u in gekozen]
        rollen += [TrajectRol(traject=traject, user=u, rol=Rol.EXPERT) for u in gekozen]
    TrajectRol.objects.bulk_create(rollen)

    # Codes: the shared codebook from the migrations, plus 3 traject codes per traject. Usage is Zipf-like.
    gedeeld = list(Code.objects.filter(traject=None).order_by("pk").values_list("pk", flat=True))
    trajectcodes = Code.objects.bulk_create(
        Code(groep=Code.Groep.TRAJECT, traject=t, naam=f"Trajectcode {j}") for t in trajecten for j in range(3)
    )
    codes_per_traject: dict[int, list[int]] = {t.pk: [] for t in trajecten}
    for code in trajectcodes:
        codes_per_traject[code.traject_id].append(code.pk)
    volgorde = gedeeld[:]
    rng.shuffle(volgorde)
    gedeeld_gewicht = {pk: 1 / (rang + 1) ** 0.8 for rang, pk in enumerate(volgorde)}

    # Betrokkenen and deelnemers: up to 1,000 per traject (one per 4 interviews).
    betrokkenen, per_traject_n = [], {}
    for traject, n in zip(trajecten, aantallen, strict=True):
        per_traject_n[traject.pk] = max(6, min(1000, n // 40))
        for j in range(per_traject_n[traject.pk]):
            betrokkenen.append(
                Betrokkene(
                    traject=traject,
                    naam=f"{rng.choice(VOORNAMEN)} {rng.choice(ACHTERNAMEN)}",
                    perspectief=rng.choice(["inwoner", "uitvoering", "beleid", "bestuur"]),
                    email=f"b{traject.pk}-{j}@bench.example",
                )
            )
    Betrokkene.objects.bulk_create(betrokkenen, batch_size=5000)
    deelnemers = Deelnemer.objects.bulk_create(
        (
            Deelnemer(
                traject_id=b.traject_id,
                betrokkene=b,
                pseudoniem=f"Deelnemer {j}",
                perspectief=b.perspectief,  # the snapshot (bulk_create skips save())
                toestemming_op=vandaag,
                toestemming_traject_op=vandaag,
                toestemming_eindrapportage_op=vandaag,
                toestemming_landelijk_op=vandaag,
            )
            for j, b in enumerate(betrokkenen)
        ),
        batch_size=5000,
    )
    deelnemers_van: dict[int, list[Deelnemer]] = {}
    for d in deelnemers:
        deelnemers_van.setdefault(d.traject_id, []).append(d)
    namen_van = {d.pk: b.naam for d, b in zip(deelnemers, betrokkenen, strict=True)}

    # Interviews and quotes, in memory in interview order, then COPY.
    interview_id, citaat_id = _volgende_id(Interview), _volgende_id(Citaat)
    interviews, citaten = [], []
    lang_traject = len(schaal.grote) - 1
    for i, (traject, n) in enumerate(zip(trajecten, aantallen, strict=True)):
        groottes = []
        if i == lang_traject:
            groottes += list(schaal.lange_interviews)
            n -= sum(schaal.lange_interviews)
        while n > 0:
            groottes.append(min(n, rng.randint(4, 16)))
            n -= groottes[-1]
        pool = deelnemers_van[traject.pk]
        pool_namen = [namen_van[d.pk] for d in pool[:50]]
        for grootte in groottes:
            a, b = rng.sample(pool, 2)
            regels, positie = [], 0
            for _ in range(grootte):
                if rng.random() < 0.3:  # a line that is not quoted
                    regel = _zin(rng, pool_namen)
                    regels.append(regel)
                    positie += len(regel) + 1
                regel = _zin(rng, pool_namen)
                citaten.append(
                    {
                        "id": citaat_id,
                        "interview_id": interview_id,
                        "tekst": regel,
                        "begin": positie,
                        "eind": positie + len(regel),
                        "spreker_id": rng.choice((a.pk, b.pk)),
                        "context": regel[:120],
                        "anker": Citaat.Anker.OK,
                        "gemaakt_op": nu,
                        "_traject": traject.pk,
                    }
                )
                citaat_id += 1
                regels.append(regel)
                positie += len(regel) + 1
            interviews.append(
                {
                    "id": interview_id,
                    "traject_id": traject.pk,
                    "datum": vandaag - timedelta(days=rng.randint(0, 700)),
                    "deelnemer_a_id": a.pk,
                    "deelnemer_b_id": b.pk,
                    "notities": "\n".join(regels),
                    "notities_bijgewerkt_op": nu,
                    "aangemaakt_op": nu,
                }
            )
            interview_id += 1
    n_interviews = _copy(Interview, interviews)
    n_citaten = _copy(Citaat, citaten)
    del interviews

    # Taggings: 15 % of quotes untagged, the rest 1–12 distinct codes (about 5 on average), 4 % removed.
    tagging_id = _volgende_id(Tagging)
    taggings, beoordelingen, memos = [], [], []
    beoordeling_id, memo_id = _volgende_id(Beoordeling), _volgende_id(Memo)
    for citaat in citaten:
        traject_pk = citaat["_traject"]
        if rng.random() < 0.15:
            continue
        kandidaten = gedeeld + codes_per_traject[traject_pk]
        gewichten = [gedeeld_gewicht.get(pk, 0.15) for pk in kandidaten]
        aantal = min(len(kandidaten), 1 + int(rng.expovariate(1 / 4.5)))
        gekozen = set()
        while len(gekozen) < aantal:
            gekozen.update(rng.choices(kandidaten, gewichten, k=aantal - len(gekozen)))
        mensen = taggers[traject_pk]
        door = rng.choice(mensen)
        for code_pk in gekozen:
            verwijderd = rng.random() < 0.04
            taggings.append(
                {
                    "id": tagging_id,
                    "citaat_id": citaat["id"],
                    "code_id": code_pk,
                    "door_id": door,
                    "op": nu,
                    "verwijderd_op": nu if verwijderd else None,
                    "verwijderd_door_id": door if verwijderd else None,
                }
            )
            tagging_id += 1
        # A second expert reviews 10 % of the tagged quotes.
        if rng.random() < 0.10:
            beoordelaar = next(u for u in mensen if u != door)
            for code_pk in gekozen:
                beoordelingen.append(
                    {
                        "id": beoordeling_id,
                        "citaat_id": citaat["id"],
                        "code_id": code_pk,
                        "oordeel": "eens" if rng.random() < 0.85 else "oneens",
                        "door_id": beoordelaar,
                        "op": nu,
                    }
                )
                beoordeling_id += 1
        if rng.random() < 0.02:
            memos.append(
                {
                    "id": memo_id,
                    "citaat_id": citaat["id"],
                    "traject_id": citaat["_traject"],
                    "tekst": "Opvallend: komt vaker terug.",
                    "op": nu,
                }
            )
            memo_id += 1
    n_taggings = _copy(Tagging, taggings)
    n_beoordelingen = _copy(Beoordeling, beoordelingen)
    n_memos = _copy(Memo, memos)
    for model in (Interview, Citaat, Tagging, Beoordeling, Memo):
        _sequence_bij(model)

    # Aanmeldingen in every status for the team's inbox.
    statussen = list(AanmeldingStatus.values)
    Aanmelding.objects.bulk_create(
        (
            Aanmelding(
                contact_naam=f"{rng.choice(VOORNAMEN)} {rng.choice(ACHTERNAMEN)}",
                contact_functie="Beleidsadviseur sociaal domein",
                contact_email=f"contact{i}@gemeente.example",
                contact_telefoon="070 373 8393",
                vraag=f"Hoe verbeteren we de toegang tot schuldhulp? ({i})",
                context="De wachttijden lopen op.",
                toestemming_op=nu,
                status=statussen[i % len(statussen)],
                dubbel_sleutel=f"bench-{i}",
            )
            for i in range(2000)
        ),
        batch_size=1000,
    )

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    laadtijd = time.perf_counter() - begin
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE bench_generator (versie text, schaal text, seed bigint, laadtijd double precision, "
            "aangemaakt_op timestamptz, aantallen text)"
        )
        cursor.execute(
            "INSERT INTO bench_generator VALUES (%s, %s, %s, %s, now(), %s)",
            [
                VERSIE,
                schaal_naam,
                seed,
                laadtijd,
                f"{len(trajecten)} trajecten, {n_interviews} interviews, {n_citaten} citaten, "
                f"{n_taggings} taggings, {n_beoordelingen} beoordelingen, {n_memos} memo's",
            ],
        )
    return {"laadtijd": laadtijd, "citaten": n_citaten, "taggings": n_taggings, "interviews": n_interviews}
