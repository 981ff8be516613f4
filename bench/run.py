"""`make bench`: server time (p50/p95) and query counts per page and role, on a national-scale data set.

Numbers, not pass/fail; never part of `make test`. Needs PostgreSQL: the set lives in its own database on
the server of ``DATABASE_URL`` (``bench_<schaal>``, or ``BENCH_DATABASE``), is generated once with COPY
(bench/generator.py, seeded) and reused while the generator version is the same.

    make bench                         # national: 400 trajecten, 200,000 citaten, ~820,000 taggings
    make bench BENCH_SCALE=klein       # a tenth, for quick runs
    make bench BENCH_LABEL=voor        # store this run as the "before" column (baseline)

    make bench BENCH_ALLEEN=synthese,start  # only the pages whose name contains one of these words

Other settings: BENCH_HERHALINGEN (requests per page, default 10), BENCH_SEED, BENCH_DATABASE (the
database to load the set into).
Writes bench/RESULTS.md (nationaal) or bench/RESULTS-klein.md and prints it; the raw numbers of the
"before" and "after" runs are kept in bench/metingen-<schaal>.json.

A run with ``BENCH_ALLEEN`` measures only the chosen pages (a word matches a page when its name contains
it, e.g. ``synthese``, ``start``, ``rode draden``); the jobs run only when named: ``alle-citaten`` (all
quotes of one code: the download across trajecten and the list selectors), ``namen`` (the name
matcher) and ``uitvoer`` (the files), or one file alone: ``xlsx``, ``csv``, ``qdpx``, ``kaartjes``
(``make bench BENCH_ALLEEN=xlsx,csv,alle-citaten`` measures no page at all). Its numbers are kept apart
(``deel-voor``/``deel-na`` in the JSON) and written to their own section of the results file, between
``<!-- deelmeting -->`` markers; the rest of that file stays as it is.
"""

import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

MAP = Path(__file__).resolve().parent
sys.path.insert(0, str(MAP.parent))

SCHAAL = os.environ.get("BENCH_SCALE", "nationaal")
HERHALINGEN = int(os.environ.get("BENCH_HERHALINGEN", 10))
LABEL = os.environ.get("BENCH_LABEL", "na")
if LABEL not in ("voor", "na"):
    sys.exit("BENCH_LABEL is 'voor' (de nulmeting) of 'na' (standaard)")
ALLEEN = [woord.strip().lower() for woord in os.environ.get("BENCH_ALLEEN", "").split(",") if woord.strip()]
BESTANDEN = ("xlsx", "csv", "qdpx", "kaartjes")  # the files of "uitvoer", each also to be named alone
TAKEN = ("alle-citaten", "namen", "uitvoer", *BESTANDEN)  # the jobs a partial run names to include them
ZOEKTERM = "wachttijd"
# The expert's pass over all quotes of one code is capped; the rest is extrapolated from the quotes done.
EXPERT_BUDGET_S = float(os.environ.get("BENCH_EXPERT_BUDGET", 60))


def _bench_database_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit("make bench heeft PostgreSQL nodig: zet DATABASE_URL=postgres://gebruiker@host:5432/naam")
    delen = urlsplit(url)
    naam = os.environ.get("BENCH_DATABASE") or f"bench_{SCHAAL}"
    return urlunsplit(delen._replace(path=f"/{naam}")), naam


