"""Cohen's kappa, checked against examples worked out by hand."""

import pytest

from interviews.kappa import cohens_kappa


def test_kappa_van_een_met_de_hand_uitgerekend_voorbeeld():
    # 10 citaten: beide ja 4, alleen codeur 1 ja 2, alleen codeur 2 ja 1, beide nee 3.
    # p_o = 7/10 = 0,7. Codeur 1 ja 6/10, codeur 2 ja 5/10: p_e = 0,6*0,5 + 0,4*0,5 = 0,5.
    # kappa = (0,7 - 0,5) / (1 - 0,5) = 0,4.
    paren = [(1, 1)] * 4 + [(1, 0)] * 2 + [(0, 1)] * 1 + [(0, 0)] * 3
    kappa = cohens_kappa(paren)
    assert kappa.n == 10
    assert kappa.p_o == pytest.approx(0.7)
    assert kappa.p_e == pytest.approx(0.5)
    assert kappa.waarde == pytest.approx(0.4)
    assert str(kappa) == "0,40"


def test_kappa_met_drie_categorieen():
    # a/b/c: (a,a) 3, (b,b) 2, (c,c) 1, (a,b) 1, (b,c) 1, (c,a) 2: n = 10, p_o = 0,6.
    # Codeur 1: a 4, b 3, c 3. Codeur 2: a 5, b 3, c 2. p_e = (20 + 9 + 6) / 100 = 0,35.
    # kappa = (0,6 - 0,35) / 0,65 = 0,3846...
    paren = [("a", "a")] * 3 + [("b", "b")] * 2 + [("c", "c")] + [("a", "b")] + [("b", "c")] + [("c", "a")] * 2
    kappa = cohens_kappa(paren)
    assert kappa.p_e == pytest.approx(0.35)
    assert kappa.waarde == pytest.approx(0.25 / 0.65)


def test_volledige_overeenstemming_is_een():
    assert cohens_kappa([(True, True), (False, False)]).waarde == pytest.approx(1.0)


def test_overeenstemming_onder_toeval_is_negatief():
    assert cohens_kappa([(True, False), (False, True)]).waarde == pytest.approx(-1.0)


def test_kappa_is_niet_te_berekenen_als_p_e_een_is():
    # Both coders say "yes" to everything: p_o = p_e = 1, kappa would be 0/0.
    kappa = cohens_kappa([(True, True)] * 5)
    assert kappa.p_e == pytest.approx(1.0)
    assert kappa.waarde is None
    assert not kappa.te_berekenen
    assert str(kappa) == "niet te berekenen"


def test_kappa_zonder_eenheden_is_niet_te_berekenen():
    kappa = cohens_kappa([])
    assert (kappa.n, kappa.waarde, str(kappa)) == (0, None, "niet te berekenen")


@pytest.mark.parametrize(
    ("paren", "woorden"),
    [
        ([], "nog geen beoordelingen"),
        ([(True, True), (True, True)], "niet te berekenen: alle beoordelingen gelijk"),
        ([(True, True), (False, False)], "volledig eens"),
        ([(True, False), (False, True)], "niet meer eens dan toeval"),
    ],
)
def test_kappa_in_woorden(paren, woorden):
    assert cohens_kappa(paren).in_woorden == woorden


def test_beoordelen_toont_kappa_in_woorden_en_wie_tagde(client, persona, traject):
    from tests.factories import CitaatFactory, InterviewFactory, TaggingFactory, UserFactory

    tagger = UserFactory(naam="Tineke Tagger")
    TaggingFactory(citaat=CitaatFactory(interview=InterviewFactory(traject=traject)), door=tagger)
    client.force_login(persona["expert"])
    html = client.get(f"/trajecten/{traject.pk}/beoordelen/").content.decode()
    assert "Tineke Tagger" in html
