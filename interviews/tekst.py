"""Pure text functions of the notes: offsets, re-anchoring quotes, the pseudonymised view and Markdown.

Finding names is ``interviews/pseudoniemen.py`` (the one matcher); it returns a ``Gepseudonimiseerd``.

No database here, so that the rules can be tested exhaustively (tests/interviews/test_tekst.py uses
hypothesis). Offsets are code points into the stored notes, i.e. Python string indices; the browser
counts in UTF-16 code units, in which a character outside the BMP (most emoji) counts twice.
"""

import unicodedata
from dataclasses import dataclass

import markdown
import nh3


def normaliseer_regels(tekst: str) -> str:
    """Notes are stored with ``\\n`` newlines only, whatever the browser or the file sent."""
    return tekst.replace("\r\n", "\n").replace("\r", "\n")


# ---- Character boundaries -----------------------------------------------------------------------

_ZWJ = "\u200d"


def _hangt_aan_vorige(teken: str) -> bool:
    """A code point that belongs to the character before it: accents, emoji modifiers and joiners."""
    punt = ord(teken)
    return (
        unicodedata.combining(teken) != 0
        or unicodedata.category(teken) in ("Mn", "Me", "Mc")
        or teken == _ZWJ
        or 0xFE00 <= punt <= 0xFE0F  # variation selectors (text or emoji style)
        or 0x1F3FB <= punt <= 0x1F3FF  # skin tones
        or 0xE0020 <= punt <= 0xE007F  # tag characters (subdivision flags)
    )


def _regionaal(teken: str) -> bool:
    return 0x1F1E6 <= ord(teken) <= 0x1F1FF


def op_tekengrens(tekst: str, index: int) -> bool:
    """Whether ``index`` lies between two user-perceived characters, not inside one.

    A quote must not start with a lone accent or end between an emoji and its skin tone, nor cut a
    family emoji (joined with U+200D) or a flag (two regional indicators) in half.
    """
    if index <= 0 or index >= len(tekst):
        return True
    voor, na = tekst[index - 1], tekst[index]
    if _hangt_aan_vorige(na) or voor == _ZWJ:
        return False
    if _regionaal(voor) and _regionaal(na):
        reeks = 0
        while index - 1 - reeks >= 0 and _regionaal(tekst[index - 1 - reeks]):
            reeks += 1
        return reeks % 2 == 0
    return True


# ---- UTF-16 (browser) to code points (server) ----------------------------------------------------


def utf16_naar_codepunt(tekst: str, offset: int) -> int:
    """The code-point index in ``tekst`` of a UTF-16 offset as the browser counts it.

    Raises ``ValueError`` for a negative offset, one past the end, or one that falls between the two
    halves of a surrogate pair (a selection cannot end inside an emoji).
    """
    if offset < 0:
        raise ValueError("Een positie kan niet negatief zijn.")
    eenheden = 0
    for index, teken in enumerate(tekst):
        if eenheden == offset:
            return index
        eenheden += 2 if ord(teken) > 0xFFFF else 1
        if eenheden > offset:
            raise ValueError("De positie valt midden in een teken.")
    if eenheden == offset:
        return len(tekst)
    raise ValueError("De positie ligt voorbij het einde van de tekst.")


def codepunt_naar_utf16(tekst: str, index: int) -> int:
    """The inverse: how many UTF-16 code units precede code point ``index``."""
    return sum(2 if ord(teken) > 0xFFFF else 1 for teken in tekst[:index])


# ---- Finding a quote's text --------------------------------------------------------------------


def voorkomens(tekst: str, deel: str) -> list[int]:
    """Every start index of ``deel`` in ``tekst``, overlapping ones included."""
    if not deel:
        return []
    gevonden, start = [], tekst.find(deel)
    while start != -1:
        gevonden.append(start)
        start = tekst.find(deel, start + 1)
    return gevonden


def regel_en_kolom(tekst: str, index: int) -> tuple[int, int]:
    """1-based line and column of a code-point index, for people choosing between occurrences."""
    voor = tekst[:index]
    return voor.count("\n") + 1, index - (voor.rfind("\n") + 1) + 1


def fragment_rond(tekst: str, begin: int, eind: int, marge: int = 40) -> tuple[str, str, str]:
    """(before, the part itself, after) with a little context on both sides."""
    return tekst[max(0, begin - marge) : begin], tekst[begin:eind], tekst[eind : eind + marge]


# ---- Re-anchoring after an edit ----------------------------------------------------------------


@dataclass(frozen=True)
class Anker:
    begin: int
    eind: int
    status: str  # "ok" | "verplaatst" | "gewijzigd" (Citaat.Anker values)


def herankeren(oud: str, nieuw: str, ankers: list[tuple[int, int, str, str]]) -> list[Anker]:
    """Re-locate quotes after the notes changed from ``oud`` to ``nieuw``; deterministic.

    ``ankers`` holds (begin, eind, tekst, huidige status) per quote. For each quote, in this order:
    1. its text is still at the same offsets: keep them (status ok, or verplaatst if it already was);
    2. its text is at the offsets shifted by the change in length (right for any edit that lies
       wholly before the quote): take those, status verplaatst;
    3. its text occurs exactly once in the new notes: take that, status verplaatst;
    4. otherwise the offsets stay and the quote is flagged gewijzigd (its own text is kept).
    So an anchored quote always has ``nieuw[begin:eind] == tekst``, and an edit that does not touch
    a quote never loses it.
    """
    verschuiving = len(nieuw) - len(oud)
    resultaat = []
    for begin, eind, tekst, status in ankers:
        lengte = len(tekst)
        if eind - begin == lengte and nieuw[begin:eind] == tekst:
            resultaat.append(Anker(begin, eind, "verplaatst" if status == "verplaatst" else "ok"))
            continue
        kandidaat = begin + verschuiving
        if kandidaat >= 0 and nieuw[kandidaat : kandidaat + lengte] == tekst:
            resultaat.append(Anker(kandidaat, kandidaat + lengte, "verplaatst"))
            continue
        gevonden = voorkomens(nieuw, tekst)
        if len(gevonden) == 1:
            resultaat.append(Anker(gevonden[0], gevonden[0] + lengte, "verplaatst"))
        else:
            resultaat.append(Anker(begin, eind, "gewijzigd"))
    return resultaat


