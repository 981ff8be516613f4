"""An expert reads the codebook and tags a quote with the keyboard only; axe-core finds no WCAG issues."""

from importlib import import_module

import pytest
from django.apps import apps
from playwright.sync_api import expect

from interviews.models import Tagging
from tests.factories import CitaatFactory, InterviewFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def codeboek_geladen(db):
    """Transactional tests flush the data migrations' rows; load the shared codebook again."""
    import_module("interviews.migrations.0002_codeboek").codeboek_laden(apps, None)


def _tab_naar(page, locator, maximaal=80):
    """Press Tab until ``locator`` has the focus, as a keyboard user would."""
    for _ in range(maximaal):
        if locator.evaluate("el => el === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError("Met Tab niet bij het element gekomen.")


def test_expert_tagt_citaat_met_alleen_het_toetsenbord(
    page, live_server, persona, traject, codeboek_geladen, inloggen, geen_wcag_fouten
):
    citaat = CitaatFactory(interview=InterviewFactory(traject=traject), tekst="De wachttijd is veel te lang.")
    inloggen(page, persona["expert"])

    page.goto(f"{live_server.url}/codeboek/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Codeboek")
    expect(page.get_by_role("link", name="Rust en regie")).to_be_visible()
    geen_wcag_fouten(page)

    page.goto(f"{live_server.url}/trajecten/{traject.pk}/citaten/")
    expect(page.get_by_role("heading", level=2)).to_have_text("1 citaat")
    geen_wcag_fouten(page)

    keuze = page.locator(f"#code-{citaat.pk}")
    _tab_naar(page, keuze)
    page.keyboard.type("Rust")  # typing in a focused select picks the matching option
    expect(keuze).to_have_value(str(apps.get_model("interviews", "Code").objects.get(naam="Rust en regie").pk))
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Tag toevoegen")).to_be_focused()
    page.keyboard.press("Enter")

    tags = page.locator(f"#citaat-{citaat.pk}-tags")
    expect(tags.locator(".tag__naam")).to_have_text(["Rust en regie"])
    expect(page.locator(f"#code-{citaat.pk}")).to_be_focused()  # focus back on the select after the swap
    expect(tags.get_by_role("status")).to_have_text("Tag “Rust en regie” toegevoegd.")
    assert Tagging.objects.get(citaat=citaat).door == persona["expert"]
    geen_wcag_fouten(page)

    verwijder = page.get_by_role("button", name="Verwijderen tag Rust en regie")
    _tab_naar(page, verwijder)
    page.keyboard.press("Enter")
    expect(tags.locator(".tag__naam")).to_have_count(0)
    tagging = Tagging.objects.get(citaat=citaat)
    assert tagging.verwijderd_op is not None and tagging.verwijderd_door == persona["expert"]


def test_citaatpagina_en_beoordelen_zijn_toegankelijk(
    page, live_server, persona, traject, codeboek_geladen, inloggen, geen_wcag_fouten
):
    from interviews.services.codeboek import memo_create, tagging_create

    citaat = CitaatFactory(interview=InterviewFactory(traject=traject))
    code = apps.get_model("interviews", "Code").objects.get(naam="Werkzaam element")
    tagging_create(citaat=citaat, code=code, door=persona["expert"])
    memo_create(citaat=citaat, tekst="Een memo.", door=persona["expert"])
    inloggen(page, persona["moderator"])
    page.goto(f"{live_server.url}/trajecten/{traject.pk}/citaten/{citaat.pk}/")
    expect(page.get_by_text("Een memo.")).to_be_visible()
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Taggings van dit citaat beoordelen").click()
    page.get_by_label("Eens", exact=True).check()
    page.get_by_role("button", name="Beoordeling opslaan").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Taggings beoordelen")
    expect(page.get_by_role("cell", name="niet te berekenen")).to_be_visible()
    geen_wcag_fouten(page)
    page.goto(f"{live_server.url}/codeboek/{code.pk}/")
    geen_wcag_fouten(page)


def test_beheerpaginas_van_het_codeboek_zijn_toegankelijk(
    page, live_server, team, traject, codeboek_geladen, inloggen, geen_wcag_fouten
):
    from tests.factories import CodeFactory

    interview = InterviewFactory(traject=traject)
    ongebruikt = CodeFactory(naam="Ongebruikt")
    inloggen(page, team)
    page.goto(f"{live_server.url}/codeboek/")
    geen_wcag_fouten(page)  # the team sees the management buttons too
    page.get_by_role("link", name="Code toevoegen").click()
    geen_wcag_fouten(page)
    page.get_by_label("Naam").fill("")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("#foutsamenvatting")).to_be_focused()
    geen_wcag_fouten(page)
    for pad in [
        f"/codeboek/{ongebruikt.pk}/bewerken/",
        f"/codeboek/{ongebruikt.pk}/samenvoegen/",
        f"/codeboek/{ongebruikt.pk}/verwijderen/",
        f"/trajecten/{traject.pk}/codes/nieuw/",
        f"/trajecten/{traject.pk}/interviews/{interview.pk}/memos/",
        f"/trajecten/{traject.pk}/beoordelen/",
    ]:
        response = page.goto(f"{live_server.url}{pad}")
        assert response.status == 200, pad
        geen_wcag_fouten(page)
