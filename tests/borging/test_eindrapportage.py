"""Eindrapportage: composition from the data, version rules, frozen quotes, the PDF and the phase check."""

import io
import time

import pikepdf
import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from borging.models import Sectie, Versie
from borging.selectors.eindrapportage import nu_uitgesloten
from borging.services import BorgingFout
from borging.services import eindrapportage as services
from ontwerp.models import Actiepunt, InzichtCitaat, Oplossingsrichting
from tests.borging.factories import AfspraakFactory, BorgingsessieFactory, StreefwaardeFactory
from tests.factories import (
    CitaatFactory,
    CodeFactory,
    InterviewFactory,
    InzichtFactory,
    OntwerpsessieFactory,
    UserFactory,
    met_rol,
)
from tests.pdf_tekst import pdf_tekst
from trajecten import fasen
from trajecten.models import Fase, Rol, Status

pytestmark = pytest.mark.django_db

NAMEN = ["Joke Jansen", "Piet Pietersen"]
PSEUDONIEMEN = ["Schuilnaam Alfa", "Schuilnaam Beta"]  # outside the team only these; the report not even these


@pytest.fixture
def gegevens(traject):
    """A traject with one quote that may go into the report, one whose speaker gave no consent for the
    eindrapportage, one not released; an inzicht they support, a direction, an action, a streefwaarde."""
    traject.kernvraag = "Hoe vindt een inwoner sneller hulp?"
    traject.aanpak = "Duo-interviews en een ontwerpsessie."
    traject.save()
    interview = InterviewFactory(
        traject=traject,
        deelnemer_a__betrokkene__naam=NAMEN[0],
        deelnemer_b__betrokkene__naam=NAMEN[1],
        deelnemer_a__pseudoniem=PSEUDONIEMEN[0],
        deelnemer_b__pseudoniem=PSEUDONIEMEN[1],
        notities="Gesprek.\nJoke Jansen: de wachttijd was kort.\nPiet Pietersen: ik werd gehoord.\nNog iets.",
    )
    b = interview.deelnemer_b
    b.toestemming_eindrapportage_op = None
    b.save()
    nu = timezone.now()

    def citaat(regel, spreker, vrij):
        begin = interview.notities.index(regel)
        return CitaatFactory(
            interview=interview,
            spreker=spreker,
            begin=begin,
            eind=begin + len(regel),
            tekst=regel,
            vrijgegeven=bool(vrij),
            vrijgegeven_tekst=vrij,
            vrijgegeven_op=nu if vrij else None,
        )

    toegestaan = citaat("Joke Jansen: de wachttijd was kort.", interview.deelnemer_a, "De wachttijd was kort.")
    zonder_toestemming = citaat("Piet Pietersen: ik werd gehoord.", b, "Ik werd gehoord.")
    niet_vrij = citaat("Nog iets.", interview.deelnemer_a, "")
    # Own codes: a transactional test elsewhere may have flushed the codebook of the migrations.
    inzicht = InzichtFactory(
        traject=traject,
        titel="Eén plek voor hulp",
        hoofdthema=CodeFactory(groep="hoofdthema", naam="Inwoner centraal (test)"),
        soort=CodeFactory(groep="soort", naam="Werkzaam element (test)"),
    )
    for c in (toegestaan, zonder_toestemming, niet_vrij):
        InzichtCitaat.objects.create(inzicht=inzicht, citaat=c)
    sessie = OntwerpsessieFactory(bijeenkomst__traject=traject)
    Oplossingsrichting.objects.create(ontwerpsessie=sessie, titel="Eén loket")
    Actiepunt.objects.create(ontwerpsessie=sessie, omschrijving="Loket inrichten", eigenaar="Teamleider toegang")
    StreefwaardeFactory(traject=traject, indicator="Wachttijd tot eerste gesprek")
    AfspraakFactory(bijeenkomst=BorgingsessieFactory(traject=traject), omschrijving="Evaluatie na een half jaar")
    return {"toegestaan": toegestaan, "zonder_toestemming": zonder_toestemming, "niet_vrij": niet_vrij}


def test_concept_heeft_elke_sectie_uit_de_gegevens_zonder_namen(traject, team, gegevens):
    versie = services.versie_create(traject=traject, door=team)
    secties = {s.soort: s for s in versie.secties.all()}
    assert list(secties) == list(Sectie.Soort.values)
    assert "Hoe vindt een inwoner sneller hulp?" in secties["kernvraag"].tekst
    assert secties["gehoord"].tabel["rijen"] == [["Uitvoering", "1"], ["Inwoner / ervaringsdeskundige", "1"]]
    assert "Eén plek voor hulp" in secties["inzichten"].tekst
    assert (
        "Eén loket" in secties["oplossingsrichting"].tekst and "Loket inrichten" in secties["oplossingsrichting"].tekst
    )
    assert "Evaluatie na een half jaar" in secties["advies"].tekst
    assert secties["streefwaarden"].tabel["rijen"][0][0] == "Wachttijd tot eerste gesprek"
    alles = " ".join(s.tekst for s in secties.values())
    for naam in [*NAMEN, "Jansen", *PSEUDONIEMEN]:
        assert naam not in alles


