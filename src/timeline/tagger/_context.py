"""What the words around an expression say about it: tense, and whether a number counts things.

All functions take the lower-cased text and character offsets, and look at a
bounded window, so each call costs the same whatever the size of the text.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import re

__all__ = ["Tense", "TenseIndex", "counts_things", "follows", "tense"]


class Tense(enum.Enum):
    """Which way the clause around an expression points in time."""

    PAST = "past"
    FUTURE = "future"


_WINDOW = 120  # characters to look back for the clause's verb

# Single words and two-word phrases that point a clause forward in time.
_FUTURE_WORDS = frozenset(
    """will shall won't 'll would scheduled slated planned planning upcoming next ahead forthcoming
    coming""".split()
)
_FUTURE_PAIRS = frozenset(
    """is to|are to|be held|set to|due to|expected to|plan to|plans to|intend to|intends to
    |going to|aim to|aims to|from now""".replace("\n", "").split("|")
)
_PAST_WORDS = frozenset(
    """was were had did said says told held met made took gave went came saw paid sent led began
    left won lost became brought spoke wrote chose rose fell struck found kept sought thought
    felt stood spent ago last earlier since previously ran""".split()
)
_CLAUSE_BREAK = re.compile(r"[.;!?\n]\s|[\"“”]")
_WORDS = re.compile(r"[a-z']+")


def _clause_start(lower: str, start: int) -> int:
    floor = max(0, start - _WINDOW)
    last = floor
    for found in _CLAUSE_BREAK.finditer(lower, floor, start):
        last = found.end()
    return last


def _clause_end(lower: str, end: int) -> int:
    found = _CLAUSE_BREAK.search(lower, end, end + _WINDOW)
    return found.start() if found else min(len(lower), end + _WINDOW)


def _points_forward(words: list[str]) -> bool:
    if not _FUTURE_WORDS.isdisjoint(words):
        return True
    return any(f"{one} {two}" in _FUTURE_PAIRS for one, two in itertools.pairwise(words))


def _points_back(words: list[str]) -> bool:
    return not _PAST_WORDS.isdisjoint(words) or any(len(w) > 4 and w.endswith("ed") for w in words)


def tense(lower: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``lower[start:end]``, when the words show it.

    Future markers ("will", "is scheduled to") win over past ones, since a
    report of a plan is usually written in the past ("said it will").
    """
    before_text = lower[_clause_start(lower, start) : start]
    before = _WORDS.findall(before_text)
    if _points_forward(before):
        return Tense.FUTURE
    after = _WORDS.findall(lower, end, _clause_end(lower, end))
    opening = not before or before[-1] in {"on", "in", "from"} or before_text.rstrip().endswith(",")
    if opening and _points_forward(after[:12]):
        return Tense.FUTURE
    if _points_back(before) or _points_back(after[:8]):
        return Tense.PAST
    return None


class TenseIndex:
    """:func:`tense` for every expression of one text, in logarithmic time after a few calls.

    A news article asks a handful of times, which :func:`tense` answers
    directly. A text that asks more (a long text, or a hostile one with an
    expression every few characters) gets an index of its clause breaks and
    marker words, built once in one pass, so each answer costs a few bisections
    and the whole text stays linear.
    """

    def __init__(self, lower: str) -> None:
        self._lower = lower
        self._calls = 0
        self._built = False
        # Building costs about as much as one direct answer per 40 characters.
        self._direct_calls = max(24, len(lower) // 40)

    def __call__(self, start: int, end: int) -> Tense | None:
        """The tense of the clause around ``lower[start:end]``; the same answer as :func:`tense`."""
        self._calls += 1
        if self._calls <= self._direct_calls:
            return tense(self._lower, start, end)
        if not self._built:
            self._build()
        return self._indexed(start, end)

    def _build(self) -> None:
        lower = self._lower
        self._breaks = [found.end() for found in _CLAUSE_BREAK.finditer(lower)]
        self._break_starts = [found.start() for found in _CLAUSE_BREAK.finditer(lower)]
        words = [(found.start(), found.group()) for found in _WORDS.finditer(lower)]
        self._starts = [start for start, _ in words]
        texts = [text for _, text in words]
        forward = [text in _FUTURE_WORDS for text in texts]
        pairs = [f"{one} {two}" in _FUTURE_PAIRS for one, two in itertools.pairwise(texts)] + [False]
        back = [text in _PAST_WORDS or (len(text) > 4 and text.endswith("ed")) for text in texts]
        self._texts = texts
        self._forward = list(itertools.accumulate(forward, initial=0))
        self._pairs = list(itertools.accumulate(pairs, initial=0))
        self._back = list(itertools.accumulate(back, initial=0))
        self._built = True

    def _any(self, sums: list[int], first: int, last: int) -> bool:
        return last > first and sums[last] - sums[first] > 0

    def _indexed(self, start: int, end: int) -> Tense | None:
        lower = self._lower
        breaks = self._breaks
        index = bisect.bisect_right(breaks, start) - 1
        clause = max(start - _WINDOW, breaks[index] if index >= 0 and breaks[index] <= start else 0, 0)
        following = bisect.bisect_left(self._break_starts, end)
        clause_end = min(
            self._break_starts[following] if following < len(self._break_starts) else len(lower),
            end + _WINDOW,
            len(lower),
        )
        first = bisect.bisect_left(self._starts, clause)
        before_end = bisect.bisect_left(self._starts, start)
        if self._any(self._forward, first, before_end) or self._any(self._pairs, first, before_end - 1):
            return Tense.FUTURE
        after_first = bisect.bisect_left(self._starts, end)
        after_last = bisect.bisect_left(self._starts, clause_end)
        before_text = lower[clause:start].rstrip()
        last_word = self._texts[before_end - 1] if before_end > first else None
        opening = last_word is None or last_word in {"on", "in", "from"} or before_text.endswith(",")
        ahead = min(after_last, after_first + 12)
        if opening and (self._any(self._forward, after_first, ahead) or self._any(self._pairs, after_first, ahead - 1)):
            return Tense.FUTURE
        if self._any(self._back, first, before_end) or self._any(
            self._back, after_first, min(after_last, after_first + 8)
        ):
            return Tense.PAST
        return None


# Nouns a four-digit number counts rather than dates ("2000 troops").
_COUNT_NOUNS = frozenset(
    """people persons troops soldiers personnel officers members delegates units cases tonnes tons
    km kilometres kilometers hectares ha households students workers dollars usd vnd yuan won
    yen ringgit baht riels riel kip rupees pesos euros visitors tourists enterprises companies
    firms projects votes seats deaths casualties vehicles vessels ships boats aircraft planes
    words pages metres meters feet miles points shares barrels runs hours minutes days weeks
    months years mw kw kwh mt m2 sq square cubic litres liters children women men patients
    doctors teachers employees jobs homes houses tanks missiles rounds billion million thousand
    hundred trillion times percent per cent % pieces items sets doses beds rooms lots kg grams
    tonne copies participants athletes players refugees migrants residents inhabitants voters
    candidates""".split()
)

_NEXT_WORD = re.compile(r"\s{0,3}([a-z%]+)")
_PREV_WORD = re.compile(r"([a-z$€£#.]+)\s{0,3}$")
_NUMBER_NOUNS = frozenset(
    """no. no number nos resolution decree decision circular article clause law code route highway
    flight room page pages item items chapter section paragraph point unit $ € £ # usd vnd
    vietnam-laos""".split()
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
