"""The interval index behind :class:`~timeline.query.Timeline`'s date queries.

Days are proleptic Gregorian ordinals (``date.toordinal()``); an event covers
the days ``start..end`` inclusive. The events are already in the timeline's
order, which sorts by first day, so the index keeps:

- ``starts`` and ``ends``: every event's first and last day, in that order,
  as compact arrays. Events *starting* in a range are one bisected slice.
- a centred interval tree of the events longer than a day, answering "which
  events cross the boundary between day ``x - 1`` and day ``x``" (start
  ``< x <=`` end). Each node keeps the events crossing its centre twice, by
  first day and by last day, so the hits at a node are one bisected slice.

Then, for a range ``first..last``::

    overlapping = crossing(first) + events starting in first..last
    before      = events starting before first - crossing(first)
    after       = events starting after last
    within      = events starting in first..last - crossing(last + 1)

Building is O(n log n) (one sort of the long events by their midpoint, then a
linear split per tree level); a query is O(log² n + k): one bisection per tree
level, then slices. The few hits that come from the tree are sorted back into
timeline order (k log k, in C); everything else is a slice. Memory is a few
machine words per event, in :mod:`array` arrays rather than Python ints.

Written by hand: ``intervaltree`` answers the same questions but, on a million
events, 280 to 2,000 times slower per query and 70 times slower to build (see
``benchmarks/bench_query.py``), and it keeps an object per interval.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
from collections.abc import Iterable, Sequence
from typing import TypeVar

__all__ = ["IntervalIndex", "cut"]

T = TypeVar("T")


class IntervalIndex:
    """Positions of intervals, answered by slices. Build once, query often.

    Args:
        spans: ``(first, last)`` day ordinals of each interval, in order of
            ``first`` (ties in any order); positions are indexes into it.
    """

    __slots__ = ("_center", "_e_idx", "_e_keys", "_left", "_offset", "_right", "_s_idx", "_s_keys", "ends", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts = array("q")
        self.ends = array("q")
        for first, last in spans:
            self.starts.append(first)
            self.ends.append(last)
        # The tree, flattened: node n has centre _center[n], its events at
        # _offset[n]:_offset[n + 1] of the four pooled arrays, children or -1.
        self._center = array("q")
        self._offset = array("q", [0])
        self._left = array("q")
        self._right = array("q")
        self._s_keys, self._s_idx = array("q"), array("q")
        self._e_keys, self._e_idx = array("q"), array("q")
        long = [i for i in range(len(self.starts)) if self.ends[i] > self.starts[i]]
        long.sort(key=lambda i: self.starts[i] + self.ends[i] + 1)  # by midpoint, half-open
        if long:
            self._build(long)

    def __len__(self) -> int:
        return len(self.starts)

    def _build(self, by_middle: list[int]) -> int:
        """Add the subtree of *by_middle* (positions sorted by midpoint); return its node number."""
        starts, ends = self.starts, self.ends
        median = by_middle[len(by_middle) // 2]
        # Half-open day intervals [start, end + 1); the integer midpoint lies strictly inside,
        # so the median's own interval crosses the centre and every level makes progress.
        center = (starts[median] + ends[median] + 1) // 2
        here, lower, upper = [], [], []
        for i in by_middle:
            if ends[i] + 1 <= center:
                lower.append(i)
            elif starts[i] >= center:
                upper.append(i)
            else:
                here.append(i)
        node = len(self._center)
        self._center.append(center)
        self._left.append(-1)
        self._right.append(-1)
        here.sort()  # timeline order, hence by first day
        self._s_idx.extend(here)
        self._s_keys.extend(starts[i] for i in here)
        here.sort(key=lambda i: ends[i])
        self._e_idx.extend(here)
        self._e_keys.extend(ends[i] for i in here)
        self._offset.append(len(self._s_idx))
        # Children come after the parent's events in the pools; their offsets are their own.
        if lower:
            self._left[node] = self._build(lower)
        if upper:
            self._right[node] = self._build(upper)
        return node

    @property
    def depth(self) -> int:
        """How many levels the tree has (0 when no interval is longer than a day)."""
        deepest, level = 0, [0] if self._center else []
        while level:
            deepest += 1
            level = [child for node in level for child in (self._left[node], self._right[node]) if child >= 0]
        return deepest

    # -- questions ------------------------------------------------------------------------

    def crossing(self, day: int) -> list[int]:
        """Positions of the intervals that start before *day* and end on or after it, unsorted."""
        found: list[int] = []
        node = 0 if self._center else -1
        while node >= 0:
            center, low, high = self._center[node], self._offset[node], self._offset[node + 1]
            # The boundary is "just before day": an interval crosses it when start < day <= end.
            if day < center:
                found += self._s_idx[low : bisect.bisect_left(self._s_keys, day, low, high)]
                node = self._left[node]
            elif day > center:
                found += self._e_idx[bisect.bisect_left(self._e_keys, day, low, high) : high]
                node = self._right[node]
            else:
                found += self._s_idx[low:high]
                break
        return found

    def starting(self, first: int, last: int) -> tuple[int, int]:
        """The positions ``low:high`` of the intervals that start from *first* to *last*."""
        return bisect.bisect_left(self.starts, first), bisect.bisect_right(self.starts, last)

    def overlapping(self, first: int, last: int) -> tuple[list[int], int, int]:
        """Intervals meeting *first..last*: sorted positions before ``low``, then all of ``low:high``."""
        low, high = self.starting(first, last)
        return sorted(self.crossing(first)), low, high

    def before(self, first: int) -> list[tuple[int, int]]:
        """Runs of positions ``(low, high)`` of the intervals that end before *first*."""
        low, _ = self.starting(first, first)
        return _runs_without(0, low, sorted(self.crossing(first)))

    def within(self, first: int, last: int) -> list[tuple[int, int]]:
        """Runs of positions of the intervals that lie in *first..last*."""
        low, high = self.starting(first, last)
        crossing = sorted(self.crossing(last + 1))
        return _runs_without(low, high, crossing[bisect.bisect_left(crossing, low) :])


def _runs_without(low: int, high: int, holes: Sequence[int]) -> list[tuple[int, int]]:
    """The runs of ``low:high`` left when the sorted positions *holes* are taken out."""
    runs = []
    for hole in holes:
        if hole >= high:
            break
        if hole > low:
            runs.append((low, hole))
        low = max(low, hole + 1)
    if high > low:
        runs.append((low, high))
    return runs


def cut(items: tuple[T, ...], runs: Sequence[tuple[int, int]]) -> tuple[T, ...]:
    """The items in *runs* of positions, as one tuple (each run a slice, joined in C)."""
    if len(runs) == 1:
        low, high = runs[0]
        return items[low:high]
    return tuple(itertools.chain.from_iterable(items[low:high] for low, high in runs))
