"""Reading articles: the seed format, the datelines and sign-offs of other outlets, and bad input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import timeline
from timeline import ArticleFormatError, Precision


@pytest.mark.parametrize(
    ("text", "place", "outlet", "body"),
    [
        (
            " date 2025-01-10 VIENTIANE — The ministers met. — VNS",
            ("Vientiane", "Laos"),
            "Viet Nam News",
            "The ministers met.",
        ),
        (
            " date 2025-03-31\nHÀ NỘI — The army met on Monday.\n\nMore. — VNS",
            ("Hà Nội", "Viet Nam"),
            "Viet Nam News",
            "The army met on Monday.\n\nMore.",
        ),
        (
            " date 2025-03-31\nHanoi (VNA) – Leaders met on Monday. /.",
            ("Hà Nội", "Viet Nam"),
            "Vietnam News Agency",
            "Leaders met on Monday.",
        ),
        (
            " date 2025-03-31\nPHNOM PENH – Drills began.\n-VNA",
            ("Phnom Penh", "Cambodia"),
            "Vietnam News Agency",
            "Drills began.",
        ),
        (
            " date 2024-09-30\nTOKYO, Sept. 28 (Jiji Press)--Ministers met on Saturday.",
            ("Tokyo", "Japan"),
            "Jiji Press",
            "Ministers met on Saturday.",
        ),
        (
            " date 2024-06-12\nMOSCOW, June 11. /TASS/. Talks were held on Tuesday.",
            ("Moscow", "Russia"),
            "TASS",
            "Talks were held on Tuesday.",
        ),
        (
            " date 2024-03-06\nBEIJING, March 5 (Xinhua) -- The premier spoke.",
            ("Beijing", "China"),
            "Xinhua",
            "The premier spoke.",
        ),
        (
            " date 2024-03-06\nAKP Phnom Penh, March 5, 2024 —The premier received guests here.",
            ("Phnom Penh", "Cambodia"),
            "Agence Kampuchea Presse",
            "The premier received guests here.",
        ),
    ],
)
def test_datelines_and_sign_offs(text: str, place: tuple[str, str], outlet: str, body: str) -> None:
    """Each outlet's dateline gives a normalised place and the outlet; the sign-off is not body."""
    article = timeline.parse_article(text)
    assert article.dateline is not None
    assert place == (article.dateline.name, article.dateline.country)
    assert outlet == article.outlet
    assert body == article.body


def test_headline_before_the_dateline() -> None:
    """Lines between the date line and the dateline are the headline (or photo caption)."""
    article = timeline.parse_article(" date 2025-03-31\nViet Nam, Laos boost peacekeeping ties\nHÀ NỘI — Text.")
    assert ("Viet Nam, Laos boost peacekeeping ties", "Text.") == (article.title, article.body)


@pytest.mark.parametrize(
    "text",
    [
        " date 2025-03-31\nLaos, Viet Nam talk border work\nThe generals met on Monday.\n(Photo: VNA)Hanoi (VNA) -\nMore.",
        " date 2025-03-31\nBorder talks\nA general speaks on Monday. (Photo: VNA)Hanoi (VNA) – The talks went well.",
    ],
)
def test_dateline_after_a_photo_credit(text: str) -> None:
    """A dateline printed right after a caption's photo credit names the place; the caption stays in the body."""
    article = timeline.parse_article(text)
    assert (("Hà Nội", "Viet Nam"), "Vietnam News Agency", True) == (
        (article.dateline.name, article.dateline.country) if article.dateline else None,
        article.outlet,
        " on Monday." in article.body,
    )


def test_month_only_date_line_is_a_month() -> None:
    """' date 2025-03' is a publication date known to the month, not 1 March."""
    article = timeline.parse_article(" date 2025-03\nHanoi (VNA) – Talks were held. /.")
    assert (article.published.precision, article.published.start.isoformat(), article.published.end.isoformat()) == (
        Precision.MONTH, "2025-03-01", "2025-03-31",
    )  # fmt: skip


