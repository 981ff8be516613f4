from django.db import migrations


def gemeenten_laden(apps, schema_editor):
    """Ship the gemeenten and the regio of Tabel 1, so the aanmelding form has a list at first start.

    The team adds more at /gemeenten/; a gemeente not in the list can be typed on the form.
    """
    from trajecten.data.tabel1 import GEMEENTEN, REGIOS

    Gemeente = apps.get_model("trajecten", "Gemeente")
    gemeenten = {}
    for naam, code in GEMEENTEN.items():
        gemeenten[naam], _ = Gemeente.objects.get_or_create(naam=naam, defaults={"cbs_code": code, "soort": "gemeente"})
    for naam, leden in REGIOS.items():
        regio, aangemaakt = Gemeente.objects.get_or_create(naam=naam, defaults={"soort": "regio"})
        if aangemaakt:
            regio.leden.set([gemeenten[lid] for lid in leden])


class Migration(migrations.Migration):
    dependencies = [("trajecten", "0004_aanmelding")]

    operations = [migrations.RunPython(gemeenten_laden, migrations.RunPython.noop)]
