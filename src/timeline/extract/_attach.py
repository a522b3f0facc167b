"""Who took part in each event of a sentence: its people go to the nearest event word.

The sentence's subject, before every event word, joins every gathering; who
only reports the events ("according to X", "..., X said") joins only a
statement; who invited a visitor is not in the visit; who took office is the
person named nearest the words. A visitor's meetings with several hosts named
one by one ("is set to meet A and B", "called on A, B and C") are one meeting
with each.
"""

from __future__ import annotations

import bisect
import re

import attrs

from timeline.extract._draft import GATHERINGS, Draft
from timeline.extract._roster import Mention, People
from timeline.gazetteer import gazetteer
from timeline.model import Kind, Participant

__all__ = ["attach_persons", "one_per_counterpart", "one_per_described_counterpart"]

# A subject who speaks of the events after it ("the minister emphasised that ... the MoU signed in 2018") reports them.
_SPEAKS = re.compile(
    r"\b(?:said|says|emphasi[sz]ed|stressed|noted|affirmed|highlighted|underlined|recalled|reiterated|added)"
    # "said earlier that", "said on Monday that", "said in Beijing on Tuesday that"
    r"(?:\s(?:earlier|today|yesterday|on\s[A-Z]\w+|[A-Z][a-z]+day|in\s[A-Z][\w'’-]+)){0,2}"
    # "said that ...", or "said the ship will dock": a clause of its own subject, not the speaker's side, nor the
    # speaker's own event ("said the talks with X in Canberra were productive")
    r"\s(?:that\b|(?=(?:the|a|an)\s(?!two\b|three\b|both\b|sides?\b|countries\b|ministers\b|leaders\b)"
    r"(?![^,;]{0,40}\bwith\b)))"
    r"(?![^,;]{0,80}\b(?:he|she|they|his|her|their|we|our)\b)"
)


def _speaks(text: str, start: int, trigger: int, end: int) -> bool:
    """True when the subject only speaks of the events: a verb of saying between it and the first event word.

    What follows the verb is read to the sentence's *end*: "said the talks he
    held" is the speaker's own event.
    """
    speaks = _SPEAKS.search(text, start, min(end, trigger + _SAYING_REACH))
    return speaks is not None and speaks.start() < trigger


_SAYING_REACH = 120  # characters past the first event word that _SPEAKS's look-ahead reads


# A phrase before the subject that tells what came before or after: "After attending the parade, X will ...".
_OPENER = re.compile(r"(?:After|Before|Following|Upon|Prior\sto)\s[^,;]{1,80}?,\s")
# An opening phrase about "his" trip, before the subject it refers to.
_HIS_OPENING = re.compile(r"(?:During|On|In\sthe\scourse\sof|As\spart\sof)\s(?:his|her)\s(?P<trip>[^,;]{0,60}?),\s")
_ACTORS = GATHERINGS | {Kind.EXERCISE, Kind.PHONE_CALL, Kind.APPOINTMENT, Kind.OTHER}

# Who only reports an event: "according to Spokesman X", or a closing "..., Japanese officials said."
# A speaker after a quotation speaks for a party to it ("'... we've approved ...,' Belousov added").
_ACCORDING = re.compile(r"\b[Aa]ccording\sto\s(?:the\s)?(?:[A-Z][\w.'’-]*\s){0,8}$")
_CLOSING_SAYS = re.compile(  # a closing attribution, not "X said he will lead a delegation to China"
    r"""(?:,\s(?:the\s)?(?:head|chief|director|deputy|spokes\w+|minister|commander|secretary)\b[^,"“”;:]{0,120},)?
    # "..., X, head of the ministry's department, said on Monday."
    \s(?:said|says|told|added|noted|stated|announced|reported)\b
    (?![^"“”‘’;:]{0,60}\b(?:he|she|they|we|it|will|would|that)\b)[^"“”‘’;:]{0,60}$""",
    re.VERBOSE,
)
_APPOINTEE_REACH = 300  # characters either side of an appointment's words its appointee is named within
_LISTED = re.compile(r",?\s(?:and|&)\s|,\s")  # between two names of one list
_QUOTED = re.compile(r"""[”"’]\s?,?\s*$""")
# The subject invited someone else to the event: "He invited Minister Kishi to attend the ADMM Plus".
_INVITES = re.compile(r"\binvit(?:ed|es|ing)\s(?!by\b)[^.;]{0,80}?\bto\s(?:attend|visit|join|take\spart\sin)\b")
# Who goes along is in the delegation its head stands for: "will be accompanied by Permanent Secretary X and Y".
_ALONG = re.compile(r"\baccompanied\sby\s(?:(?:his|her|their|the)\s)?(?:[\w'’-]+\.?(?<!\w\w\.),?\s){0,16}$")
# Who invited a visitor hosts the visit and is not in it: "a visit to Myanmar at the invitation of General X",
# "... of Vietnam's minister of national defence, General Y" (a comma after an office's word, not after a name
# nor a body: "At the invitation of the Lao government, X paid a visit" is X's visit).
_INVITER = re.compile(
    r"\b[Aa]t\sthe\s(?:invitation|invite)\sof\s(?:(?:his|her|their|the)\s)?(?:[\w.'’-]+\s|"
    r"(?:defen[cs]e|affairs|security|staff|minister|counterpart|secretary|president|chief|commander|army|navy),\s){0,12}$"
)


