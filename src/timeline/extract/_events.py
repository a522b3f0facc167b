"""Events in one article: triggers, the date that governs each, who, where, and links between them.

The steps, per sentence: find event words (:data:`~timeline.extract._lexicon.TRIGGER`),
attach each temporal expression to the event word it governs, give each event
the people near it, and a place. Events the sentence does not date take the
date of an event the text ties them to ("on the occasion of", "At the
meeting") and are marked *inferred*; undatable ones are dropped. The
publication date is never used as a stated date.
"""

from __future__ import annotations

import re

import attrs

from timeline.dates import DateRange, Precision
from timeline.extract._lexicon import LINK_CUES, TRIGGER, kind_of
from timeline.extract._people import Mention, People, find_mentions
from timeline.extract._places import organisations_in, place_after
from timeline.extract._sentences import sentences
from timeline.gazetteer import fold
from timeline.model import (
    Article,
    DateBasis,
    Event,
    Kind,
    Participant,
    Place,
    Source,
    Status,
    TemporalExpression,
    TimexType,
)
from timeline.reader import outlet_country
from timeline.tagger._context import Tense, tense

__all__ = ["article_events"]

# Kinds that gather people in one place: they take the dateline when no place is written.
_GATHERINGS = frozenset(
    {Kind.MEETING, Kind.TALKS, Kind.CONFERENCE, Kind.CEREMONY, Kind.SIGNING, Kind.DIALOGUE, Kind.STATEMENT, Kind.VISIT}
)
_ACTIONS = frozenset({Kind.EXERCISE, Kind.PHONE_CALL, Kind.APPOINTMENT})
# Words between two events of one sentence that make them happen together.
_TOGETHER = re.compile(
    r"\b(?:occasion|during|sidelines|accompan\w+|framework|part\sof|attend\w*|while|at\sthe|on\sthe\ssame)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|\bthat\b|\bwhich\b|\bwho\b|\bwhere\b|\bwhile\b|,\s(?:and|but)\b")
_PREMODIFIER_GAP = re.compile(r"\s{1,3}(?:[\w'’-]+\s{1,3}){0,3}")
_NOT_EVENT_DATES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_HOSTING = re.compile(r"\b(?:host\w*|receiv\w*|welcom\w*)\b", re.IGNORECASE)
_EVENT_NOUNS = ("session", "sessions", "call", "calls", "talks", "conversation", "conversations", "audience")
_LABELS = {Kind.PHONE_CALL: "Phone call", Kind.TALKS: "Talks", Kind.MEETING: "Meeting", Kind.VISIT: "Visit"}


@attrs.define
class _Draft:
    """An event being assembled from one sentence."""

    kind: Kind
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    when: DateRange | None = None
    expression: TemporalExpression | None = None
    when_span: tuple[int, int] | None = None
    basis: DateBasis = DateBasis.STATED
    people: list[Participant] = attrs.field(factory=list)
    organisations: list[str] = attrs.field(factory=list)
    where: Place | None = None
    planned: bool = False
    cameo: str | None = None
    title: str | None = None


def article_events(article: Article, expressions: tuple[TemporalExpression, ...]) -> list[Event]:
    """The events of *article*, given the temporal expressions tagged in its text."""
    text = article.text
    people = People(home=outlet_country(article.outlet))
    dated = [e for e in expressions if _usable(e)]
    drafts: list[_Draft] = []
    main: _Draft | None = None
    for start, end in sentences(text, article.body_start, article.body_end):
        mentions = find_mentions(text, start, end, people)
        persons = [(mention, people.add(mention)) for mention in mentions]
        found = _sentence_drafts(text, (start, end), [e for e in dated if start <= e.start < end], persons)
        linked = bool(LINK_CUES.match(text, start))
        if linked and main is not None:
            _attach_people(main, [p for _, p in persons])
            found = [d for d in found if d.when is not None and not _refers_to(d, main)]
        _infer_within(text, found)
        for draft in found:
            if draft.when is None and linked and main is not None and draft.kind is main.kind:
                continue
            if draft.when is None:
                continue
            drafts.append(draft)
            if main is None and draft.basis is DateBasis.STATED and draft.kind in _GATHERINGS | {Kind.VISIT}:
                main = draft
    return [_finish(article, draft, people) for draft in _merge(drafts)]


