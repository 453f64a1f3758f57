"""Cross-validate the learned speaker re-scorer experiment (``bench/speakers_candidates.py``).

    pip install -e '.[train]'
    python bench/speakers_train.py [--pool POOL_LIST] [--mode rescore|add] [--C 0.3] [--seed 13]

Data: the tuning pool only, i.e. the bbc/reuters/extra sets of ``speakers_eval.py`` plus the US articles named in
``--pool`` (read before anything else, so that no other US article is opened).  The cross-validation is grouped by
article: every fold's model and decision threshold come from the other folds only (the threshold from an inner,
also article-grouped, cross-validation on those training folds).  Scoring reuses ``speakers_eval.score``/``prf``.
The rules themselves were tuned on all these articles, so the rules-alone figures are optimistic; the quantity
that matters is the difference rules+model minus rules on the held-out folds.  Result (docs/speakers.md, "Learned
component"): no gain, so no model is shipped; ``--write PATH`` still dumps the weights of a model trained on the
whole pool, for inspection.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from sklearn.linear_model import LogisticRegression  # noqa: E402

import speakers_candidates as sm  # noqa: E402
import speakers_eval as ev  # noqa: E402
from newsearch import speakers as sp  # noqa: E402

Article = tuple[str, str, list[str], list[list[str]]]
#: per article: per paragraph: (candidates, gold)
Prepared = list[list[tuple[list[sm.Candidate], list[str]]]]


def pool_names() -> set[str]:
    """The US tuning pool: every annotated US article that no held-out list names (read from ``gold.jsonl`` and the
    held-out lists only, so that no held-out article text is opened)."""
    gold = ev.US_DIR / "gold.jsonl"
    files = {json.loads(ln)["file"] for ln in gold.read_text(encoding="utf-8").splitlines() if ln.strip()}
    return files - set(ev.us_heldout())


def load_pool(pool: Path | None, corpora: Path) -> list[Article]:
    """bbc/reuters (if the corpora exist), extra, and exactly the US articles listed in ``pool`` (default: the
    tuning pool, :func:`pool_names`)."""
    if pool is None:
        names = pool_names()
    else:
        names = {ln.split("#")[0].strip() for ln in pool.read_text(encoding="utf-8").splitlines()} - {""}
    arts: list[Article] = []
    if corpora.exists():
        arts += ev.load_dev(corpora)
    arts += ev.load_extra()
    us = ev.load_us(names)
    assert all(a[1] in names and a[0] == "us-dev" for a in us), "a non-pool US article was loaded"
    return arts + us


def prepare(arts: Sequence[Article]) -> tuple[Prepared, list[list[tuple[str, ...]]]]:
    """Candidates (with features) and the rules' answers of every paragraph."""
    prep: Prepared = []
    rules: list[list[tuple[str, ...]]] = []
    for _subset, _art, paras, gold in arts:
        trace = sp._trace(paras, title=ev.TITLES.get(_art, ""))  # the title, as the eval gives it
        cands = sm.article_candidates(trace)
        prep.append(list(zip(cands, gold, strict=True)))
        rules.append(trace.out)
    return prep, rules


_RULE_FEATS = ("rule", "src:", "has:rule", "p:rules_empty")


def without_rules(prep: Prepared) -> Prepared:
    """Diagnostic ("--mode alone"): the candidates and features as if the rules' answers of the paragraph were
    unknown (only the previous paragraph's answers remain), to see whether the features carry signal alone."""
    out: Prepared = []
    for art in prep:
        rows = []
        for cands, gold in art:
            kept = []
            for c in cands:
                srcs = c.sources - {"rule"}
                if not srcs:
                    continue
                feats = {f for f in c.feats if not f.startswith(_RULE_FEATS)} | {"src:" + "+".join(sorted(srcs))}
                kept.append(sm.Candidate(c.name, c.kind, c.order, feats, srcs))
            rows.append((kept, gold))
        out.append(rows)
    return out


def label(c: sm.Candidate, gold: Sequence[str]) -> int:
    return int(any(ev.names_match(c.name, g) for g in gold))


def oracle(prep: Prepared, rules: list[list[tuple[str, ...]]]) -> None:
    """How many gold speakers the rules miss, and how many of those are among the candidates at all."""
    missed = found = gold_n = cand_n = 0
    by_src: dict[str, int] = {}
    for art, rart in zip(prep, rules, strict=True):
        for (cands, gold), rout in zip(art, rart, strict=True):
            gold_n += len(gold)
            cand_n += len(cands)
            used: set[int] = set()
            for p in rout:
                for k, g in enumerate(gold):
                    if k not in used and ev.names_match(p, g):
                        used.add(k)
                        break
            for k, g in enumerate(gold):
                if k in used:
                    continue
                missed += 1
                hit = [c for c in cands if ev.names_match(c.name, g)]
                if hit:
                    found += 1
                    for s in hit[0].sources:
                        by_src[s] = by_src.get(s, 0) + 1
    print(f"gold={gold_n} candidates={cand_n} rules missed={missed}; among candidates: {found} "
          f"(oracle recall of misses {found / max(missed, 1):.3f}); by source {by_src}")


