"""Export throughput: .ics against bare icalendar calls, and JSON dump + load, in one run.

    python benchmarks/bench_export.py              # 20,000 events
    python benchmarks/bench_export.py --events 2000
    python benchmarks/bench_export.py --only json  # the JSON part alone (the .ics part takes a minute)

The bare-icalendar peer builds the same calendar our ``to_ical`` writes — the
same properties with equivalent values, the description and the
``X-TIMELINE-EVENT`` JSON included — with plain ``icalendar.Event()`` and
``.add()`` calls and no checks, so the ratio is what our layer costs.

Targets (issue 5): .ics export ≥ 0.8× the bare icalendar throughput; JSON dump
+ load ≥ 50,000 events/s.

Each JSON dump is timed on freshly made events, whose ids (a SHA-1 of the
content each) are not yet computed, as after extraction; "again" dumps the
events just loaded, which keep the ids their file gave, as ``timeline query``
and ``timeline convert`` do. Timings are CPU time of this process, so another
busy process on the machine disturbs them less.

The last line gives, for scale, the codec alone on the same dicts: a dumps and
a loads of the events' list as the bare peer, once as it runs by default and
once with the cyclic collector paused, as ``to_json`` and ``from_json`` pause
it. The second is what this layer's conversions add to.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import icalendar
import orjson

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


def _best(run: Callable[[Any], object], fresh: Callable[[], Any] = lambda: None, repeat: int = 3) -> float:
    """The shortest CPU time of *repeat* runs of *run* on what *fresh* makes, untimed, for each."""
    best = float("inf")
    for _ in range(repeat):
        given = fresh()
        started = time.process_time()
        run(given)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=20_000, help="how many events (default 20,000)")
    parser.add_argument("--only", choices=["ics", "json"], help="run only the .ics part or only the JSON part")
    arguments = parser.parse_args()
    count = arguments.events
    calendar = Timeline(make_events(count))
    print(f"{count:,} events")
    if arguments.only != "json":
        bench_ical(count)
    if arguments.only != "ics":
        bench_json(count, calendar)


def _fresh(count: int) -> Callable[[], Timeline]:
    return lambda: Timeline(make_events(count))


def bench_ical(count: int) -> None:
    """Our .ics against the same calendar through bare icalendar calls."""
    ours = _best(lambda t: to_ical(t, stamp=STAMP, include_periods=True), _fresh(count))
    bare = _best(lambda t: bare_icalendar(t.events), _fresh(count))
    print(f".ics  ours {count / ours:>9,.0f} events/s   bare icalendar {count / bare:>9,.0f} events/s", end="")
    print(f"   ratio {bare / ours:.2f} (target ≥ 0.8)")


def _paused(run: Callable[[Any], object]) -> Callable[[Any], object]:
    """*run* with the cyclic collector paused, as ``to_json`` and ``from_json`` run."""

    def paused(given: object) -> object:
        gc.disable()
        try:
            return run(given)
        finally:
            gc.enable()

    return paused


def bench_json(count: int, calendar: Timeline) -> None:
    """JSON document (indented, compact) and JSON Lines: dump, load, both; then the bare codec for scale."""
    events, fresh = calendar.events, _fresh(count)
    for label, dump, load in (
        ("JSON document, indent=2", to_json, from_json),
        ("JSON document, compact ", lambda t: to_json(t, indent=None), from_json),
        ("JSON Lines             ", to_jsonl, from_jsonl),
    ):
        text = dump(calendar)
        loaded = load(text)
        if loaded != calendar.__class__(calendar.events):
            raise SystemExit(f"{label.strip()} does not round-trip")
        dumped = _best(dump, fresh)
        again = _best(lambda _, dump=dump, loaded=loaded: dump(loaded))
        read = _best(lambda _, text=text, load=load: load(text))
        print(
            f"{label}  dump {count / dumped:>7,.0f}/s (again {count / again:>7,.0f}/s)  load {count / read:>7,.0f}/s"
            f"  dump + load {count / (dumped + read):>7,.0f}/s (again {count / (again + read):>7,.0f}/s)"
            "  target ≥ 50,000"
        )
    plain = [event_to_dict(e) for e in events]
    text = json.dumps(plain)
    raw = _best(lambda _: json.loads(json.dumps(plain)))
    fast = _best(lambda _: orjson.loads(orjson.dumps(plain)))
    paused = _best(_paused(lambda _: orjson.loads(orjson.dumps(plain))))
    print(
        f"for scale, dumps + loads alone of the same dicts: json {count / raw:,.0f}/s, orjson {count / fast:,.0f}/s"
        f" (collector paused: {count / paused:,.0f}/s)",
        end="",
    )
    print(f" ({len(text) / count:,.0f} B/event)")


if __name__ == "__main__":
    main()
