"""Inter-annotator agreement on the speaker gold: a second, independent annotation of set 18 against the first.

The second annotator worked from the article text and the written rules only (never the first annotation, never
the extractor), so the score is the ceiling that the written rules allow, measured with the same per-paragraph
micro P/R/F1 as ``speakers_eval.py`` (the first annotation is the gold, the second the prediction).

    python bench/speakers_agreement.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speakers_eval import prf, score  # noqa: E402

US = Path(__file__).resolve().parent.parent / "tests" / "data" / "speakers_us"


def _rows(path: Path) -> dict[tuple[str, int], list[str]]:
    out = {}
    for ln in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(ln)
        out[(r["file"], r["paragraph"])] = r["speakers"]
    return out


def main(argv: list[str]) -> int:
    first = _rows(US / "gold.jsonl")
    second = _rows(US / "agreement" / "set18_second_annotator.jsonl")
    tp = n2 = n1 = 0
    for key, s2 in second.items():
        t, a, b = score(s2, first[key])
        tp, n2, n1 = tp + t, n2 + a, n1 + b
        if "-v" in argv and (t != a or t != b):
            print(f"{key[0]} #{key[1]}\n    first ={first[key]}\n    second={s2}")
    p, r, f = prf(tp, n2, n1)
    print(f"paragraphs={len(second)} second vs first: P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} second={n2} first={n1})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
