"""Places and countries: a small gazetteer, looked up without regard to case or diacritics.

The table is package data (``timeline/data/places.tsv``): countries with their
adjectives, capitals, large cities, ports and bases, the provinces of Viet Nam,
Laos, Cambodia and the Philippines, the states of Malaysia, and seas and
straits (which lie in no country). Every spelling resolves to one :class:`~timeline.model.Place`:

>>> find_place("HÀ NỘI")
Place(name='Hà Nội', country='Viet Nam')
>>> find_place("Hanoi") == find_place("Ha Noi")
True
>>> find_place("Strait of Malacca")
Place(name='Melaka Strait', country=None)
>>> country_of("Lao")
'Laos'
>>> country_of("Laos’s")
'Laos'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

import attrs

from timeline.model import Place

__all__ = ["Gazetteer", "country_of", "find_place", "fold", "gazetteer"]

_KINDS = frozenset({"country", "capital", "city", "province", "region", "waters"})
_NO_COUNTRY = "-"  # the country column of waters, which lie in no country


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """*text* without case, diacritics, possessive or spacing differences, as a look-up key.

    Remembered: articles repeat their words and names.

    >>> fold("  Hoàng  Xuân Chiến's ")
    'hoang xuan chien'
    """
    text = text.strip().replace("’", "'").replace("Đ", "D").replace("đ", "d").replace(".", "")
    text = re.sub(r"\s*[-‐‑–—]\s*", " ", text)
    if text.endswith(("'s", "'")):
        text = text[: -2 if text.endswith("'s") else -1]
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


@attrs.frozen
class Gazetteer:
    """Look-up tables built from the place table.

    Attributes:
        places: Folded spelling -> place.
        kinds: Folded spelling -> kind of place (country, capital...).
        adjectives: Folded adjective or country name -> country name.
        spellings: Every spelling as written in the table, longest first,
            for building patterns that find places in text.
        capitals: Country name -> its capital ("the Nepalese capital").
    """

    places: dict[str, Place]
    kinds: dict[str, str]
    adjectives: dict[str, str]
    spellings: tuple[str, ...]
    capitals: dict[str, Place] = attrs.field(factory=dict)

    @classmethod
    def from_table(cls, table: str) -> Gazetteer:
        """Read the tab-separated table (see ``data/places.tsv`` for its columns)."""
        places: dict[str, Place] = {}
        kinds: dict[str, str] = {}
        adjectives: dict[str, str] = {}
        spellings: set[str] = set()
        capitals: dict[str, Place] = {}
        for number, line in enumerate(table.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            kind, name, country, aliases, demonyms = ([*line.split("\t"), "", "", ""])[:5]
            if kind not in _KINDS or not name or not country or (country == _NO_COUNTRY) != (kind == "waters"):
                msg = f"places.tsv:{number}: expected kind, name, country ('-' for waters alone); got {line!r}"
                raise ValueError(msg)
            place = Place(name, None if country == _NO_COUNTRY else country)
            if kind == "capital":
                capitals.setdefault(country, place)
            for spelling in (name, *filter(None, aliases.split("|"))):
                key = fold(spelling)
                # A country wins over a city of the same name; the first entry otherwise.
                if key not in places or (kind == "country" and kinds[key] != "country"):
                    places[key], kinds[key] = place, kind
                spellings.add(spelling)
            if kind == "country":
                for word in (name, *filter(None, aliases.split("|")), *filter(None, demonyms.split("|"))):
                    adjectives.setdefault(fold(word), name)
        ordered = tuple(sorted(spellings, key=lambda s: (-len(s), s)))
        return cls(places, kinds, adjectives, ordered, capitals)

    def find(self, name: str) -> Place | None:
        """The place *name* spells, or ``None``."""
        return self.places.get(fold(name))

    def kind(self, name: str) -> str | None:
        """What kind of place *name* is (country, capital, city, province, region, waters)."""
        return self.kinds.get(fold(name))

    def country(self, word: str) -> str | None:
        """The country a name, possessive or adjective refers to ("Lao" -> "Laos")."""
        return self.adjectives.get(fold(word))

    def capital(self, word: str) -> Place | None:
        """The capital of the country a name, possessive or adjective refers to ("Nepalese" -> Kathmandu).

        >>> gazetteer().capital("Lao")
        Place(name='Vientiane', country='Laos')
        """
        country = self.country(word)
        return None if country is None else self.capitals.get(country)


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer shipped with the package, read once."""
    table = resources.files("timeline").joinpath("data/places.tsv").read_text(encoding="utf-8")
    return Gazetteer.from_table(table)


def find_place(name: str) -> Place | None:
    """The place *name* spells, in any case and with or without diacritics."""
    return gazetteer().find(name)


def country_of(word: str) -> str | None:
    """The country a country name, possessive or adjective means, or ``None``."""
    return gazetteer().country(word)
