"""Groundwork for synthesis, reports and exports; carries the existing data over.

- Perspective snapshot: every deelnemer gets the perspective of its betrokkene as it is now (the
  perspective it had when its pseudonym was made is not known any better).
- Stable UUIDs on Code, Interview, Citaat, Tagging and Memo: added empty, filled one by one, then unique.
- Consent with a scope: existing recorded, not withdrawn consent counts as consent for all three
  scopes (within the traject, eindrapportage, landelijk rode-dradenrapport), given on the same date
  as the recorded consent. Withdrawn or missing consent gives no scope.
- Released text on Citaat: new, empty; nothing counts as released yet.
- Unambiguous codes: a subcode takes the group of its parent (top-down, so a whole branch follows);
  codes with the same name (ignoring case and surrounding spaces) in the same (groep, ouder, traject)
  are merged into one (an active code first, then the oldest), moving taggings, reviews, memos and
  subcodes like ``code_merge`` does; the duplicate is then deleted (it would break the new unique
  constraint) and every merge is written to the logboek. On PostgreSQL a composite foreign key
  (ouder_id, groep) -> (id, groep) then holds the group rule in the database.

Not atomic as a whole: PostgreSQL refuses to alter a table with pending trigger events from updates
earlier in the same transaction, so the data step runs in its own transaction between the schema steps.
"""

import uuid

import django.db.models.deletion
import django.db.models.functions.text
from django.conf import settings
from django.db import migrations, models
from django.db.models import F, Q
from django.utils import timezone

GROEP_FK = "interviews_code_ouder_zelfde_groep"
GROEP_UNIEK = "interviews_code_id_groep_uniek"
MET_UUID = ["code", "interview", "citaat", "tagging", "memo"]


def _uuid_veld(unique: bool):
    if unique:
        return models.UUIDField(default=uuid.uuid4, editable=False, unique=True, verbose_name="vaste sleutel")
    return models.UUIDField(null=True, editable=False)


def _sleutel(code) -> tuple:
    return (code.groep, code.ouder_id, code.traject_id, code.naam.strip().lower())


def _groepen_van_ouders(Code) -> int:
    """Give every subcode the group of its parent, from the roots down; returns how many changed."""
    codes = {c.pk: c for c in Code.objects.all()}
    gewijzigd = 0

    def groep_van(code, bezocht=()):
        if code.ouder_id is None or code.ouder_id in bezocht:
            return code.groep
        return groep_van(codes[code.ouder_id], (*bezocht, code.pk))

    for code in codes.values():
        groep = groep_van(code)
        if groep != code.groep:
            Code.objects.filter(pk=code.pk).update(groep=groep)
            gewijzigd += 1
    return gewijzigd


def _samenvoegen(apps, bron, doel, nu) -> dict:
    Tagging = apps.get_model("interviews", "Tagging")
    Beoordeling = apps.get_model("interviews", "Beoordeling")
    Memo = apps.get_model("interviews", "Memo")
    Code = apps.get_model("interviews", "Code")
    al_op_doel = set(Tagging.objects.filter(code=doel, verwijderd_op__isnull=True).values_list("citaat_id", flat=True))
    taggings = list(Tagging.objects.filter(code=bron))
    for tagging in taggings:
        if tagging.verwijderd_op is None and tagging.citaat_id in al_op_doel:
            tagging.verwijderd_op = nu
        tagging.code_id = doel.pk
        tagging.samengevoegd_van_id = None if tagging.samengevoegd_van_id == bron.pk else tagging.samengevoegd_van_id
        tagging.save(update_fields=["code", "samengevoegd_van", "verwijderd_op"])
    bestaand = set(Beoordeling.objects.filter(code=doel).values_list("citaat_id", "door_id"))
    for beoordeling in Beoordeling.objects.filter(code=bron):
        if (beoordeling.citaat_id, beoordeling.door_id) in bestaand:
            beoordeling.delete()
        else:
            Beoordeling.objects.filter(pk=beoordeling.pk).update(code=doel)
    telling = {
        "taggings": len(taggings),
        "memos": Memo.objects.filter(code=bron).update(code=doel),
        "subcodes": Code.objects.filter(ouder=bron).update(ouder=doel),
    }
    Tagging.objects.filter(samengevoegd_van=bron).update(samengevoegd_van=None)
    Code.objects.filter(samengevoegd_in=bron).update(samengevoegd_in=doel)
    if bron.actief and not doel.actief:
        Code.objects.filter(pk=doel.pk).update(actief=True)
    return telling


