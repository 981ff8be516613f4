import pytest

from interviews.models import Code, Tagging
from tests.factories import CitaatFactory, DeelnemerFactory, InterviewFactory, TrajectCodeFactory, UserFactory


@pytest.fixture
def codes(db):
    """The preloaded shared codebook, by name."""
    return {c.naam: c for c in Code.objects.filter(traject=None)}


def tag(citaat, *codes, door=None):
    door = door or UserFactory(naam="Tim Tagger")
    for code in codes:
        Tagging.objects.create(citaat=citaat, code=code, door=door)
    return citaat


@pytest.fixture
def matrix(traject, codes):
    """A hand-built fixture: three deelnemers (two uitvoering, one bestuur) in two interviews.

    - "Wachttijden" is a traject code under "Rust en regie": quotes tagged with it count for both.
    - Uitvoering 1 says two things about Wachttijden; Uitvoering 2 says one; Bestuur 1 none.
    - One quote of Bestuur 1 is tagged "Rust en regie" directly, and also Dilemma; one uitvoering quote
      on Wachttijden is tagged Werkzaam element: the hoofdthema has both soorten.
    """
    u1 = DeelnemerFactory(traject=traject, perspectief="uitvoering", pseudoniem="Uitvoering 1")
    u2 = DeelnemerFactory(traject=traject, perspectief="uitvoering", pseudoniem="Uitvoering 2")
    b1 = DeelnemerFactory(traject=traject, perspectief="bestuur", pseudoniem="Bestuur 1")
    i1 = InterviewFactory(traject=traject, deelnemer_a=u1, deelnemer_b=b1)
    i2 = InterviewFactory(traject=traject, deelnemer_a=u2, deelnemer_b=b1)
    wacht = TrajectCodeFactory(traject=traject, naam="Wachttijden", ouder=codes["Rust en regie"])
    c1 = tag(CitaatFactory(interview=i1, spreker=u1, tekst="Het wachten duurt lang."), wacht)
    c2 = tag(CitaatFactory(interview=i1, spreker=u1, tekst="Weken wachten."), wacht, codes["Werkzaam element"])
    c3 = tag(CitaatFactory(interview=i2, spreker=u2, tekst="Wachten, altijd wachten."), wacht)
    c4 = tag(
        CitaatFactory(interview=i2, spreker=b1, tekst="Wij sturen op rust."),
        codes["Rust en regie"],
        codes["Dilemma/uitdaging"],
    )
    return {"wacht": wacht, "citaten": [c1, c2, c3, c4], "interviews": [i1, i2], "deelnemers": [u1, u2, b1]}
