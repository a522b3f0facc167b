"""Synthetic but realistic events for the benchmarks: a decade-scale archive of diplomatic news.

Each event has its own title, one source with a ~150-character sentence, one to
three participants and a place, like the events the extractor makes. 95% are
single days, 4% last two to seven days, 1% are periods of one to five whole
years, spread over 30 years. Articles carry five events each and share their
publication date, as extracted events do; people and places come from pools,
as real names recur.
"""

from __future__ import annotations

import datetime as dt
import random

from timeline import DateRange, Event, Kind, Participant, Place, Precision, Source, Status

FIRST_YEAR, YEARS = 1995, 30
PLACES = [
    Place(name, country)
    for name, country in [
        ("Vientiane", "Laos"),
        ("Hà Nội", "Viet Nam"),
        ("Phnom Penh", "Cambodia"),
        ("Bangkok", "Thailand"),
        ("Jakarta", "Indonesia"),
        ("Manila", "Philippines"),
        ("Tokyo", "Japan"),
        ("Seoul", "South Korea"),
        ("Beijing", "China"),
        ("Moscow", "Russia"),
        ("New Delhi", "India"),
        ("Canberra", "Australia"),
    ]
]
SURNAMES = ["Phan", "Nguyễn", "Souvanna", "Khamphoui", "Tanaka", "Kim", "Wang", "Ivanov", "Singh", "Santos"]
GIVEN = ["Văn An", "Bounmy", "Hiroshi", "Min-jun", "Wei", "Sergei", "Rajiv", "Maria", "Thong", "Ahmad"]
TITLES = ["Defence Minister", "Deputy Minister of National Defence", "Chief of General Staff", "Foreign Minister"]


def make_events(count: int, seed: int = 7) -> list[Event]:
    """*count* events, the same ones for the same *seed*."""
    rng = random.Random(seed)
    first_day = dt.date(FIRST_YEAR, 1, 1).toordinal()
    days = dt.date(FIRST_YEAR + YEARS, 1, 1).toordinal() - first_day
    kinds = list(Kind)
    people = [
        Participant(f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)} {i}", rng.choice(TITLES), None, place.country)
        for i, place in enumerate(rng.choices(PLACES, k=5_000))
    ]
    events: list[Event] = []
    published = DateRange.day(dt.date(2000, 1, 1))
    for i in range(count):
        roll = rng.random()
        start = dt.date.fromordinal(first_day + rng.randrange(days))
        if roll < 0.95:
            when = DateRange.day(start)
        elif roll < 0.99:
            when = DateRange(start, start + dt.timedelta(days=rng.randint(1, 6)), Precision.DAY)
        else:
            year = rng.randrange(FIRST_YEAR, FIRST_YEAR + YEARS - 1)
            when = DateRange.years(year, year + rng.randint(0, 4))
        if i % 5 == 0:
            published = DateRange.day(min(when.end + dt.timedelta(days=1), dt.date(2026, 1, 1)))
        kind = rng.choice(kinds)
        who = rng.sample(people, rng.randint(1, 3))
        sentence = (
            f"The {who[0].title} received the visiting delegation led by {who[-1].name} on the occasion of the "
            f"{i % 97 + 1}th round of consultations, item {i}."
        ).ljust(150, ".")
        events.append(
            Event(
                kind=kind,
                title=f"{kind.value.replace('_', ' ').title()}: {', '.join(p.name for p in who)}",
                when=when,
                sources=(Source(f"article-{i // 5:07}", published, sentence, (1000, 1000 + len(sentence))),),
                where=rng.choice(PLACES),
                participants=who,
                status=Status.PLANNED if when.start > published.start else Status.REPORTED,
            )
        )
    return events
