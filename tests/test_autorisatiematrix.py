"""The authorisation matrix: every URL × every role, on the own traject and on another one.

Every URL pattern of the project (admin and static files aside) must have a row in ``RIJEN``; a new
URL without a row fails ``test_elke_url_heeft_een_rij``, so each later issue adds its rows here.

A row says how to build the URL's arguments from the scenario (an own traject on which each
persona holds its role, and another traject on which they hold none, each with one object of every
kind), which method it uses, and the expected outcome per persona:

- ``ok``: 2xx, a redirect that is not to the login page, or 400 for a POST with an invalid body;
- ``403``: the object is visible but the action is not allowed;
- ``404``: the object is not visible (a traject without a role, or an object of such a traject);
- ``login``: a redirect to ``/accounts/login/``.

The rules (DOMAIN.md, ``visieleren/permissions.py``): the visieleerteam may do everything; every
other role is held per traject and the rights of several roles add up. The expected sets below are
written out by hand from DOMAIN.md and the issues, not read from ``REGELS``, so that a change to the
rules shows up here as a failing row.

Besides the status, every page a persona may open is checked for what it must not show (names and
e-mail addresses of betrokkenen and deelnemers, anything of the other traject), and for links or
forms that would answer that persona 403 or 404. POST actions refuse a request without CSRF token,
and actions without a page refuse GET.

Adding a URL: add its rows with ``rijen(name, "get post", expectations, kwargs)``, choosing the
expectation helper by who may: ``_traject(<personas>)`` (per traject), ``_team()``, ``_ingelogd()``,
``_publiek()`` or ``_codeboek(...)``; if the URL needs a new kind of object, add it to ``Kant``.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from borging.models import Eindrapportage, Opmerking, Sectie, Versie
from interviews.models import AndereNaam, Code
from ontwerp.models import Actiepunt, InzichtCitaat, Kaartenset, Oplossingsrichting
from rodedraden.models import Rapportversie
from tests.borging.factories import (
    AfspraakFactory,
    BorgingsessieFactory,
    NazorggesprekFactory,
    ObservatieFactory,
    UitnodigingFactory,
)
from tests.borging.factories import token as evaluatie_token
from tests.factories import (
    AanmeldingFactory,
    BetrokkeneFactory,
    BijeenkomstFactory,
    CitaatFactory,
    DocumentFactory,
    ExpertProfielFactory,
    InterviewFactory,
    InzichtFactory,
    MemoFactory,
    OntwerpsessieFactory,
    TaggingFactory,
    TeamFactory,
    TrajectCodeFactory,
    TrajectFactory,
    UserFactory,
    met_rol,
)
from trajecten.models import Rol, TrajectRol
from trajecten.services.aanmelding import status_token_maken
from visieleren.accounts.models import Passkey

pytestmark = pytest.mark.django_db

OK, VERBODEN, ONZICHTBAAR, LOGIN = "ok", "403", "404", "login"

# The personas. "interviewmoderator" is the moderator of the interview of the own traject (and, on
# the other traject, the moderator of its interview too, but without a role there: e.g. taken off
# that expertteam). "expert+contactpersoon" holds both roles on the own traject: rights add up.
PERSONAS = [
    "team",
    "expert",
    "moderator",
    "interviewmoderator",
    "contactpersoon",
    "bestuurder",
    "expert+contactpersoon",
    "buitenstaander",
    "gedeactiveerd",
    "anoniem",
]
MET_TRAJECTROL = [
    "expert",
    "moderator",
    "interviewmoderator",
    "contactpersoon",
    "bestuurder",
    "expert+contactpersoon",
]
INGELOGD = [p for p in PERSONAS if p not in ("anoniem", "gedeactiveerd")]

# Who may, besides the team, by the role table of DOMAIN.md (persona names, not roles).
INHOUD = frozenset({"expert", "moderator", "interviewmoderator", "expert+contactpersoon"})
GEMEENTE_VOLGT = INHOUD | {"contactpersoon"}  # the gemeente's contact follows its own traject
ALLE_ROLLEN = frozenset(MET_TRAJECTROL)
INTERVIEW_SCHRIJVEN = frozenset({"interviewmoderator"})  # the moderator of *that* interview
MODERATOREN = frozenset({"moderator", "interviewmoderator"})  # step 1 inzichten: the moderators
GEEN = frozenset()
GEMEENTE_CONTACT = frozenset({"contactpersoon", "expert+contactpersoon"})
CODEBOEK_LEZERS = INHOUD  # expert or moderator on some traject


# ---- Expected outcomes ------------------------------------------------------------------------------


def _traject(mag: frozenset, anoniem: str = LOGIN) -> dict:
    """A page or action of one traject: role holders may (``mag``) or get 403; outsiders 404."""
    eigen = {"team": OK, "buitenstaander": ONZICHTBAAR, "anoniem": anoniem}
    eigen |= {p: OK if p in mag else VERBODEN for p in MET_TRAJECTROL}
    ander = {p: ONZICHTBAAR for p in INGELOGD} | {"team": OK, "anoniem": anoniem}
    return {"eigen": eigen, "ander": ander}


def _team() -> dict:
    """A page only for the visieleerteam (team_vereist or an action without traject roles): 403."""
    uitkomst = {p: VERBODEN for p in INGELOGD} | {"team": OK, "anoniem": LOGIN}
    return {"eigen": uitkomst, "ander": dict(uitkomst)}


def _ingelogd(anoniem: str = LOGIN) -> dict:
    """Anyone logged in; ``anoniem``: what the others get (a JSON endpoint answers 403)."""
    uitkomst = {p: OK for p in INGELOGD} | {"anoniem": anoniem}
    return {"eigen": uitkomst, "ander": dict(uitkomst)}


def _publiek(uitkomst: str = OK) -> dict:
    return {"eigen": {p: uitkomst for p in PERSONAS}, "ander": {p: uitkomst for p in PERSONAS}}


def _eigen_passkey() -> dict:
    """A passkey belongs to one person (here the buitenstaander's, on the own side; the other side's
    expert's, on the other): everyone else gets 404, the team too."""
    eigen = {p: ONZICHTBAAR for p in INGELOGD} | {"buitenstaander": OK, "anoniem": LOGIN}
    ander = {p: ONZICHTBAAR for p in INGELOGD} | {"anoniem": LOGIN}
    return {"eigen": eigen, "ander": ander}


def _codeboek(mag_eigen: frozenset, *, trajectcode: bool) -> dict:
    """Codebook pages: readers are experts/moderators of some traject; others get 403 for the whole
    codebook. A traject code of a traject without a content role is invisible (404)."""
    eigen = {p: VERBODEN for p in INGELOGD} | {"team": OK, "anoniem": LOGIN}
    eigen |= {p: OK for p in mag_eigen}
    ander = dict(eigen)
    if trajectcode:
        ander |= {p: ONZICHTBAAR for p in CODEBOEK_LEZERS}
    return {"eigen": eigen, "ander": ander}


# ---- Rows ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rij:
    naam: str
    methode: str
    kwargs: Callable
    verwacht: dict
    variant: str = ""
    data: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.naam}-{self.methode}" + (f"-{self.variant}" if self.variant else "")


