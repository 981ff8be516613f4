"""The start page per role: "wat moet ik nu doen" (reads only).

Every function returns plain data for ``templates/werk/start.html``: each item carries the link
straight to the work. Query counts do not grow with the number of trajecten or quotes: counts come
from one grouped query per kind, and the team's checklist is read for a bounded number of trajecten
(``MAX_LOPEND``, the rest sit behind a link to the overview), all their checklists in one read
(``trajecten.fasen.checklists``: the same checks the traject page shows).

Signals for the team from other parts of the product (quotes awaiting release, e-mails the outbox
gave up on): one callable per kind in ``TEAM_SIGNALEN``.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Prefetch
from django.urls import reverse
from django.utils import timezone

from borging.models import Versie
from interviews.models import Beoordeling, Citaat, Interview, Tagging
from trajecten.fasen import checklists
from trajecten.models import Aanmelding, Bijeenkomst, Rol, Status, Traject, TrajectRol
from trajecten.models.aanmelding import AanmeldingStatus
from visieleren.core.taal import aantal
from visieleren.permissions import REGELS, Actie, is_team

MAX_LOPEND = 8
MAX_AANMELDINGEN = 10
MAX_BIJEENKOMSTEN = 8
MAX_RAPPORTEN = 10


@dataclass
class Taak:
    """One line of work: what to do, and the link that opens it."""

    tekst: str
    url: str
    toelichting: str = ""


@dataclass
class TrajectWerk:
    traject: Traject
    rollen: set[str]
    taken: list[Taak] = field(default_factory=list)
    volgende_bijeenkomst: Bijeenkomst | None = None
    zin: str = ""
    heeft_rapport: bool = False  # a vastgestelde eindrapportage, listed under "Vastgestelde eindrapportages"


def _citaten_op_vrijgave() -> list[Taak]:
    """Quotes used in an output (synthesis, cards) whose text is not released yet."""
    from interviews.selectors.uitvoer import citaten_zonder_vrijgave

    n = citaten_zonder_vrijgave().count()
    if not n:
        return []
    return [
        Taak(
            f"{aantal(n, 'citaat wacht,citaten wachten')} op vrijgave",
            reverse("vrijgave:lijst"),
            "Ze komen in een uitvoer (kaartjes, rapport) pas als de tekst is gecontroleerd.",
        )
    ]


def _mislukte_emails() -> list[Taak]:
    """E-mails the outbox gave up on after its retries: someone has to look at the address or server."""
    from visieleren.core.models import UitgaandeEmail

    n = UitgaandeEmail.objects.filter(status=UitgaandeEmail.Status.MISLUKT).count()
    if not n:
        return []
    return [
        Taak(
            f"{aantal(n, 'e-mail is,e-mails zijn')} niet verstuurd",
            reverse("admin:core_uitgaandeemail_changelist") + "?status__exact=mislukt",
            "Bekijk de fout en verstuur opnieuw vanuit het beheer.",
        )
    ]


# Signals the team must see from other parts of the product; each returns a list of Taak.
TEAM_SIGNALEN: list[Callable[[], list[Taak]]] = [_citaten_op_vrijgave, _mislukte_emails]


def _komende_bijeenkomsten():
    return Bijeenkomst.objects.filter(eind__gte=timezone.now()).order_by("begin")


def team_werk() -> dict:
    """New and waiting aanmeldingen, lopende trajecten with open checks, upcoming bijeenkomsten."""
    open_statussen = [AanmeldingStatus.NIEUW, AanmeldingStatus.IN_GESPREK]
    aanmeldingen = Aanmelding.objects.filter(status__in=open_statussen).prefetch_related("gemeenten")
    aantal_aanmeldingen = aanmeldingen.count()
    lopend = Traject.objects.filter(status=Status.LOPEND).prefetch_related("gemeenten")
    aantal_lopend = lopend.count()
    getoond = list(lopend.order_by("geplande_eind", "titel")[:MAX_LOPEND])
    per_traject = checklists(getoond)  # read together: the same queries for one traject or eight
    trajecten = [{"traject": t, "open_checks": [c for c in per_traject[t.pk] if not c.voldaan]} for t in getoond]
    trajecten.sort(key=lambda t: (not t["traject"].is_over_tijd, not t["traject"].is_te_lang_in_fase))
    return {
        "aanmeldingen": list(aanmeldingen.order_by("ingediend_op")[:MAX_AANMELDINGEN]),
        "aantal_aanmeldingen": aantal_aanmeldingen,
        "lopend": trajecten,
        "aantal_lopend": aantal_lopend,
        "bijeenkomsten": list(_komende_bijeenkomsten().select_related("traject")[:MAX_BIJEENKOMSTEN]),
        "signalen": [taak for signaal in TEAM_SIGNALEN for taak in signaal()],
    }


def _mijn_trajecten(user):
    return (
        Traject.objects.filter(rollen__user=user, status=Status.LOPEND)
        .distinct()
        .prefetch_related(
            "gemeenten",
            "documenten",
            Prefetch("rollen", queryset=TrajectRol.objects.filter(user=user), to_attr="mijn_rollen"),
            Prefetch("bijeenkomsten", queryset=_komende_bijeenkomsten(), to_attr="komende_bijeenkomsten"),
        )
        .annotate(aantal_betrokkenen=Count("betrokkenen", distinct=True))
        .order_by("geplande_eind", "titel")
    )


def _per_traject(queryset) -> dict[int, int]:
    rijen = queryset.values("interview__traject").annotate(aantal=Count("pk", distinct=True)).order_by()
    return {rij["interview__traject"]: rij["aantal"] for rij in rijen}


def _inhoud_taken(user, trajecten: list[Traject]) -> dict[int, list[Taak]]:
    """Quotes to tag, quotes to review and (moderator) interviews without notes, per traject."""
    ids = [t.pk for t in trajecten]
    actief = Tagging.objects.filter(citaat=OuterRef("pk"), verwijderd_op__isnull=True)
    citaten = Citaat.objects.filter(interview__traject__in=ids)
    ongetagd = _per_traject(citaten.filter(~Exists(actief)))
    alle = _per_traject(citaten)
    te_beoordelen = _per_traject(
        citaten.filter(Exists(actief.exclude(door=user))).filter(
            ~Exists(Beoordeling.objects.filter(citaat=OuterRef("pk"), door=user))
        )
    )
    zonder_notities = {}
    for interview in (
        Interview.objects.filter(traject__in=ids, moderator=user, notities="")
        .select_related("deelnemer_a", "deelnemer_b")
        .order_by("datum")
    ):
        zonder_notities.setdefault(interview.traject_id, []).append(interview)
    taken: dict[int, list[Taak]] = {}
    for traject in trajecten:
        lijst = taken.setdefault(traject.pk, [])
        citaten_url = reverse("codeboek:citaten", args=[traject.pk])
        if n := ongetagd.get(traject.pk):
            lijst.append(Taak(f"{aantal(n, 'citaat,citaten')} taggen", f"{citaten_url}?ongetagd=on"))
        elif not alle.get(traject.pk):
            lijst.append(Taak("Nog geen citaten vastgelegd", reverse("interviews:interviews", args=[traject.pk])))
        if n := te_beoordelen.get(traject.pk):
            lijst.append(
                Taak(f"{aantal(n, 'citaat,citaten')} beoordelen", reverse("codeboek:beoordelen", args=[traject.pk]))
            )
        for interview in zonder_notities.get(traject.pk, []):
            lijst.append(
                Taak(
                    f"Aantekeningen vastleggen van het interview van {interview.datum:%d-%m-%Y}",
                    reverse("interviews:interview", args=[traject.pk, interview.pk]),
                    "U bent moderator van dit interview.",
                )
            )
    return taken


def _contact_taken(traject: Traject) -> list[Taak]:
    """ "Wat we van u nodig hebben": what the gemeente must deliver, not the internal checklist."""
    detail = traject.get_absolute_url()
    taken = []
    vandaag = timezone.localdate()
    if traject.bw_besluit_op is None or traject.bw_besluit_op > vandaag:
        taken.append(
            Taak(
                "Het besluit van het college van B&W",
                f"{detail}#kop-documenten",
                "Upload het besluit waarmee het college het traject formeel aanmeldt.",
            )
        )
    if not traject.aantal_betrokkenen:
        taken.append(
            Taak(
                "Wie er betrokken zijn",
                reverse("trajecten:betrokkenen", args=[traject.pk]),
                "Geef het visieleerteam door wie vanuit bestuur, beleid, uitvoering en inwoners meedoen.",
            )
        )
    if not traject.documenten.all():
        taken.append(
            Taak(
                "Gegevens en documenten over het vraagstuk",
                f"{detail}#kop-documenten",
                "Bijvoorbeeld cijfers, beleidsstukken of eerdere evaluaties.",
            )
        )
    return taken


def _reviewtaken(trajecten: list[Traject]) -> dict[int, list[Taak]]:
    """A version of the eindrapportage ter review: the contactpersoon's comments are awaited."""
    versies = Versie.objects.filter(status=Versie.Status.TER_REVIEW, eindrapportage__traject__in=trajecten)
    taken: dict[int, list[Taak]] = {}
    for pk, nummer, traject_id in versies.values_list("pk", "nummer", "eindrapportage__traject").order_by("nummer"):
        taken.setdefault(traject_id, []).append(
            Taak(
                "Eindrapportage ter review: uw commentaar",
                reverse("borging:versie", args=[traject_id, pk]),
                f"Lees versie {nummer} en plaats uw opmerkingen per sectie. Daarna stelt het visieleerteam "
                "de rapportage vast.",
            )
        )
    return taken


