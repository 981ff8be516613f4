"""`make load`: 100 simulated users against gunicorn with production settings, then the same with two.

Round 1: one web process (gunicorn, 1 worker with threads) and one Celery worker. Round 2: two web
processes on their own ports and two Celery workers, sharing nothing but PostgreSQL, Redis and the file
store; the locust users are spread over the two hosts (as a load balancer would). Reports throughput,
p50/p95 and errors per round, and checks that every aanmelding sent is in the database. Writes
load/RESULTS.md. Bounded: LOAD_SECONDEN per round (default 60), LOAD_GEBRUIKERS (default 100).
Only addresses on this machine are used (127.0.0.1).
"""

import csv
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

BASIS = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SECONDEN = int(os.environ.get("LOAD_SECONDEN", 60))
GEBRUIKERS = int(os.environ.get("LOAD_GEBRUIKERS", 100))
DATABASE_URL = os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/test"
REDIS_URL = os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/12")
DOEL_P95_MS = 500


def _load_database() -> str:
    """A database of its own next to DATABASE_URL's, made fresh for every run."""
    delen = urlsplit(DATABASE_URL)
    naam = "visieleren_load"
    beheer = urlunsplit(delen._replace(path="/postgres"))
    with psycopg.connect(beheer, autocommit=True) as verbinding:
        verbinding.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')
        verbinding.execute(f'CREATE DATABASE "{naam}"')
    return urlunsplit(delen._replace(path=f"/{naam}"))


def _omgeving(database_url: str, bestanden: Path) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "visieleren.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": "http://127.0.0.1",
        # Plain http on loopback: no TLS redirect, cookies without the Secure flag, no HSTS.
        "SECURE_SSL_REDIRECT": "false",
        "COOKIES_ALLEEN_HTTPS": "false",
        "SECURE_HSTS_SECONDS": "0",
        # One IP address sends every aanmelding: the per-IP limit and the fill-time check are for people.
        "AANMELDING_RATE_LIMIT": "1000000",
        "AANMELDING_MIN_INVULTIJD": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        # The simulated team logs in with a password only (no authenticator app to read codes from).
        "REQUIRE_2FA": "false",
        "PRIVATE_MEDIA_ROOT": str(bestanden),
        "DB_CONN_MAX_AGE": "60",
    }


def _manage(env: dict, *args: str) -> None:
    subprocess.run([str(BIN / "python"), "manage.py", *args], cwd=BASIS, env=env, check=True, stdout=subprocess.DEVNULL)


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wacht_op(url: str, seconden: int = 60) -> None:
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        try:
            with urllib.request.urlopen(url, timeout=2) as antwoord:  # noqa: S310 (loopback only)
                if antwoord.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} antwoordde niet binnen {seconden} s")


def _start_diensten(env: dict, aantal: int) -> tuple[list[subprocess.Popen], list[str]]:
    processen, hosts = [], []
    for nummer in range(aantal):
        poort = _vrije_poort()
        processen.append(
            subprocess.Popen(
                [str(BIN / "gunicorn"), "visieleren.wsgi:application", "--bind", f"127.0.0.1:{poort}",
                 "--workers", "1", "--threads", "4", "--worker-class", "gthread", "--log-level", "warning"],
                cwd=BASIS, env=env,
            )
        )  # fmt: skip
        processen.append(
            subprocess.Popen(
                [str(BIN / "celery"), "-A", "visieleren", "worker", "--pool=solo", "-n", f"load{nummer}@%h",
                 "--without-gossip", "--without-mingle", "-l", "warning"],
                cwd=BASIS, env=env,
            )
        )  # fmt: skip
        hosts.append(f"http://127.0.0.1:{poort}")
    for host in hosts:
        _wacht_op(f"{host}/health/")
    return processen, hosts


def _stop(processen: list[subprocess.Popen]) -> None:
    for proces in processen:
        proces.terminate()
    for proces in processen:
        try:
            proces.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proces.kill()


def _aanmeldingen(database_url: str) -> int:
    with psycopg.connect(database_url) as verbinding:
        return verbinding.execute("SELECT count(*) FROM trajecten_aanmelding").fetchone()[0]