def rijen(naam, methoden, verwacht, kwargs=lambda k: {}, variant="", data=None):
    """One row per method. A deactivated account is treated as not logged in, everywhere."""
    verwacht = {kant: uitkomsten | {"gedeactiveerd": uitkomsten["anoniem"]} for kant, uitkomsten in verwacht.items()}
    return [Rij(naam, m, kwargs, verwacht, variant, data or {}) for m in methoden.split()]


def _t(k):
    return {"pk": k.traject.pk}


def _ti(k):
    return {"traject_pk": k.traject.pk}


def _iv(k):
    return {"traject_pk": k.traject.pk, "pk": k.interview.pk}


def _ci(k):
    return {"traject_pk": k.traject.pk, "pk": k.citaat.pk}


def _iz(k):
    return {"traject_pk": k.traject.pk, "pk": k.inzicht.pk}


def _ks(k):
    return {"traject_pk": k.traject.pk, "pk": k.kaartenset.pk}


def _pk(k):
    return {"pk": k.passkey.pk}


def _os(k):
    return {"traject_pk": k.traject.pk, "pk": k.ontwerpsessie.bijeenkomst_id}


RIJEN: list[Rij] = [
    # Public: the front page, health, privacy, login and password reset, the aanmelding.
    *rijen("start", "get", _publiek()),
    *rijen("health", "get", _publiek()),
    *rijen("privacy", "get", _publiek()),
    # The register of processing activities: for the team (and, downloaded, the privacy officer).
    *rijen("verwerkingsregister", "get", _team()),
    *rijen("verwerkingsregister_download", "get", _team()),
    *rijen("login", "get", _publiek()),
    *rijen("logout", "post", _publiek(LOGIN)),  # logging out ends on the login page, for everyone
    # The second login step (REQUIRE_2FA is off in tests: anyone logged in may link an app).
    *rijen("tweestaps", "get post", _ingelogd()),
    *rijen("tweestaps_instellen", "get post", _ingelogd()),
    # Passkeys: the ceremonies answer JSON (403 instead of the login page). Adding one needs a linked
    # app and a recent second step, which no persona has; the second step works for anyone logged in.
    *rijen("passkey_registratie_begin", "post", _publiek(VERBODEN)),
    *rijen("passkey_registratie_voltooien", "post", _publiek(VERBODEN)),
    *rijen("passkey_inloggen_begin", "post", _ingelogd(anoniem=VERBODEN)),
    *rijen("passkey_inloggen_voltooien", "post", _ingelogd(anoniem=VERBODEN)),  # 400: no ceremony begun
    *rijen("beveiliging", "get", _ingelogd()),
    *rijen("passkey_naam", "get post", _eigen_passkey(), _pk, data={"naam": "Andere naam"}),
    *rijen("passkey_verwijderen", "get post", _eigen_passkey(), _pk),
    *rijen("password_reset", "get post", _publiek()),
    *rijen("password_reset_done", "get", _publiek()),
    *rijen("password_reset_confirm", "get", _publiek(), lambda k: {"uidb64": k.uidb64, "token": k.reset_token}),
    *rijen("password_reset_complete", "get", _publiek()),
    *rijen("password_change", "get post", _ingelogd()),
    *rijen("aanmelden:formulier", "get post", _publiek()),
    *rijen("aanmelden:verstuurd", "get", _publiek()),
    *rijen("aanmelden:status", "get post", _publiek(), lambda k: {"token": k.status_token}),
    # Everyone with an account: the overview shows only their trajecten (tested in test_permissions).
    *rijen("mijn_trajecten", "get", _ingelogd()),
    *rijen("trajecten:overzicht", "get", _ingelogd()),
    # People (team only).
    *rijen("accounts:mensen", "get", _team()),
    *rijen("accounts:uitnodigen", "get post", _team()),
    *rijen("accounts:persoon", "get post", _team(), lambda k: {"pk": k.persoon.pk}),
    *rijen("accounts:rol_toekennen", "post", _team(), lambda k: {"pk": k.persoon.pk}),
    *rijen("accounts:rol_intrekken", "post", _team(), lambda k: {"pk": k.persoon.pk, "rol_pk": k.expertrol.pk}),
    *rijen("accounts:activeren", "post", _team(), lambda k: {"pk": k.persoon.pk}),
    *rijen("accounts:opnieuw_uitnodigen", "post", _team(), lambda k: {"pk": k.persoon.pk}),
    # Werving: the inbox is the team's; the contact follows an aanmelding through its status link.
    *rijen("aanmeldingen:inbox", "get", _team()),
    *rijen("aanmeldingen:detail", "get", _team(), lambda k: {"pk": k.aanmelding.pk}),
    *rijen("aanmeldingen:vraagverheldering", "post", _team(), lambda k: {"pk": k.aanmelding.pk}),
    *rijen("aanmeldingen:accepteren", "post", _team(), lambda k: {"pk": k.aanmelding.pk}),
    *rijen("aanmeldingen:afwijzen", "post", _team(), lambda k: {"pk": k.aanmelding.pk}),
    *rijen("gemeenten:lijst", "get", _team()),
    *rijen("gemeenten:nieuw", "get post", _team()),
    *rijen("gemeenten:bewerken", "get post", _team(), lambda k: {"pk": k.gemeente.pk}),
    # Expert pool (team only).
    *rijen("expertpool", "get", _team()),
    *rijen("expertprofiel_nieuw", "get post", _team()),
    *rijen("expertprofiel_bewerken", "get post", _team(), lambda k: {"profiel_pk": k.expertprofiel.pk}),
    # The traject page, logboek and documents. The contactpersoon uploads documents (B&W besluit).
    *rijen("trajecten:detail", "get", _traject(ALLE_ROLLEN), _t),
    *rijen("trajecten:logboek", "get", _traject(GEEN), _t),
    *rijen("trajecten:document_uploaden", "post", _traject(frozenset({"contactpersoon", "expert+contactpersoon"})), _t),
    *rijen("document_download", "get", _traject(GEMEENTE_VOLGT), lambda k: {"pk": k.document.pk}),
    # Starten: the team writes; experts, moderators and the contactpersoon read; a bestuurder sees
    # the basics on the traject page only.
    *rijen("trajecten:startgegevens", "get post", _traject(GEEN), _t),
    *rijen("trajecten:expertteam", "get post", _traject(GEEN), _t),
    *rijen(
        "trajecten:expertteam_verwijderen",
        "post",
        _traject(GEEN),
        lambda k: {"pk": k.traject.pk, "rol_pk": k.expertrol.pk},
    ),
    *rijen("trajecten:betrokkenen", "get", _traject(GEMEENTE_VOLGT), _t),
    *rijen("trajecten:betrokkene_nieuw", "get post", _traject(GEEN), _t),
    *rijen(
        "trajecten:betrokkene_bewerken",
        "get post",
        _traject(GEEN),
        lambda k: {"pk": k.traject.pk, "betrokkene_pk": k.betrokkene.pk},
    ),
    *rijen(
        "trajecten:betrokkene_verwijderen",
        "post",
        _traject(GEEN),
        lambda k: {"pk": k.traject.pk, "betrokkene_pk": k.betrokkene.pk},
    ),
    *rijen("trajecten:bijeenkomsten", "get", _traject(GEMEENTE_VOLGT), _t),
    *rijen("trajecten:bijeenkomst_nieuw", "get post", _traject(GEEN), _t),
    *rijen("trajecten:kalender", "get", _traject(GEMEENTE_VOLGT), _t),
    # The contactpersoon opens a bijeenkomst, but its verslag is shown only to experts and moderators
    # (Actie.VERSLAG_LEZEN; tested on the page content in tests/trajecten/test_starten_views.py).
    *rijen(
        "trajecten:bijeenkomst",
        "get",
        _traject(GEMEENTE_VOLGT),
        lambda k: {"pk": k.traject.pk, "bijeenkomst_pk": k.bijeenkomst.pk},
    ),
    *rijen(
        "trajecten:bijeenkomst_bewerken",
        "get post",
        _traject(GEEN),
        lambda k: {"pk": k.traject.pk, "bijeenkomst_pk": k.bijeenkomst.pk},
    ),
    *rijen(
        "trajecten:bijeenkomst_verwijderen",
        "post",
        _traject(GEEN),
        lambda k: {"pk": k.traject.pk, "bijeenkomst_pk": k.bijeenkomst.pk},
    ),
    *rijen("trajecten:fase_volgende", "post", _traject(GEEN), _t),
    *rijen("trajecten:beeindigen", "get post", _traject(GEEN), _t),
    *rijen("trajecten:nazorg", "post", _traject(GEEN), _t),  # nazorg date, retention waits for it
    # Luisteren: deelnemers (names, consent) are the team's; experts and moderators read the
    # interviews (pseudonymised) and make quotes; only the moderator of that interview writes its notes.
    *rijen("interviews:deelnemers", "get post", _traject(GEEN), _ti),
    *rijen(
        "interviews:deelnemer", "get post", _traject(GEEN), lambda k: {"traject_pk": k.traject.pk, "pk": k.deelnemer.pk}
    ),
    *rijen(
        "interviews:deelnemer_intrekken",
        "get post",
        _traject(GEEN),
        lambda k: {"traject_pk": k.traject.pk, "pk": k.deelnemer.pk},
    ),
    # Withdrawing consent for one scope (eindrapportage, landelijk rapport, ...): the team's.
    *rijen(
        "interviews:deelnemer_reikwijdte",
        "post",
        _traject(GEEN),
        lambda k: {"traject_pk": k.traject.pk, "pk": k.deelnemer.pk},
    ),
    *rijen("interviews:interviews", "get", _traject(INHOUD), _ti),
    *rijen("interviews:interview_nieuw", "get post", _traject(GEEN), _ti),
    *rijen("interviews:interview", "get", _traject(INHOUD), _iv),
    *rijen("interviews:interview_wijzigen", "get post", _traject(GEEN), _iv),
    *rijen("interviews:aantekeningen", "get post", _traject(INTERVIEW_SCHRIJVEN), _iv),
    *rijen("interviews:aantekeningen_upload", "post", _traject(INTERVIEW_SCHRIJVEN), _iv),
    # Autosave answers a lost session with 401 and a status message, not with the login page.
    *rijen("interviews:concept", "post", _traject(INTERVIEW_SCHRIJVEN, anoniem="401"), _iv),
    *rijen("interviews:concept_weggooien", "post", _traject(INTERVIEW_SCHRIJVEN), _iv),
    *rijen("interviews:citaat_nieuw", "post", _traject(INHOUD), _iv),
    # Other names in the notes: kept by the team and the moderator of that interview.
    *rijen("interviews:andere_namen", "get post", _traject(INTERVIEW_SCHRIJVEN), _iv),
    *rijen(
        "interviews:andere_naam_verwijderen",
        "post",
        _traject(INTERVIEW_SCHRIJVEN),
        lambda k: {"traject_pk": k.traject.pk, "pk": k.interview.pk, "naam_pk": k.andere_naam.pk},
    ),
    *rijen(
        "interviews:citaat_verwijderen",
        "get post",
        _traject(INTERVIEW_SCHRIJVEN),
        lambda k: {"traject_pk": k.traject.pk, "pk": k.interview.pk, "citaat_pk": k.citaat.pk},
    ),
    # Released text: the team, and the moderator of the quote's interview; the list of quotes still to
    # release is the team's.
    *rijen("vrijgave:citaat", "get post", _traject(INTERVIEW_SCHRIJVEN), _ci),
    *rijen("vrijgave:lijst", "get", _team()),
    # Quotes, tagging, memos and review: experts and moderators of the traject.
    *rijen("codeboek:trajectcode_nieuw", "get post", _traject(INHOUD), _ti),
    *rijen("codeboek:citaten", "get", _traject(INHOUD), _ti),
    *rijen("codeboek:citaat", "get", _traject(INHOUD), _ci),
    *rijen("codeboek:tag_toevoegen", "post", _traject(INHOUD), _ci),
    *rijen(
        "codeboek:tag_verwijderen",
        "post",
        _traject(INHOUD),
        lambda k: {"traject_pk": k.traject.pk, "pk": k.citaat.pk, "tagging_pk": k.tagging.pk},
    ),
    *rijen("codeboek:citaat_memo", "post", _traject(INHOUD), _ci),
    *rijen("codeboek:citaat_beoordelen", "get post", _traject(INHOUD), _ci),
    *rijen("codeboek:beoordelen", "get", _traject(INHOUD), _ti),
    *rijen("codeboek:interview_memos", "get post", _traject(INHOUD), _iv),
    # Exports (CSV, XLSX, QDPX): the team and the traject's experts and moderators; the codebook as QDC
    # for every codebook reader; importing a QDC is the team's.
    *rijen("uitwisseling:export", "get", _traject(INHOUD), _ti),
    *rijen("uitwisseling:citaten_csv", "get", _traject(INHOUD), _ti),
    *rijen("uitwisseling:citaten_xlsx", "get", _traject(INHOUD), _ti),
    *rijen("uitwisseling:project_qdpx", "get", _traject(INHOUD), _ti),
    *rijen("uitwisseling:codeboek_qdc", "get", _codeboek(CODEBOEK_LEZERS, trajectcode=False)),
    # Every quote of one code across the trajecten the reader may export (names always replaced).
    *[
        rij
        for naam in ("uitwisseling:code_citaten_csv", "uitwisseling:code_citaten_xlsx")
        for rij in [
            *rijen(
                naam,
                "get",
                _codeboek(CODEBOEK_LEZERS, trajectcode=False),
                lambda k: {"pk": k.gedeelde_code.pk},
                "gedeeld",
            ),
            *rijen(
                naam,
                "get",
                _codeboek(CODEBOEK_LEZERS, trajectcode=True),
                lambda k: {"pk": k.trajectcode.pk},
                "trajectcode",
            ),
        ]
    ],
    *rijen("uitwisseling:codeboek_importeren", "get post", _team()),
    # Ontwerpen: experts and moderators read the synthesis, the inzichten and the ontwerpsessie. An
    # inzicht of step 1 (the scenario's) is written by the moderators; the team carries it forward and
    # records the ontwerpsessie. Quotes go to an inzicht of a step the user writes in.
    *rijen("ontwerp:synthese", "get", _traject(INHOUD), _ti),
    *rijen(
        "ontwerp:synthese_cel",
        "get",
        _traject(INHOUD),
        lambda k: {"traject_pk": k.traject.pk, "code_pk": k.gedeelde_code.pk, "perspectief": "uitvoering"},
    ),
    *rijen("ontwerp:inzichten", "get", _traject(INHOUD), _ti),
    *rijen("ontwerp:inzicht_nieuw", "get post", _traject(INHOUD), _ti),
    *rijen("ontwerp:inzicht", "get", _traject(INHOUD), _iz),
    *rijen("ontwerp:inzicht_bewerken", "get post", _traject(MODERATOREN), _iz),
    *rijen("ontwerp:inzicht_citaat", "post", _traject(MODERATOREN), _iz),
    *rijen(
        "ontwerp:inzicht_citaat_weg",
        "post",
        _traject(MODERATOREN),
        lambda k: {"traject_pk": k.traject.pk, "pk": k.inzicht.pk, "citaat_pk": k.citaat.pk},
    ),
    *rijen("ontwerp:inzicht_doorzetten", "post", _traject(GEEN), _iz),
    *rijen("ontwerp:citaat_naar_inzicht", "post", _traject(INHOUD), _ci),
    # Quote cards: the team, experts and moderators make them and download the PDF.
    *rijen("ontwerp:kaartjes", "get post", _traject(INHOUD), _ti),
    *rijen("ontwerp:kaartenset", "get", _traject(INHOUD), _ks),
    *rijen("ontwerp:kaartenset_opnieuw", "post", _traject(INHOUD), _ks),
    *rijen("ontwerp:kaartenset_download", "get", _traject(INHOUD), _ks),
    *rijen("ontwerp:ontwerpsessies", "get", _traject(INHOUD), _ti),
    *rijen("ontwerp:ontwerpsessie", "get", _traject(INHOUD), _os),
    *rijen("ontwerp:reflectie", "post", _traject(GEEN), _os),
    *rijen("ontwerp:oplossingsrichting_nieuw", "post", _traject(GEEN), _os),
    *rijen("ontwerp:actiepunt_nieuw", "post", _traject(GEEN), _os),
    *rijen(
        "ontwerp:actiepunt_status",
        "post",
        _traject(GEEN),
        lambda k: {"traject_pk": k.traject.pk, "pk": k.ontwerpsessie.bijeenkomst_id, "actie_pk": k.actiepunt.pk},
    ),
    # The codebook: read by the team and every expert or moderator, kept by the team. A traject code
    # belongs to its traject: invisible (404) to readers without a content role there.
    *rijen("codeboek:codeboek", "get", _codeboek(CODEBOEK_LEZERS, trajectcode=False)),
    *rijen("codeboek:code_nieuw", "get post", _team()),
    *rijen(
        "codeboek:code",
        "get",
        _codeboek(CODEBOEK_LEZERS, trajectcode=False),
        lambda k: {"pk": k.gedeelde_code.pk},
        "gedeeld",
    ),
    *rijen(
        "codeboek:code",
        "get",
        _codeboek(CODEBOEK_LEZERS, trajectcode=True),
        lambda k: {"pk": k.trajectcode.pk},
        "trajectcode",
    ),
    *rijen(
        "codeboek:code_memo",
        "post",
        _codeboek(CODEBOEK_LEZERS, trajectcode=False),
        lambda k: {"pk": k.gedeelde_code.pk},
        "gedeeld",
    ),
    *rijen(
        "codeboek:code_memo",
        "post",
        _codeboek(INHOUD, trajectcode=True),
        lambda k: {"pk": k.trajectcode.pk},
        "trajectcode",
    ),
    *[
        rij
        for naam, methoden in [
            ("codeboek:code_bewerken", "get post"),
            ("codeboek:code_samenvoegen", "get post"),
            ("codeboek:code_uitfaseren", "post"),
            ("codeboek:code_activeren", "post"),
            ("codeboek:code_verwijderen", "get post"),
        ]
        for rij in [
            *rijen(naam, methoden, _codeboek(GEEN, trajectcode=False), lambda k: {"pk": k.gedeelde_code.pk}, "gedeeld"),
            *rijen(
                naam, methoden, _codeboek(GEEN, trajectcode=True), lambda k: {"pk": k.trajectcode.pk}, "trajectcode"
            ),
        ]
    ],
]


