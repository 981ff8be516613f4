"""Exports that research tools open (CSV, XLSX, QDPX, QDC) and importing a QDC codebook."""

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone
from lxml import etree

from interviews.models import Citaat, Code
from interviews.refi_qda import NS_CODEBOOK, NS_PROJECT, QdcFout, qdc_lezen
from interviews.services.uitwisseling import qdc_importeren, qdc_voorbeeld
from tests.factories import (
    CitaatFactory,
    CodeFactory,
    InterviewFactory,
    MemoFactory,
    TaggingFactory,
    UserFactory,
    met_rol,
)
from trajecten.models import Rol
from visieleren.core.models import AuditLog

pytestmark = pytest.mark.django_db

XSD = etree.XMLSchema(etree.parse(str(Path(__file__).resolve().parent.parent / "refi_qda" / "Project-mrt2019.xsd")))
NOTITIES = (
    "Gesprek bij het wijkteam.\n"
    'Joke Jansen vertelt: =HYPERLINK("http://x") zeven weken wachten, dat is lang.\n'
    "Piet zegt dat de huisarts meedenkt en dat Jansen gelijk heeft.\n"
    "+31 6 is haar nummer; @iedereen weet het."
)


@pytest.fixture
def materiaal(traject):
    """An interview whose notes name the deelnemers, quotes with hostile starts, codes with a hierarchy."""
    interview = InterviewFactory(traject=traject, notities=NOTITIES)
    interview.deelnemer_a.betrokkene.naam = "Joke Jansen"
    interview.deelnemer_a.betrokkene.save()
    interview.deelnemer_b.betrokkene.naam = "Piet de Boer"
    interview.deelnemer_b.betrokkene.save()
    tekst = 'Joke Jansen vertelt: =HYPERLINK("http://x") zeven weken wachten, dat is lang.'
    begin = NOTITIES.index(tekst)
    eerste = CitaatFactory(interview=interview, begin=begin, eind=begin + len(tekst), tekst=tekst, context="Joke")
    tweede_tekst = "+31 6 is haar nummer; @iedereen weet het."
    b = NOTITIES.index(tweede_tekst)
    tweede = CitaatFactory(interview=interview, begin=b, eind=b + len(tweede_tekst), tekst=tweede_tekst)
    derde_tekst = "Piet zegt dat de huisarts meedenkt"
    b3 = NOTITIES.index(derde_tekst)
    derde = CitaatFactory(
        interview=interview,
        begin=b3,
        eind=b3 + len(derde_tekst),
        tekst=derde_tekst,
        spreker=interview.deelnemer_b,
        vrijgegeven=True,
        vrijgegeven_tekst="Een inwoner zegt dat de huisarts meedenkt",
        vrijgegeven_op=timezone.now(),
    )
    rust = Code.objects.get(groep="hoofdthema", naam="Rust en regie", ouder=None)
    basis = CodeFactory(groep="hoofdthema", naam="Basis op orde", ouder=rust, kleur="#7a4b94", beschrijving="Op orde")
    dilemma = Code.objects.get(groep="soort", ouder=None, naam__startswith="Dilemma")
    # Fixed names for the coders: a generated name could contain "Jansen" and spoil the name checks.
    codeur = UserFactory(naam="Eva Codeur")
    TaggingFactory(citaat=eerste, code=basis, door=codeur)
    TaggingFactory(citaat=eerste, code=dilemma, door=codeur)
    TaggingFactory(citaat=derde, code=rust, door=codeur)
    MemoFactory(citaat=eerste, tekst="Joke Jansen noemt de wachttijd.", auteur=codeur)
    return {"interview": interview, "citaten": [eerste, tweede, derde], "basis": basis}


def _lees_csv(antwoord) -> list[list[str]]:
    inhoud = b"".join(antwoord.streaming_content).decode("utf-8")
    assert inhoud.startswith("\ufeff")
    return list(csv.reader(io.StringIO(inhoud[1:]), delimiter=";"))


