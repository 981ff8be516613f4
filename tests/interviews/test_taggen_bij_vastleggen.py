"""Tagging where the quote is made: the interview page offers the tag control of the quote list for
every quote, and a quote saved there (htmx or a plain form post) comes back with that control ready.

The same views and partials as the quote list (``codeboek:tag_toevoegen``/``tag_verwijderen``,
``_tags.html``); the interview page only adds where they send you back to.
"""

import re

import pytest
from django.urls import reverse

from interviews.models import Citaat, Tagging
from interviews.services.codeboek import tagging_create
from tests.factories import CitaatFactory, InterviewFactory, TrajectFactory, duo_interview, met_rol
from trajecten.models import Rol
from visieleren import permissions
from visieleren.permissions import Actie

pytestmark = pytest.mark.django_db

NOTITIES = (
    "Moderator: Sanne Bakker en Joris Smit interviewen elkaar.\n"
    "Sanne: ‘Ik moest mijn verhaal vijf keer vertellen, aan vijf loketten.’\n"
    "Joris vraagt door. Sanne: ‘Pas bij het sociaal team kreeg ik één contactpersoon.’\n"
    "Joris: ‘Wij zien in de uitvoering hetzelfde: de regels zijn er voor ons, niet voor de inwoner.’"
)
NAMEN = ("Sanne", "Bakker", "Joris", "Smit")
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def interview(traject, persona):
    return duo_interview(traject=traject, moderator=persona["moderator"], notities=NOTITIES)


@pytest.fixture
def bestaand(interview):
    """A quote that is already there, early in the notes."""
    tekst = "Pas bij het sociaal team kreeg ik één contactpersoon."
    begin = NOTITIES.index(tekst)
    return CitaatFactory(interview=interview, begin=begin, eind=begin + len(tekst), tekst=tekst)


def _nieuw_url(interview):
    return reverse("interviews:citaat_nieuw", args=[interview.traject_id, interview.pk])


def _tag_url(citaat):
    return reverse("codeboek:tag_toevoegen", args=[citaat.interview.traject_id, citaat.pk])


def _weg_url(tagging):
    return reverse(
        "codeboek:tag_verwijderen", args=[tagging.citaat.interview.traject_id, tagging.citaat_id, tagging.pk]
    )


def _citaat_data(interview, tekst="de regels zijn er voor ons, niet voor de inwoner."):
    return {"tekst": tekst, "spreker": interview.deelnemer_b.pk, "context": "Over regels"}


def _ander_moderator(traject):
    """A moderator of the traject who does not moderate this interview: reads pseudonyms."""
    return met_rol(traject, Rol.MODERATOR)


# ---- The interview page shows the control for each quote ---------------------------------------


def test_interviewpagina_toont_de_tagcontrole_bij_elk_citaat(client, persona, interview, bestaand, codes):
    tagging_create(citaat=bestaand, code=codes["Rust en regie"], door=persona["expert"])
    client.force_login(persona["expert"])
    html = client.get(interview.get_absolute_url()).content.decode()
    assert f'id="citaat-{bestaand.pk}-tags"' in html
    assert f'action="{_tag_url(bestaand)}"' in html
    assert f'name="volgende" value="{interview.get_absolute_url()}"' in html  # back here without JavaScript
    assert "Rust en regie" in html and f'id="code-{bestaand.pk}"' in html
    assert 'class="tags__melding" role="status"' in html


def test_zonder_tagrecht_staan_de_tags_er_alleen_lezend(client, persona, interview, bestaand, codes, monkeypatch):
    """Whoever reads the interview but may not tag in this traject sees the tags, without a form."""
    tagging = tagging_create(citaat=bestaand, code=codes["Rust en regie"], door=persona["expert"])
    monkeypatch.setitem(permissions.REGELS, Actie.CITAAT_TAGGEN, frozenset({Rol.EXPERT}))
    client.force_login(persona["moderator"])
    html = client.get(interview.get_absolute_url()).content.decode()
    assert "Rust en regie" in html
    assert _tag_url(bestaand) not in html and _weg_url(tagging) not in html
    assert f'id="code-{bestaand.pk}"' not in html and "Volgende ongetagde citaat" not in html
    assert client.post(_tag_url(bestaand), {"code": codes["Dilemma/uitdaging"].pk}, **HTMX).status_code == 403
    # A quote saved here comes back read-only as well.
    response = client.post(_nieuw_url(interview), _citaat_data(interview), **HTMX)
    nieuw = Citaat.objects.latest("pk")
    assert response.status_code == 200 and f'id="citaat-{nieuw.pk}-tags"' in response.content.decode()
    assert _tag_url(nieuw) not in response.content.decode()


