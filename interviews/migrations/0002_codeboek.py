from django.db import migrations


def codeboek_laden(apps, schema_editor):
    from interviews.data import HOOFDTHEMAS, SOORTEN, UITGANGSPUNTEN

    Code = apps.get_model("interviews", "Code")
    for volgorde, (naam, beschrijving, kleur) in enumerate(HOOFDTHEMAS):
        Code.objects.get_or_create(
            groep="hoofdthema", naam=naam, ouder=None,
            defaults={"beschrijving": beschrijving, "kleur": kleur, "volgorde": volgorde},
        )
    for volgorde, (naam, beschrijving) in enumerate(UITGANGSPUNTEN, start=1):
        Code.objects.get_or_create(
            groep="uitgangspunt", naam=naam, ouder=None,
            defaults={"beschrijving": beschrijving, "kleur": "#5b4a00", "volgorde": volgorde},
        )
    for volgorde, (naam, beschrijving, kleur) in enumerate(SOORTEN):
        Code.objects.get_or_create(
            groep="soort", naam=naam, ouder=None,
            defaults={"beschrijving": beschrijving, "kleur": kleur, "volgorde": volgorde},
        )


class Migration(migrations.Migration):
    dependencies = [("interviews", "0001_initial")]

    operations = [migrations.RunPython(codeboek_laden, migrations.RunPython.noop)]