def _usable(expression: TemporalExpression) -> bool:
    """Expressions that can date an event: calendar days, or a span tied to the anchor."""
    if expression.value in _NOT_EVENT_DATES or expression.type is TimexType.SET:
        return False
    return (expression.period or expression.dates) is not None


def _sentence_drafts(
    text: str,
    sentence: tuple[int, int],
    expressions: list[TemporalExpression],
    persons: list[tuple[Mention, Participant]],
) -> list[_Draft]:
    start, end = sentence
    triggers = [(m.start(), m.end(), kind_of(m)) for m in TRIGGER.finditer(text, start, end)]
    blocked = organisations_in(text, start, end) + [(m.start, m.end) for m, _ in persons]
    triggers = [t for t in triggers if not _inside_name(t, blocked, text)]
    if any(kind is not Kind.STATEMENT for _, _, kind in triggers):
        triggers = [t for t in triggers if t[2] is not Kind.STATEMENT]
    drafts = [_Draft(kind, (s, e), sentence) for s, e, kind in triggers]
    if not drafts:
        return []
    _attach_dates(text, drafts, expressions)
    _attach_persons(text, drafts, persons)
    for draft in drafts:
        _describe(text, draft)
    return [
        d for d in drafts if d.kind is not Kind.STATEMENT or (d.when is not None and d.when.precision is Precision.DAY)
    ]


def _inside_name(trigger: tuple[int, int, Kind], names: list[tuple[int, int]], text: str) -> bool:
    """Event words inside an organisation's or person's name ("Department of Peacekeeping Operations")."""
    start, end, kind = trigger
    if kind in {Kind.DIALOGUE, Kind.CONFERENCE, Kind.PLAN, Kind.MEETING} and text[start].isupper():
        return (
            any(s <= start and end <= e for s, e in names)
            and kind is not Kind.DIALOGUE
            and not _names_event(text, start)
        )
    return any(s <= start and end <= e for s, e in names)


def _names_event(text: str, start: int) -> bool:
    """True for "the 47th Meeting of", "the ASEAN Summit": the name of an event, not of a body."""
    return bool(re.search(r"(?:\d+(?:st|nd|rd|th)|Annual|Summit)\s$", text[max(0, start - 12) : start]))


def _attach_dates(text: str, drafts: list[_Draft], expressions: list[TemporalExpression]) -> None:
    """Give each temporal expression to the event word it governs.

    A premodifier ("the 2025 cooperation plan") dates the word it modifies;
    otherwise the expression dates the nearest event word before it in the
    same clause ("met in Vientiane on Thursday"), or, opening the sentence,
    the first one after it ("On Thursday, the ministers met").
    """
    for expression in expressions:
        following = next((d for d in drafts if d.trigger[0] >= expression.end), None)
        preceding = next((d for d in reversed(drafts) if d.trigger[1] <= expression.start), None)
        target: _Draft | None = None
        if following and _PREMODIFIER_GAP.fullmatch(text, expression.end, following.trigger[0]):
            target = following
        elif preceding and not _CLAUSE_BREAK.search(text, preceding.trigger[1], expression.start):
            target = preceding
        elif following and not preceding and not _CLAUSE_BREAK.search(text, expression.end, following.trigger[0]):
            target = following
        if target is not None and target.expression is None:
            target.expression = expression
            target.when = expression.period or expression.dates
            target.when_span = _span_of(expression, expressions)
            target.planned = tense(text.lower(), expression.start, expression.end) is Tense.FUTURE


