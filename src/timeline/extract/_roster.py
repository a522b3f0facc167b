"""Who is who in one article: each mention of a person, and one record per person, the fullest seen.

:class:`People` resolves "Chien", "Chiến" and "Major General Thắng" to the full
name, diacritics and all; :mod:`timeline.extract._people` finds the mentions.
"""

from __future__ import annotations

import re

import attrs

from timeline.extract._officials import official_country
from timeline.gazetteer import country_of, fold
from timeline.model import Article, Participant

__all__ = ["Mention", "People", "holds_office", "home_country", "names_one_of"]

_DEPUTY = re.compile(r"\b(?:deputy|vice|assistant|under)\b", re.IGNORECASE)  # not the office itself


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


@attrs.define
class People:
    """The people of one article: each mention resolved to one record, the fullest seen.

    Attributes:
        home: The outlet's country, for officials whose country goes without saying.
    """

    home: str | None = None
    _records: list[Participant] = attrs.field(factory=list)
    _keys: list[set[str]] = attrs.field(factory=list)
    _by_word: dict[str, set[int]] = attrs.field(factory=dict)

    def add(self, mention: Mention) -> Participant:
        """Record *mention* and return the person it is, with everything known so far."""
        index = self._index(mention.name)
        name = mention.name if index is None else _fuller(self._records[index].name, mention.name)
        country = (
            mention.country
            or official_country(name)  # "Defence Minister Rajnath Singh" in a story that never says "Indian"
            or (self.home if mention.title and _national(mention.title) else None)
        )
        if index is None:
            person = Participant(mention.name, mention.title, mention.rank, country)
            self._records.append(person)
            self._keys.append(set(fold(mention.name).split()))
            self._remember(len(self._records) - 1)
            return person
        known = self._records[index]
        keep_title = known.title and (not mention.title or len(known.title) >= len(mention.title))
        merged = Participant(
            name,
            known.title if keep_title else mention.title,
            known.rank or mention.rank,
            known.country or country,
        )
        self._records[index] = merged
        self._keys[index] = set(fold(merged.name).split())
        self._remember(index)
        return merged

    def resolve(self, name: str) -> Participant | None:
        """The person a (possibly short) name refers to, or ``None``."""
        index = self._index(name)
        return None if index is None else self._records[index]

    def __len__(self) -> int:
        """How many people the article has named so far."""
        return len(self._records)

    def by_office(
        self,
        office: str,
        country: str | None,
        *,
        among: int | None = None,
        only: bool = False,
        not_of: str | None = None,
    ) -> Participant | None:
        """The latest person whose title holds *office* (and who is of *country*, if given).

        *among* limits the search to the first people named, as many as that
        (who was known where a description stands, not who its sentence names after it).
        With *only*, the one such person or none: "the admiral" after two admirals is either.
        *not_of* leaves out that country's people: "the visiting admiral" is not the host.
        """
        words = _office_words(office)
        records = self._records
        found = None
        for index in range(len(records) if among is None else min(among, len(records)))[::-1]:
            person = records[index]
            mine = (country is None or person.country == country) and (not_of is None or person.country != not_of)
            if _holds(person, words) and mine:
                if not only:
                    return person
                if found is not None:
                    return None
                found = person
        return found

    def holding(self, office: str) -> list[Participant]:
        """Everyone so far whose title holds *office* ("defence minister"), in the order first met."""
        words = _office_words(office)
        return [person for person in self._records if _holds(person, words) and not _DEPUTY.search(person.title or "")]

    def current(self, person: Participant) -> Participant:
        """The latest, fullest record of *person*."""
        return self.resolve(person.name) or person

    def _index(self, name: str) -> int | None:
        words = set(fold(name).split())
        if not words:
            return None
        # Only records sharing a word can match: look those up, newest first.
        candidates: set[int] = set()
        for word in words:
            candidates.update(self._by_word.get(word, ()))
        for index in sorted(candidates, reverse=True):
            known = self._keys[index]
            if words <= known or known <= words or _initialled(words, known) or _initialled(known, words):
                return index
        return None

    def _remember(self, index: int) -> None:
        for word in self._keys[index]:
            self._by_word.setdefault(word, set()).add(index)


# A nationality before an office: "Lao Defence Minister", "Singapore's Prime Minister", "his Thai counterpart".
_MARKED_OFFICE = re.compile(
    r"\b([A-Z][\w'’-]+?)(?:'s|’s)?\s(?:Deputy\s|Prime\s|Vice\s|Defen[cs]e\s|Foreign\s|[A-Z]\w+\s){0,2}"
    r"(?:Minister|President|Premier|Ambassador|counterpart|Chief|Chairman|Speaker)\b"
)


