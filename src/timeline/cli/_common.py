"""What the subcommands share: one-line usage errors, dates, formats, the table, progress on stderr."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO, TypeVar

from timeline.dates import DateRange, Precision
from timeline.exceptions import TimelineError
from timeline.export import (
    from_ical,
    from_json,
    from_jsonl,
    iter_jsonl,
    to_ical,
    to_jscalendar,
    to_json,
    to_timelinejs,
)
from timeline.model import Diagnostic, Event
from timeline.query import Timeline

__all__ = [
    "INPUT_FORMATS",
    "OUTPUT_FORMATS",
    "Progress",
    "UsageError",
    "date_argument",
    "input_format",
    "output_format",
    "read_timeline",
    "report",
    "table",
    "write",
    "write_file",
]

T = TypeVar("T")
INPUT_FORMATS = ("json", "jsonl", "ics")
OUTPUT_FORMATS = ("ics", "json", "jsonl", "jscalendar", "timelinejs", "table")
_BY_SUFFIX = {".ics": "ics", ".ical": "ics", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_OUTPUT_SUFFIXES = {**_BY_SUFFIX, ".txt": "table"}  # a table can be written, not read


class UsageError(Exception):
    """A mistake in how the command was called; reported in one line."""


def date_argument(value: str | None, flag: str) -> DateRange | None:
    """A ``YYYY[-MM[-DD]]`` option as the days it stands for."""
    if value is None:
        return None
    try:
        return DateRange.parse(value)
    except TimelineError:
        if _DATE_SHAPE.fullmatch(value):  # "2025-02-30": the shape is right, the day is not in the calendar
            raise UsageError(f"{flag} {value!r} is not a calendar date") from None
        raise UsageError(f"{flag} {value!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY") from None


_DATE_SHAPE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class Progress:
    """A count on stderr, rewritten in place, for long batches; silent when off.

    Counts, not clocks: the line is redrawn every *every* items.
    """

    def __init__(self, label: str, *, enabled: bool, every: int = 10_000, stream: TextIO | None = None) -> None:
        self.label = label
        self.enabled = enabled
        self.every = every
        self.stream = stream or sys.stderr
        self.count = 0

    def track(self, items: Iterable[T]) -> Iterator[T]:
        """Yield *items*, counting them."""
        for item in items:
            yield item
            self.count += 1
            if self.enabled and self.count % self.every == 0:
                self.stream.write(f"\r{self.label}: {self.count:,}")
                self.stream.flush()

    def say(self, message: str) -> None:
        """A phase of the work ("writing 1,000,000 events as ics")."""
        if self.enabled:
            self.stream.write(f"\r{message}\n")
            self.stream.flush()

    def done(self) -> None:
        """The final count, on its own line."""
        if self.enabled:
            self.stream.write(f"\r{self.label}: {self.count:,} done\n")
            self.stream.flush()


def input_format(path: str, given: str | None) -> str:
    """The format of *path*: as given, else from its extension; stdin needs it given."""
    if given:
        return given
    found = _BY_SUFFIX.get(Path(path).suffix.lower())
    if found is None:
        raise UsageError(f"{path}: cannot tell the format from the name; add --input-format json|jsonl|ics")
    return found


def read_timeline(path: str, given_format: str | None, progress: Progress) -> Timeline:
    """The timeline in *path* (``-`` for stdin) written as JSON, JSON Lines or iCalendar."""
    kind = input_format(path, given_format)
    shown = "<stdin>" if path == "-" else path
    progress.say(f"reading {shown} as {kind}")
    if kind == "jsonl":
        if path == "-":
            timeline = from_jsonl(progress.track(sys.stdin), path=shown)
        else:
            with _open(path) as stream:
                timeline = from_jsonl(progress.track(stream), path=shown)
        progress.done()
        return timeline
    if path == "-":
        text = sys.stdin.read()
    else:
        with _open(path) as stream:
            text = stream.read()
    timeline = from_json(text, path=shown) if kind == "json" else from_ical(text, path=shown)
    report([d for d in timeline.diagnostics if d.path == shown])  # a calendar's events left out, not the articles'
    return timeline


def report(diagnostics: Iterable[Diagnostic]) -> None:
    """Each problem met on the way, one line on standard error: a file skipped, a calendar's event left out."""
    for diagnostic in diagnostics:
        print(f"timeline: {diagnostic}", file=sys.stderr)


def _open(path: str) -> TextIO:
    try:
        return Path(path).open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except OSError as error:
        raise UsageError(f"{path}: cannot be read ({error.strerror})") from None


def output_format(given: str | None, output: str | None) -> str:
    """The format asked for, else the one -o's extension names, else a table (for no extension or ``.txt``).

    Raises:
        UsageError: -o names an extension no format has ("events.csv"), and no --format was given.
    """
    if given:
        return given
    suffix = Path(output).suffix.lower() if output else ""
    if suffix and suffix not in _OUTPUT_SUFFIXES:
        known = ", ".join(sorted(_OUTPUT_SUFFIXES))
        msg = f"-o {output}: no format has the extension {suffix!r}; name one with --format, or use {known}"
        raise UsageError(msg)
    return _OUTPUT_SUFFIXES.get(suffix, "table")


def write_file(output: str, write_to: Callable[[TextIO], None]) -> None:
    """Open *output* for writing and hand it to *write_to*; a path that cannot be written is a usage error."""
    try:
        with Path(output).open("w", encoding="utf-8", newline="") as stream:
            write_to(stream)
    except OSError as error:
        raise UsageError(f"-o {output}: cannot write it: {error.strerror or error}") from None


def write(timeline: Timeline, kind: str, stream: TextIO, *, include_periods: bool, progress: Progress) -> None:
    """*timeline* in format *kind* on *stream*; JSON Lines and tables a line at a time."""
    progress.say(f"writing {len(timeline):,} events as {kind}")
    if kind == "jsonl":
        progress.label, progress.count = "written", 0
        stream.writelines(progress.track(iter_jsonl(timeline)))
        progress.done()
    elif kind == "ics":
        stream.write(to_ical(timeline, include_periods=include_periods))
    elif kind == "json":
        stream.write(to_json(timeline) + "\n")
    elif kind == "jscalendar":
        stream.write(to_jscalendar(timeline) + "\n")
    elif kind == "timelinejs":
        stream.write(to_timelinejs(timeline) + "\n")
    else:
        stream.write(table(timeline))


def table(events: Timeline | Sequence[Event]) -> str:
    """A fixed-width table of the events, one line each; "(no events)" under the header when there are none."""
    rows = [("WHEN", "KIND", "STATUS", "EVENT", "WHERE", "ARTICLE")]
    rows.extend(
        (_when(e), e.kind.value, e.status.value, _cut(e.title, 60), _cut(str(e.where or ""), 22), e.source.article[:24])
        for e in events
    )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    if len(rows) == 1:
        lines.append("(no events)")  # not a bare header: "nothing matched" said in words
    return "\n".join(lines) + "\n"


def _when(event: Event) -> str:
    when = event.when
    mark = "~" if when.approximate else ""
    if when.precision is Precision.DAY and when.start == when.end:
        return mark + when.start.isoformat()
    return mark + when.iso().replace("/", "..")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
