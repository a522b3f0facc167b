"""TimelineJS (Knight Lab, version 3): the JSON its ``TL.Timeline`` reads.

TimelineJS dates are objects of ``year``, ``month``, ``day`` (and ``hour``,
``minute`` for timed events); it shows a date with only the parts given, so an
event known to the year keeps just its year, one known to the month its year
and month. Texts are HTML there, so titles and sentences are escaped.

>>> import json, timeline
>>> tl = timeline.extract(timeline.read_articles("seeds"))
>>> document = json.loads(to_timelinejs(tl))
>>> [(e["start_date"], e.get("end_date")) for e in document["events"][1:3]]
[({'year': 2025}, None), ({'year': 2025}, {'year': 2029})]
>>> document["events"][3]["start_date"], document["events"][3]["group"]
({'year': 2025, 'month': 1, 'day': 9}, 'meeting')
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Iterable
from typing import Any

from timeline.dates import DateRange, Precision
from timeline.export import _codec
from timeline.model import Event, Status
from timeline.query import Timeline

__all__ = ["to_timelinejs"]

_YEARS = frozenset({Precision.YEAR, Precision.DECADE, Precision.CENTURY})
_MONTHS = frozenset({Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.HALF})


def to_timelinejs(events: Timeline | Iterable[Event], *, title: str = "timeline") -> str:
    """The events as a TimelineJS 3 document (JSON text)."""
    document = {
        "title": {"text": {"headline": html.escape(title), "text": ""}},
        "events": [_event(event) for event in events],
    }
    return _codec.dumps(document, indent=2)


def _event(event: Event) -> dict[str, Any]:
    start, end = _ends(event.when)
    entry: dict[str, Any] = {"start_date": start}
    if event.start_time is not None:
        entry["start_date"] = _moment(event.start_time)
        if event.end_time is not None:
            entry["end_date"] = _moment(event.end_time)
    elif end is not None:
        entry["end_date"] = end
    where = f" ({html.escape(str(event.where))})" if event.where else ""
    source = event.source
    link = f' <a href="{html.escape(source.url)}">{html.escape(source.article)}</a>' if source.url else ""
    called_off = "Cancelled: " if event.status is Status.CANCELLED else ""  # a slide has no status of its own
    entry["text"] = {
        "headline": html.escape(called_off + event.title),
        "text": f"<p>{html.escape(source.sentence)}{where}</p><p>{html.escape(source.article)}{link}</p>",
    }
    entry["group"] = event.kind.value
    entry["unique_id"] = event.id
    if event.when.approximate:
        entry["display_date"] = f"about {event.when.iso().replace('/', ' to ')}"
    return entry


def _ends(when: DateRange) -> tuple[dict[str, int], dict[str, int] | None]:
    """The first and last date, each with only the parts the precision knows; no end for one unit."""
    if when.precision in _YEARS and (when.start.month, when.start.day, when.end.month, when.end.day) == (1, 1, 12, 31):
        first, last = {"year": when.start.year}, {"year": when.end.year}
    elif when.precision in _MONTHS and when.start.day == 1 and when.end == when.end.end_of("month"):
        first = {"year": when.start.year, "month": when.start.month}
        last = {"year": when.end.year, "month": when.end.month}
    else:
        first = {"year": when.start.year, "month": when.start.month, "day": when.start.day}
        last = {"year": when.end.year, "month": when.end.month, "day": when.end.day}
    return first, (None if first == last else last)


def _moment(moment: _dt.datetime) -> dict[str, int]:
    return {"year": moment.year, "month": moment.month, "day": moment.day, "hour": moment.hour, "minute": moment.minute}
