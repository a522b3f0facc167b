"""Trips: a visit told before it is dated, one under way, the gatherings held during one, and being somewhere.

"X is on a two-day visit to Malaysia ... which ends today" is one visit of two
days; "X is on an official visit to Laos. On Wednesday, X met Y": the visit,
that Wednesday; a meeting X holds during X's visit is where the visit is.
"""

from __future__ import annotations

import re

import attrs

from timeline.dates import DateRange, Precision
from timeline.extract._attach import one_per_counterpart
from timeline.extract._draft import Draft, add_people, someone_else
from timeline.extract._going import inherit, under_way
from timeline.extract._lengths import DAY_COUNT, ends_before
from timeline.extract._lexicon import DEPARTURES
from timeline.extract._people import describes
from timeline.extract._roster import Mention, People, names_one_of
from timeline.extract._story import Story
from timeline.extract._ties import held_on_the_trip
from timeline.gazetteer import fold
from timeline.model import DateBasis, Kind, Participant, Place, TemporalExpression

__all__ = [
    "NEAR_DAYS", "TOLD_REACH", "ToldTrips", "crewed", "home_visit", "no_visit", "placed_by_visit", "trip_ends",
]  # fmt: skip


def crewed(text: str, drafts: list[Draft], people: People) -> list[Draft]:
    """*drafts*, a ship's visit told without people given to its commanding officer, when the story names one.

    The ship must be what visits (named before the event word), and its
    officer named as the ship's: "The Indian Naval Ship (INS) Delhi arrived at
    the port of Colombo ... the ship is commanded by Captain Abhishek Kumar",
    "the BRP Jose Rizal has made a stopover ... Captain Jerry Garrido, ... BRP
    Jose Rizal commander". "The ship's Commanding Officer called on Y": his call.
    Not the captain of a ship that welcomed it, nor of a unit.
    """
    ships: dict[tuple[int, int], re.Match[str] | None] = {}  # the first ship word of each sentence, looked for once
    crews = []
    for draft in drafts:
        if draft.sentence not in ships:
            ships[draft.sentence] = _SHIP.search(text, *draft.sentence)
        ship = ships[draft.sentence]
        aboard = ship is not None and ship.start() < draft.trigger[0]
        if (draft.kind is Kind.VISIT and not draft.people and aboard) or _SHIPS_OFFICER.match(
            text, draft.sentence[0], draft.trigger[0]
        ):
            crews.append(draft)
    if not crews:
        return drafts
    officers = {id(person): person for person in _commanders(text, people, [text[slice(*d.sentence)] for d in crews])}
    if len(officers) != 1:
        return drafts  # none named, or several ships' captains: whose, the story does not say
    (officer,) = officers.values()
    for draft in crews:
        add_people(draft, [officer])
    return drafts


def _commanders(text: str, people: People, visits: list[str]) -> list[Participant]:
    """The people the story names as the commanding officer of the ship that visits.

    "the ship is commanded by Captain X", "the ship's Commanding Officer, Captain
    X", "INS Delhi, commanded by Captain X" or "Captain X, ... BRP Jose Rizal
    commander", the ship named in the visit's words.
    """
    found = []
    for match in _COMMANDED.finditer(text):
        ship = match["ship"] or match["commanded"] or match["named_ship"]
        if ship is not None and not any(ship in words for words in visits):
            continue  # another ship's captain: "welcomed by BRP Ramon Alcaraz, commanded by Captain X"
        person = people.resolve(
            match["by"] or match["officer"] or match["captain"] or match["named"] or match["skipper"]
        )
        if person is not None:
            found.append(person)
    return found


