"""Known-item ranking check: does newsearch rank an article's paragraphs first when asked for its headline?

For each sampled article of the corpora, the headline is the query and the article is the one right answer. The
index is built *without* headlines (no headline records, empty title field), so the answer must be found through
the body. Paragraph hits are mapped to their articles (best paragraph per article), as a user scanning results
would. Prints MRR, success@1 and success@10 for newsearch's ranking and for simpler baselines:

* ``paragraph only`` — BM25 over isolated paragraphs (no article context),
* ``whole article`` — BM25 over whole articles (one document per article), the classic engine,
* ``newsearch`` — the shipped ranking (paragraph text + headline, raised by the whole article's score, see
  newsearch.searching).

    python bench/ranking_eval.py                       # both corpora, 1000 queries each
    python bench/ranking_eval.py --corpus bbc --queries 300

Reads ../shared/corpora (or --corpora); nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import newsearch.querylang as querylang
import newsearch.searching as search_mod
from newsearch.ingest import FoundFile, SidecarCache, find_files, read_articles
from newsearch.models import Article
from newsearch.records import article_records
from newsearch.schema import build_schema, news_analyzer
from newsearch.segments import add_file

DEFAULT_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def load(corpus_dir: Path) -> list[Article]:
    sidecars = SidecarCache()
    out: list[Article] = []
    for f in find_files([corpus_dir / "articles"]):
        out.extend(read_articles(f, sidecars=sidecars))
    return out


def build_paragraph_index(folder: str, articles: list[Article]) -> object:
    from whoosh import index

    ix = index.create_in(folder, build_schema())
    with ix.writer(limitmb=256) as w:
        for a in articles:
            records = article_records(replace(a, title=""))
            add_file(w, FoundFile(path=a.path, abspath=a.path, size=0, mtime_ns=0), records, "")
    return ix


def build_article_index(folder: str, articles: list[Article]) -> object:
    from whoosh import index
    from whoosh.fields import ID, TEXT, Schema

    ix = index.create_in(folder, Schema(article_id=ID(stored=True), body=TEXT(analyzer=news_analyzer())))
    with ix.writer(limitmb=256) as w:
        for a in articles:
            w.add_document(article_id=a.article_id, body="\n".join(a.paragraphs))
    return ix


def ranks_paragraphs(ix: object, queries: list[tuple[str, str]], boosts: dict[str, float],
                     article_weight: float) -> list[int | None]:
    querylang.FIELD_BOOSTS.clear()
    querylang.FIELD_BOOSTS.update(boosts)
    search_mod.ARTICLE_WEIGHT = article_weight
    querylang._PARSERS.clear()
    out: list[int | None] = []
    with ix.searcher() as s:  # type: ignore[attr-defined]
        for text, target in queries:
            try:
                res = search_mod.search(s, text, limit=200, per_article=1)
            except Exception:  # a headline of stop words only
                out.append(None)
                continue
            order = [h.record.article_id for h in res.hits]
            out.append(order.index(target) + 1 if target in order else None)
    return out


def ranks_articles(ix: object, queries: list[tuple[str, str]]) -> list[int | None]:
    from whoosh import qparser

    out: list[int | None] = []
    with ix.searcher() as s:  # type: ignore[attr-defined]
        parser = qparser.QueryParser("body", s.schema, group=qparser.OrGroup.factory(0.9))
        for text, target in queries:
            results = s.search(parser.parse(text), limit=200)
            order = [h["article_id"] for h in results]
            out.append(order.index(target) + 1 if target in order else None)
    return out


def summary(name: str, ranks: list[int | None]) -> str:
    """MRR, nDCG@10 (one relevant article: 1/log2(rank+1) within the top 10), success@1 and @10."""
    rr = [1.0 / r if r else 0.0 for r in ranks]
    ndcg = [1.0 / math.log2(r + 1) if r and r <= 10 else 0.0 for r in ranks]
    s1 = sum(1 for r in ranks if r == 1) / len(ranks)
    s10 = sum(1 for r in ranks if r and r <= 10) / len(ranks)
    return (f"  {name:<38} MRR {statistics.mean(rr):.3f}  nDCG@10 {statistics.mean(ndcg):.3f}  "
            f"success@1 {s1:.3f}  success@10 {s10:.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--corpus", action="append", choices=["bbc", "reuters21578"])
    ap.add_argument("--queries", type=int, default=1000, help="sampled headlines per corpus")
    ap.add_argument("--articles", type=int, default=0, help="index only this many articles (0: all)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--variants", action="store_true", help="also try other field weights")
    args = ap.parse_args()
    if not args.corpora.is_dir():
        print(f"no corpora at {args.corpora}", file=sys.stderr)
        return 2
    shipped = (dict(querylang.FIELD_BOOSTS), search_mod.ARTICLE_WEIGHT)
    variants = {"paragraph only": ({"text": 1.0}, 0.0), "newsearch (shipped)": shipped}
    if args.variants:
        variants["text+title, no article score"] = (shipped[0], 0.0)
        for w in (0.3, 1.0, 2.0):
            variants[f"text+title, article weight {w}"] = (shipped[0], w)
    for corpus in args.corpus or ["bbc", "reuters21578"]:
        t0 = time.monotonic()
        articles = load(args.corpora / corpus)
        seen: set[str] = set()
        unique = []
        for a in articles:  # the corpora repeat some articles; a repeated article has no single right answer
            key = a.title.strip().lower() + "\n" + "\n".join(a.paragraphs[:1])
            if a.paragraphs and key not in seen:
                seen.add(key)
                unique.append(a)
        rng = random.Random(args.seed)
        if args.articles:
            unique = rng.sample(unique, min(args.articles, len(unique)))
        titles: dict[str, int] = {}
        for a in unique:
            titles[a.title.lower()] = titles.get(a.title.lower(), 0) + 1
        candidates = [a for a in unique if titles[a.title.lower()] == 1 and len(a.title.split()) >= 2]
        sample = rng.sample(candidates, min(args.queries, len(candidates)))
        queries = [(a.title, a.article_id) for a in sample]
        paragraphs = sum(len(a.paragraphs) for a in unique)
        with tempfile.TemporaryDirectory() as tmp:
            os.makedirs(f"{tmp}/p")
            os.makedirs(f"{tmp}/a")
            pix = build_paragraph_index(f"{tmp}/p", unique)
            aix = build_article_index(f"{tmp}/a", unique)
            print(f"{corpus}: {len(unique)} articles, {paragraphs} paragraphs, {len(queries)} headline queries "
                  f"(built in {time.monotonic() - t0:.0f}s)")
            print(summary("whole article (BM25, one doc each)", ranks_articles(aix, queries)))
            for name, (boosts, weight) in variants.items():
                print(summary(name, ranks_paragraphs(pix, queries, boosts, weight)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
