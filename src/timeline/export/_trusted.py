"""Model objects made from values a reader has already checked, without checking them again.

The attrs ``__init__`` of a frozen class converts, defaults and validates
each field, then writes it through ``object.__setattr__``. A reader that has
already parsed and checked every value (the JSON reader does, for each event
of an archive) pays for all of that a second time. These makers write the
fields straight into their slots, which costs about half as much, and make an
object equal in every field, private ones included, to the one ``__init__``
makes from the same values.

They check nothing, so each caller keeps its own guard: the JSON reader calls
them only for values the class would accept and otherwise calls the class
itself, whose error is then the one the user sees. A field added to a class
and not here is an error on import, not an object with an empty slot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pendulum

from timeline.dates import DateRange, Precision
from timeline.model import DateBasis, Event, Kind, Participant, Place, Source, Status

__all__ = ["date_range", "event", "source"]

_Setter = Callable[[object, Any], None]


def _setters(cls: type, *names: str) -> tuple[_Setter, ...]:
    """The slot writers of *cls*'s fields, in the order of *names*, which must be every field."""
    fields = {field.name for field in attrs.fields(cls)}
    if fields != set(names):
        raise TypeError(f"{cls.__name__} has the fields {sorted(fields)}; the trusted maker writes {sorted(names)}")
    return tuple(cls.__dict__[name].__set__ for name in names)


_new = object.__new__

_range_start, _range_end, _range_precision, _range_approximate = _setters(
    DateRange, "start", "end", "precision", "approximate"
)


def date_range(start: pendulum.Date, end: pendulum.Date, precision: Precision, approximate: bool) -> DateRange:  # noqa: FBT001 - positional, as the fields
    """``DateRange(start, end, precision, approximate)`` for two pendulum dates, *end* not before *start*."""
    made = _new(DateRange)
    _range_start(made, start)
    _range_end(made, end)
    _range_precision(made, precision)
    _range_approximate(made, approximate)
    return made


_source_fields = _setters(Source, "article", "published", "sentence", "span", "when_text", "when_span", "basis", "url")
_article, _published, _sentence, _span, _when_text, _when_span, _basis, _url = _source_fields


def source(  # noqa: PLR0913, PLR0917 - one argument per field, as Source takes them
    article: str,
    published: DateRange,
    sentence: str,
    span: tuple[int, int],
    when_text: str | None,
    when_span: tuple[int, int] | None,
    basis: DateBasis,
    url: str | None,
) -> Source:
    """``Source(...)`` of the same values (Source has no converters or validators; this only writes faster)."""
    made = _new(Source)
    _article(made, article)
    _published(made, published)
    _sentence(made, sentence)
    _span(made, span)
    _when_text(made, when_text)
    _when_span(made, when_span)
    _basis(made, basis)
    _url(made, url)
    return made


_event_fields = _setters(
    Event, "kind", "title", "when", "sources", "where", "participants", "organisations", "status", "cameo",
    "start_time", "end_time", "_given_id", "_content_id",
)  # fmt: skip
_kind, _title, _when, _sources, _where, _participants, _organisations, _status, _cameo, _start, _end, _given_id, _id = (
    _event_fields
)


def event(  # noqa: PLR0913, PLR0917 - one argument per field, as Event takes them
    kind: Kind,
    title: str,
    when: DateRange,
    sources: tuple[Source, ...],
    where: Place | None,
    participants: tuple[Participant, ...],
    organisations: tuple[str, ...],
    status: Status,
    cameo: str | None,
    identifier: str | None,
) -> Event:
    """``Event(..., id=identifier)`` with no time of day, for tuples as given and at least one source."""
    made = _new(Event)
    _kind(made, kind)
    _title(made, title)
    _when(made, when)
    _sources(made, sources)
    _where(made, where)
    _participants(made, participants)
    _organisations(made, organisations)
    _status(made, status)
    _cameo(made, cameo)
    _start(made, None)
    _end(made, None)
    _given_id(made, identifier)
    _id(made, None)
    return made
