"""What an article has told so far, as its sentences are read: the story the next sentence may go on about."""

from __future__ import annotations

import attrs

from timeline.extract._draft import Draft
from timeline.model import DateBasis, Kind, Participant

__all__ = ["Story"]


@attrs.define
class Story:
    """What the article has told so far: its main event and its dated events, in order."""

    main: Draft | None = None
    dated: list[Draft] = attrs.field(factory=list)
    last_of: dict[Kind, Draft] = attrs.field(factory=dict)
    subject: Participant | None = None  # who "He" or "She" at the start of a sentence is

    def add(self, draft: Draft) -> None:
        """Remember a dated draft; the first dated gathering, or visit, is the story's main event."""
        self.dated.append(draft)
        self.last_of[draft.kind] = draft
        if self.main is None and draft.basis is DateBasis.STATED and draft.kind is not Kind.PLAN:
            self.main = draft

    def latest_event(self) -> Draft | None:
        """The most recent dated draft that is not a statement or a plan.

        "The exchange is scheduled for October 22-23, heard a press conference
        on October 15. The two sides will also hold talks": the talks are
        part of the exchange, not of the press conference that announced it.
        """
        events = (d for d in reversed(self.dated) if d.kind not in {Kind.STATEMENT, Kind.PLAN})
        return next(events, None) or self.latest()

    def latest(self, kind: Kind | None = None) -> Draft | None:
        """The most recent dated draft (of *kind*, if given)."""
        if kind is None:
            return self.dated[-1] if self.dated else None
        found = [self.last_of[k] for k in (kind, Kind.TALKS if kind is Kind.MEETING else kind) if k in self.last_of]
        return max(found, key=lambda d: (d.number, d.trigger[0])) if found else None
