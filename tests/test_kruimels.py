"""The breadcrumb on pages inside a traject: Trajecten › the traject › the page, the same in every app."""

import pytest

from tests.factories import InterviewFactory
from visieleren.kruimels import traject_kruimels

pytestmark = pytest.mark.django_db


def test_kruimels_van_een_traject_beginnen_bij_trajecten_en_het_traject(traject):
    assert traject_kruimels(traject, ("Logboek", None)) == [
        ("Trajecten", "/trajecten/"),
        ("Eigen traject", f"/trajecten/{traject.pk}/"),
        ("Logboek", None),
    ]


@pytest.mark.parametrize(
    ("pad", "pagina"),
    [
        ("logboek/", "Logboek"),
        ("betrokkenen/", "Betrokkenen"),
        ("interviews/", "Duo-interviews"),
        ("deelnemers/", "Deelnemers"),
        ("citaten/", "Citaten"),
    ],
)
def test_team_ziet_het_kruimelpad_naar_trajecten_en_het_traject(client, team, traject, pad, pagina):
    client.force_login(team)
    response = client.get(f"/trajecten/{traject.pk}/{pad}")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<a class="utrecht-link utrecht-breadcrumb-nav__link" href="/trajecten/">Trajecten</a>' in html
    assert f'href="/trajecten/{traject.pk}/">Eigen traject</a>' in html
    assert f'aria-current="page">{pagina}</span>' in html


def test_kruimelpad_van_aantekeningen_loopt_via_het_interview(client, team, traject):
    interview = InterviewFactory(traject=traject)
    client.force_login(team)
    html = client.get(f"/trajecten/{traject.pk}/interviews/{interview.pk}/aantekeningen/").content.decode()
    assert f'href="/trajecten/{traject.pk}/interviews/">Duo-interviews</a>' in html
    assert f'href="{interview.get_absolute_url()}">{interview}</a>' in html
    assert 'aria-current="page">Aantekeningen</span>' in html
