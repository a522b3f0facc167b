"""What an article has told so far, as its sentences are read: the story the next sentence may go on about."""

from __future__ import annotations

import re

import attrs

from timeline.dates import DateRange, Precision
from timeline.extract._draft import GATHERINGS, Draft
from timeline.model import DateBasis, Kind, Participant, TemporalExpression

# "X affirmed on July 18": a day something was said, in a sentence that names no event.
_SPOKEN = re.compile(
    r"\b(?:affirmed|said|stressed|emphasi[sz]ed|highlighted|noted|pledged|asserted|underlined|reaffirmed|vowed"
    r"|decided)"
    r"\s(?:[\w-]+\s){0,2}$"
)
# A sentence that opens on the occasion it was said at: "At a meeting in Vientiane with Y, X briefed ...".
_AT_AN_OCCASION = re.compile(r"(?:At|During|While|Receiving|Hosting|Meeting|Welcoming)\b")
# "... finalized the deal at a meeting in Hanoi on the day.": the day the lead named.
_ON_THE_DAY = re.compile(r"\bon\sthe\sday\b(?=\s{0,2}(?:[.,;:]|$))")  # not "on the day the minister arrives"
_DECIDED = re.compile(r"\bdecided\s(?:[\w-]+\s){0,2}$")  # a decision's day dates only what is "on the day"
_OPENING_REACH = 24  # characters from a sentence's start to the occasion it opens on ("During the talks")
# Words of an opening that set the occasion at another time: "At the 2024 meeting", "At their last meeting".
_ANOTHER_OCCASION = re.compile(r"\b(?:(?:19|20)\d\d|last|previous|next|first|former|earlier)\b", re.IGNORECASE)
# Events of several days that have an agenda: a visit, an exchange, an exercise, a conference.
_PROGRAMMES = frozenset({Kind.VISIT, Kind.OTHER, Kind.EXERCISE, Kind.CONFERENCE})
_LEAD_REACH = 2  # sentences after the lead's date where the occasion may be told

__all__ = ["Story"]


@attrs.define
class Story:
    """What the article has told so far: its main event and its dated events, in order."""

    published: DateRange | None = None  # the article's date: what is after it is still to come
    main: Draft | None = None
    dated: list[Draft] = attrs.field(factory=list)
    last_of: dict[Kind, Draft] = attrs.field(factory=dict)
    subject: Participant | None = None  # who "He" or "She" at the start of a sentence is
    coming: Draft | None = None  # the latest event of several days not over at publication: its agenda may follow
    named: tuple[int, list[Participant]] | None = None  # the latest sentence with an event and two people or more
    lead: tuple[TemporalExpression, int] | None = None  # the day the lead says something was said, and where

    def note_named(self, drafts: list[Draft], people: list[Participant]) -> None:
        """Remember the people of a sentence with an event that names two or more: "the two" may be them."""
        if len(people) >= 2 and drafts:
            self.named = (drafts[0].number, people)

    def note_lead(self, text: str, expressions: list[TemporalExpression], number: int) -> None:
        """Remember the day a sentence with no event says something was said, before any event is told.

        "X affirmed on July 18." is the lead of many agency stories; the next
        sentences tell the occasion ("At a meeting in Vientiane with Y, ...").
        """
        if self.lead is not None or self.dated:
            return
        for expression in expressions:
            dates = expression.dates
            day = dates is not None and dates.precision is Precision.DAY and expression.mod is None
            if day and _SPOKEN.search(text, max(0, expression.start - 40), expression.start):
                self.lead = (expression, number)
                return

    def date_from_lead(self, text: str, drafts: list[Draft]) -> None:
        """Date the occasion a sentence opens on by the lead's day, before any event is dated (see note_lead)."""
        if self.lead is None or self.dated or not drafts:
            return
        expression, number = self.lead
        first = drafts[0]
        if first.number - number > _LEAD_REACH or first.when is not None or first.kind not in GATHERINGS:
            return
        if first.kind in {Kind.STATEMENT, Kind.VISIT}:
            return
        on_the_day = _ON_THE_DAY.search(text, first.trigger[1], first.sentence[1]) is not None
        opens = (
            _AT_AN_OCCASION.match(text, first.sentence[0]) and first.trigger[0] - first.sentence[0] <= _OPENING_REACH
        )
        if not (opens or on_the_day):
            return
        if not on_the_day and _DECIDED.search(text, max(0, expression.start - 40), expression.start):
            return  # "The two sides decided on 5 March to upgrade ties. At a meeting in Hanoi, ...": not that day
        if _ANOTHER_OCCASION.search(text, first.sentence[0], first.trigger[0]):
            return  # "At the 2024 meeting in Phnom Penh, ...": not the lead's day
        first.when, first.expression, first.basis = expression.dates, expression, DateBasis.INFERRED

    def add(self, draft: Draft) -> None:
        """Remember a dated draft; the first dated gathering, or visit, is the story's main event."""
        self.dated.append(draft)
        self.last_of[draft.kind] = draft
        from_lead = self.lead is not None and draft.expression is self.lead[0]  # the occasion of the lead's day
        if self.main is None and (draft.basis is DateBasis.STATED or from_lead) and draft.kind is not Kind.PLAN:
            self.main = draft
        when, published = draft.when, self.published
        if draft.kind in _PROGRAMMES and when and when.days > 1 and published and when.end >= published.start:
            self.coming = draft  # not over when the story was published: what is still to come may be on it

    def is_past(self, draft: Draft | None) -> bool:
        """True for an event dated to a day on or before publication ("Earlier," may go back to it)."""
        published = self.published
        return (
            draft is not None and draft.when is not None and draft.when.precision is Precision.DAY
            and (published is None or draft.when.end <= published.end)
        )  # fmt: skip

    def latest_event(self) -> Draft | None:
        """The most recent dated draft that is not a statement or a plan.

        "The exchange is scheduled for October 22-23, heard a press conference
        on October 15. The two sides will also hold talks": the talks are
        part of the exchange, not of the press conference that announced it.
        """
        events = (d for d in reversed(self.dated) if d.kind not in {Kind.STATEMENT, Kind.PLAN})
        return next(events, None) or self.latest()

    def latest_past_event(self) -> Draft | None:
        """The most recent dated draft, not a statement or a plan, held on or before publication."""
        return next(
            (d for d in reversed(self.dated) if d.kind not in {Kind.STATEMENT, Kind.PLAN} and self.is_past(d)), None
        )

    def latest(self, kind: Kind | None = None) -> Draft | None:
        """The most recent dated draft (of *kind*, if given)."""
        if kind is None:
            return self.dated[-1] if self.dated else None
        found = [self.last_of[k] for k in (kind, Kind.TALKS if kind is Kind.MEETING else kind) if k in self.last_of]
        return max(found, key=lambda d: (d.number, d.trigger[0])) if found else None
