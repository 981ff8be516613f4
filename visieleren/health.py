"""/health/: liveness for a load balancer and a readable state of every dependency.

200 while the web process and the database work; 503 when the database does not. A missing or
down Redis or worker is reported but does not fail the check: under `make run` there is none.
"""

import logging
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def _database() -> dict:
    """A fresh connection with a short connect timeout: an unreachable database answers 503 within
    seconds instead of holding this worker (and the requests behind it) for the OS timeout."""
    verbinding = connections.create_connection(DEFAULT_DB_ALIAS)
    if verbinding.vendor == "postgresql":
        opties = {**verbinding.settings_dict.get("OPTIONS", {}), "connect_timeout": settings.HEALTH_DB_TIMEOUT}
        verbinding.settings_dict = {**verbinding.settings_dict, "OPTIONS": opties}
    try:
        with verbinding.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver error means: not healthy
        logger.error("Health: database onbereikbaar: %s", exc)
        return {"status": "fout", "detail": exc.__class__.__name__}
    finally:
        verbinding.close()
    return {"status": "ok", "engine": verbinding.vendor}


def _redis() -> dict:
    if not settings.REDIS_URL:
        return {"status": "niet ingesteld"}
    import redis

    try:
        redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1).ping()
    except redis.RedisError as exc:
        return {"status": "fout", "detail": exc.__class__.__name__}
    return {"status": "ok"}


def _worker(broker_ok: bool) -> dict:
    if not settings.REDIS_URL:
        return {"status": "eager", "detail": "taken draaien direct in het webproces"}
    if not broker_ok:
        return {"status": "onbekend", "detail": "broker onbereikbaar"}
    from visieleren.celery import app

    try:
        antwoorden = app.control.ping(timeout=1.0)
    except Exception as exc:  # kombu raises several types for an unreachable broker
        return {"status": "fout", "detail": exc.__class__.__name__}
    if not antwoorden:
        return {"status": "geen worker"}
    return {"status": "ok", "workers": sorted(name for antwoord in antwoorden for name in antwoord)}


@never_cache
@require_GET
def health(request):
    with ThreadPoolExecutor(max_workers=1) as pool:
        # The database check runs beside the Redis and worker checks: the slowest sets the time.
        database_check = pool.submit(_database)
        redis_state = _redis()
        worker_state = _worker(redis_state["status"] == "ok")
        database = database_check.result()
    checks = {
        "database": database,
        "cache": redis_state if settings.REDIS_URL else {"status": "lokaal"},
        "broker": redis_state,
        "worker": worker_state,
    }
    healthy = database["status"] == "ok"
    return JsonResponse({"status": "ok" if healthy else "fout", "checks": checks}, status=200 if healthy else 503)
