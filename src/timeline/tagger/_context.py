"""What the words around an expression say about it: tense, and whether a number counts things.

All functions take the lower-cased text and character offsets, and look at a
bounded window, so each call costs the same whatever the size of the text.
"""

from __future__ import annotations

import enum
import re

__all__ = ["Tense", "counts_things", "follows", "tense"]


class Tense(enum.Enum):
    """Which way the clause around an expression points in time."""

    PAST = "past"
    FUTURE = "future"


_WINDOW = 160  # characters to look back for the clause's verb

_FUTURE = re.compile(
    r"""\b(?:will|shall|won't|'ll|would|is\s{1,3}to|are\s{1,3}to|to\s{1,3}be\s{1,3}held
        |scheduled|slated|set\s{1,3}to|due\s{1,3}to|expected\s{1,3}to|plans?\s{1,3}to|planned
        |planning|upcoming|intends?\s{1,3}to|going\s{1,3}to|aims?\s{1,3}to|next|ahead
        |forthcoming|coming|from\s{1,3}now)\b""",
    re.VERBOSE,
)

_PAST = re.compile(
    r"""\b(?:was|were|had|did|said|says|told|held|met|made|took|gave|went|came|saw|paid|sent
        |led|began|left|won|lost|became|brought|spoke|wrote|chose|rose|fell|struck|found
        |kept|sought|thought|felt|stood|spent|ago|last|earlier|since|previously|began|ran
        |[a-z]{2,}ed)\b""",
    re.VERBOSE,
)

_CLAUSE_BREAK = re.compile(r"[.;!?\n]\s|[\"“”]")


def _clause_start(lower: str, start: int) -> int:
    floor = max(0, start - _WINDOW)
    last = floor
    for found in _CLAUSE_BREAK.finditer(lower, floor, start):
        last = found.end()
    return last


def _clause_end(lower: str, end: int) -> int:
    found = _CLAUSE_BREAK.search(lower, end, end + _WINDOW)
    return found.start() if found else min(len(lower), end + _WINDOW)


def tense(lower: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``lower[start:end]``, when the words show it.

    Future markers ("will", "is scheduled to") win over past ones, since a
    report of a plan is usually written in the past ("said it will").
    """
    before = lower[_clause_start(lower, start) : start]
    if _FUTURE.search(before):
        return Tense.FUTURE
    after = lower[end : _clause_end(lower, end)]
    opening = not before.strip(" ,") or before.rstrip().endswith(("on", "in", "from", ","))
    if opening and _FUTURE.search(after[:80]):
        return Tense.FUTURE
    if _PAST.search(before) or _PAST.search(after[:60]):
        return Tense.PAST
    return None


# Nouns a four-digit number counts rather than dates ("2000 troops").
_COUNT_NOUNS = frozenset(
    """people persons troops soldiers personnel officers members delegates units cases tonnes
    tons km kilometres kilometers hectares ha households students workers dollars usd vnd
    yuan won yen ringgit baht riels riel kip rupees pesos euros visitors tourists enterprises
    companies firms projects votes seats deaths casualties vehicles vessels ships boats
    aircraft planes words pages metres meters feet miles points shares barrels runs hours
    minutes days weeks months years mw kw kwh mt m2 sq square cubic litres liters children
    women men patients doctors teachers employees jobs homes houses tanks missiles rounds
    billion million thousand hundred trillion times percent per cent % pieces items sets
    doses beds rooms lots kg grams tonne copies participants athletes players refugees
    migrants residents inhabitants voters candidates""".split()
)

_NEXT_WORD = re.compile(r"\s{0,3}([a-z%]+)")
_PREV_WORD = re.compile(r"([a-z$€£#.]+)\s{0,3}$")
_NUMBER_NOUNS = frozenset(
    """no. no number nos resolution decree decision circular article clause law code route
    highway flight room page pages item items chapter section paragraph point unit $ € £ #
    usd vnd vietnam-laos""".split()
)


def counts_things(lower: str, start: int, end: int) -> bool:
    """True when the number at ``lower[start:end]`` counts or labels things.

    "2000 troops", "Resolution 2025", "$1990" are not years.
    """
    following = _NEXT_WORD.match(lower, end)
    if following and following.group(1) in _COUNT_NOUNS:
        return True
    if start > 0 and lower[start - 1] in "$€£#":
        return True
    preceding = _PREV_WORD.search(lower, max(0, start - 16), start)
    return bool(preceding and preceding.group(1) in _NUMBER_NOUNS)


def follows(lower: str, start: int, words: frozenset[str]) -> bool:
    """True when the word just before offset *start* is one of *words*."""
    preceding = _PREV_WORD.search(lower, max(0, start - 20), start)
    return bool(preceding and preceding.group(1).strip(".") in words)
