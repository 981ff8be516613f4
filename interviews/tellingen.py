"""Counts that read a whole traject or every tagging, counted once, kept in the cache and forgotten when
the data under them changes.

- Untagged quotes per traject: NOT EXISTS reads every quote of the traject and probes the taggings for
  each (0.3–0.5 s at 100,000 quotes), on the quote list and for every traject on "Mijn trajecten".
- Active taggings per code (the codebook): one aggregate over the partial index of a million active
  taggings (~0.2 s).
- A version per traject (``versies``): a token that changes whenever a quote, tagging or deelnemer of
  the traject changes, for counts that other parts keep per traject under it (the uitgangspunten of
  the rode draden).

The receivers below drop the counts after the transaction that changed quotes or taggings commits (any
write through the ORM: services, admin, demo data, cascades), so the next view counts again and the
others read the cache. A traject's entry carries the traject's creation time, so a reused id never
inherits an old count.
"""

from uuid import uuid4

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from interviews.models import Citaat, Deelnemer, Interview, Tagging
from interviews.selectors.codeboek import actieve_taggings_per_code, citaten_ongetagd_per_traject

BEWAARTIJD = 24 * 3600
CODES_SLEUTEL = "taggings-per-code:v1"


def _sleutel(traject_id: int) -> str:
    return f"ongetagd:v1:{traject_id}"


def _stempel(traject) -> str:
    return traject.aangemaakt_op.isoformat()


def ongetagd_aantallen(trajecten) -> dict[int, int]:
    """{traject id: untagged quotes} for these trajecten: from the cache, the missing ones in one query."""
    trajecten = list(trajecten)
    bewaard = cache.get_many([_sleutel(t.pk) for t in trajecten])
    uit, missend = {}, []
    for traject in trajecten:
        waarde = bewaard.get(_sleutel(traject.pk))
        if waarde is not None and waarde[0] == _stempel(traject):
            uit[traject.pk] = waarde[1]
        else:
            missend.append(traject)
    if missend:
        geteld = citaten_ongetagd_per_traject([t.pk for t in missend])
        nieuw = {t.pk: geteld.get(t.pk, 0) for t in missend}
        cache.set_many({_sleutel(t.pk): (_stempel(t), nieuw[t.pk]) for t in missend}, BEWAARTIJD)
        uit.update(nieuw)
    return uit


def ongetagd_aantal(traject) -> int:
    return ongetagd_aantallen([traject])[traject.pk]


def taggings_per_code() -> dict[int, int]:
    """{code id: active taggings} for the codebook, from the cache when no tagging changed since."""
    aantallen = cache.get(CODES_SLEUTEL)
    if aantallen is None:
        aantallen = actieve_taggings_per_code()
        cache.set(CODES_SLEUTEL, aantallen, BEWAARTIJD)
    return aantallen


def _versie_sleutel(traject_id: int) -> str:
    return f"traject-versie:v1:{traject_id}"


def versies(trajecten) -> dict[int, str]:
    """{traject id: a token for the current state of its quotes, taggings and deelnemers}: cache what
    you count from a traject under this token, and a change (the receivers below) makes it unreachable.
    The token carries the traject's creation time, so a reused id never finds an old count."""
    trajecten = list(trajecten)
    bewaard = cache.get_many([_versie_sleutel(t.pk) for t in trajecten])
    nieuw = {_versie_sleutel(t.pk): uuid4().hex for t in trajecten if _versie_sleutel(t.pk) not in bewaard}
    if nieuw:
        cache.set_many(nieuw, BEWAARTIJD)
    tokens = {**bewaard, **nieuw}
    return {t.pk: f"{_stempel(t)}:{tokens[_versie_sleutel(t.pk)]}" for t in trajecten}


def vergeet_versie(traject_id: int | None) -> None:
    """A new version for the traject once the current transaction commits (at once outside one)."""
    if traject_id is not None:
        transaction.on_commit(lambda: cache.delete(_versie_sleutel(traject_id)))


def vergeet(traject_id: int | None) -> None:
    """Drop the traject's count and version once the current transaction commits (at once outside one)."""
    if traject_id is not None:
        transaction.on_commit(lambda: cache.delete_many([_sleutel(traject_id), _versie_sleutel(traject_id)]))


def vergeet_na_bulk(traject_ids) -> None:
    """After writes that send no signals (``bulk_create``, ``update``: the demo data): drop the counts
    and versions of these trajecten and the codebook's counts."""
    sleutels = [sleutel for pk in traject_ids for sleutel in (_sleutel(pk), _versie_sleutel(pk))]
    transaction.on_commit(lambda: cache.delete_many([CODES_SLEUTEL, *sleutels]))


def _na_tagging(sender, instance, raw=False, **kwargs):
    if raw:
        return
    transaction.on_commit(lambda: cache.delete(CODES_SLEUTEL))
    vergeet(Citaat.objects.filter(pk=instance.citaat_id).values_list("interview__traject_id", flat=True).first())


def _na_citaat(sender, instance, raw=False, **kwargs):
    if raw:
        return
    bewerkt = kwargs.get("created") is False
    velden = kwargs.get("update_fields")
    if bewerkt and velden is not None and "spreker" not in velden:
        return  # an edit of text, position or release changes no count
    traject_id = Interview.objects.filter(pk=instance.interview_id).values_list("traject_id", flat=True).first()
    # A new or deleted quote changes the untagged count; another speaker only what is counted per speaker.
    (vergeet_versie if bewerkt else vergeet)(traject_id)


def _na_deelnemer(sender, instance, raw=False, **kwargs):
    if not raw:
        vergeet_versie(instance.traject_id)  # perspective or consent: what is counted per speaker


def _na_interview(sender, instance, **kwargs):
    vergeet(instance.traject_id)


def verbind() -> None:
    """Connect the receivers (from ``InterviewsConfig.ready``)."""
    post_save.connect(_na_tagging, sender=Tagging, dispatch_uid="ongetagd_tagging_save")
    post_delete.connect(_na_tagging, sender=Tagging, dispatch_uid="ongetagd_tagging_delete")
    post_save.connect(_na_citaat, sender=Citaat, dispatch_uid="ongetagd_citaat_save")
    post_delete.connect(_na_citaat, sender=Citaat, dispatch_uid="ongetagd_citaat_delete")
    post_delete.connect(_na_interview, sender=Interview, dispatch_uid="ongetagd_interview_delete")
    post_save.connect(_na_deelnemer, sender=Deelnemer, dispatch_uid="versie_deelnemer_save")
    post_delete.connect(_na_deelnemer, sender=Deelnemer, dispatch_uid="versie_deelnemer_delete")
