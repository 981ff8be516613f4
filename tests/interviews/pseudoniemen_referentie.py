"""The name matcher as it was before the fast path (commit 81129ba), kept verbatim as the reference.

``tests/interviews/test_pseudoniemen_snel.py`` compares the current matcher with this one on random
names and texts (hypothesis): the fast path must find exactly the same names at exactly the same
places. Never used by the application.
"""

import re
import unicodedata
from dataclasses import dataclass

from interviews.pseudoniemen import GEWONE_WOORDEN, TITELS, TUSSENVOEGSELS
from interviews.tekst import Gepseudonimiseerd, Stuk

_WOORD = re.compile(r"\w+")
_TUSSENRUIMTE = re.compile(r"[\s\-.'’‘]{1,3}")
_STREEPJES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "’": "'", "‘": "'"})


def vouw(tekst: str) -> tuple[str, list[int] | range]:
    """(folded text, index map): ``kaart[i]`` is the code point in ``tekst`` of folded character ``i``."""
    if tekst.isascii():
        return tekst.lower(), range(len(tekst))
    uit: list[str] = []
    kaart: list[int] = []
    for index, teken in enumerate(tekst):
        if teken.isascii():
            uit.append(teken.lower())
            kaart.append(index)
            continue
        for deel in unicodedata.normalize("NFKD", teken.translate(_STREEPJES)):
            if unicodedata.combining(deel):
                continue
            for letter in deel.casefold():
                uit.append(letter)
                kaart.append(index)
    return "".join(uit), kaart


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

    def __bool__(self):
        return bool(self._trie)

    # ---- matching ----

    def treffers(self, tekst: str) -> list[Treffer]:
        if not self._trie or not tekst:
            return []
        gevouwen, kaart = vouw(tekst)
        tokens = [(m.start(), m.end(), m.group()) for m in _WOORD.finditer(gevouwen)]
        uit, index = [], 0
        while index < len(tokens):
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
        for titel in TITELS:
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
        return self.pseudonimiseer(tekst).tekst if self._trie else tekst

    def noemt_naam(self, tekst: str) -> bool:
        """Does ``tekst`` (e.g. a search term) contain any spelling of a known name, in any case?"""
        return bool(self._trie) and bool(Matcher._zonder_hoofdletters(self).treffers(tekst))

    def _zonder_hoofdletters(self) -> "Matcher":
        """A search term is typed in any case: "bos" may be meant as the name; refuse it too."""
        if not hasattr(self, "_streng"):
            streng = Matcher()
            streng._trie = _kopie_zonder_hoofdletter(self._trie)
            self._streng = streng
        return self._streng


def _kopie_zonder_hoofdletter(knoop: dict) -> dict:
    kopie = {}
    for sleutel, waarde in knoop.items():
        kopie[sleutel] = (waarde[0], False) if sleutel is _EINDE else _kopie_zonder_hoofdletter(waarde)
    return kopie