def test_csv_heeft_een_regel_per_tagging_zonder_namen_en_zonder_formules(client, persona, traject, materiaal):
    client.force_login(persona["expert"])
    antwoord = client.get(reverse("uitwisseling:citaten_csv", args=[traject.pk]))
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("text/csv")
    rijen = _lees_csv(antwoord)
    kop, data = rijen[0], rijen[1:]
    assert kop[0] == "traject" and "code" in kop
    assert len(data) == 4  # two taggings, one untagged quote, one tagging on the released quote
    alles = "\n".join(";".join(r) for r in data)
    assert "Joke" not in alles and "Jansen" not in alles and "Piet" not in alles
    teksten = {r[kop.index("tekst")] for r in data}
    assert any(t.startswith("Uitvoering") for t in teksten)
    assert "'+31 6 is haar nummer; @iedereen weet het." in teksten
    for rij in data:
        for cel in rij:
            assert not cel.startswith(("=", "+", "-", "@", "\t", "\r")), cel
    codes = {r[kop.index("code")] for r in data}
    assert "Rust en regie > Basis op orde" in codes
    bronnen = {r[kop.index("tekst")]: r[kop.index("bron van de tekst")] for r in data}
    assert bronnen["Een inwoner zegt dat de huisarts meedenkt"] == "vrijgegeven tekst"


def test_xlsx_leest_terug_met_openpyxl(client, persona, traject, materiaal):
    client.force_login(persona["moderator"])
    antwoord = client.get(reverse("uitwisseling:citaten_xlsx", args=[traject.pk]))
    assert antwoord.status_code == 200
    werkboek = openpyxl.load_workbook(io.BytesIO(b"".join(antwoord.streaming_content)))
    blad = werkboek["Citaten"]
    rijen = list(blad.iter_rows(values_only=True))
    assert rijen[0][0] == "traject"
    assert len(rijen) == 5
    for rij in rijen[1:]:
        for cel in rij:
            assert not (isinstance(cel, str) and cel.startswith(("=", "+", "-", "@")))
    assert all(c.data_type != "f" for rij in blad.iter_rows() for c in rij)
    assert "Jansen" not in str(rijen)


def test_namen_alleen_voor_het_team_en_alleen_op_verzoek(client, persona, traject, materiaal):
    client.force_login(persona["expert"])
    assert client.get(reverse("uitwisseling:citaten_csv", args=[traject.pk]) + "?namen=1").status_code == 403
    client.force_login(persona["team"])
    zonder = "\n".join(
        ";".join(r) for r in _lees_csv(client.get(reverse("uitwisseling:citaten_csv", args=[traject.pk])))
    )
    assert "Jansen" not in zonder
    met = _lees_csv(client.get(reverse("uitwisseling:citaten_csv", args=[traject.pk]) + "?namen=1"))
    assert "Joke Jansen" in "\n".join(";".join(r) for r in met)
    acties = list(AuditLog.objects.filter(traject=traject).values_list("actie", flat=True))
    assert "export citaten (CSV)" in acties and "export citaten (CSV) met namen" in acties


def _qdpx(client, traject) -> zipfile.ZipFile:
    antwoord = client.get(reverse("uitwisseling:project_qdpx", args=[traject.pk]))
    assert antwoord.status_code == 200
    return zipfile.ZipFile(io.BytesIO(b"".join(antwoord.streaming_content)))


def _selecties(zip_: zipfile.ZipFile):
    project = etree.fromstring(zip_.read("project.qde"))
    ns = {"q": NS_PROJECT}
    for bron in project.iterfind(".//q:Sources/q:TextSource", ns):
        tekst = zip_.read(f"sources/{bron.get('guid')}.txt").decode("utf-8")
        for selectie in bron.iterfind("q:PlainTextSelection", ns):
            yield tekst, selectie


def test_qdpx_is_geldig_volgens_het_refi_qda_schema(client, persona, traject, materiaal):
    client.force_login(persona["expert"])
    zip_ = _qdpx(client, traject)
    project = etree.fromstring(zip_.read("project.qde"))
    XSD.assertValid(project)
    assert project.nsmap[None] == NS_PROJECT
    assert any(n.startswith("sources/") for n in zip_.namelist())


