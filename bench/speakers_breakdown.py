"""Where the speaker errors are: counts of error kinds, never any text (safe on the blind sets).

    python bench/speakers_breakdown.py [--subset us-dev] [--subset us-heldout20 ...] [--match last-word]

Every gold speaker that no prediction matched (a miss) and every prediction that matched no gold speaker (a false
alarm) is put in one kind, by what else happened in its paragraph:

* ``miss, nothing predicted``: the rules gave the paragraph no speaker at all (a speech act they did not see);
* ``miss, wrong one predicted``: the paragraph also has an unmatched prediction (the rules saw speech but chose the
  wrong person, or the right person in another form);
* ``miss, beside a right one``: every prediction of the paragraph is right; this speaker was not found (a second
  speaker);
* ``false alarm, paragraph has no speaker``; ``false alarm, wrong one`` (the pair of the second miss kind);
  ``false alarm, beside right ones``.

Each kind is also split by the form of the string: a name ("Donald Trump", "Pentagon"), an indefinite description
("a senior official", "analysts") or a definite one ("the official", "Obama's chief of staff").  Figures are per
gold speaker, so kinds of different sets compare directly.  Only counts are printed, so a held-out subset can be
broken down without reading any of its errors (docs/speakers.md, "Reading (session 23)").
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speakers_eval as ev  # noqa: E402
from newsearch.speakers import extract_speakers  # noqa: E402

_INDEFINITE = frozenset("a an one two three four some many several both most other another few".split())


def form(speaker: str) -> str:
    """``name``, ``indefinite`` or ``definite``: the shape of a speaker string."""
    words = speaker.split()
    if not words:
        return "name"
    first = words[0].lower()
    if first == "the" or first.endswith(("'s", "’s")):
        return "definite"
    if first in _INDEFINITE or speaker[:1].islower():
        return "indefinite"
    return "name"


def paragraph_kinds(pred: Sequence[str], gold: Sequence[str]) -> Counter[str]:
    """Error kinds of one paragraph (matching as :func:`speakers_eval.score`: one to one, in prediction order)."""
    used: set[int] = set()
    right: set[int] = set()
    for i, p in enumerate(pred):
        for k, g in enumerate(gold):
            if k not in used and ev.names_match(p, g):
                used.add(k)
                right.add(i)
                break
    misses = [g for k, g in enumerate(gold) if k not in used]
    alarms = [p for i, p in enumerate(pred) if i not in right]
    out: Counter[str] = Counter()
    for g in misses:
        kind = "miss, nothing predicted" if not pred else (
            "miss, wrong one predicted" if alarms else "miss, beside a right one")
        out[kind] += 1
        out[f"{kind} / {form(g)}"] += 1
    for p in alarms:
        kind = "false alarm, paragraph has no speaker" if not gold else (
            "false alarm, wrong one" if misses else "false alarm, beside right ones")
        out[kind] += 1
        out[f"{kind} / {form(p)}"] += 1
    out["gold"] += len(gold)
    out["predicted"] += len(pred)
    out["right"] += len(used)
    return out


def breakdown(articles: Sequence[tuple[str, str, list[str], list[list[str]]]]) -> Counter[str]:
    total: Counter[str] = Counter()
    for _subset, art, paras, gold in articles:
        pred = extract_speakers(paras, title=ev.TITLES.get(art, ""))
        for p, g in zip(pred, gold, strict=True):
            total.update(paragraph_kinds(p, g))
    return total


def report(name: str, c: Counter[str]) -> list[str]:
    p, r, f = ev.prf(c["right"], c["predicted"], c["gold"])
    lines = [f"== {name}: P {p:.3f} R {r:.3f} F1 {f:.3f} (right {c['right']}, predicted {c['predicted']}, "
             f"gold {c['gold']})", f"   {'kind':52s} {'count':>6s} {'per gold':>9s}"]
    gold = c["gold"] or 1
    for key in sorted(k for k in c if k.startswith(("miss", "false"))):
        indent = "     " if " / " in key else "   "
        lines.append(f"{indent}{key:{54 - len(indent)}s} {c[key]:6d} {c[key] / gold:9.3f}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--subset", action="append", choices=["us-dev", *ev.HELDOUT],
                    help="a US subset to break down (repeat to report several; default: us-dev)")
    ap.add_argument("--match", choices=["surname", "last-word"], default="surname")
    args = ap.parse_args(argv)
    ev.LAST_WORD = args.match == "last-word"
    subsets = args.subset or ["us-dev"]
    articles = ev.load_us()
    for subset in subsets:
        chosen = [a for a in articles if a[0] == subset]
        print("\n".join(report(f"{subset} ({len(chosen)} articles)", breakdown(chosen))))
    if len(subsets) > 1:
        chosen = [a for a in articles if a[0] in subsets]
        print("\n".join(report("together", breakdown(chosen))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
