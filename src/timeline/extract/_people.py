"""People in an article: titled names, their country, and the short ways the story refers back to them.

A mention is a name with what precedes it ("Laos’s Defence Minister Sen. Lieut.
Gen. Khamlieng Outhakaysone") or follows it ("Vanthong Bouttavong, Deputy Chief
of the General Staff of the Lao People's Army,"). :class:`People` keeps one
record per person in an article, so "Chien", "Chiến" and "Major General Thắng"
resolve to the full name, diacritics and all (:mod:`timeline.extract._roster`).

Names are found from the article's words (:mod:`timeline.extract._tokens`):
runs of capitalised words that are not places or bodies
(:mod:`timeline.extract._names`); a title is the run of title words right
before a name, read with one anchored pattern.
"""

from __future__ import annotations

import bisect
import functools
import re

from timeline.extract._lexicon import (
    COMPLEMENT_WORDS,
    HONORIFICS,
    OFFICE_HEADS,
    OFFICE_MODIFIERS,
    OFFICE_PREFIXES,
    PLURAL_OFFICES,
    RANK_WORDS,
    RANKS,
    TITLE_ENDS,
    TITLE_WORDS,
    VIETNAMESE_SURNAMES,
)
from timeline.extract._names import (
    honoured,
    is_country_word,
    looks_like_full_name,
    name_runs,
    name_word,
    people_met,
    subject_pair,
)
from timeline.extract._roster import Mention, People, holds_office
from timeline.extract._tokens import Tokens
from timeline.gazetteer import fold, gazetteer
from timeline.model import Participant
from timeline.tagger._vocabulary import alternation, trie_alternation

__all__ = ["describe", "described_later", "describes", "find_mentions"]

