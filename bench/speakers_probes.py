"""Score :func:`newsearch.speakers.extract_speakers` on the probe sets of sessions 17 and 18.

    python bench/speakers_probes.py [--set multi|references|realistic_a|realistic_b] [--errors]

``tests/data/speakers_probes/multi.jsonl``: 218 short news paragraphs in which two or more parties communicate
(and 47 traps with one or none), each after a lead paragraph that introduces the names: ``{"lead", "text",
"expected", "why"}``; only ``text`` is scored. ``references.jsonl``: 150 short articles (604 paragraphs) whose
speakers are given by pronouns and descriptions (``the Ohio Democrat``, ``the company``, ``they said``):
``{"paragraphs", "expected", "why"}``, every paragraph scored. Both were written by helpers who had not seen the
extractor, from the issue's rules (invented names; names resolve to the fullest form given; titles dropped;
described sources kept as written). Their expected answers were not reviewed one by one: a few are debatable (an
organisation's "issued a warning" is speech by our rules, not by the writer's), so read the figure as a probe, not a
gold standard. ``realistic_a.jsonl`` and ``realistic_b.jsonl`` (session 18): 40 invented articles each (398 and 367
paragraphs) in the styles of wire services and of newspapers and magazines, across two dozen beats, written the same
way and in the same format as ``references.jsonl``; they were scored before any rule was written from them (0.886
and 0.820). Scoring is the evaluator's: micro P/R/F1 over (paragraph, speaker) pairs, ``names_match``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from newsearch.speakers import extract_speakers  # noqa: E402
from speakers_eval import prf, score  # noqa: E402

PROBES = ROOT / "tests" / "data" / "speakers_probes"
SETS = {"multi": PROBES / "multi.jsonl", "references": PROBES / "references.jsonl",
        "realistic_a": PROBES / "realistic_a.jsonl", "realistic_b": PROBES / "realistic_b.jsonl"}


def run(path: Path, show_errors: bool) -> tuple[int, int, int, int, int]:
    """(items, wrong paragraphs, tp, predicted, gold) of one probe file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = npred = ngold = wrong = 0
    for row in rows:
        if "paragraphs" in row:
            paras, expected = row["paragraphs"], row["expected"]
        else:
            paras, expected = [row["lead"], row["text"]], [None, row["expected"]]
        for k, (got, exp) in enumerate(zip(extract_speakers(paras), expected, strict=True)):
            if exp is None:
                continue
            a, b, c = score(list(got), exp)
            tp, npred, ngold = tp + a, npred + b, ngold + c
            if not a == b == c:
                wrong += 1
                if show_errors:
                    print(f"--- [{row.get('why', '')}] #{k}\n    {paras[k]}\n    expected={exp}\n    got={list(got)}")
    return len(rows), wrong, tp, npred, ngold


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), help="only this probe set")
    ap.add_argument("--errors", action="store_true", help="print every paragraph that is not exactly right")
    args = ap.parse_args(argv)
    for name, path in SETS.items():
        if args.set and name != args.set:
            continue
        items, wrong, tp, npred, ngold = run(path, args.errors)
        p, r, f = prf(tp, npred, ngold)
        print(f"{name:<12} {items} items, {wrong} paragraphs not exactly right; P={p:.3f} R={r:.3f} F1={f:.3f} "
              f"(tp={tp} pred={npred} gold={ngold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
