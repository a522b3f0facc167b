r"""The day a story was written: the date its dateline prints, when the page is dated a little later.

"BEIJING, Oct. 14 (Xinhua) -- ... met ... here today" on a page dated October
15 happened on the 14th: the wire's own day is what "today" and "on Monday"
count from.

>>> import timeline
>>> article = timeline.parse_article(" date 2024-10-15\n\nBEIJING, Oct. 14 (Xinhua) -- X met Y here today.")
>>> written_day(article).iso()
'2024-10-14'
"""

from __future__ import annotations

import re

import pendulum

from timeline.dates import DateRange, Precision
from timeline.model import Article
from timeline.tagger._vocabulary import MONTHS

__all__ = ["written_day"]

_DATED = re.compile(r"\b([A-Z][a-z]{2,9})\.?\s(\d{1,2})\b")  # "Oct. 14", "June 26" in the dateline
_WRITTEN_BEFORE = 7  # days a wire story may be printed after its dateline's day


def written_day(article: Article) -> DateRange:
    """The dateline's day when it is printed and falls in the week before the page's date; else the page's date."""
    published = article.published
    if article.dateline is None or published.precision is not Precision.DAY:
        return published
    line_start = article.text.rfind("\n", 0, article.body_start) + 1
    found = _DATED.search(article.text, line_start, article.body_start)
    month = MONTHS.get(found[1].lower()) if found else None
    if found is None or month is None:
        return published
    year = published.start.year - (1 if month > published.start.month else 0)  # "Dec. 31" on a January 1 page
    try:
        day = pendulum.date(year, month, int(found[2]))
    except ValueError:
        return published
    return DateRange.day(day) if 0 < (published.start - day).days <= _WRITTEN_BEFORE else published
