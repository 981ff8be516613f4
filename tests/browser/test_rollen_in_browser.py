"""Log in as every role in a real browser, see the start page that fits, and find no WCAG 2.1 AA issues."""

import pytest
from playwright.sync_api import expect

from tests.factories import TrajectFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("rol", ["team", "expert", "moderator", "contactpersoon", "bestuurder", "buitenstaander"])
def test_elke_rol_logt_in_en_ziet_wat_hij_mag(page, live_server, persona, traject, inloggen, geen_wcag_fouten, rol):
    ander = TrajectFactory(titel="Traject van een ander")
    inloggen(page, persona[rol])
    # Everyone starts on "Wat moet ik nu doen"; the team finds all trajecten in the overview.
    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Wat moet ik nu doen")
    geen_wcag_fouten(page)
    if rol == "team":
        page.goto(f"{live_server.url}/trajecten/")
        expect(page.locator("table.overzicht tbody tr a")).to_have_count(2)
    else:
        page.goto(f"{live_server.url}/mijn-trajecten/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Mijn trajecten")
        geen_wcag_fouten(page)
        eigen = page.get_by_role("link", name=traject.titel)
        if rol == "buitenstaander":
            expect(eigen).to_have_count(0)
        else:
            expect(page.get_by_role("link", name=ander.titel)).to_have_count(0)
            eigen.click()
            expect(page.get_by_role("heading", level=1)).to_have_text(traject.titel)
            geen_wcag_fouten(page)
            response = page.goto(f"{live_server.url}{ander.get_absolute_url()}")
            assert response.status == 404
    page.goto(f"{live_server.url}/trajecten/")
    expect(page.locator("table.overzicht tbody tr a")).to_have_count({"team": 2, "buitenstaander": 0}.get(rol, 1))
    geen_wcag_fouten(page)


def test_inlogpagina_en_fouten_zijn_toegankelijk(page, live_server, geen_wcag_fouten):
    page.goto(f"{live_server.url}/accounts/login/")
    geen_wcag_fouten(page)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.locator("#foutsamenvatting")).to_be_visible()
    expect(page.locator("#foutsamenvatting")).to_be_focused()
    geen_wcag_fouten(page)


def test_team_filtert_overzicht_met_htmx_en_beheert_mensen(page, live_server, team, inloggen, geen_wcag_fouten):
    TrajectFactory(titel="Lopend", status="lopend")
    TrajectFactory(titel="Gestopt", status="tussentijds_gestopt", reden_einde="Timing")
    inloggen(page, team)
    page.goto(f"{live_server.url}/trajecten/")
    page.get_by_label("Status").select_option("tussentijds_gestopt")
    expect(page.locator("table.overzicht tbody tr")).to_have_count(1)
    expect(page).to_have_url(f"{live_server.url}/trajecten/?q=&status=tussentijds_gestopt&fase=")
    page.get_by_role("link", name="Mensen").click()
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Persoon uitnodigen").click()
    geen_wcag_fouten(page)
    page.get_by_label("Naam").fill("Nieuwe Expert")
    page.get_by_label("E-mailadres").fill("nieuw@voorbeeld.nl")
    page.get_by_role("button", name="Uitnodigen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nieuwe Expert")
    geen_wcag_fouten(page)


def test_axe_vindt_fouten_op_een_kapotte_pagina(page, axe):
    """Negative control: the check is able to fail."""
    page.set_content("<html><body><img src='x.png'><a href='#'></a></body></html>")
    resultaat = axe.run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}})
    ids = {v["id"] for v in resultaat.response["violations"]}
    assert {"image-alt", "html-has-lang", "document-title", "link-name"} <= ids
