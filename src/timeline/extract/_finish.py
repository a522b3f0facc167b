"""Drafts finished as events: status, place, title and source sentence.

:func:`finish` turns a linked and merged draft into an :class:`~timeline.model.Event`:
whether it is reported or planned (from its days and, when they leave it open,
its clause's tense), where it took place (its own words, the event it was dated
from, or the dateline), its title and its :class:`~timeline.model.Source`.
"""

from __future__ import annotations

import itertools
import re

from timeline.dates import DateRange, Precision
from timeline.extract._draft import GATHERINGS, Draft, told_as_done
from timeline.extract._going import under_way
from timeline.extract._lengths import ends_before
from timeline.extract._lexicon import AS_SUBJECT, DEPARTURES
from timeline.extract._planned import is_planned
from timeline.extract._roster import People
from timeline.extract._trips import NEAR_DAYS, home_visit
from timeline.gazetteer import find_place, fold
from timeline.model import Article, DateBasis, Event, Kind, Participant, Place, Source, Status

__all__ = ["finish"]

_LABELS = {Kind.PHONE_CALL: "Phone call", Kind.TALKS: "Talks", Kind.MEETING: "Meeting", Kind.VISIT: "Visit"}
_EVENT_NOUNS = (
    "session", "sessions", "call", "calls", "talks", "conversation", "conversations", "audience",
    "conference", "briefing",
)  # fmt: skip
_UNLABELLED = frozenset(  # verbs and articles: "had a friendly conversation" is labelled "Friendly conversation"
    {"held", "hold", "holds", "holding", "had", "paid", "pay", "pays", "conducted", "spoke", "talked", "a", "an", "the"}
)
_HERE = re.compile(r"\bhere\b")
_HERES = 8  # "here"s of a sentence looked at
_LEFT = re.compile(rf"\b(?:{'|'.join(sorted(DEPARTURES))})\s$")  # "left here today for India": not here
_WRITTEN = frozenset({"statement", "statements"})  # a statement's words that name a text, not an occasion


def _under_way_until(article: Article, draft: Draft) -> bool:
    """True for a visit told as under way whose stated day, still ahead, is its end ("is on a visit until Friday")."""
    when, expression = draft.when, draft.expression
    return (
        when is not None and expression is not None and draft.kind is Kind.VISIT
        and draft.basis is DateBasis.STATED and when.days == 1 and when.start > article.published.end
        and article.published.precision is Precision.DAY
        and under_way(article.text, draft) and ends_before(article.text, expression.start)
    )  # fmt: skip


# A future word before a deed's date: still to come, whatever its tense ("will meet", "is to visit").
_AHEAD = re.compile(r"\b(?:will|would|shall|to|expected|scheduled|set|due|plans?|planned|next)\b")
_WRITTEN_YEAR = re.compile(r"\d{4}|'\d\d")
_FAR_AHEAD = 2  # days past publication a done deed's date must be before it is read as last year's


def _done_last_year(article: Article, lower: str, draft: Draft) -> bool:
    """True when a past-tense event word's own date, written without a year, fell after publication.

    The tagger takes the nearest such date; a deed told as done ("met ... on
    January 5" in a December 29 paper) is the one gone by.
    """
    when, expression, published = draft.when, draft.expression, article.published
    if when is None or expression is None or draft.how != "after" or draft.basis is not DateBasis.STATED:
        return False
    if when.start.toordinal() - published.end.toordinal() <= _FAR_AHEAD or _WRITTEN_YEAR.search(expression.text):
        return False
    if not told_as_done(lower, draft) or _AHEAD.search(lower, draft.sentence[0], expression.start):
        return False
    return _a_year_earlier(when).end <= published.start


def _a_year_earlier(when: DateRange) -> DateRange:
    """The same days a year before; a month is the whole month, February 29 included."""
    start = when.start.subtract(years=1)
    end = start.end_of("month") if when.precision is Precision.MONTH else when.end.subtract(years=1)
    return DateRange(start, end, when.precision, approximate=when.approximate)


