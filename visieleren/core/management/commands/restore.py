from django.core.management.base import BaseCommand, CommandError

from visieleren.backup import BackupFout, backup_terugzetten


class Command(BaseCommand):
    help = "Zet een backup terug in de database van DATABASE_URL en PRIVATE_MEDIA_ROOT (make restore)."

    def add_arguments(self, parser):
        parser.add_argument("map", help="De map van de backup, bijvoorbeeld backups/20261130-0600.")

    def handle(self, *args, map, **options):
        try:
            backup_terugzetten(map=map)
        except BackupFout as fout:
            raise CommandError(str(fout)) from None
        self.stdout.write(f"Backup uit {map} teruggezet.")
