"""The shared PDF job (visieleren/pdfjob.py) behind the quote cards, the eindrapportage and the rode-draden
report: idempotent rendering, failures that are retried and then shown (never swallowed), one progress
partial and one download that sends a file only while its SHA-256 is the one stored at rendering."""

import hashlib
from types import SimpleNamespace

import pytest
from celery.exceptions import Retry, SoftTimeLimitExceeded
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from borging.models import Eindrapportage, RapportDownload, Versie
from ontwerp.models import Kaartenset
from rodedraden.models import Rapportversie
from visieleren import pdfjob
from visieleren.core.models import AuditLog
from visieleren.pdf import Pdf

pytestmark = pytest.mark.django_db

NEP_PDF = Pdf(inhoud=b"%PDF-1.7\n% een nep-PDF voor de tests\n%%EOF\n", paginas=3)


def _kaartenset(traject, team):
    return Kaartenset.objects.create(traject=traject, titel="Sessie", aangemaakt_door=team)


def _eindrapportage(traject, team):
    rapport = Eindrapportage.objects.create(traject=traject)
    return Versie.objects.create(
        eindrapportage=rapport, nummer=1, status=Versie.Status.VASTGESTELD, vastgesteld_op=timezone.now()
    )


def _rode_draden(traject, team):
    return Rapportversie.objects.create(nummer=1, aangemaakt_door=team)


JOBS = {
    "kaartjes": (_kaartenset, lambda j: reverse("ontwerp:kaartenset_download", args=[j.traject_id, j.pk])),
    "eindrapportage": (_eindrapportage, lambda j: reverse("borging:versie_download", args=[j.traject.pk, j.pk])),
    "rode draden": (_rode_draden, lambda j: reverse("rodedraden:versie_download", args=[j.pk])),
}


@pytest.fixture(params=list(JOBS))
def soort(request):
    return request.param


@pytest.fixture
def job(soort, traject, team):
    return JOBS[soort][0](traject, team)


def _renderen(job, maken=lambda context: NEP_PDF):
    return pdfjob.renderen(job, context=lambda: {"titel": "x"}, maken=maken)


def test_de_drie_modellen_delen_de_velden_en_de_statussen():
    for model in (Kaartenset, Versie, Rapportversie):
        assert issubclass(model, pdfjob.PdfJob)
        for naam in ("voortgang", "fout", "sha256", "aantal_paginas", "bestand", model.PDF_STATUS, model.PDF_KLAAR_OP):
            model._meta.get_field(naam)
        waarden = {w for w, _ in model._meta.get_field(model.PDF_STATUS).choices}
        assert {pdfjob.WACHTRIJ, pdfjob.BEZIG, pdfjob.KLAAR, pdfjob.MISLUKT} <= waarden


def test_twee_keer_renderen_geeft_een_bestand(job, settings):
    aanroepen = []

    def maken(context):
        aanroepen.append(context)
        return NEP_PDF

    _renderen(job, maken)
    job.refresh_from_db()
    naam = job.bestand.name
    assert job.pdf_klaar and job.pdf_status_waarde == pdfjob.KLAAR and job.voortgang == 100
    assert job.sha256 == hashlib.sha256(NEP_PDF.inhoud).hexdigest() and job.aantal_paginas == 3
    assert getattr(job, job.PDF_KLAAR_OP) is not None
    _renderen(job, maken)  # delivered twice: nothing to do
    assert len(aanroepen) == 1
    type(job).objects.filter(pk=job.pk).update(**{job.PDF_STATUS: pdfjob.BEZIG})  # a worker killed mid-task
    job.refresh_from_db()
    _renderen(job, maken)
    job.refresh_from_db()
    assert len(aanroepen) == 2 and job.bestand.name == naam
    map_ = (settings.PRIVATE_MEDIA_ROOT / naam).parent
    assert [p.name for p in map_.iterdir()] == [naam.rsplit("/", 1)[-1]]


class _NepTaak:
    """Just enough of a bound Celery task: its request (eager or not, which try) and retry()."""

    max_retries = 3

    def __init__(self, *, retries=0, is_eager=False):
        self.request = SimpleNamespace(retries=retries, is_eager=is_eager)
        self.herhaald = []

    def retry(self, *, exc, countdown):
        self.herhaald.append((exc, countdown))
        return Retry(exc=exc, when=countdown)


