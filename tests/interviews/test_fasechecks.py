import pytest

from interviews.models import Tagging
from tests.factories import CitaatFactory, CodeFactory, InterviewFactory, TrajectFactory
from trajecten import fasen
from trajecten.models import Fase

pytestmark = pytest.mark.django_db


def test_luisteren_weigert_zonder_interview_citaat_of_tag():
    traject = TrajectFactory(fase=Fase.LUISTEREN)
    redenen = fasen.redenen_tegen_volgende_fase(traject)
    assert "Er is nog geen duo-interview met aantekeningen vastgelegd." in redenen
    assert "Er zijn nog geen citaten uit de duo-interviews vastgelegd." in redenen


def test_luisteren_wil_een_getagd_citaat():
    traject = TrajectFactory(fase=Fase.LUISTEREN)
    citaat = CitaatFactory(interview=InterviewFactory(traject=traject))
    assert "Er is nog geen citaat getagd met het codeboek." in fasen.redenen_tegen_volgende_fase(traject)
    Tagging.objects.create(citaat=citaat, code=CodeFactory())
    assert fasen.redenen_tegen_volgende_fase(traject) == []
