r"""Case-insensitive searches skipped cheaply when a word every match needs is missing from the text.

>>> import re
>>> pattern = re.compile(r"\bduring\s+the\s+visit\b", re.IGNORECASE)
>>> text = "During the visit, they met."
>>> keyed_search(pattern, ("visit",), text, keyed_lower(text)) is not None
True
>>> keyed_search(pattern, ("visit",), "They met.", keyed_lower("They met."))
"""

from __future__ import annotations

import re

__all__ = ["FOLDS_TO_ASCII", "keyed_lower", "keyed_search"]

# The only letters but ASCII ones that IGNORECASE matches to ASCII letters ("ſ" to "s", the Kelvin sign to "k"):
# in text without them, a word an IGNORECASE pattern needs can be looked for in the text lower-cased.
FOLDS_TO_ASCII = ("İ", "ı", "ſ", "\u212a")


def keyed_lower(text: str) -> str | None:
    """*text* lower-cased for key checks, or None when it holds a letter of :data:`FOLDS_TO_ASCII`."""
    return text.lower() if text.isascii() or not any(c in text for c in FOLDS_TO_ASCII) else None


def keyed_search(pattern: re.Pattern[str], keys: tuple[str, ...], text: str, lower: str | None) -> re.Match[str] | None:
    """``pattern.search(text)``, skipped when *lower* (from :func:`keyed_lower`) has none of *keys*.

    Every match of *pattern* must hold one of the keys, lower-cased.
    """
    if lower is not None and not any(key in lower for key in keys):
        return None
    return pattern.search(text)
