"""Reads of the eindrapportage: the composition of every section from the traject's data, the
versions and their comments, which frozen quotes would now be excluded, and the reports per user.

The composition never reads a name: who was heard is counted per perspective, quotes come from
``citaten_voor_uitvoer`` (released text, consent for the eindrapportage) with their perspective and
month as source.
"""

import difflib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import formats, timezone

from borging.models import Afspraak, Eindrapportage, Opmerking, RapportDownload, Sectie, Streefwaarde, Versie
from interviews.models import Deelnemer, Interview
from interviews.models.interviews import Reikwijdte
from interviews.selectors.uitvoer import citaten_voor_uitvoer
from ontwerp.models import Actiepunt, Inzicht, InzichtCitaat, Oplossingsrichting
from ontwerp.selectors.perspectief import perspectief_pad, perspectief_van
from trajecten.models import Bijeenkomst, Perspectief, Rol, Traject
from visieleren.permissions import Actie, trajecten_waar

DILEMMA = "Dilemma/uitdaging"
WERKZAAM = "Werkzaam element"


@dataclass
class Samenstelling:
    """One section as the data would write it now: Markdown, an optional table and (inzichten) quotes."""

    tekst: str
    tabel: dict = field(default_factory=dict)
    citaten: list[dict] = field(default_factory=list)


# ---- Composition --------------------------------------------------------------------------------


def gemeenten_tekst(traject: Traject) -> str:
    namen = [g.naam for g in traject.gemeenten.all()]
    if len(namen) <= 1:
        return "".join(namen)
    return ", ".join(namen[:-1]) + " en " + namen[-1]


def _maand(datum) -> str:
    return formats.date_format(datum, "F Y")


def _inleiding(traject: Traject) -> Samenstelling:
    gemeenten = gemeenten_tekst(traject) or "de gemeente"
    tekst = (
        f"Dit is de eindrapportage van het visieleertraject *{traject.titel}* met {gemeenten}. "
        "De rapportage beschrijft de vraag, wie er is gehoord, wat we daaruit leerden en welke richting en "
        "afspraken daaruit volgen.\n\n"
        f"**Vraagstuk.** {traject.vraagstuk.strip()}"
    )
    return Samenstelling(tekst=tekst)


def _kernvraag(traject: Traject) -> Samenstelling:
    delen = [f"**Kernvraag.** {traject.kernvraag.strip() or 'Nog niet vastgelegd.'}"]
    if traject.aanpak.strip():
        delen.append(f"**Aanpak.** {traject.aanpak.strip()}")
    soorten = Counter(
        Bijeenkomst.objects.filter(traject=traject, begin__lte=timezone.now()).values_list("soort", flat=True)
    )
    if soorten:
        labels = dict(Bijeenkomst.Soort.choices)
        regels = [f"- {labels[s]}: {n}" for s, n in sorted(soorten.items(), key=lambda x: list(labels).index(x[0]))]
        delen.append("Gehouden bijeenkomsten:\n\n" + "\n".join(regels))
    return Samenstelling(tekst="\n\n".join(delen))


def gehoord_per_perspectief(traject: Traject) -> list[tuple[str, int]]:
    """[(perspective label, number of deelnemers interviewed)] in the fixed order of Perspectief."""
    in_interview = Interview.objects.filter(traject=traject).filter(
        Q(deelnemer_a=OuterRef("pk")) | Q(deelnemer_b=OuterRef("pk"))
    )
    tellingen = Counter(
        Deelnemer.objects.filter(traject=traject)
        .filter(Exists(in_interview))
        .values_list(perspectief_pad(""), flat=True)
    )
    return [(p.label, tellingen[p.value]) for p in Perspectief if tellingen[p.value]]


def _gehoord(traject: Traject) -> Samenstelling:
    rijen = gehoord_per_perspectief(traject)
    totaal = sum(n for _, n in rijen)
    interviews = Interview.objects.filter(traject=traject).count()
    tekst = (
        f"In {interviews} duo-interviews spraken {totaal} deelnemers uit {len(rijen)} perspectieven met elkaar. "
        "Namen noemen we niet: de tabel telt per perspectief."
    )
    tabel = {"kop": ["Perspectief", "Aantal deelnemers"], "rijen": [[label, str(n)] for label, n in rijen]}
    return Samenstelling(tekst=tekst, tabel=tabel)


def rapport_inzichten(traject: Traject):
    """The inzichten the report is about: the last form of each (not carried forward), by hoofdthema."""
    return (
        Inzicht.objects.filter(traject=traject)
        .filter(~Exists(Inzicht.objects.filter(herkomst=OuterRef("pk"))))
        .select_related("hoofdthema", "soort")
        .order_by("hoofdthema__volgorde", "hoofdthema__naam", "pk")
    )


