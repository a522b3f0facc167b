"""JSON in every shape we write: the schema'd document, JSON Lines, JSCalendar and TimelineJS."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zoneinfo
from pathlib import Path

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

import timeline
from strategies import events, timelines
from timeline.export import from_jsonl, iter_jsonl, json_schema, to_jscalendar, to_jsonl, to_timelinejs

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
EVENT_VALIDATOR = jsonschema.Draft202012Validator(
    {"$schema": SCHEMA["$schema"], "$defs": SCHEMA["$defs"], "$ref": "#/$defs/event"},
    format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
)


def _timed(event: timeline.Event, zone: dt.tzinfo) -> timeline.Event:
    day = event.when.start
    start = dt.datetime(day.year, day.month, day.day, 9, 30, tzinfo=zone)
    return attrs.evolve(event, start_time=start, end_time=start + dt.timedelta(hours=2))


def test_the_schema_is_a_valid_json_schema() -> None:
    """The shipped file is a Draft 2020-12 schema, and it pins the schema version."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["properties"]["schema"] == {"const": timeline.export.SCHEMA_VERSION}


def test_seed_document_matches_the_schema(seed_timeline: timeline.Timeline) -> None:
    """The seeds' document, and a timed event's, validate; a wrong kind does not."""
    document = json.loads(timeline.to_json(seed_timeline))
    VALIDATOR.validate(document)
    timed = _timed(seed_timeline[3], zoneinfo.ZoneInfo("Asia/Vientiane"))
    VALIDATOR.validate(json.loads(timeline.to_json([timed])))
    document["events"][0]["kind"] = "party"
    assert not VALIDATOR.is_valid(document)


@settings(max_examples=60, deadline=None)
@given(timelines)
def test_any_document_matches_the_schema_and_round_trips(calendar: timeline.Timeline) -> None:
    """Any timeline, timed events included, writes a document the schema accepts and reads back equal."""
    text = timeline.to_json(calendar)
    VALIDATOR.validate(json.loads(text))
    assert timeline.from_json(text) == calendar


@settings(max_examples=60, deadline=None)
@given(timelines)
def test_json_lines_round_trip(calendar: timeline.Timeline) -> None:
    """One event per line, each valid against the schema's event; reading the lines gives the events back."""
    text = to_jsonl(calendar)
    lines = text.split("\n")[:-1]  # JSON Lines split on LF only; U+2028 and friends stay inside strings
    assert len(lines) == len(calendar)
    for line in lines:
        EVENT_VALIDATOR.validate(json.loads(line))
    assert from_jsonl(text) == timeline.Timeline(calendar.events)


def test_json_lines_stream_from_a_file(seed_timeline: timeline.Timeline) -> None:
    """iter_jsonl writes line by line, and from_jsonl reads an open file (blank lines skipped)."""
    stream = io.StringIO("".join(iter_jsonl(seed_timeline)) + "\n\n")
    assert from_jsonl(stream) == timeline.Timeline(seed_timeline.events)
    assert from_jsonl(to_jsonl(seed_timeline).encode()) == timeline.Timeline(seed_timeline.events)


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ('{"kind": "meeting"}\n{oops}\n', 1, "missing field"),
        ("\n\n{oops}\n", 3, "not valid JSON"),
        ("[1, 2]\n", 1, "the event"),
    ],
)
def test_bad_json_lines_name_the_line(text: str, line: int, problem: str) -> None:
    """A bad line is a TimelineFormatError that names its line."""
    with pytest.raises(timeline.TimelineFormatError, match=problem) as caught:
        from_jsonl(text, path="events.jsonl")
    assert (caught.value.path, caught.value.line) == ("events.jsonl", line)


def test_timed_events_keep_their_zone_through_json(seed_timeline: timeline.Timeline) -> None:
    """A named zone comes back as that zone; a fixed offset as that offset."""
    named = _timed(seed_timeline[3], zoneinfo.ZoneInfo("Asia/Vientiane"))
    fixed = _timed(seed_timeline[5], dt.timezone(dt.timedelta(hours=7)))
    document = json.loads(timeline.to_json([named, fixed]))
    assert [(e["start_time"], e["timezone"]) for e in document["events"]] == [
        ("2025-01-09T09:30:00+07:00", "Asia/Vientiane"),
        ("2025-03-31T09:30:00+07:00", None),
    ]
    back = timeline.from_json(timeline.to_json([named, fixed]))
    assert [str(e.start_time.tzinfo) for e in back if e.start_time] == ["Asia/Vientiane", "UTC+07:00"]


def test_bad_time_zone_is_a_format_error(seed_timeline: timeline.Timeline) -> None:
    """An unknown zone name is reported, not guessed."""
    event = json.loads(to_jsonl([_timed(seed_timeline[3], dt.UTC)]))
    event["timezone"] = "Mars/Olympus"
    with pytest.raises(timeline.TimelineFormatError, match="unknown time zone"):
        from_jsonl(json.dumps(event))


# -- JSCalendar ---------------------------------------------------------------------------------------------

_DURATION = re.compile(r"^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")
_LOCAL = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


@settings(max_examples=40, deadline=None)
@given(timelines)
def test_jscalendar_entries_are_well_formed(calendar: timeline.Timeline) -> None:
    """A Group of Events with the RFC 8984 types: LocalDateTime starts, Durations, UTCDateTime updated."""
    group = json.loads(to_jscalendar(calendar))
    assert (group["@type"], len(group["entries"])) == ("Group", len(calendar))
    assert _UTC.match(group["updated"])
    for entry, event in zip(group["entries"], calendar, strict=True):
        assert (entry["@type"], entry["uid"], entry["title"]) == ("Event", event.id, event.title)
        assert _LOCAL.match(entry["start"]), entry["start"]
        assert "duration" not in entry or _DURATION.match(entry["duration"]), entry["duration"]
        assert entry["status"] in {"confirmed", "tentative", "cancelled"}  # RFC 8984, 4.4.3
        assert all(
            p["@type"] == "Participant" and p["roles"] == {"attendee": True}
            for p in entry.get("participants", {}).values()
        )
        if event.start_time is None:
            assert entry["showWithoutTime"] is True
            assert entry["duration"] == f"P{event.when.days}D"


