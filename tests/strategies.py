"""Hypothesis strategies shared by the property tests: dates, articles, events, timelines."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from hypothesis import strategies as st

import timeline
from timeline import DateBasis, DateRange, Event, Kind, Participant, Place, Precision, Source, Status

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
MONTH_ABBREVIATIONS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
recent_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))

# Text a user might paste: letters, digits, punctuation, spaces, any Unicode.
texts = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]),
    max_size=400,
)


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    """A valid DateRange of any precision."""
    start = draw(dates)
    length = draw(st.integers(min_value=0, max_value=4000))
    end = min(start + dt.timedelta(days=length), dt.date(2099, 12, 31))
    return DateRange(start, end, draw(st.sampled_from(Precision)), draw(st.booleans()))


names = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=40)
optional_names = st.none() | names


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """A source with arbitrary (even hostile) sentence text."""
    published = draw(
        st.sampled_from([DateRange.day(d) for d in (dt.date(2025, 1, 10), dt.date(1998, 2, 6))])
        | st.just(DateRange.month(2025, 3))
    )
    sentence = draw(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=200))
    start = draw(st.integers(min_value=0, max_value=10_000))
    when = draw(st.none() | st.tuples(st.integers(0, 100), st.integers(1, 50)))
    return Source(
        article=draw(names),
        published=published,
        sentence=sentence,
        span=(start, start + len(sentence)),
        when_text=None if when is None else draw(names),
        when_span=None if when is None else (start + when[0], start + when[0] + when[1]),
        basis=draw(st.sampled_from(DateBasis)),
        url=draw(st.none() | st.just("https://example.org/a?b=1&c=2")),
    )


participants = st.builds(Participant, names, optional_names, optional_names, optional_names)
places = st.builds(Place, names, optional_names)


# Zones with and without summer time, UTC and fixed offsets. Times stay in
# 08:00-20:59, clear of the hours summer time skips or repeats.
zones = st.sampled_from(
    [
        zoneinfo.ZoneInfo("Asia/Vientiane"),
        zoneinfo.ZoneInfo("Europe/Berlin"),
        zoneinfo.ZoneInfo("America/New_York"),
        dt.UTC,
        dt.timezone(dt.timedelta(hours=7)),
        dt.timezone(dt.timedelta(hours=-3, minutes=-30)),
    ]
)


@st.composite
def timed(draw: st.DrawFn) -> tuple[DateRange, dt.datetime, dt.datetime | None]:
    """A day or two, with a start time on the first and maybe an end time on the last."""
    day = draw(recent_dates)
    zone = draw(zones)
    start = dt.datetime(day.year, day.month, day.day, draw(st.integers(8, 20)), draw(st.integers(0, 59)), tzinfo=zone)
    if not draw(st.booleans()):
        return DateRange.day(day), start, None
    end = start + dt.timedelta(minutes=draw(st.integers(0, 600)))
    end = end.replace(hour=min(end.hour, 20)) if end.date() != day else end
    return DateRange(day, end.date()), start, end


@st.composite
def events(draw: st.DrawFn) -> Event:
    """Any event the model allows, timed or not."""
    kind = draw(st.sampled_from(Kind))
    when, start_time, end_time = draw(date_ranges().map(lambda r: (r, None, None)) | timed())
    return Event(
        kind=kind,
        title=draw(names),
        when=when,
        start_time=start_time,
        end_time=end_time,
        sources=draw(st.lists(sources(), min_size=1, max_size=3)),
        where=draw(st.none() | places),
        participants=draw(st.lists(participants, max_size=4)),
        organisations=draw(st.lists(names, max_size=3)),
        status=draw(st.sampled_from(Status)),
        cameo=draw(st.none() | st.sampled_from(["040", "042", "057"])),
    )


timelines = st.lists(events(), max_size=8).map(timeline.Timeline)


# A crowded calendar: a few weeks, events of one day to a few weeks, so that
# random windows meet many of them and the interval index has work to do.
CROWDED_START = dt.date(2025, 1, 1)


@st.composite
def crowded_ranges(draw: st.DrawFn) -> DateRange:
    """A DateRange inside a few weeks of 2025, mostly single days."""
    start = CROWDED_START + dt.timedelta(days=draw(st.integers(0, 60)))
    length = draw(st.sampled_from([0, 0, 0, 1, 3, 6]) | st.integers(0, 40))
    precision = Precision.DAY if length == 0 else draw(st.sampled_from(Precision))
    return DateRange(start, start + dt.timedelta(days=length), precision, draw(st.booleans()) and length > 0)


_PLAIN_SOURCE = Source("a1", DateRange.day(dt.date(2025, 3, 1)), "They met.", (0, 10))


@st.composite
def crowded_timelines(draw: st.DrawFn) -> timeline.Timeline:
    """Up to 40 plain events in a few weeks; some share a title and days, so ties are broken by id."""
    items = draw(
        st.lists(
            st.builds(
                Event,
                kind=st.sampled_from(Kind),
                title=st.sampled_from(["Talks", "Visit", "Exercise"]),
                when=crowded_ranges(),
                sources=st.just((_PLAIN_SOURCE,)),
                where=st.none() | st.sampled_from([Place("Vientiane", "Laos"), Place("Hà Nội", "Viet Nam")]),
                status=st.sampled_from(Status),
            ),
            max_size=40,
        )
    )
    return timeline.Timeline(items)


# Events that tie often: two kinds, two titles, two ranges; place and status
# set apart events the same in all else, by id or only by their other fields.
tied_events = st.lists(
    st.builds(
        Event,
        kind=st.sampled_from([Kind.MEETING, Kind.VISIT]),
        title=st.sampled_from(["Talks", "Visit"]),
        when=st.sampled_from([DateRange.day(CROWDED_START), DateRange(CROWDED_START, dt.date(2025, 1, 3))]),
        sources=st.just((_PLAIN_SOURCE,)),
        where=st.none() | st.sampled_from([Place("Vientiane", "Laos"), Place("Hà Nội", "Viet Nam")]),
        status=st.sampled_from(Status),
    ),
    max_size=12,
)


@st.composite
def windows(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    """A query window around the crowded weeks: a day, a week, a month or anything."""
    first = CROWDED_START + dt.timedelta(days=draw(st.integers(-10, 80)))
    return first, first + dt.timedelta(days=draw(st.sampled_from([0, 6, 30]) | st.integers(0, 50)))
