"""The register of processing activities and the privacy statement say what the configured system does."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_team_ziet_register_met_bewaartermijnen_uit_de_instellingen(client, team, settings):
    settings.AANTEKENINGEN_BEWAAR_DAGEN = 123
    settings.AANMELDING_BEWAAR_DAGEN = 77
    client.force_login(team)
    pagina = client.get(reverse("verwerkingsregister")).content.decode()
    for verwacht in ["Duo-interviews", "123 dagen", "77 dagen", "de moderator van dat interview", "Logboek"]:
        assert verwacht in pagina
    download = client.get(reverse("verwerkingsregister_download"))
    assert download["Content-Disposition"] == 'attachment; filename="verwerkingsregister-visieleren.md"'
    tekst = download.content.decode()
    assert tekst.startswith("# Verwerkingsregister Visieleren") and "123 dagen" in tekst


def test_toegang_komt_uit_de_toegangsregels(monkeypatch):
    from trajecten.models import Rol
    from visieleren.core import verwerkingsregister
    from visieleren.permissions import REGELS, Actie

    documenten = next(v for v in verwerkingsregister.verwerkingen() if v.naam.startswith("Documenten"))
    assert "contactpersoon" in documenten.toegang and "bestuurder" not in documenten.toegang
    monkeypatch.setitem(REGELS, Actie.DOCUMENT_BEKIJKEN, frozenset({Rol.BESTUURDER}))
    documenten = next(v for v in verwerkingsregister.verwerkingen() if v.naam.startswith("Documenten"))
    assert "bestuurder" in documenten.toegang and "contactpersoon" not in documenten.toegang


@pytest.mark.parametrize("rol", ["expert", "moderator", "contactpersoon", "bestuurder"])
def test_alleen_het_team_opent_het_register(client, persona, rol):
    client.force_login(persona[rol])
    assert client.get(reverse("verwerkingsregister")).status_code == 403
    assert client.get(reverse("verwerkingsregister_download")).status_code == 403


def test_privacyverklaring_noemt_wie_namen_ziet_en_de_ingestelde_termijn(client, settings):
    settings.AANTEKENINGEN_BEWAAR_DAGEN = 200
    pagina = client.get(reverse("privacy")).content.decode()
    assert "200 dagen na het einde" in pagina
    assert "de moderator van een duo-interview" in pagina
    assert "Zoeken op een naam vindt voor hen niets" in pagina


def test_register_noemt_wat_per_passkey_bewaard_wordt():
    from visieleren.core import verwerkingsregister

    accounts = next(v for v in verwerkingsregister.verwerkingen() if v.naam == "Accounts en inloggen")
    for verwacht in ("publieke sleutel", "sign count", "laatst gebruikt", "herstelcodes", "Geen biometrische"):
        assert verwacht in accounts.gegevens
