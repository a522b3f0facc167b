"""The errors ``timeline`` raises.

Every error derives from :class:`TimelineError`; each specific error also derives
from the builtin it stands in for, so ``except ValueError`` keeps working. Errors
carry *where* (file, line, column, character offset) and *what*, and their
message ends with what to do next.

This module imports nothing from the rest of the package.
"""

from __future__ import annotations

__all__ = [
    "ArticleFormatError",
    "DateFormatError",
    "TimelineError",
    "TimelineFormatError",
]


class TimelineError(Exception):
    """The root of every error ``timeline`` raises on purpose."""


class _LocatedError(TimelineError):
    """An error about a place in some input: a file, a line, an offset.

    Attributes:
        problem: What is wrong, in a few words.
        path: The file, or ``None`` for text that came from memory or stdin.
        line: 1-based line number, or ``None`` when not known.
        column: 1-based column, or ``None``.
        offset: 0-based character offset into the text, or ``None``.
        hint: What the user can do about it.
    """

    def __init__(  # noqa: PLR0913 - each field is a distinct piece of context
        self,
        problem: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        offset: int | None = None,
        hint: str = "",
    ) -> None:
        self.problem = problem
        self.path = path
        self.line = line
        self.column = column
        self.offset = offset
        self.hint = hint
        super().__init__(self._render())

    @property
    def where(self) -> str:
        """``file:line:column``, as much of it as is known."""
        parts = [self.path or "<text>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    @property
    def detail(self) -> str:
        """The message without where: the problem, the offset and the hint (a diagnostic says where itself)."""
        return self._render().removeprefix(f"{self.where}: ")

    def _render(self) -> str:
        message = f"{self.where}: {self.problem}"
        if self.offset is not None:
            message += f" (at character {self.offset})"
        if self.hint:
            message += f". {self.hint[:1].upper()}{self.hint[1:]}"
        return message


class ArticleFormatError(_LocatedError, ValueError):
    """A file or text could not be read as a news article."""


class TimelineFormatError(_LocatedError, ValueError):
    """A serialised timeline (JSON, JSON Lines, iCalendar) could not be read."""


class DateFormatError(TimelineError, ValueError):
    """A date given by the caller is not a date ``timeline`` can use.

    Attributes:
        value: The text that was given.
        expected: The forms that are accepted.
    """

    def __init__(self, value: str, expected: str = "YYYY-MM-DD") -> None:
        self.value = value
        self.expected = expected
        super().__init__(f"{value!r} is not a date: write it as {expected}")
