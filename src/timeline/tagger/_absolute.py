"""From a matched pattern to TIMEX3 values: dates the text names outright.

:class:`AbsoluteResolver` turns one match of :data:`~timeline.tagger._grammar.EXPRESSION`
into zero or more :class:`~timeline.model.TemporalExpression` (zero when the
words turn out not to be a date: "may" the verb, "2000 troops"; two for a
range, as TimeML tags each end). Relative dates, durations, sets and
references are resolved by :mod:`timeline.tagger._relative`, which builds on it.
"""

from __future__ import annotations

import re

import attrs
import pendulum

from timeline.dates import DateRange, Precision
from timeline.model import TemporalExpression, TimexType
from timeline.tagger import _calendar as cal
from timeline.tagger._context import Tense, TenseIndex, counts_things, follows
from timeline.tagger._vocabulary import (
    AMBIGUOUS_MONTHS,
    DAY_PARTS,
    HOLIDAYS,
    MONTHS,
    POINT_MODS,
    WEEKDAYS,
    normalise,
)

__all__ = ["AbsoluteResolver", "is_count", "point_mod", "weekday_is_abbreviated"]

_DAY_SUFFIX = re.compile(r"(?:st|nd|rd|th)$")
_QUARTER_REACH = 400  # characters a named quarter frames "a year ago" and "last year"
_NEAR_VERB = 2  # words between a date without a year and a past verb that may decide its year
_NEAR_VERB_MONTH = 4  # the same for a month alone ("bought the firm in February")
# What may follow the last of two days ("April 24 and 25 in Hanoi"), unlike a noun they would count ("4 people").
_PHRASE_END = re.compile(
    r"\s{0,2}(?:[.,;:)]|$)|\s{1,2}(?:in|at|to|for|with|when|as|during|while|after|before|under|amid|respectively)\b"
)
_DAY_AFTER = re.compile(r"\s{1,3}(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b(?![.,:]?\d)")
_LAST, _NEXT = frozenset({"last"}), frozenset({"next"})
_TARGETS = frozenset({"to", "by", "until", "till", "through", "before", "from"})
# A date something was planned for: its year is the nearest, whatever befell the plan ("was cancelled").
_PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|slated|set|due|earmarked|originally)\s(?:for|on)\s$")
# ... then called off or moved: "planned for June 20 was cancelled" (not "scheduled for March 3 was held").
_CALLED_OFF = re.compile(
    r",?\s(?:[\w-]+\s){0,3}?(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:\w+ly\s)?"
    r"(?:cancell?ed|postponed|called\soff|scrapped|suspended|put\soff|delayed|deferred)\b"
)
_MONTH_PREPOSITIONS = frozenset(
    """in of since until till by from to during before after early mid late last next this end
    beginning start middle between through""".split()
)


def _number(word: str) -> int:
    return int(_DAY_SUFFIX.sub("", word))


def point_mod(words: str | None) -> str | None:
    """TIMEX3 mod for "early", "the end of", "mid" and kin, or ``None``."""
    if not words:
        return None
    for word in normalise(words).split():
        if word in POINT_MODS:
            return POINT_MODS[word]
    if "first half" in words:
        return "START"
    if "second half" in words:
        return "END"
    return None


