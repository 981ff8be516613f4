"""REFI-QDA, the exchange format of ATLAS.ti, NVivo, MAXQDA, QualCoder and Taguette: write and read.

A codebook travels as a QDC file (XML, namespace ``urn:QDA-XML:codebook:1.0``), a project as a QDPX
file: a zip with ``project.qde`` (namespace ``urn:QDA-XML:project:1.0``) and a ``sources/`` folder
with one plain-text file per interview. Text selections are character offsets into exactly that
plain text. Every object carries its GUID, so codes can be matched across systems.

This module knows the format only; what goes in (pseudonymised text, which codes) is decided by
``interviews.selectors.uitwisseling``.
"""

import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO

from lxml import etree

NS_CODEBOOK = "urn:QDA-XML:codebook:1.0"
NS_PROJECT = "urn:QDA-XML:project:1.0"
ORIGIN = "Visieleren (VNG)"
MAX_QDC_BYTES = 5 * 1024 * 1024


@dataclass
class QdaCode:
    guid: str
    naam: str
    kleur: str = ""
    beschrijving: str = ""
    kinderen: list["QdaCode"] = field(default_factory=list)


@dataclass
class QdaSelectie:
    guid: str
    begin: int
    eind: int
    naam: str
    gemaakt_door: str | None
    gemaakt_op: datetime | None
    coderingen: list[tuple[str, str, str | None, datetime | None]]  # (guid, code guid, user guid, when)
    notities: list[str] = field(default_factory=list)


@dataclass
class QdaBron:
    guid: str
    naam: str
    tekst: str
    selecties: list[QdaSelectie] = field(default_factory=list)
    notities: list[str] = field(default_factory=list)

    @property
    def pad(self) -> str:
        return f"sources/{self.guid}.txt"


@dataclass
class QdaNotitie:
    guid: str
    naam: str
    tekst: str
    gemaakt_door: str | None
    gemaakt_op: datetime | None


@dataclass
class QdaProject:
    naam: str
    gebruikers: list[tuple[str, str]]  # (guid, name)
    codes: list[QdaCode]
    bronnen: list[QdaBron]
    casussen: list[tuple[str, str, list[str]]]  # (guid, name, source guids): speakers as cases
    notities: list[QdaNotitie]
    beschrijving: str = ""


class QdcFout(ValueError):
    """A QDC file that cannot be read; the message is Dutch and meant for the user."""


def _tijd(moment: datetime | None) -> str | None:
    return moment.replace(microsecond=0).isoformat() if moment else None


def _zet(element, **attributen):
    for naam, waarde in attributen.items():
        if waarde not in (None, ""):
            element.set(naam, str(waarde))
    return element


def _code_element(ouder, code: QdaCode, ns: str, *, met_notitie_refs: dict[str, list[str]] | None = None):
    element = _zet(
        etree.SubElement(ouder, f"{{{ns}}}Code"),
        guid=code.guid,
        name=code.naam,
        isCodable="true",
        color=code.kleur,
    )
    if code.beschrijving:
        etree.SubElement(element, f"{{{ns}}}Description").text = code.beschrijving
    for notitie_guid in (met_notitie_refs or {}).get(code.guid, []):
        etree.SubElement(element, f"{{{ns}}}NoteRef", targetGUID=notitie_guid)
    for kind in code.kinderen:
        _code_element(element, kind, ns, met_notitie_refs=met_notitie_refs)
    return element


def codeboek_xml(codes: list[QdaCode]) -> bytes:
    """A QDC file: the codes with their hierarchy, colours and descriptions."""
    wortel = etree.Element(f"{{{NS_CODEBOOK}}}CodeBook", nsmap={None: NS_CODEBOOK}, origin=ORIGIN)
    lijst = etree.SubElement(wortel, f"{{{NS_CODEBOOK}}}Codes")
    for code in codes:
        _code_element(lijst, code, NS_CODEBOOK)
    return etree.tostring(wortel, xml_declaration=True, encoding="utf-8", pretty_print=True)


