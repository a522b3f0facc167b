"""Within a sentence: an undated event takes the date of the nearest dated one that words tie it to.

"his meetings in Vientiane on Thursday ... on the occasion of accompanying the
Prime Minister to the 47th meeting", "visited ... on Monday and held talks",
"During his visit from Saturday, X will hold talks". Such events are marked
*inferred* (:func:`~timeline.extract._going.inherit`).
"""

from __future__ import annotations

import bisect
import re

from timeline.dates import Precision
from timeline.extract._draft import Draft
from timeline.extract._going import inherit
from timeline.model import Kind

__all__ = ["held_on_the_trip", "on_the_trip", "within"]

# Words between two events of one sentence that make them happen together.
_TOGETHER = re.compile(
    r"""\b(?:occasion|during|sidelines|margins?|accompan\w+|framework|part\sof|attend\w*|take\spart|while|at\sthe
    |(?:was|were)\sfollowed\sby  # "The dialogue on Tuesday was followed by the signing of an MoU": that day
    |on\sthe\ssame|where
    # "called on X on Tuesday, after reviewing a guard of honour": one subject, one day
    |(?:after|before)\s\w+ing
    # "the exercise began with a ceremony on Monday": the exercise starts that day
    |(?:began|begins|opened|opens|started|starts|kicked\soff)\swith)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "met ... and signed", "visited ... and held talks": the second verb right after "and".
_AND_THEN = re.compile(r"\band\s(?:\w+\s)?$")
_DURING = re.compile(r"\b[Dd]uring\s(?:(?:his|her|their|the|a|an|its)\s)?(?:[\w-]+\s){0,3}$")  # before a visit's word
# Words right after a trip's own words that open what its visitor does on it: "is on a four-day visit to Sri Lanka
# during which he is scheduled to call on", "visits the United States for five days, including meeting with";
# not "issues including the joint exercise" (no deed), nor "the summit, during which" (another event's).
_ON_THE_TRIP = re.compile(
    r"\b(?:during\swhich|in\sthe\scourse\sof\swhich|as\spart\sof\swhich|including\s(?=[a-z]+ing\b))"
)
_ON_THE_TRIP_REACH = 80  # characters from a trip's word to the words that open what is done on it
_TIE_REACH = 300  # characters between two event words that words may tie together
_MONTH = Precision.MONTH.rank


def within(text: str, draft: Draft, anchors: list[Draft], positions: list[int]) -> None:
    """Date *draft* from the nearest dated event of its sentence, when words tie them together."""
    at = bisect.bisect_left(positions, draft.trigger[0])
    nearby = [anchors[i] for i in (at - 1, at) if 0 <= i < len(anchors)]
    nearest = min(nearby, key=lambda d: abs(d.trigger[0] - draft.trigger[0]))
    low, high = sorted((nearest.trigger[1], draft.trigger[0]))
    low = max(low, high - _TIE_REACH)  # words further apart are not tied; and a sentence of thousands stays linear
    after = nearest.trigger[1] < draft.trigger[0]
    coordinated = after and _AND_THEN.search(text, low, high)
    during = (
        after
        and nearest.kind is Kind.VISIT
        and _DURING.search(text, max(0, nearest.trigger[0] - 40), nearest.trigger[0])
    )
    if _TOGETHER.search(text, low, high) or coordinated or during:  # "During his visit from Saturday, X will hold"
        inherit(draft, nearest)


def held_on_the_trip(text: str, draft: Draft, trip: Draft, starts: list[int]) -> bool:
    """True when the words right after a trip's word say that *draft*, told after them, is done on the trip.

    No other event word of the sentence (*starts*, where each begins, in order)
    may stand between the trip's word and those words: "for the annual
    summit, which ... during which" tells what was done at the summit.
    """
    if not trip.trigger[1] <= draft.trigger[0] <= trip.trigger[1] + _TIE_REACH:
        return False
    tie = _ON_THE_TRIP.search(text, trip.trigger[1], min(draft.trigger[0], trip.trigger[1] + _ON_THE_TRIP_REACH))
    return tie is not None and bisect.bisect_left(starts, trip.trigger[1]) == bisect.bisect_left(starts, tie.start())


def on_the_trip(text: str, drafts: list[Draft]) -> None:
    """Date the undated drafts a sentence ties to its dated trip as done during it, however coarse the trip's date.

    "will travel to Nepal on an official visit in August during which he would
    be conferred with the title of ...": in August. Only the nearest trip
    before an event word may be its trip.
    """
    trips = [d for d in drafts if d.kind is Kind.VISIT and d.when is not None and d.when.precision.rank <= _MONTH]
    if not trips:
        return
    starts = [d.trigger[0] for d in drafts]
    trip_ends = [t.trigger[1] for t in trips]
    for draft in drafts:
        if draft.when is None and not draft.implicit and draft.kind is not Kind.VISIT:
            at = bisect.bisect_right(trip_ends, draft.trigger[0])
            if at and held_on_the_trip(text, draft, trips[at - 1], starts):
                inherit(draft, trips[at - 1])
