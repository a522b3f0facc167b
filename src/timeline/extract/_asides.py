"""Relative clauses set off by commas (", who is on a visit to Viet Nam,"): asides the words around them read past.

An aside's own event words take their date and place only from inside it; the
words before it reach past it ("The exercise, which runs until April 30, began
on Monday").
"""

from __future__ import annotations

import bisect
import re

from timeline.extract._draft import Draft

__all__ = ["AFTER_REACH", "CLAUSE_BREAK", "aside_at", "aside_end", "following_word", "relative_asides"]

AFTER_REACH = 160  # characters after an event word its date may stand
_ASIDE_REACH = 120  # characters a relative clause set off by commas may run
# Where a clause ends: an event word's date does not come from beyond. "which is
# slated for May 28-30", "which will take place on June 18-28", "that began Thursday" and
# "that kicked off yesterday" go on about the same event, so they do not end it; nor does
# the last comma of a list (see timeline.extract._dating._breaks).
CLAUSE_BREAK = re.compile(
    r""";|\bthat\b(?!\s(?:began|begins|started|starts|ended|ends|opened|opens|kicked\soff|kicks\soff|commenced|commences|concluded|concludes)\b)|\bwho\b|\bwhere\b|\bwhile\b
    |,\s(?:and|but)\b|\bsaid\b|\badded\b
    |\bwhich\b(?!\s(?:is|was|will|are|were)\s(?:\w+\s)?(?:scheduled|slated|set|held|due|expected|planned|to\sbe)\b
    |\s(?:began|begins|started|starts|ended|ends|opened|opens|kicked\soff|kicks\soff|commenced|commences|concluded|concludes)\b|\s(?:will\s|is\sto\s)?(?:take|takes|took)\splace\b)""",
    re.VERBOSE,
)


def relative_asides(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """The relative clauses set off by commas in *sentence* (", who is on a visit to Viet Nam,"), as spans."""
    spans = []
    at = sentence[0]
    while (comma := text.find(", wh", at, sentence[1])) >= 0:
        at = comma + 2
        found = CLAUSE_BREAK.match(text, at)
        closing = aside_end(text, found, sentence[1]) if found else -1
        if closing > 0:
            spans.append((comma, closing))
    return spans


def following_word(drafts: list[Draft], position: int, asides: list[tuple[int, int]]) -> int:
    """Where the date of drafts[*position*] must stand before: the next event word, or the end of its aside.

    "X met Y, who is on a visit to Viet Nam, in Hanoi on Thursday": the
    visit's date is not sought past its aside, and the meeting's past it.
    Only event words within reach of a date are looked at, so this stays
    linear in a sentence of thousands of them.
    """
    draft = drafts[position]
    inside = aside_at(asides, draft.trigger[0])
    limit = inside[1] if inside else draft.sentence[1]
    reach = draft.trigger[1] + AFTER_REACH
    for index in range(position + 1, len(drafts)):  # not a slice: that copies the rest for every draft
        start = drafts[index].trigger[0]
        if inside or start > reach or aside_at(asides, start) is None:
            return min(limit, start)
    return limit


def aside_at(asides: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The aside (of :func:`relative_asides`, in order) that *offset* falls inside, found by bisection."""
    at = bisect.bisect_left(asides, (offset,)) - 1
    return asides[at] if at >= 0 and asides[at][0] < offset < asides[at][1] else None


def aside_end(text: str, found: re.Match[str], end: int) -> int:
    """Where a relative clause set off by commas ends (", which runs until April 30,"), or -1.

    Only a clause closed by a comma before *end* is an aside; "…, who arrived on Monday" is not.
    """
    if found.group() not in {"which", "who"} or text[found.start() - 2 : found.start()] != ", ":
        return -1
    closing = text.find(",", found.end(), min(end, found.end() + _ASIDE_REACH))
    return -1 if closing < 0 else closing + 1
