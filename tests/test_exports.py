"""Exports: every .ics we write reads back with the strict `ical` parser and vobject; JSON round-trips."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import vobject
from hypothesis import given, settings
from ical.calendar_stream import IcsCalendarStream

import timeline
from strategies import timelines


def _shown(text: str) -> str:
    """What a calendar can show of a text: line breaks unified, other control characters gone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or not (ord(c) < 0x20 or ord(c) == 0x7F))


def _parse_strictly(ics: str) -> list:  # type: ignore[type-arg]
    """The events as the strict `ical` parser reads them, after vobject's validator has accepted the file."""
    vobject.readOne(ics).validate(raiseException=True)
    return list(IcsCalendarStream.calendar_from_ics(ics).events)


def test_seed_calendar_reads_back_strictly(seed_timeline: timeline.Timeline) -> None:
    """The seeds' .ics parses with `ical`; all-day events end the day after their last day."""
    events = _parse_strictly(timeline.to_ical(seed_timeline, include_periods=True))
    assert len(events) == len(seed_timeline)
    by_summary = {event.summary: event for event in events}
    meeting = by_summary["Working session: Vanthong Bouttavong, Phạm Mạnh Thắng"]
    assert (meeting.dtstart, meeting.dtend) == (dt.date(2025, 3, 31), dt.date(2025, 4, 1))
    assert meeting.location == "Hà Nội, Viet Nam"
    assert meeting.categories == ["meeting"]
    protocol = next(e for e in events if e.summary.startswith("Protocol"))
    assert (protocol.dtstart, protocol.dtend) == (dt.date(2025, 1, 1), dt.date(2030, 1, 1))


def test_seed_calendar_reads_back_with_vobject(seed_timeline: timeline.Timeline) -> None:
    """vobject reads the same file and finds the same events and descriptions."""
    calendar = vobject.readOne(timeline.to_ical(seed_timeline))
    summaries = sorted(component.summary.value for component in calendar.vevent_list)
    assert summaries == sorted(e.title for e in seed_timeline.on("2025"))
    assert all("Source: " in component.description.value for component in calendar.vevent_list)


def test_periods_are_left_out_unless_asked(seed_timeline: timeline.Timeline) -> None:
    """By default only events known to the day go in the calendar."""
    assert len(_parse_strictly(timeline.to_ical(seed_timeline))) == 3
    assert len(_parse_strictly(timeline.to_ical(seed_timeline, include_periods=True))) == 6


def test_reruns_give_identical_files(seed_timeline: timeline.Timeline, seeds: timeline.Articles) -> None:
    """Same input, same bytes: UIDs from content, DTSTAMP from the data, not the clock."""
    assert timeline.to_ical(seed_timeline) == timeline.to_ical(timeline.extract(seeds))
    stamp = dt.datetime(2025, 4, 2, 8, 0, tzinfo=dt.UTC)
    assert "DTSTAMP:20250402T080000Z" in timeline.to_ical(seed_timeline, stamp=stamp)


@settings(max_examples=60, deadline=None)
@given(timelines)
def test_any_timeline_writes_a_valid_calendar(calendar: timeline.Timeline) -> None:
    """Names and sentences with CR/LF, ';', ',' and backslashes never break a property."""
    ics = timeline.to_ical(calendar, include_periods=True)
    parsed = _parse_strictly(ics)
    assert len(parsed) == len(calendar)
    assert sorted(e.summary for e in parsed) == sorted(_shown(e.title) for e in calendar)


@settings(max_examples=100, deadline=None)
@given(timelines)
def test_json_round_trip_is_lossless(calendar: timeline.Timeline) -> None:
    """Any timeline written as JSON reads back equal."""
    assert timeline.from_json(timeline.to_json(calendar)) == calendar


def test_json_has_the_contract_fields(seed_timeline: timeline.Timeline) -> None:
    """Every event carries the fields other tools rely on."""
    document = json.loads(timeline.to_json(seed_timeline))
    required = {
        "id",
        "kind",
        "title",
        "start",
        "end",
        "precision",
        "approximate",
        "status",
        "where",
        "participants",
        "source",
    }
    for event in document["events"]:
        assert required <= set(event)
        assert {"article", "published", "url", "sentence", "span", "when_text"} <= set(event["source"])


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"events": [', "not valid JSON"),
        ("[]", "no 'events' list"),
        (
            '{"events": [{"kind": "party", "title": "x", "start": "2025-01-01", "end": "2025-01-01", "source": {}}]}',
            "event 0",
        ),
        ('{"events": [], "schema": 99}', "schema 99"),
    ],
)
def test_bad_json_is_a_typed_error(text: str, problem: str) -> None:
    """Malformed documents raise TimelineFormatError saying where."""
    with pytest.raises(timeline.TimelineFormatError, match=problem):
        timeline.from_json(text)


def test_json_error_gives_the_line() -> None:
    """A syntax error names its line and column."""
    with pytest.raises(timeline.TimelineFormatError) as caught:
        timeline.from_json('{\n  "events": [\n    oops\n  ]\n}', path="calendar.json")
    assert (caught.value.path, caught.value.line) == ("calendar.json", 3)
