"""Tag the TempEval-3 training data with `timeline.tag` and score it with the team's scorer.

    python eval/te3_run.py [--data ../shared/data/te3] [--scorer ../shared/eval/te3_score.py]
                           [--errors N] [--classes N] [--out DIR]

Prints, per split (TimeBank, AQUAINT) and for both together, the scorer's strict,
relaxed, value and type figures, then the most frequent error classes. The data
is read from ../shared and never copied into the project.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import re
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import timeline

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
SPLITS = {"timebank": "train-timebank.jsonl", "aquaint": "train-aquaint.jsonl"}


def load_scorer(path: Path) -> ModuleType:
    """The shared TE3 scorer, loaded from its file (it is not a package)."""
    spec = importlib.util.spec_from_file_location("te3_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(documents: list[dict]) -> list[dict]:
    """Our expressions for each document, in the scorer's JSON Lines shape."""
    predictions = []
    for document in documents:
        found = timeline.tag(document["text"], document["dct"])
        predictions.append(
            {
                "doc": document["doc"],
                "timexes": [
                    {"start": e.start, "end": e.end, "type": e.type.value, "value": e.value, "text": e.text}
                    for e in found
                ],
            }
        )
    return predictions


def error_class(error: dict) -> str:
    """A coarse class for one scorer error: what went wrong, on what shape of words."""
    kind = error["kind"]
    shape_of = error.get("gold") or error.get("pred")
    words = re.sub(r"\d", "9", shape_of["text"].lower()) if shape_of and shape_of.get("text") else "?"
    words = re.sub(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", "<weekday>", words)
    words = re.sub(
        r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
        r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?",
        "<month>",
        words,
    )
    if kind == "mismatch":
        what = []
        if error["span"] != "exact":
            what.append("extent")
        if not error["type_ok"]:
            what.append(f"type {error['gold']['type']}->{error['pred']['type']}")
        if not error["value_ok"]:
            what.append("value")
        return f"{'+'.join(what)}: {words}"
    return f"{kind}: {words}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=SHARED / "data" / "te3")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "te3_score.py")
    parser.add_argument("--errors", type=int, default=0, help="print this many individual errors")
    parser.add_argument("--classes", type=int, default=10, help="print this many error classes")
    parser.add_argument("--out", type=Path, help="keep the prediction files here")
    arguments = parser.parse_args(argv)
    scorer = load_scorer(arguments.scorer)
    out = arguments.out or Path(tempfile.mkdtemp(prefix="te3-"))
    out.mkdir(parents=True, exist_ok=True)
    all_gold: dict[str, dict] = {}
    all_pred: dict[str, dict] = {}
    for split, name in SPLITS.items():
        path = arguments.data / name
        documents = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        predictions = predict(documents)
        prediction_path = out / f"pred-{split}.jsonl"
        prediction_path.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
        gold, pred = scorer.load(str(path)), scorer.load(str(prediction_path))
        all_gold.update(gold)
        all_pred.update(pred)
        print(f"== {split} ({len(documents)} documents)")
        print(scorer.report(scorer.score(gold, pred)))
    print("== both")
    result = scorer.score(all_gold, all_pred, n_errors=100_000)
    print(scorer.report({**result, "errors": []}, per_type=True))
    classes = collections.Counter(error_class(e) for e in result["errors"])
    print(f"\nTop {arguments.classes} error classes (of {len(result['errors'])} errors):")
    for label, count in classes.most_common(arguments.classes):
        print(f"{count:5d}  {label}")
    for error in result["errors"][: arguments.errors]:
        print(json.dumps(error, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