# Borgen: the team writes; every role reads the streefwaarden and their follow-up (a bestuurder
# too); experts and moderators read the afspraken of the borgingsessie; nazorg also the gemeente's
# contact; the evaluation's aggregates the team and the contact; a betrokkene answers without account.
RIJEN += [
    *rijen("borging:streefwaarden", "get", _traject(ALLE_ROLLEN), _ti),
    *rijen("borging:streefwaarde_nieuw", "get post", _traject(GEEN), _ti),
    *rijen("borging:streefwaarde_bewerken", "get post", _traject(GEEN), lambda k: _sw(k)),
    *rijen("borging:streefwaarde_verwijderen", "post", _traject(GEEN), lambda k: _sw(k)),
    *rijen("borging:observatie_nieuw", "get post", _traject(GEEN), lambda k: _sw(k)),
    *rijen("borging:borgingsessies", "get", _traject(INHOUD), _ti),
    *rijen(
        "borging:afspraak_nieuw",
        "get post",
        _traject(GEEN),
        lambda k: {"traject_pk": k.traject.pk, "bijeenkomst_pk": k.borgingsessie.pk},
    ),
    *rijen(
        "borging:afspraak_bewerken",
        "get post",
        _traject(GEEN),
        lambda k: {"traject_pk": k.traject.pk, "pk": k.afspraak.pk},
    ),
    *rijen(
        "borging:afspraak_status", "post", _traject(GEEN), lambda k: {"traject_pk": k.traject.pk, "pk": k.afspraak.pk}
    ),
    *rijen("borging:evaluatie", "get post", _traject(GEEN), _ti),
    *rijen("borging:evaluatie_resultaten", "get", _traject(GEMEENTE_CONTACT), _ti),
    *rijen("borging:nazorg", "get", _traject(GEMEENTE_VOLGT), _ti),
    *rijen("borging:nazorg_nieuw", "get post", _traject(GEEN), _ti),
    *rijen(
        "borging:nazorggesprek",
        "get",
        _traject(GEMEENTE_VOLGT),
        lambda k: {"traject_pk": k.traject.pk, "pk": k.nazorggesprek.pk},
    ),
    # Across trajecten: the rode-draden report is the team's; the experts' reflections on a traject are
    # read by its experts and moderators, and each expert writes their own.
    *rijen("rodedraden:rapport", "get", _team()),
    *rijen("rodedraden:versie_nieuw", "post", _team()),
    *rijen("rodedraden:versie", "get post", _team(), lambda k: {"pk": k.rapportversie.pk}),
    *rijen("rodedraden:versie_vaststellen", "post", _team(), lambda k: {"pk": k.rapportversie.pk}),
    *rijen("rodedraden:versie_afdrukken", "get", _team(), lambda k: {"pk": k.rapportversie.pk}),
    *rijen("rodedraden:versie_pdf", "get post", _team(), lambda k: {"pk": k.rapportversie.pk}),
    *rijen("rodedraden:versie_download", "get", _team(), lambda k: {"pk": k.rapportversie.pk}),
    *rijen("reflecties:lijst", "get", _traject(INHOUD), _ti),
    *rijen("reflecties:mijn", "get post", _traject(frozenset({"expert", "expert+contactpersoon"})), _ti),
    *rijen("evaluatie:formulier", "get post", _publiek(), lambda k: {"token": k.evaluatie_token}),
    *rijen("evaluatie:bedankt", "get", _publiek()),
]

