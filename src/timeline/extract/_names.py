"""Which words may be a person's name: runs of capitalised words that are not places, bodies or titles.

Also honorifics to step over ("Tan Sri", "Samdech Techo"), the "Sen" that ends
"Hun Sen", the surname "He", and two untitled full names opening a sentence.
"""

from __future__ import annotations

import functools
import re

from timeline.extract._lexicon import (
    EVENT_PHRASES,
    HONORIFICS,
    NOT_NAME_WORDS,
    OFFICE_HEADS,
    RANK_WORDS,
    RANKS,
    VIETNAMESE_SURNAMES,
)
from timeline.extract._tokens import Tokens
from timeline.gazetteer import fold, gazetteer
from timeline.tagger._vocabulary import MONTHS, WEEKDAYS

__all__ = [
    "HONORIFIC_WORDS",
    "honorific_at",
    "honoured",
    "is_country_word",
    "is_place",
    "looks_like_full_name",
    "name_runs",
    "name_word",
    "people_met",
    "subject_pair",
]

_NOT_NAMES = (
    NOT_NAME_WORDS
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    # Hyphenated ranks and offices are one word each ("Lieutenant-General", "Vice-President").
    | frozenset(word.strip(".").lower() for phrase in (*RANKS, *OFFICE_HEADS) for word in phrase.split() if "-" in word)
    | RANK_WORDS  # every word of a rank: "MGen Jay Bargeron" is no three-word name
)
# Honorifics as word sequences ("tan sri", "samdech moha borvor thipadei"), to step over before a name.
HONORIFIC_WORDS: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted(HONORIFICS, key=lambda phrase: -len(phrase.split())):
    _words_of = tuple(word.strip(".").rstrip("'’").lower() for word in _phrase.split())  # "Dato'" is the word "dato"
    HONORIFIC_WORDS.setdefault(_words_of[0], []).append(_words_of)
# Month names that are also given names ("Dong Jun", "Kim Jun", "May"): allowed inside a name.
_MONTH_NAMES_OK = frozenset({"jun", "jan", "may", "june", "july", "april", "august", "mar", "sep"})
_EVENT_FIRST_WORDS = frozenset(
    phrase.split()[0].rstrip("+")
    for phrases in EVENT_PHRASES.values()
    for phrase in phrases.replace("\n", " ").split("|")
    if not phrase.strip().endswith("#")  # "be in" a place: "Be Xuan Truong" is a name
)
# What stands before people who are remembered, not taking part ("paid tribute to ...", "founded by ...").
# Lower-case particles inside names ("Hishamuddin bin Hussein").
_PARTICLES = frozenset("bin binti bt van von de del der da dos al el la le ibn".split())
_MAX_NAME = 4  # words in a name


def honorific_at(tokens: Tokens, index: int, last: int) -> int:
    """How many words from *index* make an honorific ("Tan Sri", "Datuk Seri"); 0 if none."""
    for words in HONORIFIC_WORDS.get(tokens.keys[index].strip("."), ()):
        size = len(words)
        if index + size <= last and tuple(k.strip(".") for k in tokens.keys[index : index + size]) == words:
            return size
    return 0


def honoured(tokens: Tokens, floor: int, name_first: int) -> bool:
    """True when an honorific stands right before the name ("Dr Ng", "Tan Sri Ahmad")."""
    return any(
        honorific_at(tokens, start, name_first) == name_first - start
        for start in range(max(floor, name_first - 4), name_first)
    )


