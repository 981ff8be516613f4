"""The one name matcher: finds every spelling of a known name in free text and replaces it.

Pure functions, no database (``interviews/privacy.py`` builds and caches a matcher per traject).
Notes are typed fast, so a name turns up as "IJsselstein" for "Ĳsselstein", "Ella Ozturk" for
"Ëlla Öztürk", "Mevrouw Hoekstra" or "De Vries" for "Anke de Vries-Hoekstra", or just "Anke". So:

- text and names are compared on a *folded* copy: compatibility-decomposed (NFKD, so the Ĳ ligature
  becomes I+J and NFC and NFD input look alike), without diacritics, case-folded; an index map leads
  every folded character back to its code point in the original, so the replacement is made in the
  original text and offsets stay exact;
- the folded text is cut into words; names are word sequences in a trie (token by token, longest
  match wins), so a lookup costs a few dict hits per word whatever the number of names;
- every name gives its variants: the full name, the first name, the surname with and without its
  tussenvoegsels, and each part of a double surname ("Vries-Hoekstra" → "de Vries", "Vries",
  "Hoekstra"), each also after a title ("mevrouw", "dhr.", "de heer");
- a single word that is also an ordinary Dutch word ("Bos", "Roos") or has two letters only counts
  as a name when written with a capital or after a title, so "het bos" stays.

Fast path (exports and lists fold 100,000 texts): a text is folded with one ``str.translate`` over a
per-process table of folded characters, and a text none of whose words is the key word of some name
(``Matcher._kernwoorden``) is returned untouched without walking the trie. Both give exactly what the
character-by-character version gave; tests/interviews/test_pseudoniemen_snel.py compares them.
"""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from interviews.tekst import Gepseudonimiseerd, Stuk

TUSSENVOEGSELS = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "t",
        "ter",
        "ten",
        "te",
        "in",
        "op",
        "aan",
        "d",
        "la",
        "le",
        "von",
        "vd",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "du",
        "el",
        "al",
    ]
)
# Titles before a name: "Mevrouw Hoekstra" becomes the pseudonym as a whole (no gender left behind).
TITELS = (("de", "heer"), ("mevrouw",), ("meneer",), ("mevr",), ("mw",), ("mvr",), ("dhr",), ("mr",), ("mej",))
_TITELS_NA_EERSTE_WOORD: dict[str, tuple[tuple[str, ...], ...]] = {}
for _titel in TITELS:
    _TITELS_NA_EERSTE_WOORD[_titel[0]] = (*_TITELS_NA_EERSTE_WOORD.get(_titel[0], ()), _titel)
# Surnames and first names that are also ordinary words: a name only when written with a capital.
GEWONE_WOORDEN = frozenset(
    [
        "bos",
        "berg",
        "beek",
        "brink",
        "boer",
        "bakker",
        "dijk",
        "groot",
        "haan",
        "hof",
        "hoop",
        "kok",
        "klein",
        "koning",
        "kerk",
        "laan",
        "man",
        "mark",
        "meer",
        "mei",
        "roos",
        "smit",
        "veen",
        "visser",
        "vos",
        "wal",
        "wit",
        "zwart",
        "winter",
        "zomer",
        "lente",
        "vink",
        "wouters",
    ]
)
_WOORD = re.compile(r"\w+")
_TUSSENRUIMTE = re.compile(r"[\s\-.'’‘]{1,3}")
_STREEPJES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "’": "'", "‘": "'"})


def _vouw_teken(teken: str) -> str:
    """One character folded: NFKD (after unifying dashes and quotes), without combining marks, casefolded."""
    if teken.isascii():
        return teken.lower()
    return "".join(
        deel.casefold()
        for deel in unicodedata.normalize("NFKD", teken.translate(_STREEPJES))
        if not unicodedata.combining(deel)
    )


class _Vouwtabel(dict):
    """A ``str.translate`` table that folds each code point once per process (``_vouw_teken``), so a whole
    text is folded in C instead of character by character in Python. Bounded: odd input cannot grow it
    without limit (a code point past the bound is folded again each time, with the same result)."""

    MAXIMUM = 20_000

    def __missing__(self, punt: int) -> str:
        gevouwen = _vouw_teken(chr(punt))
        if len(self) < self.MAXIMUM:
            self[punt] = gevouwen
        return gevouwen


