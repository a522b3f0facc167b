"""Events in one sentence: event words, the date each one's words give it, its people, place and name.

A :class:`~timeline.extract._draft.Draft` is an event being assembled.
:func:`sentence_drafts` finds the event words of a sentence
(:data:`~timeline.extract._lexicon.EVENT_WORDS`) and gives each the temporal
expression that governs it (:mod:`timeline.extract._dating`).

The place is the first "in X" / "to X" after the word; the sentence's people
are shared out by :mod:`timeline.extract._attach`. Drafts that are only part
of another are dropped or folded by :mod:`timeline.extract._filters`.
"""

from __future__ import annotations

import bisect
import re

import attrs

from timeline.dates import Precision
from timeline.extract._asides import AFTER_REACH, aside_at, relative_asides
from timeline.extract._dating import around, attach_dates, signed_instruments
from timeline.extract._draft import GATHERINGS, Draft, add_people, someone_else
from timeline.extract._filters import (
    PURPOSE_REACH,
    ceremonies_of,
    programmes_of,
    statement_counts,
    what_trips_were_for,
    without_agreements_in_talks,
    without_frameworks,
)
from timeline.extract._lengths import ANOTHER_TELLING, extend, length_and_end
from timeline.extract._lexicon import UPON_ARRIVAL
from timeline.extract._organisations import body_place, organisations_in
from timeline.extract._placenames import places_in
from timeline.extract._places import Spans, located, may_lie_in, place_after
from timeline.extract._roster import Mention
from timeline.extract._titles import noun_phrase
from timeline.extract._tokens import Tokens
from timeline.extract._words import being_there, event_words
from timeline.gazetteer import find_place
from timeline.model import Kind, Participant, Place, TemporalExpression

__all__ = ["sentence_drafts"]

# Kinds that do not happen at sea: a sea or strait in their sentence is what was discussed.
_INDOORS = GATHERINGS - {Kind.VISIT} | {Kind.PHONE_CALL, Kind.APPOINTMENT}
# Kinds whose place is not read from before their word: what a statement announces happens
# elsewhere; a plan or an appointment has no place of its own there.
_PLACELESS = frozenset({Kind.STATEMENT, Kind.PLAN, Kind.APPOINTMENT})
_BEFORE_REACH = 12  # words before an event word its place may stand
# What someone means to do ("agreed to launch a dialogue"); not "hosted to lunch", "invited to dinner" (a meal) nor
# "is scheduled to call on" (a plan, dated as what it is part of).
_INTENTION = re.compile(
    r"(?<!hosted\s)(?<!invited\s)(?<!plans\s)(?<!planning\s)(?<!intends\s)(?<!scheduled\s)(?<!expected\s)(?<!set\s)(?<!due\s)(?<!slated\s)\bto\s(?:(?!the\b|a\b)[a-z]+\s(?:(?:a|an|the|their|its|new|joint|strategic|first|regular|annual|bilateral)\s){0,2})?$"
)
# "to visit" is an aim even after "invited" ("has been invited to visit Laos"), unlike "invited to dinner".
_TO_VISIT = re.compile(r"(?<!plans\s)(?<!planning\s)(?<!intends\s)to\svisit$")
# A plural office as a subject: "Japanese and U.S. defense chiefs agreed Tuesday" - two parties.
_PLURAL_SUBJECT = re.compile(
    r"""\b(?:chiefs|ministers|officials|leaders|counterparts)
    (?:\sof\s(?:the\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\sand\s(?:the\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s$""",
    re.VERBOSE,
)
# Two countries or capitals as the subject: "Tokyo and Canberra agreed Thursday to ...".
_PLACE_PAIR = re.compile(r"\b([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)\sand\s([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)\s$")


def _has_parties(text: str, floor: int, start: int, persons: list[tuple[Mention, Participant]]) -> bool:
    """True when a verb such as "agreed" at *start* has two parties before it.

    Two people, "Lao and Thai defence chiefs", or two countries or capitals
    ("Tokyo and Canberra").
    """
    if sum(mention.end <= start for mention, _ in persons) >= 2:
        return True
    if _PLURAL_SUBJECT.search(text, max(floor, start - 80), start):
        return True
    pair = _PLACE_PAIR.search(text, max(floor, start - 60), start)
    if pair is None or not all(find_place(name) is not None for name in pair.groups()):
        return False
    before = text[floor : pair.start()].rstrip()
    return not before or before.endswith((",", ";", " the"))  # the subject, not "Analysts in Tokyo and Canberra"


