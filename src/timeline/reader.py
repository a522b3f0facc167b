"""Reading news articles: the date line, headline, dateline, body and sign-off.

The seed format, and the shapes the same kind of news takes::

     date 2025-01-10 VIENTIANE — Deputy Minister ... — VNS
     date 2025-03
    Vietnam, Laos boost peacekeeping cooperation
    Hanoi (VNA) – Prime Minister ... /.
    TOKYO, Sept. 28 (Jiji Press)-- ...
    MOSCOW, June 11. /TASS/. ...

>>> article = parse_article(" date 2025-01-10 VIENTIANE — The ministers met on Thursday. — VNS")
>>> article.published.iso(), str(article.dateline), article.outlet
('2025-01-10', 'Vientiane, Laos', 'Viet Nam News')
>>> article.body
'The ministers met on Thursday.'

Plain text needs the publication date from the caller:

>>> parse_article("The talks ended on Monday.", published="2025-03-31").published.iso()
'2025-03-31'
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

import attrs

from timeline._heads import OUTLETS, PHOTO_CREDIT, head, outlet_country, sign_off
from timeline.dates import DateRange, Precision
from timeline.exceptions import ArticleFormatError, DateFormatError
from timeline.model import Article, Diagnostic, Severity

__all__ = [
    "OUTLETS",
    "PHOTO_CREDIT",
    "Articles",
    "date_line",
    "outlet_country",
    "parse_article",
    "read_article",
    "read_articles",
]

PathLike = str | os.PathLike[str]

_DATE_LINE = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(?P<date>\S+)[ \t]*")
# What a mistyped date line looks like: "Date 2025-04-10", " DATE ...", "date: ...", a bare date, blank lines first.
_NEAR_DATE_LINE = re.compile(
    r"\A\ufeff?\s{0,200}?(?:date\s{0,3}:?\s{0,3})?(?P<date>\d{4}-\d{2}(?:-\d{2})?)\b", re.IGNORECASE
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?\Z")


@attrs.frozen
class Articles:
    """Articles read in a batch, and the problems met on the way.

    Iterating gives the articles; ``diagnostics`` lists the files that were
    skipped (lenient mode) and why.
    """

    articles: tuple[Article, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, index: int) -> Article:
        return self.articles[index]


def parse_article(  # noqa: PLR0913 - the text, and what the caller knows of it
    text: str,
    *,
    id: str | None = None,  # noqa: A002 - the field is called id everywhere
    published: DateRange | str | None = None,
    path: str | None = None,
    url: str | None = None,
    default_published: DateRange | str | None = None,
) -> Article:
    """Read an article from *text*.

    Args:
        text: The article, in the seed format or plain.
        id: Its identifier; by default a hash of the text.
        published: The publication date. Given, it wins over the date line;
            required when the text has no date line (unless *default_published*).
        path: The file it came from, for error messages.
        url: Where it was published.
        default_published: The publication date for a text with no date line
            (a date line wins over it).

    Raises:
        ArticleFormatError: No usable publication date, or no body.
    """
    if "\x00" in text:
        raise ArticleFormatError(
            "is binary, not text", path=path, offset=text.index("\x00"),
            hint="pass a UTF-8 text file",
        )  # fmt: skip
    stated, cursor = date_line(text, path)
    if published is not None:
        published = published if isinstance(published, DateRange) else _publication(published, path)
    if published is None and stated is None and default_published is not None:
        published = (
            default_published if isinstance(default_published, DateRange) else _publication(default_published, path)
        )
    published = published or stated
    if published is None:
        near = _NEAR_DATE_LINE.match(text)
        hint = "start the file with a line ' date YYYY-MM-DD', or give the date (--published / published=)"
        if near:  # "Date 2025-04-10", "date: 2025-04-10", a bare "2025-04-10"
            line = text.count("\n", 0, near.start("date")) + 1
            where = "" if line == 1 else ", and make it the first line"
            written = f"' date {near['date']}' (a space, then 'date' in lower case)"
            hint = f"line {line} looks like one: write it {written}{where}"
        raise ArticleFormatError("has no publication date", path=path, line=1, hint=hint)
    title, dateline, outlet, body_start = head(text, cursor)
    body_end, signed = sign_off(text, body_start)
    outlet = outlet or signed
    if not text[body_start:body_end].strip():
        raise ArticleFormatError(
            "has a date line but no text" if stated else "has no text", path=path, line=_line_of(text, body_start),
            offset=body_start, hint="check that the file holds the article body",
        )  # fmt: skip
    identifier = id or hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]
    return Article(identifier, text, published, body_start, body_end, dateline, title, outlet, url, path)


def read_article(
    source: PathLike | TextIO,
    *,
    published: DateRange | str | None = None,
    url: str | None = None,
    id: str | None = None,  # noqa: A002
    default_published: DateRange | str | None = None,
) -> Article:
    """Read one article from a file path, or from an open text stream such as ``sys.stdin``.

    The id defaults to the file name without its extension. *published* and
    *default_published* are :func:`parse_article`'s.

    Raises:
        ArticleFormatError: The file is missing, unreadable, not UTF-8, or not an article.
    """
    if not isinstance(source, str | os.PathLike):
        name = getattr(source, "name", "<stdin>")
        return parse_article(
            source.read(), id=id or "stdin", published=published, path=str(name), url=url,
            default_published=default_published,
        )  # fmt: skip
    path = Path(source)
    text = _read_text(path)
    return parse_article(
        text, id=id or path.stem, published=published, path=str(path), url=url, default_published=default_published
    )


def read_articles(
    sources: PathLike | Iterable[PathLike],
    *,
    published: DateRange | str | None = None,
    strict: bool = False,
    default_published: DateRange | str | None = None,
) -> Articles:
    """Read every article in *sources*: files, directories (their ``*.txt``, subfolders too) and ``-`` for stdin.

    Lenient by default: a file that cannot be read as an article is skipped
    and reported in :attr:`Articles.diagnostics`; with ``strict=True`` the
    first such file raises. *published* dates every article, over its date
    line; *default_published* only those without one.

    >>> batch = read_articles("seeds")
    >>> [a.id for a in batch]
    ['000_6a2728f59d67f626', '003_697a9bb8007d5189']

    Raises:
        ArticleFormatError: With ``strict=True``, for the first file that is
            missing or cannot be read as an article.
    """
    paths = [sources] if isinstance(sources, str | os.PathLike) else list(sources)
    articles: list[Article] = []
    diagnostics: list[Diagnostic] = []
    for path, name in _expand(paths):
        try:
            article = read_article(
                sys.stdin if str(path) == "-" else path,
                id=name,
                published=published,
                default_published=default_published,
            )
        except ArticleFormatError as error:
            if strict:
                raise
            diagnostics.append(Diagnostic(error.detail, Severity.ERROR, error.path, error.line, error.offset))
            continue
        articles.append(article)
    return Articles(tuple(articles), tuple(diagnostics))


# -- the parts of an article -------------------------------------------------------


def date_line(text: str, path: str | None = None) -> tuple[DateRange | None, int]:
    """The date on a leading ' date YYYY-MM-DD' line, and the offset just after it.

    Returns ``(None, 0)`` when the text has no date line.

    Raises:
        ArticleFormatError: The date line holds something that is not a date.
    """
    found = _DATE_LINE.match(text)
    if not found:
        return None, 0
    value = found["date"]
    if not _ISO_DATE.match(value):
        raise ArticleFormatError(
            f"the date line says {value!r}", path=path, line=1, column=found.start("date") + 1,
            offset=found.start("date"), hint="write it as YYYY-MM-DD or YYYY-MM",
        )  # fmt: skip
    return _publication(value, path, found.start("date")), found.end()


def _publication(value: str, path: str | None, offset: int | None = None) -> DateRange:
    try:
        published = DateRange.parse(value)
    except DateFormatError:
        raise ArticleFormatError(
            f"{value!r} is not a calendar date", path=path, line=1 if offset is not None else None,
            column=None if offset is None else offset + 1, offset=offset, hint="write it as YYYY-MM-DD or YYYY-MM",
        ) from None  # fmt: skip
    if published.precision not in {Precision.DAY, Precision.MONTH}:
        raise ArticleFormatError(
            f"{value!r} gives only a year", path=path, offset=offset,
            hint="a publication date needs at least the month: YYYY-MM",
        )  # fmt: skip
    return published


# -- files -----------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    """The file's text, decoded as UTF-8 with line endings kept as they are."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleFormatError("no such file", path=str(path), hint="check the path") from None
    except IsADirectoryError:
        raise ArticleFormatError("is a directory", path=str(path), hint="use read_articles() for a folder") from None
    except OSError as error:
        raise ArticleFormatError(f"cannot be read ({error.strerror})", path=str(path)) from None
    if not data.strip():
        raise ArticleFormatError("is empty", path=str(path), hint="an article needs a date line and a body")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ArticleFormatError(
            f"is not UTF-8 (byte 0x{data[error.start]:02x})", path=str(path), line=line,
            offset=error.start, hint="re-save the file as UTF-8",
        ) from None  # fmt: skip