def test_elke_selectie_geeft_precies_de_citaattekst_in_de_geexporteerde_bron(client, persona, traject, materiaal):
    client.force_login(persona["expert"])
    zip_ = _qdpx(client, traject)
    gevonden = {}
    for tekst, selectie in _selecties(zip_):
        stuk = tekst[int(selectie.get("startPosition")) : int(selectie.get("endPosition"))]
        gevonden[selectie.get("guid")] = stuk
    for citaat in materiaal["citaten"]:
        assert str(citaat.uuid) in gevonden
    eerste = gevonden[str(materiaal["citaten"][0].uuid)]
    assert eerste.startswith(materiaal["citaten"][0].spreker.pseudoniem)
    assert "Jansen" not in zip_.read("project.qde").decode() + "".join(
        zip_.read(n).decode() for n in zip_.namelist() if n.endswith(".txt")
    )


def test_qdpx_codes_codeurs_memos_en_sprekers(client, persona, traject, materiaal):
    client.force_login(persona["expert"])
    project = etree.fromstring(_qdpx(client, traject).read("project.qde"))
    ns = {"q": NS_PROJECT}
    basis = project.find(f".//q:Code[@guid='{materiaal['basis'].uuid}']", ns)
    assert basis is not None and basis.getparent().get("name") == "Rust en regie"
    assert basis.get("color") == "#7a4b94"
    codings = project.findall(".//q:Coding", ns)
    assert len(codings) == 3
    gebruikers = {u.get("guid") for u in project.iterfind(".//q:User", ns)}
    assert {c.get("creatingUser") for c in codings} <= gebruikers
    notities = project.findall(".//q:Notes/q:Note", ns)
    assert len(notities) == 1 and "Jansen" not in etree.tostring(notities[0]).decode()
    casussen = {c.get("name") for c in project.iterfind(".//q:Case", ns)}
    assert materiaal["interview"].deelnemer_a.pseudoniem in casussen


def test_citaat_met_gewijzigd_anker_en_na_bewaartermijn_gaat_zelf_als_bron_mee(client, persona, traject, materiaal):
    gewijzigd = materiaal["citaten"][1]
    gewijzigd.anker = Citaat.Anker.GEWIJZIGD
    gewijzigd.save()
    client.force_login(persona["expert"])
    selecties = {s.get("guid"): (t, s) for t, s in _selecties(_qdpx(client, traject))}
    eigen = [t for t, s in selecties.values() if t == "'+31 6 is haar nummer; @iedereen weet het."[1:]]
    assert eigen, "the changed quote is its own source"
    # Retention removed the notes: every quote is its own source, and still gives back its text.
    materiaal["interview"].notities = ""
    materiaal["interview"].save()
    zip_ = _qdpx(client, traject)
    XSD.assertValid(etree.fromstring(zip_.read("project.qde")))
    stukken = [t[int(s.get("startPosition")) : int(s.get("endPosition"))] for t, s in _selecties(zip_)]
    assert len(stukken) == 3 and all(stukken)


def _als_project(qdc: bytes) -> etree._Element:
    """The Codes of a QDC inside a Project element, to validate against the project schema's CodeBookType.

    The Codebook.xsd copies that can be had carry typographic damage from the PDF of the standard (see
    tests/refi_qda/README.md); the project schema defines the same CodeBook structure.
    """
    codebook = etree.fromstring(qdc)
    assert codebook.tag == f"{{{NS_CODEBOOK}}}CodeBook"
    tekst = etree.tostring(codebook).decode().replace(NS_CODEBOOK, NS_PROJECT)
    codes = etree.fromstring(tekst).find(f"{{{NS_PROJECT}}}Codes")
    project = etree.Element(f"{{{NS_PROJECT}}}Project", nsmap={None: NS_PROJECT}, name="test")
    etree.SubElement(project, f"{{{NS_PROJECT}}}CodeBook").append(codes)
    return project


