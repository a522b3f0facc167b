"""Sentences that go on about an event already told, and visits told as under way.

"He also met ...", "Later that day, ...", "Earlier, ...": the event told last
(or, for "Earlier,", the story's main event). A deed told in the past tense
right after a dated event took place at it. What the visitor "will" do on a
coming trip is on its days. "X, who is on a working visit to Laos, met Y on
Wednesday": the visit, that day. All such dates are *inferred*.
"""

from __future__ import annotations

import re

from timeline.dates import Precision
from timeline.extract._draft import Draft, told_as_done
from timeline.extract._keyed import keyed_search
from timeline.extract._lexicon import UPON_ARRIVAL
from timeline.extract._roster import Mention, names_one_of
from timeline.extract._story import Story
from timeline.gazetteer import fold
from timeline.model import DateBasis, Kind, Participant

__all__ = ["CONTINUING", "GROUP_REACH", "RECENT", "going_on", "inherit", "under_way", "visits_under_way"]

GROUP_REACH = 4  # sentences back where the group's event may stand
# Words that tell what comes next in the story ("later", "then"): they reach further back.
_SEQUENCE_WORDS = r"\b(?:later|afterwards)\b|(?<!the\s)\bthen\b"
_SEQUENCE = re.compile(_SEQUENCE_WORDS, re.IGNORECASE)
_SEQUENCE_KEYS = ("later", "afterwards", "then")
# A sentence that goes on about the last event: it opens on a pronoun or the
# parties, or on "Upon arrival", or says "also", "later" or "then".
_CONTINUES = re.compile(
    r"""^(?:earlier|later|meanwhile|afterwards|then|the\ssame\sday|on\sthe\ssame\sday|subsequently|additionally
    |in\saddition,)\b|^"""
    + UPON_ARRIVAL
    + r"""
    |^(?:he|she|they|both\ssides|the\stwo\ssides|the\stwo\sministers|the\stwo\sleaders|the\sministers
    |the\sdelegation|the\sminister|the\stwo)\b|\balso\b|"""
    + _SEQUENCE_WORDS,
    re.IGNORECASE | re.VERBOSE,
)
_CONTINUES_KEYS = ("also", *_SEQUENCE_KEYS)  # in every match not at the sentence's start
# Words that place what a sentence tells in the day of the event just told ("in the morning",
# "later in the day") or right after it ("was then hosted to lunch"): they reach further back.
_DAY_PART = re.compile(
    r"""\b(?:in\sthe\s(?:morning|afternoon|evening)|(?:later|earlier)\s(?:in\sthe|that)\sday
    |that\s(?:morning|afternoon|evening)|the\ssame\sday)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_DAY_PART_KEYS = ("morning", "afternoon", "evening", "later", "earlier", "same")
RECENT = 2  # sentences back that a continuing sentence may refer to
# Kinds a continuing sentence can add ("He also spoke with ...", "They will sign ...").
CONTINUING = frozenset(
    {Kind.MEETING, Kind.TALKS, Kind.SIGNING, Kind.PHONE_CALL, Kind.CEREMONY, Kind.VISIT, Kind.EXERCISE, Kind.CONFERENCE}
)
# A visit told as under way: "who is on a working visit to Laos", "is currently on an official visit", "is in Malaysia".
# "is in Singapore for an introductory visit" too.
_UNDER_WAY = re.compile(
    r"\b(?:is|are)\s(?:currently\s|now\s)?(?:(?:on|in\s(?:[A-Z][\w'’-]*\s){1,3}for)\s(?:a|an|his|her|their)\s"
    r"(?:[\w-]+\s){0,4})?$"
)


def under_way(text: str, draft: Draft) -> bool:
    """True for a visit told as under way: "is on an official visit to Laos", "who is in Malaysia", "is visiting X"."""
    start = draft.trigger[0]
    told = text[start : draft.trigger[1]].lower()
    return told.startswith(("is in", "are in", "is visiting", "are visiting")) or bool(
        _UNDER_WAY.search(text, max(draft.sentence[0], start - 50), start)
    )


def visits_under_way(
    text: str, drafts: list[Draft], dated: list[Draft], persons: list[tuple[Mention, Participant]]
) -> list[Draft]:
    """Undated visits told as under way, dated by the day of the sentence's nearest dated event (inferred).

    "X, who is on a working visit to Laos, met Y on Wednesday": X was on the
    visit that Wednesday; "Y received X, who is on an official visit": X's visit.
    """
    days = [d for d in dated if d.when is not None and d.when.precision is Precision.DAY and d.kind is not Kind.VISIT]
    found = []
    for draft in drafts:
        if draft.when is not None or draft.kind is not Kind.VISIT or not days:
            continue
        start = draft.trigger[0]
        if under_way(text, draft):
            inherit(draft, min(days, key=lambda d: abs(d.trigger[0] - start)))
            who = text.rfind(", who ", draft.sentence[0], start)
            visitor = next((p for m, p in persons if who >= 0 and 0 <= who - m.end <= 1), None)
            if visitor is not None:
                draft.people[:] = [visitor]
            found.append(draft)
    return found


def going_on(  # noqa: PLR0913, PLR0917 - the sentence, its events and people, and the story
    text: str,
    sentence: str,
    lower: str | None,
    remaining: list[Draft],
    story: Story,
    persons: list[tuple[Mention, Participant]],
) -> tuple[Draft | None, list[Draft], Draft | None]:
    """The event a sentence with no reference of its own goes on about, and the drafts that stay.

    "He also met ...", "Later that day, ...": the event told last. A deed told
    in the past tense right after a dated event: that event, also returned
    third, as its people may be the deed's.
    """
    day_part = keyed_search(_DAY_PART, _DAY_PART_KEYS, sentence, lower)
    after_deed = _AFTER_DEED.match(sentence) is not None and (
        _COMING.search(sentence) is None or not story.is_past(story.latest_event())
    )  # "After leaving Hanoi, X will travel to ...": not on the day of a talk already held
    if (
        _CONTINUES.match(sentence) or keyed_search(_CONTINUES, _CONTINUES_KEYS, sentence, lower) or day_part
        or after_deed
    ):  # fmt: skip
        means = _MEANS.search(sentence)
        begin = remaining[0].sentence[0] if remaining else 0
        continuing = [
            d for d in remaining
            if d.when is not None or (d.kind in CONTINUING and not (means and d.trigger[0] - begin > means.start()))
        ]  # fmt: skip  # "also cooperate ... through the Rim of the Pacific Exercise (RIMPAC)": ways, not events
        candidate = story.latest_event()
        undated = [d for d in continuing if d.when is None]
        if undated and not story.is_past(candidate) and any(_deed_then(text, d) for d in undated):
            candidate = (
                story.latest_past_event()
            )  # "X will meet Y on Friday. The two sides also signed": done, not then
        earlier = _EARLIER.match(sentence) is not None
        if earlier and not story.is_past(candidate):
            candidate = None  # "X will visit Vietnam on April 20. Earlier, X met Y": not on April 20
        reach = GROUP_REACH if day_part or keyed_search(_SEQUENCE, _SEQUENCE_KEYS, sentence, lower) else RECENT
        if candidate is not None and remaining[:1] and remaining[0].number - candidate.number <= reach:
            return candidate, continuing, None
        if earlier and remaining[:1] and story.is_past(story.main):
            return story.main, continuing, None
        trip = _coming_trip(sentence, story)
        if trip is not None and remaining[:1] and remaining[0].number - trip.number <= _AGENDA_REACH:
            kept = [d for d in continuing if d.when is not None or d.kind is not Kind.VISIT]
            return trip, kept, None  # "He will preside over the handover ceremony": on the coming trip
    if remaining and all(d.when is None for d in remaining):
        told = _told_just_before(text, remaining, story)
        if told is not None:
            return told, [d for d in remaining if _deed_then(text, d)], told
    deeds = [d for d in remaining if d.when is None and d.kind in _MET and _deed_then(text, d)]
    trip = _the_frame(text, deeds[0], story, persons) if deeds else None
    if trip is not None:  # its other undated words are dropped, as nothing dates them
        return trip, [d for d in remaining if d.when is not None or d in deeds], None
    return None, remaining, None


# The ways two sides work together, listed: "cooperate ... through", "in the form of", "such as".
_MEANS = re.compile(
    r"\b(?:cooperate|cooperates|work|works|engage|engages)\b[^.;]{0,80}?\b(?:through|via|in\sthe\sform\sof)\b"
)
_MET = frozenset({Kind.MEETING, Kind.TALKS})
_FRAMES = frozenset({Kind.VISIT, Kind.MEETING, Kind.TALKS})
_ASIDE = re.compile(r",\s(?:who|which)\s[^,]{0,80},")  # "X, who took up the post in June, also met": X
_FRAME_DAYS = 14  # a trip longer than this is no frame for the visitor's meetings
_SUBJECT_WORDS = 6  # words before the event word that may be its subject, and nothing more


def _the_frame(text: str, first: Draft, story: Story, persons: list[tuple[Mention, Participant]]) -> Draft | None:
    """The trip or meeting a story is about, when a later sentence tells a meeting of one of its people, undated.

    "X led a delegation to Orenburg for the drills on Sept 19-21. ... X had a
    friendly conversation with Putin.": on the trip's days (inferred). So for
    a story about one meeting: "X called on Y on Wednesday. ... X, who took up
    the post in June, also met Z": that Wednesday. *first* is the meeting's
    draft; its subject, named before it (or "He"/"She" for the story's
    subject), must be one of the main event's people, and a place of its own
    other than the main event's sets it elsewhere ("X held talks with Y in
    Qingdao"), as perfect or background verbs set it at another time (see
    _ANOTHER_TIME).
    """
    frame = story.main
    if frame is None or frame.kind not in _FRAMES or not frame.people or not story.is_past(frame):
        return None
    if frame.when is None or frame.when.days > _FRAME_DAYS or _elsewhere(first, frame):
        return None
    start = first.sentence[0]
    head = fold(_ASIDE.sub("", text[start : first.trigger[0]])).split()
    if not head or len(head) > _SUBJECT_WORDS:
        return None
    named = names_one_of(persons, start, first.trigger[0], frame.people)
    subject = story.subject
    pronoun = (
        head[0] in {"he", "she"} and subject is not None and fold(subject.name) in {fold(p.name) for p in frame.people}
    )
    return frame if named or pronoun else None


def _elsewhere(draft: Draft, frame: Draft) -> bool:
    """True when *draft* names a city other than the one *frame* was held in."""
    here, there = draft.where, frame.where
    return here is not None and here.name != here.country and (there is None or fold(here.name) != fold(there.name))


# A sentence that opens on what was done just before: "After inspecting a guard of honour, X called on Y",
# "After completing his schedule in Thailand, X will fly to Singapore" (after a coming trip).
_AFTER_DEED = re.compile(r"After\s[a-z]{2,20}ing\b")


# A paragraph that opens on "Earlier," goes back to the day of the story's main event, however far it was told.
_EARLIER = re.compile(r"Earlier(?:,|\s(?:in\sthe|that)\sday\b)")


# A sentence that tells what is to come: "He will ...", "He is also scheduled to call on ...", "are also on schedule".
_COMING = re.compile(
    r"\b(?:will|(?:is|are)\s(?:also\s)?(?:(?:scheduled|set|expected|due|slated)\sto|on\sschedule|planned))\b"
)
_AGENDA_REACH = 8  # sentences of a coming trip's agenda after the trip is told
# A sentence about the people already told: "He will ...", "The two will ...", "The delegation is to ...".
_ABOUT_THEM = re.compile(
    r"(?:[^,;]{0,60},\s)?(?:he|she|they|the\s(?:two|minister|delegation|visitor|guest)s?)\b", re.IGNORECASE
)


def _coming_trip(sentence: str, story: Story) -> Draft | None:
    """The latest event of the story that lasts days and is still to come, when *sentence* tells its people's agenda.

    "X will pay an official visit to Vietnam from June 8 to 10. ... He will
    preside over the handover ceremony of 12 guard boats": during the visit.
    "The border exchange is slated for mid-December ... A joint exercise ...
    are also on schedule": during the exchange.
    """
    coming = story.coming
    if coming is None or not _COMING.search(sentence):
        return None
    if not coming.people or _ABOUT_THEM.match(sentence):
        return coming  # an exchange's programme is everyone's; a visit's agenda is the visitor's
    return coming if _names_any(sentence, coming.people) else None  # "Prime Minister Z will also visit China": not X's


def _names_any(words: str, people: list[Participant]) -> bool:
    """True when *words* name one of *people* by a word of their name longer than two letters ("Kim", "Ishiba")."""
    found = set(fold(words).split())
    return any(part in found for person in people for part in fold(person.name).split() if len(part) > 2)


def _told_just_before(text: str, drafts: list[Draft], story: Story) -> Draft | None:
    """The event told in the sentence before, for undated deeds told right after it in the past tense.

    "X and Y attended the handover ceremony held on Tuesday evening. A and B
    signed the handover document.": the signing took place at the ceremony.
    """
    told = story.latest_event()
    if (
        told is None
        or told.when is None
        or told.when.precision is not Precision.DAY
        or told.basis is not DateBasis.STATED
        or drafts[0].number - told.number != 1
        or not story.is_past(told)  # a deed told in the past did not take place at an event still to come
    ):
        return None
    return told if any(d.kind in CONTINUING and _deed_then(text, d) for d in drafts) else None


# Words before a past verb that set its deed at another time: "Marles previously visited Malaysia", "had signed".
_ANOTHER_TIME = re.compile(
    r"\b(?:previously|formerly|once|had|has|have|first|in\sthe\spast)\s(?:[a-z]+\s)?$", re.IGNORECASE
)  # "has met X several times", "first met X"


def _deed_then(text: str, draft: Draft) -> bool:
    """True for a deed told in the past tense and not set at another time (see _ANOTHER_TIME)."""
    start = draft.trigger[0]
    return told_as_done(text, draft) and _ANOTHER_TIME.search(text, max(draft.sentence[0], start - 40), start) is None


def inherit(draft: Draft, parent: Draft) -> None:
    draft.when, draft.basis, draft.parent = parent.when, DateBasis.INFERRED, parent
    draft.where = draft.where or parent.where
