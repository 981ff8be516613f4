"""The confirmation e-mail of an aanmelding goes through Celery (a real worker when REDIS_URL is set)."""

import time

import pytest
from django.conf import settings

from tests.factories import GemeenteFactory
from trajecten.models import Aanmelding, AanmeldingToken, Beleidsthema
from trajecten.services.aanmelding import aanmelding_create
from visieleren.core.models import UitgaandeEmail


@pytest.mark.django_db(transaction=True)
def test_bevestiging_gaat_via_celery_en_maakt_een_statuslink(echte_worker):
    thema, _ = Beleidsthema.objects.get_or_create(slug="toegang", defaults={"naam": "Toegang"})
    aanmelding, nieuw = aanmelding_create(
        contact_naam="Fatma Demir",
        contact_functie="Beleidsadviseur",
        contact_email="f.demir@deventer.example",
        contact_telefoon="0570 69 39 11",
        gemeenten=[GemeenteFactory(naam="Deventer")],
        gemeente_anders="",
        vraag="Hoe vinden inwoners eerder hulp?",
        context="Urgent.",
        beleidsthemas=[thema],
        betrokkenen="",
        gewenste_start=None,
    )
    assert nieuw
    if settings.REDIS_URL:
        assert echte_worker is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and UitgaandeEmail.objects.exclude(status="verstuurd").exists():
            time.sleep(0.1)
    assert Aanmelding.objects.get(pk=aanmelding.pk).bevestiging_verstuurd_op is not None
    assert set(UitgaandeEmail.objects.values_list("status", flat=True)) == {"verstuurd"}
    assert AanmeldingToken.objects.filter(aanmelding=aanmelding).count() == 1