def _beheer(url: str, sql: str) -> None:
    """Run CREATE/DROP DATABASE on the server's maintenance database (autocommit)."""
    import psycopg

    delen = urlsplit(url)
    with psycopg.connect(urlunsplit(delen._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(sql)


def _bestaat(url: str, naam: str) -> bool:
    import psycopg

    delen = urlsplit(url)
    with psycopg.connect(urlunsplit(delen._replace(path="/postgres")), autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [naam]).fetchone() is not None


BENCH_URL, BENCH_NAAM = _bench_database_url()
if not _bestaat(BENCH_URL, BENCH_NAAM):
    _beheer(BENCH_URL, f'CREATE DATABASE "{BENCH_NAAM}"')
os.environ["DATABASE_URL"] = BENCH_URL
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "visieleren.settings.test")

import warnings  # noqa: E402

import django  # noqa: E402

warnings.filterwarnings("ignore", "No directory at", UserWarning)  # static files are not collected here
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import DatabaseError, connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from bench import generator  # noqa: E402


def _vacuum() -> None:
    """What autovacuum does some time after a bulk load (visibility map, statistics), done now so every run
    measures the same state; quick when nothing changed."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def _data_klaar() -> dict:
    """Migrate, and generate the set unless this generator version already loaded it here."""
    try:
        call_command("migrate", verbosity=0, interactive=False)
    except DatabaseError as fout:
        # A bench database made by other code (e.g. before migrations were renumbered): start again.
        print(f"De benchdatabase past niet bij de migraties ({fout.__class__.__name__}): opnieuw maken")
        connection.close()
        _beheer(BENCH_URL, f'DROP DATABASE "{BENCH_NAAM}" WITH (FORCE)')
        _beheer(BENCH_URL, f'CREATE DATABASE "{BENCH_NAAM}"')
        call_command("migrate", verbosity=0, interactive=False)
    marker = generator.marker()
    if marker and marker["versie"] == generator.VERSIE and marker["schaal"] == SCHAAL:
        _vacuum()
        print(
            f"Dataset hergebruikt uit {BENCH_NAAM} (generator {marker['versie']}, "
            f"geladen in {marker['laadtijd']:.0f} s)"
        )
        return {**marker, "hergebruikt": True}
    if marker is not None:
        print(f"Dataset van een andere generatorversie ({marker['versie']}): {BENCH_NAAM} wordt opnieuw gemaakt")
        connection.close()
        _beheer(BENCH_URL, f'DROP DATABASE "{BENCH_NAAM}" WITH (FORCE)')
        _beheer(BENCH_URL, f'CREATE DATABASE "{BENCH_NAAM}"')
        call_command("migrate", verbosity=0, interactive=False)
    print(f"Dataset genereren ({SCHAAL}, seed {int(os.environ.get('BENCH_SEED', generator.SEED))}) ...", flush=True)
    uitkomst = generator.genereer(SCHAAL, seed=int(os.environ.get("BENCH_SEED", generator.SEED)))
    print(f"Geladen met COPY in {uitkomst['laadtijd']:.1f} s", flush=True)
    _vacuum()
    return {**generator.marker(), "hergebruikt": False}


def _pg_cpu_s() -> float | None:
    """CPU seconds used so far by this connection's PostgreSQL backend (from /proc; None when the server
    runs elsewhere). With the Python process's own CPU time this gives a number that shared machines do
    not inflate the way they inflate wall time."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(velden[11]) + int(velden[12])) / os.sysconf("SC_CLK_TCK")


def _meet(client, url, params=None, herhalingen=HERHALINGEN) -> dict:
    begin = time.perf_counter()
    client.get(url, params or {})  # warm-up: connection, templates, caches (its time: "eerste")
    eerste = (time.perf_counter() - begin) * 1000
    tijden, queries = [], 0
    cpu_begin, pg_begin = time.process_time(), _pg_cpu_s()
    for _ in range(herhalingen):
        with CaptureQueriesContext(connection) as ctx:
            begin = time.perf_counter()
            response = client.get(url, params or {})
            tijden.append((time.perf_counter() - begin) * 1000)
        assert response.status_code == 200, (url, params, response.status_code)
        queries = len(ctx.captured_queries)
    cpu = (time.process_time() - cpu_begin) * 1000 / herhalingen
    pg_eind = _pg_cpu_s()
    pg = (pg_eind - pg_begin) * 1000 / herhalingen if pg_begin is not None and pg_eind is not None else None
    tijden.sort()
    p95 = tijden[max(0, math.ceil(len(tijden) * 0.95) - 1)]
    return {
        "p50": round(statistics.median(tijden), 1),
        "p95": round(p95, 1),
        "eerste": round(eerste, 1),
        "queries": queries,
        "cpu_python": round(cpu, 1),
        "cpu_pg": round(pg, 1) if pg is not None else None,
    }


def _context():
    from django.db.models import Count, Q

    from interviews.models import Citaat, Code, Interview, Tagging
    from trajecten.models import Traject
    from visieleren.accounts.models import User

    schaal = generator.SCHALEN[SCHAAL]
    groot = list(Traject.objects.order_by("pk").values_list("pk", flat=True)[: len(schaal.grote)])
    maten = dict(zip(schaal.grote, groot, strict=True))
    kolommen = [n for n in (100_000, 20_000, 2_000, 10_000) if n in maten][:3]
    lang_traject = groot[-1]
    lange = {
        n: pk
        for pk, n in Interview.objects.filter(traject=lang_traject)
        .annotate(n=Count("citaten"))
        .filter(n__in=schaal.lange_interviews)
        .values_list("pk", "n")
    }
    code = (
        Tagging.objects.filter(verwijderd_op__isnull=True, code__traject=None)
        .values("code")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()["code"]
    )
    aantal = {pk: Citaat.objects.filter(interview__traject=pk).count() for pk in maten.values()}
    return {
        "team": User.objects.get(email="team0@bench.example"),
        "expert": User.objects.get(email="expert0@bench.example"),
        "maten": maten,
        "kolommen": kolommen,
        "lang_traject": lang_traject,
        "lange": lange,
        "code": Code.objects.get(pk=code),
        "code_citaten": Citaat.objects.filter(Q(taggings__code=code, taggings__verwijderd_op__isnull=True))
        .distinct()
        .count(),
        "aantal": aantal,
    }


