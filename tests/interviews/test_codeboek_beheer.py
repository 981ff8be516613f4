"""The team keeps one shared codebook: add, rename, move, merge, retire and (only when unused) delete."""

import pytest
from django.urls import reverse

from interviews.models import Beoordeling, Code, Memo, Tagging
from interviews.services.codeboek import (
    CodeboekFout,
    code_create,
    code_delete,
    code_merge,
    tagging_create,
    tagging_remove,
)
from tests.factories import CitaatFactory, CodeFactory, UserFactory
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db


def test_codeboek_is_voorgeladen_met_hoofdthemas_uitgangspunten_en_soorten(codes):
    assert Code.objects.filter(groep="hoofdthema", traject=None).count() == 3
    assert Code.objects.filter(groep="uitgangspunt").count() == 7
    assert set(Code.objects.filter(groep="soort").values_list("naam", flat=True)) == {
        "Dilemma/uitdaging",
        "Werkzaam element",
    }


def test_team_ziet_codeboek_als_boom_per_groep(client, team, traject, codes):
    code_create(groep="hoofdthema", naam="Basis op orde", ouder=codes["Rust en regie"], door=team)
    client.force_login(team)
    response = client.get(reverse("codeboek:codeboek"))
    assert response.status_code == 200
    html = response.content.decode()
    assert [label for label, _ in response.context["groepen"]] == ["Hoofdthema", "Uitgangspunt", "Soort"]
    hoofdthemas = response.context["groepen"][0][1]
    namen = [(k.code.naam, k.diepte) for k in hoofdthemas]
    assert namen.index(("Basis op orde", 1)) == namen.index(("Rust en regie", 0)) + 1
    assert "Regie en zeggenschap" in html
    assert "Code toevoegen" in html


def test_team_voegt_code_toe_met_beschrijving_kleur_en_voorbeeld(client, team, codes):
    client.force_login(team)
    response = client.post(
        reverse("codeboek:code_nieuw"),
        {
            "groep": "hoofdthema",
            "naam": "Vertrouwen",
            "beschrijving": "Over vertrouwen tussen inwoner en gemeente.",
            "kleur": "#123456",
            "voorbeeld": "Ik durf niet te bellen.",
            "ouder": codes["Inwoner centraal"].pk,
        },
    )
    code = Code.objects.get(naam="Vertrouwen")
    assert response.status_code == 302
    assert (code.kleur, code.ouder, code.aangemaakt_door) == ("#123456", codes["Inwoner centraal"], team)
    assert AuditLog.objects.filter(actie="code toegevoegd", object_id=str(code.pk)).exists()


def test_code_toevoegen_met_foute_kleur_geeft_nederlandse_fout(client, team):
    client.force_login(team)
    response = client.post(reverse("codeboek:code_nieuw"), {"groep": "hoofdthema", "naam": "X", "kleur": "rood"})
    assert response.status_code == 400
    assert "Geef een kleur als #rrggbb" in response.content.decode()
    assert 'value="X"' in response.content.decode()


def test_team_hernoemt_en_verplaatst_code(client, team, codes):
    code = CodeFactory(naam="Oud")
    client.force_login(team)
    response = client.post(
        reverse("codeboek:code_bewerken", args=[code.pk]),
        {"naam": "Nieuw", "kleur": "#1f6f8b", "ouder": codes["Balans lokaal en regionaal"].pk},
    )
    assert response.status_code == 302
    code.refresh_from_db()
    assert (code.naam, code.ouder) == ("Nieuw", codes["Balans lokaal en regionaal"])
    log = AuditLog.objects.get(actie="code gewijzigd")
    assert log.wijzigingen["naam"] == ["Oud", "Nieuw"]


def test_code_kan_niet_onder_eigen_subcode_hangen(client, team):
    ouder = CodeFactory(naam="Ouder")
    kind = CodeFactory(naam="Kind", ouder=ouder)
    client.force_login(team)
    response = client.post(
        reverse("codeboek:code_bewerken", args=[ouder.pk]), {"naam": "Ouder", "kleur": "#1f6f8b", "ouder": kind.pk}
    )
    assert response.status_code == 400
    assert "onder zichzelf of onder een van haar subcodes" in response.content.decode()
    ouder.refresh_from_db()
    assert ouder.ouder is None


