"""The patterns of English temporal expressions, built from the vocabulary tables.

Two regular expressions do the work, both run over the *lower-cased* text:

``TRIGGER``
    A cheap pass that finds where a temporal expression may be: a number, or a
    word from the vocabulary (a month, a weekday, a unit, "today"...). It is a
    trie of word prefixes, so the engine rejects most words after a letter or two.

``EXPRESSION``
    One alternation of *families* (an ISO date, a month and day, a duration...),
    tried with ``match`` only at the trigger and at the few words before it that
    can open an expression ("the past nearly 11 years"). Families are ordered so
    that the longer, more specific reading comes first. Each family is wrapped in
    a group named after it; inner groups carry the family's prefix.

Every quantifier over user text is bounded, and no unbounded quantifier is
nested in another, so matching stays linear on hostile input.
"""

from __future__ import annotations

import functools
import re

from timeline.tagger._vocabulary import (
    DAY_PARTS,
    FREQUENCIES,
    HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    POINT_MODS,
    QUANTITY_MODS,
    REFERENCES,
    SEASONS,
    UNITS,
    WEEKDAYS,
    alternation,
)

__all__ = ["EXPRESSION", "FAMILY_NAMES", "FAMILY_SOURCES", "LEFT_WORDS", "TRIGGER", "TRIGGER_WORDS", "families_for"]

# -- building blocks ------------------------------------------------------------

SP = r"\s{1,3}"  # between two words
HY = r"(?:\s{0,2}-\s{0,2}|\s{1,3})"  # "mid-March" and "mid March"


def _word_or_abbreviation(table: dict[str, int]) -> str:
    """Full words alone; abbreviations ("Sept.", "Thu.") may take a full stop."""
    full = [word for word in table if len(word) > 4 or word in {"may", "june", "july"}]
    short = [word for word in table if word not in full]
    return rf"(?:(?:{alternation(full)})\b|(?:{alternation(short)})\b\.?)"


MONTH = _word_or_abbreviation(MONTHS)
WEEKDAY = _word_or_abbreviation(WEEKDAYS)
DAYNUM = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})\b"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUMBER = (
    rf"(?:\d{{1,3}}\s{{1,2}}1/2|\d{{1,3}}(?:,\d{{3}}){{1,3}}|\d{{1,6}}(?:\.\d{{1,3}})?"
    rf"|(?:{_TENS})(?:-|\s)(?:{_ONES})|{alternation(NUMBER_WORDS)})\b"
)
VAGUE = r"(?:several|a\s{1,3}few|few|many|some|numerous|a\s{1,3}number\s{1,3}of)"
UNIT = rf"(?:{alternation(UNITS)})\b"
QMOD = rf"(?:{alternation(QUANTITY_MODS)})"
POINT = (
    rf"(?:(?:the{SP})?(?:beginning|start|middle|end|close|turn|first{SP}half|second{SP}half)"
    rf"{SP}of(?:{SP}the)?|early|earlier|mid|middle|late|later)"
)
RANGE_SEP = rf"(?:\s{{0,2}}[-–—]\s{{0,2}}|{SP}(?:to|through|until|till|and){SP})"
PART = rf"(?:{alternation(DAY_PARTS)})\b"
RELATIVE = r"(?:this\s{1,3}past|this\s{1,3}coming|last|next|this|coming|past|previous|following)"

# -- the families, most specific first -------------------------------------------

