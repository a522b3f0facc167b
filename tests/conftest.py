"""Shared fixtures: the repository root and the seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

import timeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds() -> timeline.Articles:
    """The two bundled seed articles."""
    return timeline.read_articles(SEEDS, strict=True)


@pytest.fixture(scope="session")
def seed_timeline(seeds: timeline.Articles) -> timeline.Timeline:
    """The events extracted from the seeds."""
    return timeline.extract(seeds)
