"""Properties of the tagger over any date and any publication date."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import assume, given
from hypothesis import strategies as st

import timeline
from strategies import MONTH_ABBREVIATIONS, MONTH_NAMES, dates, recent_dates, texts
from timeline.tagger._vocabulary import alternation, trie_alternation

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _forms(day: dt.date) -> list[str]:
    """The ways news writes a full date."""
    month, abbreviation = MONTH_NAMES[day.month - 1], MONTH_ABBREVIATIONS[day.month - 1]
    return [
        f"{month} {day.day}, {day.year}",
        f"{abbreviation} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{day:%Y-%m-%d}",
        f"{WEEKDAYS[day.weekday()]}, {month} {day.day}, {day.year}",
        f"{WEEKDAYS[day.weekday()]} {day.day} {month} {day.year}",
    ]


@given(day=dates, published=dates, form=st.integers(min_value=0, max_value=5))
def test_a_full_date_tags_to_itself(day: dt.date, published: dt.date, form: int) -> None:
    """Any date written in full, in any usual order, tags to that date whatever the anchor."""
    written = _forms(day)[form]
    found = timeline.tag(f"Agenda: the delegations meet on {written}.", published)
    assert [(written, day.isoformat())] == [(e.text, e.value) for e in found]


@given(published=recent_dates, offset=st.integers(min_value=-240, max_value=120))
def test_a_day_without_year_is_the_nearest_one(published: dt.date, offset: int) -> None:
    """'March 20' with no tense to go by is the nearest March 20, a day ahead weighing two days back.

    So it is any day from eight months before the publication date to four months after it.
    """
    day = published + dt.timedelta(days=offset)
    assume(not (day.month == 2 and day.day == 29))
    written = f"{MONTH_NAMES[day.month - 1]} {day.day}"
    found = timeline.tag(f"Agenda: {written}.", published)
    assert [day.isoformat()] == [e.value for e in found]


@given(published=recent_dates, back=st.integers(min_value=0, max_value=6))
def test_a_reported_weekday_is_the_latest_on_or_before_publication(published: dt.date, back: int) -> None:
    """'Met on <weekday>' is the most recent such day, the publication day included."""
    day = published - dt.timedelta(days=back)
    found = timeline.tag(f"The ministers met on {WEEKDAYS[day.weekday()]}.", published)
    assert [day.isoformat()] == [e.value for e in found]


@given(text=texts, published=dates)
def test_tagging_never_raises_and_offsets_hold(text: str, published: dt.date) -> None:
    """Arbitrary text tags without error, and every expression's offsets slice its text."""
    for expression in timeline.tag(text, published):
        assert text[expression.start : expression.end] == expression.text
        assert expression.start < expression.end


@given(
    year=st.integers(min_value=1900, max_value=2090),
    length=st.integers(min_value=1, max_value=9),
    published=recent_dates,
)
def test_a_year_range_covers_both_ends(year: int, length: int, published: dt.date) -> None:
    """'the YYYY-YYYY period' is every day from the first January to the last December."""
    found = timeline.tag(f"It runs for the {year}-{year + length} period.", published)
    assert len(found) == 2
    period = found[0].period
    assert period is not None
    assert (period.start, period.end) == (dt.date(year, 1, 1), dt.date(year + length, 12, 31))


_WORDS = st.lists(
    st.text(alphabet="abAB ’.-", min_size=1, max_size=6).map(lambda w: " ".join(w.split())).filter(bool),
    min_size=1,
    max_size=12,
)


@given(words=_WORDS, text=st.text(alphabet="abAB ’.-\tx", max_size=16), ignore_case=st.booleans())
def test_a_trie_alternation_matches_as_the_flat_one(words: list[str], text: str, *, ignore_case: bool) -> None:
    """The trie of a word list matches what the flat, longest-first alternation matches, followed by anything."""
    flags = re.IGNORECASE if ignore_case else 0
    for tail in ("", "a", "(?:b|a)?x", "[ ]"):
        flat = re.compile(f"(?:{alternation(words)}){tail}", flags)
        trie = re.compile(f"(?:{trie_alternation(words, ignore_case=ignore_case)}){tail}", flags)
        for start in range(len(text) + 1):
            found, expected = trie.match(text, start), flat.match(text, start)
            assert (expected and expected.span()) == (found and found.span())
