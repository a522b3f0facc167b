"""How long an event lasts and when it ends, from the words around its date.

:func:`extend` stretches a day to the span the sentence states ("a four-day
visit", "... and will end on March 30"); :func:`length_and_end` notes the
length or end a sentence gives without a start ("the 15-day exercise",
"lasts until May 9"), which :func:`stretch` gives to the event told before.
"""

from __future__ import annotations

import re

from timeline.dates import DateRange, Precision
from timeline.extract._asides import AFTER_REACH
from timeline.extract._draft import Draft
from timeline.extract._lexicon import AS_SUBJECT
from timeline.model import DateBasis, Kind, TemporalExpression

__all__ = ["ANOTHER_TELLING", "DAY_COUNT", "ends_before", "extend", "length_and_end", "stretch"]


def extend(draft: Draft, text: str, expressions: list[TemporalExpression]) -> None:
    """Stretch a one-day date to the span the sentence gives ("a four-day visit", "... and will end on March 30")."""
    when = draft.when
    if when is None or when.precision is not Precision.DAY or when.days != 1 or draft.basis is not DateBasis.STATED:
        return
    for expression in expressions:
        if expression.start <= draft.trigger[1] - 200:
            continue
        if expression.start < (draft.when_span or (0, 0))[1] and not _lasts_until(draft, text, expression):
            continue
        dates = expression.dates
        if dates is not None and _MOVED.fullmatch(text, draft.trigger[1], expression.start):
            draft.when = dates  # "originally planned for Monday, has been postponed to April 25": April 25
            return
        if dates is not None and _moved_by_someone(text, draft, expression):
            draft.when = dates  # "Laos postponed the dialogue scheduled for Tuesday to April 25": April 25
            return
        if expression.period is not None and expression.period.start != when.start:
            continue  # "In a statement today, ... held from May 2 to May 9": the end of another range
        if (
            dates is not None and dates.precision is Precision.DAY and dates.start > when.start
            and _UNTIL.search(text, max(0, expression.start - 30), expression.start)
        ):  # fmt: skip
            draft.when = DateRange(when.start, dates.end)
            return
    span = draft.when_span
    if (
        span
        and draft.kind in _LASTING
        and _SINCE.fullmatch(text, max(0, span[0] - 6), span[0])
        and (_SINCE.match(draft.text) or _GOING_ON.search(draft.text))
    ):  # not "the first visit ... since October 6, 2023"
        draft.ongoing = True  # "Since 6 October, the armies have been conducting an exercise"
        return
    _measure(draft, text, when)


def _measure(draft: Draft, text: str, when: DateRange) -> None:
    """Stretch a day to the length its words give: "a four-day visit" from that day, or up to it when it ended."""
    if draft.kind not in _MEASURED:
        return  # before the search: only these kinds are measured
    length = _LENGTH.search(text, max(draft.sentence[0], draft.trigger[0] - 30), draft.trigger[1])
    if length is None:  # "will visit Sri Lanka for four days from Monday", "will begin on May 20 and last seven days"
        length = _length_after(text, draft)
    if length is None and text[draft.trigger[0] : draft.trigger[1]].lower().startswith(_ARRIVING):
        # "on Sunday arrived in Manila for a four-day goodwill visit", "arrived ..., beginning its three-day visit"
        length = _opened_visit(text, draft)
    if length is None:  # "The exercise concluded on Sunday after 11 days of training": the 11 days up to Sunday
        low, high = (
            max(draft.sentence[0], draft.trigger[0] - 40),
            min(draft.sentence[1], draft.trigger[1] + _AFTER_REACH),
        )
        had = _ENDED_AFTER.search(text, low, high)
        lasted = _days(had) if had is not None and _ended_after(draft, had) else None
        if lasted and lasted > 1:
            draft.when = DateRange(when.start.subtract(days=lasted - 1), when.start)
        return
    days = _days(length)
    if not days or days < 2:
        return
    span = draft.when_span
    ended = _ENDED.search(text, max(draft.sentence[0], length.start() - 40), length.start())
    if ended and ended.group().startswith("after") and draft.how == "after":
        ended = None  # "after a three-day visit to Vietnam that began on Saturday": its own start
    if (span and ends_before(text, span[0])) or ended:  # "the three-day forum, which ended Thursday"
        draft.when = DateRange(when.start.subtract(days=days - 1), when.start)  # "wrapped up a three-day visit"
    else:
        draft.when = DateRange(when.start, when.start.add(days=days - 1))


