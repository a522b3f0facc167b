"""Event words in a sentence: the phrases of the lexicon, with what each needs around it.

A hosting verb needs a guest ("received the Lao delegation"), "called on" an
office holder ("called on Defence Minister X", not "called on both sides to
..."), being somewhere a known place ("was in Seoul"); "visiting" before a
description is no event ("visiting Australian counterpart"), nor an event word
inside a capitalised office ("Exercise Director").
"""

from __future__ import annotations

import re

from timeline.extract._lexicon import EVENT_WORDS, OFFICE_MODIFIERS, OFFICE_PREFIXES, TITLE_ENDS, TITLE_WORDS
from timeline.extract._tokens import Tokens
from timeline.gazetteer import find_place, gazetteer
from timeline.model import Kind

__all__ = ["being_there", "event_words"]

# Words that may open a hosting verb's guest: "received the Lao delegation", "hosted visiting ...".
_OBJECTS = frozenset(
    """reception delegation delegations ambassador ambassadors minister ministers counterpart
    counterparts envoy envoys chief president prime secretary general commander visiting
    a an the his her their""".split()
)
# Words between a hosting verb and its guest: "received here this afternoon at the Peace Palace visiting ...".
_FILLERS = frozenset(
    """a an the visiting his her here there today yesterday this that morning afternoon evening at
    on in new newly newly-appointed newly-accredited outgoing incoming former""".split()
)
_FILLER_REACH = 6
_ADJECTIVAL = frozenset({"visiting"})


def event_words(tokens: Tokens, first: int, last: int) -> list[tuple[int, int, Kind, str]]:
    """(start, end, kind, need) of each event word or phrase in words *first* to *last* - 1."""
    found = []
    index = first
    while index < last:
        options = EVENT_WORDS.get(tokens.keys[index])
        matched = False
        for words, kind, needs_object in options or ():
            end = index + len(words) - 1
            if end >= last or tuple(tokens.keys[index : end + 1]) != words:
                continue
            if any(tokens.gap(i) not in {" ", "-"} for i in range(index + 1, end + 1)):
                continue
            if not _fits(tokens, (index, end, last), words[0], needs_object):
                continue
            found.append((tokens.starts[index], tokens.ends[end], kind, needs_object))
            index = end + 1
            matched = True
            break
        if not matched:
            index += 1
    return found


def _fits(tokens: Tokens, where: tuple[int, int, int], word: str, needs: str) -> bool:
    """True when the event phrase at words *where* (first, last, sentence end) has what it needs around it."""
    index, end, last = where
    after = end + 1
    if needs == "object":
        # "will receive BrahMos missiles", "will host Laos in the final": no guest
        fits = _has_object(tokens, after, last) and (word not in _BASE_HOSTING or _a_guest(tokens, after, last))
    elif needs == "office":
        fits = _calls_on_office(tokens, after, last)
    elif needs == "place":
        fits = _place_follows(tokens, after, last)
    else:
        fits = True
    if word in _CALLS and end == index:
        fits = fits and _called_someone(tokens, after, last)  # "called Prime Minister X a good friend": no call
    if word in _SPEAKING:  # "Speaking by phone to Reuters, X said": an interview
        fits = fits and _SPOKE_TOGETHER.match(tokens.text, tokens.ends[end], tokens.ends[last - 1]) is not None
    if word in _ADJECTIVAL and after < last and _adjectival(tokens, after):
        return False  # "visiting Australian counterpart": a description, not an event
    if word in _PLAN_WORDS and end == index and _intends(tokens, index, last):
        return False  # "Kim plans to visit Indonesia": the visit is the event
    return fits and not (
        tokens.capitals[index] and after < last and _office_follows(tokens, after)
    )  # "Exercise Director"


def being_there(text: str, word: tuple[int, int, Kind, str], count: int) -> bool:
    """Whether an event word stays: being somewhere ("was in Seoul", "is visiting X") is a visit, with conditions.

    Alone, unless a stay ("have been in South Sudan since 2018"); with another
    event word, when visiting or there to attend something.

    "X, who was in Seoul on Wednesday, convened a meeting": the meeting only; "X was in Seoul this week to attend
    the forum", "X is visiting Singapore ... to attend the SLD": both.
    """
    start, end, _kind, needs = word
    if needs != "place":
        return True
    if _STAYS.match(text, end):
        return False
    told = text[start:end].lower()
    # "will depart for China on Thursday for talks", "headed to Vietnam on Wednesday for talks"
    departs = told.startswith(("depart", "leave", "left", "head", "fly to", "flies to"))
    return count == 1 or departs or told.endswith("visiting") or _ATTENDING.match(text, end) is not None