def test_samenvoegen_verplaatst_taggings_en_voegt_dubbele_samen_met_geschiedenis(team, traject, interview):
    bron, doel = CodeFactory(naam="Wachttijd"), CodeFactory(naam="Wachttijden")
    expert = UserFactory()
    alleen_bron = CitaatFactory(interview=interview)
    beide = CitaatFactory(interview=interview)
    t1 = tagging_create(citaat=alleen_bron, code=bron, door=expert)
    t2 = tagging_create(citaat=beide, code=bron, door=expert)
    t3 = tagging_create(citaat=beide, code=doel, door=team)
    oud = tagging_create(citaat=alleen_bron, code=doel, door=expert)
    tagging_remove(tagging=oud, door=expert)
    kind = CodeFactory(naam="Kind van bron", ouder=bron)
    Memo.objects.create(code=bron, tekst="Let op het verschil.", auteur=team)
    Beoordeling.objects.create(citaat=beide, code=bron, oordeel="eens", door=team)
    Beoordeling.objects.create(citaat=beide, code=doel, oordeel="oneens", door=team)

    telling = code_merge(bron=bron, doel=doel, door=team)

    assert telling["taggings"] == 2 and telling["dubbel"] == 1
    assert (telling["beoordelingen"], telling["beoordelingen_dubbel"], telling["subcodes"]) == (0, 1, 1)
    assert not Tagging.objects.filter(code=bron).exists()
    actief = Tagging.objects.filter(code=doel, verwijderd_op__isnull=True)
    assert set(actief.values_list("citaat_id", flat=True)) == {alleen_bron.pk, beide.pk}
    assert actief.filter(citaat=beide).get() == t3
    t1.refresh_from_db(), t2.refresh_from_db()
    assert t1.verwijderd_op is None and t1.samengevoegd_van == bron and t1.door == expert
    assert t2.verwijderd_op is not None and t2.verwijderd_door == team and t2.samengevoegd_van == bron
    assert Tagging.objects.filter(citaat=beide).count() == 2  # history kept: nothing deleted
    kind.refresh_from_db()
    assert kind.ouder == doel
    assert Memo.objects.get().code == doel
    assert Beoordeling.objects.get(citaat=beide).oordeel == "oneens"
    bron.refresh_from_db()
    assert (bron.actief, bron.samengevoegd_in) == (False, doel)
    log = AuditLog.objects.get(actie__startswith="code samengevoegd")
    assert log.actor == team and log.wijzigingen["dubbel"] == ["", "1"]


def test_samenvoegen_met_eigen_subcode_of_zichzelf_kan_niet(team):
    bron = CodeFactory()
    kind = CodeFactory(ouder=bron)
    with pytest.raises(CodeboekFout):
        code_merge(bron=bron, doel=kind, door=team)
    with pytest.raises(CodeboekFout):
        code_merge(bron=bron, doel=bron, door=team)


def test_gedeelde_code_samenvoegen_in_trajectcode_kan_niet(team, traject):
    trajectcode = CodeFactory(groep="traject", traject=traject)
    with pytest.raises(CodeboekFout):
        code_merge(bron=CodeFactory(), doel=trajectcode, door=team)


def test_team_voegt_samen_via_de_pagina(client, team, citaat):
    bron, doel = CodeFactory(naam="Bron"), CodeFactory(naam="Doel")
    tagging_create(citaat=citaat, code=bron, door=team)
    client.force_login(team)
    assert client.get(reverse("codeboek:code_samenvoegen", args=[bron.pk])).status_code == 200
    response = client.post(reverse("codeboek:code_samenvoegen", args=[bron.pk]), {"doel": doel.pk})
    assert response.status_code == 302
    assert citaat.taggings.get().code == doel
    leeg = client.post(reverse("codeboek:code_samenvoegen", args=[doel.pk]), {"doel": ""})
    assert leeg.status_code == 400
    assert "Kies de code waarmee u wilt samenvoegen." in leeg.content.decode()


def test_uitgefaseerde_code_blijft_aan_citaat_maar_is_niet_meer_te_kiezen(client, team, traject, citaat):
    code = CodeFactory(naam="Verouderd")
    tagging_create(citaat=citaat, code=code, door=team)
    client.force_login(team)
    assert client.post(reverse("codeboek:code_uitfaseren", args=[code.pk])).status_code == 302
    code.refresh_from_db()
    assert not code.actief
    assert citaat.taggings.filter(code=code, verwijderd_op__isnull=True).exists()
    ander = CitaatFactory(interview=citaat.interview)
    with pytest.raises(CodeboekFout):
        tagging_create(citaat=ander, code=code, door=team)
    lijst = client.get(reverse("codeboek:citaten", args=[traject.pk]))
    assert code.pk not in [pk for _, opties in lijst.context["keuzes"] for pk, _ in opties]
    assert AuditLog.objects.filter(actie="code uitgefaseerd").exists()
    client.post(reverse("codeboek:code_activeren", args=[code.pk]))
    code.refresh_from_db()
    assert code.actief


