import pytest

from tests.factories import TrajectFactory
from trajecten.models import Beleidsthema, Fase, Status

pytestmark = pytest.mark.django_db


def test_overzicht_filtert_op_status(client, team):
    TrajectFactory(titel="Lopend traject", status=Status.LOPEND)
    TrajectFactory(titel="Gestopt traject", status=Status.GESTOPT)
    client.force_login(team)
    response = client.get("/trajecten/", {"status": "tussentijds_gestopt"})
    assert [t.titel for t in response.context["page_obj"]] == ["Gestopt traject"]


def test_overzicht_filtert_op_fase(client, team):
    TrajectFactory(fase=Fase.LUISTEREN)
    TrajectFactory(fase=Fase.BORGEN)
    TrajectFactory(fase=Fase.BORGEN)
    client.force_login(team)
    assert client.get("/trajecten/", {"fase": "borgen"}).context["page_obj"].paginator.count == 2


def test_overzicht_zoekt_in_gemeente_vraagstuk_en_beleidsthema(client, team):
    from tests.factories import GemeenteFactory

    jeugd = Beleidsthema.objects.get(slug="jeugd")
    a = TrajectFactory(vraagstuk="Wachttijden verkorten", gemeenten=[GemeenteFactory(naam="Hoorn")])
    b = TrajectFactory(vraagstuk="Iets anders")
    b.beleidsthemas.add(jeugd)
    client.force_login(team)
    assert list(client.get("/trajecten/", {"q": "hoorn"}).context["page_obj"]) == [a]
    assert list(client.get("/trajecten/", {"q": "wachttijden"}).context["page_obj"]) == [a]
    assert list(client.get("/trajecten/", {"q": "Jeugd"}).context["page_obj"]) == [b]


def test_overzicht_ongeldige_filter_toont_alles(client, team):
    TrajectFactory()
    client.force_login(team)
    response = client.get("/trajecten/", {"status": "bestaat-niet"})
    assert response.status_code == 200


def test_htmx_krijgt_alleen_de_resultaten(client, team):
    TrajectFactory()
    client.force_login(team)
    response = client.get("/trajecten/", headers={"HX-Request": "true"})
    inhoud = response.content.decode()
    assert 'id="resultaten"' in inhoud
    assert "<html" not in inhoud


def test_over_tijd_alleen_bij_lopende_trajecten():
    import datetime

    gisteren = datetime.date.today() - datetime.timedelta(days=2)
    assert TrajectFactory.build(status=Status.LOPEND, geplande_eind=gisteren).is_over_tijd
    assert not TrajectFactory.build(status=Status.AFGEROND, geplande_eind=gisteren).is_over_tijd


@pytest.mark.parametrize("aantal", [9, 90])
def test_overzicht_aantal_queries_constant(client, team, django_assert_max_num_queries, aantal):
    jeugd = Beleidsthema.objects.get(slug="jeugd")
    for _ in range(aantal):
        TrajectFactory().beleidsthemas.add(jeugd)
    client.force_login(team)
    with django_assert_max_num_queries(8):
        response = client.get("/trajecten/")
    assert response.status_code == 200


@pytest.mark.parametrize("aantal", [9, 90])
def test_overzicht_aantal_queries_constant_voor_expert(client, django_assert_max_num_queries, aantal):
    from tests.factories import UserFactory, met_rol

    expert = UserFactory()
    for _ in range(aantal):
        met_rol(TrajectFactory(), "expert", user=expert)
    client.force_login(expert)
    with django_assert_max_num_queries(8):
        response = client.get("/trajecten/")
    assert response.context["page_obj"].paginator.count == aantal