_VOUWTABEL = _Vouwtabel()


def _gevouwen(tekst: str) -> str:
    return tekst.lower() if tekst.isascii() else tekst.translate(_VOUWTABEL)


def _kaart(tekst: str) -> list[int] | range:
    if tekst.isascii():
        return range(len(tekst))
    lengtes = list(map(len, map(_VOUWTABEL.__getitem__, map(ord, tekst))))
    if lengtes.count(1) == len(lengtes):  # "é" and "’" fold to one character each: the identity
        return range(len(tekst))
    kaart: list[int] = []
    for index, lengte in enumerate(lengtes):
        kaart.extend([index] * lengte)
    return kaart


def vouw(tekst: str) -> tuple[str, list[int] | range]:
    """(folded text, index map): ``kaart[i]`` is the code point in ``tekst`` of folded character ``i``."""
    return _gevouwen(tekst), _kaart(tekst)


def woorden(tekst: str) -> tuple[str, ...]:
    """The folded words of a name or a search term."""
    return tuple(_WOORD.findall(vouw(tekst)[0]))


def naamvarianten(naam: str) -> list[tuple[tuple[str, ...], bool]]:
    """(words, capital needed) for every way a person's name is written in notes."""
    delen = naam.split()
    if not delen:
        return []
    varianten: set[tuple[str, ...]] = {woorden(naam)}
    voornaam, achternaam = (delen[0], " ".join(delen[1:])) if len(delen) > 1 else (delen[0], "")
    if woorden(voornaam) and woorden(voornaam)[0] in TUSSENVOEGSELS:
        voornaam, achternaam = "", naam  # only a surname ("de Vries")
    if voornaam:
        varianten.add(woorden(voornaam))
        varianten.update((deel,) for deel in woorden(voornaam))  # "Anne" of "Anne-Marie"
    if achternaam:
        stukken = [achternaam, *(s for s in achternaam.split("-") if s.strip())]
        for stuk in stukken:
            volledig = woorden(stuk)
            kern = _zonder_tussenvoegsels(volledig)
            for vorm in {volledig, kern}:
                if vorm:
                    varianten.add(vorm)
                    if voornaam:
                        varianten.add(woorden(voornaam) + vorm)
    uit = []
    for variant in varianten:
        if not variant or all(w in TUSSENVOEGSELS for w in variant):
            continue
        hoofdletter = len(variant) == 1 and (variant[0] in GEWONE_WOORDEN or len(variant[0]) <= 2)
        uit.append((variant, hoofdletter))
    return uit


def _zonder_tussenvoegsels(woordenreeks: tuple[str, ...]) -> tuple[str, ...]:
    index = 0
    while index < len(woordenreeks) - 1 and woordenreeks[index] in TUSSENVOEGSELS:
        index += 1
    return woordenreeks[index:]


_EINDE = None  # key in a trie node: the replacement of the name that ends here


@dataclass(frozen=True)
class Treffer:
    begin: int  # code points in the original text
    eind: int
    vervanging: str