# Eindrapportage: the team composes, edits and sets vastgesteld; the gemeente's contact reads a version
# ter review and comments; every role of the traject reads and downloads the vastgestelde versions.
RIJEN += [
    *rijen("borging:eindrapportage", "get", _traject(ALLE_ROLLEN), _ti),
    *rijen("borging:versie_nieuw", "post", _traject(GEEN), _ti),
    *rijen("borging:versie", "get", _traject(GEMEENTE_CONTACT), lambda k: _vr(k, k.versie_review), "review"),
    *rijen("borging:versie", "get", _traject(ALLE_ROLLEN), lambda k: _vr(k, k.versie_vastgesteld), "vastgesteld"),
    *rijen("borging:versie_ter_review", "post", _traject(GEEN), lambda k: _vr(k, k.versie_review)),
    *rijen("borging:versie_vaststellen", "post", _traject(GEEN), lambda k: _vr(k, k.versie_review)),
    *rijen("borging:versie_pdf_opnieuw", "post", _traject(GEEN), lambda k: _vr(k, k.versie_vastgesteld)),
    *rijen("borging:versie_download", "get", _traject(ALLE_ROLLEN), lambda k: _vr(k, k.versie_vastgesteld)),
    *rijen("borging:sectie_bewerken", "get post", _traject(GEEN), lambda k: _vr(k, k.versie_review, soort="advies")),
    *rijen("borging:sectie_voorbeeld", "post", _traject(GEEN), lambda k: _vr(k, k.versie_review, soort="advies")),
    *rijen("borging:sectie_regenereren", "get post", _traject(GEEN), lambda k: _vr(k, k.versie_review, soort="advies")),
    *rijen(
        "borging:opmerking_nieuw",
        "post",
        _traject(GEMEENTE_CONTACT),
        lambda k: _vr(k, k.versie_review, soort="advies"),
        data={"tekst": "Graag aanvullen."},
    ),
    *rijen(
        "borging:opmerking_antwoord",
        "post",
        _traject(GEEN),
        lambda k: _vr(k, k.versie_review, opmerking_pk=k.opmerking.pk),
    ),
    *rijen("rapporten:lijst", "get", _ingelogd()),
]


