"""What the words around an expression say about it: tense, and whether a number counts things.

All functions take the lower-cased text and character offsets, and look at a
bounded window, so each call costs the same whatever the size of the text.
"""

from __future__ import annotations

import bisect
import enum
import re

__all__ = ["Tense", "TenseIndex", "counts_things", "follows", "tense", "until_ahead"]


class Tense(enum.Enum):
    """Which way the clause around an expression points in time."""

    PAST = "past"
    FUTURE = "future"


_WINDOW = 120  # characters to look ahead for the clause's verb
# Characters to look back for it: a long subject and object come between "will hold" and "on Sunday"
# ("X will hold a three-way meeting with his counterparts from A and B in the city of C on Sunday").
_BACK_WINDOW = 200

# Single words and two-word phrases that point a clause forward in time; so does the present progressive
# of setting off or arriving ("is leaving for China on Sunday" in a Friday paper), not of being there
# ("is visiting Singapore from Jun 1 to Jun 3" in a Jun 3 paper is under way).
_FUTURE_WORDS = frozenset(
    """will shall won't 'll would must scheduled slated planned planning upcoming forthcoming
    payable effective expire expires""".split()
)
_BE = frozenset({"is", "are"})
_SETTING_OFF = frozenset(
    f"{be} {going}" for be in _BE for going in ("leaving", "arriving", "departing", "heading", "flying")
)
_FUTURE_PAIRS = (
    frozenset(
        pair.strip()  # each line's indent would otherwise stick to the pair before it ("intends to    ")
        for pair in """is to|are to|be held|set to|due to|expected to|plan to|plans to|intend to|intends to
        |going to|aim to|aims to|from now|as soon|as early|due on|due by|is meeting|are meeting
        |set for""".split("|")
    )
    | _SETTING_OFF
)
# After these, a date is the earlier deed's: "is heading home after holding talks ... on Monday" (last Monday).
_AFTER_DEED = frozenset({"after", "following"})
# The present tense of verbs news uses for what is on the calendar ("the two sides meet
# Monday"), which points forward when it is the clause's own verb, not after "to" or a modal.
_SCHEDULED = frozenset("meet meets begin begins convene convenes resume resumes".split())
_NOT_FINITE = frozenset("to can could may might must should would will shall did does do not".split())
# Words that put a clause in the past: common irregular past forms, and any
# longer word ending in -ed.
_PAST_WORDS = frozenset(
    """was were had did said says told held met made took gave went came saw paid sent led began
    left won lost became brought spoke wrote chose rose fell struck found kept sought thought
    felt stood spent ago since previously ran seen known shown born shot fled fought flew drove
    threw caught bought sold heard sat drew grew knew blew rode wore tore broke stole froze
    built dealt meant laid sent swore woke arose slept swept wept lent bent fed bled sped""".split()
)
# After these, a past form is a participle ("will be paid", "to be held", "is expected"), not a past verb.
# After a determiner, a form in -ed is an adjective ("the proposed merger", "a revised offer").
_PARTICIPLE_AFTER = frozenset("be been being to is are am a an the its their his her our".split())
# These past forms before "by" open a participle phrase, not a clause: "X will meet Y, accompanied by Z, on
# Friday"; "was accompanied by" keeps its "was"; "arrived by plane" is a past verb still.
_AGENT = "by"
_PARTICIPLES = frozenset(
    """accompanied led chaired co-chaired hosted organised organized attended headed joined flanked followed
    welcomed greeted escorted received witnessed sponsored funded""".split()
)
# A full stop ends a clause unless it ends an initial or a title's abbreviation: "his U.S. counterpart on
# Sunday" and "will meet Lt. Gen. X on Sunday" are one clause each.
_ABBREVIATED = "[a-z] gen col maj sen lt adm capt brig lieut dr mr ms mrs prof".split()
_FULL_STOP = r"\." + "".join(rf"(?<!\b{word}\.)" for word in _ABBREVIATED)  # the stop first: fast to rule out
_CLAUSE_BREAK = re.compile(rf"(?:{_FULL_STOP}|[;!?])\s|\n|[\"“”]|``|''")
_AFTER_BREAK = re.compile(rf"(?:{_FULL_STOP}|[;!?])\s|\n|[\"“”,]|``|''")
# A word; the part after a hyphen keeps it ("-mentioned" in "above-mentioned"), and is no verb.
_WORDS = re.compile(r"-?[a-z']+")
_LAST_WORD = re.compile(r"([a-z']+)[^a-z']*$")
# Words an opening date may stand among ("On Tuesday, ..."), with the adverbs that link a sentence to the one before
# ("Then, on Tuesday, X will ...", "Separately, on Monday, ...").
_OPENERS = frozenset(
    """on in at by from since until during last next this early late and then later meanwhile separately also
    however additionally subsequently afterwards but""".split()
)
# Prepositions that open a phrase before a clause's subject ("During his visit from Saturday, he will ...").
_PHRASE_OPENERS = frozenset("during at on in after following ahead before amid throughout upon within".split())
_AHEAD = 4  # words after the expression that may carry its verb ("on Sunday issued")
# After an opening date ("On Tuesday, the union's national council plans ..."), the
# clause's verb comes after its subject, which may run longer and hold an "and".
_AHEAD_OPENING = 10
# Words that end the stretch after an expression that its verb can come from.
_AFTER_STOPS = frozenset("and but or which that who while when where after before because".split())
_OPENING_STOPS = _AFTER_STOPS - {"and", "or"}
# Words ending in -ed that are not past verbs.
_NOT_VERBS = frozenset(
    """united hundred indeed need speed seed feed shed bed red limited weed deed reed heed sled breed greed creed
    succeed proceed exceed""".split()
)


