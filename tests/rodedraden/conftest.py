import pytest
from django.utils import timezone

from interviews.models import Code, Tagging
from ontwerp.models import Inzicht, InzichtCitaat
from tests.factories import (
    CitaatFactory,
    DeelnemerFactory,
    InterviewFactory,
    InzichtFactory,
    TrajectCodeFactory,
    TrajectFactory,
    UserFactory,
)


@pytest.fixture
def codes(db):
    """The shared codebook by name, with two subcodes (as the demo has them)."""
    codes = {c.naam: c for c in Code.objects.filter(traject=None)}
    rust = codes["Rust en regie"]
    codes["Basis op orde"] = Code.objects.create(groep=rust.groep, ouder=rust, naam="Basis op orde", volgorde=1)
    codes["Werkdruk"] = Code.objects.create(groep=rust.groep, ouder=rust, naam="Werkdruk", volgorde=2)
    return codes


def citaat(interview, spreker, tekst, *tag_codes, vrij=True):
    """A quote of ``spreker``; released unless ``vrij`` is False, as the team would: 'VRIJ' before the
    text and the name replaced."""
    c = CitaatFactory(
        interview=interview,
        spreker=spreker,
        tekst=tekst,
        vrijgegeven=vrij,
        vrijgegeven_tekst=f"VRIJ {tekst.replace('Jan Jansen', 'Uitvoering')}" if vrij else "",
        vrijgegeven_op=timezone.now() if vrij else None,
    )
    door = UserFactory()
    for code in tag_codes:
        Tagging.objects.create(citaat=c, code=code, door=door)
    return c


def inzicht(traject, titel, hoofdthema, soort, citaten, status=Inzicht.Status.VASTGESTELD):
    i = InzichtFactory(traject=traject, titel=titel, hoofdthema=hoofdthema, soort=soort, status=status)
    for c in citaten:
        InzichtCitaat.objects.create(inzicht=i, citaat=c)
    return i


@pytest.fixture
def drie(codes):
    """Three afgeronde trajecten, built by hand so the counts are known.

    - Alfa: Uitvoering A (named "Jan Jansen") and Inwoner A. Inzicht "Wachtlijsten" (Rust en regie,
      dilemma) on two quotes tagged "Basis op orde" (uitvoering, inwoner), and the uitgangspunt
      "Regie en zeggenschap" on the inwoner quote.
    - Beta: Bestuur B and Uitvoering B. Inzicht "Te veel projecten" (Rust en regie, dilemma) on a
      quote tagged with Beta's own code "Capaciteit" under "Basis op orde" (counts as Basis op orde)
      and one tagged "Werkdruk"; a concept inzicht that must not count.
    - Gamma: Inwoner G, who gave no consent for the landelijk rapport (only the traject and the
      eindrapportage), and Beleid G. Inzicht "Samen met inwoners" (Inwoner centraal, werkzaam element)
      on one quote of each: only Beleid G's counts and appears. A quote of Beleid G on "Basis op orde" is
      not released: it counts but its text never appears.
    """
    alfa, beta, gamma = (
        TrajectFactory(titel=t, status="afgerond", vraagstuk=f"Vraagstuk {t}") for t in ("Alfa", "Beta", "Gamma")
    )
    rust, dilemma, werkzaam = codes["Rust en regie"], codes["Dilemma/uitdaging"], codes["Werkzaam element"]
    basis, werkdruk, regie = codes["Basis op orde"], codes["Werkdruk"], codes["Regie en zeggenschap"]

    ua = DeelnemerFactory(traject=alfa, perspectief="uitvoering", pseudoniem="Uitvoering A")
    ua.betrokkene.naam = "Jan Jansen"
    ua.betrokkene.save()
    ia = DeelnemerFactory(traject=alfa, perspectief="inwoner", pseudoniem="Inwoner A")
    iv_a = InterviewFactory(traject=alfa, deelnemer_a=ua, deelnemer_b=ia)
    a1 = citaat(iv_a, ua, "Jan Jansen: de wachtlijst groeit.", basis)
    a2 = citaat(iv_a, ia, "Ik wacht al maanden.", basis, regie)
    inzicht(alfa, "Wachtlijsten", rust, dilemma, [a1, a2])

    bb = DeelnemerFactory(traject=beta, perspectief="bestuur", pseudoniem="Bestuur B")
    ub = DeelnemerFactory(traject=beta, perspectief="uitvoering", pseudoniem="Uitvoering B")
    iv_b = InterviewFactory(traject=beta, deelnemer_a=bb, deelnemer_b=ub)
    capaciteit = TrajectCodeFactory(traject=beta, naam="Capaciteit", ouder=basis)
    b1 = citaat(iv_b, bb, "Te veel projecten tegelijk.", capaciteit)
    b2 = citaat(iv_b, ub, "De werkdruk is hoog.", werkdruk, regie)
    inzicht(beta, "Te veel projecten", rust, dilemma, [b1, b2])
    inzicht(beta, "Nog een concept", rust, dilemma, [b1], status=Inzicht.Status.CONCEPT)

    ig = DeelnemerFactory(traject=gamma, perspectief="inwoner", pseudoniem="Inwoner G", toestemming_landelijk_op=None)
    bg = DeelnemerFactory(traject=gamma, perspectief="beleid", pseudoniem="Beleid G")
    iv_g = InterviewFactory(traject=gamma, deelnemer_a=ig, deelnemer_b=bg)
    g1 = citaat(iv_g, ig, "GEHEIM zonder landelijke toestemming.", codes["Inwoner centraal"], regie)
    g2 = citaat(iv_g, bg, "Samen met inwoners ontwerpen.", codes["Inwoner centraal"])
    g3 = citaat(iv_g, bg, "NIETVRIJ de basis is wankel.", basis, vrij=False)
    inzicht(gamma, "Samen met inwoners", codes["Inwoner centraal"], werkzaam, [g1, g2])
    inzicht(gamma, "Wankele basis", rust, dilemma, [g3])
    return {"trajecten": [alfa, beta, gamma], "alfa": alfa, "beta": beta, "gamma": gamma}
