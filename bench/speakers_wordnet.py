"""Experiment (session 10, not shipped): would WordNet's lexical classes fill the speaker extractor's lexicon?

Adds WordNet words to the extractor's word lists *before* it is imported, then runs ``speakers_eval.py`` on the
tuning pool (held-out sets left out):

* ``verbs-first``: every verb whose most frequent sense is in ``verb.communication``, as a named-subject verb (past
  tense, person-like subject only, like round 14's class); ``verbs-tagged``: the same, only verbs with sense-tagged
  occurrences; ``verbs-major``: verbs with at least half of their senses in ``verb.communication``;
* ``nouns-first``: every noun whose first sense is in ``noun.person``, with its plural, as a speaker noun;
  ``nouns-tagged``: the same, only nouns with sense-tagged occurrences.

Result (docs/speakers.md, "Where we stand", session 10): every variant lowers the pool (us-dev 0.867 → 0.847–0.861),
so the idea was dropped.  Needs WordNet 3.0's database files (Debian: ``apt-get install wordnet-base``, which puts
them in ``/usr/share/wordnet``); nothing here is a project dependency.

    python bench/speakers_wordnet.py verbs-first [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsearch.speakers_names as lex  # noqa: E402

VERB_COMMUNICATION, NOUN_PERSON = 32, 18  # WordNet lexicographer file numbers


def read_index(wordnet: Path, pos: str) -> dict[str, tuple[list[int], int]]:
    """lemma -> (lexicographer file of each sense, most frequent first; number of sense-tagged senses)."""
    lexfile: dict[str, int] = {}
    for line in (wordnet / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            lexfile[fields[0]] = int(fields[1])
    out: dict[str, tuple[list[int], int]] = {}
    for line in (wordnet / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, n_pointers = fields[0], int(fields[3])
        rest = fields[4 + n_pointers:]
        if lemma.isalpha():
            out[lemma] = ([lexfile[o] for o in rest[2:]], int(rest[1]))
    return out


def past(verb: str, irregular: dict[str, list[str]]) -> tuple[str, ...]:
    if verb in irregular:
        return tuple(f for f in irregular[verb] if not f.endswith(("ing", "s")))
    if verb.endswith("e"):
        return (verb + "d",)
    if verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        return (verb[:-1] + "ied",)
    return (verb + "ed",)


def plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    return noun[:-3] + "men" if noun.endswith("man") else noun + "s"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("mode", choices=["verbs-first", "verbs-tagged", "verbs-major", "nouns-first", "nouns-tagged"])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    if not (args.wordnet / "index.verb").exists():
        print(f"WordNet database not found in {args.wordnet} (Debian: apt-get install wordnet-base)", file=sys.stderr)
        return 2
    added: set[str] = set()
    if args.mode.startswith("verbs"):
        irregular: dict[str, list[str]] = {}
        for line in (args.wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
            form, base = line.split()[:2]
            irregular.setdefault(base, []).append(form)
        known = set(lex.SPEECH_VERBS) | set(lex.NAMED_VERBS_R14)
        for verb, (files, tagged) in read_index(args.wordnet, "verb").items():
            if verb in known:
                continue
            if (args.mode == "verbs-major" and 2 * files.count(VERB_COMMUNICATION) >= len(files)) or (
                    args.mode != "verbs-major" and files[0] == VERB_COMMUNICATION
                    and (args.mode == "verbs-first" or tagged > 0)):
                lex.NAMED_VERBS_R14[verb] = past(verb, irregular)
                added.add(verb)
        lex.NAMED_SUBJECT_VERBS = lex.NAMED_SUBJECT_VERBS | frozenset(added)
    else:
        for noun, (files, tagged) in read_index(args.wordnet, "noun").items():
            if noun in lex.NON_SPEAKER_HEADS or noun in lex.OUTLET_HEADS:
                continue
            if files[0] == NOUN_PERSON and (args.mode == "nouns-first" or tagged > 0):
                added |= {noun, plural(noun)}
        added -= lex.SPEAKER_NOUNS
        lex.SPEAKER_NOUNS = lex.SPEAKER_NOUNS | frozenset(added)
    print(f"{args.mode}: {len(added):,} words added", file=sys.stderr)
    import speakers_eval  # after the lists are patched: the extractor builds its tables at import

    return speakers_eval.main(["--no-heldout"])


if __name__ == "__main__":
    raise SystemExit(main())
