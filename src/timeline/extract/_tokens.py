"""Words with their offsets: one pass over an article's body, shared by every step of the extractor.

>>> words = tokenize("Sen. Lieut. Gen. Hoàng Xuân Chiến met Laos’s minister.", 0, 54)
>>> words.texts[:4], words.keys[4:8]
(['Sen', 'Lieut', 'Gen', 'Hoàng'], ['xuân', 'chiến', 'met', 'laos'])
"""

from __future__ import annotations

import bisect
import itertools
import re

import attrs

__all__ = ["Tokens", "tokenize"]

# A word: letters or digits, with inner apostrophes, hyphens, dots and ampersands
# ("Laos’s", "Vietnam-Laos", "U.S", "AT&T"); it starts and ends on a letter or digit.
# A dot before a capitalised word is a glued sentence end ("November 15.The"), not inside a word.
_WORD = re.compile(r"[^\W_](?:(?:[\w'’&-]|\.(?![A-Z][a-z])){0,60}[^\W_])?")
# The same words, found faster: letter runs joined by joiners, taken whole (possessive quantifiers, no
# backtracking). It finds what _WORD finds except in runs longer than _WORD's 62 characters, where
# tokenize falls back on _WORD.
_RUN = re.compile(r"[^\W_]++(?:(?:[_'’&-]|\.(?![A-Z][a-z]))++[^\W_]++)*+")
_LONGEST = 62


@attrs.frozen
class Tokens:
    """The words of a span of text, as parallel lists.

    Attributes:
        text: The whole text the offsets refer to.
        starts: Offset of each word's first character.
        ends: Offset just past each word.
        texts: Each word as written.
        keys: Each word lower-cased, without a possessive 's.
        capitals: Whether each word starts with a capital letter.
        uppers: The indexes of the capitalised words, for scanners that look only at those.
    """

    text: str
    starts: list[int]
    ends: list[int]
    texts: list[str]
    keys: list[str]
    capitals: list[bool]
    uppers: list[int]

    def __len__(self) -> int:
        return len(self.starts)

    def at(self, offset: int) -> int:
        """Index of the first word starting at or after *offset*."""
        return bisect.bisect_left(self.starts, offset)

    def uppers_from(self, index: int) -> int:
        """Position in :attr:`uppers` of the first capitalised word at or after word *index*."""
        return bisect.bisect_left(self.uppers, index)

    def capitalised(self, index: int) -> bool:
        """True when word *index* starts with a capital letter."""
        return self.capitals[index]

    def gap(self, index: int) -> str:
        """The characters between word *index* - 1 and word *index*."""
        return self.text[self.ends[index - 1] : self.starts[index]] if index else ""

    def joined(self, first: int, last: int) -> str:
        """The text from word *first* to word *last* (inclusive), as written."""
        return self.text[self.starts[first] : self.ends[last]]


def tokenize(text: str, start: int, end: int) -> Tokens:
    """The words of ``text[start:end]``."""
    found = list(_RUN.finditer(text, start, end))
    texts = [word.group() for word in found]
    if max(map(len, texts), default=0) > _LONGEST:  # rare: a run _WORD splits
        found = list(_WORD.finditer(text, start, end))
        texts = [word.group() for word in found]
    lowered = [word.lower() for word in texts]
    capitals = [word[:1].isupper() for word in texts]
    return Tokens(
        text,
        [word.start() for word in found],
        [word.end() for word in found],
        texts,
        [word[:-2] if word.endswith(("'s", "’s")) else word for word in lowered],
        capitals,
        list(itertools.compress(range(len(texts)), capitals)),
    )
