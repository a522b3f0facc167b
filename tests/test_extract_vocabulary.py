"""The extractor on the genre's words for events and their lengths, in sentences of our own."""

from __future__ import annotations

import timeline
from timeline import Kind

FRAME = " date 2025-04-10\n\nVIENTIANE (KPL) — "  # a Thursday paper


def events(body: str) -> list[timeline.Event]:
    return list(timeline.extract(timeline.parse_article(FRAME + body)))


def test_a_length_before_the_event_word_does_not_hide_the_date_after_it() -> None:
    """'the six-day drill that kicked off yesterday': from yesterday, six days; the length is no date."""
    (drill,) = events("According to the army, the six-day drill that kicked off yesterday involves 300 soldiers.")
    assert (drill.kind, drill.when.iso(), drill.status.value) == (Kind.EXERCISE, "2025-04-09/2025-04-14", "reported")


def test_a_war_game_is_an_exercise() -> None:
    """'launched a wargame in the Gulf of Thailand today': an exercise that day, where it was held."""
    (game,) = events("The two navies today launched a wargame in the Gulf of Thailand.")
    assert (game.kind, game.when.iso()) == (Kind.EXERCISE, "2025-04-10")
    assert game.where is not None
    assert game.where.name == "Gulf of Thailand"


def test_letters_exchanged_are_a_signing_beside_what_the_ministers_agreed() -> None:
    """'agreed Tuesday to ..., while their ministries concluded letters of intent': the meeting stays, and a signing."""
    found = events(
        "Lao Defence Minister Chansamone Chanyalath and his Thai counterpart Sutin Klungsang agreed Tuesday to "
        "deepen cooperation, while their ministries concluded letters of intent on military medicine."
    )
    kinds = {e.kind: e for e in found}
    assert kinds[Kind.MEETING].when.iso() == "2025-04-08"
    assert [p.name for p in kinds[Kind.MEETING].participants] == ["Chansamone Chanyalath", "Sutin Klungsang"]
    assert Kind.SIGNING in kinds