def vastgestelde_rapporten(user) -> list[Versie]:
    """The vastgestelde eindrapportages of the user's own trajecten, also finished ones (newest
    trajecten first is not known here: by title, newest version first), at most ``MAX_RAPPORTEN``."""
    from borging.selectors.eindrapportage import rapporten_voor

    return list(rapporten_voor(user).prefetch_related(None)[:MAX_RAPPORTEN])


def traject_zin(traject: Traject) -> str:
    """The state of a traject in one sentence, for the bestuurder."""
    if traject.status != Status.LOPEND:
        return f"Het traject is {traject.get_status_display().lower()}."
    zin = f"Het traject is in de fase {traject.get_fase_display().lower()}"
    if traject.geplande_eind:
        zin += f" en loopt volgens plan tot {traject.geplande_eind:%d-%m-%Y}"
    zin += "."
    if traject.is_over_tijd:
        zin += " De geplande einddatum is voorbij."
    return zin


def persoonlijk_werk(*, user) -> list[TrajectWerk]:
    """The user's lopende trajecten with, per role, the work waiting for them."""
    trajecten = list(_mijn_trajecten(user))
    inhoud = [t for t in trajecten if {r.rol for r in t.mijn_rollen} & {Rol.EXPERT, Rol.MODERATOR}]
    inhoud_taken = _inhoud_taken(user, inhoud) if inhoud else {}
    reviewers = [t for t in trajecten if {r.rol for r in t.mijn_rollen} & REGELS[Actie.EINDRAPPORTAGE_REVIEWEN]]
    review_taken = _reviewtaken(reviewers) if reviewers else {}
    uitkomst = []
    for traject in trajecten:
        rollen = {r.rol for r in traject.mijn_rollen}
        werk = TrajectWerk(traject=traject, rollen=rollen, zin=traject_zin(traject))
        werk.taken.extend(inhoud_taken.get(traject.pk, []))
        if Rol.CONTACTPERSOON in rollen:
            werk.taken.extend(_contact_taken(traject))
        if rollen & REGELS[Actie.EINDRAPPORTAGE_REVIEWEN]:
            werk.taken.extend(review_taken.get(traject.pk, []))
        if rollen & REGELS[Actie.BIJEENKOMSTEN_BEKIJKEN]:
            werk.volgende_bijeenkomst = next(iter(traject.komende_bijeenkomsten), None)
        uitkomst.append(werk)
    return uitkomst


def start_werk(*, user) -> dict:
    if is_team(user):
        return {"team": team_werk()}
    rapporten = vastgestelde_rapporten(user)
    met_rapport = {versie.traject.pk for versie in rapporten}
    trajecten = persoonlijk_werk(user=user)
    for werk in trajecten:
        werk.heeft_rapport = werk.traject.pk in met_rapport
    return {"trajecten": trajecten, "rapporten": rapporten}
