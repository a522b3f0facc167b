"""Events in one sentence: event words, the date each one's words give it, its people, place and name.

A :class:`Draft` is an event being assembled. :func:`sentence_drafts` finds the
event words of a sentence (:data:`~timeline.extract._lexicon.EVENT_WORDS`) and
gives each the temporal expression that governs it:

1. a premodifier ("the 2025 cooperation plan", "Monday's meeting");
2. else the nearest expression after it in its clause ("met in Vientiane on
   Thursday");
3. else the nearest one before it in its clause ("On Thursday, the two
   ministers met").

People go to the nearest event word (the sentence's subject to every
gathering); the place is the first "in X" / "to X" after the word.
"""

from __future__ import annotations

import bisect
import re

import attrs

from timeline.dates import DateRange, Precision
from timeline.extract._lexicon import EVENT_WORDS, TITLE_WORDS
from timeline.extract._people import Mention
from timeline.extract._places import Spans, located, organisations_in, place_after, places_in
from timeline.extract._tokens import Tokens
from timeline.model import DateBasis, Kind, Participant, Place, TemporalExpression, TimexType
from timeline.tagger._context import Tense, tense

__all__ = ["GATHERINGS", "Draft", "attach_persons", "is_planned", "sentence_drafts"]

# Kinds that gather people in one place: they take the dateline when no place is written.
GATHERINGS = frozenset(
    {Kind.MEETING, Kind.TALKS, Kind.CONFERENCE, Kind.CEREMONY, Kind.SIGNING, Kind.DIALOGUE, Kind.STATEMENT, Kind.VISIT}
)
# Kinds that do not happen at sea: a sea or strait in their sentence is what was discussed.
_INDOORS = GATHERINGS - {Kind.VISIT} | {Kind.PHONE_CALL, Kind.APPOINTMENT}
# Kinds whose place is not read from before their word: what a statement announces happens
# elsewhere; a plan or an appointment has no place of its own there.
_PLACELESS = frozenset({Kind.STATEMENT, Kind.PLAN, Kind.APPOINTMENT})
_BEFORE_REACH = 12  # words before an event word its place may stand
_ACTORS = GATHERINGS | {Kind.EXERCISE, Kind.PHONE_CALL, Kind.APPOINTMENT, Kind.OTHER}
# Where a clause ends: an event word's date does not come from beyond. "which is
# slated for May 28-30" goes on about the same event, so it does not end it.
_CLAUSE_BREAK = re.compile(
    r""";|\bthat\b|\bwho\b|\bwhere\b|\bwhile\b|,\s(?:and|but)\b|\bsaid\b|\badded\b
    |\bwhich\b(?!\s(?:is|was|will|are|were)\s(?:\w+\s)?(?:scheduled|slated|set|held|due|expected|planned|to\sbe)\b)""",
    re.VERBOSE,
)
_YEAR_FIGURES = re.compile(r"(?:19|20)\d\d")
_PREMODIFIER_GAP = re.compile(r"(?:['’]s)?\s{1,3}(?:[\w'’-]+\s{1,3}){0,3}")
_ATTRIBUTION = re.compile(r"\b(?:said|says|reported|told|announced)\s(?:\w+\s)?(?:on\s)?$")
_INTENTION = re.compile(
    r"\bto\s(?:(?!the\b|a\b)[a-z]+\s(?:(?:a|an|the|their|its|new|joint|strategic|first|regular|annual|bilateral)\s){0,2})?$"
)
# Kinds that can last a year or more, or be dated by "over the past N years".
_PERIODIC = frozenset({Kind.PLAN, Kind.DEPLOYMENT, Kind.APPOINTMENT, Kind.OTHER})
_AFTER_REACH = 160  # characters after an event word its date may stand
_PURPOSE_REACH = 60  # characters between a trip and what it was for ("visited Minsk ... to sign")
_OBJECT_REACH = 40  # characters between a verb and the noun it governs ("signed a new defence protocol")
_OBJECTS = frozenset(
    """reception delegation delegations courtesy ambassador ambassadors minister ministers counterpart
    counterparts envoy envoys chief president prime secretary general commander visiting
    a an the his her their""".split()
)
_HOSTING = frozenset({"received", "receives", "receiving", "welcomed", "hosted", "hosts", "hosting"})
_ADJECTIVAL = frozenset({"visiting"})