def test_code_in_gebruik_kan_niet_worden_verwijderd(client, team, citaat):
    code = CodeFactory(naam="In gebruik")
    tagging = tagging_create(citaat=citaat, code=code, door=team)
    tagging_remove(tagging=tagging, door=team)  # also a removed tagging is history that needs the code
    client.force_login(team)
    pagina = client.get(reverse("codeboek:code_verwijderen", args=[code.pk]))
    assert "kan niet worden verwijderd" in pagina.content.decode()
    assert "Ja, verwijderen" not in pagina.content.decode()
    response = client.post(reverse("codeboek:code_verwijderen", args=[code.pk]))
    assert response.status_code == 302
    assert Code.objects.filter(pk=code.pk).exists()
    with pytest.raises(CodeboekFout):
        code_delete(code=code, door=team)


def test_ongebruikte_code_verwijderen_vraagt_bevestiging(client, team):
    code = CodeFactory(naam="Tikfout")
    client.force_login(team)
    pagina = client.get(reverse("codeboek:code_verwijderen", args=[code.pk]))
    assert "Ja, verwijderen" in pagina.content.decode()
    assert Code.objects.filter(pk=code.pk).exists()
    client.post(reverse("codeboek:code_verwijderen", args=[code.pk]))
    assert not Code.objects.filter(pk=code.pk).exists()
    assert AuditLog.objects.filter(actie="code verwijderd").exists()


def test_expert_voegt_trajectcode_toe_onder_gedeelde_code(client, persona, traject, codes):
    client.force_login(persona["expert"])
    response = client.post(
        reverse("codeboek:trajectcode_nieuw", args=[traject.pk]),
        {"naam": "Basis op orde", "kleur": "#7a4b94", "ouder": codes["Rust en regie"].pk},
    )
    assert response.status_code == 302
    code = Code.objects.get(naam="Basis op orde")
    # a subcode takes its parent's group: in synthesis it counts under that code's group
    assert (code.groep, code.traject, code.ouder) == (codes["Rust en regie"].groep, traject, codes["Rust en regie"])
    assert str(code) == "Rust en regie > Basis op orde"


def test_expert_kan_codeboek_lezen_maar_niet_beheren(client, persona, codes):
    client.force_login(persona["expert"])
    assert client.get(reverse("codeboek:codeboek")).status_code == 200
    assert "Code toevoegen" not in client.get(reverse("codeboek:codeboek")).content.decode()
    code = codes["Rust en regie"]
    assert client.get(reverse("codeboek:code", args=[code.pk])).status_code == 200
    assert client.get(reverse("codeboek:code_bewerken", args=[code.pk])).status_code == 403
    assert client.post(reverse("codeboek:code_samenvoegen", args=[code.pk])).status_code == 403
    assert client.post(reverse("codeboek:code_uitfaseren", args=[code.pk])).status_code == 403
    assert client.post(reverse("codeboek:code_verwijderen", args=[code.pk])).status_code == 403
    assert client.get(reverse("codeboek:code_nieuw")).status_code == 403


def test_trajectcode_van_ander_traject_is_onzichtbaar_voor_expert(client, persona, ander_traject):
    code = CodeFactory(groep="traject", traject=ander_traject, naam="Geheim")
    client.force_login(persona["expert"])
    assert client.get(reverse("codeboek:code", args=[code.pk])).status_code == 404
    assert "Geheim" not in client.get(reverse("codeboek:codeboek")).content.decode()


@pytest.mark.parametrize("rol", ["contactpersoon", "bestuurder", "buitenstaander"])
def test_codeboek_alleen_voor_team_experts_en_moderatoren(client, persona, rol):
    client.force_login(persona[rol])
    assert client.get(reverse("codeboek:codeboek")).status_code == 403
    assert "Codeboek" not in client.get(reverse("trajecten:overzicht")).content.decode()


def test_codeboek_in_het_menu_voor_moderator(client, persona):
    client.force_login(persona["moderator"])
    assert 'href="/codeboek/"' in client.get(reverse("trajecten:overzicht")).content.decode()
    assert client.get(reverse("codeboek:codeboek")).status_code == 200