def test_plain_text_takes_the_callers_date() -> None:
    """Text without a date line needs the date from the caller, and then reads fine."""
    article = timeline.parse_article("Officials met on Monday.", published="2025-03-31", id="note")
    assert ("note", "2025-03-31", "Officials met on Monday.") == (article.id, article.published.iso(), article.body)


def test_plain_text_without_a_date_is_refused() -> None:
    """No date line and no date from the caller: a typed error that says what to do."""
    with pytest.raises(ArticleFormatError, match=r"no publication date.*date YYYY-MM-DD"):
        timeline.parse_article("Officials met on Monday.")


def test_bad_date_line_names_line_and_column(tmp_path: Path) -> None:
    """A date line with a non-date names the file, line 1 and the column of the date."""
    path = tmp_path / "bad.txt"
    path.write_text(" date 2025-02-30 HANOI — Text.", encoding="utf-8")
    with pytest.raises(ArticleFormatError) as caught:
        timeline.read_article(path)
    assert (caught.value.path, caught.value.line, caught.value.column) == (str(path), 1, 7)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b" date 2025-01-10 \xff\xfe bad", "not UTF-8"),
        (b" date 2025-01-10 HANOI \x00 x", "binary"),
        (b" date 2025-01-10\n\n", "no text"),
        (b" date 2025 HANOI - Text", "date line says '2025'"),
        (b" date yesterday HANOI - Text", "date line says"),
    ],
)
def test_unreadable_files_raise_typed_errors(tmp_path: Path, content: bytes, problem: str) -> None:
    """Empty, non-UTF-8, binary and dateless files raise ArticleFormatError naming the file."""
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleFormatError, match=problem) as caught:
        timeline.read_article(path)
    assert str(path) in str(caught.value)


def test_lenient_batch_skips_bad_files_and_reports_them(tmp_path: Path) -> None:
    """In a folder, a bad file is reported as a diagnostic and the others are read."""
    (tmp_path / "a.txt").write_text(" date 2025-01-10 HANOI — Talks were held on Thursday.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe")
    batch = timeline.read_articles(tmp_path)
    assert ["a"] == [article.id for article in batch]
    assert len(batch.diagnostics) == 1
    assert batch.diagnostics[0].path == str(tmp_path / "b.txt")
    assert batch.diagnostics[0].severity is timeline.Severity.ERROR


def test_a_folder_is_read_with_its_subfolders_each_file_named_by_its_path(tmp_path: Path) -> None:
    """archive/a.txt, archive/2024/a.txt, archive/2025/b.txt: three articles, "a", "2024/a", "2025/b"; not .git."""
    story = " date 2025-01-10\nHANOI — Talks were held on Thursday."
    for name in ("a.txt", "2024/a.txt", "2025/b.txt", ".git/c.txt", "notes.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(story, encoding="utf-8")
    batch = timeline.read_articles([tmp_path, tmp_path / "2024"])  # the subfolder's file is read once
    assert [article.id for article in batch] == ["2024/a", "2025/b", "a"]
    assert [event.source.article for event in timeline.extract(batch)] == ["2024/a", "2025/b", "a"]


def test_strict_batch_raises_at_the_first_bad_file(tmp_path: Path) -> None:
    """strict=True turns the first unreadable file into an exception."""
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.raises(ArticleFormatError, match="is empty"):
        timeline.read_articles(tmp_path, strict=True)


def test_line_endings_and_offsets_are_kept(tmp_path: Path) -> None:
    """CRLF files keep their bytes, so offsets index the text exactly as read."""
    path = tmp_path / "crlf.txt"
    path.write_bytes(" date 2025-01-10\r\nHÀ NỘI — The ministers met on Thursday.\r\n".encode())
    article = timeline.read_article(path)
    assert "\r\n" in article.text
    assert article.body == "The ministers met on Thursday."
    assert article.text[article.body_start : article.body_end] == article.body


def test_reading_from_a_stream() -> None:
    """An open text stream (stdin) reads like a file."""
    article = timeline.read_article(io.StringIO(" date 2025-01-10 HANOI — The ministers met."))
    assert article.body == "The ministers met."
