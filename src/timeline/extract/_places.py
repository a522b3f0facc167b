"""Places and organisations named in a sentence.

>>> [(p.name, p.country) for _, p in places_in("They met in Hanoi and later at VIENTIANE.", 0, 41)]
[('Hà Nội', 'Viet Nam'), ('Vientiane', 'Laos')]
"""

from __future__ import annotations

import functools
import re

from timeline.gazetteer import gazetteer
from timeline.model import Place
from timeline.tagger._vocabulary import alternation

__all__ = ["organisations_in", "place_after", "places_in"]

_ORG_HEADS = (
    "Ministry", "Ministries", "Department", "Committee", "Army", "Commission", "Council", "Agency",
    "Office", "Force", "Forces", "Navy", "Guard", "Command", "Academy", "University", "Institute",
    "Party", "Government", "Assembly", "Association", "Union", "Bank", "Organisation",
    "Organization", "Corporation", "Group", "Police", "Court", "Secretariat", "Embassy",
    "Directorate", "Bureau", "Authority", "Administration", "Fleet", "Division", "Brigade",
    "Regiment", "Corps", "Headquarters", "Staff",
)  # fmt: skip
_ACRONYMS = (
    "ASEAN",
    "UN",
    "NATO",
    "EU",
    "APEC",
    "ADMM",
    "WHO",
    "IMF",
    "WTO",
    "UNESCO",
    "UNICEF",
    "BRICS",
    "SCO",
    "G20",
    "G7",
    "IAEA",
    "ICRC",
)
_CAP = r"[A-ZÀ-ÝĐ][\w'’-]*"
_ORGANISATION = re.compile(
    rf"""(?:(?:{_CAP}(?:\s|['’]s\s)){{0,6}}(?:{alternation(_ORG_HEADS)})\b
        (?:\s(?:of|for|on|and)\s(?:the\s)?{_CAP}(?:\s{_CAP}){{0,6}}){{0,3}}
      |\b(?:{alternation(_ACRONYMS)})\b)""",
    re.VERBOSE,
)
_LOCATIVE = re.compile(r"\b(?:in|at|to|from|inside|near|visited|visiting|visit\sto|trip\sto|arrived\sin)\s(?:the\s)?$")


@functools.cache
def _place_pattern() -> re.Pattern[str]:
    """Every spelling in the gazetteer, as one case-insensitive alternation."""
    spellings = [s for s in gazetteer().spellings if len(s) > 2 or s.isupper()]
    return re.compile(rf"(?<![\w-])(?:{alternation(spellings)})(?![\w-])", re.IGNORECASE)


def places_in(text: str, start: int, end: int) -> list[tuple[int, Place]]:
    """Known places written in ``text[start:end]``, with their offsets, in order."""
    found = []
    places = gazetteer()
    for match in _place_pattern().finditer(text, start, end):
        word = match.group()
        if word.isupper() and len(word) <= 3 and text[match.start() - 1 : match.start()] != " ":
            continue
        if not word[0].isupper():
            continue
        place = places.find(word)
        if place is not None:
            found.append((match.start(), place))
    return found


def place_after(text: str, start: int, end: int) -> Place | None:
    """The first place in the span that follows a locative ("in Hanoi", "visit to Japan")."""
    for offset, place in places_in(text, start, end):
        if _LOCATIVE.search(text, max(start, offset - 20), offset):
            return place
    return None


def organisations_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of organisation names ("the Lao People's Army", "ASEAN") in the span."""
    return [(m.start(), m.end()) for m in _ORGANISATION.finditer(text, start, end)]
