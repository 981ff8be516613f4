"""One Dutch text pass: every page of the authorisation matrix, as every persona that may open it (and
every form posted empty, so its errors show), is free of known misspellings and English messages."""

import re

import pytest
from django.urls import reverse

from tests.test_autorisatiematrix import OK, PERSONAS, RIJEN, _private_media, matrix_media, scenario  # noqa: F401

pytestmark = pytest.mark.django_db

FOUTEN = [
    re.compile(r"citaaten", re.I),
    re.compile(r"-{9}"),  # Django's unlabelled empty choice
    re.compile(r"\b1 (citaten|interviews|codes|trajecten|deelnemers|bijeenkomsten)\b"),
    re.compile(r"\(en\)|\(s\)"),  # hand-made plural endings
    re.compile(r"This field is required|Enter a valid|Ensure this value|Select a valid choice|is not a valid"),
    re.compile(r"The two password fields|This password is too|Your password"),
]


def _gevonden(tekst: str) -> list[str]:
    return [m.group(0) for patroon in FOUTEN for m in patroon.finditer(tekst)]


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p != "gedeactiveerd"])
def test_elke_pagina_is_vrij_van_bekende_taalfouten(scenario, persona):  # noqa: F811
    fout = []
    gezien = set()
    for rij in RIJEN:
        for kant in ("eigen", "ander"):
            if rij.verwacht[kant][persona] != OK:
                continue
            url = reverse(rij.naam, kwargs=rij.kwargs(scenario.kanten[kant]))
            data = {} if rij.methode == "post" else (rij.data or {})
            if (rij.methode, url) in gezien or url.endswith((".ics", ".pdf", ".csv")):
                continue
            gezien.add((rij.methode, url))
            _, tekst = scenario.vraag(persona, rij.methode, url, data)
            if treffers := _gevonden(tekst):
                fout.append(f"{rij.methode.upper()} {url}: {sorted(set(treffers))}")
    assert gezien
    assert not fout, "\n".join(fout)


@pytest.mark.django_db(False)
def test_de_controle_vangt_de_bekende_fouten():
    assert _gevonden("3 citaaten, <option>---------</option>, This field is required., 1 citaten, code(s)")
    assert not _gevonden("1 citaat, 3 citaten, <option>— kies —</option>, Vul dit veld in.")
