"""JSON: the contract other tools read, and the way back into a :class:`~timeline.query.Timeline`.

>>> import timeline
>>> tl = timeline.extract(timeline.read_articles("seeds"))
>>> text = to_json(tl)
>>> from_json(text) == tl
True

The document is ``{"schema": 1, "events": [...], "diagnostics": [...]}``; each
event carries ``id, kind, title, start, end, precision, approximate, status,
where, participants, organisations, cameo, source, sources`` and, for timed
events, ``start_time, end_time, timezone``. See ``docs/json.md`` for every
field and ``timeline/data/timeline.schema.json`` for the JSON Schema.

JSON Lines holds one event per line, for streaming large sets:

>>> lines = to_jsonl(tl)
>>> len(lines.splitlines()) == len(tl), from_jsonl(lines) == Timeline(tl.events)
(True, True)
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import zoneinfo
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import IO, Any

import pendulum

from timeline.dates import DateRange, Precision, as_date
from timeline.exceptions import TimelineFormatError
from timeline.export import _codec, _trusted
from timeline.model import DateBasis, Diagnostic, Event, Kind, Participant, Place, Severity, Source, Status
from timeline.query import Timeline

__all__ = [
    "SCHEMA_VERSION",
    "event_from_dict",
    "event_to_dict",
    "from_json",
    "from_jsonl",
    "iter_jsonl",
    "json_schema",
    "to_json",
    "to_jsonl",
]

SCHEMA_VERSION = 1


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the document; ``$defs.event`` is one event, one JSON Lines line."""
    text = resources.files("timeline").joinpath("data", "timeline.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def to_json(events: Timeline | Iterable[Event], *, indent: int | None = 2) -> str:
    """The timeline as a JSON document (UTF-8 text, non-ASCII kept as is)."""
    timeline = events if isinstance(events, Timeline) else Timeline(tuple(events))
    with _codec.bulk():
        document = {
            "schema": SCHEMA_VERSION,
            "events": [event_to_dict(event) for event in timeline],
            "diagnostics": [_diagnostic_to_dict(d) for d in timeline.diagnostics],
        }
        text = _codec.dumps(document, indent=indent)
        del document  # freed while the collector is paused, so it has nothing of it to walk on resuming
    return text


def from_json(text: str | bytes | IO[str] | IO[bytes], *, path: str | None = None) -> Timeline:
    """Read a document written by :func:`to_json` (or by another tool, to the same contract).

    *text* is the document, or an open file holding it (its name is *path* unless given).

    Raises:
        TimelineFormatError: The text is not JSON, or an event lacks a field
            or has a wrong value; the message names the line or the event.
    """
    if not isinstance(text, str | bytes):  # an open file, as from_jsonl takes one
        path = path or getattr(text, "name", None)
        text = text.read()
    with _codec.bulk():
        try:
            document = _codec.loads(text)
        except json.JSONDecodeError as error:
            raise TimelineFormatError(
                f"is not valid JSON ({error.msg})", path=path, line=error.lineno, column=error.colno,
                offset=error.pos, hint="check the file was written by 'timeline extract --format json'",
            ) from None  # fmt: skip
        timeline = _read_document(document, path)
        del document  # as in to_json: freed before the collector resumes
    return timeline


def _export_format(document: object) -> str | None:
    """The name of our export format *document* is in, if it is one: JSCalendar (a group) or TimelineJS."""
    if not isinstance(document, dict):
        return None
    if document.get("@type") == "Group" or isinstance(document.get("entries"), list):
        return "JSCalendar"
    events = document.get("events")
    if isinstance(events, list) and events and isinstance(events[0], dict) and "start_date" in events[0]:
        return "TimelineJS"
    return None


def _read_document(document: object, path: str | None) -> Timeline:
    export = _export_format(document)
    if export is not None:
        raise TimelineFormatError(
            f"is a {export} export, which timeline writes but does not read back", path=path,
            hint="convert from the JSON, JSON Lines or .ics file it was made from",
        )  # fmt: skip
    if not isinstance(document, dict) or not isinstance(document.get("events"), list):
        raise TimelineFormatError("has no 'events' list", path=path, hint='expected {"events": [...]}')
    version = document.get("schema", SCHEMA_VERSION)
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise TimelineFormatError(
            f"uses schema {version}; this version reads up to {SCHEMA_VERSION}", path=path,
            hint="upgrade news-timeline",
        )  # fmt: skip
    reader = _Reader()
    events = []
    for number, item in enumerate(document["events"]):
        try:
            events.append(reader.event(item))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise _bad_event(f"event {number}", item, error, path=path, line=None) from None
    try:
        diagnostics = [_diagnostic_from_dict(d) for d in document.get("diagnostics") or []]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise TimelineFormatError(f"a diagnostic is malformed ({error})", path=path) from None
    return Timeline(events, diagnostics)


def iter_jsonl(events: Timeline | Iterable[Event]) -> Iterator[str]:
    """One line (with its newline) per event, written as it is asked for: for streaming large sets."""
    for event in events:
        yield _codec.dumps(event_to_dict(event)) + "\n"


def to_jsonl(events: Timeline | Iterable[Event]) -> str:
    """The events as JSON Lines: one event object of the JSON contract per line.

    Diagnostics are not written; the JSON document keeps them.
    """
    with _codec.bulk():
        return "".join(iter_jsonl(events))


def from_jsonl(lines: str | bytes | Iterable[str], *, path: str | None = None) -> Timeline:
    """Read JSON Lines written by :func:`to_jsonl`; blank lines are skipped.

    *lines* may be the whole text or any iterable of lines (an open file), so a
    large file is read a line at a time. Lines end at a line feed only.

    Raises:
        TimelineFormatError: A line is not JSON or not an event; the error
            names the line.
    """
    if isinstance(lines, bytes):
        lines = lines.decode("utf-8-sig")
    if isinstance(lines, str):
        lines = lines.split("\n")  # not splitlines(): U+2028 and the like are text inside a JSON string
    with _codec.bulk():
        return _read_lines(lines, path)


def _read_lines(lines: Iterable[str], path: str | None) -> Timeline:
    reader = _Reader()
    events = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = _codec.loads(line)
        except json.JSONDecodeError as error:
            raise TimelineFormatError(
                f"is not valid JSON ({error.msg})", path=path, line=number, column=error.colno,
                hint="each line must be one event object, as 'timeline convert --format jsonl' writes",
            ) from None  # fmt: skip
        try:
            events.append(reader.event(item))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise _bad_event("the event", item, error, path=path, line=number) from None
    return Timeline(events)


def _bad_event(what: str, item: object, error: Exception, *, path: str | None, line: int | None) -> TimelineFormatError:
    missing = isinstance(error, KeyError)
    detail = f"missing field {error}" if missing else str(error)
    hint = (  # the fields a hand-written event needs, when one is missing; else the value's own message says it
        "each event needs kind, title, start, end, precision and source (with article, published, sentence and "
        "span); see docs/json.md"
        if missing
        else "see docs/json.md for each field's values"
    )
    return TimelineFormatError(f"{what} ({_label(item)}): {detail}", path=path, line=line, hint=hint)


def event_to_dict(event: Event) -> dict[str, Any]:
    """One event as the JSON contract writes it."""
    # Written for speed, as an archive is millions of these: ``_value_`` is the
    # enum's plain attribute (``.value`` is a descriptor at five times the cost).
    when, where, sources = event.when, event.where, event.sources
    item = {
        "id": event.id,
        "kind": event.kind._value_,
        "title": event.title,
        "start": when.start.isoformat(),
        "end": when.end.isoformat(),
        "precision": when.precision._value_,
        "approximate": when.approximate,
        "status": event.status._value_,
        "where": None if where is None else {"name": where.name, "country": where.country},
        "participants": [
            {"name": p.name, "title": p.title, "rank": p.rank, "country": p.country} for p in event.participants
        ],
        "organisations": list(event.organisations),
        "cameo": event.cameo,
        "source": _source_to_dict(sources[0]),
    }
    if len(sources) > 1:
        item["sources"] = [_source_to_dict(source) for source in sources]
    if event.start_time is not None:
        item.update(_times_to_dict(event.start_time, event.end_time))
    return item


def _times_to_dict(start: _dt.datetime, end: _dt.datetime | None) -> dict[str, Any]:
    zone = getattr(start.tzinfo, "key", None)
    return {
        "start_time": start.isoformat(),
        "end_time": None if end is None else end.isoformat(),
        "timezone": zone if isinstance(zone, str) else None,
    }


def event_from_dict(item: dict[str, Any]) -> Event:
    """The event a dict of the JSON contract describes."""
    return _Reader().event(item)


_KINDS = {kind.value: kind for kind in Kind}
_PRECISIONS = {precision.value: precision for precision in Precision}
_STATUSES = {status.value: status for status in Status}
_BASES = {basis.value: basis for basis in DateBasis}


class _Reader:
    """Reads events, sharing the equal dates, places and people among them.

    All are frozen values, so sharing is safe; an archive repeats them a lot,
    and parsing each once makes loading several times faster and smaller.
    """

    def __init__(self) -> None:
        self._ranges: dict[tuple[object, ...], DateRange] = {}
        self._days: dict[object, pendulum.Date] = {}
        self._published: dict[str, DateRange] = {}
        self._places: dict[tuple[object, ...], Place] = {}
        self._people: dict[tuple[object, ...], Participant] = {}

    def event(self, item: dict[str, Any]) -> Event:
        get = item.get
        kind = _KINDS.get(item["kind"]) or Kind(item["kind"])
        key = (item["start"], item["end"], get("precision", "day"), bool(get("approximate", False)))
        when = self._ranges.get(key)
        if when is None:
            when = self._ranges[key] = self.date_range(key)
        where, people, bodies = get("where"), get("participants"), get("organisations")
        start_time, end_time = get("start_time"), get("end_time")
        status = get("status", "reported")
        identifier = get("id")
        title = str(item["title"])
        sources = get("sources")
        sources = tuple(map(self.source, sources)) if sources else (self.source(item["source"]),)
        place = self.place(where) if where else None
        people = tuple(map(self.person, people)) if people else ()
        bodies = tuple(map(str, bodies)) if bodies else ()
        status = _STATUSES.get(status) or Status(status)
        cameo = item["cameo"] if "cameo" in item else kind.cameo  # noqa: SIM401 - .get() would ask kind.cameo each time
        identifier = identifier if isinstance(identifier, str) else None  # kept, so an edited event keeps its identity
        if start_time is None and end_time is None:  # nothing left for Event to check: at least one source is given
            return _trusted.event(kind, title, when, sources, place, people, bodies, status, cameo, identifier)
        return Event(
            kind, title, when, sources, place, people, bodies, status, cameo,
            None if start_time is None else _moment(start_time, get("timezone")),
            None if end_time is None else _moment(end_time, get("timezone")),
            id=identifier,
        )  # fmt: skip

    def date_range(self, key: tuple[Any, Any, Any, bool]) -> DateRange:
        """The range of days *key* (start, end, precision, approximate) names, checked as :class:`DateRange` does."""
        precision = _PRECISIONS.get(key[2]) or Precision(key[2])
        start, end = self.day(key[0]), self.day(key[1])
        if end < start:
            return DateRange(start, end, precision, key[3])  # which says what is wrong
        return _trusted.date_range(start, end, precision, key[3])

    def publication(self, text: str) -> DateRange:
        """``DateRange.parse(text)``; for a day, the range the events on that day share.

        Ten ASCII characters that :func:`as_date` reads are a day that
        ``DateRange.parse`` reads the same, and that range is often made
        already (an article tells of events on the days around its own), or
        costs a third of parsing it. Anything else, a month, a year or a
        mistake, is for ``DateRange.parse`` to read or to refuse in its words.
        """
        if type(text) is str and len(text) == 10 and text.isascii():
            key = (text, text, Precision.DAY.value, False)
            with contextlib.suppress(ValueError):  # as_date's refusal: DateRange.parse gives its own below
                when = self._ranges.get(key)
                if when is None:
                    when = self._ranges[key] = self.date_range(key)
                return when
        return DateRange.parse(text)

    def day(self, text: object) -> pendulum.Date:
        """The day *text* names, parsed once per document."""
        day = self._days.get(text)
        if day is None:
            day = self._days[text] = as_date(text)  # type: ignore[arg-type] # as_date says what is wrong
        return day

    def place(self, item: dict[str, Any]) -> Place:
        key = (item["name"], item.get("country"))
        place = self._places.get(key)
        if place is None:
            place = self._places[key] = Place(*key)
        return place

    def person(self, item: dict[str, Any]) -> Participant:
        key = (item["name"], item.get("title"), item.get("rank"), item.get("country"))
        person = self._people.get(key)
        if person is None:
            person = self._people[key] = Participant(*key)
        return person

    def source(self, item: dict[str, Any]) -> Source:
        get = item.get
        span, when_span, basis = item["span"], get("when_span"), get("basis", "stated")
        published = self._published.get(item["published"])
        if published is None:
            published = self._published[item["published"]] = self.publication(item["published"])
        return _trusted.source(
            str(item["article"]),
            published,
            str(item["sentence"]),
            _offsets(span),
            get("when_text"),
            None if when_span is None else _offsets(when_span),
            _BASES.get(basis) or DateBasis(basis),
            get("url"),
        )


def _offsets(pair: list[Any]) -> tuple[int, int]:
    """Two character offsets; whole numbers only, so a number misread as a float is an error, not a new offset."""
    start, end = pair
    if type(start) is not int or type(end) is not int:
        raise TypeError(f"offsets are two whole numbers, not {pair!r}")
    return (start, end)


def _moment(text: str, zone: str | None) -> _dt.datetime:
    """An aware datetime from ISO text, in its named zone when the document gives one."""
    moment = _dt.datetime.fromisoformat(text)
    if moment.utcoffset() is None:
        raise ValueError(f"the time {text!r} has no UTC offset")
    if zone:
        try:
            return moment.astimezone(zoneinfo.ZoneInfo(zone))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {zone!r}") from None
    return moment


def _source_to_dict(source: Source) -> dict[str, Any]:
    when_span = source.when_span
    return {
        "article": source.article,
        "published": source.published.iso(),
        "url": source.url,
        "sentence": source.sentence,
        "span": list(source.span),
        "when_text": source.when_text,
        "when_span": None if when_span is None else list(when_span),
        "basis": source.basis._value_,
    }


def _diagnostic_to_dict(diagnostic: Diagnostic) -> dict[str, Any]:
    return {
        "message": diagnostic.message,
        "severity": diagnostic.severity.value,
        "path": diagnostic.path,
        "line": diagnostic.line,
        "offset": diagnostic.offset,
    }


def _diagnostic_from_dict(item: dict[str, Any]) -> Diagnostic:
    line, offset = item.get("line"), item.get("offset")
    for number in (line, offset):
        if number is not None and type(number) is not int:
            raise TypeError(f"line and offset are whole numbers, not {number!r}")
    return Diagnostic(item["message"], Severity(item.get("severity", "warning")), item.get("path"), line, offset)


def _label(item: object) -> str:
    if isinstance(item, dict):
        return str(item.get("id") or item.get("title") or "no id")[:60]
    return type(item).__name__
