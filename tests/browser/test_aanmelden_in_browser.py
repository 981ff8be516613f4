"""End to end in a real browser: a gemeente signs up at /aanmelden/, the team accepts and starts the traject.

axe-core (WCAG 2.1 AA) runs on every page visited.
"""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from tests.factories import ExpertProfielFactory, GemeenteFactory, UserFactory
from trajecten.data import BELEIDSTHEMAS
from trajecten.models import Aanmelding, AanmeldingStatus, Beleidsthema, Fase, Rol, Status, TrajectRol

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _snel_invullen(settings):
    """A test fills the form faster than a person; the minimum fill time is a setting."""
    settings.AANMELDING_MIN_INVULTIJD = 0
    cache.clear()
    # Transactional tests flush the rows of data migrations; put the beleidsthema's back.
    for volgorde, (slug, naam) in enumerate(BELEIDSTHEMAS):
        Beleidsthema.objects.update_or_create(slug=slug, defaults={"naam": naam, "volgorde": volgorde})


def test_gemeente_meldt_aan_en_team_accepteert(page, live_server, team, inloggen, geen_wcag_fouten):
    for naam in ["Deventer", "Zwolle", "Leeuwarden", "Tilburg", "Apeldoorn", "Breda", "Hoorn", "Westland"]:
        GemeenteFactory(naam=naam)
    for i in range(4):
        GemeenteFactory(naam=f"Voorbeeldgemeente {i}")

    page.goto(f"{live_server.url}/")
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Aanmelden voor een Visieleertraject").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aanmelden voor een Visieleertraject")
    geen_wcag_fouten(page)

    # Sending an empty form: errors next to the fields, summary focused, still accessible.
    page.get_by_role("button", name="Aanmelding versturen").click()
    expect(page.locator("#foutsamenvatting")).to_be_focused()
    expect(page.locator("#id_contact_naam_error")).to_have_text("Vul dit veld in.")
    geen_wcag_fouten(page)

    page.get_by_label("Uw naam").fill("Fatma Demir")
    page.get_by_label("Uw functie of rol").fill("Beleidsadviseur schuldhulpverlening")
    page.get_by_label("Uw e-mailadres").fill("f.demir@deventer.example")
    page.get_by_label("Uw telefoonnummer").fill("0570 69 39 11")
    # Type to search in the list of gemeenten.
    page.get_by_label("Zoek in de lijst").first.fill("deven")
    expect(page.get_by_label("Zwolle", exact=True)).to_be_hidden()
    page.get_by_label("Deventer", exact=True).check()
    page.get_by_label("Uw vraag in eigen woorden").fill("Hoe vinden inwoners met geldzorgen eerder hulp?")
    page.get_by_label("Context en urgentie").fill("Aanvragen stijgen; de raad vraagt om een aanpak.")
    page.get_by_label("Schuldhulpverlening").check()
    page.get_by_label("Bestaanszekerheid").check()
    page.get_by_label("Wie is al betrokken?").fill("Wijkteams en de Stadsbank")
    page.get_by_label("Ik geef toestemming").check()
    page.get_by_role("button", name="Aanmelding versturen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt voor uw aanmelding")
    geen_wcag_fouten(page)
    aanmelding = Aanmelding.objects.get()
    assert aanmelding.gemeenten_tekst == "Deventer"

    # The confirmation e-mail carries the status link; the contact opens it.
    link = re.search(r"http\S+(/aanmelden/status/\S+/)", mail.outbox[0].body).group(1)
    page.goto(f"{live_server.url}{link}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Status van uw aanmelding")
    geen_wcag_fouten(page)

    # The team: inbox, detail, vraagverheldering, accept.
    inloggen(page, team)
    page.get_by_role("link", name="Aanmeldingen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aanmeldingen")
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Deventer").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Aanmelding van Deventer")
    geen_wcag_fouten(page)

    page.get_by_label("Wie waren erbij").fill("Tessa Team en Fatma Demir")
    page.get_by_label("Samenvatting").fill("Vraag aangescherpt: vroegsignalering met partners.")
    page.get_by_role("button", name="Gesprek vastleggen").click()
    expect(page.get_by_text("De vraagverheldering is vastgelegd.")).to_be_visible()
    expect(page.get_by_text("Vraag aangescherpt: vroegsignalering met partners.")).to_be_visible()
    geen_wcag_fouten(page)

    page.get_by_label("Titel van het traject").fill("Deventer: eerder hulp bij geldzorgen")
    page.get_by_label("Toelichting bij het besluit").fill("Past goed bij het aanbod.")
    page.get_by_role("button", name="Accepteren en traject aanmaken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Deventer: eerder hulp bij geldzorgen")
    geen_wcag_fouten(page)

    aanmelding.refresh_from_db()
    assert aanmelding.status == AanmeldingStatus.GEACCEPTEERD
    traject = aanmelding.traject
    assert (traject.status, traject.fase) == (Status.LOPEND, Fase.STARTEN)
    assert TrajectRol.objects.filter(traject=traject, rol=Rol.CONTACTPERSOON, user__email="f.demir@deventer.example")

    # Starten: kernvraag, B&W sign-up and an expert from the pool; then on to Luisteren.
    schuldhulp = Beleidsthema.objects.get(slug="schuldhulpverlening")
    ExpertProfielFactory(user=UserFactory(naam="Anouk Expert"), expertise=[schuldhulp])
    page.get_by_role("button", name="Doorgaan naar de fase Luisteren").click()
    expect(page.locator(".utrecht-alert--error")).to_contain_text("De kernvraag is nog niet ingevuld.")
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Startgegevens bewerken").click()
    geen_wcag_fouten(page)
    page.get_by_label("Kernvraag").fill("Hoe vinden inwoners met geldzorgen eerder de weg naar hulp?")
    page.get_by_label("Aanpak").fill("Kick-off, duo-interviews met inwoners en partners, ontwerpsessie.")
    page.get_by_label("Datum besluit college van B&W").fill("2026-11-17")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("De startgegevens zijn opgeslagen.")).to_be_visible()
    page.get_by_role("link", name="Expertteam samenstellen").click()
    geen_wcag_fouten(page)
    page.get_by_role("button", name=re.compile(r"Toevoegen als expert\W*Anouk Expert")).click()
    expect(page.get_by_text("Anouk Expert is toegevoegd als expert")).to_be_visible()
    page.get_by_role("link", name="Terug naar het traject").click()
    page.get_by_role("button", name="Doorgaan naar de fase Luisteren").click()
    expect(page.get_by_text("Het traject is nu in de fase Luisteren.")).to_be_visible()
    geen_wcag_fouten(page)
    traject.refresh_from_db()
    assert traject.fase == Fase.LUISTEREN

    # Gemeenten page, too.
    page.get_by_role("link", name="Gemeenten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gemeenten en regio's")
    geen_wcag_fouten(page)
    page.get_by_role("link", name="Gemeente of regio toevoegen").click()
    geen_wcag_fouten(page)


