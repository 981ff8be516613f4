"""Choosing people for a traject (issue 12): namesakes differ, a person appears once.

Every select of people (expertteam, moderator of an interview, deelnemers of a bijeenkomst) labels a
person with one helper: name and organisation, else name and e-mail address, else the address.
"""

import re

import pytest

from tests.factories import ExpertProfielFactory, TrajectFactory, UserFactory, met_rol
from trajecten.models import Rol
from visieleren.forms import persoon_label

pytestmark = pytest.mark.django_db


def _opties(html: str, naam: str) -> list[str]:
    """The texts of the <option>s of the select ``naam``."""
    select = re.search(rf'<select name="{naam}".*?</select>', html, re.S).group(0)
    return [re.sub(r"\s+", " ", tekst).strip() for tekst in re.findall(r"<option[^>]*>(.*?)</option>", select, re.S)]


def test_label_toont_naam_en_organisatie_of_anders_het_e_mailadres():
    assert (
        persoon_label(UserFactory(naam="Anna de Vries", organisatie="Gemeente Ede")) == "Anna de Vries — Gemeente Ede"
    )
    assert (
        persoon_label(UserFactory(naam="Anna de Vries", email="anna@vng.example")) == "Anna de Vries — anna@vng.example"
    )
    assert persoon_label(UserFactory(naam="", email="zonder@naam.example")) == "zonder@naam.example"
    expert = ExpertProfielFactory(
        user=UserFactory(naam="Anna de Vries", organisatie=""), organisatie="Bureau Rust"
    ).user
    assert persoon_label(expert) == "Anna de Vries — Bureau Rust"


def test_naamgenoten_zijn_in_het_expertteam_te_onderscheiden(client, team, traject):
    ExpertProfielFactory(user=UserFactory(naam="Anna de Vries", organisatie=""), organisatie="Bureau Rust")
    UserFactory(naam="Anna de Vries", organisatie="Gemeente Ede")
    client.force_login(team)
    opties = _opties(client.get(f"/trajecten/{traject.pk}/expertteam/").content.decode(), "user")
    assert "Anna de Vries — Bureau Rust" in opties
    assert "Anna de Vries — Gemeente Ede" in opties


def test_iemand_met_twee_rollen_staat_een_keer_in_het_team_en_niet_meer_in_de_keuzelijst(client, team, traject):
    anna = ExpertProfielFactory(user=UserFactory(naam="Anna de Vries"), organisatie="Bureau Rust").user
    met_rol(traject, Rol.EXPERT, anna)
    met_rol(traject, Rol.MODERATOR, anna)
    bram = ExpertProfielFactory(user=UserFactory(naam="Bram Bakker"), organisatie="Bureau Bakker").user
    met_rol(traject, Rol.EXPERT, bram)
    # Another traject's roles do not matter here.
    met_rol(TrajectFactory(), Rol.EXPERT, bram)
    client.force_login(team)
    html = client.get(f"/trajecten/{traject.pk}/expertteam/").content.decode()
    opties = _opties(html, "user")
    assert not any(o.startswith("Anna de Vries") for o in opties)  # nothing left to give her here
    assert opties.count("Bram Bakker — Bureau Bakker (al expert)") == 1
    assert len(opties) == len(set(opties))
    tabel = html.split('id="kop-team"', 1)[1].split("</table>", 1)[0]
    assert tabel.count("<td>Anna de Vries</td>") == 1
    assert re.search(r"Anna de Vries.*?Expert en moderator", tabel, re.S)
    # The traject page: one line per person, both roles on it.
    pagina = client.get(traject.get_absolute_url()).content.decode()
    team_lijst = pagina.split('id="kop-expertteam"', 1)[1].split("</section>", 1)[0]
    assert team_lijst.count("Anna de Vries") == 1
    assert "Anna de Vries — Bureau Rust: expert en moderator" in team_lijst