def test_alleen_vrijgegeven_citaten_met_toestemming_voor_de_eindrapportage(traject, team, gegevens):
    versie = services.versie_create(traject=traject, door=team)
    assert [(vc.citaat_id, vc.tekst) for vc in versie.citaten.all()] == [
        (gegevens["toegestaan"].pk, "De wachttijd was kort.")
    ]
    assert versie.citaten.get().bron.startswith("Uitvoering, duo-interview ")


def _vastgesteld(traject, team, bij_commit):
    versie = services.versie_create(traject=traject, door=team)
    services.ter_review_zetten(versie=versie, door=team)
    return bij_commit(services.versie_vaststellen, versie=versie, door=team)


def test_versieregels(traject, team, gegevens, bij_commit):
    versie = services.versie_create(traject=traject, door=team)
    with pytest.raises(BorgingFout):
        services.versie_create(traject=traject, door=team)
    sectie = versie.secties.get(soort="advies")
    with pytest.raises(BorgingFout):
        services.opmerking_plaatsen(sectie=sectie, tekst="Graag korter.", door=team)
    with pytest.raises(BorgingFout):
        services.versie_vaststellen(versie=versie, door=team)
    services.ter_review_zetten(versie=versie, door=team)
    services.opmerking_plaatsen(sectie=sectie, tekst="Graag korter.", door=team)
    services.sectie_bijwerken(sectie=sectie, tekst="Kort advies.", door=team)
    bij_commit(services.versie_vaststellen, versie=versie, door=team)
    versie.refresh_from_db()
    assert versie.status == Versie.Status.VASTGESTELD and versie.vastgesteld_op
    with pytest.raises(BorgingFout):
        services.sectie_bijwerken(sectie=versie.secties.get(soort="advies"), tekst="Anders.", door=team)
    with pytest.raises(BorgingFout):
        services.sectie_regenereren(sectie=versie.secties.get(soort="advies"), door=team)
    tweede = services.versie_create(traject=traject, door=team)
    assert tweede.nummer == 2 and tweede.status == Versie.Status.CONCEPT
    assert tweede.secties.get(soort="advies").tekst == "Kort advies."  # starts from the vastgestelde texts
    assert Versie.objects.filter(eindrapportage__traject=traject).count() == 2  # every version kept


def test_vaststelling_bevriest_de_citaten_en_het_team_ziet_wat_nu_zou_vervallen(traject, team, gegevens, bij_commit):
    versie = _vastgesteld(traject, team, bij_commit)
    spreker = gegevens["toegestaan"].spreker
    spreker.toestemming_eindrapportage_op = None
    spreker.save()
    versie.refresh_from_db()
    assert [vc.tekst for vc in versie.citaten.all()] == ["De wachttijd was kort."]
    assert [vc.citaat_id for vc in nu_uitgesloten(versie)] == [gegevens["toegestaan"].pk]
    # The next concept composes its quotes anew: the withdrawn one is left out.
    assert services.versie_create(traject=traject, door=team).citaten.count() == 0


def test_toestemming_ingetrokken_tijdens_review_komt_niet_in_de_vastgestelde_versie(
    traject, team, gegevens, bij_commit
):
    versie = services.versie_create(traject=traject, door=team)
    services.ter_review_zetten(versie=versie, door=team)
    spreker = gegevens["toegestaan"].spreker
    spreker.toestemming_ingetrokken_op = timezone.localdate()
    spreker.save()
    bij_commit(services.versie_vaststellen, versie=versie, door=team)
    assert versie.citaten.count() == 0


def test_vaststelling_mailt_bestuurders_en_contactpersonen(traject, team, gegevens, bij_commit):
    bestuurder = met_rol(traject, Rol.BESTUURDER, user=UserFactory(email="wethouder@gemeente.test"))
    contact = met_rol(traject, Rol.CONTACTPERSOON, user=UserFactory(email="contact@gemeente.test"))
    met_rol(traject, Rol.EXPERT, user=UserFactory(email="expert@visieleren.test"))
    _vastgesteld(traject, team, bij_commit)
    assert sorted(m.to[0] for m in mail.outbox) == sorted([bestuurder.email, contact.email])
    assert all(len(m.to) == 1 and traject.titel in m.subject for m in mail.outbox)


def _pdf(versie) -> bytes:
    versie.refresh_from_db()
    with versie.bestand.open("rb") as f:
        return f.read()


