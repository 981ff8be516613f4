import pytest
from django.urls import reverse

from tests.factories import TrajectFactory, UserFactory
from trajecten.models import TrajectRol
from visieleren.accounts.models import User
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db


def test_team_nodigt_persoon_uit_en_die_krijgt_een_link(client, team, mailoutbox, django_capture_on_commit_callbacks):
    client.force_login(team)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:uitnodigen"), {"naam": "Eva Expert", "email": "Eva@Voorbeeld.nl"})
    user = User.objects.get(email="eva@voorbeeld.nl")
    assert response.status_code == 302
    assert not user.has_usable_password()
    assert len(mailoutbox) == 1 and "wachtwoord-instellen" in mailoutbox[0].body
    assert AuditLog.objects.filter(actie="persoon uitgenodigd", object_id=str(user.pk)).exists()


def test_uitnodiging_met_link_stelt_wachtwoord_in(client, team, mailoutbox, django_capture_on_commit_callbacks):
    client.force_login(team)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:uitnodigen"), {"naam": "Eva", "email": "eva@voorbeeld.nl"})
    client.logout()
    link = next(regel for regel in mailoutbox[0].body.splitlines() if "wachtwoord-instellen" in regel)
    pad = link.split("8000", 1)[-1].strip() if "8000" in link else link
    response = client.get(pad, follow=True)
    formulier_url = response.redirect_chain[-1][0]
    response = client.post(
        formulier_url, {"new_password1": "Een-lang-wachtwoord-42", "new_password2": "Een-lang-wachtwoord-42"}
    )
    assert response.status_code == 302
    assert User.objects.get(email="eva@voorbeeld.nl").check_password("Een-lang-wachtwoord-42")


def test_uitnodigen_met_bestaand_adres_geeft_fout_naast_veld(client, team):
    UserFactory(email="dubbel@voorbeeld.nl")
    client.force_login(team)
    response = client.post(reverse("accounts:uitnodigen"), {"naam": "X", "email": "DUBBEL@voorbeeld.nl"})
    inhoud = response.content.decode()
    assert response.status_code == 200
    assert "Er bestaat al een account met dit e-mailadres." in inhoud
    assert 'value="X"' in inhoud  # nothing typed is lost
    assert 'aria-describedby="id_email_helptext id_email_error"' in inhoud


def test_team_geeft_en_neemt_rol(client, team):
    traject = TrajectFactory()
    expert = UserFactory()
    client.force_login(team)
    client.post(reverse("accounts:rol_toekennen", args=[expert.pk]), {"rol-traject": traject.pk, "rol-rol": "expert"})
    trajectrol = TrajectRol.objects.get(user=expert, traject=traject)
    assert AuditLog.objects.filter(traject=traject, actie="rol toegekend").exists()
    client.post(reverse("accounts:rol_intrekken", args=[expert.pk, trajectrol.pk]))
    assert not TrajectRol.objects.filter(user=expert).exists()
    assert AuditLog.objects.filter(traject=traject, actie="rol ingetrokken").exists()


def test_dubbele_rol_geeft_nette_fout(client, team):
    traject = TrajectFactory()
    expert = UserFactory()
    TrajectRol.objects.create(user=expert, traject=traject, rol="expert")
    client.force_login(team)
    response = client.post(
        reverse("accounts:rol_toekennen", args=[expert.pk]), {"rol-traject": traject.pk, "rol-rol": "expert"}
    )
    assert response.status_code == 400
    assert "heeft deze rol al" in response.content.decode()


def test_gedeactiveerde_persoon_kan_niet_inloggen(client, team):
    from tests.factories import WACHTWOORD

    user = UserFactory()
    client.force_login(team)
    client.post(reverse("accounts:activeren", args=[user.pk]), {"actief": "nee"})
    client.logout()
    user.refresh_from_db()
    assert not user.is_active
    response = client.post(reverse("login"), {"username": user.email, "password": WACHTWOORD})
    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated


def test_team_kan_zichzelf_niet_deactiveren(client, team):
    client.force_login(team)
    client.post(reverse("accounts:activeren", args=[team.pk]), {"actief": "nee"})
    team.refresh_from_db()
    assert team.is_active


def test_inloggen_met_email_hoofdletterongevoelig(client):
    from tests.factories import WACHTWOORD

    user = UserFactory(email="kees@voorbeeld.nl")
    response = client.post(reverse("login"), {"username": "Kees@Voorbeeld.nl", "password": WACHTWOORD})
    assert response.status_code == 302
    assert response.wsgi_request.user == user


def test_verkeerd_wachtwoord_geeft_nederlandse_fout(client):
    UserFactory(email="kees@voorbeeld.nl")
    response = client.post(reverse("login"), {"username": "kees@voorbeeld.nl", "password": "fout"})
    assert "Het e-mailadres of wachtwoord klopt niet" in response.content.decode()


def test_na_vijf_mislukte_pogingen_geblokkeerd(client):
    from tests.factories import WACHTWOORD

    UserFactory(email="kees@voorbeeld.nl")
    for _ in range(5):
        client.post(reverse("login"), {"username": "kees@voorbeeld.nl", "password": "fout"})
    response = client.post(reverse("login"), {"username": "kees@voorbeeld.nl", "password": WACHTWOORD})
    assert response.status_code == 429
    assert "Te veel mislukte inlogpogingen" in response.content.decode()


def test_wachtwoord_vergeten_stuurt_mail_via_taak(client, mailoutbox, django_capture_on_commit_callbacks):
    UserFactory(email="kees@voorbeeld.nl")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("password_reset"), {"email": "kees@voorbeeld.nl"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert mailoutbox[0].subject == "Nieuw wachtwoord instellen voor Visieleren"


def test_wachtwoord_vergeten_verraadt_niet_of_adres_bestaat(client, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": "onbekend@voorbeeld.nl"})
    assert response.status_code == 302
    assert mailoutbox == []


def test_mensen_lijst_zoekt(client, team):
    UserFactory(naam="Zoë Zoekbaar")
    UserFactory(naam="Ander Persoon")
    client.force_login(team)
    namen = [u.naam for u in client.get(reverse("accounts:mensen"), {"q": "zoek"}).context["page_obj"]]
    assert namen == ["Zoë Zoekbaar"]
