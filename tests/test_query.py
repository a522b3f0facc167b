"""Timeline queries: order, date ranges with precision, filters that combine, merging."""

from __future__ import annotations

import datetime as dt

from hypothesis import given

import timeline
from strategies import events, timelines


def test_order_is_chronological_and_stable(seed_timeline: timeline.Timeline) -> None:
    """Events come by first day, then last day, kind and title; reordering input changes nothing."""
    starts = [(e.when.start, e.when.end) for e in seed_timeline]
    assert starts == sorted(starts)
    assert timeline.Timeline(reversed(seed_timeline.events)) == seed_timeline


def test_overlapping_may_within_certainly(seed_timeline: timeline.Timeline) -> None:
    """A 2025 plan may fall in January 2025 (overlapping) but is not certainly inside it (within)."""
    plan = [e.title for e in seed_timeline.overlapping("2025-01") if e.kind is timeline.Kind.PLAN]
    assert "2025 cooperation plan" in plan
    assert all(e.kind is timeline.Kind.MEETING for e in seed_timeline.within("2025-01"))


def test_on_gives_the_events_known_to_that_day(seed_timeline: timeline.Timeline) -> None:
    """on(day) is the day's events, not the year-long plans that may include it."""
    assert {e.kind for e in seed_timeline.on("2025-01-09")} == {timeline.Kind.MEETING}
    assert len(seed_timeline.on("2025-01-09")) == 2


def test_before_and_after(seed_timeline: timeline.Timeline) -> None:
    """before/after compare whole events with the day."""
    assert [e.when.iso() for e in seed_timeline.after("2025-03-30")] == ["2025-03-31"]
    assert all(e.when.end < dt.date(2025, 1, 9) for e in seed_timeline.before("2025-01-09"))


def test_filters_combine(seed_timeline: timeline.Timeline) -> None:
    """Participant, country, place and kind filters chain."""
    found = seed_timeline.with_country("Laos").of_kind("meeting").with_participant("chien").at_place("VIENTIANE")
    assert [e.when.iso() for e in found] == ["2025-01-09", "2025-01-09"]
    assert len(seed_timeline.with_status("planned")) == 2


def test_merge_keeps_each_event_once(seed_timeline: timeline.Timeline) -> None:
    """Merging a timeline with itself or a part of itself adds nothing."""
    assert seed_timeline.merge(seed_timeline) == seed_timeline
    assert seed_timeline.of_kind("plan").merge(seed_timeline) == seed_timeline


@given(timelines, events())
def test_overlapping_matches_a_plain_scan(calendar: timeline.Timeline, probe: timeline.Event) -> None:
    """The index-backed range query gives exactly what checking every event gives."""
    first, last = probe.when.start, probe.when.end
    expected = [e for e in calendar if e.when.start <= last and first <= e.when.end]
    assert expected == list(calendar.overlapping(first, last))
    assert [e for e in expected if first <= e.when.start and e.when.end <= last] == list(calendar.within(first, last))


def test_a_country_is_found_in_any_spelling_the_gazetteer_knows(seed_timeline: timeline.Timeline) -> None:
    """'Vietnam', 'Vietnamese' and 'Lao PDR' are the countries the events store as 'Viet Nam' and 'Laos'."""
    assert seed_timeline.with_country("Vietnam") == seed_timeline.with_country("Viet Nam")
    assert len(seed_timeline.with_country("Vietnamese")) == len(seed_timeline.with_country("Viet Nam")) > 0
    assert seed_timeline.with_country("Lao PDR") == seed_timeline.with_country("Laos")
    assert len(seed_timeline.with_country("Narnia")) == 0