def project_xml(project: QdaProject, *, code_notities: dict[str, list[str]] | None = None) -> bytes:
    """The ``project.qde`` of a QDPX file."""
    p = NS_PROJECT
    wortel = etree.Element(f"{{{p}}}Project", nsmap={None: p}, name=project.naam, origin=ORIGIN)
    if project.gebruikers:
        gebruikers = etree.SubElement(wortel, f"{{{p}}}Users")
        for guid, naam in project.gebruikers:
            _zet(etree.SubElement(gebruikers, f"{{{p}}}User"), guid=guid, name=naam)
    if project.codes:
        codes = etree.SubElement(etree.SubElement(wortel, f"{{{p}}}CodeBook"), f"{{{p}}}Codes")
        for code in project.codes:
            _code_element(codes, code, p, met_notitie_refs=code_notities)
    if project.casussen:
        casussen = etree.SubElement(wortel, f"{{{p}}}Cases")
        for guid, naam, bron_guids in project.casussen:
            casus = _zet(etree.SubElement(casussen, f"{{{p}}}Case"), guid=guid, name=naam)
            for bron_guid in bron_guids:
                etree.SubElement(casus, f"{{{p}}}SourceRef", targetGUID=bron_guid)
    if project.bronnen:
        bronnen = etree.SubElement(wortel, f"{{{p}}}Sources")
        for bron in project.bronnen:
            element = _zet(
                etree.SubElement(bronnen, f"{{{p}}}TextSource"),
                guid=bron.guid,
                name=bron.naam,
                plainTextPath=f"internal://{bron.guid}.txt",
            )
            for selectie in bron.selecties:
                s = _zet(
                    etree.SubElement(element, f"{{{p}}}PlainTextSelection"),
                    guid=selectie.guid,
                    name=selectie.naam[:200],
                    startPosition=selectie.begin,
                    endPosition=selectie.eind,
                    creatingUser=selectie.gemaakt_door,
                    creationDateTime=_tijd(selectie.gemaakt_op),
                )
                for guid, code_guid, door, op in selectie.coderingen:
                    codering = _zet(
                        etree.SubElement(s, f"{{{p}}}Coding"),
                        guid=guid,
                        creatingUser=door,
                        creationDateTime=_tijd(op),
                    )
                    etree.SubElement(codering, f"{{{p}}}CodeRef", targetGUID=code_guid)
                for notitie_guid in selectie.notities:
                    etree.SubElement(s, f"{{{p}}}NoteRef", targetGUID=notitie_guid)
            for notitie_guid in bron.notities:
                etree.SubElement(element, f"{{{p}}}NoteRef", targetGUID=notitie_guid)
    if project.notities:
        notities = etree.SubElement(wortel, f"{{{p}}}Notes")
        for notitie in project.notities:
            element = _zet(
                etree.SubElement(notities, f"{{{p}}}Note"),
                guid=notitie.guid,
                name=notitie.naam,
                creatingUser=notitie.gemaakt_door,
                creationDateTime=_tijd(notitie.gemaakt_op),
            )
            etree.SubElement(element, f"{{{p}}}PlainTextContent").text = notitie.tekst
    if project.beschrijving:
        etree.SubElement(wortel, f"{{{p}}}Description").text = project.beschrijving
    return etree.tostring(wortel, xml_declaration=True, encoding="utf-8", pretty_print=True)


def qdpx_schrijven(doel: IO[bytes], project: QdaProject, *, code_notities: dict[str, list[str]] | None = None):
    """Write a QDPX (zip) to ``doel``: project.qde plus one UTF-8 plain-text file per source."""
    with zipfile.ZipFile(doel, "w", compression=zipfile.ZIP_DEFLATED) as zip_:
        zip_.writestr("project.qde", project_xml(project, code_notities=code_notities))
        for bron in project.bronnen:
            zip_.writestr(bron.pad, bron.tekst.encode("utf-8"))


# ---- Reading a QDC codebook ---------------------------------------------------------------------

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
)


def qdc_lezen(inhoud: bytes) -> list[QdaCode]:
    """The code tree of a QDC file (codebook namespace; a project's CodeBook is accepted too)."""
    if not inhoud:
        raise QdcFout("Het bestand is leeg.")
    if len(inhoud) > MAX_QDC_BYTES:
        raise QdcFout(f"Het bestand is te groot; een codeboek mag hoogstens {MAX_QDC_BYTES // (1024 * 1024)} MB zijn.")
    if b"<!DOCTYPE" in inhoud[:2048].upper():
        raise QdcFout("Dit bestand bevat een DOCTYPE; een QDC-codeboek heeft dat niet.")
    try:
        wortel = etree.fromstring(inhoud, parser=_PARSER)
    except etree.XMLSyntaxError:
        raise QdcFout("Dit is geen geldig XML-bestand. Kies een QDC-codeboek (.qdc).") from None
    ns = etree.QName(wortel).namespace
    if ns not in (NS_CODEBOOK, NS_PROJECT):
        raise QdcFout("Dit is geen REFI-QDA-codeboek: de namespace urn:QDA-XML:codebook:1.0 ontbreekt.")
    if etree.QName(wortel).localname == "Project":
        wortel = wortel.find(f"{{{ns}}}CodeBook")
        if wortel is None:
            raise QdcFout("Dit project bevat geen codeboek.")
    elif etree.QName(wortel).localname != "CodeBook":
        raise QdcFout("Dit is geen REFI-QDA-codeboek: het hoofdelement moet CodeBook zijn.")
    lijst = wortel.find(f"{{{ns}}}Codes")
    if lijst is None:
        raise QdcFout("Het codeboek bevat geen codes.")
    return [_code_lezen(e, ns) for e in lijst.findall(f"{{{ns}}}Code")]


def _code_lezen(element, ns: str) -> QdaCode:
    guid = (element.get("guid") or "").strip("{}").lower()
    naam = (element.get("name") or "").strip()
    if not guid or not naam:
        raise QdcFout("Elke code in het bestand moet een guid en een naam hebben.")
    beschrijving = element.findtext(f"{{{ns}}}Description") or ""
    return QdaCode(
        guid=guid,
        naam=naam,
        kleur=(element.get("color") or "").strip(),
        beschrijving=beschrijving.strip(),
        kinderen=[_code_lezen(kind, ns) for kind in element.findall(f"{{{ns}}}Code")],
    )
