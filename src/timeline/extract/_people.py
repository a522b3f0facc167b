"""People in an article: titled names, their country, and the short ways the story refers back to them.

A mention is a name with what precedes it ("Laos’s Defence Minister Sen. Lieut.
Gen. Khamlieng Outhakaysone") or follows it ("Vanthong Bouttavong, Deputy Chief
of the General Staff of the Lao People's Army,"). :class:`People` keeps one
record per person in an article, so "Chien", "Chiến" and "Major General Thắng"
resolve to the full name, diacritics and all.
"""

from __future__ import annotations

import functools
import re

import attrs

from timeline.extract._lexicon import (
    COMPLEMENT_WORDS,
    HONORIFICS,
    OFFICE_HEADS,
    OFFICE_MODIFIERS,
    OFFICE_PREFIXES,
    RANKS,
    VIETNAMESE_SURNAMES,
)
from timeline.gazetteer import fold, gazetteer
from timeline.model import Participant
from timeline.tagger._vocabulary import MONTHS, WEEKDAYS, alternation

__all__ = ["Mention", "People", "find_mentions"]

# A capitalised word: the pieces of a name.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")

# Capitalised words that are never part of a person's name.
_NOT_NAMES = (
    frozenset(
        """the a an at in on of for and but or with to from by as this that these those he she it
        they his her its their we our you i mr mrs ms dr ministry department committee army navy
        force forces party government state people's people’s people national defence defense
        foreign affairs public security general staff central military political commission
        council assembly office agency bureau union association organisation organization group
        bank fund programme program plan protocol agreement treaty memorandum understanding
        cooperation relations dialogue exchange conference forum summit meeting session talks
        visit delegation embassy consulate republic kingdom democratic socialist federation
        united nations un asean admm eu nato international regional provincial city province
        capital region border coast guard police command headquarters academy university
        institute school hospital level-2 level field missions mission peacekeeping operations
        intergovernmental bilateral young officers deputy vice minister president premier
        chairman chairwoman secretary director chief commander head ambassador prime king queen
        prince princess lieutenant major colonel captain admiral marshal sen lieut lt maj gen
        col brig adm according however meanwhile accordingly earlier later also both
        congratulating informing hosting alongside issues he she vns vna xinhua tass""".split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)


@attrs.frozen
class Mention:
    """One mention of a person in the text.

    Attributes:
        start: Offset of the mention's first character (title or name).
        end: Offset just past the name.
        name: The name as written here.
        title: The office, as written here, if any.
        rank: The rank, if any.
        country: The country this mention states or implies, if any.
        explicit: Whether the country is stated next to the name (an adjective,
            a possessive, or inside the title) rather than guessed.
    """

    start: int
    end: int
    name: str
    title: str | None = None
    rank: str | None = None
    country: str | None = None
    explicit: bool = False


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The title-before-name, title-after-name and rank patterns (built once)."""
    places = gazetteer()
    countries = [word for word in places.spellings if places.kind(word) == "country"]
    adjectives = sorted({*countries, *_adjective_spellings()}, key=len, reverse=True)
    country = rf"(?P<country>(?:{alternation(adjectives)})(?:['’]s)?)"
    modifier = alternation({*OFFICE_MODIFIERS, *OFFICE_PREFIXES} - {"co-"})
    complement = alternation({*COMPLEMENT_WORDS, *adjectives})
    office = (
        rf"(?:(?:{modifier})[\s-]{{1,2}}){{0,5}}(?:{alternation(OFFICE_HEADS)})"
        rf"(?:\s(?:of|for)\s(?:the\s)?(?:{complement})(?:\s(?:{complement})){{0,10}})?"
    )
    rank = rf"(?P<rank>(?:{alternation(RANKS)}))"
    honorific = rf"(?:{alternation(HONORIFICS)})"
    before = re.compile(
        rf"""(?i:(?:(?:his|her|their)\s{{1,2}})?(?:{country}\s{{1,2}})?
        (?P<office>{office}(?:\s(?:and|cum)\s{office}){{0,2}})?\s{{0,2}}{rank}?\s{{0,2}}(?:{honorific})?)\s{{1,2}}$""",
        re.VERBOSE,
    )
    after = re.compile(
        rf"(?i:,\s{{1,2}}(?:the\s)?(?P<office>{office}))(?=\s{{0,2}}[,;.)]|\s(?:and|who|was|has|had|is|said|made)\b)"
    )
    rank_only = re.compile(rf"(?i:{rank})\s{{1,2}}$")
    return before, after, rank_only


def _adjective_spellings() -> set[str]:
    """Country adjectives as they may appear in text (the gazetteer stores them folded)."""
    return {word for word in gazetteer().adjectives if word and word[0].isalpha()} | {
        "Lao", "Laotian", "Vietnamese", "Cambodian", "Khmer", "Chinese", "Japanese", "Russian",
        "Thai", "Malaysian", "Indonesian", "Filipino", "Philippine", "Singaporean", "Indian",
        "American", "Australian", "Korean", "Việt Nam", "Viet Nam", "Vietnam", "Laos",
    }  # fmt: skip


def find_mentions(text: str, start: int, end: int, known: People) -> list[Mention]:
    """The people mentioned in ``text[start:end]`` (one sentence), in order."""
    before, after, rank_only = _patterns()
    mentions: list[Mention] = []
    for name_start, name_end in _name_runs(text, start, end):
        name = text[name_start:name_end]
        if _is_place(name):
            continue
        title_match = before.search(text, max(start, name_start - 200), name_start)
        office = _clean(title_match["office"]) if title_match and title_match["office"] else None
        rank = _clean(title_match["rank"]) if title_match and title_match["rank"] else None
        country_word = title_match["country"] if title_match and title_match["country"] else None
        mention_start = title_match.start() if title_match and (office or rank or country_word) else name_start
        while text[mention_start].isspace():
            mention_start += 1
        following = after.match(text, name_end, end)
        if following and not office:
            office = _clean(following["office"])
        titled = bool(office or rank or (title_match and title_match.group().strip()))
        if not titled and known.resolve(name) is None and not _looks_like_full_name(name):
            continue
        if not titled and len(name.split()) == 1 and known.resolve(name) is None:
            continue
        country, explicit = _country(country_word, office, name)
        if not explicit and mentions and text[mentions[-1].end : mention_start].strip() in {"and", ",", ", and"}:
            previous = mentions[-1]
            if previous.explicit:
                country, explicit = previous.country, True
        if rank is None:
            alone = rank_only.search(text, max(start, name_start - 40), name_start)
            rank = _clean(alone["rank"]) if alone and alone.end() == name_start else None
        mentions.append(Mention(mention_start, name_end, name, office, rank, country, explicit))
    return mentions


def _clean(words: str) -> str:
    return " ".join(words.split()).strip(" ,")


def _name_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of one to four capitalised words that could be a name."""
    runs: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for word in _WORD.finditer(text, start, end):
        token = word.group()
        bare = token.rstrip("'’s") if token.endswith(("'s", "’s")) else token
        joined = not run or text[run[-1].end() : word.start()] in {" ", "-"}
        if bare[0].isupper() and fold(bare) not in _NOT_NAMES and not _is_place(bare) and joined and len(run) < 4:
            run.append(word)
            if bare != token:  # a possessive closes the name
                runs.append((run[0].start(), run[-1].start() + len(bare)))
                run = []
            continue
        if run:
            runs.append((run[0].start(), run[-1].end()))
        run = [word] if bare[0].isupper() and fold(bare) not in _NOT_NAMES and not _is_place(bare) else []
    if run:
        runs.append((run[0].start(), run[-1].end()))
    return runs


def _is_place(word: str) -> bool:
    places = gazetteer()
    return places.find(word) is not None or places.country(word) is not None


def _looks_like_full_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and fold(words[0]) in VIETNAMESE_SURNAMES


def _country(word: str | None, office: str | None, name: str) -> tuple[str | None, bool]:
    """The country a mention states (adjective, possessive, title), or a guess from the name."""
    places = gazetteer()
    if word:
        found = places.country(word)
        if found:
            return found, True
    if office:
        for piece in re.findall(
            r"[^\W\d_][\w'’]*(?:\s(?:Nam|Lanka|Korea|Africa|Zealand|Arabia|Kingdom|States|Timor))?", office
        ):
            found = places.country(piece)
            if found:
                return found, True
    words = name.split()
    if len(words) >= 2 and fold(words[0]) in VIETNAMESE_SURNAMES and name != fold(name):
        return "Viet Nam", False
    return None, False


@attrs.define
class People:
    """The people of one article: each mention resolved to one record, the fullest seen.

    Attributes:
        home: The outlet's country, for officials whose country goes without saying.
    """

    home: str | None = None
    _records: list[Participant] = attrs.field(factory=list)

    def add(self, mention: Mention) -> Participant:
        """Record *mention* and return the person it is, with everything known so far."""
        index = self._index(mention.name)
        country = mention.country or (self.home if mention.title and _national(mention.title) else None)
        if index is None:
            person = Participant(mention.name, mention.title, mention.rank, country)
            self._records.append(person)
            return person
        known = self._records[index]
        merged = Participant(
            _fuller(known.name, mention.name),
            known.title
            if known.title and (not mention.title or len(known.title) >= len(mention.title))
            else mention.title,
            known.rank or mention.rank,
            known.country if known.country and not (mention.explicit and mention.country) else country or known.country,
        )
        if mention.explicit and mention.country and known.country and known.country != mention.country:
            merged = attrs.evolve(merged, country=known.country)
        self._records[index] = merged
        return merged

    def resolve(self, name: str) -> Participant | None:
        """The person a (possibly short) name refers to, or ``None``."""
        index = self._index(name)
        return None if index is None else self._records[index]

    def current(self, person: Participant) -> Participant:
        """The latest, fullest record of *person*."""
        return self.resolve(person.name) or person

    def _index(self, name: str) -> int | None:
        words = fold(name).split()
        if not words:
            return None
        for index in range(len(self._records) - 1, -1, -1):
            known = fold(self._records[index].name).split()
            if words == known or (set(words) <= set(known)) or (set(known) <= set(words)):
                return index
        return None


def _national(title: str) -> bool:
    """True for offices of a national government or army ("Deputy Minister", "General")."""
    lowered = title.lower()
    return any(
        word in lowered
        for word in (
            "minister",
            "president",
            "general",
            "chief",
            "director",
            "commander",
            "secretary",
            "chairman",
            "ambassador",
        )
    )


def _fuller(one: str, other: str) -> str:
    """The fuller of two spellings: more words, then more diacritics."""
    if len(other.split()) != len(one.split()):
        return other if len(other.split()) > len(one.split()) else one
    return other if sum(not c.isascii() for c in other) > sum(not c.isascii() for c in one) else one
