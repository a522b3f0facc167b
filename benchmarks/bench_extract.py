"""Extraction against tagging alone: how much the extractor adds to the tagger, same articles, same run.

    python benchmarks/bench_extract.py [--texts eval/devset/texts] [--repeat 5]

Articles: the two seed articles and, when the dev set's texts have been
fetched (see ``eval/devset/README.md``), its real articles. For each set it
times `timeline.tag` and `timeline.extract` (which tags too) over every
article, best of *repeat* runs, and prints articles/s of each and the ratio.
The extractor's target is at most twice the tagger's time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import timeline

HERE = Path(__file__).resolve().parent


def best_seconds(articles: list[timeline.Article], step: Callable[[timeline.Article], object], repeat: int) -> float:
    """Best-of-*repeat* seconds for running *step* on every article once."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for article in articles:
            step(article)
        runs.append(time.perf_counter() - started)
    return min(runs)


def report(name: str, articles: list[timeline.Article], repeat: int) -> None:
    """Print one line of throughputs and the ratio for *articles*."""
    tagging = best_seconds(articles, timeline.tag, repeat)
    extracting = best_seconds(articles, timeline.extract, repeat)
    print(
        f"{name:<10} {len(articles):>4} articles  tag {len(articles) / tagging:8.0f}/s  "
        f"extract {len(articles) / extracting:8.0f}/s  extract/tag time {extracting / tagging:5.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=HERE.parent / "eval" / "devset" / "texts")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    report("seeds", list(timeline.read_articles(HERE.parent / "seeds")), args.repeat * 10)
    if args.texts.is_dir() and any(args.texts.iterdir()):
        report("dev set", list(timeline.read_articles(args.texts)), args.repeat)
    else:
        print(f"dev set    not found at {args.texts}: fetch it as eval/devset/README.md says")


if __name__ == "__main__":
    main()