def _reporter(text: str, mention: Mention, first_trigger: int, end: int) -> bool:
    """True when *mention* is who reports the sentence's events: "according to" them, or closing it."""
    if _ACCORDING.search(text, max(0, mention.start - 80), mention.start):
        return True
    return (
        mention.start > first_trigger
        and _CLOSING_SAYS.match(text, mention.end, end) is not None
        and _QUOTED.search(text, max(0, mention.start - 4), mention.start) is None
    )


def _without_reporters(
    text: str, drafts: list[Draft], persons: list[tuple[Mention, Participant]]
) -> list[tuple[Mention, Participant]]:
    """*persons* without who reports the events; they go to the sentence's last statement, if any."""
    first_trigger, end = drafts[0].trigger[0], drafts[0].sentence[1]
    reporters = [(m, p) for m, p in persons if _reporter(text, m, first_trigger, end)]
    statements = [d for d in drafts if d.kind is Kind.STATEMENT]
    if statements:
        statements[-1].people.extend(person for _, person in reporters)
    return [pair for pair in persons if pair not in reporters]


def attach_persons(text: str, drafts: list[Draft], persons: list[tuple[Mention, Participant]]) -> None:
    """People go to the nearest event word; the subject, before every event word, to all gatherings.

    Who reports the events ("according to X", "..., X said") joins only a
    statement among them, the one that is theirs.
    """
    if not drafts:
        return
    first_trigger = drafts[0].trigger[0]
    persons = _without_reporters(text, drafts, persons)
    opener = _OPENER.match(text, drafts[0].sentence[0], drafts[0].sentence[1])
    subject_from = drafts[0].sentence[0]
    if opener is not None and first_trigger < opener.end():  # "After attending the parade, General X will call on"
        subject_from = opener.end()
        first_trigger = next((d.trigger[0] for d in drafts if d.trigger[0] >= subject_from), len(text))
    starts = [d.trigger[0] for d in drafts]
    previous: Draft | None = None
    previous_end = -1
    for mention, person in persons:
        invited_by = _INVITER.search(text, max(0, mention.start - 120), mention.start) is not None
        if _along(text, mention, person, persons[0][1]):
            continue
        if subject_from <= mention.start and mention.end <= first_trigger:
            if not _speaks(text, mention.end, first_trigger, drafts[0].sentence[1]):  # "X stressed that the MoU"
                # the events after "X invited Y to attend": Y's, not X's (one search, however many events)
                invites = _INVITES.search(text, mention.end, drafts[-1].trigger[0])
                invited_from = invites.end() if invites else len(text)
                for draft in drafts:
                    if (
                        draft.kind in _ACTORS and not (invited_by and draft.kind is Kind.VISIT)
                        and draft.trigger[0] < invited_from
                    ):  # fmt: skip
                        draft.people.append(person)
            previous, previous_end = None, mention.end
            continue
        coordinated = previous is not None and text[previous_end : mention.start].strip(" ,") in {"and", ""}
        target = previous if coordinated and previous is not None else _nearest(drafts, starts, mention)
        if target.kind is Kind.VISIT and invited_by:
            previous, previous_end = None, mention.end
            continue  # the host who invited the visitor
        target.people.append(person)
        previous, previous_end = target, mention.end
    _settle(text, drafts, persons)


