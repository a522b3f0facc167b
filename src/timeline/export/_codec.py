"""JSON text in and out: orjson where it is installed, the standard library otherwise, the same text either way.

orjson (a dependency on CPython, where it has wheels) encodes about ten times
and decodes about twice as fast as :mod:`json`; that is what lets a timeline
go to JSON and back at the rate an archive needs. Both write UTF-8 text with
non-ASCII characters as they are, compact as ``{"a":1,"b":[2]}`` or indented
by two spaces, so a file does not depend on which one wrote it.

>>> dumps({"name": "Hà Nội", "days": [1, 2]}, indent=None)
'{"name":"Hà Nội","days":[1,2]}'
>>> loads('{"a": [1, "Viêng Chăn"]}')
{'a': [1, 'Viêng Chăn']}

orjson refuses what it cannot write exactly (a lone surrogate, an integer past
64 bits) and reads a little more strictly (no ``NaN``); in those cases the
standard library does the work, so the result, or the error, is the one
:mod:`json` gives. orjson reads an integer past 64 bits as a float; the
readers of our formats take only integers where the contract has them (offsets,
line numbers), so such a number is an error there, not a changed value.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

orjson: ModuleType | None
try:
    import orjson
except ImportError:  # pragma: no cover - no wheel for this interpreter: the standard library alone
    orjson = None

__all__ = ["bulk", "dumps", "loads"]


def dumps(value: Any, *, indent: int | None = None) -> str:  # noqa: ANN401 - any JSON value
    """*value* as JSON text: compact, or indented by *indent* spaces."""
    if orjson is not None and indent in {None, 2}:
        try:
            encoded: bytes = orjson.dumps(value, option=orjson.OPT_INDENT_2 if indent else 0)
            return encoded.decode()
        except orjson.JSONEncodeError:
            pass  # the standard library says what is wrong, or writes it
    separators = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(value, ensure_ascii=False, indent=indent, separators=separators)


def loads(text: str | bytes) -> Any:  # noqa: ANN401 - any JSON value
    """The value JSON *text* holds.

    Raises:
        json.JSONDecodeError: *text* is not JSON; ``msg``, ``lineno``,
            ``colno`` and ``pos`` say where.
    """
    if orjson is not None:
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            pass  # the standard library's reading, or its error with line and column
    return json.loads(text)


@contextlib.contextmanager
def bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while many events turn into plain values or back.

    Making a hundred thousand small objects sets off collection after
    collection, each walking every object already made: on a large timeline
    that is a third to a half of the time to load or dump it. The values made
    here hold no reference cycles, so reference counting frees them all the
    same; the collector's previous state comes back on leaving, even on an
    error. (Mercurial pauses it the same way to read its large indexes.)
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