def _vr(k, versie, **extra):
    return {"traject_pk": k.traject.pk, "pk": versie.pk, **extra}


def _sw(k):
    return {"traject_pk": k.traject.pk, "pk": k.streefwaarde.pk}


# ---- The scenario: two trajecten with one object of every kind, built once for this module -----------


@dataclass
class Kant:
    """One side of the matrix: the own traject (personas have their roles) or the other one."""

    traject: object
    aanmelding: object
    status_token: str
    gemeente: object
    persoon: object  # an expert of this traject, for the people pages
    expertrol: object
    expertprofiel: object
    uidb64: str
    reset_token: str
    document: object
    betrokkene: object
    bijeenkomst: object
    deelnemer: object
    interview: object
    citaat: object
    tagging: object
    trajectcode: object
    gedeelde_code: object
    inzicht: object
    ontwerpsessie: object
    actiepunt: object
    kaartenset: object
    andere_naam: object
    streefwaarde: object
    borgingsessie: object
    afspraak: object
    nazorggesprek: object
    rapportversie: object
    evaluatie_token: str
    versie_review: object
    versie_vastgesteld: object
    opmerking: object
    # For the team's eyes only: names and e-mail addresses of betrokkenen, and the names of the
    # deelnemers (which the moderator of their interview also reads).
    namen_betrokkenen: list
    namen_deelnemers: list
    passkey: object = None  # set by bouw_scenario: whose it is depends on the side


def _pdf_klaar(job, naam: str, inhoud: bytes) -> None:
    """A PDF job that is ready: a small file in private storage with its SHA-256, as rendering leaves it."""
    job.sha256 = hashlib.sha256(inhoud).hexdigest()
    job.bestand.save(naam, ContentFile(inhoud), save=True)


def _kaartenset(traject, citaat):
    """A set of cards that is ready, with a small file in private storage."""
    kaartenset = Kaartenset.objects.create(traject=traject, titel="Kaartjes", status=Kaartenset.Status.KLAAR)
    kaartenset.citaten.add(citaat)
    _pdf_klaar(kaartenset, "kaartjes.pdf", b"%PDF-1.4 kaartjes")
    return kaartenset


def _rapportversie(traject):
    """A version of the rode-draden report over this traject whose PDF is ready."""
    nummer = (Rapportversie.objects.aggregate(m=Max("nummer"))["m"] or 0) + 1
    versie = Rapportversie.objects.create(nummer=nummer, pdf_status=Rapportversie.PdfStatus.KLAAR)
    versie.trajecten.add(traject)
    _pdf_klaar(versie, "rode-draden.pdf", b"%PDF-1.4 rode draden")
    return versie


