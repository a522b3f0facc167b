"""iCalendar (RFC 5545) through icalendar: a file any calendar app opens.

Every event is all-day: ``DTSTART;VALUE=DATE`` on its first day and ``DTEND``
on the day *after* its last, as RFC 5545 wants. UIDs come from the event's
content, so a re-run gives the same UIDs and calendar apps update instead of
duplicating; ``DTSTAMP`` comes from the caller (or, if not given, from the
newest publication date among the events), never from the clock.

Events known only to a month, a year or a longer period are left out by
default (a five-year plan would fill every day of a calendar); pass
``include_periods=True`` to include them as all-day spans. A timed event
(``start_time``) is written with its time: in a named zone with ``TZID`` and a
``VTIMEZONE``, a fixed UTC offset converted to UTC.

Participants are in the ``DESCRIPTION`` for people, and each is an
``X-TIMELINE-PARTICIPANT`` property (``X-TITLE``, ``X-RANK``, ``X-COUNTRY``
parameters) for programs. ``X-TIMELINE-EVENT`` holds the whole event in the
JSON contract, so :func:`~timeline.export.from_ical` reads our own files back
losslessly; calendar apps ignore both.

>>> import timeline
>>> tl = timeline.extract(timeline.read_articles("seeds"))
>>> ics = to_ical(tl)
>>> ics.count("BEGIN:VEVENT"), ics.count("DTSTART;VALUE=DATE:20250109")
(3, 2)
"""

from __future__ import annotations

import datetime as _dt
import uuid
import zoneinfo
from collections.abc import Iterable

import icalendar

from timeline.dates import Precision
from timeline.export import _codec
from timeline.export._json import event_to_dict
from timeline.export._stamp import default_stamp
from timeline.model import Event, Participant, Status
from timeline.query import Timeline

__all__ = ["EVENT_PROPERTY", "ICAL_STATUS", "PARTICIPANT_PROPERTY", "PRODID", "is_calendar_event", "to_ical"]

EVENT_PROPERTY = "X-TIMELINE-EVENT"
PARTICIPANT_PROPERTY = "X-TIMELINE-PARTICIPANT"

PRODID = "-//news-timeline//timeline//EN"
_DESCRIPTION = "Dated events extracted from news by news-timeline"
_CALENDAR_NAMESPACE = uuid.UUID("0d8c1b9e-58f1-5b43-9a4e-3f1d2c7a6b50")
_DAY_LIKE = frozenset({Precision.DAY, Precision.WEEK})
# RFC 5545 STATUS of a VEVENT for each of ours; the import reads them back (timeline.export._ical_read).
ICAL_STATUS = {Status.REPORTED: "CONFIRMED", Status.PLANNED: "TENTATIVE", Status.CANCELLED: "CANCELLED"}


def is_calendar_event(event: Event, *, include_periods: bool = False) -> bool:
    """True when *event* belongs in a calendar: known to the day or week, or periods asked for."""
    return include_periods or (event.when.precision in _DAY_LIKE and not event.when.approximate)


