"""Tagger throughput: `timeline.tag` against `dateparser.search_dates`, same documents, same run.

    python benchmarks/bench_tagger.py [--data ../shared/data/te3] [--repeat 5] [--peer-docs 60]

Documents: the two seed articles and, when the shared TempEval-3 data is
present, its 256 training texts (read from ../shared, never copied). Each tool
gets every document with the document's publication date as the anchor
(dateparser: RELATIVE_BASE). Prints articles/s and kB/s for each and the
ratio, plus seed-sized articles per second on one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time
import warnings
from pathlib import Path

import timeline

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data" / "te3"


def documents(data: Path) -> list[tuple[str, str]]:
    """(text, anchor) pairs: the seeds, then the TE3 texts if present."""
    docs = []
    for path in sorted((HERE.parent / "seeds").glob("*.txt")):
        article = timeline.read_article(path)
        docs.append((article.text, article.published.start.isoformat()))
    for name in ("train-timebank.jsonl", "train-aquaint.jsonl"):
        path = data / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                docs.append((record["text"], record["dct"]))
    return docs


def time_ours(docs: list[tuple[str, str]], repeat: int) -> float:
    """Best-of-*repeat* seconds for tagging every document once."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for text, anchor in docs:
            timeline.tag(text, anchor)
        runs.append(time.perf_counter() - started)
    return min(runs)


def time_dateparser(docs: list[tuple[str, str]]) -> float:
    """Seconds for dateparser.search_dates over every document once (after a warm-up call)."""
    from dateparser.search import search_dates  # noqa: PLC0415 - optional peer, imported only here

    warnings.simplefilter("ignore")
    search_dates("warm up on 5 March 2025", settings={"RELATIVE_BASE": dt.datetime(2025, 3, 10)})  # noqa: DTZ001
    started = time.perf_counter()
    for text, anchor in docs:
        base = dt.datetime.fromisoformat(anchor)
        search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=SHARED)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--peer-docs", type=int, default=0, help="give dateparser only the first N documents (0: all)")
    arguments = parser.parse_args()

    docs = documents(arguments.data)
    peer_docs = docs[: arguments.peer_docs] if arguments.peer_docs else docs
    size_kb = sum(len(text.encode("utf-8")) for text, _ in docs) / 1024
    peer_kb = sum(len(text.encode("utf-8")) for text, _ in peer_docs) / 1024

    ours = time_ours(docs, arguments.repeat)
    ours_on_peer_docs = time_ours(peer_docs, arguments.repeat)
    theirs = time_dateparser(peer_docs)

    print(f"documents: {len(docs)} ({size_kb:.0f} kB); dateparser given {len(peer_docs)} ({peer_kb:.0f} kB)")
    print(f"timeline.tag           {len(docs) / ours:9.1f} articles/s  {size_kb / ours:9.1f} kB/s")
    print(f"dateparser.search_dates{len(peer_docs) / theirs:9.1f} articles/s  {peer_kb / theirs:9.1f} kB/s")
    print(f"ratio (same documents) {theirs / ours_on_peer_docs:9.1f}x faster")

    seeds = docs[:2]
    seed_runs = []
    for _ in range(arguments.repeat):
        started = time.perf_counter()
        for _ in range(200):
            for text, anchor in seeds:
                timeline.tag(text, anchor)
        seed_runs.append((time.perf_counter() - started) / 400)
    per_article = statistics.median(seed_runs)
    print(f"seed-sized articles    {1 / per_article:9.0f} articles/s on one core ({per_article * 1e3:.2f} ms each)")


if __name__ == "__main__":
    main()
