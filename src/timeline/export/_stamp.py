"""The moment an export says it was made: from the data, never from the clock."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from timeline.model import Event

__all__ = ["default_stamp"]


def default_stamp(events: Iterable[Event]) -> _dt.datetime:
    """Midnight UTC after the newest publication date among *events* (1970-01-02 for none).

    The same events give the same stamp, so re-running an export gives the same bytes.
    """
    newest = max((source.published.end for event in events for source in event.sources), default=_dt.date(1970, 1, 1))
    return _dt.datetime(newest.year, newest.month, newest.day, tzinfo=_dt.UTC) + _dt.timedelta(days=1)
