"""One Dutch text pass: every page of the authorisation matrix, as every persona that may open it (and
every form posted empty, so its errors show), is free of known misspellings and English messages, its
buttons speak in the infinitive ("Opslaan", not "Sla op"), every destructive button carries the one
destructive class, and every "required" error follows one wording.

The conventions (README, *Tekst*):

- a button (``<button>``, a submit input, a link styled as a button) names its action with an
  infinitive: "Opslaan", "Citaat verwijderen", "Opslaan als nieuwe rapportversie"; never an imperative
  ("Verwijder", "Sla op") or a noun where a verb is meant ("Nieuw inzicht");
- a destructive action (verwijderen, intrekken, afwijzen, beëindigen, weghalen, samenvoegen, …) is a
  button with ``utrecht-button--danger`` (Utrecht's danger hint; the colour is set once in
  ``static/css/visieleren.css``), and only a destructive action has it;
- a required field left empty says "Vul … in." (text), "Kies …" (a choice or a file) or "Bevestig …"
  / "Vink … aan." (a checkbox). ``visieleren/forms.py`` gives every field without its own message
  such a message; the label says "(verplicht)" only where a form mixes required and optional fields.
"""

import html
import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import django
import pytest
from django import forms
from django.conf import settings
from django.urls import reverse

from tests.test_autorisatiematrix import OK, PERSONAS, RIJEN, _private_media, matrix_media, scenario  # noqa: F401

pytestmark = pytest.mark.django_db

FOUTEN = [
    re.compile(r"citaaten", re.I),
    re.compile(r"-{9}"),  # Django's unlabelled empty choice
    re.compile(r"\b1 (citaten|interviews|codes|trajecten|deelnemers|bijeenkomsten)\b"),
    re.compile(r"\(en\)|\(s\)"),  # hand-made plural endings
    re.compile(r"This field is required|Enter a valid|Ensure this value|Select a valid choice|is not a valid"),
    re.compile(r"The two password fields|This password is too|Your password"),
    # Django's own Dutch that we replaced: a wrong article ("de e-mailadres"), "verplicht" as an error.
    re.compile(
        r"Het wachtwoord lijkt te veel op|op de e-mailadres|Dit veld is verplicht|De twee wachtwoordvelden|Voer ter verificatie"
    ),
    # One way to mark fields: "(verplicht)" where a form mixes; nothing on optional fields.
    re.compile(r"\((optioneel|niet verplicht)\)|\b(Optioneel|Niet verplicht)\.", re.I),
]


def _django_engels() -> re.Pattern:
    """Every English message of Django's forms, validators and auth (three words or more), from the
    msgids of its Dutch catalogues: such a sentence on a page is an untranslated message."""
    basis = Path(django.__file__).parent
    zinnen = set()
    for po in [basis / "conf/locale/nl/LC_MESSAGES/django.po", basis / "contrib/auth/locale/nl/LC_MESSAGES/django.po"]:
        for blok in re.findall(r'^msgid(?:_plural)? ((?:".*"\n)+)', po.read_text(encoding="utf-8"), re.M):
            zin = "".join(re.findall(r'^"(.*)"$', blok, re.M)).replace('\\"', '"')
            if len(zin.split()) >= 3 and re.search(r"[a-z]", zin):
                zinnen.add(zin)
    patronen = []
    for zin in sorted(zinnen, key=len, reverse=True):
        patroon = re.sub(r"%(?:\\\(\w+\\\))?[sdr]", ".{1,40}?", re.escape(zin))
        # A placeholder at either end matches anything: leave it off (it only makes the search slow).
        patronen.append(patroon.removeprefix(".{1,40}?").removesuffix(".{1,40}?"))
    return re.compile("|".join(patronen))


ENGELS = _django_engels()


def _gevonden(tekst: str) -> list[str]:
    tekst = html.unescape(tekst)
    treffers = [m.group(0) for patroon in FOUTEN for m in patroon.finditer(tekst)]
    return treffers + [f"Engels: {m.group(0)}" for m in ENGELS.finditer(tekst)]


