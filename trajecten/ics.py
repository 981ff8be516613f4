"""An iCalendar (RFC 5545) file of a traject's bijeenkomsten, written by hand: it is small.

Times are UTC (``...Z``), lines end in CRLF and are folded at 75 octets, text is escaped. Each
bijeenkomst keeps a stable UID, so a calendar that imports the file again updates instead of doubling.
"""

import datetime

from django.conf import settings
from django.utils import timezone


def _escape(tekst: str) -> str:
    tekst = tekst.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return "".join(c for c in tekst if c >= " " or c == "\t")


def _utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _vouw(regel: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    delen, huidig, lengte = [], "", 0
    for teken in regel:
        grootte = len(teken.encode("utf-8"))
        if lengte + grootte > (75 if not delen else 74):
            delen.append(huidig)
            huidig, lengte = "", 0
        huidig += teken
        lengte += grootte
    delen.append(huidig)
    return "\r\n ".join(delen)


def kalender(*, traject, bijeenkomsten) -> str:
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "visieleren"
    nu = _utc(timezone.now())
    regels = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//VNG Platform Sociaal Domein//Visieleren//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(f'Visieleertraject {traject}')}",
    ]
    for bijeenkomst in bijeenkomsten:
        regels += [
            "BEGIN:VEVENT",
            f"UID:{bijeenkomst.uid}@{host}",
            f"DTSTAMP:{nu}",
            f"DTSTART:{_utc(bijeenkomst.begin)}",
            f"DTEND:{_utc(bijeenkomst.eind)}",
            f"LAST-MODIFIED:{_utc(bijeenkomst.gewijzigd_op)}",
            f"SUMMARY:{_escape(f'{bijeenkomst.get_soort_display()} – {traject}')}",
        ]
        if bijeenkomst.plaats:
            regels.append(f"LOCATION:{_escape(bijeenkomst.plaats)}")
        if bijeenkomst.agenda:
            regels.append(f"DESCRIPTION:{_escape(bijeenkomst.agenda)}")
        regels += [f"URL:{settings.SITE_URL}{bijeenkomst.get_absolute_url()}", "END:VEVENT"]
    regels.append("END:VCALENDAR")
    return "".join(_vouw(regel) + "\r\n" for regel in regels)
