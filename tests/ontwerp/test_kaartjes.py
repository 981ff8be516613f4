"""Quote cards: released texts only, never a name, a tagged PDF rendered in a task, downloads logged."""

import io
import time

import pikepdf
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from interviews.models import Code
from ontwerp.models import Kaartenset
from ontwerp.services.kaartjes import KaartjesFout, kaartenset_create, kaartjes_renderen
from tests.factories import CitaatFactory, InterviewFactory, TaggingFactory, UserFactory
from tests.pdf_tekst import pdf_tekst
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db


NOTITIES = "Gesprek.\n" + "\n".join(f"Joke Jansen zegt: zin nummer {i} over de wachttijd." for i in range(12))


@pytest.fixture
def citaten(traject):
    interview = InterviewFactory(traject=traject, notities=NOTITIES)
    interview.deelnemer_a.betrokkene.naam = "Joke Jansen"
    interview.deelnemer_a.betrokkene.save()
    rust = Code.objects.get(groep="hoofdthema", naam="Rust en regie", ouder=None)
    lijst = []
    for i in range(12):
        tekst = f"Joke Jansen zegt: zin nummer {i} over de wachttijd."
        begin = NOTITIES.index(tekst)
        citaat = CitaatFactory(
            interview=interview,
            begin=begin,
            eind=begin + len(tekst),
            tekst=tekst,
            vrijgegeven=i < 9,
            vrijgegeven_tekst=f"Uitvoering zegt: zin nummer {i} over de wachttijd." if i < 9 else "",
            vrijgegeven_op=timezone.now() if i < 9 else None,
        )
        TaggingFactory(citaat=citaat, code=rust, door=UserFactory(naam="Eva Codeur"))
        lijst.append(citaat)
    return lijst


@pytest.mark.parametrize(("per_pagina", "paginas"), [(6, 2), (8, 2), (4, 3), (2, 5)])
def test_aantal_paginas_volgt_uit_aantal_kaartjes_per_pagina(traject, team, citaten, per_pagina, paginas, bij_commit):
    kaartenset = bij_commit(
        kaartenset_create, traject=traject, titel="Sessie", citaten=citaten, per_pagina=per_pagina, door=team
    )
    kaartenset.refresh_from_db()
    assert kaartenset.status == Kaartenset.Status.KLAAR  # eager in tests: rendered on commit
    assert kaartenset.citaten.count() == 9  # the three not released are left out
    with kaartenset.bestand.open("rb") as f:
        pdf = pikepdf.open(io.BytesIO(f.read()))
    assert len(pdf.pages) == paginas == kaartenset.aantal_paginas


def test_pdf_toont_vrijgegeven_tekst_perspectief_en_code_maar_nooit_een_naam(traject, team, citaten, bij_commit):
    kaartenset = bij_commit(
        kaartenset_create, traject=traject, titel="Sessie", citaten=citaten, per_pagina=6, door=team
    )
    kaartenset.refresh_from_db()
    with kaartenset.bestand.open("rb") as f:
        inhoud = f.read()
    tekst = pdf_tekst(inhoud)
    assert "zin nummer 3 over de wachttijd" in tekst
    assert "Uitvoering" in tekst and "Rust en regie" in tekst and traject.titel in tekst
    assert "Joke" not in tekst and "Jansen" not in tekst
    assert "zin nummer 10" not in tekst  # not released
    pdf = pikepdf.open(io.BytesIO(inhoud))
    assert str(pdf.Root.Lang) == "nl"
    assert bool(pdf.Root.MarkInfo.Marked) is True
    assert "/StructTreeRoot" in pdf.Root
    assert str(pdf.docinfo["/Title"]) == "Sessie"
    assert kaartenset.sha256 and len(kaartenset.sha256) == 64


def test_zonder_vrijgegeven_citaat_geen_set(traject, team, citaten):
    with pytest.raises(KaartjesFout):
        kaartenset_create(traject=traject, titel="Leeg", citaten=citaten[9:], per_pagina=6, door=team)


def test_citaat_zonder_toestemming_voor_het_traject_komt_niet_in_de_keuze(client, traject, team, citaten):
    spreker = citaten[0].spreker
    spreker.toestemming_traject_op = None
    spreker.save()
    client.force_login(team)
    pagina = client.get(reverse("ontwerp:kaartjes", args=[traject.pk]) + "?perspectief=")
    assert f'value="{citaten[0].pk}"' not in pagina.content.decode()


