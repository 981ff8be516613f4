"""Staff two-factor authentication (TOTP + recovery codes) when REQUIRE_2FA is on; idle sessions."""

import re
import time

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import WACHTWOORD, TeamFactory, UserFactory
from visieleren.accounts.tweestaps import ACTIEF_SLEUTEL

pytestmark = pytest.mark.django_db


@pytest.fixture
def verplicht(settings):
    settings.REQUIRE_2FA = True


def _inloggen(client, user):
    response = client.post(reverse("login"), {"username": user.email, "password": WACHTWOORD})
    assert response.status_code == 302
    return response


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"


def test_team_moet_app_koppelen_en_krijgt_herstelcodes(client, verplicht):
    team = TeamFactory(password=WACHTWOORD)
    _inloggen(client, team)
    response = client.get(reverse("trajecten:overzicht"))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/tweestaps/")
    response = client.get(response["Location"], follow=True)
    html = response.content.decode()
    assert "Tweestapsverificatie instellen" in html and 'src="data:image/png;base64,' in html
    device = TOTPDevice.objects.get(user=team)
    assert client.post(reverse("tweestaps_instellen"), {"code": "000000"}).status_code == 400
    device.refresh_from_db()
    device.throttle_reset()  # a wrong code makes the next try wait (django-otp throttling)
    response = client.post(reverse("tweestaps_instellen"), {"code": _code(device)})
    codes = re.findall(r"<code>([a-z0-9]+)</code>", response.content.decode())
    assert len(codes) == 10
    assert client.get(reverse("trajecten:overzicht")).status_code == 200


def test_volgende_keer_vraagt_om_code_en_herstelcode_werkt_een_keer(client, verplicht):
    team = TeamFactory(password=WACHTWOORD)
    _inloggen(client, team)
    device = TOTPDevice.objects.create(user=team, name="app", confirmed=False)
    codes = re.findall(
        r"<code>([a-z0-9]+)</code>",
        client.post(reverse("tweestaps_instellen"), {"code": _code(device)}).content.decode(),
    )
    client.post(reverse("logout"))
    _inloggen(client, team)
    assert client.get(reverse("accounts:mensen")).status_code == 302
    response = client.post(reverse("tweestaps"), {"code": codes[0], "next": "/mensen/"})
    assert response.status_code == 302 and response["Location"] == "/mensen/"
    assert client.get(reverse("accounts:mensen")).status_code == 200
    client.post(reverse("logout"))
    _inloggen(client, team)
    response = client.post(reverse("tweestaps"), {"code": codes[0]})
    assert response.status_code == 400 and "klopt niet" in response.content.decode()


def test_beheer_vereist_ook_de_tweede_stap(client, verplicht):
    beheerder = TeamFactory(password=WACHTWOORD, is_staff=True, is_superuser=True)
    _inloggen(client, beheerder)
    assert client.get("/beheer/").status_code == 302


def test_expert_hoeft_geen_tweede_stap(client, verplicht):
    expert = UserFactory(password=WACHTWOORD)
    _inloggen(client, expert)
    assert client.get(reverse("mijn_trajecten")).status_code == 200


def test_zonder_instelling_geen_tweede_stap(client, settings):
    settings.REQUIRE_2FA = False
    team = TeamFactory(password=WACHTWOORD)
    _inloggen(client, team)
    assert client.get(reverse("trajecten:overzicht")).status_code == 200


def test_volgende_na_tweede_stap_blijft_op_deze_site(client, verplicht):
    team = TeamFactory(password=WACHTWOORD)
    _inloggen(client, team)
    device = TOTPDevice.objects.create(user=team, name="app", confirmed=True)
    response = client.post(reverse("tweestaps"), {"code": _code(device), "next": "https://aanvaller.example/"})
    assert response.status_code == 302 and response["Location"] == "/"


def test_productie_zet_tweestaps_aan():
    import os
    import subprocess
    import sys

    script = "import django; django.setup(); from django.conf import settings; print(settings.REQUIRE_2FA)"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "visieleren.settings.production", "SECRET_KEY": "x" * 60}
    env.pop("REQUIRE_2FA", None)
    uit = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert uit.stdout.strip().endswith("True"), uit.stderr


def test_sessie_verloopt_na_inactiviteit(client, settings):
    settings.SESSIE_INACTIEF_MINUTEN = 30
    expert = UserFactory(password=WACHTWOORD)
    _inloggen(client, expert)
    assert client.get(reverse("mijn_trajecten")).status_code == 200
    sessie = client.session
    sessie[ACTIEF_SLEUTEL] = int(time.time()) - 31 * 60
    sessie.save()
    response = client.get(reverse("mijn_trajecten"))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/?verlopen=1")
    assert client.get(reverse("mijn_trajecten")).status_code == 302