def vectorize(rows: Sequence[set[str]], vocab: dict[str, int]) -> object:
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    data: list[float] = []
    ind: list[int] = []
    ptr = [0]
    for feats in rows:
        for f in feats:
            k = vocab.get(f)
            if k is not None:
                ind.append(k)
                data.append(1.0)
        ptr.append(len(ind))
    return csr_matrix((data, ind, ptr), shape=(len(rows), len(vocab)))


def fit(prep: Prepared, c_reg: float, mode: str, min_count: int = 2) -> sm.Model:
    """Logistic regression on the candidates of the given articles (threshold 0.5; set later); in "add" mode
    only on the candidates the rules did not give."""
    rows: list[set[str]] = []
    ys: list[int] = []
    counts: dict[str, int] = {}
    for art in prep:
        for cands, gold in art:
            for c in cands:
                if mode == "add" and "rule" in c.sources:
                    continue
                rows.append(c.feats)
                ys.append(label(c, gold))
                for f in c.feats:
                    counts[f] = counts.get(f, 0) + 1
    vocab = {f: k for k, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    clf = LogisticRegression(C=c_reg, max_iter=2000)
    clf.fit(vectorize(rows, vocab), ys)
    coef = clf.coef_[0]
    weights = {f: round(float(coef[k]), 4) for f, k in vocab.items() if abs(coef[k]) >= 1e-4}
    return sm.Model(weights, round(float(clf.intercept_[0]), 4), 0.5, mode)


def predict(model: sm.Model, prep: Prepared) -> list[list[list[float]]]:
    return [[[sm.score(model, c.feats) for c in cands] for cands, _ in art] for art in prep]


def totals_for(prep: Prepared, probs: list[list[list[float]]], threshold: float,
               mode: str) -> tuple[int, int, int]:
    tp = npred = ngold = 0
    for art, aprobs in zip(prep, probs, strict=True):
        for (cands, gold), ps in zip(art, aprobs, strict=True):
            a, b, c = ev.score(sm.decide(cands, ps, threshold, mode), gold)
            tp, npred, ngold = tp + a, npred + b, ngold + c
    return tp, npred, ngold


def rules_totals(arts: Sequence[Article], rules: list[list[tuple[str, ...]]]) -> tuple[int, int, int]:
    tp = npred = ngold = 0
    for art, rout in zip(arts, rules, strict=True):
        for pred, gold in zip(rout, art[3], strict=True):
            a, b, c = ev.score(pred, gold)
            tp, npred, ngold = tp + a, npred + b, ngold + c
    return tp, npred, ngold


def folds_of(arts: Sequence[Article], k: int, seed: int) -> list[int]:
    """Fold number per article: shuffled within each subset, then dealt round-robin (grouped by article)."""
    rng = random.Random(seed)
    fold = [0] * len(arts)
    by_subset: dict[str, list[int]] = {}
    for i, a in enumerate(arts):
        by_subset.setdefault(a[0].split("-")[0], []).append(i)
    n = 0
    for key in sorted(by_subset):
        idx = by_subset[key]
        rng.shuffle(idx)
        for i in idx:
            fold[i] = n % k
            n += 1
    return fold


THRESHOLDS = [x / 100 for x in range(20, 96, 2)]


def choose_threshold(prep: Prepared, arts: Sequence[Article], c_reg: float, seed: int, mode: str) -> float:
    """Best-F1 threshold on out-of-fold probabilities of an inner article-grouped CV over ``prep`` only."""
    inner = folds_of(arts, 4, seed + 1)
    probs: list[list[list[float]]] = [[] for _ in prep]
    for f in range(4):
        model = fit([p for p, g in zip(prep, inner, strict=True) if g != f], c_reg, mode)
        for i, g in enumerate(inner):
            if g == f:
                probs[i] = predict(model, [prep[i]])[0]
    best, best_f = 0.5, -1.0
    for t in THRESHOLDS:
        f1 = ev.prf(*totals_for(prep, probs, t, mode))[2]
        if f1 > best_f + 1e-9:
            best, best_f = t, f1
    return best


def fmt(t: tuple[int, int, int]) -> str:
    p, r, f = ev.prf(*t)
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={t[0]} pred={t[1]} gold={t[2]})"


