"""Every ``>>>`` example in the README, docs/ and the package's docstrings runs and holds."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import timeline
from conftest import ROOT

MARKDOWN = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
MODULES = sorted(
    name for _, name, _ in pkgutil.walk_packages(timeline.__path__, "timeline.") if not name.endswith("__main__")
)
FLAGS = doctest.ELLIPSIS


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_markdown_examples_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The examples in each Markdown file give the output written under them."""
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(path), module_relative=False, optionflags=FLAGS, encoding="utf-8")
    assert result.failed == 0


@pytest.mark.parametrize("name", ["timeline", *MODULES])
def test_docstring_examples_run(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The examples in each module's docstrings give the output written under them."""
    monkeypatch.chdir(ROOT)
    result = doctest.testmod(importlib.import_module(name), optionflags=FLAGS)
    assert result.failed == 0


def test_the_docs_have_examples() -> None:
    """The user-facing pages carry runnable examples, so this suite really checks them."""
    pages = {path.name: doctest.DocTestParser().get_examples(path.read_text(encoding="utf-8")) for path in MARKDOWN}
    assert all(pages[name] for name in ("README.md", "getting-started.md", "json.md"))