def test_zelfde_rol_nog_eens_geeft_fout_naast_het_veld(client, team, traject):
    anna = ExpertProfielFactory(user=UserFactory(naam="Anna de Vries")).user
    met_rol(traject, Rol.EXPERT, anna)
    client.force_login(team)
    response = client.post(f"/trajecten/{traject.pk}/expertteam/", {"user": anna.pk, "rol": "expert"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_user_error"' in html
    assert "Anna de Vries heeft deze rol al op dit traject (expert)." in html
    # The other role is still possible.
    response = client.post(f"/trajecten/{traject.pk}/expertteam/", {"user": anna.pk, "rol": "moderator"})
    assert response.status_code == 302
    assert set(traject.rollen.filter(user=anna).values_list("rol", flat=True)) == {"expert", "moderator"}


def test_beide_rollen_van_een_persoon_los_te_verwijderen(client, team, traject):
    anna = ExpertProfielFactory(user=UserFactory(naam="Anna de Vries")).user
    expert = traject.rollen.create(user=anna, rol=Rol.EXPERT)
    traject.rollen.create(user=anna, rol=Rol.MODERATOR)
    client.force_login(team)
    html = client.get(f"/trajecten/{traject.pk}/expertteam/").content.decode()
    assert 'Verwijderen<span class="visually-hidden"> Anna de Vries als expert' in html
    assert 'Verwijderen<span class="visually-hidden"> Anna de Vries als moderator' in html
    client.post(f"/trajecten/{traject.pk}/expertteam/{expert.pk}/verwijderen/")
    assert list(traject.rollen.filter(user=anna).values_list("rol", flat=True)) == ["moderator"]


def test_moderator_van_een_interview_kiezen_toont_organisatie_en_iedereen_een_keer(client, team, traject):
    from tests.factories import DeelnemerFactory

    DeelnemerFactory(traject=traject)
    DeelnemerFactory(traject=traject)
    mo = UserFactory(naam="Mo Moderator", organisatie="Gemeente Ede")
    met_rol(traject, Rol.MODERATOR, mo)
    met_rol(traject, Rol.EXPERT, mo)
    UserFactory(naam="Mo Moderator", organisatie="VNG", is_team=True)
    client.force_login(team)
    html = client.get(f"/trajecten/{traject.pk}/interviews/nieuw/").content.decode()
    opties = _opties(html, "moderator")
    assert opties.count("Mo Moderator — Gemeente Ede") == 1
    assert "Mo Moderator — VNG" in opties


def test_interview_wijzigen_gebruikt_hetzelfde_label(traject):
    from interviews.forms.interviews import InterviewWijzigenForm
    from interviews.selectors.interviews import moderator_kandidaten

    met_rol(traject, Rol.MODERATOR, UserFactory(naam="Mo Moderator", organisatie="Gemeente Ede"))
    form = InterviewWijzigenForm(moderatoren=moderator_kandidaten(traject=traject))
    assert "Mo Moderator — Gemeente Ede" in [label for _, label in form.fields["moderator"].choices]


def test_deelnemers_van_een_bijeenkomst_een_keer_met_organisatie(traject):
    from trajecten.forms.starten import BijeenkomstForm

    anna = UserFactory(naam="Anna de Vries", organisatie="Gemeente Ede")
    met_rol(traject, Rol.EXPERT, anna)
    met_rol(traject, Rol.MODERATOR, anna)
    met_rol(traject, Rol.CONTACTPERSOON, UserFactory(naam="Anna de Vries", organisatie="Gemeente Wageningen"))
    labels = [label for _, label in BijeenkomstForm(traject=traject).fields["deelnemers"].choices]
    assert sorted(labels) == ["Anna de Vries — Gemeente Ede", "Anna de Vries — Gemeente Wageningen"]


def test_formulieren_gebruiken_geen_eigen_lambda_voor_personen():
    """One helper for a person's label; no lambdas repeated in forms."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for pad in [*root.glob("*/forms/*.py"), root / "visieleren/accounts/forms.py"]:
        tekst = pad.read_text()
        assert "lambda u:" not in tekst, pad
        assert "u.naam or u.email" not in tekst, pad