@attrs.define
class AbsoluteResolver:
    """Resolves matches in one text against one anchor: the shared state and the absolute families.

    Attributes:
        text: The text as given.
        lower: The same text lower-cased, offsets unchanged.
        anchor: The publication date (or the caller's anchor).
        reference: The last day the text mentioned, for "the next day".
        mentioned: The last date of any calendar size the text mentioned
            (a day, a month, a year...), for "that year" and "the following month".
    """

    text: str
    lower: str
    anchor: DateRange
    reference: pendulum.Date = attrs.field()
    mentioned: DateRange | None = None
    last_quarter: tuple[int, int] | None = None
    last_quarter_end: int = -1
    tenses: TenseIndex = attrs.field()

    @reference.default
    def _start_at_anchor(self) -> pendulum.Date:
        return self.anchor.end if self.anchor.precision is Precision.DAY else self.anchor.start

    @tenses.default
    def _index_tenses(self) -> TenseIndex:
        return TenseIndex(self.lower, self.text)

    # -- shared helpers ----------------------------------------------------------

    @property
    def today(self) -> pendulum.Date:
        """The anchor day (the first day of an anchor known only to the month)."""
        return self.anchor.start

    @property
    def exact(self) -> bool:
        """True when the anchor is a single day, so weekdays can be resolved."""
        return self.anchor.precision is Precision.DAY

    def expression(  # noqa: PLR0913 - the TIMEX3 attributes, by name
        self,
        start: int,
        end: int,
        kind: TimexType,
        value: str,
        dates: DateRange | None = None,
        *,
        mod: str | None = None,
        period: DateRange | None = None,
    ) -> TemporalExpression:
        """Build an expression over ``text[start:end]`` (trailing blanks trimmed)."""
        while end > start and self.text[end - 1] in " \t\n,":
            end -= 1
        if dates is not None and kind is TimexType.DATE and dates.precision.rank <= Precision.YEAR.rank:
            self.mentioned = dates
        if dates is not None and kind is TimexType.DATE and dates.is_day:
            self.reference = dates.start
        elif dates is not None and dates.precision is Precision.QUARTER and kind is TimexType.DATE:
            self.last_quarter = (dates.start.year, (dates.start.month - 1) // 3 + 1)
            self.last_quarter_end = end
        return TemporalExpression(start, end, self.text[start:end], kind, value, mod, dates, period)

    def quarter_near(self, start: int) -> bool:
        """True when a quarter was named just before *start*: results news compares quarters."""
        return self.last_quarter is not None and start - self.last_quarter_end < _QUARTER_REACH

    def direction(self, start: int, end: int, reach: int | None = None) -> int:
        """-1 if the nearest verb speaks of the past, +1 of the future, 0 if none (within *reach* words)."""
        found = self.tenses(start, end, reach)
        return {Tense.PAST: -1, Tense.FUTURE: 1, None: 0}[found]

    def is_month(self, match: re.Match[str], group: str) -> bool:
        """Whether the month word in *group* really names a month.

        "may", "march" and "jan" are also ordinary words: they count only when
        capitalised, and bare "May"/"March" only after a preposition.
        """
        word = match.group(group).rstrip(".")
        if word not in AMBIGUOUS_MONTHS:
            return True
        return self.text[match.start(group)].isupper()

    def year_for(self, month: int, day: int | None, start: int, end: int) -> int | None:
        """The year for a month (and day) written without one.

        The nearest such date to the anchor, unless the clause says otherwise:
        a future marker looks forward ("will arrive on March 3" is this March),
        and a past verb right before the date looks back ("arrived on March 3"
        in a January paper is last March) unless a preposition of target or
        deadline stands between ("extended to Nov. 20", "completed by Dec. 15").
        """
        if follows(self.lower, start, _LAST | _NEXT):  # "last Oct. 23", "next June 5" say which way
            return cal.closest_year(month, day, self.today, -1 if follows(self.lower, start, _LAST) else 1)
        direction = self.direction(start, end)
        if direction < 0:
            near = self.direction(start, end, reach=_NEAR_VERB if day else _NEAR_VERB_MONTH)
            target = follows(self.lower, start, _TARGETS) or (
                _PLANNED_FOR.search(self.lower, max(0, start - 30), start) is not None
                and _CALLED_OFF.match(self.lower, end) is not None
            )
            direction = near if near < 0 and not target else 0  # "planned for June 20 was cancelled": the nearest
        return cal.closest_year(month, day, self.today, direction)

    # -- families ------------------------------------------------------------------

    def iso(self, m: re.Match[str]) -> list[TemporalExpression]:
        """``2025-03-20`` and ``2025-03-20T09:30``."""
        try:
            date = pendulum.date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
        except ValueError:
            return []
        value, dates = cal.day(date)
        if m["iso_h"]:
            hour, minute = int(m["iso_h"]), int(m["iso_mi"])
            if hour > 24:
                return []
            return [
                self.expression(m.start(), m.end(), TimexType.TIME, f"{value}T{hour:02d}:{minute:02d}", dates=dates)
            ]
        return [self.expression(m.start(), m.end(), TimexType.DATE, value, dates=dates)]

    def numeric(self, m: re.Match[str]) -> list[TemporalExpression]:
        """``20/03/2025``: day first unless only month first makes sense."""
        first, second, year_text = int(m["nu_a"]), int(m["nu_b"]), m["nu_y"]
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000 if year <= self.today.year % 100 + 10 else 1900
        readings = []
        for day, month in ((first, second), (second, first)):
            try:
                readings.append(pendulum.date(year, month, day))
            except ValueError:
                continue
        if not readings:
            return []
        date = min(readings, key=lambda d: abs((d - self.today).days)) if len(set(readings)) > 1 else readings[0]
        if len(readings) > 1 and m["nu_s"] == ".":
            date = readings[0]  # dotted dates are day-first everywhere
        value, dates = cal.day(date)
        return [self.expression(m.start(), m.end(), TimexType.DATE, value, dates=dates)]

    def partof(self, m: re.Match[str]) -> list[TemporalExpression]:
        """The morning of July 10; the week of March 6 (the ISO week that holds it)."""
        found = self._month_day(m, "po_mon", "po_day", "po_y")
        if found is None:
            return []
        if m["po_week"]:
            return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.iso_week(found))]
        value, dates = cal.day(found)
        part = DAY_PARTS[normalise(m["po_part"])]
        return [self.expression(m.start(), m.end(), TimexType.TIME, f"{value}T{part}", dates=dates)]

    def wdate(self, m: re.Match[str]) -> list[TemporalExpression]:
        """Friday, Oct. 23 and Thursday 9 January 2025."""
        month_group, day_group = ("wd_mon", "wd_day") if m["wd_mon"] else ("wd_mon2", "wd_day2")
        found = self._month_day(m, month_group, day_group, "wd_y")
        if found is None:
            return []
        value, dates = cal.day(found)
        return [self.expression(m.start(), m.end(), TimexType.DATE, value, dates=dates)]

    def _month_day(
        self, m: re.Match[str], month_group: str, day_group: str, year_group: str | None
    ) -> pendulum.Date | None:
        """The date a month, day and optional year group name; ``None`` if there is none."""
        month, day = MONTHS[m[month_group].rstrip(".")], _number(m[day_group])
        given = m[year_group] if year_group else None
        year = int(given) if given else self.year_for(month, day, m.start(), m.end())
        if year is None:
            return None
        try:
            return pendulum.date(year, month, day)
        except ValueError:
            return None

    def mdy(self, m: re.Match[str]) -> list[TemporalExpression]:
        """March 20, 2025; Sept. 28; March 4-6; March 4 to April 6, 2025."""
        if not self.is_month(m, "md_mon"):
            return []
        return self._day_range(m, "md_mon", "md_day", "md_rs", "md_mon2", "md_day2", "md_y")

    def dmy(self, m: re.Match[str]) -> list[TemporalExpression]:
        """20 March 2025; 4-6 March; the 20th of March."""
        if not self.is_month(m, "dm_mon"):
            return []
        return self._day_range(m, "dm_mon", "dm_day", "dm_rs", "dm_mon", "dm_day2", "dm_y")

    def _day_range(  # noqa: PLR0913, PLR0917 - one group name per part of the range
        self, m: re.Match[str], mon: str, day: str, sep: str, mon2: str, day2: str, year: str
    ) -> list[TemporalExpression]:
        """One day, or both ends of a range of days, TimeML-style.

        "March 4-6, 2025" gives "March 4" and "6, 2025"; "4-6 March" gives "4"
        and "6 March"; both ends carry the whole range as their period.
        """
        month, first_day = MONTHS[m[mon].rstrip(".")], _number(m[day])
        yr = int(m[year]) if m[year] else self.year_for(month, first_day, m.start(), m.end())
        if yr is None:
            return []
        try:
            first = pendulum.date(yr, month, first_day)
        except ValueError:
            return []
        day_first = m.start(mon) > m.start(day)
        if m[day2]:
            two_days = self._two_days(m, sep, day_first=day_first)  # "April 24 and 25.": no range between
            last = self._range_end(m, None if two_days else sep, mon2 if mon2 != mon else mon, day2, first)
            if last is None:
                return [] if day_first else [self.expression(m.start(), m.end(day), TimexType.DATE, *cal.day(first))]
            # two days next to each other are the span they make ("visited on April 24 and 25"); others are two
            period = None if two_days and (last - first).days != 1 else DateRange(first, last)
            second_start = m.start(mon2) if mon2 != mon and m[mon2] else m.start(day2)
            return [
                self.expression(m.start(), m.end(day), TimexType.DATE, *cal.day(first), period=period),
                self.expression(second_start, m.end(), TimexType.DATE, *cal.day(last), period=period),
            ]
        return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.day(first))]

    def _two_days(self, m: re.Match[str], sep: str, *, day_first: bool) -> bool:
        """Whether "April 24 and 25." or "4 and 5 March" names two days: "and" without "between".

        After a month, the number must end the phrase: "on May 3 and 4 people
        died" is not read as two days.
        """
        joined = normalise(m[sep] or "") == "and" and not follows(self.lower, m.start(), frozenset({"between"}))
        return joined and (day_first or bool(_PHRASE_END.match(self.lower, m.end())))  # "on 4 and 5 March"

    def _range_end(
        self, m: re.Match[str], sep: str | None, mon2: str, day2: str, first: pendulum.Date
    ) -> pendulum.Date | None:
        """The last day of "March 4-6" / "March 4 to April 6", or ``None`` if it is no range."""
        if sep is not None and not self._range_ok(m, sep):
            return None
        month2 = MONTHS[m[mon2].rstrip(".")] if m[mon2] else first.month
        year2 = first.year + 1 if month2 < first.month else first.year
        try:
            last = pendulum.date(year2, month2, _number(m[day2]))
        except ValueError:
            return None
        return last if last > first else None

    def _range_ok(self, m: re.Match[str], sep: str) -> bool:
        """A range joined by "and" needs a "between" before it."""
        joiner = normalise(m[sep] or "")
        if joiner == "and":
            return follows(self.lower, m.start(), frozenset({"between"}))
        return True

    def month(self, m: re.Match[str]) -> list[TemporalExpression]:
        """March; mid-March; the end of March 2025; last April; March-April 2025."""
        if not self.is_month(m, "mo_mon"):
            return []
        word = m["mo_mon"].rstrip(".")
        bare = not (m["mo_pm"] or m["mo_rel"] or m["mo_y"] or m["mo_yrel"])
        short = word in {"may", "march", "mar"} or len(word) == 3
        if bare and short and not follows(self.lower, m.start(), _MONTH_PREPOSITIONS):
            return []
        if m["mo_rel"] and not m["mo_y"] and _DAY_AFTER.match(self.lower, m.end()):
            return []  # "last Oct. 23" is a day: the month and day family reads it from the month on
        month = MONTHS[word]
        year = self._month_year(m, month)
        mod = point_mod(m["mo_pm"])
        value, dates = cal.month(year, month)
        if m["mo_mon2"] and normalise(m["mo_rs"] or "") != "and":
            month2 = MONTHS[m["mo_mon2"].rstrip(".")]
            year2 = year + 1 if month2 < month else year
            value2, dates2 = cal.month(year2, month2)
            period = DateRange(dates.start, dates2.end, Precision.MONTH)
            return [
                self.expression(m.start(), m.end("mo_mon"), TimexType.DATE, value, mod=mod, dates=dates, period=period),
                self.expression(m.start("mo_mon2"), m.end(), TimexType.DATE, value2, dates=dates2, period=period),
            ]
        end = m.end() if not m["mo_mon2"] else m.end("mo_mon")
        dates = cal.narrow(dates, mod, halves="half" in (m["mo_pm"] or ""))
        return [self.expression(m.start(), end, TimexType.DATE, value, mod=mod, dates=dates)]

    def _month_year(self, m: re.Match[str], month: int) -> int:
        if m["mo_y"]:
            return int(m["mo_y"])
        relation = normalise(m["mo_yrel"] or m["mo_rel"] or "")
        this_year = self.today.year
        if m["mo_yrel"]:
            return this_year + {"this": 0, "last": -1, "next": 1}[relation]
        if relation in {"last", "past", "previous", "this past"}:
            # "last April" in October is this April; "last February" in March is a year back,
            # since the month just gone would be "last month".
            return this_year if month < self.today.month - 1 else this_year - 1
        if relation in {"next", "coming", "following", "this coming"}:
            return this_year if month > self.today.month else this_year + 1
        if relation == "this":
            return this_year
        return self.year_for(month, None, m.start(), m.end()) or this_year

    def holiday(self, m: re.Match[str]) -> list[TemporalExpression]:
        """Christmas; New Year's Day 2025; Tết; Thanksgiving; Easter."""
        name = normalise(m["ho_n"])
        relation = normalise(m["ho_rel"] or "")

        def on(year: int) -> pendulum.Date | None:
            if name in HOLIDAYS:
                return pendulum.date(year, *HOLIDAYS[name])
            if name.startswith(("lunar", "tet", "tết")):
                return cal.lunar_new_year(year)
            if name.startswith("thanksgiving"):
                return cal.thanksgiving(year)
            return cal.easter(year)

        if m["ho_y"]:
            found = on(int(m["ho_y"]))
        else:
            options = [d for d in (on(self.today.year - 1), on(self.today.year), on(self.today.year + 1)) if d]
            if relation == "last":
                options = [d for d in options if d < self.today]
                found = max(options) if options else None
            elif relation == "next":
                options = [d for d in options if d > self.today]
                found = min(options) if options else None
            else:
                ahead = self.direction(m.start(), m.end())
                allowed = [d for d in options if ahead == 0 or (d >= self.today) == (ahead > 0)] or options
                found = min(allowed, key=lambda d: abs((d - self.today).days)) if allowed else None
        if found is None:
            return []
        return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.day(found))]


_WEEKDAY_ABBREVIATIONS = frozenset(w for w in WEEKDAYS if len(w) <= 4 and w not in {"tues", "thur"})


def weekday_is_abbreviated(word: str) -> bool:
    """True for "Sat", "Sun", "Wed"... which need a capital and a full stop to count."""
    return word in _WEEKDAY_ABBREVIATIONS


def is_count(resolver: AbsoluteResolver, start: int, end: int) -> bool:
    """Shortcut for :func:`counts_things` on the resolver's text."""
    return counts_things(resolver.lower, start, end)
