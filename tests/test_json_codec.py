"""The JSON text layer and event ids: the same text whichever encoder writes it, ids that stay put."""

from __future__ import annotations

import gc
import json
import uuid

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from strategies import events, timelines
from timeline.export import _codec, _trusted

# Any JSON value our documents hold: text of every kind, integers, booleans, null.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


def _big_integer(value: object) -> bool:
    if isinstance(value, list):
        return any(map(_big_integer, value))
    if isinstance(value, dict):
        return any(map(_big_integer, value.values()))
    return isinstance(value, int) and not -(2**63) <= value < 2**64


@pytest.fixture
def stdlib_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as on an interpreter without orjson."""
    monkeypatch.setattr(_codec, "orjson", None)


@settings(max_examples=200, deadline=None)
@given(json_values, st.sampled_from([None, 2]))
def test_fast_and_standard_encoders_write_the_same_text(value: object, indent: int | None) -> None:
    """orjson and the standard library give byte-identical documents, and both read back to the value."""
    separators = (",", ": ") if indent else (",", ":")
    expected = json.dumps(value, ensure_ascii=False, indent=indent, separators=separators)
    assert expected == _codec.dumps(value, indent=indent)
    if not _big_integer(value):  # orjson reads those as floats; the readers refuse them (below)
        assert value == _codec.loads(expected)


@pytest.mark.usefixtures("stdlib_only")
def test_standard_library_fallback_round_trips_a_timeline(seed_timeline: timeline.Timeline) -> None:
    """Without orjson the document is the same text and reads back equal."""
    assert _codec.orjson is None
    text = timeline.to_json(seed_timeline)
    assert timeline.from_json(text) == seed_timeline
    assert json.loads(text) == json.loads(timeline.to_json(seed_timeline))


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('{"events": [\n  {"kind": }\n]}', 2, 12),
        ("[1, 2", 1, 6),
        ("", 1, 1),
    ],
)
def test_decode_errors_give_line_and_column(text: str, line: int, column: int) -> None:
    """A decode error is the standard library's, with its line and column, whichever decoder ran first."""
    with pytest.raises(json.JSONDecodeError) as caught:
        _codec.loads(text)
    assert (line, column) == (caught.value.lineno, caught.value.colno)


def test_what_only_the_standard_library_reads_is_still_read() -> None:
    """NaN, which orjson refuses, reads as the standard library reads it."""
    value = _codec.loads('{"n": NaN, "m": [1]}')
    assert (value["n"] != value["n"], value["m"]) == (True, [1])


@pytest.mark.parametrize("span", ["[12345678901234567890123, 5]", "[1.5, 9]", '["3", 9]', "[true, 9]"])
def test_an_offset_that_is_not_a_whole_number_is_an_error(seed_timeline: timeline.Timeline, span: str) -> None:
    """A span too long for 64 bits (which orjson reads as a float), a fraction or text is refused, with the event."""
    document = json.loads(timeline.to_json(seed_timeline))
    text = json.dumps(document).replace(json.dumps(document["events"][0]["source"]["span"]), span, 1)
    with pytest.raises(timeline.TimelineFormatError, match=r"event 0 .*offsets are two whole numbers"):
        timeline.from_json(text)


@pytest.mark.parametrize("enabled", [True, False])
def test_bulk_restores_the_collector_even_on_error(enabled: bool) -> None:  # noqa: FBT001 - a parameter
    """The collector is paused inside and comes back as it was, after an error too."""
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        inside = []
        with pytest.raises(ZeroDivisionError), _codec.bulk():  # noqa: PT012 - the state inside is the point
            inside.append(gc.isenabled())
            _ = 1 / 0
        assert ([False], enabled) == (inside, gc.isenabled())
    finally:
        (gc.enable if was else gc.disable)()


def test_event_id_is_the_uuid5_of_its_content(seed_timeline: timeline.Timeline) -> None:
    """The id is uuid5 over kind, days, title, place, names, article and span, joined by U+001F."""
    namespace = uuid.UUID("6f1f4a52-2d0c-5b7e-9a35-1d3c2f0e8b11")
    for event in seed_timeline:
        source = event.source
        key = "\x1f".join(
            [
                event.kind.value,
                event.when.iso(),
                event.title,
                str(event.where or ""),
                *(person.name for person in event.participants),
                source.article,
                f"{source.span[0]}-{source.span[1]}",
            ]
        )
        assert str(uuid.uuid5(namespace, key)) == event.id


def test_an_edited_event_keeps_the_id_its_file_gives(seed_timeline: timeline.Timeline) -> None:
    """A title edited in the JSON keeps the event's id, so a calendar updates it rather than adding one."""
    document = json.loads(timeline.to_json(seed_timeline))
    first = document["events"][0]
    first["title"] = "Talks, renamed by hand"
    loaded = timeline.from_json(json.dumps(document))
    edited = next(event for event in loaded if event.title == "Talks, renamed by hand")
    assert first["id"] == edited.id
    assert first["id"] != attrs.evolve(edited, id=None).id


def test_a_given_id_is_not_compared_and_survives_evolve(seed_timeline: timeline.Timeline) -> None:
    """Events equal but for a given id are equal; evolve keeps a given id and recomputes a derived one."""
    event = seed_timeline[0]
    named = attrs.evolve(event, id="my-own-id")
    assert (named, hash(named)) == (event, hash(event))
    assert "my-own-id" == attrs.evolve(named, title="Another title").id
    retitled = attrs.evolve(event, title="Another title")
    assert event.id != retitled.id
    assert attrs.evolve(retitled, title=event.title).id == event.id


@settings(max_examples=40, deadline=None)
@given(timelines)
def test_ids_survive_the_round_trip(calendar: timeline.Timeline) -> None:
    """Every event reads back from JSON Lines with the id it was written with."""
    loaded = timeline.export.from_jsonl(timeline.export.to_jsonl(calendar))
    assert sorted(event.id for event in calendar) == sorted(event.id for event in loaded)


def _every_slot(value: object) -> dict[str, object]:
    return {field.name: getattr(value, field.name) for field in attrs.fields(type(value))}


@given(events())
@settings(max_examples=60)
def test_trusted_makers_make_what_the_classes_make(event: timeline.Event) -> None:
    """The reader's fast makers give objects equal, field by field and private fields included, to ``__init__``'s."""
    plain = attrs.evolve(event, start_time=None, end_time=None, id="given")
    when, source = plain.when, plain.source
    made = _trusted.event(
        plain.kind, plain.title, _trusted.date_range(when.start, when.end, when.precision, when.approximate),
        (_trusted.source(*attrs.astuple(source, recurse=False)),), plain.where, plain.participants,
        plain.organisations, plain.status, plain.cameo, "given",
    )  # fmt: skip
    expected = attrs.evolve(plain, sources=(source,))
    assert (_every_slot(expected), expected) == (_every_slot(made), made)
    assert (_every_slot(when), _every_slot(source)) == (_every_slot(made.when), _every_slot(made.source))


def test_a_field_the_trusted_maker_does_not_write_is_an_error() -> None:
    """A class that gains a field the maker does not know fails on import rather than leaving a slot empty."""
    with pytest.raises(TypeError, match="has the fields"):
        _trusted._setters(timeline.Place, "name")  # noqa: SLF001 - the guard itself is under test