def _place_follows(tokens: Tokens, index: int, last: int) -> bool:
    """True when a place the gazetteer knows comes right after ("was in Seoul", "would be in the US")."""
    if index < last and tokens.keys[index] == "the":
        index += 1
    return any(
        index + size <= last
        and all(tokens.capitals[index : index + size])
        and find_place(tokens.joined(index, index + size - 1)) is not None
        for size in (3, 2, 1)
    )


# Being somewhere is a visit only when the sentence names no other event, and not a stay: "have been in South
# Sudan since 2018", "will be in South Sudan for one year".
_STAYS = re.compile(
    r"\s(?:the\s)?(?:[A-Z][\w'’-]*\s){1,3}(?:since|for\s(?:a|one|two|three|several|\d+)\s(?:year|month))"
)
# Being somewhere to attend something: "was in Seoul this week to attend the Seoul Defense Dialogue", "are in the
# Philippines for the 2nd Foreign and Defense Ministerial Meeting".
_ATTENDING = re.compile(
    r"[^,;.]{0,60}?\b(?:to\s(?:attend|join|take\spart\sin|participate\sin|meet|hold\stalks)\b"
    r"|for\sthe\s(?:\d{1,2}(?:st|nd|rd|th)\s)?[A-Z])"
)
_POSSESSOR_REACH = 5  # words of a guest's name a possessive may end ("the Thai Defence Minister's remarks")


_BASE_HOSTING = frozenset({"receive", "host", "welcome"})  # after "will", "to": a guest must be named as one
_GUEST_REACH = 5  # words after the verb where the guest's office or delegation may stand
_GUEST_WORDS = (_OBJECTS - {"a", "an", "the", "his", "her", "their", "visiting"}) | TITLE_ENDS


def _a_guest(tokens: Tokens, index: int, last: int) -> bool:
    """False when what follows the verb is plainly no guest.

    A place ("will host Laos in the final"), or one capitalised word before a
    common noun ("will receive BrahMos missiles").
    """
    if any(tokens.keys[i].strip(".") in _GUEST_WORDS for i in range(index, min(last, index + _GUEST_REACH))):
        return True
    while index < last and tokens.keys[index] in _FILLERS:
        index += 1
    if index >= last or not tokens.capitalised(index):
        return True  # the object test (_has_object) decides
    if find_place(tokens.texts[index]) is not None:
        return False
    return not (index + 1 < last and not tokens.capitalised(index + 1) and tokens.keys[index + 1] not in _FILLERS)


def _has_object(tokens: Tokens, index: int, last: int) -> bool:
    """True when a hosting verb has a guest after it ("received the Lao delegation")."""
    stop = min(last, index + _FILLER_REACH)
    while index < stop and tokens.keys[index] in _FILLERS:
        index += 1
    if not (index < last and (tokens.capitalised(index) or tokens.keys[index] in _OBJECTS)):
        return False
    for word in range(index, min(last, index + _POSSESSOR_REACH)):  # "welcoming the US delegation's proposal": a thing
        end = tokens.ends[word]
        if tokens.texts[word].endswith(("'s", "’s")) or tokens.text[end : end + 1] in {"'", "’"}:
            return False
        if not (tokens.capitalised(word) or tokens.keys[word] in _OBJECTS):
            break
    return True


# Words after "called on" that make it a courtesy call: an office, a rank or an honorific.
_CALLED_ON = (OFFICE_PREFIXES | OFFICE_MODIFIERS | TITLE_ENDS) - {"the", "his", "her", "their", "and", "of"}
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)|first|new")
# "called on Prime Minister X to step up ...": an appeal, not a call.
_APPEAL = re.compile(r"[^,;.]{0,80}?\bto\s(?!the\b|a\b)[a-z]+\b")
# The same past asides and commas, or asking for something: "..., Senior General X, to extend", "X for restraint".
_APPEAL_ANYWHERE = re.compile(r"[^;.]{0,160}?\b(?:to\s(?!the\b|a\b|an\b)[a-z]+|for\s(?!a\b|an\b|talks\b)[a-z]+)\b")


