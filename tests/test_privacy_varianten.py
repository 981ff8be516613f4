"""The variant walk: every URL of the authorisation matrix, read by someone who may not see names.

A traject whose notes, quotes, contexts and memos (on a quote, an interview and a shared code) name
its deelnemers and an other name in every spelling a fast typist produces: Ĳ typed as I+J,
decomposed accents, without accents, capitals, surname parts with and without tussenvoegsel, a
title. An expert and a moderator of another interview open every page, partial, .ics and download
the matrix knows (GET, and POST for pages that answer a form), on their own traject and on the other
one: no part of any name may be readable in any response.
"""

import io
import re
import unicodedata
import zipfile

import factory.random
import pytest
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse

from tests.factories import InterviewFactory
from tests.test_autorisatiematrix import OK, RIJEN, bouw_scenario, matrix_media  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

NAMEN = {
    "eigen": ("Karin Onbekendveld", "Joke Ĳsselstein", "Anke de Vries-Hoekstra"),
    "ander": ("Sanne Buitenbeeldt", "Gérda Jansen", "Piet van der Berg"),
}
ANDERE_NAMEN = {"eigen": "Ëlla Öztürk", "ander": "Liesbeth IJzerman"}
VARIANTEN = {
    "eigen": "IJsselstein belde. Mevrouw Hoekstra wacht. De Vries zei niets, hoekstra ook niet. Ella Ozturk en "
    + unicodedata.normalize("NFD", "Ëlla Öztürk")
    + " kwamen samen. Joke had gelijk, ANKE ook. mw. ijsselstein. Vries-Hoekstra.",
    "ander": "Gerda en GÉRDA. Van der Berg en Berg. Dhr. berg. Ijzerman en liesbeth ijzerman. Piet.",
}
# Every part of every name, folded (see ``gevouwen``): none may be readable.
DELEN = {
    "eigen": ["karin", "onbekendveld", "joke", "ijsselstein", "anke", "vries", "hoekstra", "ella", "ozturk"],
    "ander": ["sanne", "buitenbeeldt", "gerda", "jansen", "piet", "berg", "liesbeth", "ijzerman"],
}
PERSONAS = ["expert", "moderator"]


def gevouwen(tekst: str) -> str:
    return "".join(t for t in unicodedata.normalize("NFKD", tekst) if not unicodedata.combining(t)).casefold()


def namen_in(tekst: str, delen) -> list[str]:
    tekst = gevouwen(tekst)
    return [deel for deel in delen if re.search(rf"(?<!\w){deel}(?!\w)", tekst)]


@pytest.fixture(scope="module")
def scenario(django_db_setup, django_db_blocker, matrix_media):  # noqa: F811
    factory.random.reseed_random("varianten")  # factory names are random: none may collide with ours
    with django_db_blocker.unblock(), override_settings(PRIVATE_MEDIA_ROOT=matrix_media), transaction.atomic():
        scenario = bouw_scenario(namen=NAMEN, andere_namen=ANDERE_NAMEN, varianten=VARIANTEN)
        # The moderator persona moderates another interview of the own traject.
        InterviewFactory(traject=scenario.kanten["eigen"].traject, moderator=scenario.personas["moderator"])
        yield scenario
        transaction.set_rollback(True)


def test_de_controle_ziet_namen_waar_ze_staan(scenario):
    """The team reads the names: the check below would see them if they leaked."""
    k = scenario.kanten["eigen"]
    url = reverse("interviews:interview", kwargs={"traject_pk": k.traject.pk, "pk": k.interview.pk})
    assert set(namen_in(scenario.vraag("team", "get", url, {})[1], DELEN["eigen"])) >= {"ijsselstein", "hoekstra"}


@pytest.mark.parametrize("kant", ["eigen", "ander"])
@pytest.mark.parametrize("persona", PERSONAS)
def test_geen_enkele_schrijfwijze_van_een_naam_in_enig_antwoord(scenario, persona, kant):
    k = scenario.kanten[kant]
    lekken, bekeken = [], 0
    for rij in RIJEN:
        url = reverse(rij.naam, kwargs=rij.kwargs(k))
        gekregen, tekst = scenario.vraag(persona, rij.methode, url, rij.data)
        if gekregen != OK:
            continue
        bekeken += 1
        if gezien := namen_in(tekst, DELEN["eigen"] + DELEN["ander"]):
            lekken.append(f"{rij.methode.upper()} {url}: {gezien}")
    assert bekeken > (40 if kant == "eigen" else 10)  # on the other traject: public pages and the codebook
    assert not lekken, f"{persona} leest namen:\n" + "\n".join(lekken)


