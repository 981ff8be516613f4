import pytest
from django.core.management import CommandError, call_command

from trajecten.models import Betrokkene, Bijeenkomst, ExpertProfiel, FaseOvergang, Gemeente, Status, Traject, TrajectRol
from visieleren.accounts.models import User

pytestmark = pytest.mark.django_db


@pytest.mark.smoke
def test_seed_demo_laadt_tabel_1_en_is_idempotent():
    modellen = [Traject, Gemeente, User, TrajectRol, ExpertProfiel, Betrokkene, Bijeenkomst, FaseOvergang]
    call_command("seed_demo", force=True)
    eerste = [m.objects.count() for m in modellen]
    call_command("seed_demo", force=True)
    assert [m.objects.count() for m in modellen] == eerste
    # The nine of Tabel 1 and three invented lopende trajecten, so that every phase has one.
    assert eerste[0] == 12


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


def test_seed_demo_starten_heeft_elke_fase_en_klopt_met_de_status():
    from trajecten import fasen

    call_command("seed_demo", force=True)
    lopend = Traject.objects.filter(status=Status.LOPEND)
    assert set(lopend.values_list("fase", flat=True)) == {"starten", "luisteren", "ontwerpen", "borgen"}
    assert ExpertProfiel.objects.count() >= 6
    for traject in lopend:
        assert not traject.is_over_tijd and not traject.is_te_lang_in_fase, traject
    for traject in Traject.objects.exclude(fase="starten"):
        assert traject.faseovergangen.filter(van="starten", naar="luisteren").exists(), traject
        assert traject.kernvraag and traject.bw_besluit_op and traject.rollen.filter(rol="expert").exists(), traject
    for traject in Traject.objects.exclude(status=Status.LOPEND):
        assert traject.faseovergangen.filter(naar=traject.status).exists(), traject
    afgerond = Traject.objects.get(titel="Hoorn")
    assert list(afgerond.faseovergangen.values_list("naar", flat=True)) == [
        "luisteren",
        "ontwerpen",
        "borgen",
        "afgerond",
    ]
    starten = Traject.objects.get(status=Status.LOPEND, fase="starten")
    assert fasen.redenen_tegen_volgende_fase(starten)  # the demo shows a checklist that still fails
