"""Deelnemers, consent and its withdrawal, notes and quotes, through the services."""

import datetime

import pytest
from django.dispatch import receiver

from interviews.models import AantekeningenConcept, Citaat, Code, Deelnemer, Interview, Tagging
from interviews.services import interviews as services
from interviews.signals import citaten_vervallen
from tests.factories import BetrokkeneFactory, CitaatFactory, DeelnemerFactory, InterviewFactory
from trajecten.models import Betrokkene
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db

GISTEREN = datetime.date.today() - datetime.timedelta(days=1)


def test_team_maakt_deelnemer_van_iemand_op_de_stakeholderkaart_met_schuilnaam(traject, team):
    eerste = BetrokkeneFactory(traject=traject, perspectief="uitvoering")
    tweede = BetrokkeneFactory(traject=traject, perspectief="uitvoering")
    inwoner = BetrokkeneFactory(traject=traject, perspectief="inwoner")
    a = services.deelnemer_create(traject=traject, betrokkene=eerste, toestemming_op=GISTEREN, door=team)
    b = services.deelnemer_create(traject=traject, betrokkene=tweede, door=team)
    c = services.deelnemer_create(traject=traject, betrokkene=inwoner, door=team)
    assert [a.pseudoniem, b.pseudoniem, c.pseudoniem] == ["Uitvoering 1", "Uitvoering 2", "Inwoner 1"]
    assert a.heeft_toestemming and not b.heeft_toestemming
    assert AuditLog.objects.filter(actie="deelnemer toegevoegd", traject=traject).count() == 3


def test_schuilnamen_blijven_stabiel_en_worden_niet_hergebruikt_bij_gaten(traject, team):
    DeelnemerFactory(traject=traject, pseudoniem="Uitvoering 4", betrokkene__perspectief="uitvoering")
    nieuw = services.deelnemer_create(traject=traject, naam="Nieuwe Collega", perspectief="uitvoering", door=team)
    assert nieuw.pseudoniem == "Uitvoering 5"
    assert Deelnemer.objects.get(pseudoniem="Uitvoering 4")  # unchanged


def test_nieuwe_persoon_komt_ook_op_de_stakeholderkaart(traject, team):
    deelnemer = services.deelnemer_create(
        traject=traject, naam="Fatima El Amrani", perspectief="maatschappelijk", organisatie="Welzijn", door=team
    )
    assert Betrokkene.objects.get(traject=traject, naam="Fatima El Amrani") == deelnemer.betrokkene
    assert deelnemer.pseudoniem == "Partner 1"
    assert AuditLog.objects.filter(actie__startswith="betrokkene toegevoegd").exists()


def test_betrokkene_van_ander_traject_kan_geen_deelnemer_worden(traject, ander_traject, team):
    vreemde = BetrokkeneFactory(traject=ander_traject)
    with pytest.raises(services.InterviewFout):
        services.deelnemer_create(traject=traject, betrokkene=vreemde, door=team)


def test_interview_zonder_toestemming_van_beide_heeft_geen_citaten(traject, team):
    interview = InterviewFactory(traject=traject, deelnemer_b__toestemming_op=None)
    with pytest.raises(services.GeenToestemming) as fout:
        services.citaat_create(
            interview=interview, begin=0, eind=5, tekst="Wat g", spreker=interview.deelnemer_a, door=team
        )
    assert interview.deelnemer_b.pseudoniem in str(fout.value)
    assert not Citaat.objects.exists()


def test_citaat_bewaart_eigen_tekst_en_codepunt_offsets(traject, team):
    interview = InterviewFactory(traject=traject, notities="Ze zeì: ‘Eindelijk rust 😌 in ons gezin.’ Einde.")
    tekst = "Eindelijk rust 😌 in ons gezin."
    begin = interview.notities.index(tekst)
    citaat = services.citaat_create(
        interview=interview,
        begin=begin,
        eind=begin + len(tekst),
        tekst=tekst,
        spreker=interview.deelnemer_b,
        context="Over de nieuwe aanpak",
        door=team,
    )
    assert (citaat.begin, citaat.eind) == (9, 9 + len(tekst))
    assert citaat.tekst == tekst
    assert AuditLog.objects.filter(actie="citaat gemaakt").exists()


