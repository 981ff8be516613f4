"""Offsets, re-anchoring, pseudonyms and Markdown of the notes, without a database."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviews.pseudoniemen import Matcher
from interviews.tekst import (
    Meerduidig,
    PlaatsFout,
    codepunt_naar_utf16,
    herankeren,
    markdown_naar_html,
    plaats_in_bron,
    utf16_naar_codepunt,
    voorkomens,
)

# Text with accents, a diaeresis, BMP symbols and emoji outside the BMP (two UTF-16 units each).
tekens = st.sampled_from(list("abc éëï\n.😀👩🏽‍⚕️€"))
teksten = st.text(tekens, max_size=60)


def utf16_lengte(tekst):
    return len(tekst.encode("utf-16-le")) // 2


def test_utf16_naar_codepunt_telt_emoji_dubbel():
    tekst = "Café 😀 goed"
    # "Café " is 5 units, the emoji 2, so " goed" starts at unit 7 and code point 6.
    assert utf16_naar_codepunt(tekst, 5) == 5
    assert utf16_naar_codepunt(tekst, 7) == 6
    assert tekst[utf16_naar_codepunt(tekst, 8) :] == "goed"
    assert utf16_naar_codepunt(tekst, utf16_lengte(tekst)) == len(tekst)


def test_utf16_midden_in_emoji_of_voorbij_het_eind_is_een_fout():
    with pytest.raises(ValueError):
        utf16_naar_codepunt("a😀b", 2)
    with pytest.raises(ValueError):
        utf16_naar_codepunt("abc", 4)
    with pytest.raises(ValueError):
        utf16_naar_codepunt("abc", -1)


@given(teksten, st.data())
def test_utf16_en_codepunten_zijn_elkaars_omgekeerde(tekst, data):
    index = data.draw(st.integers(0, len(tekst)))
    eenheden = codepunt_naar_utf16(tekst, index)
    assert eenheden == utf16_lengte(tekst[:index])
    assert utf16_naar_codepunt(tekst, eenheden) == index


def test_selectie_met_browseroffsets_komt_op_de_juiste_codepunten():
    notities = "Inwoner: ‘Ik wacht al 6 weken 😞 op een gesprek’.\nBeleid: ‘Dat is geen uitzondering.’"
    citaat = "Ik wacht al 6 weken 😞 op een gesprek"
    weergave = Matcher().pseudonimiseer(notities)
    begin16 = codepunt_naar_utf16(notities, notities.index(citaat))
    eind16 = begin16 + utf16_lengte(citaat)
    begin, eind = plaats_in_bron(weergave, citaat, begin_utf16=begin16, eind_utf16=eind16)
    assert notities[begin:eind] == citaat
    assert eind - begin == len(citaat)  # code points: the emoji counts once


def test_selectie_die_niet_klopt_wordt_geweigerd():
    weergave = Matcher().pseudonimiseer("één twee drie")
    with pytest.raises(PlaatsFout):
        plaats_in_bron(weergave, "twee", begin_utf16=0, eind_utf16=3)


def test_getypte_tekst_die_vaker_voorkomt_vraagt_welke():
    weergave = Matcher().pseudonimiseer("rust en regie. rust en regie!")
    with pytest.raises(Meerduidig) as fout:
        plaats_in_bron(weergave, "rust en regie")
    assert fout.value.starts == [0, 15]
    assert plaats_in_bron(weergave, "rust en regie", voorkomen=2) == (15, 28)


# ---- Re-anchoring ------------------------------------------------------------------------------


def test_citaat_na_een_invoeging_ervoor_verhuist_mee():
    oud = "Vraag: hoe gaat het?\nAntwoord: de wachttijd is te lang."
    nieuw = "Datum: 3 mei.\n" + oud
    begin = oud.index("de wachttijd")
    [anker] = herankeren(oud, nieuw, [(begin, begin + 12, "de wachttijd", "ok")])
    assert anker.status == "verplaatst"
    assert nieuw[anker.begin : anker.eind] == "de wachttijd"


def test_citaat_waarvan_de_tekst_veranderde_wordt_gemarkeerd():
    oud = "de wachttijd is te lang"
    [anker] = herankeren(oud, "de wachtlijst is te lang", [(0, 12, "de wachttijd", "ok")])
    assert anker.status == "gewijzigd"


@st.composite
def notities_met_citaat_en_bewerking(draw):
    """Notes, a quote in them, and an edit (insert or delete) that does not touch the quote."""
    oud = draw(st.text(tekens, min_size=1, max_size=80))
    begin = draw(st.integers(0, len(oud) - 1))
    eind = draw(st.integers(begin + 1, len(oud)))
    if draw(st.booleans()):
        plek = draw(st.one_of(st.integers(0, begin), st.integers(eind, len(oud))))
        nieuw = oud[:plek] + draw(teksten) + oud[plek:]
    else:
        van = draw(st.one_of(st.integers(0, begin), st.integers(eind, len(oud))))
        tot = draw(st.integers(van, begin if van <= begin else len(oud)))
        nieuw = oud[:van] + oud[tot:]
    return oud, nieuw, begin, eind


@settings(max_examples=300)
@given(notities_met_citaat_en_bewerking())
def test_citaten_overleven_een_bewerking_buiten_het_citaat(geval):
    oud, nieuw, begin, eind = geval
    [anker] = herankeren(oud, nieuw, [(begin, eind, oud[begin:eind], "ok")])
    assert anker.status in {"ok", "verplaatst"}
    assert nieuw[anker.begin : anker.eind] == oud[begin:eind]


@settings(max_examples=300)
@given(teksten, teksten, st.data())
def test_een_verankerd_citaat_staat_altijd_letterlijk_in_de_nieuwe_tekst(oud, nieuw, data):
    if not oud:
        oud = "x"
    begin = data.draw(st.integers(0, len(oud) - 1))
    eind = data.draw(st.integers(begin + 1, len(oud)))
    tekst = oud[begin:eind]
    [anker] = herankeren(oud, nieuw, [(begin, eind, tekst, "ok")])
    if anker.status == "gewijzigd":
        assert (anker.begin, anker.eind) == (begin, eind)
        assert nieuw[begin:eind] != tekst
        assert len(voorkomens(nieuw, tekst)) != 1
    else:
        assert nieuw[anker.begin : anker.eind] == tekst


@given(teksten)
def test_ongewijzigde_notities_laten_alle_citaten_staan(tekst):
    ankers = [(i, i + 1, tekst[i], "ok") for i in range(len(tekst))]
    assert all(a.status == "ok" for a in herankeren(tekst, tekst, ankers))


# ---- Pseudonyms --------------------------------------------------------------------------------


def test_namen_worden_schuilnamen_en_offsets_wijzen_terug():
    namen = {"Jan de Vries": "Uitvoering 1", "Jan": "Uitvoering 1", "Émile Zoë": "Inwoner 2", "Émile": "Inwoner 2"}
    tekst = "Jan de Vries vroeg émile: hoe was het? Émile Zoë: ‘Jan luisterde.’ Janssen niet."
    weergave = Matcher.letterlijk(namen).pseudonimiseer(tekst)
    assert (
        weergave.tekst
        == "Uitvoering 1 vroeg Inwoner 2: hoe was het? Inwoner 2: ‘Uitvoering 1 luisterde.’ Janssen niet."
    )
    begin, eind = plaats_in_bron(weergave, "Uitvoering 1 luisterde.")
    assert tekst[begin:eind] == "Jan luisterde."
    # A selection that starts inside a pseudonym takes the whole name.
    d = weergave.tekst.index("voering 1 vroeg")
    assert weergave.naar_bron(d, is_eind=False) == 0


def test_achternamen_die_ook_een_woord_zijn_alleen_met_hoofdletter_of_na_een_titel():
    matcher = Matcher([("Yvonne Bos", "Beleid 1"), ("Peter de Boer", "Beleid 2")])
    tekst = "Mevrouw Bos liep door het bos. De Boer en meneer de boer; peter ook. Bos zelf."
    weergave = matcher.pseudonimiseer(tekst)
    assert weergave.tekst == "Beleid 1 liep door het bos. Beleid 2 en Beleid 2; Beleid 2 ook. Beleid 1 zelf."


@given(teksten)
def test_zonder_namen_is_de_weergave_de_tekst_zelf(tekst):
    weergave = Matcher().pseudonimiseer(tekst)
    assert weergave.tekst == tekst
    assert weergave.naar_bron(len(tekst), is_eind=True) == len(tekst)


# ---- Markdown ----------------------------------------------------------------------------------


def test_markdown_wordt_opgeschoond():
    html = markdown_naar_html(
        "# Kop\n\n**vet** <script>alert(1)</script> [link](javascript:alert(1)) <img src=x onerror=y>"
    )
    assert "<strong>vet</strong>" in html
    assert "<h3>Kop</h3>" in html
    for verboden in ("<script", "alert(1)</", "<a ", "<img", "onerror", "<h1"):
        assert verboden not in html


namen_strategie = st.dictionaries(
    st.text(st.sampled_from(list("abéJ😀")), min_size=2, max_size=5),
    st.sampled_from(["Inwoner 1", "Beleid 2", "X"]),
    max_size=3,
)


@given(teksten, namen_strategie, st.data())
def test_weergave_offsets_wijzen_altijd_in_de_bron_en_monotoon(tekst, namen, data):
    weergave = Matcher.letterlijk(namen).pseudonimiseer(tekst)
    assert weergave.naar_bron(0, is_eind=False) == 0
    assert weergave.naar_bron(len(weergave.tekst), is_eind=True) == len(tekst)
    a = data.draw(st.integers(0, len(weergave.tekst)))
    b = data.draw(st.integers(a, len(weergave.tekst)))
    begin, eind = weergave.naar_bron(a, is_eind=False), weergave.naar_bron(b, is_eind=True)
    assert 0 <= begin <= eind <= len(tekst)
    # Unreplaced text maps one to one.
    for stuk in weergave.stukken:
        if not stuk.vervangen:
            assert weergave.tekst[stuk.weergave_begin : stuk.weergave_eind] == tekst[stuk.bron_begin : stuk.bron_eind]
