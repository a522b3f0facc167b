"""Which of a sentence's drafts are events of their own, read against the others of the sentence.

A trip and what it was for share their days (:func:`what_trips_were_for`).
What is only part of another event goes: an agreement made in the talks the
sentence names, a plan that is the framework a dated event was held under, a
programme that is its event, a deployment a ceremony sends off; and a
statement counts beside other events only when it is an event itself
(:func:`statement_counts`).
"""

from __future__ import annotations

import itertools
import re

from timeline.dates import DateRange, Precision
from timeline.extract._dating import dated_closely, is_gathering
from timeline.extract._draft import GATHERINGS, Draft, fold_into_previous
from timeline.extract._lexicon import SOURCE_AFTER
from timeline.model import DateBasis, Kind

__all__ = [
    "PURPOSE_REACH",
    "ceremonies_of",
    "programmes_of",
    "statement_counts",
    "what_trips_were_for",
    "without_agreements_in_talks",
    "without_frameworks",
]

_TOLD_BY_NAME = (GATHERINGS - {Kind.STATEMENT, Kind.VISIT}) | {Kind.PHONE_CALL}  # a gathering its words name
PURPOSE_REACH = 60  # characters between a trip and what it was for ("visited Minsk ... to sign")


# A trip, then what it was for: "flew to Jakarta to meet ...", "led a delegation to Orenburg, Russia, to view the
# 'Tsentr-2019' military drills".
_FOR = re.compile(r"\s[^;.]{0,40}?\bto\s(?:[a-z][\w'’-]*\s(?:[\w'’-]+\s){0,3})?")  # "to Turkiye" is no purpose


def what_trips_were_for(text: str, drafts: list[Draft]) -> None:
    """A trip and what it was for share their days, whichever the sentence dates.

    "Earlier this month, X flew to Jakarta to meet Y": the meeting, early this
    month; "X led a delegation to Orenburg to view the drills on Sept 19-21":
    the trip, September 19 to 21.
    """
    for trip, draft in itertools.pairwise(drafts):
        if (
            trip.kind is Kind.VISIT and (trip.when is None) != (draft.when is None)
            and draft.trigger[0] - trip.trigger[1] < PURPOSE_REACH
            and _FOR.fullmatch(text, trip.trigger[1], draft.trigger[0])
        ):  # fmt: skip
            if draft.when is None:
                draft.take_date(trip)
            elif draft.when.precision.rank <= Precision.WEEK.rank:  # not "to prepare the exercise in 2026"
                trip.take_date(draft)


def without_agreements_in_talks(drafts: list[Draft]) -> list[Draft]:
    """Drop what two parties agreed when the sentence names the talks they agreed it in.

    "held telephone talks Thursday and agreed to ...": one event, the talks.
    """
    # what they signed is not where they agreed: "agreed Tuesday to ..., while ... concluded letters" is two events
    named = {d.when for d in drafts if not d.implicit and d.kind in _TOLD_BY_NAME and d.kind is not Kind.SIGNING}
    if not named:
        return drafts
    # an agreement on another day than the talks named ("agreed Thursday to ... at the summit in March") stays
    return [d for d in drafts if not (d.implicit and not d.intended and (d.when in named or None in named))]


# "under the Laros-2021 program", "under the framework of the plan": what a dated event was held under.
_UNDER = re.compile(r"\bunder\s(?:the|a|an|its|their)\s(?:[\w-]+\s){0,3}$")


def without_frameworks(text: str, drafts: list[Draft]) -> list[Draft]:
    """Drop a plan that is only the framework a dated event of the sentence was held under."""
    if not any(d.when is not None and d.kind is not Kind.PLAN for d in drafts):
        return drafts
    return [
        d for d in drafts
        if not (d.kind is Kind.PLAN and _UNDER.search(text, max(d.sentence[0], d.trigger[0] - 60), d.trigger[0]))
    ]  # fmt: skip


# What a ceremony is held for: "the send-off ceremony of the peacekeeping contingent".
_OF_THE = re.compile(r"\s(?:of|for)\s(?:the\s|a\s|an\s)?(?:[\w-]+\s){0,3}")


