"""iCalendar both ways: every file we write is strict RFC 5545 and reads back; other calendars' events read as events."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

import attrs
import icalendar
import pytest
import vobject
from hypothesis import given, settings
from ical.calendar_stream import IcsCalendarStream

import timeline
from strategies import texts, timelines
from timeline.export import from_ical

VIENTIANE = zoneinfo.ZoneInfo("Asia/Vientiane")


def _strict(ics: str) -> list:  # type: ignore[type-arg]
    """Read with the strict `ical` parser and with vobject's validator; both must accept the file."""
    vobject.readOne(ics).validate(raiseException=True)
    return list(IcsCalendarStream.calendar_from_ics(ics).events)


def _shown(text: str) -> str:
    """What a calendar can show of a text: line breaks unified, other control characters and byte order marks gone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or not (ord(c) < 0x20 or ord(c) in {0x7F, 0xFEFF}))


def _without_event_property(ics: str) -> str:
    """The file as a program that drops our X-TIMELINE-EVENT would keep it."""
    return re.sub(r"X-TIMELINE-EVENT:.*?\r\n(?! )", "", ics, flags=re.DOTALL)


@settings(max_examples=40, deadline=None)
@given(timelines)
def test_any_timeline_round_trips_through_ical(calendar: timeline.Timeline) -> None:
    """Our own files come back equal, hostile text and timed events included; strict readers accept them."""
    ics = timeline.to_ical(calendar, include_periods=True)
    assert len(_strict(ics)) == len(calendar)
    assert from_ical(ics) == timeline.Timeline(calendar.events)


def test_a_backslash_before_n_survives_the_round_trip(seed_timeline: timeline.Timeline) -> None:
    r"""A literal '\N' in an event's text comes back as written, not as a line break (icalendar reads '\N' so)."""
    (first, *_) = seed_timeline.on("2025").events
    source = attrs.evolve(first.source, sentence=r"Folder C:\News\Nam said so.", article=r"a\N")
    calendar = timeline.Timeline([attrs.evolve(first, sources=(source,))])
    back = from_ical(timeline.to_ical(calendar))
    assert back.diagnostics == ()
    assert back == calendar


def test_seed_calendar_round_trips(seed_timeline: timeline.Timeline) -> None:
    """The default calendar (days only) reads back as the seeds' day events."""
    assert from_ical(timeline.to_ical(seed_timeline)) == timeline.Timeline(seed_timeline.on("2025").events)


def test_participants_round_trip_without_the_event_property(seed_timeline: timeline.Timeline) -> None:
    """X-TIMELINE-PARTICIPANT alone gives back name, title, rank and country; summary, days, place and kind too."""
    ics = _without_event_property(timeline.to_ical(seed_timeline))
    assert "X-TIMELINE-EVENT" not in ics
    back = from_ical(ics)
    original = seed_timeline.on("2025")
    assert [(e.title, e.when, e.kind, e.where) for e in back] == [(e.title, e.when, e.kind, e.where) for e in original]
    assert [e.participants for e in back] == [e.participants for e in original]


def test_a_byte_order_mark_opening_a_name_is_dropped_everywhere_alike(seed_timeline: timeline.Timeline) -> None:
    """U+FEFF opening a value is dropped by the reader, so the writer drops it everywhere: names match what is shown.

    Hypothesis found a participant named "\\ufeff" that came back "".
    """
    event = seed_timeline.events[0]
    marked = attrs.evolve(event, participants=(timeline.Participant("\ufeffX\ufeffY"),))
    back = from_ical(_without_event_property(timeline.to_ical([marked], include_periods=True)))
    assert [p.name for e in back for p in e.participants] == ["XY"]


def test_a_cancelled_event_is_cancelled_in_the_calendar_and_back() -> None:
    """A meeting the story calls off is STATUS:CANCELLED on its days, and reads back cancelled, with or without ours."""
    article = timeline.parse_article(
        " date 2025-04-10\n\nVIENTIANE (KPL) — The meeting between Lao Defence Minister Chansamone Chanyalath and "
        "Thai Defence Minister Anan Srisuk, scheduled for Monday, was cancelled."
    )
    found = timeline.extract(article)
    assert [(e.status, str(e.when)) for e in found] == [(timeline.Status.CANCELLED, "2025-04-14")]
    ics = timeline.to_ical(found)
    assert len(_strict(ics)) == 1
    assert "STATUS:CANCELLED" in ics
    assert [e.status for e in from_ical(_without_event_property(ics))] == [timeline.Status.CANCELLED]
    assert from_ical(ics) == found


