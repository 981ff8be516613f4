"""Passkeys (WebAuthn) as a second factor: adding needs login, a linked app and a recent second step;
a passkey passes the second step of REQUIRE_2FA; only its owner sees, names or removes it; the log
names it by id only. The ceremonies run against a software passkey (``passkey_sleutel.py``)."""

import json
import time

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.passkey_sleutel import Sleutel
from tests.factories import WACHTWOORD, TeamFactory, UserFactory
from visieleren.accounts.models import Passkey
from visieleren.accounts.tweestaps import BEVESTIGD_SLEUTEL
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db

ORIGIN = "http://localhost:8000"


@pytest.fixture(autouse=True)
def relying_party(settings):
    settings.OTP_WEBAUTHN_RP_ID = "localhost"
    settings.OTP_WEBAUTHN_RP_NAME = "Visieleren test"
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [ORIGIN]


@pytest.fixture
def verplicht(settings):
    settings.REQUIRE_2FA = True


def _inloggen(client, user):
    response = client.post(reverse("login"), {"username": user.email, "password": WACHTWOORD})
    assert response.status_code == 302


def _app(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="app", confirmed=True)


def _code(device: TOTPDevice) -> str:
    device.refresh_from_db()
    device.throttle_reset()
    device.last_t = -1  # the test may confirm twice within one 30-second step
    device.save(update_fields=["last_t"])
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"


def _bevestigen(client, device):
    response = client.post(reverse("tweestaps"), {"code": _code(device)})
    assert response.status_code == 302, response.content.decode()


def _post_json(client, naam, data=None):
    return client.post(reverse(naam), json.dumps(data or {}), content_type="application/json")


def _passkey_toevoegen(client, sleutel: Sleutel):
    opties = _post_json(client, "passkey_registratie_begin")
    assert opties.status_code == 200, opties.content.decode()
    response = _post_json(client, "passkey_registratie_voltooien", sleutel.registreer(opties.json()))
    assert response.status_code == 200, response.content.decode()
    return Passkey.objects.get(pk=response.json()["id"])


def _met_passkey_inloggen(client, sleutel: Sleutel, volgende=""):
    opties = _post_json(client, "passkey_inloggen_begin")
    assert opties.status_code == 200, opties.content.decode()
    url = reverse("passkey_inloggen_voltooien") + (f"?next={volgende}" if volgende else "")
    return client.post(url, json.dumps(sleutel.onderteken(opties.json())), content_type="application/json")


@pytest.fixture
def team_met_app(client):
    team = TeamFactory(password=WACHTWOORD)
    device = _app(team)
    _inloggen(client, team)
    _bevestigen(client, device)
    return team, device


# ---- Adding -------------------------------------------------------------------------------------


def test_toevoegen_vraagt_inloggen(client):
    for naam in ("passkey_registratie_begin", "passkey_registratie_voltooien"):
        response = _post_json(client, naam)
        assert response.status_code == 403
        assert response.json()["detail"] == "U bent niet meer ingelogd. Log opnieuw in."
    assert Passkey.objects.count() == 0


def test_toevoegen_vraagt_eerst_een_app(client):
    expert = UserFactory(password=WACHTWOORD)
    _inloggen(client, expert)
    response = _post_json(client, "passkey_registratie_begin")
    assert response.status_code == 403 and "Koppel eerst een authenticator-app" in response.json()["detail"]
    pagina = client.get(reverse("beveiliging")).content.decode()
    assert "Koppel eerst een authenticator-app" in pagina and 'id="passkey-register-button"' not in pagina


def test_toevoegen_vraagt_een_recente_tweede_stap(client, settings):
    settings.TWEESTAPS_RECENT_MINUTEN = 15
    team = TeamFactory(password=WACHTWOORD)
    device = _app(team)
    _inloggen(client, team)
    # Password only: the app is linked but this session never passed the second step.
    response = _post_json(client, "passkey_registratie_begin")
    assert response.status_code == 302 and response["Location"].startswith(reverse("tweestaps"))
    _bevestigen(client, device)
    assert _post_json(client, "passkey_registratie_begin").status_code == 200
    sessie = client.session
    sessie[BEVESTIGD_SLEUTEL] = int(time.time()) - 16 * 60
    sessie.save()
    response = _post_json(client, "passkey_registratie_begin")
    assert response.status_code == 403 and "Bevestig eerst dat u het bent" in response.json()["detail"]
    pagina = client.get(reverse("beveiliging")).content.decode()
    assert "Nu bevestigen" in pagina and 'id="passkey-register-button"' not in pagina
    _bevestigen(client, device)
    assert 'id="passkey-register-button"' in client.get(reverse("beveiliging")).content.decode()


def test_opties_komen_uit_de_instellingen(client, team_met_app):
    opties = _post_json(client, "passkey_registratie_begin").json()
    assert opties["rp"] == {"id": "localhost", "name": "Visieleren test"}
    assert opties["authenticatorSelection"]["residentKey"] == "preferred"  # no passwordless login


