"""From a matched pattern to TIMEX3 values: years and the periods within and around them.

Years (and ranges of years), decades, centuries, quarters, halves and seasons.
"""

from __future__ import annotations

import re

from timeline.dates import DateRange
from timeline.model import TemporalExpression, TimexType
from timeline.tagger import _calendar as cal
from timeline.tagger._absolute import AbsoluteResolver, is_count, point_mod
from timeline.tagger._context import follows
from timeline.tagger._vocabulary import ORDINAL_WORDS, SEASONS, normalise

__all__ = ["PeriodResolver"]

# A season that names a school's term, not a date: "the Passing-Out Parade of the Spring Term 23".
_TERM = re.compile(r"\s{1,3}(?:term|semester)\b")
_SEASON_PREPOSITIONS = frozenset(
    ["in", "of", "during", "since", "until", "by", "the", "this", "last", "next", "early", "late"]
)
_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
_YEAR_RANGE_JOINERS = frozenset({"between"})


def _number(word: str) -> int:
    return int(word.rstrip("stndrh"))


class PeriodResolver(AbsoluteResolver):
    """Adds the families of years and of periods named by their place in a year."""

    def year(self, m: re.Match[str]) -> list[TemporalExpression]:
        """2025; fiscal 2025; mid-2024; the end of 2025; 2025-2029; 2020/21; 2025 or later."""
        start_y, end_y = m.start("yr_y"), m.end("yr_y")
        if is_count(self, start_y, end_y if not m["yr_y2"] else m.end("yr_y2")):
            return []
        year = int(m["yr_y"])
        mod = point_mod(m["yr_pm"])
        if m["yr_or"]:
            mod = "ON_OR_BEFORE" if "earlier" in m["yr_or"] else "ON_OR_AFTER"
        value, dates = cal.year(year)
        if m["yr_y2"]:
            last = self._range_year(m, year)
            if last is not None:
                period = DateRange.years(year, last)
                return [
                    self.expression(
                        m.start(), end_y, TimexType.DATE, value, mod=point_mod(m["yr_pm"]), dates=dates, period=period
                    ),
                    self.expression(
                        m.start("yr_y2"),
                        m.end(),
                        TimexType.DATE,
                        *cal.year(last),
                        mod=mod if m["yr_or"] else None,
                        period=period,
                    ),
                ]
            end = end_y
        else:
            end = m.end()
        return [self.expression(m.start(), end, TimexType.DATE, value, mod=mod, dates=cal.narrow(dates, mod))]

    def _range_year(self, m: re.Match[str], year: int) -> int | None:
        """The last year of "2025-2029", "2025-29", "between 2020 and 2024"; ``None`` if no range."""
        text = m["yr_y2"]
        last = int(text) if len(text) == 4 else year // 100 * 100 + int(text)
        joiner = normalise(m["yr_rs"])
        if joiner == "and" and not follows(self.lower, m.start(), _YEAR_RANGE_JOINERS):
            return None
        if joiner == "/" and len(text) == 2 and last != year + 1:
            return None
        return last if year < last <= year + 100 else None

    def spelled(self, m: re.Match[str]) -> list[TemporalExpression]:
        """Nineteen ninety-six; the year two thousand."""
        if m["sp_2k"]:
            return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.year(2000))]
        tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                "nineteen": 19}[m["sp_t"]]  # fmt: skip
        ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        year = (19 if m["sp_c"] == "nineteen" else 20) * 100 + tens
        if m["sp_o"]:
            if tens < 20:
                return []
            year += ones.index(m["sp_o"]) + 1
        return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.year(year))]

    def decade(self, m: re.Match[str]) -> list[TemporalExpression]:
        """The 1990s; the early '90s; the nineties."""
        if m["dc_y"]:
            first = int(m["dc_y"])
        else:
            tens = int(m["dc_yy"]) if m["dc_yy"] else _DECADE_WORDS[m["dc_w"]]
            century = self.today.year // 100 * 100
            first = century + tens if century + tens <= self.today.year else century - 100 + tens
        mod = point_mod(m["dc_pm"])
        value, dates = cal.decade(first)
        if not self.lower.startswith("the", m.start()):
            value += "X"  # TimeBank writes "the 1990s" as 199 but a bare "1990s" as 199X
        return [self.expression(m.start(), m.end(), TimexType.DATE, value, mod=mod, dates=cal.narrow(dates, mod))]

    def century(self, m: re.Match[str]) -> list[TemporalExpression]:
        """The 21st century; the early twentieth century."""
        word = m["ce_n"]
        number = ORDINAL_WORDS.get(word) or _number(word)
        if not 1 <= number <= 22:
            return []
        mod = point_mod(m["ce_pm"])
        value, dates = cal.century(number)
        return [self.expression(m.start(), m.end(), TimexType.DATE, value, mod=mod, dates=cal.narrow(dates, mod))]

    def quarter(self, m: re.Match[str]) -> list[TemporalExpression]:
        """The first quarter of 2025; third-quarter; Q1 2025; the latest quarter."""
        if m["qu_d"]:
            if not self.text[m.start()].isupper():
                return []
            number = int(m["qu_d"])
            year = int(m["qu_y3"]) if m["qu_y3"] else self.today.year
            return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.quarter(year, number))]
        current = (self.today.month - 1) // 3 + 1
        if m["qu_period"] or m["qu_adj"]:
            return self._reporting_period(m, current)
        relation = normalise(m["qu_rel"] or "")
        owner = normalise(m["qu_the"] or "")
        if not (m["qu_n"] or relation or owner):
            return []
        if not m["qu_n"] and not relation and self.lower.startswith(" of", m.end()):
            return []  # "the quarter of the population"
        year = self.today.year
        if m["qu_y"] or m["qu_y2"] or m["qu_y0"]:
            year = int(m["qu_y"] or m["qu_y2"] or m["qu_y0"])
        elif m["qu_yrel"] or owner.startswith(("last", "next")):
            shift = normalise(m["qu_yrel"] or owner.split()[0])
            year += {"this": 0, "last": -1, "next": 1}.get(shift, 0)
        if relation in {"year-ago", "year-earlier"}:
            year -= 1
        if m["qu_n"]:
            number = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                      "fourth": 4, "4th": 4, "final": 4}[m["qu_n"]]  # fmt: skip
            explicit_year = (
                m["qu_y"] or m["qu_y2"] or m["qu_y0"] or m["qu_yrel"] or owner.startswith(("last", "next", "this"))
            )
            if not explicit_year and number > current and self.direction(m.start(), m.end()) <= 0:
                year -= 1  # "the fourth quarter" in a January report is the one just ended
        elif relation in {"this", "current"}:
            number = current
        elif relation in {"next", "coming"}:
            number, year = (current % 4) + 1, year + (current == 4)
        else:  # "the quarter", "the latest quarter", "last quarter": the one just ended
            number, year = (current - 2) % 4 + 1, year - (current == 1)
        return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.quarter(year, number))]

    def _reporting_period(self, m: re.Match[str], current: int) -> list[TemporalExpression]:
        """The quarter a results story reports ("the latest period"), or a year back ("year-earlier")."""
        a_year_back = "year-" in (m["qu_prel"] or m["qu_adj"] or "")
        number, year = (current - 2) % 4 + 1, self.today.year - (current == 1)  # the quarter just ended
        if self.last_quarter is not None and self.last_quarter[0] == self.today.year:
            number = self.last_quarter[1]  # the quarter the story names
        elif m["qu_adj"]:
            return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.year(self.today.year - 1))]
        return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.quarter(year - a_year_back, number))]

    def half(self, m: re.Match[str]) -> list[TemporalExpression]:
        """The second half of 2024; H1 2025."""
        if m["ha_d"]:
            return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.half(int(m["ha_y2"]), int(m["ha_d"])))]
        if m["ha_the"] == "decade":
            return []
        if not (m["ha_y"] or m["ha_yrel"] or m["ha_the"]) and not self.lower.startswith("of", m.end() + 1):
            year = self.today.year
        elif m["ha_y"]:
            year = int(m["ha_y"])
        elif m["ha_yrel"]:
            year = self.today.year + {"this": 0, "last": -1, "next": 1}[normalise(m["ha_yrel"])]
        elif m["ha_the"]:
            year = self.today.year
        else:
            return []
        number = 1 if m["ha_n"] in {"first", "1st"} else 2
        return [self.expression(m.start(), m.end(), TimexType.DATE, *cal.half(year, number))]

    def season(self, m: re.Match[str]) -> list[TemporalExpression]:
        """(The) summer of 2024; last winter; this past spring."""
        name = m["se_n"]
        relation = normalise(m["se_rel"] or "")
        if name == "fall" and not (relation or m["se_y"] or follows(self.lower, m.start(), _SEASON_PREPOSITIONS)):
            return []
        if not m["se_y"] and _TERM.match(self.lower, m.end()):
            return []
        code = SEASONS[name]
        now_year, now_code = cal.season_of(self.today)
        order = ["SP", "SU", "FA", "WI"]
        if m["se_y"]:
            year = int(m["se_y"])
        elif relation in {"last", "past", "previous", "this past"}:
            year = now_year if order.index(code) < order.index(now_code) else now_year - 1
        elif relation in {"next", "coming", "following", "this coming"}:
            year = now_year if order.index(code) > order.index(now_code) else now_year + 1
        elif relation == "this" or self.direction(m.start(), m.end()) == 0:
            year = now_year
        elif self.direction(m.start(), m.end()) < 0:
            year = now_year if order.index(code) <= order.index(now_code) else now_year - 1
        else:
            year = now_year if order.index(code) >= order.index(now_code) else now_year + 1
        start = m.start("se_n") if relation == "the" and not m["se_pm"] and not m["se_y"] else m.start()
        if relation == "the":
            start = m.start()
        mod = point_mod(m["se_pm"])
        value, dates = cal.season(year, code)
        return [self.expression(start, m.end(), TimexType.DATE, value, mod=mod, dates=cal.narrow(dates, mod))]
