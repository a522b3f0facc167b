"""Places and organisations named in a sentence, read from its words.

>>> from timeline.extract._tokens import tokenize
>>> text = "They met in Hanoi and later at VIENTIANE."
>>> [(p.name, p.country) for _, p in places_in(tokenize(text, 0, len(text)), 0, 8)]
[('Hà Nội', 'Viet Nam'), ('Vientiane', 'Laos')]
"""

from __future__ import annotations

import bisect
import functools
import re

from timeline.extract._lexicon import DEPARTURES
from timeline.extract._tokens import Tokens
from timeline.gazetteer import find_place, fold, gazetteer
from timeline.model import Place
from timeline.tagger._vocabulary import MONTHS, WEEKDAYS

__all__ = ["LOCATIVES", "Spans", "located", "organisations_in", "place_after", "places_in"]

_MAX_PLACE = 4  # words in a place name not in the gazetteer
_LONGEST_NAME = 8  # words in a known one: "the Democratic People's Republic of Korea", "United Kingdom of ..."
# Words right before a place that make it where something happens.
LOCATIVES = frozenset("in at to inside near visited visiting visit trip arrived arrive arrives toured".split())
_DIRECTIONS = frozenset({"east", "west", "north", "south"})  # "Vung Tau, south of Ho Chi Minh City": not a part
_FOR_REACH = 5  # words from a departure to the "for" of where it goes: "left here today for India"
_CALENDAR_WORDS = frozenset({*MONTHS, *WEEKDAYS})
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
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)  # "the Army on September 8": the name ends before the date
_CONTAINERS = frozenset(
    """port city province capital town district island region suburb suburbs commune village state east west
    north south coast waters outskirts""".split()
)
# What a place the gazetteer does not know is said to be: "Moc Chau district", "the province of X".
_SETTINGS = frozenset(
    """province district commune county prefecture township town city port island islands state region
    municipality village ward""".split()
)
_BASES = frozenset({"naval", "air", "military", "army", "navy", "marine"})  # "Y naval base"
# Lower-case words that may describe a setting before its name: "the northern mountainous province of X".
_DESCRIBING = frozenset(
    """northern southern eastern western central north south east west northeastern northwestern
    southeastern southwestern north-eastern north-western south-eastern south-western mountainous coastal
    border frontier island highland central-highlands remote neighbouring neighboring""".split()
)
_SETTING_REACH = 24  # words after an event word where "in X district" may stand
_MAX_DESCRIBING = 5  # words between "in the" and a setting ("south central coastal province of")
_NARROWING = 9  # words after a country's possessive where the place in it may stand
_YEAR = re.compile(r"(?:19|20)\d\d")


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
    return gazetteer().places.get(fold(words))


@functools.cache
def _longest_from() -> dict[str, int]:
    """For each word a known place name starts with, the most words such a name has."""
    longest: dict[str, int] = {}
    for key in gazetteer().places:
        words = key.split()
        for start in {words[0], fold(words[0])}:  # "people's" as a word folds to "people" ("People's Republic of")
            longest[start] = max(longest.get(start, 0), len(words))
    return longest


def places_in(tokens: Tokens, first: int, last: int) -> list[tuple[int, Place]]:
    """Known places written in words *first* to *last* - 1, with their offsets, in order.

    A place is written with a capital; the longest known name wins
    ("Ho Chi Minh City" over "Ho").
    """
    found: list[tuple[int, Place]] = []
    longest = _longest_from()
    capitals, texts = tokens.capitals, tokens.texts
    index = first
    while index < last:
        if not capitals[index]:
            index += 1  # most words: no look-up
            continue
        if _names_a_capital(tokens, index, last):
            capital = gazetteer().capital(tokens.keys[index])  # "in the Nepalese capital", "Laos's capital"
            if capital is not None:
                found.append((tokens.starts[index], capital))
                index += 2
                continue
        most = longest.get(fold(texts[index]).partition(" ")[0], 0)
        if not most:
            index += 1
            continue
        for size in range(min(_LONGEST_NAME, most, last - index), 0, -1):
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


# Nouns that make "capital" money: "the Japanese capital markets", "Korean capital inflows".
_MONEY_NOUNS = frozenset(
    """spending market markets flow flows inflows outflows investment investments gains goods expenditure
    expenditures controls account adequacy base formation stock requirements ratio""".split()
)


