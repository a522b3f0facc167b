"""The typed objects ``timeline`` reads, finds and writes.

All are frozen attrs classes: compare by value, hash, and change them with
:func:`attrs.evolve`. None of them knows how it is serialised; the exporters
do that.

>>> place = Place("Vientiane", "Laos")
>>> chien = Participant("Hoàng Xuân Chiến", title="Deputy Minister of National Defence",
...                     rank="Sen. Lieut. Gen.", country="Viet Nam")
>>> chien.country
'Viet Nam'
"""

from __future__ import annotations

import datetime as _dt
import enum
import hashlib
import uuid
from collections.abc import Iterable

import attrs

from timeline.dates import DateRange

__all__ = [
    "Article",
    "DateBasis",
    "Diagnostic",
    "Event",
    "Kind",
    "Participant",
    "Place",
    "Severity",
    "Source",
    "Status",
    "TemporalExpression",
    "TimexType",
]


class TimexType(enum.Enum):
    """The four TIMEX3 types of the TimeML guidelines."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Kind(enum.Enum):
    """What sort of event it is; the values are the JSON contract."""

    __hash__ = object.__hash__  # a slot, not Enum's Python-level hash of the name: extraction asks thousands of times

    MEETING = "meeting"
    VISIT = "visit"
    TALKS = "talks"
    PHONE_CALL = "phone_call"
    SIGNING = "signing"
    CEREMONY = "ceremony"
    DIALOGUE = "dialogue"
    CONFERENCE = "conference"
    STATEMENT = "statement"
    EXERCISE = "exercise"
    DEPLOYMENT = "deployment"
    PLAN = "plan"
    APPOINTMENT = "appointment"
    OTHER = "other"

    @property
    def cameo(self) -> str | None:
        """The CAMEO event code analysts file this kind under by default."""
        return _CAMEO.get(self)


# CAMEO 1.1b3 codes (Schrodt 2012). A kind can map to several codes by role
# (042 "make a visit" vs 043 "host a visit"); the extractor refines per event.
# Appointments and "other" are not interactions and have no code.
_CAMEO = {
    Kind.MEETING: "040",  # consult
    Kind.VISIT: "042",  # make a visit
    Kind.TALKS: "046",  # engage in negotiation
    Kind.PHONE_CALL: "041",  # discuss by telephone
    Kind.SIGNING: "057",  # sign formal agreement
    Kind.CEREMONY: "050",  # engage in diplomatic cooperation
    Kind.DIALOGUE: "040",  # consult
    Kind.CONFERENCE: "040",  # consult
    Kind.STATEMENT: "010",  # make statement
    Kind.EXERCISE: "062",  # cooperate militarily
    Kind.DEPLOYMENT: "074",  # provide military protection or peacekeeping
    Kind.PLAN: "030",  # express intent to cooperate
}


class Status(enum.Enum):
    """Whether the story reports the event as done, as still to come, or as called off."""

    REPORTED = "reported"
    PLANNED = "planned"
    CANCELLED = "cancelled"  # called off or scrapped: it was to happen on its days and will not


class DateBasis(enum.Enum):
    """How the event's date was found."""

    STATED = "stated"  # a temporal expression in the event's own sentence
    INFERRED = "inferred"  # taken from a related event the text ties it to


class Severity(enum.Enum):
    """How much a diagnostic matters."""

    WARNING = "warning"
    ERROR = "error"


@attrs.frozen
class Diagnostic:
    """A problem found while reading or extracting, reported instead of raised.

    Attributes:
        message: What is wrong and what to do about it.
        severity: Whether the input was skipped (error) or used (warning).
        path: The file, if any.
        line: 1-based line, if known.
        offset: 0-based character offset, if known.
    """

    message: str
    severity: Severity = Severity.WARNING
    path: str | None = None
    line: int | None = None
    offset: int | None = None

    def __str__(self) -> str:
        where = self.path or "<text>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.severity.value}: {self.message}"


@attrs.frozen
class Place:
    """A place, normalised: ``Place("Hà Nội", "Viet Nam")`` for HÀ NỘI or Hanoi.

    Attributes:
        name: The place's usual name.
        country: The country it lies in (the name itself for a country).
    """

    name: str
    country: str | None = None

    def __str__(self) -> str:
        if self.country and self.country != self.name:
            return f"{self.name}, {self.country}"
        return self.name


