"""Smoke test of bench/benchmark.py: it runs end to end on a tiny generated corpus and prints its figures.

No timing is asserted: the benchmark is run by hand for figures (see docs/benchmark.md).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "benchmark.py"

WORDS = ("the central bank raised interest rates as inflation rose and oil prices fell while the prime minister "
         "said tariffs on coffee and wheat exports would hurt the trade deficit of the government and its budget "
         "deficit analysts told reporters that shares in the company and its profits and dividend rose on the "
         "stock market").split()
SPEAKERS = ("Anna Keller", "the finance minister", "Maria Lopez", "a senior official")


def make_corpus(folder: Path, articles: int = 24, paragraphs: int = 4) -> None:
    """Seed-format articles (title line, one paragraph per line) in two sub-folders, with a metadata sidecar."""
    rng = random.Random(7)
    meta = []
    for i in range(articles):
        section = "markets" if i % 2 else "politics"
        rel = f"{section}/{i:03d}.txt"
        title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
        body = []
        for _ in range(paragraphs):
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30)))
            body.append(f"{words.capitalize()}, {rng.choice(SPEAKERS)} said.")
        path = folder / "articles" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join([title, *body]) + "\n", encoding="utf-8")
        meta.append({"file": rel, "source": "Reuters" if i % 2 else "BBC News"})
    (folder / "metadata.jsonl").write_text("".join(json.dumps(m) + "\n" for m in meta), encoding="utf-8")


def test_benchmark_smoke(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    before = sorted(p.relative_to(corpus) for p in corpus.rglob("*"))
    out_json = tmp_path / "results.json"
    # 250 paragraphs from a 96-paragraph corpus: exercises the scaled copies too
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--smoke", "--engines", "newsearch,whoosh,fts5", "--corpus-dir", str(corpus),
         "--paragraphs", "250", "--cold-runs", "1", "--workdir", str(tmp_path / "work"), "--json", str(out_json)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert "plain read+split" in out and "newsearch.parse" in out
    table = [line.split() for line in out.splitlines() if line.startswith("   ")]
    rows = {cells[0]: cells for cells in table if cells and cells[0] in ("newsearch", "whoosh", "fts5")}
    assert set(rows) == {"newsearch", "whoosh", "fts5"}
    assert "ratios against raw Whoosh" in out
    assert "cold start" in out and "newsearch query (seed)" in out
    assert "imports of `newsearch query`" in out
    results = json.loads(out_json.read_text())
    assert results["paragraphs"] >= 250 and results["copies"] >= 2
    for name in ("newsearch", "whoosh", "fts5"):
        engine = results["engines"][name]
        assert "error" not in engine["build"] and "error" not in engine["query"]
        assert engine["rate"] > 0 and engine["size_mb"] > 0
        assert engine["query_summary"]["all"]["n"] > 0
    # the scaled copies went to the work folder, not next to the corpus
    assert sorted(p.relative_to(corpus) for p in corpus.rglob("*")) == before
    assert (tmp_path / "work" / "corpus" / "copy-1").is_dir()


def test_speaker_templates_smoke() -> None:
    """bench/speakers_templates.py runs and its small families stay (almost) all right: a guard against a change
    that breaks a common frame ("Separately, the company said", "the Ukrainian leader said") without any annotated
    article noticing."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "speakers_templates.py"), "--family", "predicates", "discourse",
         "documents", "groups", "reported", "--errors", "5"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    rows = {line.split()[0]: line.split() for line in proc.stdout.splitlines() if " right (" in line}
    assert set(rows) == {"predicates", "discourse", "documents", "groups", "reported", "all"}
    right, total = int(rows["all"][1]), int(rows["all"][3])
    assert right >= 0.98 * total, proc.stdout


def test_speaker_probes_smoke() -> None:
    """bench/speakers_probes.py runs on the probe sets of sessions 17 and 18 and they stay near today's figures
    (0.944, 0.818, 0.888, 0.860): a guard against a change that breaks multi-speaker paragraphs, references or
    everyday article prose without the pool noticing."""
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "speakers_probes.py")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    f1 = {line.split()[0]: float(line.split("F1=")[1].split()[0]) for line in proc.stdout.splitlines() if "F1=" in line}
    assert f1["multi"] >= 0.92 and f1["references"] >= 0.79, proc.stdout
    assert f1["realistic_a"] >= 0.86 and f1["realistic_b"] >= 0.83, proc.stdout
