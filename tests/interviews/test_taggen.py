"""Experts and moderators tag quotes of their own traject with several codes; history is kept."""

import pytest
from django.urls import reverse

from interviews.models import Tagging
from interviews.services.codeboek import tagging_create
from tests.factories import CodeFactory
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db


def _tag_url(citaat):
    return reverse("codeboek:tag_toevoegen", args=[citaat.interview.traject_id, citaat.pk])


def test_expert_kan_citaat_taggen_van_eigen_traject_met_meerdere_codes(client, persona, citaat, codes):
    expert = persona["expert"]
    client.force_login(expert)
    for naam in ["Rust en regie", "Dilemma/uitdaging", "Handelingsruimte"]:
        response = client.post(_tag_url(citaat), {"code": codes[naam].pk})
        assert response.status_code == 302
    taggings = Tagging.objects.filter(citaat=citaat)
    assert {t.code.naam for t in taggings} == {"Rust en regie", "Dilemma/uitdaging", "Handelingsruimte"}
    assert all(t.door == expert and t.op is not None for t in taggings)
    assert AuditLog.objects.filter(actie="citaat getagd", actor=expert).count() == 3


def test_twee_keer_dezelfde_code_geeft_een_tagging(client, persona, citaat, codes):
    client.force_login(persona["moderator"])
    client.post(_tag_url(citaat), {"code": codes["Rust en regie"].pk})
    client.post(_tag_url(citaat), {"code": codes["Rust en regie"].pk})
    assert citaat.taggings.count() == 1


def test_taggen_met_htmx_geeft_het_tagblok_terug(client, persona, citaat, codes):
    client.force_login(persona["expert"])
    response = client.post(_tag_url(citaat), {"code": codes["Werkzaam element"].pk}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="citaat-{citaat.pk}-taginhoud"' in html  # the list and form; the status keeps its element
    assert "Werkzaam element" in html
    assert "Tag “Werkzaam element” toegevoegd." in html
    assert "<html" not in html


def test_taggen_zonder_code_geeft_nederlandse_fout(client, persona, citaat):
    client.force_login(persona["expert"])
    response = client.post(_tag_url(citaat), {"code": ""})
    assert response.status_code == 400
    assert "Kies een code." in response.content.decode()
    htmx = client.post(_tag_url(citaat), {"code": ""}, HTTP_HX_REQUEST="true")
    assert "Kies een code." in htmx.content.decode()
    assert 'aria-invalid="true"' in htmx.content.decode()


def test_trajectcode_van_ander_traject_kan_niet_worden_gebruikt(client, persona, citaat, ander_traject):
    vreemd = CodeFactory(groep="traject", traject=ander_traject)
    client.force_login(persona["expert"])
    response = client.post(_tag_url(citaat), {"code": vreemd.pk})
    assert response.status_code == 400
    assert not citaat.taggings.exists()


def test_tag_verwijderen_houdt_geschiedenis(client, persona, citaat, codes):
    expert, moderator = persona["expert"], persona["moderator"]
    tagging = tagging_create(citaat=citaat, code=codes["Rust en regie"], door=expert)
    client.force_login(moderator)
    url = reverse("codeboek:tag_verwijderen", args=[citaat.interview.traject_id, citaat.pk, tagging.pk])
    volgende = reverse("codeboek:citaten", args=[citaat.interview.traject_id]) + "?ongetagd=on"
    response = client.post(url, {"volgende": volgende})
    assert response.status_code == 302 and response.url == f"{volgende}#citaat-{citaat.pk}-tags"
    tagging.refresh_from_db()
    assert tagging.verwijderd_op is not None and tagging.verwijderd_door == moderator
    assert tagging.door == expert
    detail = client.get(reverse("codeboek:citaat", args=[citaat.interview.traject_id, citaat.pk]))
    assert detail.context["actieve_taggings"] == []
    assert detail.context["geschiedenis"] == [tagging]
    assert "Nog geen tags" in detail.content.decode()
    # Tagging the same code again is a new row; the old one stays as history.
    client.post(_tag_url(citaat), {"code": codes["Rust en regie"].pk})
    assert citaat.taggings.count() == 2
    assert citaat.taggings.filter(verwijderd_op__isnull=True).get().door == moderator


def test_volgende_naar_een_andere_site_wordt_genegeerd(client, persona, citaat, codes):
    client.force_login(persona["expert"])
    response = client.post(_tag_url(citaat), {"code": codes["Rust en regie"].pk, "volgende": "https://kwaad.example/"})
    assert response.url.startswith(reverse("codeboek:citaat", args=[citaat.interview.traject_id, citaat.pk]) + "#")


def test_expert_van_traject_a_kan_niet_lezen_of_taggen_in_traject_b(client, persona, ander_citaat, codes):
    client.force_login(persona["expert"])
    traject_b = ander_citaat.interview.traject_id
    assert client.get(reverse("codeboek:citaten", args=[traject_b])).status_code == 404
    assert client.get(reverse("codeboek:citaat", args=[traject_b, ander_citaat.pk])).status_code == 404
    assert client.post(_tag_url(ander_citaat), {"code": codes["Rust en regie"].pk}).status_code == 404
    assert not ander_citaat.taggings.exists()


def test_citaat_van_ander_traject_via_eigen_traject_is_404(client, persona, traject, ander_citaat, codes):
    client.force_login(persona["expert"])
    url = reverse("codeboek:tag_toevoegen", args=[traject.pk, ander_citaat.pk])
    assert client.post(url, {"code": codes["Rust en regie"].pk}).status_code == 404


@pytest.mark.parametrize("rol", ["contactpersoon", "bestuurder"])
def test_contactpersoon_en_bestuurder_mogen_niet_taggen(client, persona, citaat, codes, rol):
    client.force_login(persona[rol])
    assert client.post(_tag_url(citaat), {"code": codes["Rust en regie"].pk}).status_code == 403
    assert not citaat.taggings.exists()


def test_vijandige_tekst_wordt_ontsnapt(client, persona, citaat, codes):
    citaat.tekst = "<script>alert('x')</script>"
    citaat.save()
    client.force_login(persona["expert"])
    html = client.get(reverse("codeboek:citaten", args=[citaat.interview.traject_id])).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def test_lijst_en_citaatpagina_bieden_het_volgende_ongetagde_citaat(client, persona, citaat, codes):
    from tests.factories import CitaatFactory

    ongetagd = CitaatFactory(interview=citaat.interview)
    tagging_create(citaat=citaat, code=codes["Werkzaam element"], door=persona["expert"])
    client.force_login(persona["expert"])
    link = reverse("codeboek:citaat", args=[citaat.interview.traject_id, ongetagd.pk])
    lijst = client.get(reverse("codeboek:citaten", args=[citaat.interview.traject_id])).content.decode()
    assert f'href="{link}"' in lijst and "Volgende ongetagde citaat" in lijst
    pagina = client.get(reverse("codeboek:citaat", args=[citaat.interview.traject_id, citaat.pk])).content.decode()
    assert "Volgende ongetagde citaat" in pagina and f'href="{link}"' in pagina
    # On the last untagged quote itself there is no "next" pointing at itself.
    eigen = client.get(link).content.decode()
    assert "Volgende ongetagde citaat" not in eigen


def test_tagmelding_is_zichtbaar_en_wordt_voorgelezen(client, persona, citaat, codes):
    client.force_login(persona["expert"])
    html = client.post(
        _tag_url(citaat), {"code": codes["Werkzaam element"].pk}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert 'class="tags__melding" role="status"' in html
