"""Invitation links (issue 12): the state is visible where the team sees a person, the team resends
from there, the e-mail states until when the link works, and a resend never breaks a working link.

A resend for someone who already set a password is refused with a message that says what to do
instead ("Wachtwoord vergeten?" on the login page): a team member pressing "opnieuw versturen" for
an active account most likely mixed people up, and a set-password mail the person did not ask for
would only confuse them.
"""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.utils import timezone

from tests.factories import AanmeldingFactory, ExpertProfielFactory, UserFactory
from visieleren.accounts import services
from visieleren.accounts.models import User
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db


def _uitgenodigd(naam="Ingrid Uitgenodigd", dagen_geleden=0, **extra) -> User:
    user = User.objects.create_user(email=f"{naam.split()[0].lower()}@voorbeeld.nl", password=None, naam=naam, **extra)
    user.uitgenodigd_op = timezone.now() - timedelta(days=dagen_geleden)
    user.save()
    return user


def _token_uit(body: str) -> str:
    return re.search(r"/wachtwoord-instellen/[^/]+/([^/\s]+)/", body).group(1)


def test_uitnodiging_noemt_tot_wanneer_de_link_werkt(
    client, team, mailoutbox, settings, django_capture_on_commit_callbacks
):
    settings.PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600
    client.force_login(team)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/mensen/uitnodigen/", {"naam": "Eva Expert", "email": "eva@voorbeeld.nl"})
    user = User.objects.get(email="eva@voorbeeld.nl")
    verloopt = timezone.localtime(user.uitgenodigd_op + timedelta(days=3))
    body = mailoutbox[0].body
    assert "3 dagen geldig" in body
    maanden = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
               "november", "december"]  # fmt: skip
    assert f"tot {verloopt.day} {maanden[verloopt.month - 1]} {verloopt.year} om {verloopt:%H:%M}" in body
    assert "opnieuw" in body.lower()  # what to do when it expired


def test_wachtwoordmail_noemt_ook_hoe_lang_de_link_werkt(client, mailoutbox, django_capture_on_commit_callbacks):
    UserFactory(email="kees@voorbeeld.nl")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/wachtwoord-vergeten/", {"email": "kees@voorbeeld.nl"})
    assert "dagen geldig" in mailoutbox[0].body


def test_mensen_toont_de_stand_van_de_uitnodiging_en_de_knop_waar_die_zin_heeft(client, team):
    verstuurd = _uitgenodigd("Vera Verstuurd")
    verlopen = _uitgenodigd("Vincent Verlopen", dagen_geleden=10)
    geaccepteerd = _uitgenodigd("Gerda Geaccepteerd")
    geaccepteerd.set_password("een-wachtwoord-123")
    geaccepteerd.save()
    client.force_login(team)
    html = client.get("/mensen/").content.decode()
    rijen = {u.naam: _rij(html, u) for u in (verstuurd, verlopen, geaccepteerd, team)}
    assert "verstuurd op" in rijen["Vera Verstuurd"]
    assert "verlopen" in rijen["Vincent Verlopen"]
    assert "geaccepteerd" in rijen["Gerda Geaccepteerd"]
    knop = "Uitnodiging opnieuw versturen"
    assert knop in rijen["Vera Verstuurd"] and knop in rijen["Vincent Verlopen"]
    assert knop not in rijen["Gerda Geaccepteerd"] and knop not in rijen[team.naam]
    assert f'action="/mensen/{verlopen.pk}/uitnodigen/"' in rijen["Vincent Verlopen"]


def _rij(html: str, user: User) -> str:
    return re.search(rf"<tr>(?:(?!</tr>).)*?/mensen/{user.pk}/\"(?:(?!</tr>).)*</tr>", html, re.S).group(0)


def test_opnieuw_versturen_vanaf_de_lijst_komt_terug_op_de_lijst(
    client, team, mailoutbox, django_capture_on_commit_callbacks
):
    user = _uitgenodigd(dagen_geleden=10)
    client.force_login(team)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/mensen/{user.pk}/uitnodigen/", {"volgende": "/mensen/?q=ingrid"})
    assert response.status_code == 302 and response["Location"] == "/mensen/?q=ingrid"
    assert [m.to for m in mailoutbox] == [[user.email]]
    user.refresh_from_db()
    assert timezone.now() - user.uitgenodigd_op < timedelta(minutes=1)
    assert AuditLog.objects.filter(actie="uitnodiging opnieuw verstuurd", object_id=str(user.pk)).exists()


def test_volgende_naar_een_andere_site_gaat_naar_de_persoon(client, team):
    user = _uitgenodigd()
    client.force_login(team)
    response = client.post(f"/mensen/{user.pk}/uitnodigen/", {"volgende": "https://kwaad.example/"})
    assert response["Location"] == user.get_absolute_url()


