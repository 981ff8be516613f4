"""The quote list of a traject: filters, pseudonyms, pagination and a constant number of queries."""

import pytest
from django.urls import reverse

from interviews.selectors.codeboek import citaat_list, citaten_ongetagd_aantal
from interviews.services.codeboek import code_create, tagging_create, tagging_remove
from tests.factories import CitaatFactory, DeelnemerFactory, InterviewFactory, UserFactory

pytestmark = pytest.mark.django_db


def _url(traject):
    return reverse("codeboek:citaten", args=[traject.pk])


def _teksten(response):
    return {c.tekst for c in response.context["page_obj"]}


@pytest.fixture
def situatie(traject, team, codes):
    """Two interviews, quotes of several perspectives, tagged by two people."""
    expert, moderator = UserFactory(naam="Eva Expert"), UserFactory(naam="Mo Moderator")
    basis = code_create(groep="traject", traject=traject, naam="Basis op orde", ouder=codes["Rust en regie"], door=team)
    eerste = InterviewFactory(traject=traject)
    inwoner = DeelnemerFactory(traject=traject, perspectief="inwoner", pseudoniem="Inwoner 1")
    beleid = DeelnemerFactory(traject=traject, perspectief="beleid", pseudoniem="Beleid 1")
    tweede = InterviewFactory(traject=traject, deelnemer_a=inwoner, deelnemer_b=beleid)
    c = {
        "rust": CitaatFactory(interview=eerste, tekst="Rust in de organisatie ontbreekt."),
        "basis": CitaatFactory(interview=eerste, tekst="Eerst de basis op orde brengen."),
        "inwoner": CitaatFactory(interview=tweede, spreker=inwoner, tekst="Ik wist niet waar ik moest aankloppen."),
        "leeg": CitaatFactory(interview=tweede, spreker=inwoner, tekst="Niemand heeft dit nog getagd."),
        "weg": CitaatFactory(interview=tweede, spreker=beleid, tekst="Deze tag is weer verwijderd."),
    }
    tagging_create(citaat=c["rust"], code=codes["Rust en regie"], door=expert)
    tagging_create(citaat=c["rust"], code=codes["Dilemma/uitdaging"], door=expert)
    tagging_create(citaat=c["basis"], code=basis, door=moderator)
    tagging_create(citaat=c["basis"], code=codes["Werkzaam element"], door=moderator)
    tagging_create(citaat=c["inwoner"], code=codes["Inwoner centraal"], door=expert)
    tagging_remove(tagging=tagging_create(citaat=c["weg"], code=codes["Rust en regie"], door=expert), door=expert)
    return {"citaten": c, "expert": expert, "moderator": moderator, "basis": basis, "interviews": (eerste, tweede)}


def test_filter_op_code_neemt_subcodes_mee(client, team, traject, situatie, codes):
    client.force_login(team)
    response = client.get(_url(traject), {"code": codes["Rust en regie"].pk})
    assert _teksten(response) == {"Rust in de organisatie ontbreekt.", "Eerst de basis op orde brengen."}
    alleen_kind = client.get(_url(traject), {"code": situatie["basis"].pk})
    assert _teksten(alleen_kind) == {"Eerst de basis op orde brengen."}


def test_filter_op_soort_perspectief_interview_en_tagger(client, team, traject, situatie, codes):
    client.force_login(team)
    assert _teksten(client.get(_url(traject), {"soort": codes["Werkzaam element"].pk})) == {
        "Eerst de basis op orde brengen."
    }
    assert _teksten(client.get(_url(traject), {"perspectief": "inwoner"})) == {
        "Ik wist niet waar ik moest aankloppen.",
        "Niemand heeft dit nog getagd.",
    }
    eerste, _ = situatie["interviews"]
    assert len(_teksten(client.get(_url(traject), {"interview": eerste.pk}))) == 2
    assert _teksten(client.get(_url(traject), {"getagd_door": situatie["moderator"].pk})) == {
        "Eerst de basis op orde brengen."
    }


def test_filter_ongetagd_telt_verwijderde_tags_niet(client, team, traject, situatie):
    client.force_login(team)
    response = client.get(_url(traject), {"ongetagd": "on"})
    assert _teksten(response) == {"Niemand heeft dit nog getagd.", "Deze tag is weer verwijderd."}
    assert citaten_ongetagd_aantal(traject) == 2
    assert response.context["ongetagd"] == 2


