"""The timeline: events in a fixed order, and the questions one asks of them.

>>> import timeline
>>> tl = timeline.extract(timeline.read_articles("seeds"))
>>> [e.when.iso() for e in tl.on("2025-01-09")]
['2025-01-09', '2025-01-09']
>>> len(tl.within("2025-01", "2025-12")), len(tl.overlapping("2025-01", "2025-12"))
(4, 6)

Every query returns a new :class:`Timeline`, so they chain:
``tl.with_country("Laos").of_kind("meeting").overlapping("2025-01-01", "2025-01-31")``.
Dates may be :class:`datetime.date` objects or ISO strings; a partial string
stands for all its days (``"2025-01"`` is January 2025).
"""

from __future__ import annotations

import datetime as _dt
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal

import attrs

from timeline._index import IntervalIndex, cut
from timeline.dates import DateRange, Precision, as_date
from timeline.gazetteer import country_of, find_place, fold
from timeline.model import Diagnostic, Event, Kind, Status

__all__ = ["GroupKey", "Timeline"]

DateLike = _dt.date | str
GroupKey = Literal["year", "month", "kind", "status", "country"]


def _tail(event: Event) -> tuple[str, str]:
    # `_value_` is Enum's documented raw value; the `value` property costs a Python call per event.
    return (event.kind._value_, event.title)


def _first_day(value: DateLike) -> _dt.date:
    return DateRange.parse(value).start if isinstance(value, str) else as_date(value)


def _last_day(value: DateLike) -> _dt.date:
    return DateRange.parse(value).end if isinstance(value, str) else as_date(value)


def _sorted(events: Iterable[Event]) -> tuple[Event, ...]:
    """The events by first day, last day, kind, title, then id (then all fields), in passes that each cost little.

    First by the days alone, packed in one integer per event (integers compare
    fast and sit together in memory, where a million events' dates do not);
    then each run of events on the same days by kind and title; and only runs
    still tied by id, which hashes the event's content.
    """
    items = events if isinstance(events, tuple | list) else list(events)
    days = [event.when.start.toordinal() << 22 | event.when.end.toordinal() for event in items]  # ordinals < 2**22
    if _in_order(items, days):
        return tuple(items)
    order = sorted(range(len(items)), key=days.__getitem__)
    ordered = list(map(items.__getitem__, order))
    _sort_runs(ordered, list(map(days.__getitem__, order)), _tail)
    return tuple(ordered)


def _in_order(items: list[Event] | tuple[Event, ...], days: list[int]) -> bool:
    """True if *items* are in the order :func:`_sorted` gives already, as a file this library wrote holds them.

    One pass, O(n): the days must not decrease, and events on the same days
    must not decrease by kind and title, then by id. Sorting (stable) would
    then leave them as they are, so they are returned as given.
    """
    if not all(map(operator.le, days, itertools.islice(days, 1, None))):
        return False
    ties = itertools.compress(range(len(days) - 1), map(operator.eq, days, itertools.islice(days, 1, None)))
    for i in ties:
        first, second = _tail(items[i]), _tail(items[i + 1])
        if first > second or (first == second and _id(items[i]) > _id(items[i + 1])):
            return False
    return True


def _sort_runs(items: list[Event], keys: list[Any], key: Callable[[Event], Any]) -> None:
    """Sort in place, by *key*, each run of *items* whose *keys* are equal; then ties on *key* by id."""
    ends = [*itertools.compress(range(1, len(keys)), map(operator.ne, keys, keys[1:])), len(keys)]
    start = 0
    for end in ends:
        if end - start > 1:
            run = sorted(items[start:end], key=key)
            if key is not _id:
                _sort_runs(run, list(map(key, run)), _id)
            items[start:end] = run
        start = end


def _id(event: Event) -> tuple[str, str]:
    # Events differing only in fields the id leaves out (status, later sources...) still get one order.
    return (event.id, repr(event))


