"""Reads of Luisteren with the joins they need, and the notes as a given user may see them.

Names of deelnemers are for the visieleerteam and the moderator of the interview only; everyone else
gets notes and quotes with names replaced by pseudonyms (``notities_weergave``, ``citaat_weergave``).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404

from interviews.models import Citaat, Deelnemer, Interview
from interviews.tekst import Gepseudonimiseerd, namen_van, pseudonimiseer
from trajecten.models import Betrokkene, Rol, Traject
from visieleren.accounts.models import User
from visieleren.permissions import Actie, mag, mag_namen_zien, rollen


def deelnemer_list(*, traject: Traject):
    return (
        Deelnemer.objects.filter(traject=traject)
        .select_related("betrokkene")
        .annotate(aantal_citaten=Count("citaten"))
        .order_by("pseudoniem")
    )


def betrokkenen_zonder_deelnemer(*, traject: Traject):
    return Betrokkene.objects.filter(traject=traject, deelnemer__isnull=True).order_by("perspectief", "naam")


def moderator_kandidaten(*, traject: Traject):
    """Who can moderate: people with the moderator role on this traject, and the visieleerteam."""
    return (
        User.objects.filter(
            Q(is_team=True, is_active=True) | Q(trajectrollen__traject=traject, trajectrollen__rol=Rol.MODERATOR)
        )
        .distinct()
        .order_by("naam", "email")
    )


def interview_list(*, traject: Traject):
    """The interviews of a traject for the list page: constant queries whatever their number."""
    return (
        Interview.objects.filter(traject=traject)
        .select_related("traject", "deelnemer_a__betrokkene", "deelnemer_b__betrokkene", "moderator")
        .annotate(
            aantal_citaten=Count("citaten", distinct=True),
            aantal_gewijzigd=Count("citaten", filter=Q(citaten__anker=Citaat.Anker.GEWIJZIGD), distinct=True),
        )
    )


def interview_detail(*, traject: Traject, pk: int) -> Interview:
    """One interview of this traject; an interview of another traject is a 404, like the traject."""
    return get_object_or_404(
        Interview.objects.select_related(
            "traject", "deelnemer_a__betrokkene", "deelnemer_b__betrokkene", "moderator"
        ).prefetch_related(
            Prefetch("citaten", queryset=Citaat.objects.select_related("spreker", "gemaakt_door").order_by("begin"))
        ),
        traject=traject,
        pk=pk,
    )


def zelfde_perspectief(interview: Interview) -> bool:
    return interview.deelnemer_a.betrokkene.perspectief == interview.deelnemer_b.betrokkene.perspectief


def intrekking_gevolgen(*, deelnemer: Deelnemer) -> dict:
    """What each way of withdrawing consent would remove, for the confirmation page."""
    interviews = Interview.objects.filter(Q(deelnemer_a=deelnemer) | Q(deelnemer_b=deelnemer))
    citaten_in_interviews = Citaat.objects.filter(interview__in=interviews)
    eigen = deelnemer.citaten.all()
    return {
        "eigen_citaten": eigen.count(),
        "eigen_taggings": eigen.aggregate(n=Count("taggings"))["n"],
        "interviews": interviews.count(),
        "citaten_in_interviews": (citaten_in_interviews | eigen).distinct().count(),
    }


# ---- Notes and quotes as this user may see them -------------------------------------------------


def _namen(interview: Interview) -> tuple[dict[str, str], dict[str, str]]:
    """Names of all deelnemers of the traject: people mention others than their duo partner too."""
    if not hasattr(interview, "_namen_cache"):
        deelnemers = Deelnemer.objects.filter(traject_id=interview.traject_id).select_related("betrokkene")
        interview._namen_cache = namen_van(deelnemers)
    return interview._namen_cache


def notities_weergave(*, interview: Interview, user, tekst: str | None = None) -> Gepseudonimiseerd:
    """The notes (or ``tekst``) as shown to ``user``: pseudonymised unless they may see names."""
    tekst = interview.notities if tekst is None else tekst
    if mag_namen_zien(user, interview):
        return pseudonimiseer(tekst, {})
    namen, achternamen = _namen(interview)
    return pseudonimiseer(tekst, namen, achternamen)


def citaat_weergave(*, citaat: Citaat, interview: Interview, user, veld: str = "tekst") -> str:
    """A quote's text (or context) as this user may read it in the interview it comes from."""
    return notities_weergave(interview=interview, user=user, tekst=getattr(citaat, veld)).tekst