def _eindrapportage(traject):
    """A vastgestelde version with a small file, and a version ter review with a comment."""
    rapport = Eindrapportage.objects.create(traject=traject)
    vastgesteld = Versie.objects.create(
        eindrapportage=rapport, nummer=1, status="vastgesteld", vastgesteld_op=timezone.now(), pdf_status="klaar"
    )
    Sectie.objects.create(versie=vastgesteld, soort="advies", volgorde=0, tekst="Advies.")
    _pdf_klaar(vastgesteld, "eindrapportage.pdf", b"%PDF-1.7 rapport")
    review = Versie.objects.create(eindrapportage=rapport, nummer=2, status="ter_review")
    sectie = Sectie.objects.create(versie=review, soort="advies", volgorde=0, tekst="Advies.")
    return vastgesteld, review, Opmerking.objects.create(sectie=sectie, tekst="Graag aanvullen.")


def _kant(traject, *, expert, interviewmoderator, gedeelde_code, namen, andere_naam, varianten="") -> Kant:
    """One object of every kind on ``traject``; ``namen``: the betrokkene and the two deelnemers;
    ``andere_naam``: someone named in the notes who is no deelnemer; ``varianten``: more text naming
    them (other spellings), put in the notes, the quote and every kind of memo."""
    aanmelding = AanmeldingFactory(traject=traject, status="geaccepteerd", gemeenten=list(traject.gemeenten.all()))
    betrokkene_naam, naam_a, naam_b = namen
    interview = InterviewFactory(
        traject=traject,
        moderator=interviewmoderator,
        deelnemer_a__betrokkene__naam=naam_a,
        deelnemer_b__betrokkene__naam=naam_b,
        notities=f"{naam_a}: wat ging er goed?\n{naam_b} zei dat de wachttijd kort was; {naam_a.split()[-1]} knikte. "
        f"Collega {andere_naam} belde. {varianten}",
    )
    citaat = CitaatFactory(interview=interview, context=f"{naam_b} tegen {andere_naam}")
    MemoFactory(citaat=citaat, auteur=expert, tekst=f"{naam_a} bedoelt {andere_naam}. {varianten}")
    MemoFactory(citaat=None, interview=interview, auteur=expert, tekst=f"{naam_b} en {varianten}")
    MemoFactory(citaat=None, code=gedeelde_code, traject=traject, auteur=expert, tekst=f"{naam_a}. {varianten}")
    betrokkene = BetrokkeneFactory(traject=traject, naam=betrokkene_naam)
    bijeenkomst = BijeenkomstFactory(traject=traject, verslag="Afspraken van de kick-off.")
    bijeenkomst.betrokkenen.add(betrokkene, interview.deelnemer_a.betrokkene)
    inzicht = InzichtFactory(traject=traject, titel=f"Inzicht van {traject.titel}", auteur=interviewmoderator)
    InzichtCitaat.objects.create(inzicht=inzicht, citaat=citaat, toegevoegd_door=interviewmoderator)
    ontwerpsessie = OntwerpsessieFactory(bijeenkomst__traject=traject)
    ontwerpsessie.bijeenkomst.betrokkenen.add(betrokkene)
    Oplossingsrichting.objects.create(ontwerpsessie=ontwerpsessie, titel="Eén loket").inzichten.add(inzicht)
    actiepunt = Actiepunt.objects.create(ontwerpsessie=ontwerpsessie, omschrijving="Loket inrichten", eigenaar="Team")
    borgingsessie = BorgingsessieFactory(traject=traject)
    nazorggesprek = NazorggesprekFactory(traject=traject)
    observatie = ObservatieFactory(streefwaarde__traject=traject, nazorggesprek=nazorggesprek)
    versie_vastgesteld, versie_review, opmerking = _eindrapportage(traject)
    return Kant(
        traject=traject,
        aanmelding=aanmelding,
        status_token=status_token_maken(aanmelding=aanmelding),
        gemeente=traject.gemeenten.get(),
        persoon=expert,
        expertrol=TrajectRol.objects.get(traject=traject, user=expert, rol=Rol.EXPERT),
        expertprofiel=ExpertProfielFactory(user=expert),
        uidb64=urlsafe_base64_encode(force_bytes(expert.pk)),
        reset_token=default_token_generator.make_token(expert),
        document=DocumentFactory(traject=traject),
        betrokkene=betrokkene,
        bijeenkomst=bijeenkomst,
        deelnemer=interview.deelnemer_a,
        interview=interview,
        citaat=citaat,
        tagging=TaggingFactory(citaat=citaat, code=gedeelde_code, door=expert),
        trajectcode=TrajectCodeFactory(traject=traject, naam=f"Trajectcode van {traject.titel}"),
        gedeelde_code=gedeelde_code,
        inzicht=inzicht,
        ontwerpsessie=ontwerpsessie,
        actiepunt=actiepunt,
        kaartenset=_kaartenset(traject, citaat),
        andere_naam=AndereNaam.objects.create(
            traject=traject, naam=andere_naam, label="collega wijkteam", interview=interview
        ),
        streefwaarde=observatie.streefwaarde,
        borgingsessie=borgingsessie,
        afspraak=AfspraakFactory(bijeenkomst=borgingsessie),
        nazorggesprek=nazorggesprek,
        rapportversie=_rapportversie(traject),
        evaluatie_token=evaluatie_token(UitnodigingFactory(traject=traject, betrokkene=betrokkene)),
        versie_review=versie_review,
        versie_vastgesteld=versie_vastgesteld,
        opmerking=opmerking,
        namen_betrokkenen=[
            betrokkene_naam,
            betrokkene_naam.split()[-1],
            betrokkene.email,
            interview.deelnemer_a.betrokkene.email,
            interview.deelnemer_b.betrokkene.email,
        ],
        namen_deelnemers=[naam_a, naam_b, naam_a.split()[-1], naam_b.split()[-1], andere_naam],
    )


@dataclass
class Scenario:
    personas: dict
    kanten: dict

    def vraag(self, persona: str, methode: str, url: str, data: dict) -> tuple[str, str]:
        """One request as this persona, rolled back afterwards so that actions do not pile up.
        Returns the outcome and the text of the page (empty for redirects and file downloads)."""
        client = Client()
        with transaction.atomic():
            if persona != "anoniem":
                client.force_login(self.personas[persona])
            response = getattr(client, methode)(url, data)
            transaction.set_rollback(True)
        tekst = "" if response.streaming else response.content.decode("utf-8", "replace")
        return uitkomst(response, methode), tekst


def uitkomst(response, methode: str) -> str:
    if response.status_code in (301, 302, 303, 307, 308):
        return LOGIN if urlsplit(response["Location"]).path == reverse("login") else OK
    if 200 <= response.status_code < 300 or (response.status_code == 400 and methode == "post"):
        return OK
    return str(response.status_code)


@pytest.fixture(scope="module")
def matrix_media(tmp_path_factory):
    return tmp_path_factory.mktemp("matrix-private")


@pytest.fixture(autouse=True)
def _private_media(settings, matrix_media):
    """The scenario's documents stay where they were written for the whole module."""
    settings.PRIVATE_MEDIA_ROOT = matrix_media
    cache.clear()  # the public aanmelding form counts posts per IP address


