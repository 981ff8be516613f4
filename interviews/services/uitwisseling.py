"""Writes of the exchange with research tools: importing a QDC codebook, and logging every export.

An import is shown first (``qdc_voorbeeld``: new, matched by GUID, matched by name, conflicts) and
then carried out as one transaction (``qdc_importeren``): all of it, or nothing. New codes keep the
GUID from the file, so a round trip (export, import elsewhere, import back) matches them again.
"""

import re
import uuid
from dataclasses import dataclass, field

from django.db import transaction

from interviews.models import Code
from interviews.refi_qda import QdaCode, QdcFout, qdc_lezen
from visieleren.core.services import audit_log

_KLEUR = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
MAX_CODES = 2000


@dataclass
class Regel:
    pad: str
    guid: str
    toelichting: str = ""


@dataclass
class Voorbeeld:
    nieuw: list[Regel] = field(default_factory=list)
    op_guid: list[Regel] = field(default_factory=list)
    op_naam: list[Regel] = field(default_factory=list)
    conflicten: list[Regel] = field(default_factory=list)

    @property
    def kan_importeren(self) -> bool:
        return not self.conflicten and bool(self.nieuw)


def _kleur(waarde: str) -> str:
    if _KLEUR.match(waarde or ""):
        if len(waarde) == 4:
            waarde = "#" + "".join(c * 2 for c in waarde[1:])
        return waarde.lower()
    return "#4b5563"


def _geldige_guid(waarde: str) -> str | None:
    try:
        return str(uuid.UUID(waarde))
    except (ValueError, AttributeError):
        return None


def _plan(codes: list[QdaCode], groep: str) -> tuple[Voorbeeld, list[tuple[QdaCode, str | None, str]]]:
    """Walk the file's tree against the shared codebook; returns the preview and the codes to create.

    Each item to create is (code, parent path, group): a new code under a matched code gets that
    code's group; a new top-level code gets ``groep``.
    """
    bestaand = list(Code.objects.filter(traject__isnull=True))
    per_guid = {str(c.uuid): c for c in bestaand}
    per_plaats = {(c.ouder_id, c.naam.casefold()): c for c in bestaand}
    voorbeeld, aanmaken = Voorbeeld(), []
    gezien: set[str] = set()
    aantal = 0

    def loop(code: QdaCode, ouder: Code | None, ouder_pad: str | None, ouder_groep: str | None, ouder_nieuw: bool):
        nonlocal aantal
        aantal += 1
        if aantal > MAX_CODES:
            raise QdcFout(f"Het codeboek heeft meer dan {MAX_CODES} codes; dat kan hier niet worden ingelezen.")
        pad = f"{ouder_pad} > {code.naam}" if ouder_pad else code.naam
        guid = _geldige_guid(code.guid)
        if guid is None:
            voorbeeld.conflicten.append(Regel(pad, code.guid, "De guid van deze code is ongeldig."))
            return
        if guid in gezien:
            voorbeeld.conflicten.append(Regel(pad, guid, "Deze guid komt meer dan eens voor in het bestand."))
            return
        gezien.add(guid)
        if len(code.naam) > 120:
            voorbeeld.conflicten.append(Regel(pad[:200], guid, "De naam is langer dan 120 tekens."))
            return
        gevonden = per_guid.get(guid)
        if gevonden is not None:
            if ouder_nieuw or gevonden.ouder_id != (ouder.pk if ouder else None):
                voorbeeld.conflicten.append(
                    Regel(pad, guid, f"Deze guid hoort bij de code '{gevonden}', die elders in het codeboek staat.")
                )
                return
            voorbeeld.op_guid.append(Regel(pad, guid))
            doel, groep_hier, nieuw = gevonden, gevonden.groep, False
        elif not ouder_nieuw and (op_naam := per_plaats.get((ouder.pk if ouder else None, code.naam.casefold()))):
            voorbeeld.op_naam.append(Regel(pad, guid, f"Bestaat al (guid {op_naam.uuid}); de naam telt."))
            doel, groep_hier, nieuw = op_naam, op_naam.groep, False
        else:
            groep_hier = ouder_groep or groep
            voorbeeld.nieuw.append(Regel(pad, guid))
            aanmaken.append((code, ouder_pad, groep_hier))
            doel, nieuw = None, True
        for kind in code.kinderen:
            loop(kind, doel, pad, groep_hier, nieuw)

    for code in codes:
        loop(code, None, None, None, False)
    return voorbeeld, aanmaken


def qdc_voorbeeld(*, inhoud: bytes, groep: str = Code.Groep.HOOFDTHEMA) -> Voorbeeld:
    """What importing this QDC would do. Raises ``QdcFout`` (Dutch) for a file that cannot be read."""
    return _plan(qdc_lezen(inhoud), groep)[0]


@transaction.atomic
def qdc_importeren(*, inhoud: bytes, door, groep: str = Code.Groep.HOOFDTHEMA) -> Voorbeeld:
    """Create the new codes of a QDC file in the shared codebook: all of them or, on any error, none."""
    if groep not in {Code.Groep.HOOFDTHEMA, Code.Groep.UITGANGSPUNT, Code.Groep.SOORT}:
        raise QdcFout("Kies een groep van het gedeelde codeboek voor de nieuwe hoofdcodes.")
    codes = qdc_lezen(inhoud)
    # Lock the shared codebook while we compare and create, so a parallel edit cannot interleave.
    list(Code.objects.select_for_update().filter(traject__isnull=True).values_list("pk", flat=True))
    voorbeeld, aanmaken = _plan(codes, groep)
    if voorbeeld.conflicten:
        raise QdcFout("Het codeboek heeft conflicten; er is niets ingelezen. Los ze eerst op.")
    if not aanmaken:
        raise QdcFout("Er zijn geen nieuwe codes in dit bestand; er is niets ingelezen.")
    paden: dict[str, Code] = {}
    for code, ouder_pad, groep_hier in aanmaken:
        ouder = (paden.get(ouder_pad) or _zoek_pad(ouder_pad)) if ouder_pad else None
        nieuw = Code.objects.create(
            uuid=_geldige_guid(code.guid),
            groep=groep_hier,
            naam=code.naam,
            beschrijving=code.beschrijving,
            kleur=_kleur(code.kleur),
            ouder=ouder,
            aangemaakt_door=door,
        )
        paden[f"{ouder_pad} > {code.naam}" if ouder_pad else code.naam] = nieuw
    audit_log(actor=door, actie="codeboek ingelezen (QDC)", wijzigingen={"nieuwe codes": ["", str(len(aanmaken))]})
    return voorbeeld


def _zoek_pad(pad: str) -> Code | None:
    """The shared code at a path like "Rust en regie > Basis op orde" (names compared case-insensitively)."""
    ouder = None
    for naam in pad.split(" > "):
        ouder = Code.objects.filter(traject__isnull=True, ouder=ouder, naam__iexact=naam).first()
        if ouder is None:
            return None
    return ouder


def export_vastleggen(*, traject, soort: str, door, met_namen: bool) -> None:
    """Every export is logged: who, what, and whether names were included."""
    audit_log(
        actor=door,
        actie=f"export {soort}" + (" met namen" if met_namen else ""),
        obj=traject,
        traject=traject,
    )


def code_export_vastleggen(*, code, soort: str, door) -> None:
    """An export of every quote of one code across trajecten: logged on the code (never with names)."""
    audit_log(actor=door, actie=f"export citaten van een code ({soort})", obj=code)
