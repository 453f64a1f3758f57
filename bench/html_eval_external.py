"""Second, independent HTML check: the real article pages that ship in newspaper4k's source distribution.

newspaper4k's ``tests/data`` has saved pages (CNN, TIME, WIRED, Fox 13, cleveland.com, Yonhap, Chinese, Japanese,
Arabic, Thai, Spanish…) with the text and metadata newspaper4k extracts from them. That text is newspaper4k's
output, not a human-checked gold, so treat agreement with it as a sanity check of body extraction, title, date and
site name — not as the benchmark figure. Nothing from the package is stored in this repository: the sdist is
downloaded from PyPI into a cache folder on first use.

    python bench/html_eval_external.py [--cache DIR] [--errors]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from html_eval import precision, recall, tp_fp_fn  # noqa: E402
from newsearch.errors import ArticleParseError  # noqa: E402
from newsearch.ingest.html import read_html  # noqa: E402

PACKAGE = "newspaper4k==0.9.6"


def fetch(cache: Path) -> Path:
    """The unpacked ``tests/data`` folder of the newspaper4k sdist, downloading it once."""
    data = cache / "newspaper4k-0.9.6" / "tests" / "data"
    if data.is_dir():
        return data
    cache.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                    "--dest", str(cache), PACKAGE], check=True)
    [archive] = cache.glob("newspaper4k-0.9.6.tar.gz")
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if "/tests/data/" in m.name]
        tar.extractall(cache, members=members, filter="data")
    return data


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "newsearch-bench")
    ap.add_argument("--errors", action="store_true", help="print every page's figures")
    args = ap.parse_args()
    data = fetch(args.cache)
    rows = []
    seconds = 0.0
    for meta_file in sorted((data / "metadata").glob("*.json")):
        page = data / "html" / f"{meta_file.stem}.html"
        text_file = data / "txt" / f"{meta_file.stem}.txt"
        if not page.exists():
            continue
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        gold = text_file.read_text(encoding="utf-8") if text_file.exists() else meta.get("text", "")
        started = time.perf_counter()
        try:
            [article] = read_html(page.read_bytes(), str(page))
            body, title = "\n".join(article.paragraphs), article.title
            date = article.date.date().isoformat() if article.date else None
            source = article.source
        except ArticleParseError:
            body, title, date, source = "", "", None, None
        seconds += time.perf_counter() - started
        p, r = precision(*tp_fp_fn(gold, body)), recall(*tp_fp_fn(gold, body))
        gold_date = (meta.get("publish_date") or "")[:10] or None
        rows.append({"page": meta_file.stem, "p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0,
                     "date_ok": date == gold_date if gold_date else None,
                     "title_ok": " ".join(title.split()).lower() == " ".join(meta["title"].split()).lower(),
                     "source": source, "gold_source": meta.get("meta_site_name") or None})
    if args.errors:
        for row in rows:
            print(f"  {row['page']:<22} P {row['p']:.2f} R {row['r']:.2f} F {row['f']:.2f}  date_ok {row['date_ok']}"
                  f"  title_ok {row['title_ok']}  source {row['source']!r} vs {row['gold_source']!r}")
    dated = [row["date_ok"] for row in rows if row["date_ok"] is not None]
    print(f"newspaper4k test pages: {len(rows)}")
    print(f"  body vs newspaper4k text: mean P {statistics.mean(r['p'] for r in rows):.3f}  "
          f"mean R {statistics.mean(r['r'] for r in rows):.3f}  mean F1 {statistics.mean(r['f'] for r in rows):.3f}")
    print(f"  date (day) agrees on {sum(dated)}/{len(dated)} pages that have one; "
          f"title agrees on {sum(r['title_ok'] for r in rows)}/{len(rows)}")
    print(f"  {len(rows) / seconds:.0f} pages/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