def _expand(paths: list[PathLike]) -> Iterator[tuple[PathLike, str | None]]:
    """Each file once, with its id; a directory's ``*.txt`` at any depth, hidden folders aside.

    "seeds/ seeds/" or "seeds/ seeds/a.txt" reads a file once. A file in a
    subfolder is named by its path from the folder given ("2024/a" for
    ``archive/2024/a.txt``), so two ``a.txt`` of two years stay two articles;
    any other file by its name alone (``None``: :func:`read_article`'s default).
    """
    seen: set[Path] = set()
    for path in paths:
        if str(path) == "-":
            yield path, None
            continue
        candidate = Path(path)
        files = _texts_under(candidate) if candidate.is_dir() else [candidate]
        for file in files:
            resolved = file.resolve()
            if resolved not in seen:
                seen.add(resolved)
                nested = candidate.is_dir() and file.parent != candidate
                yield file, file.relative_to(candidate).with_suffix("").as_posix() if nested else None


def _texts_under(folder: Path) -> list[Path]:
    """The ``*.txt`` files in *folder* and its subfolders, in path order; none under a hidden folder (``.git``)."""
    found = (
        file
        for file in folder.rglob("*.txt")
        if not any(part.startswith(".") for part in file.relative_to(folder).parts[:-1])
    )
    return sorted(found, key=lambda file: file.relative_to(folder).parts)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