def test_pdf_heeft_elke_sectie_geen_namen_en_is_getagd(traject, team, gegevens, bij_commit):
    versie = _vastgesteld(traject, team, bij_commit)
    versie.refresh_from_db()
    assert versie.pdf_status == Versie.Pdf.KLAAR  # eager in tests: rendered on commit
    inhoud = _pdf(versie)
    import hashlib

    assert hashlib.sha256(inhoud).hexdigest() == versie.sha256
    tekst = pdf_tekst(inhoud)
    for label in Sectie.Soort.labels:
        assert label in tekst
    assert traject.gemeenten.get().naam in tekst and "Inhoud" in tekst
    assert "De wachttijd was kort." in tekst and "Ik werd gehoord." not in tekst
    for naam in [*NAMEN, "Jansen", "Pietersen", *PSEUDONIEMEN, "Schuilnaam"]:
        assert naam not in tekst
    pdf = pikepdf.open(io.BytesIO(inhoud))
    assert str(pdf.Root.Lang) == "nl"
    assert bool(pdf.Root.MarkInfo.Marked)
    assert "/StructTreeRoot" in pdf.Root
    assert "/Outlines" in pdf.Root and len(pdf.open_outline().root) >= 1
    titels = [item.title for item in pdf.open_outline().root]
    assert any("Inzichten per hoofdthema" in t for t in titels) or any(
        "Inzichten per hoofdthema" in kind.title for item in pdf.open_outline().root for kind in item.children
    )
    with pdf.open_metadata() as xmp:
        assert xmp.get("pdfaid:part") == "3"  # PDF/A-3a is claimed in the XMP identification
    assert versie.pdf_variant == "pdf/a-3a"  # rendered without a WeasyPrint warning, so no fallback


def test_terugval_op_pdf_ua_als_pdf_a_niet_lukt(monkeypatch):
    from visieleren import pdf as pdf_module

    echt = pdf_module.pdf_maken
    gevraagd = []

    def nep_a3a_faalt(template, context, *, variant):
        gevraagd.append(variant)
        if variant == "pdf/a-3a":
            raise ValueError("PDF/A niet mogelijk")
        return echt(template, context, variant=variant)

    monkeypatch.setattr(services, "pdf_maken", nep_a3a_faalt)
    pdf, variant = services.pdf_met_terugval(
        "ontwerp/kaartjes/pdf.html", {"titel": "x", "kaarten": [], "traject": None}
    )
    assert (variant, gevraagd) == ("pdf/ua-1", ["pdf/a-3a", "pdf/ua-1"])
    assert pdf.inhoud.startswith(b"%PDF")


def test_renderen_twee_keer_geeft_een_bestand(traject, team, gegevens, bij_commit, settings):
    versie = _vastgesteld(traject, team, bij_commit)
    versie.refresh_from_db()
    eerste = versie.sha256
    Versie.objects.filter(pk=versie.pk).update(pdf_status=Versie.Pdf.WACHTRIJ)  # as if redelivered mid-task
    services.eindrapportage_renderen(versie_id=versie.pk)
    services.eindrapportage_renderen(versie_id=versie.pk)
    versie.refresh_from_db()
    map_ = settings.PRIVATE_MEDIA_ROOT / "rapporten" / str(traject.pk) / str(versie.pk)
    assert [p.name for p in map_.iterdir()] == [f"eindrapportage-v{versie.nummer}.pdf"]
    assert versie.pdf_status == Versie.Pdf.KLAAR and len(versie.sha256) == 64 and eerste


def test_concept_wordt_niet_gerenderd(traject, team, gegevens):
    versie = services.versie_create(traject=traject, door=team)
    assert services.eindrapportage_renderen(versie_id=versie.pk) is None
    versie.refresh_from_db()
    assert not versie.bestand


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pdf_door_de_echte_worker(echte_worker, traject, team, gegevens):
    """With REDIS_URL the vaststelling queues the task through Redis to a real worker on the test database."""
    versie = services.versie_create(traject=traject, door=team)
    services.ter_review_zetten(versie=versie, door=team)
    services.versie_vaststellen(versie=versie, door=team)  # committed: on_commit queues the task
    if settings.REDIS_URL:
        assert echte_worker is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not Versie.objects.get(pk=versie.pk).pdf_afgerond:
            time.sleep(0.1)
    versie.refresh_from_db()
    assert versie.pdf_status == Versie.Pdf.KLAAR and versie.bestand and len(versie.sha256) == 64


# ---- The phase check Borgen → afgerond ----------------------------------------------------------


def test_afronden_vraagt_een_vastgestelde_eindrapportage_en_een_gehouden_borgingsessie(traject, team, bij_commit):
    def eindrapportage_besproken(traject):
        label = "De eindrapportage is opgesteld en besproken in de borgingsessie"
        return next(c.reden or None for c in fasen.checklist(traject) if c.label == label)

    traject.fase = Fase.BORGEN
    traject.save()
    assert eindrapportage_besproken(traject) == (
        "Er is nog geen vastgestelde eindrapportage. Er is nog geen borgingsessie gehouden."
    )
    sessie = BorgingsessieFactory(traject=traject)  # planned a week ahead: not held yet
    _vastgesteld(traject, team, bij_commit)
    assert eindrapportage_besproken(traject) == "Er is nog geen borgingsessie gehouden."
    sessie.begin = timezone.now() - timezone.timedelta(days=1)
    sessie.eind = sessie.begin + timezone.timedelta(hours=2)
    sessie.save()
    assert eindrapportage_besproken(traject) is None
    fasen.traject_beeindigen(traject=traject, status=Status.AFGEROND, reden="", door=team)
    traject.refresh_from_db()
    assert traject.status == Status.AFGEROND
