"""Sentences of our own as the body of one article: a Thursday paper (2025-04-10) under a Vientiane dateline."""

from __future__ import annotations

import timeline

FRAME = " date 2025-04-10\n\nVIENTIANE (KPL) — "  # a Thursday paper


def events(body: str) -> list[timeline.Event]:
    """The events the extractor finds in *body* printed in that paper."""
    return list(timeline.extract(timeline.parse_article(FRAME + body)))
