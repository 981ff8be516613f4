"""A stable UUID per user (REFI-QDA names coders by GUID; imports match people across systems).

Three steps, so every existing user gets its own value: add the column empty, fill it, make it unique.
"""

import uuid

from django.db import migrations, models


def uuids_vullen(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    for user in User.objects.filter(uuid__isnull=True).only("pk"):
        User.objects.filter(pk=user.pk).update(uuid=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [
        migrations.AddField(model_name="user", name="uuid", field=models.UUIDField(null=True, editable=False)),
        migrations.RunPython(uuids_vullen, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="user",
            name="uuid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True, verbose_name="vaste sleutel"),
        ),
    ]
