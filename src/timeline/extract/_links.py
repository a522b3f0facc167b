"""How events the text does not date take the date of events it ties them to.

Within a sentence: "his meetings in Vientiane on Thursday ... on the occasion
of accompanying the Prime Minister to the 47th meeting" dates the 47th meeting.
Across sentences: "During his visit, he will hold talks", "Following the
talks, the two ministers signed ...", "At the meeting, ...", "He also spoke
with ...". Such events are marked *inferred*. An event nothing ties to a date
is left out: the publication date is never passed off as an event's date.

The ties within a sentence are :mod:`timeline.extract._ties`'s; events told
again are found by :mod:`timeline.extract._retold`.
"""

from __future__ import annotations

import re

from timeline.dates import DateRange, Precision
from timeline.extract._attach import attach_persons
from timeline.extract._dating import dated_closely
from timeline.extract._draft import Draft, is_generic, someone_else, still_to_come
from timeline.extract._going import GROUP_REACH, RECENT, going_on, inherit, visits_under_way
from timeline.extract._keyed import keyed_lower, keyed_search
from timeline.extract._lexicon import SOURCE_AFTER, UPON_ARRIVAL
from timeline.extract._retold import new_events
from timeline.extract._roster import Mention, holds_office
from timeline.extract._story import Story
from timeline.extract._ties import on_the_trip, within
from timeline.gazetteer import fold
from timeline.model import DateBasis, Kind, Participant

__all__ = ["link_sentence"]

