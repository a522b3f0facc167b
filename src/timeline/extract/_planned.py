"""Whether an event is still to come, from the tense of its clause, and a headline's weekday looking forward.

A headline's infinitive ("Minister X to meet Y on Friday") speaks of what is
to come: the event is planned, and its weekday the coming one.
"""

from __future__ import annotations

import re

from timeline.dates import DateRange
from timeline.extract._draft import Draft
from timeline.model import DateBasis
from timeline.tagger._context import Tense, tense

__all__ = ["ahead_in_headlines", "is_planned"]

_IRREGULAR_PAST = frozenset({"met", "held", "led", "paid", "spoke", "took", "began", "sent", "made"})


def is_planned(draft: Draft, lower: str, text: str) -> bool:
    """True when the clause speaks of the event as still to come ("will meet", "is scheduled to")."""
    if draft.planned is None:
        start, end = draft.trigger
        word = lower[start:end].split(maxsplit=1)[0]
        past = word.endswith("ed") or word in _IRREGULAR_PAST  # "a spokesman announced Thursday": its own tense
        parent = draft.parent
        inferred = parent is not None and draft.basis is DateBasis.INFERRED
        own = tense(lower, start, end, text=text) if inferred or not past else None
        # What a coming event takes in is to come too, unless its own verb says it is done:
        # "Meanwhile, PM X and President Y also held virtual talks" is reported.
        if parent is not None and inferred and own is not Tense.PAST and is_planned(parent, lower, text):
            draft.planned = True
            return True
        anchor = draft.expression.start if draft.expression else start
        anchor_end = draft.expression.end if draft.expression else end
        around = tense(lower, anchor, anchor_end, text=text)
        draft.planned = (
            around is Tense.FUTURE
            or (not past and own is Tense.FUTURE)
            or (own is None and around is None and _opens_as_headline(text, draft))
        )
    return draft.planned


# A headline's infinitive for what is to come: "Lao Defence Minister X to meet Y today", the sentence opening on
# capitalised words (a title and a name), not on "Prior to", "In addition to".
_HEADLINE_TO = re.compile(
    r"(?!(?:In|At|On|Prior|Due|Next|According|Close|Thanks|Ahead|Up|Owing|Contrary|Further|Addition)\s)"
    r"(?:[A-Z][\w'’.-]*\s){2,8}to\s"
)


def _opens_as_headline(text: str, draft: Draft) -> bool:
    """True when the words before *draft*'s event word read as a headline's subject and "to" (see _HEADLINE_TO)."""
    return _HEADLINE_TO.fullmatch(text, draft.sentence[0], draft.trigger[0]) is not None


_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.IGNORECASE)


def ahead_in_headlines(text: str, drafts: list[Draft], published: DateRange) -> None:
    """A headline's infinitive looks forward: "Minister X to meet Y on Friday" is the coming Friday, not the last.

    The tagger reads a weekday with no tense around it as the latest one; a
    sentence that opens as a headline (see _HEADLINE_TO) speaks of what is to come.
    """
    for draft in drafts:
        expression, when = draft.expression, draft.when
        if expression is None or when is None or when.days != 1 or when.end >= published.start:
            continue
        if _WEEKDAY.fullmatch(expression.text) and _opens_as_headline(text, draft):
            draft.when = DateRange(when.start.add(days=7), when.end.add(days=7), when.precision, when.approximate)
