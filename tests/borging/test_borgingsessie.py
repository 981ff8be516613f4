"""The borgingsessie's afspraken: recorded by the team, read by experts and moderators."""

import pytest
from django.urls import reverse

from borging.models import Afspraak
from borging.services import BorgingFout
from borging.services.borgingsessie import afspraak_create
from tests.borging.factories import AfspraakFactory, BorgingsessieFactory
from tests.factories import BijeenkomstFactory
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db


def test_team_legt_een_afspraak_vast_en_zet_hem_op_afgerond(client, team, traject):
    sessie = BorgingsessieFactory(traject=traject)
    client.force_login(team)
    antwoord = client.post(
        reverse("borging:afspraak_nieuw", args=[traject.pk, sessie.pk]),
        {
            "omschrijving": "De inloop blijft.",
            "opvolger": "teamleider toegang",
            "datum": "2026-03-01",
            "status": "open",
        },
    )
    assert antwoord.status_code == 302
    afspraak = Afspraak.objects.get()
    assert (afspraak.bijeenkomst, afspraak.opvolger) == (sessie, "teamleider toegang")
    client.post(
        reverse("borging:afspraak_bewerken", args=[traject.pk, afspraak.pk]),
        {"omschrijving": "De inloop blijft.", "opvolger": "teamleider toegang", "status": "afgerond"},
    )
    afspraak.refresh_from_db()
    assert afspraak.status == "afgerond" and afspraak.datum is None
    assert list(AuditLog.objects.filter(traject=traject).values_list("actie", flat=True).order_by("pk")) == [
        "afspraak vastgelegd",
        "afspraak gewijzigd",
    ]


def test_afspraken_alleen_bij_een_borgingsessie(client, team, traject):
    kickoff = BijeenkomstFactory(traject=traject, soort="kick-off")
    with pytest.raises(BorgingFout):
        afspraak_create(bijeenkomst=kickoff, omschrijving="x", opvolger="y", datum=None, status="open", door=team)
    client.force_login(team)
    assert client.get(reverse("borging:afspraak_nieuw", args=[traject.pk, kickoff.pk])).status_code == 404


def test_expert_leest_de_afspraken_maar_bewerkt_ze_niet(client, persona, traject):
    afspraak = AfspraakFactory(bijeenkomst=BorgingsessieFactory(traject=traject), omschrijving="Raad halfjaarlijks")
    client.force_login(persona["expert"])
    html = client.get(reverse("borging:borgingsessies", args=[traject.pk])).content.decode()
    assert "Raad halfjaarlijks" in html and "teamleider toegang" in html
    assert reverse("borging:afspraak_bewerken", args=[traject.pk, afspraak.pk]) not in html
    bewerken = client.get(reverse("borging:afspraak_bewerken", args=[traject.pk, afspraak.pk]))
    assert bewerken.status_code == 403


def test_afspraak_van_een_ander_traject_geeft_404(client, team, traject, ander_traject):
    vreemd = AfspraakFactory(bijeenkomst=BorgingsessieFactory(traject=ander_traject))
    client.force_login(team)
    assert client.get(reverse("borging:afspraak_bewerken", args=[traject.pk, vreemd.pk])).status_code == 404


def test_team_zet_de_status_met_htmx_en_zonder(client, team, traject):
    afspraak = AfspraakFactory(bijeenkomst=BorgingsessieFactory(traject=traject))
    client.force_login(team)
    url = reverse("borging:afspraak_status", args=[traject.pk, afspraak.pk])
    fragment = client.post(url, {"status": "bezig"}, HTTP_HX_REQUEST="true")
    assert fragment.status_code == 200
    html = fragment.content.decode()
    assert html.strip().startswith(f'<tr class="utrecht-table__row" id="afspraak-{afspraak.pk}">')
    assert '<option value="bezig" selected>' in html and "Status opgeslagen." in html
    gewoon = client.post(url, {"status": "afgerond"})
    assert gewoon.status_code == 302 and gewoon["Location"].endswith(f"#afspraak-{afspraak.pk}")
    afspraak.refresh_from_db()
    assert afspraak.status == "afgerond"
    assert client.post(url, {"status": "weg"}, HTTP_HX_REQUEST="true").status_code == 400
    afspraak.refresh_from_db()
    assert afspraak.status == "afgerond"