def _inzichten(traject: Traject) -> Samenstelling:
    inzichten = list(rapport_inzichten(traject))
    toegestaan = citaten_voor_uitvoer(traject=traject, reikwijdte=Reikwijdte.EINDRAPPORTAGE)
    onderbouwing = (
        InzichtCitaat.objects.filter(inzicht__in=inzichten, citaat__in=toegestaan)
        .select_related("citaat__spreker", "citaat__interview")
        .order_by("inzicht_id", "toegevoegd_op", "pk")
    )
    per_inzicht = defaultdict(list)
    for ic in onderbouwing:
        per_inzicht[ic.inzicht_id].append(ic.citaat)
    perspectieven = dict(Perspectief.choices)
    delen, citaten, gezien = [], [], set()
    thema = None
    for inzicht in inzichten:
        if inzicht.hoofdthema.naam != thema:
            thema = inzicht.hoofdthema.naam
            delen.append(f"### {thema}")
        delen.append(f"**{inzicht.titel}.** {inzicht.toelichting.strip()}".strip())
        for citaat in per_inzicht[inzicht.pk]:
            if citaat.pk in gezien:
                continue
            gezien.add(citaat.pk)
            perspectief = perspectieven.get(perspectief_van(citaat.spreker), "Onbekend perspectief")
            citaten.append(
                {
                    "citaat": citaat.pk,
                    "hoofdthema": thema,
                    "inzicht": inzicht.titel,
                    "tekst": citaat.vrijgegeven_tekst,
                    "bron": f"{perspectief}, duo-interview {_maand(citaat.interview.datum)}",
                }
            )
    if not inzichten:
        delen.append("Er zijn (nog) geen inzichten vastgelegd.")
    return Samenstelling(tekst="\n\n".join(delen), citaten=citaten)


def _dilemmas(traject: Traject) -> Samenstelling:
    per_soort = defaultdict(list)
    for inzicht in rapport_inzichten(traject):
        per_soort[inzicht.soort.naam].append(f"- {inzicht.titel} ({inzicht.hoofdthema.naam})")
    delen = []
    for soort, kop in [(DILEMMA, "Dilemma's"), (WERKZAAM, "Werkzame elementen")]:
        if per_soort.get(soort):
            delen.append(f"### {kop}\n\n" + "\n".join(per_soort.pop(soort)))
    for soort, regels in sorted(per_soort.items()):
        delen.append(f"### {soort}\n\n" + "\n".join(regels))
    return Samenstelling(tekst="\n\n".join(delen) or "Er zijn (nog) geen dilemma's of werkzame elementen benoemd.")


def _richting(richting) -> str:
    toelichting = richting.toelichting.strip()
    return f"- **{richting.titel}**" + (f": {toelichting}" if toelichting else "")


def _oplossingsrichting(traject: Traject) -> Samenstelling:
    richtingen = Oplossingsrichting.objects.filter(ontwerpsessie__bijeenkomst__traject=traject).order_by(
        "aangemaakt_op", "pk"
    )
    acties = Actiepunt.objects.filter(ontwerpsessie__bijeenkomst__traject=traject).order_by("datum", "pk")
    delen = []
    if richtingen:
        delen.append(
            "### Oplossingsrichting\n\n"
            + "\n".join(
                f"- **{r.titel}**" + (f": {r.toelichting.strip()}" if r.toelichting.strip() else "") for r in richtingen
            )
        )
    if acties:
        delen.append(
            "### Handelingsperspectief\n\n"
            + "\n".join(f"- {a.omschrijving} (eigenaar: {a.eigenaar}{_uiterlijk(a.datum)})" for a in acties)
        )
    return Samenstelling(tekst="\n\n".join(delen) or "De ontwerpsessie heeft (nog) geen richting vastgelegd.")


def _uiterlijk(datum) -> str:
    """The deadline of an action or afspraak as the report writes it: ', uiterlijk 1 juli 2025'."""
    return f", uiterlijk {formats.date_format(datum, 'j F Y')}" if datum else ""


def _advies(traject: Traject) -> Samenstelling:
    richtingen = list(
        Oplossingsrichting.objects.filter(ontwerpsessie__bijeenkomst__traject=traject)
        .order_by("aangemaakt_op", "pk")
        .values_list("titel", flat=True)
    )
    afspraken = Afspraak.objects.filter(bijeenkomst__traject=traject).exclude(status=Afspraak.Status.VERVALLEN)
    delen = []
    if richtingen:
        delen.append(
            "Het visieleerteam adviseert de gemeente de oplossingsrichting"
            + ("en " if len(richtingen) > 1 else " ")
            + ", ".join(f"*{t}*" for t in richtingen)
            + " verder uit te werken met dezelfde perspectieven die in dit traject zijn gehoord."
        )
    if afspraken:
        delen.append(
            "### Vervolgstappen\n\n"
            + "\n".join(f"- {a.omschrijving} (wie: {a.opvolger}{_uiterlijk(a.datum)})" for a in afspraken)
        )
    return Samenstelling(tekst="\n\n".join(delen) or "Advies en vervolgstappen volgen uit de borgingsessie.")


def _getal(waarde, eenheid: str) -> str:
    if waarde is None:
        return "–"
    tekst = formats.number_format(waarde.normalize() if hasattr(waarde, "normalize") else waarde)
    return f"{tekst} {eenheid}".strip()


