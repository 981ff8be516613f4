"""Each role opens "Wat moet ik nu doen" and follows its first task to the work, without WCAG issues."""

import pytest
from playwright.sync_api import expect

from tests.factories import AanmeldingFactory, BijeenkomstFactory, CitaatFactory, InterviewFactory, TaggingFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The role, the link text of its first task, and the heading of the page it opens.
EERSTE_TAAK = {
    "team": ("Gemeente Voorbeeld", "Aanmelding"),
    "expert": ("1 citaat taggen", "Citaten"),
    "moderator": ("Aantekeningen vastleggen", "Duo-interview"),
    "contactpersoon": ("Het besluit van het college van B&W", None),
    "bestuurder": (None, None),
}


@pytest.mark.parametrize("rol", list(EERSTE_TAAK))
def test_rol_loopt_van_startpagina_naar_eerste_taak(
    page, live_server, persona, traject, inloggen, geen_wcag_fouten, rol
):
    AanmeldingFactory(gemeente_anders="Gemeente Voorbeeld")
    interview = InterviewFactory(traject=traject, moderator=persona["moderator"], notities="")
    CitaatFactory(interview=InterviewFactory(traject=traject))
    TaggingFactory(citaat=CitaatFactory(interview=InterviewFactory(traject=traject)), door=persona["expert"])
    BijeenkomstFactory(traject=traject)
    assert interview.pk
    inloggen(page, persona[rol])
    expect(page.get_by_role("heading", level=1)).to_have_text("Wat moet ik nu doen")
    geen_wcag_fouten(page)
    linktekst, kop = EERSTE_TAAK[rol]
    if linktekst is None:
        expect(page.get_by_text("Het traject is in de fase starten")).to_be_visible()
        return
    page.get_by_role("link", name=linktekst).first.click()
    page.wait_for_load_state()
    if kop:
        expect(page.get_by_role("heading", level=1)).to_contain_text(kop)
    else:
        expect(page.locator("#kop-documenten")).to_be_visible()
    geen_wcag_fouten(page)
