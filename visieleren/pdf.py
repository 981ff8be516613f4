"""The one PDF helper: a template and its context in, tagged PDF bytes out.

Every PDF of the product (quote cards, eindrapportage, the national report) goes through
``render_to_pdf``. Quotes, inzichten and report texts are user text, so the renderer must never fetch a
URL that someone typed: ``AlleenStatischeBestanden`` serves the project's own static files from disk and
refuses everything else (http, https, file, ftp, data other than images, paths outside the static
folders), before any connection or file read is made.

WeasyPrint is imported lazily: it loads Pango and fonts, which web requests that make no PDF never need.
"""

import logging
import mimetypes
import posixpath
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

# The document's base URL: relative links resolve against it, and it can never be reached on a network.
BASIS_URL = "https://visieleren.invalid/"

# Tagged variants only: both write /MarkInfo, /StructTreeRoot and /Lang (from <html lang="nl">).
VARIANTEN = {"pdf/ua-1", "pdf/a-3a"}


class GeweigerdeUrl(ValueError):
    """A URL the PDF renderer may not fetch; WeasyPrint leaves the resource out and renders on."""


def statisch_pad(url: str):
    """The file on disk behind a ``STATIC_URL`` address of our own base URL, or None."""
    delen = urlsplit(url)
    basis = urlsplit(BASIS_URL)
    if (delen.scheme, delen.netloc) != (basis.scheme, basis.netloc) or delen.query:
        return None
    pad = posixpath.normpath(unquote(delen.path))
    if not pad.startswith(settings.STATIC_URL) or "\x00" in pad:
        return None
    relatief = pad.removeprefix(settings.STATIC_URL)
    if relatief.startswith(("/", "..")) or not relatief:
        return None
    gevonden = finders.find(relatief)
    if gevonden is None and settings.STATIC_ROOT:
        # Collected (possibly hashed) files in production.
        kandidaat = Path(settings.STATIC_ROOT, relatief).resolve()
        if kandidaat.is_relative_to(Path(settings.STATIC_ROOT).resolve()) and kandidaat.is_file():
            gevonden = str(kandidaat)
    return gevonden


def _url_fetcher_klasse():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AlleenStatischeBestanden(URLFetcher):
        """Serves ``/static/…`` of our own base URL from disk and refuses every other URL."""

        def __init__(self):
            super().__init__(allowed_protocols=("https",), allow_redirects=False)
            self.geweigerd: list[str] = []

        def fetch(self, url, headers=None):
            bestand = statisch_pad(url)
            if bestand is None:
                self.geweigerd.append(url)
                logger.info("PDF: url geweigerd: %.200s", url)
                raise GeweigerdeUrl(f"Deze url mag de PDF niet ophalen: {url[:200]}")
            soort = mimetypes.guess_type(bestand)[0] or "application/octet-stream"
            with open(bestand, "rb") as f:
                inhoud = f.read()
            return URLFetcherResponse(url, inhoud, {"Content-Type": soort})

    return AlleenStatischeBestanden


@dataclass(frozen=True)
class Pdf:
    inhoud: bytes
    paginas: int
    variant: str = "pdf/ua-1"


def pdf_maken(template_name: str, context: dict, *, variant: str = "pdf/ua-1") -> Pdf:
    """Render a Django template to a tagged PDF; the template sets ``<html lang="nl">`` and ``<title>``."""
    if variant not in VARIANTEN:
        raise ValueError(f"Onbekende PDF-variant: {variant}")
    from weasyprint import HTML

    html = render_to_string(template_name, {"STATIC_URL": settings.STATIC_URL, **context})
    fetcher = _url_fetcher_klasse()()
    document = HTML(string=html, base_url=BASIS_URL, url_fetcher=fetcher).render(pdf_variant=variant)
    return Pdf(inhoud=document.write_pdf(pdf_variant=variant), paginas=len(document.pages), variant=variant)


def render_to_pdf(template_name: str, context: dict, *, variant: str = "pdf/ua-1") -> bytes:
    """The PDF bytes of ``pdf_maken``."""
    return pdf_maken(template_name, context, variant=variant).inhoud