STANDAARD_NAMEN = {
    "eigen": ("Karin Onbekendveld", "Henk Geheimhout", "Fatima Verborgenlaan"),
    "ander": ("Sanne Buitenbeeldt", "Gerrit Stilzwijgers", "Noor Achterhoudt"),
}
STANDAARD_ANDERE_NAMEN = {"eigen": "Wilma Wijkteamsma", "ander": "Rob Buurmansveld"}


def bouw_scenario(
    *, namen: dict | None = None, andere_namen: dict | None = None, varianten: dict | None = None
) -> Scenario:
    """Both sides with every persona; ``namen``/``andere_namen``/``varianten`` per side (see ``_kant``).
    Also used by the privacy variant walk and the 390 px browser test."""
    namen = namen or STANDAARD_NAMEN
    andere_namen = andere_namen or STANDAARD_ANDERE_NAMEN
    varianten = varianten or {}
    eigen, ander = (
        TrajectFactory(titel="Eigen traject"),
        TrajectFactory(titel="Zuiderwoude-Oost", vraagstuk="Hoe vinden jongeren in Zuiderwoude sneller hulp?"),
    )
    personas = {
        "team": TeamFactory(naam="Tessa Team"),
        "buitenstaander": UserFactory(naam="Bas Buitenstaander"),
        "anoniem": None,
    }
    for persona, rol, naam in [
        ("expert", Rol.EXPERT, "Erik Expert"),
        ("moderator", Rol.MODERATOR, "Mona Moderator"),
        ("interviewmoderator", Rol.MODERATOR, "Ivo Interviewmoderator"),
        ("contactpersoon", Rol.CONTACTPERSOON, "Carla Contactpersoon"),
        ("bestuurder", Rol.BESTUURDER, "Bram Bestuurder"),
        ("expert+contactpersoon", Rol.EXPERT, "Gijs Gemeente-expert"),
    ]:
        personas[persona] = met_rol(eigen, rol, user=UserFactory(naam=naam))
    met_rol(eigen, Rol.CONTACTPERSOON, user=personas["expert+contactpersoon"])
    # A deactivated account keeps its roles but is treated as not logged in.
    personas["gedeactiveerd"] = met_rol(eigen, Rol.EXPERT, user=TeamFactory(naam="Dirk Gedeactiveerd"))
    personas["gedeactiveerd"].is_active = False
    personas["gedeactiveerd"].save(update_fields=["is_active"])
    gedeelde_code = Code.objects.filter(traject=None, actief=True).order_by("pk").first()
    kanten = {
        "eigen": _kant(
            eigen,
            expert=personas["expert"],
            interviewmoderator=personas["interviewmoderator"],
            gedeelde_code=gedeelde_code,
            namen=namen["eigen"],
            andere_naam=andere_namen["eigen"],
            varianten=varianten.get("eigen", ""),
        ),
        # On the other traject the interviewmoderator still moderates an interview but holds no role.
        "ander": _kant(
            ander,
            expert=met_rol(ander, Rol.EXPERT, user=UserFactory(naam="Anja Andermans")),
            interviewmoderator=personas["interviewmoderator"],
            gedeelde_code=gedeelde_code,
            namen=namen["ander"],
            andere_naam=andere_namen["ander"],
            varianten=varianten.get("ander", ""),
        ),
    }
    # A passkey of the buitenstaander on the own side, and of the other side's expert on the other.
    for kantnaam, eigenaar in (("eigen", personas["buitenstaander"]), ("ander", kanten["ander"].persoon)):
        kanten[kantnaam].passkey = Passkey.objects.create(
            user=eigenaar, name="Sleutelbos", confirmed=True, credential_id=kantnaam.encode()
        )
    return Scenario(personas=personas, kanten=kanten)


@pytest.fixture(scope="module")
def scenario(django_db_setup, django_db_blocker, matrix_media):
    """Built once per module inside a transaction that is rolled back at the end; every test runs in
    a savepoint inside it, and every request in one more (``Scenario.vraag``)."""
    with django_db_blocker.unblock(), override_settings(PRIVATE_MEDIA_ROOT=matrix_media), transaction.atomic():
        yield bouw_scenario()
        transaction.set_rollback(True)


# ---- The matrix ---------------------------------------------------------------------------------


def _geheime_namen(persona: str, scenario: Scenario, kantnaam: str) -> list[str]:
    """What this persona may not read: nothing for the team. Names and e-mail addresses of
    betrokkenen are for the team only; the deelnemers' names also for the moderator of their
    interview (the only interview of the own traject). The other traject, its traject code and its
    expert are unknown to everyone without a role there."""
    if persona == "team":
        return []
    kant, ander = scenario.kanten[kantnaam], scenario.kanten["ander"]
    geheim = [
        ander.traject.titel,
        ander.traject.vraagstuk,
        ander.trajectcode.naam,
        ander.persoon.naam,
        *kant.namen_betrokkenen,
    ]
    if not (persona == "interviewmoderator" and kantnaam == "eigen"):
        geheim += kant.namen_deelnemers
    return geheim


@pytest.mark.parametrize("kant", ["eigen", "ander"])
@pytest.mark.parametrize("rij", RIJEN, ids=[r.id for r in RIJEN])
def test_autorisatiematrix(scenario, rij, kant):
    """Each persona gets the expected outcome; and a page that opens never shows the names or
    e-mail addresses of betrokkenen and deelnemers, or anything of the other traject, to anyone who
    may not see them."""
    k = scenario.kanten[kant]
    url = reverse(rij.naam, kwargs=rij.kwargs(k))
    assert resolve(url).view_name == rij.naam
    afwijkingen = []
    for persona in PERSONAS:
        gekregen, tekst = scenario.vraag(persona, rij.methode, url, rij.data)
        if gekregen != rij.verwacht[kant][persona]:
            afwijkingen.append(f"{persona}: verwacht {rij.verwacht[kant][persona]}, kreeg {gekregen}")
        elif gezien := [naam for naam in _geheime_namen(persona, scenario, kant) if naam in tekst]:
            afwijkingen.append(f"{persona}: ziet namen of contactgegevens {gezien}")
    assert not afwijkingen, f"{rij.methode.upper()} {url} ({kant} traject):\n" + "\n".join(afwijkingen)


