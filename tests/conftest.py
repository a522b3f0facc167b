"""Shared fixtures: the repository root and the seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import timeline

# Tests carry no timing assertions: Hypothesis's own deadline and "generation is
# slow" check measure the machine's load, not our behaviour, and failed on a busy
# two-core machine. Every other health check stays on.
settings.register_profile("timeline", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("timeline")

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