def _paginas(ctx) -> list[tuple[str, str, str, dict]]:
    """(row name, role, url, params) per size column; sizes are filled in by the caller."""
    rijen = []
    for n in ctx["kolommen"]:
        pk = ctx["maten"][n]
        laatste = max(1, math.ceil(ctx["aantal"][pk] / 25))
        rijen += [
            ("citaten, pagina 1", n, "expert", f"/trajecten/{pk}/citaten/", {}),
            # The team sees names: the same page without the name matcher (interviews/tekst.py).
            ("citaten, pagina 1", n, "team", f"/trajecten/{pk}/citaten/", {}),
            ("citaten, laatste pagina", n, "expert", f"/trajecten/{pk}/citaten/", {"page": laatste}),
            ("citaten op code", n, "expert", f"/trajecten/{pk}/citaten/", {"code": ctx["code"].pk}),
            ("citaten zoeken (Nederlands)", n, "expert", f"/trajecten/{pk}/citaten/", {"q": ZOEKTERM}),
            ("citaten alleen ongetagd", n, "expert", f"/trajecten/{pk}/citaten/", {"ongetagd": "on"}),
            ("beoordelen", n, "expert", f"/trajecten/{pk}/beoordelen/", {}),
            ("synthese", n, "expert", f"/trajecten/{pk}/synthese/", {}),
        ]
    for n, pk in sorted(ctx["lange"].items()):
        url = f"/trajecten/{ctx['lang_traject']}/interviews/{pk}/"
        rijen.append((f"interview met {n} citaten", "", "expert", url, {}))
    rijen += [
        ("start (wat moet ik doen)", "", "expert", "/", {}),
        ("start (wat moet ik doen)", "", "team", "/", {}),
        ("codeboek", "", "team", "/codeboek/", {}),
        ("rode draden (team)", "", "team", "/rode-draden/", {}),
        ("mijn trajecten (expert op 50)", "", "expert", "/mijn-trajecten/", {}),
        ("overzicht trajecten", "", "team", "/trajecten/", {}),
        ("aanmeldingen", "", "team", "/aanmeldingen/", {}),
    ]
    return rijen


def _gekozen(paginanaam: str) -> bool:
    """Is this page part of the run (``BENCH_ALLEEN``: a word of the selection occurs in its name)?"""
    return not ALLEEN or any(woord in paginanaam.lower() for woord in ALLEEN if woord not in TAKEN)


def _taak_gekozen(taak: str) -> bool:
    return not ALLEEN or taak in ALLEEN


def _bestand_gekozen(bestand: str) -> bool:
    """A file job: in a full run, with ``uitvoer``, or named alone (``xlsx``, ``csv``, ...)."""
    return not os.environ.get("BENCH_ZONDER_UITVOER") and (_taak_gekozen("uitvoer") or bestand in ALLEEN)


def _alle_citaten_van_code(user, code, budget_s=None) -> dict:
    """Every quote with ``code`` across all trajecten the user may read, through the selectors the quote
    list uses, with text and context as this user may see them (what an export of one code does)."""
    from interviews.selectors import codeboek as selectors
    from interviews.selectors.interviews import citaat_weergaven
    from visieleren.permissions import trajecten_met_inhoud

    trajecten = list(trajecten_met_inhoud(user).filter(interviews__citaten__isnull=False).distinct())
    begin, n = time.perf_counter(), 0
    afgebroken = False
    for traject in trajecten:
        blok = []
        for citaat in selectors.citaat_list(traject=traject, filters={"code": code}).iterator(chunk_size=2000):
            blok.append(citaat)
            if len(blok) == 2000:
                n += len(citaat_weergaven(traject=traject, user=user, citaten=blok))
                blok = []
                if budget_s and time.perf_counter() - begin > budget_s:
                    afgebroken = True
                    break
        if blok and not afgebroken:
            n += len(citaat_weergaven(traject=traject, user=user, citaten=blok))
        if afgebroken or (budget_s and time.perf_counter() - begin > budget_s):
            afgebroken = True
            break
    return {"s": time.perf_counter() - begin, "n": n, "afgebroken": afgebroken}


