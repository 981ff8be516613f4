"""Codes are unambiguous: a subcode has its parent's group; a name is unique per (groep, ouder, traject)."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from interviews.models import Code, Tagging
from interviews.services import codeboek as services
from tests.factories import CodeFactory, TaggingFactory, TrajectCodeFactory

pytestmark = pytest.mark.django_db


def _integriteitsfout(**velden):
    with pytest.raises(IntegrityError), transaction.atomic():
        Code.objects.create(**velden)


def test_database_weigert_dubbele_hoofdcode_ook_met_andere_hoofdletters():
    CodeFactory(groep="soort", naam="Wachttijd")
    _integriteitsfout(groep="soort", naam="wachttijd")
    Code.objects.create(groep="hoofdthema", naam="Wachttijd")  # another group is another place


def test_database_weigert_dubbele_subcode_onder_dezelfde_ouder(codes):
    ouder = codes["Rust en regie"]
    CodeFactory(groep=ouder.groep, ouder=ouder, naam="Basis op orde")
    _integriteitsfout(groep=ouder.groep, ouder=ouder, naam="Basis op orde")


def test_database_weigert_dubbele_trajectcode_maar_niet_in_een_ander_traject(traject, ander_traject):
    TrajectCodeFactory(traject=traject, naam="Keukentafel")
    _integriteitsfout(groep="traject", traject=traject, naam="KEUKENTAFEL")
    TrajectCodeFactory(traject=ander_traject, naam="Keukentafel")


OP_POSTGRES = connection.vendor == "postgresql"  # the composite foreign key (ouder_id, groep) is PostgreSQL's


def test_database_weigert_subcode_in_een_andere_groep_dan_de_ouder(codes, team):
    ouder = codes["Rust en regie"]
    andere_groep = "soort" if ouder.groep != "soort" else "hoofdthema"
    if OP_POSTGRES:
        _integriteitsfout(groep=andere_groep, ouder=ouder, naam="Verkeerde groep")
    with pytest.raises(services.CodeboekFout):  # elsewhere the services hold the rule
        services.code_create(groep=andere_groep, ouder=ouder, naam="Verkeerde groep", door=team)


def test_groep_van_de_ouder_wijzigen_neemt_de_subcodes_mee(codes, team):
    ouder = CodeFactory(groep="soort", naam="Tijdelijk")
    kind = CodeFactory(groep="soort", ouder=ouder, naam="Kind")
    kleinkind = CodeFactory(groep="soort", ouder=kind, naam="Kleinkind")
    if OP_POSTGRES:
        Code.objects.filter(pk=ouder.pk).update(groep="uitgangspunt")  # ON UPDATE CASCADE in the database
        kind.refresh_from_db()
        assert kind.groep == "uitgangspunt"
    services.code_update(code=Code.objects.get(pk=ouder.pk), groep="hoofdthema", door=team)
    assert {c.groep for c in Code.objects.filter(pk__in=[kind.pk, kleinkind.pk])} == {"hoofdthema"}


def test_service_weigert_dubbele_naam_en_andere_groep(team, codes):
    ouder = codes["Rust en regie"]
    services.code_create(groep=ouder.groep, ouder=ouder, naam="Basis op orde", door=team)
    with pytest.raises(services.CodeboekFout, match="staat al een code met deze naam"):
        services.code_create(groep=ouder.groep, ouder=ouder, naam=" basis op orde ", door=team)
    andere = "soort" if ouder.groep != "soort" else "hoofdthema"
    with pytest.raises(services.CodeboekFout, match="dezelfde groep"):
        services.code_create(groep=andere, ouder=ouder, naam="Iets anders", door=team)


def test_code_verhuizen_neemt_groep_van_de_nieuwe_ouder_en_subcodes_volgen(team):
    oud = CodeFactory(groep="soort", naam="Oude ouder")
    tak = CodeFactory(groep="soort", ouder=oud, naam="Tak")
    blad = CodeFactory(groep="soort", ouder=tak, naam="Blad")
    andere_groep = CodeFactory(groep="uitgangspunt", naam="Nieuwe ouder")
    with pytest.raises(services.CodeboekFout, match="dezelfde groep"):
        services.code_update(code=tak, ouder=andere_groep, door=team)
    services.code_update(code=tak, ouder=CodeFactory(groep="soort", naam="Andere soort"), door=team)
    blad.refresh_from_db()
    assert blad.groep == "soort"


def test_trajectcode_onder_gedeelde_code_krijgt_de_groep_van_die_code(team, traject, codes):
    ouder = codes["Rust en regie"]
    code = services.code_create(groep=Code.Groep.TRAJECT, traject=traject, ouder=ouder, naam="Eigen", door=team)
    assert (code.groep, code.traject) == (ouder.groep, traject)


def test_samenvoegen_voegt_subcodes_met_dezelfde_naam_samen(team):
    bron, doel = CodeFactory(groep="soort", naam="Bron"), CodeFactory(groep="soort", naam="Doel")
    sub_bron = CodeFactory(groep="soort", ouder=bron, naam="Wachten")
    sub_doel = CodeFactory(groep="soort", ouder=doel, naam="wachten")
    tagging = TaggingFactory(code=sub_bron)
    services.code_merge(bron=bron, doel=doel, door=team)
    tagging.refresh_from_db()
    assert tagging.code == sub_doel
    assert list(Code.objects.filter(ouder=doel)) == [sub_doel]


def test_beheerformulier_toont_nederlandse_fouten_bij_het_veld(client, team, codes):
    ouder = codes["Rust en regie"]
    CodeFactory(groep=ouder.groep, ouder=ouder, naam="Basis op orde")
    client.force_login(team)
    url = reverse("codeboek:code_nieuw")
    response = client.post(url, {"groep": ouder.groep, "naam": "basis op orde", "kleur": "#123456", "ouder": ouder.pk})
    assert response.status_code == 400
    assert "Onder “Rust en regie” staat al een code met deze naam." in response.content.decode()
    andere = "soort" if ouder.groep != "soort" else "hoofdthema"
    response = client.post(url, {"groep": andere, "naam": "Nieuw", "kleur": "#123456", "ouder": ouder.pk})
    assert response.status_code == 400
    assert "Een subcode hoort in dezelfde groep als de code waar ze onder valt" in response.content.decode()
    assert not Code.objects.filter(naam="Nieuw").exists()


def test_trajectcodeformulier_weigert_dubbele_naam_in_het_traject(client, persona, traject):
    TrajectCodeFactory(traject=traject, naam="Keukentafel")
    client.force_login(persona["expert"])
    response = client.post(
        reverse("codeboek:trajectcode_nieuw", args=[traject.pk]), {"naam": "keukentafel", "kleur": "#123456"}
    )
    assert response.status_code == 400
    assert "Er is al een code met deze naam in deze groep." in response.content.decode()
    assert Code.objects.filter(traject=traject, naam__iexact="keukentafel").count() == 1


def test_uuid_is_vast_en_uniek(team, codes):
    a, b = CodeFactory(naam="A"), CodeFactory(naam="B")
    assert a.uuid and b.uuid and a.uuid != b.uuid
    oud = a.uuid
    services.code_update(code=a, naam="A2", door=team)
    a.refresh_from_db()
    assert a.uuid == oud
    assert not Code._meta.get_field("uuid").editable
    assert Tagging._meta.get_field("uuid").unique