_SIGNED_BEFORE_NOUN = re.compile(r"\b(?:with|under|of|in|by|on)\s(?:already\s|previously\s)?signed$")
# What makes a meeting one of many parties, a conference: "trilateral", "three-way", a multilateral body's name.
_MANY_PARTIES = re.compile(
    r"(?:\b(?:[Tt]rilateral|[Tt]hree-way|[Ff]our-way|[Mm]ultilateral|[Qq]uadrilateral|[Mm]inisterial)\s"
    r"|\b(?:ASEAN|Asean|SCO|CIS|UN|NATO|BRICS|APEC|ADMM|G20|G7|Security\sCouncil)\b[^.,;]{0,40}\s"
    r"|\b[A-Z][\w-]*\s(?:[A-Z][\w-]*\s)*Council\s)(?:[\w'’-]+\s){0,3}$"
)


def _many_parties(text: str, floor: int, trigger: tuple[int, int]) -> bool:
    """True for a meeting of many parties (see _MANY_PARTIES); not "a bilateral meeting" of ASEAN chiefs."""
    found = _MANY_PARTIES.search(text, floor, trigger[0])
    return found is not None and "bilateral" not in text[found.start() : trigger[1]].lower()


# An event word that names the craft it is done with: "patrol boats", "exercise aircraft", "an Offshore Patrol Vessel".
_CRAFT = re.compile(r"\s(?:boats?|vessels?|ships?|craft|aircraft|planes?|cars?|vehicles?)\b", re.IGNORECASE)
_TIES = re.compile(r"\s(?:[Rr]elations|[Pp]artners?(?:hip)?)\b")


# Whom an inauguration installs, and as what: "inaugurate Army Chief of Staff General X as the new ... Commander".
_INSTALLED = re.compile(r"\s(?!the\b|a\b|an\b)[^,;.]{0,100}?\sas\s(?:the\s)?(?:new\s|next\s|incoming\s)?[A-Z]")
_INAUGURATE = frozenset({"inaugurate", "inaugurated", "inaugurates"})
# Event words given as examples ("platforms such as the ADMM"), with no comma or verb in between.
_EXAMPLES = re.compile(r"\bsuch\sas\s[^;:.]{0,50}$")
_UPON_ARRIVAL = re.compile(UPON_ARRIVAL)
# A statement that is only the source of what the sentence tells: "according to a press release issued by X".
_SOURCED = re.compile(r"\b[Aa]ccording\sto\s(?:a|an|the)\s(?:[\w-]{1,30}\s){0,2}$")
_HOSTING = frozenset({"received", "receives", "receiving", "welcomed", "hosted", "hosts", "hosting"})