def test_zoeken_vindt_citaat_op_woord(client, team, traject, situatie):
    client.force_login(team)
    assert _teksten(client.get(_url(traject), {"q": "aankloppen"})) == {"Ik wist niet waar ik moest aankloppen."}


def test_onbekende_filterwaarde_toont_alles_en_geen_fout(client, team, traject, situatie):
    client.force_login(team)
    response = client.get(_url(traject), {"code": "999999"})
    assert response.status_code == 200
    assert len(_teksten(response)) == 5


def test_lijst_toont_perspectief_en_schuilnaam_nooit_de_naam(client, persona, traject):
    spreker = DeelnemerFactory(traject=traject, perspectief="inwoner", pseudoniem="Inwoner 7")
    spreker.betrokkene.naam = "Jantje Geheimnaam"
    spreker.betrokkene.save()
    CitaatFactory(interview=InterviewFactory(traject=traject, deelnemer_a=spreker), spreker=spreker)
    for rol in ["expert", "moderator"]:
        client.force_login(persona[rol])
        html = client.get(_url(traject)).content.decode()
        assert "Inwoner / ervaringsdeskundige – Inwoner 7" in html
        assert "Geheimnaam" not in html
    client.force_login(persona["team"])
    assert "Jantje Geheimnaam" in client.get(_url(traject)).content.decode()


def test_lijst_is_gepagineerd(client, team, traject):
    interview = InterviewFactory(traject=traject)
    CitaatFactory.create_batch(30, interview=interview)
    client.force_login(team)
    eerste = client.get(_url(traject))
    assert len(eerste.context["page_obj"]) == 25
    assert eerste.context["page_obj"].paginator.num_pages == 2
    assert len(client.get(_url(traject), {"page": 2}).context["page_obj"]) == 5