def _along(text: str, mention: Mention, person: Participant, subject: Participant) -> bool:
    """True for who goes along in the subject's delegation ("accompanied by Permanent Secretary X").

    A host who accompanies the guest ("will be accompanied by Senior Defence
    Minister Y" of the country visited) takes part: someone of another
    country, or a minister or someone untitled whose country the text leaves open.
    """
    if not _ALONG.search(text, max(0, mention.start - 160), mention.start):
        return False
    if person.country is None:
        return person.title is not None and "minister" not in person.title.lower()
    return person.country == subject.country


def _settle(text: str, drafts: list[Draft], persons: list[tuple[Mention, Participant]]) -> None:
    """Who took office is one person; a visit "during his visit" opens on is the subject's."""
    starts = [mention.start for mention, _ in persons]
    for draft in drafts:
        if draft.kind is Kind.APPOINTMENT and len(draft.people) > 1:
            low = bisect.bisect_left(starts, draft.trigger[0] - _APPOINTEE_REACH)
            high = bisect.bisect_right(starts, draft.trigger[1] + _APPOINTEE_REACH)
            # who is named near the words; someone named further off only when no one is (the first of them)
            draft.people[:] = _appointees(text, draft, persons[low:high]) or draft.people[:1]
        elif draft.kind is Kind.VISIT and not draft.people:
            _visitor_after(text, draft, persons)


def _visitor_after(text: str, draft: Draft, persons: list[tuple[Mention, Participant]]) -> None:
    """The subject after an opening "During his two-day visit ..., Song also met ..." is the visitor."""
    opening = _HIS_OPENING.match(text, draft.sentence[0], draft.trigger[1] + 80)
    if opening is None or not opening.start("trip") <= draft.trigger[0] < opening.end("trip"):
        return
    subject = next((person for mention, person in persons if mention.start >= opening.end()), None)
    if subject is not None:
        draft.people.append(subject)


def _nearest(drafts: list[Draft], starts: list[int], mention: Mention) -> Draft:
    """The event word nearest *mention*, of the two around it."""
    at = bisect.bisect_left(starts, mention.start)
    nearby = [drafts[i] for i in (at - 1, at) if 0 <= i < len(drafts)]
    return min(nearby, key=lambda d: _distance(d, mention))


def _appointees(text: str, draft: Draft, persons: list[tuple[Mention, Participant]]) -> list[Participant]:
    """Who took office: the person named nearest the words ("after PM Hun Manet took office": Hun Manet).

    And those listed with them: "X and Y took their oath as ministers".
    """
    own = {id(person) for person in draft.people}
    candidates = [(mention, person) for mention, person in persons if id(person) in own]
    if not candidates:
        return []
    nearest = min(range(len(candidates)), key=lambda i: _distance(draft, candidates[i][0]))
    first = nearest
    while first > 0 and _LISTED.fullmatch(text, candidates[first - 1][0].end, candidates[first][0].start):
        first -= 1
    return [person for _, person in candidates[first : nearest + 1]]


def _distance(draft: Draft, mention: Mention) -> int:
    start, end = draft.trigger
    if mention.start >= end:
        return mention.start - end
    return start - mention.end


# Meetings held one by one: "held meetings with his Mongolian and Lao counterparts", "separate meetings",
# courtesy calls on several office holders ("called on the President, A, and the Prime Minister, B"), and
# those a programme lists ("is set to meet A and B", "would have several meetings with A, B, C"); not "at
# his meetings with X and Y", which the seed tells as one occasion, nor "met A and B" told as one.
_MEETINGS = re.compile(
    r"(?:(?:held|holds|hold|holding)\s(?:(?:separate|bilateral|high-level)\s)*meetings|separate\smeetings"
    r"|(?:several|a\snumber\sof)\s(?:[\w-]+\s)?meetings"
    r"|(?:will|would|(?:set|scheduled|expected|due|slated|going|plans?|is|are)\sto)\s(?:also\s)?meet"
    r"|met\s(?:separately|respectively)|(?:call|calls|called|calling)\son|courtesy\scalls?\son)\b",
    re.IGNORECASE,
)


# Who is with a host rather than met on their own: "called on X, who was joined by Y", "accompanied by".
_JOINED = re.compile(r",\s(?:who|which)\b|\b(?:joined|accompanied|flanked)\sby\b|\balong\swith\b")
# One meeting of them all: "will meet Putin and Modi together", "jointly", "a trilateral meeting".
_TOGETHER = re.compile(r"\b(?:together|jointly|trilateral|three-way|all\sthree)\b", re.IGNORECASE)
_MOST_HOSTS = 8  # more names than this after "called on" are a list, not calls one by one
_ON = 3  # characters past the event word its preposition may take: "courtesy call| on"