def _opened_visit(text: str, draft: Draft) -> re.Match[str] | None:
    """The length of the visit an arrival opens: "arrived in Manila for a four-day goodwill visit".

    Not past another subject's clause, arrival or stop (ANOTHER_TELLING): "arrived
    in Manila on Sunday, while the destroyer docked at Subic Bay on Tuesday,
    beginning a three-day visit".
    """
    end = min(draft.sentence[1], draft.trigger[1] + _ARRIVAL_REACH)
    stop = ANOTHER_TELLING.search(text, draft.trigger[1], end)
    end = end if stop is None else stop.start()
    return _ARRIVAL_FOR.match(text, draft.trigger[1], end) or _BEGINNING_A_VISIT.search(text, draft.trigger[1], end)


def _ended_after(draft: Draft, had: re.Match[str]) -> bool:
    """True when *had* (see _ENDED_AFTER) ends the draft's event on its date after days of its own.

    The ending verb stands near the event word and before its date, the date
    before "after": not "which began on March 20, concluded after 11 days".
    """
    span = draft.when_span
    return (
        span is not None
        and had.start() < draft.trigger[1] + 40
        and had.start() < span[0] < had.start("after")
        and had["what"].lower() not in _NOT_ITS_DAYS
    )


def _length_after(text: str, draft: Draft) -> re.Match[str] | None:
    """A length the words after the event word give it: "visit Sri Lanka for four days", "and last seven days".

    Only "for N days" right after the word and its place, or a verb of lasting
    or staying within reach: not "docked on Monday, after being deployed for
    three weeks", nor "having sailed for two weeks".
    """
    end = min(draft.sentence[1], draft.trigger[1] + _AFTER_REACH)
    stop = _ANOTHER_SUBJECT.search(text, draft.trigger[1], end)
    return _FOR_DAYS.match(text, draft.trigger[1], end) or _LASTS_FOR.search(
        text, draft.trigger[1], end if stop is None else stop.start()
    )


def _moved_by_someone(text: str, draft: Draft, expression: TemporalExpression) -> bool:
    """True when a verb of moving before the event word moves it to *expression*'s day.

    "Laos postponed the defence dialogue scheduled for Tuesday to April 25".
    """
    start = draft.trigger[0]
    return (
        _MOVES.search(text, max(draft.sentence[0], start - 40), start) is not None
        and _TO_A_DAY.fullmatch(text, draft.trigger[1], expression.start) is not None
    )


_MOVING = r"(?:postponed|rescheduled|moved|pushed\sback|put\soff|brought\sforward|delayed|deferred)"
# A verb of moving an event, then its object: "postponed the ", "has rescheduled its annual ".
_MOVES = re.compile(rf"\b{_MOVING}\s(?:the|a|an|its|their|his|her)\s(?:[\w-]+\s){{0,3}}$")
_TO_A_DAY = re.compile(r"[^,.;]{0,60}?\s(?:to|until|till)\s(?:on\s)?")  # "... scheduled for Tuesday to "


def ends_before(text: str, offset: int) -> bool:
    """True when the words before *offset* say a day is when something ends ("lasts until", "which ends")."""
    return _LASTS_UNTIL.search(text, max(0, offset - 30), offset) is not None


def _lasts_until(draft: Draft, text: str, expression: TemporalExpression) -> bool:
    """True for the end a lasting event's words give before its start.

    "The exercise, which runs until April 30, began on Monday": Monday to April 30.
    """
    return draft.kind in _LASTING and draft.trigger[1] <= expression.start and ends_before(text, expression.start)


