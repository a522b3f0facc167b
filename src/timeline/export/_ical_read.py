"""Reading iCalendar back: our own files losslessly, other calendars' events as events.

A VEVENT we wrote carries ``X-TIMELINE-EVENT`` (the event in the JSON
contract) and comes back equal. Any other VEVENT is read from its standard
properties: SUMMARY is the title, DTSTART/DTEND the days (or, with a time of
day, ``start_time``/``end_time``), LOCATION the place, CATEGORIES the kind when
one names a kind (else ``other``), ATTENDEE and ``X-TIMELINE-PARTICIPANT`` the
participants, STATUS:TENTATIVE a planned event, and DESCRIPTION (or the
summary) with URL the source, published on the DTSTAMP's day.

>>> import timeline
>>> tl = timeline.extract(timeline.read_articles("seeds"))
>>> from_ical(timeline.to_ical(tl, include_periods=True)) == Timeline(tl.events)
True

Lenient by default: an event that cannot be read is left out and reported in
``diagnostics`` with its line; ``strict=True`` raises. Text that is not
iCalendar at all always raises :class:`~timeline.exceptions.TimelineFormatError`
with the line.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import icalendar

from timeline.dates import DateRange
from timeline.exceptions import TimelineFormatError
from timeline.export import _codec
from timeline.export._ical import EVENT_PROPERTY, ICAL_STATUS, PARTICIPANT_PROPERTY
from timeline.export._json import event_from_dict
from timeline.gazetteer import find_place
from timeline.model import Diagnostic, Event, Kind, Participant, Place, Severity, Source, Status
from timeline.query import Timeline

__all__ = ["from_ical"]

# RFC 5545 3.1: name *(";" param) ":" value; a parameter value is quoted or has no ";:,\"".
_CONTENT_LINE = re.compile(
    r"""[A-Za-z0-9-]+                                  # name
        (?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)         # ;param=value
           (?:,(?:"[^"]*"|[^";:,]*))*)*                # ,value...
        :""",
    re.VERBOSE,
)
_KINDS = {kind.value: kind for kind in Kind}
_STATUS = {value: status for status, value in ICAL_STATUS.items()}  # another calendar's event: reported


def from_ical(text: str | bytes, *, path: str | None = None, strict: bool = False) -> Timeline:
    """The events of an iCalendar document, as a timeline.

    Args:
        text: The .ics text (or its bytes, UTF-8).
        path: The file it came from, for messages.
        strict: Raise on the first event that cannot be read, instead of
            leaving it out with a diagnostic.

    Raises:
        TimelineFormatError: The text is not iCalendar (with the line), or,
            with ``strict``, an event cannot be read.
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise TimelineFormatError(f"is not UTF-8 (byte {error.start})", path=path, offset=error.start) from None
    event_lines = _check_structure(text, path)
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except ValueError as error:
        line = getattr(error, "line_number", None)
        raise TimelineFormatError(f"is not valid iCalendar ({error})", path=path, line=line) from None
    events: list[Event] = []
    diagnostics: list[Diagnostic] = []
    vevents = [component for calendar in calendars for component in calendar.walk("VEVENT")]
    for vevent, line in zip(vevents, event_lines, strict=False):
        try:
            events.append(_event(vevent, path, diagnostics, line))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            reason = f"it has no {error.args[0]}" if isinstance(error, KeyError) else str(error)  # not "'DTSTART'"
            problem = f"VEVENT {_label(vevent)} cannot be read: {reason}"
            if strict:
                raise TimelineFormatError(problem, path=path, line=line, hint="fix or remove that event") from None
            diagnostics.append(Diagnostic(problem + "; left out", Severity.ERROR, path, line))
    return Timeline(events, diagnostics)


def _check_structure(text: str, path: str | None) -> list[int]:
    """Check every content line and BEGIN/END pairing; return the line of each ``BEGIN:VEVENT``.

    icalendar is forgiving and does not say where a document breaks; this says
    which line, which is what someone fixing the file needs.
    """
    stack: list[tuple[str, int]] = []
    event_lines: list[int] = []
    seen_any = False
    for number, line in _unfolded(text, path):
        if not _CONTENT_LINE.match(line):
            raise TimelineFormatError(
                f"is not iCalendar: not a content line ({line[:40]!r})", path=path, line=number,
                hint="each line must be NAME[;PARAM=VALUE]:VALUE, long lines folded with a leading space",
            )  # fmt: skip
        name, _, value = line.partition(":")
        name, value = name.split(";", 1)[0].upper(), value.strip().upper()
        if not seen_any and (name, value) != ("BEGIN", "VCALENDAR"):
            raise TimelineFormatError("is not iCalendar: it must start with BEGIN:VCALENDAR", path=path, line=number)
        seen_any = True
        if name == "BEGIN":
            stack.append((value, number))
            if value == "VEVENT":
                event_lines.append(number)
        elif name == "END":
            if not stack or stack[-1][0] != value:
                expected = f"END:{stack[-1][0]} for line {stack[-1][1]}" if stack else "nothing"
                raise TimelineFormatError(f"END:{value} where {expected} was due", path=path, line=number)
            stack.pop()
    if not seen_any:
        raise TimelineFormatError("is empty: no BEGIN:VCALENDAR", path=path)
    if stack:
        kind, number = stack[-1]
        raise TimelineFormatError(f"BEGIN:{kind} is never closed", path=path, line=number, hint="the file may be cut")
    return event_lines