def name_runs(tokens: Tokens, first: int, last: int) -> list[tuple[int, int]]:
    """Runs of one to four capitalised words that could be a person's name."""
    runs: list[tuple[int, int]] = []
    capitals, keys = tokens.capitals, tokens.keys
    index = first
    while index < last:
        if not capitals[index] and keys[index].strip(".") not in HONORIFIC_WORDS:
            index += 1  # a lower-case word opens neither a name nor an honorific
            continue
        skip = honorific_at(tokens, index, last)
        if skip:
            index += skip
            continue
        if not name_word(tokens, index) and not _word_surname(tokens, first, index, last):
            index += 1
            continue
        if index > first and tokens.gap(index) == " " and is_place(tokens.joined(index - 1, index)):
            index += 1  # "States" of "the United States", "Korea" of "South Korea": a place's word
            continue
        run_first = index
        run_last = index
        index += 1
        while index < last and index - run_first < _MAX_NAME + 1:
            gap = tokens.gap(index)
            if gap not in {" ", ". ", "-"} or (gap == ". " and len(tokens.texts[index - 1]) > 1):
                break
            inside_month = (
                tokens.keys[index] in _MONTH_NAMES_OK
                and tokens.texts[index][:1].isupper()
                and not (index + 1 < last and tokens.texts[index + 1][:1].isdigit())
            )
            if (
                name_word(tokens, index)
                or tokens.texts[index] == "An"  # a Vietnamese given name inside a sentence ("Dang Hoang An")
                or inside_month
                or _closing_sen(tokens, index, last)
                or (tokens.keys[index] in _PARTICLES and index + 1 < last and name_word(tokens, index + 1))
                or _middle_initial(tokens, index, last)
                or _country_word_inside(tokens, index, last)
            ):
                run_last = index
                index += 1
                continue
            break
        # "Ho Chi Minh" of "Ho Chi Minh City" is the city's, not a person's
        following = run_last + 1
        city = following < last and tokens.gap(following) == " " and is_place(tokens.joined(run_first, following))
        if not city and not is_place(tokens.joined(run_first, run_last)) and run_last - run_first < _MAX_NAME:
            runs.append((run_first, run_last))
    return runs


def _middle_initial(tokens: Tokens, index: int, last: int) -> bool:
    """True for an initial between names ("Charles A. Flynn"), which an acronym's test would reject."""
    word = tokens.texts[index]
    return (
        len(word) == 1
        and word.isupper()
        and index + 1 < last
        and tokens.gap(index + 1) == ". "
        and name_word(tokens, index + 1)
    )


def _closing_sen(tokens: Tokens, index: int, last: int) -> bool:
    """True for the "Sen" that ends a name ("Hun Sen"), not the rank "Sen." ("Sen. Lieut. Gen.")."""
    end = tokens.ends[index]
    return tokens.keys[index] == "sen" and (index + 1 >= last or tokens.text[end : end + 1] != ".")


# Surnames spelt as English words, names when capitalised inside a sentence before a name:
# Chinese "He" ("met with He Weidong") and Vietnamese "Tô" unaccented ("President To Lam").
_WORD_SURNAMES = frozenset({"He", "To", "Sun"})  # "Vice Foreign Minister Sun Weidong": not Sunday


def _word_surname(tokens: Tokens, first: int, index: int, last: int) -> bool:
    """True for a surname spelt as an English word inside a sentence before a name (see _WORD_SURNAMES)."""
    return (
        index > first
        and tokens.texts[index] in _WORD_SURNAMES
        and index + 1 < last
        and tokens.gap(index + 1) == " "
        and name_word(tokens, index + 1)
    )


def _country_word_inside(tokens: Tokens, index: int, last: int) -> bool:
    """True for a word that reads as a country's but goes on a name: "Thái" of "Colonel Nguyễn Thái Học".

    Between two name words, or after a word with diacritics when it has some
    too ("General Lê Văn Thái"); "Thai" of "his Thai counterpart" opens no name.
    """
    word, following = tokens.texts[index], index + 1
    if not (word[:1].isupper() and is_country_word(word)):
        return False
    if not word.isascii() and not tokens.texts[index - 1].isascii():
        return True
    return following < last and tokens.gap(following) == " " and name_word(tokens, following)


def name_word(tokens: Tokens, index: int) -> bool:
    return _isname_word(tokens.texts[index], tokens.keys[index])


@functools.lru_cache(maxsize=16384)
def _isname_word(word: str, key: str) -> bool:
    """True when a word (and its key, see :mod:`timeline.extract._tokens`) may be part of a person's name."""
    if not word[:1].isupper() or word[:1].isdigit():
        return False
    key = key.strip(".")
    if key in _NOT_NAMES or key in _EVENT_FIRST_WORDS or (len(word) > 1 and word.isupper() and len(word) <= 6):
        return False
    return not is_country_word(word)


