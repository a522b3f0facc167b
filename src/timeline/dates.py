"""Dates with a precision: the calendar's unit of knowledge.

A news story rarely knows an event to the minute. "In March 2024" is a month,
"the 2025-2029 period" is five years, "over the past nearly 11 years" is a span
whose start is only roughly known. :class:`DateRange` keeps all of that: the
first and last possible day (both inclusive), how precisely the text pins them
down, and whether the text hedged ("about", "nearly").

>>> march = DateRange.month(2024, 3)
>>> march
DateRange(start=Date(2024, 3, 1), end=Date(2024, 3, 31), precision=<Precision.MONTH: 'month'>, approximate=False)
>>> march.contains(pendulum.date(2024, 3, 15))
True
>>> DateRange.parse("2025-01").precision
<Precision.MONTH: 'month'>
"""

from __future__ import annotations

import calendar
import datetime as _dt
import enum
import re
from typing import Self

import attrs
import pendulum

from timeline.exceptions import DateFormatError

__all__ = ["DateRange", "Precision", "as_date"]


class Precision(enum.Enum):
    """How precisely a text pins a date down, finest first."""

    __hash__ = object.__hash__  # a slot, not Enum's Python-level hash of the name: asked for every date compared

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def rank(self) -> int:
        """0 for a day, growing with the unit; for comparing precisions."""
        return _RANK[self]


_RANK = {p: i for i, p in enumerate(Precision)}


def as_date(value: _dt.date | str) -> pendulum.Date:
    """Return *value* as a :class:`pendulum.Date`.

    Accepts a :class:`datetime.date` (or a pendulum date) and an ISO string
    ``YYYY-MM-DD``. A :class:`datetime.datetime` is refused: events are dated
    by the day, and silently dropping a time of day would lose data.

    >>> as_date("2025-01-09")
    Date(2025, 1, 9)

    Raises:
        DateFormatError: *value* is not a calendar date.
    """
    if isinstance(value, str):
        text = value.strip()
        if _ISO_DAY.fullmatch(text):
            try:
                return pendulum.Date.fromisoformat(text)
            except ValueError:
                raise DateFormatError(value) from None
        raise DateFormatError(value)
    if isinstance(value, _dt.datetime):
        raise DateFormatError(str(value), "a date without a time of day (YYYY-MM-DD)")
    if isinstance(value, pendulum.Date):
        return value
    if isinstance(value, _dt.date):
        return pendulum.date(value.year, value.month, value.day)
    raise DateFormatError(str(value))


def _month_days(year: int, month: int) -> int:
    """How many days month *month* of *year* has (pendulum's ``end_of`` costs some 15 µs; this, under one)."""
    return calendar.monthrange(year, month)[1]


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_PARTIAL = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


@attrs.frozen
class DateRange:
    """The days an event may fall on, and how sure the text is about them.

    Attributes:
        start: The first possible day.
        end: The last possible day, inclusive (``start`` for a single day).
        precision: The unit the text states the date in.
        approximate: The text hedges ("about", "nearly", "some"), so the
            ends are not exact even at this precision.
    """

    start: pendulum.Date = attrs.field(converter=as_date)
    end: pendulum.Date = attrs.field(converter=as_date)
    precision: Precision = Precision.DAY
    approximate: bool = False

    @end.validator
    def _end_not_before_start(self, _attribute: object, end: pendulum.Date) -> None:
        if end < self.start:
            msg = f"a date range cannot end ({end}) before it starts ({self.start})"
            raise ValueError(msg)

    # -- construction --------------------------------------------------------

    @classmethod
    def day(cls, day: _dt.date | str) -> Self:
        """The single day *day*."""
        return cls(day, day, Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> Self:
        """All of month *month* of *year*."""
        return cls(pendulum.date(year, month, 1), pendulum.date(year, month, _month_days(year, month)), Precision.MONTH)

    @classmethod
    def year(cls, year: int) -> Self:
        """All of *year*."""
        return cls(pendulum.date(year, 1, 1), pendulum.date(year, 12, 31), Precision.YEAR)

    @classmethod
    def years(cls, first: int, last: int) -> Self:
        """The years *first* to *last*, both included ("the 2025-2029 period")."""
        return cls(pendulum.date(first, 1, 1), pendulum.date(last, 12, 31), Precision.YEAR)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Self:
        """Quarter *quarter* (1-4) of *year*."""
        first, last = 3 * quarter - 2, 3 * quarter
        return cls(pendulum.date(year, first, 1), pendulum.date(year, last, _month_days(year, last)), Precision.QUARTER)

    @classmethod
    def iso_week(cls, year: int, week: int) -> Self:
        """ISO week *week* of *year*, Monday to Sunday."""
        monday = pendulum.Date.fromisocalendar(year, week, 1)
        return cls(monday, monday.add(days=6), Precision.WEEK)

    @classmethod
    def decade(cls, decade: int) -> Self:
        """The decade starting in year *decade* (``1990`` for the 1990s)."""
        return cls(pendulum.date(decade, 1, 1), pendulum.date(decade + 9, 12, 31), Precision.DECADE)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a year, month or day.

        >>> DateRange.parse("2025").end
        Date(2025, 12, 31)

        Raises:
            DateFormatError: *text* is none of those forms.
        """
        found = _ISO_PARTIAL.fullmatch(text.strip())
        if not found:
            raise DateFormatError(text, "YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = found["year"], found["month"], found["day"]
        try:
            if day:
                return cls.day(_dt.date(int(year), int(month), int(day)))
            if month:
                return cls.month(int(year), int(month))
        except ValueError:
            raise DateFormatError(text, "YYYY, YYYY-MM or YYYY-MM-DD") from None
        return cls.year(int(year))

    # -- questions -----------------------------------------------------------

    @property
    def days(self) -> int:
        """How many days the range spans (1 for a single day)."""
        return self.end.toordinal() - self.start.toordinal() + 1  # pendulum's subtraction builds an Interval

    @property
    def is_day(self) -> bool:
        """True for a single, exactly known day."""
        return self.start == self.end and not self.approximate

    def contains(self, day: _dt.date) -> bool:
        """True if *day* is one of the range's days."""
        return self.start <= day <= self.end

    def overlaps(self, other: DateRange) -> bool:
        """True if the two ranges share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def within(self, other: DateRange) -> bool:
        """True if every day of this range is a day of *other*."""
        return other.start <= self.start and self.end <= other.end

    def iso(self) -> str:
        """The range in the shortest ISO 8601 form that says it exactly.

        >>> DateRange.year(2025).iso()
        '2025'
        >>> DateRange.years(2025, 2029).iso()
        '2025/2029'
        >>> DateRange(pendulum.date(2025, 3, 4), pendulum.date(2025, 3, 6)).iso()
        '2025-03-04/2025-03-06'
        """
        if self.start == self.end:
            return self.start.isoformat()
        whole_years = (self.start.month, self.start.day, self.end.month, self.end.day) == (
            1,
            1,
            12,
            31,
        )
        if whole_years:
            if self.start.year == self.end.year:
                return str(self.start.year)
            return f"{self.start.year}/{self.end.year}"
        whole_months = self.start.day == 1 and self.end.day == _month_days(self.end.year, self.end.month)
        if whole_months:
            first, last = f"{self.start:%Y-%m}", f"{self.end:%Y-%m}"
            return first if first == last else f"{first}/{last}"
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def __str__(self) -> str:
        return ("~" if self.approximate else "") + self.iso()