def sentence_drafts(  # noqa: PLR0913, PLR0917 - the sentence, its words, dates and people
    tokens: Tokens,
    lower: str,
    sentence: tuple[int, int],
    number: int,
    expressions: list[TemporalExpression],
    persons: list[tuple[Mention, Participant]],
) -> list[Draft]:
    """The event words of one sentence as drafts, each with its own date, people, place and name."""
    text = tokens.text
    first, last = tokens.at(sentence[0]), tokens.at(sentence[1])
    # "according to a press release issued on Saturday, X left ...": the source, not the news
    words = [
        w for w in event_words(tokens, first, last)
        if w[2] is not Kind.STATEMENT or not _SOURCED.search(text, max(sentence[0], w[0] - 40), w[0])
    ]  # fmt: skip
    if words and _UPON_ARRIVAL.match(text, sentence[0], min(sentence[1], words[0][1] + 70)):
        words = words[1:]  # "Upon arrival at the Naval Headquarters, X was presented a guard of honour": when, not what
    if any(w[3] == "place" for w in words):
        words = [w for w in words if being_there(text, w, len(words))]
    if not words:
        return []  # a sentence that names no event (about a third): its bodies are not looked for
    blocked = [(m.start, m.end) for m, _ in persons]
    organisations = organisations_in(tokens, first, last)
    drafts = _word_drafts(text, lower, (sentence, number), words, persons, organisations)
    asides = relative_asides(text, sentence)
    if drafts:
        attach_dates(text, drafts, expressions, asides)
        what_trips_were_for(text, drafts)
        drafts = without_agreements_in_talks(drafts)
    if not drafts:
        return []
    drafts = ceremonies_of(text, programmes_of(text, without_frameworks(text, signed_instruments(drafts))))
    if any(d.kind is not Kind.STATEMENT for d in drafts):
        # A statement counts beside other events only when dated by its own words ("In a statement today").
        # A press conference is an event of its own ("stressed at a joint press conference after the meeting").
        # Not the source of the sentence's news: "X is in Singapore for a visit, said Mindef in a statement on May 14".
        drafts = [d for d in drafts if d.kind is not Kind.STATEMENT or statement_counts(text, d)]
    starts = [e.start for e in expressions]
    for draft in drafts:
        near = around(draft, expressions, starts)  # a window, so a sentence of a thousand events stays linear
        extend(draft, text, near)
        length_and_end(draft, text, near)
    names = Spans(organisations + blocked)
    context = _Context(
        names=names,
        # a place in ", who is on a visit to Viet Nam," is not where the sentence's other events are
        names_outside_asides=Spans(organisations + blocked + asides) if asides else names,
        asides=asides,
        places=[(offset, p) for offset, p in places_in(tokens, first, last) if not names.covers(offset)],
        organisations=sorted(organisations),
        people=[(m.start, m.end) for m, _ in persons],
    )
    for draft in drafts:
        _describe(tokens, lower, draft, context)
    drafts = _arrivals_into_visits(text, drafts)
    if any(d.kind is Kind.VISIT and d.when is not None for d in drafts):
        drafts += _legs(text, drafts, expressions, context.places)
    return drafts


def _one_telling(text: str, one: Draft, other: Draft) -> bool:
    """True when two visits of a sentence may be one: no other subject, arrival or stop on the way between them.

    Not "X arrived in Jakarta on Monday; Y began a four-day visit to Brunei on
    Monday", nor "arrived in Bangkok on Monday en route to Vientiane, beginning
    a three-day visit to Laos". (Their places are no guide: "docked in Subic
    Bay on Wednesday for a three-day port call before it heads home to Japan".)
    """
    before, after = sorted((one, other), key=lambda draft: draft.trigger[0])
    return ANOTHER_TELLING.search(text, before.trigger[1], after.trigger[0]) is None


def _arrivals_into_visits(text: str, drafts: list[Draft]) -> list[Draft]:
    """Fold a one-day visit (an arrival) into the visit of days its sentence starts that day, with its narrower place.

    "docked at Cam Ranh International Port ... on Tuesday, starting their
    visit to Viet Nam from June 20-23": one visit, June 20 to 23, at Cam Ranh;
    "arrived in Hanoi on Monday on a three-nation tour, beginning a two-day
    visit to Viet Nam": one visit of two days.
    """
    visits = [
        d for d in drafts
        if d.kind is Kind.VISIT and d.when is not None and d.when.precision is Precision.DAY and d.when.days > 1
    ]  # fmt: skip
    if not visits:
        return drafts
    kept = []
    for draft in drafts:
        when = draft.when
        first = when.start if draft.kind is Kind.VISIT and when is not None and when.days == 1 else None
        starting = [v for v in visits if first and v is not draft and v.when and v.when.start == first]
        visit = next((v for v in starting if not someone_else(v, draft) and _one_telling(text, draft, v)), None)
        if visit is None:
            kept.append(draft)
            continue
        where = visit.where
        if draft.where is not None and (where is None or (where.name == where.country == draft.where.country)):
            visit.where = draft.where
        add_people(visit, draft.people)
    return kept


# Another leg of a tour after a visit's place and date: ", South Korea from April 17 to 18", "and Thailand on Tuesday".
_LEG = re.compile(
    r"(?:,\s(?:and\s)?|\sand\s)(?:then\s)?(?:to\s|in\s)?(?P<place>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})(?<!['’]s)"
    r"\s(?:on|from|in)\s"
)  # only the place's capitalised words before its date: not "Thailand's foreign ministry said on Tuesday"


