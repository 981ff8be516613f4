"""Pages of Luisteren: who may see and do what, names never shown outside the team, autosave, upload."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document as Docx

from interviews.models import AantekeningenConcept, Citaat, Deelnemer, Interview
from interviews.tekst import codepunt_naar_utf16
from tests.factories import (
    BetrokkeneFactory,
    CitaatFactory,
    DeelnemerFactory,
    InterviewFactory,
    TrajectFactory,
    duo_interview,
    met_rol,
)
from trajecten.models import Rol

pytestmark = pytest.mark.django_db

NOTITIES = (
    "Moderator: Sanne Bakker en Joris Smit interviewen elkaar.\n"
    "Sanne: ‘Ik moest mijn verhaal vijf keer vertellen 😩, aan vijf loketten.’\n"
    "Joris vraagt door. Sanne: ‘Pas bij het sociaal team kreeg ik één contactpersoon.’\n"
    "Joris: ‘Wij zien in de uitvoering hetzelfde: de regels zijn er voor ons, niet voor de inwoner.’"
)


@pytest.fixture
def interview(traject, persona):
    interview = duo_interview(traject=traject, moderator=persona["moderator"], notities=NOTITIES)
    tekst = "Pas bij het sociaal team kreeg ik één contactpersoon."
    begin = NOTITIES.index(tekst)
    CitaatFactory(interview=interview, begin=begin, eind=begin + len(tekst), tekst=tekst, spreker=interview.deelnemer_a)
    return interview


def url(naam, interview, *extra):
    return reverse(f"interviews:{naam}", args=[interview.traject_id, interview.pk, *extra])


LEZEN = {"team": 200, "expert": 200, "moderator": 200, "contactpersoon": 403, "bestuurder": 403, "buitenstaander": 404}
SCHRIJVEN = {**LEZEN, "expert": 403}
TEAM = {**LEZEN, "expert": 403, "moderator": 403}


@pytest.mark.parametrize("rol", LEZEN)
def test_wie_mag_interviews_lezen(client, persona, interview, rol):
    client.force_login(persona[rol])
    assert client.get(reverse("interviews:interviews", args=[interview.traject_id])).status_code == LEZEN[rol]
    assert client.get(interview.get_absolute_url()).status_code == LEZEN[rol]


@pytest.mark.parametrize("rol", SCHRIJVEN)
def test_alleen_team_en_moderator_van_het_interview_schrijven_aantekeningen(client, persona, interview, rol):
    client.force_login(persona[rol])
    assert client.get(url("aantekeningen", interview)).status_code == SCHRIJVEN[rol]


def test_andere_moderator_van_het_traject_schrijft_geen_aantekeningen(client, traject, interview):
    client.force_login(met_rol(traject, Rol.MODERATOR))
    assert client.get(url("aantekeningen", interview)).status_code == 403
    assert client.get(interview.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("rol", TEAM)
def test_deelnemers_en_nieuwe_interviews_zijn_voor_het_team(client, persona, interview, rol):
    client.force_login(persona[rol])
    assert client.get(reverse("interviews:deelnemers", args=[interview.traject_id])).status_code == TEAM[rol]
    assert client.get(reverse("interviews:interview_nieuw", args=[interview.traject_id])).status_code == TEAM[rol]
    deelnemer = interview.deelnemer_a
    intrekken = reverse("interviews:deelnemer_intrekken", args=[interview.traject_id, deelnemer.pk])
    assert client.get(intrekken).status_code == TEAM[rol]


def test_expert_van_ander_traject_kan_citaten_lezen_noch_maken(client, interview):
    ander = TrajectFactory()
    expert = met_rol(ander, Rol.EXPERT)
    client.force_login(expert)
    assert client.get(interview.get_absolute_url()).status_code == 404
    response = client.post(url("citaat_nieuw", interview), {"tekst": "Joris vraagt door.", "spreker": 1})
    assert response.status_code == 404
    # Nor by putting the interview under his own traject's URL.
    verkeerd = reverse("interviews:interview", args=[ander.pk, interview.pk])
    assert client.get(verkeerd).status_code == 404
    assert Citaat.objects.count() == 1


def test_contactpersoon_kan_geen_citaat_maken(client, persona, interview):
    client.force_login(persona["contactpersoon"])
    response = client.post(url("citaat_nieuw", interview), {"tekst": "Joris vraagt door."})
    assert response.status_code == 403


# ---- Names --------------------------------------------------------------------------------------


@pytest.mark.parametrize("rol", ["expert", "moderator"])
def test_expert_en_andere_moderator_zien_nooit_namen(client, traject, persona, interview, rol):
    user = persona[rol] if rol == "expert" else met_rol(traject, Rol.MODERATOR)
    client.force_login(user)
    for pagina in (interview.get_absolute_url(), reverse("interviews:interviews", args=[traject.pk])):
        html = client.get(pagina).content.decode()
        for naam in ("Sanne", "Bakker", "Joris", "Smit"):
            assert naam not in html, (pagina, naam)
    html = client.get(interview.get_absolute_url()).content.decode()
    assert "Inwoner 1: ‘Ik moest mijn verhaal" in html
    assert "Uitvoering 1 vraagt door" in html


@pytest.mark.parametrize("rol", ["team", "moderator"])
def test_team_en_moderator_van_het_interview_zien_namen(client, persona, interview, rol):
    client.force_login(persona[rol])
    html = client.get(interview.get_absolute_url()).content.decode()
    assert "Sanne: ‘Ik moest" in html
    assert "Inwoner 1 (Sanne Bakker)" in html


def test_geen_toegang_tot_aantekeningen_zonder_markdown_html(client, persona, interview):
    interview.notities = "Gewoon **vet** <script>alert('x')</script>"
    interview.save()
    client.force_login(persona["expert"])
    html = client.get(interview.get_absolute_url()).content.decode()
    assert "<strong>vet</strong>" in html
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html  # the plain view shows it escaped


# ---- Quotes through the page -------------------------------------------------------------------


def test_expert_maakt_citaat_van_selectie_met_utf16_offsets(client, persona, interview):
    client.force_login(persona["expert"])
    weergave = interview.notities
    for naam, pseudoniem in [("Sanne Bakker", "Inwoner 1"), ("Joris Smit", "Uitvoering 1")]:
        weergave = weergave.replace(naam, pseudoniem).replace(naam.split()[0], pseudoniem)
    tekst = "Ik moest mijn verhaal vijf keer vertellen 😩, aan vijf loketten."
    begin = codepunt_naar_utf16(weergave, weergave.index(tekst))
    eind = begin + len(tekst.encode("utf-16-le")) // 2
    response = client.post(
        url("citaat_nieuw", interview),
        {"tekst": tekst, "begin": begin, "eind": eind, "spreker": interview.deelnemer_a.pk, "context": "Over loketten"},
    )
    assert response.status_code == 302
    citaat = Citaat.objects.get(context="Over loketten")
    assert interview.notities[citaat.begin : citaat.eind] == tekst == citaat.tekst
    assert citaat.spreker == interview.deelnemer_a


def test_citaat_met_naam_erin_wordt_voor_expert_als_schuilnaam_getoond(client, persona, interview):
    client.force_login(persona["expert"])
    response = client.post(
        url("citaat_nieuw", interview),
        {"tekst": "Uitvoering 1 vraagt door.", "spreker": interview.deelnemer_b.pk},
    )
    assert response.status_code == 302
    citaat = Citaat.objects.latest("pk")
    assert citaat.tekst == "Joris vraagt door."  # the stored text is the real one
    html = client.get(interview.get_absolute_url()).content.decode()
    assert "Joris" not in html and "Uitvoering 1 vraagt door." in html


def test_getypte_tekst_die_vaker_voorkomt_laat_kiezen(client, persona, interview):
    client.force_login(persona["team"])
    data = {"tekst": "aan vijf", "spreker": interview.deelnemer_a.pk}
    interview.notities = interview.notities + "\nNog eens: aan vijf."
    interview.save()
    response = client.post(url("citaat_nieuw", interview), data)
    assert response.status_code == 400
    assert "Kies welke u bedoelt" in response.content.decode()
    response = client.post(url("citaat_nieuw", interview), {**data, "voorkomen": "2"})
    assert response.status_code == 302
    citaat = Citaat.objects.latest("pk")
    assert citaat.begin == interview.notities.rindex("aan vijf")


def test_citaat_zonder_toestemming_geeft_nederlandse_melding(client, persona, interview):
    Deelnemer.objects.filter(pk=interview.deelnemer_b_id).update(toestemming_op=None)
    client.force_login(persona["team"])
    response = client.post(
        url("citaat_nieuw", interview), {"tekst": "Joris vraagt door.", "spreker": interview.deelnemer_b.pk}
    )
    assert response.status_code == 400
    assert "geen citaten worden gemaakt" in response.content.decode()
    assert Citaat.objects.count() == 1


def test_tekst_die_niet_voorkomt_geeft_fout_bij_het_veld(client, persona, interview):
    client.force_login(persona["expert"])
    response = client.post(
        url("citaat_nieuw", interview), {"tekst": "Dit zei niemand.", "spreker": interview.deelnemer_a.pk}
    )
    assert response.status_code == 400
    assert "Dit zei niemand." in response.content.decode()  # nothing typed is lost
    assert "komt niet letterlijk zo voor" in response.content.decode()


# ---- Autosave and draft ------------------------------------------------------------------------


def test_autosave_bewaart_concept_en_de_pagina_biedt_herstel_aan(client, persona, interview):
    client.force_login(persona["moderator"])
    response = client.post(
        url("concept", interview), {"notities": "Nieuwe zin die nog niet is opgeslagen"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert "Concept bewaard om" in response.content.decode()
    interview.refresh_from_db()
    assert (
        AantekeningenConcept.objects.filter(interview=interview, user=persona["moderator"])
        .values_list("tekst", flat=True)
        .first()
        == "Nieuwe zin die nog niet is opgeslagen"
    )
    assert interview.notities == NOTITIES
    # The session is lost, the moderator logs in again and opens the page.
    client.logout()
    client.force_login(persona["moderator"])
    html = client.get(url("aantekeningen", interview)).content.decode()
    assert "U heeft een niet-opgeslagen concept van" in html
    html = client.get(url("aantekeningen", interview) + "?concept=herstellen").content.decode()
    assert "Nieuwe zin die nog niet is opgeslagen</textarea>" in html
    client.post(url("concept_weggooien", interview))
    assert not AantekeningenConcept.objects.exists()
    assert "niet-opgeslagen concept" not in client.get(url("aantekeningen", interview)).content.decode()


def test_autosave_zonder_sessie_wisselt_geen_inlogpagina_in(client, interview):
    response = client.post(url("concept", interview), {"notities": "x"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "niet meer ingelogd" in response.content.decode()
    assert 'id="concept-status"' in response.content.decode()  # the next autosave still finds its target
    assert not AantekeningenConcept.objects.exists()


def test_concept_bewaren_werkt_zonder_javascript(client, persona, interview):
    client.force_login(persona["team"])
    response = client.post(url("concept", interview), {"notities": "Zonder script"})
    assert response.status_code == 302
    assert (
        AantekeningenConcept.objects.filter(interview=interview, user=persona["team"])
        .values_list("tekst", flat=True)
        .first()
        == "Zonder script"
    )


def test_opslaan_van_aantekeningen_verankert_en_meldt(client, persona, interview):
    client.force_login(persona["moderator"])
    nieuw = "Datum: 12 maart.\r\n" + NOTITIES
    response = client.post(url("aantekeningen", interview), {"notities": nieuw}, follow=True)
    assert "opnieuw gevonden" in response.content.decode()
    citaat = Citaat.objects.get()
    interview.refresh_from_db()
    assert citaat.anker == Citaat.Anker.VERPLAATST
    assert interview.notities[citaat.begin : citaat.eind] == citaat.tekst


# ---- Upload ------------------------------------------------------------------------------------


def _docx(*alineas):
    document = Docx()
    for alinea in alineas:
        document.add_paragraph(alinea)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_upload_van_txt_en_docx(client, persona, interview):
    client.force_login(persona["moderator"])
    txt = SimpleUploadedFile("notities.txt", "Eerste regel\r\nTweede regel met é en 😀\r\n".encode())
    assert client.post(url("aantekeningen_upload", interview), {"bestand": txt}).status_code == 302
    interview.refresh_from_db()
    assert interview.notities == "Eerste regel\nTweede regel met é en 😀\n"
    docx = SimpleUploadedFile("notities.docx", _docx("Kop", "Pas bij het sociaal team kreeg ik één contactpersoon."))
    assert client.post(url("aantekeningen_upload", interview), {"bestand": docx}).status_code == 302
    interview.refresh_from_db()
    assert interview.notities == "Kop\nPas bij het sociaal team kreeg ik één contactpersoon."
    assert Citaat.objects.get().anker == Citaat.Anker.VERPLAATST


@pytest.mark.parametrize(
    ("naam", "inhoud", "melding"),
    [
        ("notities.pdf", b"%PDF-1.7", "Alleen .txt- en .docx-bestanden"),
        ("notities.docx", b"geen zip", "geen geldig Word-bestand"),
        ("notities.txt", b"\x00\x01binair", "geen tekstbestand"),
        ("groot.txt", b"a" * (2 * 1024 * 1024 + 1), "groter dan 2 MB"),
    ],
)
def test_upload_weigert_verkeerde_bestanden_met_duidelijke_melding(client, persona, interview, naam, inhoud, melding):
    client.force_login(persona["team"])
    response = client.post(url("aantekeningen_upload", interview), {"bestand": SimpleUploadedFile(naam, inhoud)})
    assert response.status_code == 400
    assert melding in response.content.decode()
    interview.refresh_from_db()
    assert interview.notities == NOTITIES


# ---- Deelnemers and interviews through the pages ------------------------------------------------


def test_team_voegt_deelnemer_toe_van_de_kaart_en_een_nieuwe(client, persona, traject):
    client.force_login(persona["team"])
    bestaand = BetrokkeneFactory(traject=traject, perspectief="bestuur", naam="Wethouder Wit")
    pagina = reverse("interviews:deelnemers", args=[traject.pk])
    response = client.post(pagina, {"betrokkene": bestaand.pk, "toestemming_op": "2024-03-01"})
    assert response.status_code == 302
    response = client.post(pagina, {"naam": "Nieuwe Inwoner", "perspectief": "inwoner"})
    assert response.status_code == 302
    assert sorted(Deelnemer.objects.values_list("pseudoniem", flat=True)) == ["Bestuur 1", "Inwoner 1"]
    response = client.post(pagina, {"naam": ""})
    assert response.status_code == 400
    assert "vul de naam van een nieuwe persoon in" in response.content.decode()


def test_team_maakt_interview_en_krijgt_waarschuwing_bij_zelfde_perspectief(client, persona, traject):
    client.force_login(persona["team"])
    a = DeelnemerFactory(traject=traject, betrokkene__perspectief="beleid")
    b = DeelnemerFactory(traject=traject, betrokkene__perspectief="beleid")
    response = client.post(
        reverse("interviews:interview_nieuw", args=[traject.pk]),
        {"datum": "2024-04-02", "deelnemer_a": a.pk, "deelnemer_b": b.pk, "moderator": persona["moderator"].pk},
        follow=True,
    )
    assert Interview.objects.get().moderator == persona["moderator"]
    assert "hetzelfde perspectief" in response.content.decode()


def test_intrekken_via_de_pagina_vraagt_bevestiging(client, persona, interview):
    client.force_login(persona["team"])
    pagina = reverse("interviews:deelnemer_intrekken", args=[interview.traject_id, interview.deelnemer_a_id])
    assert "1 citaat van Inwoner 1" in client.get(pagina).content.decode()
    response = client.post(pagina, {"wijze": "citaten", "ingetrokken_op": "2024-05-01"})
    assert response.status_code == 400 and Citaat.objects.count() == 1
    response = client.post(pagina, {"wijze": "citaten", "ingetrokken_op": "2024-05-01", "bevestig": "on"})
    assert response.status_code == 302 and Citaat.objects.count() == 0
    assert Deelnemer.objects.get(pk=interview.deelnemer_a_id).toestemming_ingetrokken_op == datetime.date(2024, 5, 1)


def test_trajectpagina_linkt_naar_de_interviews(client, persona, interview):
    client.force_login(persona["expert"])
    html = client.get(interview.traject.get_absolute_url()).content.decode()
    assert reverse("interviews:interviews", args=[interview.traject_id]) in html
    client.force_login(persona["contactpersoon"])
    html = client.get(interview.traject.get_absolute_url()).content.decode()
    assert reverse("interviews:interviews", args=[interview.traject_id]) not in html


# ---- Query counts ------------------------------------------------------------------------------


@pytest.mark.parametrize("rol", ["team", "expert"])
def test_interviewlijst_heeft_een_vast_aantal_queries(client, persona, traject, django_assert_max_num_queries, rol):
    client.force_login(persona[rol])
    pagina = reverse("interviews:interviews", args=[traject.pk])
    InterviewFactory(traject=traject)
    with django_assert_max_num_queries(12) as weinig:
        client.get(pagina)
    for _ in range(10):
        interview = InterviewFactory(traject=traject, moderator=persona["moderator"])
        CitaatFactory(interview=interview)
    with django_assert_max_num_queries(len(weinig.captured_queries)):
        assert client.get(pagina).status_code == 200


def test_interviewpagina_heeft_een_vast_aantal_queries(client, persona, interview, django_assert_max_num_queries):
    client.force_login(persona["expert"])
    with django_assert_max_num_queries(20) as weinig:
        client.get(interview.get_absolute_url())
    for _ in range(8):
        CitaatFactory(interview=interview, begin=0, eind=9, tekst=interview.notities[:9])
    with django_assert_max_num_queries(len(weinig.captured_queries)):
        assert client.get(interview.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(("rol", "status"), [("moderator", 302), ("team", 302), ("expert", 403)])
def test_citaat_verwijderen_door_team_of_moderator_van_het_interview(client, persona, interview, rol, status):
    client.force_login(persona[rol])
    citaat = Citaat.objects.get()
    assert client.get(url("citaat_verwijderen", interview, citaat.pk)).status_code == (200 if status == 302 else 403)
    assert client.post(url("citaat_verwijderen", interview, citaat.pk)).status_code == status
    assert Citaat.objects.exists() == (status == 403)


def test_team_wijzigt_datum_en_moderator(client, persona, interview, traject):
    client.force_login(persona["team"])
    response = client.post(url("interview_wijzigen", interview), {"datum": "2024-06-01", "moderator": ""})
    assert response.status_code == 302
    interview.refresh_from_db()
    assert (interview.datum, interview.moderator) == (datetime.date(2024, 6, 1), None)
    expert = persona["expert"]
    response = client.post(url("interview_wijzigen", interview), {"datum": "2024-06-01", "moderator": expert.pk})
    assert response.status_code == 400  # an expert without the moderator role is not offered


def test_aantekeningenpagina_bewaart_automatisch_tijdens_het_typen(client, persona, interview):
    client.force_login(persona["moderator"])
    html = client.get(url("aantekeningen", interview)).content.decode()
    assert f'hx-post="{url("concept", interview)}"' in html
    assert 'hx-trigger="keyup changed delay:2s' in html


def test_citaat_teksten_voor_lijsten_zonder_namen_en_met_vaste_queries(
    persona, traject, interview, django_assert_max_num_queries
):
    from interviews.selectors.interviews import citaat_teksten

    ander = InterviewFactory(traject=traject, deelnemer_a=interview.deelnemer_a, deelnemer_b=interview.deelnemer_b)
    ander.notities = "Sanne Bakker zei: genoeg."
    ander.save()
    CitaatFactory(interview=ander, begin=0, eind=len(ander.notities), tekst=ander.notities)
    CitaatFactory(interview=interview, begin=0, eind=len(interview.notities), tekst=interview.notities)
    citaten = list(Citaat.objects.filter(interview__traject=traject))
    with django_assert_max_num_queries(3):
        expert = citaat_teksten(traject=traject, user=persona["expert"], citaten=citaten)
    assert all("Sanne" not in t and "Joris" not in t for t in expert.values())
    moderator = citaat_teksten(traject=traject, user=persona["moderator"], citaten=citaten)
    # The moderator of `interview` sees names there, not in the interview he did not moderate.
    assert any("Sanne Bakker" in t for t in moderator.values())
    assert "Inwoner 1 zei: genoeg." in moderator.values()
    assert (
        "Sanne Bakker zei: genoeg." in citaat_teksten(traject=traject, user=persona["team"], citaten=citaten).values()
    )


def test_deelnemerspagina_heeft_een_vast_aantal_queries(client, persona, traject, django_assert_max_num_queries):
    client.force_login(persona["team"])
    pagina = reverse("interviews:deelnemers", args=[traject.pk])
    DeelnemerFactory(traject=traject)
    with django_assert_max_num_queries(15) as weinig:
        client.get(pagina)
    for _ in range(10):
        DeelnemerFactory(traject=traject)
        BetrokkeneFactory(traject=traject)
    with django_assert_max_num_queries(len(weinig.captured_queries)):
        assert client.get(pagina).status_code == 200
