"""Who may do what in Borgen, per role on the own traject, written out by hand (not read from REGELS)."""

import pytest

from visieleren.permissions import Actie, mag

pytestmark = pytest.mark.django_db

VERWACHT = {
    Actie.STREEFWAARDEN_BEKIJKEN: {"team", "expert", "moderator", "contactpersoon", "bestuurder"},
    Actie.STREEFWAARDEN_BEHEREN: {"team"},
    Actie.BORGINGSESSIE_BEKIJKEN: {"team", "expert", "moderator"},
    Actie.BORGINGSESSIE_BEHEREN: {"team"},
    Actie.EVALUATIE_BEHEREN: {"team"},
    Actie.EVALUATIE_RESULTATEN: {"team", "contactpersoon"},
    Actie.NAZORG_BEKIJKEN: {"team", "expert", "moderator", "contactpersoon"},
    Actie.NAZORG_BEHEREN: {"team"},
}


@pytest.mark.parametrize("actie", list(VERWACHT), ids=str)
def test_rechten_in_borgen_per_rol(persona, traject, ander_traject, actie):
    mogen = {naam for naam, user in persona.items() if mag(user, actie, traject)}
    assert mogen == VERWACHT[actie]
    # Nobody but the team on a traject without a role.
    assert {naam for naam, user in persona.items() if mag(user, actie, ander_traject)} == {"team"}


# Every view of one object of a traject: the traject visible (else 404), the action allowed (else 403),
# then the object of that traject (else 404). Someone who may not act learns nothing about which ids exist.
OBJECT_URLS = [
    ("borging:afspraak_nieuw", "bijeenkomst_pk", "get"),
    ("borging:afspraak_bewerken", "pk", "get"),
    ("borging:afspraak_status", "pk", "post"),
    ("borging:streefwaarde_bewerken", "pk", "get"),
    ("borging:streefwaarde_verwijderen", "pk", "post"),
    ("borging:observatie_nieuw", "pk", "get"),
    ("borging:nazorggesprek", "pk", "get"),
]


@pytest.mark.parametrize(("naam", "sleutel", "methode"), OBJECT_URLS)
def test_eerst_het_recht_dan_het_object(client, persona, traject, naam, sleutel, methode):
    from django.urls import reverse

    url = reverse(naam, kwargs={"traject_pk": traject.pk, sleutel: 999999})
    client.force_login(persona["bestuurder"])  # sees the traject, may none of these
    assert getattr(client, methode)(url).status_code == 403
    client.force_login(persona["team"])
    assert getattr(client, methode)(url).status_code == 404