def test_qdc_is_geldig_en_bevat_hierarchie_kleuren_en_beschrijvingen(client, persona, materiaal):
    client.force_login(persona["expert"])
    antwoord = client.get(reverse("uitwisseling:codeboek_qdc"))
    assert antwoord.status_code == 200
    qdc = b"".join(antwoord.streaming_content)
    XSD.assertValid(_als_project(qdc))
    codes = qdc_lezen(qdc)
    rust = next(c for c in codes if c.naam == "Rust en regie")
    basis = next(k for k in rust.kinderen if k.naam == "Basis op orde")
    assert (basis.guid, basis.kleur, basis.beschrijving) == (str(materiaal["basis"].uuid), "#7a4b94", "Op orde")


def test_qdc_rondje_export_en_import_houdt_hierarchie_kleuren_beschrijvingen_en_guids(team):
    rust = Code.objects.get(groep="hoofdthema", naam="Rust en regie", ouder=None)
    ouder = CodeFactory(groep="hoofdthema", naam="Basis op orde", ouder=rust, kleur="#112233", beschrijving="Orde")
    kind = CodeFactory(groep="hoofdthema", naam="Registratie", ouder=ouder, kleur="#445566", beschrijving="Systemen")
    from interviews.refi_qda import codeboek_xml
    from interviews.selectors.uitwisseling import codeboek_export

    qdc = codeboek_xml(codeboek_export())
    verwacht = {(str(c.uuid), c.naam, c.kleur, c.beschrijving, c.ouder.naam) for c in (ouder, kind)}
    kind.delete()
    ouder.delete()
    voorbeeld = qdc_importeren(inhoud=qdc, door=team)
    assert {r.pad for r in voorbeeld.nieuw} == {
        "Rust en regie > Basis op orde",
        "Rust en regie > Basis op orde > Registratie",
    }
    nieuw = Code.objects.filter(naam__in=["Basis op orde", "Registratie"]).select_related("ouder")
    assert {(str(c.uuid), c.naam, c.kleur, c.beschrijving, c.ouder.naam) for c in nieuw} == verwacht
    assert all(c.groep == "hoofdthema" for c in nieuw)


QDC_ANDER = f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="{NS_CODEBOOK}" origin="QualCoder">
  <Codes>
    <Code guid="{{GUID_RUST}}" name="Rust en regie" isCodable="true">
      <Code guid="0d5f7b0e-3a2b-4c1d-9e8f-000000000001" name="Nieuwe subcode" isCodable="true" color="#abc">
        <Description>Uit QualCoder</Description>
      </Code>
    </Code>
    <Code guid="0d5f7b0e-3a2b-4c1d-9e8f-000000000002" name="inwoner centraal" isCodable="true"/>
    <Code guid="0d5f7b0e-3a2b-4c1d-9e8f-000000000003" name="Eigen thema" isCodable="true"/>
  </Codes>
