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

from timeline.dates import DateRange, Precision
from timeline.extract._attach import one_per_counterpart, one_per_described_counterpart
from timeline.extract._draft import GATHERINGS, Draft, add_people
from timeline.extract._drafts import sentence_drafts
from timeline.extract._finish import finish
from timeline.extract._keyed import keyed_lower
from timeline.extract._links import link_sentence
from timeline.extract._people import describe, described_later, find_mentions
from timeline.extract._places import place_after
from timeline.extract._planned import ahead_in_headlines
from timeline.extract._roster import Mention, People, home_country
from timeline.extract._sentences import sentences
from timeline.extract._story import Story
from timeline.extract._tellings import TWIN_REACH, without_partial_tellings
from timeline.extract._tokens import Tokens, tokenize
from timeline.extract._trips import (
    TOLD_REACH,
    ToldTrips,
    crewed,
    no_visit,
    placed_by_visit,
    trip_ends,
)
from timeline.gazetteer import fold
from timeline.model import (
    Article,
    DateBasis,
    Event,
    Kind,
    Participant,
    TemporalExpression,
    TimexType,
)
from timeline.reader import PHOTO_CREDIT, date_line, outlet_country
from timeline.tagger import lowered

__all__ = ["article_events"]

_NOT_EVENT_DATES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
# A sentence without an event word that says where the main event is ("It will take place in X",
# "The event features activities in X").
_SETTING = re.compile(
    r"""(?:it|the\sevent)\s(?:will\s(?:also\s)?(?:be\s)?|is\s(?:to\sbe\s)?|was\s)?
    (?:feature[sd]?|take\splace|took\splace|takes\splace|held|hosted|staged|organi[sz]ed|include[sd]?)\b""",
    re.IGNORECASE | re.VERBOSE,
)
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
    people = People(home=home_country(article, outlet_country(article.outlet)))
    usable = [e for e in expressions if _usable(e) and start <= e.start < article.body_end]
    usable_starts = [e.start for e in usable]  # in text order, as the tagger gives them
    story = Story(published=article.published)
    kept: list[Draft] = []
    undated: dict[Kind, Draft] = {}  # the latest event of each kind told with its people but no date
    told = ToldTrips()  # visits told before they are dated
    captions = sentences(text, start, max(start, text.rfind("\n", start, article.body_start)))
    body = sentences(text, article.body_start, article.body_end)
    for number, sentence in enumerate(captions + body):
        persons = _persons(tokens, sentence, people)
        own = usable[bisect.bisect_left(usable_starts, sentence[0]) : bisect.bisect_left(usable_starts, sentence[1])]
        drafts = sentence_drafts(tokens, lower, sentence, number, own, persons)
        ahead_in_headlines(text, drafts, article.published)  # "Minister X to meet Y on Friday": the coming Friday
        if drafts:
            story.date_from_lead(text, drafts)  # "X affirmed on July 18. At a meeting with Y, X ..."
        else:
            story.note_lead(text, own, number)
        dated = link_sentence(text, drafts, persons, story)
        office = _ministers_of(text, sentence)
        dated = [one for d in dated if not no_visit(text, d) for one in one_per_counterpart(text, d, persons)]
        for draft in dated:
            _people_told_before(draft, undated)
            kept += told.dated_by(text, draft, story)
            if office and not draft.people:  # "attended by the defence ministers of all three countries"
                add_people(draft, people.holding(office["office"]))
            if not _in_passing(draft):
                story.add(draft)
            kept.append(draft)
        undated.update(
            (d.kind, d)
            for d in drafts
            if d.when is None and len(d.people) >= 2 and d.kind in _PAIRED and not d.implicit
        )
        told.note(text, drafts, persons)
        if not dated and kept and kept[-1].number == number - 1:
            _name_the_pair(text, sentence, persons, kept[-1])
        if not drafts and story.main is not None:
            _about_the_main_event(tokens, sentence, persons, story.main)
            trip_ends(text, sentence, own, persons, story.main, kept)  # "He will return home on Friday": the trip's end
    kept += _under_way_today([d for d in told.pending if d.when is None and not d.intended], article.published)
    kept = told.without_told_again(kept)
    merged = _merge(one_per_described_counterpart(text, _name_the_described(tokens, kept, people), people), text)
    placed_by_visit(merged, told.placed, article.published)  # where a visitor's gatherings were
    return [finish(article, lower, draft, people) for draft in crewed(text, merged, people)]


def _ministers_of(text: str, sentence: tuple[int, int]) -> re.Match[str] | None:
    """_MINISTERS_OF in a sentence; not searched when the sentence lacks "minister" (most do)."""
    lower = keyed_lower(text[sentence[0] : sentence[1]])
    return _MINISTERS_OF.search(text, *sentence) if lower is None or "minister" in lower else None


