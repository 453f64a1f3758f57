"""Score :func:`newsearch.speakers.extract_speakers` against PolNeAR's attribution annotations.

    python bench/speakers_polnear.py DIR [DIR ...] [--errors] [--cues] [--only NAME ...]

PolNeAR (Newell, Margolin and Ruths, LREC 2018; github.com/networkdynamics/PolNeAR) is 1,008 articles of 2016 US
election coverage by seven national publishers (Breitbart, HuffPost, NYT, POLITICO, USA Today, The Washington Post,
Western Journalism), with every attribution annotated as source / cue / content spans in brat standoff files. DIR is
one of its compartments (``data/train``, ``data/dev``, …) or any folder laid out the same way: ``text/NAME.txt`` and
``attributions/NAME_ANNOTATOR.ann``. The corpus is not part of this repository (its licence is its own); point the
script at a checkout.

PolNeAR's task is wider than ours, so its annotations are turned into our gold like this (see docs/speakers.md):

* an attribution is **speech** unless its cue is a thought, belief, wish or finding (``believes``, ``wants``,
  ``fears``, ``shows`` …) or its source is a document (``a poll``, ``the report``); the others are *ignored*: they
  are not gold, and a prediction that matches one is not counted as wrong either;
* every paragraph that holds the source, the cue or part of the content of a speech attribution gets its source as
  a gold speaker (a quote that runs over several paragraphs belongs to each of them, as in our rules);
* a source is matched through its **head**: the last word of its first segment (cut at a comma, a bracket, ``who``,
  ``of``/``for``/``from``/``at``/``with``/``in``), so ``presidential candidate Sen. Lindsey Graham (R-SC)`` is
  ``graham`` and ``a spokesman for Clinton`` is ``spokesman``; a prediction matches when its last word is that head
  or it contains it as a word (``the Trump campaign`` ~ ``the campaign``);
* PolNeAR does not resolve pronouns or definite descriptions: such a source (``he said``, ``the former president
  said``) is matched by any prediction in the paragraph that no named source took. This is lenient, so the
  named/described recall is the firmer figure. A source with an appositive name (``the White House spokesman, Josh
  Earnest,``) is also matched by that name.

The first paragraph (the headline) is passed as the title and not scored, as ``newsearch parse`` does.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsearch.speakers import extract_speakers  # noqa: E402

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "me", "us"}
#: cue words of thought, belief, wish, intention or finding: not speech by our rules
NOT_SPEECH = set("""
believe believes believed believing think thinks thought thinking feel feels felt feeling want wants wanted wanting
hope hopes hoped hoping fear fears feared fearing know knows knew known knowing expect expects expected expecting
worry worries worried worrying see sees saw seen view views viewed consider considers considered considering
understand understands understood assume assumes assumed suspect suspects suspected doubt doubts doubted wonder
wonders wondered plan plans planned planning intend intends intended decide decides decided like likes liked love
loves loved hate hates hated prefer prefers preferred seem seems seemed appear appears appeared sense senses sensed
realize realizes realized realise realised learn learns learned learnt find finds found show shows showed shown
indicate indicates indicated concerned convinced sure aware confident skeptical sceptical angry upset frustrated
happy aim aims aimed try tries tried trying seek seeks sought seeking wish wishes wished dream dreams imagine
imagined remember remembers remembered agree agrees agreed opposed oppose opposes support supports supported
favor favors favored favour prefers enjoy enjoyed trust trusted suggests estimate estimates estimated
""".split())
#: source heads that are documents, polls or media items rather than speakers
DOC_HEADS = set("""
poll polls survey surveys report reports study studies data analysis records record documents document filing
filings numbers figures results estimates research article story stories book memo memos email emails letter
letters statement statements release tweet tweets post posts ad ads video videos website site page transcript
transcripts polling findings paper papers indictment complaint lawsuit ruling order law bill plan proposal
""".split())
#: the publication itself or another outlet: cited outlets have their own field in our records, they are not speakers
MEDIA_RE = re.compile(r"\b(?:CNN|MSNBC|Fox|NBC|ABC|CBS|NPR|PBS|AP|Associated Press|Reuters|AFP|UPI|Breitbart|Politico|"
                      r"POLITICO|HuffPost|Huffington|BuzzFeed|Bloomberg|Axios|Newsweek|Time|Times|Post|Journal|Daily|"
                      r"Mail|Guardian|Telegraph|Tribune|Herald|Gazette|News|Magazine|Atlantic|Hill|Vox|Slate|"
                      r"Washington Examiner|Drudge|Salon|Mother Jones|Politifact|PolitiFact)\b|"
                      r"\b(?:media|press|newspaper|network|outlet|tabloid|magazine)$")
_CUT_RE = re.compile(r",|\(|—|–|\s(?:who|which|that|of|for|from|at|with|in|on|to)\s", re.I)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


def head(span: str) -> str:
    """Lower-case head word of a source span (see the module docstring)."""
    first = _CUT_RE.split(" " + span.replace("’", "'") + " ", maxsplit=1)[0]
    words = [w.rstrip(".").lower() for w in _WORD_RE.findall(first)]
    words = [re.sub(r"['’]s?$", "", w) for w in words if w]
    return words[-1] if words else ""


def _pred_words(pred: str) -> list[str]:
    """Lower-case words of a prediction; a curly apostrophe counts as a straight one ("O’Neill" ~ "O'Neill")."""
    return [re.sub(r"'s?$", "", w.rstrip(".").lower()) for w in _WORD_RE.findall(pred.replace("’", "'"))]


def pred_matches(pred: str, h: str) -> bool:
    words = _pred_words(pred)
    return bool(words) and (words[-1] == h or h in words)


@dataclass
class Attr:
    source: str
    cue: str
    kind: str  # "speech" or "ignored"
    spans: list[tuple[int, int]] = field(default_factory=list)  # source, cue and content offsets

    @property
    def head(self) -> str:
        return head(self.source)

    @property
    def pronoun(self) -> bool:
        """A pronoun, or a short definite description ("the former president"): PolNeAR does not say whom either
        refers to, and we resolve both when we can."""
        src = self.source.strip()
        words = src.split()
        return src.lower() in PRONOUNS or (words[0].lower() == "the" and len(words) <= 5 and self.head.islower()
                                           and not any(w[0].isupper() for w in words[1:-1] if w[0].isalpha())
                                           and not any(c in src for c in ",()"))

    @property
    def names(self) -> set[str]:
        """Capitalised words of the source before any relative clause: "the White House spokesman, Josh Earnest,"
        also matches "Josh Earnest"."""
        first = re.split(r"\s(?:who|which|that)\s", self.source.replace("’", "'"), maxsplit=1)[0]
        return {re.sub(r"['’]s?$", "", w.rstrip(".").lower()) for w in _WORD_RE.findall(first) if w[0].isupper()}


def read_ann(path: Path) -> list[Attr]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if line.startswith("T") and len(f) >= 2:
            kind, _, offs = f[1].partition(" ")
            pieces = [tuple(int(x) for x in s.split()) for s in offs.split(";") if s.strip()]
            spans[f[0]] = (kind, [(a, b) for a, b in pieces], f[2] if len(f) > 2 else "")
        elif line.startswith("E") and len(f) >= 2:
            events.append(dict(p.split(":", 1) for p in f[1].split() if ":" in p))
    out = []
    for ev in events:
        if "Source" not in ev or ev["Source"] not in spans:
            continue
        src = spans[ev["Source"]]
        cue = spans.get(ev.get("Cue", ""), ("", [], ""))
        content = spans.get(ev.get("Content", ""), ("", [], ""))
        cue_words = {w.lower() for w in _WORD_RE.findall(cue[2])}
        doc = head(src[2]) in DOC_HEADS or MEDIA_RE.search(src[2].strip()) is not None
        kind = "ignored" if doc or cue_words & NOT_SPEECH else "speech"
        # "Trump and Ryan issued a statement": two speakers
        conj = re.search(r"\sand\s[A-Z]", src[2]) and not re.search(r"\b(?:of|for|at|with|from)\b", src[2])
        parts = re.split(r",\s+(?:and\s+)?|\s+and\s+", src[2]) if conj else [src[2]]
        for part in parts:
            out.append(Attr(part, cue[2], kind, src[1] + cue[1] + content[1]))
    return out


def paragraphs(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        if m.group().strip():
            out.append((m.start(), m.end(), " ".join(m.group().split())))
    return out


#: ``--merge-anaphors`` (set by :func:`main` only)
MERGE_ANAPHORS = False


@dataclass
class Totals:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))


def score_article(text: str, attrs: list[Attr], tot: Totals, errors: bool, name: str, cues: Counter[str]) -> None:
    paras = paragraphs(text)
    if len(paras) < 2:
        return
    title, body = paras[0], paras[1:]
    pred = extract_speakers([p for _, _, p in body], title=title[2])
    for n, ((a, b, ptext), plist) in enumerate(zip(body, pred, strict=True), 1):
        here = [at for at in attrs if any(s < b and e > a for s, e in at.spans)]
        gold: list[Attr] = []
        for at in (x for x in here if x.kind == "speech"):
            key = at.source.strip().lower() if at.pronoun else at.head
            if key and all((g.source.strip().lower() if g.pronoun else g.head) != key for g in gold):
                gold.append(at)
        ignored = [x for x in here if x.kind == "ignored"]
        left = list(plist)
        hit: list[Attr] = []
        for g in (g for g in gold if not g.pronoun):
            for p in left:
                if pred_matches(p, g.head) or "," in g.source and _pred_words(p)[-1:] and \
                        _pred_words(p)[-1] in g.names:
                    left.remove(p)
                    hit.append(g)
                    break
        for g in (g for g in gold if g.pronoun):
            if left:
                left.pop(0)
                hit.append(g)
        if MERGE_ANAPHORS and any(not g.pronoun for g in gold):
            # --merge-anaphors: "Steven Cheung … said … “…,” he said" is one speaker in our gold, two attributions in
            # PolNeAR's; an unmatched anaphor beside a named or described source is taken to be that source again
            gold = [g for g in gold if not g.pronoun or g in hit]
        wrong = [p for p in left if not any(x.pronoun or pred_matches(p, x.head) for x in ignored)]
        tot.tp += len(hit)
        tot.gold += len(gold)
        tot.pred += len(hit) + len(wrong)
        for g in gold:
            k = "anaphor" if g.pronoun else ("named" if any(c.isupper() for c in g.source) else "described")
            tot.by_kind[k][1] += 1
            if g in hit:
                tot.by_kind[k][0] += 1
            else:
                cues[g.cue.lower()] += 1
        missed = [g for g in gold if g not in hit]
        if errors and (missed or wrong):
            print(f"--- {name} #{n}\n    {ptext[:600]}")
            print(f"    missed={[(g.source, g.cue) for g in missed]}\n    wrong={wrong}\n    pred={list(plist)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path, help="PolNeAR compartment folders (text/ and attributions/)")
    ap.add_argument("--errors", action="store_true", help="print missed and unsupported speakers")
    ap.add_argument("--cues", action="store_true", help="count the cues of missed speakers")
    ap.add_argument("--only", nargs="*", default=None, help="article names (without annotator) to score")
    ap.add_argument("--merge-anaphors", action="store_true",
                    help="an unmatched pronoun or definite description beside a named or described source of the same "
                         "paragraph is not counted as a separate speaker (our gold lists each person once)")
    args = ap.parse_args(argv)
    global MERGE_ANAPHORS
    MERGE_ANAPHORS = args.merge_anaphors
    tot = Totals()
    cues: Counter[str] = Counter()
    n_art = 0
    for d in args.dirs:
        for ann in sorted((d / "attributions").glob("*.ann")):
            name = ann.stem.rsplit("_", 1)[0]
            if args.only is not None and name not in args.only:
                continue
            txt = d / "text" / f"{name}.txt"
            if not txt.exists():
                print(f"warning: no text for {ann.name}", file=sys.stderr)
                continue
            n_art += 1
            score_article(txt.read_text(encoding="utf-8"), read_ann(ann), tot, args.errors, name, cues)
    p = tot.tp / tot.pred if tot.pred else 1.0
    r = tot.tp / tot.gold if tot.gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{n_art} articles: P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tot.tp}, predicted {tot.pred}, gold {tot.gold})")
    for k in ("named", "described", "anaphor"):
        h, g = tot.by_kind[k]
        print(f"  recall {k:9s} {h / g if g else 1:.3f} ({h}/{g})")
    if args.cues:
        for cue, cnt in cues.most_common(60):
            print(f"  {cnt:4d}  {cue}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