def test_statuspagina_intrekken_en_verlopen_link_zijn_toegankelijk(page, live_server, geen_wcag_fouten):
    from datetime import timedelta

    from django.utils import timezone

    from tests.factories import AanmeldingFactory
    from trajecten.models import AanmeldingToken
    from trajecten.services.aanmelding import status_token_maken

    aanmelding = AanmeldingFactory()
    token = status_token_maken(aanmelding=aanmelding)
    page.goto(f"{live_server.url}/aanmelden/status/{token}/")
    page.get_by_role("button", name="Aanmelding intrekken").click()
    expect(page.locator("#foutsamenvatting")).to_be_focused()
    geen_wcag_fouten(page)
    page.get_by_label("Ja, ik trek de aanmelding in").check()
    page.get_by_role("button", name="Aanmelding intrekken").click()
    expect(page.get_by_text("Uw aanmelding is ingetrokken.")).to_be_visible()
    geen_wcag_fouten(page)

    AanmeldingToken.objects.update(verloopt_op=timezone.now() - timedelta(days=1))
    page.goto(f"{live_server.url}/aanmelden/status/{token}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze link is verlopen")
    geen_wcag_fouten(page)
    page.goto(f"{live_server.url}/aanmelden/status/niet-bestaand-token-1234567890/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze link klopt niet")
    geen_wcag_fouten(page)