@functools.lru_cache(maxsize=16384)
def is_place(words: str) -> bool:
    places = gazetteer()
    key = fold(words)
    return key in places.places or key in places.adjectives


@functools.lru_cache(maxsize=16384)
def is_country_word(word: str) -> bool:
    return gazetteer().country(word) is not None


# What a person does, right after an untitled full name that opens a sentence: "Prabowo Subianto arrived in ...",
# "Hun Manet will meet ...", "Prabowo Subianto to meet ..." (a headline). Not "begin", "open" or "kick off", which
# follow an exercise's name as often ("Cobra Gold began").
_DEEDS = frozenset(
    """met meet meets held hold holds arrived arrive arrives visited visit visits received receive receives paid pay
    pays led lead leads called call calls attended attend attends welcomed welcome welcomes chaired chair chairs
    flew travelled traveled""".split()
)  # not what a firm does too ("Lockheed Martin signed", "said", "will host")
_BEFORE_DEED = frozenset({"will", "to", "also", "later", "then", "would", "has", "had", "have"})


# Words right before an untitled full name that make it the person met: "met Hun Manet", "talks with Xi Jinping".
_MET_BEFORE = frozenset({"met", "meet", "meets", "with", "received", "receive", "receives", "hosted", "phoned"})


def people_met(tokens: Tokens, first: int, runs: list[tuple[int, int]]) -> tuple[int, ...]:
    """First words of untitled full names that follow a verb of meeting: "met Hun Manet on Tuesday"."""
    return tuple(
        run_first
        for run_first, run_last in runs
        if run_first > first and run_last > run_first and tokens.keys[run_first - 1] in _MET_BEFORE
        and tokens.gap(run_first) == " "
    )  # fmt: skip


def subject_pair(tokens: Tokens, first: int, last: int, runs: list[tuple[int, int]]) -> tuple[int, ...]:
    """First words of the full names that open a sentence as its subject: "Tomomi Inada and Jean Le Drian agreed".

    Untitled names are otherwise taken only when already known; two
    names of two or more words joined by "and" and followed by a lower-case
    word (the verb) are people, whoever the story said they were; so is one
    such name followed by what a person does ("Prabowo Subianto arrived in
    Beijing", "Hun Manet will meet", see _DEEDS).
    """
    if not runs or runs[0][0] != first:
        return ()
    one_first, one_last = runs[0]
    if one_last > one_first and (_does(tokens, one_last + 1, last) or _with_counterpart(tokens, one_last + 1, last)):
        return (one_first,)
    if len(runs) < 2 or one_last == one_first or runs[1][1] == runs[1][0]:
        return ()  # single words may be anything
    two_first, two_last = runs[1]
    if two_first != one_last + 2 or tokens.keys[one_last + 1] != "and":
        return ()
    after = two_last + 1
    if after >= last or not tokens.texts[after][:1].islower() or tokens.keys[after] in {"of", "and"}:
        return ()
    return (one_first, two_first)


def _does(tokens: Tokens, index: int, last: int) -> bool:
    """True when the words at *index* tell what a person does: "arrived", "will meet", "also met" (see _DEEDS)."""
    if index < last and tokens.keys[index] in _BEFORE_DEED:
        index += 1
    return index < last and tokens.keys[index] in _DEEDS and tokens.gap(index) == " "


def _with_counterpart(tokens: Tokens, index: int, last: int) -> bool:
    """True when "and his (Chinese) counterpart" follows: "Nirmala Sitharaman and her Chinese counterpart Y held"."""
    if index + 2 >= last or tokens.keys[index] != "and" or tokens.keys[index + 1] not in {"his", "her"}:
        return False
    return any(tokens.keys[at] in {"counterpart", "counterparts"} for at in range(index + 2, min(last, index + 4)))


# An initial and a surname ("S. Shoigu", "L. J. Austin"): a person's name however it is introduced.
_INITIALLED = re.compile(r"(?:[A-Z]\.\s){1,2}[A-Z][\w'’-]+")


def looks_like_full_name(name: str) -> bool:
    words = name.split()
    return (2 <= len(words) <= 4 and fold(words[0]) in VIETNAMESE_SURNAMES) or _INITIALLED.fullmatch(name) is not None