def _span_of(expression: TemporalExpression, expressions: list[TemporalExpression]) -> tuple[int, int]:
    """The words that date an event: both ends of a range ("2025-2029"), else the expression."""
    if expression.period is not None:
        ends = [e.end for e in expressions if e.period == expression.period and e.start >= expression.start]
        return expression.start, max(ends)
    return expression.start, expression.end


def _attach_persons(text: str, drafts: list[_Draft], persons: list[tuple[Mention, Participant]]) -> None:
    """People go to the nearest event word; the subject, before every event word, to all."""
    first_trigger = drafts[0].trigger[0]
    previous: _Draft | None = None
    previous_end = -1
    for mention, person in persons:
        if mention.end <= first_trigger:  # the subject takes part in what it does
            for draft in drafts:
                if draft.kind in _GATHERINGS | _ACTIONS:
                    draft.people.append(person)
            continue
        coordinated = previous is not None and text[previous_end : mention.start].strip(" ,") in {"and", ""}
        target = (
            previous
            if coordinated and previous is not None
            else min(drafts, key=lambda d: _distance(d.trigger, mention))
        )
        target.people.append(person)
        previous, previous_end = target, mention.end


def _distance(trigger: tuple[int, int], mention: Mention) -> int:
    if mention.start >= trigger[1]:
        return mention.start - trigger[1]
    return trigger[0] - mention.end


def _describe(text: str, draft: _Draft) -> None:
    """Place, organisations, CAMEO code and title of a draft, from its own words."""
    start, end = draft.trigger
    sentence_end = draft.sentence[1]
    draft.where = place_after(text, start, min(sentence_end, end + 160))
    draft.organisations = [text[s:e] for s, e in organisations_in(text, start, min(sentence_end, end + 160))]
    if draft.kind is Kind.MEETING and _HOSTING.match(text, start):
        draft.cameo = "043"
    draft.title = _noun_phrase(text, draft) or None


_NP_WORD = r"(?:[A-Z\dÀ-ÝĐ][\w'’-]*|\d{4}[-–]\d{2,4})"
_NP_TAIL = re.compile(
    rf"\s(?:of|on|for|between)\s(?:the\s)?{_NP_WORD}(?:\s(?:(?:and|of|for|the|on)\s){{0,2}}{_NP_WORD}){{0,12}}(?:\speriod\b)?"
)
_NP_HEAD = re.compile(r"(?:(?:the|a|an)\s)?(?:(?:\d+(?:st|nd|rd|th)|\d{4}|[A-Z][\w'’-]*)\s){1,6}$")


def _noun_phrase(text: str, draft: _Draft) -> str:
    """The event's own name when the text gives one ("the 47th meeting of the ... Committee")."""
    start, end = draft.trigger
    if not text[start:end][0].isalpha():
        return ""
    head = _NP_HEAD.search(text, max(draft.sentence[0], start - 80), start)
    tail = _NP_TAIL.match(text, end, draft.sentence[1])
    if not head and not tail:
        return ""
    first = head.start() if head else start
    last = tail.end() if tail else end
    phrase = text[first:last].strip(" ,.")
    phrase = re.sub(r"^(?:the|a|an)\s", "", phrase)
    return phrase[:1].upper() + phrase[1:]


def _infer_within(text: str, drafts: list[_Draft]) -> None:
    """Undated events take the date of a dated event the sentence ties them to."""
    for draft in drafts:
        if draft.when is not None:
            continue
        dated = [d for d in drafts if d.when is not None and d.basis is DateBasis.STATED]
        if not dated:
            continue
        nearest = min(dated, key=lambda d: abs(d.trigger[0] - draft.trigger[0]))
        low, high = sorted((nearest.trigger[1], draft.trigger[0]))
        if _TOGETHER.search(text, low, high):
            draft.when, draft.basis = nearest.when, DateBasis.INFERRED
            draft.where = draft.where or nearest.where
            draft.planned = nearest.planned