def test_opnieuw_versturen_maakt_de_eerdere_link_niet_ongeldig(
    client, team, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(team)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/mensen/uitnodigen/", {"naam": "Eva Expert", "email": "eva@voorbeeld.nl"})
    user = User.objects.get(email="eva@voorbeeld.nl")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/mensen/{user.pk}/uitnodigen/")
    eerste, tweede = (_token_uit(m.body) for m in mailoutbox)
    user.refresh_from_db()
    assert default_token_generator.check_token(user, eerste)
    assert default_token_generator.check_token(user, tweede)


def test_opnieuw_versturen_aan_wie_al_een_wachtwoord_heeft_wordt_geweigerd(
    client, team, mailoutbox, django_capture_on_commit_callbacks
):
    user = UserFactory(naam="Actieve Anna")
    client.force_login(team)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/mensen/{user.pk}/uitnodigen/", follow=True)
    html = response.content.decode()
    assert "Actieve Anna heeft al een wachtwoord ingesteld" in html
    assert "Wachtwoord vergeten?" in html
    assert mailoutbox == []
    with pytest.raises(services.UitnodigingNietNodig):
        services.uitnodiging_opnieuw_versturen(user=user, door=team)


def test_opnieuw_versturen_aan_een_gedeactiveerd_account_wordt_geweigerd(client, team, mailoutbox):
    user = _uitgenodigd()
    user.is_active = False
    user.save()
    client.force_login(team)
    html = client.post(f"/mensen/{user.pk}/uitnodigen/", follow=True).content.decode()
    assert "Activeer eerst het account" in html
    assert mailoutbox == []


def test_persoonspagina_toont_stand_en_geen_knop_na_acceptatie(client, team):
    user = _uitgenodigd(dagen_geleden=10)
    client.force_login(team)
    html = client.get(user.get_absolute_url()).content.decode()
    assert "verlopen" in html and "Uitnodiging opnieuw versturen" in html
    user.set_password("een-wachtwoord-123")
    user.save()
    html = client.get(user.get_absolute_url()).content.decode()
    assert "geaccepteerd" in html and "Uitnodiging opnieuw versturen" not in html


def test_geaccepteerde_aanmelding_toont_uitnodiging_van_de_contactpersoon(
    client, team, django_capture_on_commit_callbacks
):
    from trajecten.services.aanmelding import aanmelding_accepteren

    aanmelding = AanmeldingFactory(contact_email="sietske@leeuwarden.example", contact_naam="Sietske Postma")
    with django_capture_on_commit_callbacks(execute=True):
        aanmelding_accepteren(
            aanmelding=aanmelding, titel="T", gemeenten=list(aanmelding.gemeenten.all()), reden="", door=team
        )
    contact = User.objects.get(email="sietske@leeuwarden.example")
    client.force_login(team)
    html = client.get(aanmelding.get_absolute_url()).content.decode()
    assert "Uitnodiging verstuurd op" in html
    assert f'action="/mensen/{contact.pk}/uitnodigen/"' in html
    assert f'name="volgende" value="{aanmelding.get_absolute_url()}"' in html


def test_expertpool_toont_stand_van_de_uitnodiging(client, team):
    ExpertProfielFactory(user=_uitgenodigd("Erik Expert", dagen_geleden=10))
    client.force_login(team)
    html = client.get("/expertpool/").content.decode()
    assert "verlopen" in html and "Uitnodiging opnieuw versturen" in html


def test_accepteren_voor_bestaand_account_met_verlopen_uitnodiging_stuurt_een_nieuwe(
    team, mailoutbox, django_capture_on_commit_callbacks
):
    from trajecten.services.aanmelding import aanmelding_accepteren

    contact = _uitgenodigd("Sietske Postma", dagen_geleden=10)
    aanmelding = AanmeldingFactory(contact_email=contact.email)
    with django_capture_on_commit_callbacks(execute=True):
        aanmelding_accepteren(
            aanmelding=aanmelding, titel="T", gemeenten=list(aanmelding.gemeenten.all()), reden="", door=team
        )
    assert "Uitnodiging voor Visieleren" in [m.subject for m in mailoutbox]


def test_expert_toevoegen_met_bestaand_account_en_verlopen_uitnodiging_stuurt_een_nieuwe(
    team, mailoutbox, django_capture_on_commit_callbacks
):
    from trajecten.services.starten import expertprofiel_create

    user = _uitgenodigd("Erik Expert", dagen_geleden=10)
    with django_capture_on_commit_callbacks(execute=True):
        expertprofiel_create(
            naam=user.naam,
            email=user.email,
            organisatie="",
            expertise=[],
            tags="",
            toelichting="",
            actief=True,
            door=team,
        )
    assert [m.subject for m in mailoutbox] == ["Uitnodiging voor Visieleren"]
