"""Evaluate the HTML reader on the pages in tests/data/html against gold.jsonl.

Body: 4-word-shingle precision/recall as in scrapinghub's article-extraction-benchmark (per page
tp/fp/fn normalised to sum 1; mean precision over pages that predicted something, mean recall over
pages with gold text; F1 of the two means).  Title: exact match after whitespace/case folding.
Date: same day.  Source: same letters and digits, case-folded.

    PYTHONPATH=src python bench/html_eval.py [--errors N] [--repeat K] [--parser bs4] [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsearch.errors import ArticleParseError  # noqa: E402
from newsearch.ingest import html as html_reader  # noqa: E402

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    out: Counter[tuple[str, ...]] = Counter()
    for i in range(max(1, len(tokens) - n + 1)):
        gram = tuple(tokens[i : i + n])
        if gram:
            out[gram] += 1
    return out


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def _fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _letters(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", (text or "").casefold())


def _inflate(data: bytes, kb: int) -> bytes:
    """``data`` (gzip) padded with roughly ``kb`` KB of typical page furniture, for timing only.

    The furniture is plain ``<div>``/``<ul>`` markup (not ``<nav>``/``<footer>``, which the reader skips
    cheaply) so that the figure is not flattered.
    """
    import gzip

    text = gzip.decompress(data).decode("utf-8", "replace")
    unit = kb * 1024 // 4
    script = "<script>" + ("var x = {a: 1, b: [1, 2, 3], c: 'text'};\n" * (unit // 44)) + "</script>"
    style = "<style>" + (".a .b > .c { color: #333; margin: 0 auto; }\n" * (unit // 44)) + "</style>"
    nav = '<div class="site-menu"><ul>' + "".join(
        f'<li class="menu-item"><a href="/section/{i}">Section {i}</a></li>' for i in range(unit // 60)
    ) + "</ul></div>"
    foot = '<div class="related-links">' + "".join(
        f'<div class="col"><span class="label">Item {i}</span> <a href="/f/{i}">link</a></div>'
        for i in range(unit // 75)
    ) + "</div>"
    low = text.lower()
    head_end = low.find("</head>")
    body_start = low.find("<body")
    body_open_end = text.find(">", body_start) + 1 if body_start >= 0 else 0
    body_end = low.rfind("</body>")
    if head_end < 0 or body_start < 0 or body_end < 0:
        return data
    text = (
        text[:head_end] + script + style + text[head_end:body_open_end] + nav
        + text[body_open_end:body_end] + foot + script + text[body_end:]
    )
    return text.encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "html")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="show the N worst pages")
    ap.add_argument("--repeat", type=int, default=3, help="timing passes (best is reported)")
    ap.add_argument("--parser", choices=["auto", "bs4"], default="auto",
                    help="bs4: force beautifulsoup4's html.parser instead of lxml")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--inflate", type=int, default=0, metavar="KB",
        help="for the speed figure only: add about KB kilobytes of scripts, styles, navigation and "
        "footer markup to every page, as full-size pages carry (the saved copies are trimmed)",
    )
    args = ap.parse_args(argv)

    if args.parser == "bs4":
        html_reader._build_lxml = lambda text: None  # type: ignore[assignment]

    lines = (args.data / "gold.jsonl").read_text("utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    pages = [(g, (args.data / g["file"]).read_bytes()) for g in gold]

    rows: list[dict[str, Any]] = []
    for g, data in pages:
        try:
            art = html_reader.read_html(data, g["file"])[0]
            body = "\n".join(art.paragraphs)
            title, date, source = art.title, art.date, art.source
        except ArticleParseError as exc:
            body, title, date, source = "", f"<error: {exc}>", None, None
        counts = tp_fp_fn(g["body"], body)
        rows.append({
            "file": g["file"],
            "counts": counts,
            "p": precision(*counts),
            "r": recall(*counts),
            "title_ok": _fold(title) == _fold(g.get("title")),
            "date_ok": (date.date().isoformat() if date else None) == g.get("date"),
            "source_ok": _letters(source) == _letters(g.get("source")),
            "got": {"title": title, "date": date.isoformat() if date else None, "source": source},
            "want": {"title": g.get("title"), "date": g.get("date"), "source": g.get("source")},
            "body": body,
        })

    timed = [(g, _inflate(data, args.inflate)) for g, data in pages] if args.inflate else pages
    best = float("inf")
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        for g, data in timed:
            try:
                html_reader.read_html(data, g["file"])
            except ArticleParseError:
                pass
        best = min(best, time.perf_counter() - start)

    precs = [precision(*r["counts"]) for r in rows if r["counts"][0] + r["counts"][1] > 0]
    recs = [recall(*r["counts"]) for r in rows if r["counts"][0] + r["counts"][2] > 0]
    mp = statistics.mean(precs) if precs else 0.0
    mr = statistics.mean(recs) if recs else 0.0
    f1 = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
    n = len(rows)
    figures = {
        "pages": n,
        "precision": round(mp, 4),
        "recall": round(mr, 4),
        "f1": round(f1, 4),
        "title_accuracy": round(sum(r["title_ok"] for r in rows) / n, 4) if n else 0.0,
        "date_accuracy": round(sum(r["date_ok"] for r in rows) / n, 4) if n else 0.0,
        "source_accuracy": round(sum(r["source_ok"] for r in rows) / n, 4) if n else 0.0,
        "pages_per_second": round(n / best, 1) if best > 0 else 0.0,
        "parser": args.parser,
        "inflate_kb": args.inflate,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"pages {n}  parser {args.parser}")
        print(f"body   P={mp:.3f}  R={mr:.3f}  F1={f1:.3f}")
        print(f"title  {figures['title_accuracy']:.3f}   date {figures['date_accuracy']:.3f}   "
              f"source {figures['source_accuracy']:.3f}")
        extra = f", pages padded with ~{args.inflate} KB" if args.inflate else ""
        print(f"speed  {figures['pages_per_second']} pages/s (best of {args.repeat}{extra})")
    if args.errors:
        rows.sort(key=lambda r: 2 * r["p"] * r["r"] / (r["p"] + r["r"]) if r["p"] + r["r"] else 0.0)
        for r in rows[: args.errors]:
            f = 2 * r["p"] * r["r"] / (r["p"] + r["r"]) if r["p"] + r["r"] else 0.0
            print(f"\n== {r['file']}  P={r['p']:.2f} R={r['r']:.2f} F1={f:.2f}")
            for key in ("title", "date", "source"):
                if not r[f"{key}_ok"]:
                    print(f"   {key}: got {r['got'][key]!r}  want {r['want'][key]!r}")
            print("   body: " + r["body"][:300].replace("\n", " / "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