def citaat_weergaven(*, traject: Traject, user, citaten) -> dict[int, tuple[str, str]]:
    """{citaat pk: (text, context) as this user may see them} for lists of quotes across interviews (the
    quote list, synthesis, exports): names become pseudonyms unless the user is team or the interview's
    moderator. At most two queries, whatever the number of quotes.
    """
    if mag(user, Actie.NAMEN_ZIEN, traject):
        return {c.pk: (c.tekst, c.context) for c in citaten}
    eigen = set()
    if Rol.MODERATOR in rollen(user, traject):
        eigen = set(Interview.objects.filter(traject=traject, moderator=user).values_list("pk", flat=True))
    namen = None
    weergaven = {}
    for citaat in citaten:
        if citaat.interview_id in eigen:
            weergaven[citaat.pk] = (citaat.tekst, citaat.context)
            continue
        if namen is None:
            namen = namen_van(Deelnemer.objects.filter(traject=traject).select_related("betrokkene"))
        weergaven[citaat.pk] = (
            pseudonimiseer(citaat.tekst, *namen).tekst,
            pseudonimiseer(citaat.context, *namen).tekst,
        )
    return weergaven


def citaat_teksten(*, traject: Traject, user, citaten) -> dict[int, str]:
    """{citaat pk: text as this user may see it}; see ``citaat_weergaven``."""
    return {pk: tekst for pk, (tekst, _) in citaat_weergaven(traject=traject, user=user, citaten=citaten).items()}


def zoekterm_zonder_namen(*, traject: Traject, user, q: str) -> str:
    """The search text as this user may use it. For whoever may not see names, deelnemer names in it
    become their pseudonyms (surnames in any case too), so a search cannot reveal which quotes mention
    a person whose name the user happens to know."""
    if not q or mag(user, Actie.NAMEN_ZIEN, traject):
        return q
    namen, achternamen = namen_van(Deelnemer.objects.filter(traject=traject).select_related("betrokkene"))
    return pseudonimiseer(q, {**achternamen, **namen}).tekst


def deelnemer_label(*, deelnemer: Deelnemer, interview: Interview, user) -> str:
    """ "Uitvoering 3" for most; "Uitvoering 3 (Jan Jansen)" for the team and the interview's moderator."""
    if mag_namen_zien(user, interview):
        return f"{deelnemer.pseudoniem} ({deelnemer.betrokkene.naam})"
    return deelnemer.pseudoniem


@dataclass(frozen=True)
class NotitieStuk:
    tekst: str
    citaat_ids: tuple[int, ...]


def notities_met_markeringen(*, weergave: Gepseudonimiseerd, citaten) -> list[NotitieStuk]:
    """Split the displayed notes at quote boundaries, so each anchored quote can be marked."""
    intervallen = []
    for citaat in citaten:
        if citaat.anker == Citaat.Anker.GEWIJZIGD:
            continue
        begin = weergave.naar_weergave(citaat.begin, is_eind=False)
        eind = weergave.naar_weergave(citaat.eind, is_eind=True)
        if eind > begin:
            intervallen.append((begin, eind, citaat.pk))
    grenzen = sorted({0, len(weergave.tekst), *(b for b, _, _ in intervallen), *(e for _, e, _ in intervallen)})
    # One sweep over the boundaries (a quote is open from its begin to its end), not every quote per piece:
    # at 1,000 quotes the nested loop took most of the interview page's second.
    openen, sluiten = defaultdict(list), defaultdict(list)
    for volgnummer, (begin, eind, _) in enumerate(intervallen):
        openen[begin].append(volgnummer)
        sluiten[eind].append(volgnummer)
    open_nu: set[int] = set()
    stukken = []
    for begin, eind in zip(grenzen, grenzen[1:], strict=False):
        open_nu.difference_update(sluiten.get(begin, ()))
        open_nu.update(openen.get(begin, ()))
        ids = tuple(intervallen[i][2] for i in sorted(open_nu))
        stukken.append(NotitieStuk(weergave.tekst[begin:eind], ids))
    return stukken
