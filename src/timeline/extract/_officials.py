"""Well-known office holders and their countries, for participants whose story names no country.

The table is ``data/officials.tsv``: heads of state and government, defence
and foreign ministers and chiefs of the armed forces of the countries the
genre reports on. Only a whole name finds a country:

>>> official_country("Rajnath Singh")
'India'
>>> official_country("Nguyễn Phú Trọng")
'Viet Nam'
>>> official_country("Singh") is None
True
"""

from __future__ import annotations

import functools
from importlib import resources

from timeline.gazetteer import fold

__all__ = ["official_country"]


def official_country(name: str) -> str | None:
    """The country of the office holder *name* spells, in any case and with or without diacritics, or ``None``."""
    return _table().get(_key(name))


@functools.cache
def _table() -> dict[str, str]:
    """Every spelling of every name in the table, folded, to its country (read once)."""
    text = resources.files("timeline").joinpath("data/officials.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, country = line.split("\t")[:2]
        for name in names.split("|"):
            table[_key(name)] = country
    return table


def _key(name: str) -> str:
    """A name's look-up key: folded, full stops as spaces ("S. Jaishankar" = "S Jaishankar")."""
    return " ".join(fold(name).replace(".", " ").split())