_SHIP_RANK = r"(?:(?:Captain|Capt\.?|Commander|Cdr\.?|Lt\.?\sCommander)\s)?"
_SHIP_PREFIX = r"(?:INS|BRP|HMAS|USS|KRI|RSS|HTMS|KD|PNS|ROKS|HMS|JS)"
_WORDS = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)"  # capitalised words; how many, each use says
_COMMANDED = re.compile(
    rf"""\b(?:[Tt]he|[Ii]ts)\s(?:ship|vessel|frigate|destroyer|corvette)\s(?:is|was)\scommanded\sby\s{_SHIP_RANK}
    (?P<by>{_WORDS}{{1,3}})
    |\b(?:(?:[Tt]he|[Ii]ts)\s(?:ship|vessel|frigate|destroyer|corvette)['’]s|[Ii]ts)\s[Cc]ommanding\s[Oo]fficer,?\s
    {_SHIP_RANK}(?P<officer>{_WORDS}{{1,3}})
    |\b{_SHIP_PREFIX}\s(?P<named_ship>{_WORDS}{{0,2}})\s(?:is|was)\scommanded\sby\s{_SHIP_RANK}(?P<skipper>{_WORDS}{{1,3}})
    |\b{_SHIP_PREFIX}\s(?P<ship>{_WORDS}{{0,2}}),\scommanded\sby\s{_SHIP_RANK}(?P<captain>{_WORDS}{{1,3}})
    |\b{_SHIP_RANK}(?P<named>{_WORDS}{{1,3}}),\s(?:[^.;,]|\.(?=\d)){{0,60}}?
    \b{_SHIP_PREFIX}\s(?P<commanded>{_WORDS}{{0,2}})\s(?:commander|captain|skipper|commanding\sofficer)\b""",
    re.VERBOSE,
)
# A word that makes a sentence about a ship: "The Indian Naval Ship (INS) 'Delhi' arrived", "the BRP Jose Rizal".
_SHIP = re.compile(
    rf"\b(?:[Ss]hips?|[Vv]essels?|[Ff]rigates?|[Dd]estroyers?|[Cc]orvettes?|[Ww]arships?|[Cc]ruisers?|{_SHIP_PREFIX})\b"
)
# A sentence that opens on the ship's officer: "The ship's Commanding Officer called on Rear Admiral X".
_SHIPS_OFFICER = re.compile(
    r"\s*(?:[Tt]he\s(?:ship|vessel|frigate|destroyer)['’]s|[Ii]ts)\s(?:[Cc]ommanding\s[Oo]fficer|captain)\b"
)


_HELD_DURING = frozenset({Kind.MEETING, Kind.TALKS, Kind.SIGNING, Kind.CEREMONY, Kind.DIALOGUE, Kind.CONFERENCE})
# "his visit", "the visit": a telling that points back to a visit already told, however far.
_POINTS_BACK = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]his)\s(?:[\w-]+\s){0,2}\Z")
_SITE_VISIT = re.compile(r"(?:visited|toured)\b", re.IGNORECASE)  # a place seen during a trip, not the trip
_TRIP_REACH = 8
TOLD_REACH = 2  # sentences between an undated telling of an event and the one that dates it
NEAR_DAYS = 7  # events this close to publication happen at the dateline, unless the text says otherwise


def placed_by_visit(drafts: list[Draft], trips: list[Draft], published: DateRange) -> None:
    """A gathering with no place of its own, held during a visit by one of its people, is where the visit is.

    "Minister X paid an official visit to Laos from January 15 to 17. ...
    Earlier, on Monday, X also met Y": the meeting was in Laos. A visit told
    without a date ("during his working visit to Laos") places the visitor's
    gatherings of the days around publication.
    """
    visits = [d for d in drafts if d.kind is Kind.VISIT and d.where is not None and d.when is not None and d.people]
    for draft in drafts if visits or trips else ():
        if draft.where is not None or draft.kind not in _HELD_DURING or draft.when is None:
            continue
        if draft.parent is not None and draft.parent.where is not None:
            continue  # the event it was dated from says where
        names = {fold(p.name) for p in draft.people}
        for visit in visits:
            assert visit.when is not None  # noqa: S101 - visits were chosen dated
            inside = visit.when.start <= draft.when.start and draft.when.end <= visit.when.end
            if inside and fold(visit.people[0].name) in names:
                draft.where = visit.where
                break
        near = abs(draft.when.start.toordinal() - published.start.toordinal()) <= NEAR_DAYS
        if draft.where is None and near:
            draft.where = next((t.where for t in reversed(trips) if fold(t.people[0].name) in names), None)


