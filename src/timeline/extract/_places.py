"""Places and organisations named in a sentence, read from its words.

>>> from timeline.extract._tokens import tokenize
>>> text = "They met in Hanoi and later at VIENTIANE."
>>> [(p.name, p.country) for _, p in places_in(tokenize(text, 0, len(text)), 0, 8)]
[('Hà Nội', 'Viet Nam'), ('Vientiane', 'Laos')]
"""

from __future__ import annotations

import bisect
import functools

from timeline.extract._tokens import Tokens, folded
from timeline.gazetteer import gazetteer
from timeline.model import Place

__all__ = ["LOCATIVES", "Spans", "organisations_in", "place_after", "places_in"]

_MAX_PLACE = 4  # words in a place name
# Words right before a place that make it where something happens.
LOCATIVES = frozenset("in at to inside near visited visiting visit trip arrived arrive arrives toured".split())
_ORG_HEADS = frozenset(
    """ministry ministries department committee army commission council agency office force forces navy guard
    command academy university institute party government assembly association union bank organisation
    organization corporation group police court secretariat embassy directorate bureau authority
    administration fleet division brigade regiment corps headquarters staff""".split()
)
_ACRONYMS = frozenset(
    "ASEAN UN NATO EU APEC ADMM WHO IMF WTO UNESCO UNICEF BRICS SCO G20 G7 IAEA ICRC CSTO CIS".split()
)
_CONNECTORS = frozenset({"of", "for", "on", "and", "the"})
_CONTAINERS = frozenset("port city province capital town district island region suburb commune village state".split())


class Spans:
    """Character spans (of names, titles, bodies), asked "does one cover this offset?" in log time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [span[0] for span in merged]
        self._ends = [span[1] for span in merged]

    def covers(self, offset: int) -> bool:
        """True when *offset* falls inside one of the spans."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]


@functools.lru_cache(maxsize=16384)
def _place(words: str) -> Place | None:
    return gazetteer().places.get(folded(words))


def places_in(tokens: Tokens, first: int, last: int) -> list[tuple[int, Place]]:
    """Known places written in words *first* to *last* - 1, with their offsets, in order.

    A place is written with a capital; the longest known name wins
    ("Ho Chi Minh City" over "Ho").
    """
    found: list[tuple[int, Place]] = []
    index = first
    while index < last:
        if not tokens.capitalised(index):
            index += 1
            continue
        for size in range(min(_MAX_PLACE, last - index), 0, -1):
            end = index + size - 1
            if any(tokens.gap(i) not in {" ", "-", " - ", "–", " – "} for i in range(index + 1, end + 1)):
                continue
            words = tokens.joined(index, end)
            if words.isupper() and len(words) <= 3 and size == 1 and not tokens.texts[index].isalpha():
                continue
            place = _place(words)
            if place is not None:
                found.append((tokens.starts[index], place))
                index = end + 1
                break
        else:
            index += 1
    return found


def place_after(tokens: Tokens, first: int, last: int, names: Spans | None = None) -> Place | None:
    """The first place in the words that follows a locative ("in Hanoi", "visit to Japan").

    Places inside *names* (of bodies and titles: "the Türkiye National Defence
    Ministry", "High Commissioner to Malaysia") do not count.
    """
    names = names or Spans([])
    for offset, place in places_in(tokens, first, last):
        if names.covers(offset):
            continue
        index = tokens.at(offset)
        previous = tokens.keys[index - 1] if index > 0 else ""
        before = tokens.keys[index - 2] if index > 1 else ""
        if previous in LOCATIVES or (previous == "the" and before in LOCATIVES):
            return place
        if previous == "of" and before in _CONTAINERS:
            return place  # "the port of Guangzhou", "the province of Quảng Ninh"
    return _unknown_place(tokens, first, last, names)


def _unknown_place(tokens: Tokens, first: int, last: int, names: Spans) -> Place | None:
    """A place the gazetteer does not know, written "in Makati" or "in Tawau, Sabah".

    Only after "in", as a run of capitalised words that is no body's or
    person's name; its country comes from a known place right after it.
    """
    for index in range(first, min(last, first + 12) - 1):
        if tokens.keys[index] != "in" or not tokens.capitalised(index + 1) or tokens.gap(index + 1) != " ":
            continue
        if names.covers(tokens.starts[index + 1]):
            continue
        end = index + 1
        while (
            end + 1 < last and end - index < _MAX_PLACE and tokens.gap(end + 1) == " " and tokens.capitalised(end + 1)
        ):
            end += 1
        if tokens.keys[end] in _ORG_HEADS or not tokens.texts[index + 1].isalpha():
            continue
        country = None
        if end + 2 < last and tokens.gap(end + 1) == ", ":
            known = _place(tokens.texts[end + 1])
            country = known.country if known else None
        return Place(tokens.joined(index + 1, end), country)
    return None


def organisations_in(tokens: Tokens, first: int, last: int) -> list[tuple[int, int]]:
    """Spans of organisation names ("the Lao People's Army", "ASEAN") in the words.

    A run of capitalised words (with "of", "for", "and", "the" inside) that
    holds an organisation's head word, or a known acronym.
    """
    spans: list[tuple[int, int]] = []
    index = first
    while index < last:
        if tokens.texts[index] in _ACRONYMS:
            spans.append((tokens.starts[index], tokens.ends[index]))
            index += 1
            continue
        if not tokens.capitalised(index):
            index += 1
            continue
        end = index
        has_head = tokens.keys[index] in _ORG_HEADS
        while end + 1 < last and tokens.gap(end + 1) == " ":
            following = tokens.keys[end + 1]
            if tokens.capitalised(end + 1) or (
                following in _CONNECTORS and end + 2 < last and tokens.capitalised(end + 2)
            ):
                end += 1
                has_head = has_head or following in _ORG_HEADS
                continue
            break
        scanned = end
        while end > index and tokens.texts[end] in _CONNECTORS:
            end -= 1
        if has_head:
            spans.append((tokens.starts[index], tokens.ends[end]))
        index = scanned + 1  # every word is looked at once
    return spans
