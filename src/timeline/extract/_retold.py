"""Event words that tell again an event already told: the told event takes what the new telling adds.

"During the visit, ..." names the visit itself; "the exercise is aimed at
...", "the 15-day exercise", "the exercise will last until Aug. 14" go on
about the exercise already told, giving it their place, length or end. Only
the drafts that are events of their own are kept (:func:`new_events`).
"""

from __future__ import annotations

import bisect
import re

from timeline.dates import DateRange, Precision
from timeline.extract._dating import dated_closely
from timeline.extract._draft import Draft, dated_by_its_end, someone_else
from timeline.extract._lengths import stretch
from timeline.extract._lexicon import TITLE_WORDS
from timeline.extract._places import may_lie_in
from timeline.extract._story import Story
from timeline.gazetteer import fold
from timeline.model import Kind

__all__ = ["new_events"]

# Words of another occasion before a trip's length: "previously paid a three-day visit", "his last three-day visit".
_OTHER_OCCASION = re.compile(r"\b(?:previously|formerly|earlier|last|once|had|previous|former)\b")
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those)\s(?:year['’]s\s)?(?:[\w-]+\s)?$", re.IGNORECASE)


def new_events(
    text: str, drafts: list[Draft], story: Story, referred: Draft | None, reference: re.Match[str] | None
) -> list[Draft]:
    """The drafts that are events of their own, not one already told ("during the visit", "the exercise")."""
    start = drafts[0].sentence[0]
    twins: dict[Kind, Draft] = {}
    dated = [draft for draft in drafts if draft.when is not None]  # in text order, as drafts are
    dated_starts = [draft.trigger[0] for draft in dated]
    for draft in dated:
        twins.setdefault(draft.kind, draft)
    remaining = []
    for draft in drafts:
        whole = _whole_visit(text, referred, draft) if referred is not None else None
        if whole is not None and referred is not None and _names_the_reference(draft, referred, reference, start):
            referred.when = whole  # "arrived on Sunday for a visit ... During the two-day visit starting Monday"
            continue
        if (
            (draft.when is None or not dated_closely(draft))
            and referred is not None
            and draft is not referred  # "On the sidelines of the dialogue to run until Sunday": an event of its own
            and not _held_alongside(draft, referred)
            and _names_the_reference(draft, referred, reference, start)
            and not (draft.kind is Kind.CEREMONY and referred.kind is not Kind.CEREMONY)  # "at the departure ceremony"
        ):  # "As part of his visit, X presented ... to be marked on 2 December": not the visit's date
            if draft.kind is referred.kind:
                _told_at_the_reference(text, referred, draft)
            continue  # "during the visit": the visit itself, told again
        # Told again: undated, or dated only by when someone spoke of it ("X said Monday ... the 15-day exercise").
        ending = dated_by_its_end(draft)
        again = (draft.when is None or draft.how == "said" or ending) and draft.kind is not Kind.PLAN
        told = (story.latest(draft.kind) or _visit_received(story, draft)) if again else None
        if told is not None and (
            _DEFINITE.search(text, max(0, draft.trigger[0] - 30), draft.trigger[0])
            or _during(draft, told)
            or _its_length(text, draft, told)
            or (ending and told.when is not None and draft.when is not None and told.when.start < draft.when.start)
        ):
            if not draft.placed_before:  # "during the exercise in Tawau": where it is
                told.where = told.where or draft.where
            stretch(told, draft)  # "the 15-day exercise", "the exercise will last until Aug. 14"
            continue  # "the exercise is aimed at ...": the exercise already told
        twin = twins.get(draft.kind)
        if (
            draft.when is None
            and twin is not None
            and draft.title is None
            and _nearest_dated(draft, dated, dated_starts) is twin
        ):
            twin.where = twin.where or draft.where  # "will visit Washington for a working visit from Apr 2 to 5"
            continue
        remaining.append(draft)
    return remaining


def _held_alongside(draft: Draft, told: Draft) -> bool:
    """True for a gathering dated by the event held on its sidelines in the same sentence, named unlike the one told.

    "Both ministers met again on November 3 on the sidelines of the COP26
    Summit", after the CICA meeting: the summit is an event of its own.
    """
    alongside = draft.parent is not None and draft.parent.sentence == draft.sentence
    return alongside and draft.title is not None and told.title is not None and draft.title != told.title


def _told_at_the_reference(text: str, referred: Draft, draft: Draft) -> None:
    """What the reference's own words add to the event: "At their meeting in Makati", "During his three-day visit"."""
    referred.where = referred.where or draft.where
    _own_date(referred, draft)
    if (draft.when is None or draft.how == "before") and _same_trip(text, referred, draft):
        stretch(referred, draft)  # "During his three-day visit", "met Y on Tuesday during the three-day visit"


_ELSEWHERE = re.compile(r"\s(?:to|of|by|in)\s")  # a visit told with where or whose: not the one received


def _visit_received(story: Story, draft: Draft) -> Draft | None:
    """A meeting told as a visit received, when *draft* is "the visit" again: "received an honorary visit from X"."""
    if draft.kind is not Kind.VISIT:
        return None
    meeting = story.latest(Kind.MEETING)
    if meeting is None:
        return None
    start = meeting.trigger[0] - meeting.sentence[0]
    if not meeting.text[start : meeting.trigger[1] - meeting.sentence[0]].endswith("visit"):
        return None
    if _ELSEWHERE.match(draft.text, draft.trigger[1] - draft.sentence[0]):
        return None  # "the official visit to China by Lao President X": another visit
    return meeting


def _same_trip(text: str, told: Draft, again: Draft) -> bool:
    """True unless the visit told again names another place or another visitor than the one told.

    Not "visited Hanoi on Sunday. During his two-day visit to Laos ...", nor
    "During the three-day visit of Prime Minister X, ..." after Y's visit.
    """
    phrase_end = min(again.sentence[1], again.trigger[1] + _PHRASE_REACH)
    comma = text.find(",", again.trigger[1], phrase_end)
    named = _OF_SOMEONE.match(text, again.trigger[1]) or _BY_SOMEONE.search(
        text, again.trigger[1], phrase_end if comma < 0 else comma
    )  # "the four-day visit to Khanh Hoa province by Indian Navy ships"
    if (named and not _names_the_visitor(named.group(), told)) or someone_else(again, told):
        return False  # "the visit of Prime Minister X" after Y's; "the visit of Prime Minister Ishiba" after his is his
    if _OTHER_OCCASION.search(text, max(again.sentence[0], again.trigger[0] - 30), again.trigger[0]):
        return False  # "During his previous two-day visit to Xieng Khouang province"
    here, there = told.where, again.where
    if here is None or there is None or here.country != there.country:
        return here is None or there is None
    if may_lie_in(here, there) or may_lie_in(there, here):
        return True  # "arrived in Cam Ranh ... During the five-day tour, ... leaders of Khanh Hoa province"
    return here.name == here.country or there.name == there.country or fold(here.name) == fold(there.name)


# "the three-day visit of Japanese Prime Minister X": who, up to six capitalised words
_OF_SOMEONE = re.compile(r"\s(?:of|by)\s(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,5}")
_BY_SOMEONE = re.compile(r"\sby\s(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,5}")  # further on: "to X by Y"
_PHRASE_REACH = 80  # characters after a visit's word that may still say whose it is


def _names_the_visitor(words: str, told: Draft) -> bool:
    """True when the name in *words* ("of Prime Minister Ishiba") is one of *told*'s people, not a namesake.

    Every word of it that is no title word must be in that person's name: "of
    Deputy Minister Hoang Van Hien" is not Phan Van Giang, for all the "Van".
    """
    named = {word for word in fold(words).split()[1:] if word not in TITLE_WORDS and word != "the"}
    return bool(named) and any(named <= set(fold(person.name).split()) for person in told.people)


def _whole_visit(text: str, told: Draft, again: Draft) -> DateRange | None:
    """A visit told by its first day, then told again from the next day on: from the first day to the last.

    "arrived in Jakarta on Sunday for a working visit. During the two-day
    visit starting Monday, ...": Sunday to Tuesday.
    """
    first, then = told.when, again.when
    if told.kind is not Kind.VISIT or again.kind is not Kind.VISIT or first is None or then is None:
        return None
    if not _same_trip(text, told, again):
        return None
    if first.precision is not Precision.DAY or then.precision is not Precision.DAY or first.days != 1:
        return None
    follows = then.days > 1 and (then.start - first.end).in_days() == 1 and dated_closely(again)
    return DateRange(first.start, then.end) if follows else None


def _own_date(told: Draft, again: Draft) -> None:
    """An event dated only by when it was reported takes the date its next telling gives it.

    "X has held talks with Y, his office said Saturday. During the talks, which
    took place in India on Friday, ...": the talks were on Friday.
    """
    if told.how == "said" and again.when is not None and again.how not in {"", "said"}:
        told.take_date(again)


def _its_length(text: str, draft: Draft, told: Draft) -> bool:
    """True for a trip's length told after its dated start by the same visitor.

    "X arrived in Kathmandu on Monday. ... X, who arrived on a three-day
    visit, will ...": the three days from Monday.
    """
    if draft.kind is not Kind.VISIT or draft.when is not None or (draft.lasts or 0) <= 1:
        return False
    if told.when is None or told.when.days != 1 or someone_else(draft, told):
        return False
    if draft.where is not None and told.where is not None and draft.where.country != told.where.country:
        return False  # a trip elsewhere
    words = text[max(draft.sentence[0], draft.trigger[0] - 60) : draft.trigger[1]].lower()
    # not "a six-day tour of Southeast Asia" (more than the place told), nor "previously paid a three-day visit"
    return not words.endswith("tour") and _OTHER_OCCASION.search(words) is None


def _during(draft: Draft, told: Draft) -> bool:
    """True when a draft dated only by when someone spoke falls within an event of its kind already told.

    "The exercise began on Wednesday. 'It is a joint exercise on a large
    scale,' he said on Wednesday": the exercise already told.
    """
    return (
        draft.how == "said" and draft.when is not None and told.when is not None
        and told.when.start <= draft.when.start and draft.when.end <= told.when.end
    )  # fmt: skip


def _nearest_dated(draft: Draft, dated: list[Draft], starts: list[int]) -> Draft | None:
    """The dated draft of the sentence (*dated*, in text order; *starts*, where each begins) nearest *draft*'s word.

    "Monday's meeting came days after they met on the margins of a forum last
    week": "met" is nearer the forum than the meeting, so it is not the meeting
    told twice. The nearest is one of the two around the word, found by
    bisection: a sentence of thousands of event words stays linear.
    """
    at = bisect.bisect_left(starts, draft.trigger[0])
    around = [dated[i] for i in (at - 1, at) if 0 <= i < len(dated)]
    return min(around, key=lambda d: _gap(d, draft), default=None)


def _gap(one: Draft, other: Draft) -> int:
    if one.trigger[1] <= other.trigger[0]:
        return other.trigger[0] - one.trigger[1]
    return one.trigger[0] - other.trigger[1]


def _names_the_reference(draft: Draft, referred: Draft, reference: re.Match[str] | None, offset: int) -> bool:
    """True when the draft's words are the reference itself ("during *the visit*")."""
    if reference is None:
        return False
    start = offset + reference.start("noun")
    return draft.trigger[0] <= start < draft.trigger[1] or (
        draft.kind is referred.kind and offset + reference.start() <= draft.trigger[0] <= offset + reference.end()
    )
