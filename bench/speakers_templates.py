"""Stress the attribution machinery with sentences generated from templates.

    python bench/speakers_templates.py [--errors N] [--family NAME ...]

Annotated articles test the constructions their writers happened to use; a construction that a blind article uses
and no tuning article did is a miss nobody sees until the blind score comes in. This script writes the common news
attribution frames out combinatorially instead: fronted phrases with and without their comma, adverbs and
insertions between subject and verb, named, described, titled and anonymous subjects, inverted verbs, quotations
before, after and around the attribution, multi-paragraph quotations, pronouns and role anaphors across a filler
paragraph, statements and letters, and sentences that must give nobody (thoughts, refusals, documents, "declined
to comment"). Every sentence follows a short invented lead paragraph that introduces the people and the company;
the expected speaker comes from the template, never from the extractor.

A sentence is right when the extractor gives exactly as many speakers as expected and each expected one matches a
given one by its last word (the hold-out scorer's "a surname counting as a match for the full name").
Session 15 wrote it; session 16 added the families ``groups`` and ``reported``; the gaps they found are listed in
docs/speakers.md ("Rules added in session 15", "… in session 16"). It is a
machinery check, not a quality estimate: the figures of record are those of ``speakers_eval.py``.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsearch.speakers import extract_speakers  # noqa: E402

Case = tuple[list[str], tuple[str, ...]]  # paragraphs, expected speakers of the last one

LEAD = "Sen. Jane Miller, a Democrat from Ohio, met executives of Acme Corp. on Monday to discuss the plant closure."
LEAD_DEFENCE = ("The Pentagon is weighing a troop withdrawal from Europe, officials said on Monday, as Ukrainian "
                "President Volodymyr Zelenskyy pressed Washington for answers.")


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def fronted() -> Iterator[Case]:
    """Fronted phrase (with or without its comma) x subject x adverb or auxiliary x verb x complement."""
    fronts = ["", "On Sunday, ", "On Sunday ", "In 2015 ", "Last week ", "In a statement, ", "In an interview with "
              "CNN, ", "Earlier this month ", "But ", "However, ", "Speaking to reporters, ", "At a rally in Ohio on "
              "Tuesday, ", "After the vote, ", "Asked about the plan, ", "In Washington ", "Meanwhile, ", "Still, ",
              "On Twitter, ", "Hours later, ", "In a letter to lawmakers, ", "For her part, ", "Separately, "]
    subjects = {"she": "Jane Miller", "Miller": "Jane Miller", "the senator": "Jane Miller",
                "Ms. Miller": "Jane Miller", "the Ohio Democrat": "Jane Miller",
                "a spokesman for the company": "a spokesman for the company", "Acme": "Acme Corp",
                "the company": "Acme Corp", "company officials": "company officials",
                "Acme's chief executive, Tom Hart,": "Tom Hart", "Tom Hart, Acme's chief executive,": "Tom Hart",
                "Acme chief executive Tom Hart": "Tom Hart"}
    advs = ["", "also ", "later ", "repeatedly ", "has ", "had ", "has since ", "again "]
    verbs = ["said", "told reporters", "wrote", "argued", "warned", "insisted", "noted", "added", "claimed",
             "announced", "acknowledged", "testified", "tweeted", "suggested", "stressed", "conceded"]
    comps = [" that the plan would fail.", " the plan would fail.", ", \"The plan will fail.\""]
    for f, (subj, want), a, v, c in itertools.product(fronts, subjects.items(), advs, verbs, comps):
        if a.startswith("ha") and v == "wrote":
            v = "written"
        s = subj if f else _cap(subj)
        yield [LEAD, f + s + " " + a + v + c], (want,)


def quotes() -> Iterator[Case]:
    """A quotation before, after, around or below the attribution; inverted verbs."""
    subjects = {"she": "Jane Miller", "Miller": "Jane Miller", "the senator": "Jane Miller",
                "a spokesman for the company": "a spokesman for the company", "Acme": "Acme Corp",
                "Acme's chief executive, Tom Hart,": "Tom Hart", "Acme chief executive Tom Hart": "Tom Hart",
                "one official": "one official", "an aide to Miller": "an aide to Miller",
                "Ann Lee, a union leader,": "Ann Lee", "Ann Lee, 45, a welder from Toledo,": "Ann Lee",
                "Ann Lee, who has worked at the plant for 20 years,": "Ann Lee", "two workers": "two workers",
                "Gov. Mike DeWine": "Mike DeWine", "DeWine, a Republican,": "Mike DeWine"}
    verbs = ["said", "told reporters", "wrote", "added", "warned", "insisted", "noted", "explained", "said in a "
             "statement", "told CNN", "told The Associated Press", "says", "recalled"]
    advl = ["", " on Tuesday", " in an interview", " at a news conference in Columbus", ", adding that the vote "
            "was close"]
    frames: list[Callable[[str, str, str], str | None]] = [
        lambda S, V, A: f"\"The plan will fail,\" {S} {V}{A}.",
        lambda S, V, A: f"{_cap(S)} {V}{A}: \"The plan will fail.\"" if V != "says" else None,
        lambda S, V, A: f"\"The plan,\" {S} {V}{A}, \"will fail.\"",
        lambda S, V, A: f"The plan will fail, {S} {V}{A}.",
        lambda S, V, A: f"The plan, {S} {V}{A}, will fail.",
        lambda S, V, A: f"\"The plan will fail,\" {V} {S}{A}." if V in {"said", "added", "wrote", "says"} and (
            "," not in S and S != "she") else None,
    ]
    for frame, (subj, want), v, a in itertools.product(frames, subjects.items(), verbs, advl):
        sent = frame(subj, v, a)
        if sent is not None:
            yield [LEAD, sent.replace(",, ", ", ").replace(",:", ":").replace(",.", ".")], (want,)


def subjects() -> Iterator[Case]:
    """News-style subjects: offices, appositives, party codes, anonymous sources, governments."""
    subs = {
        "the Pentagon": "Pentagon", "Pentagon officials": "Pentagon officials",
        "a Pentagon spokeswoman, Sabrina Singh,": "Sabrina Singh", "Sabrina Singh, a Pentagon spokeswoman,":
        "Sabrina Singh", "Pentagon spokeswoman Sabrina Singh": "Sabrina Singh", "Defense Secretary Lloyd Austin":
        "Lloyd Austin", "Lloyd J. Austin III, the defense secretary,": "Lloyd J. Austin III",
        "NATO Secretary-General Mark Rutte": "Mark Rutte", "the NATO chief, Mark Rutte,": "Mark Rutte",
        "Mark Rutte, NATO's secretary-general,": "Mark Rutte", "a senior European official":
        "a senior European official", "one NATO diplomat": "one NATO diplomat",
        # session 25: an anonymity clause is no part of the description (as the annotations write it)
        "a U.S. official who spoke on condition of anonymity": "a U.S. official",
        "two people familiar with the plan": "two people familiar with the plan", "a person familiar with the "
        "talks": "a person familiar with the talks", "the State Department": "State Department",
        "White House press secretary Karine Jean-Pierre": "Karine Jean-Pierre", "German Chancellor Olaf Scholz":
        "Olaf Scholz", "Poland's defense minister, Wladyslaw Kosiniak-Kamysz,": "Wladyslaw Kosiniak-Kamysz",
        "Rep. Adam Smith, D-Wash.,": "Adam Smith", "Sen. Roger Wicker (R-Miss.)": "Roger Wicker",
        "Rep. Mike Rogers of Alabama": "Mike Rogers", "House Speaker Mike Johnson": "Mike Johnson",
        "the Kremlin": "Kremlin", "Kremlin spokesman Dmitry Peskov": "Dmitry Peskov", "Zelenskyy":
        "Volodymyr Zelenskyy", "the Ukrainian leader": "Volodymyr Zelenskyy", "analysts": "analysts",
        "Jim Townsend, a former Pentagon official now at the Center for a New American Security,": "Jim Townsend",
        "Mark Cancian of the Center for Strategic and International Studies": "Mark Cancian",
        "the European Commission": "European Commission", "Lockheed Martin": "Lockheed Martin"}
    fronts = ["", "On Monday, ", "In a statement, ", "Speaking in Brussels, ", "But ", "Separately, ",
              "Last week "]
    verbs = ["said", "told reporters", "said in a statement", "warned", "told Reuters", "has said"]
    for f, (subj, want), v in itertools.product(fronts, subs.items(), verbs):
        s = subj if f else _cap(subj)
        yield [LEAD_DEFENCE, f"{f}{s} {v} that the withdrawal would weaken deterrence."], (want,)
    for (subj, want), v in itertools.product(subs.items(), verbs):
        yield [LEAD_DEFENCE, f"\"This would weaken deterrence,\" {subj} {v}."], (want,)
        if v == "said" and not subj.endswith(",") and " who " not in subj:
            yield [LEAD_DEFENCE, f"\"This would weaken deterrence,\" said {subj}."], (want,)


def predicates() -> Iterator[Case]:
    """Reported speech beyond "said": accusations, appeals, refusals, coordinated verbs; person-like subjects."""
    subs = {"Miller": ("Jane Miller",), "She": ("Jane Miller",), "The senator": ("Jane Miller",),
            "Miller's office": ("office",), "A spokesman for Miller": ("a spokesman for Miller",),
            "Miller's spokesman, Tom Hart,": ("Tom Hart",), "Her spokesman": ("spokesman",), "Acme": ("Acme Corp",),
            "The company": ("Acme Corp",), "Miller and Gov. Mike DeWine": ("Jane Miller", "Mike DeWine"),
            "Miller, along with DeWine,": ("Jane Miller",), "Miller, however,": ("Jane Miller",),
            "Miller, for her part,": ("Jane Miller",), "Miller, 62,": ("Jane Miller",),
            "The 62-year-old senator": ("Jane Miller",)}
    preds = ["accused the company of lying", "urged Congress to act", "called on Acme to reverse course",
             "called the plan a disaster", "denied that the plant would close", "announced that the plant would "
             "close", "warned of layoffs", "praised the workers for their patience", "criticized the company for "
             "the decision", "described the plan as reckless", "dismissed the report as fake news", "pushed back on "
             "the claim", "questioned whether the plan would work", "asked whether the plan would work",
             "acknowledged that the plan might fail", "vowed to fight the closure", "promised to help the workers",
             "threatened to sue", "told The Washington Post on Tuesday that the plan would fail", "said in an "
             "interview with NPR that the plan would fail", "wrote on Facebook that the plan would fail",
             "issued a statement saying the plan would fail", "made the remarks at a rally", "blasted the decision",
             "rejected the accusations", "has long argued that the plan would fail", "met with workers and said the "
             "plan would fail", "declined to comment but said the plan would fail", "was quoted as saying the plan "
             "would fail", "signaled that the plant would close", "expressed concern about the closure",
             "raised concerns about the closure", "took aim at the company", "weighed in on the closure",
             "cast doubt on the plan", "lashed out at the company", "echoed that view", "disputed that account"]
    for (subj, want), p in itertools.product(subs.items(), preds):
        yield [LEAD, f"{subj} {p}."], want


def discourse() -> Iterator[Case]:
    """Pronouns, surnames and role anaphors after a filler paragraph; quotations over two paragraphs."""
    people = [("Sen. Jane Miller, a Democrat from Ohio,", "Jane Miller", "she", "the senator", "the Ohio Democrat",
               "Miller", "Gov. Mike DeWine, a Republican,"),
              ("Gov. Mike DeWine, a Republican,", "Mike DeWine", "he", "the governor", "the Republican governor",
               "DeWine", "Sen. Jane Miller, a Democrat from Ohio,"),
              ("Tom Hart, Acme's chief executive,", "Tom Hart", "he", "the chief executive", "the executive", "Hart",
               "Ann Lee, a union leader at the plant,"),
              ("Ann Lee, a union leader at the plant,", "Ann Lee", "she", "the union leader", "the union leader",
               "Lee", "Tom Hart, Acme's chief executive,")]
    for intro, full, pron, role1, role2, sur, other in people:
        for filler, second in itertools.product(["The plant employs 1,200 people.", ""],
                                                ["", f"{other} also attended the meeting."]):
            lead = [intro + " met workers at the Acme plant in Lordstown on Monday."] + [
                p for p in (second, filler) if p]
            for sent in (f"{_cap(pron)} said the closure would devastate the town.",
                         f"\"This is a disaster,\" {pron} told reporters after the meeting.",
                         f"{_cap(role1)} said the closure would devastate the town.",
                         f"\"This is a disaster,\" said {role1}.",
                         f"{_cap(role2)} said the closure would devastate the town.",
                         f"\"This is a disaster,\" said {sur}.",
                         f"Asked about the closure, {pron} said it was a disaster.",
                         f"In a statement, {pron} said the closure was a disaster.",
                         f"{sur} made the remarks at a news conference."):
                yield lead + [sent], (full,)
            yield lead + [f"\"This is a disaster,\" {sur} said. \"We will fight it.", "\"We will not give up.\""], (
                full,)
            yield lead + ["\"This is a disaster for the town.", f"\"We will not give up,\" {sur} said."], (full,)


def documents() -> Iterator[Case]:
    """Statements, letters, outlets and sentences that report nobody speaking."""
    lead2 = [LEAD, "Tom Hart, Acme's chief executive, announced the closure on Friday."]
    cases: list[tuple[str, tuple[str, ...]]] = [
        ("In a statement, Miller's office said the closure was a disaster.", ("office",)),
        ("A statement from Acme said the plant would close in June.", ("Acme Corp",)),
        ("Acme's statement said the plant would close.", ("Acme Corp",)),
        ("Hart's letter to employees said the decision was final.", ("Tom Hart",)),
        ("In an email, a spokeswoman for Acme said the plant would close.", ("a spokeswoman for Acme",)),
        ("Acme spokeswoman Kate Ross said in an email that the plant would close.", ("Kate Ross",)),
        ("According to Ms. Miller, the plant will close.", ("Jane Miller",)),
        ("According to people familiar with the matter, the plant will close.", ("people familiar with the matter",)),
        ("Miller posted a video on Instagram in which she said the closure was a disaster.", ("Jane Miller",)),
        ("Miller, who said last year that the plant was safe, voted against the bill.", ("Jane Miller",)),
        ("Miller was told by aides that the plan would fail.", ("aides",)),
        ("Miller said Hart told her the decision was final.", ("Jane Miller", "Tom Hart")),
        ("The decision, Hart said, is final.", ("Tom Hart",)),
        ("Hart was quoted by the Plain Dealer as saying the decision was final.", ("Tom Hart",)),
        ("The company, which employs 1,200 people, said it would close the plant.", ("Acme Corp",)),
        ("Acme did not respond to a request for comment.", ()),
        ("Acme declined to comment.", ()),
        ("A spokesman for Miller did not return a call seeking comment.", ()),
        ("Miller could not be reached for comment.", ()),
        ("Miller believes the plan will fail.", ()),
        ("Miller wants the plant to stay open.", ()),
        ("Miller met workers at the plant.", ()),
        ("A report released Tuesday said the plant was unprofitable.", ()),
        ("A poll released Tuesday found that most voters oppose the closure.", ()),
        ("Asked whether she would run, Miller declined to comment.", ()),
        ("Miller did not say whether she would run.", ()),
        ("Miller called Acme's chief executive on Tuesday.", ()),
        ("The Plain Dealer reported that the decision was final.", ()),
        ("Hart declined to say how many workers would lose their jobs.", ()),
        ("Hart said nothing about severance.", ()),
    ]
    for sent, want in cases:
        yield lead2 + [sent], want
        if sent.split()[0] in {"Miller", "Hart", "Acme", "Miller's", "Hart's", "Acme's"}:
            yield lead2 + ["On Tuesday, " + sent], want


def groups() -> Iterator[Case]:
    """Session 16: coordinated and quantified groups, organisation names with "for"/"to", titles after a lower-case
    level of government, in the frames news uses for them (found in PolNeAR's dev articles)."""
    subs = {
        "Federal and state officials": "Federal and state officials", "State and local police": "State and local "
        "police", "Democratic and Republican lawmakers": "Democratic and Republican lawmakers",
        "local and federal authorities": "local and federal authorities", "several environmental groups":
        "several environmental groups", "many local residents": "many local residents", "some Republican senators":
        "some Republican senators", "two senior administration officials": "two senior administration officials",
        "three former employees": "three former employees", "the Roper Center for Public Opinion Research":
        "Roper Center for Public Opinion Research", "the Center for American Progress": "Center for American "
        "Progress", "the Committee to Protect Journalists": "Committee to Protect Journalists",
        "the Bureau of Labor Statistics": "Bureau of Labor Statistics", "the American Civil Liberties Union":
        "American Civil Liberties Union", "a 911 caller": "a 911 caller", "a neighbor": "a neighbor",
        "union members": "union members", "an Acme spokeswoman": "an Acme spokeswoman", "state Attorney General "
        "Dave Yost": "Dave Yost", "state Sen. Tom Hart": "Tom Hart", "county Executive Ann Lee": "Ann Lee"}
    frames: list[Callable[[str], str | None]] = [
        lambda S: f"{_cap(S)} said the plant would close.",
        lambda S: f"The plant will close, {S} said.",
        lambda S: f"\"The plant will close,\" {S} said.",
        lambda S: f"The plant will close, according to {S}.",
        lambda S: f"\"The plant will close,\" said {S}.",
        lambda S: f"\"The plant will close,\" added {S}.",
        lambda S: f"In August, {S} sued Acme over the closure, saying the plant was safe." if " " in S and not (
            S.startswith(("a ", "an ", "the ", "state ", "county "))) else None,
        lambda S: f"On Tuesday {S} said the plant would close.",
        lambda S: f"In a letter to Acme {S} said the plant would close." if not _cap(S) else None,
    ]
    for subj, want in subs.items():
        for frame in frames:
            sent = frame(subj)
            if sent is not None:
                yield [LEAD, sent], (want,)
        yield [LEAD, f"Miller said the plant was safe, something {subj} also told reporters."], ("Jane Miller", want)


def reported() -> Iterator[Case]:
    """Session 16: reported speech without quotation marks, one predicate each, after a named person, a pronoun
    and a role; plus the settings news puts around it (a memo, a call, a hearing, a programme)."""
    preds = [
        "insisted the plant was profitable",
        "maintained that the plant was profitable",
        "contended that the plant was profitable",
        "asserted that the plant was profitable",
        "testified that the plant was profitable",
        "told lawmakers the plant was profitable",
        "assured workers that the plant was profitable",
        "reassured investors the plant was profitable",
        "informed employees that the plant would close",
        "notified employees that the plant would close",
        "briefed reporters on the closure",
        "spoke to reporters after the meeting",
        "spoke with the Blade about the closure",
        "talked about the closure at length",
        "described the closure as painful",
        "characterized the closure as necessary",
        "defended the decision",
        "defended the decision, calling it necessary",
        "apologized to the workers",
        "thanked the workers for their service",
        "congratulated Miller on her victory",
        "criticized Miller for her stance",
        "slammed Miller's stance",
        "blamed Miller for the closure",
        "faulted Miller for the closure",
        "credited the workers with the turnaround",
        "conceded the plant was unprofitable",
        "admitted the plant was unprofitable",
        "disclosed that the plant was unprofitable",
        "revealed that the plant was unprofitable",
        "hinted that the plant might close",
        "signaled the plant might close",
        "indicated the plant might close",
        "predicted the plant would close",
        "pledged to keep the plant open",
        "promised workers the plant would stay open",
        "vowed the plant would stay open",
        "threatened to close the plant",
        "proposed closing the plant",
        "recommended closing the plant",
        "suggested closing the plant",
        "demanded that Miller apologize",
        "called for an investigation",
        "called on Miller to apologize",
        "asked Miller to apologize",
        "urged lawmakers to act",
        "pleaded with lawmakers to act",
        "appealed to lawmakers to act",
        "lobbied lawmakers to act",
        "pushed back against the report",
        "brushed off the criticism",
        "shrugged off the criticism",
        "rejected the criticism",
        "dismissed the criticism",
        "downplayed the closure",
        "played down the closure",
        "touted the plant's record",
        "boasted about the plant's record",
        "bragged about the plant's record",
        "complained about the closure",
        "lamented the closure",
        "praised the workers",
        "hailed the workers as heroes",
        "applauded the decision",
        "condemned the decision",
        "denounced the decision",
        "decried the decision",
        "questioned the decision",
        "disputed the report",
        "contradicted Miller",
        "echoed Miller's concerns",
        "announced his resignation",
        "announced he would resign",
        "confirmed his resignation",
        "acknowledged the mistake",
        "addressed the workers on Friday",
        "addressed the closure in a memo",
        "told the story of his father",
        "recounted the story of his father",
        "joked that the plant was haunted",
        "quipped that the plant was haunted",
        "explained why the plant would close",
        "elaborated on the plan",
        "weighed in on the closure",
        "commented on the closure",
        "stressed that the plant was safe",
        "emphasized that the plant was safe",
        "reiterated that the plant was safe",
        "repeated that the plant was safe",
        "noted that the plant was safe",
        "pointed out that the plant was safe",
        "observed that the plant was safe",
        "remarked that the plant was safe",
        "cautioned that the plant might close",
        "warned the plant might close",
        "alleged that Miller lied",
        "accused Miller of lying",
        "charged that Miller lied",
        "claimed Miller lied",
        "argued Miller lied",
        "wrote that Miller lied",
        "posted on Facebook that Miller lied",
        "wrote on X that Miller lied",
        "said on X that Miller lied",
    ]
    lead = [LEAD, "Tom Hart, Acme's chief executive, attended the meeting."]
    for pred, subj in itertools.product(preds, ["Hart", "He", "The chief executive"]):
        yield lead + [f"{subj} {pred}."], ("Tom Hart",)
    for setting in ["In the memo, ", "During the call, ", "At the hearing, ", "Under questioning from Miller, ",
                    "Testifying before Congress, ", "In a post on X, ", "Appearing on \"Meet the Press,\" "]:
        yield lead + [f"{setting}Hart said the plant would close."], ("Tom Hart",)
    for quiet in ["declined to elaborate", "would not elaborate", "declined to say whether the plant would close",
                  "did not respond to a request for comment", "could not be reached"]:
        yield lead + [f"Hart {quiet}."], ()


FAMILIES: dict[str, Callable[[], Iterator[Case]]] = {
    "fronted": fronted, "quotes": quotes, "subjects": subjects, "predicates": predicates, "discourse": discourse,
    "documents": documents, "groups": groups, "reported": reported}


def right(got: tuple[str, ...], want: tuple[str, ...]) -> bool:
    last = {g.split()[-1].lower() for g in got}
    return len(got) == len(want) and all(w.split()[-1].lower() in last for w in want)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", type=int, default=0, help="list up to N wrong sentences per family")
    ap.add_argument("--family", nargs="*", choices=sorted(FAMILIES), help="only these families")
    args = ap.parse_args()
    total = ok_total = 0
    for name in args.family or FAMILIES:
        n = ok = 0
        wrong: list[str] = []
        for paragraphs, want in FAMILIES[name]():
            got = extract_speakers(paragraphs)[-1]
            n += 1
            if right(got, want):
                ok += 1
            elif len(wrong) < args.errors:
                wrong.append(f"    got={list(got)} want={list(want)} | {' || '.join(paragraphs[1:])}")
        print(f"{name:<11} {ok:>6} of {n:>6} right ({ok / n:.3f})")
        for line in wrong:
            print(line)
        total += n
        ok_total += ok
    print(f"{'all':<11} {ok_total:>6} of {total:>6} right ({ok_total / total:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
