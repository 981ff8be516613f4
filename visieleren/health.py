"""/health/: liveness for a load balancer and a readable state of every dependency.

200 while the web process and the database work; 503 when the database does not. A missing or
down Redis or worker is reported but does not fail the check: under `make run` there is none.
"""

import logging

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def _database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver error means: not healthy
        logger.error("Health: database onbereikbaar: %s", exc)
        return {"status": "fout", "detail": exc.__class__.__name__}
    return {"status": "ok", "engine": connection.vendor}


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
    database = _database()
    redis_state = _redis()
    checks = {
        "database": database,
        "cache": redis_state if settings.REDIS_URL else {"status": "lokaal"},
        "broker": redis_state,
        "worker": _worker(redis_state["status"] == "ok"),
    }
    healthy = database["status"] == "ok"
    return JsonResponse({"status": "ok" if healthy else "fout", "checks": checks}, status=200 if healthy else 503)
