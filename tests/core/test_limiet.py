"""The one per-IP hourly counter (visieleren/limiet.py) behind the aanmeldformulier, guessed evaluation
links and failed logins."""

from datetime import UTC, datetime

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import timezone

from visieleren import limiet


@pytest.fixture(autouse=True)
def _leeg():
    cache.clear()
    yield
    cache.clear()


def test_telt_per_soort_en_adres_binnen_het_uur(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: datetime(2024, 5, 1, 10, 15, tzinfo=UTC))
    assert [limiet.tellen("aanmelden", "10.0.0.1") for _ in range(3)] == [1, 2, 3]
    assert limiet.stand("aanmelden", "10.0.0.1") == 3
    assert limiet.tellen("evaluatie", "10.0.0.1") == 1  # another budget
    assert limiet.tellen("aanmelden", "10.0.0.2") == 1  # another address
    monkeypatch.setattr(timezone, "now", lambda: datetime(2024, 5, 1, 11, 0, tzinfo=UTC))  # a new hour
    assert limiet.stand("aanmelden", "10.0.0.1") == 0
    assert limiet.tellen("aanmelden", "10.0.0.1") == 1


def test_de_sleutel_bevat_geen_ip_adres():
    assert "192.168" not in limiet.sleutel("aanmelden", "192.168.12.34")


def test_client_ip_achter_vertrouwde_proxies(settings):
    verzoek = RequestFactory().get("/", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="6.6.6.6, 1.2.3.4, 10.0.0.8")
    settings.AANMELDING_VERTROUWDE_PROXIES = 0
    assert limiet.client_ip(verzoek) == "10.0.0.9"
    settings.AANMELDING_VERTROUWDE_PROXIES = 2
    assert limiet.client_ip(verzoek) == "1.2.3.4"
