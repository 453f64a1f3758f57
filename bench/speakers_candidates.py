"""Candidates and features for the learned speaker re-scorer experiment (``bench/speakers_train.py``).

Why: five rounds of hand-written rules lifted the articles they were written on by 0.05-0.10 F1 but unseen
articles by under 0.01; the remaining misses are mostly names that do something communicative without a speech
verb of the lexicon.  Instead of another rule per verb, this proposes more candidates per paragraph (every name
mention resolved article-wide, he/she/it resolved from the rules' antecedent state, the previous paragraph's
speakers, plus the rules' own answers) and lets a logistic regression learned on the tuning pool decide which are
speakers.  The experiment did not help in article-grouped cross-validation (docs/speakers.md, "Learned
component"), so nothing of this is shipped in the package; it lives in bench/ to keep the result reproducible.
Written dependency-free (pure Python scoring) so that it could move into the package if a later attempt helps.
"""

from __future__ import annotations

import bisect
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsearch import speakers as sp  # noqa: E402
from speakers_eval import names_match  # noqa: E402  (the eval's notion of one speaker)

__all__ = ["Candidate", "Model", "article_candidates", "decide", "rescore", "score"]


@dataclass(frozen=True)
class Model:
    """Feature weights, bias and decision threshold of the re-scorer."""

    weights: dict[str, float]
    bias: float
    threshold: float
    #: "rescore": the model decides every candidate; "add": the rules' answers stay, the model only adds
    mode: str = "rescore"


@dataclass
class Candidate:
    """One possible speaker of one paragraph, with the sparse binary features the model scores."""

    name: str
    kind: str
    order: float  # where it is first mentioned (the rules' own answers first)
    feats: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)


_WORD_RE = re.compile(r"[a-z]+")


