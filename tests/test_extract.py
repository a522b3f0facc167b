"""The extractor on sentences written for these tests: kinds, dates, people, places, status."""

from __future__ import annotations

import pytest

import timeline
from timeline import DateBasis, Kind, Status


def events(text: str, published: str = "2025-01-10") -> list[timeline.Event]:
    return list(timeline.extract(timeline.parse_article(text, published=published)))


def test_a_planned_meeting_looks_forward() -> None:
    """'Will meet on Monday' in a Friday paper is the coming Monday, planned."""
    (meeting,) = events("The two defence ministers will meet in Hanoi on Monday.")
    assert (meeting.kind, meeting.when.iso(), meeting.status) == (Kind.MEETING, "2025-01-13", Status.PLANNED)
    assert meeting.where == timeline.Place("Hà Nội", "Viet Nam")


def test_sentence_opening_date_dates_the_event() -> None:
    """'On Thursday, X met Y' dates the meeting by the opening words."""
    (meeting,) = events(
        "On Thursday, Foreign Minister Bùi Thanh Sơn met Lao Deputy Prime Minister Saleumxay Kommasith."
    )
    assert meeting.when.iso() == "2025-01-09"
    assert [(p.name, p.country) for p in meeting.participants] == [
        ("Bùi Thanh Sơn", "Viet Nam"),
        ("Saleumxay Kommasith", "Laos"),
    ]


def test_short_names_resolve_to_the_full_person() -> None:
    """'Sơn' and 'Son' later in the story are Bùi Thanh Sơn, with the diacritics of the fullest form."""
    found = events(
        " date 2025-01-10 HÀ NỘI — Foreign Minister Bùi Thanh Sơn held talks with his Cambodian counterpart "
        "Sok Chenda Sophea in Hà Nội on Thursday.\n\nAt the talks, Son and Sophea agreed to meet again. — VNS"
    )
    (talks,) = found
    assert talks.kind is Kind.TALKS
    assert [p.name for p in talks.participants] == ["Bùi Thanh Sơn", "Sok Chenda Sophea"]
    assert talks.participants[1].country == "Cambodia"


def test_an_undated_event_is_left_out_not_given_the_publication_date() -> None:
    """An event the text does not date is not silently dated to the publication day."""
    assert events("The two sides signed a memorandum of understanding on defence cooperation.") == []


def test_an_event_tied_to_a_dated_one_inherits_its_date_as_inferred() -> None:
    """'during the visit' ties the signing to the visit's date, marked inferred."""
    found = events(
        "President Lương Cường paid a state visit to Laos on Wednesday, during which the two sides signed three agreements."
    )
    kinds = {e.kind: e for e in found}
    assert kinds[Kind.VISIT].when.iso() == "2025-01-08"
    assert kinds[Kind.SIGNING].when.iso() == "2025-01-08"
    assert kinds[Kind.SIGNING].source.basis is DateBasis.INFERRED


def test_a_plan_for_a_period_is_that_period() -> None:
    """A programme 'for the 2026-2030 period' covers those five years, planned."""
    (plan,) = events("The ministries approved a cooperation plan for the 2026-2030 period.")
    assert (plan.kind, plan.when.iso(), plan.status) == (Kind.PLAN, "2026/2030", Status.PLANNED)


def test_ranges_stay_ranges() -> None:
    """A joint exercise 'from March 4 to 6' runs three days."""
    (exercise,) = events("The navies will hold a joint exercise from March 4 to 6.")
    assert (exercise.kind, exercise.when.iso()) == (Kind.EXERCISE, "2025-03-04/2025-03-06")


def test_extract_refuses_a_bare_string() -> None:
    """A string is ambiguous (path or text?): extract() says which reader to use."""
    with pytest.raises(TypeError, match="read_article"):
        timeline.extract("seeds")  # type: ignore[arg-type]


def test_extraction_is_deterministic(seeds: timeline.Articles) -> None:
    """Two runs give equal timelines with the same ids in the same order."""
    first, second = timeline.extract(seeds), timeline.extract(seeds)
    assert [e.id for e in first] == [e.id for e in second]
    assert first == second
