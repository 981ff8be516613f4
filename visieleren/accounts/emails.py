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

from visieleren.accounts.models import User, link_geldig_tot
from visieleren.core.taal import aantal
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


def geldigheid() -> str:
    """How long a set-password link works, in words: "3 dagen", "1 dag", "12 uur"."""
    seconden = settings.PASSWORD_RESET_TIMEOUT
    if seconden >= 86400 and seconden % 86400 == 0:
        return aantal(seconden // 86400, "dag,dagen")
    return aantal(max(seconden // 3600, 1), "uur,uur")


def _link_context(user: User, verstuurd_op) -> dict:
    """The link and until when it works: every e-mail with a set-password link states its expiry."""
    return {
        "user": user,
        "link": wachtwoord_link(user),
        "geldig": geldigheid(),
        "verloopt_op": link_geldig_tot(verstuurd_op),
    }


def uitnodiging_inplannen(*, user: User) -> None:
    """The invitation with a set-password link. A new one leaves earlier links working until they
    expire: the token generator keeps no state, and nothing it hashes changes here."""
    nu = timezone.now()
    mail_inplannen(
        aan=[user.email],
        onderwerp="Uitnodiging voor Visieleren",
        tekst=tekst_renderen("accounts/email/uitnodiging.txt", _link_context(user, nu)),
    )
    user.uitgenodigd_op = nu
    user.save(update_fields=["uitgenodigd_op"])


def wachtwoord_reset_inplannen(*, user: User) -> None:
    context = _link_context(user, timezone.now())
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