def _taak(functie) -> dict:
    """Run ``functie`` (returns a count) twice: once for wall and CPU time (this process plus its PostgreSQL
    backend), once under tracemalloc for the peak of Python memory."""
    begin, cpu, pg = time.perf_counter(), time.process_time(), _pg_cpu_s()
    n = functie()
    duur, cpu, pg_eind = time.perf_counter() - begin, time.process_time() - cpu, _pg_cpu_s()
    tracemalloc.start()
    functie()
    _, piek = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "n": n,
        "s": round(duur, 2),
        "cpu_s": round(cpu + ((pg_eind - pg) if pg is not None and pg_eind is not None else 0), 2),
        "piek_mb": round(piek / 1e6, 1),
    }


def _schrijvers():
    """(csv_regels, xlsx_schrijven) of the downloads; on a checkout from before they existed (a baseline with
    BENCH_LABEL=voor on commit 81129ba or older) the code those views ran then, copied here."""
    try:
        from interviews.views.uitwisseling import csv_regels, xlsx_schrijven
    except ImportError:
        pass
    else:
        return csv_regels, xlsx_schrijven
    import csv
    from datetime import datetime as _datetime

    from django.utils import timezone
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from interviews.selectors.uitwisseling import KOLOMMEN
    from interviews.views.uitwisseling import _cel_tekst, _Echo, veilige_cel

    def csv_regels(rijen):
        schrijver = csv.writer(_Echo(), delimiter=";")
        yield "\ufeff"
        yield schrijver.writerow(KOLOMMEN)
        for rij in rijen:
            yield schrijver.writerow([_cel_tekst(w) for w in rij])

    def xlsx_schrijven(bestand, rijen):
        werkboek = Workbook(write_only=True)
        blad = werkboek.create_sheet("Citaten")
        blad.append(KOLOMMEN)
        for rij in rijen:
            cellen = []
            for waarde in rij:
                if isinstance(waarde, _datetime):
                    waarde = timezone.localtime(waarde).replace(tzinfo=None)
                cel = WriteOnlyCell(blad, value=veilige_cel(waarde))
                if isinstance(waarde, str):
                    cel.data_type = "s"
                cellen.append(cel)
            blad.append(cellen)
        werkboek.save(bestand)

    return csv_regels, xlsx_schrijven


def _code_export(user, code) -> int:
    """The download on the code page: every quote of ``code`` in the trajecten ``user`` may export, as the
    CSV streams it (interviews/views/uitwisseling.py); returns the number of rows."""
    from interviews.selectors.uitwisseling import code_rijen
    from visieleren.permissions import Actie, trajecten_waar

    csv_regels, _ = _schrijvers()

    n = 0

    def geteld(rijen):
        nonlocal n
        for rij in rijen:
            n += 1
            yield rij

    for _ in csv_regels(geteld(code_rijen(code=code, trajecten=trajecten_waar(user, Actie.EXPORTEREN)))):
        pass
    return n


def _code_meting(ctx) -> dict:
    from django.db.models import Q

    from interviews.models import Citaat
    from visieleren.permissions import trajecten_met_inhoud

    uit = {"code": str(ctx["code"])}
    try:
        from interviews.selectors.uitwisseling import code_rijen  # noqa: F401 (not on a checkout before it)
    except ImportError:
        rollen = ()
    else:
        rollen = ("team", "expert")
    for rol in rollen:
        uit[f"export_{rol}"] = _taak(lambda rol=rol: _code_export(ctx[rol], ctx["code"]))
        print(f"alle citaten van één code, export ({rol}): {uit[f'export_{rol}']}", flush=True)
    team = _alle_citaten_van_code(ctx["team"], ctx["code"])
    tracemalloc.start()
    _alle_citaten_van_code(ctx["team"], ctx["code"])
    _, piek = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    expert = _alle_citaten_van_code(ctx["expert"], ctx["code"], budget_s=EXPERT_BUDGET_S)
    expert_totaal = (
        Citaat.objects.filter(interview__traject__in=trajecten_met_inhoud(ctx["expert"]))
        .filter(Q(taggings__code=ctx["code"], taggings__verwijderd_op__isnull=True))
        .distinct()
        .count()
    )
    expert_s = expert["s"] if not expert["afgebroken"] else expert["s"] * expert_totaal / max(1, expert["n"])
    return {
        **uit,
        "team_citaten": team["n"],
        "team_s": round(team["s"], 2),
        "team_piek_mb": round(piek / 1e6, 1),
        "expert_citaten": expert_totaal,
        "expert_s": round(expert_s, 1),
        "expert_geextrapoleerd": expert["afgebroken"],
    }