@attrs.define
class Draft:
    """An event being assembled from one sentence (and what later sentences add to it)."""

    kind: Kind
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    number: int  # the sentence's position in the article
    text: str = attrs.field(default="", repr=False)  # the sentence's words
    when: DateRange | None = None
    expression: TemporalExpression | None = None
    when_span: tuple[int, int] | None = None
    how: str = ""  # how the date was found: "pre", "after", "before", or "" (inherited / none)
    basis: DateBasis = DateBasis.STATED
    people: list[Participant] = attrs.field(factory=list)
    organisations: list[str] = attrs.field(factory=list)
    where: Place | None = None
    planned: bool | None = None  # still to come; None until asked (see is_planned)
    cameo: str | None = None
    title: str | None = None
    parent: Draft | None = None
    implicit: bool = False  # named by what two people did ("agreed"), not by an event word
    too_coarse: bool = False  # its own words date it, but only to a year or longer
    placed_before: bool = False  # its place stands before its word ("During the summit in Jakarta, ... trip")
    intended: bool = False  # what someone means to do ("agreed Monday to launch a dialogue"): dated only after


def sentence_drafts(  # noqa: PLR0913, PLR0917 - the sentence, its words, dates and people
    tokens: Tokens,
    lower: str,
    sentence: tuple[int, int],
    number: int,
    expressions: list[TemporalExpression],
    persons: list[tuple[Mention, Participant]],
) -> list[Draft]:
    """The event words of one sentence as drafts, each with its own date, people, place and name."""
    text = tokens.text
    first, last = tokens.at(sentence[0]), tokens.at(sentence[1])
    blocked = [(m.start, m.end) for m, _ in persons]
    organisations = organisations_in(tokens, first, last)
    drafts: list[Draft] = []
    for start, end, kind, needs in _event_words(tokens, first, last):
        if any(s <= start and end <= e for s, e in blocked) or _inside_body_name(kind, start, end, organisations, text):
            continue
        if needs == "pair" and sum(mention.end <= start for mention, _ in persons) < 2:
            continue
        # "agreed to meet again", "to launch a strategic dialogue": not yet an event; but what a
        # trip was for is ("visited Minsk two weeks ago to sign a protocol")
        intention = bool(_INTENTION.search(lower, max(0, start - 40), start)) and not (
            drafts and drafts[-1].kind is Kind.VISIT and start - drafts[-1].trigger[1] < _PURPOSE_REACH
        )
        drafts.append(
            Draft(
                kind,
                (start, end),
                sentence,
                number,
                text[sentence[0] : sentence[1]],
                implicit=needs == "pair" or intention,
                intended=intention,
            )
        )
    if not drafts:
        return []
    _attach_dates(text, drafts, expressions)
    drafts = _signed_instruments(drafts)
    if any(d.kind is not Kind.STATEMENT for d in drafts):
        # A statement counts beside other events only when dated by its own words ("In a statement today").
        # A press conference is an event of its own ("stressed at a joint press conference after the meeting").
        drafts = [d for d in drafts if d.kind is not Kind.STATEMENT or _dated_closely(d) or _is_gathering(d, text)]
    for draft in drafts:
        extend(draft, text, expressions)
    names = Spans(organisations + blocked)
    context = _Context(
        names=names,
        places=[(offset, p) for offset, p in places_in(tokens, first, last) if not names.covers(offset)],
        organisations=sorted(organisations),
        people=[(m.start, m.end) for m, _ in persons],
    )
    for draft in drafts:
        _describe(tokens, lower, draft, context)
    return drafts


@attrs.frozen
class _Context:
    """What a sentence's drafts share: names, places and bodies found once for the sentence."""

    names: Spans
    places: list[tuple[int, Place]]
    organisations: list[tuple[int, int]]
    people: list[tuple[int, int]]


# -- event words -----------------------------------------------------------------------------


def _event_words(tokens: Tokens, first: int, last: int) -> list[tuple[int, int, Kind, str]]:
    """(start, end, kind, need) of each event word or phrase in words *first* to *last* - 1."""
    found = []
    index = first
    while index < last:
        options = EVENT_WORDS.get(tokens.keys[index])
        matched = False
        for words, kind, needs_object in options or ():
            end = index + len(words) - 1
            if end >= last or tuple(tokens.keys[index : end + 1]) != words:
                continue
            if any(tokens.gap(i) not in {" ", "-"} for i in range(index + 1, end + 1)):
                continue
            if needs_object == "object" and not _has_object(tokens, end + 1, last):
                continue
            if words[0] in _ADJECTIVAL and end + 1 < last and _adjectival(tokens, end + 1):
                continue  # "visiting Australian counterpart": a description, not an event
            found.append((tokens.starts[index], tokens.ends[end], kind, needs_object))
            index = end + 1
            matched = True
            break
        if not matched:
            index += 1
    return found


