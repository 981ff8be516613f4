"""Released text, consent per scope and nazorg in a real browser: the moderator releases a quote's text
with htmx, the team withdraws one scope and sees the retention plan; axe-core finds no WCAG 2.1 AA
violation on any page visited."""

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from interviews.models import Citaat, Deelnemer
from tests.factories import CitaatFactory, DeelnemerFactory, InterviewFactory
from trajecten.models import Status

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NOTITIES = "Opening\nSanne Bakker: bij wijkteam Noord wacht ik al zeven weken op een gesprek."


@pytest.fixture
def citaat(traject, persona):
    sanne = DeelnemerFactory(traject=traject, pseudoniem="Inwoner 1", betrokkene__naam="Sanne Bakker")
    interview = InterviewFactory(traject=traject, deelnemer_a=sanne, moderator=persona["moderator"], notities=NOTITIES)
    return CitaatFactory(interview=interview)


def test_moderator_geeft_de_tekst_van_een_citaat_vrij(page, live_server, persona, citaat, inloggen, geen_wcag_fouten):
    inloggen(page, persona["moderator"])
    page.goto(f"{live_server.url}/trajecten/{citaat.interview.traject_id}/citaten/{citaat.pk}/")
    geen_wcag_fouten(page)
    veld = page.get_by_role("textbox", name="Vrijgegeven tekst")
    expect(veld).to_have_value("Inwoner 1: bij wijkteam Noord wacht ik al zeven weken op een gesprek.")
    veld.fill("Inwoner 1: bij het wijkteam wacht ik al zeven weken op een gesprek.")
    page.get_by_role("button", name="Tekst vrijgeven").click()
    expect(page.locator("#vrijgave")).to_contain_text("Bevestig dat u de tekst hebt gecontroleerd.")
    geen_wcag_fouten(page)
    page.get_by_label("Ik heb deze tekst gecontroleerd").check()
    page.get_by_role("button", name="Tekst vrijgeven").click()
    expect(page.locator("#vrijgave")).to_contain_text("De tekst van het citaat is vrijgegeven.")
    expect(page.locator("#vrijgave")).to_contain_text("Vrijgegeven door")
    geen_wcag_fouten(page)
    citaat.refresh_from_db()
    assert citaat.vrijgegeven_tekst == "Inwoner 1: bij het wijkteam wacht ik al zeven weken op een gesprek."
    assert Citaat.objects.filter(vrijgegeven=True).count() == 1


def test_team_trekt_een_reikwijdte_in_en_ziet_de_bewaartermijn(
    page, live_server, team, traject, citaat, inloggen, geen_wcag_fouten
):
    deelnemer = citaat.spreker
    inloggen(page, team)
    page.goto(f"{live_server.url}/trajecten/{traject.pk}/deelnemers/{deelnemer.pk}/")
    geen_wcag_fouten(page)
    page.get_by_role("radio", name="In het landelijke rode-dradenrapport").check()
    page.get_by_role("button", name="Toestemming voor dit gebruik intrekken").click()
    expect(page.get_by_role("status").first).to_contain_text("ingetrokken: in het landelijke rode-dradenrapport")
    geen_wcag_fouten(page)
    assert Deelnemer.objects.get(pk=deelnemer.pk).toestemming_landelijk_op is None

    traject.status, traject.werkelijke_eind = Status.AFGEROND, date.today() - timedelta(days=10)
    traject.save()
    page.goto(f"{live_server.url}/trajecten/{traject.pk}/")
    expect(page.locator("#bewaartermijn")).to_contain_text("blijven bewaard tot de nazorg is afgerond")
    geen_wcag_fouten(page)
    page.get_by_label("Evaluatie en nazorggesprek afgerond op").fill(date.today().isoformat())
    page.get_by_role("button", name="Nazorg vastleggen").click()
    expect(page.locator("#bewaartermijn")).not_to_contain_text("blijven bewaard tot de nazorg")
    page.goto(f"{live_server.url}/vrijgave/")
    geen_wcag_fouten(page)
