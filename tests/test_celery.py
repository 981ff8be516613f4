"""A task goes through Redis to a real worker (when REDIS_URL is set) and changes the database."""

import time

import pytest
from django.conf import settings

from tests.factories import TeamFactory
from visieleren.accounts import services
from visieleren.accounts.models import User
from visieleren.core.models import UitgaandeEmail


@pytest.mark.django_db(transaction=True)
def test_uitnodiging_gaat_via_celery_en_wordt_vastgelegd(echte_worker):
    team = TeamFactory()
    user = services.user_invite(email="nieuw@voorbeeld.nl", naam="Nieuwe Expert", door=team)
    if settings.REDIS_URL:
        assert echte_worker is not None
        # The worker runs in another process: wait (bounded) until it has sent the outbox row.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if not UitgaandeEmail.objects.exclude(status="verstuurd").exists():
                break
            time.sleep(0.1)
    user.refresh_from_db()
    assert user.uitgenodigd_op is not None
    assert UitgaandeEmail.objects.get().status == "verstuurd"


@pytest.mark.django_db
def test_een_verstuurde_email_gaat_niet_nog_eens(mailoutbox, django_capture_on_commit_callbacks):
    from visieleren.core.tasks import email_versturen

    user = User.objects.create_user(email="a@voorbeeld.nl", naam="A")
    with django_capture_on_commit_callbacks(execute=True):
        services.uitnodiging_versturen(user=user, door=None)
    email = UitgaandeEmail.objects.get()
    assert email_versturen.apply(args=[email.pk]).get() is False  # a redelivered task
    assert len(mailoutbox) == 1
    assert "wachtwoord-instellen" in mailoutbox[0].body


def test_celery_instellingen_voor_betrouwbaarheid():
    from visieleren.celery import app

    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.worker_prefetch_multiplier == 1
    assert app.conf.task_time_limit and app.conf.task_soft_time_limit
    assert "visibility_timeout" in app.conf.broker_transport_options
