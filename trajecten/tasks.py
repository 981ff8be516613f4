"""Background tasks of trajecten: take ids, idempotent, queued on commit."""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from trajecten.models import TrajectRol


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def stuur_expertteam_melding(trajectrol_id: int) -> bool:
    """Tell an expert or moderator they joined a traject. A redelivered task sends no second mail."""
    trajectrol = (
        TrajectRol.objects.select_related("user", "traject")
        .filter(pk=trajectrol_id, melding_verstuurd_op__isnull=True, user__is_active=True)
        .first()
    )
    if trajectrol is None:
        return False
    context = {
        "trajectrol": trajectrol,
        "traject": trajectrol.traject,
        "link": settings.SITE_URL + reverse("mijn_trajecten"),
        "traject_link": settings.SITE_URL + trajectrol.traject.get_absolute_url(),
    }
    send_mail(
        subject=f"U bent {trajectrol.get_rol_display().lower()} bij het Visieleertraject {trajectrol.traject}",
        message=render_to_string("trajecten/email/expertteam_melding.txt", context),
        from_email=None,
        recipient_list=[trajectrol.user.email],
    )
    TrajectRol.objects.filter(pk=trajectrol.pk).update(melding_verstuurd_op=timezone.now())
    return True
