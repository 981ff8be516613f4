"""Small frictions found while walking through as each role (issue 12)."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import AanmeldingFactory, TrajectFactory
from trajecten import fasen
from trajecten.models import Status, Vraagverheldering
from trajecten.selectors.traject import traject_list, traject_tijdlijn


def _bw_check(traject):
    return next(c for c in fasen.checklist(traject) if "B&W" in c.label)


def test_besluit_van_b_en_w_in_de_toekomst_vinkt_de_checklist_niet_af(traject):
    traject.bw_besluit_op = timezone.localdate() + datetime.timedelta(days=1)
    assert not _bw_check(traject).voldaan
    assert "toekomst" in _bw_check(traject).reden
    traject.bw_besluit_op = timezone.localdate()
    assert _bw_check(traject).voldaan


def test_tijdlijn_noemt_aanmelding_ontvangen_voor_de_vraagverheldering_van_dezelfde_dag(traject, team):
    ingediend = timezone.now().replace(hour=15, minute=0)
    aanmelding = AanmeldingFactory(traject=traject, ingediend_op=ingediend)
    Vraagverheldering.objects.create(
        aanmelding=aanmelding, datum=timezone.localdate(ingediend), deelnemers="Tessa", samenvatting="Goed gesprek"
    )
    teksten = [item["tekst"] for item in traject_tijdlijn(traject=traject, user=team)]
    assert teksten.index("Aanmelding ontvangen") < next(i for i, t in enumerate(teksten) if "Vraagverheldering" in t)


def test_overzicht_toont_lopende_trajecten_eerst(team, db):
    TrajectFactory(titel="A afgerond", status=Status.AFGEROND, geplande_start=datetime.date(2025, 1, 1))
    TrajectFactory(titel="B lopend", status=Status.LOPEND, geplande_start=datetime.date(2026, 6, 1))
    assert [t.titel for t in traject_list(user=team)] == ["B lopend", "A afgerond"]


@pytest.mark.parametrize("pad", ["/", "/aanmelden/"])
def test_elke_pagina_noemt_een_favicon_dat_bestaat(client, db, pad):
    from django.contrib.staticfiles import finders

    html = client.get(pad).content.decode()
    assert 'rel="icon"' in html
    assert finders.find("favicon.svg")


def test_geaccepteerd_traject_heeft_meteen_een_geplande_einddatum(team, settings, db):
    from tests.factories import GemeenteFactory
    from trajecten.services.aanmelding import aanmelding_accepteren

    aanmelding = AanmeldingFactory(gewenste_start=None)
    traject = aanmelding_accepteren(
        aanmelding=aanmelding, titel="T", gemeenten=[GemeenteFactory()], reden="", door=team
    )
    weken = datetime.timedelta(weeks=settings.VISIELEREN_DOORLOOPTIJD_WEKEN)
    assert traject.geplande_start == timezone.localdate()
    assert traject.geplande_eind == traject.geplande_start + weken


@pytest.mark.parametrize("veld", ["naam", "organisatie", "email"])
def test_deelnemer_kiezen_en_tegelijk_een_nieuwe_persoon_typen_wordt_geweigerd(traject, veld):
    from interviews.forms.interviews import DeelnemerForm
    from tests.factories import BetrokkeneFactory
    from trajecten.models import Betrokkene

    betrokkene = BetrokkeneFactory(traject=traject)
    waarde = "nieuw@voorbeeld.nl" if veld == "email" else "Nieuwe Naam"
    form = DeelnemerForm(
        {"betrokkene": betrokkene.pk, veld: waarde}, betrokkenen=Betrokkene.objects.filter(traject=traject)
    )
    assert not form.is_valid()
    assert "Kies iemand van de stakeholderkaart óf vul een nieuwe persoon in" in form.errors[veld][0]


def test_leeg_aanmeldformulier_meteen_versturen_toont_veldfouten_en_geen_botwaarschuwing(client, settings, db):
    from tests.trajecten.test_aanmelden import geladen

    settings.AANMELDING_MIN_INVULTIJD = 5
    html = client.post("/aanmelden/", {"geladen": geladen(seconden_geleden=0)}).content.decode()
    assert "erg snel verstuurd" not in html
    assert "Vul uw e-mailadres in." in html