def test_citaat_van_iemand_buiten_het_duo_wordt_geweigerd(traject, team):
    interview = InterviewFactory(traject=traject)
    buitenstaander = DeelnemerFactory(traject=traject)
    with pytest.raises(services.InterviewFout):
        services.citaat_create(interview=interview, begin=0, eind=4, tekst="Wat ", spreker=buitenstaander, door=team)


def test_citaat_met_tekst_die_niet_op_die_plek_staat_wordt_geweigerd(traject, team):
    interview = InterviewFactory(traject=traject)
    with pytest.raises(services.InterviewFout):
        services.citaat_create(
            interview=interview, begin=0, eind=4, tekst="iets", spreker=interview.deelnemer_a, door=team
        )


def test_notities_opslaan_verankert_citaten_opnieuw(traject, team):
    interview = InterviewFactory(traject=traject, notities="Eén.\nDe wachttijd is lang.\nTwee.\nIk voel me gehoord.")
    blijft = CitaatFactory(interview=interview, begin=0, eind=4, tekst="Eén.")
    tekst = "De wachttijd is lang."
    b = interview.notities.index(tekst)
    verhuist = CitaatFactory(interview=interview, begin=b, eind=b + len(tekst), tekst=tekst)
    b = interview.notities.index("Ik voel me gehoord.")
    verandert = CitaatFactory(interview=interview, begin=b, eind=b + 19, tekst="Ik voel me gehoord.")
    nieuw = "Eén.\r\nInleiding erbij.\r\nDe wachttijd is lang.\r\nTwee.\r\nIk voel me niet gehoord."
    telling = services.interview_notities_opslaan(interview=interview, notities=nieuw, door=team)
    assert telling == {"ok": 1, "verplaatst": 1, "gewijzigd": 1}
    interview.refresh_from_db()
    assert "\r" not in interview.notities
    for citaat in (blijft, verhuist, verandert):
        citaat.refresh_from_db()
    assert blijft.anker == Citaat.Anker.OK
    assert verhuist.anker == Citaat.Anker.VERPLAATST
    assert interview.notities[verhuist.begin : verhuist.eind] == tekst
    assert verandert.anker == Citaat.Anker.GEWIJZIGD
    assert verandert.tekst == "Ik voel me gehoord."


def test_concept_wordt_bewaard_en_bij_opslaan_opgeruimd(traject, team):
    interview = InterviewFactory(traject=traject)
    services.interview_concept_opslaan(interview=interview, concept="Half af", door=team)
    services.interview_concept_opslaan(interview=interview, concept="Half af, meer", door=team)
    concept = AantekeningenConcept.objects.get(interview=interview, user=team)
    assert concept.tekst == "Half af, meer" and concept.opgeslagen_op
    # Only the start of a draft is logged, not every pause in typing.
    assert AuditLog.objects.filter(actie__startswith="concept").count() == 1
    services.interview_notities_opslaan(interview=interview, notities="Af", door=team)
    interview.refresh_from_db()
    assert interview.notities == "Af" and not AantekeningenConcept.objects.exists()


@pytest.fixture
def getagd_interview(traject, team):
    interview = InterviewFactory(traject=traject, notities="A zegt: wachten.\nB zegt: rust.")
    van_a = CitaatFactory(interview=interview, begin=8, eind=16, tekst="wachten.", spreker=interview.deelnemer_a)
    van_b = CitaatFactory(interview=interview, begin=25, eind=30, tekst="rust.", spreker=interview.deelnemer_b)
    code = Code.objects.filter(groep="hoofdthema").first()
    Tagging.objects.create(citaat=van_a, code=code, door=team)
    Tagging.objects.create(citaat=van_b, code=code, door=team)
    return interview, van_a, van_b


