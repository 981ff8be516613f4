"""Names in free text, per traject: the one place that decides what a reader sees.

Every page, htmx partial, search, memo, export, PDF and e-mail that shows text typed by people
(notes, quotes, contexts, memos) goes through ``tekst_voor`` / ``weergave_voor`` here. Who may read
names: the visieleerteam, and the moderator of the interview the text comes from. Everyone else
reads pseudonyms ("Uitvoering 3") for deelnemers and ``[label]`` for the traject's other names.

The matcher (``interviews.pseudoniemen.Matcher``) is built once per traject and kept in a small
per-process LRU, keyed by traject id and a version token in the shared cache. Saving or deleting a
betrokkene, deelnemer or other name changes the token (signals below, so every path counts: the
services, the admin, retention), and every process then builds the matcher anew on its next use.
"""

import uuid
from functools import lru_cache

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from interviews.pseudoniemen import Matcher, naamkandidaten
from interviews.tekst import Gepseudonimiseerd
from visieleren.permissions import Actie, is_moderator_van, is_team, mag

_VERSIE = "namen-versie:{}"


def namen_van_traject(traject_id: int) -> list[tuple[str, str]]:
    """(name, replacement) of every deelnemer and other name of the traject."""
    from interviews.models import AndereNaam, Deelnemer

    deelnemers = Deelnemer.objects.filter(traject_id=traject_id).values_list("betrokkene__naam", "pseudoniem")
    andere = [(a.naam, a.vervanging) for a in AndereNaam.objects.filter(traject_id=traject_id)]
    return [*deelnemers, *andere]


@lru_cache(maxsize=64)
def _matcher(traject_id: int, versie: str) -> Matcher:
    return Matcher(namen_van_traject(traject_id))


def _versie(traject_id: int) -> str | None:
    sleutel = _VERSIE.format(traject_id)
    versie = cache.get(sleutel)
    if versie is None:
        cache.add(sleutel, uuid.uuid4().hex, None)
        versie = cache.get(sleutel)
    return versie


def matcher_voor(traject_id: int) -> Matcher:
    """The traject's matcher, built once per version; without a working cache, built every time."""
    versie = _versie(traject_id)
    if versie is None:
        return Matcher(namen_van_traject(traject_id))
    return _matcher(traject_id, versie)


def namen_gewijzigd(traject_id: int) -> None:
    """Deelnemers or other names of this traject changed: every process rebuilds its matcher."""
    cache.set(_VERSIE.format(traject_id), uuid.uuid4().hex, None)


@receiver(post_save, sender="trajecten.Traject")
def _nieuw_traject(sender, instance, created, **kwargs):
    """A new traject may get the id of a removed one (SQLite): never reuse that one's matcher."""
    if created:
        namen_gewijzigd(instance.pk)


@receiver([post_save, post_delete], sender="trajecten.Betrokkene")
@receiver([post_save, post_delete], sender="interviews.Deelnemer")
@receiver([post_save, post_delete], sender="interviews.AndereNaam")
def _bij_wijziging(sender, instance, **kwargs):
    namen_gewijzigd(instance.traject_id)
    # Another process may rebuild between now and the commit with the old names: once more after it.
    transaction.on_commit(lambda: namen_gewijzigd(instance.traject_id))


# ---- Who reads names --------------------------------------------------------------------------


def mag_namen_lezen(user, traject, interview=None) -> bool:
    """The team; and the moderator of ``interview`` for text from that interview."""
    return mag(user, Actie.NAMEN_ZIEN, traject) or (interview is not None and is_moderator_van(user, interview))


def weergave_voor(*, tekst: str, traject, user, interview=None) -> Gepseudonimiseerd:
    """``tekst`` as ``user`` may read it, with the offset map back to the stored text."""
    if mag_namen_lezen(user, traject, interview):
        return Matcher().pseudonimiseer(tekst)
    return matcher_voor(traject.pk).pseudonimiseer(tekst)


def tekst_voor(*, tekst: str, traject, user, interview=None) -> str:
    if not tekst or mag_namen_lezen(user, traject, interview):
        return tekst
    return matcher_voor(traject.pk).vervang(tekst)


def zonder_namen(*, tekst: str, traject) -> str:
    """For text that leaves the team or outlives the names (retention, outputs): always replaced."""
    return matcher_voor(traject.pk).vervang(tekst) if tekst else tekst


def noemt_naam(*, tekst: str, traject) -> bool:
    """Does ``tekst`` (a search term) contain any spelling of a name of this traject?"""
    return matcher_voor(traject.pk).noemt_naam(tekst)


# ---- Other names -----------------------------------------------------------------------------------


def andere_namen_van(*, interview, user):
    """The team sees the traject's whole list; a moderator the names added at this interview."""
    from interviews.models import AndereNaam

    namen = AndereNaam.objects.filter(traject=interview.traject_id)
    return namen if is_team(user) else namen.filter(interview=interview)


def naamkandidaten_in(interview) -> list[str]:
    """Words in the notes that look like names of people who are not known yet: a suggestion."""
    if not interview.notities:
        return []
    return naamkandidaten(interview.notities, matcher_voor(interview.traject_id))