def _diagnostics(values: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(values)


@attrs.frozen
class Timeline:
    """Events in chronological order, with the diagnostics met while making them.

    Date queries use an interval index built on first use (O(n log n)) and
    kept with the timeline; each then costs O(log² n + k) for k events found.
    The other filters look at every event.

    Attributes:
        events: The events, ordered by first day, last day, kind, title and id.
        diagnostics: Problems reported instead of raised (skipped files...).
    """

    events: tuple[Event, ...] = attrs.field(default=(), converter=_sorted)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_diagnostics)
    _index: IntervalIndex | None = attrs.field(init=False, default=None, repr=False, eq=False)

    @classmethod
    def _of(cls, events: tuple[Event, ...], diagnostics: tuple[Diagnostic, ...]) -> Timeline:
        """A timeline of events already in order: no sorting, no checking."""
        timeline = object.__new__(cls)
        object.__setattr__(timeline, "events", events)
        object.__setattr__(timeline, "diagnostics", diagnostics)
        object.__setattr__(timeline, "_index", None)
        return timeline

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def __getitem__(self, index: int) -> Event:
        return self.events[index]

    def _dates(self) -> IntervalIndex:
        """The interval index of the events' days, built once."""
        if self._index is None:
            spans = ((event.when.start.toordinal(), event.when.end.toordinal()) for event in self.events)
            object.__setattr__(self, "_index", IntervalIndex(spans))
        assert self._index is not None  # noqa: S101 - set just above
        return self._index

    # -- by date ------------------------------------------------------------------------

    def overlapping(self, start: DateLike, end: DateLike | None = None) -> Timeline:
        """Events that may have happened in the range: their possible days meet it."""
        first, last = _first_day(start), _last_day(end if end is not None else start)
        if last < first:
            return self._of((), self.diagnostics)
        crossing, low, high = self._dates().overlapping(first.toordinal(), last.toordinal())
        events = self.events
        found = tuple(map(events.__getitem__, crossing)) + events[low:high] if crossing else events[low:high]
        return self._of(found, self.diagnostics)

    def within(self, start: DateLike, end: DateLike | None = None) -> Timeline:
        """Events that certainly happened in the range: all their possible days lie in it."""
        first, last = _first_day(start), _last_day(end if end is not None else start)
        if last < first:
            return self._of((), self.diagnostics)
        return self._of(cut(self.events, self._dates().within(first.toordinal(), last.toordinal())), self.diagnostics)

    def on(self, day: DateLike) -> Timeline:
        """Events known to the day that take place on *day* (a multi-day event counts on each of its days).

        A partial date (``"2025-01"``) stands for all its days. Events known
        only to a week, a month or coarser *may* have happened on the day: ask
        :meth:`overlapping` for those.
        """
        found = self.overlapping(day, day).events
        return self._of(
            tuple(e for e in found if e.when.precision is Precision.DAY and not e.when.approximate), self.diagnostics
        )

    def before(self, day: DateLike) -> Timeline:
        """Events that ended before *day* began."""
        return self._of(cut(self.events, self._dates().before(_first_day(day).toordinal())), self.diagnostics)

    def after(self, day: DateLike) -> Timeline:
        """Events that began after *day* ended."""
        _, high = self._dates().starting(_last_day(day).toordinal(), _last_day(day).toordinal())
        return self._of(self.events[high:], self.diagnostics)

    # -- by who, where, what ----------------------------------------------------------------

    def with_participant(self, name: str) -> Timeline:
        """Events with a participant whose name contains *name* (any case, any diacritics)."""
        wanted = fold(name).split()
        return self._keep(lambda e: any(_contains(fold(p.name).split(), wanted) for p in e.participants))

    def with_country(self, country: str) -> Timeline:
        """Events in *country* or with a participant from it, spelt any way the gazetteer knows ("Lao PDR")."""
        wanted = fold(country_of(country) or country)
        return self._keep(
            lambda e: (
                (e.where is not None and fold(e.where.country or "") == wanted)
                or any(fold(p.country or "") == wanted for p in e.participants)
            )
        )

    def at_place(self, place: str) -> Timeline:
        """Events at *place* (a city, province or country), in any spelling the gazetteer knows."""
        known = find_place(place)
        wanted = {fold(place), fold(known.name)} if known else {fold(place)}
        return self._keep(
            lambda e: e.where is not None and bool(wanted & {fold(e.where.name), fold(e.where.country or "")})
        )

    def of_kind(self, *kinds: Kind | str) -> Timeline:
        """Events of any of *kinds* (``"meeting"`` or :attr:`Kind.MEETING`)."""
        wanted = {Kind(k) for k in kinds}
        return self._keep(lambda e: e.kind in wanted)

    def with_status(self, status: Status | str) -> Timeline:
        """Only reported events, or only planned ones."""
        wanted = Status(status)
        return self._keep(lambda e: e.status is wanted)

    # -- combining ----------------------------------------------------------------------------

    def merge(self, other: Timeline) -> Timeline:
        """Both timelines' events, each event once (by id), and both sets of diagnostics.

        When both hold an event with the same id, this timeline's copy is kept.
        """
        seen = {event.id: event for event in self.events}
        for event in other.events:
            seen.setdefault(event.id, event)
        return Timeline(seen.values(), (*self.diagnostics, *other.diagnostics))

    def group_by(self, key: GroupKey, *, mode: Literal["overlapping", "within"] = "overlapping") -> dict[str, Timeline]:
        """The events in groups, each a timeline, keyed in order (see ``docs/queries.md``).

        ``"year"`` and ``"month"`` key by ``2025`` and ``2025-01``. With
        ``mode="overlapping"`` an event goes in every year or month its possible
        days meet (a 2025-2029 plan is in five years); with ``mode="within"``
        only in the one that holds all its days, and longer events in none.
        ``"kind"`` and ``"status"`` key by their JSON values; ``"country"`` by
        each country of the place and participants (an event with none is in
        no group). Every group keeps this timeline's diagnostics.
        """
        keys_of = _GROUPERS.get(key)
        if keys_of is None or mode not in {"overlapping", "within"}:
            raise ValueError(
                f"cannot group by {key!r} in mode {mode!r}: use {', '.join(_GROUPERS)}; overlapping or within"
            )
        groups: dict[str, list[Event]] = {}
        for event in self.events:
            for name in keys_of(event, mode):
                groups.setdefault(name, []).append(event)
        return {name: self._of(tuple(groups[name]), self.diagnostics) for name in sorted(groups)}

    def _keep(self, test: Callable[[Event], bool]) -> Timeline:
        return self._of(tuple(filter(test, self.events)), self.diagnostics)


def _years(event: Event, mode: str) -> list[str]:
    first, last = event.when.start.year, event.when.end.year
    if mode == "within":
        return [f"{first:04}"] if first == last else []
    return [f"{year:04}" for year in range(first, last + 1)]


def _months(event: Event, mode: str) -> list[str]:
    first = event.when.start.year * 12 + event.when.start.month - 1
    last = event.when.end.year * 12 + event.when.end.month - 1
    if mode == "within" and first != last:
        return []
    return [f"{month // 12:04}-{month % 12 + 1:02}" for month in range(first, last + 1)]


def _countries(event: Event, _mode: str) -> list[str]:
    names = [event.where.country] if event.where is not None else []
    names += (person.country for person in event.participants)
    return list(dict.fromkeys(name for name in names if name))


_GROUPERS: dict[str, Callable[[Event, str], list[str]]] = {
    "year": _years,
    "month": _months,
    "kind": lambda event, _mode: [event.kind.value],
    "status": lambda event, _mode: [event.status.value],
    "country": _countries,
}


def _contains(words: list[str], wanted: list[str]) -> bool:
    """True when *wanted* appears in *words* as a run of whole words."""
    size = len(wanted)
    return any(words[i : i + size] == wanted for i in range(len(words) - size + 1))