@attrs.frozen
class Participant:
    """A person taking part in an event.

    Attributes:
        name: The fullest form of the name the article writes.
        title: Office or role ("Defence Minister"), if stated.
        rank: Military or honorific rank ("Sen. Lieut. Gen."), if stated.
        country: The country the person represents, if known.
    """

    name: str
    title: str | None = None
    rank: str | None = None
    country: str | None = None

    def __str__(self) -> str:
        return " ".join(part for part in (self.rank, self.name) if part)


@attrs.frozen
class Article:
    """A news article as read from a file or given as text.

    Attributes:
        id: A stable identifier (the file name without extension, or given).
        text: The whole text as read; every character offset refers to it.
        published: The publication date, to a day or, if the date line says
            only ``YYYY-MM``, to a month.
        body_start: Offset of the first character of the body (after the
            date line, headline and dateline).
        body_end: Offset just past the body's last character (before any
            sign-off such as ``— VNS``).
        dateline: The place in the dateline ("VIENTIANE —"), if any.
        title: The headline or photo caption before the dateline, if any.
        outlet: The news agency or paper, from the sign-off or the dateline.
        url: Where the article came from, if known.
        path: The file it was read from, if any.
    """

    id: str
    text: str = attrs.field(repr=False)
    published: DateRange
    body_start: int = 0
    body_end: int = attrs.field()
    dateline: Place | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None

    @body_end.default
    def _whole_text(self) -> int:
        return len(self.text)

    @property
    def body(self) -> str:
        """The article's body: no date line, headline, dateline or sign-off."""
        return self.text[self.body_start : self.body_end]


@attrs.frozen
class TemporalExpression:
    """A temporal expression found in a text, TIMEX3-style.

    Attributes:
        start: Offset of its first character in the text.
        end: Offset just past its last character.
        text: The words, exactly as they stand (``text[start:end]``).
        type: DATE, TIME, DURATION or SET.
        value: The TIMEX3 value (``2025-01-09``, ``2025-W02``, ``P11Y``,
            ``PRESENT_REF``, ``XXXX-XX-XX`` when nothing fixes it).
        mod: The TIMEX3 ``mod`` (``APPROX``, ``START``, ``MORE_THAN``...).
        dates: The days it covers, resolved against the anchor; for a
            duration tied to the anchor ("over the past 11 years") the span it
            covers; ``None`` when it names no calendar days.
        period: When the expression is one end of a range the text states
            ("from March 4 to 6", "the 2025-2029 period"), the whole range;
            both ends carry it. TimeML tags the two ends separately.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    dates: DateRange | None = None
    period: DateRange | None = None


@attrs.frozen
class Source:
    """Where an event was read: the link back to the sentence that says so.

    Attributes:
        article: The article's id.
        published: The article's publication date.
        sentence: The sentence stating the event, exactly as in the article.
        span: Offsets of that sentence in the article's text.
        when_text: The words that date the event, if the sentence has them.
        when_span: Offsets of those words in the article's text.
        basis: Whether the date was stated in the sentence or inferred from
            a related event.
        url: The article's address, if known.
    """

    article: str
    published: DateRange
    sentence: str
    span: tuple[int, int]
    when_text: str | None = None
    when_span: tuple[int, int] | None = None
    basis: DateBasis = DateBasis.STATED
    url: str | None = None


def _sources(values: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(values)


def _participants(values: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(values)


def _names(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _check_times(when: DateRange, start: _dt.datetime | None, end: _dt.datetime | None) -> None:
    """A time of day is aware and falls on the event's days: first day for the start, last for the end."""
    if start is None:
        if end is not None:
            raise ValueError("an event with an end time needs a start time")
        return
    for label, moment, day in (("start", start, when.start), ("end", end, when.end)):
        if moment is None:
            continue
        if moment.utcoffset() is None:
            raise ValueError(f"the {label} time {moment} needs a time zone or a UTC offset")
        if moment.date() != day:
            raise ValueError(f"the {label} time {moment} is not on the event's {label} day {day}")
    if end is not None and end < start:
        raise ValueError(f"an event cannot end ({end}) before it starts ({start})")


_EVENT_NAMESPACE = uuid.UUID("6f1f4a52-2d0c-5b7e-9a35-1d3c2f0e8b11")


