"""The six privacy leaks of issue 10, as a hostile tester would try them. Each failed on the old code.

Deelnemers with names that are easy to write differently: an Ĳ ligature, a double surname with a
tussenvoegsel, diacritics. Someone who may not see names (an expert, a moderator of another
interview) must not find any spelling of them anywhere.
"""

import re
import unicodedata
from datetime import date, timedelta

import pytest
from django.urls import reverse

from interviews.models import Code, Memo
from interviews.services.codeboek import memo_create
from interviews.services.interviews import bewaartermijn_toepassen, citaat_create
from tests.factories import CitaatFactory, DeelnemerFactory, InterviewFactory, TrajectCodeFactory, met_rol
from trajecten.models import Rol, Status
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db

NAMEN = ["Joke Ĳsselstein", "Anke de Vries-Hoekstra", "Ëlla Öztürk", "Gerda Jansen"]
# Every part of every name, folded: what must never be readable for an expert.
DELEN = ["joke", "ijsselstein", "anke", "vries", "hoekstra", "ella", "ozturk", "gerda", "jansen"]

VARIANTEN = (
    "IJsselstein belde. Mevrouw Hoekstra wacht. De Vries zei niets, hoekstra ook niet. "
    "Ella Ozturk en " + unicodedata.normalize("NFD", "Ëlla Öztürk") + " kwamen samen. Joke had gelijk. "
    "GERDA vond het goed."
)


def gevouwen(tekst: str) -> str:
    """Compatibility-decomposed, without diacritics, case-folded: how a reader recognises a name."""
    return "".join(t for t in unicodedata.normalize("NFKD", tekst) if not unicodedata.combining(t)).casefold()


def namen_in(tekst: str) -> list[str]:
    gevouwen_tekst = gevouwen(tekst)
    return [deel for deel in DELEN if re.search(rf"(?<!\w){deel}(?!\w)", gevouwen_tekst)]


@pytest.fixture
def deelnemers(traject):
    return [
        DeelnemerFactory(traject=traject, betrokkene__naam=naam, pseudoniem=f"Uitvoering {i + 1}")
        for i, naam in enumerate(NAMEN)
    ]


@pytest.fixture
def interview(traject, deelnemers, persona):
    """An interview moderated by someone else than the ``moderator`` persona (who moderates none)."""
    anders = met_rol(traject, Rol.MODERATOR)
    return InterviewFactory(
        traject=traject,
        deelnemer_a=deelnemers[0],
        deelnemer_b=deelnemers[1],
        moderator=anders,
        notities="Intro\n" + VARIANTEN,
    )


@pytest.fixture
def citaat(interview):
    return CitaatFactory(interview=interview, context="Joke Ĳsselstein over Anke")


def test_hulpje_herkent_de_varianten():
    assert namen_in(VARIANTEN) == ["joke", "ijsselstein", "vries", "hoekstra", "ella", "ozturk", "gerda"]


# ---- 1. Spelling variants ---------------------------------------------------------------------


