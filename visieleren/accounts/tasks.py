from celery import shared_task
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from visieleren.accounts.models import User


@shared_task(bind=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def stuur_uitnodiging(self, user_id: int, aangevraagd_op: str) -> bool:
    """Send the set-password invitation. Idempotent: a redelivered task sends no second mail."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return False
    aangevraagd = parse_datetime(aangevraagd_op)
    if user.uitgenodigd_op and aangevraagd and user.uitgenodigd_op >= aangevraagd:
        return False
    link = settings.SITE_URL + reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    context = {"user": user, "link": link, "geldig_dagen": settings.PASSWORD_RESET_TIMEOUT // 86400}
    send_mail(
        subject="Uitnodiging voor Visieleren",
        message=render_to_string("accounts/email/uitnodiging.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )
    user.uitgenodigd_op = timezone.now()
    user.save(update_fields=["uitgenodigd_op"])
    return True


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def stuur_email(onderwerp: str, tekst: str, aan: list[str]) -> None:
    """Send an already rendered e-mail (password reset and other notices)."""
    send_mail(subject=onderwerp, message=tekst, from_email=None, recipient_list=aan)