def _refers_to(draft: _Draft, main: _Draft) -> bool:
    """True when *draft* is the main event named again ("At the meetings, ...")."""
    return draft.kind is main.kind and draft.when == main.when


def _attach_people(draft: _Draft, people: list[Participant]) -> None:
    for person in people:
        if all(fold(person.name) != fold(known.name) for known in draft.people):
            draft.people.append(person)


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One draft per event: the same kind on the same days with the same people or name is one event."""
    kept: list[_Draft] = []
    for draft in drafts:
        twin = next((k for k in kept if _same(k, draft)), None)
        if twin is None:
            kept.append(draft)
        else:
            _attach_people(twin, draft.people)
    return kept


def _same(one: _Draft, other: _Draft) -> bool:
    if one.kind is not other.kind or one.when != other.when:
        return False
    if one.title and other.title and fold(one.title) == fold(other.title):
        return True
    names_one = {fold(p.name) for p in one.people}
    names_other = {fold(p.name) for p in other.people}
    return bool(names_other) and names_other <= names_one


def _finish(article: Article, draft: _Draft, people: People) -> Event:
    """Turn a draft into an :class:`~timeline.model.Event` with its source."""
    assert draft.when is not None  # noqa: S101 - drafts without a date were dropped
    participants = _unique(people.current(p) for p in draft.people)
    where = draft.where
    near = abs((draft.when.start - article.published.start).days) <= 7
    if (
        where is None
        and draft.kind in _GATHERINGS
        and article.dateline is not None
        and (near or draft.basis is DateBasis.INFERRED)
    ):
        where = article.dateline
    status = Status.PLANNED if draft.planned or draft.when.start > article.published.end else Status.REPORTED
    if draft.kind is Kind.PLAN and draft.when.end >= article.published.start:
        status = Status.PLANNED
    when_span = draft.when_span if draft.basis is DateBasis.STATED else None
    sentence = article.text[draft.sentence[0] : draft.sentence[1]]
    source = Source(
        article=article.id,
        published=article.published,
        sentence=sentence,
        span=draft.sentence,
        when_text=article.text[when_span[0] : when_span[1]] if when_span else None,
        when_span=when_span,
        basis=draft.basis,
        url=article.url,
    )
    named = draft.title and (draft.kind not in _LABELS or _is_name(draft.title))
    words = article.text[draft.trigger[0] : draft.trigger[1]]
    title = draft.title if named and draft.title else _title(draft.kind, participants, draft.title, words)
    return Event(
        kind=draft.kind,
        title=title,
        when=draft.when,
        sources=(source,),
        where=where,
        participants=participants,
        organisations=tuple(dict.fromkeys(draft.organisations)),
        status=status,
        cameo=draft.cameo or draft.kind.cameo,
    )


def _is_name(phrase: str) -> bool:
    """True when a phrase names an event of its own ("47th meeting of the ... Committee")."""
    return any(word[:1].isupper() or word[:1].isdigit() for word in phrase.split()[1:]) or phrase[:1].isdigit()


def _unique(persons: object) -> tuple[Participant, ...]:
    seen: dict[str, Participant] = {}
    for person in persons:  # type: ignore[attr-defined]
        seen.setdefault(fold(person.name), person)
    return tuple(seen.values())


def _title(kind: Kind, participants: tuple[Participant, ...], phrase: str | None, words: str) -> str:
    """A title such as "Meeting: Hoàng Xuân Chiến, Khamlieng Outhakaysone" when the text names no event.

    A noun the text uses for the event ("working session", "phone talks")
    labels it; a verb ("met") gives way to the kind's name.
    """
    label = _LABELS.get(kind, kind.value.replace("_", " ").capitalize())
    lowered = " ".join(words.lower().split())
    if lowered.endswith(_EVENT_NOUNS):
        label = lowered.removesuffix("s") if not lowered.endswith("talks") else lowered
        label = label[:1].upper() + label[1:]
    if participants:
        return f"{label}: " + ", ".join(p.name for p in participants)
    return phrase or label
