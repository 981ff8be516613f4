"""Load the demo data every newcomer sees at first start. Idempotent: run it as often as you like."""

import time
from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

# Each phase adds its own module; each has ``laden(demo: dict) -> None`` that reads what earlier
# steps put in ``demo`` (e.g. ``demo["trajecten"]``: {Tabel 1 nummer: Traject}) and may add to it.
DEMO_STAPPEN = [
    "trajecten.demo.traject",
    "trajecten.demo.aanmelding",
    "trajecten.demo.starten",
    "interviews.demo.interviews",
    "interviews.demo.codeboek",
    "ontwerp.demo.ontwerp",
    "borging.demo.streefwaarden",
    "borging.demo.borgingsessie",
    "borging.demo.evaluatie",
    "borging.demo.nazorg",
    "rodedraden.demo.rodedraden",
    "borging.demo.eindrapportage",
]


class Command(BaseCommand):
    help = "Laadt de demodata (de negen trajecten van Tabel 1 en één account per rol). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Ook laden als DEBUG uit staat (niet in productie!).")

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo maakt accounts met een bekend wachtwoord; gebruik --force buiten ontwikkeling."
            )
        demo: dict = {}
        begin = time.monotonic()
        with transaction.atomic():
            for stap in DEMO_STAPPEN:
                import_module(stap).laden(demo)
        duur = time.monotonic() - begin
        from interviews.models import Beoordeling, Citaat, Interview, Tagging
        from interviews.tellingen import vergeet_na_bulk
        from trajecten.models import Aanmelding, Traject

        vergeet_na_bulk(Traject.objects.values_list("pk", flat=True))  # the demo writes in bulk, without signals

        telling = (
            f"{Traject.objects.count()} trajecten, {Aanmelding.objects.count()} aanmeldingen, "
            f"{Interview.objects.count()} duo-interviews, {Citaat.objects.count()} citaten, "
            f"{Tagging.objects.filter(verwijderd_op__isnull=True).count()} tags, "
            f"{Beoordeling.objects.count()} beoordelingen"
        )
        self.stdout.write(self.style.SUCCESS(f"Demodata geladen in {duur:.1f} s: {telling}."))
        self.stdout.write("Demo-accounts (e-mail / wachtwoord / rol):")
        for email, wachtwoord, rol in demo["accounts"]:
            self.stdout.write(f"  {email:32} {wachtwoord:18} {rol}")
