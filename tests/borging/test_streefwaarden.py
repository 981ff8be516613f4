"""Streefwaarden with their follow-up over time, on the traject page and their own page; nazorg."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from borging.grafiek import volg_grafiek
from borging.models import Observatie, Streefwaarde
from borging.services import BorgingFout
from borging.services.streefwaarden import streefwaarde_delete
from tests.borging.factories import NazorggesprekFactory, ObservatieFactory, StreefwaardeFactory
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db


def _met_verloop(traject):
    streefwaarde = StreefwaardeFactory(
        traject=traject, indicator="Wachttijd tot het eerste gesprek", afgesproken_op=date(2025, 1, 1)
    )
    ObservatieFactory(streefwaarde=streefwaarde, datum=date(2025, 3, 1), waarde=Decimal("5"), stand="Iets korter")
    ObservatieFactory(
        streefwaarde=streefwaarde,
        datum=date(2025, 7, 1),
        waarde=None,
        stand="",
        verhaal="Een moeder vertelde dat ze binnen een week iemand sprak.",
    )
    ObservatieFactory(streefwaarde=streefwaarde, datum=date(2025, 6, 1), waarde=Decimal("3"), stand="Op weg")
    return streefwaarde


def test_trajectpagina_toont_streefwaarden_met_hun_verloop(client, persona, traject):
    _met_verloop(traject)
    client.force_login(persona["bestuurder"])
    html = client.get(traject.get_absolute_url()).content.decode()
    assert "Streefwaarden en hun verloop" in html
    tabel = re.search(r"<caption[^>]*>Verloop van Wachttijd tot het eerste gesprek</caption>.*?</table>", html, re.S)
    rijen = re.findall(r'<th scope="row"[^>]*>([^<]+)', tabel.group(0))
    assert rijen == ["1 maart 2025", "1 juni 2025", "1 juli 2025"]  # oldest first
    assert "Een moeder vertelde" in tabel.group(0)
    assert '<svg role="img" aria-labelledby="sw-grafiek-' in html
    assert "Laatste stand" in html
    # A bestuurder reads, but does not edit.
    assert "Stand vastleggen" not in html


def test_team_ziet_bewerklinks_bij_de_streefwaarden(client, team, traject):
    streefwaarde = _met_verloop(traject)
    client.force_login(team)
    html = client.get(reverse("borging:streefwaarden", args=[traject.pk])).content.decode()
    assert reverse("borging:observatie_nieuw", args=[traject.pk, streefwaarde.pk]) in html
    assert reverse("borging:streefwaarde_bewerken", args=[traject.pk, streefwaarde.pk]) in html


def test_de_streefwaardenpagina_heeft_een_vast_aantal_queries(client, team, traject, django_assert_max_num_queries):
    for _ in range(6):
        _met_verloop(traject)
    client.force_login(team)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("borging:streefwaarden", args=[traject.pk])).status_code == 200


def test_trajectpagina_met_streefwaarden_blijft_binnen_zijn_queries(
    client, team, traject, django_assert_max_num_queries
):
    client.force_login(team)
    client.get(traject.get_absolute_url())
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as zonder:
        client.get(traject.get_absolute_url())
    for _ in range(5):
        _met_verloop(traject)
    with django_assert_max_num_queries(len(zonder) + 2):
        client.get(traject.get_absolute_url())


def test_grafiek_zet_nulmeting_en_metingen_in_de_tijd_met_doel():
    streefwaarde = Streefwaarde(nulmeting=Decimal("6"), doel=Decimal("2"), afgesproken_op=date(2025, 1, 1))
    observaties = [
        Observatie(datum=date(2025, 7, 1), waarde=Decimal("3")),
        Observatie(datum=date(2025, 4, 1), waarde=None, verhaal="alleen een verhaal"),
    ]
    grafiek = volg_grafiek(streefwaarde, observaties)
    (x0, y0, l0), (x1, y1, l1) = grafiek.punten
    assert l0 == "nulmeting: 6" and l1 == "01-07-2025: 3"
    assert x0 < x1 and y0 < y1  # later to the right; 6 is higher up than 3
    assert y0 < grafiek.doel_y  # the target 2 is lowest
    assert grafiek.pad == f"M{x0} {y0} H{x1} V{y1}"  # a step line


def test_geen_grafiek_zonder_getallen():
    streefwaarde = Streefwaarde(nulmeting=None, doel=None)
    assert volg_grafiek(streefwaarde, [Observatie(datum=date(2025, 1, 1), verhaal="Verhaal")]) is None


def test_team_legt_een_stand_vast(client, team, traject):
    streefwaarde = StreefwaardeFactory(traject=traject)
    client.force_login(team)
    url = reverse("borging:observatie_nieuw", args=[traject.pk, streefwaarde.pk])
    leeg = client.post(url, {"datum": "2025-05-01"})
    assert leeg.status_code == 400
    assert "Vul een gemeten waarde, een waargenomen stand of een verhaal in." in leeg.content.decode()
    assert client.post(url, {"datum": "2025-05-01", "verhaal": "Het gaat beter."}).status_code == 302
    observatie = Observatie.objects.get()
    assert observatie.verhaal == "Het gaat beter." and observatie.vastgelegd_door == team
    assert AuditLog.objects.filter(actie="observatie vastgelegd", traject=traject).exists()


def test_team_maakt_en_bewerkt_een_streefwaarde(client, team, traject):
    client.force_login(team)
    nieuw = client.post(
        reverse("borging:streefwaarde_nieuw", args=[traject.pk]),
        {"indicator": "Inwoners gehoord", "eenheid": "%", "nulmeting": "54", "doel": "70"},
    )
    assert nieuw.status_code == 302
    streefwaarde = Streefwaarde.objects.get()
    antwoord = client.post(
        reverse("borging:streefwaarde_bewerken", args=[traject.pk, streefwaarde.pk]),
        {"indicator": "Inwoners die zich gehoord voelen", "eenheid": "%", "nulmeting": "54", "doel": "75"},
    )
    assert antwoord.status_code == 302
    streefwaarde.refresh_from_db()
    assert (streefwaarde.indicator, streefwaarde.doel) == ("Inwoners die zich gehoord voelen", Decimal("75"))
    log = AuditLog.objects.get(actie="streefwaarde gewijzigd")
    assert log.wijzigingen["doel"] == ["70.00", "75"]


def test_een_streefwaarde_met_verloop_blijft_bestaan(team, traject):
    streefwaarde = _met_verloop(traject)
    with pytest.raises(BorgingFout):
        streefwaarde_delete(streefwaarde=streefwaarde, door=team)
    leeg = StreefwaardeFactory(traject=traject)
    streefwaarde_delete(streefwaarde=leeg, door=team)
    assert list(Streefwaarde.objects.all()) == [streefwaarde]


def test_streefwaarde_van_een_ander_traject_geeft_404(client, team, traject, ander_traject):
    vreemd = StreefwaardeFactory(traject=ander_traject)
    client.force_login(team)
    assert client.get(reverse("borging:streefwaarde_bewerken", args=[traject.pk, vreemd.pk])).status_code == 404


# ---- Nazorg ---------------------------------------------------------------------------------------


def test_nazorggesprek_legt_per_streefwaarde_een_stand_vast(client, team, traject):
    wachttijd, gehoord = StreefwaardeFactory(traject=traject), StreefwaardeFactory(traject=traject)
    client.force_login(team)
    vandaag = timezone.localdate()
    antwoord = client.post(
        reverse("borging:nazorg_nieuw", args=[traject.pk]),
        {
            "datum": vandaag.isoformat(),
            "gesproken_met": "wethouder",
            "notities": "De inloop blijft.",
            f"sw{wachttijd.pk}-waarde": "3",
            f"sw{wachttijd.pk}-stand": "Op weg",
            f"sw{wachttijd.pk}-verhaal": "Een inwoner sprak binnen twee weken iemand.",
            # gehoord is left empty: no observation
        },
    )
    assert antwoord.status_code == 302
    observatie = Observatie.objects.get()
    assert (observatie.streefwaarde, observatie.waarde, observatie.datum) == (wachttijd, Decimal("3"), vandaag)
    assert observatie.nazorggesprek.notities == "De inloop blijft."
    assert not gehoord.observaties.exists()
    # The follow-up shows it, marked as coming from the nazorggesprek.
    html = client.get(reverse("borging:streefwaarden", args=[traject.pk])).content.decode()
    assert "Een inwoner sprak binnen twee weken iemand." in html and "(nazorggesprek)" in html


def test_nazorgformulier_met_fout_bewaart_niets(client, team, traject):
    streefwaarde = StreefwaardeFactory(traject=traject)
    client.force_login(team)
    antwoord = client.post(
        reverse("borging:nazorg_nieuw", args=[traject.pk]),
        {"datum": timezone.localdate().isoformat(), f"sw{streefwaarde.pk}-waarde": "veel"},
    )
    assert antwoord.status_code == 400
    assert f'id="id_sw{streefwaarde.pk}-waarde_error"' in antwoord.content.decode()
    assert not Observatie.objects.exists()


def test_contactpersoon_leest_nazorg_van_het_eigen_traject(client, persona, traject):
    gesprek = NazorggesprekFactory(traject=traject, notities="Afspraken lopen goed.")
    ObservatieFactory(streefwaarde=StreefwaardeFactory(traject=traject), nazorggesprek=gesprek, datum=gesprek.datum)
    client.force_login(persona["contactpersoon"])
    html = client.get(gesprek.get_absolute_url()).content.decode()
    assert "Afspraken lopen goed." in html and "Een inwoner vertelde" in html
    lijst = client.get(reverse("borging:nazorg", args=[traject.pk])).content.decode()
    assert "Nazorggesprek vastleggen" not in lijst
