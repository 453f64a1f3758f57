"""The rules' trace (``newsearch.speakers._trace``) and the candidate builder of the learned re-scorer experiment
(``bench/speakers_candidates.py``, see docs/speakers.md "Learned component").

The experiment is not shipped, but its cross-validation must stay reproducible: the trace must give exactly the
rules' answers, and the candidates must cover names the rules miss.  Sentences are written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsearch.speakers import _trace, extract_speakers

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = [
    "Senator Maria Lopez said on Tuesday that the bill would pass.",
    "Lopez bickered with Tom Reyes about the vote during a radio segment.",
    "\"We have the numbers,\" she told reporters.",
    "The company said it would appeal. It added that talks continue.",
]


def test_trace_matches_rules() -> None:
    trace = _trace(ARTICLE)
    assert trace.out == extract_speakers(ARTICLE)
    assert len(trace.persons_before) == len(trace.it_before) == len(ARTICLE)
    # before paragraph 3 the last person antecedent is the speaker of paragraph 1
    assert trace.persons_before[2][-1][0] == "Maria Lopez"


def test_candidates_cover_missed_names() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import speakers_candidates as sc

    trace = _trace(ARTICLE)
    cands = sc.article_candidates(trace)
    assert len(cands) == len(ARTICLE)
    # the rules do not know "bicker"; the candidate builder still proposes both names, resolved article-wide
    assert "Maria Lopez" not in trace.out[1]
    names = {c.name for c in cands[1]}
    assert {"Maria Lopez", "Tom Reyes"} <= names
    lopez = next(c for c in cands[1] if c.name == "Maria Lopez")
    assert "chain" in lopez.sources and "R1:bicker" in lopez.feats and "sent_init" in lopez.feats
    # "she told" resolves through the rules' antecedent state; the rules' own answer is marked as such
    she = next(c for c in cands[2] if c.name == "Maria Lopez")
    assert {"rule", "pron"} <= she.sources
    # a model that trusts only the rules gives back the rules' answers
    model = sc.Model({"has:rule": 10.0}, -5.0, 0.5)
    assert sc.rescore(trace, model) == trace.out
