"""Where an event happened, from the places a sentence names around its word ("in Hanoi", "visit to Japan").

Known places are found by :mod:`timeline.extract._placenames`, places told
by what they are ("in X district") by :mod:`timeline.extract._settings`, and
the names of bodies, whose places do not count, by
:mod:`timeline.extract._organisations`.
"""

from __future__ import annotations

import bisect
import re

from timeline.extract._lexicon import DEPARTURES
from timeline.extract._organisations import CALENDAR_WORDS, ORG_HEADS
from timeline.extract._placenames import capitalised_run, known_place, places_in
from timeline.extract._settings import NARROWING, setting_at
from timeline.extract._tokens import Tokens
from timeline.gazetteer import gazetteer
from timeline.model import Place

__all__ = ["LOCATIVES", "Spans", "located", "may_lie_in", "place_after"]


def may_lie_in(place: Place, province: Place) -> bool:
    """True when *place* is a town or city and *province* a province or region of the same country.

    The gazetteer does not say which province a town lies in: "Cam Ranh" may
    lie in "Khánh Hòa", and so may any town of Viet Nam.
    """
    kind = gazetteer().kind
    return (
        place.country == province.country
        and kind(place.name) in {"city", "capital"}
        and kind(province.name) in {"province", "region"}
    )


# Words right before a place that make it where something happens.
LOCATIVES = frozenset("in at to off inside near visited visiting visit trip arrived arrive arrives toured".split())
_DIRECTIONS = frozenset({"east", "west", "north", "south"})  # "Vung Tau, south of Ho Chi Minh City": not a part
_FOR_REACH = 5  # words from a departure to the "for" of where it goes: "left here today for India"
_CONTAINERS = frozenset(
    """port city province capital town district island region suburb suburbs commune village state east west
    north south coast waters outskirts""".split()
)
_SETTING_REACH = 24  # words after an event word where "in X district" may stand
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
    if previous == "off" and (before in _PARTICLE_VERBS or before.endswith("ed")):
        return False  # "saw off Laos's delegation", "drove off Vietnam's fishing boats": no place
    if previous in LOCATIVES or (previous == "the" and before in LOCATIVES):
        return True
    if departures and previous in DEPARTURES:
        return True
    if going and previous == "for":
        return any(key in DEPARTURES for key in tokens.keys[max(0, index - _FOR_REACH) : index])
    if index > 0 and tokens.gap(index) == ", " and _after_a_venue(tokens, index):
        return True  # "at Seri Perdana, Putrajaya", "at the Military Region 4 Command, Nghe An province"
    return previous == "of" and before in _CONTAINERS  # "the port of Guangzhou", "the province of Quảng Ninh"


# Verbs whose "off" is a particle, not "off the coast of": "saw off", "drove off", "kicks off", "set off".
_PARTICLE_VERBS = frozenset(
    """see sees seeing seen saw drive drives driving drove driven take takes taking took taken set sets setting
    send sends sending sent kick kicks kicking call calls calling cut cuts cutting pay pays paying paid fend
    ward chase show shows showing shown head heads heading go goes going went run runs running ran""".split()
)
_VENUE_WORDS = 6  # capitalised words (and numbers) of a venue's name between "at" and the comma


def _after_a_venue(tokens: Tokens, index: int) -> bool:
    """True when the words before *index* are "at" and a venue's capitalised name: the place says where it is."""
    at = index - 1
    while at >= 0 and index - at <= _VENUE_WORDS and (tokens.capitalised(at) or tokens.keys[at].isdigit()):
        at -= 1
    if at >= 0 and tokens.keys[at] == "the":
        at -= 1
    return at >= 0 and at < index - 1 and tokens.keys[at] == "at"


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
    end = capitalised_run(tokens, index, last)
    container = tokens.keys[end + 1] if end + 3 < last else ""
    if container in _CONTAINERS - _DIRECTIONS and tokens.keys[end + 2] == "of" and tokens.capitalised(end + 3):
        part = capitalised_run(tokens, end + 3, last)
        return known_place(tokens.joined(end + 3, part)) or Place(tokens.joined(end + 3, part), place.country)
    return place


def _inside(tokens: Tokens, after: list[tuple[int, Place]], index: int, last: int, country: Place) -> Place | None:
    """The place in *country* written soon after its possessive ("Vietnam's Central Highland province of Kon Tum")."""
    reach = tokens.starts[min(last, index + NARROWING) - 1]
    for offset, place in after:
        if offset > reach:
            break
        if place.country == country.name and place.name != country.name:
            return place
    return setting_at(tokens, index + 1, min(last, index + NARROWING), country.name)


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
        end = capitalised_run(tokens, index + 1, last)
        if tokens.keys[end] in ORG_HEADS or not tokens.texts[index + 1].isalpha():
            continue
        if tokens.keys[index + 1].rstrip(".") in CALENDAR_WORDS:
            continue  # "in December 2016", "in June": a date, not a place
        country = None
        if end + 2 < last and tokens.gap(end + 1) == ", ":
            known = known_place(tokens.texts[end + 1])
            country = known.country if known else None
        return Place(tokens.joined(index + 1, end), country)
    return None


# The heads of a region's name that the gazetteer may not hold: "the Primorsky Region", "the Kanto Plain".
_REGION_HEADS = frozenset("region province oblast krai territory prefecture district islands peninsula".split())


def _region(tokens: Tokens, index: int, last: int, names: Spans) -> Place | None:
    """A region named after "in the" ("in the Primorsky Region of the Russian Far East"), its country if said."""
    if index >= last or not tokens.capitalised(index) or names.covers(tokens.starts[index]):
        return None
    end = capitalised_run(tokens, index, last)
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
            found = setting_at(tokens, index + 1, last, None)
            if found is not None:
                return tokens.starts[index + 1], found
    return None


def _possessive(tokens: Tokens, index: int, last: int) -> bool:
    """True when the name at *index* ends in a possessive, on any of its words ("Laos's", "Việt Nam's")."""
    words = tokens.texts[index : capitalised_run(tokens, index, last) + 1]
    return any(word.endswith(("'s", "’s")) for word in words)