# ---- Buttons ----------------------------------------------------------------------------------------

# Infinitives a button may use. A new button with a new verb: add its infinitive here.
_INFINITIEVEN = """
    aanmaken aanmelden accepteren activeren afronden afwijzen bekijken beoordelen bevestigen bewaren
    bewerken beëindigen bijwerken deactiveren doorgaan doorzetten downloaden exporteren filteren
    importeren inlezen inloggen instellen intrekken kiezen koppelen maken nemen opslaan plaatsen
    plannen proberen samenstellen samenvoegen schrijven starten tonen toekennen toevoegen uitfaseren
    uitloggen uitnodigen uploaden vastleggen vaststellen verbergen versturen vervangen verwijderen
    voorleggen vrijgeven weggooien weghalen wijzigen zoeken
"""
INFINITIEVEN = set(_INFINITIEVEN.split())
# Imperatives that must not start a button (besides every "stem + en" of an infinitive above).
_GEBIEDENDE_WIJS = """
    accepteer activeer annuleer bekijk bevestig bewaar bewerk deactiveer deel download druk exporteer
    filter ga geef gooi haal importeer kies koppel kopieer lees leg log maak meld neem nodig open plaats
    plan probeer schrijf sla sluit start stel stop stuur toon trek upload verstuur verwijder voeg vul
    werk wijs wijzig wis zet zoek
"""
GEBIEDENDE_WIJS = set(_GEBIEDENDE_WIJS.split())
# A disclosure button named after what it opens (WAI-ARIA menu button): the one noun allowed.
ZELFSTANDIGE_KNOPPEN = {"Menu"}
GEVAARLIJK = re.compile(
    r"\b(verwijderen|intrekken|afwijzen|annuleren|beëindigen|weghalen|weggooien|deactiveren|samenvoegen|"
    r"wissen|ontkoppelen|overschrijven|tekst vervangen)\b",
    re.I,
)
GEVAAR_KLASSE = "utrecht-button--danger"


@dataclass
class Knop:
    tag: str
    klassen: set
    zichtbaar: str = ""
    geheel: str = ""


