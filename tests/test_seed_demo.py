import pytest
from django.core.management import CommandError, call_command

from trajecten.models import Gemeente, Status, Traject, TrajectRol
from visieleren.accounts.models import User

pytestmark = pytest.mark.django_db


@pytest.mark.smoke
def test_seed_demo_laadt_tabel_1_en_is_idempotent():
    call_command("seed_demo", force=True)
    eerste = (Traject.objects.count(), Gemeente.objects.count(), User.objects.count(), TrajectRol.objects.count())
    call_command("seed_demo", force=True)
    assert (
        Traject.objects.count(),
        Gemeente.objects.count(),
        User.objects.count(),
        TrajectRol.objects.count(),
    ) == eerste
    assert eerste[0] == 9


def test_seed_demo_zet_status_zoals_de_tabel():
    call_command("seed_demo", force=True)
    status = dict(Traject.objects.values_list("titel", "status"))
    assert status["Oldenzaal"] == Status.GESTOPT
    assert status["Westland"] == Status.GEANNULEERD
    assert status["Hoorn"] == Status.AFGEROND
    twenterand = Traject.objects.get(titel="Twenterand")
    assert (twenterand.status, twenterand.fase) == (Status.LOPEND, "borgen")
    assert not twenterand.is_over_tijd
    assert Traject.objects.get(titel="Oldenzaal").reden_einde


def test_seed_demo_regio_groepeert_gemeenten():
    call_command("seed_demo", force=True)
    regio = Gemeente.objects.get(naam="West Brabant Oost")
    assert regio.soort == Gemeente.Soort.REGIO
    assert regio.leden.filter(naam="Breda").exists()
    assert Traject.objects.get(titel="West Brabant Oost").gemeenten.get() == regio


def test_seed_demo_maakt_een_account_per_rol():
    call_command("seed_demo", force=True)
    assert User.objects.get(email="team@visieleren.test").is_team
    for rol in ["expert", "moderator", "contactpersoon", "bestuurder"]:
        assert TrajectRol.objects.filter(rol=rol).exists()
    assert User.objects.get(email="expert@visieleren.test").check_password("visieleren-demo")


def test_seed_demo_weigert_zonder_debug_of_force(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_demo")


def test_seed_demo_laadt_aanmeldingen_in_elke_status_idempotent():
    from trajecten.models import Aanmelding, AanmeldingStatus, Vraagverheldering

    call_command("seed_demo", force=True)
    eerste = (Aanmelding.objects.count(), Vraagverheldering.objects.count())
    call_command("seed_demo", force=True)
    assert (Aanmelding.objects.count(), Vraagverheldering.objects.count()) == eerste
    assert set(Aanmelding.objects.values_list("status", flat=True)) == set(AanmeldingStatus.values)
    geaccepteerd = Aanmelding.objects.get(status=AanmeldingStatus.GEACCEPTEERD)
    assert geaccepteerd.traject is not None
    assert TrajectRol.objects.filter(traject=geaccepteerd.traject, user__email=geaccepteerd.contact_email).exists()
    assert Aanmelding.objects.filter(status=AanmeldingStatus.IN_GESPREK, gesprekken__isnull=False).exists()
