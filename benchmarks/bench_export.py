"""Export throughput: .ics against bare icalendar calls, and JSON dump + load, in one run.

    python benchmarks/bench_export.py              # 20,000 events
    python benchmarks/bench_export.py --events 2000

The bare-icalendar peer builds the same calendar our ``to_ical`` writes — the
same properties with equivalent values, the description and the
``X-TIMELINE-EVENT`` JSON included — with plain ``icalendar.Event()`` and
``.add()`` calls and no checks, so the ratio is what our layer costs.

Targets (issue 5): .ics export ≥ 0.8× the bare icalendar throughput; JSON dump
+ load ≥ 50,000 events/s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _synthetic import make_events

from timeline import Event, Timeline, from_json, to_ical, to_json
from timeline.export import from_jsonl, to_jsonl
from timeline.export._json import event_to_dict

STAMP = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)


def bare_icalendar(events: tuple[Event, ...]) -> str:
    """The same calendar through plain icalendar calls."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//news-timeline//timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("name", "timeline")
    for event in events:
        vevent = icalendar.Event()
        vevent.add("uid", event.id)
        vevent.add("summary", event.title)
        vevent.add("dtstart", event.when.start)
        vevent.add("dtend", event.when.end + dt.timedelta(days=1))
        vevent.add("dtstamp", STAMP)
        people = "; ".join(f"{p} ({p.title}, {p.country})" for p in event.participants)
        source = event.source
        published = source.published.iso()
        vevent.add("description", f"{source.sentence}\n\nParticipants: {people}\nSource: {source.article}, {published}")
        if event.where:
            vevent.add("location", str(event.where))
        vevent.add("categories", [event.kind.value])
        vevent.add("status", "CONFIRMED")
        for person in event.participants:
            vevent.add(
                "x-timeline-participant", icalendar.vText(person.name), parameters={"X-TITLE": person.title or ""}
            )
        blob = json.dumps(event_to_dict(event), ensure_ascii=False, separators=(",", ":"))
        vevent.add("x-timeline-event", icalendar.vText(blob))
        calendar.add_component(vevent)
    return bytes(calendar.to_ical()).decode("utf-8")


def _best(run: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=20_000, help="how many events (default 20,000)")
    count = parser.parse_args().events
    calendar = Timeline(make_events(count))
    events = calendar.events

    ours = _best(lambda: to_ical(calendar, stamp=STAMP, include_periods=True))
    bare = _best(lambda: bare_icalendar(events))
    print(f"{count:,} events")
    print(f".ics  ours {count / ours:>9,.0f} events/s   bare icalendar {count / bare:>9,.0f} events/s", end="")
    print(f"   ratio {bare / ours:.2f} (target ≥ 0.8)")

    for label, dump, load in (
        ("JSON document, indent=2 ", lambda: to_json(calendar), from_json),
        ("JSON document, compact ", lambda: to_json(calendar, indent=None), from_json),
        ("JSON Lines             ", lambda: to_jsonl(calendar), from_jsonl),
    ):
        text = dump()
        if load(text) != calendar.__class__(calendar.events):
            raise SystemExit(f"{label.strip()} does not round-trip")
        dumped, loaded = _best(dump), _best(lambda text=text, load=load: load(text))
        print(
            f"{label} dump {count / dumped:>9,.0f}/s  load {count / loaded:>9,.0f}/s  "
            f"dump + load {count / (dumped + loaded):>9,.0f} events/s (target ≥ 50,000)"
        )
    plain = [event_to_dict(e) for e in events]
    text = json.dumps(plain)
    raw = _best(lambda: json.loads(json.dumps(plain)))
    print(f"for scale, json.dumps + json.loads alone of the same dicts: {count / raw:,.0f} events/s", end="")
    print(f" ({len(text) / count:,.0f} B/event)")


if __name__ == "__main__":
    main()