def _names_a_capital(tokens: Tokens, index: int, last: int) -> bool:
    """True for "the Nepalese capital" or "Vietnam's capital" as a place, not "Japanese capital spending"."""
    if index + 1 >= last or tokens.keys[index + 1] != "capital" or tokens.gap(index + 1) != " ":
        return False
    possessive = tokens.texts[index].endswith(("'s", "’s"))
    if not possessive and (index == 0 or tokens.keys[index - 1] != "the"):
        return False
    following = index + 2
    return following >= last or tokens.gap(following).strip() != "" or tokens.keys[following] not in _MONEY_NOUNS


def place_after(  # noqa: PLR0913 - the words, the names to skip, and two switches
    tokens: Tokens, first: int, last: int, names: Spans | None = None, *, waters: bool = True, trip: bool = False
) -> Place | None:
    """The first place in the words that follows a locative ("in Hanoi", "visit to Japan").

    Places inside *names* (of bodies and titles: "the Türkiye National Defence
    Ministry", "High Commissioner to Malaysia") do not count, nor a name
    followed by a year ("the Milan 2026 exercise"). A country written as a
    possessive gives way to the place in it that follows ("in Vietnam's
    province of Kon Tum"). Seas and straits count only when *waters* is true;
    where a departure is for, only for a *trip* ("will depart for China").
    """
    names = names or Spans([])
    found = places_in(tokens, first, last)
    setting = _first_setting(tokens, first, last, names)
    for number, (offset, place) in enumerate(found):
        if names.covers(offset) or not located(tokens, offset, going=trip) or _named_for(tokens, offset):
            continue
        if not waters and place.country is None:
            continue
        if setting is not None and setting[0] < offset:
            return setting[1]  # "in X district of Vietnam's Y province": X
        index = tokens.at(offset)
        if _one_of_several(tokens, place, found[number + 1 : number + 2], offset):
            return None  # "will visit Cambodia and Timor-Leste": no one place
        if place.name == place.country and _possessive(tokens, index, last):
            return _inside(tokens, found[number + 1 :], index, last, place) or place
        return _part_of(tokens, index, last, place)
    return setting[1] if setting else _unknown_place(tokens, first, last, names)


def _one_of_several(tokens: Tokens, place: Place, following: list[tuple[int, Place]], offset: int) -> bool:
    """True when *place* is a country listed with another right after it ("South Korea, Japan and ...")."""
    if place.name != place.country or not following:
        return False
    other_offset, other = following[0]
    return (
        other.name == other.country and other.country != place.country
        and _LISTED.fullmatch(tokens.text, offset, other_offset) is not None
    )  # fmt: skip


# A name, then the comma or "and" of a list: "Cambodia and " before "Timor-Leste".
_LISTED = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}(?:,\s|\sand\s)(?:the\s)?")


def located(tokens: Tokens, offset: int, *, departures: bool = False, going: bool = False) -> bool:
    """True when the place at *offset* is introduced as where something is ("in Hanoi", "the port of Sasebo").

    With *departures*, a place left counts ("left Nha Trang for visits ..."):
    for a place written before the event word, where the voyage began. With
    *going*, for a trip, where a departure is for counts ("will depart for
    China", "left here today for India"); other events are not where someone
    left for ("held talks on Wednesday before leaving for Singapore").
    """
    index = tokens.at(offset)
    previous = tokens.keys[index - 1] if index > 0 else ""
    before = tokens.keys[index - 2] if index > 1 else ""
    if previous in LOCATIVES or (previous == "the" and before in LOCATIVES):
        return True
    if departures and previous in DEPARTURES:
        return True
    if going and previous == "for":
        return any(key in DEPARTURES for key in tokens.keys[max(0, index - _FOR_REACH) : index])
    return previous == "of" and before in _CONTAINERS  # "the port of Guangzhou", "the province of Quảng Ninh"


def _named_for(tokens: Tokens, offset: int) -> bool:
    """True when a year follows the place: the name of an event ("Milan 2026", "Balikatan 2024")."""
    index = tokens.at(offset)
    while index + 1 < len(tokens) and tokens.gap(index + 1) == " " and tokens.capitalised(index + 1):
        index += 1
    following = index + 1
    return (
        following < len(tokens)
        and tokens.gap(following) == " "
        and _YEAR.fullmatch(tokens.texts[following]) is not None
    )