def _dubbele_codes_samenvoegen(apps) -> int:
    """Merge codes with the same key until none is left (merging parents can make their children meet)."""
    Code = apps.get_model("interviews", "Code")
    AuditLog = apps.get_model("core", "AuditLog")
    nu = timezone.now()
    samengevoegd = 0
    while True:
        per_sleutel: dict[tuple, list] = {}
        for code in Code.objects.order_by("-actief", "pk"):
            per_sleutel.setdefault(_sleutel(code), []).append(code)
        dubbel = [codes for codes in per_sleutel.values() if len(codes) > 1]
        if not dubbel:
            return samengevoegd
        doel, bron = dubbel[0][0], dubbel[0][1]
        telling = _samenvoegen(apps, bron, doel, nu)
        AuditLog.objects.create(
            tijdstip=nu,
            actor_omschrijving="systeem (migratie)",
            actie=f"dubbele code samengevoegd met {doel.naam}",
            object_type="code",
            object_id=str(bron.pk),
            object_omschrijving=bron.naam[:300],
            traject_id=bron.traject_id,
            wijzigingen={"samengevoegd in": [str(bron.pk), str(doel.pk)], **{k: ["", str(v)] for k, v in telling.items()}},
        )
        Code.objects.filter(pk=bron.pk).delete()
        samengevoegd += 1


def gegevens_overzetten(apps, schema_editor):
    for model in MET_UUID:
        Model = apps.get_model("interviews", model)
        for pk in Model.objects.filter(uuid__isnull=True).values_list("pk", flat=True):
            Model.objects.filter(pk=pk).update(uuid=uuid.uuid4())
    Deelnemer = apps.get_model("interviews", "Deelnemer")
    for deelnemer in Deelnemer.objects.select_related("betrokkene"):
        velden = {"perspectief": deelnemer.betrokkene.perspectief}
        if deelnemer.toestemming_op and deelnemer.toestemming_ingetrokken_op is None:
            velden |= dict.fromkeys(
                ["toestemming_traject_op", "toestemming_eindrapportage_op", "toestemming_landelijk_op"],
                deelnemer.toestemming_op,
            )
        Deelnemer.objects.filter(pk=deelnemer.pk).update(**velden)
    Code = apps.get_model("interviews", "Code")
    _groepen_van_ouders(Code)
    _dubbele_codes_samenvoegen(apps)


def groep_fk_maken(apps, schema_editor):
    """(ouder_id, groep) must be an existing (id, groep): a subcode has its parent's group. A group
    change of a parent follows to its subcodes (ON UPDATE CASCADE). PostgreSQL only."""
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE interviews_code ADD CONSTRAINT {GROEP_UNIEK} UNIQUE (id, groep)")
    schema_editor.execute(
        f"ALTER TABLE interviews_code ADD CONSTRAINT {GROEP_FK} FOREIGN KEY (ouder_id, groep) "
        f"REFERENCES interviews_code (id, groep) ON UPDATE CASCADE"
    )


