"""The codebook demo step: traject codes, taggings, reviews and memos; idempotent, also without quotes."""

import pytest
from django.core.management import call_command

from interviews.demo import codeboek as demo_codeboek
from interviews.models import Beoordeling, Code, Memo, Tagging
from interviews.selectors.codeboek import citaten_ongetagd_aantal, kappa_per_code
from tests.factories import CitaatFactory, InterviewFactory
from trajecten.demo import traject as trajecten_demo

pytestmark = pytest.mark.django_db


def _tellingen():
    return (Code.objects.count(), Tagging.objects.count(), Beoordeling.objects.count(), Memo.objects.count())


def test_seed_demo_zonder_citaten_maakt_trajectcodes_en_is_idempotent():
    call_command("seed_demo", force=True)
    eerste = _tellingen()
    call_command("seed_demo", force=True)
    assert _tellingen() == eerste
    basis = Code.objects.filter(naam="Basis op orde", traject__isnull=False)
    assert basis.count() == 2
    assert all(c.groep == c.ouder.groep for c in basis)  # a subcode has its parent's group
    assert all(str(c) == "Rust en regie > Basis op orde" for c in basis)
    assert Memo.objects.filter(code__naam="Rust en regie").exists()


def test_demo_tagt_citaten_laat_moderator_beoordelen_en_schrijft_memos():
    demo: dict = {}
    trajecten_demo.laden(demo)
    citaten = []
    woorden = [
        "De wachttijd voor een keukentafelgesprek is maanden.",
        "Het werkt goed dat de consulent zelf mag beslissen.",
        "In de regio kopen we samen in, maar lokaal wil men maatwerk.",
        "Ouders weten niet waar ze terecht kunnen.",
        "Het personeel loopt op zijn tenen.",
        "Er is geen rust in de organisatie.",
    ]
    for nummer in (5, 7, 6):
        interview = InterviewFactory(traject=demo["trajecten"][nummer])
        citaten += [CitaatFactory(interview=interview, tekst=tekst) for tekst in woorden * 2]
    demo["citaten"] = citaten
    demo_codeboek.laden(demo)
    eerste = _tellingen()
    demo_codeboek.laden(demo)
    assert _tellingen() == eerste

    twenterand, hoorn = demo["trajecten"][7], demo["trajecten"][6]
    assert Tagging.objects.filter(citaat__interview__traject=twenterand, door__email=demo_codeboek.EXPERT).exists()
    assert Tagging.objects.filter(code__naam="Wachttijden", code__traject=twenterand).exists()
    assert Tagging.objects.filter(code__naam="Basis op orde", code__traject=twenterand).exists()
    assert not Tagging.objects.filter(citaat__interview__traject=hoorn).exists()  # no role there
    assert citaten_ongetagd_aantal(twenterand) > 0
    assert Tagging.objects.filter(verwijderd_op__isnull=False).exists()
    assert Beoordeling.objects.filter(door__email=demo_codeboek.MODERATOR, oordeel="oneens").exists()
    assert Beoordeling.objects.filter(oordeel="toegevoegd").exists()
    assert kappa_per_code(traject=twenterand)
    assert Memo.objects.filter(citaat__isnull=False).exists()
    assert Memo.objects.filter(interview__isnull=False).exists()
