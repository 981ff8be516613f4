"""Pagination that stays cheap on the last page of 100,000 rows.

Django's Paginator slices the full queryset: ``OFFSET 99975`` with every join and annotation of the
page, for every row it skips. ``IdsEerstPaginator`` pages over light, ordered querysets of ids only and
loads the full rows (joins, prefetches, counts) for the ids of one page. Past the middle of a segment it
walks the ordering backwards, so the last page skips few rows instead of almost all of them.

Several querysets (segments) are shown one after the other: "not yet reviewed" before "reviewed", each
in index order, instead of one ORDER BY on a computed column that sorts every row. Each ordering must be
total (end with the primary key), or rows could repeat or go missing between pages.
"""

import operator
from collections.abc import Callable, Iterable
from functools import cached_property, reduce

from django.core.paginator import Paginator
from django.db.models import Q


class IdsEerstPaginator(Paginator):
    """``object_list``: one filtered, totally ordered queryset, or a list of them (segments);
    ``laden(filter)``: the page's full objects in display order, for ``filter``, a ``Q`` on the page's
    ids. The ids are subqueries (``id IN (SELECT id … LIMIT 25 OFFSET n)``): one query for the rows."""

    def __init__(self, object_list, per_page, *, laden: Callable[[Q], Iterable], hoogstens=None, **kwargs):
        self.segmenten = list(object_list) if isinstance(object_list, list | tuple) else [object_list]
        super().__init__(self.segmenten[0], per_page, **kwargs)
        self.laden = laden
        # Optional: count (and page through) no more than this many rows, so counting stops early in a
        # work queue of 100,000 rows. ``ingekort`` says whether there were more.
        self.hoogstens = hoogstens

    @cached_property
    def aantallen(self) -> list[int]:
        if self.hoogstens is None:
            return [segment.count() for segment in self.segmenten]
        aantallen, over = [], self.hoogstens + 1
        for segment in self.segmenten:
            aantallen.append(segment[:over].count() if over > 0 else 0)
            over -= aantallen[-1]
        return aantallen

    @cached_property
    def ingekort(self) -> bool:
        return self.hoogstens is not None and sum(self.aantallen) > self.hoogstens

    @cached_property
    def count(self) -> int:
        totaal = sum(self.aantallen)
        return min(totaal, self.hoogstens) if self.hoogstens is not None else totaal

    def page(self, number):
        number = self.validate_number(number)
        onder = (number - 1) * self.per_page
        boven = min(onder + self.per_page, self.count)
        filters = self._ids(onder, boven)
        objecten = list(self.laden(reduce(operator.or_, filters))) if filters else []
        return self._get_page(objecten, number, self)

    def _ids(self, onder: int, boven: int) -> list[Q]:
        uit, start = [], 0
        for segment, aantal in zip(self.segmenten, self.aantallen, strict=True):
            van, tot = max(onder - start, 0), min(boven - start, aantal)
            if van < tot:
                uit.append(Q(pk__in=_ids_van(segment, aantal, van, tot)))
            start += aantal
        return uit


def _ids_van(segment, aantal: int, van: int, tot: int):
    """Rows van..tot of the segment, as a subquery of ids."""
    if van > aantal // 2:
        # From the end: rows aantal-tot .. aantal-van of the reversed ordering (the same set of rows).
        return segment.reverse().values("pk")[aantal - tot : aantal - van]
    return segment.values("pk")[van:tot]
