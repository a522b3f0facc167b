"""The interval index answers date queries exactly as a scan of every event would, in timeline order."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from strategies import crowded_timelines, tied_events, windows
from timeline import query
from timeline._index import IntervalIndex

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 40)).map(lambda s: (s[0], s[0] + s[1])), max_size=60).map(
    sorted
)


@settings(deadline=None)
@given(spans, st.integers(-5, 110), st.integers(0, 30))
def test_index_matches_a_scan(intervals: list[tuple[int, int]], first: int, length: int) -> None:
    """Every question the index answers equals checking every interval, positions in order."""
    index = IntervalIndex(intervals)
    last = first + length
    crossing, low, high = index.overlapping(first, last)
    assert [i for i, (a, b) in enumerate(intervals) if a <= last and first <= b] == [*crossing, *range(low, high)]
    assert sorted(index.crossing(first)) == [i for i, (a, b) in enumerate(intervals) if a < first <= b]
    positions = [i for low, high in index.within(first, last) for i in range(low, high)]
    assert positions == [i for i, (a, b) in enumerate(intervals) if first <= a and b <= last]
    positions = [i for low, high in index.before(first) for i in range(low, high)]
    assert positions == [i for i, (a, b) in enumerate(intervals) if b < first]


def test_the_tree_stays_shallow() -> None:
    """Ten thousand nested periods make a tree about log2(n) deep, not n."""
    index = IntervalIndex((day, 20_000 - day) for day in range(10_000))
    assert len(index.crossing(10_000)) == 10_000
    assert len(index.crossing(5_000)) == 5_000
    assert index.depth == 1  # they all cross one centre
    staggered = IntervalIndex((2 * i, 2 * i + 3) for i in range(10_000))
    assert staggered.depth <= 15  # log2(10000) is 13.3
    assert sorted(staggered.crossing(5_001)) == [2_499, 2_500]


@settings(max_examples=80, deadline=None)
@given(crowded_timelines(), windows())
def test_timeline_date_queries_match_a_scan(calendar: timeline.Timeline, window: tuple[dt.date, dt.date]) -> None:
    """overlapping, within, on, before and after equal a plain filter over the events, in the same order."""
    first, last = window
    events = calendar.events
    assert [e for e in events if e.when.start <= last and first <= e.when.end] == list(calendar.overlapping(*window))
    assert [e for e in events if first <= e.when.start and e.when.end <= last] == list(calendar.within(*window))
    assert [e for e in events if e.when.end < first] == list(calendar.before(first))
    assert [e for e in events if e.when.start > last] == list(calendar.after(last))
    exact = [e for e in events if e.when.precision is timeline.Precision.DAY and not e.when.approximate]
    assert [e for e in exact if e.when.start <= first <= e.when.end] == list(calendar.on(first))


@settings(max_examples=30, deadline=None)
@given(crowded_timelines(), windows(), windows())
def test_queries_chain(
    calendar: timeline.Timeline, outer: tuple[dt.date, dt.date], inner: tuple[dt.date, dt.date]
) -> None:
    """A query of a query's result is the same as filtering twice: the result's own index is right."""
    narrowed = calendar.overlapping(*outer)
    expected = [e for e in narrowed if e.when.start <= inner[1] and inner[0] <= e.when.end]
    assert expected == list(narrowed.overlapping(*inner))
    assert narrowed.within(*inner) == calendar.overlapping(*outer).within(*inner)


def test_results_are_timelines_equal_to_fresh_ones(seed_timeline: timeline.Timeline) -> None:
    """A query's result compares equal to a timeline built from the same events."""
    found = seed_timeline.overlapping("2025-01")
    assert found == timeline.Timeline(list(found), seed_timeline.diagnostics)


def test_an_empty_or_reversed_range_finds_nothing(seed_timeline: timeline.Timeline) -> None:
    """A range that ends before it starts is empty, as is any query on an empty timeline."""
    assert len(seed_timeline.overlapping("2025-03", "2025-01")) == 0
    assert len(seed_timeline.within("2025-03", "2025-01")) == 0
    assert len(timeline.Timeline().overlapping("2025")) == 0
    assert len(timeline.Timeline().before("2025")) == 0


