"""The fast path of the name matcher finds exactly what the straightforward one found (hypothesis).

``pseudoniemen_referentie`` is the matcher as it was before the fast path. On random names (double
surnames, tussenvoegsels, accents, Ĳ, ordinary words such as "Bos") and random texts that write
them in every variant the privacy rules cover (NFD/NFC, without accents, any case, Ĳ = IJ, first or
last name alone, with and without tussenvoegsel, after a title) plus odd Unicode (ß, ﬁ, İ, final
sigma, combining marks, emoji), both must give the same hits at the same offsets, the same
pseudonymised text with the same offset map, and the same answer to "does this search term name
someone".
"""

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviews import pseudoniemen as snel
from tests.interviews import pseudoniemen_referentie as oud

VOORNAMEN = ["Anke", "Ëlla", "Joke", "Jan", "Anne-Marie", "Ĳsbrand", "Bo", "Mark", "Roos", "Fatima", "Zoë", "Søren"]
TUSSEN = ["", "", "de ", "van ", "van der ", "ten ", "'t ", "d'", "El ", "von "]
ACHTERNAMEN = [
    "Vries",
    "Hoekstra",
    "Öztürk",
    "Ĳsselstein",
    "IJzerman",
    "Bos",
    "Berg",
    "Vries-Hoekstra",
    "Jansen",
    "Amrani",
    "Groß",
    "Meer",
    "Dijk",
]
TITELS = ["mevrouw ", "Mevrouw ", "meneer ", "dhr. ", "Dhr.", "mw. ", "de heer ", "De Heer ", "mr ", "mej. "]
LOS = [" ", " ", ", ", ". ", "-", " - ", "\n", "’", "'", "  ", ".", ": ", " (", ") "]
WOORDEN = ["het", "bos", "de", "van", "en", "wacht", "der", "heer", "mevrouw", "berg", "roos", "meer", "zei", "Het"]
VREEMD = ["ß", "ﬁ", "İ", "Σ", "ς", "ǅ", "\u0301", "\u0308", "😀", "👩🏽‍⚕️", "Ĳ", "ĳ", "é", "\u200d", "½", "Å"]


def _zonder_accenten(tekst: str) -> str:
    return "".join(t for t in unicodedata.normalize("NFD", tekst) if not unicodedata.combining(t))


@st.composite
def namen(draw):
    """A person's name as stored: first name, maybe tussenvoegsels, a (double) surname; or random letters."""
    if draw(st.integers(0, 5)) == 0:
        return draw(st.text(st.sampled_from(list("abAB éÉ-Ĳ'ß")), min_size=1, max_size=12))
    voornaam = draw(st.sampled_from(["", *VOORNAMEN]))
    achternaam = draw(st.sampled_from(ACHTERNAMEN))
    if draw(st.booleans()):
        achternaam += "-" + draw(st.sampled_from(ACHTERNAMEN))
    return f"{voornaam} {draw(st.sampled_from(TUSSEN))}{achternaam}".strip()


def _schrijfwijze(draw, naam: str) -> str:
    """One way a fast typist writes (part of) a name."""
    delen = naam.replace("-", " ").split() or [naam]
    keuze = draw(st.integers(0, 6))
    stuk = naam if keuze < 2 else " ".join(delen[draw(st.integers(0, len(delen) - 1)) :][: draw(st.integers(1, 3))])
    vorm = draw(st.integers(0, 5))
    if vorm == 1:
        stuk = stuk.lower()
    elif vorm == 2:
        stuk = stuk.upper()
    elif vorm == 3:
        stuk = unicodedata.normalize("NFD", stuk)
    elif vorm == 4:
        stuk = _zonder_accenten(stuk).replace("Ĳ", "IJ").replace("ĳ", "ij")
    if draw(st.integers(0, 3)) == 0:
        stuk = draw(st.sampled_from(TITELS)) + stuk
    return stuk