def _legs(
    text: str, drafts: list[Draft], expressions: list[TemporalExpression], places: list[tuple[int, Place]]
) -> list[Draft]:
    """The further legs of a tour told in one sentence: "visited Cambodia on Monday and Thailand on Tuesday".

    Each is a visit of its own, to the place named before its own date; the
    date no event word took.
    """
    taken = {d.expression.start for d in drafts if d.expression is not None}
    at_place = dict(places)
    starts = [e.start for e in expressions]
    legs = []
    for draft in drafts:
        if draft.kind is not Kind.VISIT or draft.where is None or draft.expression is None or draft.when is None:
            continue
        at = draft.when_span[1] if draft.when_span else draft.expression.end
        for expression in expressions[bisect.bisect_left(starts, at) :]:
            if expression.start < at:
                continue  # the end of the range just taken ("18" of "April 17 to 18")
            if expression.start in taken:
                break  # another event word's date: the tour's legs, if any, are over
            leg = _LEG.fullmatch(text, at, expression.start)
            place = at_place.get(leg.start("place")) if leg else None
            when = expression.period or expression.dates
            if place is None or when is None:
                break
            legs.append(attrs.evolve(draft, when=when, where=place, expression=expression, people=[], title=None))
            ends = [e.end for e in expressions if expression.period is not None and e.period == expression.period]
            at = max([expression.end, *ends])
            taken.add(expression.start)
    return legs


@attrs.frozen
class _Context:
    """What a sentence's drafts share: names, places and bodies found once for the sentence."""

    names: Spans
    names_outside_asides: Spans
    asides: list[tuple[int, int]]
    places: list[tuple[int, Place]]
    organisations: list[tuple[int, int]]
    people: list[tuple[int, int]]


def _word_drafts(  # noqa: PLR0913, PLR0917 - the sentence and what was found in it
    text: str,
    lower: str,
    where: tuple[tuple[int, int], int],
    words: list[tuple[int, int, Kind, str]],
    persons: list[tuple[Mention, Participant]],
    organisations: list[tuple[int, int]],
) -> list[Draft]:
    """A draft for each event word that names an event (not a name's word, an example or a lone "agreed")."""
    sentence, number = where
    words_of_sentence = text[sentence[0] : sentence[1]]  # one string for all its drafts: linear in long sentences
    blocked = [(m.start, m.end) for m, _ in persons]
    drafts: list[Draft] = []
    for start, end, kind, needs in words:
        if any(s <= start and end <= e for s, e in blocked) or _inside_body_name(kind, start, end, organisations, text):
            continue
        if needs == "pair" and not _has_parties(text, sentence[0], start, persons):
            continue
        if _EXAMPLES.search(lower, max(sentence[0], start - 60), start):
            continue  # "cooperation on platforms such as the ADMM": examples, not events
        if kind is Kind.SIGNING and _SIGNED_BEFORE_NOUN.search(lower, max(sentence[0], start - 20), end):
            continue  # "in line with signed international agreements": what was signed, not a signing
        if kind is Kind.EXERCISE and _CRAFT.match(text, end):
            continue  # "12 patrol boats": craft, not a patrol
        if kind is Kind.DIALOGUE and _TIES.match(text, end):
            continue  # "ASEAN-China Dialogue Relations", "a Dialogue Partner": a relationship, not a dialogue
        # "agreed to meet again", "to launch a strategic dialogue": not yet an event; but what a
        # trip was for is ("visited Minsk two weeks ago to sign a protocol")
        intention = bool(_aim_before(lower, start) or _TO_VISIT.match(lower, max(0, start - 3), end)) and not (
            drafts and drafts[-1].kind is Kind.VISIT and start - drafts[-1].trigger[1] < PURPOSE_REACH
        )
        installs = kind is Kind.CEREMONY and lower[start:end] in _INAUGURATE and _INSTALLED.match(text, end)
        many = kind is Kind.MEETING and _many_parties(text, max(sentence[0], start - 60), (start, end))
        # "to inaugurate General X as the new Commander": taking office
        told = Kind.CONFERENCE if many else Kind.APPOINTMENT if installs else kind
        if (
            told in _TWO_PLUS_TWO_KINDS
            and lower.endswith(("meeting", "talks"), start, end)
            and _two_plus_two(lower, start, end)
        ):  # not "the 2+2 summit"
            told = Kind.DIALOGUE  # "the 2+2 dialogue", "a two-plus-two meeting", "Ministerial Meeting (2+2)"
        draft = Draft(told, (start, end), sentence, number, words_of_sentence)
        draft.implicit, draft.intended = needs == "pair" or intention, intention
        drafts.append(draft)
    return drafts