def _ronde(env: dict, database_url: str, webprocessen: int, map_: Path) -> dict:
    processen, hosts = _start_diensten(env, webprocessen)
    voor = _aanmeldingen(database_url)
    tellingen = map_ / f"tellingen-{webprocessen}.json"
    prefix = map_ / f"locust-{webprocessen}"
    try:
        subprocess.run(
            [str(BIN / "locust"), "-f", str(BASIS / "load" / "locustfile.py"), "--headless",
             "-u", str(GEBRUIKERS), "-r", str(max(GEBRUIKERS // 5, 1)), "-t", f"{SECONDEN}s",
             "--host", hosts[0], "--csv", str(prefix), "--only-summary", "--stop-timeout", "10",
             "--loglevel", "WARNING"],
            cwd=BASIS, env={**env, "LOAD_HOSTS": ",".join(hosts), "LOAD_TELLINGEN": str(tellingen)},
            check=False, timeout=SECONDEN + 120,
        )  # fmt: skip
    finally:
        _stop(processen)
    with open(f"{prefix}_stats.csv", newline="", encoding="utf-8") as f:
        totaal = next(r for r in csv.DictReader(f) if r["Name"] == "Aggregated")
    verstuurd = json.loads(tellingen.read_text())["aantal"] if tellingen.exists() else 0
    return {
        "web": webprocessen,
        "verzoeken": int(totaal["Request Count"]),
        "fouten": int(totaal["Failure Count"]),
        "per_seconde": float(totaal["Requests/s"]),
        "p50": float(totaal["50%"]),
        "p95": float(totaal["95%"]),
        "verstuurd": verstuurd,
        "opgeslagen": _aanmeldingen(database_url) - voor,
    }


def _rapport(rondes: list[dict]) -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=BASIS, capture_output=True, text=True).stdout
    regels = [
        "# make load",
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit.strip() or '?'}, {os.cpu_count()} cores; "
        f"{GEBRUIKERS} gebruikers, {SECONDEN} s per ronde, gunicorn (1 proces, 4 threads) per webproces, "
        "PostgreSQL, Redis, Celery; locust draait op dezelfde machine.",
        "",
        "| webprocessen + workers | verzoeken | per seconde | p50 ms | p95 ms | fouten "
        "| aanmeldingen verstuurd / in database |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rondes:
        regels.append(
            f"| {r['web']} + {r['web']} | {r['verzoeken']} | {r['per_seconde']:.1f} | {r['p50']:.0f} | {r['p95']:.0f} "
            f"| {r['fouten']} | {r['verstuurd']} / {r['opgeslagen']} |"
        )
    if len(rondes) == 2 and rondes[0]["per_seconde"]:
        regels += ["", f"Schaalfactor doorvoer 2 t.o.v. 1: {rondes[1]['per_seconde'] / rondes[0]['per_seconde']:.2f}."]
    oordeel = all(r["p95"] < DOEL_P95_MS and r["fouten"] == 0 and r["verstuurd"] == r["opgeslagen"] for r in rondes)
    regels += [
        "",
        f"Doel (p95 < {DOEL_P95_MS} ms, 0 fouten, elke aanmelding opgeslagen): "
        f"{'gehaald' if oordeel else 'NIET gehaald'}.",
    ]
    return "\n".join(regels) + "\n"


def main() -> int:
    map_ = Path(tempfile.mkdtemp(prefix="visieleren-load-"))
    try:
        database_url = _load_database()
        env = _omgeving(database_url, map_ / "private")
        print("Database en demodata klaarzetten…", flush=True)
        _manage(env, "migrate", "--noinput")
        _manage(env, "seed_demo", "--force")
        _manage(env, "collectstatic", "--noinput")
        rondes = []
        for webprocessen in (1, 2):
            print(f"Ronde met {webprocessen} webproces(sen) en {webprocessen} worker(s), {SECONDEN} s…", flush=True)
            rondes.append(_ronde(env, database_url, webprocessen, map_))
        rapport = _rapport(rondes)
        (BASIS / "load" / "RESULTS.md").write_text(rapport, encoding="utf-8")
        print(rapport)
        return 0
    finally:
        shutil.rmtree(map_, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
