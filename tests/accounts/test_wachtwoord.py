"""The password pages (set a password from the invitation or the reset link, forgot password, change
password): every message Dutch and correct, under the field it belongs to, linked to its input with
``aria-describedby``, and nothing typed is lost but the passwords themselves."""

import re

import pytest
from django.contrib.auth import password_validation
from django.urls import reverse

from tests.factories import WACHTWOORD, UserFactory
from tests.test_tekst_paginas import _gevonden, knopfouten, verplichtfouten
from visieleren.accounts import emails
from visieleren.accounts.wachtwoord import MinimumLengteValidator

pytestmark = pytest.mark.django_db

GOED = "Zomer-aan-de-Waal-2031"


@pytest.fixture
def eva():
    return UserFactory(naam="Marieke Jansen", email="marieke.jansen@voorbeeld.nl", organisatie="Gemeente Deventer")


def _instellen_url(client, user) -> str:
    """The invitation and the reset e-mail carry the same link; Django swaps the token for a session."""
    response = client.get(emails.wachtwoord_link(user).removeprefix("http://127.0.0.1:8000"), follow=True)
    return response.redirect_chain[-1][0]


def _fouten_onder(inhoud: str, veld: str) -> list[str]:
    blok = re.search(rf'<div class="utrecht-form-field-error-message" id="id_{veld}_error">(.*?)</div>', inhoud, re.S)
    return re.findall(r"<p>(.*?)</p>", blok.group(1)) if blok else []


def _beschreven_door_fout(inhoud: str, veld: str) -> bool:
    """The input's aria-describedby names its error, so a screen reader reads it with the field."""
    invoer = re.search(rf'<input[^>]*\bid="id_{veld}"[^>]*>', inhoud).group(0)
    return bool(re.search(rf'aria-describedby="[^"]*\bid_{veld}_error\b', invoer))


def _instellen(client, user, wachtwoord1, wachtwoord2=None):
    url = _instellen_url(client, user)
    wachtwoord2 = wachtwoord1 if wachtwoord2 is None else wachtwoord2
    return client.post(url, {"new_password1": wachtwoord1, "new_password2": wachtwoord2})


def _schoon(inhoud: str) -> None:
    """Dutch only, the button in the infinitive, and no password typed comes back in the page."""
    assert not _gevonden(inhoud), _gevonden(inhoud)
    assert not knopfouten(inhoud)
    assert not re.search(r'<input type="password"[^>]*value=', inhoud)


@pytest.mark.parametrize(
    ("wachtwoord", "melding"),
    [
        ("marieke.jansen@voorbeeld", "Uw wachtwoord lijkt te veel op uw e-mailadres."),
        ("MariekeJansen!", "Uw wachtwoord lijkt te veel op uw naam."),
        ("GemeenteDeventer", "Uw wachtwoord lijkt te veel op de naam van uw organisatie."),
        ("kort-1A", "Uw wachtwoord is te kort. Gebruik minstens 10 tekens."),
        (
            "qwertyuiop",
            "Uw wachtwoord is te makkelijk te raden: het staat in een lijst met veelgebruikte wachtwoorden.",
        ),
        ("8206418379153", "Uw wachtwoord bestaat alleen uit cijfers. Gebruik ook letters of andere tekens."),
    ],
)
def test_elke_wachtwoordregel_meldt_zich_in_het_nederlands_onder_het_wachtwoordveld(client, eva, wachtwoord, melding):
    response = _instellen(client, eva, wachtwoord)
    inhoud = response.content.decode()
    assert response.status_code == 200
    assert melding in _fouten_onder(inhoud, "new_password1")
    assert _fouten_onder(inhoud, "new_password2") == []
    assert _beschreven_door_fout(inhoud, "new_password1")
    assert "lijkt te veel op de e-mailadres" not in inhoud
    _schoon(inhoud)
    eva.refresh_from_db()
    assert not eva.check_password(wachtwoord)


def test_twee_verschillende_wachtwoorden_meldt_het_tweede_veld(client, eva):
    inhoud = _instellen(client, eva, GOED, GOED + "x").content.decode()
    assert _fouten_onder(inhoud, "new_password2") == [
        "De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord."
    ]
    assert _fouten_onder(inhoud, "new_password1") == []
    assert _beschreven_door_fout(inhoud, "new_password2")
    _schoon(inhoud)


def test_leeg_versturen_zegt_per_veld_wat_er_in_moet(client, eva):
    inhoud = _instellen(client, eva, "", "").content.decode()
    assert _fouten_onder(inhoud, "new_password1") == ["Vul een nieuw wachtwoord in."]
    assert _fouten_onder(inhoud, "new_password2") == ["Vul het nieuwe wachtwoord nog een keer in."]
    assert verplichtfouten(inhoud) == []
    _schoon(inhoud)