class Matcher:
    """Built once per traject (``interviews.privacy.matcher_voor``); then ``pseudonimiseer`` per text."""

    def __init__(self, namen: list[tuple[str, str]] = ()):
        """``namen``: (name as written, replacement), e.g. ("Anke de Vries-Hoekstra", "Uitvoering 3")."""
        self._trie: dict = {}
        # One word of every name variant (its longest other than a tussenvoegsel: the rarest): a text none
        # of whose words is here cannot contain a name, since a name matches only when all its words are there.
        self._kernwoorden: set[str] = set()
        self.aantal_varianten = 0
        for naam, vervanging in namen:
            for variant, hoofdletter in naamvarianten(" ".join(naam.split())):
                self._voeg_toe(variant, vervanging, hoofdletter)

    @classmethod
    def letterlijk(cls, namen: dict[str, str]) -> "Matcher":
        """A matcher for exactly these spellings (still folded: any case, with or without accents)."""
        matcher = cls()
        for naam, vervanging in namen.items():
            variant = woorden(naam)
            if variant:
                matcher._voeg_toe(variant, vervanging, len(variant) == 1 and len(variant[0]) <= 2)
        return matcher

    def _voeg_toe(self, variant: tuple[str, ...], vervanging: str, hoofdletter: bool) -> None:
        knoop = self._trie
        for woord in variant:
            knoop = knoop.setdefault(woord, {})
        if _EINDE not in knoop:  # two people with one spelling: the first keeps it (it is replaced anyway)
            knoop[_EINDE] = (vervanging, hoofdletter)
            self.aantal_varianten += 1
            self._kernwoorden.add(max(variant, key=lambda woord: (woord not in TUSSENVOEGSELS, len(woord))))

    def __bool__(self):
        return bool(self._trie)

    # ---- matching ----

    def treffers(self, tekst: str) -> list[Treffer]:
        if not self._trie or not tekst:
            return []
        gevouwen = _gevouwen(tekst)
        # Most texts name nobody: one C-speed pass over their words decides that (see ``_kernwoorden``).
        if self._kernwoorden.isdisjoint(_WOORD.findall(gevouwen)):
            return []
        kaart = _kaart(tekst)
        tokens = [(m.start(), m.end(), m.group()) for m in _WOORD.finditer(gevouwen)]
        uit, index, trie = [], 0, self._trie
        while index < len(tokens):
            if tokens[index][2] not in trie and tokens[index][2] not in _TITELS_NA_EERSTE_WOORD:
                index += 1  # no name or title starts with this word
                continue
            gevonden = self._na_titel(tokens, index, gevouwen) or self._langste(tokens, index, gevouwen, tekst, kaart)
            if gevonden is None:
                index += 1
                continue
            laatste, vervanging = gevonden
            begin = kaart[tokens[index][0]]
            eind_gevouwen = tokens[laatste][1]
            eind = kaart[eind_gevouwen] if eind_gevouwen < len(gevouwen) else len(tekst)
            uit.append(Treffer(begin, max(eind, begin + 1), vervanging))
            index = laatste + 1
        return uit

    def _aansluitend(self, tokens, j, gevouwen) -> bool:
        return bool(_TUSSENRUIMTE.fullmatch(gevouwen, tokens[j - 1][1], tokens[j][0]))

    def _langste(self, tokens, index, gevouwen, tekst, kaart, *, na_titel=False):
        """(index of the last word, replacement) of the longest name starting at word ``index``."""
        knoop, beste, j = self._trie, None, index
        while j < len(tokens) and (j == index or self._aansluitend(tokens, j, gevouwen)):
            knoop = knoop.get(tokens[j][2])
            if knoop is None:
                break
            if _EINDE in knoop:
                vervanging, hoofdletter = knoop[_EINDE]
                if na_titel or not hoofdletter or tekst[kaart[tokens[index][0]]].isupper():
                    beste = (j, vervanging)
            j += 1
        return beste

    def _na_titel(self, tokens, index, gevouwen):
        for titel in _TITELS_NA_EERSTE_WOORD.get(tokens[index][2], ()):
            einde = index + len(titel)
            if einde >= len(tokens) or tuple(t[2] for t in tokens[index:einde]) != titel:
                continue
            if all(self._aansluitend(tokens, j, gevouwen) for j in range(index + 1, einde + 1)):
                kaart = range(len(gevouwen))  # case does not matter after a title
                gevonden = self._langste(tokens, einde, gevouwen, gevouwen, kaart, na_titel=True)
                if gevonden:
                    return gevonden
        return None

    def pseudonimiseer(self, tekst: str) -> Gepseudonimiseerd:
        """The text with every name replaced; knows how displayed offsets map back to the original."""
        delen, stukken, bron, weergave = [], [], 0, 0
        for treffer in self.treffers(tekst):
            gewoon = tekst[bron : treffer.begin]
            delen.append(gewoon)
            stukken.append(Stuk(weergave, weergave + len(gewoon), bron, treffer.begin, False))
            weergave += len(gewoon)
            delen.append(treffer.vervanging)
            stukken.append(Stuk(weergave, weergave + len(treffer.vervanging), treffer.begin, treffer.eind, True))
            weergave += len(treffer.vervanging)
            bron = treffer.eind
        rest = tekst[bron:]
        delen.append(rest)
        stukken.append(Stuk(weergave, weergave + len(rest), bron, len(tekst), False))
        return Gepseudonimiseerd("".join(delen), tuple(stukken))

    def vervang(self, tekst: str) -> str:
        """The text with every name replaced (``pseudonimiseer`` without the offset map)."""
        treffers = self.treffers(tekst)
        if not treffers:
            return tekst
        delen, bron = [], 0
        for treffer in treffers:
            delen += [tekst[bron : treffer.begin], treffer.vervanging]
            bron = treffer.eind
        delen.append(tekst[bron:])
        return "".join(delen)

    def noemt_naam(self, tekst: str) -> bool:
        """Does ``tekst`` (e.g. a search term) contain any spelling of a known name, in any case?"""
        return bool(self._trie) and bool(Matcher._zonder_hoofdletters(self).treffers(tekst))

    def _zonder_hoofdletters(self) -> "Matcher":
        """A search term is typed in any case: "bos" may be meant as the name; refuse it too."""
        if not hasattr(self, "_streng"):
            streng = Matcher()
            streng._trie = _kopie_zonder_hoofdletter(self._trie)
            streng._kernwoorden = self._kernwoorden
            self._streng = streng
        return self._streng


