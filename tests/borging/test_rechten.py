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
