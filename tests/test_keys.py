"""Word keys that let a pattern's search be skipped: the search still finds every match."""

from __future__ import annotations

from timeline.extract._drafts import _aim_before
from timeline.extract._events import _MINISTERS_OF, _ministers_of


def test_ministers_of_is_searched_where_minister_stands() -> None:
    """'The defence ministers of both countries' is found, whatever its case; a sentence without 'minister' is not searched."""
    assert "minister" in _MINISTERS_OF.pattern
    text = "It was attended by the DEFENCE MINISTERS OF BOTH COUNTRIES."
    found = _ministers_of(text, (0, len(text)))
    assert found is not None
    assert found["office"] == "DEFENCE MINISTER"
    assert _ministers_of("It was attended by both chiefs.", (0, 31)) is None


def test_an_aim_is_read_only_after_to() -> None:
    """'agreed to launch a dialogue' is an aim (an intended event); 'launched a dialogue' is not."""
    text = "they agreed to launch a dialogue"
    assert _aim_before(text, text.index("dialogue"))
    assert not _aim_before("they launched a dialogue", 16)