def _part_of(tokens: Tokens, index: int, last: int, place: Place) -> Place:
    """The part a place's words go on to name: "the Manila suburb of Makati", "the Hanoi district of Ba Vi"."""
    if index == 0 or tokens.keys[index - 1] != "the":
        return place  # "in Moc Chau district of Son La province": the place is the part already
    end = _capitalised_run(tokens, index, last)
    container = tokens.keys[end + 1] if end + 3 < last else ""
    if container in _CONTAINERS - _DIRECTIONS and tokens.keys[end + 2] == "of" and tokens.capitalised(end + 3):
        part = _capitalised_run(tokens, end + 3, last)
        return _place(tokens.joined(end + 3, part)) or Place(tokens.joined(end + 3, part), place.country)
    return place


def _inside(tokens: Tokens, after: list[tuple[int, Place]], index: int, last: int, country: Place) -> Place | None:
    """The place in *country* written soon after its possessive ("Vietnam's Central Highland province of Kon Tum")."""
    reach = tokens.starts[min(last, index + _NARROWING) - 1]
    for offset, place in after:
        if offset > reach:
            break
        if place.country == country.name and place.name != country.name:
            return place
    return _setting(tokens, index + 1, min(last, index + _NARROWING), country.name)


def _unknown_place(tokens: Tokens, first: int, last: int, names: Spans) -> Place | None:
    """A place the gazetteer does not know, written "in Makati" or "in Tawau, Sabah".

    Only after "in", as a run of capitalised words that is no body's or
    person's name; its country comes from a known place right after it.
    """
    for index in range(first, min(last, first + 12) - 1):
        if tokens.keys[index] == "in" and tokens.keys[index + 1] == "the":
            region = _region(tokens, index + 2, last, names)
            if region is not None:
                return region
            continue
        if tokens.keys[index] != "in" or names.covers(tokens.starts[index + 1]):
            continue
        if not tokens.capitalised(index + 1) or tokens.gap(index + 1) != " ":
            continue
        end = _capitalised_run(tokens, index + 1, last)
        if tokens.keys[end] in _ORG_HEADS or not tokens.texts[index + 1].isalpha():
            continue
        if tokens.keys[index + 1].rstrip(".") in _CALENDAR_WORDS:
            continue  # "in December 2016", "in June": a date, not a place
        country = None
        if end + 2 < last and tokens.gap(end + 1) == ", ":
            known = _place(tokens.texts[end + 1])
            country = known.country if known else None
        return Place(tokens.joined(index + 1, end), country)
    return None


# The heads of a region's name that the gazetteer may not hold: "the Primorsky Region", "the Kanto Plain".
_REGION_HEADS = frozenset("region province oblast krai territory prefecture district islands peninsula".split())


def _region(tokens: Tokens, index: int, last: int, names: Spans) -> Place | None:
    """A region named after "in the" ("in the Primorsky Region of the Russian Far East"), its country if said."""
    if index >= last or not tokens.capitalised(index) or names.covers(tokens.starts[index]):
        return None
    end = _capitalised_run(tokens, index, last)
    if end == index or tokens.keys[end] not in _REGION_HEADS:
        return None
    country = None
    after = end + 1
    if after + 1 < last and tokens.keys[after] == "of":
        word = after + 2 if tokens.keys[after + 1] == "the" else after + 1
        country = gazetteer().country(tokens.texts[word]) if word < last else None
    return Place(tokens.joined(index, end), country)


def _first_setting(tokens: Tokens, first: int, last: int, names: Spans) -> tuple[int, Place] | None:
    """The first place named with what it is after "in" or "at" ("in X district"), with its offset."""
    for index in range(first, min(last, first + _SETTING_REACH) - 1):
        if tokens.keys[index] in {"in", "at"} and not names.covers(tokens.starts[index + 1]):
            found = _setting(tokens, index + 1, last, None)
            if found is not None:
                return tokens.starts[index + 1], found
    return None


def _opening(tokens: Tokens, index: int, last: int) -> tuple[str | None, int] | None:
    """The country of the words before a setting's head, and the word after them; ``None`` for a person's possessive.

    "the", a country's possessive, describing words and a country's adjective:
    "the northern mountainous province of X", "Vietnam's X province", "the
    northern Thai province of X".
    """
    start = index
    if index < last and tokens.keys[index] == "the":
        index += 1
    country = _owner(tokens, index, last)
    if country == "":
        return None
    if country is not None:
        index += 1
    while index < last and index - start < _MAX_DESCRIBING and _describing(tokens, index):
        index += 1
    if index + 1 < last and tokens.capitalised(index) and tokens.keys[index + 1] in _SETTINGS:
        adjective = gazetteer().country(tokens.keys[index])
        if adjective is not None:
            country, index = country or adjective, index + 1
    return country, index


