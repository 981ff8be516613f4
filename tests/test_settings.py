import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from visieleren.env import env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parent.parent


def test_env_bool_faalt_luid_op_onzin(monkeypatch):
    monkeypatch.setenv("X_BOOL", "misschien")
    with pytest.raises(ImproperlyConfigured):
        env_bool("X_BOOL")


def test_env_int_en_list(monkeypatch):
    monkeypatch.setenv("X_INT", "12")
    monkeypatch.setenv("X_LIST", "a.nl, b.nl,")
    assert env_int("X_INT", 1) == 12
    assert env_list("X_LIST") == ["a.nl", "b.nl"]
    monkeypatch.setenv("X_INT", "twaalf")
    with pytest.raises(ImproperlyConfigured):
        env_int("X_INT", 1)


def test_taal_en_tijdzone(settings):
    assert settings.LANGUAGE_CODE == "nl"
    assert settings.TIME_ZONE == "Europe/Amsterdam"
    assert settings.X_FRAME_OPTIONS == "DENY"


def _manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_productie_check_deploy_is_schoon():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="visieleren.settings.production",
        SECRET_KEY="x" * 20 + "een-lange-willekeurige-sleutel-voor-de-test-0123456789",
        ALLOWED_HOSTS="visieleren.example",
        SITE_URL="https://visieleren.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_productie_weigert_zonder_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--settings", "visieleren.settings.production"],
        cwd=ROOT,
        env={**env, "SECRET_KEY": ""},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_migraties_zijn_compleet():
    result = _manage("makemigrations", "--check", "--dry-run", DJANGO_SETTINGS_MODULE="visieleren.settings.test")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_csp_zonder_unsafe_inline_en_frame_deny(client):
    response = client.get("/accounts/login/")
    csp = response["Content-Security-Policy"]
    assert "unsafe-inline" not in csp
    assert "script-src 'self'" in csp
    assert "style-src 'self'" in csp
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_404_en_403_in_het_nederlands(client, team):
    assert "Pagina niet gevonden" in client.get("/bestaat-niet/").content.decode()


def test_docker_compose_beschrijft_productie():
    import yaml

    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    diensten = compose["services"]
    assert {"web", "worker", "beat", "postgres", "redis"} <= set(diensten)
    assert "gunicorn" in " ".join(diensten["web"]["command"])
    assert "worker" in diensten["worker"]["command"]
    assert "beat" in diensten["beat"]["command"]
    for naam in ["web", "postgres", "redis"]:
        assert "healthcheck" in diensten[naam], naam
    assert (ROOT / "Dockerfile").exists()


def test_geen_bestanden_van_andere_hosts_in_templates():
    for template in list((ROOT / "templates").rglob("*.html")) + list(ROOT.glob("*/templates/**/*.html")):
        tekst = template.read_text()
        assert 'src="http' not in tekst and 'href="http' not in tekst.replace('href="http://127', ""), template