def cross_validate(arts: Sequence[Article], prep: Prepared, rules: list[list[tuple[str, ...]]], k: int,
                   c_reg: float, seed: int, mode: str) -> tuple[int, int, int]:
    """Per-fold and pooled rules vs rules+model; returns the pooled rules+model totals."""
    fold = folds_of(arts, k, seed)
    pooled_r = [0, 0, 0]
    pooled_m = [0, 0, 0]
    subsets = sorted({a[0].split("-")[0] for a in arts})
    per_subset: dict[str, list[list[int]]] = {s: [[0, 0, 0], [0, 0, 0]] for s in subsets}
    print(f"{'fold':5s} {'art':>4s} {'thr':>5s}  rules{'':38s} rules+model")
    for f in range(k):
        tr = [i for i in range(len(arts)) if fold[i] != f]
        te = [i for i in range(len(arts)) if fold[i] == f]
        tr_prep = [prep[i] for i in tr]
        thr = choose_threshold(tr_prep, [arts[i] for i in tr], c_reg, seed, mode)
        model = fit(tr_prep, c_reg, mode)
        te_prep = [prep[i] for i in te]
        probs = predict(model, te_prep)
        tm = totals_for(te_prep, probs, thr, mode)
        trl = rules_totals([arts[i] for i in te], [rules[i] for i in te])
        for j in range(3):
            pooled_r[j] += trl[j]
            pooled_m[j] += tm[j]
        for i, pr in zip(te, probs, strict=True):
            s = arts[i][0].split("-")[0]
            for j, v in enumerate(rules_totals([arts[i]], [rules[i]])):
                per_subset[s][0][j] += v
            for j, v in enumerate(totals_for([prep[i]], [pr], thr, mode)):
                per_subset[s][1][j] += v
        print(f"{f:<5d} {len(te):4d} {thr:5.2f}  {fmt(trl)}  {fmt(tm)}")
    print(f"{'all':5s} {len(arts):4d} {'':5s}  {fmt(tuple(pooled_r))}  {fmt(tuple(pooled_m))}")  # type: ignore[arg-type]
    for s in subsets:
        r_, m_ = per_subset[s]
        print(f"{s:10s} {'':5s} {fmt(tuple(r_))}  {fmt(tuple(m_))}")  # type: ignore[arg-type]
    return pooled_m[0], pooled_m[1], pooled_m[2]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--pool", type=Path, help="file listing the US articles to use (default: every US article "
                                                 "that no held-out list names)")
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--C", dest="c_reg", type=float, default=0.3, help="inverse L2 regularisation strength")
    ap.add_argument("--mode", choices=["rescore", "add", "alone"], default="rescore",
                    help="rescore: the model decides every candidate; add: it only adds to the rules' answers; "
                         "alone: diagnostic, the model without the rules' answers of the paragraph")
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    ap.add_argument("--write", type=Path, metavar="PATH", help="train on the whole pool and write the weights here")
    ap.add_argument("--blind", choices=sorted(ev.HELDOUT), action="append", default=[],
                    help="train on the whole pool, then print rules vs rules+model on this held-out subset (figures "
                         "only; repeatable)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    arts = load_pool(args.pool, args.corpora)
    print(f"articles={len(arts)} paragraphs={sum(len(a[2]) for a in arts)}")
    prep, rules = prepare(arts)
    oracle(prep, rules)
    mode = args.mode
    if mode == "alone":
        prep, mode = without_rules(prep), "rescore"
    if not args.no_cv:
        cross_validate(arts, prep, rules, args.folds, args.c_reg, args.seed, mode)
    if args.write:
        thr = choose_threshold(prep, arts, args.c_reg, args.seed, mode)
        model = fit(prep, args.c_reg, mode)
        weights = {f: w for f, w in sorted(model.weights.items()) if abs(w) >= 0.01}
        data = {"about": "newsearch speaker re-scorer: logistic regression weights (bench/speakers_train.py)",
                "C": args.c_reg, "mode": args.mode, "bias": model.bias, "threshold": thr, "weights": weights}
        args.write.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.write} ({len(weights)} weights, threshold {thr:.2f})")
    if args.blind:
        thr = choose_threshold(prep, arts, args.c_reg, args.seed, mode)
        model = fit(prep, args.c_reg, mode)
        for subset in args.blind:
            blind = [a for a in ev.load_us() if a[0] == subset]
            bprep, brules = prepare(blind)
            if args.mode == "alone":
                bprep = without_rules(bprep)
            tm = totals_for(bprep, predict(model, bprep), thr, mode)
            print(f"{subset}: threshold {thr:.2f}\n  rules       {fmt(rules_totals(blind, brules))}\n"
                  f"  rules+model {fmt(tm)}")
            sweep = {t: totals_for(bprep, predict(model, bprep), t, mode) for t in THRESHOLDS[::3]}
            print("  sweep (diagnostic only): " + " ".join(f"{t:.2f}:{v[0]}/{v[1]}" for t, v in sweep.items()))
    print(f"done in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