</CodeBook>"""


def test_import_voorbeeld_onderscheidt_nieuw_guid_naam_en_conflict(team):
    rust = Code.objects.get(groep="hoofdthema", naam="Rust en regie", ouder=None)
    qdc = QDC_ANDER.replace("{GUID_RUST}", str(rust.uuid)).encode()
    voorbeeld = qdc_voorbeeld(inhoud=qdc)
    assert [r.pad for r in voorbeeld.op_guid] == ["Rust en regie"]
    assert [r.pad for r in voorbeeld.op_naam] == ["inwoner centraal"]
    assert {r.pad for r in voorbeeld.nieuw} == {"Rust en regie > Nieuwe subcode", "Eigen thema"}
    assert voorbeeld.conflicten == []
    qdc_importeren(inhoud=qdc, door=team, groep="uitgangspunt")
    sub = Code.objects.get(naam="Nieuwe subcode")
    assert (sub.ouder, sub.groep, sub.kleur) == (rust, "hoofdthema", "#aabbcc")
    assert Code.objects.get(naam="Eigen thema").groep == "uitgangspunt"


def test_import_met_conflict_leest_niets_in(team):
    rust = Code.objects.get(groep="hoofdthema", naam="Rust en regie", ouder=None)
    # Rust en regie's GUID placed under another code: a conflict.
    qdc = f"""<CodeBook xmlns="{NS_CODEBOOK}"><Codes>
      <Code guid="0d5f7b0e-3a2b-4c1d-9e8f-00000000000a" name="Nieuw" isCodable="true">
        <Code guid="{rust.uuid}" name="Rust en regie" isCodable="true"/></Code></Codes></CodeBook>""".encode()
    voorbeeld = qdc_voorbeeld(inhoud=qdc)
    assert [r.pad for r in voorbeeld.conflicten] == ["Nieuw > Rust en regie"]
    aantal = Code.objects.count()
    with pytest.raises(QdcFout):
        qdc_importeren(inhoud=qdc, door=team)
    assert Code.objects.count() == aantal


def test_import_halverwege_mislukt_laat_niets_achter(team, monkeypatch):
    rust = Code.objects.get(groep="hoofdthema", naam="Rust en regie", ouder=None)
    qdc = QDC_ANDER.replace("{GUID_RUST}", str(rust.uuid)).encode()
    aantal = Code.objects.count()
    echte_create = Code.objects.create
    aanroepen = []

    def create(**kwargs):
        aanroepen.append(kwargs)
        if len(aanroepen) == 2:
            raise RuntimeError("schijf vol")
        return echte_create(**kwargs)

    monkeypatch.setattr(Code.objects, "create", create)
    with pytest.raises(RuntimeError):
        qdc_importeren(inhoud=qdc, door=team)
    assert Code.objects.count() == aantal


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (b"", "leeg"),
        (b"geen xml", "geen geldig XML"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', "DOCTYPE"),
        (b'<CodeBook xmlns="urn:iets-anders"><Codes/></CodeBook>', "namespace"),
        (f'<CodeBook xmlns="{NS_CODEBOOK}"></CodeBook>'.encode(), "geen codes"),
        (
            f'<CodeBook xmlns="{NS_CODEBOOK}"><Codes><Code name="x" isCodable="true"/></Codes></CodeBook>'.encode(),
            "guid",
        ),
    ],
)
def test_ongeldige_bestanden_geven_een_nederlandse_fout(client, team, inhoud, melding):
    client.force_login(team)
    from django.core.files.uploadedfile import SimpleUploadedFile

    aantal = Code.objects.count()
    antwoord = client.post(
        reverse("uitwisseling:codeboek_importeren"),
        {"bestand": SimpleUploadedFile("codeboek.qdc", inhoud), "groep": "hoofdthema"},
    )
    assert antwoord.status_code == 400
    assert melding in antwoord.content.decode()
    assert Code.objects.count() == aantal


def test_team_leest_een_codeboek_in_via_voorbeeld_en_bevestiging(client, team):
    from django.core.files.uploadedfile import SimpleUploadedFile

    rust = Code.objects.get(groep="hoofdthema", naam="Rust en regie", ouder=None)
    qdc = QDC_ANDER.replace("{GUID_RUST}", str(rust.uuid)).encode()
    client.force_login(team)
    url = reverse("uitwisseling:codeboek_importeren")
    voorbeeld = client.post(url, {"bestand": SimpleUploadedFile("ander.qdc", qdc), "groep": "hoofdthema"})
    assert voorbeeld.status_code == 200
    assert "Nieuwe subcode" in voorbeeld.content.decode()
    assert not Code.objects.filter(naam="Nieuwe subcode").exists()
    antwoord = client.post(url, {"bevestigd": "1"})
    assert antwoord.status_code == 302
    assert Code.objects.filter(naam="Nieuwe subcode", ouder=rust).exists()
    # The preview is used once.
    client.post(url, {"bevestigd": "1"})
    assert Code.objects.filter(naam="Nieuwe subcode").count() == 1


def test_exportpagina_toont_de_keuzes(client, persona, traject, materiaal):
    client.force_login(persona["expert"])
    pagina = client.get(reverse("uitwisseling:export", args=[traject.pk])).content.decode()
    assert "citaten.xlsx" in pagina and "project.qdpx" in pagina and "?namen=1" not in pagina
    client.force_login(persona["team"])
    assert "?namen=1" in client.get(reverse("uitwisseling:export", args=[traject.pk])).content.decode()


def test_contactpersoon_mag_niet_exporteren(client, persona, traject, materiaal):
    client.force_login(persona[Rol.CONTACTPERSOON.value])
    assert client.get(reverse("uitwisseling:citaten_csv", args=[traject.pk])).status_code == 403


def test_export_van_een_ander_traject_is_onzichtbaar(client, ander_traject, traject, materiaal):
    expert = met_rol(ander_traject, Rol.EXPERT)
    client.force_login(expert)
    assert client.get(reverse("uitwisseling:project_qdpx", args=[traject.pk])).status_code == 404


# ---- All quotes of one code, across trajecten ---------------------------------------------------------


def test_citaten_van_een_code_over_trajecten_alleen_eigen_trajecten_en_zonder_namen(
    client, persona, traject, ander_traject, materiaal
):
    """The expert gets the quotes with "Rust en regie" or its subcode from their own traject only; the
    team gets both trajecten, also without names; other codes of those quotes give no row."""
    rust = Code.objects.get(groep="hoofdthema", naam="Rust en regie", ouder=None)
    elders = InterviewFactory(traject=ander_traject, notities="Sanne Elders vertelt over de buurt.")
    elders.deelnemer_a.betrokkene.naam = "Sanne Elders"
    elders.deelnemer_a.betrokkene.save()
    vreemd = CitaatFactory(interview=elders, begin=0, eind=34, tekst="Sanne Elders vertelt over de buurt.")
    TaggingFactory(citaat=vreemd, code=rust)
    url = reverse("uitwisseling:code_citaten_csv", args=[rust.pk])

    client.force_login(persona["expert"])
    rijen = _lees_csv(client.get(url))
    kop, data = rijen[0], rijen[1:]
    # eerste (subcode Basis op orde) and derde (Rust en regie); not eerste's Dilemma tag, not the other traject
    assert sorted(r[kop.index("code")] for r in data) == ["Rust en regie", "Rust en regie > Basis op orde"]
    assert {r[kop.index("traject")] for r in data} == {traject.titel}
    alles = "\n".join(";".join(r) for r in data)
    assert "Joke" not in alles and "Jansen" not in alles and "Piet" not in alles

    client.force_login(persona["team"])
    data = _lees_csv(client.get(url))[1:]
    assert {r[0] for r in data} == {traject.titel, ander_traject.titel}
    alles = "\n".join(";".join(r) for r in data)
    assert "Sanne" not in alles and "Elders" not in alles and "Jansen" not in alles
    acties = list(AuditLog.objects.filter(object_id=str(rust.pk)).values_list("actie", flat=True))
    assert acties.count("export citaten van een code (CSV)") == 2


def test_citaten_van_een_code_als_xlsx(client, persona, traject, materiaal):
    client.force_login(persona["moderator"])
    antwoord = client.get(reverse("uitwisseling:code_citaten_xlsx", args=[materiaal["basis"].pk]))
    assert antwoord.status_code == 200
    rijen = list(openpyxl.load_workbook(io.BytesIO(b"".join(antwoord.streaming_content)))["Citaten"].values)
    assert rijen[0][0] == "traject" and len(rijen) == 2
    assert rijen[1][rijen[0].index("code")] == "Rust en regie > Basis op orde"
    assert "Jansen" not in str(rijen)


def test_codepagina_biedt_de_download(client, persona, materiaal):
    client.force_login(persona["expert"])
    pagina = client.get(reverse("codeboek:code", args=[materiaal["basis"].pk])).content.decode()
    assert reverse("uitwisseling:code_citaten_xlsx", args=[materiaal["basis"].pk]) in pagina


def test_citaten_van_een_code_vaste_queries_per_traject(
    client, persona, traject, materiaal, django_assert_max_num_queries
):
    """Per traject a fixed number of queries (codes, gemeenten, names, one chunk of quotes and its tags),
    whatever the number of quotes."""
    client.force_login(persona["team"])
    rust = Code.objects.get(groep="hoofdthema", naam="Rust en regie", ouder=None)
    for i in range(30):
        TaggingFactory(
            citaat=CitaatFactory(interview=materiaal["interview"], begin=0, eind=4, tekst=f"c{i}"), code=rust
        )
    with django_assert_max_num_queries(20):
        assert len(_lees_csv(client.get(reverse("uitwisseling:code_citaten_csv", args=[rust.pk])))) > 30
