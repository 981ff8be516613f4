"""Retention: raw notes, names and contact data of finished trajecten go; anonymous quotes stay."""

from datetime import date, timedelta

import pytest

from interviews.models import Citaat, Interview
from interviews.services import bewaartermijn_toepassen, traject_bewaartermijn_toepassen
from interviews.tasks import bewaartermijn_toepassen as bewaartermijn_taak
from tests.factories import BetrokkeneFactory, DeelnemerFactory, InterviewFactory, TrajectFactory
from trajecten.models import Betrokkene, Status
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db

NOTITIES = "Intro\nJohanna Verbeek: ik wacht al maanden, zei Verbeek tegen de buurvrouw."


def _afgerond_traject(dagen_geleden: int, status=Status.AFGEROND):
    return TrajectFactory(status=status, werkelijke_eind=date.today() - timedelta(days=dagen_geleden))


def _interview_met_citaat(traject):
    spreker = DeelnemerFactory(
        traject=traject, pseudoniem="Inwoner 1", betrokkene__naam="Johanna Verbeek", betrokkene__email="j@voorbeeld.nl"
    )
    interview = InterviewFactory(traject=traject, deelnemer_a=spreker, notities=NOTITIES)
    begin = NOTITIES.index("Johanna")
    citaat = Citaat.objects.create(
        interview=interview, tekst=NOTITIES[begin:], begin=begin, eind=len(NOTITIES), spreker=spreker, context="Verbeek"
    )
    return interview, citaat


def test_na_de_bewaartermijn_gaan_aantekeningen_en_namen_weg_en_blijven_citaten(settings):
    settings.AANTEKENINGEN_BEWAAR_DAGEN = 365
    traject = _afgerond_traject(400)
    interview, citaat = _interview_met_citaat(traject)
    kaart = BetrokkeneFactory(traject=traject, naam="Piet de Wethouder", perspectief="bestuur")

    assert bewaartermijn_toepassen() == 1

    interview.refresh_from_db()
    citaat.refresh_from_db()
    kaart.refresh_from_db()
    assert interview.notities == "" and not interview.concepten.exists() and interview.notities_verwijderd_op
    assert citaat.tekst == "Inwoner 1: ik wacht al maanden, zei Inwoner 1 tegen de buurvrouw."
    assert citaat.context == "Inwoner 1"
    spreker = Betrokkene.objects.get(deelnemer__pseudoniem="Inwoner 1")
    assert (spreker.naam, spreker.email, spreker.telefoon) == ("Inwoner 1", "", "")
    assert kaart.naam == "Bestuur (geanonimiseerd)" and kaart.email == ""
    assert AuditLog.objects.filter(traject=traject, actie__startswith="bewaartermijn toegepast").count() == 1


def test_bewaartermijn_is_idempotent(settings):
    settings.AANTEKENINGEN_BEWAAR_DAGEN = 30
    traject = _afgerond_traject(60)
    _interview_met_citaat(traject)
    assert bewaartermijn_taak.apply().get() == 1
    assert bewaartermijn_taak.apply().get() == 0
    assert traject_bewaartermijn_toepassen(traject=traject) == {"aantekeningen": 0, "citaten": 0, "betrokkenen": 0}
    assert AuditLog.objects.filter(actie__startswith="bewaartermijn toegepast").count() == 1


@pytest.mark.parametrize(
    ("status", "dagen_geleden"),
    [(Status.LOPEND, 800), (Status.AFGEROND, 100), (Status.GESTOPT, 100)],
)
def test_lopend_of_binnen_de_termijn_blijft_alles_staan(settings, status, dagen_geleden):
    settings.AANTEKENINGEN_BEWAAR_DAGEN = 365
    traject = _afgerond_traject(dagen_geleden, status=status)
    interview, citaat = _interview_met_citaat(traject)
    assert bewaartermijn_toepassen() == 0
    interview.refresh_from_db()
    assert interview.notities == NOTITIES
    assert Citaat.objects.get(pk=citaat.pk).tekst.startswith("Johanna Verbeek")


def test_geannuleerd_traject_zonder_einddatum_telt_vanaf_de_geplande_einddatum(settings):
    settings.AANTEKENINGEN_BEWAAR_DAGEN = 365
    traject = TrajectFactory(status=Status.GEANNULEERD, geplande_eind=date.today() - timedelta(days=500))
    interview, _ = _interview_met_citaat(traject)
    assert bewaartermijn_toepassen() == 1
    assert Interview.objects.get(pk=interview.pk).notities == ""


def test_interviewpagina_na_de_bewaartermijn(client, team, settings):
    settings.AANTEKENINGEN_BEWAAR_DAGEN = 30
    traject = _afgerond_traject(60)
    interview, _ = _interview_met_citaat(traject)
    bewaartermijn_toepassen()
    client.force_login(team)
    html = client.get(interview.get_absolute_url()).content.decode()
    assert "verwijderd na de bewaartermijn" in html
    assert "Inwoner 1: ik wacht al maanden" in html
    assert "Verbeek" not in html
    detail = client.get(traject.get_absolute_url()).content.decode()
    assert "Aantekeningen, namen en contactgegevens verwijderd op" in detail


def test_seed_demo_brengt_namen_na_de_bewaartermijn_niet_terug():
    from django.core.management import call_command

    call_command("seed_demo", force=True)
    assert bewaartermijn_toepassen() >= 1  # the afgeronde demo trajecten of 2022–2023
    voor = (Interview.objects.count(), Betrokkene.objects.count(), Citaat.objects.count())
    call_command("seed_demo", force=True)
    assert (Interview.objects.count(), Betrokkene.objects.count(), Citaat.objects.count()) == voor
    assert not Betrokkene.objects.filter(traject__status=Status.AFGEROND, email__contains="@").exists()