# ---- Pseudonyms --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stuk:
    """A piece of the displayed text and where it comes from in the stored text."""

    weergave_begin: int
    weergave_eind: int
    bron_begin: int
    bron_eind: int
    vervangen: bool


@dataclass(frozen=True)
class Gepseudonimiseerd:
    tekst: str
    stukken: tuple[Stuk, ...]

    def naar_bron(self, index: int, *, is_eind: bool) -> int:
        """A displayed index back to the stored text; inside a replaced name, the whole name counts."""
        for stuk in self.stukken:
            if stuk.weergave_begin <= index <= stuk.weergave_eind:
                if not stuk.vervangen:
                    return stuk.bron_begin + (index - stuk.weergave_begin)
                if index == stuk.weergave_begin:
                    return stuk.bron_begin
                if index == stuk.weergave_eind or is_eind:
                    return stuk.bron_eind
                return stuk.bron_begin
        return self.stukken[-1].bron_eind if self.stukken else 0

    def naar_weergave(self, index: int, *, is_eind: bool) -> int:
        """A stored index to the displayed text (to mark quotes in pseudonymised notes)."""
        for stuk in self.stukken:
            if stuk.bron_begin <= index <= stuk.bron_eind:
                if not stuk.vervangen:
                    return stuk.weergave_begin + (index - stuk.bron_begin)
                if index == stuk.bron_begin:
                    return stuk.weergave_begin
                return stuk.weergave_eind if is_eind or index == stuk.bron_eind else stuk.weergave_begin
        return self.stukken[-1].weergave_eind if self.stukken else 0


# ---- Markdown, sanitised -----------------------------------------------------------------------

_TOEGESTAAN = {"p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "h3", "h4", "h5", "h6", "code", "pre"}


def markdown_naar_html(tekst: str) -> str:
    """Simple Markdown to HTML, then sanitised by nh3: no links, images, scripts or attributes.

    Headings are pushed down to h3..h6 so they fit under the page's own h1/h2.
    """
    html = markdown.markdown(tekst, extensions=["sane_lists"], output_format="html")
    for niveau in range(6, 0, -1):
        nieuw = min(6, niveau + 2)
        html = html.replace(f"<h{niveau}>", f"<h{nieuw}>").replace(f"</h{niveau}>", f"</h{nieuw}>")
    return nh3.clean(html, tags=_TOEGESTAAN, attributes={}, link_rel=None)


# ---- Placing a quote the user selected or typed ------------------------------------------------


class PlaatsFout(ValueError):
    """The quote cannot be placed in the notes; the message is Dutch."""


class Meerduidig(PlaatsFout):
    """The typed text occurs more than once: the user must say which occurrence."""

    def __init__(self, starts: list[int]):
        super().__init__("Deze tekst komt meer dan eens voor in de aantekeningen. Kies welke u bedoelt.")
        self.starts = starts


def plaats_in_bron(
    weergave: Gepseudonimiseerd,
    tekst: str,
    *,
    begin_utf16: int | None = None,
    eind_utf16: int | None = None,
    voorkomen: int | None = None,
) -> tuple[int, int]:
    """Code-point offsets in the *stored* notes of a quote selected or typed in the displayed notes.

    With browser offsets (UTF-16, relative to the displayed text) they are converted and checked
    against ``tekst``. Without them the typed text is looked up; if it occurs several times,
    ``voorkomen`` (1-based) says which one, else ``Meerduidig`` is raised.
    """
    tekst = normaliseer_regels(tekst)
    if not tekst.strip():
        raise PlaatsFout("Selecteer of typ eerst de tekst van het citaat.")
    if begin_utf16 is not None and eind_utf16 is not None:
        try:
            begin = utf16_naar_codepunt(weergave.tekst, begin_utf16)
            eind = utf16_naar_codepunt(weergave.tekst, eind_utf16)
        except ValueError as fout:
            raise PlaatsFout(f"De selectie past niet in de aantekeningen: {fout}") from None
        if weergave.tekst[begin:eind] != tekst:
            raise PlaatsFout(
                "De geselecteerde tekst komt niet overeen met de aantekeningen. "
                "Misschien zijn ze intussen gewijzigd: laad de pagina opnieuw en selecteer opnieuw."
            )
    else:
        gevonden = voorkomens(weergave.tekst, tekst)
        if not gevonden:
            raise PlaatsFout("Deze tekst komt niet letterlijk zo voor in de aantekeningen. Kopieer hem precies.")
        if len(gevonden) == 1:
            begin = gevonden[0]
        elif voorkomen is not None and 1 <= voorkomen <= len(gevonden):
            begin = gevonden[voorkomen - 1]
        else:
            raise Meerduidig(gevonden)
        eind = begin + len(tekst)
    while begin < eind and weergave.tekst[begin].isspace():
        begin += 1
    while eind > begin and weergave.tekst[eind - 1].isspace():
        eind -= 1
    return weergave.naar_bron(begin, is_eind=False), weergave.naar_bron(eind, is_eind=True)
