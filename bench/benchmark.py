"""Archive-scale benchmark: newsearch against raw Whoosh and SQLite FTS5 on the same paragraphs, in one run.

    python bench/benchmark.py                                # 100,000 paragraphs, all engines
    python bench/benchmark.py --paragraphs 1000000 --keep    # scaled copies of the corpora (written to --workdir)
    python bench/benchmark.py --smoke                        # ~2,000 paragraphs, a few queries: CI smoke test
    python bench/benchmark.py --corpus-dir DIR --smoke       # any folder of seed-format .txt files

For N paragraphs it takes whole articles of ../shared/corpora (bbc, then reuters21578, files in sorted order) until
N body paragraphs (lines after the title, a final "By ..." byline excluded); above the corpora's ~118k it writes
scaled copies (same text under ``copy-K/...``, ``metadata.jsonl`` copied alongside) into the work folder, never into
the repository. Each engine then builds its index in a child process of this script (so peak RSS is the engine's own)
and answers a fixed mixed query set in another, warm (index opened once, one untimed warm-up pass):

* ``newsearch``: the real pipeline, ``newsearch.build_index(paths, dir)`` (reading, speaker/source/date extraction,
  records, index), queries through a long-lived ``NewsIndex.open(dir).search(text, limit=10, ...)``;
* ``whoosh``: raw Whoosh with the same schema (``newsearch.schema.build_schema()``), one document per paragraph with
  only ``id``, ``article_id``, ``title``, ``text`` and ``source`` (from the corpus sidecar, for the filtered
  queries; no extraction), one writer; ``--whoosh-procs 2`` adds a ``procs=2, multisegment=True`` variant.
  Queries: ``MultifieldParser(["title", "text"], group=OrGroup.factory(0.9))``, top 10 with ``hit.highlights``;
* ``fts5``: SQLite ``fts5(title, text, tokenize='porter')``, ``bm25()`` ranking, ``snippet()``, top 10.

It prints indexing paragraphs/s, index size, peak RSS, query p50/p95/mean (overall and per query class), ratios
against raw Whoosh, the reading-only rates (plain read+split, ``newsearch.parse``) and the cold whole-process time of
``newsearch query`` / ``--help`` with the heavy modules a ``query`` process imports. Timings depend on the load of
the machine: run it on a quiet one, or at least read the load averages it prints. Never run it as a timed test.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
#: Corpora taken in this order from --corpora.
CORPUS_ORDER = ("bbc", "reuters21578")
SEEDS = REPO / "seeds"
ENGINES = ("newsearch", "whoosh", "fts5")
SIDECAR = "metadata.jsonl"
#: A final line "By <name>[, Reuters]" is a byline, not a paragraph (as in the corpora READMEs' counts).
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’ -]*(?:,\s*Reuters\.?)?$")
_WORD = re.compile(r"\w+(?:[.'’]\w+)*")
_PHRASE_OR_WORD = re.compile(r'"([^"]+)"|(\S+)')
COLD_QUERY = "security guarantees"
#: Modules a cold ``newsearch query`` process should not need (and that cost real time when imported).
HEAVY_MODULES = ("bs4", "lxml", "newsearch.ingest", "newsearch.ingest.html", "newsearch.ingest.htmlmeta",
                 "newsearch.ingest.dates", "newsearch.extract", "newsearch.records", "newsearch.speakers",
                 "newsearch.speakers_names", "dateutil", "whoosh", "click")


# -- the query set -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Query:
    """One benchmark query: its class, its text (Whoosh/newsearch syntax), an optional source filter and facet."""

    cls: str
    text: str
    source: str | None = None
    facet: bool = False


QUERY_CLASSES = ("word", "phrase", "question", "filtered", "facet")
#: Classes that every engine runs; the overall p50/p95 and the ratios are over these.
COMMON_CLASSES = ("word", "phrase", "question", "filtered")

QUERIES: tuple[Query, ...] = (
    *(Query("word", w) for w in ("tariffs", "inflation", "oil", "election", "microsoft", "unemployment",
                                 "dividend", "broadband", "strike", "coffee", "yen", "football")),
    *(Query("phrase", f'"{p}"') for p in ("interest rates", "trade deficit", "prime minister", "stock market",
                                          "oil prices", "central bank", "world cup", "mobile phone",
                                          "budget deficit", "chief executive")),
    *(Query("question", q) for q in (
        "why did the central bank raise interest rates",
        "what did the chancellor say about the budget deficit",
        "how much did oil prices fall",
        "who won the election",
        "will the dollar fall against the yen",
        "what are the effects of the trade war with japan",
        "which companies reported higher profits this year",
        "did opec agree to cut production",
        "how are broadband speeds changing",
        "why are coffee prices rising",
        "what did the prime minister promise voters",
        "who is the new chief executive",
        "is the housing market slowing down",
        "what happened to wheat exports",
    )),
    *(Query("filtered", q, source=s) for q, s in (
        ("interest rates", "Reuters"),
        ("oil", "Reuters"),
        ('"trade deficit"', "Reuters"),
        ("why did the dollar fall", "Reuters"),
        ("election", "BBC News"),
        ("mobile phone", "BBC News"),
        ('"prime minister"', "BBC News"),
        ("what did the chancellor say about taxes", "BBC News"),
    )),
    *(Query("facet", q, facet=True) for q in ("profits", '"interest rates"', "government", "music",
                                              "what did analysts say about the merger", "shares")),
)


def fts5_match(text: str, stop_words: frozenset[str]) -> str:
    """The FTS5 MATCH expression for a query: quoted phrases stay phrases, other words are OR-ed (as Whoosh's
    OrGroup), stop words (newsearch's list) dropped. Every token is quoted, so FTS5 syntax never leaks in."""
    parts: list[str] = []
    for m in _PHRASE_OR_WORD.finditer(text):
        if m.group(1) is not None:
            words = _WORD.findall(m.group(1).lower())
            if words:
                parts.append('"' + " ".join(words) + '"')
        else:
            parts.extend(f'"{w}"' for w in _WORD.findall(m.group(2).lower()) if w not in stop_words)
    return " OR ".join(parts) or '""'


# -- the corpus ----------------------------------------------------------------------------------------------------

def split_article(data: bytes) -> tuple[str, list[str]]:
    """(title, body paragraphs) of a seed-format file: line 1 the title, one paragraph per line, byline dropped."""
    lines = [ln.strip() for ln in data.decode("utf-8", "replace").splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines:
        return "", []
    body = lines[1:]
    if body and _BYLINE.match(body[-1]) and len(body[-1].split()) <= 8:
        body = body[:-1]
    return lines[0], body


@dataclass(frozen=True)
class Source:
    """One corpus folder: its name, its root (where ``metadata.jsonl`` may be) and its article files in order."""

    name: str
    root: Path
    files: tuple[Path, ...]
    labels: dict[str, str]


def load_source(name: str, root: Path) -> Source:
    files = tuple(sorted(p for p in root.rglob("*.txt") if p.is_file() and not p.name.startswith(".")))
    labels: dict[str, str] = {}
    sidecar = root / SIDECAR
    if sidecar.is_file():
        with open(sidecar, encoding="utf-8") as fh:
            for line in fh:
                if '"source"' not in line:
                    continue
                entry = json.loads(line)
                if isinstance(entry.get("file"), str) and isinstance(entry.get("source"), str):
                    labels[entry["file"]] = entry["source"]
    return Source(name, root, files, labels)


def source_label(src: Source, path: Path) -> str | None:
    rel = path.relative_to(src.root).as_posix().split("/")
    for i in range(len(rel)):
        label = src.labels.get("/".join(rel[i:]))
        if label is not None:
            return label
    return None


def build_corpus(sources: Sequence[Source], n: int, workdir: Path) -> tuple[list[dict[str, Any]], int]:
    """Manifest entries (path, key, source, paragraphs) of whole articles until ``n`` paragraphs, and the number of
    scaled copies written (copy 0 is the originals, read in place)."""
    per_file: list[tuple[Source, Path, int, str | None]] = []
    for src in sources:
        for p in src.files:
            _title, body = split_article(p.read_bytes())
            per_file.append((src, p, len(body), source_label(src, p)))
    if not per_file or sum(c for _s, _p, c, _l in per_file) == 0:
        raise SystemExit("benchmark: no paragraphs in the corpus folders")
    entries: list[dict[str, Any]] = []
    total, copy = 0, 0
    while total < n:
        for src, p, count, label in per_file:
            if total >= n:
                break
            rel = p.relative_to(src.root)
            if copy == 0:
                path = p
            else:
                base = workdir / "corpus" / f"copy-{copy}" / src.name
                path = base / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(p, path)
                if (src.root / SIDECAR).is_file() and not (base / SIDECAR).exists():
                    shutil.copyfile(src.root / SIDECAR, base / SIDECAR)
            entries.append({"path": str(path), "key": f"{copy}/{src.name}/{rel.as_posix()}", "source": label,
                            "paragraphs": count})
            total += count
        copy += 1
    return entries, copy - 1


# -- measuring helpers ---------------------------------------------------------------------------------------------

def du_bytes(path: Path) -> int:
    """Disk usage of a file or folder (allocated blocks, like ``du``)."""
    if path.is_file():
        return path.stat().st_blocks * 512
    return sum((Path(d) / f).stat().st_blocks * 512 for d, _dirs, files in os.walk(path) for f in files)


def rss_mb() -> float:
    """Current resident set size of this process, in MB."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return float("nan")


def peak_rss_mb() -> tuple[float, float]:
    """Peak RSS (MB) of this process and of its largest waited-for child (Whoosh's procs>1 sub-writers)."""
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024  # ru_maxrss is KB on Linux, bytes on macOS
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale)


def cpu_seconds() -> float:
    """User + system CPU time of this process and its waited-for children: on a shared machine it is less
    sensitive to the other load than wall time is."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[k]


class RssCurve:
    """RSS samples at every tenth of the work, to show whether memory stays flat as the index grows."""

    def __init__(self) -> None:
        self.points: list[tuple[int, float]] = []
        self._next = 1

    def tick(self, done: int, total: int) -> None:
        if total and done * 10 >= self._next * total:
            self.points.append((round(100 * done / total), rss_mb()))
            self._next = done * 10 // total + 1


# -- worker: runs in a child process, one task each ----------------------------------------------------------------

def _profiled(spec: dict[str, Any], name: str, fn: Callable[[], Any]) -> Any:
    folder = spec.get("profile")
    if not folder:
        return fn()
    import cProfile
    import io
    import pstats

    prof = cProfile.Profile()
    try:
        return prof.runcall(fn)
    finally:
        Path(folder).mkdir(parents=True, exist_ok=True)
        prof.dump_stats(str(Path(folder) / f"{name}.prof"))
        for order in ("cumulative", "tottime"):
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats(order).print_stats(45)
            (Path(folder) / f"{name}.{order}.txt").write_text(out.getvalue())


def _manifest(spec: dict[str, Any]) -> list[dict[str, Any]]:
    with open(spec["manifest"], encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def task_read(spec: dict[str, Any]) -> dict[str, Any]:
    entries = _manifest(spec)
    start, cpu = time.perf_counter(), cpu_seconds()
    count = 0
    for e in entries:
        with open(e["path"], "rb") as fh:
            count += len(split_article(fh.read())[1])
    return {"seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - cpu, "paragraphs": count}


def task_parse(spec: dict[str, Any]) -> dict[str, Any]:
    import newsearch

    paths = [e["path"] for e in _manifest(spec)]
    start, cpu = time.perf_counter(), cpu_seconds()
    problems: list[Any] = []
    records = _profiled(spec, "newsearch-parse",
                        lambda: sum(1 for _r in newsearch.parse(paths, problems=problems)))
    return {"seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - cpu, "records": records,
            "failed": len(problems)}


def build_newsearch(spec: dict[str, Any], curve: RssCurve) -> dict[str, Any]:
    import newsearch

    paths = [e["path"] for e in _manifest(spec)]
    # workers=None: parsing processes next to the writer, as `newsearch index` does by default
    stats = _profiled(spec, "newsearch-build", lambda: newsearch.build_index(paths, spec["index"], rebuild=True,
                                                                             progress=curve.tick, workers=None))
    return {"records": int(stats.records), "failed": int(stats.failed), "articles": int(stats.articles)}


def plain_schema() -> Any:
    """What a Whoosh user writes from the tutorial: stemming analyzer, tiered numbers, unique ids, nothing tuned
    (``--whoosh-plain``). newsearch's own schema (untiered numbers, one-pass analysis, ids not indexed) makes the
    ``whoosh`` engine faster than this; both are shown so that the ratios can be read against either."""
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import ID, TEXT, Schema

    return Schema(id=ID(stored=True, unique=True), article_id=ID(stored=True),
                  title=TEXT(stored=True, analyzer=StemmingAnalyzer()),
                  text=TEXT(stored=True, analyzer=StemmingAnalyzer()), source=ID(stored=True))


def build_whoosh(spec: dict[str, Any], curve: RssCurve) -> dict[str, Any]:
    from whoosh import index as windex

    from newsearch.schema import build_schema, fold

    entries = _manifest(spec)
    os.makedirs(spec["index"], exist_ok=True)
    ix = windex.create_in(spec["index"], plain_schema() if spec.get("schema") == "plain" else build_schema())
    procs = int(spec.get("procs") or 1)
    writer = ix.writer(procs=procs, multisegment=True) if procs > 1 else ix.writer()
    records = 0
    try:
        for i, e in enumerate(entries):
            with open(e["path"], "rb") as fh:
                title, body = split_article(fh.read())
            key = e["key"]
            extra = {"source": fold(e["source"])} if e.get("source") else {}
            for n, text in enumerate(body, start=1):
                writer.add_document(id=f"{key}:{n}", article_id=key, title=title, text=text, **extra)
            records += len(body)
            curve.tick(i + 1, len(entries))
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    ix.close()
    return {"records": records}


def build_fts5(spec: dict[str, Any], curve: RssCurve) -> dict[str, Any]:
    entries = _manifest(spec)
    db = sqlite3.connect(spec["index"])
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, text, source UNINDEXED, article_id UNINDEXED, "
               "tokenize='porter')")
    records = 0
    with db:
        for i, e in enumerate(entries):
            with open(e["path"], "rb") as fh:
                title, body = split_article(fh.read())
            db.executemany("INSERT INTO docs(title, text, source, article_id) VALUES (?, ?, ?, ?)",
                           [(title, text, e.get("source"), e["key"]) for text in body])
            records += len(body)
            curve.tick(i + 1, len(entries))
    db.close()
    return {"records": records}


BUILDERS: dict[str, Callable[[dict[str, Any], RssCurve], dict[str, Any]]] = {
    "newsearch": build_newsearch, "whoosh": build_whoosh, "fts5": build_fts5,
}


def task_build(spec: dict[str, Any]) -> dict[str, Any]:
    curve = RssCurve()
    start, cpu = time.perf_counter(), cpu_seconds()
    out = BUILDERS[spec["kind"]](spec, curve)
    seconds = time.perf_counter() - start
    own, children = peak_rss_mb()
    out.update(seconds=seconds, cpu_seconds=cpu_seconds() - cpu, peak_rss_mb=max(own, children),
               peak_rss_self_mb=own,
               peak_rss_children_mb=children, rss_curve=curve.points)
    return out


Runner = Callable[[dict[str, Any]], int]


def newsearch_runner(spec: dict[str, Any]) -> tuple[Runner, Any, set[str]]:
    import inspect

    from newsearch.searching import search as search_fn
    from newsearch.store import NewsIndex

    ix = NewsIndex.open(spec["index"])
    supports_facets = "facets" in inspect.signature(search_fn).parameters
    skip = set() if supports_facets else {"facet"}
    # top 10 with snippets, as the raw engines are measured: no exact count of every match (count=False)
    base: dict[str, Any] = {"count": False} if "count" in inspect.signature(search_fn).parameters else {}

    def run(q: dict[str, Any]) -> int:
        options: dict[str, Any] = {"limit": 10, **base}
        if q["source"]:
            options["source"] = [q["source"]]
        if q["facet"]:
            options["facets"] = ["source"]
        result = ix.search(q["text"], **options)
        for hit in result.hits:  # what a caller touches: the record and its snippet
            _ = (hit.record.id, hit.snippet)
        return len(result.hits)

    return run, ix, skip


def whoosh_runner(spec: dict[str, Any]) -> tuple[Runner, Any, set[str]]:
    from whoosh import index as windex
    from whoosh import qparser
    from whoosh import query as wq

    from newsearch.schema import fold

    ix = windex.open_dir(spec["index"])
    searcher = ix.searcher()
    parser = qparser.MultifieldParser(["title", "text"], ix.schema, group=qparser.OrGroup.factory(0.9))

    def run(q: dict[str, Any]) -> int:
        flt = wq.Term("source", fold(q["source"])) if q["source"] else None
        results = searcher.search(parser.parse(q["text"]), limit=10, filter=flt,
                                  groupedby="source" if q["facet"] else None)
        if q["facet"]:
            _ = {k: len(v) for k, v in results.groups("source").items()}
        # [:10]: with groupedby= Whoosh keeps every matching document in the results, not just the top 10
        hits = [(hit["id"], hit.highlights("text")) for hit in results[:10]]
        return len(hits)

    return run, searcher, set()


def fts5_runner(spec: dict[str, Any]) -> tuple[Runner, Any, set[str]]:
    db = sqlite3.connect(spec["index"])
    top = ("SELECT article_id, title, snippet(docs, 1, '**', '**', '…', 40) FROM docs WHERE docs MATCH ? {flt}"
           "ORDER BY bm25(docs) LIMIT 10")

    def run(q: dict[str, Any]) -> int:
        if q["source"]:
            rows = db.execute(top.format(flt="AND source = ? "), (q["fts"], q["source"])).fetchall()
        else:
            rows = db.execute(top.format(flt=""), (q["fts"],)).fetchall()
        if q["facet"]:
            db.execute("SELECT source, count(*) FROM docs WHERE docs MATCH ? GROUP BY source", (q["fts"],)).fetchall()
        return len(rows)

    return run, db, set()


RUNNERS: dict[str, Callable[[dict[str, Any]], tuple[Runner, Any, set[str]]]] = {
    "newsearch": newsearch_runner, "whoosh": whoosh_runner, "fts5": fts5_runner,
}


def task_query(spec: dict[str, Any]) -> dict[str, Any]:
    start = time.perf_counter()
    run, handle, skip = RUNNERS[spec["kind"]](spec)
    open_ms = (time.perf_counter() - start) * 1000
    queries = [q for q in spec["queries"] if q["cls"] not in skip]
    first: list[float] = []
    hits: list[int] = []
    for q in queries:  # warm-up pass: first touch of every posting list and stored field (timed separately)
        t = time.perf_counter()
        hits.append(run(q))
        first.append((time.perf_counter() - t) * 1000)
    passes: list[list[float]] = []
    cpu_passes: list[list[float]] = []

    def timed() -> None:
        for _ in range(int(spec["repeat"])):
            lat, cpu = [], []
            for q in queries:
                t, c = time.perf_counter(), time.process_time()
                run(q)
                lat.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
            passes.append(lat)
            cpu_passes.append(cpu)

    _profiled(spec, f"{spec['kind']}-query", timed)
    close = getattr(handle, "close", None)
    if callable(close):
        close()
    own, _children = peak_rss_mb()
    return {"open_ms": open_ms, "classes": [q["cls"] for q in queries], "texts": [q["text"] for q in queries],
            "first_ms": first, "passes": passes, "cpu_passes": cpu_passes, "hits": hits, "skipped": sorted(skip),
            "peak_rss_mb": own}


TASKS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "read": task_read, "parse": task_parse, "build": task_build, "query": task_query,
}


def worker_main(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text())
    try:
        result = TASKS[spec["task"]](spec)
    except Exception as exc:  # reported by the parent as a failed engine, the run goes on
        import traceback

        traceback.print_exc()
        result = {"error": f"{type(exc).__name__}: {exc}"}
    Path(spec["result"]).write_text(json.dumps(result))
    return 0


# -- parent: orchestration and report ------------------------------------------------------------------------------

def run_worker(workdir: Path, name: str, spec: dict[str, Any], timeout: float | None) -> dict[str, Any]:
    spec = dict(spec, result=str(workdir / f"{name}.result.json"))
    spec_path = workdir / f"{name}.spec.json"
    spec_path.write_text(json.dumps(spec))
    try:
        proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--_worker", str(spec_path)],
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    result_path = Path(spec["result"])
    if not result_path.exists():
        return {"error": f"worker exited with status {proc.returncode} and no result"}
    result: dict[str, Any] = json.loads(result_path.read_text())
    return result


def timed_runs(cmd: Sequence[str], runs: int, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Whole-process wall times (ms) of ``cmd``: median, min, max over ``runs`` runs after one untimed run."""
    subprocess.run(cmd, capture_output=True, env=env, check=False)
    times = []
    status = 0
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, env=env, check=False)
        times.append((time.perf_counter() - t) * 1000)
        status = status or proc.returncode
    return {"median_ms": statistics.median(times), "min_ms": min(times), "max_ms": max(times), "runs": runs,
            "status": status}


def import_report(cmd: Sequence[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Which of HEAVY_MODULES a process imports (``-X importtime``), with cumulative import time in ms."""
    proc = subprocess.run([sys.executable, "-X", "importtime", *cmd], capture_output=True, text=True, env=env,
                          check=False)
    cumulative: dict[str, float] = {}
    count = 0
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        parts = line.split("|")
        if len(parts) != 3:
            continue
        count += 1
        name = parts[2].strip()
        cumulative[name] = int(parts[1].strip()) / 1000
    # a package's cost: the largest cumulative time among its modules (the outermost import holds the others)
    heavy = {}
    for name in HEAVY_MODULES:
        inside = [ms for m, ms in cumulative.items() if m == name or m.startswith(name + ".")]
        if inside:
            heavy[name] = round(max(inside), 1)
    top_level = sorted(((ms, m) for m, ms in cumulative.items() if "." not in m), reverse=True)[:8]
    return {"modules": count, "heavy": heavy, "top": [(m, round(ms, 1)) for ms, m in top_level],
            "status": proc.returncode}


def cold_start(workdir: Path, runs: int, big_index: Path | None) -> dict[str, Any]:
    """Whole-process times of the CLI on a seed index (and on the benchmark's newsearch index if kept)."""
    seed_index = workdir / "seed-index"
    subprocess.run([sys.executable, "-m", "newsearch", "index", str(SEEDS), "--index", str(seed_index), "--quiet"],
                   capture_output=True, check=False)
    script = Path(sys.executable).parent / "newsearch"
    console = str(script) if script.exists() else (shutil.which("newsearch") or "")
    query_args = ["query", COLD_QUERY, "--index", str(seed_index)]
    cmds: dict[str, list[str]] = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import newsearch'": [sys.executable, "-c", "import newsearch"],
        "python -m newsearch query (seed)": [sys.executable, "-m", "newsearch", *query_args],
    }
    if console:
        cmds["newsearch --help"] = [console, "--help"]
        cmds["newsearch query (seed)"] = [console, *query_args]
        if big_index is not None:
            cmds["newsearch query (bench index)"] = [console, "query", COLD_QUERY, "--index", str(big_index)]
    # As an installed package runs: with a bytecode cache (kept in the work folder, never in the repository; the
    # untimed first run of each command fills it). A PYTHONDONTWRITEBYTECODE environment (as in some sandboxes and
    # containers) recompiles newsearch's sources in every process: measured separately below when it is set.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(NO_COLOR="1", PYTHONPYCACHEPREFIX=str(workdir / "pycache"))
    times = {label: timed_runs(cmd, runs, env) for label, cmd in cmds.items()}
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and console:
        times["newsearch query (seed), no bytecode cache"] = timed_runs([console, *query_args], runs,
                                                                        dict(os.environ, NO_COLOR="1"))
    imports = {
        "query": import_report(["-m", "newsearch", *query_args], env),
        "--help": import_report(["-m", "newsearch", "--help"], env),
    }
    return {"times": times, "imports": imports, "seed_index": str(seed_index)}


def summarize_queries(result: dict[str, Any]) -> dict[str, Any]:
    classes: list[str] = result["classes"]
    out: dict[str, Any] = {}
    samples: dict[str, list[float]] = {c: [] for c in QUERY_CLASSES}
    samples["all"] = []
    for lat in result["passes"]:
        for cls, ms in zip(classes, lat, strict=True):
            samples[cls].append(ms)
            if cls in COMMON_CLASSES:
                samples["all"].append(ms)
    for name, values in samples.items():
        if values:
            out[name] = {"p50": percentile(values, 50), "p95": percentile(values, 95),
                         "mean": statistics.fmean(values), "n": len(values)}
    per_pass = [percentile([ms for c, ms in zip(classes, lat, strict=True) if c in COMMON_CLASSES], 50)
                for lat in result["passes"]]
    out["pass_p50_range"] = (min(per_pass), max(per_pass)) if per_pass else None
    cpu = [ms for lat in result.get("cpu_passes", []) for c, ms in zip(classes, lat, strict=True)
           if c in COMMON_CLASSES]
    if cpu:
        out["cpu"] = {"p50": percentile(cpu, 50), "p95": percentile(cpu, 95), "mean": statistics.fmean(cpu)}
    out["first_pass_p50"] = percentile(result["first_ms"], 50)
    out["first_pass_max"] = max(result["first_ms"]) if result["first_ms"] else float("nan")
    out["hits_mean"] = statistics.fmean(result["hits"]) if result["hits"] else 0.0
    out["zero_hit_queries"] = [t for t, h in zip(result["texts"], result["hits"], strict=True) if h == 0]
    return out


def fmt_num(value: float | None, digits: int = 0) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return f"{value:,.{digits}f}"


def fmt_ms(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "-"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def ratio(a: float | None, b: float | None) -> str:
    if not a or not b or math.isnan(a) or math.isnan(b):
        return "-"
    return f"{a / b:.2f}x"


def print_report(res: dict[str, Any]) -> None:
    p = print
    p()
    p(f"== newsearch benchmark: {res['paragraphs']:,} paragraphs in {res['files']:,} files "
      f"({res['copies']} scaled copies) from {', '.join(res['sources'])}")
    p(f"   machine: {res['machine']['cpus']} CPUs, Python {res['machine']['python']}, SQLite "
      f"{res['machine']['sqlite']}; load average {res['load_start']} at start, {res['load_end']} at end "
      "(timings are noisy on a shared machine)")
    p(f"   queries: {res['query_count']} x {res['repeat']} timed passes after 1 warm-up pass")
    rd = res.get("reading", {})
    if rd:
        p()
        p("-- reading only (no index)")
        for label, key in (("plain read+split", "read"), ("newsearch.parse (read+extract+records)", "parse")):
            r = rd.get(key)
            if r is None:
                continue
            if "error" in r:
                p(f"   {label:42} FAILED: {r['error']}")
            else:
                p(f"   {label:42} {fmt_num(res['paragraphs'] / r['seconds'])} paragraphs/s "
                  f"({r['seconds']:.1f} s)")
    p()
    p("-- indexing and queries (warm, in-process; p50/p95/mean over word, phrase, question and filtered queries)")
    header = (f"   {'engine':12} {'paragraphs/s':>12} {'build s':>8} {'records':>9} {'index MB':>9} {'peak RSS MB':>11}"
              f" {'q p50 ms':>9} {'q p95 ms':>9} {'q mean ms':>9} {'hits/q':>6}")
    p(header)
    engines: dict[str, Any] = res["engines"]
    for name, e in engines.items():
        b, q = e.get("build", {}), e.get("query_summary", {})
        if "error" in b:
            p(f"   {name:12} FAILED to build: {b['error']}")
            continue
        allq = q.get("all", {})
        p(f"   {name:12} {fmt_num(e.get('rate')):>12} {fmt_num(b.get('seconds'), 1):>8} "
          f"{fmt_num(b.get('records')):>9} {fmt_num(e.get('size_mb'), 1):>9} {fmt_num(b.get('peak_rss_mb'), 0):>11} "
          f"{fmt_ms(allq.get('p50')):>9} {fmt_ms(allq.get('p95')):>9} {fmt_ms(allq.get('mean')):>9} "
          f"{fmt_num(q.get('hits_mean'), 1):>6}")
        if "error" in e.get("query", {}):
            p(f"   {'':12} queries FAILED: {e['query']['error']}")
    p()
    p("-- query latency by class, p50/p95 ms (facet: a source facet on top, not in the overall figures)")
    p(f"   {'engine':12} " + " ".join(f"{c:>15}" for c in QUERY_CLASSES) + f" {'1st pass p50/max':>17}")
    for name, e in engines.items():
        q = e.get("query_summary")
        if not q:
            continue
        cells = [f"{fmt_ms(q[c]['p50'])}/{fmt_ms(q[c]['p95'])}" if c in q else "skipped" for c in QUERY_CLASSES]
        p(f"   {name:12} " + " ".join(f"{c:>15}" for c in cells)
          + f" {fmt_ms(q['first_pass_p50']) + '/' + fmt_ms(q['first_pass_max']):>17}")
    for name, e in engines.items():
        q = e.get("query_summary")
        if q and q.get("pass_p50_range"):
            lo, hi = q["pass_p50_range"]
            extra = f"; no hits for {len(q['zero_hit_queries'])} queries" if q["zero_hit_queries"] else ""
            p(f"   {name:12} spread: p50 per timed pass {fmt_ms(lo)}-{fmt_ms(hi)} ms; index open "
              f"{fmt_ms(e['query'].get('open_ms'))} ms; query-process peak RSS "
              f"{fmt_num(e['query'].get('peak_rss_mb'))} MB{extra}")
    for name, e in engines.items():
        curve = e.get("build", {}).get("rss_curve")
        if curve:
            p(f"   {name:12} build RSS MB at " + ", ".join(f"{pct}%: {mb:.0f}" for pct, mb in curve))
    p()
    p("-- CPU time (user+system of the process and its children: less sensitive to other load than wall time)")
    p(f"   {'engine':12} {'build CPU s':>11} {'paragraphs/CPU-s':>16} {'CPU/wall':>8} {'q CPU p50 ms':>12} "
      f"{'q CPU p95 ms':>12}")
    for name, e in engines.items():
        b, q = e.get("build", {}), e.get("query_summary", {}).get("cpu", {})
        if "error" in b or not b.get("cpu_seconds"):
            continue
        p(f"   {name:12} {fmt_num(b['cpu_seconds'], 1):>11} {fmt_num(res['paragraphs'] / b['cpu_seconds']):>16} "
          f"{b['cpu_seconds'] / b['seconds']:>8.2f} {fmt_ms(q.get('p50')):>12} {fmt_ms(q.get('p95')):>12}")
    for label, key in (("reading: plain read+split", "read"), ("reading: newsearch.parse", "parse")):
        r = res.get("reading", {}).get(key, {})
        if r.get("cpu_seconds"):
            p(f"   {label:27} {fmt_num(r['cpu_seconds'], 1):>5} CPU s, "
              f"{fmt_num(res['paragraphs'] / r['cpu_seconds'])} paragraphs/CPU-s")
    base = engines.get("whoosh", {})
    if base and "error" not in base.get("build", {}):
        p()
        p("-- ratios against raw Whoosh (one writer); rate > 1 is faster, others < 1 is better")
        bq = base.get("query_summary", {}).get("all", {})
        for name, e in engines.items():
            if name == "whoosh" or "error" in e.get("build", {}):
                continue
            q = e.get("query_summary", {}).get("all", {})
            p(f"   {name:12} rate {ratio(e.get('rate'), base.get('rate'))}, size "
              f"{ratio(e.get('size_mb'), base.get('size_mb'))}, peak RSS "
              f"{ratio(e['build'].get('peak_rss_mb'), base['build'].get('peak_rss_mb'))}, query p50 "
              f"{ratio(q.get('p50'), bq.get('p50'))}, p95 {ratio(q.get('p95'), bq.get('p95'))}")
    cold = res.get("cold")
    if cold:
        p()
        p(f"-- cold start, whole process (median of {next(iter(cold['times'].values()))['runs']} runs, min-max)")
        for label, t in cold["times"].items():
            bad = "" if t["status"] == 0 else f"  (exit status {t['status']})"
            p(f"   {label:44} {fmt_ms(t['median_ms']):>6} ms  ({fmt_ms(t['min_ms'])}-{fmt_ms(t['max_ms'])}){bad}")
        for label, imp in cold["imports"].items():
            heavy = ", ".join(f"{m} ({ms:.0f} ms)" for m, ms in imp["heavy"].items()) or "none"
            p(f"   imports of `newsearch {label}`: {imp['modules']} modules; of the heavy ones: {heavy}")
        top = cold["imports"]["query"]["top"]
        p("   slowest top-level imports of `query`: " + ", ".join(f"{m} {ms:.0f} ms" for m, ms in top))
    if res.get("profile"):
        p()
        p(f"-- cProfile output (newsearch build and query loop) in {res['profile']}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--paragraphs", "-n", type=int, default=None, help="Paragraphs to index (default 100000).")
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA,
                    help=f"Folder with {' and '.join(CORPUS_ORDER)} (default ../shared/corpora).")
    ap.add_argument("--corpus-dir", type=Path, action="append",
                    help="Use this folder of seed-format .txt files instead of --corpora (repeatable).")
    ap.add_argument("--engines", default=",".join(ENGINES), help="Comma-separated subset of: " + ", ".join(ENGINES))
    ap.add_argument("--whoosh-procs", type=int, default=1,
                    help="Also run raw Whoosh with procs=N, multisegment=True (N > 1).")
    ap.add_argument("--whoosh-plain", action="store_true",
                    help="Also run raw Whoosh with a plain tutorial schema (StemmingAnalyzer, indexed ids).")
    ap.add_argument("--queries", type=int, default=None, help="Use the first N queries of each class.")
    ap.add_argument("--repeat", type=int, default=None, help="Timed passes over the query set (default 5).")
    ap.add_argument("--cold-runs", type=int, default=None, help="Runs per cold-start command (default 10).")
    ap.add_argument("--no-cold", action="store_true", help="Skip the cold-start measurements.")
    ap.add_argument("--no-reading", action="store_true", help="Skip the reading-only measurements.")
    ap.add_argument("--workdir", type=Path, help="Work folder (default: a temporary folder, removed at the end "
                    "unless --keep; a folder given here is always kept).")
    ap.add_argument("--keep", action="store_true", help="Keep the work folder (indexes, copies) at the end.")
    ap.add_argument("--profile", type=Path, metavar="DIR",
                    help="Run newsearch's build, parse and query loop under cProfile; write .prof/.txt files here.")
    ap.add_argument("--timeout", type=float, default=None, help="Give up on any one build/query step after this "
                    "many seconds (the engine is reported as failed).")
    ap.add_argument("--smoke", action="store_true",
                    help="Tiny run for CI: ~2000 paragraphs, 2 queries per class, 1 pass, 1 cold run each.")
    ap.add_argument("--json", type=Path, metavar="FILE", help="Also write the results as JSON here.")
    ap.add_argument("--_worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    smoke = args.smoke
    args.paragraphs = args.paragraphs or (2000 if smoke else 100_000)
    args.queries = args.queries or (2 if smoke else None)
    args.repeat = args.repeat or (1 if smoke else 5)
    args.cold_runs = args.cold_runs or (1 if smoke else 10)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args._worker:
        return worker_main(args._worker)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = [e for e in engines if e not in ENGINES]
    if unknown:
        raise SystemExit(f"benchmark: unknown engine(s) {', '.join(unknown)}; choose from {', '.join(ENGINES)}")
    if args.corpus_dir:
        sources = [load_source(d.name, d.resolve()) for d in args.corpus_dir]
    else:
        missing = [c for c in CORPUS_ORDER if not (args.corpora / c).is_dir()]
        if missing:
            raise SystemExit(f"benchmark: {args.corpora} has no {', '.join(missing)} (give --corpora or --corpus-dir)")
        sources = [load_source(c, (args.corpora / c).resolve()) for c in CORPUS_ORDER]

    from newsearch.schema import STOP_WORDS

    queries = [q for cls in QUERY_CLASSES for q in [q for q in QUERIES if q.cls == cls][:args.queries]]
    query_specs = [{"cls": q.cls, "text": q.text, "source": q.source, "facet": q.facet,
                    "fts": fts5_match(q.text, STOP_WORDS)} for q in queries]

    temp = args.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="newsearch-bench-")) if temp else args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    res: dict[str, Any] = {
        "argv": sys.argv[1:], "load_start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                    "platform": platform.platform()},
        "sources": [str(s.root) for s in sources], "repeat": args.repeat, "query_count": len(queries),
        "engines": {},
    }
    try:
        t = time.perf_counter()
        entries, copies = build_corpus(sources, args.paragraphs, workdir)
        manifest = workdir / "manifest.jsonl"
        manifest.write_text("".join(json.dumps(e) + "\n" for e in entries))
        res.update(paragraphs=sum(e["paragraphs"] for e in entries), files=len(entries), copies=copies,
                   corpus_seconds=time.perf_counter() - t)
        print(f"benchmark: {res['paragraphs']:,} paragraphs in {len(entries):,} files ({copies} scaled copies); "
              f"work folder {workdir}", file=sys.stderr)
        base_spec: dict[str, Any] = {"manifest": str(manifest), "repeat": args.repeat, "queries": query_specs,
                                     "profile": str(args.profile.resolve()) if args.profile else None}
        if not args.no_reading:
            res["reading"] = {"read": run_worker(workdir, "read", dict(base_spec, task="read"), args.timeout)}
            if "newsearch" in engines:
                res["reading"]["parse"] = run_worker(workdir, "parse", dict(base_spec, task="parse"), args.timeout)
        runs = [(e, e, 1) for e in engines]
        if args.whoosh_procs > 1:
            runs.insert(engines.index("whoosh") + 1 if "whoosh" in engines else len(runs),
                        (f"whoosh-p{args.whoosh_procs}", "whoosh", args.whoosh_procs))
        if args.whoosh_plain:
            runs.insert(engines.index("whoosh") + 1 if "whoosh" in engines else len(runs),
                        ("whoosh-plain", "whoosh", 1))
        for name, kind, procs in runs:
            print(f"benchmark: {name}: building ...", file=sys.stderr)
            index = workdir / (f"{name}.db" if kind == "fts5" else f"{name}-index")
            if index.is_file():
                index.unlink()
            elif index.is_dir():
                shutil.rmtree(index)
            spec = dict(base_spec, kind=kind, index=str(index), procs=procs,
                        schema="plain" if name == "whoosh-plain" else "newsearch")
            if kind != "newsearch":
                spec["profile"] = None
            entry: dict[str, Any] = {"build": run_worker(workdir, f"{name}-build", dict(spec, task="build"),
                                                         args.timeout)}
            res["engines"][name] = entry
            if "error" in entry["build"]:
                print(f"benchmark: {name}: build failed: {entry['build']['error']}", file=sys.stderr)
                continue
            entry["rate"] = res["paragraphs"] / entry["build"]["seconds"]
            entry["size_mb"] = du_bytes(index) / 1e6
            print(f"benchmark: {name}: {entry['rate']:,.0f} paragraphs/s; querying ...", file=sys.stderr)
            entry["query"] = run_worker(workdir, f"{name}-query", dict(spec, task="query"), args.timeout)
            if "error" not in entry["query"]:
                entry["query_summary"] = summarize_queries(entry["query"])
        if not args.no_cold:
            print("benchmark: cold start ...", file=sys.stderr)
            big = workdir / "newsearch-index"
            ok = "newsearch" in res["engines"] and "error" not in res["engines"]["newsearch"]["build"]
            res["cold"] = cold_start(workdir, args.cold_runs, big if ok else None)
        res["load_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
        if args.profile:
            res["profile"] = str(args.profile.resolve())
        print_report(res)
        if args.json:
            for e in res["engines"].values():  # the raw per-query samples are large; keep the summaries
                q = e.get("query")
                if q and "passes" in q:
                    e["query"] = {k: v for k, v in q.items() if k not in ("passes", "cpu_passes", "first_ms")}
            args.json.write_text(json.dumps(res, indent=1, default=str))
    finally:
        if temp and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        elif args.keep:
            print(f"benchmark: kept {workdir}", file=sys.stderr)
    failed = [n for n, e in res["engines"].items() if "error" in e.get("build", {}) or "error" in e.get("query", {})]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
