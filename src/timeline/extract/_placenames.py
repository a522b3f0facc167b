"""Known places written in a sentence's words, found in the gazetteer by the longest name that fits.

>>> from timeline.extract._tokens import tokenize
>>> text = "They met in Hanoi and later at VIENTIANE."
>>> [(p.name, p.country) for _, p in places_in(tokenize(text, 0, len(text)), 0, 8)]
[('Hà Nội', 'Viet Nam'), ('Vientiane', 'Laos')]
"""

from __future__ import annotations

import functools

from timeline.extract._tokens import Tokens
from timeline.gazetteer import fold, gazetteer
from timeline.model import Place

__all__ = ["capitalised_run", "known_place", "places_in"]

_MAX_PLACE = 4  # words in a place name not in the gazetteer
_LONGEST_NAME = 8  # words in a known one: "the Democratic People's Republic of Korea", "United Kingdom of ..."


@functools.lru_cache(maxsize=16384)
def known_place(words: str) -> Place | None:
    return gazetteer().places.get(fold(words))


@functools.cache
def _longest_from() -> dict[str, int]:
    """For each word a known place name starts with, the most words such a name has."""
    longest: dict[str, int] = {}
    for key in gazetteer().places:
        words = key.split()
        for start in {words[0], fold(words[0])}:  # "people's" as a word folds to "people" ("People's Republic of")
            longest[start] = max(longest.get(start, 0), len(words))
    return longest


def places_in(tokens: Tokens, first: int, last: int) -> list[tuple[int, Place]]:
    """Known places written in words *first* to *last* - 1, with their offsets, in order.

    A place is written with a capital; the longest known name wins
    ("Ho Chi Minh City" over "Ho").
    """
    found: list[tuple[int, Place]] = []
    longest = _longest_from()
    capitals, texts = tokens.capitals, tokens.texts
    index = first
    while index < last:
        if not capitals[index]:
            index += 1  # most words: no look-up
            continue
        if _names_a_capital(tokens, index, last):
            capital = gazetteer().capital(tokens.keys[index])  # "in the Nepalese capital", "Laos's capital"
            if capital is not None:
                found.append((tokens.starts[index], capital))
                index += 2
                continue
        most = longest.get(fold(texts[index]).partition(" ")[0], 0)
        if not most:
            index += 1
            continue
        for size in range(min(_LONGEST_NAME, most, last - index), 0, -1):
            end = index + size - 1
            if any(tokens.gap(i) not in {" ", "-", " - ", "–", " – "} for i in range(index + 1, end + 1)):
                continue
            words = tokens.joined(index, end)
            if words.isupper() and len(words) <= 3 and size == 1 and not tokens.texts[index].isalpha():
                continue
            place = known_place(words)
            if place is not None:
                found.append((tokens.starts[index], place))
                index = end + 1
                break
        else:
            index += 1
    return found


# Nouns that make "capital" money: "the Japanese capital markets", "Korean capital inflows".
_MONEY_NOUNS = frozenset(
    """spending market markets flow flows inflows outflows investment investments gains goods expenditure
    expenditures controls account adequacy base formation stock requirements ratio""".split()
)


def _names_a_capital(tokens: Tokens, index: int, last: int) -> bool:
    """True for "the Nepalese capital" or "Vietnam's capital" as a place, not "Japanese capital spending"."""
    if index + 1 >= last or tokens.keys[index + 1] != "capital" or tokens.gap(index + 1) != " ":
        return False
    possessive = tokens.texts[index].endswith(("'s", "’s"))
    if not possessive and (index == 0 or tokens.keys[index - 1] != "the"):
        return False
    following = index + 2
    return following >= last or tokens.gap(following).strip() != "" or tokens.keys[following] not in _MONEY_NOUNS


def capitalised_run(tokens: Tokens, index: int, last: int) -> int:
    """The last word of the run of capitalised words (at most four) that starts at *index*."""
    end = index
    while (
        end + 1 < last and end - index < _MAX_PLACE - 1 and tokens.gap(end + 1) == " " and tokens.capitalised(end + 1)
    ):
        end += 1
    return end