# Present-tense words that tell what happens on the paper's own day as news: "X (R) meets with Y ..., September
# 19, 2012" under a photo, "officially begins work as minister today".
_TOLD_AS_NOW = frozenset({"meets", "begins", "starts", "opens", "receives", "hosts", "signs", "visits", "holds"})
# Unless the clause looks ahead, or the word is a noun: "will pay working visits today", "is to sign".
_NOT_NOW = re.compile(
    r"\b(?:will|would|shall|to|expected|scheduled|set|due)\b[^,;.]{0,50}$|\b(?:pay|pays|make|makes|working|official|"
    r"state|courtesy|the|a|an|his|her|their|its)\s$"
)


# Words that call an event off, after its word when it is their subject ("the meeting ... was cancelled", see
# AS_SUBJECT) or before it ("cancelled the visit", "did not meet").
_CALLED_OFF_AFTER = re.compile(AS_SUBJECT + r"(?:cancell?ed|called\soff|scrapped)\b")
# "cancelled the planned visit", "called off its annual exercise", "did not meet".
_CALLED_OFF_BEFORE = re.compile(
    r"""\b(?:(?:cancell?ed|cancels|called\soff|calls\soff|scrapped)\s
    (?:(?:the|a|an|his|her|their|its|planned|scheduled|upcoming|joint|annual|[a-z]+-day|[A-Z][\w'’-]*)\s){0,4}
    |did\snot\s|didn't\s)$""",
    re.VERBOSE,
)


def _called_off(lower: str, draft: Draft) -> bool:
    """True for an event the sentence calls off: "the meeting, scheduled for Monday, was cancelled", "did not meet"."""
    start, end = draft.trigger
    return (
        _CALLED_OFF_AFTER.match(lower, end, draft.sentence[1]) is not None
        or _CALLED_OFF_BEFORE.search(lower, max(draft.sentence[0], start - 60), start) is not None
    )


def _status(article: Article, lower: str, draft: Draft, when: DateRange) -> Status:
    """Reported or planned, from the days the event covers and, when they leave it open, the clause's tense.

    Cancelled when the sentence calls it off.
    """
    published = article.published
    if draft.kind is not Kind.PLAN and _called_off(lower, draft):
        return Status.CANCELLED
    if draft.kind is Kind.PLAN:
        # a plan mostly still ahead is to come; one mostly run (or over) is in force, reported
        elapsed = (published.start - when.start).days
        return Status.PLANNED if elapsed * 2 < when.days else Status.REPORTED
    stated_day = when.precision is Precision.DAY and draft.basis is DateBasis.STATED
    if when.end < published.start or (stated_day and when.start < published.start):
        # over, or begun on a stated day, when the article appeared, whatever the tense ("X meets Y ...,
        # 19 September"; "is leading a delegation ... from November 14 to 17" in a November 15 paper)
        return Status.REPORTED
    if stated_day and when.start == published.start and published.precision is Precision.DAY:
        word = lower[draft.trigger[0] : draft.trigger[1]].split(maxsplit=1)[0]
        before = lower[max(draft.sentence[0], draft.trigger[0] - 60) : draft.trigger[0]]
        if word in _TOLD_AS_NOW and not _NOT_NOW.search(before):
            return Status.REPORTED  # the news of the day, in the present tense
    if when.start > published.end or is_planned(draft, lower, article.text):
        return Status.PLANNED  # the tense is asked only when the dates leave it open: it costs two look-ups
    return Status.REPORTED


def finish(article: Article, lower: str, draft: Draft, people: People) -> Event:
    """Turn a draft into an :class:`~timeline.model.Event` with its source."""
    assert draft.when is not None  # noqa: S101 - drafts without a date were dropped
    if draft.ongoing and draft.when.start < article.published.start:
        draft.when = DateRange(draft.when.start, article.published.start)  # "have been conducting since"
    elif _under_way_until(article, draft):
        # "is on his introductory visit to Singapore until Wednesday": under way at publication, to Wednesday
        draft.when = DateRange(article.published.start, draft.when.end, approximate=True)
    elif _done_last_year(article, lower, draft):
        # "met Y in Tokyo on January 5" in a December 29 paper: the January gone by, not the coming one
        draft.when = _a_year_earlier(draft.when)
    participants = _unique(people.current(p) for p in draft.people)
    where = _where(article, draft)
    status = _status(article, lower, draft, draft.when)
    when_span = draft.when_span if draft.basis is DateBasis.STATED else None
    source = Source(
        article=article.id,
        published=article.published,
        sentence=article.text[draft.sentence[0] : draft.sentence[1]],
        span=draft.sentence,
        when_text=article.text[when_span[0] : when_span[1]] if when_span else None,
        when_span=when_span,
        basis=draft.basis,
        url=article.url,
    )
    words = article.text[draft.trigger[0] : draft.trigger[1]]
    named = draft.title and (draft.kind not in _LABELS or _is_name(draft.title))
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


