"""Authorisation matrix for the codebook, tagging, review and memo URLs: every role, own and other traject.

404: the traject is not visible; 403: visible, but the role may not do this.
"""

import pytest
from django.urls import reverse

from interviews.services.codeboek import tagging_create
from tests.factories import CitaatFactory, InterviewFactory

pytestmark = pytest.mark.django_db

ROLLEN = ["team", "expert", "moderator", "contactpersoon", "bestuurder", "buitenstaander"]


def _inhoud(ok):
    return {"team": ok, "expert": ok, "moderator": ok, "contactpersoon": 403, "bestuurder": 403, "buitenstaander": 404}


# (url name, method, kwargs built from (traject, citaat, tagging, interview), expected status on own traject)
URLS = [
    ("codeboek:citaten", "get", lambda t, c, tg, i: [t.pk], _inhoud(200)),
    ("codeboek:citaat", "get", lambda t, c, tg, i: [t.pk, c.pk], _inhoud(200)),
    ("codeboek:tag_toevoegen", "post", lambda t, c, tg, i: [t.pk, c.pk], _inhoud(400)),
    ("codeboek:tag_verwijderen", "post", lambda t, c, tg, i: [t.pk, c.pk, tg.pk], _inhoud(302)),
    ("codeboek:citaat_memo", "post", lambda t, c, tg, i: [t.pk, c.pk], _inhoud(400)),
    ("codeboek:beoordelen", "get", lambda t, c, tg, i: [t.pk], _inhoud(200)),
    ("codeboek:citaat_beoordelen", "get", lambda t, c, tg, i: [t.pk, c.pk], _inhoud(200)),
    ("codeboek:interview_memos", "get", lambda t, c, tg, i: [t.pk, i.pk], _inhoud(200)),
    ("codeboek:trajectcode_nieuw", "get", lambda t, c, tg, i: [t.pk], _inhoud(200)),
]


def _objecten(traject, codes, door):
    interview = InterviewFactory(traject=traject)
    citaat = CitaatFactory(interview=interview)
    tagging = tagging_create(citaat=citaat, code=codes["Rust en regie"], door=door)
    return traject, citaat, tagging, interview


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize(("naam", "methode", "args", "verwacht"), URLS, ids=[u[0] for u in URLS])
def test_urls_per_rol_op_eigen_traject(client, persona, traject, codes, rol, naam, methode, args, verwacht):
    objecten = _objecten(traject, codes, persona["team"])
    client.force_login(persona[rol])
    response = getattr(client, methode)(reverse(naam, args=args(*objecten)))
    assert response.status_code == verwacht[rol]


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize(("naam", "methode", "args", "verwacht"), URLS, ids=[u[0] for u in URLS])
def test_urls_per_rol_op_ander_traject(client, persona, ander_traject, codes, rol, naam, methode, args, verwacht):
    objecten = _objecten(ander_traject, codes, persona["team"])
    client.force_login(persona[rol])
    response = getattr(client, methode)(reverse(naam, args=args(*objecten)))
    assert response.status_code == (verwacht["team"] if rol == "team" else 404)


@pytest.mark.parametrize(
    ("rol", "status"),
    [
        ("team", 200),
        ("expert", 200),
        ("moderator", 200),
        ("contactpersoon", 403),
        ("bestuurder", 403),
        ("buitenstaander", 403),
    ],
)
def test_codeboek_per_rol(client, persona, rol, status):
    client.force_login(persona[rol])
    assert client.get(reverse("codeboek:codeboek")).status_code == status


def test_anoniem_moet_inloggen(client, traject):
    response = client.get(reverse("codeboek:citaten", args=[traject.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response.url
    assert client.get(reverse("codeboek:codeboek")).status_code == 302
