"""Calendar arithmetic for the tagger: TIMEX3 values and the days they cover.

Every function returns a ``(value, dates)`` pair: the TIMEX3 value string as
the TimeML guidelines write it, and the :class:`~timeline.dates.DateRange` of
days it covers. Arithmetic goes through pendulum.
"""

from __future__ import annotations

import datetime as _dt

import pendulum

from timeline.dates import DateRange, Precision
from timeline.tagger._vocabulary import LUNAR_NEW_YEAR

__all__ = [
    "Value",
    "closest_year",
    "day",
    "decade",
    "easter",
    "half",
    "iso_week",
    "month",
    "narrow",
    "quarter",
    "season",
    "season_of",
    "weekend",
    "year",
]

Value = tuple[str, DateRange]

# How many days back one day ahead weighs when the text gives no tense.
FUTURE_WEIGHT = 2
# A future verb before a day this many days before the anchor still means that day: the copy was written earlier.
STALE_FUTURE_DAYS = 3

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def day(date: _dt.date) -> Value:
    """A single day: ``2025-01-09``."""
    return date.isoformat(), DateRange.day(date)


def iso_week(date: _dt.date) -> Value:
    """The ISO week that holds *date*: ``2025-W02``."""
    iso_year, week, _ = date.isocalendar()
    return f"{iso_year}-W{week:02d}", DateRange.iso_week(iso_year, week)


def weekend(date: _dt.date) -> Value:
    """The Saturday and Sunday of *date*'s ISO week: ``2025-W02-WE``."""
    iso_year, week, _ = date.isocalendar()
    saturday = pendulum.Date.fromisocalendar(iso_year, week, 6)
    return f"{iso_year}-W{week:02d}-WE", DateRange(saturday, saturday.add(days=1), Precision.WEEK)


def month(year_: int, month_: int) -> Value:
    """A month: ``2025-03``."""
    return f"{year_:04d}-{month_:02d}", DateRange.month(year_, month_)


def quarter(year_: int, number: int) -> Value:
    """A quarter: ``2025-Q1``."""
    return f"{year_:04d}-Q{number}", DateRange.quarter(year_, number)


def half(year_: int, number: int) -> Value:
    """A half year: ``2025-H2``."""
    first = pendulum.date(year_, 6 * number - 5, 1)
    last = first.add(months=5).end_of("month")
    return f"{year_:04d}-H{number}", DateRange(first, last, Precision.HALF)


def season(year_: int, code: str) -> Value:
    """A season, northern meteorological: ``2025-SU`` is June to August."""
    first_month, last_month = _SEASON_MONTHS[code]
    first = pendulum.date(year_, first_month, 1)
    last = first.add(months=last_month - first_month).end_of("month")
    return f"{year_:04d}-{code}", DateRange(first, last, Precision.SEASON)


def season_of(date: _dt.date) -> tuple[int, str]:
    """The (year, code) of the season *date* falls in; January is last year's winter."""
    for code, (first, last) in _SEASON_MONTHS.items():
        if first <= date.month <= last:
            return date.year, code
    return date.year - 1, "WI"


def year(year_: int) -> Value:
    """A year: ``2025``."""
    return f"{year_:04d}", DateRange.year(year_)


def decade(first_year: int) -> Value:
    """A decade: ``199`` for the 1990s."""
    return f"{first_year // 10:03d}", DateRange.decade(first_year)


def century(number: int) -> Value:
    """A century by its ordinal: the 21st century is ``20``."""
    first = max(1, (number - 1) * 100)
    dates = DateRange(pendulum.date(first, 1, 1), pendulum.date(first + 99, 12, 31), Precision.CENTURY)
    return f"{number - 1:02d}", dates


def narrow(dates: DateRange, mod: str | None, *, halves: bool = False) -> DateRange:
    """The part of *dates* that "early", "mid" or "late" (mod START/MID/END) picks out.

    The part is a third of the range, and approximate: "early March" is the
    1st to the 10th, "mid-March" the 11th to the 20th, "late March" the 21st
    to the end. With *halves* ("the first half of November"), START and END
    are the two halves: the 1st to the 15th, the 16th to the end.
    """
    if mod not in {"START", "MID", "END"}:
        return dates
    if halves and mod != "MID":
        middle = dates.start.add(days=14 if dates.precision is Precision.MONTH else dates.days // 2 - 1)
        if mod == "START":
            return DateRange(dates.start, middle, dates.precision)
        return DateRange(middle.add(days=1), dates.end, dates.precision)
    if dates.precision is Precision.MONTH:
        first_day = {"START": 1, "MID": 11, "END": 21}[mod]
        first = dates.start.add(days=first_day - 1)
        last = dates.end if mod == "END" else first.add(days=9)
        return DateRange(first, last, dates.precision, approximate=True)
    span = dates.days
    third = max(1, span // 3)
    start = {"START": 0, "MID": third, "END": span - third}[mod]
    first = dates.start.add(days=start)
    last = first.add(days=third - 1) if mod != "END" else dates.end
    return DateRange(first, last, dates.precision, approximate=True)


def closest_year(month_: int, day_: int | None, anchor: _dt.date, direction: int) -> int | None:
    """The year that puts month (and day) nearest the anchor.

    *direction* is -1 when the clause speaks of the past (take the latest
    occurrence on or before the anchor), +1 for the future (the earliest on or
    after), 0 when the text does not say: then the nearest, where a day ahead
    counts :data:`FUTURE_WEIGHT` days back, since news mostly reports what has
    happened ("the Oct. 23 shooting" in a May paper is last October).
    Returns ``None`` for a day no year has (February 30).
    """
    candidates = []
    for year_ in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            first = _dt.date(year_, month_, day_ or 1)
        except ValueError:
            continue
        last = first if day_ else pendulum.date(year_, month_, 1).end_of("month")
        distance = 0 if first <= anchor <= last else min(abs((first - anchor).days), abs((last - anchor).days))
        candidates.append((year_, first, last, distance))
    if not candidates:
        return None
    if direction < 0:
        past = [c for c in candidates if c[1] <= anchor]
        if past:
            return max(past, key=lambda c: c[1])[0]
    if direction > 0:
        # "will arrive on November 14" in a November 15 paper: written the day before, not a year ahead
        future = [c for c in candidates if (c[2] - anchor).days >= -STALE_FUTURE_DAYS]
        if future:
            return min(future, key=lambda c: c[1])[0]
    return min(candidates, key=lambda c: (c[3] * (FUTURE_WEIGHT if c[1] > anchor else 1), c[1] > anchor))[0]


def easter(year_: int) -> pendulum.Date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year_ % 19, year_ // 100, year_ % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 19 * l) // 433
    month_ = (h + l - 7 * m + 90) // 25
    return pendulum.date(year_, month_, (h + l - 7 * m + 33 * month_ + 19) % 32)


def lunar_new_year(year_: int) -> pendulum.Date | None:
    """Tết, the first day of the lunar year, where the table knows it."""
    known = LUNAR_NEW_YEAR.get(year_)
    return pendulum.date(year_, *known) if known else None


def thanksgiving(year_: int) -> pendulum.Date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = pendulum.date(year_, 11, 1)
    return first.add(days=(3 - first.weekday()) % 7 + 21)