def _unfolded(text: str, path: str | None) -> list[tuple[int, str]]:
    """The logical lines (folds joined), each with the number of the physical line it starts on."""
    lines: list[tuple[int, str]] = []
    # Lines end at CRLF (or a bare LF); not splitlines(), which also breaks at U+2028 and the like inside values.
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if line[:1] in {" ", "\t"}:
            if not lines:
                raise TimelineFormatError("starts with a continuation line", path=path, line=number)
            lines[-1] = (lines[-1][0], lines[-1][1] + line[1:])
        elif line.strip():
            lines.append((number, line))
    return lines


def _event(vevent: icalendar.Component, path: str | None, diagnostics: list[Diagnostic], line: int) -> Event:
    own = vevent.get(EVENT_PROPERTY)
    if own is not None:
        try:
            return event_from_dict(_codec.loads(_unescaped(own)))
        except (KeyError, TypeError, ValueError) as error:
            diagnostics.append(
                Diagnostic(f"{EVENT_PROPERTY} of {_label(vevent)} unreadable ({error}); read its properties instead",
                           Severity.WARNING, path, line)
            )  # fmt: skip
    return _foreign_event(vevent, path, diagnostics, line)


def _foreign_event(vevent: icalendar.Component, path: str | None, diagnostics: list[Diagnostic], line: int) -> Event:
    start = vevent.decoded("DTSTART")
    end = vevent.decoded("DTEND", None)
    if end is None and "DURATION" in vevent:
        end = start + vevent.decoded("DURATION")
    if "RRULE" in vevent:
        diagnostics.append(Diagnostic(f"{_label(vevent)} repeats; only its first occurrence is read",
                                      Severity.WARNING, path, line))  # fmt: skip
    start_time = end_time = None
    if isinstance(start, _dt.datetime):
        if start.utcoffset() is None:  # floating time: no zone to pin it to, so keep the day
            diagnostics.append(Diagnostic(f"{_label(vevent)} has a time without a zone; only its day is kept",
                                          Severity.WARNING, path, line))  # fmt: skip
            end = end.date() if isinstance(end, _dt.datetime) else end
            start = start.date()
            end = None if end is None else max(end, start + _dt.timedelta(days=1))
        else:
            start_time = start
            end_time = end if isinstance(end, _dt.datetime) and end.utcoffset() is not None else None
    if start_time is not None:
        when = DateRange(start_time.date(), (end_time or start_time).date())
    else:
        last = start if end is None else max(start, _as_day(end) - _dt.timedelta(days=1))
        when = DateRange(start, last)
    title = str(vevent.get("SUMMARY", "")) or "(untitled)"
    sentence = str(vevent.get("DESCRIPTION", "")) or title
    stamp = vevent.decoded("DTSTAMP", None) or start
    uid = str(vevent.get("UID", "")) or title
    categories = [str(c).lower() for prop in _all(vevent, "CATEGORIES") for c in prop.cats]
    kind = next((_KINDS[c] for c in categories if c in _KINDS), Kind.OTHER)
    return Event(
        kind=kind,
        title=title,
        when=when,
        sources=[Source(uid, DateRange.day(_as_day(stamp)), sentence, (0, len(sentence)), url=_url(vevent))],
        where=_place(str(vevent["LOCATION"])) if vevent.get("LOCATION") else None,
        participants=_participants(vevent),
        status=_STATUS.get(str(vevent.get("STATUS", "")).upper(), Status.REPORTED),
        start_time=start_time,
        end_time=end_time,
    )


def _participants(vevent: icalendar.Component) -> list[Participant]:
    people = [
        Participant(
            _unescaped(prop), prop.params.get("X-TITLE"), prop.params.get("X-RANK"), prop.params.get("X-COUNTRY")
        )
        for prop in _all(vevent, PARTICIPANT_PROPERTY)
    ]
    for attendee in _all(vevent, "ATTENDEE"):
        name = attendee.params.get("CN") or re.sub(r"(?i)^mailto:", "", str(attendee))
        people.append(Participant(name))
    return people


def _place(location: str) -> Place:
    """A LOCATION as a place: ours read "Name, Country"; others' as the gazetteer knows them, or as written."""
    known = find_place(location)
    if known is not None and known.name == location:
        return known
    name, _, country = location.rpartition(", ")
    return Place(name, country) if name else Place(location)


_ESCAPED = re.compile(r"\\([\\;,nN])")


def _unescaped(value: object) -> str:
    """An X- property's TEXT value unescaped (RFC 5545 3.3.11); icalendar hands unknown properties over raw."""
    return _ESCAPED.sub(lambda found: "\n" if found[1] in "nN" else found[1], str(value))


def _url(vevent: icalendar.Component) -> str | None:
    url = vevent.get("URL")
    return str(url) if url else None


def _all(vevent: icalendar.Component, name: str) -> list[Any]:
    value = vevent.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _as_day(value: _dt.date) -> _dt.date:
    return value.date() if isinstance(value, _dt.datetime) else value


def _label(vevent: icalendar.Component) -> str:
    return repr(str(vevent.get("SUMMARY") or vevent.get("UID") or "without summary")[:60])
