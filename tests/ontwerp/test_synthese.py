import pytest
from django.urls import reverse

from interviews.models import Tagging
from ontwerp.selectors.synthese import synthese
from tests.factories import CitaatFactory, DeelnemerFactory, InterviewFactory, UserFactory, met_rol
from tests.ontwerp.conftest import tag
from trajecten.models import Rol

pytestmark = pytest.mark.django_db


def _rij(data, naam):
    return next(r for r in data.rijen if r.code.naam == naam)


def _cel(rij, perspectief):
    return next(c for c in rij.cellen if c.perspectief == perspectief)


def test_matrix_telt_citaten_en_verschillende_deelnemers(traject, matrix):
    data = synthese(traject=traject)
    assert [p for p, _ in data.perspectieven] == ["bestuur", "uitvoering"]
    wacht = _rij(data, "Wachttijden")
    assert (_cel(wacht, "uitvoering").citaten, _cel(wacht, "uitvoering").deelnemers) == (3, 2)
    assert _cel(wacht, "bestuur").citaten == 0
    assert data.aantal_citaten == 4


def test_matrix_telt_onderliggende_codes_mee_bij_de_ouder(traject, matrix):
    rust = _rij(synthese(traject=traject), "Rust en regie")
    assert (_cel(rust, "uitvoering").citaten, _cel(rust, "uitvoering").deelnemers) == (3, 2)
    assert (_cel(rust, "bestuur").citaten, _cel(rust, "bestuur").deelnemers) == (1, 1)
    assert (rust.citaten, rust.deelnemers) == (4, 3)


def test_een_citaat_met_ouder_en_kind_telt_eenmaal(traject, matrix, codes):
    tag(matrix["citaten"][0], codes["Rust en regie"])
    rust = _rij(synthese(traject=traject), "Rust en regie")
    assert _cel(rust, "uitvoering").citaten == 3


def test_verwijderde_tag_telt_niet(traject, matrix):
    Tagging.objects.filter(citaat=matrix["citaten"][2]).update(verwijderd_op="2026-01-01T00:00Z")
    wacht = _rij(synthese(traject=traject), "Wachttijden")
    assert (_cel(wacht, "uitvoering").citaten, _cel(wacht, "uitvoering").deelnemers) == (2, 1)


def test_markeringen(traject, matrix):
    data = synthese(traject=traject)
    assert "Alleen gehoord vanuit uitvoering" in _rij(data, "Wachttijden").markeringen
    assert "Vaak gehoord in de uitvoering, nooit in het bestuur" in _rij(data, "Wachttijden").markeringen
    assert "Zowel dilemma als werkzaam element" in _rij(data, "Rust en regie").markeringen
    assert "Zowel dilemma als werkzaam element" not in _rij(data, "Inwoner centraal").markeringen
    assert _rij(data, "Rust en regie").markeringen == ["Zowel dilemma als werkzaam element"]


def test_filters_interview_soort_en_tagger(traject, matrix, codes):
    i1 = matrix["interviews"][0]
    wacht = _rij(synthese(traject=traject, filters={"interview": i1}), "Wachttijden")
    assert _cel(wacht, "uitvoering").citaten == 2
    wacht = _rij(synthese(traject=traject, filters={"soort": codes["Werkzaam element"]}), "Wachttijden")
    assert _cel(wacht, "uitvoering").citaten == 1
    iemand = UserFactory()
    Tagging.objects.filter(citaat=matrix["citaten"][2]).update(door=iemand)
    wacht = _rij(synthese(traject=traject, filters={"door": iemand}), "Wachttijden")
    assert _cel(wacht, "uitvoering").citaten == 1


def test_cel_toont_citaten_gepseudonimiseerd(client, traject, matrix):
    expert = met_rol(traject, Rol.EXPERT)
    u1 = matrix["deelnemers"][0]
    citaat = matrix["citaten"][0]
    citaat.tekst = f"{u1.betrokkene.naam} zegt: het wachten duurt lang."
    citaat.save()
    client.force_login(expert)
    url = reverse("ontwerp:synthese_cel", args=[traject.pk, matrix["wacht"].pk, "uitvoering"])
    tekst = client.get(url).content.decode()
    assert "het wachten duurt lang" in tekst
    assert u1.betrokkene.naam not in tekst
    assert u1.pseudoniem in tekst
    assert "Wij sturen op rust." not in tekst  # bestuur, another cell


def test_synthesepagina_heeft_tabel_en_grafiek(client, traject, matrix, team):
    client.force_login(team)
    tekst = client.get(reverse("ontwerp:synthese", args=[traject.pk])).content.decode()
    assert "<svg" in tekst and 'role="img"' in tekst
    assert 'style="' not in tekst  # the CSP forbids inline styles
    assert "Wachttijden" in tekst
    cel = reverse("ontwerp:synthese_cel", args=[traject.pk, matrix["wacht"].pk, "uitvoering"])
    assert cel in tekst


