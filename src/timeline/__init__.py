"""timeline: turn news about diplomacy and defence into a calendar of real, dated events.

>>> import timeline
>>> articles = timeline.read_articles("seeds")
>>> calendar = timeline.extract(articles)
>>> [(e.when.iso(), e.kind.value) for e in calendar.on("2025-01-09")]
[('2025-01-09', 'meeting'), ('2025-01-09', 'meeting')]
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

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

try:
    __version__ = version("news-timeline")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"
