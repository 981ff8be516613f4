"""A second expert reviews a traject's taggings; the page shows Cohen's kappa per code."""

import pytest
from django.urls import reverse

from interviews.models import Beoordeling
from interviews.selectors.codeboek import kappa_per_code
from interviews.services.codeboek import citaat_beoordelen, tagging_create
from tests.factories import CitaatFactory, met_rol
from trajecten.models import Rol
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db


def test_tweede_expert_beoordeelt_eens_oneens_en_voegt_code_toe(client, persona, traject, citaat, codes):
    eerste, tweede = persona["expert"], met_rol(traject, Rol.EXPERT)
    rust, dilemma, inwoner = codes["Rust en regie"], codes["Dilemma/uitdaging"], codes["Inwoner centraal"]
    tagging_create(citaat=citaat, code=rust, door=eerste)
    tagging_create(citaat=citaat, code=dilemma, door=eerste)
    client.force_login(tweede)
    url = reverse("codeboek:citaat_beoordelen", args=[traject.pk, citaat.pk])
    pagina = client.get(url)
    assert pagina.status_code == 200
    assert "Rust en regie" in pagina.content.decode()
    response = client.post(
        url, {f"oordeel_{rust.pk}": "eens", f"oordeel_{dilemma.pk}": "oneens", "toevoegen": inwoner.pk}
    )
    assert response.status_code == 302
    oordelen = dict(Beoordeling.objects.filter(door=tweede).values_list("code__naam", "oordeel"))
    assert oordelen == {"Rust en regie": "eens", "Dilemma/uitdaging": "oneens", "Inwoner centraal": "toegevoegd"}
    assert citaat.taggings.filter(code=inwoner, door=tweede, verwijderd_op__isnull=True).exists()
    assert AuditLog.objects.filter(actie="citaat beoordeeld", actor=tweede).exists()
    # Reviewing again overwrites the judgement, it does not add rows.
    client.post(url, {f"oordeel_{rust.pk}": "oneens", f"oordeel_{dilemma.pk}": "oneens"})
    assert Beoordeling.objects.get(door=tweede, code=rust).oordeel == "oneens"
    assert Beoordeling.objects.filter(door=tweede).count() == 3


def test_beoordelen_zonder_oordeel_geeft_fout_en_bewaart_niets(client, persona, traject, citaat, codes):
    tagging_create(citaat=citaat, code=codes["Rust en regie"], door=persona["expert"])
    client.force_login(persona["moderator"])
    response = client.post(reverse("codeboek:citaat_beoordelen", args=[traject.pk, citaat.pk]), {})
    assert response.status_code == 400
    assert "Kies eens of oneens voor Rust en regie." in response.content.decode()
    assert not Beoordeling.objects.exists()


def test_eigen_tags_worden_niet_door_jezelf_beoordeeld(client, persona, traject, citaat, codes):
    tagging_create(citaat=citaat, code=codes["Rust en regie"], door=persona["expert"])
    client.force_login(persona["expert"])
    pagina = client.get(reverse("codeboek:citaat_beoordelen", args=[traject.pk, citaat.pk]))
    assert pagina.context["eerste"] == []
    lijst = client.get(reverse("codeboek:beoordelen", args=[traject.pk]))
    assert list(lijst.context["page_obj"]) == []


def test_kappa_per_code_met_de_hand_uitgerekend(traject, interview, persona, codes):
    """Four quotes judged by one reviewer for "Rust en regie": eens, oneens, toegevoegd, and not at all.

    Pairs (first coder, reviewer): (1,1), (1,0), (0,1), (0,0). p_o = 2/4 = 0,5; both say yes on 2 of 4,
    so p_e = 0,5*0,5 + 0,5*0,5 = 0,5 and kappa = (0,5 - 0,5) / 0,5 = 0.
    "Werkzaam element" is agreed on all four quotes: p_e = 1, kappa "niet te berekenen".
    """
    eerste, reviewer = persona["expert"], persona["moderator"]
    rust, werkzaam = codes["Rust en regie"], codes["Werkzaam element"]
    citaten = CitaatFactory.create_batch(4, interview=interview)
    for c in citaten:
        tagging_create(citaat=c, code=werkzaam, door=eerste)
    tagging_create(citaat=citaten[0], code=rust, door=eerste)
    tagging_create(citaat=citaten[1], code=rust, door=eerste)
    citaat_beoordelen(citaat=citaten[0], door=reviewer, oordelen={rust: "eens", werkzaam: "eens"}, toevoegen=[])
    citaat_beoordelen(citaat=citaten[1], door=reviewer, oordelen={rust: "oneens", werkzaam: "eens"}, toevoegen=[])
    citaat_beoordelen(citaat=citaten[2], door=reviewer, oordelen={werkzaam: "eens"}, toevoegen=[rust])
    citaat_beoordelen(citaat=citaten[3], door=reviewer, oordelen={werkzaam: "eens"}, toevoegen=[])

    uitkomst = {o.code.naam: o for o in kappa_per_code(traject=traject)}
    assert uitkomst["Rust en regie"].kappa.n == 4
    assert uitkomst["Rust en regie"].kappa.p_o == pytest.approx(0.5)
    assert uitkomst["Rust en regie"].kappa.waarde == pytest.approx(0.0)
    assert (uitkomst["Rust en regie"].eens, uitkomst["Rust en regie"].oneens) == (1, 1)
    assert uitkomst["Rust en regie"].toegevoegd == 1
    assert uitkomst["Werkzaam element"].kappa.waarde is None
    assert str(uitkomst["Werkzaam element"].kappa) == "niet te berekenen"


def test_beoordelingspagina_toont_kappa_en_niet_te_berekenen(client, persona, traject, citaat, codes):
    rust = codes["Rust en regie"]
    tagging_create(citaat=citaat, code=rust, door=persona["expert"])
    citaat_beoordelen(citaat=citaat, door=persona["moderator"], oordelen={rust: "eens"}, toevoegen=[])
    client.force_login(persona["moderator"])
    html = client.get(reverse("codeboek:beoordelen", args=[traject.pk])).content.decode()
    assert "Rust en regie" in html
    assert "niet te berekenen" in html


@pytest.mark.parametrize(("rol", "status"), [("contactpersoon", 403), ("bestuurder", 403), ("buitenstaander", 404)])
def test_alleen_inhoudsrollen_beoordelen(client, persona, traject, citaat, rol, status):
    client.force_login(persona[rol])
    assert client.get(reverse("codeboek:beoordelen", args=[traject.pk])).status_code == status
    assert client.post(reverse("codeboek:citaat_beoordelen", args=[traject.pk, citaat.pk])).status_code == status


def test_na_opslaan_gaat_de_beoordelaar_naar_het_volgende_citaat(client, persona, traject, citaat, codes):
    eerste, tweede = persona["expert"], met_rol(traject, Rol.EXPERT)
    rust = codes["Rust en regie"]
    volgend = CitaatFactory(interview=citaat.interview)
    tagging_create(citaat=citaat, code=rust, door=eerste)
    tagging_create(citaat=volgend, code=rust, door=eerste)
    client.force_login(tweede)
    response = client.post(
        reverse("codeboek:citaat_beoordelen", args=[traject.pk, citaat.pk]), {f"oordeel_{rust.pk}": "eens"}
    )
    assert response.url == reverse("codeboek:citaat_beoordelen", args=[traject.pk, volgend.pk])
    response = client.post(response.url, {f"oordeel_{rust.pk}": "eens"})
    assert response.url == reverse("codeboek:beoordelen", args=[traject.pk])