def _clause_start(lower: str, start: int) -> int:
    floor = max(0, start - _BACK_WINDOW)
    while 0 < floor < start and lower[floor - 1].isalnum():  # never start inside a word
        floor += 1
    last = floor
    for found in _CLAUSE_BREAK.finditer(lower, floor, start):
        last = found.end()
    return last


def _clause_end(lower: str, end: int, *, commas: bool = True) -> int:
    """Where the words that may govern an expression stop: the clause's end or its next comma.

    After a comma comes another clause or an attribution ("..., Castro said"),
    whose verb does not date the expression; but an expression that opens its
    clause ("On Wednesday, he will ...") reaches past the comma (*commas* False).
    """
    found = (_AFTER_BREAK if commas else _CLAUSE_BREAK).search(lower, end, end + _WINDOW)
    return found.start() if found else min(len(lower), end + _WINDOW)


def _opening_phrase(first_word: str, *, marked: bool) -> bool:
    """True when the clause so far is a phrase with no verb that opens on a preposition.

    "During his three-day visit to Australia from Saturday, Nakatani will ...":
    the date's verb comes after the comma, as after "On Saturday,".
    """
    return first_word in _PHRASE_OPENERS and not marked


def _kinds(words: list[str], capitals: list[bool], previous: str = "", last: str = "") -> list[int]:
    """+1 for a word that points forward, -1 for one that points back, 0 otherwise.

    A capitalised word ending in -ed is a name ("United"), not a past verb; a
    past form after "be" or "to" is a participle ("will be paid"), and so is
    one before "by" ("accompanied by"). *previous* is the word before the
    first of *words*, and *last* the word after the last of them.
    """
    kinds = []
    for index, word in enumerate(words):
        before = words[index - 1] if index else previous
        following = words[index + 1] if index + 1 < len(words) else last
        pair = f"{word} {following}" in _FUTURE_PAIRS
        if word in _FUTURE_WORDS or pair or (word in _SCHEDULED and before not in _NOT_FINITE):
            kinds.append(1)
        elif (
            _past_form(word, capital=capitals[index])
            and before not in _PARTICIPLE_AFTER
            and not (following == _AGENT and word in _PARTICIPLES)
        ):
            kinds.append(-1)
        else:
            kinds.append(0)
    return kinds