def test_renderen_is_idempotent(traject, team, citaten, settings, bij_commit):
    kaartenset = bij_commit(
        kaartenset_create, traject=traject, titel="Sessie", citaten=citaten, per_pagina=6, door=team
    )
    kaartenset.refresh_from_db()
    naam, sha = kaartenset.bestand.name, kaartenset.sha256
    kaartjes_renderen(kaartenset_id=kaartenset.pk)
    Kaartenset.objects.filter(pk=kaartenset.pk).update(status=Kaartenset.Status.BEZIG)
    kaartjes_renderen(kaartenset_id=kaartenset.pk)  # as after a worker was killed mid-task
    kaartenset.refresh_from_db()
    assert kaartenset.bestand.name == naam
    bestanden = list((settings.PRIVATE_MEDIA_ROOT / "kaartjes" / str(traject.pk) / str(kaartenset.pk)).iterdir())
    assert [p.name for p in bestanden] == [naam.rsplit("/", 1)[-1]]
    assert kaartenset.sha256 == sha


def test_in_de_browser_kiezen_maken_volgen_en_downloaden(client, persona, traject, citaten, bij_commit):
    client.force_login(persona["expert"])
    url = reverse("ontwerp:kaartjes", args=[traject.pk]) + "?perspectief=uitvoering"
    pagina = client.get(url).content.decode()
    assert "nog niet vrijgegeven" in pagina and "tekst controleren en vrijgeven" in pagina
    antwoord = bij_commit(
        client.post, url, {"titel": "Ontwerpsessie", "per_pagina": "6", "citaten": [c.pk for c in citaten[:3]]}
    )
    assert antwoord.status_code == 302
    kaartenset = Kaartenset.objects.get(titel="Ontwerpsessie")
    status = client.get(kaartenset.get_absolute_url(), HTTP_HX_REQUEST="true").content.decode()
    assert 'id="kaartenset-status"' in status and "downloaden" in status and "<html" not in status
    download = client.get(reverse("ontwerp:kaartenset_download", args=[traject.pk, kaartenset.pk]))
    assert download.status_code == 200 and download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert AuditLog.objects.filter(actie="kaartjes gedownload", actor=persona["expert"]).exists()


def test_niet_vrijgegeven_citaat_kan_niet_worden_gekozen(client, persona, traject, citaten):
    client.force_login(persona["expert"])
    url = reverse("ontwerp:kaartjes", args=[traject.pk]) + "?perspectief="
    antwoord = client.post(url, {"titel": "X", "per_pagina": "6", "citaten": [citaten[10].pk]})
    assert antwoord.status_code == 400
    assert not Kaartenset.objects.exists()


def test_mislukte_set_wordt_getoond_en_kan_opnieuw(client, persona, traject, citaten, monkeypatch, bij_commit):
    from ontwerp.services import kaartjes as services

    def kapot(*args, **kwargs):
        raise OSError("schijf vol")

    monkeypatch.setattr(services, "pdf_maken", kapot)
    client.force_login(persona["team"])
    url = reverse("ontwerp:kaartjes", args=[traject.pk]) + "?perspectief="
    with pytest.raises(OSError):
        bij_commit(client.post, url, {"titel": "Mislukt", "per_pagina": "6", "citaten": [citaten[0].pk]})
    kaartenset = Kaartenset.objects.get(titel="Mislukt")
    assert kaartenset.status == Kaartenset.Status.MISLUKT and "schijf vol" in kaartenset.fout
    pagina = client.get(kaartenset.get_absolute_url()).content.decode()
    assert "mislukt" in pagina and "Opnieuw proberen" in pagina
    monkeypatch.undo()
    bij_commit(client.post, reverse("ontwerp:kaartenset_opnieuw", args=[traject.pk, kaartenset.pk]))
    kaartenset.refresh_from_db()
    assert kaartenset.status == Kaartenset.Status.KLAAR


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_kaartjes_via_de_echte_worker(echte_worker, traject, team, citaten):
    """With REDIS_URL the task goes through Redis to a real Celery worker on the test database."""
    kaartenset = kaartenset_create(traject=traject, titel="Worker", citaten=citaten, per_pagina=6, door=team)
    if settings.REDIS_URL:
        assert echte_worker is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not Kaartenset.objects.get(pk=kaartenset.pk).afgerond:
            time.sleep(0.1)
    kaartenset.refresh_from_db()
    assert kaartenset.status == Kaartenset.Status.KLAAR
    assert kaartenset.aantal_paginas == 2
