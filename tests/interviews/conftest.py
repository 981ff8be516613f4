import pytest

from interviews.models import Code
from tests.factories import CitaatFactory, InterviewFactory


@pytest.fixture
def codes(db):
    """The preloaded shared codebook, by name."""
    return {c.naam: c for c in Code.objects.filter(traject=None)}


@pytest.fixture
def interview(traject):
    return InterviewFactory(traject=traject)


@pytest.fixture
def citaat(interview):
    return CitaatFactory(interview=interview, tekst="De wachttijd voor de toegang is te lang.")


@pytest.fixture
def ander_citaat(ander_traject):
    return CitaatFactory(interview=InterviewFactory(traject=ander_traject), tekst="Een citaat uit een ander traject.")