def _uitvoer_meting(ctx) -> dict:
    """Jobs that produce files, through the code the downloads run: XLSX and CSV of the largest traject
    (interviews/views/uitwisseling.py, without names: every text through the matcher), QDPX of the
    20,000 one, 200 quote cards.

    Time (wall and CPU) is measured without tracemalloc; the peak memory in a second run with it. The
    cards are made in a transaction that is rolled back, so the bench set stays as generated.
    """
    import io
    import tempfile

    from django.db import transaction
    from django.utils import timezone

    from interviews.models import Citaat
    from interviews.refi_qda import qdpx_schrijven
    from interviews.selectors.uitwisseling import citaat_rijen, qdpx_project
    from ontwerp.models import Kaartenset
    from ontwerp.services.kaartjes import kaartjes_renderen
    from trajecten.models import Traject

    csv_regels, xlsx_schrijven = _schrijvers()

    def geteld(rijen, teller):
        for rij in rijen:
            teller[0] += 1
            yield rij

    def xlsx(traject):
        teller = [0]
        with tempfile.TemporaryFile() as f:
            xlsx_schrijven(f, geteld(citaat_rijen(traject=traject, met_namen=False), teller))
        return teller[0]

    def csv_(traject):
        teller = [0]
        for _ in csv_regels(geteld(citaat_rijen(traject=traject, met_namen=False), teller)):
            pass
        return teller[0]

    def qdpx(traject):
        project, notities = qdpx_project(traject=traject, met_namen=False)
        qdpx_schrijven(io.BytesIO(), project, code_notities=notities)
        return sum(len(b.selecties) for b in project.bronnen)

    groot = Traject.objects.get(pk=ctx["maten"][max(ctx["maten"])])
    twintig = Traject.objects.get(pk=ctx["maten"].get(20_000, max(ctx["maten"].values())))
    uitkomst = {}
    for naam, functie, traject in (("xlsx", xlsx, groot), ("csv", csv_, groot), ("qdpx", qdpx, twintig)):
        if _bestand_gekozen(naam):
            uitkomst[naam] = _taak(lambda functie=functie, traject=traject: functie(traject))
            print(f"{naam}: {uitkomst[naam]}", flush=True)
    if not _bestand_gekozen("kaartjes"):
        return uitkomst
    with transaction.atomic():
        citaten = list(Citaat.objects.filter(interview__traject=twintig).order_by("pk")[:200])
        Citaat.objects.filter(pk__in=[c.pk for c in citaten]).update(
            vrijgegeven=True, vrijgegeven_tekst="Een vrijgegeven citaat van gemiddelde lengte, zonder namen.",
            vrijgegeven_op=timezone.now(),
        )  # fmt: skip
        kaartenset = Kaartenset.objects.create(traject=twintig, titel="Bench", per_pagina=6)
        kaartenset.citaten.set(citaten)
        begin = time.perf_counter()
        kaartjes_renderen(kaartenset_id=kaartenset.pk)
        kaartenset.refresh_from_db()
        uitkomst["kaartjes"] = {
            "n": 200,
            "s": round(time.perf_counter() - begin, 2),
            "paginas": kaartenset.aantal_paginas,
        }
        kaartenset.bestand.delete(save=False)
        transaction.set_rollback(True)
    return uitkomst


def _naamvervanging(ctx) -> dict:
    """The name matcher (interviews/pseudoniemen.py): build once per traject, then one call, 1,000 deelnemers."""
    from interviews.privacy import namen_van_traject
    from interviews.pseudoniemen import Matcher

    pk = ctx["maten"][max(ctx["maten"])]
    namen = namen_van_traject(pk)
    tekst = "Volgens Jan Jansen is de wachttijd voor een keukentafelgesprek te lang, zegt Fatima."
    begin = time.perf_counter()
    for _ in range(5):
        matcher = Matcher(namen)
    bouw = (time.perf_counter() - begin) / 5 * 1000
    begin = time.perf_counter()
    for _ in range(200):
        matcher.pseudonimiseer(tekst)
    aanroep = (time.perf_counter() - begin) / 200 * 1000
    return {"deelnemers": len(namen), "namen_van_ms": round(bouw, 2), "pseudonimiseer_ms": round(aanroep, 2)}


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 (git from PATH, like make)
            capture_output=True,
            text=True,
            cwd=MAP.parent,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "onbekend"


def _machine() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg = cursor.fetchone()[0]
    cpu = platform.processor() or platform.machine()
    try:
        for regel in Path("/proc/cpuinfo").read_text().splitlines():
            if regel.startswith("model name"):
                cpu = regel.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    belasting = ", ".join(f"{b:.1f}" for b in os.getloadavg())
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, PostgreSQL {pg.split()[0]}, "
        f"load average bij de start {belasting}"
    )


def _cel(meting: dict | None) -> str:
    if not meting:
        return "–"
    return f"{meting['p50']:,.0f} / {meting['p95']:,.0f} / {meting['queries']}"