# "during his visit", "following the talks", "at the meeting": a reference to an event already told.
_REFERENCE = re.compile(
    r"""\b(?:during|at|after|following|on\sthe\ssidelines\sof|on\sthe\soccasion\sof|in\sthe\scourse\sof
    |on\sthe\smargins?\sof|prior\sto|ahead\sof|before|within\sthe\sframework\sof|as\spart\sof|concluding)\s
    (?:the|his|her|their|this|that|its)\s(?:[\w-]+\s){0,3}?
    (?P<noun>visit|visits|trip|tour|talks|meeting|meetings|session|sessions|ceremony|exercise|drill|conference
    |forum|summit|dialogue|call|conversation|reception|event|exchange|stay|video\sconference)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_REFERENCE_WORDS = (
    "visit", "trip", "tour", "talks", "meeting", "session", "ceremony", "exercise", "drill", "conference",
    "forum", "summit", "dialogue", "call", "conversation", "reception", "event", "exchange", "stay",
)  # fmt: skip
_NOUN_KINDS = {
    "visit": Kind.VISIT, "visits": Kind.VISIT, "trip": Kind.VISIT, "tour": Kind.VISIT, "stay": Kind.VISIT,
    "talks": Kind.TALKS, "meeting": Kind.MEETING, "meetings": Kind.MEETING, "session": Kind.MEETING,
    "sessions": Kind.MEETING, "ceremony": Kind.CEREMONY, "exercise": Kind.EXERCISE, "drill": Kind.EXERCISE,
    "conference": Kind.CONFERENCE, "forum": Kind.CONFERENCE, "summit": Kind.CONFERENCE,
    "dialogue": Kind.DIALOGUE, "call": Kind.PHONE_CALL, "conversation": Kind.PHONE_CALL,
    "video conference": Kind.PHONE_CALL, "exchange": Kind.OTHER, "there": Kind.VISIT,
}  # fmt: skip
# "He", or "he" after an opening phrase ("During his visit, he will ...", "On Wednesday, he ...").
_PRONOUN = re.compile(r"(?:[^,;]{0,60},\s)?(?P<pronoun>he|she)\b", re.IGNORECASE)
# References that put the sentence's people in the event referred to ("At the meeting, X said ...");
# "Prior to the call, X received Y" does not.
_PRESENT = re.compile(
    r"(?:at|during|on\sthe\ssidelines|on\sthe\smargins?|on\sthe\soccasion|in\sthe\scourse|within|as\spart)\b",
    re.IGNORECASE,
)
# The people of an earlier event, named as a group ("the two ministers", "both sides", "They").
_GROUP = re.compile(
    r"""\b(?:the\s(?:two|three)\s(?:[\w-]+\s)?(?:ministers|leaders|sides|chiefs|officials|heads|generals|PMs)
    |the\s(?:ministers|PMs|prime\sministers|defen[cs]e\sministers|leaders)
    |both\s(?:sides|(?:(?:foreign|defen[cs]e|prime)\s)?ministers|leaders)|^they
    |^the\s(?:two|three)(?=\s(?:will|also|have|had|held|met|signed|agreed|discussed|exchanged|then|later)\b))\b""",
    re.IGNORECASE | re.VERBOSE,
)
_GROUP_KEYS = ("two", "three", "both", "they", "ministers", "pms", "leaders")
_GROUP_KINDS = frozenset({Kind.MEETING, Kind.TALKS, Kind.SIGNING, Kind.PHONE_CALL, Kind.DIALOGUE, Kind.OTHER})
# A sentence's opening phrase, whose people are not its subject.
_OPENING_PHRASE = re.compile(
    r"(?:in|during|at|after|following|before|prior|on|with|as|besides|apart|unlike|like)\b[^,;]{0,80},\s",
    re.IGNORECASE,
)
# A closing attribution before a reference: "..., said the deputy prime minister at the ceremony".
_SAID_BEFORE = re.compile(SOURCE_AFTER + r"[^,;.]{0,80}$")
_HOST_OPENING = re.compile(r"(?:hosting|receiving|welcoming)\b", re.IGNORECASE)


def link_sentence(
    text: str, drafts: list[Draft], persons: list[tuple[Mention, Participant]], story: Story
) -> list[Draft]:
    """Give the sentence's people to its events, date undated events from the ones the text ties them to.

    Returns the dated drafts.
    """
    people = [person for _, person in persons]
    story.note_named(drafts, people)
    if not drafts:
        return []
    persons = _with_pronoun_subject(text, drafts[0].sentence, persons, story)
    _same_day_as_told(drafts, story)
    start = drafts[0].sentence[0]
    sentence = text[start : drafts[0].sentence[1]]
    lower = keyed_lower(sentence)
    reference, referred = _referred(sentence, lower, story, drafts[0].number, people)
    referred = _told_here(drafts, reference, start, story) or referred
    remaining = new_events(text, drafts, story, referred, reference)
    attach_persons(text, remaining, persons)
    opening = _OPENING_PHRASE.match(sentence)
    floor = start + (opening.end() if opening else 0)  # "In addition to the meeting with X, Y is ...": Y
    verb = next((d.trigger[0] for d in remaining if d.trigger[0] >= floor), None)  # not "Prior to the ceremony,"
    subjects = [person for mention, person in persons if verb is not None and floor <= mention.start < verb]
    if subjects:
        story.subject = subjects[0]
    anchors = [
        d for d in remaining
        if d.when is not None and d.basis is DateBasis.STATED and d.kind is not Kind.PLAN
        and d.when.precision.rank <= Precision.WEEK.rank
    ]  # fmt: skip
    positions = [d.trigger[0] for d in anchors]
    for draft in remaining:
        if draft.when is None and not draft.implicit and anchors:
            within(text, draft, anchors, positions)
    on_the_trip(text, remaining)  # "will visit Nepal in August, during which he would be conferred ..."
    _ceremonies_of_told(text, remaining, story)  # "The opening ceremony of the exercise", "a welcome ceremony"
    just_before = None
    if referred is None:
        referred, remaining, just_before = going_on(text, sentence, lower, remaining, story, persons)
    trip = reference is not None and _NOUN_KINDS.get(reference["noun"].lower()) is Kind.VISIT
    dated = _dated(remaining, referred, on_a_trip=trip)
    _on_arrival(sentence, dated, referred)  # "On arrival, Rear Admiral X paid a courtesy call": the visit's first day
    _placed_on_the_trip(dated, referred if trip else None, reference)
    dated += visits_under_way(text, remaining, dated, persons)
    if just_before is not None:
        for draft in dated:
            if not draft.people and draft.kind in _GROUP_KINDS:  # "Two agreements ... were signed": by that pair
                _add_people(draft, list(just_before.people))
    _group_subject(sentence, lower, dated, story)
    _share_places(drafts)
    _elaborate(text, story, [d for d in remaining if d.when is None and not (d.implicit or d.too_coarse)])
    present = reference is not None and reference.start() < 3 and _PRESENT.match(reference.group()) is not None
    if referred is not None and referred.kind is not Kind.VISIT and (present or _HOST_OPENING.match(sentence)):
        _add_people(referred, people)  # "At the meeting, X and Y ...": they took part in it
    return dated


def _referred(
    sentence: str, lower: str | None, story: Story, number: int, people: list[Participant]
) -> tuple[re.Match[str] | None, Draft | None]:
    """The sentence's reference to an event already told ("during the visit"), and that event.

    *number* is the sentence's: "There, he will ..." refers to a trip told in
    the sentence just before. *people* are those it names.
    """
    reference = keyed_search(_REFERENCE, _REFERENCE_WORDS, sentence, lower)
    if reference is not None and _SAID_BEFORE.search(sentence, max(0, reference.start() - 100), reference.start()):
        reference = None  # "..., said the minister at the ceremony": when he spoke, not when what he spoke of was
    if reference is not None:
        kind = _NOUN_KINDS.get(reference["noun"].lower())
        told = story.latest(kind) or (story.latest(Kind.PHONE_CALL) if kind is Kind.TALKS else None)
        if _just_told_by_its_own(told, story.main, number, people):
            return reference, told  # "Y visited India in November last year. Y was conferred ... during the visit."
        return reference, _not_background(told, story.main, kind) or story.main  # "During the talks" after video talks
    if _HOST_OPENING.match(sentence):
        return None, story.main  # "Hosting the Lao delegation, X ...": X took part in the main event
    there = _THERE.match(sentence)
    trip = story.latest(Kind.VISIT)
    if (
        there is not None and trip is not None and trip.where is not None and trip.basis is DateBasis.STATED
        and number - trip.number <= 1
    ):  # fmt: skip
        return there, trip  # "X will visit Indonesia from Sunday. There, he will hold talks": on that trip
    return None, None


# A ceremony that opens or closes the gathering its words name, told before: "the opening ceremony of the drill",
# "the joint exercise concluded with a closing ceremony", "the ceremonial opening of the exercise". The gathering's
# own words are lower-case ("of the counter-terror exercise"), not another's name ("of the Lao-Thai exercise").
_GATHERING = r"(?P<{}>exercises?|drills?|conference|forum|summit|dialogue)\b"
_MODIFIERS = r"(?:[a-z][a-z-]*\s){0,3}?"  # "of the joint counter-terror exercise"
_OPENS_OR_CLOSES = re.compile(
    rf"(?P<which>opening|inaugural|closing)\sceremony\sof\sthe\s{_MODIFIERS}{_GATHERING.format('word')}"
    rf"|ceremonial\s(?P<which2>opening|closing)\sof\sthe\s{_MODIFIERS}{_GATHERING.format('word2')}"
    rf"|{_GATHERING.format('word3')}\s(?:concluded|ended|closed|opened|began|started|kicked\soff)\swith\s"
    r"(?:a|an|the)\s(?P<which3>opening|inaugural|closing)\sceremony",
    re.IGNORECASE,
)
# Another occasion of it, or one that did not happen: "Next year's opening ceremony", "was postponed".
_ANOTHER_OR_OFF = re.compile(
    r"\b(?:next|previous|last|another|new|separate|separately|upcoming|future|postponed|cancell?ed|called\soff)\b",
    re.IGNORECASE,
)
_OFF_REACH = 120  # characters around a ceremony's word that may call it another occasion or off


def _around(draft: Draft) -> tuple[int, int]:
    """The words around a ceremony's word, within its sentence, that may call it another occasion or off."""
    return max(draft.sentence[0], draft.trigger[0] - _OFF_REACH), min(draft.sentence[1], draft.trigger[1] + _OFF_REACH)


def _ceremonies_of_told(text: str, drafts: list[Draft], story: Story) -> None:
    """Date an undated ceremony by the first or last day of the gathering or visit it opens or closes (inferred).

    "The joint exercise will run from April 14 to 20. The opening ceremony of
    the exercise will be attended by ...": April 14 (see _opened_or_closed);
    "The destroyers docked at Cam Ranh on Tuesday, starting their visit from
    June 20-23. Colonel X presided over a welcome ceremony": June 20 (see
    _welcomed_or_seen_off). The event must be told to the day, and the
    sentence must date nothing itself, nor speak of another occasion.
    """
    if any(d.when is not None and d.basis is DateBasis.STATED for d in drafts):
        return  # "The closing ceremony of the forum was held on April 4"
    for draft in drafts:
        if draft.when is not None or draft.kind is not Kind.CEREMONY:
            continue
        near = _around(draft)
        if _ANOTHER_OR_OFF.search(text, *near):
            continue
        found = _opened_or_closed(text, draft, story) or _welcomed_or_seen_off(text, draft, story, near)
        if found is None:
            continue
        told, closing = found
        if told.when is None or told.when.precision is not Precision.DAY:
            continue
        day = told.when.end if closing else told.when.start
        draft.when, draft.basis, draft.parent = DateRange(day, day), DateBasis.INFERRED, told
        draft.where = draft.where or told.where


def _opened_or_closed(text: str, draft: Draft, story: Story) -> tuple[Draft, bool] | None:
    """The gathering a ceremony's words name ("the opening ceremony of the exercise"), told within two sentences.

    With True when the ceremony closes it.
    """
    low, high = max(draft.sentence[0], draft.trigger[0] - 60), min(draft.sentence[1], draft.trigger[1] + 60)
    words = _OPENS_OR_CLOSES.search(text, low, high)
    if words is None:
        return None
    told = story.latest(_NOUN_KINDS[(words["word"] or words["word2"] or words["word3"]).lower().rstrip("s")])
    if told is None or draft.number - told.number > 2:  # two sentences back
        return None
    return told, (words["which"] or words["which2"] or words["which3"]).lower() == "closing"


def _welcomed_or_seen_off(text: str, draft: Draft, story: Story, near: tuple[int, int]) -> tuple[Draft, bool] | None:
    """The visit a welcome ceremony opens or a farewell closes: the last event told, within three sentences.

    A farewell needs the visit's last day told ("set sail on 24th December"),
    not an arrival's alone, and is none for a unit leaving on a mission of its
    own or someone retiring. With True for a farewell.
    """
    said = text[draft.trigger[0] : draft.trigger[1]].lower()
    farewell = said == "farewell"
    if not (farewell or said in _WELCOMES) or (farewell and _SENT_OFF.search(text, *near)):
        return None  # "a farewell ceremony for the engineering unit leaving for Abyei", "for the retiring captain"
    told, latest = story.latest(Kind.VISIT), story.latest_event()  # another event told since: not the visit's
    if (
        told is None
        or told.when is None
        or (latest and latest.when != told.when and latest.number > told.number and latest.parent is not told)
        or draft.number - told.number > _WELCOME_REACH
        or (farewell and told.when.days < 2)  # a visit of more than its arrival's day
    ):
        return None
    return told, farewell


def _on_arrival(sentence: str, drafts: list[Draft], visit: Draft | None) -> None:
    """What a sentence opening "Upon arrival," tells was done on the first day of the visit it goes on about."""
    if visit is None or visit.when is None or visit.kind is not Kind.VISIT or not _UPON_ARRIVAL.match(sentence):
        return
    first = visit.when.start
    for draft in drafts:
        if draft.parent is visit and draft.when == visit.when:
            draft.when = DateRange(first, first)


_UPON_ARRIVAL = re.compile(UPON_ARRIVAL)
_WELCOMES = frozenset({"welcome ceremony", "welcoming ceremony"})
# A farewell to a unit leaving on a mission of its own, or to someone retiring: not a visit's last day (ships
# "bound for Manila", their next port, are the visit's).
_SENT_OFF = re.compile(r"\bretir|\bpeacekeep|\b(?:unit|contingent|troops|battalion|mission)\b", re.IGNORECASE)
_WELCOME_REACH = 3  # sentences from the visit told to its welcome ceremony


def _just_told_by_its_own(told: Draft | None, main: Draft | None, number: int, people: list[Participant]) -> bool:
    """True for an event told just before by someone this sentence names, when it names no one of the main event.

    "Y visited India in November last year. General Y was conferred ...
    during the visit": Y's visit, not the story's. Not "It is his second visit
    after his trip in November" (the main visitor's), nor an old visit told
    beside the main one, nor "During the visit, X held talks with Y" (X's).
    """
    if told is None or main is None or told is main or number - told.number != 1 or told.number == main.number:
        return False
    named = {fold(person.name) for person in people}
    mains = {fold(person.name) for person in main.people}
    return not named & mains and bool(named & ({fold(person.name) for person in told.people} - mains))


def _told_here(drafts: list[Draft], reference: re.Match[str] | None, start: int, story: Story) -> Draft | None:
    """The event a reference names when the sentence itself dates it, right after the reference's noun.

    "On the sidelines of the three-day dialogue to run until Sunday, Han
    plans to hold bilateral talks": the dialogue, not the visit told before.
    Only an event of a kind the story has not told yet: "During the two-day
    visit starting Monday" after "arrived on Sunday for a visit" is that visit.
    """
    if reference is None or story.latest(_NOUN_KINDS.get(reference["noun"].lower())) is not None:
        return None
    noun = (start + reference.start("noun"), start + reference.end("noun"))
    return next((d for d in drafts if d.trigger == noun and d.when is not None and dated_closely(d)), None)


def _not_background(told: Draft | None, main: Draft | None, kind: Kind | None) -> Draft | None:
    """The event *told* last, unless it is background to the story's main event of the same kind.

    "Previously, X traveled to Japan in April 2018 and met with Y. ... Z said
    in his meeting with X": the meeting the story is about, not the one of 2018.
    """
    if told is None or main is None or told is main or told.when is None or main.when is None:
        return told
    same = main.kind is kind or {main.kind, kind} <= {Kind.MEETING, Kind.TALKS}
    long_before = (main.when.start - told.when.end).days > _BACKGROUND_DAYS  # not "on Monday, X had met Y"
    return main if same and long_before else told


# A sentence opening on where the trip just told went: "There, he will hold talks with ...".
_THERE = re.compile(r"(?P<noun>There)(?=,?\s(?:he|she|they|the\s)|,)")
# Words that put an event before the one told: "The agreement follows a phone conversation".
_BEFORE_IT = re.compile(r"\b(?:follows|followed|following|after|previous|earlier|last)\b")
_BACKGROUND_DAYS = 90  # how much older than the story's main event a background event is


_SAME_DAY = re.compile(r"(?:(?:earlier|later|on)\s)?(?:the\ssame|that(?:\ssame)?)\sday", re.IGNORECASE)


def _same_day_as_told(drafts: list[Draft], story: Story) -> None:
    """The day of the event just told is what "on the same day" means, not a date named since ("on 2 December").

    The event is where that one was, unless its own words say otherwise.
    """
    told = story.latest_event()
    if told is None or told.when is None or told.when.precision is not Precision.DAY:
        return
    for draft in drafts:
        if draft.expression is not None and _SAME_DAY.fullmatch(draft.expression.text):
            draft.when = told.when
            draft.parent = draft.parent or told  # and, unless it says, the same place


# "Both Foreign Ministers", "the two PMs": a pair holding that office.
_BOTH_OFFICE = re.compile(
    r"\b(?:both|the\stwo)\s(?:(?P<office>foreign|defen[cs]e|prime)\sministers|(?P<pms>PMs))\b", re.IGNORECASE
)


def _holds_office(person: Participant, office: str) -> bool:
    """True when *person* is that kind of minister ("External Affairs Minister" is a foreign minister, "PM" a prime)."""
    minister = f"{office} minister"
    return (
        holds_office(person, minister)
        or (office.lower() == "foreign" and holds_office(person, "external affairs"))
        or (office.lower() == "prime" and holds_office(person, "pm"))
    )


def _group_subject(sentence: str, lower: str | None, drafts: list[Draft], story: Story) -> None:
    """Events whose subject is "the two ministers", "both sides" or "they": the people of the last such pair.

    "Following the talks, the two ministers signed ...": the two who held the talks.
    An event over before theirs is not ("They also agreed on ... the accord
    signed at the previous meeting in March 2015").
    """
    if not keyed_search(_GROUP, _GROUP_KEYS, sentence, lower):
        return
    both = _BOTH_OFFICE.search(sentence)  # "Both Foreign Ministers", "the two PMs": a pair holding that office
    office = None if both is None else both["office"] or "prime"
    latest = drafts[0].number if drafts else 0
    pairs = (
        d for d in reversed(story.dated)
        if len(d.people) >= 2 and latest - d.number <= GROUP_REACH
        and (office is None or all(_holds_office(p, office) for p in d.people))
    )  # fmt: skip
    group = next(pairs, None)
    if group is None:
        named = story.named  # "X will visit Laos at the invitation of Y. The two will hold talks": X and Y
        if named is not None and 0 < latest - named[0] <= GROUP_REACH:
            # "The two PMs": not the tourism minister and two ambassadors named at the airport
            holders = [p for p in named[1] if office is None or _holds_office(p, office)]
            for draft in drafts:
                recalled = draft.when is not None and draft.when.precision.rank > Precision.WEEK.rank
                if not draft.people and draft.kind in _GROUP_KINDS and not recalled and len(holders) > 1:
                    _add_people(draft, holders)  # not "the dialogue in 2015"
        return
    for draft in drafts:
        earlier = draft.when is not None and group.when is not None and draft.when.end < group.when.start
        if not draft.people and draft.kind in _GROUP_KINDS and not earlier:  # "the accord signed in 2015": not theirs
            _add_people(draft, list(group.people))


def _share_places(drafts: list[Draft]) -> None:
    """Events of one sentence on the same days share a place ("visited Minsk two weeks ago to sign a protocol")."""
    placed = {draft.when: draft.where for draft in drafts if draft.when is not None and draft.where is not None}
    for draft in drafts:
        if draft.where is None and draft.when in placed:
            draft.where = placed[draft.when]


def _elaborate(text: str, story: Story, undated: list[Draft]) -> None:
    """An undated event word of a kind just told goes on about that event: its place and people are that event's.

    "X and Y inspected preparations on August 12. ... X and Y inspected
    several places in Moc Chau district ..." places the inspection; "after a
    50-minute meeting with Johnston at the ministry in Tokyo" places the meeting.
    """
    for draft in undated:
        told = _not_background(story.latest(draft.kind), story.main, draft.kind)
        if told is None and draft.kind is Kind.PHONE_CALL:
            _by_phone(text, story.main, draft)
        if told is None or told.when is None or draft.number - told.number > RECENT:
            continue
        if draft.kind is Kind.VISIT and someone_else(draft, told):
            continue  # "Y is on a three-day visit to Viet Nam" after X's visit to Laos: Y's own visit

        if not draft.placed_before:  # "During the summit in Jakarta, he spoke of the trip": not the trip's place
            told.where = told.where or draft.where
        _add_people(told, draft.people)


def _by_phone(text: str, main: Draft | None, call: Draft) -> None:
    """What two ministers agreed is their phone call when the story then speaks of "the phone conversation".

    "X and his counterpart Y on Thursday agreed to ... . X said Y reviewed the
    ties in a phone conversation": one event, a call, with no place. Not
    when the call came before: "The agreement follows a phone conversation".
    """
    if (
        main is not None and main.implicit and main.kind is Kind.MEETING and main.where is None
        and call.number - main.number <= RECENT
        and call.people and {p.name for p in call.people} <= {p.name for p in main.people}
        and not _BEFORE_IT.search(text, call.sentence[0], call.trigger[0])
    ):  # fmt: skip
        main.kind, main.where = Kind.PHONE_CALL, None


_OPENING_REACH = 4  # characters before a reference that opens its sentence ("During the visit, ...")
# The references that put what follows on the trip: not "Before the trip", "After the visit".
_ON_THE_TRIP = re.compile(r"during|in\sthe\scourse\sof|there\b", re.IGNORECASE)
_HELD_THERE = frozenset({Kind.MEETING, Kind.TALKS, Kind.SIGNING, Kind.CEREMONY, Kind.CONFERENCE, Kind.EXERCISE})


def _placed_on_the_trip(drafts: list[Draft], trip: Draft | None, reference: re.Match[str] | None) -> None:
    """What a sentence opening on "During the visit," tells happens where the trip went, on a day of the trip.

    *trip* is the event the reference points to, when it names a visit.

    "X will visit China until Tuesday. During the visit, X is expected to meet
    Y on Monday": in China, not at the dateline of a paper at home. Not what
    comes "Before the trip" or "After the visit", nor a call (held from afar),
    nor a day outside the trip (a trip to two countries).
    """
    if reference is None or reference.start() >= _OPENING_REACH or not _ON_THE_TRIP.match(reference.group()):
        return
    if trip is None or trip.kind is not Kind.VISIT or trip.where is None or trip.when is None:
        return
    span = trip.when
    for draft in drafts:
        when = draft.when
        # a trip of one day may be only its end ("will visit China until Tuesday"): days before it may be on it
        inside = when is not None and when.end <= span.end and (span.days == 1 or span.start <= when.start)
        if draft.where is None and draft.kind in _HELD_THERE and inside:
            draft.where = trip.where


def _dated(drafts: list[Draft], referred: Draft | None, *, on_a_trip: bool = False) -> list[Draft]:
    """The drafts with a date, undated ones taking the referred event's date.

    On a trip (the sentence refers to "the visit"), an undated visit is a stop
    on it, not an event of its own.
    """
    dated = []
    for draft in drafts:
        if draft.when is None and (draft.implicit or draft.too_coarse):
            continue  # "they agreed to meet again", "in 2013 ... signed": dated only by its own words
        if draft.when is None and referred is not None:
            if draft.kind is Kind.VISIT and on_a_trip:
                continue  # "During his visit, he visited a division": a stop on the trip, not a trip
            if is_generic(draft) or still_to_come(draft):
                continue  # "coordination at multilateral forums", "the upcoming exercise": not one held that day
            inherit(draft, referred)
        if draft.when is not None:
            dated.append(draft)
    return dated


def _with_pronoun_subject(
    text: str, sentence: tuple[int, int], persons: list[tuple[Mention, Participant]], story: Story
) -> list[tuple[Mention, Participant]]:
    """The story's last subject as the subject of a sentence that opens on a pronoun ("He also spoke with ...")."""
    opening = _PRONOUN.match(text, sentence[0], sentence[1])
    if opening is None or story.subject is None:
        return persons
    mention = Mention(opening.start("pronoun"), opening.end("pronoun"), story.subject.name)
    return [(mention, story.subject), *persons]


def _add_people(draft: Draft, people: list[Participant]) -> None:
    known = {person.name for person in draft.people}
    for person in people:
        if person.name not in known:
            draft.people.append(person)
            known.add(person.name)
