"""Places named with what they are: "in X district", "the province of X", "Vietnam's X province", "X naval base".

The gazetteer need not know them; their country is the possessive or
adjective before them, or that of a known place just after.
"""

from __future__ import annotations

from timeline.extract._organisations import CALENDAR_WORDS, ORG_HEADS
from timeline.extract._placenames import capitalised_run, known_place
from timeline.extract._tokens import Tokens
from timeline.gazetteer import gazetteer
from timeline.model import Place

__all__ = ["NARROWING", "setting_at"]

# Month and weekday names: "in December 2016", "in June" is a date, not a place.
# What a place the gazetteer does not know is said to be: "Moc Chau district", "the province of X".
_SETTINGS = frozenset(
    """province district commune county prefecture township town city port island islands state region
    municipality village ward""".split()
)
_BASES = frozenset({"naval", "air", "military", "army", "navy", "marine"})  # "Y naval base"
# Lower-case words that may describe a setting before its name: "the northern mountainous province of X".
_DESCRIBING = frozenset(
    """northern southern eastern western central north south east west northeastern northwestern
    southeastern southwestern north-eastern north-western south-eastern south-western mountainous coastal
    border frontier island highland central-highlands remote neighbouring neighboring""".split()
)
_MAX_DESCRIBING = 5  # words between "in the" and a setting ("south central coastal province of")
NARROWING = 9  # words after a country's possessive where the place in it may stand


def _opening(tokens: Tokens, index: int, last: int) -> tuple[str | None, int] | None:
    """The country of the words before a setting's head, and the word after them; ``None`` for a person's possessive.

    "the", a country's possessive, describing words and a country's adjective:
    "the northern mountainous province of X", "Vietnam's X province", "the
    northern Thai province of X".
    """
    start = index
    if index < last and tokens.keys[index] == "the":
        index += 1
    country = _owner(tokens, index, last)
    if country == "":
        return None
    if country is not None:
        index += 1
    while index < last and index - start < _MAX_DESCRIBING and _describing(tokens, index):
        index += 1
    if index + 1 < last and tokens.capitalised(index) and tokens.keys[index + 1] in _SETTINGS:
        adjective = gazetteer().country(tokens.keys[index])
        if adjective is not None:
            country, index = country or adjective, index + 1
    return country, index


def setting_at(tokens: Tokens, index: int, last: int, country: str | None) -> Place | None:
    """A place named with what it is, from word *index*: "the province of X", "X district", "X naval base".

    Its country is the possessive before it or that of a known place just after it.

    The words may open on "the", a country's possessive and a few describing
    words ("the northern mountainous province of X", "Vietnam's X province").
    """
    opening = _opening(tokens, index, last)
    if opening is None:
        return None  # "Kim's province of X": not a place's setting
    owner, index = opening
    country = owner or country
    if index + 2 < last and tokens.keys[index] in _SETTINGS and tokens.keys[index + 1] == "of":
        if not tokens.capitalised(index + 2):
            return None
        end = capitalised_run(tokens, index + 2, last)
        return _named_place(tokens, index + 2, end, last, country)
    if index >= last or not tokens.capitalised(index) or not tokens.texts[index].isalpha():
        return None
    end = capitalised_run(tokens, index, last)
    setting = end + 1
    if setting < last and tokens.keys[setting] in _BASES and setting + 1 < last and tokens.keys[setting + 1] == "base":
        setting += 1  # "Y naval base", "Z air base"
    if setting >= last or tokens.keys[setting] not in _SETTINGS | {"base"} or tokens.capitals[setting]:
        return None
    return _named_place(tokens, index, end, last, country)


def _owner(tokens: Tokens, index: int, last: int) -> str | None:
    """The country that word *index* says a setting is in, "" for a possessive that is no country's, or None.

    A possessive ("Vietnam's X province") or an adjective before "<setting> of"
    ("the Australian city of Darwin": Darwin, in Australia).
    """
    if index >= last:
        return None
    if tokens.texts[index].endswith(("'s", "’s")):
        known = known_place(tokens.keys[index])
        return known.name if known is not None and known.name == known.country else ""
    if index + 2 < last and tokens.keys[index + 1] in _SETTINGS and tokens.keys[index + 2] == "of":
        return gazetteer().country(tokens.texts[index])
    return None


def _named_place(tokens: Tokens, first: int, end: int, last: int, country: str | None) -> Place | None:
    """The place words *first* to *end* name, in *country* or the country of a known place just after."""
    if tokens.keys[end] in ORG_HEADS or tokens.keys[first].rstrip(".") in CALENDAR_WORDS:
        return None
    known = known_place(tokens.joined(first, end))
    if known is not None:
        return known
    for index in range(end + 1, min(last, end + NARROWING)):
        nearby = known_place(tokens.keys[index]) if tokens.capitalised(index) else None
        if nearby is None and index + 1 < last and tokens.capitalised(index):
            nearby = known_place(f"{tokens.keys[index]} {tokens.keys[index + 1]}")
        if nearby is not None and nearby.country:
            country = country or nearby.country
            break
    return Place(tokens.joined(first, end), country)


def _describing(tokens: Tokens, index: int) -> bool:
    """Words that describe a setting before its name ("northern", "mountainous", "Central Highland")."""
    key = tokens.keys[index]
    return key in _DESCRIBING or (tokens.capitalised(index) and key in {"central", "highland", "highlands", "south"})