def test_de_pagina_legt_de_regels_uit_in_het_nederlands(client, eva):
    inhoud = client.get(_instellen_url(client, eva)).content.decode()
    for regel in [
        "Uw wachtwoord lijkt niet op uw naam, e-mailadres of organisatie.",
        "Uw wachtwoord heeft minstens 10 tekens.",
        "Uw wachtwoord is geen veelgebruikt wachtwoord.",
        "Uw wachtwoord bestaat niet alleen uit cijfers.",
    ]:
        assert regel in inhoud
    assert ">Nieuw wachtwoord<" in inhoud or ">Nieuw wachtwoord " in inhoud
    assert "Nieuw wachtwoord herhalen" in inhoud
    assert "(verplicht)" not in inhoud  # every field is required: no mark
    _schoon(inhoud)


def test_met_een_goed_wachtwoord_kan_de_uitgenodigde_inloggen(client, eva):
    response = _instellen(client, eva, GOED)
    assert response.status_code == 302
    eva.refresh_from_db()
    assert eva.check_password(GOED)


def test_de_lengte_heeft_een_goed_meervoud():
    assert MinimumLengteValidator(min_length=1).get_error_message() == (
        "Uw wachtwoord is te kort. Gebruik minstens 1 teken."
    )
    assert MinimumLengteValidator(min_length=1).get_help_text() == "Uw wachtwoord heeft minstens 1 teken."
    assert "10 tekens" in MinimumLengteValidator(min_length=10).get_error_message()


def test_alle_regels_uit_de_instellingen_hebben_eigen_nederlandse_teksten(settings):
    validators = password_validation.get_password_validators(settings.AUTH_PASSWORD_VALIDATORS)
    assert len(validators) == 4
    for validator in validators:
        assert type(validator).__module__ == "visieleren.accounts.wachtwoord"
        assert validator.get_help_text().startswith("Uw wachtwoord ")


def test_wachtwoord_vergeten_houdt_het_getypte_adres_en_meldt_onder_het_veld(client):
    inhoud = client.post(reverse("password_reset"), {"email": "geen-adres"}).content.decode()
    assert _fouten_onder(inhoud, "email") == ["Vul een geldig e-mailadres in, zoals naam@gemeente.nl."]
    assert 'value="geen-adres"' in inhoud
    assert _beschreven_door_fout(inhoud, "email")
    _schoon(inhoud)
    leeg = client.post(reverse("password_reset"), {"email": ""}).content.decode()
    assert _fouten_onder(leeg, "email") == ["Vul uw e-mailadres in."]


# ---- Changing the password while logged in ----------------------------------------------------------


def test_wachtwoord_wijzigen_vraagt_inloggen(client):
    response = client.get(reverse("password_change"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_wachtwoord_wijzigen_met_fout_huidig_wachtwoord(client, eva):
    client.force_login(eva)
    inhoud = client.post(
        reverse("password_change"),
        {"old_password": "niet-het-goede", "new_password1": GOED, "new_password2": GOED},
    ).content.decode()
    assert _fouten_onder(inhoud, "old_password") == ["Uw huidige wachtwoord klopt niet. Let op hoofdletters."]
    assert _fouten_onder(inhoud, "new_password1") == []
    _schoon(inhoud)


def test_wachtwoord_wijzigen_meldt_elke_regel_onder_het_nieuwe_wachtwoord(client, eva):
    client.force_login(eva)
    inhoud = client.post(
        reverse("password_change"),
        {"old_password": WACHTWOORD, "new_password1": "marieke.jansen@voorbeeld", "new_password2": "iets-anders-1"},
    ).content.decode()
    assert _fouten_onder(inhoud, "new_password1") == ["Uw wachtwoord lijkt te veel op uw e-mailadres."]
    assert _fouten_onder(inhoud, "new_password2") == [
        "De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord."
    ]
    assert _fouten_onder(inhoud, "old_password") == []
    leeg = client.post(reverse("password_change"), {}).content.decode()
    assert _fouten_onder(leeg, "old_password") == ["Vul uw huidige wachtwoord in."]
    assert verplichtfouten(leeg) == []
    _schoon(inhoud)
    _schoon(leeg)


def test_wachtwoord_wijzigen_lukt_en_u_blijft_ingelogd(client, eva):
    client.force_login(eva)
    response = client.post(
        reverse("password_change"), {"old_password": WACHTWOORD, "new_password1": GOED, "new_password2": GOED}
    )
    assert response.status_code == 302
    eva.refresh_from_db()
    assert eva.check_password(GOED)
    volgende = client.get(response["Location"])
    assert volgende.status_code == 200
    assert "Uw wachtwoord is gewijzigd." in volgende.content.decode()