_FAMILIES: list[tuple[str, str]] = [
    # 2025-03-20, 2025-03-20T09:30
    ("iso", r"(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?:t(?P<iso_h>[0-2]\d):(?P<iso_mi>[0-5]\d))?\b"),
    # 20/03/2025, 3.20.2025
    ("numeric", r"(?P<nu_a>[0-3]?\d)(?P<nu_s>[/.])(?P<nu_b>[0-3]?\d)(?P=nu_s)(?P<nu_y>\d{4}|\d{2})\b(?![/.]\d)"),
    # 9 a.m., 9:30 p.m. EST Thursday, noon Saturday, 15:30 (local time)
    ("time", rf"""
        (?:(?P<tm_mod>about|around|approximately|shortly{SP}(?:before|after)|just{SP}(?:before|after)){SP})?
        (?:(?P<tm_h>[0-2]?\d)(?:[:.](?P<tm_mi>[0-5]\d))?\s{{0,2}}(?P<tm_ap>[ap]\.?m\b\.?|o'clock\b)
          |(?P<tm_h2>[0-2]?\d):(?P<tm_mi2>[0-5]\d)\b(?:\s{{0,2}}(?:hours|hrs|h)\b)?
          |(?P<tm_noon>noon|midday|midnight)\b)
        (?:{SP}(?:in{SP}the{SP})?(?P<tm_part>morning|afternoon|evening|night)\b)?
        (?:\s{{0,2}}\(?(?P<tm_tz>(?:gmt|utc)(?:\s?[+-]\s?\d{{1,2}}(?::?\d\d)?)?|local{SP}time|[ecmp][sd]t|ict|jst|kst|sgt|msk|ist|cet|cest|bst|hkt|pht|myt|wib)\b\)?)?
        (?:,?{SP}(?:on{SP})?(?:(?P<tm_wd>{WEEKDAY})(?:,?{SP}(?P<tm_mon>{MONTH}){SP}(?P<tm_day>{DAYNUM}))?
            |(?P<tm_rel>today|tomorrow|yesterday|tonight)\b
            |(?P<tm_mon2>{MONTH}){SP}(?P<tm_day2>{DAYNUM})))?
        """),
    # the morning of July 10; the week of March 6
    ("partof", rf"(?:the{SP})?(?:(?P<po_part>{PART})|(?P<po_week>week)){SP}of{SP}(?:(?P<po_wd>{WEEKDAY}),?{SP})?(?P<po_mon>{MONTH}){SP}(?P<po_day>{DAYNUM})(?:,?{SP}(?P<po_y>{YEAR}))?"),
    # Friday, Oct. 23; Thursday 9 January 2025
    ("wdate", rf"""
        (?P<wd_w>{WEEKDAY}),?{SP}(?:the{SP})?
        (?:(?P<wd_mon>{MONTH}){SP}(?P<wd_day>{DAYNUM})|(?P<wd_day2>{DAYNUM})(?:{SP}of)?{SP}(?P<wd_mon2>{MONTH}))
        (?:,?{SP}(?P<wd_y>{YEAR}))?
        """),
    # March 20, 2025; Sept. 28; March 4-6; March 4 to April 6, 2025
    ("mdy", rf"""
        (?P<md_mon>{MONTH}){SP}(?P<md_day>{DAYNUM})(?!\s{{0,2}}(?:%|per\s{{1,3}}cent|percent)|[:.,]\d)
        (?:(?P<md_rs>{RANGE_SEP})(?:(?P<md_mon2>{MONTH}){SP})?(?P<md_day2>{DAYNUM}))?
        (?:,?{SP}(?P<md_y>{YEAR}))?
        """),
    # 20 March 2025; 4-6 March; the 20th of March
    ("dmy", rf"""
        (?:the{SP})?(?P<dm_day>{DAYNUM})(?:(?P<dm_rs>{RANGE_SEP})(?P<dm_day2>{DAYNUM}))?
        (?:{SP}of)?{SP}(?P<dm_mon>{MONTH})(?:,?{SP}(?P<dm_y>{YEAR}))?
        """),
    # mid-March; the end of March 2025; last April; January this year; March-April 2025
    ("month", rf"""
        (?:(?P<mo_pm>{POINT}){HY})?(?:(?P<mo_rel>{RELATIVE}){SP})?
        (?P<mo_mon>{MONTH})(?:(?P<mo_rs>{RANGE_SEP})(?P<mo_mon2>{MONTH}))?
        (?:,?{SP}(?:of{SP})?(?P<mo_y>{YEAR})|{SP}(?P<mo_yrel>this|last|next){SP}year\b)?
        """),
    # the 1990s; the early '90s; the nineties
    ("decade", rf"""
        (?:the{SP})?(?:(?P<dc_pm>early|mid|late){HY})?
        (?:(?P<dc_y>1[0-9]{{2}}0|20[0-9]0)'?s|'(?P<dc_yy>[0-9]0)s
          |(?P<dc_w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b
        """),
    # the 21st century; the early twentieth century
    ("century", rf"(?:the{SP})?(?:(?P<ce_pm>early|mid|late){HY})?(?P<ce_n>\d{{1,2}}(?:st|nd|rd|th)|{alternation(ORDINAL_WORDS)})[\s-]{{1,3}}century\b"),
    # the first quarter of 2025; third-quarter; Q1 2025; the quarter
    ("quarter", rf"""
        (?:(?P<qu_the>the|its|this{SP}year's|last{SP}year's|next{SP}year's){SP})?(?:(?P<qu_y0>{YEAR}){SP})?
        (?:(?P<qu_rel>last|next|this|current|latest|past|previous|coming|year-ago|year-earlier|same){SP})?
        (?:fiscal[\s-]{{1,3}})?(?:(?P<qu_n>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]{{1,3}})?
        quarter\b(?!s)(?:{SP}of{SP}(?:(?P<qu_y>{YEAR})|(?P<qu_yrel>this|last|next){SP}year\b)|,?{SP}(?P<qu_y2>{YEAR}))?
        |q(?P<qu_d>[1-4])(?:\s{{0,2}}[/-]?\s{{0,2}}(?P<qu_y3>{YEAR}))?\b
        |(?P<qu_period>the{SP}(?P<qu_prel>latest|year-ago|year-earlier|comparable|corresponding){SP}period)\b
        |(?P<qu_adj>year-(?:earlier|ago))\b(?!{SP}(?:quarter|period))
        """),
    # the second half of 2024; H1 2025
    ("half", rf"""
        (?:the{SP})?(?P<ha_n>first|second|1st|2nd|latter|last|later)[\s-]{{1,3}}half\b
        (?:{SP}of{SP}(?:(?P<ha_y>{YEAR})|(?P<ha_yrel>this|last|next){SP}year\b|the{SP}(?P<ha_the>year|decade)\b))?
        |h(?P<ha_d>[12])\s{{0,2}}(?P<ha_y2>{YEAR})
        """),
    # (the) summer of 2024; last winter; this past spring
    ("season", rf"""
        (?:(?P<se_rel>{RELATIVE}|the){SP})?(?:(?P<se_pm>early|mid|late){HY})?
        (?P<se_n>{alternation(SEASONS)})\b(?:{SP}(?:of{SP})?(?P<se_y>{YEAR}))?
        """),
    # Christmas; New Year's Day 2025; Tet; the Lunar New Year
    ("holiday", rf"""
        (?:(?P<ho_rel>last|next|this){SP})?(?:the{SP})?
        (?P<ho_n>{alternation(HOLIDAYS)}|lunar{SP}new{SP}year(?:'s)?(?:{SP}(?:day|festival|holiday))?|t[eế]t(?:{SP}(?:holiday|festival))?|thanksgiving(?:{SP}day)?|easter(?:{SP}sunday)?)\b
        (?:,?{SP}(?P<ho_y>{YEAR}))?
        """),
    # early Tuesday; last Friday; Thursday night; Tuesdays
    ("weekday", rf"""
        (?:(?P<wk_pm>early|late|earlier|later)\b{SP})?(?:(?P<wk_rel>{RELATIVE}|each|every){SP})?
        (?P<wk_d>{alternation(WEEKDAYS)})(?P<wk_s>s)?\b
        (?:{SP}(?P<wk_part>morning|afternoon|evening|night)s?\b)?
        """),
    # today; late yesterday; tonight; this morning; last night; the day after tomorrow
    ("relday", rf"""
        (?:(?P<rd_pm>early|late|earlier|later){SP})?
        (?:(?P<rd_w>today|tonight|tomorrow|yesterday|the{SP}day{SP}before{SP}yesterday|the{SP}day{SP}after{SP}tomorrow)\b
            (?:{SP}(?P<rd_part>morning|afternoon|evening|night)\b)?
          |(?P<rd_this>this|last|tomorrow|yesterday){SP}(?P<rd_part2>morning|afternoon|evening|night)\b)
        """),
    # the next day; the following week; that year; the same day; the day before
    ("anaphor", rf"""
        (?:(?P<an_pm>early|earlier|late|later){SP})?
        (?:the{SP}(?P<an_rel>next|following|previous|preceding|same)
            {SP}(?P<an_u>day|morning|afternoon|evening|night|week|weekend|month|year)\b
          |(?P<an_that>that){SP}(?P<an_u3>day|morning|afternoon|evening|night|week|month|year)\b)
        # "the day before" ends its phrase; "the day before the vote" / "before he left" is a preposition's
        |the{SP}(?P<an_u2>day){SP}(?P<an_dir>before|after)\b(?=\s{{0,3}}(?:[.,;:!?)"'`]|--|$|(?:and|but|or)\b))
        """),
    # three days ago; a year earlier; two weeks from now
    ("ago", rf"""
        (?:(?P<ag_mod>{QMOD}){SP})?(?P<ag_n>{NUMBER}|{VAGUE})(?:{SP}more)?{SP}(?P<ag_u>{UNIT})
        (?:{SP}or{SP}so)?{SP}(?P<ag_dir>ago|earlier|later|from{SP}now|hence|back)\b
        """),
    # every year; each Thursday; every other week; (twice) a year
    ("set", rf"""
        (?P<st_e>every|each|per){SP}(?:(?P<st_other>other){SP})?(?:(?P<st_n>{NUMBER}){SP})?
        (?:(?P<st_u>{UNIT})|(?P<st_wd>{alternation(WEEKDAYS)})\b|(?P<st_mon>{MONTH})|(?P<st_part>{PART}))
        |(?<=once\s)(?P<st_a>a|an){SP}(?P<st_u2>{UNIT})|(?<=twice\s)(?P<st_a2>a|an){SP}(?P<st_u3>{UNIT})
        |(?<=times\s)(?P<st_a3>a|an){SP}(?P<st_u4>{UNIT})
        |(?P<st_f>{alternation(FREQUENCIES)})\b
        """),
    # earlier this month; the end of this week; last year; the coming year; year-end
    ("relunit", rf"""
        (?:(?P<ru_pm>{POINT}){HY})?(?:the{SP})?
        (?:(?P<ru_rel>this{SP}past|this{SP}coming|last|next|this|past|coming|current|latest|previous){SP})
        (?:fiscal{SP})?(?P<ru_u>week|weekend|month|year|quarter|decade|century|fortnight)\b(?!-|\s{{0,2}}(?:and|or){SP}(?:a|an|one|two|three)\b)
        |(?P<ru_pm2>earlier|later|early|late){SP}in{SP}the{SP}(?P<ru_u2>week|month|year)\b
        |(?P<ru_ye>year[\s-]end|year's{SP}end|(?:the{SP})?end{SP}of{SP}the{SP}year|(?:the{SP})?turn{SP}of{SP}the{SP}year)\b
        |the{SP}(?P<ru_wkend>weekend)\b
        |(?P<ru_the>the{SP}(?:full{SP}|fiscal{SP}|entire{SP}|whole{SP})?year)\b(?![-'’])
            (?!{SP}(?:before|after|earlier|ago|of|to|\d|two|nineteen|twenty)\b)
        """),
    # the past nearly 11 years; more than a decade; 48 hours; two-year; several weeks
    ("duration", rf"""
        (?:(?P<du_mod>{QMOD}){SP})?(?:(?P<du_the>the|these|those|its|their|his|her){SP})?
        (?:(?P<du_anc>past|last|previous|next|coming|first|following|latest|final|recent|remaining|initial|ensuing|preceding|same|additional|further)
            {SP})?(?:(?P<du_mod2>{QMOD}){SP})?
        (?:(?P<du_n>{NUMBER}(?:(?P<du_rs>{SP}(?:to|or){SP}|\s{{0,2}}[-–]\s{{0,2}})(?P<du_n2>{NUMBER}))?|{VAGUE}))?
        (?:{SP}(?P<du_more>more|additional|straight|consecutive|full|long|whole))?
        (?P<du_sep>{SP}|-)?(?P<du_u>{UNIT})(?P<du_half>{SP}and{SP}a{SP}half)?(?P<du_so>{SP}or{SP}so)?(?P<du_adj>-(?:long|old)\b)?
        """),
    # 2025; fiscal 2025; mid-2024; the end of 2025; 2025-2029; 2020/21
    ("year", rf"""
        (?:(?P<yr_pm>{POINT}){HY})?(?:(?P<yr_fy>fiscal|fy)\s{{0,3}})?(?P<yr_y>{YEAR})(?!,\d|\.\d|\s{{0,2}}(?:%|per\s{{1,3}}cent|percent))
        (?:(?P<yr_rs>\s{{0,2}}[-–—/]\s{{0,2}}|{SP}(?:to|through|until|till|and){SP})(?P<yr_y2>\d{{4}}|\d{{2}})\b(?![-/.,]\d))?
        (?:{SP}(?P<yr_or>or{SP}later|and{SP}beyond|or{SP}earlier))?
        """),
    # nineteen ninety-six; the year two thousand
    ("spelled", rf"(?:the{SP}year{SP})?(?P<sp_c>nineteen|twenty)[\s-](?P<sp_t>{_TENS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[\s-](?P<sp_o>{_ONES}))?\b|the{SP}year{SP}(?P<sp_2k>two{SP}thousand)\b"),
    # now; recently; the future; at present
    ("ref", rf"(?P<rf_w>{alternation(REFERENCES)})\b"),
]  # fmt: skip

