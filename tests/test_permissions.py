"""Permissions beyond single URLs: what lists show, deactivated accounts, rights that add up.

The authorisation matrix itself (every URL × every role, own and other traject) is
``tests/test_autorisatiematrix.py``; each later issue adds its rows there.
"""

import pytest

from interviews.models import Code
from tests.factories import CodeFactory
from visieleren.permissions import mag_code_memo

pytestmark = pytest.mark.django_db


def test_overzicht_toont_alleen_trajecten_met_rol(client, persona, traject, ander_traject):
    for rol in ["expert", "moderator", "contactpersoon", "bestuurder"]:
        client.force_login(persona[rol])
        inhoud = client.get("/trajecten/").content.decode()
        assert traject.get_absolute_url() in inhoud
        assert ander_traject.get_absolute_url() not in inhoud


def test_team_ziet_alle_trajecten(client, team, traject, ander_traject):
    client.force_login(team)
    inhoud = client.get("/trajecten/").content.decode()
    assert traject.get_absolute_url() in inhoud and ander_traject.get_absolute_url() in inhoud


def test_buitenstaander_ziet_geen_trajecten(client, persona, traject):
    client.force_login(persona["buitenstaander"])
    assert traject.get_absolute_url() not in client.get("/trajecten/").content.decode()


def test_gedeactiveerd_teamlid_heeft_geen_rechten(team, traject):
    from visieleren.permissions import Actie, mag

    team.is_active = False
    assert not mag(team, Actie.TRAJECT_BEKIJKEN, traject)


def test_rollen_tellen_op(traject):
    from tests.factories import met_rol
    from visieleren.permissions import Actie, mag

    bestuurder = met_rol(traject, "bestuurder")
    assert not mag(bestuurder, Actie.DOCUMENT_BEKIJKEN, traject)
    met_rol(traject, "contactpersoon", user=bestuurder)
    bestuurder.__dict__.pop("_trajectrollen", None)
    assert mag(bestuurder, Actie.DOCUMENT_BEKIJKEN, traject)


@pytest.mark.parametrize(
    ("rol", "gedeeld", "eigen_trajectcode", "andere_trajectcode"),
    [
        ("team", True, True, True),
        ("expert", True, True, False),
        ("moderator", True, True, False),
        ("contactpersoon", False, False, False),
        ("bestuurder", False, False, False),
        ("buitenstaander", False, False, False),
    ],
)
def test_memo_bij_code_volgt_codeboek_of_traject(
    persona, traject, ander_traject, rol, gedeeld, eigen_trajectcode, andere_trajectcode
):
    user = persona[rol]
    assert mag_code_memo(user, CodeFactory()) is gedeeld
    assert mag_code_memo(user, CodeFactory(groep=Code.Groep.TRAJECT, traject=traject)) is eigen_trajectcode
    assert mag_code_memo(user, CodeFactory(groep=Code.Groep.TRAJECT, traject=ander_traject)) is andere_trajectcode
