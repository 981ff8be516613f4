"""The streaming XLSX writer (interviews/xlsx.py): what openpyxl reads back is what was written."""

import io
import zipfile
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from interviews.xlsx import MAX_TEKENS, XlsxSchrijver, kolomletters


def _schrijf(rijen, naam="Citaten") -> bytes:
    bestand = io.BytesIO()
    with XlsxSchrijver(bestand, naam) as blad:
        for rij in rijen:
            blad.rij(rij)
    return bestand.getvalue()


def _lees(inhoud: bytes, naam="Citaten"):
    return list(openpyxl.load_workbook(io.BytesIO(inhoud))[naam].iter_rows(values_only=True))


def test_kolomletters():
    assert [kolomletters(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]


def test_waarden_komen_terug_met_hun_soort():
    rijen = [
        ["tekst", "datum", "tijd", "getal", "leeg", "waar"],
        ["Één citaat & <meer>", date(2024, 3, 1), datetime(2024, 3, 1, 14, 30), 42, None, True],
        ["  spaties  ", date(1999, 12, 31), datetime(2026, 11, 30, 0, 0, 59), 3.5, "", False],
    ]
    terug = _lees(_schrijf(rijen))
    assert terug[0] == tuple(rijen[0])
    assert terug[1] == ("Één citaat & <meer>", datetime(2024, 3, 1), datetime(2024, 3, 1, 14, 30), 42, None, True)
    assert terug[2][:4] == ("  spaties  ", datetime(1999, 12, 31), datetime(2026, 11, 30, 0, 0, 59), 3.5)
    assert terug[2][5] is False


def test_tekst_is_nooit_een_formule():
    inhoud = _schrijf([['=HYPERLINK("http://x")', "+31", "@iedereen", "-1"]])
    blad = openpyxl.load_workbook(io.BytesIO(inhoud))["Citaten"]
    cellen = [c for rij in blad.iter_rows() for c in rij]
    assert [c.value for c in cellen] == ['=HYPERLINK("http://x")', "+31", "@iedereen", "-1"]
    assert all(c.data_type == "s" for c in cellen)
    assert b"<f>" not in zipfile.ZipFile(io.BytesIO(inhoud)).read("xl/worksheets/sheet1.xml")


def test_tekens_die_xml_niet_toestaat_vallen_weg_en_regeleinden_blijven():
    terug = _lees(_schrijf([["a\x00b\x0bc\x1fd\ufffe", "regel 1\nregel 2\r\nregel 3\tkolom", "\ud800los"]]))
    assert terug[0] == ("abcd", "regel 1\nregel 2\r\nregel 3\tkolom", "los")


def test_te_lange_tekst_wordt_op_de_celgrens_afgekapt():
    terug = _lees(_schrijf([["x" * (MAX_TEKENS + 10)]]))
    assert len(terug[0][0]) == MAX_TEKENS and terug[0][0].endswith("…")


def test_tijd_met_zone_in_de_gevraagde_zone_en_zonder_zone_geweigerd():
    moment = datetime(2024, 7, 1, 12, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="tijdzones"):
        _schrijf([[moment]])
    bestand = io.BytesIO()
    with XlsxSchrijver(bestand, "Citaten", tijdzone=ZoneInfo("Europe/Amsterdam")) as blad:
        blad.rij([moment])
    assert _lees(bestand.getvalue()) == [(datetime(2024, 7, 1, 14, 0),)]


def test_voorloop_maakt_formuleachtige_tekst_onschadelijk():
    bestand = io.BytesIO()
    with XlsxSchrijver(bestand, "Citaten", voorloop=("=", "+", "-", "@")) as blad:
        blad.rij(["=1+1", "+31", "gewoon", "@x", -5, "=1+1"])
    assert _lees(bestand.getvalue()) == [("'=1+1", "'+31", "gewoon", "'@x", -5, "'=1+1")]


def test_elk_onderdeel_is_goedgevormde_xml_en_de_bladnaam_wordt_geescaped():
    inhoud = _schrijf([["a"]], naam='Citaten & "andere" <dingen> die veel te lang zijn voor een blad')
    zip_ = zipfile.ZipFile(io.BytesIO(inhoud))
    assert zip_.testzip() is None
    assert set(zip_.namelist()) >= {
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
    }
    for naam in zip_.namelist():
        etree.fromstring(zip_.read(naam))
    werkboek = openpyxl.load_workbook(io.BytesIO(inhoud))
    assert werkboek.sheetnames == ['Citaten & "andere" <dingen> die']


def test_veel_rijen_in_delen_geschreven():
    rijen = [[f"rij {i}", i, None, "x" if i % 2 else ""] for i in range(2345)]
    terug = _lees(_schrijf(rijen))
    assert len(terug) == 2345
    assert terug[0] == ("rij 0", 0, None, None) and terug[-2:] == [
        ("rij 2343", 2343, None, "x"),
        ("rij 2344", 2344, None, None),
    ]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.one_of(st.text(max_size=30), st.integers(-(10**12), 10**12)), max_size=6), max_size=8))
def test_willekeurige_tekst_komt_terug_zoals_xml_hem_toestaat(rijen):
    terug = _lees(_schrijf(rijen))

    def verwacht(waarde):
        if isinstance(waarde, str):
            waarde = "".join(
                t
                for t in waarde
                if t in "\t\n\r" or (t >= " " and t not in "\ufffe\uffff" and not "\ud800" <= t <= "\udfff")
            )
            return waarde or None
        return waarde

    # openpyxl reads as many columns as the widest non-empty cell and no row after the last one with a value
    terug += [()] * (len(rijen) - len(terug))
    for geschreven, gelezen in zip(rijen, terug, strict=True):
        assert [verwacht(w) for w in geschreven] == [*gelezen, *[None] * len(geschreven)][: len(geschreven)]