def test_toevoegen_naam_geven_en_in_het_logboek_met_alleen_ids(client, team_met_app):
    team, _ = team_met_app
    sleutel = Sleutel()
    passkey = _passkey_toevoegen(client, sleutel)
    assert passkey.user == team and passkey.confirmed and passkey.name == "Passkey 1"
    assert passkey.public_key and passkey.sign_count == 1
    response = client.post(reverse("passkey_naam", args=[passkey.pk]), {"naam": "Laptop  werk", "nieuw": "1"})
    assert response.status_code == 302 and response["Location"] == reverse("beveiliging")
    passkey.refresh_from_db()
    assert passkey.name == "Laptop werk"
    pagina = client.get(reverse("beveiliging")).content.decode()
    assert "De passkey “Laptop werk” is toegevoegd." in pagina and "Nog niet gebruikt" in pagina
    regels = AuditLog.objects.filter(object_id=str(passkey.pk), object_type="passkey")
    assert sorted(regels.values_list("actie", flat=True)) == ["passkey hernoemd", "passkey toegevoegd"]
    for regel in AuditLog.objects.all():
        assert "Laptop" not in json.dumps([regel.object_omschrijving, regel.wijzigingen])
        assert "Passkey 1" not in json.dumps([regel.object_omschrijving, regel.wijzigingen])


def test_lege_naam_na_toevoegen_houdt_de_standaardnaam(client, team_met_app):
    passkey = _passkey_toevoegen(client, Sleutel())
    client.post(reverse("passkey_naam", args=[passkey.pk]), {"naam": " ", "nieuw": "1"})
    passkey.refresh_from_db()
    assert passkey.name == "Passkey 1"


def test_meer_passkeys_per_persoon(client, team_met_app):
    _passkey_toevoegen(client, Sleutel())
    _passkey_toevoegen(client, Sleutel())
    assert list(Passkey.objects.order_by("pk").values_list("name", flat=True)) == ["Passkey 1", "Passkey 2"]


def test_naam_wijzigen_geeft_een_nederlandse_fout_bij_het_veld(client, team_met_app):
    team, _ = team_met_app
    passkey = Passkey.objects.create(user=team, name="Telefoon", confirmed=True, credential_id=b"x")
    response = client.post(reverse("passkey_naam", args=[passkey.pk]), {"naam": ""})
    assert response.status_code == 400 and "Vul een naam voor de passkey in." in response.content.decode()
    response = client.post(reverse("passkey_naam", args=[passkey.pk]), {"naam": "x" * 70})
    html = response.content.decode()
    assert response.status_code == 400 and "hoogstens 64 tekens (nu 70)" in html and "x" * 70 in html


# ---- Using it as the second step ----------------------------------------------------------------


def test_passkey_is_de_tweede_stap(client, verplicht, team_met_app):
    team, _ = team_met_app
    sleutel = Sleutel()
    passkey = _passkey_toevoegen(client, sleutel)
    client.post(reverse("logout"))
    _inloggen(client, team)
    assert client.get(reverse("accounts:mensen")).status_code == 302  # the second step first
    pagina = client.get(reverse("tweestaps")).content.decode()
    assert "Inloggen met passkey" in pagina and "django_otp_webauthn/otp_webauthn_auth.js" in pagina
    response = _met_passkey_inloggen(client, sleutel, volgende="/mensen/")
    assert response.status_code == 200, response.content.decode()
    assert response.json()["redirect_url"] == "/mensen/"
    assert client.get(reverse("accounts:mensen")).status_code == 200
    passkey.refresh_from_db()
    assert passkey.last_used_at is not None and passkey.sign_count == 2
    assert AuditLog.objects.filter(actie="passkey gebruikt", object_id=str(passkey.pk)).count() == 1
    assert "Nog niet gebruikt" not in client.get(reverse("beveiliging")).content.decode()


def test_zonder_passkey_geen_passkeyknop(client, verplicht):
    team = TeamFactory(password=WACHTWOORD)
    _app(team)
    _inloggen(client, team)
    assert "Inloggen met passkey" not in client.get(reverse("tweestaps")).content.decode()


def test_passkey_van_een_ander_telt_niet(client, verplicht, team_met_app):
    _, _ = team_met_app
    sleutel = Sleutel()
    _passkey_toevoegen(client, sleutel)
    client.post(reverse("logout"))
    ander = TeamFactory(password=WACHTWOORD)
    _app(ander)
    _inloggen(client, ander)
    response = _met_passkey_inloggen(client, sleutel)
    assert response.status_code == 403 and "hoort niet bij uw account" in response.json()["detail"]
    assert client.get(reverse("accounts:mensen")).status_code == 302


def test_zonder_wachtwoord_geen_passkey(client):
    """Passkeys are the second step only, never a way in without the password."""
    response = _post_json(client, "passkey_inloggen_begin")
    assert response.status_code == 403 and response.json()["code"] == "passwordless_login_disabled"


