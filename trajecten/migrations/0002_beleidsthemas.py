from django.db import migrations


def beleidsthemas_laden(apps, schema_editor):
    from trajecten.data import BELEIDSTHEMAS

    Beleidsthema = apps.get_model("trajecten", "Beleidsthema")
    for volgorde, (slug, naam) in enumerate(BELEIDSTHEMAS):
        Beleidsthema.objects.update_or_create(slug=slug, defaults={"naam": naam, "volgorde": volgorde})


class Migration(migrations.Migration):
    dependencies = [("trajecten", "0001_initial")]

    operations = [migrations.RunPython(beleidsthemas_laden, migrations.RunPython.noop)]
