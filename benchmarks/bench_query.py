"""Date queries at scale: our Timeline against intervaltree and a linear scan, in one run.

    python benchmarks/bench_query.py                # 1,000,000 events (a few minutes)
    python benchmarks/bench_query.py --events 100000

Prints, for windows of a day, a week and a month: µs per query for
``Timeline.overlapping`` / ``Timeline.within`` (which return a new Timeline, in
order), intervaltree's ``overlap`` / ``envelop`` (which return an unordered
set) and a list comprehension over the same events; the ratios; build times;
and memory per event (tracemalloc), events included.

Targets (issue 5): ≥ 20× intervaltree and ≥ 50× the linear scan per query;
≤ 1.5 KB per event.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from intervaltree import IntervalTree

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _synthetic import FIRST_YEAR, YEARS, make_events

from timeline import Event, Timeline

WINDOWS = {"day": 0, "week": 6, "month": None}


def _windows(kind: str, count: int, rng: random.Random) -> list[tuple[dt.date, dt.date]]:
    first = dt.date(FIRST_YEAR, 1, 1).toordinal()
    days = dt.date(FIRST_YEAR + YEARS, 1, 1).toordinal() - first - 40
    out = []
    for _ in range(count):
        start = dt.date.fromordinal(first + rng.randrange(days))
        if WINDOWS[kind] is None:
            start = start.replace(day=1)
            end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        else:
            end = start + dt.timedelta(days=WINDOWS[kind])
        out.append((start, end))
    return out


def _per_query(run: Callable[[dt.date, dt.date], object], windows: list[tuple[dt.date, dt.date]]) -> float:
    """Best of three passes over the windows, in µs per query."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for first, last in windows:
            run(first, last)
        best = min(best, time.perf_counter() - started)
    return best / len(windows) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000, help="how many events (default 1,000,000)")
    parser.add_argument("--queries", type=int, default=200, help="queries per window for our timeline")
    parser.add_argument("--peer-queries", type=int, default=20, help="of those, how many intervaltree answers")
    parser.add_argument("--scans", type=int, default=5, help="of those, how many the linear scan answers")
    arguments = parser.parse_args()
    count = arguments.events

    gc.collect()
    tracemalloc.start()
    events = make_events(count)
    events_bytes = tracemalloc.get_traced_memory()[0]
    calendar = Timeline(events)
    calendar.overlapping("2000-01-01")  # builds the index
    del events
    gc.collect()
    total_bytes = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    # Timed again without tracemalloc, which slows allocation down.
    started = time.perf_counter()
    calendar = Timeline(calendar.events[::-1])
    sorted_seconds = time.perf_counter() - started
    started = time.perf_counter()
    calendar.overlapping("2000-01-01")
    index_seconds = time.perf_counter() - started
    print(f"{count:,} events; Timeline sort {sorted_seconds:.2f} s, index build {index_seconds:.2f} s")
    print(
        f"memory: {events_bytes / count:,.0f} B/event for the events, "
        f"{total_bytes / count:,.0f} B/event with the timeline and its index (target ≤ 1,536)"
    )

    started = time.perf_counter()
    tree = IntervalTree.from_tuples((e.when.start.toordinal(), e.when.end.toordinal() + 1, e) for e in calendar)
    print(f"intervaltree build {time.perf_counter() - started:.2f} s")
    everything: tuple[Event, ...] = calendar.events

    def scan_overlapping(first: dt.date, last: dt.date) -> list[Event]:
        return [e for e in everything if e.when.start <= last and first <= e.when.end]

    def scan_within(first: dt.date, last: dt.date) -> list[Event]:
        return [e for e in everything if first <= e.when.start and e.when.end <= last]

    rng = random.Random(11)
    columns = [("query", -20), ("timeline µs", 12), ("intervaltree µs", 17), ("scan µs", 10), ("× itree", 9),
               ("× scan", 8), ("hits", 7)]  # fmt: skip
    print("\n" + "".join(f"{name:<{-width}}" if width < 0 else f"{name:>{width}}" for name, width in columns))
    for kind in WINDOWS:
        windows = _windows(kind, arguments.queries, rng)
        for first, last in windows[: arguments.scans]:  # same answers, before timing anything
            ours = {e.id for e in calendar.overlapping(first, last)}
            same = ours == {i.data.id for i in tree.overlap(first.toordinal(), last.toordinal() + 1)}
            same &= ours == {e.id for e in scan_overlapping(first, last)}
            same &= list(calendar.within(first, last)) == scan_within(first, last)
            if not same:
                raise SystemExit(f"the three disagree on {first}..{last}")
        for name, ours_run, tree_run, scan_run in (
            ("overlapping", calendar.overlapping, lambda a, b: tree.overlap(a.toordinal(), b.toordinal() + 1),
             scan_overlapping),
            ("within", calendar.within, lambda a, b: tree.envelop(a.toordinal(), b.toordinal() + 1), scan_within),
        ):  # fmt: skip
            ours = _per_query(ours_run, windows)
            theirs = _per_query(tree_run, windows[: arguments.peer_queries])
            scan = _per_query(scan_run, windows[: arguments.scans])
            hits = sum(len(ours_run(a, b)) for a, b in windows) / len(windows)
            print(
                f"{name + ' ' + kind:<20}{ours:>12.1f}{theirs:>17.1f}{scan:>10.0f}"
                f"{theirs / ours:>9.1f}{scan / ours:>8.0f}{hits:>7.0f}"
            )


if __name__ == "__main__":
    main()