def _calls_on_office(tokens: Tokens, index: int, last: int) -> bool:
    """True when "called on" is followed by an office holder it visited ("called on Defence Minister X")."""
    while index < last and (tokens.keys[index] in {"the", "his", "her"} or _ORDINAL.fullmatch(tokens.keys[index])):
        index += 1  # "took charge as the 29th Chief of the Army Staff"
    if index + 1 < last and tokens.capitalised(index) and gazetteer().country(tokens.keys[index]) is not None:
        # "called on Singapore's Minister for Defence X"; not "called on Myanmar's military leader, X, to extend
        # the ceasefire" nor "called on Thai Prime Minister X for restraint": appeals
        if _APPEAL_ANYWHERE.match(tokens.text, tokens.starts[index]):
            return False
        index += 1
    if index >= last:
        return False
    word = tokens.keys[index].strip(".").split("-")[0]
    return word in _CALLED_ON and not _APPEAL.match(tokens.text, tokens.starts[index])


_PLAN_WORDS = frozenset({"plan", "plans"})
# Words before "plan to" that make it a noun ("a plan to build", "the plan to hold"): else the verb of intent.
_DETERMINERS = frozenset("a an the this that its their his her our new".split())
_SUBJECT_WORDS = frozenset("they we i you also still now jointly further and who which will".split())


def _intends(tokens: Tokens, index: int, last: int) -> bool:
    """True when "plan(s)" at word *index* is a verb of intent, or plans in general: "plans to meet", "plan to hold".

    "announced plans to hold drills" is no more a plan than "plans to visit";
    "a plan to build capacity", "the ministry's plan to organise" and "the
    training plan to improve readiness" name one.
    """
    after = index + 1
    if not (after + 1 < last and tokens.keys[after] == "to" and tokens.keys[after + 1].isalpha()):
        return False
    if tokens.keys[index] == "plans" or not index:
        return True
    before = index - 1  # "the ministry's plan to organise", "the navy's training plan to improve": a noun
    word = tokens.keys[before]
    if word in _DETERMINERS or tokens.texts[before].endswith(("'s", "’s")):
        return False
    # a subject before the verb: "They plan to", "the two sides plan to", "Vietnam and Laos plan to"
    return tokens.capitalised(before) or word in _SUBJECT_WORDS or word.endswith("s")


_SPEAKING = frozenset({"speaking", "talking"})  # "Speaking by phone on Tuesday, X and Y agreed ...": a call
_SPOKE_TOGETHER = re.compile(r"\s(?:with\b|[^.;]{0,120}?\b(?:agreed|discussed|exchanged|pledged|reaffirmed|vowed)\b)")
_CALLS = frozenset({"called", "phoned"})  # a phone call, when what follows the person is no epithet
# What may follow the person called: a date, a purpose, the rest of the clause ("called X on Tuesday to discuss").
_AFTER_CALLED = frozenset(
    "on to and for over by about yesterday today tonight last this earlier late later in as after before".split()
)


def _called_someone(tokens: Tokens, index: int, last: int) -> bool:
    """True when "called" is followed by a person and then the clause goes on or ends ("called X on Tuesday").

    A few words only, so a run of capitalised words stays linear; not a person
    then a quotation ('called X "a troublemaker"').
    """
    stop = min(last, index + _PERSON_REACH)
    while index < stop and (tokens.capitalised(index) or tokens.keys[index] in _PERSON_WORDS):
        index += 1
        mark = tokens.gap(index).strip(" .'’s") if index < last else ""
        if mark:
            return mark[:1] in {",", ";"}  # the person's words end at a comma
    return index >= last or (index < stop and tokens.keys[index] in _AFTER_CALLED)


_PERSON_REACH = 8  # words of a person's title and name after "called"


_PERSON_WORDS = frozenset({"his", "her", "their", "the", "counterpart", "counterparts", "minister", "ministers"})
# Offices a capitalised event word may name the body of: "Exercise Director", "National Assembly President X".
_OFFICES_AFTER = frozenset(
    """director commander chief spokesman spokesperson coordinator chairman chairwoman president speaker secretary
    vice deputy""".split()
)


def _office_follows(tokens: Tokens, index: int) -> bool:
    """True when a capitalised office follows ("Exercise Director", "Summit Coordinator")."""
    return tokens.capitals[index] and tokens.gap(index) == " " and tokens.keys[index].strip(".") in _OFFICES_AFTER


def _adjectival(tokens: Tokens, index: int) -> bool:
    return tokens.capitalised(index) or tokens.keys[index].strip(".") in TITLE_WORDS
