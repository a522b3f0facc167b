"""``timeline query`` and ``timeline convert``: ask a saved timeline, or rewrite it in another format."""

from __future__ import annotations

import argparse
import datetime as _dt
import sys

from timeline.cli._common import (
    INPUT_FORMATS,
    OUTPUT_FORMATS,
    Progress,
    UsageError,
    date_argument,
    output_format,
    read_timeline,
    write,
    write_file,
)
from timeline.export import is_calendar_event
from timeline.model import Kind, Status
from timeline.query import Timeline

__all__ = ["add_commands"]

_KINDS = [kind.value for kind in Kind]
_STATUSES = [status.value for status in Status]


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``query`` and ``convert`` to the command's subparsers."""
    query = commands.add_parser(
        "query", help="the events of a saved timeline that match dates, people, places, kinds",
        description="Select events from a timeline saved as JSON, JSON Lines or .ics. Filters combine.",
    )  # fmt: skip
    _common_arguments(query)
    query.add_argument("--from", dest="start", metavar="DATE", help="range start (YYYY[-MM[-DD]])")
    query.add_argument("--to", dest="end", metavar="DATE", help="range end (YYYY[-MM[-DD]])")
    query.add_argument(
        "--mode", choices=("overlapping", "within"), default="overlapping",
        help="overlapping: events that may fall in the range (default); within: certainly inside it",
    )  # fmt: skip
    query.add_argument("--participant", action="append", default=[], metavar="NAME", help="a participant's name")
    query.add_argument("--country", action="append", default=[], metavar="COUNTRY", help="place or participant's")
    query.add_argument("--place", action="append", default=[], metavar="PLACE", help="a city, province or country")
    query.add_argument(
        "--kind", action="append", default=[], type=str.lower, metavar="KIND", help="meeting, visit, talks, ..."
    )
    query.add_argument("--status", type=str.lower, help="reported, planned or cancelled")
    query.set_defaults(run=_query)

    convert = commands.add_parser(
        "convert", help="rewrite a saved timeline in another format",
        description="Read JSON, JSON Lines or .ics and write ics, json, jsonl, jscalendar, timelinejs or a table.",
    )  # fmt: skip
    _common_arguments(convert)
    convert.set_defaults(run=_convert)


def _common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="FILE", help="a .json, .jsonl or .ics file, or - for stdin")
    parser.add_argument("--input-format", choices=INPUT_FORMATS, help="default: from FILE's extension")
    parser.add_argument(
        "--format", "-f", choices=OUTPUT_FORMATS, help="output format (default: from -o's extension, else table)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    parser.add_argument(
        "--include-periods", action="store_true", help="put events known only to a month or coarser in the .ics too"
    )
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument("--progress", action="store_true", default=None, help="show progress on stderr")
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="never show progress")


def _progress(arguments: argparse.Namespace) -> Progress:
    enabled = arguments.progress if arguments.progress is not None else sys.stderr.isatty()
    return Progress("read", enabled=enabled)


def _query(arguments: argparse.Namespace) -> int:
    start = date_argument(arguments.start, "--from")
    end = date_argument(arguments.end, "--to")
    unknown = [kind for kind in arguments.kind if kind not in _KINDS]
    if unknown:
        raise UsageError(f"--kind {unknown[0]!r} is not a kind: use one of {', '.join(_KINDS)}")
    if arguments.status is not None and arguments.status not in _STATUSES:  # one line, as for --kind
        raise UsageError(f"--status {arguments.status!r} is not a status: use one of {', '.join(_STATUSES)}")
    progress = _progress(arguments)
    timeline = read_timeline(arguments.path, arguments.input_format, progress)
    found = _select(timeline, arguments, start.start if start else None, end.end if end else None)
    progress.say(f"{len(found):,} of {len(timeline):,} events match")
    _write(found, arguments, progress)
    return 0


def _select(
    timeline: Timeline, arguments: argparse.Namespace, first: _dt.date | None, last: _dt.date | None
) -> Timeline:
    """Dates first (through the index), then the filters, which look at each event left."""
    if first is not None or last is not None:
        low, high = first or _dt.date.min, last or _dt.date.max
        timeline = timeline.within(low, high) if arguments.mode == "within" else timeline.overlapping(low, high)
    if arguments.kind:
        timeline = timeline.of_kind(*arguments.kind)
    if arguments.status:
        timeline = timeline.with_status(arguments.status)
    for name in arguments.participant:
        timeline = timeline.with_participant(name)
    for country in arguments.country:
        timeline = timeline.with_country(country)
    for place in arguments.place:
        timeline = timeline.at_place(place)
    return timeline


def _convert(arguments: argparse.Namespace) -> int:
    progress = _progress(arguments)
    timeline = read_timeline(arguments.path, arguments.input_format, progress)
    _write(timeline, arguments, progress)
    return 0


def _write(timeline: Timeline, arguments: argparse.Namespace, progress: Progress) -> None:
    kind = output_format(arguments.format, arguments.output)
    if kind == "ics" and not arguments.include_periods:
        left_out = sum(not is_calendar_event(event) for event in timeline)
        if left_out:  # said on stderr, so the calendar on stdout stays clean
            print(
                f"timeline: {left_out} of {len(timeline)} events known only to a month or longer left out of the "
                ".ics: add --include-periods",
                file=sys.stderr,
            )
    if arguments.output:
        write_file(
            arguments.output,
            lambda stream: write(timeline, kind, stream, include_periods=arguments.include_periods, progress=progress),
        )
    else:
        write(timeline, kind, sys.stdout, include_periods=arguments.include_periods, progress=progress)