def _has_object(tokens: Tokens, index: int, last: int) -> bool:
    """True when a hosting verb has a guest after it ("received the Lao delegation")."""
    while index < last and tokens.keys[index] in {"a", "an", "the", "visiting", "his", "her"}:
        index += 1
    return index < last and (tokens.capitalised(index) or tokens.keys[index] in _OBJECTS)


def _adjectival(tokens: Tokens, index: int) -> bool:
    return tokens.capitalised(index) or tokens.keys[index].strip(".") in TITLE_WORDS


def _inside_body_name(kind: Kind, start: int, end: int, organisations: list[tuple[int, int]], text: str) -> bool:
    """Event words inside an organisation's name ("Department of Peacekeeping Operations").

    The name of an event that holds an organisation's word stays an event
    ("the 47th Meeting of the Committee", "the ASEAN Summit").
    """
    inside = any(s <= start and end <= e for s, e in organisations)
    if not inside:
        return False
    return not (kind in {Kind.CONFERENCE, Kind.MEETING, Kind.DIALOGUE, Kind.EXERCISE} and text[start].isupper())


# -- dates -------------------------------------------------------------------------------------


def _attach_dates(text: str, drafts: list[Draft], expressions: list[TemporalExpression]) -> None:  # noqa: C901 - one rule per way a date stands to its event
    """Give each draft the expression that governs it (see the module's docstring)."""
    taken: set[int] = set()  # expressions an earlier event word took as its own ("met ... on Thursday")
    for position, draft in enumerate(drafts):
        start, end = draft.trigger
        following = drafts[position + 1].trigger[0] if position + 1 < len(drafts) else draft.sentence[1]
        preceding = drafts[position - 1].trigger[1] if position else draft.sentence[0]
        chosen: tuple[TemporalExpression, str] | None = None
        for expression in expressions:
            if (
                expression.end <= start and _PREMODIFIER_GAP.fullmatch(text, expression.end, start)
                and not _names_a_year(draft, expression) and not draft.intended
            ):  # fmt: skip
                chosen = (expression, "pre")
        if chosen is None:
            after = [
                e for e in expressions
                if end <= e.start < min(end + _AFTER_REACH, following) and not _CLAUSE_BREAK.search(text, end, e.start)
            ]  # fmt: skip
            if after:
                chosen = (after[0], "after")
        if chosen is None and not draft.intended:
            before = [
                e for e in expressions
                if preceding <= e.start and e.end <= start and e.start not in taken
                and not _CLAUSE_BREAK.search(text, e.end, start)
            ]  # fmt: skip
            if before:
                chosen = (before[-1], "before")
        if chosen is not None:
            _date(draft, chosen[0], chosen[1], expressions)
            taken.add(chosen[0].start)
    if all(draft.when is None for draft in drafts):
        reported = [e for e in expressions if _ATTRIBUTION.search(text, max(0, e.start - 24), e.start)]
        if reported:  # "X met Y ..., Z said on Monday": the only date there is
            _date(drafts[0], reported[0], "said", expressions)


def _names_a_year(draft: Draft, expression: TemporalExpression) -> bool:
    """True for a year in figures inside a gathering's name ("the Milan 2026 exercise"): its date is elsewhere.

    "This year's exercise" is not one: it is the exercise already told.
    """
    return draft.kind in GATHERINGS | {Kind.EXERCISE} and _YEAR_FIGURES.fullmatch(expression.text) is not None


def _signed_instruments(drafts: list[Draft]) -> list[Draft]:
    """Fold a plan that is what a signing signed into the signing: "signed a protocol on Monday" is one event.

    The plan's day, if it has one, dates the signing. A plan with a period of
    its own ("signed a protocol for the 2025-2029 period") stays an event; one
    dated only to the signing's day is what was signed, wherever it stands.
    """
    kept: list[Draft] = []
    for draft in drafts:
        signing = kept[-1] if kept else None
        if (
            signing is not None
            and signing.kind is Kind.SIGNING
            and draft.kind is Kind.PLAN
            and (draft.when is None or draft.when.precision.rank <= Precision.WEEK.rank)
            and draft.trigger[0] - signing.trigger[1] < _OBJECT_REACH
        ):
            if signing.when is None and draft.when is not None:
                signing.expression, signing.when, signing.how = draft.expression, draft.when, draft.how
                signing.when_span = draft.when_span
            continue
        kept.append(draft)
    signed = {draft.when for draft in kept if draft.kind is Kind.SIGNING and draft.when is not None}
    return [
        draft
        for draft in kept
        if not (draft.kind is Kind.PLAN and draft.when in signed and draft.when.precision.rank <= Precision.WEEK.rank)
    ]