def test_group_by_month_overlapping_and_within(seed_timeline: timeline.Timeline) -> None:
    """By month, a year-long plan is in all twelve months of 2025; with mode='within' in none."""
    months = seed_timeline.group_by("month")
    assert list(months) == sorted(months)
    plan = next(e for e in seed_timeline if e.title == "2025 cooperation plan")
    assert [m for m, group in months.items() if plan in group.events if m.startswith("2025")] == [
        f"2025-{m:02}" for m in range(1, 13)
    ]
    within = seed_timeline.group_by("month", mode="within")
    assert {m: len(g) for m, g in within.items()} == {"2025-01": 2, "2025-03": 1}


def test_group_by_year_kind_status_country(seed_timeline: timeline.Timeline) -> None:
    """Years, kinds, statuses and countries key their groups; every group is a timeline in order."""
    assert list(seed_timeline.group_by("year", mode="within")) == ["2025"]
    assert {k: len(g) for k, g in seed_timeline.group_by("kind").items()} == {"deployment": 1, "meeting": 3, "plan": 2}
    assert {k: len(g) for k, g in seed_timeline.group_by("status").items()} == {"planned": 2, "reported": 4}
    countries = seed_timeline.group_by("country")
    assert {"Laos", "Viet Nam"} <= set(countries)
    assert countries["Laos"] == seed_timeline.with_country("Laos")


def test_group_by_rejects_an_unknown_key(seed_timeline: timeline.Timeline) -> None:
    """Only the documented keys group."""
    with pytest.raises(ValueError, match="cannot group by 'weekday'"):
        seed_timeline.group_by("weekday")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="mode 'maybe'"):
        seed_timeline.group_by("year", mode="maybe")  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None)
@given(crowded_timelines(), crowded_timelines())
def test_merge_is_a_union_by_id(left: timeline.Timeline, right: timeline.Timeline) -> None:
    """Merging keeps every id once, in timeline order, whichever side it came from."""
    merged = left.merge(right)
    ids = [e.id for e in merged]
    assert sorted(ids) == sorted({e.id for e in (*left, *right)})
    assert merged == timeline.Timeline(list(merged), merged.diagnostics)
    assert left.merge(right).merge(left) == merged


@settings(max_examples=40, deadline=None)
@given(crowded_timelines())
def test_order_breaks_ties_by_id(calendar: timeline.Timeline) -> None:
    """The order is first day, last day, kind, title, then id (then every field), whatever order the events came in."""

    def order(e: timeline.Event) -> tuple[object, ...]:
        return (e.when.start, e.when.end, e.kind.value, e.title, e.id, repr(e))

    assert list(calendar) == sorted(calendar, key=order)
    assert timeline.Timeline(reversed(calendar.events)) == calendar


def _order(e: timeline.Event) -> tuple[object, ...]:
    return (e.when.start, e.when.end, e.kind.value, e.title, e.id, repr(e))


@settings(max_examples=100, deadline=None)
@given(crowded_timelines() | tied_events.map(timeline.Timeline), st.randoms(use_true_random=False), st.integers(0, 40))
def test_events_already_in_order_are_taken_as_given_and_only_then(
    calendar: timeline.Timeline, rng: random.Random, swap: int
) -> None:
    """A timeline takes events already in its order as they come (one pass, no sort) and sorts any others.

    The one-pass check says "in order" exactly when a full sort by first day,
    last day, kind, title, id and every field would change nothing; either way
    the events come out as that sort gives them.
    """
    shuffled = list(calendar.events)
    rng.shuffle(shuffled)
    if len(shuffled) > 1:  # often one neighbouring pair out of order, the case the check must see
        at = swap % (len(shuffled) - 1)
        shuffled[at], shuffled[at + 1] = shuffled[at + 1], shuffled[at]
    for given_order in (shuffled, list(calendar.events)):
        days = [e.when.start.toordinal() << 22 | e.when.end.toordinal() for e in given_order]
        keys = [_order(e) for e in given_order]
        assert (keys == sorted(keys)) == query._in_order(given_order, days)  # noqa: SLF001 - the check itself
        assert sorted(given_order, key=_order) == list(timeline.Timeline(given_order))
