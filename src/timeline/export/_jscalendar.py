"""JSCalendar (RFC 8984): the events as a JSON ``Group`` of ``Event`` objects.

Every event is included, whatever its precision (JSON fills no calendar grid):
an event known to days is ``showWithoutTime`` from its first day for its
number of days (``"duration": "P5D"``); a timed event starts at its local time
in its ``timeZone`` (fixed UTC offsets are converted to UTC). Precision and
hedging, which JSCalendar has no property for, are written in the
``description``.

>>> import json, timeline
>>> tl = timeline.extract(timeline.read_articles("seeds"))
>>> group = json.loads(to_jscalendar(tl))
>>> group["@type"], len(group["entries"])
('Group', 6)
>>> plan = group["entries"][2]
>>> plan["title"][:20], plan["start"], plan["duration"], plan["showWithoutTime"]
('Protocol on Vietnam-', '2025-01-01T00:00:00', 'P1826D', True)
"""

from __future__ import annotations

import datetime as _dt
import uuid
from collections.abc import Iterable
from typing import Any

from timeline.export import _codec
from timeline.export._stamp import default_stamp
from timeline.model import Event, Status
from timeline.query import Timeline

__all__ = ["to_jscalendar"]

_PRODID = "-//news-timeline//timeline//EN"
_STATUS = {Status.REPORTED: "confirmed", Status.PLANNED: "tentative", Status.CANCELLED: "cancelled"}  # RFC 8984 4.4.3
_GROUP_NAMESPACE = uuid.UUID("9a3f0c55-6b1e-5d2a-8c4f-2e7b1d9a0f63")


def to_jscalendar(
    events: Timeline | Iterable[Event], *, stamp: _dt.datetime | None = None, name: str = "timeline"
) -> str:
    """The events as a JSCalendar Group (RFC 8984), as JSON text.

    Args:
        events: A timeline or any events.
        stamp: The ``updated`` time of every object; default midnight UTC
            after the newest publication date, never the clock.
        name: The group's title.
    """
    chosen = list(events)
    updated = _utc(stamp or default_stamp(chosen))
    group = {
        "@type": "Group",
        "uid": str(uuid.uuid5(_GROUP_NAMESPACE, "\x1f".join(event.id for event in chosen))),
        "updated": updated,
        "prodId": _PRODID,
        "title": name,
        "entries": [_event(event, updated) for event in chosen],
    }
    return _codec.dumps(group, indent=2)


def _event(event: Event, updated: str) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "@type": "Event",
        "uid": event.id,
        "updated": updated,
        "title": event.title,
        "description": _description(event),
        "keywords": {event.kind.value: True},
        "status": _STATUS[event.status],
        "freeBusyStatus": "free",
    }
    if event.start_time is None:
        entry["start"] = f"{event.when.start.isoformat()}T00:00:00"
        entry["showWithoutTime"] = True
        entry["duration"] = f"P{event.when.days}D"
    else:
        start = event.start_time
        zone = getattr(start.tzinfo, "key", None)
        if not isinstance(zone, str):
            zone, start = "Etc/UTC", start.astimezone(_dt.UTC)
        entry["start"] = start.replace(tzinfo=None).isoformat(timespec="seconds")
        entry["timeZone"] = zone
        if event.end_time is not None:
            entry["duration"] = _duration(event.end_time - event.start_time)
    if event.where is not None:
        entry["locations"] = {"1": {"@type": "Location", "name": str(event.where)}}
    if event.participants:
        entry["participants"] = {
            str(number): {
                "@type": "Participant",
                "name": person.name,
                "roles": {"attendee": True},
                **({"description": ", ".join(x for x in (person.rank, person.title, person.country) if x)}
                   if person.rank or person.title or person.country else {}),
            }
            for number, person in enumerate(event.participants, start=1)
        }  # fmt: skip
    links = [source.url for source in event.sources if source.url]
    if links:
        entry["links"] = {
            str(number): {"@type": "Link", "href": url, "rel": "describedby"}
            for number, url in enumerate(dict.fromkeys(links), start=1)
        }
    return entry


def _description(event: Event) -> str:
    lines = [event.source.sentence]
    if event.when.approximate or event.when.precision.value != "day":
        lines.append(f"Date: {event.when} ({event.when.precision.value} precision)")
    lines.append(f"Source: {event.source.article}, published {event.source.published.iso()}")
    return "\n\n".join(lines)


def _duration(length: _dt.timedelta) -> str:
    """An RFC 8984 Duration (``P1DT2H30M``); ``PT0S`` for none."""
    seconds = int(length.total_seconds())
    days, seconds = divmod(seconds, 86_400)
    hours, seconds = divmod(seconds, 3_600)
    minutes, seconds = divmod(seconds, 60)
    time = "".join(f"{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n)
    text = "P" + (f"{days}D" if days else "") + (f"T{time}" if time else "")
    return text if text != "P" else "PT0S"


def _utc(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
