"""make backup / make restore: a backup restored into a fresh database finds the data and files."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.factories import TrajectFactory

ROOT = Path(__file__).resolve().parent.parent.parent


def _manage(*argumenten, database: str, private: Path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "visieleren.settings.dev",
        "DATABASE_NAME": database,
        "PRIVATE_MEDIA_ROOT": str(private),
    }
    uit = subprocess.run(
        [sys.executable, "manage.py", *argumenten], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert uit.returncode == 0, uit.stdout + uit.stderr
    return uit.stdout


@pytest.fixture
def lege_database(tmp_path):
    """A fresh, empty database of the same engine (dropped afterwards)."""
    if connection.vendor != "postgresql":
        yield str(tmp_path / "hersteld.sqlite3")
        return
    naam = f"herstel_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{naam}"')
    try:
        yield naam
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')


@pytest.mark.django_db(transaction=True)
def test_backup_terugzetten_in_een_verse_database_vindt_de_gegevens(tmp_path, lege_database):
    TrajectFactory(titel="Traject dat de backup overleeft")
    private = Path(settings.PRIVATE_MEDIA_ROOT)
    (private / "trajecten" / "1").mkdir(parents=True)
    (private / "trajecten" / "1" / "besluit.pdf").write_bytes(b"%PDF-1.4 besluit")
    map = tmp_path / "backup"
    _manage("backup", "--map", str(map), database=connection.settings_dict["NAME"], private=private)
    assert {p.name for p in map.iterdir()} >= {"info.json", "private_media.tar.gz"}

    hersteld = tmp_path / "hersteld_private"
    _manage("restore", str(map), database=lege_database, private=hersteld)
    script = "from trajecten.models import Traject; print(list(Traject.objects.values_list('titel', flat=True)))"
    uit = _manage("shell", "-c", script, database=lege_database, private=hersteld)
    assert "Traject dat de backup overleeft" in uit
    assert (hersteld / "trajecten" / "1" / "besluit.pdf").read_bytes() == b"%PDF-1.4 besluit"