@pytest.mark.parametrize("rol", ["expert", "moderator"])
def test_1_spellingvarianten_worden_vervangen(client, persona, traject, interview, citaat, rol):
    client.force_login(persona[rol])
    for url in [
        reverse("interviews:interview", args=[traject.pk, interview.pk]),
        reverse("codeboek:citaat", args=[traject.pk, citaat.pk]),
        reverse("codeboek:citaten", args=[traject.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        assert namen_in(response.content.decode()) == [], url


# ---- 2. Search --------------------------------------------------------------------------------


@pytest.mark.parametrize("q", ["Gérda", "Gërda", "GÉRDA", "gerda", "Ozturk", "Öztürk", "IJsselstein", "hoekstra"])
def test_2_zoeken_op_een_naamvariant_vindt_niets(client, persona, traject, interview, q):
    CitaatFactory(interview=interview, begin=6, eind=6 + len(VARIANTEN), tekst=VARIANTEN)
    client.force_login(persona["expert"])
    response = client.get(reverse("codeboek:citaten", args=[traject.pk]), {"q": q})
    assert response.status_code == 200
    assert "belde" not in response.content.decode()
    client.force_login(persona["team"])  # the team may search on names
    assert "belde" in client.get(reverse("codeboek:citaten", args=[traject.pk]), {"q": "Gerda"}).content.decode()


# ---- 3. Memos on a quote or an interview ------------------------------------------------------


def test_3_memos_worden_gepseudonimiseerd(client, persona, traject, interview, citaat):
    memo_create(citaat=citaat, tekst="Mevrouw Hoekstra bedoelt Gërda Jansen.", door=persona["team"])
    memo_create(interview=interview, tekst="Joke Ijsselstein was er ook.", door=persona["team"])
    for rol in ["expert", "moderator"]:
        client.force_login(persona[rol])
        for url in [
            reverse("codeboek:citaat", args=[traject.pk, citaat.pk]),
            reverse("codeboek:interview_memos", args=[traject.pk, interview.pk]),
        ]:
            tekst = client.get(url).content.decode()
            assert "bedoelt" in tekst or "was er ook" in tekst
            assert namen_in(tekst) == [], (rol, url)
    client.force_login(persona["team"])
    assert "Gërda Jansen" in client.get(reverse("codeboek:citaat", args=[traject.pk, citaat.pk])).content.decode()


# ---- 4. Memos on a shared code ----------------------------------------------------------------


def test_4_memo_op_gedeelde_code_blijft_bij_het_eigen_traject(client, persona, traject, ander_traject, deelnemers):
    code = Code.objects.filter(traject=None).first()
    moderator_elders = met_rol(ander_traject, Rol.MODERATOR)
    client.force_login(moderator_elders)
    assert client.post(reverse("codeboek:code_memo", args=[code.pk]), {"tekst": "Zoals Gerda zei."}).status_code == 302
    assert Memo.objects.get().traject == ander_traject
    client.force_login(persona["expert"])
    assert "Zoals" not in client.get(reverse("codeboek:code", args=[code.pk])).content.decode()
    # On the own traject a memo on a shared code is pseudonymised for whoever may not see names.
    client.post(reverse("codeboek:code_memo", args=[code.pk]), {"tekst": "Ook Gérda Jansen noemde dit."})
    tekst = client.get(reverse("codeboek:code", args=[code.pk])).content.decode()
    assert "noemde dit" in tekst and namen_in(tekst) == []


# ---- 5. A traject code of another traject -----------------------------------------------------


def test_5_trajectcode_van_ander_traject_is_nergens_te_zien(client, persona, traject, ander_traject, citaat):
    ouder = Code.objects.filter(traject=None).order_by("pk").first()
    TrajectCodeFactory(traject=ander_traject, naam="Eén loket", ouder=ouder)
    client.force_login(persona["moderator"])
    for url in [
        reverse("codeboek:codeboek"),
        reverse("codeboek:code", args=[ouder.pk]),
        reverse("codeboek:citaten", args=[traject.pk]),
        reverse("codeboek:citaat", args=[traject.pk, citaat.pk]),
        reverse("codeboek:trajectcode_nieuw", args=[traject.pk]),
    ]:
        assert "Eén loket" not in client.get(url).content.decode(), url


# ---- 6. Retention and the log -----------------------------------------------------------------


def test_6_logboek_bewaart_geen_persoonlijke_tekst(persona, traject, interview, deelnemers):
    begin = interview.notities.index("Mevrouw")
    citaat = citaat_create(
        interview=interview,
        begin=begin,
        eind=begin + len("Mevrouw Hoekstra wacht."),
        tekst="Mevrouw Hoekstra wacht.",
        spreker=deelnemers[0],
        door=persona["team"],
    )
    memo_create(citaat=citaat, tekst="Gerda Jansen bevestigt dit.", door=persona["team"])
    for regel in AuditLog.objects.all():
        assert namen_in(regel.object_omschrijving + str(regel.wijzigingen)) == [], regel.actie


def test_6_bewaartermijn_haalt_namen_uit_memos_en_oude_logregels(settings, traject, interview, citaat, persona):
    settings.AANTEKENINGEN_BEWAAR_DAGEN = 30
    traject.status, traject.werkelijke_eind = Status.AFGEROND, date.today() - timedelta(days=60)
    traject.save()
    memo = memo_create(citaat=citaat, tekst="Ëlla Öztürk en mevrouw De Vries-Hoekstra.", door=persona["team"])
    memo_create(interview=interview, tekst="Joke vertelde veel.", door=persona["team"])
    # A log row written before this fix, with the first characters of the memo in it.
    AuditLog.objects.create(
        actie="memo geschreven", object_type="memo", object_id=str(memo.pk), object_omschrijving=memo.tekst[:80],
        traject=traject, wijzigingen={"tekst": ["", memo.tekst]},
    )  # fmt: skip
    assert bewaartermijn_toepassen() == 1
    for memo in Memo.objects.all():
        assert namen_in(memo.tekst) == [], memo.tekst
    for regel in AuditLog.objects.filter(traject=traject):
        assert namen_in(regel.object_omschrijving + str(regel.wijzigingen)) == [], regel.actie
    citaat.refresh_from_db()
    assert namen_in(citaat.tekst + citaat.context) == []
