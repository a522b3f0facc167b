"""Pattern matching stays linear on hostile input.

Two guards, both generous. A megabyte of each hostile pattern the issue names
(digits, separators, month names repeated, long runs of spaces) tags in at most
ten times what a megabyte of ordinary news takes, timed alternately with it.
Text where a possible date starts every few characters ("12 12 ...", "the
past the past ...") pays for every start, so it is held to scaling linearly
instead: four times the text costs at most six times the time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import timeline
from conftest import ROOT

SIZE = 1_000_000
NORMAL = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt")))


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _tag(text: str) -> None:
    timeline.tag(text, "2025-01-10")


def _extract(text: str) -> None:
    timeline.extract(timeline.parse_article(text, published="2025-01-10"))


def _once(step: Callable[[str], None], text: str) -> float:
    """CPU seconds of this process for one run of *step* on *text* (other processes' load counts less)."""
    started = time.process_time()
    step(text)
    return time.process_time() - started


def _best(step: Callable[[str], None], text: str) -> float:
    """The best of two runs, to keep a busy machine from failing the guard."""
    return min(_once(step, text), _once(step, text))


def _against_normal(step: Callable[[str], None], text: str, normal: str) -> tuple[float, float]:
    """The best seconds for *text* and for *normal*, timed alternately so both see the same machine load."""
    hostile = ordinary = float("inf")
    for _ in range(2):
        hostile = min(hostile, _once(step, text))
        ordinary = min(ordinary, _once(step, normal))
    return hostile, ordinary


@pytest.mark.parametrize(
    "unit",
    [
        "1234567890",  # digits
        "-/.,:",  # separators
        " ",  # a long run of spaces
        "March ",  # month names
        "May may ",  # month names that also are verbs
        "MarchMayJune",  # month names glued together
        "Sen. Lieut. Gen. ",  # ranks and abbreviations
        "\n\n\n",  # blank lines
        "nearly more than ",  # modifiers with nothing to modify
    ],
)
def test_a_megabyte_of_hostile_text_takes_at_most_ten_times_normal(unit: str) -> None:
    """No family of patterns backtracks badly on the input the issue names."""
    hostile, normal = _against_normal(_tag, _repeat(unit, SIZE), _repeat(NORMAL, SIZE))
    assert hostile <= 10 * normal + 0.5


@pytest.mark.parametrize(
    "unit",
    [
        "Monday ",
        "2025 ",
        "the past ",
        "last year ",
        "March 4-6, 2025 ",
        # Words that start a match every few characters and then fail.
        "12 ",
        "nearly more than the past ",
        "from Sunday through Tuesday ",  # weekday ranges, each end moved a week
        "4 and 5 March and ",  # days joined by "and" before their month
    ],
)
def test_text_made_of_dates_scales_linearly(unit: str) -> None:
    """An expression every few characters: four times the text, at most six times the time."""
    quarter = _best(_tag, _repeat(unit, SIZE // 16))
    whole = _best(_tag, _repeat(unit, SIZE // 4))
    assert whole <= 6 * quarter + 0.2


def test_hostile_text_is_not_tagged_as_dates() -> None:
    """A megabyte of digits or separators yields no made-up dates."""
    assert timeline.tag(_repeat("1234567890", 100_000), "2025-01-10") == ()
    assert timeline.tag(_repeat("-/.,:", 100_000), "2025-01-10") == ()


EXTRACT_SIZE = 200_000


@pytest.mark.parametrize(
    "unit",
    [
        "1234567890",  # digits
        "-/.,:",  # separators
        "March ",  # month names
        "Hoàng Xuân ",  # capitalised words: every word a name candidate
        "Sen. Lieut. Gen. ",  # ranks with full stops
        "A. ",  # initials: every full stop a possible sentence end
        "The the ",  # a run that could be a body's name
        "Hosting the delegation, ",  # an event word every few words, in one endless sentence
        "and ",  # connectors
        "according to ",  # attributions before every name
        "Hun Sen. ",  # a name that ends sentences, or an abbreviation
        "15.The ",  # glued sentence ends
        "On the same day, ",  # references to the day just told
        "X meets Y on May 3. (Photo: VNA)\n",  # caption lines above a dateline that never comes
        "the visit in 2015, ",  # an occasion dated by its year, again and again in one sentence
        "held talks in 2015 and ",  # the same with a verb
        "visited ",  # an event word every word
        "visit, which visit, ",  # asides set off by commas, each holding an event word
        "met X, who is on a visit, ",  # the same after a verb
        "accompanied by Minister A, ",  # people along in a delegation
        "S. Petrov and ",  # initials that may stand for a name told before
        "Giang met Chansamone, who is on a visit to Laos, on Monday, which ",  # asides leaving events undated
        "was in Seoul ",  # being somewhere, every few words
        "welcoming the minister ",  # a hosting verb and its guest, again and again
        "The two will hold talks, which will take place on May 3 and ",  # groups and asides that date events
        "Called Minister ",  # "called" before capitalised words, each a call to look past (was quadratic)
        "will visit Japan from April 14 to 16, ",  # legs of one tour
        "the meeting, scheduled for Monday, was cancelled and ",  # events called off
        "There, he plans to visit ",  # a trip's place and intentions, every few words
        "X said the ship will dock in Manila with ",  # a verb of saying read past the event word
        "met with Chief of the Main Directorate for Affairs of ",  # an endless title before a closing date
        "kicked off on Monday the exercise from 7 to 18 April ",  # first days beside spans
        "the drill, which runs for four days from ",  # dates and lengths in clauses after event words
        "Minister of the Republic of the Kingdom of ",  # long forms of countries inside a title
        "cooperate through the exercise, the upcoming ",  # ways of cooperating, events still to come
        "docked at Cam Ranh Port in Khanh Hoa Province, the ",  # ports in provinces, appositions
        "drill, which runs ",  # asides right after event words, each looked up (was quadratic)
        "Captain Jerry Garrido, Task Force 80.5 commander and BRP Jose ",  # who commands a ship, told again and again
        "the ship is commanded by Captain Ravi Kumar and visited Hanoi on Monday, ",  # ships' visits in one sentence
        "postponed the dialogue scheduled for Tuesday to April 25 and ",  # events moved by their subject
        "Minister Nguyen Van An visited Hanoi on Monday. He will return home. ",  # goings home, each reading back
        "Gen. Vongkham took charge as Chief of Staff ",  # who took office, among everyone named (was quadratic)
        "is on a visit to Laos during which he will meet Minister A and ",  # what is done on trips told undated
        "concluded on Sunday after 11 days of training, the ",  # ends after days of an event's own
        "the exercise Laros-2025 began on Monday and the exercise Vientiane Shield 2025 ",  # years that end names
        "the closing ceremony and the opening ceremony ",  # ceremonies, and no gathering they open or close
        "the exercise concluded with a closing ceremony of the drill and ",  # ceremonies of a told gathering
        "arrived in Manila, Luzon, as the first stop on Sunday, beginning its ",  # arrivals opening visits of days
        "presided over a welcome ceremony and a farewell for ",  # welcomes and farewells of the visit told
        "Exercise Aman Youyi 2016, which was launched on ",  # years ending names, the gathering's verb after
        "according to a statement issued by ",  # statements that only source a sentence
        "Colonel Nguyễn Thái Học Thái ",  # country words inside Vietnamese names
    ],
)
def test_extraction_of_hostile_text_takes_at_most_ten_times_normal(unit: str) -> None:
    """No step of the extractor (names, places, links) is quadratic in a sentence's length."""
    hostile, normal = _against_normal(_extract, _repeat(unit, EXTRACT_SIZE), _repeat(NORMAL, EXTRACT_SIZE))
    assert hostile <= 10 * normal + 0.5


def test_extraction_of_text_made_of_events_scales_linearly() -> None:
    """A meeting every sentence: four times the text, at most six times the time."""
    unit = "Minister Nguyen met Minister Tran on Monday. "
    quarter = _best(_extract, _repeat(unit, EXTRACT_SIZE // 4))
    whole = _best(_extract, _repeat(unit, EXTRACT_SIZE))
    assert whole <= 6 * quarter + 0.2