# What an opening ceremony opens: "the opening ceremony for the annual Cobra Gold military exercise".
_OPENING = re.compile(r"\b(?:opening|launching|kick-off)\s$", re.IGNORECASE)
_OPENS = re.compile(
    r"\s(?:of|for)\s(?:the\s|this\s|a\s|an\s|its\s)?(?:(?:[A-Z][\w'’-]*|\d{4}|annual|joint|military|multinational"
    r"|bilateral|trilateral|combined|naval|international|large-scale|field|live-fire)\s){0,5}"
)


_PROGRAMMES = frozenset({"programme", "programmes", "program", "programs"})


def programmes_of(text: str, drafts: list[Draft]) -> list[Draft]:
    """An event's programme is the event: "the border friendship exchange programme ... from August 27 to 28".

    The programme's date, if the words gave it one, goes to the event named right before it.
    """

    def programme(event: Draft, draft: Draft) -> bool:
        return (
            draft.kind is Kind.PLAN and event.kind is not Kind.PLAN
            and text[slice(*draft.trigger)].lower() in _PROGRAMMES and text[event.trigger[1] : draft.trigger[0]] == " "
        )  # fmt: skip

    return [draft for draft in fold_into_previous(drafts, programme) if not _activities(text, draft)]


def _activities(text: str, draft: Draft) -> bool:
    """True for programmes that are a visit's doings: "will take part in several programmes organised by the navy"."""
    start, end = draft.trigger
    return (
        draft.kind is Kind.PLAN
        and text[start:end].lower() in {"programmes", "programs"}
        and _SEVERAL.search(text, max(0, start - 30), start) is not None
    )


_SEVERAL = re.compile(
    r"\b(?:several|various|many|numerous|a\sseries\sof|a\snumber\sof|a\srange\sof|an\sarray\sof|a\svariety\sof"
    r"|a\shost\sof)\s$"
)


def ceremonies_of(text: str, drafts: list[Draft]) -> list[Draft]:
    """Fold a deployment that a ceremony is held for into the ceremony; start an exercise an opening ceremony opens.

    "hosted the send-off ceremony of the peacekeeping contingent ... on March
    14": one ceremony, on the day the sentence gives. "hosted the opening
    ceremony for the annual Cobra Gold military exercise on Tuesday": the
    exercise began that Tuesday (inferred; its end, unless told, unknown).
    """

    def sent_off(ceremony: Draft, draft: Draft) -> bool:
        return (
            ceremony.kind is Kind.CEREMONY and draft.kind is Kind.DEPLOYMENT
            and _OF_THE.fullmatch(text, ceremony.trigger[1], draft.trigger[0]) is not None
        )  # fmt: skip

    kept = fold_into_previous(drafts, sent_off)
    for ceremony, draft in itertools.pairwise(kept):
        opening = _OPENING.search(text, max(0, ceremony.trigger[0] - 12), ceremony.trigger[0])
        if (
            opening and ceremony.kind is Kind.CEREMONY and ceremony.when is None
            and draft.kind is Kind.EXERCISE and draft.how == "after"
            and _OPENS.fullmatch(text, ceremony.trigger[1], draft.trigger[0])
        ):  # fmt: skip
            ceremony.take_date(draft)  # "the opening ceremony of the X drills took place on Monday": the ceremony's day
            draft.when = None
        if (
            ceremony.kind is Kind.CEREMONY and ceremony.when is not None
            and draft.kind is Kind.EXERCISE and draft.when is None
            and opening
            and _OPENS.fullmatch(text, ceremony.trigger[1], draft.trigger[0])
        ):  # fmt: skip
            first = ceremony.when.start
            draft.when = DateRange(first, first, approximate=True)
            draft.basis, draft.parent = DateBasis.INFERRED, ceremony
    return kept


def statement_counts(text: str, draft: Draft) -> bool:
    """True for a statement dated by its own words or held, and not the source of the news before it."""
    attributed = _ATTRIBUTED.search(text, max(draft.sentence[0], draft.trigger[0] - 250), draft.trigger[0]) is not None
    return (dated_closely(draft) or is_gathering(draft, text)) and not attributed


# The source of the news before it, in writing: ", said the ministry in a statement" (not ", and said in a ...").
_ATTRIBUTED = re.compile(SOURCE_AFTER + r"[^,;.]{0,80}?\bin\s(?:a|its|their)\s(?:[\w-]+\s)?$")
