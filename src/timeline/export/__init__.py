"""Exporters: iCalendar for calendar apps; JSON, JSON Lines, JSCalendar and TimelineJS for other tools."""

from __future__ import annotations

from timeline.export._ical import is_calendar_event, to_ical
from timeline.export._ical_read import from_ical
from timeline.export._jscalendar import to_jscalendar
from timeline.export._json import (
    SCHEMA_VERSION,
    from_json,
    from_jsonl,
    iter_jsonl,
    json_schema,
    to_json,
    to_jsonl,
)
from timeline.export._timelinejs import to_timelinejs

__all__ = [
    "SCHEMA_VERSION",
    "from_ical",
    "from_json",
    "from_jsonl",
    "is_calendar_event",
    "iter_jsonl",
    "json_schema",
    "to_ical",
    "to_jscalendar",
    "to_json",
    "to_jsonl",
    "to_timelinejs",
]
