"""Pattern matching stays linear on hostile input.

Two guards, both generous: a megabyte of each hostile pattern the issue names
tags in at most ten times what a megabyte of ordinary news takes; and text
that is nothing but dates (an expression every few characters) scales
linearly, four times the text costing at most six times the time.
"""

from __future__ import annotations

import time

import pytest

import timeline
from conftest import ROOT

SIZE = 1_000_000
NORMAL = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt")))


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _seconds(text: str) -> float:
    """The best of two runs, to keep a busy machine from failing the guard."""
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        timeline.tag(text, "2025-01-10")
        best = min(best, time.perf_counter() - started)
    return best


@pytest.fixture(scope="module")
def normal_seconds() -> float:
    """How long a megabyte of ordinary news takes to tag."""
    return _seconds(_repeat(NORMAL, SIZE))


@pytest.mark.parametrize(
    "unit",
    [
        "1234567890",  # digits
        "-/.,:",  # separators
        " ",  # a long run of spaces
        "March ",  # month names
        "MarchMayJune",  # month names glued together
        "12 ",  # small numbers
        "Sen. Lieut. Gen. ",  # ranks and abbreviations
        "\n\n\n",  # blank lines
        "nearly more than the past ",  # modifiers with nothing to modify
    ],
)
def test_a_megabyte_of_hostile_text_takes_at_most_ten_times_normal(unit: str, normal_seconds: float) -> None:
    """No family of patterns backtracks badly on the input the issue names."""
    assert _seconds(_repeat(unit, SIZE)) <= 10 * normal_seconds + 0.5


@pytest.mark.parametrize("unit", ["Monday ", "2025 ", "the past ", "last year ", "March 4-6, 2025 "])
def test_text_made_of_dates_scales_linearly(unit: str) -> None:
    """An expression every few characters: four times the text, at most six times the time."""
    quarter = _seconds(_repeat(unit, SIZE // 16))
    whole = _seconds(_repeat(unit, SIZE // 4))
    assert whole <= 6 * quarter + 0.2


def test_hostile_text_is_not_tagged_as_dates() -> None:
    """A megabyte of digits or separators yields no made-up dates."""
    assert timeline.tag(_repeat("1234567890", 100_000), "2025-01-10") == ()
    assert timeline.tag(_repeat("-/.,:", 100_000), "2025-01-10") == ()
