"""The authorisation matrix: every URL × every role, on the own and on another traject.

Each later issue adds its rows. 404: the traject is not visible; 403: visible, action not allowed.
"""

import pytest
from django.urls import reverse

from interviews.models import Code
from tests.factories import CodeFactory
from visieleren.permissions import mag_code_memo

pytestmark = pytest.mark.django_db

ROLLEN = ["team", "expert", "moderator", "contactpersoon", "bestuurder", "buitenstaander"]

# (url name, method, {role: expected status on own traject}); on another traject all but team get 404.
TRAJECT_URLS = [
    (
        "trajecten:detail",
        "get",
        {"team": 200, "expert": 200, "moderator": 200, "contactpersoon": 200, "bestuurder": 200, "buitenstaander": 404},
    ),
    (
        "trajecten:logboek",
        "get",
        {"team": 200, "expert": 403, "moderator": 403, "contactpersoon": 403, "bestuurder": 403, "buitenstaander": 404},
    ),
    (
        "trajecten:document_uploaden",
        "post",
        {"team": 400, "expert": 403, "moderator": 403, "contactpersoon": 400, "bestuurder": 403, "buitenstaander": 404},
    ),
]

TEAM_URLS = [
    ("accounts:mensen", "get", []),
    ("accounts:uitnodigen", "get", []),
    ("accounts:persoon", "get", ["self"]),
    ("accounts:activeren", "post", ["self"]),
    ("accounts:rol_toekennen", "post", ["self"]),
]


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize(("naam", "methode", "verwacht"), TRAJECT_URLS, ids=[u[0] for u in TRAJECT_URLS])
def test_traject_urls_per_rol_op_eigen_traject(client, persona, traject, rol, naam, methode, verwacht):
    client.force_login(persona[rol])
    response = getattr(client, methode)(reverse(naam, args=[traject.pk]))
    assert response.status_code == verwacht[rol]


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize(("naam", "methode", "verwacht"), TRAJECT_URLS, ids=[u[0] for u in TRAJECT_URLS])
def test_traject_urls_per_rol_op_ander_traject(client, persona, ander_traject, rol, naam, methode, verwacht):
    client.force_login(persona[rol])
    response = getattr(client, methode)(reverse(naam, args=[ander_traject.pk]))
    if rol == "team":
        assert response.status_code == verwacht["team"]
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize(("naam", "methode", "args"), TEAM_URLS, ids=[u[0] for u in TEAM_URLS])
def test_team_paginas_alleen_voor_team(client, persona, rol, naam, methode, args):
    user = persona[rol]
    client.force_login(user)
    url = reverse(naam, args=[user.pk for _ in args])
    response = getattr(client, methode)(url)
    if rol == "team":
        assert response.status_code in (200, 302, 400)
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("url", ["/trajecten/", "/trajecten/1/", "/mensen/", "/trajecten/1/logboek/"])
def test_anoniem_wordt_naar_inloggen_gestuurd(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


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
