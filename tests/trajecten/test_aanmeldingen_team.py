"""The team inbox: vraagverheldering, accept (a traject is born) or decline, capacity, gemeenten."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from tests.factories import AanmeldingFactory, GemeenteFactory, TrajectFactory, UserFactory
from trajecten.models import Aanmelding, AanmeldingStatus, Beleidsthema, Fase, Gemeente, Rol, Status, TrajectRol
from trajecten.services.aanmelding import (
    AanmeldingFout,
    CapaciteitBereikt,
    aanmelding_accepteren,
    aanmelding_afwijzen,
    aanmelding_intrekken,
    capaciteit,
    vraagverheldering_create,
)
from visieleren.accounts.models import User
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db

ROLLEN = ["expert", "moderator", "contactpersoon", "bestuurder", "buitenstaander"]


@pytest.fixture
def aanmelding(db):
    a = AanmeldingFactory(contact_email="sietske@leeuwarden.example", contact_naam="Sietske Postma")
    a.beleidsthemas.set(Beleidsthema.objects.filter(slug__in=["participatiewet", "toegang"]))
    return a


def _urls(aanmelding):
    pk = aanmelding.pk
    return [
        ("get", "/aanmeldingen/"),
        ("get", "/aanmeldingen/?status=alle"),
        ("get", f"/aanmeldingen/{pk}/"),
        ("post", f"/aanmeldingen/{pk}/vraagverheldering/"),
        ("post", f"/aanmeldingen/{pk}/accepteren/"),
        ("post", f"/aanmeldingen/{pk}/afwijzen/"),
        ("get", "/gemeenten/"),
        ("get", "/gemeenten/nieuw/"),
        ("post", "/gemeenten/nieuw/"),
        ("get", f"/gemeenten/{aanmelding.gemeenten.first().pk}/bewerken/"),
    ]


@pytest.mark.parametrize("rol", ROLLEN)
def test_alleen_het_team_komt_in_de_inbox_en_bij_gemeenten(client, persona, aanmelding, rol):
    client.force_login(persona[rol])
    for methode, url in _urls(aanmelding):
        response = getattr(client, methode)(url)
        assert response.status_code == 403, (rol, url)
    aanmelding.refresh_from_db()
    assert aanmelding.status == AanmeldingStatus.NIEUW


def test_anoniem_wordt_naar_inloggen_gestuurd(client, aanmelding):
    for methode, url in _urls(aanmelding):
        response = getattr(client, methode)(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/"), url


def test_team_ziet_alle_paginas(client, team, aanmelding):
    client.force_login(team)
    for methode, url in _urls(aanmelding):
        if methode == "get":
            assert client.get(url).status_code == 200, url
    assert client.get("/aanmeldingen/999999/").status_code == 404


def test_team_filtert_inbox_op_status(client, team, aanmelding):
    AanmeldingFactory(status=AanmeldingStatus.AFGEWEZEN, contact_naam="Afgewezen Persoon")
    client.force_login(team)
    html = client.get("/aanmeldingen/").content.decode()
    assert "Sietske Postma" in html and "Afgewezen Persoon" not in html
    html = client.get("/aanmeldingen/?status=afgewezen").content.decode()
    assert "Sietske Postma" not in html and "Afgewezen Persoon" in html
    assert 'aria-current="page">Afgewezen <span class="teller">(1)' in html
    html = client.get("/aanmeldingen/?status=onzin").content.decode()
    assert "Sietske Postma" in html


def test_inbox_heeft_vast_aantal_queries(client, team, django_assert_max_num_queries):
    client.force_login(team)
    for _ in range(3):
        AanmeldingFactory()
    with django_assert_max_num_queries(12) as weinig:
        client.get("/aanmeldingen/?status=alle")
    for _ in range(10):
        AanmeldingFactory()
    with django_assert_max_num_queries(len(weinig.captured_queries)):
        client.get("/aanmeldingen/?status=alle")


def test_inbox_en_detail_tonen_capaciteit(client, team, aanmelding, settings):
    settings.VISIELEREN_CAPACITEIT_PER_JAAR = 8
    vandaag = timezone.localdate()
    TrajectFactory(werkelijke_start=vandaag)
    TrajectFactory(werkelijke_start=vandaag - timedelta(days=400))
    client.force_login(team)
    for url in ["/aanmeldingen/", aanmelding.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert "8 plaatsen per jaar: <strong>1 gestart</strong>, <strong>ruimte voor 7</strong>" in html


def test_capaciteit_telt_trajecten_die_in_het_jaar_starten(settings):
    """The news item: "dit jaar zijn al 4 trajecten gestart, er is nog ruimte voor 4"."""
    settings.VISIELEREN_CAPACITEIT_PER_JAAR = 8
    jaar = timezone.localdate().year
    TrajectFactory(status=Status.AFGEROND, werkelijke_start=date(jaar, 1, 9))  # started and ended this year
    TrajectFactory(status=Status.GESTOPT, werkelijke_start=date(jaar, 2, 6))  # stopped early: used its place
    TrajectFactory(werkelijke_start=date(jaar, 3, 6), geplande_start=date(jaar - 1, 12, 1))  # actual start wins
    TrajectFactory(geplande_start=date(jaar, 11, 1))  # not started yet, planned this year
    TrajectFactory(status=Status.GEANNULEERD, geplande_start=date(jaar, 5, 1))  # never started
    TrajectFactory(werkelijke_start=date(jaar - 1, 10, 2))  # started last year, still lopend
    TrajectFactory(geplande_start=date(jaar + 1, 1, 8))  # planned next year
    AanmeldingFactory(status=AanmeldingStatus.GEACCEPTEERD, besloten_op=timezone.now())  # accepting is not starting
    assert capaciteit() == {"jaar": jaar, "totaal": 8, "gebruikt": 4, "over": 4}
    assert capaciteit(jaar - 1)["gebruikt"] == 1
    assert capaciteit(jaar + 1)["gebruikt"] == 1


def test_capaciteit_telt_traject_zonder_startdatum_in_het_jaar_van_aanmaken():
    TrajectFactory()
    assert capaciteit()["gebruikt"] == 1


# ---- Vraagverheldering --------------------------------------------------------------------------


def test_team_legt_vraagverheldering_vast_en_aanmelding_gaat_in_gesprek(
    client, team, aanmelding, django_capture_on_commit_callbacks
):
    client.force_login(team)
    gegevens = {
        "gesprek-datum": timezone.localdate().isoformat(),
        "gesprek-deelnemers": "Tessa en Sietske",
        "gesprek-samenvatting": "Vraag aangescherpt.",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/aanmeldingen/{aanmelding.pk}/vraagverheldering/", gegevens)
    assert response.status_code == 302
    aanmelding.refresh_from_db()
    assert aanmelding.status == AanmeldingStatus.IN_GESPREK
    gesprek = aanmelding.gesprekken.get()
    assert (gesprek.deelnemers, gesprek.vastgelegd_door) == ("Tessa en Sietske", team)
    assert {"vraagverheldering vastgelegd", "aanmelding in gesprek"} <= set(
        AuditLog.objects.values_list("actie", flat=True)
    )
    assert len(mail.outbox) == 1 and "in gesprek" in mail.outbox[0].subject
    assert "Vraag aangescherpt." in client.get(aanmelding.get_absolute_url()).content.decode()


def test_vraagverheldering_met_fouten_houdt_invoer(client, team, aanmelding):
    client.force_login(team)
    morgen = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = client.post(
        f"/aanmeldingen/{aanmelding.pk}/vraagverheldering/",
        {"gesprek-datum": morgen, "gesprek-deelnemers": "", "gesprek-samenvatting": "Mijn samenvatting"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Het gesprek kan niet in de toekomst liggen." in html
    assert "Vul dit veld in." in html
    assert "Mijn samenvatting" in html
    assert not aanmelding.gesprekken.exists()


def test_tweede_gesprek_verandert_status_niet_nog_eens(team, aanmelding):
    vandaag = timezone.localdate()
    vraagverheldering_create(aanmelding=aanmelding, datum=vandaag, deelnemers="a", samenvatting="b", door=team)
    vraagverheldering_create(aanmelding=aanmelding, datum=vandaag, deelnemers="c", samenvatting="d", door=team)
    assert AuditLog.objects.filter(actie="aanmelding in gesprek").count() == 1


# ---- Accepteren ---------------------------------------------------------------------------------


def test_team_accepteert_en_er_komt_een_traject_met_contactpersoon(
    client, team, aanmelding, django_capture_on_commit_callbacks
):
    client.force_login(team)
    gemeente = aanmelding.gemeenten.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/aanmeldingen/{aanmelding.pk}/accepteren/",
            {"accepteren-titel": "Leeuwarden", "accepteren-gemeenten": [gemeente.pk], "accepteren-reden": "Past."},
        )
    aanmelding.refresh_from_db()
    traject = aanmelding.traject
    assert response.status_code == 302 and response["Location"] == traject.get_absolute_url()
    assert aanmelding.status == AanmeldingStatus.GEACCEPTEERD
    assert (aanmelding.besloten_door, aanmelding.besluit_reden) == (team, "Past.")
    assert (traject.titel, traject.status, traject.fase) == ("Leeuwarden", Status.LOPEND, Fase.STARTEN)
    assert traject.vraagstuk == aanmelding.vraag
    assert list(traject.gemeenten.all()) == [gemeente]
    assert {t.slug for t in traject.beleidsthemas.all()} == {"participatiewet", "toegang"}
    contact = User.objects.get(email="sietske@leeuwarden.example")
    assert contact.naam == "Sietske Postma" and not contact.is_team
    assert TrajectRol.objects.filter(user=contact, traject=traject, rol=Rol.CONTACTPERSOON).exists()
    onderwerpen = sorted(m.subject for m in mail.outbox)
    assert onderwerpen == ["Uitnodiging voor Visieleren", "Uw aanmelding voor een Visieleertraject is geaccepteerd"]
    acties = set(AuditLog.objects.values_list("actie", flat=True))
    assert {
        "aanmelding geaccepteerd",
        "traject aangemaakt uit aanmelding",
        "persoon uitgenodigd",
        "rol toegekend",
    } <= acties
    # The contact now sees the traject, and nothing else.
    client.force_login(contact)
    assert client.get(traject.get_absolute_url()).status_code == 200


def test_accepteren_geeft_bestaand_account_alleen_de_rol(team, aanmelding, django_capture_on_commit_callbacks):
    bestaand = UserFactory(email="sietske@leeuwarden.example")
    with django_capture_on_commit_callbacks(execute=True):
        traject = aanmelding_accepteren(
            aanmelding=aanmelding, titel="T", gemeenten=list(aanmelding.gemeenten.all()), reden="", door=team
        )
    assert User.objects.filter(email__iexact="sietske@leeuwarden.example").count() == 1
    assert TrajectRol.objects.get(traject=traject).user == bestaand
    assert [m.subject for m in mail.outbox] == ["Uw aanmelding voor een Visieleertraject is geaccepteerd"]


def test_accepteren_boven_capaciteit_vraagt_bevestiging(client, team, aanmelding, settings):
    settings.VISIELEREN_CAPACITEIT_PER_JAAR = 1
    TrajectFactory(werkelijke_start=timezone.localdate())
    client.force_login(team)
    gegevens = {"accepteren-titel": "Vol", "accepteren-gemeenten": [aanmelding.gemeenten.get().pk]}
    response = client.post(f"/aanmeldingen/{aanmelding.pk}/accepteren/", gegevens)
    assert response.status_code == 400
    html = response.content.decode()
    assert "De capaciteit van dit jaar is bereikt" in html
    assert 'value="Vol"' in html
    aanmelding.refresh_from_db()
    assert aanmelding.status == AanmeldingStatus.NIEUW and aanmelding.traject is None
    response = client.post(
        f"/aanmeldingen/{aanmelding.pk}/accepteren/", {**gegevens, "accepteren-boven_capaciteit": "on"}
    )
    assert response.status_code == 302
    aanmelding.refresh_from_db()
    assert aanmelding.status == AanmeldingStatus.GEACCEPTEERD
    assert capaciteit() == {"jaar": timezone.localdate().year, "totaal": 1, "gebruikt": 2, "over": 0}


def test_service_weigert_boven_capaciteit_zonder_bevestiging(team, aanmelding, settings):
    settings.VISIELEREN_CAPACITEIT_PER_JAAR = 0
    with pytest.raises(CapaciteitBereikt):
        aanmelding_accepteren(
            aanmelding=aanmelding, titel="T", gemeenten=list(aanmelding.gemeenten.all()), reden="", door=team
        )


def test_accepteren_vraagt_titel_en_gemeente(client, team, aanmelding):
    client.force_login(team)
    response = client.post(f"/aanmeldingen/{aanmelding.pk}/accepteren/", {"accepteren-reden": "Goed idee"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Kies minstens één gemeente of regio." in html
    assert "Goed idee" in html


# ---- Afwijzen en gesloten aanmeldingen ----------------------------------------------------------


def test_team_wijst_af_met_reden_en_contact_krijgt_mail(client, team, aanmelding, django_capture_on_commit_callbacks):
    client.force_login(team)
    response = client.post(f"/aanmeldingen/{aanmelding.pk}/afwijzen/", {"afwijzen-reden": ""})
    assert response.status_code == 400
    assert "Vul de reden van afwijzen in." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/aanmeldingen/{aanmelding.pk}/afwijzen/", {"afwijzen-reden": "Buiten de toegang."})
    assert response.status_code == 302
    aanmelding.refresh_from_db()
    assert (aanmelding.status, aanmelding.besluit_reden) == (AanmeldingStatus.AFGEWEZEN, "Buiten de toegang.")
    assert len(mail.outbox) == 1 and "Buiten de toegang." in mail.outbox[0].body
    assert "/aanmelden/status/" in mail.outbox[0].body
    assert AuditLog.objects.get(actie="aanmelding afgewezen").wijzigingen["status"] == ["nieuw", "afgewezen"]


@pytest.mark.parametrize("status", ["geaccepteerd", "afgewezen", "ingetrokken"])
def test_gesloten_aanmelding_kan_niet_meer_veranderen(team, status):
    aanmelding = AanmeldingFactory(status=status)
    gemeenten = list(aanmelding.gemeenten.all())
    with pytest.raises(AanmeldingFout):
        aanmelding_accepteren(aanmelding=aanmelding, titel="T", gemeenten=gemeenten, reden="", door=team)
    with pytest.raises(AanmeldingFout):
        aanmelding_afwijzen(aanmelding=aanmelding, reden="r", door=team)
    with pytest.raises(AanmeldingFout):
        aanmelding_intrekken(aanmelding=aanmelding)
    with pytest.raises(AanmeldingFout):
        vraagverheldering_create(
            aanmelding=aanmelding, datum=timezone.localdate(), deelnemers="a", samenvatting="b", door=team
        )
    assert Aanmelding.objects.get(pk=aanmelding.pk).status == status


def test_team_ziet_melding_bij_besluit_over_gesloten_aanmelding(client, team):
    aanmelding = AanmeldingFactory(status=AanmeldingStatus.AFGEWEZEN)
    client.force_login(team)
    response = client.post(f"/aanmeldingen/{aanmelding.pk}/afwijzen/", {"afwijzen-reden": "nogmaals"}, follow=True)
    assert "al afgewezen" in response.content.decode()
    assert "Besluit nemen" not in response.content.decode()


def test_statusbericht_gaat_eenmaal_per_status(aanmelding, django_capture_on_commit_callbacks):
    from trajecten import emails

    Aanmelding.objects.filter(pk=aanmelding.pk).update(status=AanmeldingStatus.AFGEWEZEN)
    aanmelding.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        emails.status_melden(aanmelding=aanmelding)
        emails.status_melden(aanmelding=aanmelding)
    assert len(mail.outbox) == 1 and mail.outbox[0].subject.startswith("Besluit")


# ---- Gemeenten ----------------------------------------------------------------------------------


def test_team_voegt_regio_met_gemeenten_toe(client, team):
    breda, zundert = GemeenteFactory(naam="Breda"), GemeenteFactory(naam="Zundert")
    client.force_login(team)
    response = client.post(
        "/gemeenten/nieuw/", {"naam": "Regio West", "soort": "regio", "cbs_code": "", "leden": [breda.pk, zundert.pk]}
    )
    assert response.status_code == 302
    regio = Gemeente.objects.get(naam="Regio West")
    assert set(regio.leden.all()) == {breda, zundert}
    assert AuditLog.objects.filter(actie="gemeente toegevoegd", object_id=str(regio.pk)).exists()
    assert "Regio West" in client.get("/gemeenten/").content.decode()


def test_team_bewerkt_gemeente_en_fouten_zijn_nederlands(client, team):
    gemeente = GemeenteFactory(naam="Lochem")
    GemeenteFactory(naam="Zutphen")
    client.force_login(team)
    url = f"/gemeenten/{gemeente.pk}/bewerken/"
    response = client.post(url, {"naam": "Zutphen", "soort": "gemeente", "cbs_code": "123"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Er is al een gemeente of regio met deze naam: Zutphen." in html
    assert "Een CBS-code is GM met vier cijfers" in html
    response = client.post(url, {"naam": "Lochem", "soort": "gemeente", "cbs_code": "gm0262"})
    assert response.status_code == 302
    gemeente.refresh_from_db()
    assert gemeente.cbs_code == "GM0262"
    assert AuditLog.objects.get(actie="gemeente gewijzigd").wijzigingen == {"cbs_code": ["", "GM0262"]}


def test_gemeente_kan_geen_leden_hebben(client, team):
    lid = GemeenteFactory(naam="Breda")
    client.force_login(team)
    response = client.post("/gemeenten/nieuw/", {"naam": "X", "soort": "gemeente", "leden": [lid.pk]})
    assert response.status_code == 400
    assert "Alleen een regio heeft gemeenten als lid." in response.content.decode()


def test_gemeentenlijst_heeft_vast_aantal_queries(client, team, django_assert_max_num_queries):
    client.force_login(team)
    for i in range(10):
        GemeenteFactory(naam=f"G{i}")
    with django_assert_max_num_queries(8):
        client.get("/gemeenten/")


def test_navigatie_toont_aanmeldingen_alleen_aan_team(client, team, persona):
    client.force_login(team)
    assert 'href="/aanmeldingen/"' in client.get("/trajecten/").content.decode()
    client.force_login(persona["expert"])
    assert 'href="/aanmeldingen/"' not in client.get("/trajecten/").content.decode()


def test_bevestiging_capaciteit_alleen_gevraagd_als_het_vol_is(client, team, aanmelding, settings):
    settings.VISIELEREN_CAPACITEIT_PER_JAAR = 2
    client.force_login(team)
    assert "accepteren-boven_capaciteit" not in client.get(aanmelding.get_absolute_url()).content.decode()
    settings.VISIELEREN_CAPACITEIT_PER_JAAR = 0
    assert "accepteren-boven_capaciteit" in client.get(aanmelding.get_absolute_url()).content.decode()


def test_capaciteit_op_tussen_tonen_en_accepteren_vraagt_alsnog_bevestiging(client, team, aanmelding, settings):
    from unittest import mock

    settings.VISIELEREN_CAPACITEIT_PER_JAAR = 1
    client.force_login(team)
    gegevens = {"accepteren-titel": "Net te laat", "accepteren-gemeenten": [aanmelding.gemeenten.get().pk]}
    # The view sees a free place; by the time the service checks (under a lock) it is gone.
    vrij = {"jaar": 2026, "totaal": 1, "gebruikt": 0, "over": 1}
    with mock.patch("trajecten.views.aanmelding.capaciteit", return_value=vrij):
        TrajectFactory(werkelijke_start=timezone.localdate())
        response = client.post(f"/aanmeldingen/{aanmelding.pk}/accepteren/", gegevens)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_accepteren-boven_capaciteit_error"' in html
    assert 'value="Net te laat"' in html


def test_afgewezen_en_ingetrokken_aanmeldingen_verdwijnen_na_bewaartermijn(settings):
    from trajecten.models import AanmeldingToken
    from trajecten.services.aanmelding import status_token_maken
    from trajecten.tasks import aanmeldingen_opruimen

    settings.AANMELDING_BEWAAR_DAGEN = 365
    oud = timezone.now() - timedelta(days=366)
    weg = [AanmeldingFactory(status=s, contact_naam="Oud Persoon") for s in ("afgewezen", "ingetrokken")]
    blijft = [
        AanmeldingFactory(status="afgewezen"),  # recent
        AanmeldingFactory(status="geaccepteerd"),  # belongs to a traject
        AanmeldingFactory(status="nieuw"),
    ]
    Aanmelding.objects.filter(pk__in=[a.pk for a in weg + blijft[1:]]).update(gewijzigd_op=oud)
    status_token_maken(aanmelding=blijft[2])
    AanmeldingToken.objects.update(verloopt_op=timezone.now() - timedelta(days=1))
    assert aanmeldingen_opruimen.delay().get() == 2
    assert set(Aanmelding.objects.values_list("pk", flat=True)) == {a.pk for a in blijft}
    assert not AanmeldingToken.objects.exists()
    regel = AuditLog.objects.get(actie="aanmeldingen verwijderd na bewaartermijn")
    assert regel.wijzigingen == {"aantal": [None, 2]}
    # The log text of an aanmelding never held the name, so nothing personal stays behind.
    assert "Oud Persoon" not in str(weg[0])
    assert aanmeldingen_opruimen.delay().get() == 0


def test_opruimen_staat_in_het_beat_schema():
    from django.conf import settings

    assert settings.CELERY_BEAT_SCHEDULE["aanmeldingen-opruimen"]["task"] == "trajecten.tasks.aanmeldingen_opruimen"
