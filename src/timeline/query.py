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

import bisect
import datetime as _dt
from collections.abc import Callable, Iterable, Iterator

import attrs

from timeline.dates import DateRange, Precision, as_date
from timeline.gazetteer import find_place, fold
from timeline.model import Diagnostic, Event, Kind, Status

__all__ = ["Timeline"]

DateLike = _dt.date | str


def _order(event: Event) -> tuple[object, ...]:
    """Chronological by first day, then last day, kind, title, and the id to break ties."""
    return (event.when.start, event.when.end, event.kind.value, event.title, event.id)


def _first_day(value: DateLike) -> _dt.date:
    return DateRange.parse(value).start if isinstance(value, str) else as_date(value)


def _last_day(value: DateLike) -> _dt.date:
    return DateRange.parse(value).end if isinstance(value, str) else as_date(value)


def _sorted(events: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(sorted(events, key=_order))


def _diagnostics(values: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(values)


@attrs.frozen
class Timeline:
    """Events in chronological order, with the diagnostics met while making them.

    Attributes:
        events: The events, ordered by first day, last day, kind and title.
        diagnostics: Problems reported instead of raised (skipped files...).
    """

    events: tuple[Event, ...] = attrs.field(default=(), converter=_sorted)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_diagnostics)
    _starts: tuple[_dt.date, ...] = attrs.field(init=False, repr=False, eq=False)
    _longest: int = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(event.when.start for event in self.events))
        object.__setattr__(self, "_longest", max((event.when.days for event in self.events), default=0))

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def __getitem__(self, index: int) -> Event:
        return self.events[index]

    # -- by date ------------------------------------------------------------------------

    def overlapping(self, start: DateLike, end: DateLike | None = None) -> Timeline:
        """Events that may have happened in the range: their possible days meet it."""
        first, last = _first_day(start), _last_day(end if end is not None else start)
        return self._keep(lambda e: e.when.start <= last and first <= e.when.end, first, last)

    def within(self, start: DateLike, end: DateLike | None = None) -> Timeline:
        """Events that certainly happened in the range: all their possible days lie in it."""
        first, last = _first_day(start), _last_day(end if end is not None else start)
        return self._keep(lambda e: first <= e.when.start and e.when.end <= last, first, last)

    def on(self, day: DateLike) -> Timeline:
        """Events known to the day that take place on *day* (a multi-day event counts on each of its days).

        A partial date (``"2025-01"``) stands for all its days. Events known
        only to a week, a month or coarser *may* have happened on the day: ask
        :meth:`overlapping` for those.
        """
        first, last = _first_day(day), _last_day(day)
        return self._keep(
            lambda e: (
                e.when.precision is Precision.DAY
                and not e.when.approximate
                and e.when.start <= last
                and first <= e.when.end
            ),
            first,
            last,
        )

    def before(self, day: DateLike) -> Timeline:
        """Events that ended before *day* began."""
        first = _first_day(day)
        return self._keep(lambda e: e.when.end < first)

    def after(self, day: DateLike) -> Timeline:
        """Events that began after *day* ended."""
        last = _last_day(day)
        return self._keep(lambda e: e.when.start > last)

    # -- by who, where, what ----------------------------------------------------------------

    def with_participant(self, name: str) -> Timeline:
        """Events with a participant whose name contains *name* (any case, any diacritics)."""
        wanted = fold(name).split()
        return self._keep(lambda e: any(_contains(fold(p.name).split(), wanted) for p in e.participants))

    def with_country(self, country: str) -> Timeline:
        """Events in *country* or with a participant from it."""
        wanted = fold(country)
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
        """Both timelines' events, each event once (by id), and both sets of diagnostics."""
        seen = {event.id: event for event in self.events}
        for event in other.events:
            seen.setdefault(event.id, event)
        return Timeline(seen.values(), (*self.diagnostics, *other.diagnostics))

    def _keep(
        self, test: Callable[[Event], bool], first: _dt.date | None = None, last: _dt.date | None = None
    ) -> Timeline:
        candidates = self.events
        if last is not None and first is not None:
            # Only events starting by `last`, and not so early that even the longest ends before `first`.
            low = bisect.bisect_left(self._starts, first - _dt.timedelta(days=self._longest))
            high = bisect.bisect_right(self._starts, last)
            candidates = self.events[low:high]
        return Timeline(tuple(e for e in candidates if test(e)), self.diagnostics)


def _contains(words: list[str], wanted: list[str]) -> bool:
    """True when *wanted* appears in *words* as a run of whole words."""
    size = len(wanted)
    return any(words[i : i + size] == wanted for i in range(len(words) - size + 1))
