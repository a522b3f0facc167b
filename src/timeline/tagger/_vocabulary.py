"""English calendar vocabulary as small tables, in the manner of dateutil's ``parserinfo``.

Every pattern in :mod:`timeline.tagger._grammar` is built from these tables, so
adding a word (a misspelt month, a new unit) is a one-line change here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Month names, their abbreviations, and misspellings seen in wire copy.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "januray": 1, "janury": 1,
    "february": 2, "feb": 2, "febuary": 2, "feburary": 2, "februray": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4, "aprl": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8, "agust": 8, "augsut": 8,
    "september": 9, "sept": 9, "sep": 9, "septmber": 9, "setpember": 9, "septemer": 9,
    "october": 10, "oct": 10, "ocotber": 10, "octobor": 10,
    "november": 11, "nov": 11, "novmber": 11, "noveber": 11,
    "december": 12, "dec": 12, "decmber": 12, "decemeber": 12,
}  # fmt: skip

# Month words that are also common English words; they count as months only
# when capitalised and, for "may", "march" and "mar", in a date context.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "sep"})

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1,
    "tuesday": 2, "tue": 2, "tues": 2,
    "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
    "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip

# Cardinal number words up to the size news uses for spans of time.
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "one and a half": 1,
}  # fmt: skip

# Quantities that name no number: "several years" is PXY.
VAGUE_QUANTITIES = frozenset(
    {"several", "a few", "few", "many", "some", "numerous", "various", "the", "recent",
     "coming", "past", "next", "last", "these", "those"}
)  # fmt: skip

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip

# Units of time -> TIMEX3 duration letter ("T" marks units below a day).
UNITS: dict[str, str] = {
    "second": "TS", "seconds": "TS", "sec": "TS", "secs": "TS",
    "minute": "TM", "minutes": "TM", "min": "TM", "mins": "TM",
    "hour": "TH", "hours": "TH", "hr": "TH", "hrs": "TH",
    "day": "D", "days": "D",
    "week": "W", "weeks": "W", "wk": "W", "wks": "W",
    "fortnight": "2W", "fortnights": "2W",
    "month": "M", "months": "M",
    "quarter": "Q", "quarters": "Q",
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y",
    "decade": "10Y", "decades": "10Y",
    "century": "100Y", "centuries": "100Y",
    "millennium": "L", "millennia": "L", "millenniums": "L",
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip

# Parts of the day -> TIMEX3 value suffix.
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "mornings": "MO",
    "afternoon": "AF", "afternoons": "AF", "mid-afternoon": "AF", "midafternoon": "AF",
    "evening": "EV", "evenings": "EV",
    "night": "NI", "nights": "NI", "overnight": "NI",
    "daytime": "DT",
}  # fmt: skip

# Words that hedge or bound a quantity -> TIMEX3 mod.
QUANTITY_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "APPROX", "close to": "APPROX",
    "or so": "APPROX", "circa": "APPROX", "an estimated": "APPROX", "just under": "APPROX",
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "upwards of": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "shorter than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS", "not more than": "EQUAL_OR_LESS",
}  # fmt: skip

# Words that place a point within a period -> TIMEX3 mod.
POINT_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "beginning": "START", "start": "START",
    "mid": "MID", "middle": "MID",
    "late": "END", "later": "END", "end": "END", "close": "END",
}  # fmt: skip

# Words that refer to a time without naming it. TimeML annotators tag these
# only where they clearly point at the present, past or future; adverbs they
# mostly leave alone ("soon", "previously", "once", "so far") are not listed.
REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "the present": "PRESENT_REF", "the present time": "PRESENT_REF", "the time being": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "earlier": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "the medium term": "FUTURE_REF",
    "the years to come": "FUTURE_REF",
}  # fmt: skip

# Frequency words -> (TIMEX3 SET value, quantity).
FREQUENCIES: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "biweekly": "P2W", "fortnightly": "P2W", "biannually": "P6M", "semiannually": "P6M",
    "biennially": "P2Y", "nightly": "P1D",
}  # fmt: skip

# Fixed-date holidays -> (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "valentine's day": (2, 14),
    "international women's day": (3, 8), "may day": (5, 1), "labour day": (5, 1),
    "international workers' day": (5, 1), "halloween": (10, 31),
}  # fmt: skip

# Tết (Lunar New Year's Day), which news in the region dates everything by.
LUNAR_NEW_YEAR: dict[int, tuple[int, int]] = {
    2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22),
    2005: (2, 9), 2006: (1, 29), 2007: (2, 17), 2008: (2, 7), 2009: (1, 26),
    2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31),
    2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
    2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
    2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
    2035: (2, 8),
}  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    r"""A regex alternation of *words*, longest first so the longest wins.

    Spaces in a phrase match any run of horizontal white space of bounded length.

    >>> alternation(["a", "a few", "ab"])
    'a[ \\t]{1,3}few|ab|a'
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", r"[ \t]{1,3}") for word in ordered)


_Trie = dict[str, "_Trie"]
_SPACE = r"[ \t]{1,3}"


def trie_alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    r"""The alternation of :func:`alternation`, factored into a prefix trie: same matches, tried in the same order.

    At any offset the words that match are prefixes of one another, and the
    trie tries the longer first, as the flat alternation does; but a long
    table compiles and matches many times faster. With *ignore_case* (for a
    pattern compiled case-insensitively) words that differ only in case share
    their branches. Words have single spaces between their parts.

    >>> trie_alternation(["a", "a few", "ab"])
    'a(?:[ \\t]{1,3}few|b)?'
    >>> trie_alternation(["Lao", "LAOS"], ignore_case=True)
    'lao(?:s)?'
    """
    root: _Trie = {}
    for word in set(words):
        node = root
        for char in word:
            key = char.lower() if ignore_case and len(char.lower()) == 1 else char
            node = node.setdefault(key, {})
        node[""] = {}  # a word ends here
    return _branches(root)


def _branches(node: _Trie) -> str:
    """The pattern of a trie node: its children, longest first by depth; the end of a word last."""
    branches = [
        (_SPACE if key == " " else re.escape(key)) + _branches(child) for key, child in sorted(node.items()) if key
    ]
    if not branches:
        return ""
    if "" in node:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def normalise(words: str) -> str:
    """Lower-case *words* and squeeze inner white space, for table look-ups."""
    return " ".join(words.lower().split())
