"""timeline: turn news about diplomacy and defence into a calendar of real, dated events.

>>> import timeline
>>> articles = timeline.read_articles("seeds")
>>> calendar = timeline.extract(articles)
>>> [(e.when.iso(), e.kind.value) for e in calendar.on("2025-01-09")]
[('2025-01-09', 'meeting'), ('2025-01-09', 'meeting')]
"""

from __future__ import annotations

from timeline.dates import DateRange, Precision
from timeline.exceptions import ArticleFormatError, DateFormatError, TimelineError, TimelineFormatError
from timeline.export import from_ical, from_json, to_ical, to_json
from timeline.extract import ExtractionError, extract
from timeline.model import (
    Article,
    DateBasis,
    Diagnostic,
    Event,
    Kind,
    Participant,
    Place,
    Severity,
    Source,
    Status,
    TemporalExpression,
    TimexType,
)
from timeline.query import Timeline
from timeline.reader import Articles, parse_article, read_article, read_articles
from timeline.tagger import tag

__all__ = [
    "Article",
    "ArticleFormatError",
    "Articles",
    "DateBasis",
    "DateFormatError",
    "DateRange",
    "Diagnostic",
    "Event",
    "ExtractionError",
    "Kind",
    "Participant",
    "Place",
    "Precision",
    "Severity",
    "Source",
    "Status",
    "TemporalExpression",
    "Timeline",
    "TimelineError",
    "TimelineFormatError",
    "TimexType",
    "extract",
    "from_ical",
    "from_json",
    "parse_article",
    "read_article",
    "read_articles",
    "tag",
    "to_ical",
    "to_json",
]


def __getattr__(name: str) -> str:
    """``timeline.__version__``, read from the installed metadata when first asked (importing it costs ~60 ms)."""
    if name != "__version__":
        msg = f"module 'timeline' has no attribute {name!r}"
        raise AttributeError(msg)
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - only when asked

    try:
        return version("news-timeline")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
        return "0+unknown"
