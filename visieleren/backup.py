"""Backup and restore: the database plus the private files (uploads with personal data).

A backup is a folder with ``database.sql`` (PostgreSQL, pg_dump) or ``database.json`` (SQLite,
dumpdata), ``private_media.tar.gz`` and ``info.json``. ``make backup`` writes one under
``backups/``; ``make restore BACKUP=backups/<map>`` puts it back into the database of
``DATABASE_URL`` (a fresh one, or the same one: the dump drops what it recreates).
"""

import json
import os
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.utils import timezone


class BackupFout(Exception):
    pass


def _pg_omgeving() -> tuple[list[str], dict]:
    instellingen = connection.settings_dict
    argumenten = ["--dbname", instellingen["NAME"]]
    if instellingen.get("HOST"):
        argumenten += ["--host", instellingen["HOST"]]
    if instellingen.get("PORT"):
        argumenten += ["--port", str(instellingen["PORT"])]
    if instellingen.get("USER"):
        argumenten += ["--username", instellingen["USER"]]
    env = {**os.environ}
    if instellingen.get("PASSWORD"):
        env["PGPASSWORD"] = instellingen["PASSWORD"]
    return argumenten, env


def _uitvoeren(opdracht: list[str], env: dict) -> None:
    try:
        subprocess.run(opdracht, env=env, check=True, capture_output=True, text=True)  # noqa: S603 (fixed program, no shell)
    except FileNotFoundError:
        raise BackupFout(f"{opdracht[0]} ontbreekt: apt-get install -y postgresql-client") from None
    except subprocess.CalledProcessError as fout:
        raise BackupFout(f"{opdracht[0]} faalde: {fout.stderr.strip()[-500:]}") from None


def backup_maken(*, map: Path | None = None) -> Path:
    map = Path(map or settings.BASE_DIR / "backups" / timezone.now().strftime("%Y%m%d-%H%M%S"))
    map.mkdir(parents=True, exist_ok=False)
    if connection.vendor == "postgresql":
        argumenten, env = _pg_omgeving()
        bestand = map / "database.sql"
        opdracht = ["pg_dump", *argumenten, "--no-owner", "--no-privileges", "--clean", "--if-exists"]
        _uitvoeren([*opdracht, "--file", str(bestand)], env)
    else:
        bestand = map / "database.json"
        call_command(
            "dumpdata",
            "--natural-foreign",
            "--exclude=contenttypes",
            "--exclude=auth.permission",
            "--exclude=sessions",
            f"--output={bestand}",
            verbosity=0,
        )
    private = Path(settings.PRIVATE_MEDIA_ROOT)
    with tarfile.open(map / "private_media.tar.gz", "w:gz") as tar:
        if private.exists():
            tar.add(private, arcname=".")
    info = {"gemaakt_op": timezone.now().isoformat(), "database": connection.vendor, "bestand": bestand.name}
    (map / "info.json").write_text(json.dumps(info, indent=2))
    return map


def backup_terugzetten(*, map: Path) -> None:
    map = Path(map)
    if not (map / "info.json").exists():
        raise BackupFout(f"{map} is geen backup (info.json ontbreekt).")
    if (map / "database.sql").exists():
        if connection.vendor != "postgresql":
            raise BackupFout("Deze backup is van PostgreSQL; zet DATABASE_URL op een PostgreSQL-database.")
        argumenten, env = _pg_omgeving()
        _uitvoeren(["psql", *argumenten, "--quiet", "-v", "ON_ERROR_STOP=1", "--file", str(map / "database.sql")], env)
    else:
        call_command("migrate", verbosity=0)
        call_command("flush", "--noinput", verbosity=0)
        call_command("loaddata", str(map / "database.json"), verbosity=0)
    private = Path(settings.PRIVATE_MEDIA_ROOT)
    private.mkdir(parents=True, exist_ok=True)
    with tarfile.open(map / "private_media.tar.gz", "r:gz") as tar:
        tar.extractall(private, filter="data")
