"""The temporal tagger: find every temporal expression in a text and normalise it.

>>> import timeline
>>> found = timeline.tag("The ministers met on Thursday in Vientiane.", "2025-01-10")
>>> [(e.text, e.type.value, e.value) for e in found]
[('Thursday', 'DATE', '2025-01-09')]

How it works, and why it is fast: a cheap trigger pass over the lower-cased text
finds numbers and calendar words; only there, and at the few words before them
that can open an expression, is the full pattern tried with ``match``. Each
match is resolved against the anchor by the family that matched; a family that
rejects its match ("may" the verb) hands over to the next one.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

from timeline.dates import DateRange, Precision
from timeline.model import Article, TemporalExpression, TimexType
from timeline.tagger._amounts import Resolver
from timeline.tagger._context import follows
from timeline.tagger._grammar import LEFT_WORDS, TRIGGER, TRIGGER_WORDS, families_for
from timeline.tagger._vocabulary import MONTHS, UNITS, WEEKDAYS, alternation

__all__ = ["lowered", "tag"]

_MAX_LEFT_WORDS = 6
_RANGE_OPENERS = frozenset({"from", "between"})
_WEEK = 7
_RANGE_JOINER = re.compile(r"\s{1,3}(?:to|until|till|through|and|-|–)\s{1,3}|\s{0,2}[-–]\s{0,2}")


def tag(text: str | Article, anchor: DateRange | _dt.date | str | None = None) -> tuple[TemporalExpression, ...]:
    """Find and normalise the temporal expressions in *text*.

    Args:
        text: Plain text, or an :class:`~timeline.model.Article` (its whole
            text is tagged and its publication date is the default anchor).
        anchor: What relative expressions resolve against: a
            :class:`~timeline.dates.DateRange` (a day, or a month when the
            date line gives only ``YYYY-MM``), a date, or an ISO string.

    Returns:
        The expressions in text order, with TimeML extents, TIMEX3 values
        and, where they name calendar days, the days they cover.

    Raises:
        ValueError: No anchor was given for plain text.
    """
    text, lower, anchor = _prepared(text, anchor)
    resolver = Resolver(text, lower, anchor)
    backwards = lower[::-1]
    found: list[TemporalExpression] = []
    done = 0  # nothing before this offset is looked at again
    for trigger in TRIGGER.finditer(lower):
        if trigger.start() < done:
            continue
        word = trigger.group()
        if not word[0].isdigit() and word not in TRIGGER_WORDS:
            continue
        if word in _BARE_MONTHS and not _a_month(lower, trigger.start(), trigger.end()):
            continue
        for start in _openings(lower, backwards, trigger.start(), done):
            expressions = _resolve_at(resolver, lower, start, trigger.end())
            if expressions:
                found.extend(expressions)
                done = expressions[-1].end
                break
    return tuple(_join_ranges(found, lower, anchor))


def _prepared(text: str | Article, anchor: DateRange | _dt.date | str | None) -> tuple[str, str, DateRange]:
    """The text, its lower-cased copy and the anchor of :func:`tag`'s arguments.

    In an article's copy the dateline ends a clause: "HÀ NỘI — On Friday, X
    will ..." opens on its date.
    """
    body_start = 0
    if isinstance(text, Article):
        anchor = text.published if anchor is None else anchor
        body_start = text.body_start
        text = text.text
    if anchor is None:
        msg = "tag() needs an anchor for plain text: pass the publication date"
        raise ValueError(msg)
    if not isinstance(anchor, DateRange):
        anchor = DateRange.parse(anchor) if isinstance(anchor, str) else DateRange.day(anchor)
    lower = lowered(text)
    if 0 < body_start <= len(lower):
        lower = f"{lower[: body_start - 1]}\n{lower[body_start:]}"
    return text, lower, anchor


def lowered(text: str) -> str:
    """*text* lower-cased with every offset kept (a few characters grow when lowered).

    >>> lowered("HÀ NỘI, İstanbul") == "hà nội, İstanbul".replace("İ", "İ")
    True
    """
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def _openings(lower: str, backwards: str, position: int, floor: int) -> list[int]:
    """Offsets where an expression ending at or after *position* may start, leftmost first.

    Walks back over words that can open an expression ("the", "nearly",
    "more than"), at most a few, never before *floor* and never past another
    trigger: an expression that starts before an earlier trigger was already
    tried from there. So a run of triggers ("Monday Monday ...", "12 12 ...")
    costs one match each. *backwards* is *lower* reversed, so that each step
    back is one match of :data:`_WORD_BEFORE`.
    """
    starts = [position]
    cursor = position
    size = len(lower)
    for _ in range(_MAX_LEFT_WORDS):
        before = _WORD_BEFORE.match(backwards, size - cursor, size - floor)
        if before is None:
            break
        word_start = size - before.end()
        word = before.group(1)[::-1].strip(".,")
        if not word or word not in LEFT_WORDS or word in TRIGGER_WORDS or word[:1].isdigit():
            break
        starts.append(word_start + len(before.group(1)) - len(before.group(1).rstrip(".,")))
        cursor = word_start
    starts.reverse()
    return starts


# A gap and the word before it, read in reversed text.
_WORD_BEFORE = re.compile(r"[ \t\n-]+((?:[^\W_]|['.,])+)")


def _resolve_at(resolver: Resolver, lower: str, start: int, trigger_end: int) -> list[TemporalExpression]:
    """The expressions a match at *start* gives, trying later families when one rejects it."""
    opener = _first_word(lower, start)
    if opener == "#N" and not _AFTER_NUMBER.match(lower, start):
        return []  # "12 troops", "12 12 12": nothing a number family could read
    pattern = families_for(opener)
    while pattern is not None:
        match = pattern.match(lower, start)
        if match is None or match.end() < trigger_end or "\n\n" in match.group():
            return []
        family = match.lastgroup or ""
        expressions: list[TemporalExpression] = getattr(resolver, family)(match)
        if expressions:
            return expressions
        pattern = families_for(opener, family)
    return []


_FIRST_WORD = re.compile(r"[a-zế]+|\d+|'")
# Month words that also are ordinary words: alone, they need a preposition before them.
_BARE_MONTHS = frozenset({"may", "march", "mar", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
_MONTH_CONTEXT = re.compile(r"\.?\s{0,3}(?:\d|[-–,]|of\b|this\b|last\b|next\b)")
_MONTH_PREPOSITIONS = frozenset(
    "in of since until till by from to during before after early mid late last next this end beginning start "
    "middle between through and".split()
)
# What may follow a short number that opens an expression: a separator of a
# numeric date or time, or a word a number family continues with.
_AFTER_NUMBER = re.compile(
    rf"""\d{{1,3}}(?:st|nd|rd|th)?
    (?:[/.:]\d|\s{{1,2}}1/2\b|\s{{0,2}}(?:[-–—]|a\.?m\b|p\.?m\b|o'clock|h\b|hours\b|hrs\b)
      |[\s-]{{1,3}}(?:{
        alternation(
            [
                *MONTHS,
                *UNITS,
                "century",
                "quarter",
                "half",
                "to",
                "and",
                "or",
                "of",
                "more",
                "additional",
                "straight",
                "consecutive",
                "full",
                "whole",
                "long",
                "through",
                "until",
                "till",
                "in",
                "p.m",
                "a.m",
                "pm",
                "am",
            ]
        )
    })\b)""",
    re.VERBOSE,
)


def _a_month(lower: str, start: int, end: int) -> bool:
    """Whether the month word at ``lower[start:end]`` may be a month: "may" the verb and "March" the noun are not.

    A bare month word needs a date next to it ("March 4", "May 2025", "March
    of") or a preposition before it ("in May", "early March", "mid-March").
    """
    return bool(_MONTH_CONTEXT.match(lower, end)) or follows(lower, start, _MONTH_PREPOSITIONS)


def _first_word(lower: str, start: int) -> str:
    """The word at *start*, with numbers as ``#4`` (four digits) or ``#N`` (shorter)."""
    word = _FIRST_WORD.match(lower, start)
    if word is None:
        return ""
    text = word.group()
    if text.isdigit():
        return "#4" if len(text) == 4 else "#N"
    return text


def _join_ranges(found: list[TemporalExpression], lower: str, anchor: DateRange) -> list[TemporalExpression]:
    """Give both ends of "from X to Y" / "between X and Y" the whole range as their period.

    So too two days next to each other joined by "and": "on Saturday and Sunday".
    """
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if first.period or second.period or first.dates is None or second.dates is None:
            continue
        if first.type is not TimexType.DATE or second.type is not TimexType.DATE:
            continue
        if not _RANGE_JOINER.fullmatch(lower, first.end, second.start):
            continue
        opened = follows(lower, first.start, _RANGE_OPENERS)
        if not (opened or _next_days(first.dates, second.dates, lower[first.end : second.start])):
            continue
        if second.dates.end < first.dates.start and opened:
            first, second = _weekdays_in_order(first, second, anchor)
            found[index], found[index + 1] = first, second
        if first.dates is None or second.dates is None or second.dates.end < first.dates.start:
            continue
        precision = max(first.dates.precision, second.dates.precision, key=lambda p: p.rank)
        period = DateRange(first.dates.start, second.dates.end, precision)
        found[index] = _with_period(first, period)
        found[index + 1] = _with_period(second, period)
    return found


def _weekdays_in_order(
    first: TemporalExpression, second: TemporalExpression, anchor: DateRange
) -> tuple[TemporalExpression, TemporalExpression]:
    """Both ends of "from Sunday through Tuesday" when each alone resolved to the other's wrong side.

    Each weekday alone resolves by the clause's tense. A range still to come
    (its near end after the anchor) ends on the first such day after its near
    end; a range gone by ("From Wednesday to Friday last week") starts on the
    last such day before its far end.
    """
    if first.dates is None or second.dates is None:
        return first, second
    if first.dates.start > anchor.end:
        return first, _moved_weekday(second, first.dates, _WEEK)
    return _moved_weekday(first, second.dates, -_WEEK), second


def _moved_weekday(weekday: TemporalExpression, other: DateRange, days: int) -> TemporalExpression:
    """*weekday* moved by *days* (a week either way), when it is a single weekday less than a week from *other*."""
    dates = weekday.dates
    if dates is None or not dates.is_day or weekday.text.lower() not in WEEKDAYS or not other.is_day:
        return weekday
    if not 0 < abs(other.start.toordinal() - dates.start.toordinal()) < _WEEK:
        return weekday
    day = dates.start.add(days=days)
    return attrs.evolve(weekday, value=day.isoformat(), dates=DateRange.day(day))


def _next_days(first: DateRange, second: DateRange, between: str) -> bool:
    """True for two single days, the second the day after the first, joined by "and"."""
    single = first.precision is Precision.DAY and first.days == 1 and second.precision is Precision.DAY
    return single and second.days == 1 and between.strip() == "and" and (second.start - first.start).days == 1


def _with_period(expression: TemporalExpression, period: DateRange) -> TemporalExpression:
    return attrs.evolve(expression, period=period)
