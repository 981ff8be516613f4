"""Versions of the rode-draden report: concept → vastgesteld, every version kept, a vastgestelde frozen
with a snapshot of what it showed; the PDF (tagged, Dutch, no names) in an idempotent task."""

import io

import pikepdf
import pytest
from django.urls import reverse

from interviews.models import Deelnemer
from rodedraden.models import Rapportversie
from rodedraden.services import rapport as services
from tests.pdf_tekst import pdf_tekst
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db

TEKSTEN = {"Rust en regie": {"inleiding": "INLEIDING rust.", "conclusie": "CONCLUSIE rust."}}


@pytest.fixture
def versie(drie, team):
    versie = services.rapportversie_create(trajecten=drie["trajecten"], genoemd=[], door=team)
    return services.rapportversie_bewerken(
        versie=versie, titel="Rode draden 2024", teksten=TEKSTEN, genoemd=[drie["alfa"]], door=team
    )


def test_vaststellen_bewaart_een_momentopname_die_niet_meer_verandert(versie, drie, team):
    services.rapportversie_vaststellen(versie=versie, door=team)
    versie.refresh_from_db()
    assert versie.vastgesteld and versie.vastgesteld_door == team
    voor = services.rapport_context(versie)["inhoud"]
    # Consent for the landelijk rapport withdrawn afterwards: the live report changes, the vastgestelde not.
    Deelnemer.objects.filter(traject=drie["alfa"]).update(toestemming_landelijk_op=None)
    versie.refresh_from_db()
    na = services.rapport_context(versie)["inhoud"]
    assert na == voor
    nieuw = services.rapportversie_create(trajecten=drie["trajecten"], genoemd=[], door=team)
    assert services.rapport_context(nieuw)["inhoud"] != voor


def test_vastgestelde_versie_kan_niet_worden_bewerkt(versie, team):
    services.rapportversie_vaststellen(versie=versie, door=team)
    with pytest.raises(services.RapportFout):
        services.rapportversie_bewerken(versie=versie, titel="Anders", teksten={}, genoemd=[], door=team)
    with pytest.raises(services.RapportFout):
        services.rapportversie_vaststellen(versie=versie, door=team)
    versie.refresh_from_db()
    assert versie.titel == "Rode draden 2024"


def test_elke_versie_blijft_en_een_nieuwe_begint_met_de_teksten_van_de_vorige(versie, drie, team):
    services.rapportversie_vaststellen(versie=versie, door=team)
    tweede = services.rapportversie_create(trajecten=drie["trajecten"][:2], genoemd=[], door=team)
    assert (versie.nummer, tweede.nummer) == (1, 2)
    assert tweede.teksten == TEKSTEN and tweede.titel == "Rode draden 2024"
    assert tweede.status == Rapportversie.Status.CONCEPT
    assert Rapportversie.objects.count() == 2


def test_team_bewerkt_concept_en_stelt_vast_via_de_paginas(client, team, drie):
    client.force_login(team)
    ids = [t.pk for t in drie["trajecten"]]
    antwoord = client.post(reverse("rodedraden:versie_nieuw"), {"trajecten": ids, "genoemd": [ids[0]]})
    versie = Rapportversie.objects.get()
    assert antwoord.status_code == 302 and antwoord["Location"] == versie.get_absolute_url()
    pagina = client.get(versie.get_absolute_url())
    velden = {naam: "" for naam in pagina.context["form"].fields}
    velden |= {"titel": "Nieuw", "inleiding_1": "Mijn inleiding over rust.", "genoemd": [ids[1]]}
    assert client.post(versie.get_absolute_url(), velden).status_code == 302
    versie.refresh_from_db()
    assert versie.teksten["Rust en regie"]["inleiding"] == "Mijn inleiding over rust."
    assert list(versie.trajecten_genoemd.values_list("pk", flat=True)) == [ids[1]]
    client.post(reverse("rodedraden:versie_vaststellen", args=[versie.pk]))
    versie.refresh_from_db()
    assert versie.vastgesteld
    pagina = client.get(versie.get_absolute_url())
    assert pagina.context["form"] is None and "Mijn inleiding over rust." in pagina.content.decode()
    client.post(versie.get_absolute_url(), velden | {"inleiding_1": "Later gewijzigd"})
    versie.refresh_from_db()
    assert versie.teksten["Rust en regie"]["inleiding"] == "Mijn inleiding over rust."


def test_lege_keuze_geeft_een_foutmelding_en_geen_versie(client, team, drie):
    client.force_login(team)
    client.post(reverse("rodedraden:versie_nieuw"), {"trajecten": []})
    assert not Rapportversie.objects.exists()
    antwoord = client.get(reverse("rodedraden:rapport"), {"trajecten": [], "genoemd": [drie["alfa"].pk]})
    assert antwoord.status_code == 400
    assert "Kies minstens één traject." in antwoord.content.decode()