FAMILY_SOURCES: tuple[tuple[str, str], ...] = tuple(_FAMILIES)
FAMILY_NAMES = tuple(name for name, _ in _FAMILIES)


# The first words each family can open with: "#4" stands for a four-digit
# number, "#N" for a shorter one (or an ordinal such as "21st"). Trying only
# the families a word can open keeps runs of numbers, months or modifiers cheap.
def _firsts(phrases: object) -> set[str]:
    return {re.split(r"[\s-]", phrase)[0] for phrase in phrases}  # type: ignore[attr-defined]


_NUMBERS = {"#N", "#4"}
_POINT_FIRST = {"the", "beginning", "start", "middle", "end", "close", "turn", "first", "second",
                "early", "earlier", "mid", "late", "later"}  # fmt: skip
_RELATIVE_FIRST = {"this", "last", "next", "coming", "past", "previous", "following"}
_QMOD_FIRST = _firsts(QUANTITY_MODS)
_NUMBER_FIRST = _firsts(NUMBER_WORDS) | set(_TENS.split("|"))
_VAGUE_FIRST = {"several", "a", "few", "many", "some", "numerous"}
_DETERMINERS = {"the", "these", "those", "its", "their", "his", "her"}
_ANCHORS = {"past", "last", "previous", "next", "coming", "first", "following", "latest", "final", "recent",
            "remaining", "initial", "ensuing", "preceding", "same", "additional", "further"}  # fmt: skip
