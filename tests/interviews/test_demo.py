"""seed_demo loads invented duo-interviews with anchored quotes, idempotently."""

import pytest
from django.core.management import call_command

from interviews.demo import interviews as interviews_demo
from interviews.models import Citaat, Deelnemer, Interview
from trajecten.demo import traject as trajecten_demo

pytestmark = pytest.mark.django_db


def test_seed_demo_laadt_interviews_met_citaten_en_is_idempotent():
    call_command("seed_demo", force=True)
    eerste = (Deelnemer.objects.count(), Interview.objects.count(), Citaat.objects.count())
    call_command("seed_demo", force=True)
    assert (Deelnemer.objects.count(), Interview.objects.count(), Citaat.objects.count()) == eerste
    assert eerste[1] >= 10 and eerste[2] >= 30
    for citaat in Citaat.objects.select_related("interview"):
        assert citaat.interview.notities[citaat.begin : citaat.eind] == citaat.tekst
        assert citaat.spreker_id in (citaat.interview.deelnemer_a_id, citaat.interview.deelnemer_b_id)
    assert all(d.heeft_toestemming for d in Deelnemer.objects.all())


def test_demo_citaten_staan_precies_een_keer_in_hun_aantekeningen():
    for gegevens in interviews_demo.INTERVIEWS.values():
        namen = {rij[0] for rij in gegevens["deelnemers"]}
        for naam_a, naam_b, _, notities, citaten in gegevens["interviews"]:
            assert len(notities.split()) >= 300  # about a page or more
            for spreker, tekst, _ in citaten:
                assert notities.count(tekst) == 1, tekst
                assert spreker in {naam_a, naam_b} <= namen
            # The names appear in the notes, so the pseudonymised view has something to replace.
            for naam in (naam_a, naam_b):
                assert naam.split()[0] in notities, naam


def test_demo_moderator_modereert_de_interviews_van_traject_5_en_7():
    demo = {}
    trajecten_demo.laden(demo)
    interviews_demo.laden(demo)
    for nummer in (5, 7):
        interviews = Interview.objects.filter(traject=demo["trajecten"][nummer])
        assert interviews.count() >= 3
        assert {i.moderator.email for i in interviews} == {"moderator@visieleren.test"}
    assert len(demo["citaten"]) == Citaat.objects.count()
    assert all(isinstance(c, Citaat) for c in demo["citaten"])