def _kapot(context):
    raise OSError("schijf vol")


def test_een_fout_wordt_opnieuw_geprobeerd_en_daarna_getoond_nooit_ingeslikt(job):
    model = type(job)

    def uitvoeren(taak):
        return pdfjob.taak_uitvoeren(taak, model, job.pk, lambda: _renderen(model.objects.get(pk=job.pk), _kapot))

    for poging in range(3):
        taak = _NepTaak(retries=poging)
        with pytest.raises(Retry):
            uitvoeren(taak)
        assert taak.herhaald[0][1] == 2 ** (poging + 1)  # backoff 2, 4, 8 s
        job.refresh_from_db()
        assert job.pdf_status_waarde == pdfjob.BEZIG and not job.fout  # still being tried: not failed yet
    with pytest.raises(OSError, match="schijf vol"):  # the last try: marked failed, and raised again
        uitvoeren(_NepTaak(retries=3))
    job.refresh_from_db()
    assert job.pdf_status_waarde == pdfjob.MISLUKT and "schijf vol" in job.fout
    html = render_to_string("pdf/_voortgang.html", {"job": job, "id": "x", "wat": "de PDF"})
    assert "Het maken van de PDF is mislukt" in html and "schijf vol" in html and "hx-trigger" not in html


def test_zonder_worker_wordt_een_fout_meteen_getoond(job):
    model = type(job)
    with pytest.raises(OSError):
        pdfjob.taak_uitvoeren(
            _NepTaak(is_eager=True), model, job.pk, lambda: _renderen(model.objects.get(pk=job.pk), _kapot)
        )
    job.refresh_from_db()
    assert job.pdf_status_waarde == pdfjob.MISLUKT


def test_een_tijdslimiet_heeft_een_nederlandse_melding():
    melding = pdfjob.foutmelding(SoftTimeLimitExceeded())
    assert "duurde te lang" in melding and "SoftTimeLimit" not in melding
    assert pdfjob.foutmelding(OSError("schijf vol")) == "OSError: schijf vol"


def test_voortgang_pollt_zolang_de_job_loopt(job):
    job.refresh_from_db()
    pdfjob.zet(job, **{job.PDF_STATUS: pdfjob.WACHTRIJ})
    html = render_to_string("pdf/_voortgang.html", {"job": job, "id": "voortgang", "poll_url": "/peil/"})
    assert html.lstrip().startswith('<div id="voortgang"') and 'hx-get="/peil/"' in html
    assert "<progress" in html and 'hx-trigger="every 2s"' in html


def test_downloaden_controleert_de_sha256_en_logt(client, team, job, soort):
    _renderen(job)
    job.refresh_from_db()
    client.force_login(team)
    url = JOBS[soort][1](job)
    antwoord = client.get(url)
    assert antwoord.status_code == 200 and antwoord["Content-Type"] == "application/pdf"
    assert antwoord["Cache-Control"] == "private, no-store"
    assert b"".join(antwoord.streaming_content) == NEP_PDF.inhoud
    assert AuditLog.objects.filter(actie__contains="gedownload", actor=team).count() == 1


def test_een_gewijzigd_bestand_gaat_niet_de_deur_uit(client, team, job, soort):
    _renderen(job)
    job.refresh_from_db()
    with job.bestand.storage.open(job.bestand.name, "wb") as f:
        f.write(NEP_PDF.inhoud.replace(b"nep-PDF", b"NEP-pdf"))  # same size, other bytes
    client.force_login(team)
    antwoord = client.get(JOBS[soort][1](job))
    assert antwoord.status_code == 302 and antwoord["Location"] == job.get_absolute_url()
    assert not AuditLog.objects.filter(actie__contains="gedownload").exists()
    assert not RapportDownload.objects.exists()
    job.refresh_from_db()
    assert job.pdf_status_waarde == pdfjob.MISLUKT and "SHA-256" in job.fout
    pagina = client.get(antwoord["Location"]).content.decode()
    assert "De PDF is niet verstuurd" in pagina and "SHA-256 klopt niet" in pagina


def test_de_sha256_breekt_af_op_een_smal_scherm(job):
    _renderen(job)
    job.refresh_from_db()
    html = render_to_string("pdf/_voortgang.html", {"job": job, "id": "x"})
    assert html.count("<wbr>") == 7
    assert job.sha256 in html.replace("<wbr>", "")