def test_intrekken_verwijdert_citaten_en_taggings_met_audit_en_haak(getagd_interview, team):
    interview, van_a, van_b = getagd_interview
    gemeld = []

    @receiver(citaten_vervallen)
    def ontvanger(sender, citaat_ids, traject, door, reden, **kwargs):
        gemeld.append((sorted(citaat_ids), traject, door))

    try:
        telling = services.deelnemer_toestemming_intrekken(
            deelnemer=interview.deelnemer_a, wijze="citaten", op=GISTEREN, door=team
        )
    finally:
        citaten_vervallen.disconnect(ontvanger)
    assert telling == {"citaten": 1, "taggings": 1, "interviews": 0}
    assert list(Citaat.objects.all()) == [van_b]
    assert Tagging.objects.count() == 1
    assert gemeld == [([van_a.pk], interview.traject, team)]
    interview.deelnemer_a.refresh_from_db()
    assert not interview.deelnemer_a.heeft_toestemming
    assert AuditLog.objects.filter(actie="toestemming ingetrokken; citaten verwijderd").exists()
    with pytest.raises(services.GeenToestemming):
        services.controleer_toestemming(Interview.objects.get(pk=interview.pk))


def test_intrekken_van_de_hele_deelnemer_verwijdert_ook_de_interviews(getagd_interview, team):
    interview, _, _ = getagd_interview
    a = interview.deelnemer_a
    telling = services.deelnemer_toestemming_intrekken(deelnemer=a, wijze="deelnemer", op=GISTEREN, door=team)
    assert telling == {"citaten": 2, "taggings": 2, "interviews": 1}
    assert not Interview.objects.exists() and not Citaat.objects.exists()
    assert not Deelnemer.objects.filter(pk=a.pk).exists()
    assert Deelnemer.objects.filter(pk=interview.deelnemer_b.pk).exists()
    assert Betrokkene.objects.filter(pk=a.betrokkene_id).exists()  # stays on the stakeholder map
    assert AuditLog.objects.filter(actie__contains="deelnemer en interviews verwijderd").exists()


def test_interview_vraagt_twee_verschillende_deelnemers_en_een_echte_moderator(traject, team, persona):
    a = DeelnemerFactory(traject=traject)
    b = DeelnemerFactory(traject=traject)
    with pytest.raises(services.InterviewFout):
        services.interview_create(
            traject=traject, datum=GISTEREN, deelnemer_a=a, deelnemer_b=a, moderator=None, door=team
        )
    with pytest.raises(services.InterviewFout):
        services.interview_create(
            traject=traject, datum=GISTEREN, deelnemer_a=a, deelnemer_b=b, moderator=persona["expert"], door=team
        )
    interview = services.interview_create(
        traject=traject, datum=GISTEREN, deelnemer_a=a, deelnemer_b=b, moderator=persona["moderator"], door=team
    )
    assert interview.moderator == persona["moderator"]


def test_interview_wijzigen_logt_alleen_wat_veranderde(traject, team, persona):
    interview = InterviewFactory(traject=traject, datum=GISTEREN, moderator=None)
    moderator = persona["moderator"]
    services.interview_update(interview=interview, datum=GISTEREN, moderator=moderator, door=team)
    log = AuditLog.objects.get(actie="duo-interview gewijzigd")
    assert log.wijzigingen == {"moderator": ["None", str(moderator)]}


def test_inzage_van_aantekeningen_wordt_eens_per_uur_gelogd(client, persona, traject):
    from datetime import timedelta

    from django.utils import timezone

    from interviews.services.interviews import INZAGE_ACTIE
    from tests.factories import InterviewFactory
    from visieleren.core.models import AuditLog

    interview = InterviewFactory(traject=traject)
    client.force_login(persona["expert"])
    url = interview.get_absolute_url()
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200
    regels = AuditLog.objects.filter(actie=INZAGE_ACTIE, object_id=str(interview.pk))
    assert [r.actor for r in regels] == [persona["expert"]]
    assert regels.get().traject == traject
    regels.update(tijdstip=timezone.now() - timedelta(hours=2))
    client.get(url)
    assert regels.count() == 2
    client.force_login(persona["team"])
    client.get(url)
    assert AuditLog.objects.filter(actie=INZAGE_ACTIE, actor=persona["team"]).count() == 1
