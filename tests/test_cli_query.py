"""`timeline query` and `timeline convert`: saved timelines asked and rewritten from the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream

import timeline
from timeline.cli import main


@pytest.fixture
def saved(tmp_path: Path, seed_timeline: timeline.Timeline) -> Path:
    """The seeds' timeline saved as JSON."""
    path = tmp_path / "seeds.json"
    path.write_text(timeline.to_json(seed_timeline), encoding="utf-8")
    return path


def _json_out(capsys: pytest.CaptureFixture[str], *arguments: str) -> dict:  # type: ignore[type-arg]
    assert main(list(arguments)) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_query_overlapping_and_within(saved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--mode overlapping (the default) keeps what may fall in the range; within what certainly does."""
    may = _json_out(capsys, "query", str(saved), "--from", "2025-01", "--to", "2025-01", "--format", "json")
    sure = _json_out(
        capsys, "query", str(saved), "--from", "2025-01", "--to", "2025-01", "--mode", "within", "-f", "json"
    )
    assert [e["kind"] for e in may["events"]] == ["deployment", "plan", "plan", "meeting", "meeting"]
    assert [e["start"] for e in sure["events"]] == ["2025-01-09", "2025-01-09"]


def test_query_filters_combine(saved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Participant, country, place, kind and status narrow each other down; --kind may repeat."""
    found = _json_out(
        capsys,
        "query",
        str(saved),
        "--country",
        "Laos",
        "--kind",
        "meeting",
        "--participant",
        "chien",
        "--place",
        "Vientiane",
        "-f",
        "json",
    )
    assert [e["start"] for e in found["events"]] == ["2025-01-09", "2025-01-09"]
    found = _json_out(
        capsys, "query", str(saved), "--kind", "plan", "--kind", "deployment", "--status", "planned", "-f", "json"
    )
    assert {e["kind"] for e in found["events"]} == {"plan"}


def test_query_prints_a_table_by_default(saved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --format or -o, the answer is a table."""
    assert main(["query", str(saved), "--from", "2025-03-31"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["WHEN", "KIND", "STATUS", "EVENT", "WHERE", "ARTICLE"]
    assert lines[-1].split()[:2] == ["2025-03-31", "meeting"]


def test_convert_round_trips_through_every_readable_format(
    saved: Path, tmp_path: Path, seed_timeline: timeline.Timeline
) -> None:
    """json → jsonl → ics (with periods) → json gives back the same events; formats follow -o's extension."""
    lines, ics, back = tmp_path / "seeds.jsonl", tmp_path / "seeds.ics", tmp_path / "back.json"
    assert main(["convert", str(saved), "-o", str(lines)]) == 0
    assert main(["convert", str(lines), "-o", str(ics), "--include-periods"]) == 0
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    vobject.readOne(ics.read_text(encoding="utf-8")).validate(raiseException=True)
    assert len(IcsCalendarStream.calendar_from_ics(ics.read_text(encoding="utf-8")).events) == 6
    assert main(["convert", str(ics), "-o", str(back)]) == 0
    assert timeline.from_json(back.read_text(encoding="utf-8")) == timeline.Timeline(seed_timeline.events)


@pytest.mark.parametrize(("output_format", "key"), [("jscalendar", "entries"), ("timelinejs", "events")])
def test_convert_to_jscalendar_and_timelinejs(
    saved: Path, output_format: str, key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The other tools' formats are JSON with every event."""
    assert len(_json_out(capsys, "convert", str(saved), "--format", output_format)[key]) == 6


def test_stdin_needs_its_format(
    saved: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-` reads standard input once --input-format says what it is."""
    monkeypatch.setattr("sys.stdin", io.StringIO(saved.read_text(encoding="utf-8")))
    assert len(_json_out(capsys, "query", "-", "--input-format", "json", "--kind", "plan", "-f", "json")["events"]) == 2
    assert main(["query", "-"]) == 2
    assert "--input-format" in capsys.readouterr().err


def test_progress_goes_to_stderr(saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--progress reports reading, matching and writing on stderr; stdout holds only the answer."""
    lines = tmp_path / "seeds.jsonl"
    assert main(["convert", str(saved), "-o", str(lines), "--progress"]) == 0
    assert main(["query", str(lines), "--kind", "meeting", "-f", "jsonl", "--progress"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 3
    assert "reading" in captured.err
    assert "read: 6 done" in captured.err
    assert "3 of 6 events match" in captured.err
    assert "written: 3 done" in captured.err


@pytest.mark.parametrize(
    ("arguments", "content", "message"),
    [
        (["query", "{file}", "--kind", "party"], None, "is not a kind"),
        (["query", "{file}", "--status", "planed"], None, "is not a status"),
        (["query", "{file}", "--from", "2025-02-30"], None, "is not a calendar date"),
        (["query", "no/such.json"], None, "no such file"),
        (["convert", "{file}"], '{\n  "events": [\n    oops', ":3:5: is not valid JSON"),
        (["convert", "{file}", "--input-format", "jsonl"], '{"kind": "meeting"}\n', ":1: the event"),
        (["convert", "{file}", "--input-format", "ics"], "BEGIN:VCALENDAR\r\nnonsense\r\n", ":2: is not iCalendar"),
        (["convert", "{file}.txt"], None, "cannot tell the format"),
    ],
)
def test_mistakes_are_one_line_and_status_2(
    saved: Path, arguments: list[str], content: str | None, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad options and malformed files: one line on stderr naming the place, status 2, no traceback."""
    if content is not None:
        saved.write_text(content, encoding="utf-8")
    assert main([a.replace("{file}", str(saved)) for a in arguments]) == 2
    error = capsys.readouterr().err
    assert message in error
    assert len(error.strip().splitlines()) == 1
    assert "Traceback" not in error


def test_convert_to_ics_says_what_it_left_out(saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Events known only to a month or longer stay out of a calendar: convert and query say so on stderr."""
    assert main(["convert", str(saved), "-o", str(tmp_path / "seeds.ics")]) == 0
    assert "3 of 6 events known only to a month or longer left out" in capsys.readouterr().err
    assert main(["query", str(saved), "--format", "ics"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("BEGIN:VCALENDAR")
    assert "add --include-periods" in captured.err
    assert main(["convert", str(saved), "-o", str(tmp_path / "all.ics"), "--include-periods"]) == 0
    assert capsys.readouterr().err == ""


def test_a_calendar_event_left_out_is_reported_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Another calendar's VEVENT with no start is left out, and convert says which and why."""
    calendar = tmp_path / "foreign.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20250105\r\nSUMMARY:Talks\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    assert main(["convert", str(calendar), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "foreign.ics:4: error: VEVENT 'No start' cannot be read: it has no DTSTART; left out" in captured.err


def test_kind_and_status_take_any_case(saved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--kind Meeting --status Reported are --kind meeting --status reported, as --participant takes any case."""
    lower = _json_out(capsys, "query", str(saved), "--kind", "meeting", "--status", "reported", "-f", "json")
    upper = _json_out(capsys, "query", str(saved), "--kind", "Meeting", "--status", "REPORTED", "-f", "json")
    assert upper == lower
    assert len(lower["events"]) == 3


@pytest.mark.parametrize(("output_format", "name"), [("jscalendar", "JSCalendar"), ("timelinejs", "TimelineJS")])
def test_an_export_fed_back_says_it_is_one(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], output_format: str, name: str
) -> None:
    """A JSCalendar or TimelineJS file given to convert: one line saying what it is, not a missing 'kind'."""
    export = tmp_path / "export.json"
    assert main(["convert", str(saved), "-o", str(export), "--format", output_format]) == 0
    assert main(["convert", str(export), "-o", str(tmp_path / "back.jsonl")]) == 2
    assert f"is a {name} export, which timeline writes but does not read back" in capsys.readouterr().err


def test_a_query_that_matches_nothing_says_so(saved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No match: the table says '(no events)' under its header, not a bare header."""
    assert main(["query", str(saved), "--country", "Narnia"]) == 0
    assert capsys.readouterr().out.splitlines() == ["WHEN  KIND  STATUS  EVENT  WHERE  ARTICLE", "(no events)"]
