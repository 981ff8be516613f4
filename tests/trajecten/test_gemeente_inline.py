"""Accepting an aanmelding from a gemeente that is not in the list yet (issue 12, smaller frictions).

The team adds the gemeente (or regio) on the accept form itself; it is created in the same
transaction as the traject. A name that is already taken, whatever its case, accents or spacing,
gets a Dutch error next to the field, and nothing typed is lost.
"""

import pytest

from tests.factories import AanmeldingFactory, GemeenteFactory
from trajecten.models import AanmeldingStatus, Gemeente, Traject
from trajecten.services.aanmelding import AanmeldingFout, GemeenteBestaatAl, aanmelding_accepteren
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db


def _aanmelding(anders: str, gemeenten=()):
    aanmelding = AanmeldingFactory(gemeente_anders=anders)
    aanmelding.gemeenten.set(gemeenten)
    return aanmelding


def _accepteren(client, aanmelding, **velden):
    gegevens = {f"accepteren-{k}": v for k, v in velden.items()}
    return client.post(f"/aanmeldingen/{aanmelding.pk}/accepteren/", gegevens)


def test_accepteerformulier_stelt_de_gemeente_uit_de_aanmelding_voor(client, team):
    aanmelding = _aanmelding("Noardeast-Fryslân")
    client.force_login(team)
    html = client.get(aanmelding.get_absolute_url()).content.decode()
    assert "Nieuwe gemeente of regio" in html
    assert 'name="accepteren-nieuwe_gemeente"' in html
    assert 'value="Noardeast-Fryslân"' in html
    # The title is not pre-filled with text that is no stored name yet.
    assert 'name="accepteren-titel" value="Noardeast-Fryslân"' not in html


def test_gemeente_uit_de_aanmelding_die_al_bestaat_wordt_aangevinkt(client, team):
    leeuwarden = GemeenteFactory(naam="Leeuwarden")
    aanmelding = _aanmelding(" leeuwarden ")
    client.force_login(team)
    form = client.get(aanmelding.get_absolute_url()).context["accepteren_form"]
    assert list(form.initial["gemeenten"]) == [leeuwarden]
    assert not form.initial.get("nieuwe_gemeente")
    assert form.initial["titel"] == "Leeuwarden"


def test_team_voegt_de_gemeente_toe_bij_het_accepteren(client, team, django_capture_on_commit_callbacks):
    aanmelding = _aanmelding("gemeente noardeast fryslan")
    client.force_login(team)
    with django_capture_on_commit_callbacks(execute=True):
        response = _accepteren(
            client, aanmelding, titel="", nieuwe_gemeente="Noardeast-Fryslân", nieuwe_gemeente_soort="gemeente"
        )
    assert response.status_code == 302
    aanmelding.refresh_from_db()
    gemeente = Gemeente.objects.get(naam="Noardeast-Fryslân")
    assert gemeente.soort == Gemeente.Soort.GEMEENTE
    assert aanmelding.status == AanmeldingStatus.GEACCEPTEERD
    assert list(aanmelding.traject.gemeenten.all()) == [gemeente]
    # The title uses the name as stored, not the text of the aanmelding.
    assert aanmelding.traject.titel == "Noardeast-Fryslân"
    assert AuditLog.objects.filter(actie="gemeente toegevoegd", object_id=str(gemeente.pk)).exists()


def test_nieuwe_regio_naast_een_aangevinkte_gemeente(client, team):
    breda = GemeenteFactory(naam="Breda")
    aanmelding = _aanmelding("Regio West-Brabant", [breda])
    client.force_login(team)
    response = _accepteren(
        client,
        aanmelding,
        titel="",
        gemeenten=[breda.pk],
        nieuwe_gemeente="Regio West-Brabant",
        nieuwe_gemeente_soort="regio",
    )
    assert response.status_code == 302
    traject = Traject.objects.get()
    regio = Gemeente.objects.get(naam="Regio West-Brabant")
    assert regio.soort == Gemeente.Soort.REGIO
    assert set(traject.gemeenten.all()) == {breda, regio}
    assert traject.titel == "Breda, Regio West-Brabant"


def test_getypte_titel_blijft_zoals_getypt(client, team):
    aanmelding = _aanmelding("Waadhoeke")
    client.force_login(team)
    _accepteren(client, aanmelding, titel="Waadhoeke: samen de toegang", nieuwe_gemeente="Waadhoeke")
    assert Traject.objects.get().titel == "Waadhoeke: samen de toegang"


