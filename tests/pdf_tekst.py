"""The text of a PDF as a reader gets it (poppler's pdftotext), white space folded: for checking what a
rendered PDF says and never says."""

import shutil
import subprocess


def pdf_tekst(pdf: bytes) -> str:
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "pdftotext (poppler-utils) is nodig voor deze test"
    tekst = subprocess.run([pdftotext, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return " ".join(tekst.split())
