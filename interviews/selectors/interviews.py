"""Reads of Luisteren with the joins they need, and the notes as a given user may see them.

Names of deelnemers are for the visieleerteam and the moderator of the interview only; everyone else
gets notes and quotes with names replaced by pseudonyms (``notities_weergave``, ``citaat_weergave``).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404

from interviews import privacy
from interviews.models import Citaat, Deelnemer, Interview, Memo
from interviews.tekst import Gepseudonimiseerd
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


# The order of the notes; total (ends with pk), so a page of the quote table is always the same.
CITAAT_IN_INTERVIEW = ("begin", "pk")


def interview_detail(*, traject: Traject, pk: int) -> Interview:
    """One interview of this traject; an interview of another traject is a 404, like the traject."""
    return get_object_or_404(
        Interview.objects.select_related(
            "traject", "deelnemer_a__betrokkene", "deelnemer_b__betrokkene", "moderator"
        ).prefetch_related(
            Prefetch(
                "citaten",
                queryset=Citaat.objects.select_related("spreker", "gemaakt_door").order_by(*CITAAT_IN_INTERVIEW),
            )
        ),
        traject=traject,
        pk=pk,
    )


def citaat_positie(*, citaat: Citaat) -> int:
    """How many quotes of its interview come before this one on the interview page (0 for the first)."""
    return (
        Citaat.objects.filter(interview_id=citaat.interview_id)
        .filter(Q(begin__lt=citaat.begin) | Q(begin=citaat.begin, pk__lt=citaat.pk))
        .count()
    )


def zelfde_perspectief(interview: Interview) -> bool:
    return interview.deelnemer_a.perspectief == interview.deelnemer_b.perspectief


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


# ---- Notes, quotes and memos as this user may see them (the rules: interviews/privacy.py) ------------


def notities_weergave(*, interview: Interview, user, tekst: str | None = None) -> Gepseudonimiseerd:
    """The notes (or ``tekst``) as shown to ``user``: pseudonymised unless they may see names."""
    tekst = interview.notities if tekst is None else tekst
    return privacy.weergave_voor(tekst=tekst, traject=interview.traject, user=user, interview=interview)


def citaat_weergaven_in_interview(*, interview: Interview, user, citaten) -> dict[int, tuple[str, str]]:
    """{citaat pk: (text, context) as this user may read them} for quotes of one interview (its page):
    the same rule as ``citaat_weergave``, with the traject's matcher looked up once for the whole table
    instead of once per text."""
    if privacy.mag_namen_lezen(user, interview.traject, interview):
        return {c.pk: (c.tekst, c.context) for c in citaten}
    matcher = privacy.matcher_voor(interview.traject_id)
    return {c.pk: (matcher.vervang(c.tekst), matcher.vervang(c.context) if c.context else c.context) for c in citaten}


def citaat_weergaven(*, traject: Traject, user, citaten) -> dict[int, tuple[str, str]]:
    """{citaat pk: (text, context) as this user may see them} for lists of quotes across interviews (the
    quote list, synthesis, exports): names become pseudonyms unless the user is team or the interview's
    moderator. At most one query, whatever the number of quotes (the matcher is cached per traject).
    """
    if mag(user, Actie.NAMEN_ZIEN, traject):
        return {c.pk: (c.tekst, c.context) for c in citaten}
    eigen = set()
    if Rol.MODERATOR in rollen(user, traject):
        eigen = set(Interview.objects.filter(traject=traject, moderator=user).values_list("pk", flat=True))
    matcher = privacy.matcher_voor(traject.pk)
    return {
        c.pk: (c.tekst, c.context)
        if c.interview_id in eigen
        else (matcher.vervang(c.tekst), matcher.vervang(c.context))
        for c in citaten
    }


def citaat_teksten(*, traject: Traject, user, citaten) -> dict[int, str]:
    """{citaat pk: text as this user may see it}; see ``citaat_weergaven``."""
    return {pk: tekst for pk, (tekst, _) in citaat_weergaven(traject=traject, user=user, citaten=citaten).items()}


def zoekterm_mag(*, traject: Traject, user, q: str) -> bool:
    """May this user search for ``q``? Not if it names a deelnemer or other name of the traject in any
    spelling (accents, case, Ĳ) while the user may not see names: such a search would tell which
    quotes mention a person whose name the user happens to know, so it finds nothing."""
    return not q or mag(user, Actie.NAMEN_ZIEN, traject) or not privacy.noemt_naam(tekst=q, traject=traject)


def memo_weergaven(*, memos, user) -> list[Memo]:
    """Set ``memo.weergave``: the memo as this user may read it (names replaced unless team, or the
    moderator of the interview the memo is about). Memos without a traject are the team's."""
    memos = list(memos)
    for memo in memos:
        interview = memo.interview or (memo.citaat.interview if memo.citaat_id else None)
        if memo.traject_id is None:
            memo.weergave = memo.tekst
        else:
            memo.weergave = privacy.tekst_voor(tekst=memo.tekst, traject=memo.traject, user=user, interview=interview)
    return memos


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


def zonder_aantekeningen_per_traject(trajecten, *, moderator) -> dict[int, int]:
    """{traject id: duo-interviews this moderator leads that have no notes yet} (not the ones retention emptied)."""
    rijen = (
        Interview.objects.filter(traject__in=trajecten, moderator=moderator, notities="")
        .filter(notities_verwijderd_op__isnull=True)
        .values("traject")
        .annotate(aantal=Count("pk"))
        .order_by()
    )
    return {rij["traject"]: rij["aantal"] for rij in rijen}
