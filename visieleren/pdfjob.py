"""A PDF job: one document rendered (``visieleren.pdf.pdf_maken``) in a Celery task into private storage
(``STORAGES["private"]``), followed on its page with htmx, and sent only through one checked, logged
download. The quote cards (``ontwerp``), the eindrapportage (``borging``) and the rode-draden report use
it; each keeps its own template, context, file name, task and log line.

- ``PdfJob``: the abstract model mixin with the fields the three share (progress, error, SHA-256,
  pages). A model adds its own ``bestand`` FileField and names its status and time-ready fields.
- ``renderen``: idempotent. A job whose PDF is ready (klaar, with a file) is returned as it is; a job
  caught midway (a worker killed, ``acks_late`` delivers the task again) is rendered again under its
  fixed name after deleting what is there, so there is only ever one file. The SHA-256 of the bytes is
  stored with it.
- ``taak_uitvoeren``: the body of each app's Celery task (options ``TAAK_OPTIES``): a failure is tried
  again with backoff (2, 4, 8 s); after the last try, or at once when tasks run eagerly without a worker,
  the job is marked mislukt with a message the page shows, and the exception is raised again.
- ``download``: a ready job's file, only while its SHA-256 is still the one stored at rendering; the
  download is logged first. A file changed since is not sent: the job is marked mislukt (so it can be
  made again) and the user reads why.
- ``templates/pdf/_voortgang.html``: the progress partial, polled every two seconds while the job waits
  or runs.

The base imports no app: apps pass their models, callables and log functions in.
"""

import hashlib
import hmac
import logging
from collections.abc import Callable

from celery.exceptions import SoftTimeLimitExceeded
from django.contrib import messages
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.utils import timezone

from visieleren.pdf import Pdf

logger = logging.getLogger(__name__)

# The states every job shares (each model may add one for "not asked for yet").
WACHTRIJ, BEZIG, KLAAR, MISLUKT = "wachtrij", "bezig", "klaar", "mislukt"

# One task per job: late acknowledgement (a killed worker's task is delivered again), three retries,
# five minutes before the soft limit raises inside the render and six before the worker is killed.
TAAK_OPTIES = {"bind": True, "acks_late": True, "max_retries": 3, "soft_time_limit": 300, "time_limit": 360}

SHA_FOUT = "het bestand is gewijzigd na het maken: de SHA-256 klopt niet"


class PdfJob(models.Model):
    """The fields of a PDF job; the model adds ``bestand`` (a FileField in private storage)."""

    PDF_STATUS = "pdf_status"  # the name of the model's status field
    PDF_KLAAR_OP = "klaar_op"  # the name of its "ready at" field

    voortgang = models.PositiveSmallIntegerField("voortgang (%)", default=0)
    fout = models.CharField("foutmelding", max_length=500, blank=True)
    sha256 = models.CharField("SHA-256", max_length=64, blank=True)
    aantal_paginas = models.PositiveSmallIntegerField("pagina's", null=True, blank=True)

    class Meta:
        abstract = True

    def pdf_bestandsnaam(self) -> str:
        """The file's name in storage (fixed per job, so a second render replaces it)."""
        raise NotImplementedError

    def pdf_velden(self, pdf: Pdf) -> dict:
        """Extra fields to store with a rendered PDF."""
        return {}

    @property
    def pdf_status_waarde(self) -> str:
        return getattr(self, self.PDF_STATUS)

    @property
    def pdf_status_tekst(self) -> str:
        return getattr(self, f"get_{self.PDF_STATUS}_display")()

    @property
    def pdf_bezig(self) -> bool:
        """In the queue or being made: the page polls."""
        return self.pdf_status_waarde in (WACHTRIJ, BEZIG)

    @property
    def pdf_klaar(self) -> bool:
        return self.pdf_status_waarde == KLAAR and bool(self.bestand)

    @property
    def sha256_delen(self) -> list[str]:
        """The SHA-256 in parts of eight: the partial puts a <wbr> between them, so the 64 characters wrap
        on a phone (also in a bare htmx fragment, without CSS) and still copy as one string."""
        return [self.sha256[i : i + 8] for i in range(0, len(self.sha256), 8)]


def zet(job: PdfJob, **velden) -> None:
    """Change fields on the object and in the database at once (an UPDATE, not a save of everything)."""
    for naam, waarde in velden.items():
        setattr(job, naam, waarde)
    type(job).objects.filter(pk=job.pk).update(**velden)


