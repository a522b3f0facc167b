"""When a year dates a single event, and when it only names one ("the 9th dialogue in 2015", "Milan 2026").

A year in figures before a gathering's word is its name ("the 2019
exercise"), one in brackets after it too ("the exercise (Golden Dragon
2018)"); a year after a single occasion dates it ("the 9th dialogue in
2015", "the MoU signed in 2018"); "since 2016" counts occasions.
"""

from __future__ import annotations

import re

from timeline.dates import Precision
from timeline.extract._draft import GATHERINGS, Draft
from timeline.extract._lexicon import OPENING_VERBS
from timeline.model import Kind, TemporalExpression, TimexType

__all__ = [
    "bracketed_year", "dubbed", "ends_a_name", "in_brackets", "names_a_year", "once_in_a_year", "signed_in_year",
    "year_of_its_name",
]  # fmt: skip

_YEAR_FIGURES = re.compile(r"(?:19|20)\d\d")


def bracketed_year(text: str, end: int, expression: TemporalExpression) -> bool:
    """True for a year in brackets after an event word ("the exercise (Golden Dragon 2018) started on March 17").

    It is part of a name; the date is further on.
    """
    return _YEAR_FIGURES.fullmatch(expression.text) is not None and "(" in text[end : expression.start]


def names_a_year(draft: Draft, expression: TemporalExpression) -> bool:
    """True for a year in figures inside a gathering's name ("the Milan 2026 exercise"): its date is elsewhere.

    "This year's exercise" is not one: it is the exercise already told.
    """
    return draft.kind in GATHERINGS | {Kind.EXERCISE} and _YEAR_FIGURES.fullmatch(expression.text) is not None


def signed_in_year(draft: Draft, expression: TemporalExpression, how: str) -> bool:
    """True for a signing dated by a year in figures ("the MoU signed in 2018", "In 2013, the two sides signed").

    A signing happens once, so a year dates it (to a year's precision).
    """
    return (
        draft.kind is Kind.SIGNING
        and how in {"after", "before"}
        and expression.type is not TimexType.DURATION
        and _YEAR_FIGURES.fullmatch(expression.text) is not None
        and not draft.text.endswith("for ", 0, expression.start - draft.sentence[0])  # "a plan for 2019": the plan's
    )


def once_in_a_year(draft: Draft, expression: TemporalExpression, how: str) -> bool:
    """True for one past or coming occasion dated by its year after it: "the 9th dialogue in 2015".

    Also "his previous visit six years ago", "the exercise ... next year" and
    "last visited Brunei in 2019".
    A year before a gathering's word is its name ("the 2019 exercise"), and
    "since 2016" counts occasions, so those are left undated.
    """
    if not (
        draft.kind in _ONCE
        and how == "after"
        and expression.type is TimexType.DATE
        and expression.dates is not None
        and expression.dates.precision is Precision.YEAR
        and expression.mod is None
    ):
        return False
    trigger = draft.trigger[0] - draft.sentence[0]
    if _MULLED.search(draft.text, max(0, trigger - 40), trigger):
        return False  # "had mulled a visit in 2024": it did not take place
    if dubbed(draft.text, expression, draft.sentence[0]):
        return _CALLED_OFF.search(draft.text) is None  # "dubbed Laros 2019, were held": the year its name gives
    word_end = draft.trigger[1] - draft.sentence[0]
    # "Dr Ng last visited Brunei in 2019": one occasion; not "tourists visited Laos in 2019"
    verb = draft.text[trigger:word_end] in _PAST_VERBS and bool(
        _ONCE_BEFORE.search(draft.text, max(0, trigger - 30), trigger)
    )
    plural = draft.text[word_end - 1] == "s" and not draft.text.endswith("talks", 0, word_end)
    # "more joint exercises in 2025", "step up visits next year", "took place in Mizoram in 2018 and 2019",
    # "visited Hanoi in 2018, 2020 and 2023": occasions, not one
    if (not verb and (plural or not _ONE_OCCASION.search(draft.text, max(0, trigger - 40), trigger))) or (
        _MORE_YEARS.match(draft.text, expression.end - draft.sentence[0])
    ):
        return False
    if _YEAR_FIGURES.fullmatch(expression.text) is None:
        return not verb and _YEAR_AWAY.fullmatch(expression.text.lower()) is not None  # not "this year"
    between = _PLACE_IN_YEAR if verb else _IN_YEAR
    return between.fullmatch(draft.text, word_end, expression.start - draft.sentence[0]) is not None


def dubbed(text: str, expression: TemporalExpression, offset: int = 0) -> bool:
    """True for a year that ends a name given to an event ("dubbed Laros 2019"); *text* starts at *offset*."""
    at = expression.start - offset
    return _DUBBED.search(text, max(0, at - 40), at) is not None


def year_of_its_name(text: str, end: int, expression: TemporalExpression, after: list[TemporalExpression]) -> bool:
    """True for a year in figures right after a capitalised event word, when a later date of *after* is the name's.

    *end* is where the event word ends. "at the IISS Manama Dialogue 2021 in
    Bahrain, 20 November 2021" (the year written again), "The Raisina
    Dialogue 2025 was held from March 17 to 19" (a span of that year): the
    year is the name's, the later date the gathering's. Not a single day not
    written with the year ("On the sidelines of the Shangri-La Dialogue 2024
    on Saturday, X met Y"): that day is more often another event's, unless
    the gathering's own verb comes between ("Exercise Aman Youyi 2016, a
    joint exercise ..., was launched ... on Tuesday").
    """
    return (
        expression.start - end <= 2
        and text[end - 1 : end].isalpha()
        and text[text.rfind(" ", 0, end) + 1 : end][:1].isupper()
        and _YEAR_FIGURES.fullmatch(expression.text) is not None
        and text[end : expression.start].strip() in {"", "-"}
        and any(
            later.start > expression.start
            and (
                expression.text in later.text
                or (_of_the_year(later, expression) and (_a_span(later) or _its_own_verb(text, expression, later)))
            )
            for later in after
        )
    )