def _date(draft: Draft, expression: TemporalExpression, how: str, expressions: list[TemporalExpression]) -> None:
    when = expression.period or expression.dates
    if when is None:
        return
    if how == "after" and when.precision is Precision.YEAR and _in_brackets(expression, draft):
        return  # "the military exercise (Golden Dragon 2018)": part of a name
    if draft.kind not in _PERIODIC and (
        when.precision.rank >= Precision.YEAR.rank or expression.type is TimexType.DURATION
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


def _is_gathering(draft: Draft, text: str) -> bool:
    return text[draft.trigger[0] : draft.trigger[1]].lower().endswith("conference")


def _dated_closely(draft: Draft) -> bool:
    span = draft.when_span
    return span is not None and draft.how in {"pre", "after"} and abs(span[0] - draft.trigger[1]) < 24


def _in_brackets(expression: TemporalExpression, draft: Draft) -> bool:
    return "(" in draft_text(draft)[draft.trigger[1] - draft.sentence[0] : expression.start - draft.sentence[0]]


def draft_text(draft: Draft) -> str:
    """The draft's sentence (set by :func:`sentence_drafts`)."""
    return draft.text


def extend(draft: Draft, text: str, expressions: list[TemporalExpression]) -> None:
    """Stretch a one-day date to the span the sentence gives ("a four-day visit", "... and will end on March 30")."""
    when = draft.when
    if when is None or when.precision is not Precision.DAY or when.days != 1 or draft.basis is not DateBasis.STATED:
        return
    for expression in expressions:
        if expression.start <= draft.trigger[1] - 200 or expression.start < (draft.when_span or (0, 0))[1]:
            continue
        dates = expression.dates
        if (
            dates is not None and dates.precision is Precision.DAY and dates.start > when.start
            and _UNTIL.search(text, max(0, expression.start - 30), expression.start)
        ):  # fmt: skip
            draft.when = DateRange(when.start, dates.end)
            return
    length = _LENGTH.search(text, max(draft.sentence[0], draft.trigger[0] - 30), draft.trigger[1])
    if length and draft.kind in {Kind.VISIT, Kind.EXERCISE, Kind.CONFERENCE}:
        days = _days(length)
        if days and days > 1:
            draft.when = DateRange(when.start, when.start.add(days=days - 1))


def _days(length: re.Match[str]) -> int | None:
    count = length["count"].lower()
    number = int(count) if count.isdigit() else _COUNTS.get(count)
    if number is None:
        return None
    return number * (7 if length["unit"].lower().startswith("week") else 1)


_UNTIL = re.compile(r"\b(?:until|till|through|to|end(?:s|ed)?\son|conclude[sd]?\son|run\suntil)\s(?:on\s)?$")
_LENGTH = re.compile(
    r"\b(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[-\s](?P<unit>day|week)s?(?:-long)?\b",
    re.IGNORECASE,
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


# -- people ------------------------------------------------------------------------------------


def attach_persons(text: str, drafts: list[Draft], persons: list[tuple[Mention, Participant]]) -> None:
    """People go to the nearest event word; the subject, before every event word, to all gatherings."""
    if not drafts:
        return
    first_trigger = drafts[0].trigger[0]
    starts = [d.trigger[0] for d in drafts]
    previous: Draft | None = None
    previous_end = -1
    for mention, person in persons:
        if mention.end <= first_trigger:
            for draft in drafts:
                if draft.kind in _ACTORS:
                    draft.people.append(person)
            previous, previous_end = None, mention.end
            continue
        coordinated = previous is not None and text[previous_end : mention.start].strip(" ,") in {"and", ""}
        if coordinated and previous is not None:
            target = previous
        else:
            at = bisect.bisect_left(starts, mention.start)
            nearby = [drafts[i] for i in (at - 1, at) if 0 <= i < len(drafts)]
            target = min(nearby, key=lambda d: _distance(d, mention))
        target.people.append(person)
        previous, previous_end = target, mention.end


def _distance(draft: Draft, mention: Mention) -> int:
    start, end = draft.trigger
    if mention.start >= end:
        return mention.start - end
    return start - mention.end


# -- place, name, code ----------------------------------------------------------------------------

_NP_WORD = r"(?:[A-Z\dÀ-ÝĐ][\w'’-]*|\d{4}[-–]\d{2,4})"
_NP_TAIL = re.compile(
    rf"\s(?:of|on|for|between)\s(?:the\s)?{_NP_WORD}(?:\s(?:(?:and|of|for|the|on)\s){{0,2}}{_NP_WORD}){{0,12}}(?:\speriod\b)?"
)
_NP_HEAD = re.compile(r"(?:(?:the|a|an)\s)?(?:(?:\d+(?:st|nd|rd|th)|\d{4}|[A-Z][\w'’-]*)\s){1,6}$")


def _describe(
    tokens: Tokens,
    lower: str,
    draft: Draft,
    context: _Context,
) -> None:
    """Place, organisations, CAMEO code, tense and name of a draft, from its own words."""
    text = tokens.text
    start, end = draft.trigger
    first, stop = tokens.at(end), tokens.at(min(draft.sentence[1], end + _AFTER_REACH))
    waters = draft.kind not in _INDOORS  # a meeting is not held at sea; an exercise or a port call may be
    draft.where = place_after(tokens, first, stop, context.names, waters=waters)
    if draft.where is None and draft.kind not in _PLACELESS:
        draft.where = _place_before(tokens, draft, context, waters=waters)
        draft.placed_before = draft.where is not None
    low = bisect.bisect_left(context.organisations, (start - 200, 0))
    high = bisect.bisect_right(context.organisations, (end + 200, len(text)))
    draft.organisations = [text[s:e] for s, e in context.organisations[low:high]]
    word = lower[start:end].split(maxsplit=1)[0]
    if draft.kind is Kind.MEETING and word in _HOSTING:
        draft.cameo = "043"
    at = bisect.bisect_left(context.people, (end, 0))
    if draft.kind is Kind.VISIT and at < len(context.people) and context.people[at][0] - end < 3:
        draft.kind = Kind.MEETING  # "visited former minister Ngo Xuan Lich": a call on a person
    draft.title = _noun_phrase(text, draft, context.people) or None


def is_planned(draft: Draft, lower: str, text: str) -> bool:
    """True when the clause speaks of the event as still to come ("will meet", "is scheduled to")."""
    if draft.planned is None:
        parent = draft.parent
        if parent is not None and draft.basis is DateBasis.INFERRED and is_planned(parent, lower, text):
            draft.planned = True
            return True
        start, end = draft.trigger
        anchor = draft.expression.start if draft.expression else start
        anchor_end = draft.expression.end if draft.expression else end
        draft.planned = tense(lower, anchor, anchor_end, text=text) is Tense.FUTURE or (
            tense(lower, start, end, text=text) is Tense.FUTURE
        )
    return draft.planned


def _place_before(tokens: Tokens, draft: Draft, context: _Context, *, waters: bool) -> Place | None:
    """A place shortly before the event word, introduced as where it is ("In Hanoi, the two ministers met").

    Of a place and its apposition ("left Nha Trang City, the province of
    Khánh Hòa"), the first, which is the narrower.
    """
    start = draft.trigger[0]
    before = bisect.bisect_left(context.places, (start,), key=lambda pair: (pair[0],))
    floor = tokens.starts[max(0, tokens.at(start) - _BEFORE_REACH)]
    chosen: tuple[int, Place] | None = None
    for offset, place in reversed(context.places[max(0, before - 2) : before]):
        if (offset < floor and chosen is None) or not (waters or place.country is not None):
            continue
        if not located(tokens, offset, departures=True):
            continue
        between = tokens.text[offset : chosen[0]] if chosen else ""
        if chosen is not None and not (between.count(",") == 1 and ", the " in between):
            break
        chosen = (offset, place)
    return chosen[1] if chosen else None


def _noun_phrase(text: str, draft: Draft, people: list[tuple[int, int]]) -> str:
    """The event's own name when the text gives one ("the 47th meeting of the ... Committee")."""
    start, end = draft.trigger
    if not text[start:end][0].isalpha():
        return ""
    head = _NP_HEAD.search(text, max(draft.sentence[0], start - 80), start)
    nearby = people[bisect.bisect_left(people, (start - 120, 0)) : bisect.bisect_right(people, (start, start))]
    if head and any(s < start and e > head.start() for s, e in nearby):
        head = None  # "Minister Bùi Thanh Sơn held talks": a person, not the event's name
    tail = _NP_TAIL.match(text, end, draft.sentence[1])
    if not head and not tail:
        return ""
    first = head.start() if head else start
    last = tail.end() if tail else end
    phrase = text[first:last].strip(" ,.")
    phrase = re.sub(r"^(?:the|a|an)\s", "", phrase)
    return phrase[:1].upper() + phrase[1:]