def _streefwaarden(traject: Traject) -> Samenstelling:
    streefwaarden = list(Streefwaarde.objects.filter(traject=traject).order_by("aangemaakt_op", "pk"))
    tekst = (
        "De gemeente volgt de volgende streefwaarden; liever nog in verhalen: in het nazorggesprek vertellen "
        "inwoners, uitvoering en bestuur hoe het ervoor staat."
        if streefwaarden
        else "Er zijn (nog) geen streefwaarden afgesproken."
    )
    tabel = {}
    if streefwaarden:
        tabel = {
            "kop": ["Indicator", "Nulmeting", "Streefwaarde", "Toelichting"],
            "rijen": [
                [s.indicator, _getal(s.nulmeting, s.eenheid), _getal(s.doel, s.eenheid), s.beschrijving.strip()]
                for s in streefwaarden
            ],
        }
    return Samenstelling(tekst=tekst, tabel=tabel)


_SAMENSTELLERS = {
    Sectie.Soort.INLEIDING: _inleiding,
    Sectie.Soort.KERNVRAAG: _kernvraag,
    Sectie.Soort.GEHOORD: _gehoord,
    Sectie.Soort.INZICHTEN: _inzichten,
    Sectie.Soort.DILEMMAS: _dilemmas,
    Sectie.Soort.OPLOSSINGSRICHTING: _oplossingsrichting,
    Sectie.Soort.ADVIES: _advies,
    Sectie.Soort.STREEFWAARDEN: _streefwaarden,
}


def sectie_samenstellen(*, traject: Traject, soort: str) -> Samenstelling:
    """What the data says for one section now."""
    return _SAMENSTELLERS[Sectie.Soort(soort)](traject)


def verschil(oud: str, nieuw: str) -> list[tuple[str, str]]:
    """A line diff for the page: [(kind, line)] with kind "-", "+" or " " (difflib, no context limit)."""
    regels = []
    for regel in difflib.ndiff(oud.splitlines(), nieuw.splitlines()):
        soort = regel[:1]
        if soort in "-+ ":
            regels.append((soort, regel[2:]))
    return regels


# ---- Versions -----------------------------------------------------------------------------------


def eindrapportage_van(traject: Traject) -> Eindrapportage | None:
    return Eindrapportage.objects.filter(traject=traject).first()


def versie_list(*, traject: Traject, alleen_zichtbaar_voor_gemeente: bool = False):
    versies = Versie.objects.filter(eindrapportage__traject=traject).select_related("vastgesteld_door")
    if alleen_zichtbaar_voor_gemeente:
        versies = versies.exclude(status=Versie.Status.CONCEPT)
    return versies.order_by("-nummer")


def versie_detail(*, traject: Traject, pk) -> Versie:
    opmerkingen = Opmerking.objects.select_related("auteur", "beantwoord_door")
    return (
        Versie.objects.select_related("eindrapportage__traject")
        .prefetch_related(Prefetch("secties__opmerkingen", queryset=opmerkingen), "citaten")
        .get(eindrapportage__traject=traject, pk=pk)
    )


def secties_met_citaten(versie: Versie) -> list[tuple[Sectie, dict]]:
    """[(section, {hoofdthema: [quotes]})]: the quotes show under the inzichten section only."""
    per_thema = defaultdict(list)
    for vc in versie.citaten.all():
        per_thema[vc.hoofdthema].append(vc)
    return [(s, dict(per_thema) if s.soort == Sectie.Soort.INZICHTEN else {}) for s in versie.secties.all()]


def nu_uitgesloten(versie: Versie) -> list:
    """Quotes of a (vastgestelde) version that the rules would now leave out: consent for the
    eindrapportage withdrawn, release withdrawn, or the quote deleted. The team sees these."""
    toegestaan = set(
        citaten_voor_uitvoer(traject=versie.traject, reikwijdte=Reikwijdte.EINDRAPPORTAGE).values_list("pk", flat=True)
    )
    return [vc for vc in versie.citaten.all() if vc.citaat_id is None or vc.citaat_id not in toegestaan]


def download_list(*, versie: Versie):
    return RapportDownload.objects.filter(versie=versie).order_by("-op", "-pk")


# ---- /rapporten/ --------------------------------------------------------------------------------


def rapporten_voor(user):
    """The vastgestelde versions the user may download: the team all; others of their own trajecten,
    where their role allows RAPPORT_DOWNLOADEN."""
    versies = Versie.objects.filter(
        status=Versie.Status.VASTGESTELD,
        eindrapportage__traject__in=trajecten_waar(user, Actie.RAPPORT_DOWNLOADEN),
    )
    return (
        versies.select_related("eindrapportage__traject")
        .prefetch_related("eindrapportage__traject__gemeenten")
        .order_by("eindrapportage__traject__titel", "-nummer")
    )


def contacten_van(traject: Traject):
    """The accounts that hear of a vaststelling: the traject's bestuurders and gemeente contactpersonen."""
    from visieleren.accounts.models import User

    return (
        User.objects.filter(
            is_active=True, trajectrollen__traject=traject, trajectrollen__rol__in=[Rol.BESTUURDER, Rol.CONTACTPERSOON]
        )
        .distinct()
        .order_by("pk")
    )