def test_htmx_filter_geeft_alleen_de_resultaten(client, team, traject, situatie):
    client.force_login(team)
    response = client.get(_url(traject), {"perspectief": "inwoner"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert 'id="resultaten"' in html and "<html" not in html
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize("aantal", [10, 100])
def test_aantal_queries_van_de_lijst_is_constant(
    client, persona, traject, codes, django_assert_max_num_queries, aantal
):
    expert = persona["expert"]
    interviews = InterviewFactory.create_batch(3, traject=traject)
    for i in range(aantal):
        citaat = CitaatFactory(interview=interviews[i % 3], tekst=f"Citaat nummer {i}")
        tagging_create(citaat=citaat, code=codes["Rust en regie"], door=expert)
        tagging_create(citaat=citaat, code=codes["Werkzaam element"], door=expert)
    client.force_login(expert)
    # 15 at most (the target of issue 11); two of them read the deelnemers' names: to replace names by
    # pseudonyms in the quote texts, and in the search text (so an expert cannot find quotes by a name).
    with django_assert_max_num_queries(15):
        response = client.get(_url(traject), {"code": codes["Rust en regie"].pk, "q": "Citaat"})
    assert response.status_code == 200
    assert len(response.context["page_obj"]) == min(aantal, 25)


def test_selector_zonder_filters_geeft_alle_citaten_van_het_traject(traject, ander_citaat):
    CitaatFactory.create_batch(3, interview=InterviewFactory(traject=traject))
    assert citaat_list(traject=traject).count() == 3


def test_ongetagd_per_traject_in_een_query(traject, ander_traject, codes, django_assert_num_queries):
    from interviews.selectors.codeboek import citaten_ongetagd_per_traject

    eigen = CitaatFactory.create_batch(3, interview=InterviewFactory(traject=traject))
    CitaatFactory.create_batch(2, interview=InterviewFactory(traject=ander_traject))
    tagging_create(citaat=eigen[0], code=codes["Rust en regie"], door=None)
    with django_assert_num_queries(1):
        aantallen = citaten_ongetagd_per_traject([traject, ander_traject])
    assert aantallen == {traject.pk: 2, ander_traject.pk: 2}


@pytest.mark.parametrize("aantal", [10, 100])
def test_aantal_queries_van_beoordelen_en_citaat_is_constant(
    client, persona, traject, codes, django_assert_max_num_queries, aantal
):
    from interviews.services.codeboek import citaat_beoordelen

    interview = InterviewFactory(traject=traject)
    for i in range(aantal):
        citaat = CitaatFactory(interview=interview, tekst=f"Citaat {i}")
        tagging_create(citaat=citaat, code=codes["Rust en regie"], door=persona["expert"])
        citaat_beoordelen(citaat=citaat, door=persona["team"], oordelen={codes["Rust en regie"]: "eens"}, toevoegen=[])
    client.force_login(persona["moderator"])
    # 13: the queue counts its two segments (not judged by me yet, judged) up to a limit instead of sorting
    # every tagged quote; kappa is counted in the database (units, then the codes with their counts).
    with django_assert_max_num_queries(13):
        assert client.get(reverse("codeboek:beoordelen", args=[traject.pk])).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(reverse("codeboek:citaat", args=[traject.pk, citaat.pk])).status_code == 200


def test_trajectpagina_linkt_naar_citaten_voor_inhoudsrollen(client, persona, traject):
    url = reverse("codeboek:citaten", args=[traject.pk])
    client.force_login(persona["expert"])
    assert url in client.get(traject.get_absolute_url()).content.decode()
    client.force_login(persona["contactpersoon"])
    assert url not in client.get(traject.get_absolute_url()).content.decode()


def test_expert_leest_citaten_met_schuilnaam_en_het_team_met_naam(client, persona, traject, codes):
    """A quote keeps its text as written; on the quote pages a name becomes the pseudonym for everyone
    but the team and the interview's own moderator."""
    interview = InterviewFactory(
        traject=traject,
        deelnemer_a__betrokkene__naam="Henk Geheimhout",
        notities="Wat ging er goed?\nHenk Geheimhout vond de wachttijd te lang.",
    )
    citaat = CitaatFactory(interview=interview)
    tagging_create(citaat=citaat, code=codes["Rust en regie"], door=persona["moderator"])
    urls = [
        _url(traject),
        reverse("codeboek:citaat", args=[traject.pk, citaat.pk]),
        reverse("codeboek:beoordelen", args=[traject.pk]),
        reverse("codeboek:citaat_beoordelen", args=[traject.pk, citaat.pk]),
    ]
    client.force_login(persona["expert"])
    for url in urls:
        html = client.get(url).content.decode()
        assert "Geheimhout" not in html, url
        assert f"{interview.deelnemer_a.pseudoniem} vond de wachttijd" in html, url
    client.force_login(persona["team"])
    assert "Henk Geheimhout vond de wachttijd" in client.get(urls[1]).content.decode()


def test_expert_kan_niet_op_de_naam_van_een_deelnemer_zoeken(client, persona, traject):
    spreker = DeelnemerFactory(traject=traject, pseudoniem="Inwoner 1", betrokkene__naam="Johanna Verbeek")
    interview = InterviewFactory(
        traject=traject, deelnemer_a=spreker, notities="Intro\nJohanna Verbeek wacht al maanden."
    )
    CitaatFactory(interview=interview)
    for zoek in ["Verbeek", "verbeek", "Johanna", "johanna verbeek"]:
        client.force_login(persona["expert"])
        assert _teksten(client.get(_url(traject), {"q": zoek})) == set(), zoek
        client.force_login(persona["team"])
        assert _teksten(client.get(_url(traject), {"q": zoek})) == {"Johanna Verbeek wacht al maanden."}, zoek


def test_context_van_een_citaat_toont_geen_namen_aan_de_expert(client, persona, traject):
    spreker = DeelnemerFactory(traject=traject, pseudoniem="Inwoner 1", betrokkene__naam="Johanna Verbeek")
    interview = InterviewFactory(traject=traject, deelnemer_a=spreker, notities="Intro\nIk wacht al maanden.")
    CitaatFactory(interview=interview, context="Antwoord van Johanna op de vraag over wachten")
    client.force_login(persona["expert"])
    for url in [_url(traject), interview.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert "Antwoord van Inwoner 1 op de vraag" in html, url
        assert "Johanna" not in html, url
    client.force_login(persona["team"])
    assert "Antwoord van Johanna op de vraag" in client.get(_url(traject)).content.decode()
