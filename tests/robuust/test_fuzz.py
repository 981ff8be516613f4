"""Fuzzing the public endpoints and forms with hypothesis: arbitrary Unicode, huge values, lists
instead of strings and missing fields give a clear answer (never a 500) and change nothing they
should not."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviews.models import Citaat, Memo, Tagging
from tests.factories import CitaatFactory, GemeenteFactory, InterviewFactory, TeamFactory, met_rol
from tests.trajecten.test_aanmelden import geladen
from trajecten.models import Aanmelding, Rol

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)

# Printable and hostile text: NUL, bidi overrides, combining marks, emoji, newlines; no lone
# surrogates (no browser or HTTP client can send them as UTF-8).
_LASTIG = "\x00\n\r\t\u202e\u200d\u0301😩👍🏽'\"<>&%;--"
tekst = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
    st.text(alphabet=_LASTIG + "ab", max_size=20),
    st.sampled_from(["", " ", "0", "-1", "99999999999999999999", "1e9", "x" * 6000, "null", "[]"]),
)
waarde = st.one_of(tekst, st.lists(tekst, max_size=3))  # a list is a repeated field (wrong type)


def _post(client, url, data):
    response = client.post(url, data)
    assert response.status_code < 500, (url, data, response.status_code)
    return response


@pytest.fixture(autouse=True)
def _ruim(settings):
    settings.AANMELDING_RATE_LIMIT = 10**6
    cache.clear()


AANMELD_VELDEN = [
    "contact_naam",
    "contact_functie",
    "contact_email",
    "contact_telefoon",
    "gemeenten",
    "gemeente_anders",
    "vraag",
    "context",
    "beleidsthemas",
    "betrokkenen",
    "gewenste_start",
    "toestemming",
    "website",
]


@FUZZ
@given(data=st.fixed_dictionaries({}, optional={veld: waarde for veld in AANMELD_VELDEN}))
def test_aanmelden_geeft_nooit_500(client, data):
    GemeenteFactory()
    voor = Aanmelding.objects.count()
    response = _post(client, "/aanmelden/", {**data, "geladen": geladen()})
    if response.status_code != 302:
        assert Aanmelding.objects.count() == voor


@FUZZ
@given(username=waarde, password=waarde)
def test_inloggen_geeft_nooit_500(db, username, password):
    cache.clear()
    client = Client()
    response = _post(client, reverse("login"), {"username": username, "password": password})
    assert response.status_code in (200, 400, 429)
    assert "_auth_user_id" not in client.session


@pytest.fixture
def interview_met_expert(traject):
    interview = InterviewFactory(traject=traject)
    expert = met_rol(traject, Rol.EXPERT)
    moderator = met_rol(traject, Rol.MODERATOR)
    interview.moderator = moderator
    interview.save()
    return interview, expert, moderator


@FUZZ
@given(data=st.fixed_dictionaries({}, optional={v: waarde for v in ["tekst", "begin", "eind", "spreker", "context"]}))
def test_citaat_maken_geeft_nooit_500_en_alleen_een_echt_citaat(client, interview_met_expert, data):
    interview, expert, _ = interview_met_expert
    client.force_login(expert)
    voor = set(Citaat.objects.values_list("pk", flat=True))
    response = _post(client, reverse("interviews:citaat_nieuw", args=[interview.traject_id, interview.pk]), data)
    nieuw = Citaat.objects.exclude(pk__in=voor)
    if response.status_code != 302:
        assert not nieuw.exists()
    for citaat in nieuw:
        assert interview.notities[citaat.begin : citaat.eind] == citaat.tekst


@FUZZ
@given(code=waarde)
def test_taggen_geeft_nooit_500(client, interview_met_expert, code):
    interview, expert, _ = interview_met_expert
    citaat = CitaatFactory(interview=interview)
    client.force_login(expert)
    response = _post(client, reverse("codeboek:tag_toevoegen", args=[interview.traject_id, citaat.pk]), {"code": code})
    if response.status_code not in (200, 302) or response.status_code == 200 and "fout" in response.content.decode():
        assert not Tagging.objects.filter(citaat=citaat).exists()


@FUZZ
@given(notities=waarde, versie=waarde)
def test_aantekeningen_en_autosave_geven_nooit_500(client, interview_met_expert, notities, versie):
    interview, _, moderator = interview_met_expert
    client.force_login(moderator)
    voor = type(interview).objects.values_list("notities", flat=True).get(pk=interview.pk)
    args = [interview.traject_id, interview.pk]
    _post(client, reverse("interviews:concept", args=args), {"notities": notities, "versie": versie})
    response = _post(client, reverse("interviews:aantekeningen", args=args), {"notities": notities, "versie": versie})
    na = type(interview).objects.values_list("notities", flat=True).get(pk=interview.pk)
    if response.status_code != 302:
        assert na == voor


@FUZZ
@given(memo=waarde)
def test_memo_geeft_nooit_500(client, interview_met_expert, memo):
    interview, expert, _ = interview_met_expert
    citaat = CitaatFactory(interview=interview)
    client.force_login(expert)
    voor = Memo.objects.count()
    response = _post(client, reverse("codeboek:citaat_memo", args=[interview.traject_id, citaat.pk]), {"tekst": memo})
    if response.status_code >= 400:
        assert Memo.objects.count() == voor


@FUZZ
@given(q=tekst, actief=tekst, page=tekst)
def test_zoeken_in_mensen_geeft_nooit_500(client, q, actief, page):
    team = TeamFactory()
    client.force_login(team)
    response = client.get("/mensen/", {"q": q, "actief": actief, "page": page})
    assert response.status_code in (200, 400)