def _two_plus_two(lower: str, start: int, end: int) -> bool:
    """True for a meeting named a "2+2" or "two-plus-two" right before or after its word: foreign and defence chiefs."""
    return _TWO_PLUS_TWO_BEFORE.search(lower, max(0, start - 40), start) is not None or (
        _TWO_PLUS_TWO_AFTER.match(lower, end) is not None
    )


# "the fourth 2+2 ", "so-called "two-plus-two" bilateral security ", "Ministerial Meeting (2+2)", "meeting or 2+2".
# Not "a 2+2 inter-sessional meeting", "the 2+2 senior officials meeting", "2+2 expert-level talks": officials.
_TWO_PLUS_TWO_BEFORE = re.compile(
    r"(?:2\+2|two-plus-two)[\"”’']?\s(?:(?!inter-?sessional\b|preparatory\b|senior\b|officials?\b|director|expert"
    r"|working\b|deputy\b)[a-z-]+\s){0,2}$"
)
_TWO_PLUS_TWO_AFTER = re.compile(r"\s(?:\(|or\s)(?:2\+2|two-plus-two)\b")
_TWO_PLUS_TWO_KINDS = frozenset({Kind.MEETING, Kind.CONFERENCE, Kind.TALKS})


def _aim_before(lower: str, start: int) -> bool:
    """True when _INTENTION ends at *start*; not searched without a "to" before it (most event words)."""
    floor = max(0, start - 40)
    return lower.find("to", floor, start) >= 0 and _INTENTION.search(lower, floor, start) is not None


def _inside_body_name(kind: Kind, start: int, end: int, organisations: list[tuple[int, int]], text: str) -> bool:
    """Event words inside an organisation's name ("Department of Peacekeeping Operations").

    The name of an event that holds an organisation's word stays an event
    ("the 47th Meeting of the Committee", "the ASEAN Summit").
    """
    inside = any(s <= start and end <= e for s, e in organisations)
    if not inside:
        return False
    return not (kind in {Kind.CONFERENCE, Kind.MEETING, Kind.DIALOGUE, Kind.EXERCISE} and text[start].isupper())


# -- place, name, code ----------------------------------------------------------------------------


def _describe(
    tokens: Tokens,
    lower: str,
    draft: Draft,
    context: _Context,
) -> None:
    """Place, organisations, CAMEO code, tense and name of a draft, from its own words."""
    text = tokens.text
    start, end = draft.trigger
    window_end = min(draft.sentence[1], end + AFTER_REACH)
    going_on = _NEXT_DEED.search(text, end, window_end)  # "held talks on Monday before flying to Bangkok": not there
    first, stop = tokens.at(end), tokens.at(going_on.start() if going_on else window_end)
    waters = draft.kind not in _INDOORS  # a meeting is not held at sea; an exercise or a port call may be
    inside = aside_at(context.asides, start) is not None
    names = context.names if inside else context.names_outside_asides
    draft.where = place_after(tokens, first, stop, names, waters=waters, trip=draft.kind is Kind.VISIT)
    if draft.where is None and draft.kind is Kind.VISIT:  # "visited Xiengkhouang Provincial Military Command"
        draft.where = body_place(text, context.organisations, end, tokens.starts[stop - 1] if stop > first else end)
    if draft.where is None and draft.kind not in _PLACELESS:
        draft.where = _place_before(tokens, draft, context, waters=waters)
        draft.placed_before = draft.where is not None
    low = bisect.bisect_left(context.organisations, (start - 200, 0))
    high = bisect.bisect_right(context.organisations, (end + 200, len(text)))
    draft.organisations = [text[s:e] for s, e in context.organisations[low:high]]
    word = lower[start:end].split(maxsplit=1)[0]
    if draft.kind is Kind.MEETING and word in _HOSTING:
        draft.cameo = "043"
    at = bisect.bisect_left(context.people, (end, 0))
    if (
        draft.kind is Kind.VISIT
        and at < len(context.people)
        and text[end : context.people[at][0]].strip() in _ON_A_PERSON
    ):
        draft.kind = Kind.MEETING  # "visited former minister X", "a courtesy visit to Defence Minister Y": a call
    # a verb ("agreed Thursday") names no event: its title is the kind's
    draft.title = None if draft.implicit and not draft.intended else noun_phrase(text, draft, context.people) or None


