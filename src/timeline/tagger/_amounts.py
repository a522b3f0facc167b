"""From a matched pattern to TIMEX3 values: amounts of time, repetitions, vague references.

"nearly 11 years" is ``P11Y`` with mod ``APPROX``; "over the past nearly 11
years" is also the span of days it covers, ending on the anchor. "every year"
is a SET; "now" is ``PRESENT_REF``. :class:`Resolver` is the complete resolver.
"""

from __future__ import annotations

import re

from timeline.dates import DateRange, Precision
from timeline.model import TemporalExpression, TimexType
from timeline.tagger._context import follows
from timeline.tagger._relative import RelativeResolver, _amount, shift
from timeline.tagger._vocabulary import (
    DAY_PARTS,
    FREQUENCIES,
    MONTHS,
    NUMBER_WORDS,
    QUANTITY_MODS,
    REFERENCES,
    SEASONS,
    UNITS,
    WEEKDAYS,
    alternation,
    normalise,
)

__all__ = ["Resolver", "duration_value"]

_AMOUNT_BEFORE = re.compile(r"(?:\d|million|billion|seats|flights|times|hours|costs|expense|units)[^.;,]{0,12}$")
_BACKWARD = frozenset({"past", "last", "previous", "recent", "preceding"})
_FORWARD = frozenset({"next", "coming", "following", "remaining", "ensuing"})
_BARE_PLURAL_OK = frozenset(
    {"for", "in", "over", "within", "after", "since", "during", "of", "than", "take", "took", "takes", "last", "lasted"}
)
# What may stand between a sentence's end and its first word: a quotation mark, a bracket, spaces.
_SENTENCE_OPENING = re.compile(r"""[.!?:]['"\u201d\u2019)]{0,2}\s{0,3}["\u201c\u2018'`(]{0,2}$""")
# Adverbs that, opening a sentence before a comma, move the story along rather than name a time.
_SEQUENCING = frozenset({"now", "earlier"})
_OPENING_REACH = 8  # characters looked back for the end of the sentence before
# What "the past" may count back over: a number or a quantity, a unit, a season.
_COUNT_WORDS = [
    *(word for word in NUMBER_WORDS if word not in {"a", "an"}),
    *("several", "few", "many", "numerous", "summers", "winters", "springs", "autumns"),
    *UNITS,
    *SEASONS,
]
_COUNTED = re.compile(rf"\s{{1,3}}(?:\d|(?:{alternation(_COUNT_WORDS)})\b)")
# Units that "past" before them makes a span rather than a calendar period ("the past year" is last year).
_SPANS_ONLY = frozenset({"10Y", "100Y", "2W"})
_SIGNALS = frozenset({"over", "within", "under", "in"})
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}
_PRECISION = {"D": Precision.DAY, "W": Precision.WEEK, "M": Precision.MONTH, "Q": Precision.QUARTER,
              "Y": Precision.YEAR, "10Y": Precision.DECADE, "100Y": Precision.CENTURY}  # fmt: skip


def duration_value(amount: float | None, unit: str) -> str:
    """The TIMEX3 value of *amount* *unit*s: ``P11Y``, ``PT48H``, ``P1Y6M``, ``PXY``.

    >>> duration_value(2.5, "Y"), duration_value(48, "TH"), duration_value(None, "W")
    ('P2Y6M', 'PT48H', 'PXW')
    """
    multiple = int(unit[:-1]) if unit[:-1].isdigit() else 1
    letter = unit[-1] if not unit.startswith("T") else unit
    if unit in {"10Y", "100Y"}:
        letter = "Y"
    if unit == "2W":
        letter = "W"
    if amount is None:
        return (
            f"PTX{letter[-1]}"
            if letter.startswith("T")
            else f"PX{'E' if unit == '10Y' else 'C' if unit == '100Y' else letter}"
        )
    amount *= multiple
    whole = int(amount)
    parts = [(whole, letter)] if whole else []
    if amount != whole and letter in _SMALLER:
        smaller, factor = _SMALLER[letter]
        parts.append((round((amount - whole) * factor), smaller))
    text, in_time = "P", False
    for count, part in parts:
        if part.startswith("T"):
            text += "" if in_time else "T"
            in_time = True
            part = part[1:]  # noqa: PLW2901 - the T is written once
        text += f"{count}{part}"
    return text if len(text) > 1 else f"P0{letter[-1]}"


