"""The phase machine: checklists, refusals with a reason, transitions logged, ending with a reason."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import ExpertProfielFactory, TrajectFactory, met_rol
from trajecten import fasen
from trajecten.models import Fase, FaseOvergang, Rol, Status
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db


def _klaar_om_te_starten(traject):
    traject.kernvraag = "Hoe richten we de toegang in?"
    traject.bw_besluit_op = datetime.date(2026, 1, 5)
    traject.save()
    met_rol(traject, Rol.EXPERT, user=ExpertProfielFactory().user)
    return traject


def test_checklist_van_starten_noemt_alles_wat_ontbreekt(traject):
    redenen = fasen.redenen_tegen_volgende_fase(traject)
    assert redenen == [
        "De kernvraag is nog niet ingevuld.",
        "De datum van het besluit van het college van B&W ontbreekt.",
        "Er is nog geen expert aan het expertteam toegevoegd.",
    ]
    assert [c.voldaan for c in fasen.checklist(traject)] == [False, False, False]


def test_naar_luisteren_geweigerd_zonder_kernvraag_en_niets_vastgelegd(traject, team):
    _klaar_om_te_starten(traject)
    traject.kernvraag = "   "
    traject.save()
    with pytest.raises(fasen.FaseOvergangGeweigerd) as weigering:
        fasen.naar_volgende_fase(traject=traject, door=team)
    assert weigering.value.redenen == ["De kernvraag is nog niet ingevuld."]
    traject.refresh_from_db()
    assert traject.fase == Fase.STARTEN
    assert not FaseOvergang.objects.exists()


def test_een_moderator_telt_niet_als_expert(traject, team):
    _klaar_om_te_starten(traject)
    traject.rollen.filter(rol=Rol.EXPERT).update(rol=Rol.MODERATOR)
    assert fasen.redenen_tegen_volgende_fase(traject) == ["Er is nog geen expert aan het expertteam toegevoegd."]


def test_naar_luisteren_wordt_vastgelegd_en_gelogd(traject, team):
    _klaar_om_te_starten(traject)
    oud = timezone.now() - datetime.timedelta(weeks=20)
    traject.fase_sinds = oud
    traject.save()
    overgang = fasen.naar_volgende_fase(traject=traject, door=team, toelichting="Kick-off gehouden")
    traject.refresh_from_db()
    assert (traject.fase, overgang.van, overgang.naar, overgang.door) == ("luisteren", "starten", "luisteren", team)
    assert overgang.toelichting == "Kick-off gehouden"
    assert traject.fase_sinds == overgang.op > oud
    assert traject.werkelijke_start == timezone.localdate()
    log = AuditLog.objects.get(actie="faseovergang")
    assert log.traject == traject
    assert log.wijzigingen["naar"] == [None, "Luisteren"]


def test_fasen_met_voldane_checks_gaan_door_tot_ontwerpen_en_wachten_daar_op_inzicht_en_ontwerpsessie(traject, team):
    from interviews.models import Tagging
    from tests.factories import CitaatFactory, CodeFactory, InterviewFactory

    _klaar_om_te_starten(traject)
    Tagging.objects.create(citaat=CitaatFactory(interview=InterviewFactory(traject=traject)), code=CodeFactory())
    for verwacht in ["luisteren", "ontwerpen"]:
        assert fasen.naar_volgende_fase(traject=traject, door=team).naar == verwacht
    traject.refresh_from_db()
    with pytest.raises(fasen.FaseOvergangGeweigerd) as weigering:
        fasen.naar_volgende_fase(traject=traject, door=team)
    assert weigering.value.redenen == [
        "Er is nog geen vastgesteld inzicht dat met citaten is onderbouwd.",
        "Er is nog geen ontwerpsessie vastgelegd met een oplossingsrichting en een handelingsperspectief.",
    ]


def test_fasen_met_voldane_checks_gaan_door_tot_borgen(traject, team):
    from interviews.models import Tagging
    from ontwerp.models import Actiepunt, InzichtCitaat, Oplossingsrichting
    from tests.factories import CitaatFactory, CodeFactory, InterviewFactory, InzichtFactory, OntwerpsessieFactory

    _klaar_om_te_starten(traject)
    citaat = CitaatFactory(interview=InterviewFactory(traject=traject))
    Tagging.objects.create(citaat=citaat, code=CodeFactory())
    # Ontwerpen: a vastgesteld inzicht with a quote, an ontwerpsessie with a direction and an action.
    inzicht = InzichtFactory(traject=traject, status="vastgesteld")
    InzichtCitaat.objects.create(inzicht=inzicht, citaat=citaat)
    sessie = OntwerpsessieFactory(bijeenkomst__traject=traject)
    Oplossingsrichting.objects.create(ontwerpsessie=sessie, titel="Eén loket").inzichten.add(inzicht)
    Actiepunt.objects.create(ontwerpsessie=sessie, omschrijving="Loket inrichten", eigenaar="Gemeente")
    for verwacht in ["luisteren", "ontwerpen", "borgen"]:
        assert fasen.naar_volgende_fase(traject=traject, door=team).naar == verwacht
    traject.refresh_from_db()
    assert fasen.redenen_tegen_volgende_fase(traject) == [
        "Dit is de laatste fase. Rond het traject af als de checklist klopt."
    ]
    assert FaseOvergang.objects.filter(traject=traject).count() == 3


def test_registreer_check_voegt_een_regel_toe_voor_een_andere_fase(traject, team, monkeypatch):
    monkeypatch.setitem(fasen._CHECKS, Fase.LUISTEREN, [])

    @fasen.registreer_check(Fase.LUISTEREN, "Er is een duo-interview")
    def _interview(t):
        return "Er is nog geen duo-interview." if t.titel == "Eigen traject" else None

    traject.fase = Fase.LUISTEREN
    traject.save()
    assert fasen.checklist(traject)[0].label == "Er is een duo-interview"
    with pytest.raises(fasen.FaseOvergangGeweigerd) as weigering:
        fasen.naar_volgende_fase(traject=traject, door=team)
    assert weigering.value.redenen == ["Er is nog geen duo-interview."]


def test_registreer_check_weigert_onbekende_fase():
    with pytest.raises(ValueError):
        fasen.registreer_check("werving", "x")


@pytest.mark.parametrize("status", [Status.GESTOPT, Status.GEANNULEERD])
def test_vroeg_beeindigen_vraagt_een_reden(traject, team, status):
    with pytest.raises(fasen.FaseOvergangGeweigerd) as weigering:
        fasen.traject_beeindigen(traject=traject, status=status, reden="  ", door=team)
    assert "reden" in weigering.value.redenen[0]
    traject.refresh_from_db()
    assert traject.status == Status.LOPEND


@pytest.mark.parametrize("status", [Status.GESTOPT, Status.GEANNULEERD])
def test_vroeg_beeindigen_met_reden_zet_status_en_einddatum(traject, team, status):
    overgang = fasen.traject_beeindigen(traject=traject, status=status, reden="Andere prioriteiten", door=team)
    traject.refresh_from_db()
    assert (traject.status, traject.fase, traject.reden_einde) == (status, "starten", "Andere prioriteiten")
    assert traject.werkelijke_eind == timezone.localdate()
    assert (overgang.van, overgang.naar, overgang.toelichting) == ("starten", status, "Andere prioriteiten")
    assert AuditLog.objects.filter(actie="faseovergang", traject=traject).exists()


def test_beeindigd_traject_gaat_niet_verder_en_eindigt_niet_twee_keer(traject, team):
    fasen.traject_beeindigen(traject=traject, status=Status.GEANNULEERD, reden="Geen capaciteit", door=team)
    traject.refresh_from_db()
    assert fasen.redenen_tegen_volgende_fase(traject) == [
        "Dit traject is geannuleerd; alleen een lopend traject gaat verder."
    ]
    with pytest.raises(fasen.FaseOvergangGeweigerd):
        fasen.traject_beeindigen(traject=traject, status=Status.GESTOPT, reden="x", door=team)


def test_afronden_wacht_op_de_eindrapportage_en_zegt_dat_in_woorden(traject, team):
    traject.fase = Fase.BORGEN
    traject.save()
    with pytest.raises(fasen.FaseOvergangGeweigerd) as weigering:
        fasen.traject_beeindigen(traject=traject, status=Status.AFGEROND, reden="", door=team)
    assert weigering.value.redenen == [
        "Er is nog geen vastgestelde eindrapportage. Er is nog geen borgingsessie gehouden."
    ]
    traject.refresh_from_db()
    assert traject.status == Status.LOPEND
    labels = [c.label for c in fasen.checklist(traject)]
    assert "De eindrapportage is opgesteld en besproken in de borgingsessie" in labels


def test_afronden_wacht_op_vrijgave_van_citaten_in_de_uitvoer(traject, team, monkeypatch):
    from interviews.models import Tagging
    from tests.factories import CitaatFactory, CodeFactory, InterviewFactory

    traject.fase = Fase.BORGEN
    traject.save()
    citaat = CitaatFactory(interview=InterviewFactory(traject=traject))
    Tagging.objects.create(citaat=citaat, code=CodeFactory())
    label = "Alle citaten die in een uitvoer komen, zijn vrijgegeven"

    def controle():
        return next(c for c in fasen.checklist(traject) if c.label == label)

    assert controle().reden == "1 citaat/citaten in een uitvoer zijn nog niet vrijgegeven."
    from interviews.services.vrijgave import citaat_vrijgeven

    citaat_vrijgeven(citaat=citaat, tekst="Vrij te geven tekst.", door=team)
    assert controle().voldaan


def test_afronden_alleen_vanuit_borgen(traject, team, monkeypatch):
    monkeypatch.setitem(fasen._CHECKS, Fase.BORGEN, [])
    with pytest.raises(fasen.FaseOvergangGeweigerd) as weigering:
        fasen.traject_beeindigen(traject=traject, status=Status.AFGEROND, reden="", door=team)
    assert weigering.value.redenen == ["Een traject kan pas worden afgerond in de fase Borgen."]
    traject.fase = Fase.BORGEN
    traject.save()
    fasen.traject_beeindigen(traject=traject, status=Status.AFGEROND, reden="", door=team)
    traject.refresh_from_db()
    assert traject.status == Status.AFGEROND and traject.werkelijke_eind == timezone.localdate()


def test_alleen_lopende_trajecten_worden_gesignaleerd(settings):
    settings.VISIELEREN_MAX_WEKEN_PER_FASE = 8
    lang_geleden = timezone.now() - datetime.timedelta(weeks=9)
    verleden = timezone.localdate() - datetime.timedelta(days=1)
    lopend = TrajectFactory(status=Status.LOPEND, fase_sinds=lang_geleden, geplande_eind=verleden)
    afgerond = TrajectFactory(status=Status.AFGEROND, fase_sinds=lang_geleden, geplande_eind=verleden)
    vers = TrajectFactory(status=Status.LOPEND, fase_sinds=timezone.now() - datetime.timedelta(weeks=7))
    assert lopend.is_te_lang_in_fase and lopend.is_over_tijd
    assert not afgerond.is_te_lang_in_fase and not afgerond.is_over_tijd
    assert not vers.is_te_lang_in_fase
    settings.VISIELEREN_MAX_WEKEN_PER_FASE = 6
    assert vers.is_te_lang_in_fase


def test_doorlooptijd_buiten_7_tot_12_weken_faalt_luid():
    from tests.test_settings import _manage

    result = _manage("check", DJANGO_SETTINGS_MODULE="visieleren.settings.test", VISIELEREN_DOORLOOPTIJD_WEKEN="20")
    assert result.returncode != 0
    assert "VISIELEREN_DOORLOOPTIJD_WEKEN" in result.stderr