def home_country(article: Article, outlet_home: str | None) -> str | None:
    """The country of officials whose country goes without saying: the outlet's, else the dateline's.

    The dateline's only when the story marks other countries' officials by
    nationality and never that country's own: a local paper writes "Lao
    Defence Minister X" of a guest and "Defence Minister Y" of its own; a
    visitor's press in Vientiane writes "Lao Defence Minister X"; a story
    that marks no one ("Prime Minister Albanese met Prime Minister Chinh")
    says nothing of where the writer is from.
    """
    if outlet_home is not None or article.dateline is None or article.dateline.country is None:
        return outlet_home
    there = article.dateline.country
    body = article.text[article.body_start : article.body_end]
    marked = {country_of(found[1]) for found in _MARKED_OFFICE.finditer(body) if not _one_of_a_kind(body, found, there)}
    return there if marked - {None} and there not in marked else None


# "the first ever visit by an Indian Defence Minister": one of a kind, no one in the story.
_A_OR_AN = re.compile(r"\b(?:an?|An?)\s$")


def _one_of_a_kind(body: str, found: re.Match[str], there: str) -> bool:
    """True for "an Indian Defence Minister" under a New Delhi dateline: it marks no official of the story.

    A foreign nationality so written still tells the writer marks others'
    officials ("the first visit by an Indian Navy Chief" from Colombo).
    """
    return _A_OR_AN.search(body, max(0, found.start() - 4), found.start()) is not None and country_of(found[1]) == there


# Offices of international bodies, which the outlet's country does not hold.
_INTERNATIONAL = re.compile(r"\b(?:ASEAN|United\sNations|UN|NATO|EU|European|SCO|Secretary-General)\b")


def _national(title: str) -> bool:
    """True for offices of a national government or army ("Deputy Minister", "General")."""
    lowered = title.lower()
    if _INTERNATIONAL.search(title):
        return False  # "Secretary-General of ASEAN": of no country
    return any(
        word in lowered
        for word in ("minister", "president", "general", "chief", "director", "commander", "secretary", "chairman")
    )


def _initialled(short: set[str], full: set[str]) -> bool:
    """True when *short* is *full* with given names cut to initials ("S. Shoigu" of "Sergey Shoigu").

    The surname must be written out; each initial must begin a word of *full* that *short* lacks.
    """
    initials = {word for word in short if len(word.rstrip(".")) == 1}
    words = short - initials
    if not initials or not words or not words <= full:
        return False
    rest = {word[0] for word in full - words}
    return all(initial[0] in rest for initial in initials)


def _fuller(one: str, other: str) -> str:
    """The fuller of two spellings: more words, fewer initials, then more diacritics."""
    if len(other.split()) != len(one.split()):
        return other if len(other.split()) > len(one.split()) else one
    initials_one, initials_other = _initials(one), _initials(other)
    if initials_one != initials_other:
        return other if initials_other < initials_one else one
    return other if sum(not c.isascii() for c in other) > sum(not c.isascii() for c in one) else one


def _initials(name: str) -> int:
    return sum(len(word.rstrip(".")) == 1 for word in name.split())


def names_one_of(persons: list[tuple[Mention, Participant]], start: int, end: int, wanted: list[Participant]) -> bool:
    """True when a mention between offsets *start* and *end* is one of the *wanted* people (names folded)."""
    names = {fold(p.name) for p in wanted}
    return any(fold(person.name) in names for mention, person in persons if start <= mention.start < end)


def holds_office(person: Participant, office: str) -> bool:
    """True when *person*'s title holds every word of *office* ("navy chief": "Chief of Naval Staff")."""
    return _holds(person, _office_words(office))


def _office_words(office: str) -> list[str]:
    return _plain_office(office).split()


def _plain_office(office: str) -> str:
    """*office* in lower case, one spelling of defence, "naval" as "navy" ("the navy chief": Chief of Naval Staff)."""
    return office.lower().replace("defense", "defence").replace("naval", "navy")


def _holds(person: Participant, words: list[str]) -> bool:
    """True when *person*'s title or rank holds every one of the office's *words* (see _plain_office)."""
    title = _plain_office(f"{person.title or ''} {person.rank or ''}")  # "the admiral": Rear Admiral X
    return all(word in title for word in words)
