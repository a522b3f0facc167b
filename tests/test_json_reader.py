"""The JSON reader shares what a document repeats without changing what it reads: a publication day, for one."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from strategies import dates
from timeline import DateRange
from timeline.export import from_jsonl
from timeline.export._json import _Reader


def _outcome(read: object, text: str) -> tuple[object, ...]:
    """What reading *text* gives: the range, or the error's type and message."""
    try:
        return ("read", read(text))  # type: ignore[operator]
    except ValueError as error:
        return ("refused", type(error), str(error))


published_texts = st.one_of(
    dates.map(lambda day: day.isoformat()),
    st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True),  # \d: the digits of every script
    st.text(alphabet="0123456789-W ", min_size=4, max_size=11),
    st.text(max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(published_texts, st.lists(dates, max_size=3))
def test_a_publication_date_reads_as_daterange_parse_reads_it(text: str, days: list[object]) -> None:
    """The reader's publication date is DateRange.parse's, or its error word for word, whatever ranges it holds."""
    reader = _Reader()
    for day in days:  # ranges made already, as for the events before
        reader.date_range((str(day), str(day), "day", False))
    assert _outcome(DateRange.parse, text) == _outcome(reader.publication, text)


def test_a_bad_publication_day_is_refused_in_daterange_parse_words(seed_timeline: timeline.Timeline) -> None:
    """A publication day that does not exist is a format error naming the event, with DateRange.parse's message."""
    document = json.loads(timeline.to_json(seed_timeline))
    document["events"][1]["source"]["published"] = "2025-02-30"
    with pytest.raises(ValueError, match="is not a date") as parse:
        DateRange.parse("2025-02-30")
    problem = f"event 1 ({document['events'][1]['id']}): {parse.value}"
    with pytest.raises(timeline.TimelineFormatError, match=re.escape(problem)):
        timeline.from_json(json.dumps(document))
    lines = "".join(json.dumps(event) + "\n" for event in document["events"])
    with pytest.raises(timeline.TimelineFormatError, match=re.escape(str(parse.value))) as caught:
        from_jsonl(lines)
    assert 2 == caught.value.line


def test_events_and_their_publication_day_share_one_range(seed_timeline: timeline.Timeline) -> None:
    """An event on the day its article was published reads back with one range for both, equal to a parsed one."""
    document = json.loads(timeline.to_json(seed_timeline))
    event = document["events"][0]
    event["source"]["published"] = event["start"] = event["end"]
    event["precision"], event["approximate"] = "day", False
    loaded = timeline.from_json(json.dumps({"events": [event]}))[0]
    assert DateRange.parse(event["end"]) == loaded.source.published
    assert loaded.when is loaded.source.published