def test_onbekende_cel_is_404(client, traject, matrix, team, ander_traject):
    from tests.factories import TrajectCodeFactory

    client.force_login(team)
    vreemd = TrajectCodeFactory(traject=ander_traject)
    assert client.get(reverse("ontwerp:synthese_cel", args=[traject.pk, vreemd.pk, "uitvoering"])).status_code == 404
    url = reverse("ontwerp:synthese_cel", args=[traject.pk, matrix["wacht"].pk, "marsmannetje"])
    assert client.get(url).status_code == 404


def _citaten(traject, codes, aantal):
    deelnemers = [DeelnemerFactory(traject=traject, perspectief=p) for p in ("uitvoering", "bestuur", "inwoner")]
    interview = InterviewFactory(traject=traject, deelnemer_a=deelnemers[0], deelnemer_b=deelnemers[1])
    citaten = CitaatFactory.create_batch(aantal, interview=interview, spreker=deelnemers[0])
    Tagging.objects.bulk_create(
        Tagging(citaat=c, code=code)
        for i, c in enumerate(citaten)
        for code in (codes["Rust en regie"], codes["Dilemma/uitdaging"] if i % 2 else codes["Werkzaam element"])
    )


@pytest.mark.parametrize("aantal", [20, 2000])
def test_synthese_kost_evenveel_queries_bij_20_en_2000_citaten(
    client, traject, codes, team, aantal, django_assert_max_num_queries
):
    _citaten(traject, codes, aantal)
    client.force_login(team)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("ontwerp:synthese", args=[traject.pk]))
    assert response.status_code == 200
    assert f"{aantal} getagde citaten" in response.content.decode()


def test_cel_kost_evenveel_queries(client, traject, codes, team, django_assert_max_num_queries):
    _citaten(traject, codes, 200)
    client.force_login(met_rol(traject, Rol.EXPERT))
    url = reverse("ontwerp:synthese_cel", args=[traject.pk, codes["Rust en regie"].pk, "uitvoering"])
    with django_assert_max_num_queries(14):
        assert client.get(url).status_code == 200


def test_interviewfilter_van_de_synthese_biedt_de_nieuwste_en_het_gevraagde_interview(
    client, team, traject, monkeypatch
):
    """The filter of the quote list: a select of 10,000 interviews was most of a large traject's page."""
    import datetime

    from interviews.forms import codeboek as forms_codeboek

    monkeypatch.setattr(forms_codeboek, "INTERVIEWS_IN_FILTER", 3)
    interviews = [
        InterviewFactory(traject=traject, datum=datetime.date(2026, 1, 1) + datetime.timedelta(days=i))
        for i in range(5)
    ]
    client.force_login(team)
    url = reverse("ontwerp:synthese", args=[traject.pk])
    veld = client.get(url).context["form"]["interview"]
    assert [k for k, _ in veld.field.choices][1:] == [i.pk for i in reversed(interviews[2:])]
    assert "De 3 nieuwste interviews" in veld.help_text
    oud = client.get(url, {"interview": interviews[0].pk}).context["form"]
    assert oud.is_valid() and oud.cleaned_data["interview"] == interviews[0]


def test_telling_komt_de_tweede_keer_uit_de_cache_tot_er_iets_verandert(
    traject, matrix, codes, django_capture_on_commit_callbacks
):
    """Counted once per state of the traject (interviews.tellingen.versies): a tagging, a quote or a
    deelnemer of the traject that changes, or another code tree, counts again."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def telling():
        with CaptureQueriesContext(connection) as queries:
            wacht = _rij(synthese(traject=traject), "Wachttijden")
        geteld = any(q["sql"].lstrip().startswith("WITH") for q in queries)
        return (_cel(wacht, "uitvoering").citaten, _cel(wacht, "bestuur").citaten), geteld

    assert telling() == ((3, 0), True)
    assert telling() == ((3, 0), False)
    with django_capture_on_commit_callbacks(execute=True):
        tag(matrix["citaten"][3], matrix["wacht"])  # Bestuur 1's quote
    assert telling() == ((3, 1), True)
    with django_capture_on_commit_callbacks(execute=True):
        u2 = matrix["deelnemers"][1]
        u2.perspectief = "bestuur"
        u2.save()
    assert telling() == ((2, 2), True)
    assert telling() == ((2, 2), False)
    matrix["wacht"].ouder, matrix["wacht"].groep = None, "traject"  # another tree: no longer under Rust en regie
    matrix["wacht"].save()
    rust = _rij(synthese(traject=traject), "Rust en regie")
    assert (_cel(rust, "uitvoering").citaten, _cel(rust, "bestuur").citaten) == (0, 1)
