"""Crash safety: SIGKILL `newsearch index` at random moments, many times, and check the index after each kill.

After every kill the index must open and answer a query, and each file's records must be either absent or exactly
the records of one version of that file, each once. A final complete run must equal a fresh build.

The default suite does a bounded number of kills; set ``NEWSEARCH_KILLS=500`` for a long run (``-s`` shows the figures).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from newsearch import IndexNotFoundError, NewsIndex, parse

KILLS = int(os.environ.get("NEWSEARCH_KILLS", "18"))
SEED = int(os.environ.get("NEWSEARCH_KILL_SEED", "20250614"))
WORDS = ("minister budget troops harbour election court strike vaccine river summit bank drought tariff "
         "festival bridge council").split()

Version = tuple[tuple[str, str, str], ...]  # sorted (id, kind, text) of one file's documents


def article_text(rng: random.Random, n: int, version: int) -> str:
    paras = [f"{rng.choice(WORDS).title()} report {n} version {version}"]
    for p in range(rng.randint(2, 7)):
        words = " ".join(rng.choice(WORDS) for _ in range(12))
        paras.append(f"Paragraph {p} of story {n} v{version}: {words}, said Ana Ruiz.")
    return "\n\n".join(paras) + "\n"


def expected_version(path: Path) -> Version:
    """The records a fresh build stores for the file at ``path`` (as compared by ``documents``)."""
    out = [(r.id, r.kind, r.text) for r in parse([path])]
    return tuple(sorted(out))


def documents(index_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """abspath -> stored fields of its documents (hidden article documents excluded)."""
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with NewsIndex.open(index_dir) as ix:
        reader = ix.searcher().reader()
        for fields in reader.all_stored_fields():
            if fields.get("kind") != "article":
                by_file[fields["abspath"]].append(fields)
        if ix.doc_count():  # an empty index cannot be queried yet: test_concurrency.py::test_query_on_an_empty_index
            ix.query("paragraph")  # the index answers queries
    return by_file


def check(index_dir: Path, history: dict[str, set[Version]], must_have: set[str] | None = None) -> list[str]:
    """Inconsistencies of the index against every version each file has had. ``must_have``: files that an earlier
    commit had and that are still on disk (an update must never drop a file, even for a moment)."""
    problems: list[str] = []
    by_file = documents(index_dir)
    for abspath in sorted((must_have or set()) - set(by_file)):
        if os.path.exists(abspath):
            problems.append(f"{abspath}: indexed before, still on disk, but its records are gone")
    ids = Counter(f["id"] for docs in by_file.values() for f in docs)
    problems += [f"duplicate record id {i} ({n} times)" for i, n in ids.items() if n > 1]
    for abspath, docs in by_file.items():
        if len({d.get("sig") for d in docs}) != 1:
            problems.append(f"{abspath}: records from more than one run")
        got = tuple(sorted((d["id"], d["kind"], d["text"]) for d in docs))
        if got not in history.get(abspath, set()):
            problems.append(f"{abspath}: {len(docs)} records that match no version of the file")
    return problems


def run_index(corpus: Path, index_dir: Path, *extra: str, **env: str) -> subprocess.Popen[bytes]:
    environ = {**os.environ, "NEWSEARCH_BATCH_RECORDS": "40", "NEWSEARCH_LOCK_TIMEOUT": "0", **env}
    return subprocess.Popen([sys.executable, "-m", "newsearch", "index", str(corpus), "--index", str(index_dir),
                             "-q", *extra], env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_kill_at_random_points(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    index_dir = tmp_path / "index"
    history: dict[str, set[Version]] = defaultdict(set)
    version = 0
    next_n = 0

    def write(n: int) -> None:
        path = corpus / f"sub{n % 4}" / f"story{n:04d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(article_text(rng, n, version), encoding="utf-8")
        history[os.path.realpath(path)].add(expected_version(path))

    for _ in range(150):
        write(next_n)
        next_n += 1

    kills = killed_mid_run = finished_first = 0
    inconsistencies: list[str] = []
    # Rough length of a run of each kind, learnt from the runs that finish before their kill, so that most kills
    # land mid-run.
    duration = {"incremental": 1.0, "rebuild": 2.0}
    created = False
    present: set[str] = set()
    for round_ in range(KILLS):
        # Change the corpus between runs so that updates and removals are interrupted too.
        version += 1
        files = sorted(corpus.rglob("*.txt"))
        for path in rng.sample(files, min(12, len(files))):
            write(int(path.stem[5:]))
        for path in rng.sample(files, min(4, len(files))):
            path.unlink(missing_ok=True)
        for _ in range(4):
            write(next_n)
            next_n += 1
        rebuild = ("--rebuild",) if round_ % 5 == 4 else ()
        kind = "rebuild" if rebuild else "incremental"
        started = time.monotonic()
        # every other run parses in a worker process, so kills also land while the pool is running
        pool = round_ % 2 == 1
        proc = run_index(corpus, index_dir, *rebuild, *(("--workers", "1") if pool else ()),
                         **({"NEWSEARCH_PARALLEL_MIN_FILES": "0"} if pool else {}))
        time.sleep(rng.uniform(0.05, duration[kind]))
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate()
        kills += 1
        if proc.returncode == -signal.SIGKILL:
            killed_mid_run += 1
        else:
            finished_first += 1
            duration[kind] = 0.7 * duration[kind] + 0.3 * (time.monotonic() - started)
            if proc.returncode != 0:
                inconsistencies.append(f"round {round_}: run exited {proc.returncode}: {err.decode()[-300:]}")
        try:
            found = check(index_dir, history, None if rebuild else present)
            present = set(documents(index_dir))
            created = True
        except IndexNotFoundError:
            found = [] if not created else ["index vanished after a kill"]
        inconsistencies += [f"round {round_}: {p}" for p in found]

    # A complete run finishes the job: same records as a fresh build of the final corpus.
    done = run_index(corpus, index_dir)
    _, err = done.communicate()
    assert done.returncode == 0, err.decode()
    fresh_dir = tmp_path / "fresh"
    fresh = run_index(corpus, fresh_dir)
    _, err = fresh.communicate()
    assert fresh.returncode == 0, err.decode()
    final = {a: sorted((d["id"], d["kind"], d["text"]) for d in docs) for a, docs in documents(index_dir).items()}
    clean = {a: sorted((d["id"], d["kind"], d["text"]) for d in docs) for a, docs in documents(fresh_dir).items()}
    if final != clean:
        inconsistencies.append(f"final index differs from a fresh build: {len(final)} files vs {len(clean)}")
    inconsistencies += check(index_dir, {a: {tuple(v)} for a, v in clean.items()})
    print(f"\nkill test: {kills} kills ({killed_mid_run} mid-run, {finished_first} after the run had finished), "
          f"{len(inconsistencies)} inconsistencies, seed {SEED}")
    assert not inconsistencies, "\n".join(inconsistencies[:20])


@pytest.mark.parametrize("delay", [0.0, 0.3])
def test_killed_lock_holder_does_not_block_the_next_run(tmp_path: Path, delay: float) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rng = random.Random(1)
    for n in range(60):
        (corpus / f"s{n}.txt").write_text(article_text(rng, n, 0), encoding="utf-8")
    index_dir = tmp_path / "index"
    proc = run_index(corpus, index_dir, NEWSEARCH_BATCH_RECORDS="5")
    deadline = time.monotonic() + 10
    lock = index_dir / "MAIN_WRITELOCK"
    while time.monotonic() < deadline and str(proc.pid) not in (lock.read_text() if lock.exists() else ""):
        time.sleep(0.01)
    time.sleep(delay)
    proc.kill()
    proc.communicate()
    again = run_index(corpus, index_dir)  # lock timeout 0: a stale lock would fail at once
    _, err = again.communicate()
    assert again.returncode == 0, err.decode()
