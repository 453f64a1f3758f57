"""Gold-free bug finder for the speaker extractor: "said" sentences in paragraphs that get no speaker.

Runs :func:`newsearch.speakers.extract_speakers` over an *unannotated* corpus folder (one article per file: headline
line, then paragraphs) and counts paragraphs that have ``said``/``says``/``told``/``tells``/``added``/``according
to`` outside quotation marks but no speaker.  Many of them are fine ("It said" with no antecedent, "the report
said"), but a plain ``X said`` sentence in that list is a machinery failure, found without looking at any gold
annotation.  Round 18 (docs/speakers.md) was written from this list only.

    python bench/speakers_scan.py reuters21578            # counts only
    python bench/speakers_scan.py bbc --show 40 --seed 7  # and 40 sentences from a shuffled order
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsearch.speakers import extract_speakers  # noqa: E402

_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')
_SAID = re.compile(r"\b(?:said|says|told|tells|added|according to)\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("corpus", help="folder name under --corpora (bbc, reuters21578) or a path")
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    ap.add_argument("--show", type=int, default=0, help="print this many sentences from empty paragraphs")
    ap.add_argument("--seed", type=int, default=1, help="shuffle seed for the sentences shown")
    args = ap.parse_args(argv)
    root = Path(args.corpus) if Path(args.corpus).is_dir() else args.corpora / args.corpus
    files = sorted((root / "articles" if (root / "articles").is_dir() else root).rglob("*.txt"))
    if not files:
        print(f"no .txt files under {root}", file=sys.stderr)
        return 2
    random.Random(args.seed).shuffle(files)
    said = empty = shown = 0
    for path in files:
        lines = [ln for ln in path.read_text(encoding="utf-8", errors="replace").split("\n") if ln.strip()]
        if len(lines) < 2:
            continue
        title, body = lines[0], lines[1:]
        for text, speakers in zip(body, extract_speakers(body, title=title), strict=True):
            bare = _QUOTED.sub(" ", text)
            if not _SAID.search(bare):
                continue
            said += 1
            if speakers:
                continue
            empty += 1
            if shown < args.show:
                hits = [s for s in _SENTENCE.split(bare) if _SAID.search(s)]
                print(f"{path.relative_to(root)}: {' | '.join(hits)[:260]}")
                shown += 1
    print(f"{root.name}: {said:,} paragraphs with a said-sentence, {empty:,} with no speaker "
          f"({100 * empty / max(said, 1):.1f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
