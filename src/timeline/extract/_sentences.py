"""Sentences, as news prints them: full of ranks and abbreviations, sometimes glued together.

>>> text = "Sen. Lieut. Gen. Chiến met Maj. Gen. Thắng in the U.S. on Sept. 28.The talks ended."
>>> [text[s:e] for s, e in sentences(text)]
['Sen. Lieut. Gen. Chiến met Maj. Gen. Thắng in the U.S. on Sept. 28.', 'The talks ended.']
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "sentences"]

# Words that end with a full stop without ending the sentence.
ABBREVIATIONS = frozenset(
    """sen lieut lt gen maj col brig adm cmdr capt sgt cpl pte gov pres amb dr mr mrs ms prof rev
    hon jr sr st mt no nos vol art para sec dept corp inc ltd co bros vs etc approx est jan feb
    mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun u.s u.k
    u.n e.g i.e a.m p.m d.c fig ft govt assn ave blvd ltgen mgen bgen ltcol vadm radm""".split()
)

# A candidate end: ".", "!" or "?" (with closing quotes or brackets), then either
# white space and an opening, or nothing and a capital ("March 4.The").
_END = re.compile(r"""[.!?]+["'”’)\]]{0,3}(?=\s{1,20}["'“‘(\[]?[A-Z0-9À-Ỹ]|[A-ZÀ-Ỹ][a-zà-ỹ])""")
_PARAGRAPH = re.compile(r"\n[ \t\r]*")
_WORD_BEFORE = re.compile(r"([A-Za-z.]{1,12})$")
# "Sen." closes a name as often as it abbreviates a rank or "Senator": "... of Samdech Techo Hun Sen. Officials
# welcoming ...". After a name, and not before a rank ("Sen. Lieut. Gen."), it ends the sentence.
_NAME_END = re.compile(r"[A-Z][a-z]+ Sen$")
_RANK_AFTER = re.compile(r" {1,3}(?:Lieut|Lt|Gen|Col|Maj|Lieutenant|General|Colonel)\b")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of each sentence in ``text[start:end]``.

    A line break always ends a sentence (headlines, captions and paragraphs
    carry no full stop of their own); a full stop after a known abbreviation,
    an initial ("H.") or inside "U.S." does not. Offsets exclude the white
    space between sentences.
    """
    end = len(text) if end is None else end
    cuts = [start]
    for line in _PARAGRAPH.finditer(text, start, end):
        cuts.append(line.start())
        cuts.append(line.end())
    for found in _END.finditer(text, start, end):
        if not _is_abbreviation(text, found.start()):
            cuts.append(found.end())
            cuts.append(found.end())
    cuts.append(end)
    cuts.sort()
    spans = []
    for first, last in zip(cuts[::2], cuts[1::2], strict=False):
        left, right = _trim(text, first, last)
        if right > left:
            spans.append((left, right))
    return _merge_overlaps(spans)


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at *dot* closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    if word.group(1) == "Sen" and _NAME_END.search(text, max(0, dot - 30), dot):
        return _RANK_AFTER.match(text, dot + 1) is not None
    if token in ABBREVIATIONS:
        return True
    if "." in token and all(len(part) == 1 for part in token.split(".")):
        return True  # "H.E.", "U.S.", "D.C."
    return len(token) == 1 and text[dot - 1].isupper()  # an initial, "H." or the "S." of "U.S."


def _trim(text: str, first: int, last: int) -> tuple[int, int]:
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    return first, last


def _merge_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cuts from line breaks and full stops interleave; keep disjoint, ordered spans."""
    result: list[tuple[int, int]] = []
    for span in sorted(set(spans)):
        if result and span[0] < result[-1][1]:
            continue
        result.append(span)
    return result