def groep_fk_verwijderen(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE interviews_code DROP CONSTRAINT IF EXISTS {GROEP_FK}")
    schema_editor.execute(f"ALTER TABLE interviews_code DROP CONSTRAINT IF EXISTS {GROEP_UNIEK}")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("core", "0001_initial"),
        ("interviews", "0003_beoordeling_memo_zoeken"),
        ("trajecten", "0009_synthesegrond"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="code", name="code_traject_alleen_bij_trajectcode"),
        *(migrations.AddField(model_name=m, name="uuid", field=_uuid_veld(unique=False)) for m in MET_UUID),
        migrations.AddField(
            model_name="deelnemer",
            name="perspectief",
            field=models.CharField(
                choices=[
                    ("bestuur", "Bestuur"),
                    ("beleid", "Beleid"),
                    ("uitvoering", "Uitvoering"),
                    ("inwoner", "Inwoner / ervaringsdeskundige"),
                    ("maatschappelijk", "Maatschappelijke partner"),
                    ("zorgaanbieder", "Zorgaanbieder"),
                    ("regio", "Regio"),
                ],
                default="",
                editable=False,
                help_text="Vastgelegd met de schuilnaam; een latere wijziging op de stakeholderkaart verandert dit niet.",
                max_length=20,
                verbose_name="perspectief (bij het maken van de schuilnaam)",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="deelnemer",
            name="toestemming_traject_op",
            field=models.DateField(blank=True, null=True, verbose_name="toestemming binnen het traject sinds"),
        ),
        migrations.AddField(
            model_name="deelnemer",
            name="toestemming_eindrapportage_op",
            field=models.DateField(blank=True, null=True, verbose_name="toestemming eindrapportage sinds"),
        ),
        migrations.AddField(
            model_name="deelnemer",
            name="toestemming_landelijk_op",
            field=models.DateField(blank=True, null=True, verbose_name="toestemming landelijk rapport sinds"),
        ),
        migrations.AddField(
            model_name="citaat",
            name="vrijgegeven",
            field=models.BooleanField(default=False, verbose_name="vrijgegeven"),
        ),
        migrations.AddField(
            model_name="citaat",
            name="vrijgegeven_tekst",
            field=models.TextField(blank=True, verbose_name="vrijgegeven tekst"),
        ),
        migrations.AddField(
            model_name="citaat",
            name="vrijgegeven_door",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="citaat",
            name="vrijgegeven_op",
            field=models.DateTimeField(blank=True, null=True, verbose_name="gecontroleerd op"),
        ),
        migrations.AddField(
            model_name="citaat",
            name="vrijgave_vervallen_op",
            field=models.DateTimeField(
                blank=True,
                help_text="De brontekst veranderde na de controle; de vrijgegeven tekst moet opnieuw worden bekeken.",
                null=True,
                verbose_name="vrijgave vervallen op",
            ),
        ),
        migrations.RunPython(gegevens_overzetten, migrations.RunPython.noop, atomic=True),
        *(migrations.AlterField(model_name=m, name="uuid", field=_uuid_veld(unique=True)) for m in MET_UUID),
        migrations.AddConstraint(
            model_name="citaat",
            constraint=models.CheckConstraint(
                condition=Q(vrijgegeven=False) | (~Q(vrijgegeven_tekst="") & Q(vrijgegeven_op__isnull=False)),
                name="citaat_vrijgegeven_met_tekst",
            ),
        ),
        migrations.AddConstraint(
            model_name="code",
            constraint=models.CheckConstraint(
                condition=(Q(groep="traject", traject__isnull=False) | ~Q(groep="traject"))
                & (Q(traject__isnull=True) | Q(groep="traject") | Q(ouder__isnull=False)),
                name="code_traject_alleen_bij_trajectcode",
            ),
        ),
        migrations.AddConstraint(
            model_name="code",
            constraint=models.UniqueConstraint(
                F("groep"),
                django.db.models.functions.text.Lower("naam"),
                condition=Q(ouder__isnull=True, traject__isnull=True),
                name="code_naam_uniek_hoofdcode",
                violation_error_message="Er is al een code met deze naam in deze groep.",
            ),
        ),
        migrations.AddConstraint(
            model_name="code",
            constraint=models.UniqueConstraint(
                F("groep"),
                F("ouder"),
                django.db.models.functions.text.Lower("naam"),
                condition=Q(ouder__isnull=False, traject__isnull=True),
                name="code_naam_uniek_subcode",
                violation_error_message="Er is al een subcode met deze naam onder deze code.",
            ),
        ),
        migrations.AddConstraint(
            model_name="code",
            constraint=models.UniqueConstraint(
                F("groep"),
                F("traject"),
                django.db.models.functions.text.Lower("naam"),
                condition=Q(ouder__isnull=True, traject__isnull=False),
                name="code_naam_uniek_trajectcode",
                violation_error_message="Er is al een trajectcode met deze naam in dit traject.",
            ),
        ),
        migrations.AddConstraint(
            model_name="code",
            constraint=models.UniqueConstraint(
                F("groep"),
                F("ouder"),
                F("traject"),
                django.db.models.functions.text.Lower("naam"),
                condition=Q(ouder__isnull=False, traject__isnull=False),
                name="code_naam_uniek_trajectsubcode",
                violation_error_message="Er is al een trajectcode met deze naam onder deze code.",
            ),
        ),
        migrations.RunPython(groep_fk_maken, groep_fk_verwijderen),
    ]