def in_wachtrij(job: PdfJob, taak) -> None:
    """Queue the job's task after the commit, with its progress back at zero."""
    zet(job, **{job.PDF_STATUS: WACHTRIJ}, voortgang=0, fout="")
    transaction.on_commit(lambda: taak.delay(job.pk))


def renderen(job: PdfJob | None, *, context: Callable[[], dict], maken: Callable[[dict], Pdf]) -> PdfJob | None:
    """Render ``job``'s PDF into private storage: ``context()`` gathers what it shows, ``maken(context)``
    renders it. A job that is ready (or None: deleted meanwhile) is returned untouched."""
    if job is None or job.pdf_klaar:
        return job
    zet(job, **{job.PDF_STATUS: BEZIG}, voortgang=10, fout="")
    inhoud = context()
    zet(job, voortgang=40)
    pdf = maken(inhoud)
    zet(job, voortgang=90)
    naam = job.pdf_bestandsnaam()
    veld = job._meta.get_field("bestand")
    pad = veld.generate_filename(job, naam)
    if veld.storage.exists(pad):
        veld.storage.delete(pad)
    job.bestand.save(naam, ContentFile(pdf.inhoud), save=False)
    zet(
        job,
        bestand=job.bestand.name,
        sha256=hashlib.sha256(pdf.inhoud).hexdigest(),
        aantal_paginas=pdf.paginas,
        voortgang=100,
        **job.pdf_velden(pdf),
        **{job.PDF_STATUS: KLAAR, job.PDF_KLAAR_OP: timezone.now()},
    )
    return job


def foutmelding(fout: BaseException) -> str:
    """What the page says went wrong (stored in ``fout``)."""
    if isinstance(fout, SoftTimeLimitExceeded):
        return "het maken duurde te lang en is afgebroken"
    return f"{type(fout).__name__}: {fout}"


def mislukt(model: type[PdfJob], pk: int, melding: str) -> None:
    """Mark the job failed: the page shows ``melding`` and offers to try again."""
    model.objects.filter(pk=pk).update(**{model.PDF_STATUS: MISLUKT, "fout": melding[:500]})


def taak_uitvoeren(taak, model: type[PdfJob], pk: int, render: Callable[[], PdfJob | None]) -> int | None:
    """The body of a bound PDF task (``@shared_task(**TAAK_OPTIES)``): ``render()`` once, a failure
    retried with backoff, then shown as failed and raised again (never swallowed)."""
    try:
        job = render()
    except Exception as fout:
        # Eagerly (make run without Redis) there is no one to retry later: show the failure at once.
        if taak.request.is_eager or taak.request.retries >= taak.max_retries:
            logger.warning("PDF %s %s mislukt na %s pogingen", model._meta.label, pk, taak.request.retries + 1)
            mislukt(model, pk, foutmelding(fout))
            raise
        raise taak.retry(exc=fout, countdown=2 ** (taak.request.retries + 1)) from fout
    return job.pk if job else None


def _sha256(bestand) -> str:
    teller = hashlib.sha256()
    for blok in bestand.chunks():
        teller.update(blok)
    bestand.seek(0)
    return teller.hexdigest()


def download(request, job: PdfJob, *, gedownload: Callable[[], object], bestandsnaam: str | None = None):
    """The only way a job's PDF goes out (after the view's permission check): 404 while it is not ready
    or its file is gone; a file whose SHA-256 changed since rendering is refused (the job is marked
    mislukt, the user is sent back to its page with a message); otherwise ``gedownload()`` logs it and
    the file is sent as an attachment that no cache keeps."""
    if not job.pdf_klaar:
        raise Http404("De PDF is nog niet klaar.")
    try:
        bestand = job.bestand.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404("Het bestand is niet meer beschikbaar.") from None
    if not hmac.compare_digest(_sha256(bestand), job.sha256):
        bestand.close()
        logger.error("PDF %s %s: SHA-256 klopt niet, niet verstuurd", job._meta.label, job.pk)
        mislukt(type(job), job.pk, SHA_FOUT)
        messages.error(
            request,
            "De PDF is niet verstuurd: het bestand is gewijzigd sinds het werd gemaakt. "
            "Laat de PDF opnieuw maken of meld het het team.",
        )
        return redirect(job.get_absolute_url())
    gedownload()
    response = FileResponse(bestand, as_attachment=True, filename=bestandsnaam or job.pdf_bestandsnaam())
    response["Content-Type"] = "application/pdf"
    response["Cache-Control"] = "private, no-store"
    return response