def test_jscalendar_timed_events(seed_timeline: timeline.Timeline) -> None:
    """A named zone stays as timeZone with local time; a fixed offset is converted to UTC."""
    named = _timed(seed_timeline[3], zoneinfo.ZoneInfo("Asia/Vientiane"))
    fixed = _timed(seed_timeline[5], dt.timezone(dt.timedelta(hours=7)))
    entries = json.loads(to_jscalendar([named, fixed]))["entries"]
    assert [(e["start"], e["timeZone"], e["duration"]) for e in entries] == [
        ("2025-01-09T09:30:00", "Asia/Vientiane", "PT2H"),
        ("2025-03-31T02:30:00", "Etc/UTC", "PT2H"),
    ]


def test_jscalendar_is_deterministic(seed_timeline: timeline.Timeline) -> None:
    """No clock: the same events give the same text; the stamp is a parameter."""
    assert to_jscalendar(seed_timeline) == to_jscalendar(timeline.Timeline(reversed(seed_timeline.events)))
    stamp = dt.datetime(2025, 5, 1, 8, tzinfo=dt.UTC)
    assert json.loads(to_jscalendar(seed_timeline, stamp=stamp))["updated"] == "2025-05-01T08:00:00Z"


# -- TimelineJS ---------------------------------------------------------------------------------------------


def test_timelinejs_keeps_year_and_month_only_dates(seed_timeline: timeline.Timeline) -> None:
    """A year stays a year, a month a month, a day a day; one-unit events have no end date."""
    month = attrs.evolve(seed_timeline[3], when=timeline.DateRange.month(2024, 3))
    document = json.loads(to_timelinejs([*seed_timeline, month]))
    dates = {e["unique_id"]: (e["start_date"], e.get("end_date")) for e in document["events"]}
    assert dates[month.id] == ({"year": 2024, "month": 3}, None)
    plan = next(e for e in seed_timeline if e.when.iso() == "2025/2029")
    assert dates[plan.id] == ({"year": 2025}, {"year": 2029})
    deployment = next(e for e in document["events"] if e["group"] == "deployment")
    assert deployment["display_date"].startswith("about 2014-03-31")


def test_timelinejs_escapes_html(seed_timeline: timeline.Timeline) -> None:
    """Titles and sentences are text, never markup, in TimelineJS's HTML."""
    hostile = attrs.evolve(seed_timeline[3], title="<script>alert(1)</script> & co")
    entry = json.loads(to_timelinejs([hostile]))["events"][0]
    assert entry["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
    assert "<script>" not in entry["text"]["text"]


@settings(max_examples=30, deadline=None)
@given(events())
def test_timelinejs_dates_are_well_formed(event: timeline.Event) -> None:
    """Every date has a year, and month and day only with the parts before them."""
    entry = json.loads(to_timelinejs([event]))["events"][0]
    for key in ("start_date", "end_date"):
        if key in entry:
            parts = list(entry[key])
            assert parts == ["year", "month", "day", "hour", "minute"][: len(parts)]


def test_a_cancelled_event_says_so_in_its_timelinejs_slide() -> None:
    """A slide has no status: a cancelled event's headline opens 'Cancelled: '."""
    article = timeline.parse_article(
        " date 2025-04-10\n\nVIENTIANE (KPL) — The joint exercise planned for next week has been called off."
    )
    slides = json.loads(timeline.export.to_timelinejs(timeline.extract(article)))["events"]
    assert [slide["text"]["headline"][:11] for slide in slides] == ["Cancelled: "]


def test_a_bad_event_hints_at_what_is_wrong_with_it() -> None:
    """A missing field's hint lists what an event needs, a source's fields too; a bad value's does not."""
    source = {"article": "a", "published": "2025-05-03", "sentence": "s"}
    event = {"kind": "meeting", "title": "x", "start": "2025-05-03", "end": "2025-05-03", "precision": "day"}
    with pytest.raises(timeline.TimelineFormatError, match="missing field 'span'") as missing:
        timeline.from_json(json.dumps({"events": [{**event, "source": source}]}))
    assert "source (with article, published, sentence and span)" in str(missing.value)
    with pytest.raises(timeline.TimelineFormatError, match="cannot end") as backwards:
        timeline.from_json(
            json.dumps({"events": [{**event, "end": "2025-05-01", "source": {**source, "span": [0, 1]}}]})
        )
    assert "each event needs" not in str(backwards.value).lower()


def test_a_document_is_read_from_an_open_file_too(seed_timeline: timeline.Timeline, tmp_path: Path) -> None:
    """from_json takes an open file, text or binary, as from_jsonl does; its name is the path errors give."""
    saved = tmp_path / "seeds.json"
    saved.write_text(timeline.to_json(seed_timeline), encoding="utf-8")
    with saved.open(encoding="utf-8") as text, saved.open("rb") as binary:
        assert timeline.from_json(text) == timeline.from_json(binary) == timeline.Timeline(seed_timeline.events)
    saved.write_text("{oops", encoding="utf-8")
    with saved.open(encoding="utf-8") as broken, pytest.raises(timeline.TimelineFormatError) as caught:
        timeline.from_json(broken)
    assert caught.value.path == str(saved)
