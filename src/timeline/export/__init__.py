"""Exporters: iCalendar for calendar apps, JSON for other tools."""

from __future__ import annotations

from timeline.export._ical import is_calendar_event, to_ical
from timeline.export._json import SCHEMA_VERSION, from_json, to_json

__all__ = ["SCHEMA_VERSION", "from_json", "is_calendar_event", "to_ical", "to_json"]