def ends_a_name(
    text: str, start: int, end: int, expression: TemporalExpression, after: list[TemporalExpression]
) -> bool:
    """True for a year in figures ending a name given right after a lower-case event word, when a later date is of it.

    *start* and *end* are the event word's: "the exercise Laros-2025 began on
    Monday" in a 2025 paper, "the joint exercise Vientiane Shield 2025 will run
    from April 14". Not "the exercise Pitch Black 2024 took place from July 12"
    in a 2025 paper: the later date, read as this year's, is not the name's.
    """
    return (
        text[start : start + 1].islower()
        and _YEAR_FIGURES.fullmatch(expression.text) is not None
        and _NAME_BEFORE_YEAR.fullmatch(text, end, expression.start) is not None
        and any(later.start > expression.start and _of_the_year(later, expression) for later in after)
    )


def _its_own_verb(text: str, year: TemporalExpression, later: TemporalExpression) -> bool:
    """True when the gathering's own verb, and no report, stands between its name's year and *later*."""
    return (
        _HAPPENED.search(text, year.end, later.start) is not None
        and _REPORTED.search(text, year.end, later.start) is None
    )


def _of_the_year(later: TemporalExpression, year: TemporalExpression) -> bool:
    """True when the days of *later* fall in the year *year* writes."""
    days = later.period or later.dates
    return days is not None and days.start.year == int(year.text)


def _a_span(expression: TemporalExpression) -> bool:
    """True for an expression of more than one day ("from March 17 to 19")."""
    days = expression.period or expression.dates
    return days is not None and days.precision is Precision.DAY and days.days > 1


# The gathering's own verb: "Exercise Aman Youyi 2016 ... was launched in Selangor on Tuesday".
_HAPPENED = re.compile(
    rf"\b(?:(?:was|were)\s(?:launched|held|opened|inaugurated|staged|conducted)|{OPENING_VERBS}|took\splace|takes\splace)\b"
)
# A report between the gathering's verb and the date: "was conducted successfully, X told the delegation on Saturday".
_REPORTED = re.compile(r"\b(?:said|says|told|tells|according|reported|announced|published|stated)\b")
# Capitalised words of a name between an event word and its year: ' Laros-', ' Vientiane Shield ', ' "Cobra Gold" '.
_NAME_BEFORE_YEAR = re.compile(r"(?:\s{1,2}[\"“‘']?[A-Z][\w'’]*[\"”’']?){1,4}[\s-]")


def in_brackets(expression: TemporalExpression, draft: Draft) -> bool:
    """True for a year in brackets after the event word ("the military exercise (Golden Dragon 2018)")."""
    return "(" in draft.text[draft.trigger[1] - draft.sentence[0] : expression.start - draft.sentence[0]]


_ONCE = frozenset({Kind.VISIT, Kind.DIALOGUE, Kind.MEETING, Kind.TALKS, Kind.CONFERENCE, Kind.EXERCISE})
# "the 9th dialogue in 2015", "the exercise was held in 2019", "The first exercise between the two armies
# took place in Mizoram in 2018"; not "established in 2007"
_IN_YEAR = re.compile(
    r"\s(?:(?:between|of)\s[^,;.]{1,60}?\s(?=was\s|were\s|took\s))?(?:(?:was|were)\s)?"
    r"(?:(?:held|hosted|conducted|staged)\s|took\splace\s)?(?:in\s[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2},?\s)?in\s"
)
# The verbs of one visit or meeting (after _ONCE_BEFORE), and the place or person after them before the year:
# "visited Brunei in ".
_PAST_VERBS = frozenset({"visited", "met", "toured"})
_PLACE_IN_YEAR = re.compile(r"\s(?:the\s)?(?:[A-Z][\w'’.-]*\s){1,4}in\s")
# Who did it once: "Dr Ng last visited", "Joko Widodo toured", ", who visited"; not "tourists visited".
_ONCE_BEFORE = re.compile(r"(?:\b(?:last|previously|first)|,\swho|\b[A-Z][\w'’.-]*)\s$")
# More years right after the first: "in 2018 and 2019", "in 2018, 2020 and 2023"; not "in 2016, and 2024 marks".
_MORE_YEARS = re.compile(r"(?:,\s|\s(?:and|or|to|through)\s|\s?[-–]\s?)(?:19|20)\d\d\b")
_YEAR_AWAY = re.compile(r"(?:last|next|the\sprevious|the\sfollowing)\syear|\w{1,20}\syears?\sago")
_MULLED = re.compile(
    r"\b(?:mulled|considered|proposed|sought|postponed|cancell?ed|called\soff)\s(?:a|an|the)\s(?:\w{1,30}\s)?$"
)
# A name given right before its year: "dubbed Laros 2019", "code-named Golden Dragon-2020".
_DUBBED = re.compile(r"\b(?:dubbed|codenamed|code-named|named|called)\s[\"“‘']?(?:[A-Z][\w'’]*[\s-]){1,3}$")
_CALLED_OFF = re.compile(r"\b(?:postponed|cancell?ed|called\soff|suspended|scrapped)\b")
# One occasion: "the 9th dialogue", "his previous visit", "their joint exercise".
_ONE_OCCASION = re.compile(r"\b(?:the|his|her|its|their|a|an)\s(?:[\w-]{1,30}\s){0,3}$", re.IGNORECASE)