def test_afdrukpagina_heeft_print_css_en_geen_namen(client, team, versie):
    client.force_login(team)
    pagina = client.get(reverse("rodedraden:versie_afdrukken", args=[versie.pk])).content.decode()
    assert '<html lang="nl">' in pagina and "rodedraden-print.css" in pagina
    assert "INLEIDING rust." in pagina and "CONCLUSIE rust." in pagina
    assert "Jan Jansen" not in pagina and "GEHEIM" not in pagina and "Uitvoering A" not in pagina


def test_pdf_is_getagd_nederlands_en_zonder_namen(client, team, versie, bij_commit):
    client.force_login(team)
    bij_commit(client.post, reverse("rodedraden:versie_pdf", args=[versie.pk]))
    versie.refresh_from_db()
    assert versie.pdf_status == Rapportversie.PdfStatus.KLAAR and len(versie.sha256) == 64
    download = client.get(reverse("rodedraden:versie_download", args=[versie.pk]))
    assert download.status_code == 200 and download["Content-Type"] == "application/pdf"
    inhoud = b"".join(download.streaming_content)
    pdf = pikepdf.open(io.BytesIO(inhoud))
    assert str(pdf.Root.Lang) == "nl"
    assert bool(pdf.Root.MarkInfo.Marked)
    assert "/StructTreeRoot" in pdf.Root
    tekst = pdf_tekst(inhoud)
    assert "INLEIDING rust." in tekst and "VRIJ Ik wacht al maanden." in tekst
    assert "(Alfa)" in tekst  # named by choice
    for verboden in ("Jan Jansen", "GEHEIM", "NIETVRIJ", "Uitvoering A", "Inwoner A", "Beleid G"):
        assert verboden not in tekst
    assert AuditLog.objects.filter(actie="rode-dradenrapport: PDF gedownload", actor=team).exists()


def test_renderen_is_idempotent(versie, team, settings, bij_commit, monkeypatch):
    bij_commit(services.pdf_aanvragen, versie=versie, door=team)
    versie.refresh_from_db()
    naam, sha = versie.bestand.name, versie.sha256
    aanroepen = []
    echt = services.pdf_maken
    monkeypatch.setattr(services, "pdf_maken", lambda *a, **k: aanroepen.append(1) or echt(*a, **k))
    services.rapport_renderen(versie_id=versie.pk)  # delivered twice: nothing to do
    assert aanroepen == []
    Rapportversie.objects.filter(pk=versie.pk).update(pdf_status=Rapportversie.PdfStatus.BEZIG)
    services.rapport_renderen(versie_id=versie.pk)  # as after a worker was killed mid-task
    versie.refresh_from_db()
    assert versie.bestand.name == naam and versie.sha256 == sha
    bestanden = list((settings.PRIVATE_MEDIA_ROOT / "rode-draden" / str(versie.pk)).iterdir())
    assert [p.name for p in bestanden] == [naam.rsplit("/", 1)[-1]]
    bij_commit(services.pdf_aanvragen, versie=versie, door=team)  # ready: not queued again
    assert len(aanroepen) == 1


def test_pdf_status_als_htmx_fragment_en_mislukt_kan_opnieuw(client, team, versie, monkeypatch, bij_commit):
    def kapot(*args, **kwargs):
        raise OSError("schijf vol")

    monkeypatch.setattr(services, "pdf_maken", kapot)
    client.force_login(team)
    url = reverse("rodedraden:versie_pdf", args=[versie.pk])
    with pytest.raises(OSError):
        bij_commit(client.post, url, HTTP_HX_REQUEST="true")
    fragment = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert 'id="rapport-pdf"' in fragment and "mislukt" in fragment and "<html" not in fragment
    monkeypatch.undo()
    bij_commit(client.post, url)
    versie.refresh_from_db()
    assert versie.pdf_status == Rapportversie.PdfStatus.KLAAR


def test_bewerken_van_concept_laat_oude_pdf_vervallen(versie, team, bij_commit):
    bij_commit(services.pdf_aanvragen, versie=versie, door=team)
    versie.refresh_from_db()
    assert versie.pdf_status == Rapportversie.PdfStatus.KLAAR
    services.rapportversie_bewerken(versie=versie, titel="Anders", teksten=TEKSTEN, genoemd=[], door=team)
    versie.refresh_from_db()
    assert versie.pdf_status == Rapportversie.PdfStatus.GEEN and not versie.bestand


def test_teruggedraaide_wijziging_laat_het_pdf_bestand_staan(versie, team, bij_commit):
    from django.db import transaction

    bij_commit(services.pdf_aanvragen, versie=versie, door=team)
    versie.refresh_from_db()
    naam = versie.bestand.name
    with transaction.atomic():
        services.rapportversie_vaststellen(versie=versie, door=team)
        transaction.set_rollback(True)
    assert versie.bestand.storage.exists(naam)
    bij_commit(services.rapportversie_vaststellen, versie=Rapportversie.objects.get(pk=versie.pk), door=team)
    assert not versie.bestand.storage.exists(naam)
