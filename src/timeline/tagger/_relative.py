"""From a matched pattern to TIMEX3 values: dates relative to the anchor or the story.

Weekdays, today and its kin, "last week", "three days ago", "the next day",
and times of day. "On Thursday" in a report is the most recent Thursday on or
before the publication date, so a Monday paper's "on Monday" is that day; "will
meet on Monday" looks forward instead.
"""

from __future__ import annotations

import re

import pendulum

from timeline.dates import DateRange, Precision
from timeline.model import TemporalExpression, TimexType
from timeline.tagger import _calendar as cal
from timeline.tagger._absolute import point_mod, weekday_is_abbreviated
from timeline.tagger._context import follows, until_ahead
from timeline.tagger._periods import PeriodResolver
from timeline.tagger._vocabulary import DAY_PARTS, MONTHS, NUMBER_WORDS, UNITS, WEEKDAYS, normalise

__all__ = ["RelativeResolver", "shift", "unit_value"]

_PAST_WORDS = frozenset({"last", "past", "previous", "this past", "preceding"})
_FISCAL_SPAN = re.compile(r"\s{1,3}(?:ended|ending|that\s{1,3}ended|through|to\s{1,3}date)\b")
_NEXT_WORDS = frozenset({"next", "coming", "this coming", "following"})
# A week named right after a weekday: "on Wednesday last week", "on Friday next week".
_WEEK_AFTER = re.compile(r"\s{1,3}(last|next|this)\s{1,3}week\b(?!['’]s)")  # not ", last week's round"
_WEEK_STEPS = {"last": -1, "this": 0, "next": 1}
# Parts of a named day that TimeBank writes into its value ("Friday evening" is ...TEV).
_SEPARATE_PARTS = frozenset({"afternoon", "evening"})
_SINCE = frozenset({"since"})
# The largest date a "that <unit>" can point into: "that year" into a quarter, "that week" only into a day or week.
_ANAPHOR_REACH = {"week": Precision.WEEK, "month": Precision.MONTH, "year": Precision.YEAR}