# Capitalised words that are never part of a person's name.
# A name that names a building or a memorial after it: "the President Ho Chi Minh Mausoleum".
_NAMES_A_PLACE = re.compile(
    r"\s(?:Mausoleum|Memorial|Monument|Statue|Museum|Cemetery|Temple|Pagoda|Park|Square|Street)\b"
)
_REMEMBERED = re.compile(
    r"""\b(?:tribute|homage|respects?|founded\sby|built\sby|memory\sof|legacy\sof|mausoleum\sof|[Ss]tatues?\sof
    |[Mm]onument\sto|administration\sof|aides?\s(?:of|to)|advis[eo]rs?\s(?:of|to))\s(?:to\s)?
    (?:the\s)?(?:late\s)?(?:former\s)?(?:[A-Z][\w.-]*\s){0,3}$""",
    re.VERBOSE,
)
_MAX_TITLE = 22  # words in a title


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The title-before-name and title-after-name patterns (built once)."""
    places = gazetteer()
    countries = [word for word in places.spellings if places.kind(word) == "country"]
    adjectives = sorted({*countries, *_adjective_spellings()}, key=len, reverse=True)
    # Tries, not flat alternations, of the long word lists: the same matches, compiled in a fraction of the time.
    country = rf"(?P<country>(?:{trie_alternation(adjectives, ignore_case=True)})(?:['’]s)?)"
    modifier = trie_alternation({*OFFICE_MODIFIERS, *OFFICE_PREFIXES} - {"co-"}, ignore_case=True)
    complement = trie_alternation({*COMPLEMENT_WORDS, *adjectives}, ignore_case=True)
    office = (
        rf"(?:(?:{modifier})[\s-]{{1,2}}){{0,5}}(?:{trie_alternation(OFFICE_HEADS, ignore_case=True)})s?"
        rf"(?:\s(?:of|for|to)\s(?:the\s)?{_LONG_FORM}(?:{complement})(?:['’]s)?(?:,?\s(?:{complement})){{0,10}}"
        # "Defense attache of the Chinese embassy in Laos", "Minister of Defense of the Republic of Indonesia"
        rf"(?:\s(?:in|to|of)\s(?:the\s)?{_LONG_FORM}(?:{complement}))?)?"
    )
    # Abbreviations are written with and without their full stops ("Gen." and "Gen").
    rank = rf"(?P<rank>(?:{alternation(RANKS).replace(chr(92) + '.', chr(92) + '.?')}))"
    honorific = rf"(?:{alternation(HONORIFICS).replace(chr(92) + '.', chr(92) + '.?')})"
    before = re.compile(
        rf"""(?i:(?:(?:his|her|their)\s{{1,2}})?(?:{country}\s{{1,2}})?
        (?P<office>{office}(?:\s(?:and|cum)\s{office}){{0,2}})?(?:\s\([a-z]{{2,6}}\))?,?\s{{0,2}}{rank}?\s{{0,2}}
        (?:{honorific}\s{{0,2}}){{0,2}}),?\s{{1,2}}$""",
        re.VERBOSE,
    )
    after = re.compile(
        rf"(?i:,\s{{1,2}}(?:the\s)?(?:{country}\s)?(?P<office>{office}))"
        rf"(?=\s{{0,2}}[,;.)]|\s(?:and|who|was|has|had|is|said|made|on|in|of)\b)"
    )
    return before, after


# A country's long form before its name: "the Republic of Indonesia", "the Kingdom of Denmark".
_LONG_FORM = r"(?:(?:(?:socialist|democratic|federal|islamic|people['’]s)\s){0,3}(?:republic|kingdom|sultanate)\sof\s)?"


def _adjective_spellings() -> set[str]:
    """Country adjectives as they may appear in text (the gazetteer stores them folded)."""
    return {word for word in gazetteer().adjectives if word and word[0].isalpha()} | {
        "Lao", "Laotian", "Vietnamese", "Cambodian", "Khmer", "Chinese", "Japanese", "Russian",
        "Thai", "Malaysian", "Indonesian", "Filipino", "Philippine", "Singaporean", "Indian",
        "American", "Australian", "Korean", "Việt Nam", "Viet Nam", "Vietnam", "Laos",
    }  # fmt: skip


def find_mentions(tokens: Tokens, first: int, last: int, known: People) -> list[Mention]:
    """The people mentioned in words *first* to *last* - 1 (one sentence), in order."""
    text = tokens.text
    mentions: list[Mention] = []
    shared = None  # the office a plural title gives every name in its list
    runs = name_runs(tokens, first, last)
    pair = subject_pair(tokens, first, last, runs) + people_met(tokens, first, runs)
    for run_first, run_last in runs:
        name_start, name_end = tokens.starts[run_first], tokens.ends[run_last]
        if text[name_end - 2 : name_end] in {"'s", "’s"}:
            name_end -= 2  # "Vladimir Putin’s talks": the name without the possessive
        name = text[name_start:name_end]
        office, rank, country_word, mention_start = _title_of(tokens, first, last, run_first, name_end)
        if not office and not rank and shared and _LIST_GAP.fullmatch(text, mentions[-1].end, mention_start):
            office = shared  # "Defense Ministers X of Russia and Y of Belarus": Y is a defense minister too
        if _REMEMBERED.search(text, max(0, mention_start - 30), mention_start) or _NAMES_A_PLACE.match(text, name_end):
            continue  # "paid tribute to President Ho Chi Minh", "the President Ho Chi Minh Mausoleum": not taking part
        titled = bool(office or rank) or honoured(tokens, first, run_first)
        if not titled and known.resolve(name) is None and not looks_like_full_name(name) and run_first not in pair:
            continue
        country, explicit = _country(country_word, office, name)
        if not explicit and mentions and text[mentions[-1].end : mention_start].strip() in {"and", ",", ", and"}:
            previous = mentions[-1]
            if previous.explicit:
                country, explicit = previous.country, True
        office, shared = _settled(_clean(office), mentions, shared)
        if (
            rank == "Gen"
            and office
            and "Minister" in office
            and " " not in name
            and "," not in text[mention_start:name_start]
        ):
            name, rank = f"Gen {name}", None  # "Defense Minister Gen Nakatani": his given name, not a rank
        mentions.append(Mention(mention_start, name_end, name, office, _clean(rank), country, explicit))
    return mentions


def _settled(office: str | None, mentions: list[Mention], shared: str | None) -> tuple[str | None, str | None]:
    """A mention's office in its list, and the office its plural title gives the names after it.

    "his Lao counterpart X" after Foreign Minister Lavrov: X is a foreign
    minister; "Defense Ministers X and Y": each holds the office.
    """
    if office and office.lower() == "counterpart" and mentions and mentions[-1].title:
        office = mentions[-1].title
    if office and office.split()[-1].lower() in PLURAL_OFFICES:
        return office[:-1], office[:-1]
    return office, shared if office == shared else None


def _title_of(
    tokens: Tokens, first: int, last: int, name_first: int, name_end: int
) -> tuple[str | None, str | None, str | None, int]:
    """Office, rank and country word of the name at word *name_first*, and where its mention starts.

    The title before the name ("Defence Minister Gen. X"), else the one after
    it (", the Defence Minister"); the country also from "X of Russia".
    """
    before, after = _patterns()
    text = tokens.text
    name_start = tokens.starts[name_first]
    office = rank = country_word = None
    mention_start = name_start
    title_start = _title_start(tokens, first, name_first)
    if title_start < name_start:
        found = _title_match(before, text, title_start, name_start)
        if found is not None and not _apposed(tokens, first, found):  # "After meeting the Prime Minister, Gen. X flew"
            found = _title_match(before, text, found.start() + found.group().rstrip(" ,").rfind(", ") + 2, name_start)
        if found is not None:
            office, rank, country_word = found["office"], found["rank"], found["country"]
            mention_start = found.start() + len(found.group()) - len(found.group().lstrip())
    if office and not rank and _RANK_AT_END.search(office):  # "Minister of National Defence General X": a rank
        office, rank = office.rsplit(" ", 1)
    following = after.match(text, name_end, tokens.ends[last - 1] + 1 if last else name_end)
    if following and not office:
        office = following["office"]
        country_word = country_word or following["country"]
    origin = _OF_COUNTRY.match(text, name_end)
    if origin and not country_word and is_country_word(origin.group(1)):
        country_word = origin.group(1)  # "Sergey Shoigu of Russia"
    return office, rank, country_word, mention_start


# What may stand between two names that share a plural title: "of Russia and ", ", ", " and ".
_LIST_GAP = re.compile(r"(?: of [A-Z][\w'’]+(?: [A-Z][\w'’]+)?)?(?:,? and |, )")


# "General" ending a title after a portfolio is the person's rank, not part of an office such as "Director General".
_RANK_AT_END = re.compile(
    r"(?<!Secretary)(?<!Director)(?<!Attorney)(?<!Governor)(?<!Consul)(?<!Inspector)(?<!Auditor)(?<!Solicitor)"
    r"(?<!Surgeon)(?<!Adjutant)(?<!Postmaster)(?<!Lieutenant)(?<!Major)(?<!Brigadier)\sGeneral$"
)
_OF_COUNTRY = re.compile(r" of ([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)")


def describe(
    tokens: Tokens, first: int, last: int, known: People, named: list[tuple[int, int]]
) -> list[tuple[int, int, Participant]]:
    """People named by a description ("the Russian defense minister", "the Lao minister").

    Each is the latest person of the article whose office (and country, if the
    description gives one) fits, among those named before it: *named* holds,
    in text order, where each name of the words stands and how many people the
    article had named once it was read, after a first ``(-1, how many before
    the words)``. "During the visit, the minister will meet Indian Defence
    Minister X" describes the visitor, not X.
    """
    text = tokens.text
    found = []
    for match in _DESCRIPTION.finditer(text, tokens.starts[first] if first < len(tokens) else 0,
                                       tokens.ends[last - 1] if last else 0):  # fmt: skip
        following = match.end()
        if (
            following < len(text)
            and text[following : following + 1] == " "
            and text[following + 1 : following + 2].isupper()
        ):
            continue  # a title before a name, which find_mentions reads
        office, country = _office_and_country(match)
        if office in _ANY_OFFICE:
            if country is None:
                continue  # "the guest": whose, the text does not say
            office = ""  # "the Belarusian guest": the latest Belarusian, whatever the office
        known_then = named[bisect.bisect_left(named, (match.start(), -1)) - 1][1]
        visiting = office in _ONE_OF_MANY and match.group().lower().startswith("the visiting")
        if visiting and country is None and known.home is not None:
            person = known.by_office(office, None, among=known_then, only=True, not_of=known.home)  # the guest
        else:
            person = known.by_office(office, country, among=known_then, only=office in _ONE_OF_MANY)
        if person is None and country is not None and office.replace("defense", "defence") in _COUNTERPARTS:
            # "her Chinese counterpart General X ... the Chinese Defence Minister": X, whose office went unsaid
            person = known.by_office("counterpart", country, among=known_then, only=True)
        if person is not None:
            found.append((match.start(), match.end(), person))
    return found


def describes(text: str, start: int, end: int, person: Participant) -> bool:
    """True when ``text[start:end]`` describes *person* by an office they hold ("The navy chief", "the minister")."""
    for match in _DESCRIPTION.finditer(text, start, end):
        office, country = _office_and_country(match)
        if office not in _ANY_OFFICE and holds_office(person, office) and country in {None, person.country}:
            return True
    return False


def _office_and_country(match: re.Match[str]) -> tuple[str, str | None]:
    """The office a description names, and the country its adjective gives ("the Lao minister": minister, Laos).

    An office's own word is no country: "The Defence Minister", "the navy chief".
    """
    adjective = match["adjective"]
    country = gazetteer().country(adjective) if adjective else None
    office = match["office"].lower()
    if adjective and country is None and adjective.lower() in OFFICE_PREFIXES:
        office = f"{adjective.lower()} {office}"
    return office, country


def described_later(tokens: Tokens, first: int, last: int, known: People) -> list[Participant]:
    """People a sentence describes before the story names them, found once the whole story is read.

    "The defense ministers of South Korea and Mongolia held talks in Seoul on
    Friday" in a lead, the names coming later: the two ministers, or whoever of
    each country the story names when none has the office written.
    """
    people = []
    start = tokens.starts[first] if first < len(tokens) else 0
    end = tokens.ends[last - 1] if last else 0
    for match in _PAIR_DESCRIPTION.finditer(tokens.text, start, end):
        office = "foreign minister" if match["office"].lower().startswith("foreign") else "defence"
        for name in (match["one"], match["two"]):
            country = gazetteer().country(name)
            person = (known.by_office(office, country) or known.by_office("", country)) if country else None
            if person is not None:
                people.append(person)
    return people


# "The defense ministers of South Korea and Mongolia", "the defence chiefs of Japan and the Philippines".
_PAIR_DESCRIPTION = re.compile(
    r"\b[Tt]he\s(?P<office>defen[cs]e\s(?:ministers|chiefs)|foreign\sministers)\sof\s"
    r"(?:the\s)?(?P<one>[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)\sand\s(?:the\s)?(?P<two>[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)"
)


_DESCRIPTION = re.compile(
    r"\b[Tt]he\s(?:visiting\s)?(?:(?P<adjective>[A-Z][\w'’]+)\s)?(?P<office>(?:(?:deputy|vice|defen[cs]e|foreign|prime)\s)?"
    r"(?:minister|president|premier|chief|commander|general|admiral|ambassador|secretary|leader|guest|visitor"
    r"|delegation))\b",
    re.IGNORECASE,
)


_ANY_OFFICE = frozenset({"guest", "visitor", "delegation"})  # "the visiting Indian delegation": its head
# The offices a counterpart holds as often as not: "her Chinese counterpart X ... the Chinese Defence Minister".
_COUNTERPARTS = frozenset({"minister", "defence minister", "foreign minister"})
_ONE_OF_MANY = frozenset({"admiral"})  # a rank many may hold: "the admiral" is someone only if one admiral was named


def _clean(words: str | None) -> str | None:
    return " ".join(words.split()).strip(" ,") or None if words else None


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _ends_office(tokens: Tokens, index: int) -> bool:
    """True when word *index* may end an office before a comma and a name ("Defence Minister, X").

    So may a country after "of": "the President of Nepal, X".
    """
    if tokens.keys[index].strip(".") in TITLE_ENDS:
        return True
    return index > 0 and tokens.keys[index - 1] == "of" and is_country_word(tokens.texts[index])


def _title_start(tokens: Tokens, floor: int, name_first: int) -> int:
    """Offset where the run of title words before a name begins (the name's start if none)."""
    index = name_first
    steps = 0
    while index > floor and steps < _MAX_TITLE:
        gap = tokens.gap(index)
        if (
            gap in {") ", "), "}
            and index - 2 >= floor
            and tokens.gap(index - 1) == " ("
            and _ACRONYM.fullmatch(tokens.texts[index - 1])
        ):  # "Chief of Naval Staff (CNS) Admiral X": the office's initials, read past; they end the office
            index -= 1
            steps += 1
            gap, initials = gap.replace(")", ""), True
        else:
            initials = False
        # "Defence Minister, X"; "Minister of Defence, Lt Gen. X" and "the President of Mongolia, H.E. Mr. X" too
        appositive = (
            gap == ", "
            and (initials or _ends_office(tokens, index - 1))
            and _only_rank(tokens, index + 1 if initials else index, name_first)
        )
        listed = index < name_first and gap == ", " and _portfolio_list(tokens, index)  # "Labour, Invalids and"
        if (gap.strip(" .") and not (appositive or listed)) or "\n" in gap:
            break
        key = tokens.keys[index - 1].strip(".")
        if key not in TITLE_WORDS and tokens.texts[index - 1].lower().replace("’", "'") in TITLE_WORDS:
            key = tokens.texts[index - 1].lower().replace("’", "'")  # "People's", whose key drops the "'s"
        if index - 2 >= floor and tokens.gap(index - 1) == " " and is_country_word(tokens.joined(index - 2, index - 1)):
            index -= 2  # "of the United States", "of South Korea": a two-word country inside the title
            steps += 2
            continue
        if key not in TITLE_WORDS and not (tokens.capitalised(index - 1) and is_country_word(tokens.texts[index - 1])):
            break
        index -= 1
        steps += 1
    if index == name_first:
        return tokens.starts[name_first]
    # The word right before the name must be one a title can end on: a rank,
    # an honorific, an office ("Army Pacific" is a body's name, not a person);
    # or the title names an office and the name has two words ("Minister of
    # Defence Boris Pistorius").
    last_key = tokens.keys[name_first - 1].strip(".")
    if last_key not in TITLE_ENDS:
        has_office = any(tokens.keys[i].strip(".") in TITLE_ENDS for i in range(index, name_first))
        two_words = name_first + 1 < len(tokens) and name_word(tokens, name_first + 1)
        if not (has_office and two_words):
            return tokens.starts[name_first]
    return tokens.starts[index]


def _apposed(tokens: Tokens, first: int, found: re.Match[str]) -> bool:
    """False for a title that puts a comma between an office and the rank or honorific before the name, unless apposed.

    Apposed: "met Mongolia's Minister of Defence, Lt Gen. X", "received the
    Ambassador, Mr. X". Not when the comma closes a phrase that opens the
    sentence ("After meeting the Prime Minister, Gen. X flew to Hanoi"), nor
    when the office follows a name of its own ("Dong Jun, China's Defence
    Minister, Gen. Zhang": Zhang is not the minister). *first* is the
    sentence's first word.
    """
    text = tokens.text
    words = found.group().rstrip(" ,")
    comma = words.rfind(", ")
    tail = words[comma + 2 :].split() if comma >= 0 else []
    if not tail or not all(word.strip(".").lower() in _RANK_OR_HONORIFIC for word in tail):
        return True  # no comma before a rank: "Defence Minister, X", "Defence Minister Gen. X"
    start = tokens.starts[first]
    if _OPENING_PHRASE.match(text, start, found.start()):
        return False
    at = tokens.at(found.start())
    while at > first and tokens.keys[at - 1] in {"the", "his", "her"}:
        at -= 1
    return not (at - 1 > first and tokens.gap(at) == ", " and name_word(tokens, at - 1))


# A sentence that opens on a phrase not yet closed by a comma: "After meeting ", "Accompanied by ".
_OPENING_PHRASE = re.compile(
    r"""\s*(?:After|Following|Before|With|Accompanied|Accompanying|When|Upon|On|During|In|As|Besides|Prior|Like
    |Unlike|Alongside|Together|Meeting|Receiving|Hosting|Welcoming|Calling)\b[^,;]*\Z""",
    re.VERBOSE,
)


def _only_rank(tokens: Tokens, index: int, name_first: int) -> bool:
    """True when the words from *index* to the name are ranks or honorifics only ("Lt Gen.", "H.E. Mr."), or none."""
    return all(tokens.keys[i].strip(".") in _RANK_OR_HONORIFIC for i in range(index, name_first))


_RANK_OR_HONORIFIC = RANK_WORDS | frozenset(word.strip(".").lower() for phrase in HONORIFICS for word in phrase.split())


def _portfolio_list(tokens: Tokens, index: int) -> bool:
    """True for the comma of a ministry's list of portfolios: "Minister of Labour, Invalids and Social Affairs"."""
    return (
        index >= 1
        and tokens.capitalised(index - 1)
        and tokens.capitalised(index)
        and tokens.keys[index - 1] in TITLE_WORDS
        and tokens.keys[index] in TITLE_WORDS
    )


def _title_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The longest title ending right before *end*, trying starts from *start* on."""
    position = start
    while position < end:
        found = pattern.match(text, position, end)
        if found is not None and found.group().strip():
            return found
        following = text.find(" ", position, end)
        if following < 0:
            return None
        position = following + 1
    return None


def _country(word: str | None, office: str | None, name: str) -> tuple[str | None, bool]:
    """The country a mention states (adjective, possessive, title), or a guess from the name."""
    places = gazetteer()
    if word:
        found = places.country(word)
        if found:
            return found, True
    if office:
        for piece in re.findall(
            r"[^\W\d_][\w'’]*(?:\s(?:Nam|Lanka|Korea|Africa|Zealand|Arabia|Kingdom|States|Timor))?", office
        ):
            found = places.country(piece.removesuffix("'s").removesuffix("’s"))  # "of Myanmar's Defence Services"
            if found:
                return found, True
    words = name.split()
    if len(words) >= 2 and fold(words[0]) in VIETNAMESE_SURNAMES and name != fold(name):
        return "Viet Nam", False
    return None, False
