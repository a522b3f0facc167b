"""The ``timeline`` command: calendars and JSON from news files, queries on saved timelines, the tagger.

    timeline extract PATH... [--format F] [-o FILE] [--from DATE] [--to DATE]
    timeline query FILE [--from DATE] [--to DATE] [--mode overlapping|within] [--participant NAME]
                        [--country C] [--place P] [--kind K] [--status S] [--format F] [-o FILE]
    timeline convert FILE [--format ics|json|jsonl|jscalendar|timelinejs|table] [-o FILE]
    timeline tag [--dct YYYY-MM-DD] FILE|-

User mistakes (a missing file, a bad date) print one line to stderr and exit
with status 2; no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from timeline.cli._common import OUTPUT_FORMATS, Progress, output_format, report, table, write, write_file
from timeline.cli._common import UsageError as _UsageError
from timeline.cli._common import date_argument as _date_argument
from timeline.cli._query import add_commands
from timeline.dates import DateRange
from timeline.exceptions import TimelineError
from timeline.export import is_calendar_event
from timeline.extract import extract
from timeline.model import TemporalExpression
from timeline.query import Timeline
from timeline.reader import date_line, read_articles
from timeline.tagger import tag

__all__ = ["main", "table"]

_USAGE_ERROR = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    arguments = parser.parse_args(argv)
    try:
        return int(arguments.run(arguments))
    except (_UsageError, TimelineError) as error:
        print(f"timeline: error: {error}", file=sys.stderr)
        return _USAGE_ERROR
    except BrokenPipeError:  # `timeline extract ... | head`
        return 0


class _Version(argparse.Action):
    """``--version``, reading the installed version only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=str(kwargs.get("help")))

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        import timeline  # noqa: PLC0415 - the package this command belongs to

        print(f"{parser.prog} {timeline.__version__}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn news about diplomacy and defence into a calendar of dated events.",
    )
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    extract_command = commands.add_parser(
        "extract", help="extract dated events from news files into .ics, JSON or a table",
        description="Extract dated events from articles (files, folders of *.txt and subfolders, or - for stdin).",
    )  # fmt: skip
    extract_command.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders, or - for stdin")
    extract_command.add_argument(
        "--format", "-f", choices=OUTPUT_FORMATS, help="output format (default: from -o's extension, else table)"
    )
    extract_command.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    extract_command.add_argument(
        "--from", dest="start", metavar="DATE", help="only events that may fall on or after DATE (YYYY[-MM[-DD]])"
    )
    extract_command.add_argument(
        "--to", dest="end", metavar="DATE", help="only events that may fall on or before DATE (YYYY[-MM[-DD]])"
    )
    extract_command.add_argument("--published", metavar="DATE", help="publication date for files without a date line")
    extract_command.add_argument(
        "--include-periods", action="store_true", help="put events known only to a month or coarser in the .ics too"
    )
    extract_command.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read")
    extract_command.add_argument("--quiet", "-q", action="store_true", help="print no summary")
    extract_command.set_defaults(run=_extract)

    tag_command = commands.add_parser(
        "tag", help="print the temporal expressions of a text as JSON lines",
        description="Tag temporal expressions; offsets are characters of the text as read, end exclusive.",
    )  # fmt: skip
    tag_command.add_argument("path", metavar="FILE", help="a text file, or - for stdin")
    tag_command.add_argument(
        "--dct", metavar="DATE", help="the anchor (publication date); default: the file's date line"
    )
    tag_command.set_defaults(run=_tag)
    add_commands(commands)
    return parser


# -- extract ----------------------------------------------------------------------------------


def _extract(arguments: argparse.Namespace) -> int:
    for path in arguments.paths:
        if path != "-" and not Path(path).exists():
            raise _UsageError(f"{path}: no such file or directory")
    kind = output_format(arguments.format, arguments.output)  # before the work: "-o events.csv" is a mistake
    start = _date_argument(arguments.start, "--from")
    end = _date_argument(arguments.end, "--to")
    published = _date_argument(arguments.published, "--published")
    articles = read_articles(arguments.paths, default_published=published, strict=arguments.strict)
    report(articles.diagnostics)
    if not len(articles):
        folders = [path for path in arguments.paths if Path(path).is_dir()]
        empty = not articles.diagnostics and folders
        raise _UsageError(
            "no article could be read" + (f": no *.txt file in or under {', '.join(folders)}" if empty else "")
        )
    timeline = extract(articles)
    if start or end:
        timeline = timeline.overlapping((start or DateRange.parse("0001")).start, (end or DateRange.parse("9999")).end)
    quiet = Progress("", enabled=False)

    def write_to(stream: TextIO) -> None:
        write(timeline, kind, stream, include_periods=arguments.include_periods, progress=quiet)

    if arguments.output:
        write_file(arguments.output, write_to)
        if not arguments.quiet:
            _summary(timeline, arguments, kind)
    else:
        write_to(sys.stdout)
    return 0


def _summary(timeline: Timeline, arguments: argparse.Namespace, output_format: str) -> None:
    written = len(timeline)
    note = ""
    if output_format == "ics" and not arguments.include_periods:
        written = sum(is_calendar_event(event) for event in timeline)
        left_out = len(timeline) - written
        if left_out:
            note = f" ({left_out} known only to a month or longer left out: add --include-periods)"
    sys.stdout.write(table(timeline))
    print(f"\nWrote {written} of {len(timeline)} events to {arguments.output}{note}.")


# -- tag ---------------------------------------------------------------------------------------------


def _tag(arguments: argparse.Namespace) -> int:
    text = _read_plain(arguments.path)
    skip_to = 0
    if arguments.dct:
        anchor = _date_argument(arguments.dct, "--dct")
    else:
        anchor, skip_to = date_line(text, arguments.path)
        if anchor is None:
            raise _UsageError(f"{arguments.path}: no date line; give the anchor with --dct YYYY-MM-DD")
    assert anchor is not None  # noqa: S101 - both branches set it or raise
    for expression in tag(text, anchor):
        if expression.start >= skip_to:
            sys.stdout.write(json.dumps(_expression(expression), ensure_ascii=False) + "\n")
    return 0


def _read_plain(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise _UsageError(f"{path}: no such file") from None
    except OSError as error:
        raise _UsageError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _UsageError(f"{path}: not UTF-8 at byte {error.start}: re-save it as UTF-8") from None


def _expression(expression: TemporalExpression) -> dict[str, object]:
    record: dict[str, object] = {
        "start": expression.start,
        "end": expression.end,
        "text": expression.text,
        "type": expression.type.value,
        "value": expression.value,
    }
    if expression.mod:
        record["mod"] = expression.mod
    for name, dates in (("dates", expression.dates), ("period", expression.period)):
        if dates is not None:
            record[name] = {
                "start": dates.start.isoformat(),
                "end": dates.end.isoformat(),
                "precision": dates.precision.value,
                "approximate": dates.approximate,
            }
    return record


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
