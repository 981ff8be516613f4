"""Migration 0004_privacy fills in the traject a memo was written from, where that can be derived."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

VOOR = [("interviews", "0003_beoordeling_memo_zoeken")]
NA = [("interviews", "0004_privacy")]


def _migreer(doel):
    """Migrate interviews to ``doel`` and return the models as they are then (other apps at their leaf)."""
    executor = MigrationExecutor(connection)
    executor.migrate(doel)
    # Only apps that interviews does not feed (ontwerp, borging build on it and would pull its later state in).
    andere = [knoop for knoop in executor.loader.graph.leaf_nodes() if knoop[0] in ("accounts", "trajecten", "core")]
    return executor.loader.project_state([*andere, *doel]).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_memos_krijgen_het_traject_van_hun_onderwerp_of_van_de_enige_rol_van_de_auteur():
    apps = _migreer(VOOR)
    try:
        User, Traject = apps.get_model("accounts", "User"), apps.get_model("trajecten", "Traject")
        TrajectRol, Betrokkene = apps.get_model("trajecten", "TrajectRol"), apps.get_model("trajecten", "Betrokkene")
        Deelnemer, Interview = apps.get_model("interviews", "Deelnemer"), apps.get_model("interviews", "Interview")
        Citaat, Code, Memo = (apps.get_model("interviews", m) for m in ("Citaat", "Code", "Memo"))
        traject, ander = Traject.objects.create(titel="A"), Traject.objects.create(titel="B")
        een_rol = User.objects.create(email="een@voorbeeld.nl")
        twee_rollen = User.objects.create(email="twee@voorbeeld.nl")
        TrajectRol.objects.create(user=een_rol, traject=ander, rol="moderator")
        TrajectRol.objects.create(user=twee_rollen, traject=traject, rol="expert")
        TrajectRol.objects.create(user=twee_rollen, traject=ander, rol="expert")
        a, b = (
            Deelnemer.objects.create(
                traject=traject,
                pseudoniem=f"Inwoner {i}",
                betrokkene=Betrokkene.objects.create(traject=traject, naam=f"Naam {i}", perspectief="inwoner"),
            )
            for i in (1, 2)
        )
        interview = Interview.objects.create(traject=traject, datum="2026-01-01", deelnemer_a=a, deelnemer_b=b)
        citaat = Citaat.objects.create(interview=interview, tekst="x", begin=0, eind=1, spreker=a)
        gedeeld = Code.objects.filter(traject=None).first()
        trajectcode = Code.objects.create(groep="traject", naam="Eigen", traject=ander)
        memos = {
            "citaat": Memo.objects.create(citaat=citaat, tekst="m").pk,
            "interview": Memo.objects.create(interview=interview, tekst="m").pk,
            "trajectcode": Memo.objects.create(code=trajectcode, tekst="m").pk,
            "een rol": Memo.objects.create(code=gedeeld, tekst="m", auteur=een_rol).pk,
            "twee rollen": Memo.objects.create(code=gedeeld, tekst="m", auteur=twee_rollen).pk,
        }
        Memo = _migreer(NA).get_model("interviews", "Memo")
        traject_van = {naam: Memo.objects.get(pk=pk).traject_id for naam, pk in memos.items()}
        assert traject_van == {
            "citaat": traject.pk,
            "interview": traject.pk,
            "trajectcode": ander.pk,
            "een rol": ander.pk,
            "twee rollen": None,  # ambiguous: only the team reads it
        }
    finally:
        _migreer(MigrationExecutor(connection).loader.graph.leaf_nodes())