def shift(date: pendulum.Date, unit: str, amount: int) -> pendulum.Date:
    """*date* moved by *amount* of a TIMEX3 duration *unit* (``D``, ``W``, ``10Y``...)."""
    if unit.startswith("T"):
        return date.add(days=amount // 24) if unit == "TH" else date
    multiple = int(unit[:-1]) if len(unit) > 1 else 1
    letter = unit[-1]
    amount *= multiple
    if letter == "D":
        return date.add(days=amount)
    if letter == "W":
        return date.add(weeks=amount)
    if letter == "M":
        return date.add(months=amount)
    if letter == "Q":
        return date.add(months=3 * amount)
    if letter == "L":
        return date.add(years=1000 * amount)
    return date.add(years=amount)


def unit_value(date: pendulum.Date, unit: str) -> cal.Value:
    """The TIMEX3 value naming the *unit*-sized period that holds *date*."""
    letter = unit[-1]
    if letter in "DHMS" and (unit.startswith("T") or letter == "D"):
        return cal.day(date)
    if letter == "W":
        return cal.iso_week(date)
    if letter == "M":
        return cal.month(date.year, date.month)
    if letter == "Q":
        return cal.quarter(date.year, (date.month - 1) // 3 + 1)
    if unit == "10Y":
        return cal.decade(date.year // 10 * 10)
    if unit == "100Y":
        return cal.century(date.year // 100 + 1)
    return cal.year(date.year)


def _amount(words: str) -> int | None:
    """The number in *words* ("three", "11", "twenty-one"), or ``None`` if vague."""
    words = normalise(words).replace(",", "")
    if words.isdigit():
        return int(words)
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words]
    parts = re.split(r"[-\s]", words)
    if len(parts) == 2 and all(p in NUMBER_WORDS for p in parts):
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


class RelativeResolver(PeriodResolver):
    """Adds the families that count from the anchor or from the story's last date."""

    def with_part(  # noqa: PLR0913 - the expression's span, day, part and how to type it
        self,
        start: int,
        end: int,
        date: pendulum.Date,
        part: str | None,
        mod: str | None = None,
        *,
        kind: TimexType = TimexType.TIME,
    ) -> TemporalExpression:
        """A day, or a part of it ("Thursday night" is ``...TNI``).

        TimeBank types "this morning" as a TIME but "Thursday night" as a DATE
        with the part in its value; *kind* says which.
        """
        value, dates = cal.day(date)
        if not self.exact:  # a paper dated to the month: its month, for a day a week or less around it
            anchor = self.anchor
            near = anchor.start.subtract(days=7) <= date <= anchor.end.add(days=7)
            month = anchor.start if near else date
            value, dates = f"{month.year:04d}-{month.month:02d}-XX", DateRange.month(month.year, month.month)
        if part:
            code = DAY_PARTS[normalise(part)]
            return self.expression(start, end, kind, f"{value}T{code}", mod=mod, dates=dates)
        return self.expression(start, end, TimexType.DATE, value, mod=mod, dates=dates)

    def weekday(self, m: re.Match[str]) -> list[TemporalExpression]:
        """Thursday; last Friday; next Monday; early Tuesday; Thursday night; every Monday."""
        word = m["wk_d"]
        number = WEEKDAYS[word]
        original = self.text[m.start("wk_d") : m.end("wk_d") + 1]
        if weekday_is_abbreviated(word) and not (original[0].isupper() and original.endswith(".")):
            return []
        if not original[0].isupper():
            return []
        relation = normalise(m["wk_rel"] or "")
        if m["wk_s"] or relation in {"each", "every"}:
            value = f"XXXX-WXX-{number}"
            if m["wk_part"]:
                value += "T" + DAY_PARTS[normalise(m["wk_part"])]
            return [self.expression(m.start(), m.end(), TimexType.SET, value)]
        possessive = not relation and self.lower.startswith(("'s", "’s"), m.end("wk_d"))
        week = _WEEK_AFTER.match(self.lower, m.end()) if not relation else None
        if week:  # "on Wednesday last week": that week's Wednesday
            monday = self.today.subtract(days=self.today.isoweekday() - 1)
            date = monday.add(weeks=_WEEK_STEPS[week[1]], days=number - 1)
        else:
            # "Wednesday's ruling" names a day already come, unless it opens a sentence that looks ahead
            # ("Friday's talks will focus on ..."; not "would get around Wednesday's ruling")
            opens = not self.lower[max(0, m.start() - 40) : m.start()].rstrip(" \"“”'‘’(")[-1:].isalnum()
            already = possessive and not (opens and self.direction(m.start(), m.end()) > 0)
            date = self.weekday_date(number, "already" if already else relation or None, m.start(), m.end())
        # TimeBank most often writes "Thursday night" and "Thursday morning" as the plain day, but
        # "Thursday evening" with its part, as the guidelines do.
        part = m["wk_part"] if m["wk_part"] in _SEPARATE_PARTS else None
        return [self.with_part(m.start(), m.end(), date, part, point_mod(m["wk_pm"]))]

    def weekday_date(self, number: int, relation: str | None, start: int, end: int) -> pendulum.Date:
        """The date of weekday *number* (1 = Monday) the text most likely means."""
        today = self.today
        back = (today.isoweekday() - number) % 7  # days back to the last such day
        ahead = (number - today.isoweekday()) % 7
        if relation in _PAST_WORDS:
            offset = -(back or 7)
        elif relation in _NEXT_WORDS:
            offset = ahead or 7
        elif relation == "already":
            offset = -back
        else:
            direction = self.direction(start, end)
            forward = direction > 0 or until_ahead(self.lower, start, direction)
            offset = ahead if forward else -back
        return pendulum.Date.fromordinal(today.toordinal() + offset)

    def relday(self, m: re.Match[str]) -> list[TemporalExpression]:
        """Today; late yesterday; tonight; this morning; last night; the day after tomorrow."""
        word = normalise(m["rd_w"] or m["rd_this"])
        part = m["rd_part"] or m["rd_part2"]
        offset = {"today": 0, "tonight": 0, "this": 0, "tomorrow": 1, "yesterday": -1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}.get(word, -1)  # fmt: skip
        if word == "tonight":
            part = "night"
        if word == "last":  # "last night" is yesterday's night
            offset = -1
        date = self.today.add(days=offset)
        return [self.with_part(m.start(), m.end(), date, part, point_mod(m["rd_pm"]))]

    def anaphor(self, m: re.Match[str]) -> list[TemporalExpression]:
        """The next day; the following week; that year; the day before."""
        if m["an_u2"]:
            step, unit = (-1 if m["an_dir"] == "before" else 1), "day"
        else:
            relation = m["an_rel"] or m["an_that"]
            unit = m["an_u"] or m["an_u3"]
            step = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(relation, 0)
        mod = point_mod(m["an_pm"])
        if unit in DAY_PARTS or unit == "day":
            date = self.reference.add(days=step)
            return [self.with_part(m.start(), m.end(), date, unit if unit != "day" else None, mod)]
        if unit == "weekend":
            value, dates = cal.weekend(self.reference.add(weeks=step))
        else:
            code = {"week": "W", "month": "M", "year": "Y"}[unit]
            value, dates = unit_value(shift(self._mentioned_within(unit), code, step), code)
        return [self.expression(m.start(), m.end(), TimexType.DATE, value, mod=mod, dates=cal.narrow(dates, mod))]

    def _mentioned_within(self, unit: str) -> pendulum.Date:
        """The day "that year" or "the following month" counts from: in the last date mentioned, if it fits the unit.

        "In June 1998 ... later that year" is 1998, and "In March ... the
        following month" is April, though neither names a day.
        """
        mentioned = self.mentioned
        if mentioned is None or mentioned.precision.rank > _ANAPHOR_REACH[unit].rank:
            return self.reference
        return mentioned.start

    def ago(self, m: re.Match[str]) -> list[TemporalExpression]:
        """Three days ago; a year earlier; two weeks from now; about a decade ago."""
        unit = UNITS[m["ag_u"]]
        direction = normalise(m["ag_dir"])
        back = direction in {"ago", "earlier", "back"}
        amount = _amount(m["ag_n"])
        if amount is None:
            return [self.expression(m.start(), m.end(), TimexType.DATE, "PAST_REF" if back else "FUTURE_REF")]
        base = self.today
        if direction in {"earlier", "later"}:
            # "in March 2017 ... seven months later" counts from March 2017; "a year earlier" in
            # business news from the paper's year, so years keep counting from the last day named
            base = self._mentioned_within("month") if unit == "M" else self.reference
        date = shift(base, unit, -amount if back else amount)
        value, dates = unit_value(date, unit)
        if unit == "Y" and amount == 1 and back and self.last_quarter and self.quarter_near(m.start()):
            # Results news compares a quarter with "a year ago": the same quarter, a year back.
            value, dates = cal.quarter(self.today.year - 1, self.last_quarter[1])
        mod = "APPROX" if m["ag_mod"] else None
        if mod:
            dates = DateRange(dates.start, dates.end, dates.precision, approximate=True)
        return [self.expression(m.start(), m.end(), TimexType.DATE, value, mod=mod, dates=dates)]

    def relunit(self, m: re.Match[str]) -> list[TemporalExpression]:  # noqa: C901, PLR0912 - one rule per unit and reference
        """Earlier this month; last year; the end of this week; year-end; the weekend."""
        # "since year-end" counts from a year's end already past: last year's.
        year_end = self.today.year - 1 if follows(self.lower, m.start(), _SINCE) else self.today.year
        if m["ru_ye"] and m["ru_ye"].startswith("year-"):
            return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.day(pendulum.date(year_end, 12, 31)))]
        if m["ru_ye"]:
            value, dates = cal.year(year_end)
            return [
                self.expression(m.start(), m.end(), TimexType.DATE, value, mod="END", dates=cal.narrow(dates, "END"))
            ]
        if m["ru_the"]:
            # "the year ended March 31" measures a (fiscal) year; "for the year" is this one.
            if _FISCAL_SPAN.match(self.lower, m.end()):
                return [self.expression(m.start(), m.end(), TimexType.DURATION, "P1Y")]
            return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.year(self.today.year))]
        if m["ru_wkend"]:
            ahead = self.direction(m.start(), m.end()) > 0
            date = self.today if self.today.isoweekday() >= 6 or ahead else self.today.subtract(weeks=1)
            return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.weekend(date))]
        unit = m["ru_u"] or m["ru_u2"]
        if m["ru_u"] and self.text[m.start("ru_u") : m.end("ru_u")].istitle():
            return []  # "ABC's This Week": a capitalised unit word makes the phrase a title
        relation = normalise(m["ru_rel"] or "this")
        mod = point_mod(m["ru_pm"] or m["ru_pm2"])
        if unit in {"decade", "century", "fortnight"} and relation == "past":
            return []  # "the past decade" is a duration: see the duration family
        step = -1 if relation in _PAST_WORDS | {"latest"} else 1 if relation in _NEXT_WORDS else 0
        if unit == "weekend":
            value, dates = cal.weekend(self.today.add(weeks=step))
        else:
            code = {
                "week": "W",
                "month": "M",
                "year": "Y",
                "quarter": "Q",
                "decade": "10Y",
                "century": "100Y",
                "fortnight": "2W",
            }[unit]
            value, dates = unit_value(shift(self.today, code, step), code)
        if (step == 0 and mod in {"START", "END"} and (m["ru_pm"] or "").startswith(("earlier", "later"))) or m[
            "ru_pm2"
        ] in {"earlier", "later"}:
            # "earlier this month" ends before today, "later this year" starts after it
            if mod == "START" and dates.start < self.today <= dates.end:
                dates = DateRange(dates.start, self.today.subtract(days=1), dates.precision)
            elif mod == "END" and dates.start <= self.today < dates.end:
                dates = DateRange(self.today.add(days=1), dates.end, dates.precision)
        else:
            dates = cal.narrow(dates, mod)
        return [self.expression(m.start(), m.end(), TimexType.DATE, value, mod=mod, dates=dates)]

    def time(self, m: re.Match[str]) -> list[TemporalExpression]:
        """9 a.m.; 9:30 p.m. EST Thursday; noon Saturday; 15:30; midnight."""
        hour_text = m["tm_h"] or m["tm_h2"]
        if m["tm_noon"]:
            hour, minute = (24, 0) if m["tm_noon"] == "midnight" else (12, 0)
        else:
            hour, minute = int(hour_text), int(m["tm_mi"] or m["tm_mi2"] or 0)
            marker = (m["tm_ap"] or "").replace(".", "")
            if marker.startswith("p") and hour < 12:
                hour += 12
            elif marker.startswith("a") and hour == 12:
                hour = 0
            if hour > 24 or (marker[:1] in {"a", "p"} and int(hour_text) > 12):
                return []
        date = self._time_date(m)
        day_value = date.isoformat() if self.exact or m["tm_mon"] or m["tm_mon2"] else "XXXX-XX-XX"
        value = (
            f"{day_value}T{hour:02d}:{minute:02d}"
            if not m["tm_noon"] or m["tm_noon"] != "midnight"
            else f"{day_value}T24:00"
        )
        mod = "APPROX" if m["tm_mod"] and normalise(m["tm_mod"]) in {"about", "around", "approximately"} else None
        return [self.expression(m.start(), m.end(), TimexType.TIME, value, mod=mod, dates=DateRange.day(date))]

    def _time_date(self, m: re.Match[str]) -> pendulum.Date:
        """The day a time of day falls on: the words after it, or the story's last day."""
        if m["tm_wd"]:
            if m["tm_mon"]:
                found = self._month_day(m, "tm_mon", "tm_day", None)
                if found:
                    return found
            return self.weekday_date(WEEKDAYS[m["tm_wd"].rstrip(".")], None, m.start(), m.end())
        if m["tm_mon2"]:
            month = MONTHS[m["tm_mon2"].rstrip(".")]
            year = self.year_for(month, int(m["tm_day2"].rstrip("stndrh")), m.start(), m.end()) or self.today.year
            try:
                return pendulum.date(year, month, int(m["tm_day2"].rstrip("stndrh")))
            except ValueError:
                return self.reference
        if m["tm_rel"]:
            return self.today.add(days={"tomorrow": 1, "yesterday": -1}.get(m["tm_rel"], 0))
        return self.reference
