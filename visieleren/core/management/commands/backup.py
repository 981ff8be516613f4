from django.core.management.base import BaseCommand, CommandError

from visieleren.backup import BackupFout, backup_maken


class Command(BaseCommand):
    help = "Maak een backup van de database en de private bestanden (make backup)."

    def add_arguments(self, parser):
        parser.add_argument("--map", help="Map voor de backup (standaard backups/<datum-tijd>).")

    def handle(self, *args, map=None, **options):
        try:
            pad = backup_maken(map=map)
        except BackupFout as fout:
            raise CommandError(str(fout)) from None
        self.stdout.write(f"Backup gemaakt in {pad}")