@st.composite
def geval(draw):
    mensen = draw(st.lists(namen(), min_size=0, max_size=5))
    vervangingen = [(naam, f"Deelnemer {i}") for i, naam in enumerate(mensen)]
    delen = []
    for _ in range(draw(st.integers(0, 14))):
        soort = draw(st.integers(0, 4))
        if soort == 0 and mensen:
            delen.append(_schrijfwijze(draw, draw(st.sampled_from(mensen))))
        elif soort == 1:
            delen.append(draw(st.sampled_from(WOORDEN)))
        elif soort == 2:
            delen.append(draw(st.sampled_from(VREEMD)))
        elif soort == 3:
            delen.append(draw(st.text(st.sampled_from(list("aBé .-’\nĲ")), max_size=6)))
        delen.append(draw(st.sampled_from(LOS)))
    return vervangingen, "".join(delen)


def _treffers(matcher, tekst):
    return [(t.begin, t.eind, t.vervanging) for t in matcher.treffers(tekst)]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(geval())
def test_snelle_matcher_vindt_hetzelfde_als_de_oude(geval):
    vervangingen, tekst = geval
    nieuw, referentie = snel.Matcher(vervangingen), oud.Matcher(vervangingen)
    assert nieuw.aantal_varianten == referentie.aantal_varianten
    assert _treffers(nieuw, tekst) == _treffers(referentie, tekst)
    assert nieuw.pseudonimiseer(tekst) == referentie.pseudonimiseer(tekst)
    assert nieuw.vervang(tekst) == referentie.vervang(tekst)
    assert nieuw.noemt_naam(tekst) == referentie.noemt_naam(tekst)


@settings(max_examples=500, deadline=None)
@given(geval())
def test_letterlijke_matcher_vindt_hetzelfde_als_de_oude(geval):
    vervangingen, tekst = geval
    namen = dict(vervangingen)
    nieuw, referentie = snel.Matcher.letterlijk(namen), oud.Matcher.letterlijk(namen)
    assert _treffers(nieuw, tekst) == _treffers(referentie, tekst)
    assert nieuw.pseudonimiseer(tekst) == referentie.pseudonimiseer(tekst)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80))
def test_vouwen_is_gelijk_aan_teken_voor_teken(tekst):
    """The cached per-character table folds every code point as the old loop did, map included."""
    gevouwen, kaart = snel.vouw(tekst)
    oud_gevouwen, oude_kaart = oud.vouw(tekst)
    assert gevouwen == oud_gevouwen
    assert list(kaart) == list(oude_kaart)


@settings(max_examples=300, deadline=None)
@given(st.lists(namen(), min_size=1, max_size=4), st.text(max_size=60))
def test_willekeurige_unicode_tekst_geeft_dezelfde_treffers(mensen, tekst):
    vervangingen = [(naam, f"Inwoner {i}") for i, naam in enumerate(mensen)]
    tekst = " ".join(mensen) + tekst + mensen[0].upper()
    assert _treffers(snel.Matcher(vervangingen), tekst) == _treffers(oud.Matcher(vervangingen), tekst)


def test_voorbeelden_uit_de_privacyregels():
    """The spellings the README names, on both matchers (a fixed case next to the random ones)."""
    namen = [("Anke de Vries-Hoekstra", "Uitvoering 3"), ("Joke Ĳsselstein", "Inwoner 1"), ("Piet Bos", "Beleid 2")]
    tekst = (
        "Mevrouw Hoekstra en De Vries; vries-hoekstra, IJsselstein, ijsselstein, Joke. Het bos bij Bos, "
        "dhr. bos en " + unicodedata.normalize("NFD", "Ĳsselstein") + "."
    )
    nieuw, referentie = snel.Matcher(namen), oud.Matcher(namen)
    assert nieuw.vervang(tekst) == referentie.vervang(tekst)
    assert "Het bos" in nieuw.vervang(tekst)
    for deel in ("Hoekstra", "Vries", "IJsselstein", "ijsselstein", "Joke", "Bos", "dhr. bos"):
        assert deel not in nieuw.vervang(tekst), deel
