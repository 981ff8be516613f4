"""Retention waits for nazorg: the team records when evaluation and nazorggesprek are done."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("trajecten", "0008_traject_persoonsgegevens_verwijderd")]

    operations = [
        migrations.AddField(
            model_name="traject",
            name="nazorg_afgerond_op",
            field=models.DateField(
                blank=True,
                help_text="Evaluatie en nazorggesprek zijn gehouden; pas daarna mogen de contactgegevens weg.",
                null=True,
                verbose_name="nazorg afgerond op",
            ),
        ),
    ]