class Resolver(RelativeResolver):
    """The complete resolver: every family of :mod:`timeline.tagger._grammar`."""

    def duration(self, m: re.Match[str]) -> list[TemporalExpression]:  # noqa: C901, PLR0911, PLR0912 - one rule per TimeML case
        """The past nearly 11 years; more than a decade; 48 hours; two-year; several weeks."""
        unit_word = m["du_u"]
        unit = UNITS[unit_word]
        mod_words = normalise(m["du_mod"] or m["du_mod2"] or "")
        anchor_word = normalise(m["du_anc"] or "")
        if normalise(m["du_mod"] or "") in _SIGNALS and (m["du_the"] or m["du_anc"]):
            return []  # "over the past 11 years": "over" is a signal, not a modifier
        number_text = m["du_n"]
        amount: float | None = _amount(number_text) if number_text else None
        if number_text and number_text.endswith("1/2"):  # "2 1/2 years"
            amount = int(number_text.split()[0]) + 0.5
        vague = bool(number_text) and amount is None
        plural = (
            unit_word.endswith("s") and unit_word not in {"hrs", "mins", "secs", "yrs", "wks"}
        ) or unit_word.endswith(("ies", "ia"))
        if not number_text:
            if not plural and anchor_word == "past" and unit in _SPANS_ONLY:
                amount = 1  # "the past decade" measures ten years back; "last decade" names the 1990s
            elif not plural:
                return []
            if not (m["du_the"] or anchor_word or mod_words) and not follows(self.lower, m.start(), _BARE_PLURAL_OK):
                return []
            if normalise(m["du_the"] or "") == "these" and unit == "D" and not (anchor_word or mod_words):
                return []  # "these days" is now: a reference, not an amount of days
        if unit == "Q" and m["du_sep"] == "-" and self.lower.startswith(" of", m.end()):
            return []  # "three-quarters of its food": a fraction
        if unit == "TS" and not unit_word.endswith("s"):
            return []  # "a second term", "the 1988 second quarter": an ordinal, not a second
        if m["du_half"] and amount is not None:
            amount += 0.5
        if m["du_n2"]:
            mod_words = mod_words or "at least"
        mod = QUANTITY_MODS.get(mod_words) if mod_words else None
        if m["du_so"]:
            mod = "APPROX"
        if m["du_sep"] == "-" and number_text is None:
            return []
        if (m["du_adj"] and m["du_adj"].endswith("old")) or self.lower.startswith(" old", m.end()):
            return []  # "a 9-year-old boy", "52 years old": an age, not a span of time
        bare_one = normalise(number_text or "") in {"a", "an"} and not (m["du_the"] or anchor_word or mod_words)
        if bare_one and _AMOUNT_BEFORE.search(self.lower, max(0, m.start() - 24), m.start()):
            return []  # "$2 million a year", "700 seats a week": a rate, not a span
        if not number_text and unit == "Y" and anchor_word in {"recent", "past"} and not m["du_the"]:
            # "in recent years" points at the past rather than measuring it
            return [self.expression(m.start(), m.end(), TimexType.DATE, "PAST_REF")]
        value = duration_value(None if vague or amount is None else amount, unit)
        dates = self._span(amount, unit, anchor_word, mod)
        end = m.end("du_adj") if m["du_adj"] else m.end()
        return [self.expression(m.start(), end, TimexType.DURATION, value, mod=mod, dates=dates)]

    def _span(self, amount: float | None, unit: str, anchor_word: str, mod: str | None) -> DateRange | None:
        """The days "the past 11 years" or "the next two weeks" cover, from the anchor."""
        if amount is None or not self.exact or unit.startswith("T") or anchor_word not in _BACKWARD | _FORWARD:
            return None
        whole = max(1, int(amount))
        precision = _PRECISION.get(unit, Precision.YEAR if unit.endswith("Y") else Precision.DAY)
        approximate = mod is not None
        if anchor_word in _BACKWARD:
            return DateRange(shift(self.today, unit, -whole), self.today, precision, approximate)
        return DateRange(self.today, shift(self.today, unit, whole), precision, approximate)

    def set(self, m: re.Match[str]) -> list[TemporalExpression]:
        """Every year; each Thursday; every other week; (twice) a year; annually."""
        if m["st_f"]:
            if _AMOUNT_BEFORE.search(self.lower, max(0, m.start() - 24), m.start()):
                return []  # "rise 8.5% annually": a rate of growth, not a repeated event
            return [self.expression(m.start(), m.end(), TimexType.SET, FREQUENCIES[m["st_f"]])]
        unit_word = m["st_u"] or m["st_u2"] or m["st_u3"] or m["st_u4"]
        if unit_word:
            amount = _amount(m["st_n"]) if m["st_n"] else 1
            amount = (amount or 1) * (2 if m["st_other"] else 1)
            return [self.expression(m.start(), m.end(), TimexType.SET, duration_value(amount, UNITS[unit_word]))]
        if m["st_wd"]:
            return [self.expression(m.start(), m.end(), TimexType.SET, f"XXXX-WXX-{WEEKDAYS[m['st_wd']]}")]
        if m["st_mon"]:
            return [self.expression(m.start(), m.end(), TimexType.SET, f"XXXX-{MONTHS[m['st_mon'].rstrip('.')]:02d}")]
        return [self.expression(m.start(), m.end(), TimexType.SET, f"XXXX-XX-XXT{DAY_PARTS[m['st_part']]}")]

    def _opens_sentence(self, start: int) -> bool:
        """Whether the word at *start* is the first of its sentence (or of the text)."""
        first = max(0, start - _OPENING_REACH)
        before = ("." if first == 0 else "") + self.text[first:start]  # the text's start ends a sentence too
        return bool(_SENTENCE_OPENING.search(before))

    def ref(self, m: re.Match[str]) -> list[TemporalExpression]:
        """Now; currently; recently; the future; at present."""
        word = normalise(m["rf_w"])
        following = self.lower[m.end() : m.end() + 8]
        if word == "once" and (
            following.startswith((" again", " more", " a ", " an "))
            or follows(self.lower, m.start(), frozenset({"at", "all"}))
        ):
            return []
        if word == "earlier" and not following.startswith((",", ".", " this", " that")):
            return []
        if word == "the past" and _COUNTED.match(self.lower, m.end()):
            return []  # "the past three summers": "past" counts back over what follows, it names no time
        if word in _SEQUENCING and following.startswith(",") and self._opens_sentence(m.start()):
            return []  # "Now, he says, ...", "Earlier, they had ...": the story turning, not a time it names
        return [self.expression(m.start(), m.end(), TimexType.DATE, REFERENCES[word])]
