"""The migrations of the synthesis groundwork carry a database of the old shape over.

Migrates the test database back to before them, writes rows the old way (including two codes with the
same name, each with taggings, a review, a memo and a subcode, and a traject code under a shared
code), migrates forward and checks what the migrations promise.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

VOOR = [
    ("interviews", "0003_beoordeling_memo_zoeken"),
    ("trajecten", "0008_traject_persoonsgegevens_verwijderd"),
    ("accounts", "0001_initial"),
]


def _migreer(doelen):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(doelen)
    return executor.loader.project_state(doelen).apps


def _laatste():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


def _oude_vorm(apps) -> dict:
    User = apps.get_model("accounts", "User")
    Traject = apps.get_model("trajecten", "Traject")
    Betrokkene = apps.get_model("trajecten", "Betrokkene")
    Deelnemer = apps.get_model("interviews", "Deelnemer")
    Interview = apps.get_model("interviews", "Interview")
    Citaat = apps.get_model("interviews", "Citaat")
    Code = apps.get_model("interviews", "Code")
    Tagging = apps.get_model("interviews", "Tagging")
    Beoordeling = apps.get_model("interviews", "Beoordeling")
    Memo = apps.get_model("interviews", "Memo")

    ana = User.objects.create(email="ana@voorbeeld.nl", naam="Ana")
    bob = User.objects.create(email="bob@voorbeeld.nl", naam="Bob")
    traject = Traject.objects.create(titel="Oud traject", vraagstuk="Hoe?")
    mensen = [
        Betrokkene.objects.create(traject=traject, naam=naam, perspectief=perspectief)
        for naam, perspectief in [("Jan", "inwoner"), ("Piet", "uitvoering"), ("Kees", "beleid")]
    ]
    jan = Deelnemer.objects.create(
        traject=traject, betrokkene=mensen[0], pseudoniem="Inwoner 1", toestemming_op="2024-01-10"
    )
    piet = Deelnemer.objects.create(traject=traject, betrokkene=mensen[1], pseudoniem="Uitvoering 1")
    kees = Deelnemer.objects.create(
        traject=traject,
        betrokkene=mensen[2],
        pseudoniem="Beleid 1",
        toestemming_op="2024-01-10",
        toestemming_ingetrokken_op="2024-02-01",
    )
    interview = Interview.objects.create(traject=traject, datum="2024-01-15", deelnemer_a=jan, deelnemer_b=piet)
    Interview.objects.create(traject=traject, datum="2024-01-16", deelnemer_a=piet, deelnemer_b=kees)
    notities = "Eerste zin hier.\nTweede zin daar."
    interview.notities = notities
    interview.save()
    een = Citaat.objects.create(interview=interview, tekst="Eerste zin hier.", begin=0, eind=16, spreker=jan)
    twee = Citaat.objects.create(interview=interview, tekst="Tweede zin daar.", begin=17, eind=33, spreker=piet)

    thema = Code.objects.create(groep="hoofdthema", naam="Migratiethema")
    houden = Code.objects.create(groep="soort", naam="Migratiecode")
    dubbel = Code.objects.create(groep="soort", naam="migratiecode ")  # same name, other case and a space
    sub_houden = Code.objects.create(groep="soort", naam="Wachten", ouder=houden)
    sub_dubbel = Code.objects.create(groep="soort", naam="Wachten", ouder=dubbel)
    trajectcode = Code.objects.create(groep="traject", naam="Eigen", ouder=thema, traject=traject)
    Tagging.objects.create(citaat=een, code=houden, door=ana)
    Tagging.objects.create(citaat=een, code=dubbel, door=bob)  # both codes on one quote: one stays active
    Tagging.objects.create(citaat=twee, code=dubbel, door=bob)
    Tagging.objects.create(citaat=twee, code=sub_dubbel, door=bob)
    Tagging.objects.create(citaat=twee, code=trajectcode, door=ana)
    Beoordeling.objects.create(citaat=twee, code=dubbel, oordeel="eens", door=ana)
    Memo.objects.create(code=dubbel, tekst="Memo bij de dubbele code", auteur=ana)
    return {
        "houden": houden.pk,
        "dubbel": dubbel.pk,
        "sub_houden": sub_houden.pk,
        "sub_dubbel": sub_dubbel.pk,
        "trajectcode": trajectcode.pk,
        "thema": thema.pk,
        "een": een.pk,
        "twee": twee.pk,
        "jan": jan.pk,
        "piet": piet.pk,
        "kees": kees.pk,
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migratie_zet_oude_gegevens_over():
    laatste = _laatste()
    try:
        pk = _oude_vorm(_migreer(VOOR))
        _migreer(laatste)
    finally:
        _migreer(laatste)

    from datetime import date

    from interviews.models import Beoordeling, Citaat, Code, Deelnemer, Interview, Memo, Tagging
    from visieleren.accounts.models import User
    from visieleren.core.models import AuditLog

    # Perspective snapshot from the betrokkene; consent for all scopes on the date of the old consent.
    jan, piet, kees = (Deelnemer.objects.get(pk=pk[n]) for n in ("jan", "piet", "kees"))
    assert (jan.perspectief, piet.perspectief, kees.perspectief) == ("inwoner", "uitvoering", "beleid")
    assert [d for _, _, d in jan.reikwijdtes] == [date(2024, 1, 10)] * 3
    assert [d for _, _, d in piet.reikwijdtes] == [None] * 3  # no consent recorded
    assert [d for _, _, d in kees.reikwijdtes] == [None] * 3  # withdrawn

    # UUIDs: filled, all different.
    for model in (Code, Interview, Citaat, Tagging, Memo, User):
        uuids = list(model.objects.values_list("uuid", flat=True))
        assert None not in uuids and len(set(uuids)) == len(uuids), model.__name__

    # Duplicates merged with their taggings, review, memo and subcodes; the duplicate is gone.
    assert not Code.objects.filter(pk__in=[pk["dubbel"], pk["sub_dubbel"]]).exists()
    houden = Code.objects.get(pk=pk["houden"])
    assert Tagging.objects.filter(code=houden).count() == 3
    assert Tagging.objects.filter(code=houden, verwijderd_op__isnull=True).count() == 2  # one per quote
    assert Tagging.objects.filter(code_id=pk["sub_houden"], citaat_id=pk["twee"]).exists()
    assert Beoordeling.objects.filter(code=houden).count() == 1
    assert Memo.objects.filter(code=houden, tekst="Memo bij de dubbele code").exists()
    assert list(Code.objects.filter(ouder=houden).values_list("pk", flat=True)) == [pk["sub_houden"]]
    assert AuditLog.objects.filter(actie__startswith="dubbele code samengevoegd").count() == 2

    # A traject code under a shared code takes its group.
    trajectcode = Code.objects.get(pk=pk["trajectcode"])
    assert (trajectcode.groep, trajectcode.traject_id is not None) == ("hoofdthema", True)
    assert Tagging.objects.filter(code=trajectcode).count() == 1

    # Nothing is released yet.
    assert not Citaat.objects.filter(vrijgegeven=True).exists()
