"""In a real browser: the team previews an edit and sets a report vastgesteld; a bestuurder logs in and
downloads it from /rapporten/. axe-core (WCAG 2.1 AA) on every page."""

import pytest
from playwright.sync_api import expect

from borging.models import RapportDownload, Versie
from borging.services import eindrapportage as services
from tests.factories import UserFactory, met_rol
from trajecten.models import Rol

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_team_stelt_vast_en_bestuurder_downloadt(page, live_server, traject, team, inloggen, geen_wcag_fouten):
    bestuurder = met_rol(traject, Rol.BESTUURDER, user=UserFactory(naam="Bea Bestuurder"))
    versie = services.versie_create(traject=traject, door=team)
    services.ter_review_zetten(versie=versie, door=team)

    inloggen(page, team)
    page.goto(f"{live_server.url}/trajecten/{traject.pk}/borging/eindrapportage/")
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Versie 1").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Eindrapportage, versie 1")
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Advies en vervolgstappen bewerken").click()
    veld = page.get_by_label("Tekst")
    veld.fill("Wij adviseren **één loket**.")
    expect(page.locator("#voorbeeld strong")).to_have_text("één loket")  # the live preview (htmx)
    geen_wcag_fouten(page)
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_role("button", name="Versie vaststellen").click()
    expect(page.get_by_text("De versie is vastgesteld.")).to_be_visible()
    expect(page.locator("#versie-pdf")).to_contain_text("Klaar")
    geen_wcag_fouten(page)

    page.context.clear_cookies()
    inloggen(page, bestuurder)
    page.goto(f"{live_server.url}/rapporten/")
    geen_wcag_fouten(page)
    with page.expect_download() as info:
        page.get_by_role("link", name=f"Eindrapportage {traject.titel} versie 1 downloaden (PDF)").click()
    pad = info.value.path()
    with open(pad, "rb") as f:
        assert f.read(5) == b"%PDF-"
    versie = Versie.objects.get(pk=versie.pk)
    assert RapportDownload.objects.get().door == bestuurder and versie.status == "vastgesteld"