def _cpu(meting: dict | None) -> str:
    if not meting or meting.get("cpu_python") is None:
        return "–"
    pg = meting.get("cpu_pg")
    return f"{meting['cpu_python'] + (pg or 0):,.0f}" + ("" if pg is not None else " (zonder PG)")


def _code_markdown(cv: dict, cn: dict, _taakcel) -> list[str]:
    regels: list[str] = []
    regels += [
        "",
        f"Alle citaten van één code (“{cn.get('code', cv.get('code'))}”, met subcodes) over alle trajecten:",
        "",
        "| | voor | na |",
        "| --- | --- | --- |",
    ]
    for rol, wie in (("team", "team, 400 trajecten"), ("expert", "expert, eigen trajecten")):
        ev, en = cv.get(f"export_{rol}"), cn.get(f"export_{rol}")
        n = (en or ev or {}).get("n", "–")
        regels.append(
            f"| download op de codepagina (CSV, schuilnamen), {wie}: {n} regels | {_taakcel(ev)} | {_taakcel(en)} |"
        )

    def _c(c, sleutel, fmt):
        return fmt(c) if c.get(sleutel) is not None else "–"

    def _t(c):
        return f"{c['team_s']} s, piek {c['team_piek_mb']} MB"

    regels.append(
        f"| via de lijstselectors (`citaat_list` + weergave), team (namen): "
        f"{cn.get('team_citaten', cv.get('team_citaten'))} citaten | {_c(cv, 'team_s', _t)} | {_c(cn, 'team_s', _t)} |"
    )

    def _e(c):
        return f"{c['expert_s']} s" + (" (geëxtrapoleerd)" if c.get("expert_geextrapoleerd") else "")

    regels.append(
        f"| via de lijstselectors, expert (schuilnamen): {cn.get('expert_citaten', cv.get('expert_citaten'))} "
        f"citaten | {_c(cv, 'expert_s', _e)} | {_c(cn, 'expert_s', _e)} |"
    )
    return regels


def _taken_markdown(voor: dict | None, na: dict | None) -> list[str]:
    """The jobs of a run (all quotes of one code, the matcher, the files), before and after; nothing for a
    run without them."""
    if not any((run or {}).get(sleutel) for run in (voor, na) for sleutel in ("code", "namen", "uitvoer")):
        return []
    regels: list[str] = []
    cv, cn = (voor or {}).get("code", {}), (na or {}).get("code", {})

    def _taakcel(t):
        if not t:
            return "–"
        cpu = f", CPU {t['cpu_s']:,.1f} s" if t.get("cpu_s") is not None else ""
        return f"{t['s']:,.1f} s{cpu}, piek {t['piek_mb']} MB"

    if cv or cn:
        regels += _code_markdown(cv, cn, _taakcel)
    nv, nn = (voor or {}).get("namen", {}), (na or {}).get("namen", {})
    if nv or nn:
        regels += [
            "",
            "Naamvervanging (interviews/pseudoniemen.py): matcher bouwen (eens per traject) / "
            "pseudonimiseren per tekst bij "
            f"{(nn or nv).get('deelnemers')} deelnemers: voor {nv.get('namen_van_ms', '–')} / "
            f"{nv.get('pseudonimiseer_ms', '–')} ms, na {nn.get('namen_van_ms', '–')} / "
            f"{nn.get('pseudonimiseer_ms', '–')} ms.",
        ]
    regels.append("")
    uv, un = (voor or {}).get("uitvoer") or {}, (na or {}).get("uitvoer") or {}
    if uv or un:
        regels += [
            "Bestanden (doel: exports van 200.000 citaten ruim onder een minuut en < 300 MB; 200 kaartjes < 5 s). "
            "Tijd = wandklok, CPU = dit proces plus zijn PostgreSQL-backend, piek = tracemalloc:",
            "",
            "| taak | aantal | voor | na |",
            "| --- | --- | --- | --- |",
        ]
        for sleutel, taak, eenheid in (
            ("xlsx", "XLSX van het grootste traject (schuilnamen)", "regels"),
            ("csv", "CSV van het grootste traject (schuilnamen)", "regels"),
            ("qdpx", "QDPX van het traject met 20.000 citaten", "selecties"),
        ):
            v, n = uv.get(sleutel), un.get(sleutel)
            regels.append(f"| {taak} | {(n or v or {}).get('n', '–')} {eenheid} | {_taakcel(v)} | {_taakcel(n)} |")
        kv, kn = uv.get("kaartjes") or {}, un.get("kaartjes") or {}
        regels += [
            f"| 200 kaartjes (PDF, {(kn or kv).get('paginas', '–')} pagina's) | 200 | {kv.get('s', '–')} s "
            f"| {kn.get('s', '–')} s |",
            "",
        ]
    return regels


