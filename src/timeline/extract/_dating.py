"""When each event of a sentence happened: the temporal expression that governs its word.

:func:`attach_dates` gives each draft

1. a premodifier ("the 2025 cooperation plan", "Monday's meeting");
2. else the nearest expression after it in its clause ("met in Vientiane on
   Thursday");
3. else the nearest one before it in its clause ("On Thursday, the two
   ministers met").

:func:`signed_instruments` folds a signed plan into its signing. How long
the event lasts ("a four-day visit") is read by :mod:`timeline.extract._lengths`,
and whether a year dates it or names it by :mod:`timeline.extract._years`.
"""

from __future__ import annotations

import bisect
import itertools
import re

from timeline.dates import Precision
from timeline.extract._asides import AFTER_REACH, CLAUSE_BREAK, aside_end, following_word
from timeline.extract._draft import GATHERINGS, Draft, fold_into_previous, still_to_come
from timeline.extract._years import (
    bracketed_year,
    dubbed,
    ends_a_name,
    in_brackets,
    names_a_year,
    once_in_a_year,
    signed_in_year,
    year_of_its_name,
)
from timeline.model import DateBasis, Kind, TemporalExpression, TimexType

__all__ = ["AFTER_REACH", "around", "attach_dates", "dated_closely", "is_gathering", "signed_instruments"]

# A name of up to four words before the last comma of a list: "Laos, Vietnam" before ", and Cambodia",
# "the President of Nepal, Ram Chandra Poudel" before ", and Prime Minister X".
_LIST_BEFORE = re.compile(r",\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}$")
# The words between a premodifying date and its event word ("Monday's joint meeting"); none that starts a
# clause: in "said Friday that he will meet", Friday is when he said it.
_PREMODIFIER_GAP = re.compile(r"(?:['’]s)?\s{1,3}(?:(?!(?:that|which|who)\s)[\w'’-]+\s{1,3}){0,3}")
# A date before "and" dates the verb after it only when that verb has no date of its own:
# "visit the US in early October and hold talks", but "leaving on May 3 and arriving on May 5".
_CONJUNCTION = re.compile(r"\b(?:and|or|but|then)\b")
# An event word, then the event it happened at: "the accord signed at the previous two-plus-two meeting".
_HELD_AT = re.compile(r"\s(?:at|during|on\sthe\s(?:sidelines|margins)\sof)\s(?:the\s)?(?:[\w’'-]+\s){0,4}")
# Two verbs of one subject joined right after the first one's date share it: "traveled to Japan in April 2018
# and met with Prime Minister X".
_SHARED = re.compile(r",?\sand\s(?:also\s)?")
_ATTRIBUTION = re.compile(r"\b(?:said|says|reported|told|announced)\s(?:\w+\s)?(?:on\s)?$")
# Kinds that can last a year or more, or be dated by "over the past N years".
_PERIODIC = frozenset({Kind.PLAN, Kind.DEPLOYMENT, Kind.APPOINTMENT, Kind.OTHER})
_PRE_REACH = 120  # characters before an event word its premodifying date may stand ("Monday's meeting")
_RANGE_REACH = 400  # characters a stated range ("from May 2 ... to May 9") may span
_OBJECT_REACH = 40  # characters between a verb and the noun it governs ("signed a new defence protocol")