def _word_before(lower: str, position: int) -> str:
    found = _LAST_WORD.search(lower, max(0, position - 24), position)
    return found.group(1) if found else ""


def _word_after(lower: str, position: int) -> str:
    found = _WORDS.search(lower, position, position + 24)
    return found.group() if found else ""


def _past_form(word: str, *, capital: bool) -> bool:
    """A known past form, or a lower-case word of five letters or more ending in -ed.

    The second half of a compound ("above-mentioned", "so-called") is an adjective.
    """
    return word in _PAST_WORDS or (
        len(word) > 4 and word.endswith("ed") and not capital and word[0] != "-" and word not in _NOT_VERBS
    )


def _words(text: str, lower: str, start: int, end: int) -> tuple[list[str], list[bool]]:
    found = list(_WORDS.finditer(lower, start, end))
    return [m.group() for m in found], [text[m.start()].isupper() for m in found]


def _after_words(words: list[str], *, opening: bool = False) -> int:
    """How many words after an expression may carry its verb: up to a conjunction, at most a few."""
    ahead, stops = (_AHEAD_OPENING, _OPENING_STOPS) if opening else (_AHEAD, _AFTER_STOPS)
    for index, word in enumerate(words[:ahead]):
        if word in stops:
            return index
    return min(len(words), ahead)


def _set_off_before_a_deed(words: list[str], kinds: list[int]) -> list[int]:
    """The markers "is leaving", "are heading" ... of *words* that an "after" follows before the expression.

    "The frigate is heading back to Qingdao after completing a joint exercise
    ... on Sunday": Sunday is the exercise's, past; not the coming one.
    """
    if _AFTER_DEED.isdisjoint(words):
        return []
    return [
        index for index, kind in enumerate(kinds[:-1])
        if kind > 0 and f"{words[index]} {words[index + 1]}" in _SETTING_OFF
        and any(word in _AFTER_DEED for word in words[index + 2 :])
    ]  # fmt: skip


def _nearest(before: list[int], after: list[int], reach: int | None) -> Tense | None:
    """The tense of the marker nearest the expression, before or after it (before wins ties)."""
    back = next(((distance, kind) for distance, kind in enumerate(reversed(before)) if kind), None)
    ahead = next(((distance, kind) for distance, kind in enumerate(after) if kind), None)
    found = [c for c in (back, ahead) if c is not None and (reach is None or c[0] < reach)]
    if not found:
        return None
    return Tense.FUTURE if min(found, key=lambda c: c[0])[1] > 0 else Tense.PAST


def tense(lower: str, start: int, end: int, reach: int | None = None, *, text: str | None = None) -> Tense | None:
    """The tense of the verb nearest ``lower[start:end]`` in its clause, when there is one.

    "Said on Tuesday that Iraq would retaliate" is past ("said" is nearer than
    "would"); "will meet on Monday" is future. With *reach*, only markers
    within that many words count. *text* (the original, same offsets) lets
    capitalised names such as "United" be told from past verbs.
    """
    text = lower if text is None else text
    clause = _clause_start(lower, start)
    before_words, before_capitals = _words(text, lower, clause, start)
    before = _kinds(before_words, before_capitals, _word_before(lower, clause), _word_after(lower, start))
    marked = any(before)  # as the index reads it, before the marker set aside below
    if 1 in before:  # most clauses hold no forward marker: skip the look
        for index in _set_off_before_a_deed(before_words, before):
            before[index] = 0
    # "On Wednesday, he will travel": an opening date's verb comes after the comma.
    opening = all(word in _OPENERS for word in before_words) or _opening_phrase(
        before_words[0] if before_words else "", marked=marked
    )
    after_end = _clause_end(lower, end, commas=not opening)
    after_words, after_capitals = _words(text, lower, end, after_end)
    keep = _after_words(after_words, opening=opening)
    following = after_words[keep] if keep < len(after_words) else _word_after(lower, after_end)
    after = _kinds(after_words[:keep], after_capitals[:keep], _word_before(lower, end), following)
    return _nearest(before, after, reach)