def _where(article: Article, draft: Draft) -> Place | None:
    """Where the event took place: its own words, the event it was dated from, or the dateline.

    A country is narrowed to the dateline's city when the city is in it
    ("arrived in Tajikistan" under a DUSHANBE dateline) and the event is
    dated to the day or the week; "here" is the
    dateline; a gathering or an appointment near the publication date with no
    place written happened at the dateline.
    """
    assert draft.when is not None  # noqa: S101 - only dated drafts are finished
    where = draft.where
    parent = draft.parent
    if where is None and parent is not None and parent.when is not None:
        where = _where(article, parent)
        if where is not None or parent.kind is Kind.PHONE_CALL:
            return where  # what is done during video talks has no place
    dateline = article.dateline
    if dateline is None:
        return where
    sentence = article.text[draft.sentence[0] : draft.sentence[1]]
    if _says_here(sentence) and (where is None or where.name == where.country or find_place(where.name) is None):
        return dateline  # "at the ministry here today", "at Wisma Pertahanan here": the dateline's city
    narrow = draft.when.precision.rank <= Precision.WEEK.rank  # not "held in 2019 ... in Laos": Laos, that year
    if where is not None and where.name == where.country and dateline.country == where.name and narrow:
        return dateline
    if where is None and _at_the_dateline(article, draft, dateline):
        return None if home_visit(article.text, draft, dateline) else dateline
    return where


def _says_here(sentence: str) -> bool:
    """True when the sentence says something happens "here" (the dateline's city), not that someone "left here"."""
    found = itertools.islice(_HERE.finditer(sentence), _HERES)  # a few: one sentence of thousands stays linear
    return any(not _LEFT.search(sentence, max(0, m.start() - 12), m.start()) for m in found)


def _at_the_dateline(article: Article, draft: Draft, dateline: Place) -> bool:
    """True for an event with no place written that happened at the dateline: see :data:`_AT_THE_DATELINE`."""
    assert draft.when is not None  # noqa: S101 - only dated drafts are finished
    near = abs(draft.when.start.toordinal() - article.published.start.toordinal()) <= NEAR_DAYS
    if draft.kind not in _AT_THE_DATELINE or not near or _written(article.text, draft):
        return False
    # "Putin appointed new ministers" under a Minsk dateline: not in Minsk
    return draft.kind is not Kind.APPOINTMENT or all(p.country in {None, dateline.country} for p in draft.people)


# Kinds that happen at the dateline when no place is written and they are near the paper's day: gatherings,
# and taking office ("officially begins work as defence minister today").
_AT_THE_DATELINE = GATHERINGS | {Kind.APPOINTMENT}


def _written(text: str, draft: Draft) -> bool:
    """True for a statement issued in writing ("In a statement today, the command said ..."): it has no place.

    A press conference, an announcement or an address is spoken somewhere: at the dateline.
    """
    return draft.kind is Kind.STATEMENT and text[draft.trigger[0] : draft.trigger[1]].lower() in _WRITTEN


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
    lowered_words = " ".join(w for w in words.lower().split() if w not in _UNLABELLED)
    if lowered_words.endswith(_EVENT_NOUNS):
        label = lowered_words.removesuffix("s") if not lowered_words.endswith("talks") else lowered_words
        label = label[:1].upper() + label[1:]
    if participants:
        return f"{label}: " + ", ".join(p.name for p in participants)
    return phrase or label
