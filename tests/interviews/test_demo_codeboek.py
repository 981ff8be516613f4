"""The codebook demo step: subthema's in their parent's group, traject codes, no duplicate names, idempotent."""

from collections import Counter

import pytest
from django.core.management import call_command

from interviews.demo import codeboek as demo_codeboek
from interviews.demo.tags import SUBTHEMAS, TRAJECTCODES
from interviews.models import Beoordeling, Code, Memo, Tagging
from trajecten.demo import traject as trajecten_demo

pytestmark = pytest.mark.django_db


def _tellingen():
    return (Code.objects.count(), Tagging.objects.count(), Beoordeling.objects.count(), Memo.objects.count())


def test_demo_codes_kind_in_groep_van_ouder_en_geen_dubbele_namen():
    call_command("seed_demo", force=True)
    eerste = _tellingen()
    call_command("seed_demo", force=True)
    assert _tellingen() == eerste
    for code in Code.objects.filter(ouder__isnull=False).select_related("ouder"):
        assert code.groep == code.ouder.groep and code.traject_id == code.ouder.traject_id, code
    dubbel = Counter(Code.objects.values_list("groep", "ouder_id", "traject_id", "naam"))
    assert [sleutel for sleutel, n in dubbel.items() if n > 1] == []
    for ouder, kinderen in SUBTHEMAS.items():
        for naam, _ in kinderen:
            assert Code.objects.get(ouder__naam=ouder, naam=naam, traject=None).groep == Code.Groep.HOOFDTHEMA
    for nummer, rijen in TRAJECTCODES.items():
        for naam, _, _ in rijen:
            code = Code.objects.get(naam=naam, groep=Code.Groep.TRAJECT)
            assert code.traject.titel and code.ouder is None, nummer
    assert Memo.objects.filter(code__naam="Rust en regie").exists()


def test_demo_codeboek_zonder_citaten_maakt_alleen_codes():
    demo: dict = {}
    trajecten_demo.laden(demo)
    demo_codeboek.laden(demo)
    demo_codeboek.laden(demo)
    assert Code.objects.filter(groep=Code.Groep.TRAJECT).count() == sum(len(r) for r in TRAJECTCODES.values())
    assert not Tagging.objects.exists() and not Beoordeling.objects.exists()


def test_seed_demo_faseert_codes_van_een_oudere_demo_uit_en_ruimt_hun_tags_op():
    from interviews.models import Citaat

    call_command("seed_demo", force=True)
    twenterand = Code.objects.get(naam="Hervormingsagenda").traject
    rust = Code.objects.get(naam="Rust en regie", ouder=None)
    # What an older seed_demo left: a traject code under a shared hoofdthema (which, since codes are
    # unambiguous, carries its parent's group), tagged by keyword.
    oud = Code.objects.create(groep=rust.groep, traject=twenterand, naam="Basis op orde", ouder=rust)
    citaat = Citaat.objects.filter(interview__traject=twenterand).first()
    Tagging.objects.create(citaat=citaat, code=oud)
    call_command("seed_demo", force=True)
    oud.refresh_from_db()
    assert not oud.actief
    assert not Tagging.objects.filter(code=oud, verwijderd_op__isnull=True).exists()