@pytest.mark.parametrize("getypt", ["Leeuwarden", "LEEUWARDEN", "  leeuwárden ", "Leeuwarden\t"])
def test_bestaande_naam_geeft_fout_naast_het_veld_en_niets_gaat_verloren(client, team, getypt):
    GemeenteFactory(naam="Leeuwarden")
    aanmelding = _aanmelding("Leeuwarden en omstreken")
    client.force_login(team)
    response = _accepteren(client, aanmelding, titel="Mijn titel", nieuwe_gemeente=getypt, reden="Goed gesprek gehad.")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_accepteren-nieuwe_gemeente_error"' in html
    assert "Er is al een gemeente of regio met deze naam: Leeuwarden. Kies die in de lijst." in html
    assert 'value="Mijn titel"' in html and "Goed gesprek gehad." in html
    assert getypt.strip() in html
    assert Gemeente.objects.filter(naam__iexact="leeuwarden").count() == 1
    aanmelding.refresh_from_db()
    assert aanmelding.status == AanmeldingStatus.NIEUW and not Traject.objects.exists()


def test_zonder_gemeente_en_zonder_nieuwe_naam_een_nederlandse_fout(client, team):
    aanmelding = _aanmelding("")
    client.force_login(team)
    response = _accepteren(client, aanmelding, titel="T", reden="Past.")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_accepteren-gemeenten_error"' in html
    assert "Kies minstens één gemeente of regio." in html
    assert "Past." in html


def test_nieuwe_naam_op_twee_regels_wordt_geweigerd(client, team):
    aanmelding = _aanmelding("")
    client.force_login(team)
    response = _accepteren(client, aanmelding, nieuwe_gemeente="Ede\nWageningen")
    assert response.status_code == 400
    assert "Gebruik één regel" in response.content.decode()


def test_service_maakt_gemeente_en_traject_samen_of_geen_van_beide(team):
    """Two team members at once: the second finds the name taken inside the transaction."""
    GemeenteFactory(naam="Ede")
    aanmelding = _aanmelding("Ede")
    with pytest.raises(GemeenteBestaatAl) as fout:
        aanmelding_accepteren(
            aanmelding=aanmelding,
            titel="",
            gemeenten=[],
            nieuwe_gemeente={"naam": "EDE", "soort": "gemeente"},
            reden="",
            door=team,
        )
    assert isinstance(fout.value, AanmeldingFout)
    assert "Ede" in str(fout.value)
    aanmelding.refresh_from_db()
    assert aanmelding.status == AanmeldingStatus.NIEUW
    assert not Traject.objects.exists()


def test_fout_uit_de_service_komt_ook_naast_het_veld(client, team, monkeypatch):
    """The form checked before another team member saved the same name: still the field error."""
    from trajecten.forms import aanmelding as formulieren

    GemeenteFactory(naam="Ede")
    aanmelding = _aanmelding("Ede")
    monkeypatch.setattr(formulieren, "gemeente_met_naam", lambda naam: None)
    client.force_login(team)
    response = _accepteren(client, aanmelding, titel="Ede", nieuwe_gemeente="Ede", reden="Ja.")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_accepteren-nieuwe_gemeente_error"' in html
    assert "Er is al een gemeente of regio met deze naam: Ede. Kies die in de lijst." in html
    assert "Ja." in html


@pytest.mark.parametrize("getypt", ["LOCHEM", "Löchem", " lochem "])
def test_gemeentebeheer_weigert_dezelfde_naam_in_andere_schrijfwijze(client, team, getypt):
    GemeenteFactory(naam="Lochem")
    client.force_login(team)
    response = client.post("/gemeenten/nieuw/", {"naam": getypt, "soort": "gemeente", "cbs_code": ""})
    assert response.status_code == 400
    assert "Er is al een gemeente of regio met deze naam: Lochem." in response.content.decode()
    assert Gemeente.objects.filter(naam__icontains="ochem").count() == 1


def test_eigen_naam_anders_schrijven_mag(client, team):
    gemeente = GemeenteFactory(naam="Noardeast Fryslan")
    client.force_login(team)
    response = client.post(f"/gemeenten/{gemeente.pk}/bewerken/", {"naam": "Noardeast-Fryslân", "soort": "gemeente"})
    assert response.status_code == 302
    gemeente.refresh_from_db()
    assert gemeente.naam == "Noardeast-Fryslân"