def attach_dates(  # noqa: C901 - one rule per way a date stands to its event
    text: str, drafts: list[Draft], expressions: list[TemporalExpression], asides: list[tuple[int, int]]
) -> None:
    """Give each draft the expression that governs it (see the module's docstring).

    *asides* are the sentence's relative clauses set off by commas (:func:`relative_asides`).
    """
    taken: set[int] = set()  # expressions an earlier event word took as its own ("met ... on Thursday")
    starts = [e.start for e in expressions]
    for position, draft in enumerate(drafts):
        start, end = draft.trigger
        following = following_word(drafts, position, asides)
        preceding = drafts[position - 1].trigger[1] if position else draft.sentence[0]
        chosen: tuple[TemporalExpression, str] | None = None
        # only the expressions near the word can govern it: looking at those keeps long sentences linear
        near = _near(expressions, starts, min(preceding, start - _PRE_REACH), min(end + AFTER_REACH, following))
        for expression in near:
            if (
                expression.end <= start and _PREMODIFIER_GAP.fullmatch(text, expression.end, start)
                and not names_a_year(draft, expression) and not draft.intended and not _a_length(expression)
            ):  # fmt: skip
                chosen = (expression, "pre")
        leading = chosen is not None and _FOR_A.match(text, chosen[0].end) is not None
        if chosen is None or leading or _CONJUNCTION.search(text, chosen[0].end, start):
            after = [
                e for e in near
                if end <= e.start < min(end + AFTER_REACH, following) and not _breaks(text, end, e.start)
                and not bracketed_year(text, end, e)
            ]  # fmt: skip
            # "dubbed Laros 2025", "the Manama Dialogue 2021 in Bahrain, 20 November 2021": the date only if no other
            named = [
                e for e in after
                if dubbed(text, e) or year_of_its_name(text, end, e, after) or ends_a_name(text, start, end, e, after)
            ]  # fmt: skip
            after = [e for e in after if e not in named] or named
            if after and not (leading and after[0].period is None):
                chosen = (after[0], "after")
        if chosen is None:
            closing = _closing_date(text, draft, expressions, starts, following)
            chosen = (closing, "after") if closing is not None else None
        if chosen is None and not draft.intended:
            before = [
                e for e in near
                if preceding <= e.start and e.end <= start
                and (e.start not in taken or _SHARED.fullmatch(text, e.end, start))
                and not _breaks(text, e.end, start)
                and not (position and _ATTRIBUTION.search(text, max(0, e.start - 24), e.start))
            ]  # fmt: skip  # "will dock next week, the ministry said Friday, in the first port call": not Friday's
            if before:
                chosen = (before[-1], "before")
        if chosen is None:
            inside = _aside_date(text, draft, near, asides)
            chosen = (inside, "after") if inside is not None else None
        if chosen is not None:
            _date(
                draft, chosen[0], chosen[1], _near(expressions, starts, chosen[0].start, chosen[0].start + _RANGE_REACH)
            )
            taken.add(chosen[0].start)
    _dated_by_the_next(text, drafts, expressions, starts)
    if all(draft.when is None for draft in drafts):
        reported = [e for e in expressions if _ATTRIBUTION.search(text, max(0, e.start - 24), e.start)]
        if reported and not still_to_come(drafts[0]):  # "X met Y ..., Z said on Monday": the only date there
            _date(drafts[0], reported[0], "said", expressions)


_FAR_REACH = 360  # characters to a date that closes the sentence of its event word


def _closing_date(
    text: str, draft: Draft, expressions: list[TemporalExpression], starts: list[int], following: int
) -> TemporalExpression | None:
    """The date that ends the sentence, past the usual reach, when nothing comes between it and the event word.

    "X met with Deputy Defense Minister of the Russian Federation and Chief of
    Main Directorate ... Andrey Kartapolov in Beijing Thursday.": the wire's
    closing date, after a long title.
    """
    end = draft.trigger[1]
    last = draft.sentence[1]
    if following < last or last - end > _FAR_REACH:
        return None
    index = bisect.bisect_right(starts, end + AFTER_REACH)
    closing = expressions[index] if index < len(expressions) else None
    if closing is None or closing.end > last or text[closing.end : last].strip(" .\n"):
        return None  # not the sentence's last words (so the last date)
    if _breaks(text, end, closing.start) or _CLAUSE_OF_ITS_OWN.search(text, end, closing.start):
        return None  # "..., whose unit fought alongside Vietnamese forces in 1975.": that clause's date
    return closing


_CLAUSE_OF_ITS_OWN = re.compile(r"\b(?:who|whose|which|where|when|that)\b")


def _aside_date(
    text: str, draft: Draft, near: list[TemporalExpression], asides: list[tuple[int, int]]
) -> TemporalExpression | None:
    """The first date of a relative clause right after the event word that says when it runs, if nothing else dates it.

    "The joint exercise, which runs from Aug. 15 to 29, involves 3,600
    troops": the exercise's dates. With a date of its own outside the aside
    ("The exercise, which runs until April 30, began on Monday") the aside
    only stretches it.
    """
    end = draft.trigger[1]
    if not _RUNS.match(text, end):
        return None
    at = bisect.bisect_left(asides, (end,))  # the aside that opens right after the word, found in log time
    closing = asides[at][1] if at < len(asides) and asides[at][0] == end else draft.sentence[1]
    return next((e for e in near if end < e.start and e.end < closing), None)


