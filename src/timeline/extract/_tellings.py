"""One event told in part and in full: an arrival, a docking, a kick-off, told beside the whole visit or exercise.

"X arrived in Hanoi on Sunday for a two-day official visit", "Navy vessels
have docked in Manila on Sunday ... arrived for a four-day goodwill visit
from May 19 to 22", "kicked off on Friday ... from 8th to 21st November":
one event each, the one told in full, which takes the part's people and, when
it names only a country, the city the part names.
"""

from __future__ import annotations

import re

from timeline.extract._draft import Draft, add_people
from timeline.extract._lexicon import OPENING_VERBS
from timeline.gazetteer import fold
from timeline.model import DateBasis, Kind, Place

__all__ = ["TWIN_REACH", "without_partial_tellings"]

TWIN_REACH = 8  # same-kind events of one day compared with a new one: the latest few, so merging stays linear


def without_partial_tellings(drafts: list[Draft], text: str) -> list[Draft]:
    """Drop a one-day telling of an event that is part of the same event told in full; the full one takes its people.

    Known only by inference to start, or be under way, on a day inside it:
    "The exercise runs from July 7 to 18. ... the opening ceremony of the
    drills took place on Monday, July 7", "X is in Singapore for a visit ...
    his visit, which started on May 13 and will end on May 15". An arrival or
    a docking on its days: "X arrived in Hanoi on Sunday for a two-day
    official visit". An exercise, conference or dialogue that "kicked off" or
    "culminated" on its first or last day.
    """
    spans: dict[Kind, list[Draft]] = {}  # the events told in full, by kind
    for d in drafts:
        if d.when is not None and d.when.end > d.when.start and d.basis is DateBasis.STATED:
            spans.setdefault(d.kind, []).append(d)
    kept = []
    for draft in drafts:
        full = None
        if draft.when is not None and (draft.basis is DateBasis.INFERRED or _arriving(text, draft)):
            candidates = spans.get(draft.kind, [])[-TWIN_REACH:]  # the latest few: linear however many
            full = next((s for s in candidates if s is not draft and _told_in_full(draft, s)), None)
        elif draft.when is not None and draft.kind in _OPENED_AND_CLOSED and draft.when.days == 1:
            candidates = spans.get(draft.kind, [])[-TWIN_REACH:]
            full = next((s for s in candidates if s is not draft and _its_first_or_last_day(text, draft, s)), None)
        if full is None:
            kept.append(draft)
        else:
            full.where = _narrower(full.where, draft.where)
            add_people(full, draft.people)
    return kept


_OPENED_AND_CLOSED = frozenset({Kind.EXERCISE, Kind.CONFERENCE, Kind.DIALOGUE})
# "kicked off on Friday", "culminated on Tuesday": the first or last day of an exercise told in full elsewhere.
_OPENS = re.compile(rf"\b(?:{OPENING_VERBS})\b")
_CLOSES = re.compile(r"\b(?:culminated|concluded|ended|closed|wrapped\sup|came\sto\sa\sclose)\b")


def _its_first_or_last_day(text: str, draft: Draft, full: Draft) -> bool:
    """True when *draft* tells *full* begin on its first day or end on its last ("kicked off on Friday").

    The verb must be the event word's own (right after it, or shortly before
    it), and nothing may set the two apart: another name ("the Kamandag
    exercise began on Monday" beside Balikatan's span), another place, or
    "meanwhile", "separate", "another".
    """
    when, span = draft.when, full.when
    if when is None or span is None or _set_apart(draft, full):
        return False
    if draft.where is not None and full.where is not None and draft.where.name != full.where.name:
        return False
    start, end = draft.trigger
    window = (max(draft.sentence[0], start - _VERB_BEFORE), min(draft.sentence[1], end + _VERB_AFTER))
    if when.start == span.start:
        verb = _OPENS
    elif when.start == span.end:
        verb = _CLOSES
    else:
        return False
    return verb.search(text, *window) is not None


_VERB_BEFORE, _VERB_AFTER = 60, 30  # characters around an event word where its opening or closing verb stands
_APART = re.compile(r"\b(?:[Mm]eanwhile|[Ss]eparate(?:ly)?|[Aa]nother|[Aa]lso)\b")
_GENERIC_TITLE_WORDS = frozenset("Exercise Exercises Joint Military The Conference Dialogue Drill".split())


def _set_apart(draft: Draft, full: Draft) -> bool:
    """True when the words set a one-day telling apart from an event told in full: a name, or "meanwhile", "also"."""
    return _APART.search(draft.text) is not None or _named_differently(draft.title, full.title)


def _named_differently(title: str | None, other: str | None) -> bool:
    """True when both titles hold names and share none ("Kamandag exercise", "Balikatan exercise")."""
    names = {w for w in (title or "").split() if w[:1].isupper()} - _GENERIC_TITLE_WORDS
    others = {w for w in (other or "").split() if w[:1].isupper()} - _GENERIC_TITLE_WORDS
    return bool(names) and bool(others) and not names & others


def _narrower(where: Place | None, part: Place | None) -> Place | None:
    """The event's place, or the city of a part of it in that country: "arrived in Vientiane for a visit to Laos"."""
    if where is None or (part is not None and where.name == where.country and part.country == where.country):
        return part or where
    return where


def _arriving(text: str, draft: Draft) -> bool:
    """True for a visit told by its arrival ("arrived in Hanoi on Sunday", "docked in Manila"): its first day."""
    return draft.kind is Kind.VISIT and text.startswith(("arriv", "dock", "berth"), draft.trigger[0])


def _told_in_full(draft: Draft, full: Draft) -> bool:
    """True when *draft* (one day) is part of *full*: a visit by the same people on its days, or its start."""
    when, span = draft.when, full.when
    if draft.kind is not full.kind or when is None or span is None or when.days != 1:
        return False
    if draft.kind is Kind.VISIT:
        names = {fold(p.name) for p in draft.people}
        there = draft.where is None or full.where is None or draft.where.country == full.where.country
        inside = span.start <= when.start <= span.end
        # ships with no one named: "have docked in Manila on Sunday" and "arrived for a visit from May 19 to 22"
        same_port = draft.where is not None and full.where is not None and draft.where.name == full.where.name
        unnamed = not names and same_port and not _set_apart(draft, full)
        return (bool(names) or unnamed) and there and inside and names <= {fold(p.name) for p in full.people}
    return draft.parent is not None and when.approximate and when.start == span.start