# ---- Saving a quote with htmx --------------------------------------------------------------------


def test_citaat_opslaan_met_htmx_geeft_het_citaat_met_open_tagcontrole(client, persona, interview, bestaand):
    client.force_login(persona["expert"])
    response = client.post(_nieuw_url(interview), _citaat_data(interview), **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    nieuw = Citaat.objects.latest("pk")
    assert nieuw.pk != bestaand.pk and nieuw.context == "Over regels"
    assert "<html" not in html  # a fragment, not the page
    # The quote section with the new row marked, its tag control and the select that gets the focus.
    assert 'id="citaten-uit-interview"' in html
    assert re.search(rf'<tr id="citaat-{nieuw.pk}"[^>]*data-nieuw-citaat', html)
    assert f'id="citaat-{nieuw.pk}-tags"' in html and f'id="code-{nieuw.pk}"' in html
    assert f'id="citaat-{bestaand.pk}-tags"' in html  # the other quotes keep theirs
    # The notes get the new marking, the form is empty again, the message goes to the live region.
    assert re.search(r'<div id="aantekeningen" hx-swap-oob="innerHTML">.*<mark class="citaat-markering">', html, re.S)
    assert re.search(r'<textarea name="tekst"[^>]*>\s*</textarea>', html)
    assert re.search(r'id="selectie-melding" hx-swap-oob="innerHTML">Het citaat is gemaakt', html)
    # Nothing waits for the next page load.
    assert "Het citaat is gemaakt" not in client.get(interview.get_absolute_url()).content.decode()


def test_fout_bij_opslaan_met_htmx_toont_het_formulier_met_de_fout(client, persona, interview):
    client.force_login(persona["expert"])
    response = client.post(_nieuw_url(interview), {"tekst": "Dit zei niemand.", "spreker": ""}, **HTMX)
    assert response.status_code == 200  # htmx swaps only 2xx answers
    assert response["HX-Retarget"] == "#citaat-form" and response["HX-Reswap"] == "innerHTML"
    html = response.content.decode()
    assert "Kies wie dit zei." in html and "Dit zei niemand." in html  # nothing typed is lost
    assert 'id="foutsamenvatting"' in html and "<html" not in html
    assert not Citaat.objects.exists()


def test_citaat_opslaan_zonder_javascript_gaat_terug_naar_het_citaat(client, persona, interview, bestaand):
    client.force_login(persona["expert"])
    response = client.post(_nieuw_url(interview), _citaat_data(interview))
    nieuw = Citaat.objects.latest("pk")
    assert response.status_code == 302
    assert response.url == f"{interview.get_absolute_url()}#citaat-{nieuw.pk}"
    pagina = client.get(response.url).content.decode()
    assert "Het citaat is gemaakt." in pagina
    assert f'action="{_tag_url(nieuw)}"' in pagina


def test_nieuw_citaat_op_een_volgende_tabelpagina(client, persona, interview, bestaand, monkeypatch):
    """The table shows 100 quotes a page; a quote that lands on page 2 is shown (and linked) there."""
    monkeypatch.setattr("interviews.views.interviews.CITATEN_PER_PAGINA", 1)
    client.force_login(persona["expert"])
    zonder_js = client.post(_nieuw_url(interview), _citaat_data(interview))
    nieuw = Citaat.objects.latest("pk")
    tweede = f"{interview.get_absolute_url()}?page=2"
    assert zonder_js.url == f"{tweede}#citaat-{nieuw.pk}"
    assert f'id="citaat-{nieuw.pk}-tags"' in client.get(tweede).content.decode()

    response = client.post(_nieuw_url(interview), _citaat_data(interview, "niet voor de inwoner"), **HTMX)
    derde = Citaat.objects.latest("pk")
    html = response.content.decode()
    assert response["HX-Replace-Url"] == f"{interview.get_absolute_url()}?page=3"
    assert f'id="citaat-{derde.pk}-tags"' in html and f'id="citaat-{bestaand.pk}-tags"' not in html
    assert f'name="volgende" value="{interview.get_absolute_url()}?page=3"' in html


# ---- Tagging from the interview page ------------------------------------------------------------


def test_taggen_zonder_javascript_keert_terug_naar_de_interviewpagina(client, persona, interview, bestaand, codes):
    client.force_login(persona["expert"])
    terug = interview.get_absolute_url()
    response = client.post(_tag_url(bestaand), {"code": codes["Rust en regie"].pk, "volgende": terug})
    assert response.status_code == 302 and response.url == f"{terug}#citaat-{bestaand.pk}-tags"
    pagina = client.get(response.url).content.decode()
    assert "Tag “Rust en regie” toegevoegd." in pagina
    tagging = Tagging.objects.get(citaat=bestaand)
    response = client.post(_weg_url(tagging), {"volgende": terug})
    assert response.url == f"{terug}#citaat-{bestaand.pk}-tags"


def test_taggen_zonder_code_vanaf_de_interviewpagina_houdt_de_weg_terug(client, persona, interview, bestaand):
    """The error page of a plain post keeps where the form came from, for the next try."""
    client.force_login(persona["expert"])
    terug = interview.get_absolute_url()
    response = client.post(_tag_url(bestaand), {"code": "", "volgende": terug})
    assert response.status_code == 400 and "Kies een code." in response.content.decode()
    assert f'name="volgende" value="{terug}"' in response.content.decode()


def test_dubbel_versturen_geeft_een_tagging_en_zegt_dat_hij_er_al_stond(client, persona, bestaand, codes):
    client.force_login(persona["expert"])
    data = {"code": codes["Rust en regie"].pk, "volgende": bestaand.interview.get_absolute_url()}
    eerste = client.post(_tag_url(bestaand), data, **HTMX).content.decode()
    tweede = client.post(_tag_url(bestaand), data, **HTMX).content.decode()
    assert Tagging.objects.filter(citaat=bestaand).count() == 1
    assert "Tag “Rust en regie” toegevoegd." in eerste
    assert "Tag “Rust en regie” stond al bij dit citaat." in tweede
    client.post(_tag_url(bestaand), data)  # and once more without JavaScript
    assert Tagging.objects.filter(citaat=bestaand).count() == 1
    pagina = client.get(bestaand.interview.get_absolute_url()).content.decode()
    assert "Tag “Rust en regie” stond al bij dit citaat." in pagina


def test_twee_keer_verwijderen_zegt_dat_hij_al_weg_was(client, persona, bestaand, codes):
    tagging = tagging_create(citaat=bestaand, code=codes["Rust en regie"], door=persona["expert"])
    client.force_login(persona["expert"])
    eerste = client.post(_weg_url(tagging), **HTMX).content.decode()
    tweede = client.post(_weg_url(tagging), **HTMX).content.decode()
    assert "Tag “Rust en regie” verwijderd." in eerste
    assert "Tag “Rust en regie” was al verwijderd." in tweede
    tagging.refresh_from_db()
    assert tagging.verwijderd_door == persona["expert"]


def test_de_melding_blijft_in_hetzelfde_live_gebied(client, persona, bestaand, codes):
    """The tag list and form are swapped; the status element stays and only gets new text, so a screen
    reader announces it (a live region that is inserted along with its text is often not read)."""
    client.force_login(persona["expert"])
    html = client.post(_tag_url(bestaand), {"code": codes["Rust en regie"].pk}, **HTMX).content.decode()
    assert re.search(
        rf'<p class="tags__melding" role="status" id="citaat-{bestaand.pk}-tagmelding" hx-swap-oob="innerHTML">'
        r"Tag “Rust en regie” toegevoegd\.</p>",
        html,
    )
    assert f'hx-target="#citaat-{bestaand.pk}-taginhoud"' in html


# ---- Next untagged quote ------------------------------------------------------------------------


def test_interviewpagina_biedt_het_volgende_ongetagde_citaat(client, persona, interview, bestaand, codes):
    client.force_login(persona["expert"])
    link = f'href="{reverse("codeboek:citaat", args=[interview.traject_id, bestaand.pk])}"'
    pagina = client.get(interview.get_absolute_url()).content.decode()
    assert "Volgende ongetagde citaat" in pagina and link in pagina
    # Just saved here, the new quote is not the "next" one: the one still waiting is.
    html = client.post(_nieuw_url(interview), _citaat_data(interview), **HTMX).content.decode()
    assert "Volgende ongetagde citaat" in html and link in html
    tagging_create(citaat=bestaand, code=codes["Rust en regie"], door=persona["expert"])
    tagging_create(citaat=Citaat.objects.latest("pk"), code=codes["Rust en regie"], door=persona["expert"])
    assert "Volgende ongetagde citaat" not in client.get(interview.get_absolute_url()).content.decode()


# ---- Permissions: others' objects answer 404 ----------------------------------------------------


def test_expert_van_ander_traject_krijgt_404(client, interview, bestaand, codes):
    ander = met_rol(TrajectFactory(titel="Elders"), Rol.EXPERT)
    client.force_login(ander)
    assert client.post(_nieuw_url(interview), _citaat_data(interview), **HTMX).status_code == 404
    assert client.post(_tag_url(bestaand), {"code": codes["Rust en regie"].pk}, **HTMX).status_code == 404
    assert Citaat.objects.count() == 1 and not Tagging.objects.exists()


def test_citaat_van_ander_interview_via_eigen_traject_is_404(client, persona, traject, interview, codes):
    elders = CitaatFactory(interview=InterviewFactory(traject=TrajectFactory()))
    client.force_login(persona["expert"])
    url = reverse("codeboek:tag_toevoegen", args=[traject.pk, elders.pk])
    assert client.post(url, {"code": codes["Rust en regie"].pk}, **HTMX).status_code == 404


@pytest.mark.parametrize("rol", ["contactpersoon", "bestuurder"])
def test_gemeente_ziet_de_interviewpagina_niet_en_tagt_niet(client, persona, interview, bestaand, codes, rol):
    client.force_login(persona[rol])
    assert client.post(_nieuw_url(interview), _citaat_data(interview), **HTMX).status_code == 403
    assert client.post(_tag_url(bestaand), {"code": codes["Rust en regie"].pk}, **HTMX).status_code == 403


# ---- Privacy: the fragments show what the page would show ----------------------------------------


@pytest.mark.parametrize("wie", ["expert", "andere moderator"])
def test_fragmenten_tonen_geen_namen_aan_wie_ze_niet_mag_zien(client, persona, traject, interview, codes, wie):
    user = persona["expert"] if wie == "expert" else _ander_moderator(traject)
    client.force_login(user)
    # The reader sees "Uitvoering 1 vraagt door."; the stored quote is "Joris vraagt door.".
    response = client.post(_nieuw_url(interview), _citaat_data(interview, "Uitvoering 1 vraagt door."), **HTMX)
    nieuw = Citaat.objects.get()
    assert nieuw.tekst == "Joris vraagt door."
    html = response.content.decode()
    assert "Uitvoering 1 vraagt door." in html and "Inwoner 1" in html
    getagd = client.post(_tag_url(nieuw), {"code": codes["Rust en regie"].pk}, **HTMX).content.decode()
    weg = client.post(_weg_url(Tagging.objects.get()), **HTMX).content.decode()
    fout = client.post(_nieuw_url(interview), {"tekst": "Sanne", "spreker": ""}, **HTMX).content.decode()
    for tekst in (html, getagd, weg):
        assert [naam for naam in NAMEN if naam in tekst] == []
    assert "Bakker" not in fout and "Joris" not in fout  # only what the reader typed comes back


def test_moderator_van_het_interview_en_team_lezen_de_namen_in_het_fragment(client, persona, interview):
    for wie in ("moderator", "team"):
        client.force_login(persona[wie])
        html = client.post(_nieuw_url(interview), _citaat_data(interview, "Joris vraagt door."), **HTMX)
        assert "Joris vraagt door." in html.content.decode() and "Sanne Bakker" in html.content.decode()
        Citaat.objects.all().delete()
