"""Events in one article: sentences to drafts, drafts linked and merged, then finished as events.

The steps (see :mod:`timeline.extract._drafts` and :mod:`timeline.extract._links`):
split the body into sentences; in each, find the people and the event words,
give each event word the date its own words give it; date the rest from the
events the text ties them to, or drop them; merge what is one event told twice;
and finish each as an :class:`~timeline.model.Event` with its source sentence.
"""

from __future__ import annotations

import bisect
import re

import attrs

from timeline.dates import DateRange, Precision
from timeline.extract._dating import ends_before
from timeline.extract._draft import GATHERINGS, Draft
from timeline.extract._drafts import is_planned, sentence_drafts
from timeline.extract._going import under_way
from timeline.extract._links import link_sentence
from timeline.extract._people import describe, described_later, find_mentions
from timeline.extract._places import place_after
from timeline.extract._roster import Mention, People
from timeline.extract._sentences import sentences
from timeline.extract._story import Story
from timeline.extract._tokens import Tokens, tokenize
from timeline.extract._trips import (
    NEAR_DAYS,
    TOLD_REACH,
    home_visit,
    no_visit,
    placed_by_visit,
    told_trip,
    trip_told_before,
    trip_under_way,
)
from timeline.gazetteer import find_place, fold
from timeline.model import (
    Article,
    DateBasis,
    Event,
    Kind,
    Participant,
    Place,
    Source,
    Status,
    TemporalExpression,
    TimexType,
)
from timeline.reader import PHOTO_CREDIT, date_line, outlet_country
from timeline.tagger import lowered

__all__ = ["article_events"]

