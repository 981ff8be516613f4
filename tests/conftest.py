import os
import shutil
import subprocess
import sys
import uuid

# Playwright's sync API runs an event loop; Django must allow ORM calls from live_server tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest  # noqa: E402
from django.conf import settings  # noqa: E402

from tests.factories import TeamFactory, TrajectFactory, UserFactory, met_rol  # noqa: E402
from trajecten.models import Rol  # noqa: E402


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


# Data the migrations seed (the shared codebook, beleidsthema's, the gemeenten of Tabel 1). A
# transactional test (a real worker, the browser) flushes every table when it ends, and pytest-django
# runs those tests last, one after another: put the seeded rows back before each of them.
_GEZAAIDE_DATA = [
    ("interviews.migrations.0002_codeboek", "codeboek_laden"),
    ("trajecten.migrations.0002_beleidsthemas", "beleidsthemas_laden"),
    ("trajecten.migrations.0005_gemeenten_tabel1", "gemeenten_laden"),
]


@pytest.fixture(autouse=True)
def _gezaaide_data_na_flush(request):
    marker = request.node.get_closest_marker("django_db")
    transactioneel = (marker is not None and marker.kwargs.get("transaction")) or "live_server" in request.fixturenames
    if transactioneel:
        from importlib import import_module

        from django.apps import apps

        request.getfixturevalue("transactional_db")
        for module, functie in _GEZAAIDE_DATA:
            getattr(import_module(module), functie)(apps, None)
    yield


@pytest.fixture
def team(db):
    return TeamFactory(naam="Tessa Team")


@pytest.fixture
def traject(db):
    return TrajectFactory(titel="Eigen traject")


@pytest.fixture
def ander_traject(db):
    return TrajectFactory(titel="Ander traject")


@pytest.fixture
def bij_commit(django_capture_on_commit_callbacks):
    """Run what the code queues with transaction.on_commit (the test's transaction never commits):
    ``bij_commit(functie, *args, **kwargs)``."""

    def uitvoeren(functie, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return functie(*args, **kwargs)

    return uitvoeren


@pytest.fixture
def persona(db, traject, team):
    """Every role as a person: the team, each traject role on ``traject``, and an outsider."""
    mensen = {"team": team, "buitenstaander": UserFactory(naam="Buiten Staander")}
    for rol in Rol:
        mensen[rol.value] = met_rol(traject, rol)
    return mensen


# ---- A real Celery worker, when REDIS_URL is set -------------------------------------------------


@pytest.fixture(scope="session")
def celery_worker(django_db_setup, django_db_blocker):
    """Start a worker subprocess on the test database and a queue of its own; None in eager mode."""
    if not settings.REDIS_URL:
        yield None
        return
    from django.db import connection

    from visieleren.celery import app

    queue = f"test-{uuid.uuid4().hex[:8]}"
    node = f"{queue}@localhost"
    app.conf.task_default_queue = queue
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "visieleren.settings.test",
        "DATABASE_NAME": connection.settings_dict["NAME"],
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
    }
    celery = shutil.which("celery", path=os.path.dirname(sys.executable))
    proces = subprocess.Popen(
        [
            celery,
            "-A",
            "visieleren",
            "worker",
            "--pool=solo",
            "--without-gossip",
            "--without-mingle",
            "-Q",
            queue,
            "-n",
            node,
            "-l",
            "warning",
        ],
        env=env,
    )
    try:
        for _ in range(60):
            if app.control.ping(destination=[node], timeout=0.5):
                break
            if proces.poll() is not None:
                raise RuntimeError("De Celery-worker stopte bij het starten.")
        else:
            raise RuntimeError("De Celery-worker antwoordde niet binnen 30 seconden.")
        yield node
    finally:
        proces.terminate()
        proces.wait(timeout=20)


@pytest.fixture
def echte_worker(celery_worker):
    """Send tasks through the broker for this test (other tests run them eagerly)."""
    from visieleren.celery import app

    if celery_worker is None:
        yield None
        return
    app.conf.task_always_eager = False
    try:
        yield celery_worker
    finally:
        app.conf.task_always_eager = True


# ---- Browser tests: Debian's chromium, never a downloaded browser --------------------------------

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} ontbreekt: installeer Debian's chromium (apt-get install -y chromium).")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    }
