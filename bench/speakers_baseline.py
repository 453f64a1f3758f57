"""Calibration: the issue's "quote-and-said-verb regex" baseline, re-implemented, scored on our own sets.

The issue reports F1 0.55 for such a regex on its hidden gold set. Scoring a regex of that kind on our sets tells
whether they are harder or easier than the hidden set (docs/speakers.md, "Calibration"). Two variants:

* ``quote``: a name next to a quotation mark and a said-verb (``"…," Name said``, ``"…," said Name``,
  ``Name said: "…"``) in paragraphs with quotation marks;
* ``any``: also ``Name said`` anywhere, ``said Name``, ``according to Name``, and he/she as the last name found.

Titles are dropped from names; scoring is ``speakers_eval.score`` (a surname matches the full name; with
``--match last-word`` any two forms with the same last word match, as ``speakers_eval.py --match last-word``).

    python bench/speakers_baseline.py [--match last-word]
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import speakers_eval  # noqa: E402
from newsearch.speakers_names import TITLE_WORDS  # noqa: E402
from speakers_eval import HELDOUT, load_us, names_match, prf, score  # noqa: E402

NAME = r"((?:[A-Z][\w.'’-]+)(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|al-\w+)){0,3})"
VERB = (r"(?:said|says|told|added|asked|explained|wrote|tweeted|stated|noted|argued|warned|insisted|claimed|"
        r"announced|continued|replied|recalled)")
QUOTE = r"[”\"]"
NEAR_QUOTE = [re.compile(QUOTE + r"\s*,?\s*" + VERB + r"\s+" + NAME),
              re.compile(QUOTE + r"\s*,?\s*" + NAME + r"\s+" + VERB),
              re.compile(NAME + r"\s+" + VERB + r"\s*[:,]?\s*[“\"]")]
ANYWHERE = [re.compile(NAME + r"\s+" + VERB + r"\b"), re.compile(r"according to " + NAME),
            re.compile(VERB + r"\s+" + NAME)]
STOP = {"The", "They", "It", "We", "I", "But", "And", "In", "A", "An", "This", "That", "Mr", "Ms", "Mrs"}
TITLES = {t.lower().rstrip(".") for t in TITLE_WORDS}


def _clean(name: str) -> str:
    w = name.split()
    while len(w) > 1 and w[0].lower().rstrip(".") in TITLES:
        w = w[1:]
    while w and w[0].rstrip(".") in STOP:
        w = w[1:]
    return " ".join(w)


def regex_speakers(paragraphs: Sequence[str], mode: str) -> list[list[str]]:
    out: list[list[str]] = []
    last = ""
    for p in paragraphs:
        found: list[str] = []
        if mode == "quote" and not re.search("[“”\"]", p):
            out.append(found)
            continue
        for pat in NEAR_QUOTE + (ANYWHERE if mode == "any" else []):
            for m in pat.finditer(p):
                n = _clean(m.group(1))
                if mode == "any" and n in {"He", "She"}:
                    n = last
                if n:
                    last = n
                    if not any(names_match(n, f) for f in found):
                        found.append(n)
        out.append(found)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args not in ([], ["--match", "surname"], ["--match", "last-word"]):
        print("usage: python bench/speakers_baseline.py [--match surname|last-word]", file=sys.stderr)
        return 2
    speakers_eval.LAST_WORD = args == ["--match", "last-word"]
    for mode in ("quote", "any"):
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for subset, _art, paras, gold in load_us():
            key = "blind sets 20-21" if subset in {"us-heldout20", "us-heldout21"} else (
                "tuning pool (us-dev)" if subset not in HELDOUT else "other")
            for pred, g in zip(regex_speakers(paras, mode), gold, strict=True):
                tp, npred, ngold = score(pred, g)
                t = totals[key]
                t[0] += tp
                t[1] += npred
                t[2] += ngold
        for key, (tp, npred, ngold) in sorted(totals.items()):
            p, r, f = prf(tp, npred, ngold)
            print(f"{mode:6} {key:22} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} pred={npred} gold={ngold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