def _markdown(alles: dict) -> str:
    voor, na = alles.get("voor"), alles.get("na")
    laatste = na or voor
    regels = [
        f"# Benchmark ({SCHAAL})",
        "",
        "Gegenereerd door `make bench" + ("" if SCHAAL == "nationaal" else f" BENCH_SCALE={SCHAAL}") + "`; "
        "servertijd in het proces (Django test-client), ms mediaan / p95 / aantal queries, "
        f"{laatste['herhalingen']} verzoeken per pagina na één opwarmverzoek.",
        "",
        f"- Dataset: {laatste['dataset']} (seed {laatste['seed']}, generator {laatste['generator']}); "
        f"geladen met COPY in {laatste['laadtijd']:.0f} s.",
    ]
    for label, run in (("voor", voor), ("na", na)):
        if run:
            regels.append(f"- {label.capitalize()}: commit {run['commit']}, {run['datum']}, {run['machine']}.")
            if run.get("cpu_gemeten"):
                regels.append(f"  CPU-tijden van {label} later gemeten: {run['cpu_gemeten']}.")
            for deel, herkomst in sorted((run.get("delen") or {}).items()):
                regels.append(f"  {deel.capitalize()} ({label}) opnieuw gemeten: {herkomst}.")
    regels.append(
        "- CPU = CPU-milliseconden per verzoek van het Django-proces plus de PostgreSQL-backend (gemiddeld, "
        "parallelle query-workers uit): een gedeelde, drukke machine blaast de wandkloktijd op, de CPU-tijd "
        "veel minder."
    )
    regels += [
        "",
        "| pagina (rol) | citaten in traject | voor: p50 / p95 / q | na: p50 / p95 / q | CPU voor | CPU na |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    sleutels = list(dict.fromkeys([*(voor or {}).get("paginas", {}), *(na or {}).get("paginas", {})]))
    for sleutel in sleutels:
        naam, maat, rol = sleutel.split("|")
        v = (voor or {}).get("paginas", {}).get(sleutel)
        n = (na or {}).get("paginas", {}).get(sleutel)
        maat_tekst = f"{int(maat):,}".replace(",", ".") if maat else ""
        regels.append(f"| {naam} ({rol}) | {maat_tekst} | {_cel(v)} | {_cel(n)} | {_cpu(v)} | {_cpu(n)} |")
    regels += _taken_markdown(voor, na)
    return "\n".join(regels)


def _eerste(meting: dict | None) -> str:
    return f"{meting['eerste']:,.0f}" if meting and meting.get("eerste") is not None else "–"


DEEL_BEGIN, DEEL_EIND = "<!-- deelmeting -->", "<!-- /deelmeting -->"


def _deel_markdown(alles: dict) -> str:
    """The section of a partial run (``BENCH_ALLEEN``): its pages before and after, with CPU time."""
    voor, na = alles.get("deel-voor"), alles.get("deel-na")
    laatste = na or voor
    regels = [
        DEEL_BEGIN,
        f"## Deelmeting (`BENCH_ALLEEN={laatste['selectie']}`)",
        "",
        f"Alleen deze pagina's, {laatste['herhalingen']} verzoeken per pagina na één opwarmverzoek; "
        f"dataset: {laatste['dataset']} (seed {laatste['seed']}, generator {laatste['generator']}).",
        "",
    ]
    for label, run in (("voor", voor), ("na", na)):
        if run:
            regels.append(
                f"- {label.capitalize()}: commit {run['commit']}, {run['datum']}, {run['machine']}"
                + (f"; selectie {run['selectie']}" if run["selectie"] != laatste["selectie"] else "")
                + "."
            )
    regels += [
        "- CPU = CPU-milliseconden per verzoek van het Django-proces plus de PostgreSQL-backend (gemiddeld "
        "over de gemeten verzoeken).",
        "- Eerste = het opwarmverzoek, met een lege cache (de run begint zonder bewaarde tellingen): wat tellen "
        "kost; p50/p95 zijn de verzoeken daarna.",
        "",
        "| pagina (rol) | citaten in traject | voor: p50 / p95 / q | na: p50 / p95 / q | CPU voor | CPU na "
        "| eerste ms voor | eerste ms na |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    sleutels = list(dict.fromkeys([*(voor or {}).get("paginas", {}), *(na or {}).get("paginas", {})]))
    for sleutel in sleutels:
        naam, maat, rol = sleutel.split("|")
        v = (voor or {}).get("paginas", {}).get(sleutel)
        n = (na or {}).get("paginas", {}).get(sleutel)
        maat_tekst = f"{int(maat):,}".replace(",", ".") if maat else ""
        regels.append(
            f"| {naam} ({rol}) | {maat_tekst} | {_cel(v)} | {_cel(n)} | {_cpu(v)} | {_cpu(n)} "
            f"| {_eerste(v)} | {_eerste(n)} |"
        )
    regels += _taken_markdown(voor, na)
    regels.append(DEEL_EIND)
    return "\n".join(regels)


def _koude_cache() -> None:
    """Start without counts kept from an earlier run (synthese, rode draden, untagged quotes): the first
    request of each page then shows what counting costs, the others what a kept count costs."""
    from trajecten.models import Traject

    try:
        from interviews.tellingen import vergeet_na_bulk
    except ImportError:  # code from before the traject versions: nothing kept per traject
        return
    vergeet_na_bulk(Traject.objects.values_list("pk", flat=True))


def main():
    setup_test_environment()
    marker = _data_klaar()
    _koude_cache()
    with connection.cursor() as cursor:  # all work of a query in the one backend whose CPU time is read
        cursor.execute("SET max_parallel_workers_per_gather = 0")
    machine = _machine()
    ctx = _context()
    team, expert = Client(), Client()
    team.force_login(ctx["team"])
    expert.force_login(ctx["expert"])
    clients = {"team": team, "expert": expert}
    paginas = {}
    for naam, maat, rol, url, params in _paginas(ctx):
        if not _gekozen(naam):
            continue
        meting = _meet(clients[rol], url, params)
        paginas[f"{naam}|{maat}|{rol}"] = meting
        regel = f"{naam:34} {maat!s:>7} {rol:6} {meting['p50']:9.1f} {meting['p95']:9.1f} {meting['queries']:4d}"
        print(regel, flush=True)
    code = {} if os.environ.get("BENCH_ZONDER_CODE") or not _taak_gekozen("alle-citaten") else _code_meting(ctx)
    if code:
        print(json.dumps(code), flush=True)
    uitvoer = _uitvoer_meting(ctx) if any(_bestand_gekozen(b) for b in BESTANDEN) else {}
    run = {
        "commit": _commit(),
        "datum": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": machine,
        "herhalingen": HERHALINGEN,
        "dataset": marker.get("aantallen") or "",
        "seed": marker["seed"],
        "generator": marker["versie"],
        "laadtijd": marker["laadtijd"],
        "paginas": paginas,
        "code": code,
        "namen": _naamvervanging(ctx) if _taak_gekozen("namen") else {},
        "uitvoer": uitvoer,
    }
    opslag = MAP / f"metingen-{SCHAAL}.json"
    alles = json.loads(opslag.read_text()) if opslag.exists() else {}
    resultaten = MAP / ("RESULTS.md" if SCHAAL == "nationaal" else f"RESULTS-{SCHAAL}.md")
    if ALLEEN:
        # A partial run: its own entry and its own section; the full runs and the rest of the file stay.
        run["selectie"] = ",".join(ALLEEN)
        alles[f"deel-{LABEL}"] = run
        opslag.write_text(json.dumps(alles, indent=1, ensure_ascii=False) + "\n")
        sectie = _deel_markdown(alles)
        tekst = resultaten.read_text() if resultaten.exists() else f"# Benchmark ({SCHAAL})\n"
        if DEEL_BEGIN in tekst and DEEL_EIND in tekst:
            voor_deel, rest = tekst.split(DEEL_BEGIN, 1)
            tekst = voor_deel + sectie + rest.split(DEEL_EIND, 1)[1]
        else:
            tekst = tekst.rstrip("\n") + "\n\n" + sectie + "\n"
        resultaten.write_text(tekst)
        print()
        print(sectie)
        return
    if os.environ.get("BENCH_ALLEEN_CPU") and LABEL in alles:
        # Add CPU times to an earlier run (its wall times stay, measured on a quieter machine).
        for sleutel, meting in paginas.items():
            if sleutel in alles[LABEL]["paginas"]:
                alles[LABEL]["paginas"][sleutel].update(cpu_python=meting["cpu_python"], cpu_pg=meting["cpu_pg"])
            else:
                alles[LABEL]["paginas"][sleutel] = meting
        alles[LABEL]["cpu_gemeten"] = f"{run['datum']}, {run['machine']}"
    else:
        alles[LABEL] = run
    opslag.write_text(json.dumps(alles, indent=1, ensure_ascii=False) + "\n")
    markdown = _markdown(alles)
    if "deel-voor" in alles or "deel-na" in alles:
        markdown = markdown.rstrip("\n") + "\n\n" + _deel_markdown(alles) + "\n"
    resultaten.write_text(markdown)
    print()
    print(markdown)


if __name__ == "__main__":
    main()