def to_ical(  # noqa: PLR0913 - each keyword is one calendar property
    events: Timeline | Iterable[Event],
    *,
    stamp: _dt.datetime | None = None,
    include_periods: bool = False,
    name: str = "timeline",
    description: str | None = None,
    source: str | None = None,
    refresh: _dt.timedelta | None = None,
) -> str:
    """The events as an iCalendar document (text with CRLF line ends).

    Args:
        events: A timeline or any events.
        stamp: The DTSTAMP of every event; default midnight UTC after the
            newest publication date, so the same input gives the same file.
        include_periods: Also include events known only to a month or coarser.
        name: The calendar's NAME (RFC 7986).
        description: The calendar's DESCRIPTION.
        source: Where subscribers fetch the calendar again (RFC 7986 SOURCE, a URI).
        refresh: How often they should (RFC 7986 REFRESH-INTERVAL).
    """
    chosen = [event for event in events if is_calendar_event(event, include_periods=include_periods)]
    stamp = stamp or default_stamp(chosen)
    description = description or _DESCRIPTION
    calendar = icalendar.Calendar.new(
        uid=uuid.uuid5(_CALENDAR_NAMESPACE, "\x1f".join(event.id for event in chosen)),
        name=_text(name),
        description=_text(description),
        prodid=PRODID,
        source=source,
        refresh_interval=refresh,
    )
    # icalendar 7 writes NAME, X-WR-CALNAME and X-WR-CALDESC unescaped (as unknown values), so a ';' or ','
    # in a name would break the property; they are TEXT (RFC 7986 5.1), written here as such.
    for prop, value in (("NAME", name), ("X-WR-CALNAME", name), ("X-WR-CALDESC", description)):
        calendar.pop(prop, None)
        calendar.add(prop, _text(value))
    # RFC 7986 wants VALUE=URI and VALUE=DURATION on these; icalendar 7 leaves them out.
    if source is not None:
        calendar["SOURCE"].params["VALUE"] = "URI"
    if refresh is not None:
        calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"
    for event in chosen:
        calendar.add_component(_vevent(event, stamp))
    timed = [event.start_time for event in chosen if event.start_time is not None]
    if timed:
        first, last = min(timed), max(timed)
        calendar.add_missing_timezones(first.date() - _dt.timedelta(days=366), last.date() + _dt.timedelta(days=366))
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
    if event.start_time is None:
        start: _dt.date = event.when.start
        end: _dt.date | None = event.when.end + _dt.timedelta(days=1)
    else:
        start = _calendar_time(event.start_time)
        end = None if event.end_time is None else _calendar_time(event.end_time)
    vevent = icalendar.Event.new(
        uid=event.id,
        summary=_text(event.title),
        start=start,
        end=end,
        stamp=stamp,
        description=_text("\n".join(lines)),
        location=_text(str(event.where)) if event.where else None,
        categories=[event.kind.value],
        url=_uri(source.url) if source.url else None,
    )
    vevent.add("status", ICAL_STATUS[event.status])
    for person in event.participants:
        name = _text(person.name)
        name.params = _Quoted(_person_parameters(person))
        vevent.add(PARTICIPANT_PROPERTY, name)
    # JSON escapes every control character but DEL, which TEXT cannot hold either.
    blob = _codec.dumps(event_to_dict(event)).replace("\x7f", "\\u007f")
    # X- properties are TEXT unless said otherwise (RFC 5545 3.8.8.2); icalendar only escapes a vText.
    vevent.add(EVENT_PROPERTY, _Text(blob))
    return vevent


def _calendar_time(moment: _dt.datetime) -> _dt.datetime:
    """A time as calendars take it: in its IANA zone (TZID + VTIMEZONE), or in UTC for a fixed offset."""
    zone = getattr(moment.tzinfo, "key", None)
    if isinstance(zone, str):
        try:
            return moment.astimezone(zoneinfo.ZoneInfo(zone))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    return moment.astimezone(_dt.UTC)


class _Quoted(icalendar.Parameters):
    """Parameters whose values are always quoted.

    icalendar quotes only values with ``,;:``, and its reader takes a
    backslash in an unquoted value for an escape and strips spaces at the ends.
    """

    always_quoted: tuple[str, ...] = (*icalendar.Parameters.always_quoted, "X-RANK", "X-COUNTRY")  # type: ignore[assignment]


def _person_parameters(person: Participant) -> dict[str, str]:
    fields = {"X-TITLE": person.title, "X-RANK": person.rank, "X-COUNTRY": person.country}
    values = {name: _parameter(value) for name, value in fields.items() if value}
    # icalendar 7 reads a backslash before ",", ";", ":" or another backslash in any parameter value as an
    # escape (RFC 5545 has none there), so a backslash is written doubled: it reads back as the one written.
    return {name: value.replace("\\", "\\\\") for name, value in values.items() if value}


# RFC 5545 TEXT admits no control characters but line breaks (written \n) and tabs.
# Control characters, and the byte order mark, which icalendar's reading of each value as UTF-8-SIG drops at a
# value's start (a name "\ufeffX" would come back "X"): dropped everywhere, as a calendar cannot show them.
_CONTROLS = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xFEFF])
# Parameter values admit no control characters at all; icalendar writes '"' as RFC 6868's ^'.
_PARAMETER_CONTROLS = dict.fromkeys([*range(0x20), 0x7F])


class _Text(icalendar.vText):
    """A TEXT value escaped as RFC 5545 3.3.11 says.

    icalendar 7 first turns a literal backslash followed by "N" into a line
    break, so a path such as C:/News written with backslashes would not come
    back as written; this escapes each character once.
    """

    def to_ical(self) -> bytes:
        escaped = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
        return escaped.encode("utf-8")


def _text(value: str) -> _Text:
    """*value* as calendar text: line breaks kept, other control characters dropped.

    The JSON export keeps the text exactly; a calendar can only show this much.
    """
    return _Text(value.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS))


def _parameter(value: str) -> str:
    """A parameter value: no control characters, which no parameter can hold."""
    return value.translate(_PARAMETER_CONTROLS)


def _uri(value: str) -> str:
    """A URL as a URI value: no control characters or spaces, which would break the line."""
    return value.translate(_PARAMETER_CONTROLS).replace(" ", "%20")


def _person(participant: Participant) -> str:
    name = str(participant)
    extras = ", ".join(x for x in (participant.title, participant.country) if x)
    return f"{name} ({extras})" if extras else name