@attrs.define
class ToldTrips:
    """The visits a story tells before it dates them, and what their sentences tell the visitor will do on them.

    "X is on a four-day visit to Sri Lanka during which he is scheduled to
    call on Y. He arrived in Colombo on Monday": the visit is the four days
    from Monday, and the call on Y is on one of them.
    """

    trip: Draft | None = None  # the latest visit told with its visitor but no date ("is on a two-day visit to X")
    placed: list[Draft] = attrs.Factory(list)  # every such visit that says where: the story's trip, when it dates none
    pending: list[Draft] = attrs.Factory(list)  # visits told as under way ("is on a visit to Laos")
    held_on_it: list[Draft] = attrs.Factory(list)  # what the trip's sentence ties to it ("during which he will ...")
    dated: set[int] = attrs.Factory(set)  # the ids of those the trip has dated

    def note(self, text: str, drafts: list[Draft], persons: list[tuple[Mention, Participant]]) -> None:
        """Note the visits a sentence tells without a date, and what it says is done on them."""
        self.pending.extend(
            d for d in drafts if d.when is None and d.kind is Kind.VISIT and d.people and under_way(text, d)
        )
        told = [d for d in drafts if d.when is None and not d.too_coarse and _told_trip(d)]
        if not told:
            return
        self.trip = told[-1]
        self.placed.extend(d for d in told if d.where is not None and not d.intended)
        starts = [d.trigger[0] for d in drafts]
        self.held_on_it = [
            one
            for d in drafts
            if d.when is None and not d.implicit and d.kind is not Kind.VISIT
            and held_on_the_trip(text, d, self.trip, starts)
            for one in one_per_counterpart(text, d, persons)
        ]  # fmt: skip

    def dated_by(self, text: str, draft: Draft, story: Story) -> list[Draft]:
        """What a dated event makes of the trip told before it: the drafts it dates, to keep with it."""
        trip = self.trip
        dated = []
        if _trip_told_before(text, draft, trip) and self.held_on_it:
            for held in self.held_on_it:  # "is on a visit to X during which he will call on Y": during the visit
                inherit(held, draft)
                story.add(held)
                self.dated.add(id(held))
            dated, self.held_on_it = self.held_on_it, []
        if trip is not None and _trip_under_way(text, draft, trip):  # "X is on a visit to Laos. X met Y ..."
            story.add(trip)
            dated.append(trip)
        return dated

    def without_told_again(self, drafts: list[Draft]) -> list[Draft]:
        """*drafts*, less what the trip dated that a later sentence tells again on a day of its own.

        "... during which he is scheduled to call on President X. ... On
        Tuesday, he called on President X": the call on Tuesday.
        """
        if not self.dated:
            return drafts
        days: dict[tuple[Kind, frozenset[str]], list[DateRange]] = {}
        for draft in drafts:
            if id(draft) not in self.dated and draft.when is not None and draft.basis is DateBasis.STATED:
                days.setdefault(_who_and_what(draft), []).append(draft.when)
        return [draft for draft in drafts if not _told_again(draft, self.dated, days)]


def _told_again(draft: Draft, dated: set[int], days: dict[tuple[Kind, frozenset[str]], list[DateRange]]) -> bool:
    """True for a draft the trip dated that *days* tells again, with the same people, on a day of the trip."""
    when = draft.when
    if id(draft) not in dated or when is None:
        return False
    return any(when.start <= day.start and day.end <= when.end for day in days.get(_who_and_what(draft), ()))


def _who_and_what(draft: Draft) -> tuple[Kind, frozenset[str]]:
    return draft.kind, frozenset(fold(person.name) for person in draft.people)


def _told_trip(draft: Draft) -> bool:
    """True for a visit told with its visitor and its length or destination, but no date."""
    return draft.kind is Kind.VISIT and bool(draft.people) and (draft.lasts is not None or draft.where is not None)


_DESTINED = re.compile(r"\s(?:to|in|at)\b")  # a visit's destination follows its word
_REFUELLING = re.compile(r"\b(?:refuell?ing|technical|transit)\s$")  # a stop on the way, no visit
_BEING_THERE = (
    "was in", "were in", "is in", "are in", "be in", "flew to", "flown to", "flying to", "fly to", "flies to",
    "head to", "heads to", "headed to", "heading to",
)  # fmt: skip


def no_visit(text: str, draft: Draft) -> bool:
    """True for being or flying somewhere with no one to visit ("destroyers were in the South China Sea", "flew to").

    And for leaving with no one named ("Troops will leave for Laos"), or for
    home: "The Prime Minister left for Vientiane" after a visit abroad, when
    everyone leaving is of the country they leave for.
    """
    told = text[draft.trigger[0] : draft.trigger[1]].lower()
    if draft.kind is not Kind.VISIT:
        return False
    if told.endswith("stopover") and _REFUELLING.search(text, max(0, draft.trigger[0] - 20), draft.trigger[0]):
        return True  # "The aircraft made a refuelling stopover in Darwin": no visit
    if told.startswith(_BEING_THERE):
        return not draft.people
    if told.split(maxsplit=1)[0] not in DEPARTURES:
        return False
    where = draft.where
    return where is None or not draft.people or all(p.country == where.country for p in draft.people)


def _trip_under_way(text: str, draft: Draft, trip: Draft) -> bool:
    """Date a visit told as under way, and not yet dated, by the day its visitor is next said to do something.

    Returns True when it did.
    """
    if (
        trip.when is not None or draft.when is None or draft.when.precision is not Precision.DAY
        or draft.kind is Kind.VISIT or not 0 < draft.number - trip.number <= TOLD_REACH or not under_way(text, trip)
    ):  # fmt: skip
        return False
    if not draft.people or someone_else(draft, trip):
        return False  # a told trip always names its visitor (_told_trip)
    trip.when, trip.basis, trip.parent = draft.when, DateBasis.INFERRED, draft
    return True