class TenseIndex:
    """:func:`tense` for every expression of one text, in logarithmic time after a few calls.

    A news article asks a handful of times, which :func:`tense` answers
    directly. A text that asks more (a long text, or a hostile one with an
    expression every few characters) gets an index of its clause breaks and
    marker words, built once in one pass, so each answer costs a few bisections
    and the whole text stays linear.
    """

    def __init__(self, lower: str, text: str | None = None) -> None:
        self._lower = lower
        self._text = lower if text is None else text
        self._calls = 0
        self._built = False
        # Building costs about as much as one direct answer per 40 characters.
        self._direct_calls = max(24, len(lower) // 40)

    def __call__(self, start: int, end: int, reach: int | None = None) -> Tense | None:
        """The same answer as :func:`tense`."""
        self._calls += 1
        if self._calls <= self._direct_calls:
            return tense(self._lower, start, end, reach, text=self._text)
        if not self._built:
            self._build()
        return self._indexed(start, end, reach)

    def _build(self) -> None:
        lower = self._lower
        self._break_ends = [found.end() for found in _CLAUSE_BREAK.finditer(lower)]
        self._break_starts = [found.start() for found in _AFTER_BREAK.finditer(lower)]
        self._clause_starts = [found.start() for found in _CLAUSE_BREAK.finditer(lower)]
        words = list(_WORDS.finditer(lower))
        self._starts = [found.start() for found in words]
        texts = [found.group() for found in words]
        self._texts = texts
        kinds = _kinds(texts, [self._text[found.start()].isupper() for found in words])
        self._kinds = kinds
        # For each word, the index of the nearest marker at or before it, and at or after it.
        last, self._last_marker = -1, []
        for index, kind in enumerate(kinds):
            last = index if kind else last
            self._last_marker.append(last)
        following, self._next_marker = len(kinds), [0] * len(kinds)
        for index in range(len(kinds) - 1, -1, -1):
            following = index if kinds[index] else following
            self._next_marker[index] = following
        self._built = True

    def _set_off_before_a_deed(self, index: int, before_end: int) -> bool:
        """True for a marker "is leaving" with "after" between it and the expression (see _set_off_before_a_deed)."""
        texts = self._texts
        return (
            index + 1 < len(texts)
            and texts[index] in _BE
            and f"{texts[index]} {texts[index + 1]}" in _SETTING_OFF
            and any(texts[i] in _AFTER_DEED for i in range(index + 2, before_end))
        )

    def _indexed(self, start: int, end: int, reach: int | None) -> Tense | None:
        lower = self._lower
        position = bisect.bisect_right(self._break_ends, start) - 1
        clause = max(start - _BACK_WINDOW, self._break_ends[position] if position >= 0 else 0, 0)
        first = bisect.bisect_left(self._starts, clause)
        before_end = bisect.bisect_left(self._starts, start)
        opening = all(self._texts[i] in _OPENERS for i in range(first, before_end)) or _opening_phrase(
            self._texts[first] if before_end > first else "",
            marked=before_end > first and self._last_marker[before_end - 1] >= first,
        )
        breaks = self._break_starts if not opening else self._clause_starts
        following = bisect.bisect_left(breaks, end)
        clause_end = min(breaks[following] if following < len(breaks) else len(lower), end + _WINDOW)
        after_first = bisect.bisect_left(self._starts, end)
        ahead, stops = (_AHEAD_OPENING, _OPENING_STOPS) if opening else (_AHEAD, _AFTER_STOPS)
        after_last = min(bisect.bisect_left(self._starts, clause_end), after_first + ahead)
        for index in range(after_first, after_last):  # at most *ahead* words
            if self._texts[index] in stops:
                after_last = index
                break
        found = []
        index = self._last_marker[before_end - 1] if before_end > first else -1
        while index >= first and self._set_off_before_a_deed(index, before_end):
            index = self._last_marker[index - 1] if index > 0 else -1
        if index >= first:
            found.append((before_end - 1 - index, self._kinds[index]))
        if after_first < after_last and self._next_marker[after_first] < after_last:
            index = self._next_marker[after_first]
            found.append((index - after_first, self._kinds[index]))
        found = [c for c in found if reach is None or c[0] < reach]
        if not found:
            return None
        return Tense.FUTURE if min(found, key=lambda c: c[0])[1] > 0 else Tense.PAST


# Nouns a four-digit number counts rather than dates ("2000 troops").
_COUNT_NOUNS = frozenset(
    """people persons troops soldiers personnel officers members delegates units cases tonnes tons
    km kilometres kilometers hectares ha households students workers dollars usd vnd yuan won
    yen ringgit baht riels riel kip rupees pesos euros visitors tourists enterprises companies
    firms projects votes seats deaths casualties vehicles vessels ships boats aircraft planes
    words pages metres meters feet miles points shares barrels runs hours minutes days weeks
    months years mw kw kwh mt m2 sq square cubic litres liters children women men patients
    doctors teachers employees jobs homes houses tanks missiles rounds billion million thousand
    hundred trillion times percent per cent % pieces items sets doses beds rooms lots kg grams
    tonne copies participants athletes players refugees migrants residents inhabitants voters
    candidates""".split()
)

_NEXT_WORD = re.compile(r"\s{0,3}([a-z%]+)")
_PREV_WORD = re.compile(r"([a-z$€£#.]+)[\s-]{0,3}$")
_NUMBER_NOUNS = frozenset(
    """no. no number nos resolution decree decision circular article clause law code route highway
    flight room page pages item items chapter section paragraph point unit $ € £ # usd vnd
    vietnam-laos""".split()
)


def counts_things(lower: str, start: int, end: int) -> bool:
    """True when the number at ``lower[start:end]`` counts or labels things.

    "2000 troops", "Resolution 2025", "$1990" are not years.
    """
    following = _NEXT_WORD.match(lower, end)
    if following and following.group(1) in _COUNT_NOUNS:
        return True
    if start > 0 and lower[start - 1] in "$€£#":
        return True
    preceding = _PREV_WORD.search(lower, max(0, start - 16), start)
    return bool(preceding and preceding.group(1) in _NUMBER_NOUNS)


def follows(lower: str, start: int, words: frozenset[str]) -> bool:
    """True when the word just before offset *start*, across spaces or a hyphen ("mid-March"), is one of *words*."""
    preceding = _PREV_WORD.search(lower, max(0, start - 20), start)
    return bool(preceding and preceding.group(1).strip(".") in words)


# A deadline moved or granted: "postponed until", "extended its deadline until", "gave them until".
_PUT_OFF = re.compile(
    r"""\b(?:extend|extends|extended|postpone|postpones|postponed|delay|delays|delayed|defer|defers|deferred
        |adjourn|adjourns|adjourned|give|gives|gave|given)\b[^.;!?\n]{0,60}$""",
    re.VERBOSE,
)
_UNTIL = frozenset({"until", "till"})
_PUT_OFF_REACH = 80  # characters back from "until" to the verb that sets the deadline
# "is"/"are" before "until <day>" in the same clause: what it tells goes on still.
_GOES_ON = re.compile(r"\b(?:is|are)\s[^,;.]{0,80}\s(?:until|till)\s$")
_GOES_ON_REACH = 100


def until_ahead(lower: str, start: int, direction: int) -> bool:
    """True when the date at *start* ends something with "until" and lies ahead.

    A deadline set or moved ("postponed until Tuesday"); or the end of what
    goes on ("runs until Friday", "is on a visit to Singapore until
    Wednesday"), unless the clause is told in the past (*direction* -1:
    "stayed in Hanoi until Sunday") and its own verb is not "is" or "are", as
    when a past verb is only in an aside before it ("X, who was appointed this
    year, is on a visit ... until Wednesday").
    """
    if not follows(lower, start, _UNTIL):
        return False
    if direction == 0 or _GOES_ON.search(lower, max(0, start - _GOES_ON_REACH), start):
        return True
    until = lower.rfind("til", max(0, start - 12), start)
    return bool(_PUT_OFF.search(lower, max(0, until - _PUT_OFF_REACH), until))
