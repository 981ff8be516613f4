"""Memos on a quote, an interview or a code; visible to whoever may read the target."""

import pytest
from django.db import IntegrityError
from django.urls import reverse

from interviews.models import Memo
from interviews.services.codeboek import CodeboekFout, memo_create
from tests.factories import CodeFactory

pytestmark = pytest.mark.django_db


def test_expert_schrijft_memo_bij_citaat(client, persona, traject, citaat):
    client.force_login(persona["expert"])
    response = client.post(reverse("codeboek:citaat_memo", args=[traject.pk, citaat.pk]), {"tekst": "Sterk citaat."})
    assert response.status_code == 302
    memo = Memo.objects.get()
    assert (memo.citaat, memo.auteur, memo.tekst) == (citaat, persona["expert"], "Sterk citaat.")
    client.force_login(persona["moderator"])
    assert "Sterk citaat." in client.get(reverse("codeboek:citaat", args=[traject.pk, citaat.pk])).content.decode()
    lijst = client.get(reverse("codeboek:citaten", args=[traject.pk])).content.decode()
    assert "(1 memo)" in lijst


def test_lege_memo_geeft_nederlandse_fout(client, persona, traject, citaat):
    client.force_login(persona["expert"])
    response = client.post(reverse("codeboek:citaat_memo", args=[traject.pk, citaat.pk]), {"tekst": ""})
    assert response.status_code == 400
    assert "Vul de tekst van de memo in." in response.content.decode()


def test_memo_bij_interview(client, persona, traject, interview):
    client.force_login(persona["moderator"])
    url = reverse("codeboek:interview_memos", args=[traject.pk, interview.pk])
    assert client.post(url, {"tekst": "Gesprek liep stroef."}).status_code == 302
    assert Memo.objects.get().interview == interview
    assert "Gesprek liep stroef." in client.get(url).content.decode()


def test_memo_bij_code_voor_codeboeklezers(client, persona):
    code = CodeFactory(naam="Vertrouwen")
    client.force_login(persona["expert"])
    url = reverse("codeboek:code_memo", args=[code.pk])
    assert client.post(url, {"tekst": "Onderscheid met regie is lastig."}).status_code == 302
    assert "Onderscheid met regie is lastig." in client.get(reverse("codeboek:code", args=[code.pk])).content.decode()
    client.force_login(persona["contactpersoon"])
    assert client.post(url, {"tekst": "x"}).status_code == 403


def test_memos_van_ander_traject_zijn_onzichtbaar(client, persona, ander_traject, ander_citaat):
    interview = ander_citaat.interview
    memo_create(citaat=ander_citaat, tekst="Geheim", door=None)
    client.force_login(persona["expert"])
    assert client.get(reverse("codeboek:citaat", args=[ander_traject.pk, ander_citaat.pk])).status_code == 404
    assert client.get(reverse("codeboek:interview_memos", args=[ander_traject.pk, interview.pk])).status_code == 404
    code = CodeFactory(groep="traject", traject=ander_traject)
    assert client.post(reverse("codeboek:code_memo", args=[code.pk]), {"tekst": "x"}).status_code == 404


@pytest.mark.parametrize("rol", ["contactpersoon", "bestuurder"])
def test_contactpersoon_en_bestuurder_lezen_geen_memos(client, persona, traject, interview, rol):
    client.force_login(persona[rol])
    assert client.get(reverse("codeboek:interview_memos", args=[traject.pk, interview.pk])).status_code == 403


def test_memo_hoort_bij_precies_een_doel(citaat, interview):
    with pytest.raises(CodeboekFout):
        memo_create(citaat=citaat, interview=interview, tekst="Twee doelen", door=None)
    with pytest.raises(IntegrityError):
        Memo.objects.create(tekst="Geen doel")
