"""Text e-mails arrive as typed: no HTML escaping ("'s-Hertogenbosch", "B&W")."""

from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import render_to_string

from tests.factories import UserFactory

ROOT = Path(settings.BASE_DIR)
TXT = sorted(p for p in ROOT.glob("**/templates/**/*.txt") if ".venv" not in p.parts and "node_modules" not in p.parts)


def test_er_zijn_tekstmails():
    assert len(TXT) >= 5


@pytest.mark.parametrize("pad", TXT, ids=[str(p.relative_to(ROOT)) for p in TXT])
def test_elke_tekstmail_zet_autoescape_uit(pad):
    assert pad.read_text().lstrip().startswith("{% autoescape off %}"), pad


def test_uitnodiging_komt_aan_zoals_getypt(db):
    user = UserFactory(naam="Anne 's-Hertogenbosch & Zn")
    tekst = render_to_string(
        "accounts/email/uitnodiging.txt", {"user": user, "link": "https://x/?a=1&b=2", "geldig_dagen": 3}
    )
    assert "Anne 's-Hertogenbosch & Zn" in tekst
    assert "a=1&b=2" in tekst
    assert "&#x27;" not in tekst and "&amp;" not in tekst