def test_team_voegt_de_gemeente_toe_bij_het_accepteren(page, live_server, team, inloggen, geen_wcag_fouten):
    """A gemeente that is not in the list: added on the accept form, a taken name refused next to the
    field with everything typed kept, and the traject named after the gemeente as stored."""
    from tests.factories import AanmeldingFactory
    from trajecten.models import Gemeente

    GemeenteFactory(naam="Leeuwarden")
    aanmelding = AanmeldingFactory(contact_naam="Jelle Hoekstra", gemeente_anders="Noardeast-Fryslân")
    aanmelding.gemeenten.clear()

    inloggen(page, team)
    page.goto(f"{live_server.url}{aanmelding.get_absolute_url()}")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Aanmelding van Noardeast-Fryslân")
    nieuwe = page.get_by_label("Nieuwe gemeente of regio")
    expect(nieuwe).to_have_value("Noardeast-Fryslân")
    expect(page.get_by_role("radio", name="Gemeente", exact=True)).to_be_checked()
    geen_wcag_fouten(page)

    # A name the list already has, in another spelling: the error sits next to the field.
    nieuwe.fill("leeuwárden")
    page.get_by_label("Toelichting bij het besluit").fill("Past goed bij het aanbod.")
    page.get_by_role("button", name="Accepteren en traject aanmaken").click()
    expect(page.locator("#foutsamenvatting")).to_be_focused()
    expect(page.locator("#id_accepteren-nieuwe_gemeente_error")).to_have_text(
        "Er is al een gemeente of regio met deze naam: Leeuwarden. Kies die in de lijst."
    )
    expect(page.get_by_label("Nieuwe gemeente of regio")).to_have_value("leeuwárden")
    expect(page.get_by_label("Toelichting bij het besluit")).to_have_value("Past goed bij het aanbod.")
    geen_wcag_fouten(page)
    assert Gemeente.objects.filter(naam="Leeuwarden").count() == 1

    page.get_by_label("Nieuwe gemeente of regio").fill("Noardeast-Fryslân")
    page.get_by_role("button", name="Accepteren en traject aanmaken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Noardeast-Fryslân")
    expect(page.get_by_text("De aanmelding is geaccepteerd en het traject is aangemaakt.")).to_be_visible()
    geen_wcag_fouten(page)

    aanmelding.refresh_from_db()
    gemeente = Gemeente.objects.get(naam="Noardeast-Fryslân")
    assert aanmelding.status == AanmeldingStatus.GEACCEPTEERD
    assert list(aanmelding.traject.gemeenten.all()) == [gemeente]
    assert aanmelding.besluit_reden == "Past goed bij het aanbod."

    # The new gemeente is in the list, and the accepted aanmelding shows the contact's invitation.
    page.goto(f"{live_server.url}{aanmelding.get_absolute_url()}")
    expect(page.get_by_text("Uitnodiging verstuurd op")).to_be_visible()
    geen_wcag_fouten(page)
    page.get_by_role("button", name="Uitnodiging opnieuw versturen").click()
    expect(page.get_by_text("Een nieuwe uitnodiging gaat naar")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Aanmelding van")
    page.get_by_role("link", name="Gemeenten").click()
    expect(page.get_by_role("cell", name="Noardeast-Fryslân")).to_be_visible()