def test_een_ceremonie_werkt_een_keer(client, team_met_app):
    sleutel = Sleutel()
    _passkey_toevoegen(client, sleutel)
    opties = _post_json(client, "passkey_inloggen_begin").json()
    antwoord = sleutel.onderteken(opties)
    assert _post_json(client, "passkey_inloggen_voltooien", antwoord).status_code == 200
    opnieuw = _post_json(client, "passkey_inloggen_voltooien", antwoord)
    assert opnieuw.status_code == 400 and "verlopen of al gebruikt" in opnieuw.json()["detail"]


def test_ceremonies_weigeren_get(client, team_met_app):
    for naam in (
        "passkey_registratie_begin",
        "passkey_registratie_voltooien",
        "passkey_inloggen_begin",
        "passkey_inloggen_voltooien",
    ):
        assert client.get(reverse(naam)).status_code == 405


# ---- Only the owner ------------------------------------------------------------------------------


def test_een_ander_zijn_passkey_is_404(client):
    eigenaar = UserFactory()
    passkey = Passkey.objects.create(user=eigenaar, name="Telefoon", confirmed=True, credential_id=b"x")
    team = TeamFactory(password=WACHTWOORD)
    client.force_login(team)
    for naam in ("passkey_naam", "passkey_verwijderen"):
        assert client.get(reverse(naam, args=[passkey.pk])).status_code == 404
        assert client.post(reverse(naam, args=[passkey.pk]), {"naam": "Van mij"}).status_code == 404
    passkey.refresh_from_db()
    assert passkey.name == "Telefoon"
    assert "Telefoon" not in client.get(reverse("beveiliging")).content.decode()


def test_verwijderen_vraagt_bevestiging(client):
    eigenaar = UserFactory()
    passkey = Passkey.objects.create(user=eigenaar, name="Telefoon", confirmed=True, credential_id=b"x")
    client.force_login(eigenaar)
    pagina = client.get(reverse("passkey_verwijderen", args=[passkey.pk]))
    assert pagina.status_code == 200 and "Weet u zeker" in pagina.content.decode()
    assert Passkey.objects.filter(pk=passkey.pk).exists()  # looking is not removing
    response = client.post(reverse("passkey_verwijderen", args=[passkey.pk]))
    assert response.status_code == 302 and not Passkey.objects.filter(pk=passkey.pk).exists()
    regel = AuditLog.objects.get(actie="passkey verwijderd")
    assert regel.object_id == str(passkey.pk) and "Telefoon" not in regel.object_omschrijving
    assert "De passkey “Telefoon” is verwijderd." in client.get(reverse("beveiliging")).content.decode()


def test_instellingenpagina_toont_naam_toegevoegd_en_laatst_gebruikt(client):
    eigenaar = UserFactory()
    Passkey.objects.create(user=eigenaar, name="Sleutelbos", confirmed=True, credential_id=b"x")
    client.force_login(eigenaar)
    pagina = client.get(reverse("beveiliging")).content.decode()
    for verwacht in ("Sleutelbos", "Toegevoegd", "Laatst gebruikt", "Nog niet gebruikt", "Naam wijzigen"):
        assert verwacht in pagina


# ---- Linking another app is no way around the second step ---------------------------------------


def test_andere_app_koppelen_vraagt_eerst_de_tweede_stap(client, verplicht):
    """Regression: with only the password, /accounts/tweestaps/instellen/ linked a new app next to the
    existing one and marked the session verified, so the password alone was enough."""
    team = TeamFactory(password=WACHTWOORD)
    device = _app(team)
    _inloggen(client, team)
    response = client.get(reverse("tweestaps_instellen"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("tweestaps"))
    assert client.post(reverse("tweestaps_instellen"), {"code": "123456"}).status_code == 302
    assert not TOTPDevice.objects.filter(user=team, confirmed=False).exists()
    assert client.get(reverse("accounts:mensen")).status_code == 302
    _bevestigen(client, device)
    assert client.get(reverse("tweestaps_instellen")).status_code == 200


def test_permissions_policy_staat_passkeys_alleen_op_eigen_paginas_toe(client):
    beleid = client.get(reverse("login"))["Permissions-Policy"]
    assert "publickey-credentials-get=(self)" in beleid and "publickey-credentials-create=(self)" in beleid


def test_wie_vrijwillig_een_app_koppelde_krijgt_de_tweede_stap(client, settings):
    """Regression: an expert who linked an app (and so could add passkeys) was never asked for it when
    REQUIRE_2FA was off for their role: the password alone was enough."""
    settings.REQUIRE_2FA = False
    expert = UserFactory(password=WACHTWOORD)
    device = _app(expert)
    _inloggen(client, expert)
    response = client.get(reverse("mijn_trajecten"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("tweestaps"))
    _bevestigen(client, device)
    assert client.get(reverse("mijn_trajecten")).status_code == 200