def _persons(tokens: Tokens, sentence: tuple[int, int], people: People) -> list[tuple[Mention, Participant]]:
    """The people a sentence names or describes, each with where it names them, in order."""
    first, last = tokens.at(sentence[0]), tokens.at(sentence[1])
    named = [(-1, len(people))]  # how many people were known at each name: a description looks back, not ahead
    persons = []
    for mention in find_mentions(tokens, first, last, people):
        persons.append((mention, people.add(mention)))
        named.append((mention.start, len(people)))
    persons += [(Mention(s, e, p.name), p) for s, e, p in describe(tokens, first, last, people, named)]
    persons.sort(key=lambda pair: pair[0].start)
    return persons


def _about_the_main_event(
    tokens: Tokens, sentence: tuple[int, int], persons: list[tuple[Mention, Participant]], main: Draft
) -> None:
    """What a sentence naming no event adds to the story's main event: its people, or where it is held."""
    text = tokens.text
    if persons and _refers_back(text, sentence):
        add_people(main, [person for _, person in persons])
    if main.where is None and _SETTING.match(text, *sentence):  # "It will feature activities in Sơn La"
        main.where = place_after(tokens, tokens.at(sentence[0]), tokens.at(sentence[1]))


def _under_way_today(visits: list[Draft], published: DateRange) -> list[Draft]:
    """Visits told as under way that nothing else in the story dates: under way on the paper's day.

    "X is in Singapore for an introductory visit", and no day of it told:
    the visit includes the paper's day (inferred, approximate).
    """
    if published.precision is not Precision.DAY:
        return []  # a paper dated to the month says no day
    day = DateRange(published.start, published.start, approximate=True)
    for visit in visits:
        visit.when, visit.basis = day, DateBasis.INFERRED
    return visits


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
        add_people(draft, told.people)  # not to talks someone else held ("Nakatani also held talks on Friday")


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
        add_people(told, [person for _, person in subject])


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
            add_people(draft, described[draft.sentence])
    return drafts


def _merge(drafts: list[Draft], text: str) -> list[Draft]:
    """One draft per event: the same kind on the same days with the same people or name is one event.

    So is the same event word in words printed twice with the same people
    (a lead repeated as the body's first sentence, perhaps behind a dateline),
    where a later sentence may have lengthened one telling: the longer days
    are kept.
    """
    kept: list[Draft] = []
    by_day: dict[tuple[Kind, object], list[Draft]] = {}
    printed: dict[tuple[Kind, str], Draft] = {}
    for draft in drafts:
        again = printed.setdefault((draft.kind, _telling(text, draft)), draft)
        if again.sentence != draft.sentence and _same_people(again, draft) and _keep_longer(again, draft):
            add_people(again, draft.people)  # the lead read before anyone was named
            continue
        same_day = by_day.setdefault((draft.kind, draft.when), [])
        twin = next((k for k in same_day[-TWIN_REACH:] if _same(text, k, draft)), None)
        if twin is None:
            kept.append(draft)
            same_day.append(draft)
        else:
            add_people(twin, draft.people)
            twin.where = twin.where or draft.where  # the second telling may say where
    return without_partial_tellings(kept, text)


_TELLING_REACH = (20, 30)  # characters before and after an event word that, printed twice, make one telling


def _telling(text: str, draft: Draft) -> str:
    """The words around an event word, or its whole sentence when that is shorter: what a reprint repeats."""
    (first, last), (start, end) = draft.sentence, draft.trigger
    before, after = _TELLING_REACH
    if start - before < first or end + after > last:
        return text[first:last]
    return text[start - before : end + after]


def _same_people(one: Draft, other: Draft) -> bool:
    """True when two drafts name the same people, and some ("Both sides signed ..." twice may be two pairs).

    A telling with no people and one with them are the same: a lead read before anyone was named, then the
    body's first sentence ("Russia's warships have arrived in Busan ..." twice).
    """
    names, others = {fold(p.name) for p in one.people}, {fold(p.name) for p in other.people}
    return bool(names | others) and (names == others or not names or not others)


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


_MEALS = frozenset({"lunch", "luncheon", "dinner", "banquet", "breakfast"})


def _same(text: str, one: Draft, other: Draft) -> bool:
    """True when two drafts of a kind and days are one event: the same name, or people told then again.

    Not when only one is a meal: "called on X ... and attended an official lunch" is two.
    """
    if one.kind is not other.kind or one.when != other.when or _meal(text, one) != _meal(text, other):
        return False
    if one.trigger == other.trigger:
        return False  # one word's meetings held one by one (_attach.one_per_counterpart)
    if one.title and other.title and fold(one.title) == fold(other.title):
        return True
    names_one = {fold(p.name) for p in one.people}
    names_other = {fold(p.name) for p in other.people}
    return names_other <= names_one or not names_one  # told first without its people, then with them


def _meal(text: str, draft: Draft) -> bool:
    return text[slice(*draft.trigger)].lower().rsplit(maxsplit=1)[-1] in _MEALS
