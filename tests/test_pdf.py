"""The one PDF helper: tagged output, and a renderer that fetches nothing but our own static files."""

import io
import socket
import threading

import pikepdf
import pytest

from visieleren.pdf import BASIS_URL, render_to_pdf, statisch_pad

VIJANDIG = """
<img src="http://127.0.0.1:{poort}/plaatje.png" alt="x">
<img src="file:///etc/passwd" alt="y">
<link rel="stylesheet" href="http://127.0.0.1:{poort}/stijl.css">
<style>@import url("http://127.0.0.1:{poort}/import.css"); p {{ background: url(file:///etc/passwd); }}</style>
<div style="background-image: url('http://127.0.0.1:{poort}/achtergrond.png')">tekst</div>
<img src="/static/../visieleren/settings/base.py" alt="z">
<img src="//127.0.0.1:{poort}/protocol-relatief.png" alt="p">
"""


@pytest.fixture
def templates(settings, tmp_path):
    """A test template that puts (already sanitised, here deliberately hostile) HTML into the base layout."""
    (tmp_path / "pdf_test.html").write_text(
        '{% extends "pdf/basis.html" %}{% block inhoud %}<h1>{{ titel }}</h1>'
        "<h2>Tweede kop</h2><p>{{ tekst }}</p>{{ html|safe }}{% endblock %}",
        encoding="utf-8",
    )
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}]
    return "pdf_test.html"


@pytest.fixture
def luisteraar():
    """A TCP listener on 127.0.0.1 that counts every connection the renderer would make."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    verbindingen = []
    stop = threading.Event()

    def accepteer():
        while not stop.is_set():
            try:
                verbinding, _ = server.accept()
            except TimeoutError:
                continue
            verbindingen.append(verbinding)
            verbinding.close()

    draad = threading.Thread(target=accepteer, daemon=True)
    draad.start()
    yield server.getsockname()[1], verbindingen
    stop.set()
    draad.join()
    server.close()


def test_pdf_is_getagd_met_taal_titel_en_structuur(templates):
    inhoud = render_to_pdf(templates, {"titel": "Kaartjes Stede Broec", "tekst": "Een citaat.", "html": ""})
    pdf = pikepdf.open(io.BytesIO(inhoud))
    assert str(pdf.Root.Lang) == "nl"
    assert bool(pdf.Root.MarkInfo.Marked) is True
    assert "/StructTreeRoot" in pdf.Root
    assert str(pdf.docinfo["/Title"]) == "Kaartjes Stede Broec"
    # The print stylesheet from /static/ was loaded: A4 pages (595 x 842 pt).
    breedte, hoogte = (float(x) for x in pdf.pages[0].mediabox[2:])
    assert (round(breedte), round(hoogte)) == (595, 842)


def test_pdf_a3a_is_ook_getagd(templates):
    inhoud = render_to_pdf(templates, {"titel": "Archief", "tekst": "", "html": ""}, variant="pdf/a-3a")
    pdf = pikepdf.open(io.BytesIO(inhoud))
    assert "/StructTreeRoot" in pdf.Root
    with pdf.open_metadata() as meta:
        assert meta.get("pdfaid:part") == "3"


def test_onbekende_variant_wordt_geweigerd(templates):
    with pytest.raises(ValueError):
        render_to_pdf(templates, {"titel": "x"}, variant="pdf/a-1b")


def test_renderer_haalt_geen_url_uit_gebruikerstekst_op(templates, luisteraar, caplog):
    poort, verbindingen = luisteraar
    caplog.set_level("INFO", logger="visieleren.pdf")
    inhoud = render_to_pdf(templates, {"titel": "Vijandig", "tekst": "", "html": VIJANDIG.format(poort=poort)})
    assert inhoud.startswith(b"%PDF")
    assert verbindingen == []
    geweigerd = " ".join(r.getMessage() for r in caplog.records if "geweigerd" in r.getMessage())
    for stukje in ("plaatje.png", "stijl.css", "import.css", "achtergrond.png", "/etc/passwd", "protocol-relatief"):
        assert stukje in geweigerd
    assert "base.py" in geweigerd


def test_tekst_met_html_wordt_geescaped_en_niet_opgehaald(templates, luisteraar):
    poort, verbindingen = luisteraar
    tekst = f'<img src="http://127.0.0.1:{poort}/x.png"> en <style>@import "http://127.0.0.1:{poort}/y.css";</style>'
    render_to_pdf(templates, {"titel": "Escaped", "tekst": tekst, "html": ""})
    assert verbindingen == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/static/css/pdf.css",
        "file:///etc/passwd",
        f"{BASIS_URL}static/../manage.py",
        f"{BASIS_URL}static/%2e%2e/manage.py",
        f"{BASIS_URL}media/geheim.pdf",
        f"{BASIS_URL}static/css/pdf.css?x=1",
        "https://visieleren.invalid.aanvaller.nl/static/css/pdf.css",
        "data:text/css,body{}",
    ],
)
def test_statisch_pad_weigert_alles_buiten_de_eigen_statische_bestanden(url):
    assert statisch_pad(url) is None


def test_statisch_pad_vindt_de_eigen_stylesheet():
    assert statisch_pad(f"{BASIS_URL}static/css/pdf.css").endswith("static/css/pdf.css")