# An aside that tells when its event starts: ", which runs from", ", which will begin on"; not ", which runs until" nor
# ", which will end on" (its end only: "The visit, which will end on Saturday, is the first ...").
_RUNS = re.compile(
    r",\swhich\s(?:will\s|is\sto\s|is\sset\sto\s)?(?:(?:run|runs|ran|begin|begins|began|start|starts|started"
    r"|open|opens|opened)\b(?!\suntil\b|\still\b|\sthrough\b)|(?:last|lasts|lasted|continue|continues)\s(?=from\b))"
)


# "arrived on Monday for a working visit to Laos from 21-25 July": the visit's own range, not the arrival's day.
_FOR_A = re.compile(r"\s(?:for|on)\san?\s")


def _dated_by_the_next(
    text: str, drafts: list[Draft], expressions: list[TemporalExpression], starts: list[int]
) -> None:
    """An undated event word dated through its neighbour, the event word after it or before it.

    "signed at the meeting in March 2015": the meeting's date; "signed the
    Protocol for 2025-2029 on Tuesday": the day after the plan's period; "X
    met Y on October 12, 2021 on the margins of the 6th CICA Foreign
    Ministers meeting": the CICA meeting too, that day (inferred).
    """
    for draft, host in itertools.pairwise(drafts):
        if draft.when is None and host.expression and _HELD_AT.fullmatch(text, draft.trigger[1], host.trigger[0]):
            since = host.expression.start
            _date(draft, host.expression, host.how or "after", _near(expressions, starts, since, since + _RANGE_REACH))
        elif draft.when is None and draft.kind is Kind.SIGNING and host.kind is Kind.PLAN and host.when is not None:
            day = _signed_on(text, host, _near(expressions, starts, host.trigger[1], host.trigger[1] + AFTER_REACH))
            if day is not None:
                _date(draft, day, "after", _near(expressions, starts, day.start, day.start + _RANGE_REACH))
        elif host.when is None and draft.when is not None and draft.when.precision is Precision.DAY:
            _on_its_sidelines(text, draft, host)


def _on_its_sidelines(text: str, draft: Draft, host: Draft) -> None:
    """Date *host*, a named gathering *draft* was held on the sidelines of, by *draft*'s day (inferred).

    Not "on the sidelines of a meeting of defense ministers": no name.
    """
    named = _SIDELINES.search(text, max(draft.trigger[1], host.trigger[0] - 90), host.trigger[0])
    if named is None:
        return
    if host.kind is Kind.MEETING and _MINISTERS.search(named.group()):
        host.kind = Kind.CONFERENCE  # "the 6th CICA Foreign Ministers meeting": many ministers, one conference
    if host.kind in {Kind.CONFERENCE, Kind.DIALOGUE}:
        host.when, host.basis, host.parent = draft.when, DateBasis.INFERRED, draft


_MINISTERS = re.compile(r"\bMinisters['’]?\s")
# "on the margins of the 6th CICA Foreign Ministers ", "on the sidelines of the COP26 ": a name before the word.
_SIDELINES = re.compile(
    r"\bon\sthe\s(?:sidelines|margins?)\sof\sthe\s(?:\d{1,3}(?:st|nd|rd|th)\s)?(?:[A-Z0-9][\w'’-]*\s){1,6}$"
)


# What may stand between a plan's period and the day it was signed: "for 2025-2029 on Tuesday", "period in Hanoi on".
_PLAN_THEN_DAY = re.compile(r"(?:\speriod)?(?:\sin\s(?:[A-Z][\w'’-]*\s?){1,3})?,?\s(?:on\s)?")


def _signed_on(text: str, plan: Draft, after: list[TemporalExpression]) -> TemporalExpression | None:
    """The day right after a plan's own period: "the Protocol for 2025-2029 on Tuesday" (Tuesday).

    Not a day further on: "a plan for 2025-2027 to hold joint patrols on June 5" dates the patrols.
    """
    own = plan.expression
    if own is None:
        return None
    own_end = max([own.end, *(e.end for e in after if own.period is not None and e.period == own.period)])
    for expression in after:
        if expression.start < own_end:
            continue
        dates = expression.dates
        day = dates is not None and dates.precision is Precision.DAY
        return expression if day and _PLAN_THEN_DAY.fullmatch(text, own_end, expression.start) else None
    return None