def test_calendar_properties_follow_rfc_7986(seed_timeline: timeline.Timeline) -> None:
    """NAME and DESCRIPTION are set; SOURCE and REFRESH-INTERVAL carry the VALUE parameter RFC 7986 requires."""
    ics = timeline.to_ical(
        seed_timeline, name="Laos; defence", source="https://example.org/laos.ics", refresh=dt.timedelta(hours=12)
    )
    lines = ics.split("\r\n")
    assert "NAME:Laos\\; defence" in lines
    assert "SOURCE;VALUE=URI:https://example.org/laos.ics" in lines
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT12H" in lines
    assert any(line.startswith("DESCRIPTION:Dated events") for line in lines)
    _strict(ics)


def test_timed_events_use_vtimezone_or_utc(seed_timeline: timeline.Timeline) -> None:
    """A named zone is written with TZID and a VTIMEZONE; a fixed offset is converted to UTC."""
    meeting, session = seed_timeline.on("2025-01-09")[1], seed_timeline.on("2025-03-31")[0]
    start = dt.datetime(2025, 1, 9, 9, 30, tzinfo=VIENTIANE)
    named = attrs.evolve(meeting, start_time=start, end_time=start + dt.timedelta(hours=2))
    fixed = attrs.evolve(session, start_time=dt.datetime(2025, 3, 31, 14, tzinfo=dt.timezone(dt.timedelta(hours=7))))
    ics = timeline.to_ical([named, fixed])
    assert "DTSTART;TZID=Asia/Vientiane:20250109T093000" in ics
    assert "BEGIN:VTIMEZONE\r\nTZID:Asia/Vientiane" in ics
    assert "DTSTART:20250331T070000Z" in ics
    parsed = _strict(ics)
    assert parsed[0].dtstart == start
    assert from_ical(ics) == timeline.Timeline([named, fixed])