_NOT_EVENT_DATES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_LABELS = {Kind.PHONE_CALL: "Phone call", Kind.TALKS: "Talks", Kind.MEETING: "Meeting", Kind.VISIT: "Visit"}
_EVENT_NOUNS = (
    "session", "sessions", "call", "calls", "talks", "conversation", "conversations", "audience",
    "conference", "briefing",
)  # fmt: skip
_VERBS = frozenset({"held", "hold", "holds", "holding", "paid", "pay", "pays", "conducted", "spoke", "talked"})
_HERE = re.compile(r"\bhere\b")
# A sentence without an event word that says where the main event is ("It will take place in X",
# "The event features activities in X").
_SETTING = re.compile(
    r"""(?:it|the\sevent)\s(?:will\s(?:also\s)?(?:be\s)?|is\s(?:to\sbe\s)?|was\s)?
    (?:feature[sd]?|take\splace|took\splace|takes\splace|held|hosted|staged|organi[sz]ed|include[sd]?)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_TWIN_REACH = 8  # same-kind events of one day compared with a new one: the latest few, so merging stays linear
_WRITTEN = frozenset({"statement", "statements"})  # a statement's words that name a text, not an occasion
_PAIRED = frozenset({Kind.MEETING, Kind.TALKS, Kind.PHONE_CALL, Kind.DIALOGUE, Kind.SIGNING})  # held by a pair
# Office holders of every party, named as a group: "the defense ministers of all three countries".
_MINISTERS_OF = re.compile(
    r"\b(?P<office>(?:defen[cs]e\s|foreign\s)?minister)s\sof\s(?:(?:the|all|both)\s)+(?:(?:two|three|four)\s)?"
    r"(?:countries|nations|sides)\b",
    re.IGNORECASE,
)
# What the pair did next: "also ...", or a past verb that is no auxiliary ("recognized", not "have led").
_GOES_ON = re.compile(r",?\s(?:also\s|(?!(?:have|has|had|are|were|will|would)\b)[a-z]{2,20}ed\b)")
# A caption's last words: a credit (timeline.reader.PHOTO_CREDIT), or an agency after its full stop ". (Yonhap)".
_AGENCY_CREDIT = re.compile(r"\.\s{0,3}\([^()\n]{0,40}\)$")


def article_events(article: Article, expressions: tuple[TemporalExpression, ...]) -> list[Event]:
    """The events of *article*, given the temporal expressions tagged in its text."""
    text = article.text
    lower = lowered(text)
    start = _captions_start(text, article.body_start)
    tokens = tokenize(text, start, article.body_end)
    people = People(home=outlet_country(article.outlet))
    usable = [e for e in expressions if _usable(e) and start <= e.start < article.body_end]
    usable_starts = [e.start for e in usable]  # in text order, as the tagger gives them
    story = Story(published=article.published)
    kept: list[Draft] = []
    undated: dict[Kind, Draft] = {}  # the latest event of each kind told with its people but no date
    trip: Draft | None = None  # the latest visit told with its visitor but no date ("is on a two-day visit to X")
    trips: list[Draft] = []  # every such visit that says where: the story's trip, when it dates none
    captions = sentences(text, start, max(start, text.rfind("\n", start, article.body_start)))
    body = sentences(text, article.body_start, article.body_end)
    for number, sentence in enumerate(captions + body):
        first, last = tokens.at(sentence[0]), tokens.at(sentence[1])
        persons = [(mention, people.add(mention)) for mention in find_mentions(tokens, first, last, people)]
        persons += [(Mention(s, e, p.name), p) for s, e, p in describe(tokens, first, last, people)]
        persons.sort(key=lambda pair: pair[0].start)
        own = usable[bisect.bisect_left(usable_starts, sentence[0]) : bisect.bisect_left(usable_starts, sentence[1])]
        drafts = sentence_drafts(tokens, lower, sentence, number, own, persons)
        if drafts:
            story.date_from_lead(text, drafts)  # "X affirmed on July 18. At a meeting with Y, X ..."
        else:
            story.note_lead(text, own, number)
        dated = link_sentence(text, drafts, persons, story)
        office = _MINISTERS_OF.search(text, *sentence)
        dated = [one for d in dated if not no_visit(text, d) for one in _one_per_counterpart(text, d, persons)]
        for draft in dated:
            _people_told_before(draft, undated)
            trip_told_before(text, draft, trip)
            if trip is not None and trip_under_way(text, draft, trip):  # "X is on a visit to Laos. X met Y ..."
                story.add(trip)
                kept.append(trip)
            if office and not draft.people:  # "attended by the defence ministers of all three countries"
                _add_people(draft, people.holding(office["office"]))
            if not _in_passing(draft):
                story.add(draft)
            kept.append(draft)
        undated.update(
            (d.kind, d)
            for d in drafts
            if d.when is None and len(d.people) >= 2 and d.kind in _PAIRED and not d.implicit
        )
        told_trips = [d for d in drafts if d.when is None and told_trip(d)]
        trip = told_trips[-1] if told_trips else trip
        trips.extend(d for d in told_trips if d.where is not None and not d.intended)
        if not dated and kept and kept[-1].number == number - 1:
            _name_the_pair(text, sentence, persons, kept[-1])
        if not drafts and persons and story.main is not None and _refers_back(text, sentence):
            _add_people(story.main, [person for _, person in persons])
        if not drafts and story.main is not None and story.main.where is None and _SETTING.match(text, *sentence):
            story.main.where = place_after(tokens, first, last)  # "It will feature activities in Sơn La"
    merged = _merge(_name_the_described(tokens, kept, people), text)
    placed_by_visit(merged, trips, article.published)
    return [_finish(article, lower, draft, people) for draft in merged]


# Meetings held one by one: "held meetings with his Mongolian and Lao counterparts", "separate meetings",
# courtesy calls on several office holders ("called on the President, A, and the Prime Minister, B"); not "at
# his meetings with X and Y", which the seed tells as one occasion.
_MEETINGS = re.compile(
    r"(?:(?:held|holds|hold|holding)\s(?:(?:separate|bilateral|high-level)\s)*meetings|separate\smeetings"
    r"|met\s(?:separately|respectively)|(?:call|calls|called|calling)\son|courtesy\scalls?\son)\b",
    re.IGNORECASE,
)


# Who is with a host rather than met on their own: "called on X, who was joined by Y", "accompanied by".
_JOINED = re.compile(r",\s(?:who|which)\b|\b(?:joined|accompanied|flanked)\sby\b|\balong\swith\b")
_MOST_HOSTS = 8  # more names than this after "called on" are a list, not calls one by one


def _one_per_counterpart(text: str, draft: Draft, persons: list[tuple[Mention, Participant]]) -> list[Draft]:
    """A meeting of one person with several named one by one ("held meetings with X and Y"): one meeting each.

    The one who held them is named before the event word, the counterparts after it.
    """
    start, end = draft.trigger
    if draft.kind is not Kind.MEETING or len(draft.people) < 3 or not _MEETINGS.search(text, max(0, start - 30), end):
        return [draft]
    names = {p.name for p in draft.people}
    joined = _JOINED.search(text, end, draft.sentence[1])  # "called on X, who was joined by Y": one call, on X
    stop = joined.start() if joined else draft.sentence[1]
    after = [p for m, p in persons if end <= m.start < stop and p.name in names]
    hosts = {p.name for p in after}
    before = [p for p in draft.people if p.name not in hosts]  # named before the word, or its subject ("he")
    if len(before) != 1 or not 2 <= len(after) <= _MOST_HOSTS:
        return [draft]
    return [
        attrs.evolve(draft, people=[before[0], counterpart], organisations=list(draft.organisations))
        for counterpart in after
    ]


def _in_passing(draft: Draft) -> bool:
    """An occasion recalled by its year ("his previous visit six years ago"): later words do not refer to it."""
    return draft.when is not None and draft.when.precision is Precision.YEAR and draft.kind is not Kind.PLAN


def _people_told_before(draft: Draft, undated: dict[Kind, Draft]) -> None:
    """An event told first with its people but no date, then dated without them, is one event.

    "X held talks with his counterpart Y to boost ties. During the talks, held
    on Thursday in Seoul, the two leaders reviewed ...": X and Y held the talks.
    """
    told = undated.pop(draft.kind, None)
    if told is None or draft.number - told.number > TOLD_REACH:
        return
    pair = {fold(p.name) for p in told.people}
    if not draft.people or (len(draft.people) == 1 and fold(draft.people[0].name) in pair):
        _add_people(draft, told.people)  # not to talks someone else held ("Nakatani also held talks on Friday")


def _captions_start(text: str, body_start: int) -> int:
    """Where photo captions above the dateline begin, or *body_start* when there are none.

    A caption is a line before the body that ends on a photo credit ("X (R)
    meets Y in Vientiane on July 12. (Photo: VNA)") or with a full stop; a
    headline does neither ("... talks on Jan. 15 (VIDEO)"). Captions are
    printed text and may be the only place an event is dated.
    """
    _, after_date = date_line(text)
    line_start = text.find("\n", after_date) + 1 if after_date else 0  # after the date line, if there is one
    while line_start < body_start:
        line_end = text.find("\n", line_start, body_start)
        line_end = body_start if line_end < 0 else line_end
        line = text[line_start:line_end].rstrip()
        credit = PHOTO_CREDIT.search(line, max(0, len(line) - 60))
        if line.endswith(".") or _AGENCY_CREDIT.search(line) or (credit and credit.end() == len(line)):
            return line_start  # not a headline ending "(VIDEO)" or "... on Jan. 15 (update)"
        line_start = line_end + 1
    return body_start


def _usable(expression: TemporalExpression) -> bool:
    """Expressions that can date an event: calendar days, or a span tied to the anchor."""
    if expression.value in _NOT_EVENT_DATES or expression.type is TimexType.SET:
        return False
    return (expression.period or expression.dates) is not None


def _refers_back(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence opens on the main event ("Hosting the Lao delegation, ...", "At the meeting, ...")."""
    opening = text[sentence[0] : sentence[0] + 40].lower()
    return opening.startswith(("hosting", "receiving", "welcoming", "at the", "during the", "in the talks"))


def _name_the_pair(
    text: str, sentence: tuple[int, int], persons: list[tuple[Mention, Participant]], told: Draft
) -> None:
    """People named only in the next sentence: "Lao and Thai defence chiefs met ... . A and B also discussed ...".

    The sentence must open on two or more names joined by "and" or commas, and
    the gathering just told must lack its pair.
    """
    if told.kind not in GATHERINGS or len(told.people) >= 2 or len(persons) < 2 or persons[0][0].start != sentence[0]:
        return
    subject = [persons[0]]
    for pair in persons[1:]:
        joint = text[subject[-1][0].end : pair[0].start].strip(" ,")
        if joint not in {"and", ""}:
            break
        subject.append(pair)
    joined = len(subject) >= 2 and text[subject[-2][0].end : subject[-1][0].start].strip(" ,") == "and"
    # what the pair did next goes on about the gathering; "A and B have led their governments" does not
    if joined and _GOES_ON.match(text, subject[-1][0].end):
        _add_people(told, [person for _, person in subject])


def _add_people(draft: Draft, people: list[Participant]) -> None:
    names = {fold(person.name) for person in draft.people}
    for person in people:
        if fold(person.name) not in names:
            draft.people.append(person)
            names.add(fold(person.name))


def _name_the_described(tokens: Tokens, drafts: list[Draft], people: People) -> list[Draft]:
    """Give events of a pair that name fewer than two people those their sentence describes (see described_later).

    "The defense ministers of A and B held talks ...": the story names them later.
    """
    described: dict[tuple[int, int], list[Participant]] = {}  # read once a sentence: a long one holds many events
    for draft in drafts:
        if len(draft.people) < 2 and draft.kind in _PAIRED:
            if draft.sentence not in described:
                first, last = tokens.at(draft.sentence[0]), tokens.at(draft.sentence[1])
                described[draft.sentence] = described_later(tokens, first, last, people)
            _add_people(draft, described[draft.sentence])
    return drafts


def _merge(drafts: list[Draft], text: str) -> list[Draft]:
    """One draft per event: the same kind on the same days with the same people or name is one event.

    So is the same event word in a sentence printed twice with the same people
    (a lead repeated as the body's first sentence), where a later sentence may
    have lengthened one telling: the longer days are kept.
    """
    kept: list[Draft] = []
    by_day: dict[tuple[Kind, object], list[Draft]] = {}
    printed: dict[tuple[Kind, str, str], Draft] = {}
    for draft in drafts:
        words = (draft.kind, text[slice(*draft.sentence)], text[slice(*draft.trigger)])
        again = printed.setdefault(words, draft)
        if again.sentence != draft.sentence and _same_people(again, draft) and _keep_longer(again, draft):
            continue
        same_day = by_day.setdefault((draft.kind, draft.when), [])
        twin = next((k for k in same_day[-_TWIN_REACH:] if _same(k, draft)), None)
        if twin is None:
            kept.append(draft)
            same_day.append(draft)
        else:
            _add_people(twin, draft.people)
            twin.where = twin.where or draft.where  # the second telling may say where
    return kept


def _same_people(one: Draft, other: Draft) -> bool:
    """True when two drafts name the same people, and some ("Both sides signed ..." twice may be two pairs)."""
    names = {fold(p.name) for p in one.people}
    return bool(names) and names == {fold(p.name) for p in other.people}


def _keep_longer(one: Draft, other: Draft) -> bool:
    """True when one draft's days lie within the other's; *one* then keeps the longer days."""
    mine, theirs = one.when, other.when
    if mine is None or theirs is None:
        return False
    if mine.start <= theirs.start and theirs.end <= mine.end:
        return True
    if theirs.start <= mine.start and mine.end <= theirs.end:
        one.when = theirs
        return True
    return False


def _same(one: Draft, other: Draft) -> bool:
    if one.kind is not other.kind or one.when != other.when:
        return False
    if one.title and other.title and fold(one.title) == fold(other.title):
        return True
    names_one = {fold(p.name) for p in one.people}
    names_other = {fold(p.name) for p in other.people}
    return names_other <= names_one or not names_one  # told first without its people, then with them


def _under_way_until(article: Article, draft: Draft) -> bool:
    """True for a visit told as under way whose stated day, still ahead, is its end ("is on a visit until Friday")."""
    when, expression = draft.when, draft.expression
    return (
        when is not None and expression is not None and draft.kind is Kind.VISIT
        and draft.basis is DateBasis.STATED and when.days == 1 and when.start > article.published.end
        and article.published.precision is Precision.DAY
        and under_way(article.text, draft) and ends_before(article.text, expression.start)
    )  # fmt: skip


# Present-tense words that tell what happens on the paper's own day as news: "X (R) meets with Y ..., September
# 19, 2012" under a photo, "officially begins work as minister today".
_TOLD_AS_NOW = frozenset({"meets", "begins", "starts", "opens", "receives", "hosts", "signs", "visits", "holds"})
# Unless the clause looks ahead, or the word is a noun: "will pay working visits today", "is to sign".
_NOT_NOW = re.compile(
    r"\b(?:will|would|shall|to|expected|scheduled|set|due)\b[^,;.]{0,50}$|\b(?:pay|pays|make|makes|working|official|"
    r"state|courtesy|the|a|an|his|her|their|its)\s$"
)


def _status(article: Article, lower: str, draft: Draft, when: DateRange) -> Status:
    """Reported or planned, from the days the event covers and, when they leave it open, the clause's tense."""
    published = article.published
    if draft.kind is Kind.PLAN:
        # a plan mostly still ahead is to come; one mostly run (or over) is in force, reported
        elapsed = (published.start - when.start).days
        return Status.PLANNED if elapsed * 2 < when.days else Status.REPORTED
    stated_day = when.precision is Precision.DAY and draft.basis is DateBasis.STATED
    if when.end < published.start or (stated_day and when.start < published.start):
        # over, or begun on a stated day, when the article appeared, whatever the tense ("X meets Y ...,
        # 19 September"; "is leading a delegation ... from November 14 to 17" in a November 15 paper)
        return Status.REPORTED
    if stated_day and when.start == published.start and published.precision is Precision.DAY:
        word = lower[draft.trigger[0] : draft.trigger[1]].split(maxsplit=1)[0]
        before = lower[max(draft.sentence[0], draft.trigger[0] - 60) : draft.trigger[0]]
        if word in _TOLD_AS_NOW and not _NOT_NOW.search(before):
            return Status.REPORTED  # the news of the day, in the present tense
    if when.start > published.end or is_planned(draft, lower, article.text):
        return Status.PLANNED  # the tense is asked only when the dates leave it open: it costs two look-ups
    return Status.REPORTED


def _finish(article: Article, lower: str, draft: Draft, people: People) -> Event:
    """Turn a draft into an :class:`~timeline.model.Event` with its source."""
    assert draft.when is not None  # noqa: S101 - drafts without a date were dropped
    if draft.ongoing and draft.when.start < article.published.start:
        draft.when = DateRange(draft.when.start, article.published.start)  # "have been conducting since"
    elif _under_way_until(article, draft):
        # "is on his introductory visit to Singapore until Wednesday": under way at publication, to Wednesday
        draft.when = DateRange(article.published.start, draft.when.end, approximate=True)
    participants = _unique(people.current(p) for p in draft.people)
    where = _where(article, draft)
    status = _status(article, lower, draft, draft.when)
    when_span = draft.when_span if draft.basis is DateBasis.STATED else None
    source = Source(
        article=article.id,
        published=article.published,
        sentence=article.text[draft.sentence[0] : draft.sentence[1]],
        span=draft.sentence,
        when_text=article.text[when_span[0] : when_span[1]] if when_span else None,
        when_span=when_span,
        basis=draft.basis,
        url=article.url,
    )
    words = article.text[draft.trigger[0] : draft.trigger[1]]
    named = draft.title and (draft.kind not in _LABELS or _is_name(draft.title))
    title = draft.title if named and draft.title else _title(draft.kind, participants, draft.title, words)
    return Event(
        kind=draft.kind,
        title=title,
        when=draft.when,
        sources=(source,),
        where=where,
        participants=participants,
        organisations=tuple(dict.fromkeys(draft.organisations)),
        status=status,
        cameo=draft.cameo or draft.kind.cameo,
    )


def _where(article: Article, draft: Draft) -> Place | None:
    """Where the event took place: its own words, the event it was dated from, or the dateline.

    A country is narrowed to the dateline's city when the city is in it
    ("arrived in Tajikistan" under a DUSHANBE dateline) and the event is
    dated to the day or the week; "here" is the
    dateline; a gathering or an appointment near the publication date with no
    place written happened at the dateline.
    """
    assert draft.when is not None  # noqa: S101 - only dated drafts are finished
    where = draft.where
    parent = draft.parent
    if where is None and parent is not None and parent.when is not None:
        where = _where(article, parent)
        if where is not None or parent.kind is Kind.PHONE_CALL:
            return where  # what is done during video talks has no place
    dateline = article.dateline
    if dateline is None:
        return where
    sentence = article.text[draft.sentence[0] : draft.sentence[1]]
    if _HERE.search(sentence) and (where is None or where.name == where.country or find_place(where.name) is None):
        return dateline  # "at the ministry here today", "at Wisma Pertahanan here": the dateline's city
    narrow = draft.when.precision.rank <= Precision.WEEK.rank  # not "held in 2019 ... in Laos": Laos, that year
    if where is not None and where.name == where.country and dateline.country == where.name and narrow:
        return dateline
    if where is None and _at_the_dateline(article, draft, dateline):
        return None if home_visit(article.text, draft, dateline) else dateline
    return where


def _at_the_dateline(article: Article, draft: Draft, dateline: Place) -> bool:
    """True for an event with no place written that happened at the dateline: see :data:`_AT_THE_DATELINE`."""
    assert draft.when is not None  # noqa: S101 - only dated drafts are finished
    near = abs(draft.when.start.toordinal() - article.published.start.toordinal()) <= NEAR_DAYS
    if draft.kind not in _AT_THE_DATELINE or not near or _written(article.text, draft):
        return False
    # "Putin appointed new ministers" under a Minsk dateline: not in Minsk
    return draft.kind is not Kind.APPOINTMENT or all(p.country in {None, dateline.country} for p in draft.people)


# Kinds that happen at the dateline when no place is written and they are near the paper's day: gatherings,
# and taking office ("officially begins work as defence minister today").
_AT_THE_DATELINE = GATHERINGS | {Kind.APPOINTMENT}


def _written(text: str, draft: Draft) -> bool:
    """True for a statement issued in writing ("In a statement today, the command said ..."): it has no place.

    A press conference, an announcement or an address is spoken somewhere: at the dateline.
    """
    return draft.kind is Kind.STATEMENT and text[draft.trigger[0] : draft.trigger[1]].lower() in _WRITTEN


def _is_name(phrase: str) -> bool:
    """True when a phrase names an event of its own ("47th meeting of the ... Committee")."""
    return any(word[:1].isupper() or word[:1].isdigit() for word in phrase.split()[1:]) or phrase[:1].isdigit()


def _unique(persons: object) -> tuple[Participant, ...]:
    seen: dict[str, Participant] = {}
    for person in persons:  # type: ignore[attr-defined]
        seen.setdefault(fold(person.name), person)
    return tuple(seen.values())


def _title(kind: Kind, participants: tuple[Participant, ...], phrase: str | None, words: str) -> str:
    """A title such as "Meeting: Hoàng Xuân Chiến, Khamlieng Outhakaysone" when the text names no event.

    A noun the text uses for the event ("working session", "phone talks")
    labels it; a verb ("met") gives way to the kind's name.
    """
    label = _LABELS.get(kind, kind.value.replace("_", " ").capitalize())
    lowered_words = " ".join(w for w in words.lower().split() if w not in _VERBS)
    if lowered_words.endswith(_EVENT_NOUNS):
        label = lowered_words.removesuffix("s") if not lowered_words.endswith("talks") else lowered_words
        label = label[:1].upper() + label[1:]
    if participants:
        return f"{label}: " + ", ".join(p.name for p in participants)
    return phrase or label
