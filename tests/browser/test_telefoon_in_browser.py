"""At 390 px (a phone) no page scrolls sideways, for every page each role may open (the pages of the
authorisation matrix), and the main menu folds behind a button."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from interviews.models import Code
from tests.factories import CodeFactory
from tests.test_autorisatiematrix import OK, RIJEN, bouw_scenario

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BREEDTE = 390
# The outermost elements that stick out, to say what to fix.
TE_BREED = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > 391 && !(e.parentElement.getBoundingClientRect().right > 391))
  .slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'))"""
# Files, not pages: a calendar, a document, a report, the health check.
GEEN_PAGINA = ("trajecten:kalender", "document_download", "borging:versie_download", "health", "logout")


def _paginas(scenario, persona):
    urls = []
    for rij in RIJEN:
        if rij.methode != "get" or rij.verwacht["eigen"][persona] != OK or rij.naam in GEEN_PAGINA:
            continue
        if rij.naam.startswith("admin:"):
            continue
        url = reverse(rij.naam, kwargs=rij.kwargs(scenario.kanten["eigen"]))
        if url not in urls:
            urls.append(url)
    return urls


@pytest.mark.parametrize("persona", ["team", "expert", "interviewmoderator", "contactpersoon", "bestuurder", "anoniem"])
def test_geen_pagina_scrolt_zijwaarts_op_390_pixels(page, live_server, inloggen, persona):
    if not Code.objects.filter(traject=None, actief=True).exists():
        CodeFactory()  # the shared codebook comes from a migration, gone after the previous flush
    scenario = bouw_scenario()
    page.set_viewport_size({"width": BREEDTE, "height": 844})
    if persona != "anoniem":
        inloggen(page, scenario.personas[persona])
    urls = _paginas(scenario, persona)
    te_breed = []
    for url in urls:
        response = page.goto(f"{live_server.url}{url}")
        assert response.ok, (url, response.status)
        breedte = page.evaluate("document.scrollingElement.scrollWidth")
        if breedte > BREEDTE:
            te_breed.append(f"{url}: {breedte}px, {page.evaluate(TE_BREED)}")
    assert len(urls) > 3
    assert not te_breed, "Scrolt zijwaarts op 390 px:\n" + "\n".join(te_breed)


def test_hoofdmenu_klapt_in_achter_een_knop_op_een_telefoon(page, live_server, team, inloggen, geen_wcag_fouten):
    page.set_viewport_size({"width": BREEDTE, "height": 844})
    inloggen(page, team)
    knop = page.get_by_role("button", name="Menu")
    menu = page.locator("#hoofdmenu")
    expect(knop).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()
    geen_wcag_fouten(page)
    knop.click()
    expect(knop).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("link", name="Aanmeldingen")).to_be_visible()
    geen_wcag_fouten(page)
    page.set_viewport_size({"width": 1200, "height": 800})
    expect(knop).to_be_hidden()
    expect(menu).to_be_visible()
