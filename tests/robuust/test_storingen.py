"""Fault tests against real services: a throwaway Redis, SMTP listeners on 127.0.0.1 and a Celery
worker that is killed with SIGKILL in the middle of sending."""

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid

import pytest
from django.db import connection
from django.urls import reverse

from tests.factories import TeamFactory
from tests.robuust.diensten import SmtpServer, celery_naar, eigen_redis
from visieleren import meldingen
from visieleren.core.models import UitgaandeEmail
from visieleren.core.tasks import emails_opnieuw_versturen


def _wachten_tot(voorwaarde, seconden=60):
    """Poll a condition on another process (bounded); returns whether it came true."""
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if voorwaarde():
            return True
        time.sleep(0.1)
    return False


def _worker(broker: str, queue: str, smtp_poort: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "visieleren.settings.test",
        "DATABASE_NAME": connection.settings_dict["NAME"],
        "REDIS_URL": broker,
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "CELERY_VISIBILITY_TIMEOUT": "2",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_poort),
        "EMAIL_TIMEOUT": "20",
        "EMAIL_LEASE": "1",
    }
    celery = shutil.which("celery", path=os.path.dirname(sys.executable))
    return subprocess.Popen(
        [celery, "-A", "visieleren", "worker", "--pool=solo", "--without-gossip", "--without-mingle", "-Q", queue]
        + ["-n", f"{queue}-{uuid.uuid4().hex[:4]}@localhost", "-l", "warning"],
        env=env,
    )


@pytest.mark.django_db(transaction=True)
def test_worker_gedood_midden_in_versturen_wordt_opnieuw_afgeleverd_en_stuurt_precies_een_email():
    from visieleren.celery import app

    # The broker is a Redis of this test alone, so the worker can consume the queue the app already uses.
    queue = app.amqp.default_queue.name
    with SmtpServer() as smtp, eigen_redis() as (broker, _stop), celery_naar(broker):
        smtp.stil_bij_verbinding.set()
        eerste = _worker(broker, queue, smtp.poort)
        tweede = None
        try:
            email = meldingen.mail_inplannen(aan=["fatma@deventer.example"], onderwerp="Test", tekst="Eén keer.")
            assert smtp.stil_bereikt.wait(60), "de worker maakte geen verbinding met de mailserver"
            eerste.send_signal(signal.SIGKILL)
            eerste.wait(10)
            gedood = time.monotonic()
            smtp.stil_bij_verbinding.clear()
            # Redis hands an unacknowledged task out again only after the visibility timeout (2 s
            # here); a worker restores such tasks when it starts, so start it after that.
            _wachten_tot(lambda: time.monotonic() - gedood > 2.5, 10)
            tweede = _worker(broker, queue, smtp.poort)
            assert _wachten_tot(lambda: UitgaandeEmail.objects.get(pk=email.pk).status == "verstuurd", 90)
        finally:
            for proces in (eerste, tweede):
                if proces is not None and proces.poll() is None:
                    proces.terminate()
                    proces.wait(20)
        assert len(smtp.berichten) == 1
        assert "fatma@deventer.example" in smtp.berichten[0]["aan"][0]
        assert UitgaandeEmail.objects.get(pk=email.pk).pogingen == 2


@pytest.mark.django_db(transaction=True)
def test_periodieke_taak_verstuurt_wat_bleef_liggen_toen_de_broker_plat_lag(client, broker_plat, settings):
    team = TeamFactory()
    client.force_login(team)
    assert client.post("/mensen/uitnodigen/", {"naam": "Nieuw", "email": "nieuw@voorbeeld.nl"}).status_code == 302
    email = UitgaandeEmail.objects.get()
    assert email.status == "wachtrij"
    with SmtpServer() as smtp:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", smtp.poort
        assert emails_opnieuw_versturen() == 1
        assert emails_opnieuw_versturen() == 0  # sent is sent
    assert len(smtp.berichten) == 1
    assert UitgaandeEmail.objects.get().status == "verstuurd"


@pytest.mark.django_db
def test_mislukte_email_staat_zichtbaar_in_beheer_en_kan_opnieuw(client, django_capture_on_commit_callbacks):
    team = TeamFactory(is_staff=True, is_superuser=True)
    email = UitgaandeEmail.objects.create(
        aan=["a@voorbeeld.nl"], onderwerp="Uw aanmelding", tekst="x", status="mislukt", laatste_fout="SMTPError: 550"
    )
    client.force_login(team)
    html = client.get(reverse("admin:core_uitgaandeemail_changelist") + "?status__exact=mislukt").content.decode()
    assert "Uw aanmelding" in html and "SMTPError: 550" in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:core_uitgaandeemail_changelist"),
            {"action": "opnieuw_proberen", "_selected_action": [email.pk]},
        )
    assert response.status_code == 302
    email.refresh_from_db()
    assert email.status == "verstuurd"  # eager in tests: queued and sent at once