class _Lezer(HTMLParser):
    """The buttons of a page (visible text apart from the visually hidden part) and its field errors
    (each ``<p>`` in an error element, or the element's text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.knoppen: list[Knop] = []
        self.fouten: list[tuple[str, str]] = []  # (error id, message)
        self._knop: Knop | None = None
        self._diepte = []  # inside a button: True for a visually hidden element
        self._fout = None  # [tag, id, depth, messages, current message or None, whole text]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        klassen = set((attrs.get("class") or "").split())
        if self._knop is not None:
            if tag not in ("br", "img", "input"):
                self._diepte.append("visually-hidden" in klassen)
        elif tag == "button" or (tag == "a" and "utrecht-button-link" in klassen):
            self._knop = Knop(tag, klassen)
            self._diepte = []
        elif tag == "input" and attrs.get("type") in ("submit", "button"):
            waarde = (attrs.get("value") or "").strip()
            self.knoppen.append(Knop(tag, klassen, waarde, waarde))
        if self._fout is not None:
            if tag == self._fout[0]:
                self._fout[2] += 1
            if tag == "p":
                self._fout[4] = ""
        elif "utrecht-form-field-error-message" in klassen:
            self._fout = [tag, attrs.get("id", ""), 1, [], None, ""]

    def handle_endtag(self, tag):
        if self._knop is not None:
            if self._diepte:
                self._diepte.pop()
            elif tag == self._knop.tag:
                self._knop.zichtbaar = " ".join(self._knop.zichtbaar.split())
                self._knop.geheel = " ".join(self._knop.geheel.split())
                self.knoppen.append(self._knop)
                self._knop = None
        if self._fout is not None:
            if tag == "p" and self._fout[4] is not None:
                self._fout[3].append(self._fout[4])
                self._fout[4] = None
            if tag == self._fout[0]:
                self._fout[2] -= 1
                if self._fout[2] == 0:
                    _, fout_id, _, meldingen, _, geheel = self._fout
                    for melding in meldingen or [geheel]:
                        if melding.strip():
                            self.fouten.append((fout_id, " ".join(melding.split())))
                    self._fout = None

    def handle_data(self, data):
        if self._knop is not None:
            self._knop.geheel += data
            if not any(self._diepte):
                self._knop.zichtbaar += data
        if self._fout is not None:
            self._fout[5] += data
            if self._fout[4] is not None:
                self._fout[4] += data


def _lees(tekst: str) -> _Lezer:
    lezer = _Lezer()
    lezer.feed(tekst)
    lezer.close()
    return lezer


def _woorden(tekst: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ]+", tekst.lower())


def knopfout(tekst: str, klassen: set | None) -> str | None:
    """What is wrong with one button text (and, for a ``<button>``/submit, its classes), or None."""
    tekst = " ".join(tekst.split())
    if not tekst or tekst in ZELFSTANDIGE_KNOPPEN:
        return None
    woorden = _woorden(tekst)
    eerste = woorden[0] if woorden else ""
    if eerste in GEBIEDENDE_WIJS or (eerste not in INFINITIEVEN and eerste + "en" in INFINITIEVEN):
        return f"gebiedende wijs in plaats van een infinitief: {tekst!r}"
    if not any(woord in INFINITIEVEN for woord in woorden):
        return f"geen infinitief (Opslaan, Verwijderen, …; staat het werkwoord niet in INFINITIEVEN?): {tekst!r}"
    if klassen is not None:
        destructief = bool(GEVAARLIJK.search(tekst)) and tekst.lower() != "annuleren"
        if destructief and GEVAAR_KLASSE not in klassen:
            return f"destructieve knop zonder {GEVAAR_KLASSE}: {tekst!r}"
        if GEVAAR_KLASSE in klassen and not destructief:
            return f"{GEVAAR_KLASSE} op een knop die niets weghaalt: {tekst!r}"
    return None


def knopfouten(pagina: str) -> list[str]:
    fouten = []
    for knop in _lees(pagina).knoppen:
        klassen = None if knop.tag == "a" else knop.klassen  # a link only leads to the confirmation
        if fout := knopfout(knop.zichtbaar, klassen):
            fouten.append(fout)
    return fouten


# ---- "Required" errors ------------------------------------------------------------------------------

VERPLICHT = {
    "tekst": re.compile(r"^Vul (.+ in|in .+)\b.*\.$"),
    "keuze": re.compile(r"^Kies .+\.$"),
    "vinkje": re.compile(r"^(Bevestig .+|Vink .+ aan\b.*)\.$"),
}
VERPLICHT_ALLES = re.compile("|".join(p.pattern for p in VERPLICHT.values()))


def verplichtfouten(pagina: str) -> list[str]:
    """After posting a form empty every error under a field is a "required" error: it must follow the
    convention (the field kind is checked per form in ``test_verplichte_velden_...`` below)."""
    return [
        f"{fout_id}: {melding!r}" for fout_id, melding in _lees(pagina).fouten if not VERPLICHT_ALLES.match(melding)
    ]


def _soort(veld: forms.Field) -> str:
    if isinstance(veld, forms.BooleanField):
        return "vinkje"
    if isinstance(veld, forms.ChoiceField | forms.ModelChoiceField | forms.FileField):
        return "keuze"
    return "tekst"


# ---- The walk over every page -----------------------------------------------------------------------


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p != "gedeactiveerd"])
def test_elke_pagina_is_vrij_van_bekende_taalfouten(scenario, persona):  # noqa: F811
    fout = []
    gezien = set()
    for rij in RIJEN:
        for kant in ("eigen", "ander"):
            if rij.verwacht[kant][persona] != OK:
                continue
            url = reverse(rij.naam, kwargs=rij.kwargs(scenario.kanten[kant]))
            # An empty form in a browser still sends its CSRF token: a view with ``request.POST or None``
            # then validates (with no data at all it would show the blank form).
            data = {"csrfmiddlewaretoken": "leeg-formulier"} if rij.methode == "post" else (rij.data or {})
            if (rij.methode, url) in gezien or url.endswith((".ics", ".pdf", ".csv")):
                continue
            gezien.add((rij.methode, url))
            _, tekst = scenario.vraag(persona, rij.methode, url, data)
            treffers = _gevonden(tekst) + knopfouten(tekst)
            if rij.methode == "post":
                treffers += verplichtfouten(tekst)
            if treffers:
                fout.append(f"{rij.methode.upper()} {url}: {sorted(set(treffers))}")
    assert gezien
    assert not fout, "\n".join(fout)


# ---- What the page walk cannot reach: every template and every form class ---------------------------

_TEMPLATE_MAPPEN = [Path(settings.BASE_DIR) / "templates", *Path(settings.BASE_DIR).glob("*/templates")]
_TEMPLATE_MAPPEN += list(Path(settings.BASE_DIR).glob("visieleren/*/templates"))


def _templates():
    for map_ in _TEMPLATE_MAPPEN:
        yield from sorted(map_.rglob("*.html"))


def _zonder_templatetaal(tekst: str) -> str:
    """Button text in a template without ``{% … %}``; a button whose text is a variable is skipped."""
    tekst = re.sub(r"\{#.*?#\}", "", tekst)
    if re.fullmatch(r"\s*\{\{.*?\}\}\s*", re.sub(r"<[^>]+>.*?</[^>]+>", "", tekst)):
        return ""
    tekst = re.sub(r"\{%.*?%\}", " ", tekst)
    return re.sub(r"\{\{.*?\}\}", "X", tekst)


def test_knoppen_in_elke_template_volgen_de_conventie():
    """Also the buttons the scenario does not show (an inactive account, a failed PDF, …)."""
    fout = []
    templates = list(_templates())
    for pad in templates:
        bron = pad.read_text(encoding="utf-8")
        for m in re.finditer(r"<(button|a)\b([^>]*)>(.*?)</\1>", bron, re.S):
            tag, attrs, inhoud = m.groups()
            klasse = re.search(r'class="([^"]*)"', attrs)
            klassen = set(re.sub(r"\{%.*?%\}", " ", klasse.group(1)).split()) if klasse else set()
            if tag == "a" and "utrecht-button-link" not in klassen:
                continue
            zichtbaar = re.sub(
                r'<span class="visually-hidden">.*?</span>', "", _zonder_templatetaal(inhoud), flags=re.S
            )
            zichtbaar = re.sub(r"<[^>]+>", "", zichtbaar)
            if fout_ := knopfout(zichtbaar, None if tag == "a" else klassen):
                fout.append(f"{pad.relative_to(settings.BASE_DIR)}: {fout_}")
    assert len(templates) > 50
    assert not fout, "\n".join(fout)


def _projectformulieren():
    """Every form class of the project (the forms modules of each app and of the shared base)."""
    modules = []
    for app in ["trajecten", "interviews", "ontwerp", "borging", "rodedraden"]:
        pakket = importlib.import_module(f"{app}.forms")
        modules += [importlib.import_module(f"{app}.forms.{m.name}") for m in pkgutil.iter_modules(pakket.__path__)]
    modules += [importlib.import_module("visieleren.accounts.forms"), importlib.import_module("visieleren.forms")]
    gezien = {}
    for module in modules:
        for _, klasse in inspect.getmembers(module, inspect.isclass):
            if issubclass(klasse, forms.BaseForm) and klasse.__module__.split(".")[0] in {
                "trajecten",
                "interviews",
                "ontwerp",
                "borging",
                "rodedraden",
                "visieleren",
            }:
                gezien[f"{klasse.__module__}.{klasse.__qualname__}"] = klasse
    return gezien


def test_verplichte_velden_in_elk_formulier_volgen_de_conventie():
    """A message a form writes itself for an empty required field fits the kind of field; Django's
    default ("Dit veld is verplicht.") is replaced centrally (``visieleren/forms.py``)."""
    standaard = str(forms.Field.default_error_messages["required"])
    fout = []
    formulieren = _projectformulieren()
    for naam, klasse in sorted(formulieren.items()):
        for veldnaam, veld in klasse.base_fields.items():
            melding = str(veld.error_messages.get("required", standaard))
            if not veld.required or melding == standaard or isinstance(veld.widget, forms.HiddenInput):
                continue
            if not VERPLICHT[_soort(veld)].match(melding):
                fout.append(f"{naam}.{veldnaam} ({_soort(veld)}): {melding!r}")
    assert len(formulieren) > 40
    assert not fout, "\n".join(fout)


# ---- The checks themselves catch what they are for --------------------------------------------------


@pytest.mark.django_db(False)
def test_de_controle_vangt_de_bekende_fouten():
    assert _gevonden("3 citaaten, <option>---------</option>, This field is required., 1 citaten, code(s)")
    assert _gevonden("Het wachtwoord lijkt te veel op de e-mailadres.")
    assert _gevonden("lijkt te veel op de e-mailadres")
    assert _gevonden("Ensure this value has at most 10 characters (it has 12).")
    assert _gevonden("Your old password was entered incorrectly. Please enter it again.")
    assert _gevonden("Toelichting (optioneel)")
    assert not _gevonden("1 citaat, 3 citaten, <option>— kies —</option>, Vul dit veld in.")
    assert not _gevonden("Uw wachtwoord lijkt te veel op uw e-mailadres. Gebruik minstens 10 tekens.")


@pytest.mark.django_db(False)
@pytest.mark.parametrize(
    "knop",
    [
        '<button class="utrecht-button">Verwijder<span class="visually-hidden"> tag X</span></button>',
        '<button class="utrecht-button">Sla op</button>',
        '<button class="utrecht-button">Voeg toe</button>',
        '<button class="utrecht-button">Exporteer</button>',
        '<button class="utrecht-button">Upload bestand</button>',
        '<a class="utrecht-button-link" href="/">Nieuw inzicht</a>',
        '<button class="utrecht-button">Verder</button>',
        '<input type="submit" class="utrecht-button" value="Bewaar">',
        '<button class="utrecht-button utrecht-button--primary-action">Citaat verwijderen</button>',
        '<button class="utrecht-button">Afwijzen</button>',
        '<button class="utrecht-button utrecht-button--danger">Opslaan</button>',
    ],
)
def test_de_knopcontrole_vangt(knop):
    assert knopfouten(knop)


@pytest.mark.django_db(False)
def test_de_knopcontrole_laat_goede_knoppen_staan():
    goed = (
        '<button class="utrecht-button">Opslaan</button>'
        '<button class="utrecht-button">Citaat maken van selectie</button>'
        '<button class="utrecht-button utrecht-button--danger">Ja, verwijderen</button>'
        '<button class="utrecht-button utrecht-button--subtle utrecht-button--danger">Verwijderen'
        '<span class="visually-hidden"> tag Rust en regie</span></button>'
        '<a class="utrecht-button-link" href="/">Versie 2 downloaden (PDF)</a>'
        '<button class="utrecht-button">Menu</button>'
    )
    assert knopfouten(goed) == []


@pytest.mark.django_db(False)
def test_de_verplichtcontrole_vangt_andere_woorden():
    fout = (
        '<div class="utrecht-form-field-error-message" id="id_a_error"><p>Dit veld is verplicht.</p></div>'
        '<div class="utrecht-form-field-error-message" id="id_b_error"><p>Geef de code een naam.</p></div>'
        '<div class="utrecht-form-field-error-message" id="id_c_error"><p>Schrijf een opmerking.</p></div>'
    )
    goed = (
        '<div class="utrecht-form-field-error-message" id="id_a_error"><p>Vul de datum in.</p></div>'
        '<div class="utrecht-form-field-error-message" id="id_b_error"><p>Kies een groep.</p></div>'
        '<div class="utrecht-form-field-error-message" id="id_c_error"><p>Vink dit vakje aan om door te gaan.</p></div>'
    )
    assert len(verplichtfouten(fout)) == 3
    assert verplichtfouten(goed) == []