def test_namencontrole_kan_falen(scenario):
    """The name check above sees names where they are shown: to the team, and to the interview's
    own moderator on the interview page; an expert of the same traject reads pseudonyms."""
    k = scenario.kanten["eigen"]
    interview = reverse("interviews:interview", kwargs={"traject_pk": k.traject.pk, "pk": k.interview.pk})
    betrokkenen = reverse("trajecten:betrokkenen", kwargs={"pk": k.traject.pk})
    naam_a = k.interview.deelnemer_a.betrokkene.naam
    assert naam_a in scenario.vraag("team", "get", interview, {})[1]
    assert naam_a in scenario.vraag("interviewmoderator", "get", interview, {})[1]
    assert k.betrokkene.naam in scenario.vraag("team", "get", betrokkenen, {})[1]
    expert_ziet = scenario.vraag("expert", "get", interview, {})[1]
    assert k.interview.deelnemer_a.pseudoniem in expert_ziet
    assert naam_a not in expert_ziet
    overzicht = reverse("trajecten:overzicht")
    assert scenario.kanten["ander"].traject.vraagstuk in scenario.vraag("team", "get", overzicht, {})[1]
    assert scenario.kanten["ander"].traject.vraagstuk not in scenario.vraag("expert", "get", overzicht, {})[1]


# ---- The table itself ---------------------------------------------------------------------------


def _url_namen(patronen=None, prefix="", namespace=""):
    """(name, route) of every URL pattern, recursively, without the admin and static files."""
    for patroon in get_resolver().url_patterns if patronen is None else patronen:
        route = prefix + str(patroon.pattern)
        if route.startswith(("beheer/", "static/", "media/", "^static", "^media")):
            continue
        if isinstance(patroon, URLResolver):
            ns = ":".join(filter(None, [namespace, patroon.namespace]))
            yield from _url_namen(patroon.url_patterns, route, ns)
        elif isinstance(patroon, URLPattern):
            naam = ":".join(filter(None, [namespace, patroon.name])) if patroon.name else f"<zonder naam: {route}>"
            yield naam, route


def test_elke_url_heeft_een_rij():
    in_tabel = {r.naam for r in RIJEN}
    zonder_rij = sorted(f"{naam} ({route})" for naam, route in _url_namen() if naam not in in_tabel)
    assert not zonder_rij, "Voeg deze URL's toe aan RIJEN in tests/test_autorisatiematrix.py: " + ", ".join(zonder_rij)


def test_elke_rij_hoort_bij_een_url():
    bestaand = {naam for naam, _ in _url_namen()}
    assert sorted({r.naam for r in RIJEN} - bestaand) == []


def test_elke_rij_noemt_elke_persona_aan_beide_kanten():
    for rij in RIJEN:
        for kant in ("eigen", "ander"):
            assert set(rij.verwacht[kant]) == set(PERSONAS), (rij.id, kant)


def test_rechten_van_twee_rollen_tellen_op_in_de_tabel():
    """The combined persona gets exactly the better outcome of its two roles, on every row."""
    rang = {OK: 0, VERBODEN: 1, ONZICHTBAAR: 2}
    for rij in RIJEN:
        eigen = rij.verwacht["eigen"]
        if eigen["expert"] not in rang or eigen["contactpersoon"] not in rang:
            continue
        beste = min(eigen["expert"], eigen["contactpersoon"], key=rang.__getitem__)
        assert eigen["expert+contactpersoon"] == beste, rij.id


# ---- CSRF -----------------------------------------------------------------------------------------

POST_RIJEN = [r for r in RIJEN if r.methode == "post"]


@pytest.mark.parametrize("rij", POST_RIJEN, ids=[r.id for r in POST_RIJEN])
def test_post_zonder_csrf_token_wordt_geweigerd(scenario, rij):
    """Every action refuses a POST without a CSRF token, also for the team that may do it all; the
    same POST with the token gets through (so the 403 is the CSRF check, not a permission)."""
    url = reverse(rij.naam, kwargs=rij.kwargs(scenario.kanten["eigen"]))
    client = Client(enforce_csrf_checks=True)
    with transaction.atomic():
        client.force_login(scenario.personas["team"])
        zonder = client.post(url, rij.data)
        client.get(reverse("password_reset"))  # a page with a form sets the CSRF cookie
        token = client.cookies["csrftoken"].value
        met = client.post(url, rij.data, HTTP_X_CSRFTOKEN=token)
        transaction.set_rollback(True)
    assert zonder.status_code == 403
    assert "Formulier niet verstuurd" in zonder.content.decode()  # templates/403_csrf.html, in Dutch
    # With the token the team gets what the matrix expects (adding a passkey: 403 without a recent
    # second step; someone else's passkey: 404), and never the CSRF page.
    assert uitkomst(met, "post") in (OK, LOGIN, rij.verwacht["eigen"]["team"]), met.status_code
    assert "Formulier niet verstuurd" not in met.content.decode()


ALLEEN_POST = [
    r for r in POST_RIJEN if not any(g.naam == r.naam and g.variant == r.variant and g.methode == "get" for g in RIJEN)
]


@pytest.mark.parametrize("rij", ALLEEN_POST, ids=[r.id for r in ALLEEN_POST])
def test_acties_zonder_pagina_weigeren_get(scenario, rij):
    """An action that changes something never runs on a GET (a link, a prefetch): 405, also for the team."""
    url = reverse(rij.naam, kwargs=rij.kwargs(scenario.kanten["eigen"]))
    client = Client()
    with transaction.atomic():
        client.force_login(scenario.personas["team"])
        status = client.get(url).status_code
        transaction.set_rollback(True)
    assert status == 405


# ---- Links: a page offers only what its reader may open -----------------------------------------


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: set[tuple[str, str]] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.add(("get", attrs["href"]))
        elif tag == "form" and attrs.get("action"):
            self.links.add(((attrs.get("method") or "get").lower(), attrs["action"]))


def _interne_links(tekst: str) -> set[tuple[str, str]]:
    parser = _Links()
    parser.feed(tekst)
    return {
        (methode, urlsplit(url)._replace(fragment="").geturl())
        for methode, url in parser.links
        if url.startswith("/") and not url.startswith(("//", "/static/", "/beheer/"))
    }


@pytest.mark.parametrize("persona", PERSONAS)
def test_paginas_bieden_alleen_links_die_de_lezer_mag_openen(scenario, persona):
    """Every link and form on a page this persona may open leads somewhere they may go: the templates
    ask ``{% mag %}`` the same question as the views (no 403 or 404 behind a link or a button)."""
    paginas = {
        reverse(rij.naam, kwargs=rij.kwargs(scenario.kanten[kant]))
        for rij in RIJEN
        for kant in ("eigen", "ander")
        if rij.methode == "get" and rij.verwacht[kant][persona] == OK
    }
    links: dict[tuple[str, str], str] = {}
    for pagina in sorted(paginas):
        for link in _interne_links(scenario.vraag(persona, "get", pagina, {})[1]):
            links.setdefault(link, pagina)
    doodlopend = []
    for (methode, url), pagina in sorted(links.items()):
        gekregen = scenario.vraag(persona, methode, url, {})[0]
        if gekregen in (VERBODEN, ONZICHTBAAR):
            doodlopend.append(f"{methode.upper()} {url} (op {pagina}): {gekregen}")
    assert len(links) > 3
    assert not doodlopend, f"{persona} krijgt links die niet mogen:\n" + "\n".join(doodlopend)