_ON_A_PERSON = frozenset({"", "to", "on"})  # what may stand between a visit's word and the person visited


# What the subject did next, somewhere else: "before flying to Bangkok", "after leaving Hanoi", "and then travelled".
_NEXT_DEED = re.compile(
    r"\s(?:(?:before|prior\sto)\s[a-z]+ing|after\sleaving|(?:and\s)?then\s(?:[a-z]+ing|travell?ed|flew|left|headed))\b"
)  # not "after landing in Bangkok": where it was
# An aside that says where the subject is now: "who arrived in Bangkok on Sunday", "who is in Hanoi".
_THERE_NOW = re.compile(r"\b(?:arrived|arrives|landed|is|are|was|were)\s(?:in|at)\s|\bis\son\s(?:a|an|his|her)\s")
# A place, then its apposition up to the place it names, no verb in it: "Nha Trang City, the capital of the south
# central coastal province of ", not "Vietnam, the defense chief will fly to ".
_APPOSITION = re.compile(r"[^,]{1,40},\sthe\s(?:(?!(?:will|would|is|was|has|had|to)\s)[\w'’-]+\s){0,8}")
# A place, then the province it lies in: "Cam Ranh Port in ", "Tien Sa port in the ".
_IN_A_PROVINCE = re.compile(
    r"[A-ZÀ-ÝĐ][\w'’-]*(?:\s(?:[A-ZÀ-ÝĐ][\w'’-]*|port|city|town|base|harbour|harbor|bay|international|naval"
    r"|military|deep-water|commercial)){0,4}\sin\s(?:the\s)?"
)


_OPENING_PLACE = re.compile(r"(?:In|At)\s$")  # a sentence that opens on where: "In Manila on Monday, ..."


def _place_before(tokens: Tokens, draft: Draft, context: _Context, *, waters: bool) -> Place | None:
    """A place shortly before the event word, introduced as where it is ("In Hanoi, the two ministers met").

    Of a place and its apposition ("left Nha Trang City, the province of
    Khánh Hòa"), the first, which is the narrower.
    """
    start = draft.trigger[0]
    before = bisect.bisect_left(context.places, (start,), key=lambda pair: (pair[0],))
    floor = tokens.starts[max(0, tokens.at(start) - _BEFORE_REACH)]
    own_aside = aside_at(context.asides, start)
    chosen: tuple[int, Place] | None = None
    for offset, place in reversed(context.places[max(0, before - 2) : before]):
        opening = _OPENING_PLACE.match(tokens.text, draft.sentence[0], offset) is not None  # "In Manila on Monday, ..."
        if (offset < floor and chosen is None and not opening) or not (waters or place.country is not None):
            continue
        aside = aside_at(context.asides, offset)
        if aside not in {None, own_aside} and not _THERE_NOW.search(tokens.text, aside[0], offset):
            continue  # "X, who visited Beijing last month, met Y": not in Beijing; "who arrived in Bangkok": there
        if not located(tokens, offset, departures=True, going=draft.kind is Kind.VISIT):
            continue
        between = tokens.text[offset : chosen[0]] if chosen else ""
        if chosen is not None and _IN_A_PROVINCE.fullmatch(between) and may_lie_in(place, chosen[1]):
            return place  # "docked at Cam Ranh Port in Khanh Hoa Province for a visit": Cam Ranh
        if chosen is not None and not _APPOSITION.fullmatch(between):
            break  # not "left Nha Trang City, the province of Khánh Hòa": "Vietnam, the defense chief will fly to"
        chosen = (offset, place)
    return chosen[1] if chosen else None
