"""The `timeline` command: extract and tag, and one clear line for user mistakes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from ical.calendar_stream import IcsCalendarStream

from conftest import ROOT, SEEDS
from timeline.cli import main


def run(*arguments: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own command, fixed arguments
        [sys.executable, "-m", "timeline", *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_extract_writes_ics_and_prints_a_table(tmp_path: Path) -> None:
    """The quick start's command writes a calendar the strict parser reads, and a table."""
    output = tmp_path / "seeds.ics"
    result = run("extract", str(SEEDS), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "2025-01-09" in result.stdout
    assert "Wrote 3 of 6 events" in result.stdout
    events = IcsCalendarStream.calendar_from_ics(output.read_text(encoding="utf-8")).events
    assert len(events) == 3


def test_version_is_the_installed_one(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the installed distribution's version, which timeline.__version__ also gives."""
    from importlib.metadata import version  # noqa: PLC0415

    import timeline  # noqa: PLC0415 - the attribute under test is read lazily

    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"timeline {version('news-timeline')}\n"
    assert timeline.__version__ == version("news-timeline")
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        _ = timeline.nonsense  # type: ignore[attr-defined]


def test_extract_json_to_stdout() -> None:
    """--format json prints the contract document."""
    result = run("extract", "--format", "json", str(SEEDS))
    document = json.loads(result.stdout)
    assert len(document["events"]) == 6


def test_from_and_to_filter(capsys: pytest.CaptureFixture[str]) -> None:
    """--from/--to keep events that may fall in the range."""
    assert main(["extract", str(SEEDS), "--from", "2025-03", "--to", "2025-03", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert {e["kind"] for e in document["events"]} == {"meeting", "deployment", "plan"}
    assert all(e["start"] <= "2025-03-31" and e["end"] >= "2025-03-01" for e in document["events"])


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["extract", "no/such/file.txt"], "no such file"),
        (["extract", str(SEEDS), "--from", "2025-13-01"], "is not a calendar date"),
        (["tag", "--dct", "yesterday", str(SEEDS / "000_6a2728f59d67f626.txt")], "is not a date"),
        (["tag", "no/such/file.txt"], "no such file"),
    ],
)
def test_user_mistakes_exit_2_with_one_line(arguments: list[str], message: str) -> None:
    """A missing file or bad date: one line on stderr, status 2, no traceback."""
    result = run(*arguments)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_tag_prints_json_lines_with_offsets() -> None:
    """tag prints one object per expression; offsets slice the text as read."""
    path = SEEDS / "003_697a9bb8007d5189.txt"
    text = path.read_text(encoding="utf-8")
    lines = [json.loads(line) for line in run("tag", str(path)).stdout.splitlines()]
    assert [(x["text"], x["type"], x["value"]) for x in lines] == [
        ("Monday", "DATE", "2025-03-31"),
        ("the past nearly 11 years", "DURATION", "P11Y"),
    ]
    assert all(text[x["start"] : x["end"]] == x["text"] for x in lines)


def test_tag_reads_stdin_with_an_anchor() -> None:
    """`timeline tag --dct DATE -` tags standard input."""
    result = run("tag", "--dct", "2025-01-10", "-", stdin="Talks end tomorrow.")
    assert [json.loads(line)["value"] for line in result.stdout.splitlines()] == ["2025-01-11"]


def test_a_bad_file_in_a_batch_is_reported_and_skipped(tmp_path: Path) -> None:
    """Lenient by default: the unreadable file is named on stderr, the rest still extracted."""
    (tmp_path / "good.txt").write_text(" date 2025-01-10 HANOI — Ministers met on Thursday.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff")
    result = run("extract", str(tmp_path), "--format", "json")
    assert result.returncode == 0
    assert "bad.txt" in result.stderr
    assert len(json.loads(result.stdout)["events"]) == 1


def test_an_output_that_cannot_be_written_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o into a missing folder, onto a folder, or with an extension no format has: one line, status 2."""
    for output, problem in (
        (tmp_path / "missing" / "x.ics", "cannot write it"),
        (tmp_path, "cannot write it"),
        (tmp_path / "events.csv", "no format has the extension '.csv'"),
    ):
        assert main(["extract", str(SEEDS), "-o", str(output)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert problem in err


def test_extract_writes_every_format_the_other_commands_write(tmp_path: Path) -> None:
    """'-o events.jsonl' is JSON Lines (it was the text table), and the table says each event's status."""
    output = tmp_path / "events.jsonl"
    assert main(["extract", str(SEEDS), "-o", str(output), "-q"]) == 0
    lines = output.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["status"] for line in lines].count("planned") == 2
    assert "STATUS" in run("extract", str(SEEDS)).stdout.splitlines()[0]


def test_a_mistyped_date_line_is_named_and_said_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'Date 2025-04-10' gets a hint at what to write; the file is named once; an empty folder says so."""
    article = tmp_path / "a.txt"
    article.write_text("Date 2025-04-10\n\nHANOI — The two ministers met on Monday.\n", encoding="utf-8")
    assert main(["extract", str(article)]) == 2
    err = capsys.readouterr().err
    assert "write it ' date 2025-04-10'" in err
    assert err.count(str(article)) == 1
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.md").write_text("x", encoding="utf-8")
    assert main(["extract", str(tmp_path / "notes")]) == 2
    assert "no *.txt file in or under" in capsys.readouterr().err


def test_published_dates_only_the_files_without_a_date_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--published is for undated files: the seeds keep their own date lines beside one."""
    undated = tmp_path / "undated.txt"
    undated.write_text("Lao Defence Minister Chansamone Chanyalath met his Thai counterpart on Monday.\n", "utf-8")
    assert main(["extract", str(SEEDS), str(undated), "--published", "2020-01-01", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    published = {e["source"]["article"]: e["source"]["published"] for e in document["events"]}
    assert published == {
        "000_6a2728f59d67f626": "2025-01-10",
        "003_697a9bb8007d5189": "2025-03-31",
        "undated": "2020-01-01",
    }


def test_a_file_named_twice_is_read_once(capsys: pytest.CaptureFixture[str]) -> None:
    """'seeds/ seeds/ seeds/one.txt' reads each seed once: no event twice, no .ics UID twice."""
    one = SEEDS / "000_6a2728f59d67f626.txt"
    assert main(["extract", str(SEEDS), str(SEEDS), str(one), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert len(document["events"]) == len({e["id"] for e in document["events"]}) == 6
