"""What keeps the pages fast at 200,000 quotes (issue 11), checked for correctness and query counts.

Timings live in `make bench` (bench/RESULTS.md), never here: these tests pin the behaviour of the fast
paths (ids-first pages, segments, the sweep for markings, kappa from counts, codebook counts) against the
straightforward version, and the number of queries per page.
"""

import random
from datetime import date, timedelta

import pytest
from django.core.paginator import Paginator
from django.db.models import Q
from django.urls import reverse

from interviews.kappa import cohens_kappa, cohens_kappa_uit_tellingen
from interviews.models import Citaat, Memo
from interviews.pseudoniemen import Matcher
from interviews.selectors.codeboek import (
    citaat_filter,
    citaten_laden,
    codeboek_boom,
    interviews_van,
    plat,
    taggers_van,
)
from interviews.selectors.interviews import NotitieStuk, notities_met_markeringen
from interviews.services.codeboek import citaat_beoordelen, tagging_create, tagging_remove
from tests.factories import CitaatFactory, InterviewFactory, UserFactory
from visieleren.paginering import IdsEerstPaginator

pytestmark = pytest.mark.django_db


def _citaten(traject, interviews=4, per_interview=7):
    """Interviews on two dates (ties in the date), each with quotes at increasing positions."""
    tekst = "\n".join(f"Regel {i} over de wachttijd." for i in range(per_interview))
    uit = []
    for i in range(interviews):
        interview = InterviewFactory(traject=traject, datum=date(2026, 1, 1) + timedelta(days=i // 2), notities=tekst)
        positie = 0
        for regel in tekst.split("\n"):
            uit.append(CitaatFactory(interview=interview, begin=positie, eind=positie + len(regel), tekst=regel))
            positie += len(regel) + 1
    return uit


def test_ids_eerst_geeft_elke_pagina_gelijk_aan_gewone_paginering(traject):
    _citaten(traject)
    licht = citaat_filter(traject=traject)
    gewoon = Paginator(licht, 5)
    snel = IdsEerstPaginator(licht, 5, laden=citaten_laden)
    assert snel.count == gewoon.count == 28 and snel.num_pages == 6
    for nummer in gewoon.page_range:  # pages past the middle are read backwards
        assert [c.pk for c in snel.page(nummer)] == [c.pk for c in gewoon.page(nummer)]


def test_segmenten_volgen_elkaar_op_ook_over_een_paginagrens(traject):
    citaten = _citaten(traject, interviews=2, per_interview=6)
    even = Citaat.objects.filter(pk__in=[c.pk for c in citaten[::2]]).order_by("pk")
    oneven = Citaat.objects.filter(pk__in=[c.pk for c in citaten[1::2]]).order_by("pk")
    eerst = {c.pk for c in citaten[::2]}

    def laden(filter_op_ids):  # in segment order, as the page's selector does
        return sorted(Citaat.objects.filter(filter_op_ids), key=lambda c: (c.pk not in eerst, c.pk))

    snel = IdsEerstPaginator([even, oneven], 4, laden=laden)
    alles = [c.pk for nummer in snel.page_range for c in snel.page(nummer)]
    assert alles == [*even.values_list("pk", flat=True), *oneven.values_list("pk", flat=True)]


def test_lijst_volgorde_nieuwste_interview_eerst_dan_de_aantekeningen(traject):
    citaten = _citaten(traject, interviews=3, per_interview=3)
    verwacht = sorted(citaten, key=lambda c: (-c.interview.datum.toordinal(), c.interview_id, c.begin, c.pk))
    assert list(citaat_filter(traject=traject)) == verwacht


def test_aantal_memos_per_citaat_klopt_zonder_group_by(traject):
    eerste, tweede = _citaten(traject, interviews=1, per_interview=2)
    Memo.objects.create(citaat=eerste, tekst="een")
    Memo.objects.create(citaat=eerste, tekst="twee")
    geladen = {c.pk: c.aantal_memos for c in citaten_laden(Q(pk__in=[eerste.pk, tweede.pk]))}
    assert geladen == {eerste.pk: 2, tweede.pk: 0}


def test_citatenlijst_laatste_pagina_toont_de_laatste_citaten(client, team, traject):
    citaten = _citaten(traject, interviews=6, per_interview=9)  # 54 quotes: pages of 25, 25, 4
    verwacht = sorted(citaten, key=lambda c: (-c.interview.datum.toordinal(), c.interview_id, c.begin, c.pk))
    client.force_login(team)
    laatste = client.get(reverse("codeboek:citaten", args=[traject.pk]), {"page": 3}).context["page_obj"]
    assert [c.pk for c in laatste] == [c.pk for c in verwacht[50:]]
    assert laatste.paginator.count == 54


def test_interviewfilter_laadt_geen_aantekeningen(traject):
    InterviewFactory(traject=traject, notities="Heel lange aantekeningen " * 100)
    interview = interviews_van(traject).get()
    assert "notities" in interview.get_deferred_fields()
    assert str(interview).startswith("Duo-interview")


def test_getagd_door_komt_uit_de_rollen_en_de_gevraagde_persoon(persona, traject):
    zonder_rol = UserFactory()
    namen = set(taggers_van(traject))
    assert persona["expert"] in namen and persona["team"] in namen
    assert persona["buitenstaander"] not in namen and zonder_rol not in namen
    assert zonder_rol in set(taggers_van(traject, ook=str(zonder_rol.pk)))
    assert set(taggers_van(traject, ook="geen getal")) == namen


def test_codeboek_telt_alleen_actieve_taggings(team, traject, codes):
    eerste, tweede = _citaten(traject, interviews=1, per_interview=2)
    rust = codes["Rust en regie"]
    tagging_create(citaat=eerste, code=rust, door=team)
    tagging_remove(tagging=tagging_create(citaat=tweede, code=rust, door=team), door=team)
    aantallen = {k.code.naam: k.code.aantal for _, boom in codeboek_boom(user=team) for k in plat(boom)}
    assert aantallen["Rust en regie"] == 1
    assert aantallen["Dilemma/uitdaging"] == 0


@pytest.mark.parametrize("seed", range(20))
def test_kappa_uit_tellingen_is_gelijk_aan_kappa_over_paren(seed):
    rng = random.Random(seed)
    paren = [(rng.random() < 0.6, rng.random() < 0.5) for _ in range(rng.randint(0, 40))]
    tabel = {}
    for paar in paren:
        tabel[paar] = tabel.get(paar, 0) + 1
    assert cohens_kappa_uit_tellingen(tabel) == cohens_kappa(paren)


def _markeringen_naief(weergave, citaten):
    """The straightforward version the sweep replaced: every quote checked for every piece."""
    intervallen = [
        (weergave.naar_weergave(c.begin, is_eind=False), weergave.naar_weergave(c.eind, is_eind=True), c.pk)
        for c in citaten
        if c.anker != Citaat.Anker.GEWIJZIGD
    ]
    intervallen = [(b, e, pk) for b, e, pk in intervallen if e > b]
    grenzen = sorted({0, len(weergave.tekst), *(b for b, _, _ in intervallen), *(e for _, e, _ in intervallen)})
    return [
        NotitieStuk(weergave.tekst[b:e], tuple(pk for ib, ie, pk in intervallen if ib <= b and e <= ie))
        for b, e in zip(grenzen, grenzen[1:], strict=False)
    ]


@pytest.mark.parametrize("seed", range(10))
def test_markeringen_met_overlappende_citaten_gelijk_aan_de_naieve_versie(seed):
    rng = random.Random(seed)
    tekst = "".join(rng.choice("abc de\n") for _ in range(200))
    citaten = []
    for pk in range(1, 30):
        begin = rng.randrange(0, 199)
        eind = rng.randrange(begin + 1, 201)
        anker = Citaat.Anker.GEWIJZIGD if rng.random() < 0.1 else Citaat.Anker.OK
        citaten.append(Citaat(pk=pk, begin=begin, eind=eind, anker=anker))
    weergave = Matcher().pseudonimiseer(tekst)
    assert notities_met_markeringen(weergave=weergave, citaten=citaten) == _markeringen_naief(weergave, citaten)


def test_beoordelen_toont_eerst_wat_ik_nog_niet_beoordeelde(client, persona, traject, codes):
    citaten = _citaten(traject, interviews=2, per_interview=3)
    rust = codes["Rust en regie"]
    for citaat in citaten:
        tagging_create(citaat=citaat, code=rust, door=persona["expert"])
    beoordeeld = citaten[:2]
    for citaat in beoordeeld:
        citaat_beoordelen(citaat=citaat, door=persona["moderator"], oordelen={rust: "eens"}, toevoegen=[])
    client.force_login(persona["moderator"])
    pagina = client.get(reverse("codeboek:beoordelen", args=[traject.pk])).context["page_obj"]
    assert [c.door_mij_beoordeeld for c in pagina] == [False] * 4 + [True] * 2
    assert {c.pk for c in pagina if c.door_mij_beoordeeld} == {c.pk for c in beoordeeld}


def test_interviewpagina_toont_citaten_per_pagina_en_markeert_alle(client, team, traject):
    tekst = "\n".join(f"Regel {i}." for i in range(120))
    interview = InterviewFactory(traject=traject, notities=tekst)
    positie = 0
    for regel in tekst.split("\n"):
        CitaatFactory(interview=interview, begin=positie, eind=positie + len(regel), tekst=regel)
        positie += len(regel) + 1
    client.force_login(team)
    url = reverse("interviews:interview", args=[traject.pk, interview.pk])
    eerste = client.get(url)
    assert len(eerste.context["citaten"]) == 100
    assert eerste.context["citaten_pagina"].paginator.count == 120
    assert sum(1 for stuk in eerste.context["stukken"] if stuk.citaat_ids) == 120  # every quote marked
    tweede = client.get(url, {"page": 2})
    assert [r["citaat"].tekst for r in tweede.context["citaten"]] == [f"Regel {i}." for i in range(100, 120)]


@pytest.mark.parametrize("aantal", [5, 60])
def test_interviewpagina_aantal_queries_constant(client, persona, traject, django_assert_max_num_queries, aantal):
    tekst = "\n".join(f"Regel {i}." for i in range(aantal))
    interview = InterviewFactory(traject=traject, notities=tekst)
    positie = 0
    for regel in tekst.split("\n"):
        CitaatFactory(interview=interview, begin=positie, eind=positie + len(regel), tekst=regel)
        positie += len(regel) + 1
    client.force_login(persona["expert"])
    # 11 for the page, plus the tag control in every row: the taggings of the page and the codes, once
    # each, and the next untagged quote (its count, the first time, and its id).
    with django_assert_max_num_queries(15):
        assert client.get(reverse("interviews:interview", args=[traject.pk, interview.pk])).status_code == 200


@pytest.mark.parametrize("aantal", [3, 40])
def test_codeboek_aantal_queries_constant(client, team, traject, codes, django_assert_max_num_queries, aantal):
    for citaat in _citaten(traject, interviews=1, per_interview=aantal):
        tagging_create(citaat=citaat, code=codes["Rust en regie"], door=team)
    client.force_login(team)
    with django_assert_max_num_queries(5):
        assert client.get(reverse("codeboek:codeboek")).status_code == 200


def test_ongetagd_uit_de_cache_volgt_elke_wijziging(team, traject, codes, django_capture_on_commit_callbacks):
    """The cached count is dropped when a quote or tagging of the traject changes (after commit)."""
    from interviews.tellingen import ongetagd_aantal

    def na_commit(wijziging):
        with django_capture_on_commit_callbacks(execute=True):
            return wijziging()

    eerste, tweede = na_commit(lambda: _citaten(traject, interviews=1, per_interview=2))
    assert ongetagd_aantal(traject) == 2
    tagging = na_commit(lambda: tagging_create(citaat=eerste, code=codes["Rust en regie"], door=team))
    assert ongetagd_aantal(traject) == 1
    na_commit(lambda: tagging_remove(tagging=tagging, door=team))
    assert ongetagd_aantal(traject) == 2
    na_commit(lambda: CitaatFactory(interview=eerste.interview))
    assert ongetagd_aantal(traject) == 3
    na_commit(tweede.delete)
    assert ongetagd_aantal(traject) == 2
    na_commit(eerste.interview.delete)
    assert ongetagd_aantal(traject) == 0


def test_ongetagd_voor_veel_trajecten_leest_de_cache(traject, ander_traject, django_assert_num_queries):
    from interviews.tellingen import ongetagd_aantallen

    _citaten(traject, interviews=1, per_interview=3)
    assert ongetagd_aantallen([traject, ander_traject]) == {traject.pk: 3, ander_traject.pk: 0}
    with django_assert_num_queries(0):
        assert ongetagd_aantallen([traject, ander_traject]) == {traject.pk: 3, ander_traject.pk: 0}


def test_interviewfilter_biedt_de_nieuwste_en_het_gevraagde_interview(client, team, traject, monkeypatch):
    from interviews.forms import codeboek as forms_codeboek

    monkeypatch.setattr(forms_codeboek, "INTERVIEWS_IN_FILTER", 3)
    interviews = [InterviewFactory(traject=traject, datum=date(2026, 1, 1) + timedelta(days=i)) for i in range(5)]
    client.force_login(team)
    url = reverse("codeboek:citaten", args=[traject.pk])
    veld = client.get(url).context["form"]["interview"]
    assert [k for k, _ in veld.field.choices][1:] == [i.pk for i in reversed(interviews[2:])]
    assert "De 3 nieuwste interviews" in veld.help_text
    oud = client.get(url, {"interview": interviews[0].pk}).context["form"]
    assert oud.is_valid() and oud.cleaned_data["interview"] == interviews[0]


def test_hoogstens_telt_en_bladert_niet_verder_dan_de_grens(traject):
    citaten = _citaten(traject, interviews=2, per_interview=5)
    eerst = Citaat.objects.filter(pk__in=[c.pk for c in citaten[:7]]).order_by("pk")
    daarna = Citaat.objects.filter(pk__in=[c.pk for c in citaten[7:]]).order_by("pk")
    paginator = IdsEerstPaginator(
        [eerst, daarna], 4, laden=lambda ids: Citaat.objects.filter(ids).order_by("pk"), hoogstens=8
    )
    assert paginator.count == 8 and paginator.ingekort and paginator.num_pages == 2
    assert [c.pk for c in paginator.page(2)] == [*(c.pk for c in citaten[4:7]), citaten[7].pk]
    ruim = IdsEerstPaginator([eerst, daarna], 4, laden=lambda ids: Citaat.objects.filter(ids), hoogstens=10)
    assert ruim.count == 10 and not ruim.ingekort