def around(draft: Draft, expressions: list[TemporalExpression], starts: list[int]) -> list[TemporalExpression]:
    """The expressions ``extend`` and ``length_and_end`` (:mod:`timeline.extract._lengths`) may use for *draft*."""
    return _near(expressions, starts, draft.trigger[1] - 199, draft.trigger[1] + _RANGE_REACH)


def _near(expressions: list[TemporalExpression], starts: list[int], low: int, high: int) -> list[TemporalExpression]:
    """The expressions starting at or after *low* and before *high* (*starts* are theirs, in order)."""
    return expressions[bisect.bisect_left(starts, low) : bisect.bisect_left(starts, high)]


def _breaks(text: str, start: int, end: int) -> bool:
    """True when a clause ends between *start* and *end*; the last comma of a list does not end one.

    "Since 6 October, the armies of Laos, Vietnam, and Cambodia have been
    conducting an exercise": one clause; "..., and Thailand will host the next
    round on Jan. 20": two.
    """
    at = start
    while (found := CLAUSE_BREAK.search(text, at, end)) is not None:
        at = found.end()
        if found.group().startswith(",") and _LIST_BEFORE.search(text, max(start, found.start() - 40), found.start()):
            continue
        closing = aside_end(text, found, end)
        if closing < 0:
            return True
        at = closing  # "The exercise, which runs until April 30, began on Monday": the aside is skipped
    return False


def _a_length(expression: TemporalExpression) -> bool:
    """True for a length before an event word ("the nine-day exercise"): it says how long, not when."""
    return expression.type is TimexType.DURATION and expression.period is None


def signed_instruments(drafts: list[Draft]) -> list[Draft]:
    """Fold a plan that is what a signing signed into the signing: "signed a protocol on Monday" is one event.

    The plan's day, if it has one, dates the signing. A plan with a period of
    its own ("signed a protocol for the 2025-2029 period") stays an event; one
    dated only to the signing's day is what was signed, wherever it stands.
    """

    def signed(signing: Draft, draft: Draft) -> bool:
        return (
            signing.kind is Kind.SIGNING
            and draft.kind is Kind.PLAN
            and (draft.when is None or draft.when.precision.rank <= Precision.WEEK.rank)
            and draft.trigger[0] - signing.trigger[1] < _OBJECT_REACH
        )

    kept = fold_into_previous(drafts, signed)
    signed_days = {draft.when for draft in kept if draft.kind is Kind.SIGNING and draft.when is not None}
    return [
        draft
        for draft in kept
        if not (
            draft.kind is Kind.PLAN and draft.when in signed_days and draft.when.precision.rank <= Precision.WEEK.rank
        )
    ]


def _date(draft: Draft, expression: TemporalExpression, how: str, expressions: list[TemporalExpression]) -> None:
    when = expression.period or expression.dates
    if when is None:
        return
    if how == "after" and when.precision is Precision.YEAR and in_brackets(expression, draft):
        return  # "the military exercise (Golden Dragon 2018)": part of a name
    if (
        draft.kind not in _PERIODIC
        and not signed_in_year(draft, expression, how)
        and not once_in_a_year(draft, expression, how)
        and (when.precision.rank >= Precision.YEAR.rank or expression.type is TimexType.DURATION)
    ):
        draft.too_coarse = True
        return  # "this year's exercise", "held over the past three decades": no date for a single event
    if how == "pre" and when.precision.rank >= Precision.YEAR.rank and draft.kind in GATHERINGS | {Kind.EXERCISE}:
        return  # "this year's exercise", "the 2019 Pahlawan Exercise": a name, not the event's date
    draft.expression, draft.when, draft.how = expression, when, how
    if expression.period is not None:
        ends = [e.end for e in expressions if e.period == expression.period and e.start >= expression.start]
        draft.when_span = (expression.start, max(ends))
    else:
        draft.when_span = (expression.start, expression.end)


def is_gathering(draft: Draft, text: str) -> bool:
    return text[draft.trigger[0] : draft.trigger[1]].lower().endswith("conference")


def dated_closely(draft: Draft) -> bool:
    span = draft.when_span
    return span is not None and draft.how in {"pre", "after"} and abs(span[0] - draft.trigger[1]) < 24