@attrs.frozen
class Event:
    """Something that happened, or will, on known days.

    Attributes:
        kind: What sort of event.
        title: A short human title ("Meeting: Hoàng Xuân Chiến, Khamlieng
            Outhakaysone").
        when: The days it covers and how precisely they are known.
        where: The place, if known.
        participants: The people taking part, in the order first written.
        organisations: Bodies taking part or named as the event's frame.
        status: Reported as done, or planned.
        sources: Every sentence that states it, the first one first.
        cameo: The CAMEO event code, refined from the kind's default.
        start_time: For an event known to the minute, when it starts: an
            aware datetime (a named zone such as ``ZoneInfo("Asia/Vientiane")``
            or a fixed offset) on the first day of ``when``; ``None`` for an
            event known to the day or coarser.
        end_time: When such an event ends, on the last day of ``when``;
            ``None`` when not stated.

    An event may also be given an ``id`` (``Event(..., id="...")``), as one
    read from a JSON file keeps the id written there; it is not compared, and
    stays with the event through :func:`attrs.evolve`. Without one, the id is
    derived from the content (see :attr:`id`).
    """

    kind: Kind
    title: str
    when: DateRange
    sources: tuple[Source, ...] = attrs.field(converter=_sources)
    where: Place | None = None
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_participants)
    organisations: tuple[str, ...] = attrs.field(default=(), converter=_names)
    status: Status = Status.REPORTED
    cameo: str | None = attrs.field()
    start_time: _dt.datetime | None = None
    end_time: _dt.datetime | None = None
    _given_id: str | None = attrs.field(default=None, alias="id", kw_only=True, eq=False, repr=False)
    _content_id: str | None = attrs.field(default=None, init=False, eq=False, repr=False)

    @sources.validator
    def _has_a_source(self, _attribute: object, sources: tuple[Source, ...]) -> None:
        if not sources:
            raise ValueError("an event needs at least one source sentence")

    def __attrs_post_init__(self) -> None:
        _check_times(self.when, self.start_time, self.end_time)

    @cameo.default
    def _kind_default_cameo(self) -> str | None:
        return self.kind.cameo

    @property
    def source(self) -> Source:
        """The first (primary) source."""
        return self.sources[0]

    @property
    def id(self) -> str:
        """A stable identifier derived from the event's content.

        The same event read from the same sentence gets the same id on every
        run, so calendars can update rather than duplicate it. An id given
        when the event was made (as JSON files give theirs) comes first.
        """
        if self._given_id is not None:
            return self._given_id
        if self._content_id is not None:
            return self._content_id
        derived = _uuid5(self._content_key())
        object.__setattr__(self, "_content_id", derived)  # a cache, so frozen all the same
        return derived

    def _content_key(self) -> str:
        # Kind, days, title, place, names, article and span, joined by U+001F.
        # Changing this changes every id, and calendars then duplicate events.
        source, where = self.sources[0], self.where
        names = "".join(["\x1f" + person.name for person in self.participants])
        place = "" if where is None else str(where)
        return (
            f"{self.kind._value_}\x1f{self.when.iso()}\x1f{self.title}\x1f{place}{names}"
            f"\x1f{source.article}\x1f{source.span[0]}-{source.span[1]}"
        )


# The SHA-1 state after the namespace, copied for each name rather than hashing the namespace again.
_EVENT_NAMESPACE_SHA1 = hashlib.sha1(_EVENT_NAMESPACE.bytes, usedforsecurity=False)
# The 17th hex digit with the RFC 4122 variant (10xx) set, for each digit the hash may give.
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def _uuid5(name: str) -> str:
    """``str(uuid.uuid5(_EVENT_NAMESPACE, name))``, by hand: the same digits at under a quarter of the cost.

    RFC 4122: the SHA-1 of namespace and name, cut to 128 bits, with the
    version (5) in the 13th hex digit and the variant (10xx) in the 17th.
    """
    sha1 = _EVENT_NAMESPACE_SHA1.copy()
    sha1.update(name.encode())
    digits = sha1.hexdigest()
    return f"{digits[:8]}-{digits[8:12]}-5{digits[13:16]}-{_VARIANT[digits[16]]}{digits[17:20]}-{digits[20:32]}"
