"""An event being assembled: what one sentence says of it, and what later sentences add."""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from timeline.dates import DateRange
from timeline.gazetteer import fold
from timeline.model import DateBasis, Kind, Participant, Place, TemporalExpression

__all__ = [
    "GATHERINGS",
    "Draft",
    "add_people",
    "dated_by_its_end",
    "fold_into_previous",
    "is_generic",
    "someone_else",
    "told_as_done",
]

# Kinds that gather people in one place: they take the dateline when no place is written.
GATHERINGS = frozenset(
    {Kind.MEETING, Kind.TALKS, Kind.CONFERENCE, Kind.CEREMONY, Kind.SIGNING, Kind.DIALOGUE, Kind.STATEMENT, Kind.VISIT}
)


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
    lasts: int | None = None  # days its words say it lasts ("the 15-day exercise")
    until: DateRange | None = None  # the day its words say it ends ("will last until Aug. 14")
    ongoing: bool = False  # dated by "since" a day: it runs from that day to publication

    def take_date(self, other: Draft) -> None:
        """Take *other*'s days and how its words gave them (expression, span and how)."""
        self.when, self.expression, self.when_span, self.how = other.when, other.expression, other.when_span, other.how


def fold_into_previous(drafts: list[Draft], belongs: Callable[[Draft, Draft], bool]) -> list[Draft]:
    """Drop each draft that *belongs* to the draft kept just before it, which takes its date if it has none.

    "signed a protocol on Monday", "the send-off ceremony of the peacekeeping
    contingent", "the exchange programme ... from August 27 to 28": one event each.
    """
    kept: list[Draft] = []
    for draft in drafts:
        if kept and belongs(kept[-1], draft):
            if kept[-1].when is None and draft.when is not None:
                kept[-1].take_date(draft)
            continue
        kept.append(draft)
    return kept


def someone_else(one: Draft, other: Draft) -> bool:
    """True when both drafts name their people and none is the same: two events of a kind, not one."""
    if not (one.people and other.people):
        return False
    return not {fold(p.name) for p in one.people} & {fold(p.name) for p in other.people}


def dated_by_its_end(draft: Draft) -> bool:
    """True for an event whose only date is the day it ends ("Live-fire exercises will last through to 19 August").

    After an event of its kind, it tells that event's end, not a new one-day event.
    """
    return draft.until is not None and draft.when == draft.until


_GENERIC_NOUNS = frozenset(
    "forums conferences summits exercises drills workshops seminars ceremonies patrols dialogues visits".split()
)
# What makes a plural some occasions in particular: "the two exercises", "their visits", "both summits".
_PARTICULAR = re.compile(
    r"\b(?:the|these|those|their|his|her|its|our|both|two|three|four|five|several|[a-z]+['’]s)\s(?:[\w-]+\s){0,2}$",
    re.IGNORECASE,
)


def is_generic(draft: Draft) -> bool:
    """True for a bare plural that names a kind of occasion ("at multilateral forums", "joint exercises")."""
    start = draft.trigger[0] - draft.sentence[0]
    word = draft.text[start : draft.trigger[1] - draft.sentence[0]].lower().rsplit(maxsplit=1)[-1]
    return word in _GENERIC_NOUNS and not _PARTICULAR.search(draft.text, max(0, start - 40), start)


def still_to_come(draft: Draft) -> bool:
    """True for an event word called still to come, with no date of its own: "the upcoming naval exercise"."""
    start = draft.trigger[0] - draft.sentence[0]
    return _UPCOMING.search(draft.text, max(0, start - 30), start) is not None


# Words before an event word that call it still to come: "the upcoming naval exercise", "the forthcoming summit".
_UPCOMING = re.compile(
    r"\b(?:upcoming|forthcoming|coming|next|future)\s(?:(?:round|edition|session|phase)\sof\s)?(?:the\s)?"
    r"(?:(?:[A-Z][\w'’-]*|joint|bilateral|annual|naval|military|defen[cs]e|ministerial|high-level)\s){0,3}$"
)  # not "next steps and held talks", "Troops coming from the exercise"


def add_people(draft: Draft, people: list[Participant]) -> None:
    """Add to *draft* each of *people* it does not name yet (diacritics and case aside)."""
    names = {fold(person.name) for person in draft.people}
    for person in people:
        if fold(person.name) not in names:
            draft.people.append(person)
            names.add(fold(person.name))


# Event words in the past tense: what they tell is done ("met", "signed"), not to come.
_DONE = frozenset(
    """met held had signed inked received hosted welcomed attended visited exchanged toured conducted arrived
    called talked discussed""".split()
)


def told_as_done(text: str, draft: Draft) -> bool:
    """True when the draft's event word is a verb in the past tense ("met Y", "signed the protocol")."""
    return text[draft.trigger[0] : draft.trigger[1]].split(maxsplit=1)[0].lower() in _DONE
