"""Load the demo data every newcomer sees at first start. Idempotent: run it as often as you like."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from trajecten import demo as trajecten_demo


class Command(BaseCommand):
    help = "Laadt de demodata (de negen trajecten van Tabel 1 en één account per rol). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Ook laden als DEBUG uit staat (niet in productie!).")

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo maakt accounts met een bekend wachtwoord; gebruik --force buiten ontwikkeling."
            )
        with transaction.atomic():
            resultaat = trajecten_demo.laden(self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Demodata geladen: {len(resultaat['trajecten'])} trajecten."))
        self.stdout.write("Demo-accounts (e-mail / wachtwoord / rol):")
        for email, wachtwoord, rol in resultaat["accounts"]:
            self.stdout.write(f"  {email:32} {wachtwoord:18} {rol}")