_FIRST_WORDS: dict[str, set[str]] = {
    "iso": {"#4"},
    "numeric": {"#N"},
    "time": {"#N", "about", "around", "approximately", "shortly", "just", "noon", "midday", "midnight"},
    "partof": {"the", "week"} | _firsts(DAY_PARTS),
    "wdate": set(WEEKDAYS),
    "mdy": set(MONTHS),
    "dmy": {"#N", "the"},
    "month": _POINT_FIRST | _RELATIVE_FIRST | set(MONTHS),
    "decade": {
        "the",
        "early",
        "mid",
        "late",
        "#4",
        "'",
        *_firsts(["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]),
    },  # fmt: skip
    "century": {"the", "early", "mid", "late", "#N"} | _firsts(ORDINAL_WORDS),
    "quarter": {
        "the",
        "its",
        "this",
        "last",
        "next",
        "current",
        "latest",
        "past",
        "previous",
        "coming",
        "year",
        "same",
        "fiscal",
        "first",
        "second",
        "third",
        "fourth",
        "final",
        "quarter",
        "q",
        "#N",
    },  # fmt: skip
    "half": {"the", "first", "second", "latter", "last", "later", "h", "#N"},
    "season": _RELATIVE_FIRST | {"the", "early", "mid", "late"} | set(SEASONS),
    "holiday": {"last", "next", "this", "the", "lunar", "tet", "tết", "thanksgiving", "easter"} | _firsts(HOLIDAYS),
    "weekday": {"early", "late", "earlier", "later", "each", "every"} | _RELATIVE_FIRST | set(WEEKDAYS),
    "relday": {"early", "late", "earlier", "later", "today", "tonight", "tomorrow", "yesterday", "the", "this", "last"},
    "anaphor": {"early", "earlier", "late", "later", "the", "that"},
    "ago": _QMOD_FIRST | _NUMBERS | _NUMBER_FIRST | _VAGUE_FIRST,
    "set": {"every", "each", "per", "a", "an"} | set(FREQUENCIES),
    "relunit": _POINT_FIRST | _RELATIVE_FIRST | {"the", "current", "latest", "year"},
    "duration": _QMOD_FIRST | _DETERMINERS | _ANCHORS | _NUMBERS | _NUMBER_FIRST | _VAGUE_FIRST | set(UNITS),
    "year": _POINT_FIRST | {"fiscal", "fy", "#4"},
    "spelled": {"the", "nineteen", "twenty"},
    "ref": _firsts(REFERENCES),
}


def _alternation(names: list[str]) -> re.Pattern[str]:
    sources = dict(_FAMILIES)
    return re.compile("|".join(f"(?P<{name}>{sources[name]})" for name in names) or "(?!)", re.VERBOSE)


@functools.cache
def families_for(first_word: str, after: str | None = None) -> re.Pattern[str] | None:
    """The alternation of the families that can open with *first_word* (after *after*, if given).

    ``None`` when no family opens with that word.
    """
    names = [name for name in FAMILY_NAMES if first_word in _FIRST_WORDS[name]]
    if after is not None:
        names = names[names.index(after) + 1 :] if after in names else []
    return _alternation(names) if names else None


EXPRESSION = _alternation(list(FAMILY_NAMES))

# -- the trigger pass ------------------------------------------------------------------

# Words that can anchor an expression: the pass finds them by prefix.
TRIGGER_WORDS: frozenset[str] = frozenset(
    [
        *MONTHS,
        *WEEKDAYS,
        *(word.split()[-1] for word in REFERENCES),
        *UNITS,
        *SEASONS,
        *(word.split()[0] for word in HOLIDAYS),
        *FREQUENCIES,
        *DAY_PARTS,
        "today", "tonight", "tomorrow", "yesterday", "noon", "midday", "midnight",
        "quarters", "weekend", "weekends", "lunar", "tet", "tết", "thanksgiving", "easter",
        "nineteen", "twenty", "twenties", "thirties", "forties", "fifties", "sixties",
        "seventies", "eighties", "nineties", "mondays", "tuesdays", "wednesdays",
        "thursdays", "fridays", "saturdays", "sundays", "q1", "q2", "q3", "q4", "h1", "h2",
        "fy", "year-end", "year-ago", "year-earlier", "thousand", "period",
    ]
)  # fmt: skip


def _trie(words: frozenset[str]) -> str:
    """A regex alternation of *words* factored into a prefix trie."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


# A number (with its separators, so "1,100" and "15/2025" are one token), or a
# vocabulary word standing alone.
TRIGGER = re.compile(
    r"\b(?=[0-9a-zế])(?:[0-9](?:[0-9,./:-]{0,40}[0-9])?|(?:" + _trie(TRIGGER_WORDS) + r")(?=['’]s\b|(?![\w'’])))"
)

# Words that may open an expression before its trigger ("the past nearly 11
# years", "more than a decade", "early next year"), for the walk leftwards.
LEFT_WORDS: frozenset[str] = frozenset(
    {
        *(part for phrase in QUANTITY_MODS for part in phrase.split()),
        *(part for phrase in POINT_MODS for part in phrase.split()),
        *(part for phrase in NUMBER_WORDS for part in phrase.split()),
        "the", "this", "that", "these", "those", "its", "their", "his", "her", "last", "next",
        "past", "previous", "preceding", "coming", "following", "latest", "current", "first",
        "final", "same", "recent", "remaining", "initial", "ensuing", "additional", "further",
        "of", "each", "every", "per", "other", "several", "few", "many", "numerous", "fiscal",
        "more", "less", "than", "least", "most", "no", "not", "just", "well", "up", "to",
        "half", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "turn",
        "year's", "in", "later", "earlier", "shortly", "before", "after", "straight",
        "consecutive", "full", "long", "whole", "a", "an", "or", "so", "ten", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "approximately", "number", "once", "twice", "times", "near", "short", "medium",
    }
)  # fmt: skip