def length_and_end(draft: Draft, text: str, expressions: list[TemporalExpression]) -> None:
    """Note how long the draft's words say it lasts ("the 15-day exercise") and when it ends ("lasts until May 9").

    A later sentence that tells an event again often gives only this; see :func:`stretch`.
    """
    if draft.kind in _MEASURED:  # before the search: only these kinds are measured
        length = _LENGTH.search(text, max(draft.sentence[0], draft.trigger[0] - 30), draft.trigger[1])
        if length:
            draft.lasts = _days(length)
    for expression in expressions:
        if not draft.trigger[1] <= expression.start < draft.trigger[1] + AFTER_REACH:
            continue
        dates = expression.dates
        if dates is not None and dates.precision is Precision.DAY and expression.period is None:
            if ends_before(text, expression.start):
                draft.until = dates
            return  # only the first day after the word can be its end


def stretch(told: Draft, again: Draft) -> None:
    """Give an event told earlier the length or end a later telling states.

    "will begin the exercise this week ... the 15-day exercise": from the
    week's first day to fifteen days after its last, a week's precision,
    approximate. "began on Wednesday ... The exercise will last until
    Aug. 14": Wednesday to 14 August.
    """
    when = told.when
    if when is None:
        return
    if again.until is not None and again.until.start > when.start and when.precision.rank <= Precision.WEEK.rank:
        told.when = DateRange(when.start, again.until.end, when.precision, approximate=when.approximate)
    elif again.lasts is not None and again.lasts > 1 and when.days == 1 and when.precision is Precision.DAY:
        told.when = DateRange(when.start, when.start.add(days=again.lasts - 1))
    elif again.lasts is not None and again.lasts > 1 and when.precision is Precision.WEEK:
        told.when = DateRange(when.start, when.end.add(days=again.lasts - 1), Precision.WEEK, approximate=True)


def _days(length: re.Match[str]) -> int | None:
    count = length["count"].lower()
    number = int(count) if count.isdigit() else _COUNTS.get(count)
    if number is None:
        return None
    return number * (7 if length["unit"].lower().startswith("week") else 1)


