"""The team fills the starting phase of a traject in a real browser and moves it to Luisteren.

Every page visited is checked with axe-core for WCAG 2.1 AA; a refused transition shows its reason.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import ExpertProfielFactory, UserFactory
from trajecten.models import Beleidsthema, Bijeenkomst, FaseOvergang

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_team_vult_de_start_in_en_gaat_naar_luisteren(page, live_server, team, traject, inloggen, geen_wcag_fouten):
    toegang, _ = Beleidsthema.objects.get_or_create(slug="toegang", defaults={"naam": "Toegang"})
    traject.beleidsthemas.set([toegang])
    expert = ExpertProfielFactory(user=UserFactory(naam="Anouk Expert"), expertise=[toegang]).user
    inloggen(page, team)
    page.goto(f"{live_server.url}{traject.get_absolute_url()}")
    expect(page.get_by_role("heading", name="Fase: Starten")).to_be_visible()
    geen_wcag_fouten(page)

    # Too early: the button refuses and says why.
    page.get_by_role("button", name="Doorgaan naar de fase Luisteren").click()
    melding = page.locator(".utrecht-alert--error")
    expect(melding).to_contain_text("De kernvraag is nog niet ingevuld.")
    expect(melding).to_contain_text("Er is nog geen expert aan het expertteam toegevoegd.")
    geen_wcag_fouten(page)

    # Kernvraag, aanpak and the B&W sign-up.
    page.get_by_role("link", name="Startgegevens bewerken").click()
    geen_wcag_fouten(page)
    page.get_by_label("Kernvraag").fill("Hoe maken we de toegang eenvoudiger, samen met inwoners?")
    page.get_by_label("Aanpak").fill("Kick-off, duo-interviews, ontwerpsessie.")
    page.get_by_label("Datum besluit college van B&W").fill("2026-02-01")
    page.get_by_label("Geplande start").fill("2026-02-16")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("De startgegevens zijn opgeslagen.")).to_be_visible()

    # The expertteam, from the suggestions of the pool.
    page.get_by_role("link", name="Expertteam samenstellen").click()
    geen_wcag_fouten(page)
    page.get_by_role("button", name=re.compile(r"Toevoegen als expert\W*Anouk Expert")).click()
    expect(page.get_by_text("Anouk Expert is toegevoegd als expert")).to_be_visible()
    geen_wcag_fouten(page)
    assert traject.rollen.filter(user=expert, rol="expert").exists()

    # A betrokkene on the stakeholder map.
    page.get_by_role("link", name="Terug naar het traject").click()
    page.get_by_role("link", name="Kaart van betrokkenen").click()
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Betrokkene toevoegen").click()
    geen_wcag_fouten(page)
    page.get_by_label("Naam").fill("Sanne Visser")
    page.get_by_label("Functie of rol").fill("wethouder")
    page.get_by_label("Perspectief").select_option("bestuur")
    page.get_by_role("button", name="Toevoegen").click()
    expect(page.get_by_role("cell", name="Sanne Visser", exact=True)).to_be_visible()
    geen_wcag_fouten(page)

    # The kick-off, with a first mistake that is shown next to the field.
    page.get_by_role("link", name="Terug naar het traject").click()
    page.get_by_role("link", name="Bijeenkomst plannen").click()
    page.get_by_label("Soort").select_option("kick-off")
    page.get_by_label("Begin").fill("2026-03-02T09:00")
    page.get_by_label("Eind", exact=False).first.fill("2026-03-02T08:00")
    page.get_by_label("Plaats").fill("Raadzaal")
    page.get_by_role("button", name="Plannen").click()
    expect(page.locator("#foutsamenvatting")).to_contain_text("Het eind moet na het begin liggen.")
    geen_wcag_fouten(page)
    page.get_by_label("Eind", exact=False).first.fill("2026-03-02T12:00")
    page.get_by_label("Sanne Visser").check()
    page.get_by_role("button", name="Plannen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kick-off")
    geen_wcag_fouten(page)
    assert Bijeenkomst.objects.get().betrokkenen.count() == 1

    # Now the checklist holds: on to Luisteren.
    page.goto(f"{live_server.url}{traject.get_absolute_url()}")
    expect(page.locator("#checklist .checklist__item--open")).to_have_count(0)
    page.get_by_role("button", name="Doorgaan naar de fase Luisteren").click()
    expect(page.get_by_text("Het traject is nu in de fase Luisteren.")).to_be_visible()
    expect(page.get_by_role("heading", name="Fase: Luisteren")).to_be_visible()
    expect(page.locator(".tijdlijn")).to_contain_text("Fase Starten → Luisteren")
    geen_wcag_fouten(page)
    assert FaseOvergang.objects.get(traject=traject).naar == "luisteren"


def test_expertpool_en_bijeenkomsten_zijn_toegankelijk(page, live_server, team, traject, inloggen, geen_wcag_fouten):
    ExpertProfielFactory(expertise=[Beleidsthema.objects.get_or_create(slug="jeugd", defaults={"naam": "Jeugd"})[0]])
    inloggen(page, team)
    page.get_by_role("link", name="Expertpool").click()
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Expert toevoegen").click()
    page.get_by_role("button", name="Toevoegen").click()
    expect(page.locator("#foutsamenvatting")).to_be_visible()
    geen_wcag_fouten(page)
    page.goto(f"{live_server.url}/trajecten/{traject.pk}/bijeenkomsten/")
    geen_wcag_fouten(page)
    page.goto(f"{live_server.url}/trajecten/{traject.pk}/beeindigen/")
    geen_wcag_fouten(page)
