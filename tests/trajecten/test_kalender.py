"""The .ics export: valid iCalendar (RFC 5545) that calendars import without surprises."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.factories import BijeenkomstFactory
from trajecten.ics import _vouw

pytestmark = pytest.mark.django_db


def _ontvouw(tekst: str) -> list[str]:
    return tekst.replace("\r\n ", "").split("\r\n")


def test_kalender_is_geldig_icalendar(client, persona, traject):
    begin = timezone.make_aware(datetime.datetime(2026, 3, 2, 9, 30), timezone.get_default_timezone())
    BijeenkomstFactory(
        traject=traject,
        soort="kick-off",
        begin=begin,
        eind=begin + datetime.timedelta(hours=2),
        plaats="Raadzaal, Markt 1; Hoorn",
        agenda="Punt 1: kennismaken\nPunt 2: kernvraag \\ verwachtingen, en " + "lange tekst met ë " * 10,
    )
    BijeenkomstFactory(traject=traject, soort="ontwerpsessie", plaats="")
    client.force_login(persona["expert"])
    response = client.get(f"/trajecten/{traject.pk}/bijeenkomsten/kalender.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    ruw = response.content
    tekst = ruw.decode("utf-8")
    assert tekst.endswith("\r\n")
    assert "\n" not in tekst.replace("\r\n", "")
    for regel in ruw.split(b"\r\n"):
        assert len(regel) <= 75
    regels = _ontvouw(tekst)[:-1]
    assert regels[0] == "BEGIN:VCALENDAR" and regels[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in regels and any(r.startswith("PRODID:") for r in regels)
    assert regels.count("BEGIN:VEVENT") == regels.count("END:VEVENT") == 2
    events = tekst.split("BEGIN:VEVENT")[1:]
    for event in events:
        velden = [r.split(":", 1)[0] for r in _ontvouw(event) if ":" in r]
        for verplicht in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"]:
            assert velden.count(verplicht) == 1, verplicht
    assert "DTSTART:20260302T083000Z" in regels  # 09:30 in Amsterdam (winter) is 08:30 UTC
    assert "DTEND:20260302T103000Z" in regels
    assert "LOCATION:Raadzaal\\, Markt 1\\; Hoorn" in regels
    beschrijving = next(r for r in regels if r.startswith("DESCRIPTION:"))
    assert beschrijving.startswith("DESCRIPTION:Punt 1: kennismaken\\nPunt 2: kernvraag \\\\ verwachtingen\\, en")
    uids = [r for r in regels if r.startswith("UID:")]
    assert len(set(uids)) == 2
    assert all(re.fullmatch(r"DTSTAMP:\d{8}T\d{6}Z", r) for r in regels if r.startswith("DTSTAMP"))


def test_uid_blijft_gelijk_bij_opnieuw_exporteren(client, team, traject):
    BijeenkomstFactory(traject=traject)
    client.force_login(team)
    pad = f"/trajecten/{traject.pk}/bijeenkomsten/kalender.ics"
    uid = [r for r in _ontvouw(client.get(pad).content.decode()) if r.startswith("UID:")]
    assert uid == [r for r in _ontvouw(client.get(pad).content.decode()) if r.startswith("UID:")]


def test_vouwen_splitst_geen_utf8_teken():
    regel = "SUMMARY:" + "é" * 100
    gevouwen = _vouw(regel)
    for deel in gevouwen.split("\r\n"):
        assert len(deel.encode("utf-8")) <= 75
    assert gevouwen.replace("\r\n ", "") == regel


def test_lege_kalender_is_ook_geldig(client, team, traject):
    client.force_login(team)
    regels = _ontvouw(client.get(f"/trajecten/{traject.pk}/bijeenkomsten/kalender.ics").content.decode())
    assert regels[0] == "BEGIN:VCALENDAR" and regels[-2] == "END:VCALENDAR" and "BEGIN:VEVENT" not in regels