def _setting(tokens: Tokens, index: int, last: int, country: str | None) -> Place | None:
    """A place named with what it is, from word *index*: "the province of X", "X district", "X naval base".

    Its country is the possessive before it or that of a known place just after it.

    The words may open on "the", a country's possessive and a few describing
    words ("the northern mountainous province of X", "Vietnam's X province").
    """
    opening = _opening(tokens, index, last)
    if opening is None:
        return None  # "Kim's province of X": not a place's setting
    owner, index = opening
    country = owner or country
    if index + 2 < last and tokens.keys[index] in _SETTINGS and tokens.keys[index + 1] == "of":
        if not tokens.capitalised(index + 2):
            return None
        end = _capitalised_run(tokens, index + 2, last)
        return _named_place(tokens, index + 2, end, last, country)
    if index >= last or not tokens.capitalised(index) or not tokens.texts[index].isalpha():
        return None
    end = _capitalised_run(tokens, index, last)
    setting = end + 1
    if setting < last and tokens.keys[setting] in _BASES and setting + 1 < last and tokens.keys[setting + 1] == "base":
        setting += 1  # "Y naval base", "Z air base"
    if setting >= last or tokens.keys[setting] not in _SETTINGS | {"base"} or tokens.capitals[setting]:
        return None
    return _named_place(tokens, index, end, last, country)


def _owner(tokens: Tokens, index: int, last: int) -> str | None:
    """The country that word *index* says a setting is in, "" for a possessive that is no country's, or None.

    A possessive ("Vietnam's X province") or an adjective before "<setting> of"
    ("the Australian city of Darwin": Darwin, in Australia).
    """
    if index >= last:
        return None
    if tokens.texts[index].endswith(("'s", "’s")):
        known = _place(tokens.keys[index])
        return known.name if known is not None and known.name == known.country else ""
    if index + 2 < last and tokens.keys[index + 1] in _SETTINGS and tokens.keys[index + 2] == "of":
        return gazetteer().country(tokens.texts[index])
    return None


def _named_place(tokens: Tokens, first: int, end: int, last: int, country: str | None) -> Place | None:
    """The place words *first* to *end* name, in *country* or the country of a known place just after."""
    if tokens.keys[end] in _ORG_HEADS or tokens.keys[first].rstrip(".") in _CALENDAR_WORDS:
        return None
    known = _place(tokens.joined(first, end))
    if known is not None:
        return known
    for index in range(end + 1, min(last, end + _NARROWING)):
        nearby = _place(tokens.keys[index]) if tokens.capitalised(index) else None
        if nearby is None and index + 1 < last and tokens.capitalised(index):
            nearby = _place(f"{tokens.keys[index]} {tokens.keys[index + 1]}")
        if nearby is not None and nearby.country:
            country = country or nearby.country
            break
    return Place(tokens.joined(first, end), country)


def _possessive(tokens: Tokens, index: int, last: int) -> bool:
    """True when the name at *index* ends in a possessive, on any of its words ("Laos's", "Việt Nam's")."""
    words = tokens.texts[index : _capitalised_run(tokens, index, last) + 1]
    return any(word.endswith(("'s", "’s")) for word in words)


def _capitalised_run(tokens: Tokens, index: int, last: int) -> int:
    """The last word of the run of capitalised words (at most four) that starts at *index*."""
    end = index
    while (
        end + 1 < last and end - index < _MAX_PLACE - 1 and tokens.gap(end + 1) == " " and tokens.capitalised(end + 1)
    ):
        end += 1
    return end


def _describing(tokens: Tokens, index: int) -> bool:
    """Words that describe a setting before its name ("northern", "mountainous", "Central Highland")."""
    key = tokens.keys[index]
    return key in _DESCRIBING or (tokens.capitalised(index) and key in {"central", "highland", "highlands", "south"})


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
        has_head = tokens.keys[index] in _ORG_HEADS
        while end + 1 < last and tokens.gap(end + 1) == " ":
            following = tokens.keys[end + 1]
            if (tokens.capitalised(end + 1) and following not in _DATE_WORDS) or (
                following in _CONNECTORS and end + 2 < last and tokens.capitalised(end + 2)
                and tokens.keys[end + 2] not in _DATE_WORDS
            ):  # fmt: skip
                end += 1
                has_head = has_head or following in _ORG_HEADS
                continue
            break
        scanned = end
        while end > index and tokens.texts[end] in _CONNECTORS:
            end -= 1
        if has_head:
            spans.append((tokens.starts[index], tokens.ends[end]))
        at = tokens.uppers_from(scanned + 1)  # every word is looked at once
    return spans
