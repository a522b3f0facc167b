"""Organisations named in a sentence ("the Lao People's Army", "ASEAN"), and the place a body is named after."""

from __future__ import annotations

import bisect

from timeline.extract._tokens import Tokens
from timeline.gazetteer import find_place
from timeline.model import Place
from timeline.tagger._vocabulary import MONTHS, WEEKDAYS

__all__ = ["CALENDAR_WORDS", "ORG_HEADS", "body_place", "organisations_in"]

ORG_HEADS = frozenset(
    """ministry ministries department committee army commission council agency office force forces navy guard
    command academy university institute party government assembly association union bank organisation
    organization corporation group police court secretariat embassy directorate bureau authority
    administration fleet division brigade regiment corps headquarters staff""".split()
)
_ACRONYMS = frozenset(
    "ASEAN UN NATO EU APEC ADMM WHO IMF WTO UNESCO UNICEF BRICS SCO G20 G7 IAEA ICRC CSTO CIS".split()
)
_CONNECTORS = frozenset({"of", "for", "on", "and", "the"})
CALENDAR_WORDS = frozenset({*MONTHS, *WEEKDAYS})  # "the Army on September 8": the name ends before the date


def body_place(text: str, organisations: list[tuple[int, int]], start: int, stop: int) -> Place | None:
    """The place an organisation (*organisations* sorted) between *start* and *stop* is named after, if any.

    "visited Xiengkhouang Provincial Military Headquarters": Xiengkhouang, a
    place of a known country (a country's own name is not enough).
    """
    for first, last in organisations[bisect.bisect_left(organisations, (start, 0)) :]:  # sorted: from *start* on
        if first >= stop:
            break
        words = text[first : min(last, first + 80)].split()  # its first words are enough
        for size in (3, 2, 1):
            place = find_place(" ".join(words[:size])) if len(words) > size else None
            if place is not None and place.country is not None and place.name != place.country:
                return place
    return None


def organisations_in(tokens: Tokens, first: int, last: int) -> list[tuple[int, int]]:
    """Spans of organisation names ("the Lao People's Army", "ASEAN") in the words.

    A run of capitalised words (with "of", "for", "and", "the" inside) that
    holds an organisation's head word, or a known acronym.
    """
    spans: list[tuple[int, int]] = []
    uppers = tokens.uppers
    at = tokens.uppers_from(first)
    while at < len(uppers) and uppers[at] < last:
        index = uppers[at]  # a name, like an acronym, opens on a capital
        at += 1
        if tokens.texts[index] in _ACRONYMS:
            spans.append((tokens.starts[index], tokens.ends[index]))
            continue
        end = index
        has_head = tokens.keys[index] in ORG_HEADS
        while end + 1 < last and tokens.gap(end + 1) == " ":
            following = tokens.keys[end + 1]
            if (tokens.capitalised(end + 1) and following not in CALENDAR_WORDS) or (
                following in _CONNECTORS and end + 2 < last and tokens.capitalised(end + 2)
                and tokens.keys[end + 2] not in CALENDAR_WORDS
            ):  # fmt: skip
                end += 1
                has_head = has_head or following in ORG_HEADS
                continue
            break
        scanned = end
        while end > index and tokens.texts[end] in _CONNECTORS:
            end -= 1
        if has_head:
            spans.append((tokens.starts[index], tokens.ends[end]))
        at = tokens.uppers_from(scanned + 1)  # every word is looked at once
    return spans