FOREIGN = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
BEGIN:VTIMEZONE\r
TZID:Asia/Bangkok\r
BEGIN:STANDARD\r
DTSTART:19700101T000000\r
TZOFFSETFROM:+0700\r
TZOFFSETTO:+0700\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
DTSTART;TZID=Asia/Bangkok:20240312T093000\r
DTEND;TZID=Asia/Bangkok:20240312T113000\r
DTSTAMP:20240301T101500Z\r
UID:abc123@google.com\r
SUMMARY:Talks with the Lao delegation\r
DESCRIPTION:Border cooperation\\, second round\r
LOCATION:Vientiane\r
CATEGORIES:Talks,Border\r
ATTENDEE;CN=Khamlieng Outhakaysone;ROLE=REQ-PARTICIPANT:mailto:k@example.la\r
ATTENDEE:mailto:office@example.vn\r
STATUS:TENTATIVE\r
URL:https://example.org/talks\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;VALUE=DATE:20240318\r
DTEND;VALUE=DATE:20240321\r
DTSTAMP:20240301T101500Z\r
UID:def456@google.com\r
SUMMARY:Joint exercise\r
RRULE:FREQ=YEARLY\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART:20240325T140000\r
DTSTAMP:20240301T101500Z\r
UID:ghi789@google.com\r
SUMMARY:Floating call\r
END:VEVENT\r
BEGIN:VTODO\r
UID:todo@google.com\r
DTSTAMP:20240301T101500Z\r
SUMMARY:Not an event\r
END:VTODO\r
END:VCALENDAR\r
"""


def test_other_calendars_events_are_read_as_events() -> None:
    """Google-style events: times in their zone, all-day spans, attendees, categories as kinds, tentative as planned."""
    read = from_ical(FOREIGN, path="google.ics")
    talks, exercise, call = read
    assert (talks.kind, talks.title, talks.status) == (
        timeline.Kind.TALKS,
        "Talks with the Lao delegation",
        timeline.Status.PLANNED,
    )
    assert talks.start_time == dt.datetime(2024, 3, 12, 9, 30, tzinfo=zoneinfo.ZoneInfo("Asia/Bangkok"))
    assert talks.end_time == dt.datetime(2024, 3, 12, 11, 30, tzinfo=zoneinfo.ZoneInfo("Asia/Bangkok"))
    assert [p.name for p in talks.participants] == ["Khamlieng Outhakaysone", "office@example.vn"]
    assert talks.where == timeline.Place("Vientiane", "Laos")
    assert (talks.source.sentence, talks.source.url, talks.source.published.iso()) == (
        "Border cooperation, second round",
        "https://example.org/talks",
        "2024-03-01",
    )
    assert (exercise.kind, exercise.when.iso()) == (timeline.Kind.OTHER, "2024-03-18/2024-03-20")
    assert (call.when.iso(), call.start_time) == ("2024-03-25", None)
    messages = [d.message for d in read.diagnostics]
    assert any("repeats" in m for m in messages)
    assert any("time without a zone" in m for m in messages)
    assert all(d.path == "google.ics" and d.line for d in read.diagnostics)


def test_an_unreadable_event_is_reported_or_raised() -> None:
    """Lenient: the event without DTSTART is left out and reported with its line; strict raises with it."""
    broken = FOREIGN.replace("DTSTART;VALUE=DATE:20240318\r\n", "")
    read = from_ical(broken, path="cal.ics")
    assert [e.title for e in read] == ["Talks with the Lao delegation", "Floating call"]
    assert any(d.severity is timeline.Severity.ERROR and d.line == 26 for d in read.diagnostics)
    with pytest.raises(timeline.TimelineFormatError, match="Joint exercise") as caught:
        from_ical(broken, path="cal.ics", strict=True)
    assert (caught.value.path, caught.value.line) == ("cal.ics", 26)


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nthis is not a property\r\nEND:VCALENDAR\r\n", 3, "not a content line"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VCALENDAR\r\n", 4, "END:VCALENDAR where END:VEVENT"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n", 2, "BEGIN:VEVENT is never closed"),
        ("VERSION:2.0\r\n", 1, "must start with BEGIN:VCALENDAR"),
        (" folded\r\n", 1, "continuation"),
        ('BEGIN:VCALENDAR\r\nX-A;P="unclosed:1\r\nEND:VCALENDAR\r\n', 2, "not a content line"),
    ],
)
def test_malformed_ics_is_a_typed_error_with_the_line(text: str, line: int, problem: str) -> None:
    """Text that is not iCalendar raises TimelineFormatError naming the file and the line."""
    with pytest.raises(timeline.TimelineFormatError, match=problem) as caught:
        from_ical(text, path="bad.ics")
    assert (caught.value.path, caught.value.line) == ("bad.ics", line)


def test_empty_and_non_utf8_input_are_typed_errors() -> None:
    """Nothing at all, or bytes that are not UTF-8, are format errors too."""
    with pytest.raises(timeline.TimelineFormatError, match="empty"):
        from_ical("")
    with pytest.raises(timeline.TimelineFormatError, match="not UTF-8"):
        from_ical(b"BEGIN:VCALENDAR\r\n\xff\r\n")


@settings(max_examples=40, deadline=None)
@given(texts, texts)
def test_any_calendar_name_stays_one_property(name: str, description: str) -> None:
    """CR/LF, ';', ',' and backslashes in the calendar's NAME and DESCRIPTION never break a property."""
    ics = timeline.to_ical([], name=name, description=description or None)
    IcsCalendarStream.calendar_from_ics(ics)  # the strict parser accepts it
    vobject.readOne(ics)
    lines = ics.replace("\r\n ", "").split("\r\n")  # unfolded
    description = description or "Dated events extracted from news by news-timeline"
    for prop, value in (
        ("NAME", name),
        ("X-WR-CALNAME", name),
        ("DESCRIPTION", description),
        ("X-WR-CALDESC", description),
    ):
        assert f"{prop}:{icalendar.vText(_shown(value)).to_ical().decode()}" in lines


@settings(max_examples=40, deadline=None)
@given(timelines)
def test_participant_properties_round_trip_any_text(calendar: timeline.Timeline) -> None:
    """X-TIMELINE-PARTICIPANT keeps any name, title, rank and country, as a calendar can show them."""
    back = from_ical(_without_event_property(timeline.to_ical(calendar, include_periods=True)))

    def shown(person: timeline.Participant) -> tuple[str | None, ...]:
        extras = (person.title, person.rank, person.country)
        return (_shown(person.name), *(None if x is None else _shown(x) or None for x in extras))

    # sorted by repr: two events may share an id and differ only in a participant's missing field (None)
    expected = sorted(((e.id, [shown(p) for p in e.participants]) for e in calendar), key=repr)
    assert sorted(((e.source.article, [shown(p) for p in e.participants]) for e in back), key=repr) == expected


def test_backslashes_in_participant_parameters_come_back(seed_timeline: timeline.Timeline) -> None:
    r"""A title or country with '\,' or '\\' reads back as written, even without X-TIMELINE-EVENT."""
    (first, *_) = seed_timeline.on("2025").events
    person = timeline.Participant("Lê Văn A", r"Chief\, Staff", r"Col\\", r"Viet\;Nam")
    calendar = timeline.Timeline([attrs.evolve(first, participants=(person,))])
    (back,) = from_ical(_without_event_property(timeline.to_ical(calendar)))
    assert back.participants == (person,)
