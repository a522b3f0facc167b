"""The event extractor: from articles to a timeline of dated events.

>>> import timeline
>>> article = timeline.parse_article(
...     " date 2025-01-10 VIENTIANE — The defence ministers met in Vientiane on Thursday. — VNS")
>>> [(e.kind.value, e.when.iso(), str(e.where)) for e in timeline.extract(article)]
[('meeting', '2025-01-09', 'Vientiane, Laos')]
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.exceptions import TimelineError
from timeline.extract._events import article_events
from timeline.extract._written import written_day
from timeline.model import Article, Diagnostic, Event, Severity
from timeline.query import Timeline
from timeline.reader import Articles
from timeline.tagger import tag

__all__ = ["ExtractionError", "extract"]


class ExtractionError(TimelineError):
    """Raised in strict mode when extraction met a problem it would otherwise report."""

    def __init__(self, diagnostics: tuple[Diagnostic, ...]) -> None:
        self.diagnostics = diagnostics
        first = str(diagnostics[0])
        more = f" (and {len(diagnostics) - 1} more)" if len(diagnostics) > 1 else ""
        super().__init__(f"{first}{more}")


def extract(source: Article | Articles | Iterable[Article], *, strict: bool = False) -> Timeline:
    """Extract the dated events of one article or many into a :class:`~timeline.query.Timeline`.

    Args:
        source: An article, or what :func:`~timeline.reader.read_articles`
            returns (its diagnostics are carried over), or any iterable of articles.
        strict: Raise :class:`ExtractionError` instead of reporting problems
            (files that could not be read, articles with no dated event).

    Raises:
        TypeError: *source* is a string: read it first with ``read_article``
            (a path) or ``parse_article`` (text).
    """
    if isinstance(source, str | bytes):
        msg = "extract() takes articles: use read_article(path) or parse_article(text, published=...) first"
        raise TypeError(msg)
    articles = [source] if isinstance(source, Article) else list(source)
    diagnostics = list(source.diagnostics) if isinstance(source, Articles) else []
    events: list[Event] = []
    for article in articles:
        found = article_events(article, tag(article, written_day(article)))  # "BEIJING, Oct. 14 (Xinhua)": the 14th
        if not found:
            diagnostics.append(Diagnostic("no dated event found", Severity.WARNING, article.path or article.id))
        events.extend(found)
    if strict and diagnostics:
        raise ExtractionError(tuple(diagnostics))
    return Timeline(events, diagnostics)
