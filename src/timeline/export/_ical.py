"""iCalendar (RFC 5545) through icalendar: a file any calendar app opens.

Every event is all-day: ``DTSTART;VALUE=DATE`` on its first day and ``DTEND``
on the day *after* its last, as RFC 5545 wants. UIDs come from the event's
content, so a re-run gives the same UIDs and calendar apps update instead of
duplicating; ``DTSTAMP`` comes from the caller (or, if not given, from the
newest publication date among the events), never from the clock.

Events known only to a month, a year or a longer period are left out by
default (a five-year plan would fill every day of a calendar); pass
``include_periods=True`` to include them as all-day spans.

>>> import timeline
>>> tl = timeline.extract(timeline.read_articles("seeds"))
>>> ics = to_ical(tl)
>>> ics.count("BEGIN:VEVENT"), ics.count("DTSTART;VALUE=DATE:20250109")
(3, 2)
"""

from __future__ import annotations

import datetime as _dt
import uuid
from collections.abc import Iterable

import icalendar

from timeline.dates import Precision
from timeline.model import Event
from timeline.query import Timeline

__all__ = ["PRODID", "is_calendar_event", "to_ical"]

PRODID = "-//news-timeline//timeline//EN"
_CALENDAR_NAMESPACE = uuid.UUID("0d8c1b9e-58f1-5b43-9a4e-3f1d2c7a6b50")
_DAY_LIKE = frozenset({Precision.DAY, Precision.WEEK})


def is_calendar_event(event: Event, *, include_periods: bool = False) -> bool:
    """True when *event* belongs in a calendar: known to the day or week, or periods asked for."""
    return include_periods or (event.when.precision in _DAY_LIKE and not event.when.approximate)


def to_ical(
    events: Timeline | Iterable[Event],
    *,
    stamp: _dt.datetime | None = None,
    include_periods: bool = False,
    name: str = "timeline",
    description: str | None = None,
) -> str:
    """The events as an iCalendar document (text with CRLF line ends).

    Args:
        events: A timeline or any events.
        stamp: The DTSTAMP of every event; default midnight UTC after the
            newest publication date, so the same input gives the same file.
        include_periods: Also include events known only to a month or coarser.
        name: The calendar's NAME (RFC 7986).
        description: The calendar's DESCRIPTION.
    """
    chosen = [event for event in events if is_calendar_event(event, include_periods=include_periods)]
    stamp = stamp or _default_stamp(chosen)
    calendar = icalendar.Calendar.new(
        uid=uuid.uuid5(_CALENDAR_NAMESPACE, "\x1f".join(event.id for event in chosen)),
        name=name,
        description=description or "Dated events extracted from news by news-timeline",
        prodid=PRODID,
    )
    for event in chosen:
        calendar.add_component(_vevent(event, stamp))
    return bytes(calendar.to_ical()).decode("utf-8")


def _vevent(event: Event, stamp: _dt.datetime) -> icalendar.Event:
    source = event.source
    lines = [source.sentence, ""]
    if event.participants:
        lines.append("Participants: " + "; ".join(_person(p) for p in event.participants))
    if event.when.approximate or event.when.precision not in _DAY_LIKE:
        lines.append(f"Date: {event.when} ({event.when.precision.value} precision)")
    if source.basis.value == "inferred":
        lines.append("Date inferred from a related event in the same article.")
    lines.append(
        f"Source: {source.article}, published {source.published.iso()}" + (f", {source.url}" if source.url else "")
    )
    vevent = icalendar.Event.new(
        uid=event.id,
        summary=_text(event.title),
        start=event.when.start,
        end=event.when.end + _dt.timedelta(days=1),
        stamp=stamp,
        description=_text("\n".join(lines)),
        location=_text(str(event.where)) if event.where else None,
        categories=[event.kind.value],
        url=_text(source.url) if source.url else None,
    )
    vevent.add("status", "TENTATIVE" if event.status.value == "planned" else "CONFIRMED")
    return vevent


# RFC 5545 TEXT admits no control characters but line breaks (written \n) and tabs.
_CONTROLS = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _text(value: str) -> str:
    """*value* as calendar text: line breaks kept, other control characters dropped.

    The JSON export keeps the text exactly; a calendar can only show this much.
    """
    return value.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)


def _person(participant: object) -> str:
    name = str(participant)
    title = getattr(participant, "title", None)
    country = getattr(participant, "country", None)
    extras = ", ".join(x for x in (title, country) if x)
    return f"{name} ({extras})" if extras else name


def _default_stamp(events: list[Event]) -> _dt.datetime:
    newest = max((source.published.end for event in events for source in event.sources), default=_dt.date(1970, 1, 1))
    return _dt.datetime(newest.year, newest.month, newest.day, tzinfo=_dt.UTC) + _dt.timedelta(days=1)