_SINCE = re.compile(r"\b[Ss]ince\s")
# An event moved to another day, when it is what was moved (see AS_SUBJECT): "postponed to April 25", "brought
# forward to Thursday"; "met Y on Tuesday; the exercise has been moved to June" moves the exercise only.
_MOVED = re.compile(AS_SUBJECT + _MOVING + r"\s(?:to|until|till)\s(?:on\s)?")
# "have been conducting", "has been under way", or a sentence that opens on "Since": it goes on still.
_GOING_ON = re.compile(r"\b(?:have|has)\sbeen\s(?:\w{1,20}ing|under\sway|underway)\b")
_LASTING = frozenset({Kind.VISIT, Kind.EXERCISE, Kind.CONFERENCE, Kind.DEPLOYMENT})
_MEASURED = frozenset({Kind.VISIT, Kind.EXERCISE, Kind.CONFERENCE, Kind.DIALOGUE})  # kinds "three-day" may measure
_UNTIL = re.compile(r"\b(?:until|till|through|to|end(?:s|ed)?\son|conclude[sd]?\son|run\suntil)\s(?:on\s)?$")
# Words before the day an event ends: "will last until", "runs through", "ends on".
_LASTS_UNTIL = re.compile(
    r"""\b(?:(?:last|lasts|lasting|run|runs|running|continue|continues|go\son|goes\son)\s(?:until|till|through)(?:\sto)?
    |(?:end|ends|ended|ending|conclude|concludes|concluded|close|closes|closed|wraps?\sup|wrapped\sup)(?:\son)?
    |until|till)\s$""",
    re.VERBOSE,
)
# An ending verb before an event's length: "wrapped up a three-day visit", "concluding his four-day official visit".
_ENDED = re.compile(
    r"""\b(?:wrap(?:s|ped|ping)?\sup|conclud(?:e|es|ed|ing)|end(?:s|ed|ing)?|clos(?:e|es|ed|ing)|complet(?:e|es|ed|ing)
    |finish(?:es|ed|ing)?|after)\s(?:(?:his|her|its|their|the|a|an)\s)?$""",
    re.VERBOSE,
)
# How many days or weeks, in figures or words ("four-day", "two weeks").
DAY_COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
_LENGTH = re.compile(rf"\b(?P<count>{DAY_COUNT})[-\s](?P<unit>day|week)s?(?:-long)?\b", re.IGNORECASE)
_COUNT = rf"(?P<count>{DAY_COUNT})\s(?P<unit>day|week)s\b"
_NOT_BEFORE_A_NOUN = r"(?![-\s](?:long\s)?(?:visit|trip|tour|stay|exercise|conference|forum|meeting|event))"
# "for four days" right after the event word and its place: "will visit Sri Lanka for four days from Monday".
# "will visit Manila on Thursday for three days", "an official visit to Laos on April 14 for two days".
_FOR_DAYS = re.compile(
    rf"(?:\s(?:[A-Z][\w'’-]*|to|in|the|on|from|\d{{1,2}}(?:st|nd|rd|th)?,?))*\sfor\s{_COUNT}{_NOT_BEFORE_A_NOUN}"
)
# A verb of lasting or staying: "and last seven days", ", which began on Monday, will last for three weeks",
# "a visit that will last three days", ", staying for four days".
# Not "last" as an adjective: "his first trip in the last two weeks".
_LASTS_FOR = re.compile(
    rf"(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bpast\s)"
    rf"\b(?:last|lasts|lasting|stay|stays|staying)\s(?:for\s)?{_COUNT}{_NOT_BEFORE_A_NOUN}"
)
# The days an event had lasted when it ended: "concluded in Vladivostok on Sunday after 11 days of joint training".
_ENDED_AFTER = re.compile(
    rf"""\b(?:concluded|ended|closed|wrapped\sup|came\sto\san\send|finished)\b[^.;]{{0,80}}?
    \b(?P<after>after)\s{_COUNT}\sof\s(?P<what>[\w-]+)""",
    re.VERBOSE,
)
# Days of something else before the event, not its own: "ended on Tuesday after two weeks of preparations".
_NOT_ITS_DAYS = frozenset(
    "preparation preparations planning negotiation negotiations talks delay delays waiting consultations "
    "uncertainty tension tensions fighting".split()
)
# Where another subject's clause begins: "while its sister ship will stay for three days", "where US Marines will".
_ANOTHER_SUBJECT = re.compile(r";|\b(?:while|where|whereas|but|whose)\b|,\sand\b")
_AFTER_REACH = 90  # characters after an event word its length may stand
# The visit an arrival opens, with its length: right after the arrival's place ("arrived in Manila for a
# four-day goodwill visit"), or later in its sentence ("arrived in Surabaya on September 17, beginning its
# three-day goodwill visit there").
_ARRIVING = ("arrived", "arrives", "docked", "docks")
_ARRIVAL_REACH = 200  # characters after an arrival the visit it opens may be told
_VISIT_OF_DAYS = (
    rf"(?:a|an|its|his|her|their)\s(?P<count>{DAY_COUNT})[-\s](?P<unit>day|week)(?:-long)?\s"
    r"(?:[\w-]+\s){0,2}(?:visit|stay|port\scall|tour|trip)\b"
)
_ARRIVAL_FOR = re.compile(
    rf"(?:\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,3}}(?:,\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?)?"
    rf"\s(?:for|on)\s{_VISIT_OF_DAYS}",
    re.IGNORECASE,
)
# Another subject's clause, another arrival or a stop on the way: what an arrival's words stop at before the
# visit it opens ("arrived in Manila on Sunday, while the destroyer docked ..., beginning a three-day visit").
ANOTHER_TELLING = re.compile(
    r";|\b(?:while|where|whereas|but|whose|then|en\sroute|arrived|arrives|docked|docks|flew|flies|landed|lands"
    r"|began|begins|started)\b|,\sand\b"
)
_BEGINNING_A_VISIT = re.compile(rf",\s(?:beginning|starting)\s{_VISIT_OF_DAYS}", re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
