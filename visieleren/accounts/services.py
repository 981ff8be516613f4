"""Writes on people: invitations, (de)activation and roles per traject. Each change is audited."""

from django.db import transaction
from django.utils import timezone

from trajecten.models import Rol, TrajectRol
from visieleren.accounts import emails
from visieleren.accounts.models import User
from visieleren.core.services import audit_log, wijzigingen_van


class RolBestaatAl(Exception):
    pass


class UitnodigingNietNodig(Exception):
    """A resend that makes no sense; the message is Dutch and says what to do instead."""


@transaction.atomic
def user_invite(*, email: str, naam: str, organisatie: str = "", is_team: bool = False, door) -> User:
    user = User.objects.create_user(email=email, password=None, naam=naam, organisatie=organisatie, is_team=is_team)
    audit_log(actor=door, actie="persoon uitgenodigd", obj=user, wijzigingen={"is_team": [None, is_team]})
    uitnodiging_versturen(user=user, door=door)
    return user


@transaction.atomic
def uitnodiging_versturen(*, user: User, door) -> None:
    """Put the invitation in the outbox; it is sent after commit (see visieleren/meldingen.py)."""
    emails.uitnodiging_inplannen(user=user)


@transaction.atomic
def uitnodiging_opnieuw_versturen(*, user: User, door) -> None:
    """The team resends an invitation (a new link; earlier links keep working until they expire).

    Refused for someone who already set a password: they log in, or ask a new password themselves
    with "Wachtwoord vergeten?". A set-password mail they did not ask for would only confuse them,
    and a team member pressing the button for an active account most likely meant someone else."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if not user.is_active:
        raise UitnodigingNietNodig(f"{user} heeft een gedeactiveerd account. Activeer eerst het account.")
    if not user.uitnodiging.kan_opnieuw:
        raise UitnodigingNietNodig(
            f"{user} heeft al een wachtwoord ingesteld en logt in met {user.email}; een nieuwe uitnodiging is "
            "niet nodig. Is het wachtwoord kwijt? Dan vraagt de persoon zelf een nieuw aan via ‘Wachtwoord "
            "vergeten?’ op de inlogpagina."
        )
    emails.uitnodiging_inplannen(user=user)
    audit_log(actor=door, actie="uitnodiging opnieuw verstuurd", obj=user)


def uitnodiging_vernieuwen_als_nodig(*, user: User, door) -> bool:
    """For someone invited again elsewhere (a new traject, the expert pool): an account that never got
    an invitation, or whose link expired, gets a new one. True when one went out."""
    if user.is_active and user.uitnodiging.stand in ("nog_niet", "verlopen"):
        uitnodiging_opnieuw_versturen(user=user, door=door)
        return True
    return False


@transaction.atomic
def user_update(*, user: User, naam: str, organisatie: str, is_team: bool, door) -> User:
    oud = {"naam": user.naam, "organisatie": user.organisatie, "is_team": user.is_team}
    user.naam, user.organisatie, user.is_team = naam, organisatie, is_team
    user.save(update_fields=["naam", "organisatie", "is_team"])
    nieuw = {"naam": naam, "organisatie": organisatie, "is_team": is_team}
    audit_log(actor=door, actie="persoon gewijzigd", obj=user, wijzigingen=wijzigingen_van(oud, nieuw))
    return user


@transaction.atomic
def user_set_active(*, user: User, actief: bool, door) -> User:
    if user.is_active == actief:
        return user
    user.is_active = actief
    user.save(update_fields=["is_active"])
    if not actief:
        sessies_beeindigen(user=user)
    audit_log(actor=door, actie="persoon geactiveerd" if actief else "persoon gedeactiveerd", obj=user)
    return user


@transaction.atomic
def rol_toekennen(*, user: User, traject, rol: str, door) -> TrajectRol:
    """Give a role on a traject; experts and moderators are told by e-mail after commit."""
    trajectrol, aangemaakt = TrajectRol.objects.get_or_create(user=user, traject=traject, rol=rol)
    if not aangemaakt:
        raise RolBestaatAl(f"{user} heeft deze rol al op dit traject.")
    if rol in (Rol.EXPERT, Rol.MODERATOR):
        emails.rol_melding_inplannen(trajectrol=trajectrol)
    audit_log(
        actor=door,
        actie="rol toegekend",
        obj=trajectrol,
        traject=traject,
        wijzigingen={"persoon": [None, str(user)], "rol": [None, trajectrol.get_rol_display()]},
    )
    return trajectrol


@transaction.atomic
def rol_intrekken(*, trajectrol: TrajectRol, door) -> None:
    audit_log(
        actor=door,
        actie="rol ingetrokken",
        obj=trajectrol,
        traject=trajectrol.traject,
        wijzigingen={"persoon": [str(trajectrol.user), None], "rol": [trajectrol.get_rol_display(), None]},
    )
    trajectrol.delete()


def sessies_beeindigen(*, user: User) -> int:
    """Log a person out everywhere. A deactivated person's old session must not come back to life
    when the account is activated again."""
    from django.contrib.sessions.models import Session

    weg = [
        sessie.pk
        for sessie in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if sessie.get_decoded().get("_auth_user_id") == str(user.pk)
    ]
    Session.objects.filter(pk__in=weg).delete()
    return len(weg)
