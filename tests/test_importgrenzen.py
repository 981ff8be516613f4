"""The shared base (visieleren/*) never imports an app's tasks or services: no import circles."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_basis_importeert_geen_taken_of_services_van_apps():
    """Also function-local imports: those made the old circle services_aanmelding -> accounts.services
    -> trajecten.tasks -> services_aanmelding."""
    apps = ("trajecten", "interviews", "ontwerp", "borging", "codeboek")
    fout = []
    for pad in (ROOT / "visieleren").rglob("*.py"):
        if "migrations" in pad.parts:
            continue
        for knoop in ast.walk(ast.parse(pad.read_text())):
            if isinstance(knoop, ast.ImportFrom) and knoop.module:
                delen = knoop.module.split(".")
                if delen[0] in apps and any(d.startswith(("tasks", "services", "emails")) for d in delen[1:]):
                    fout.append(f"{pad.relative_to(ROOT)}: {knoop.module}")
    assert fout == []


def test_aanmelding_services_laden_zonder_kring():
    script = "import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'visieleren.settings.test'\nimport django; django.setup()\nimport trajecten.services.aanmelding\n"
    uit = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert uit.returncode == 0, uit.stderr