def _kopie_zonder_hoofdletter(knoop: dict) -> dict:
    kopie = {}
    for sleutel, waarde in knoop.items():
        kopie[sleutel] = (waarde[0], False) if sleutel is _EINDE else _kopie_zonder_hoofdletter(waarde)
    return kopie


# ---- Suggesting other names --------------------------------------------------------------------

# Capitalised words in notes that are not people: function words, days, months, the domain's own words.
GEEN_NAAM = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "maar",
        "dus",
        "want",
        "toen",
        "als",
        "dan",
        "ook",
        "nog",
        "wel",
        "niet",
        "geen",
        "wat",
        "wie",
        "waar",
        "hoe",
        "waarom",
        "ik",
        "je",
        "jij",
        "u",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "jullie",
        "mijn",
        "zijn",
        "haar",
        "ons",
        "onze",
        "hun",
        "dit",
        "dat",
        "deze",
        "die",
        "er",
        "hier",
        "daar",
        "ja",
        "nee",
        "oke",
        "ok",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "gemeente",
        "wijkteam",
        "wmo",
        "jeugdwet",
        "participatiewet",
        "vng",
        "college",
        "wethouder",
        "inwoner",
        "inwoners",
        "uitvoering",
        "beleid",
        "bestuur",
        "regio",
        "partner",
        "zorgaanbieder",
        "rijk",
        "nederland",
        "nederlands",
        "sociaal",
        "domein",
        "toegang",
        "loket",
        "team",
        "citaat",
        "interview",
        "moderator",
        "vraag",
        "antwoord",
    ]
)
_KANDIDAAT = re.compile(r"[^\W\d_][\w'’-]*")


def naamkandidaten(tekst: str, matcher: Matcher, *, maximum: int = 20) -> list[str]:
    """Capitalised words that look like names of people who are not known yet, most frequent first.

    Not at the start of a sentence or line (there every word has a capital), not a known name,
    not a pseudonym, not in a small stop list. A suggestion only: a person decides.
    """
    teller: Counter = Counter()
    for treffer in _KANDIDAAT.finditer(tekst):
        woord = treffer.group().strip("-'’")
        if len(woord) < 2 or not woord[0].isupper() or woord.isupper():
            continue
        voor = tekst[: treffer.start()].rstrip(" \t\"'‘“(")
        if not voor or voor[-1] in ".!?:\n-*•>":
            continue
        gevouwen = woorden(woord)
        if not gevouwen or gevouwen[0] in GEEN_NAAM or matcher.noemt_naam(woord):
            continue
        teller[woord] += 1
    return [woord for woord, _ in teller.most_common(maximum)]