def one_per_counterpart(text: str, draft: Draft, persons: list[tuple[Mention, Participant]]) -> list[Draft]:
    """A meeting of one person with several named one by one: one meeting with each (see _MEETINGS).

    "held meetings with X and Y", "called on X and Y", "is set to meet X and
    Y", "would have several meetings with X, Y and Z". The one who held them is
    named before the event word, the counterparts after it; not when the
    sentence says they met together ("will meet X and Y together").
    """
    start, end = draft.trigger
    if draft.kind is not Kind.MEETING or len(draft.people) < 3:
        return [draft]  # before the search: most drafts are not meetings of three or more
    if not _MEETINGS.search(text, max(0, start - 30), min(end + _ON, draft.sentence[1])):
        return [draft]
    if _TOGETHER.search(text, max(draft.sentence[0], start - 30), draft.sentence[1]):
        return [draft]
    names = {p.name for p in draft.people}
    joined = _JOINED.search(text, end, draft.sentence[1])  # "called on X, who was joined by Y": one call, on X
    stop = joined.start() if joined else draft.sentence[1]
    after = list({p.name: p for m, p in persons if end <= m.start < stop and p.name in names}.values())
    hosts = {p.name for p in after}
    before = [p for p in draft.people if p.name not in hosts]  # named before the word, or its subject ("he")
    if len(before) != 1 or not 2 <= len(after) <= _MOST_HOSTS:
        return [draft]
    return _one_each(draft, before[0], after)


# Counterparts described by their countries, named later in the story: "held meetings with his Mongolian and Lao
# counterparts", "held bilateral meetings with his counterparts from Brunei and Timor-Leste".
_COUNTRY_WORD = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?"
_COUNTERPARTS = re.compile(
    rf"\bwith\s(?:his|her|their)\s(?:(?P<one>[A-Z][\w'’-]*)\sand\s(?P<two>[A-Z][\w'’-]*)\scounterparts"
    rf"|counterparts\sfrom\s(?:the\s)?(?P<three>{_COUNTRY_WORD})\sand\s(?:the\s)?(?P<four>{_COUNTRY_WORD}))\b"
)
_COUNTERPARTS_REACH = 20  # characters from a meeting's word to the "with" of its counterparts


def one_per_described_counterpart(text: str, drafts: list[Draft], people: People) -> list[Draft]:
    """Meetings with counterparts told by their countries: one meeting with each, once the story has named them.

    "X held meetings with his Mongolian and Lao counterparts ... Mongolian
    Minister of Defense A said ... Lao Defense Minister B reaffirmed ...":
    X's meeting with A and X's meeting with B: of each country, who holds X's
    office (defence or foreign), else whoever the story names. When it names
    no one of either country, the meeting stays as told.
    """
    kept = []
    for draft in drafts:
        kept.extend(_described_counterparts(text, draft, people) or [draft])
    return kept


def _described_counterparts(text: str, draft: Draft, people: People) -> list[Draft] | None:
    if draft.kind is not Kind.MEETING or len(draft.people) != 1:
        return None
    start, end = draft.trigger
    found = _COUNTERPARTS.search(text, start, min(draft.sentence[1], end + _COUNTERPARTS_REACH + 60))
    if found is None or found.start() > end + _COUNTERPARTS_REACH:
        return None
    host = draft.people[0]
    words = [found["one"], found["two"]] if found["one"] else [found["three"], found["four"]]
    title = (host.title or "").lower()
    office = next((word for word in ("defence", "defense", "foreign") if word in title), "defence")  # a counterpart's
    counterparts = []
    for word in words:
        country = gazetteer().country(word)
        person = (people.by_office(office, country) or people.by_office("", country)) if country else None
        if person is None or person.country == host.country or person in counterparts:
            return None
        counterparts.append(person)
    return _one_each(draft, host, counterparts)


def _one_each(draft: Draft, host: Participant, counterparts: list[Participant]) -> list[Draft]:
    """*draft* as one meeting of *host* with each counterpart, titled by who met, not by words naming them all."""
    return [
        attrs.evolve(draft, people=[host, counterpart], organisations=list(draft.organisations), title=None)
        for counterpart in counterparts
    ]
