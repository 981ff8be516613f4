import json
from unittest import mock

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.smoke
def test_health_is_gezond_met_werkende_database(client):
    response = client.get("/health/")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["status"] == "ok"
    assert data["checks"]["database"]["status"] == "ok"


def test_health_geeft_503_als_database_faalt(client):
    from django.db import OperationalError

    kapot = mock.MagicMock(vendor="postgresql", settings_dict={})
    kapot.cursor.side_effect = OperationalError("weg")
    with mock.patch("visieleren.health.connections.create_connection", return_value=kapot):
        response = client.get("/health/")
    assert response.status_code == 503
    assert json.loads(response.content)["checks"]["database"]["status"] == "fout"


def test_health_zonder_redis_meldt_eager_en_blijft_gezond(client, settings):
    settings.REDIS_URL = ""
    data = json.loads(client.get("/health/").content)
    assert data["checks"]["worker"]["status"] == "eager"
    assert data["checks"]["broker"]["status"] == "niet ingesteld"


def test_health_met_onbereikbare_redis_blijft_200(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    response = client.get("/health/")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["checks"]["broker"]["status"] == "fout"
    assert data["checks"]["worker"]["status"] == "onbekend"


def test_cache_faalt_open_als_redis_weg_is():
    from visieleren.cache import FailOpenRedisCache

    cache = FailOpenRedisCache("redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 0.2}})
    assert cache.get("sleutel", "standaard") == "standaard"
    cache.set("sleutel", 1)
    assert cache.incr("teller") == 1
    assert cache.add("x", 1) is True


def test_health_weigert_post(client):
    assert client.post("/health/").status_code == 405
