"""E-mails about people: the invitation, the password reset and the notice of a new role.

Rendered here and put in the outbox (``visieleren.meldingen``) inside the caller's transaction.
The base never imports an app's tasks or services: the role notice only names a template.
"""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from visieleren.accounts.models import User
from visieleren.meldingen import mail_inplannen, tekst_renderen


def wachtwoord_link(user: User) -> str:
    """The link to set a password; always on SITE_URL, never on the host a request claims."""
    return settings.SITE_URL + reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )


def uitnodiging_inplannen(*, user: User) -> None:
    context = {"user": user, "link": wachtwoord_link(user), "geldig_dagen": settings.PASSWORD_RESET_TIMEOUT // 86400}
    mail_inplannen(
        aan=[user.email],
        onderwerp="Uitnodiging voor Visieleren",
        tekst=tekst_renderen("accounts/email/uitnodiging.txt", context),
    )
    user.uitgenodigd_op = timezone.now()
    user.save(update_fields=["uitgenodigd_op"])


def wachtwoord_reset_inplannen(*, user: User) -> None:
    context = {"user": user, "link": wachtwoord_link(user)}
    mail_inplannen(
        aan=[user.email],
        onderwerp="Nieuw wachtwoord instellen voor Visieleren",
        tekst=tekst_renderen("registration/wachtwoord_email.txt", context),
    )


def rol_melding_inplannen(*, trajectrol) -> None:
    """Tell an expert or moderator they joined a traject; once per role."""
    if trajectrol.melding_verstuurd_op or not trajectrol.user.is_active:
        return
    traject = trajectrol.traject
    context = {
        "trajectrol": trajectrol,
        "traject": traject,
        "link": settings.SITE_URL + reverse("mijn_trajecten"),
        "traject_link": settings.SITE_URL + traject.get_absolute_url(),
    }
    mail_inplannen(
        aan=[trajectrol.user.email],
        onderwerp=f"U bent {trajectrol.get_rol_display().lower()} bij het Visieleertraject {traject}",
        tekst=tekst_renderen("trajecten/starten/email/expertteam_melding.txt", context),
        sleutel=f"trajectrol-{trajectrol.pk}-melding",
    )
    trajectrol.melding_verstuurd_op = timezone.now()
    trajectrol.save(update_fields=["melding_verstuurd_op"])
