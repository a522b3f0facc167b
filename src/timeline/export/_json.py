"""JSON: the contract other tools read, and the way back into a :class:`~timeline.query.Timeline`.

>>> import timeline
>>> tl = timeline.extract(timeline.read_articles("seeds"))
>>> text = to_json(tl)
>>> from_json(text) == tl
True

The document is ``{"schema": 1, "events": [...], "diagnostics": [...]}``; each
event carries ``id, kind, title, start, end, precision, approximate, status,
where, participants, organisations, cameo, source, sources``. See
``docs/json.md`` for every field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from timeline.dates import DateRange, Precision
from timeline.exceptions import TimelineFormatError
from timeline.model import DateBasis, Diagnostic, Event, Kind, Participant, Place, Severity, Source, Status
from timeline.query import Timeline

__all__ = ["SCHEMA_VERSION", "event_from_dict", "event_to_dict", "from_json", "to_json"]

SCHEMA_VERSION = 1


def to_json(events: Timeline | Iterable[Event], *, indent: int | None = 2) -> str:
    """The timeline as a JSON document (UTF-8 text, non-ASCII kept as is)."""
    timeline = events if isinstance(events, Timeline) else Timeline(tuple(events))
    document = {
        "schema": SCHEMA_VERSION,
        "events": [event_to_dict(event) for event in timeline],
        "diagnostics": [_diagnostic_to_dict(d) for d in timeline.diagnostics],
    }
    return json.dumps(document, ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, *, path: str | None = None) -> Timeline:
    """Read a document written by :func:`to_json` (or by another tool, to the same contract).

    Raises:
        TimelineFormatError: The text is not JSON, or an event lacks a field
            or has a wrong value; the message names the line or the event.
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise TimelineFormatError(
            f"is not valid JSON ({error.msg})", path=path, line=error.lineno, column=error.colno,
            offset=error.pos, hint="check the file was written by 'timeline extract --format json'",
        ) from None  # fmt: skip
    if not isinstance(document, dict) or not isinstance(document.get("events"), list):
        raise TimelineFormatError("has no 'events' list", path=path, hint='expected {"events": [...]}')
    version = document.get("schema", SCHEMA_VERSION)
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise TimelineFormatError(
            f"uses schema {version}; this version reads up to {SCHEMA_VERSION}", path=path,
            hint="upgrade news-timeline",
        )  # fmt: skip
    events = []
    for number, item in enumerate(document["events"]):
        try:
            events.append(event_from_dict(item))
        except (KeyError, TypeError, ValueError) as error:
            detail = f"missing field {error}" if isinstance(error, KeyError) else str(error)
            raise TimelineFormatError(
                f"event {number} ({_label(item)}): {detail}", path=path,
                hint="each event needs kind, title, start, end, precision and source",
            ) from None  # fmt: skip
    diagnostics = [_diagnostic_from_dict(d) for d in document.get("diagnostics", [])]
    return Timeline(tuple(events), tuple(diagnostics))


def event_to_dict(event: Event) -> dict[str, Any]:
    """One event as the JSON contract writes it."""
    return {
        "id": event.id,
        "kind": event.kind.value,
        "title": event.title,
        "start": event.when.start.isoformat(),
        "end": event.when.end.isoformat(),
        "precision": event.when.precision.value,
        "approximate": event.when.approximate,
        "status": event.status.value,
        "where": None if event.where is None else {"name": event.where.name, "country": event.where.country},
        "participants": [
            {"name": p.name, "title": p.title, "rank": p.rank, "country": p.country} for p in event.participants
        ],
        "organisations": list(event.organisations),
        "cameo": event.cameo,
        "source": _source_to_dict(event.source),
        **({"sources": [_source_to_dict(source) for source in event.sources]} if len(event.sources) > 1 else {}),
    }


def event_from_dict(item: dict[str, Any]) -> Event:
    """The event a dict of the JSON contract describes."""
    when = DateRange(
        item["start"], item["end"], Precision(item.get("precision", "day")), bool(item.get("approximate", False))
    )
    where = item.get("where")
    sources = item.get("sources") or [item["source"]]
    return Event(
        kind=Kind(item["kind"]),
        title=str(item["title"]),
        when=when,
        sources=tuple(_source_from_dict(s) for s in sources),
        where=None if not where else Place(where["name"], where.get("country")),
        participants=tuple(
            Participant(p["name"], p.get("title"), p.get("rank"), p.get("country"))
            for p in item.get("participants", [])
        ),
        organisations=tuple(item.get("organisations", [])),
        status=Status(item.get("status", "reported")),
        cameo=item.get("cameo", Kind(item["kind"]).cameo),
    )


def _source_to_dict(source: Source) -> dict[str, Any]:
    return {
        "article": source.article,
        "published": source.published.iso(),
        "url": source.url,
        "sentence": source.sentence,
        "span": list(source.span),
        "when_text": source.when_text,
        "when_span": None if source.when_span is None else list(source.when_span),
        "basis": source.basis.value,
    }


def _source_from_dict(item: dict[str, Any]) -> Source:
    span = item["span"]
    when_span = item.get("when_span")
    return Source(
        article=str(item["article"]),
        published=DateRange.parse(item["published"]),
        sentence=str(item["sentence"]),
        span=(int(span[0]), int(span[1])),
        when_text=item.get("when_text"),
        when_span=None if when_span is None else (int(when_span[0]), int(when_span[1])),
        basis=DateBasis(item.get("basis", "stated")),
        url=item.get("url"),
    )


def _diagnostic_to_dict(diagnostic: Diagnostic) -> dict[str, Any]:
    return {
        "message": diagnostic.message,
        "severity": diagnostic.severity.value,
        "path": diagnostic.path,
        "line": diagnostic.line,
        "offset": diagnostic.offset,
    }


def _diagnostic_from_dict(item: dict[str, Any]) -> Diagnostic:
    return Diagnostic(
        item["message"],
        Severity(item.get("severity", "warning")),
        item.get("path"),
        item.get("line"),
        item.get("offset"),
    )


def _label(item: object) -> str:
    if isinstance(item, dict):
        return str(item.get("id") or item.get("title") or "no id")[:60]
    return type(item).__name__
