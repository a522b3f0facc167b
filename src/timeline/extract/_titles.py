"""An event's own name when the text gives one ("the 47th meeting of the ... Committee"), without its date."""

from __future__ import annotations

import bisect
import re

from timeline.extract._draft import Draft

__all__ = ["noun_phrase"]

# A word of a name: capitalised, an ordinal or a year ("the 10th", "2024", "2025-2029"), not a count ("of 12 boats").
_NP_WORD = r"(?:[A-ZÀ-ÝĐ][\w'’-]*|\d+(?:st|nd|rd|th)\b|\d{4}(?:[-–]\d{2,4})?\b|\d[\w'’-]*[A-Za-z][\w'’-]*)"
# A day or month after "on" or "for" is the event's date, not part of its name ("held talks on Wednesday").
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_DATE_WORD = rf"(?!{_WEEKDAYS}|{_MONTHS}|\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTHS})"
_NP_TAIL = re.compile(
    rf"\s(?:of|on|for|between)\s(?:the\s)?{_DATE_WORD}{_NP_WORD}"
    rf"(?:\s(?:(?:and|of|for|the|on)\s){{0,2}}{_DATE_WORD}{_NP_WORD}){{0,12}}(?:\speriod\b)?"
)
_NP_HEAD = re.compile(
    rf"(?<![\w–-])(?:(?:the|a|an)\s)?{_DATE_WORD}(?:(?:\d+(?:st|nd|rd|th)|\d{{4}}|[A-Z][\w'’-]*)\s){{1,6}}$"
)
# A verb names no event after its subject: "Nakatani met", "on Thursday visited", "Gursed was in" are no titles.
_VERB = re.compile(r"[a-z]+ed\b|(?:met|held|led|left|leaves?|paid|took|inked|was|were|is|be|been)\b")


def _may_head(text: str, floor: int, start: int) -> bool:
    """False when :data:`_NP_HEAD` cannot end at *start*: no capitalised word, ordinal or year before its space.

    A cheap look at the last word, so the search (which tries every start in the 80 characters before)
    runs only where it may find something.
    """
    space = start - 1
    if space <= floor or text[space] == "\n":
        return space > floor  # "$" also matches before a final line break: let the search decide
    if not text[space].isspace():
        return False
    first = space
    while first > floor and (text[first - 1].isalnum() or text[first - 1] in "_'’-"):  # what [\w'’-] takes
        first -= 1
    word = text[first:space]
    return (
        any("A" <= char <= "Z" for char in word)
        or word[-4:].isdecimal()
        or (word[-2:] in {"st", "nd", "rd", "th"} and word[-3:-2].isdecimal())
    )


def noun_phrase(text: str, draft: Draft, people: list[tuple[int, int]]) -> str:
    """The event's own name when the text gives one ("the 47th meeting of the ... Committee")."""
    start, end = draft.trigger
    if not text[start:end][0].isalpha():
        return ""
    floor = max(draft.sentence[0], start - 80)
    verb = _VERB.match(text, start, end) is not None
    head = _NP_HEAD.search(text, floor, start) if not verb and _may_head(text, floor, start) else None
    nearby = people[bisect.bisect_left(people, (start - 120, 0)) : bisect.bisect_right(people, (start, start))]
    if head and any(s < start and e > head.start() for s, e in nearby):
        head = None  # "Minister Bùi Thanh Sơn held talks": a person, not the event's name
    tail = _NP_TAIL.match(text, end, draft.sentence[1])
    if not head and not tail:
        return ""
    first = head.start() if head else start
    last = tail.end() if tail else end
    phrase = text[first:last].strip(" ,.")
    phrase = re.sub(r"^(?:[Tt]he|[Aa]n?)\s", "", phrase)
    return phrase[:1].upper() + phrase[1:]