def _bestandstekst(response) -> str:
    """The text inside a download: a CSV as it is, an XLSX or QDPX (a zip) as all its parts together."""
    data = b"".join(response.streaming_content) if response.streaming else response.content
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as zip_:
            return "\n".join(zip_.read(naam).decode("utf-8", "replace") for naam in zip_.namelist())
    return data.decode("utf-8", "replace")


@pytest.mark.parametrize("kant", ["eigen", "ander"])
@pytest.mark.parametrize("persona", PERSONAS)
def test_geen_enkele_schrijfwijze_van_een_naam_in_enige_download(scenario, persona, kant):
    """The walk above reads pages; the exports (CSV, XLSX, QDPX, per traject and per code) are files
    that it skips, so they are opened here, zips part by part."""
    k = scenario.kanten[kant]
    lekken, bekeken = [], 0
    for rij in RIJEN:
        if not rij.naam.startswith("uitwisseling:") or rij.methode != "get":
            continue
        client = Client()
        client.force_login(scenario.personas[persona])
        with transaction.atomic():
            response = client.get(reverse(rij.naam, kwargs=rij.kwargs(k)))
            tekst = _bestandstekst(response) if response.status_code == 200 else ""
            transaction.set_rollback(True)
        if response.status_code != 200:
            continue
        bekeken += 1
        if gezien := namen_in(tekst, DELEN["eigen"] + DELEN["ander"]):
            lekken.append(f"{rij.id}: {gezien}")
    assert bekeken >= (6 if kant == "eigen" else 2)
    assert not lekken, f"{persona} leest namen in een download:\n" + "\n".join(lekken)


@pytest.mark.parametrize("persona", PERSONAS)
def test_htmx_fragmenten_van_citaat_opslaan_en_taggen_noemen_geen_naam(scenario, persona):
    """The matrix asks without htmx; these are the fragments the interview page swaps in: a quote saved
    from a line that names everyone (its stored text holds the real names), tagged, untagged, and a form
    error. Not one spelling of a name may come back."""
    from interviews.models import Citaat, Code
    from interviews.selectors.interviews import notities_weergave

    k, user = scenario.kanten["eigen"], scenario.personas[persona]
    htmx = {"HTTP_HX_REQUEST": "true"}
    nieuw_url = reverse("interviews:citaat_nieuw", kwargs={"traject_pk": k.traject.pk, "pk": k.interview.pk})
    client = Client()
    with transaction.atomic():
        client.force_login(user)
        # The last line without its last word: the scenario's quote is the whole line.
        regel = notities_weergave(interview=k.interview, user=user).tekst.splitlines()[-1].rsplit(" ", 1)[0]
        opgeslagen = client.post(nieuw_url, {"tekst": regel, "spreker": k.interview.deelnemer_a.pk}, **htmx)
        assert opgeslagen.status_code == 200 and "HX-Retarget" not in opgeslagen, opgeslagen.content.decode()
        citaat = Citaat.objects.filter(interview=k.interview).latest("pk")
        assert citaat != k.citaat and namen_in(citaat.tekst, DELEN["eigen"])  # the stored text does name them
        tag_url = reverse("codeboek:tag_toevoegen", kwargs={"traject_pk": k.traject.pk, "pk": citaat.pk})
        code = Code.objects.filter(traject=None, actief=True).order_by("pk").last()
        getagd = client.post(tag_url, {"code": code.pk}, **htmx)
        tagging = citaat.taggings.get()
        weg = client.post(
            reverse(
                "codeboek:tag_verwijderen",
                kwargs={"traject_pk": k.traject.pk, "pk": citaat.pk, "tagging_pk": tagging.pk},
            ),
            **htmx,
        )
        fout = client.post(nieuw_url, {"tekst": regel, "spreker": ""}, **htmx)
        transaction.set_rollback(True)
    lekken = {
        naam: gezien
        for naam, antwoord in [("opgeslagen", opgeslagen), ("getagd", getagd), ("verwijderd", weg), ("fout", fout)]
        if (gezien := namen_in(antwoord.content.decode(), DELEN["eigen"] + DELEN["ander"]))
    }
    assert not lekken, f"{persona} leest namen in htmx-fragmenten: {lekken}"
