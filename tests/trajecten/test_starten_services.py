"""Services of Starten: start data, expert pool, expertteam with its e-mail, stakeholder map, bijeenkomsten."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import BetrokkeneFactory, BijeenkomstFactory, ExpertProfielFactory, TrajectFactory, UserFactory
from trajecten.models import Beleidsthema, Betrokkene, Bijeenkomst, Rol, TrajectRol
from trajecten.selectors import starten as selectors
from trajecten.selectors import traject as traject_selectors
from trajecten.services import starten as services_starten
from visieleren.accounts.emails import rol_melding_inplannen
from visieleren.accounts.models import User
from visieleren.accounts.services import RolBestaatAl
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db


def test_startgegevens_met_bw_besluit_worden_opgeslagen_en_gelogd(traject, team):
    besluit = SimpleUploadedFile("besluit.pdf", b"%PDF-1.4 besluit", content_type="application/pdf")
    services_starten.startgegevens_update(
        traject=traject,
        kernvraag="Hoe maken we de toegang eenvoudiger?",
        aanpak="Duo-interviews",
        bw_besluit_op=datetime.date(2026, 2, 1),
        geplande_start=datetime.date(2026, 2, 15),
        geplande_eind=datetime.date(2026, 5, 10),
        door=team,
        bw_besluit_bestand=besluit,
    )
    traject.refresh_from_db()
    assert traject.kernvraag == "Hoe maken we de toegang eenvoudiger?"
    assert traject.bw_besluit_document.titel == "Besluit college van B&W"
    assert traject.documenten.count() == 1
    log = AuditLog.objects.get(actie="startgegevens gewijzigd")
    assert log.wijzigingen["kernvraag"] == ["", "Hoe maken we de toegang eenvoudiger?"]
    assert AuditLog.objects.filter(actie="document geüpload").exists()


def test_expertprofiel_voor_nieuw_adres_maakt_account_en_nodigt_uit(team, django_capture_on_commit_callbacks):
    jeugd = Beleidsthema.objects.get(slug="jeugd")
    with django_capture_on_commit_callbacks(execute=True):
        profiel = services_starten.expertprofiel_create(
            naam="Nieuwe Expert",
            email="nieuw@expert.nl",
            organisatie="Bureau X",
            expertise=[jeugd],
            tags="onderzoek, jeugdhulp",
            toelichting="",
            actief=True,
            door=team,
        )
    assert profiel.user.email == "nieuw@expert.nl"
    assert list(profiel.expertise.all()) == [jeugd]
    assert profiel.tag_lijst == ["onderzoek", "jeugdhulp"]
    assert len(mail.outbox) == 1
    assert AuditLog.objects.filter(actie="expertprofiel aangemaakt").exists()


def test_expertprofiel_voor_bestaand_account_hergebruikt_het(team):
    user = UserFactory(email="bestaat@voorbeeld.nl")
    profiel = services_starten.expertprofiel_create(
        naam="x",
        email="BESTAAT@voorbeeld.nl",
        organisatie="",
        expertise=[],
        tags="",
        toelichting="",
        actief=True,
        door=team,
    )
    assert profiel.user == user
    assert User.objects.filter(email__iexact="bestaat@voorbeeld.nl").count() == 1


def test_expertprofiel_wijzigen_logt_de_verschillen(team):
    profiel = ExpertProfielFactory(organisatie="Oud")
    wmo = Beleidsthema.objects.get(slug="wmo")
    services_starten.expertprofiel_update(
        profiel=profiel,
        naam="Nieuwe Naam",
        organisatie="Nieuw",
        expertise=[wmo],
        tags="",
        toelichting="",
        actief=False,
        door=team,
    )
    profiel.refresh_from_db()
    assert (profiel.user.naam, profiel.organisatie, profiel.actief) == ("Nieuwe Naam", "Nieuw", False)
    wijzigingen = AuditLog.objects.get(actie="expertprofiel gewijzigd").wijzigingen
    assert wijzigingen["organisatie"] == ["Oud", "Nieuw"]
    assert wijzigingen["expertise"] == ["", "Wmo"]


def test_expert_toevoegen_geeft_rol_en_stuurt_een_e_mail(traject, team, django_capture_on_commit_callbacks):
    expert = ExpertProfielFactory().user
    traject.kernvraag = "Kernvraag <b>met</b> tekens"
    traject.save()
    with django_capture_on_commit_callbacks(execute=True):
        trajectrol = services_starten.expertteam_toevoegen(traject=traject, user=expert, rol=Rol.EXPERT, door=team)
    assert trajectrol.rol == Rol.EXPERT
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.to == [expert.email]
    assert "expert" in bericht.subject and traject.titel in bericht.subject
    assert "Kernvraag <b>met</b> tekens" in bericht.body
    assert "/mijn-trajecten/" in bericht.body
    trajectrol.refresh_from_db()
    assert trajectrol.melding_verstuurd_op is not None
    assert AuditLog.objects.filter(actie="rol toegekend", traject=traject).exists()


def test_melding_taak_is_idempotent(traject, team, django_capture_on_commit_callbacks):
    moderator = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        trajectrol = services_starten.expertteam_toevoegen(
            traject=traject, user=moderator, rol=Rol.MODERATOR, door=team
        )
    with django_capture_on_commit_callbacks(execute=True):
        rol_melding_inplannen(trajectrol=trajectrol)
    assert len(mail.outbox) == 1


def test_geen_e_mail_als_de_transactie_niet_doorgaat(traject, team, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services_starten.expertteam_toevoegen(traject=traject, user=UserFactory(), rol=Rol.MODERATOR, door=team)
    assert len(callbacks) == 1
    assert mail.outbox == []


def test_dezelfde_rol_twee_keer_geeft_een_fout(traject, team):
    expert = ExpertProfielFactory().user
    services_starten.expertteam_toevoegen(traject=traject, user=expert, rol=Rol.EXPERT, door=team)
    with pytest.raises(RolBestaatAl):
        services_starten.expertteam_toevoegen(traject=traject, user=expert, rol=Rol.EXPERT, door=team)


def test_andere_rollen_horen_niet_bij_het_expertteam(traject, team):
    with pytest.raises(ValueError):
        services_starten.expertteam_toevoegen(traject=traject, user=UserFactory(), rol=Rol.BESTUURDER, door=team)


def test_expert_verwijderen_trekt_de_rol_in(traject, team):
    trajectrol = services_starten.expertteam_toevoegen(
        traject=traject, user=ExpertProfielFactory().user, rol=Rol.EXPERT, door=team
    )
    services_starten.expertteam_verwijderen(trajectrol=trajectrol, door=team)
    assert not TrajectRol.objects.filter(pk=trajectrol.pk).exists()
    assert AuditLog.objects.filter(actie="rol ingetrokken").exists()


def test_suggesties_passen_bij_de_beleidsthemas_van_het_traject(traject):
    toegang, jeugd, wmo = (Beleidsthema.objects.get(slug=s) for s in ["toegang", "jeugd", "wmo"])
    traject.beleidsthemas.set([toegang, jeugd])
    beide = ExpertProfielFactory(expertise=[toegang, jeugd])
    een = ExpertProfielFactory(expertise=[jeugd, wmo])
    ExpertProfielFactory(expertise=[wmo])
    ExpertProfielFactory(expertise=[toegang], actief=False)
    al_in_team = ExpertProfielFactory(expertise=[toegang])
    TrajectRol.objects.create(traject=traject, user=al_in_team.user, rol=Rol.EXPERT)
    suggesties = list(selectors.expert_suggesties(traject=traject))
    assert suggesties == [beide, een]
    assert [s.overeenkomsten for s in suggesties] == [2, 1]


def test_betrokkene_crud_wordt_gelogd(traject, team):
    velden = dict(
        naam="Sanne Visser",
        organisatie="Gemeente",
        functie="wethouder",
        perspectief="bestuur",
        intern=True,
        email="s@voorbeeld.nl",
        telefoon="06",
    )
    betrokkene = services_starten.betrokkene_create(traject=traject, door=team, **velden)
    services_starten.betrokkene_update(betrokkene=betrokkene, door=team, **(velden | {"functie": "burgemeester"}))
    # The log names the changed field, not the values: a betrokkene's data is personal (issue 10).
    regel = AuditLog.objects.get(actie="betrokkene gewijzigd")
    assert regel.wijzigingen == {"functie": ["", "gewijzigd"]}
    assert regel.object_omschrijving == f"betrokkene {betrokkene.pk}"
    services_starten.betrokkene_delete(betrokkene=betrokkene, door=team)
    assert not Betrokkene.objects.exists()
    assert AuditLog.objects.filter(actie="betrokkene verwijderd", traject=traject).exists()


def test_kaart_toont_elk_perspectief_ook_de_gaten(traject):
    BetrokkeneFactory(traject=traject, perspectief="bestuur")
    BetrokkeneFactory(traject=traject, perspectief="bestuur")
    groepen = {g["perspectief"]: len(g["betrokkenen"]) for g in selectors.betrokkenen_per_perspectief(traject=traject)}
    assert groepen == {
        "bestuur": 2,
        "beleid": 0,
        "uitvoering": 0,
        "inwoner": 0,
        "maatschappelijk": 0,
        "zorgaanbieder": 0,
        "regio": 0,
    }


def test_bijeenkomst_crud_met_deelnemers(traject, team):
    betrokkene = BetrokkeneFactory(traject=traject)
    expert = UserFactory()
    begin = BijeenkomstFactory.build().begin
    velden = dict(
        soort="kick-off",
        begin=begin,
        eind=begin + datetime.timedelta(hours=2),
        plaats="Raadzaal",
        agenda="Kennismaken",
        verslag="",
    )
    bijeenkomst = services_starten.bijeenkomst_create(
        traject=traject, door=team, betrokkenen=[betrokkene], deelnemers=[expert], **velden
    )
    assert list(bijeenkomst.betrokkenen.all()) == [betrokkene] and list(bijeenkomst.deelnemers.all()) == [expert]
    services_starten.bijeenkomst_update(
        bijeenkomst=bijeenkomst, door=team, **(velden | {"verslag": "Afspraken gemaakt"})
    )
    # A verslag may name people: the log keeps that it changed, not its text (issue 10).
    assert AuditLog.objects.get(actie="bijeenkomst gewijzigd").wijzigingen == {"verslag": ["", "gewijzigd"]}
    assert list(bijeenkomst.betrokkenen.all()) == []
    services_starten.bijeenkomst_delete(bijeenkomst=bijeenkomst, door=team)
    assert not Bijeenkomst.objects.exists()


def test_tijdlijn_in_datumvolgorde_met_aanmelding_alleen_voor_team(traject, team):
    from trajecten import fasen

    traject.bw_besluit_op = datetime.date(2020, 1, 1)
    traject.save()
    BijeenkomstFactory(traject=traject)
    fasen.traject_beeindigen(traject=traject, status="geannuleerd", reden="Geen tijd", door=team)
    items = traject_selectors.traject_tijdlijn(traject=traject, user=team)
    assert [i["soort"] for i in items] == ["Besluit", "Faseovergang", "Bijeenkomst"]
    assert [i["op"] for i in items] == sorted(i["op"] for i in items)


def test_tijdlijn_toont_aanmelding_en_vraagverheldering():
    from tests.factories import AanmeldingFactory
    from trajecten.models import Vraagverheldering

    traject = TrajectFactory()
    assert traject_selectors._aanmelding_items(traject) == []
    aanmelding = AanmeldingFactory(traject=traject, besloten_op=datetime.datetime(2021, 3, 5, tzinfo=datetime.UTC))
    Vraagverheldering.objects.create(
        aanmelding=aanmelding, datum=datetime.date(2021, 3, 1), deelnemers="Team", samenvatting="Eerste gesprek"
    )
    traject.refresh_from_db()
    items = traject_selectors._aanmelding_items(traject)
    assert [i["tekst"] for i in items] == [
        "Aanmelding ontvangen",
        "Vraagverheldering: Eerste gesprek",
        "Aanmelding geaccepteerd",
    ]
