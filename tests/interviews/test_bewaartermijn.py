"""Retention: raw notes, names and contact data of finished trajecten go; anonymous quotes stay."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from interviews.models import Citaat, Interview
from interviews.services.interviews import bewaartermijn_toepassen, traject_bewaartermijn_toepassen
from interviews.tasks import bewaartermijn_toepassen as bewaartermijn_taak
from tests.factories import BetrokkeneFactory, DeelnemerFactory, InterviewFactory, TrajectFactory
from trajecten.models import Betrokkene, Status
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db

NOTITIES = "Intro\nJohanna Verbeek: ik wacht al maanden, zei Verbeek tegen de buurvrouw."


def _afgerond_traject(dagen_geleden: int, status=Status.AFGEROND, nazorg_na_dagen: int | None = 20):
    """A finished traject; an afgerond one had its nazorg ``nazorg_na_dagen`` after the end (None: not yet)."""
    eind = date.today() - timedelta(days=dagen_geleden)
    nazorg = eind + timedelta(days=nazorg_na_dagen) if nazorg_na_dagen is not None else None
    return TrajectFactory(
        status=status, werkelijke_eind=eind, nazorg_afgerond_op=nazorg if status == Status.AFGEROND else None
    )


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
    assert not any(traject_bewaartermijn_toepassen(traject=traject).values())
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


# ---- Retention does not come before nazorg ----------------------------------------------------------


def test_zonder_afgeronde_nazorg_gaan_alleen_de_aantekeningen_weg(settings):
    settings.AANTEKENINGEN_BEWAAR_DAGEN = 30
    traject = _afgerond_traject(400, nazorg_na_dagen=None)
    interview, citaat = _interview_met_citaat(traject)

    assert bewaartermijn_toepassen() == 1

    interview.refresh_from_db()
    assert interview.notities == ""
    assert Citaat.objects.get(pk=citaat.pk).tekst.startswith("Inwoner 1: ik wacht")
    spreker = Betrokkene.objects.get(deelnemer__pseudoniem="Inwoner 1")
    assert (spreker.naam, spreker.email) == ("Johanna Verbeek", "j@voorbeeld.nl")  # for evaluation and nazorg
    traject.refresh_from_db()
    assert traject.persoonsgegevens_verwijderd_op is None
    assert AuditLog.objects.filter(
        traject=traject, actie__endswith="namen en contactgegevens wachten op de nazorg"
    ).exists()
    assert bewaartermijn_toepassen() == 0  # nothing more to do until the nazorg is done


def test_na_de_nazorg_gaan_ook_namen_en_contactgegevens_weg(settings, team):
    from trajecten.services.nazorg import traject_nazorg_afronden

    settings.AANTEKENINGEN_BEWAAR_DAGEN = 30
    traject = _afgerond_traject(400, nazorg_na_dagen=None)
    _interview_met_citaat(traject)
    bewaartermijn_toepassen()
    traject_nazorg_afronden(traject=traject, op=date.today() - timedelta(days=1), door=team)

    assert bewaartermijn_toepassen() == 1
    assert not Betrokkene.objects.filter(traject=traject, email__contains="@").exists()
    assert AuditLog.objects.filter(traject=traject, actie="nazorg afgerond", actor=team).exists()


def test_nazorg_na_het_einde_van_de_termijn_bepaalt_de_datum(settings):
    """Contact data go at the later of the two: the notes' period end or the nazorg."""
    settings.AANTEKENINGEN_BEWAAR_DAGEN = 30
    traject = _afgerond_traject(100, nazorg_na_dagen=90)  # period ended 69 days ago; nazorg 10 days ago
    _interview_met_citaat(traject)
    nazorg = traject.nazorg_afgerond_op

    assert bewaartermijn_toepassen(vandaag=nazorg) == 1  # notes go; contact data wait until after the nazorg
    assert Betrokkene.objects.filter(traject=traject, email__contains="@").exists()
    assert bewaartermijn_toepassen(vandaag=nazorg + timedelta(days=1)) == 1
    assert not Betrokkene.objects.filter(traject=traject, email__contains="@").exists()


def test_gestopt_traject_heeft_geen_nazorg_en_verliest_contactgegevens_met_de_aantekeningen(settings):
    settings.AANTEKENINGEN_BEWAAR_DAGEN = 30
    traject = _afgerond_traject(60, status=Status.GESTOPT)
    _interview_met_citaat(traject)
    assert bewaartermijn_toepassen() == 1
    assert not Betrokkene.objects.filter(traject=traject, email__contains="@").exists()


def test_trajectpagina_toont_het_team_wat_wanneer_verdwijnt(client, team, persona, settings):
    settings.AANTEKENINGEN_BEWAAR_DAGEN = 30
    traject = _afgerond_traject(10, nazorg_na_dagen=None)
    _interview_met_citaat(traject)
    client.force_login(team)
    html = client.get(traject.get_absolute_url()).content.decode()
    notities_op = traject.werkelijke_eind + timedelta(days=31)
    assert "Bewaartermijn en nazorg" in html
    assert f"worden verwijderd vanaf {notities_op.day} " in html
    assert "blijven bewaard tot de nazorg is afgerond" in html

    response = client.post(
        reverse("trajecten:nazorg", args=[traject.pk]), {"nazorg_afgerond_op": date.today().isoformat()}
    )
    assert response.status_code == 302
    traject.refresh_from_db()
    assert traject.nazorg_afgerond_op == date.today()
    html = client.get(traject.get_absolute_url()).content.decode()
    assert "blijven bewaard tot de nazorg" not in html
    assert f"worden verwijderd vanaf {notities_op.day} " in html


def test_nazorgdatum_in_de_toekomst_wordt_geweigerd(client, team):
    traject = _afgerond_traject(10, nazorg_na_dagen=None)
    client.force_login(team)
    morgen = date.today() + timedelta(days=1)
    response = client.post(reverse("trajecten:nazorg", args=[traject.pk]), {"nazorg_afgerond_op": morgen.isoformat()})
    assert response.status_code == 400
    assert "Deze datum ligt in de toekomst." in response.content.decode()
    traject.refresh_from_db()
    assert traject.nazorg_afgerond_op is None


def test_alleen_het_team_ziet_de_bewaartermijn_op_de_trajectpagina(client, persona):
    traject = persona["expert"].trajectrollen.first().traject
    client.force_login(persona["expert"])
    assert "Bewaartermijn en nazorg" not in client.get(traject.get_absolute_url()).content.decode()
