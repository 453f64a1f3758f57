"""Experiment (session 9, not shipped): would a high-recall fallback help?

The fallback takes the subject of each sentence's first past-tense verb and adds it as a speaker when it is a
resolved person, an organisation or he/she. With recall near 0.63 on unseen text, an addition raises F1 as long as
its own precision is above about F1/2 (~0.4). This script measures that precision on the tuning pool (rules alone
vs rules + fallback) and prints per-verb hit counts. Result (docs/speakers.md, "Subject fallback"): 544 additions,
70 of them correct (13 %), pool F1 0.865 -> 0.816, so the idea was dropped.

    python bench/speakers_fallback.py [all|empty]
"""

from __future__ import annotations

import collections
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsearch.speakers as S  # noqa: E402
from speakers_eval import HELDOUT, load_us, prf, score  # noqa: E402

IRREGULAR_PAST = frozenset(
    "went made gave took held met won lost told spoke wrote sought brought threw struck led left got saw came "
    "became began ran sent kept put set stood thought felt knew found paid sold bought built fought drew drove "
    "flew fell hit shot chose rose swore taught understood withdrew wore".split()
)
NOT_VERB_ED = frozenset("united red bed need feed speed seed breed hundred kindred shed sacred wicked naked "
                        "rugged ragged beloved alleged supposed so-called embed".split())


def _verbish(t: S._Tok) -> bool:
    w = t.low
    if not t.text[0].islower() or not w.isalpha():
        return False
    return (w.endswith("ed") and len(w) > 4 and w not in NOT_VERB_ED) or w in IRREGULAR_PAST


def fallback(paragraphs: Sequence[str], mode: str = "all") -> list[tuple[tuple[str, ...], list[tuple[str, str]]]]:
    """Per paragraph: the rules' answer and the fallback's (name, verb) additions."""
    tr = S._trace(paragraphs)
    out = []
    for p, ((_res, masked, toks), rules) in enumerate(zip(tr.found, tr.out, strict=True)):
        add: list[tuple[str, str]] = []
        if mode == "empty" and rules:
            out.append((rules, add))
            continue
        sent_of, first = S._sentence_index(masked, toks)
        for sidx, s in first.items():
            for i in range(s + 1, min(len(toks), s + 25)):
                if sent_of[i] != sidx:
                    break
                if not _verbish(toks[i]):
                    continue
                subj, pos, neg = S._subject_before(toks, s, i)
                for words in ([] if neg else subj):
                    c = S._classify(words, pos)
                    if c is not None and c.kind in {"person", "org"}:
                        r = tr.article.resolve(c)
                        if r is not None and r.kind in {"person", "org"}:
                            add.append((r.text, toks[i].low))
                    elif c is not None and c.kind == "pron" and c.text.lower() in {"he", "she"}:
                        g = "m" if c.text.lower() == "he" else "f"
                        cands = [n for n, gg in tr.persons_before[p] if gg in {g, ""}]
                        if cands:
                            add.append((cands[-1], toks[i].low))
                break
        out.append((rules, add))
    return out


def main(argv: Sequence[str]) -> int:
    mode = argv[0] if argv else "all"
    counts: collections.Counter[str] = collections.Counter()
    verbs: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for _subset, _name, paras, gold in (a for a in load_us() if a[0] not in HELDOUT):
        for (rules, add), g in zip(fallback(paras, mode), gold, strict=True):
            tp, npred, ngold = score(list(rules), g)
            counts.update(tp0=tp, p0=npred, g=ngold)
            new = list(rules)
            for name, verb in add:
                if not any(score([name], [x])[0] for x in new):
                    hit = any(score([name], [x])[0] for x in g)
                    verbs[verb][0] += hit
                    verbs[verb][1] += 1
                    new.append(name)
            tp, npred, _ = score(new, g)
            counts.update(tp1=tp, p1=npred)
    for label, tp, npred in (("rules", "tp0", "p0"), ("rules+fallback", "tp1", "p1")):
        p, r, f = prf(counts[tp], counts[npred], counts["g"])
        print(f"{label:15} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={counts[tp]} pred={counts[npred]} gold={counts['g']})")
    print(f"added {counts['p1'] - counts['p0']}, correct {counts['tp1'] - counts['tp0']}")
    top = sorted(verbs.items(), key=lambda kv: -kv[1][1])[:40]
    print("per verb (correct/added): " + " ".join(f"{v}:{h}/{n}" for v, (h, n) in top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