def _lemma(word: str) -> str:
    """A crude lemma: enough to share weights between "said", "says" and "saying"."""
    w = word.lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    if len(w) > 5 and w.endswith("ing"):
        return w[:-3]
    if len(w) > 4 and w.endswith("ied"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("ed"):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _tok_feat(tok: str) -> str:
    """A token's feature value: lemma for words, a class for capitals, numbers and punctuation."""
    if tok == '"':
        return "Q"
    if tok[0].isdigit():
        return "NUM"
    if tok[0].isupper() and tok.lower() not in _FUNCTION_LOW:
        return "CAP"
    if not tok[0].isalpha():
        return tok[0]
    return _lemma(tok)


_FUNCTION_LOW = frozenset({"the", "a", "an", "he", "she", "it", "they", "in", "on", "at", "but", "and", "as",
                           "after", "when", "while", "his", "her", "its", "their", "this", "that", "i", "we"})
_PRONOUNS = {"he": "m", "she": "f"}
_SPEECH_FORMS = frozenset(sp._VERB_FORM) | frozenset(sp._INVERSION_FORMS)


def _shape(tok: str) -> str:
    """A word-shape class that generalises over unseen verbs ("bantered", "touts")."""
    if not tok[0].isalpha():
        return "P" + tok[0]
    if tok[0].isupper():
        return "CAP"
    if tok.endswith("ed"):
        return "ed"
    if tok.endswith("ing"):
        return "ing"
    if tok.endswith("s") and not tok.endswith("ss") and tok not in _FUNCTION_LOW and tok not in {"is", "was", "has"}:
        return "s"
    return "low"


def _window(feats: set[str], toks: Sequence[sp._Tok], j: int, k: int, tag: str) -> None:
    """Words around the mention toks[j:k]: exact neighbours and a small bag on each side."""
    n = len(toks)
    if k < n:
        feats.add(f"{tag}R1s:" + _shape(toks[k].text))
        if k + 1 < n:
            feats.add(f"{tag}R12s:" + _shape(toks[k].text) + "_" + _shape(toks[k + 1].text))
    if j > 0:
        feats.add(f"{tag}L1s:" + _shape(toks[j - 1].text))
    for t in toks[k: k + 8]:
        if t.low in {"that", "about", "with", "to", ":"}:
            feats.add(f"{tag}then:" + t.low)
    for d in (1, 2):
        feats.add(f"{tag}L{d}:" + (_tok_feat(toks[j - d].text) if j - d >= 0 else "^"))
        feats.add(f"{tag}R{d}:" + (_tok_feat(toks[k + d - 1].text) if k + d - 1 < n else "$"))
    for t in toks[k + 2: k + 7]:
        if t.text[0].isalpha() and t.text[0].islower():
            feats.add("RW:" + _lemma(t.text))
    for t in toks[max(0, j - 5): max(0, j - 2)]:
        if t.text[0].isalpha() and t.text[0].islower():
            feats.add("LW:" + _lemma(t.text))


def _mention_feats(feats: set[str], masked: str, toks: Sequence[sp._Tok], starts: Sequence[int],
                   sent_starts: Sequence[int], a: int, b: int, tag: str) -> None:
    """Features of one mention spanning masked[a:b]."""
    j = bisect.bisect_left(starts, a)
    k = max(j + 1, bisect.bisect_left(starts, b))
    _window(feats, toks, j, k, tag)
    si = bisect.bisect_right(sent_starts, a) - 1
    s0 = sent_starts[si]
    s1 = sent_starts[si + 1] if si + 1 < len(sent_starts) else len(masked)
    lead = masked[s0:a].strip(" \"")
    if not lead:
        feats.add(tag + "sent_init")
    elif "," not in lead and len(lead.split()) <= 2:
        feats.add(tag + "sent_near_init")
    if k < len(toks) and (not lead or lead.endswith(",")):
        feats.add(tag + "subj_R1s:" + _shape(toks[k].text))
    sent = masked[s0:s1]
    if '"' in sent:
        feats.add(tag + "sent_quote")
        if masked[max(0, a - 4):a].strip(" ,").endswith('"'):
            feats.add(tag + "after_quote")
        if '"' in masked[b:b + 6]:
            feats.add(tag + "before_quote")
    low_words = _WORD_RE.findall(sent.lower())
    if any(w in _SPEECH_FORMS for w in low_words):
        feats.add(tag + "sent_speech")
    if si == 0:
        feats.add(tag + "first_sent")


def article_candidates(trace: sp._Trace) -> list[list[Candidate]]:
    """Candidates with features for every paragraph of the article the trace describes."""
    article = trace.article
    out: list[list[Candidate]] = []
    resolved_cache: dict[tuple[str, ...], sp._Cand | None] = {}
    # first pass: resolve the name chains of every paragraph once (also gives article-wide mention counts)
    para_names: list[list[tuple[int, int, str, str, str]]] = []  # (start, end, name, kind, gender)
    art_count: dict[str, int] = {}
    for chains in trace.para_chains:
        names: list[tuple[int, int, str, str, str]] = []
        for off, words in chains:
            key = tuple(words)
            if key in resolved_cache:
                r = resolved_cache[key]
            else:
                c = sp._name_cand(words, off, words)
                r = article.resolve(c) if c is not None and c.kind in {"person", "org"} else None
                if r is not None and (r.kind not in {"person", "org"} or r.text.startswith("_")
                                      or r.text in sp._FUNCTION_CAPS):
                    r = None
                resolved_cache[key] = r
            if r is None:
                continue
            names.append((off, off + len(" ".join(words)), r.text, r.kind, r.gender))
            art_count[r.text] = art_count.get(r.text, 0) + 1
        para_names.append(names)
    prev_out: tuple[str, ...] = ()
    prev_open = False
    for i, ((res, masked, toks0), names) in enumerate(zip(trace.found, para_names, strict=True)):
        rule_out = trace.out[i]
        cands: list[Candidate] = []

        def get(name: str, kind: str, order: float, cands: list[Candidate] = cands) -> Candidate:
            for c in cands:
                if names_match(c.name, name):
                    if len(name.split()) > len(c.name.split()) and "rule" not in c.sources:
                        c.name = name
                    return c
            c = Candidate(name, kind, order)
            cands.append(c)
            return c

        for r, name in enumerate(rule_out):
            c = get(name, "rule", -100.0 + r)
            c.sources.add("rule")
            c.feats.add("rule_rank:" + str(min(r, 2)))
            if name[0].islower():
                c.feats.add("rule_desc")
            elif "'s " in name:
                c.feats.add("rule_poss")
        toks = toks0 if toks0 else sp._tokenize(masked)
        has_text = bool(toks)
        starts = [t.start for t in toks]
        sent_starts = sp._sentence_starts(masked) if has_text else [0]
        for a, b, name, kind, _gender in names:
            c = get(name, kind, float(a))
            c.sources.add("chain")
            c.kind = kind if c.kind != "rule" else c.kind
            c.feats.add("kind:" + kind)
            cnt = sum(1 for x in names if x[2] == name)
            c.feats.add("para_n:" + str(min(cnt, 3)))
            c.feats.add("art_n:" + str(min(art_count.get(name, 0), 5) // 2))
            if "_m" not in c.feats and has_text:
                _mention_feats(c.feats, masked, toks, starts, sent_starts, a, b, "")
                c.feats.add("_m")
        # he/she: the most recent gender-compatible person before it in the paragraph, else before it
        if has_text:
            for j, t in enumerate(toks):
                g = _PRONOUNS.get(t.low)
                if g is None:
                    continue
                name = ""
                for a, _b, nm, kind, gd in reversed(names):
                    if a < t.start and kind == "person" and " " in nm and gd in ("", g):
                        name = nm
                        break
                if not name:
                    for nm, gd in reversed(trace.persons_before[i]):
                        if gd in ("", g):
                            name = nm
                            break
                if not name:
                    continue
                c = get(name, "person", float(t.start))
                c.sources.add("pron")
                if "_p" not in c.feats:
                    c.feats.add("_p")
                    _window(c.feats, toks, j, j + 1, "P")
                    if j == 0 or toks[j - 1].text in {'"', ",", ";"} or t.start in sent_starts:
                        c.feats.add("P_subj")
            it = trace.it_before[i]
            if it:
                for j, t in enumerate(toks):
                    if t.low == "it" and (t.start in sent_starts or j and toks[j - 1].text in {",", '"'}):
                        c = get(it, "org", float(t.start))
                        c.sources.add("it")
                        if "_i" not in c.feats:
                            c.feats.add("_i")
                            _window(c.feats, toks, j, j + 1, "I")
                        break
        for r, name in enumerate(prev_out):
            c = get(name, "prev", 1e6 + r)
            c.sources.add("prev")
            if r == len(prev_out) - 1:
                c.feats.add("prev_last")
        para = []
        if res.starts_with_quote:
            para.append("starts_quote")
        if res.only_quote:
            para.append("only_quote")
        if prev_open:
            para.append("prev_open")
        if '"' in masked:
            para.append("has_quote")
        if not rule_out:
            para.append("rules_empty")
        if not names:
            para.append("no_names")
        for c in cands:
            c.feats.discard("_m")
            c.feats.discard("_p")
            c.feats.discard("_i")
            src = "+".join(sorted(c.sources))
            c.feats.add("src:" + src)
            for s in c.sources:
                c.feats.add("has:" + s)
                for pf in para:
                    c.feats.add(f"{s}&{pf}")
            for pf in para:
                c.feats.add("p:" + pf)
            words = c.name.split()
            c.feats.add("nw:" + str(min(len(words), 3)))
            if c.name[:1].islower():
                c.feats.add("lower")
            if c.name in prev_out:
                c.feats.add("was_prev")
        out.append(cands)
        prev_out = rule_out if rule_out else (prev_out if res.only_quote else ())
        prev_open = res.open_quote_at_end
    return out


def score(model: Model, feats: set[str]) -> float:
    """Probability that a candidate with these features is a speaker."""
    w = model.weights
    z = model.bias + sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


def decide(cands: Sequence[Candidate], probs: Sequence[float], threshold: float,
           mode: str = "rescore") -> tuple[str, ...]:
    """The accepted candidates of one paragraph: rules' answers first, then by position; one per speaker."""
    keep_rules = mode == "add"
    chosen = sorted((c.order, -p, c.name) for c, p in zip(cands, probs, strict=True)
                    if p >= threshold or keep_rules and "rule" in c.sources)
    out: list[str] = []
    for _, _, name in chosen:
        if not any(names_match(name, o) for o in out):
            out.append(name)
    return tuple(out)


def rescore(trace: sp._Trace, model: Model) -> list[tuple[str, ...]]:
    """The speakers of every paragraph as the model decides among the candidates."""
    return [decide(cands, [score(model, c.feats) for c in cands], model.threshold, model.mode)
            for cands in article_candidates(trace)]