def _trip_told_before(text: str, draft: Draft, told: Draft | None) -> bool:
    """A visit told first with its length and destination, then dated by one day, is one visit.

    "X is on a two-day visit to Malaysia ... During his visit, which ends
    today, ...": the two days ending today, in Malaysia.
    """
    if (
        told is None
        or draft.kind is not Kind.VISIT
        or draft.number - told.number
        > (_TRIP_REACH if _POINTS_BACK.search(text, max(0, draft.trigger[0] - 40), draft.trigger[0]) else TOLD_REACH)
        or draft.basis is not DateBasis.STATED
        or draft.expression is None
        or draft.when is None
        or draft.when.precision is not Precision.DAY
    ):
        return False
    if someone_else(draft, told):
        return False  # someone else's visit
    draft.where = draft.where or told.where
    if _SITE_VISIT.match(text, *draft.trigger):
        return False  # "On April 9, X visited the Military Region 7 Command": one day of the trip, not its first
    if told.lasts and told.lasts > 1 and draft.when.days == 1:
        day = draft.when.start
        if ends_before(text, draft.expression.start):
            draft.when = DateRange(day.subtract(days=told.lasts - 1), day)  # "which ends today"
        else:
            draft.when = DateRange(day, day.add(days=told.lasts - 1))
    return True


def home_visit(text: str, draft: Draft, dateline: Place) -> bool:
    """True for a visit with no destination by people all of the dateline's country: they went abroad.

    "SEOUL -- During his two-day visit that began Thursday, ...". A visit to
    somewhere ("paid a working visit to the Military Region 1 Command",
    "visited the Joint Chiefs of Staff") may be at home.
    """
    if draft.kind is not Kind.VISIT or not draft.people or _DESTINED.match(text, draft.trigger[1]):
        return False
    word = text[draft.trigger[0] : draft.trigger[1]].lower()
    return word.endswith(("visit", "trip")) and all(p.country == dateline.country for p in draft.people)


# The visitor going home: "The navy chief is expected to return home on December 12", "He returned home on Friday".
_GOING_HOME = re.compile(
    r"\b(?:return|returns|returned|returning|fly\sback|flies\sback|flew\sback|head\sback|be\sback)\shome\b"
)
# The visitor's trip's length, told before the visitor goes home: "During his three-day visit," (not "the
# three-day visit of Y last month", "a five-day trip by Y").
_LENGTH_TOLD = re.compile(
    rf"\b(?:his|her|their|the)\s{DAY_COUNT}[-\s]day\s(?:[\w-]+\s){{0,2}}(?:visit|trip|tour)\b(?!\s(?:to|of|in|by)\b)",
    re.IGNORECASE,
)
_TOLD_REACH = 2000  # characters before the going home that may tell the trip's length (keeps long stories linear)
_HOME_REACH = 40  # characters from the words of going home to their date
_PRONOUN = re.compile(r"(?:He|She)\b")
_TRIP_LONGEST = 21  # days a trip told by its start and its return may last


def trip_ends(  # noqa: PLR0913, PLR0917 - the sentence, its dates and people, the trip and what was told
    text: str,
    sentence: tuple[int, int],
    expressions: list[TemporalExpression],
    persons: list[tuple[Mention, Participant]],
    trip: Draft | None,
    told: list[Draft],
) -> None:
    """A trip told by its start lasts until the day its visitor goes home, told later with no event word.

    "X left here today for India ... The navy chief is expected to return home
    on December 12": the visit runs from today to December 12, and so do the
    gatherings dated by it ("During the visit, ...") among the events *told* so
    far. Who goes home must be the visitor (named, described, or "He"/"She"),
    not "the fishermen arrested last month".
    """
    if trip is None or trip.when is None or trip.kind is not Kind.VISIT or not trip.people or trip.when.days > 1:
        return
    home = _GOING_HOME.search(text, *sentence)
    if home is None or _LENGTH_TOLD.search(text, max(trip.sentence[0], sentence[0] - _TOLD_REACH), sentence[0]):
        return  # "During his three-day visit, ... will fly to Singapore ... return home on Monday": its length is told
    named = names_one_of(persons, sentence[0], home.start(), trip.people)
    described = any(describes(text, sentence[0], home.start(), visitor) for visitor in trip.people)
    if not (named or described or _PRONOUN.match(text, sentence[0])):
        return
    day = next((e.dates for e in expressions if 0 <= e.start - home.end() <= _HOME_REACH and e.dates), None)
    begun = trip.when
    if day is None or day.precision is not Precision.DAY or day.days != 1 or day.start <= begun.end:
        return
    if (day.start - begun.start).in_days() > _TRIP_LONGEST:
        return
    trip.when = DateRange(begun.start, day.start)
    stretched = {id(trip)}  # and what was dated from those, in the order told
    for draft in told:
        if draft.parent is not None and id(draft.parent) in stretched and draft.when == begun:
            draft.when = trip.when
            stretched.add(id(draft))
