"""The seed articles give exactly the events the end-to-end issue lists, and match the golden files."""

from __future__ import annotations

import json
import os

import pytest

import timeline
from conftest import ROOT
from timeline import DateBasis, Kind, Precision, Status

GOLDEN = ROOT / "tests" / "golden"


def _one(calendar: timeline.Timeline, kind: str, day: str, title_part: str) -> timeline.Event:
    found = [e for e in calendar.of_kind(kind).overlapping(day) if title_part in e.title]
    assert len(found) == 1, [e.title for e in calendar]
    return found[0]


def _people(event: timeline.Event) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(p.name, p.title, p.rank, p.country) for p in event.participants]


def test_thursday_meeting_in_vientiane(seed_timeline: timeline.Timeline) -> None:
    """'On Thursday' in a Friday 2025-01-10 paper is 2025-01-09; who, where and the sentence are right."""
    meeting = _one(seed_timeline, "meeting", "2025-01-09", "Meeting")
    assert (meeting.when.start.isoformat(), meeting.when.end.isoformat()) == ("2025-01-09", "2025-01-09")
    assert meeting.when.precision is Precision.DAY
    assert (meeting.where.name, meeting.where.country) == ("Vientiane", "Laos")  # type: ignore[union-attr]
    assert _people(meeting) == [
        ("Hoàng Xuân Chiến", "Deputy Minister of National Defence", "Sen. Lieut. Gen.", "Viet Nam"),
        ("Khamlieng Outhakaysone", "Defence Minister", "Sen. Lieut. Gen.", "Laos"),
        ("Vongkham Phommakone", "Deputy Defence Minister", "Sen. Lieut. Gen.", "Laos"),
    ]
    assert meeting.source.basis is DateBasis.STATED
    assert meeting.source.when_text == "Thursday"
    assert meeting.source.sentence.startswith("Chien made the statement at his meetings in Vientiane on Thursday")
    assert meeting.status is Status.REPORTED


def test_committee_meeting_takes_the_trips_date_as_inferred(seed_timeline: timeline.Timeline) -> None:
    """The 47th committee meeting has no date of its own: it takes the trip's, marked inferred."""
    committee = _one(seed_timeline, "meeting", "2025-01-09", "47th meeting")
    assert committee.title == "47th meeting of the Vietnam-Laos Intergovernmental Committee for Bilateral Cooperation"
    assert committee.source.basis is DateBasis.INFERRED
    assert committee.source.when_text is None
    assert ("Phạm Minh Chính", "Prime Minister", None, "Viet Nam") in _people(committee)
    assert committee.when.start != committee.source.published.start


def test_2025_cooperation_plan_is_the_year(seed_timeline: timeline.Timeline) -> None:
    """'The 2025 cooperation plan' is a plan for 2025-01-01 to 2025-12-31, year precision."""
    plan = _one(seed_timeline, "plan", "2025-06-01", "2025 cooperation plan")
    assert (plan.when.start.isoformat(), plan.when.end.isoformat(), plan.when.precision) == (
        "2025-01-01",
        "2025-12-31",
        Precision.YEAR,
    )


def test_protocol_covers_2025_to_2029(seed_timeline: timeline.Timeline) -> None:
    """The protocol 'for the 2025-2029 period' spans 2025-01-01 to 2029-12-31."""
    protocol = _one(seed_timeline, "plan", "2027-01-01", "Protocol")
    assert (protocol.when.start.isoformat(), protocol.when.end.isoformat()) == ("2025-01-01", "2029-12-31")
    assert protocol.title == "Protocol on Vietnam-Laos Defence Cooperation for the 2025-2029 period"
    assert protocol.source.when_text == "2025-2029"


def test_monday_paper_monday_session_is_that_day(seed_timeline: timeline.Timeline) -> None:
    """'On Monday' in a Monday 2025-03-31 paper is that Monday, in Hà Nội, with both generals."""
    session = _one(seed_timeline, "meeting", "2025-03-31", "Working session")
    assert session.when.start.isoformat() == session.when.end.isoformat() == "2025-03-31"
    assert (session.where.name, session.where.country) == ("Hà Nội", "Viet Nam")  # type: ignore[union-attr]
    assert _people(session) == [
        (
            "Vanthong Bouttavong",
            "Deputy Chief of the General Staff of the Lao People's Army",
            "Lieutenant General",
            "Laos",
        ),
        (
            "Phạm Mạnh Thắng",
            "Director of the Việt Nam Department of Peacekeeping Operations",
            "Major General",
            "Viet Nam",
        ),
    ]


def test_past_nearly_eleven_years_is_an_approximate_period(seed_timeline: timeline.Timeline) -> None:
    """'Over the past nearly 11 years' ends on publication, starts about 2014, and is approximate."""
    deployment = _one(seed_timeline, "deployment", "2020-01-01", "peacekeeping")
    assert deployment.when.end.isoformat() == "2025-03-31"
    assert deployment.when.start.year == 2014
    assert deployment.when.approximate
    assert deployment.source.when_text == "the past nearly 11 years"


def test_no_false_dates(seed_timeline: timeline.Timeline) -> None:
    """Nothing from 'the 47th', '1,100', '16 per cent' or 'three missions'; nothing before 2014."""
    assert all(event.when.start.year >= 2014 for event in seed_timeline)
    expressions = [e.text for seed in timeline.read_articles(ROOT / "seeds") for e in timeline.tag(seed)]
    assert not {"47th", "1,100", "16", "three", "1947"} & set(expressions)


def test_publication_date_is_never_a_stated_date(seed_timeline: timeline.Timeline) -> None:
    """An event dated by its own words says which words; an inferred one says none."""
    for event in seed_timeline:
        if event.source.basis is DateBasis.STATED:
            assert event.source.when_text
            start, end = event.source.when_span  # type: ignore[misc]
            assert event.source.sentence.find(event.source.when_text) >= 0
            assert end - start == len(event.source.when_text)
        else:
            assert event.source.when_text is None


def test_sentences_are_exact_substrings(seeds: timeline.Articles, seed_timeline: timeline.Timeline) -> None:
    """Each source sentence stands in its article at the offsets given."""
    texts = {article.id: article.text for article in seeds}
    for event in seed_timeline:
        start, end = event.source.span
        assert texts[event.source.article][start:end] == event.source.sentence


def test_kinds_cover_the_seed_events(seed_timeline: timeline.Timeline) -> None:
    """Six events: four meetings-or-plans around Vientiane, the session and the deployment in Hà Nội's story."""
    assert sorted(e.kind.value for e in seed_timeline) == [
        "deployment",
        "meeting",
        "meeting",
        "meeting",
        "plan",
        "plan",
    ]
    assert {e.kind for e in seed_timeline} <= set(Kind)


@pytest.mark.parametrize("seed", ["000_6a2728f59d67f626", "003_697a9bb8007d5189"])
def test_golden_file(seed: str) -> None:
    """The JSON of each seed is exactly the hand-reviewed golden file.

    Set TIMELINE_UPDATE_GOLDEN=1 to rewrite the files after a deliberate change,
    then review the diff by hand before committing it.
    """
    article = timeline.read_article(ROOT / "seeds" / f"{seed}.txt")
    actual = json.loads(timeline.to_json(timeline.extract(article)))
    path = GOLDEN / f"{seed}.json"
    if os.environ.get("TIMELINE_UPDATE_GOLDEN"):
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert expected == actual
