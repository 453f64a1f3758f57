"""Table tests for newsearch.speakers (sentences below are written for these tests)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsearch.speakers import cited_outlets, extract_speakers, quote_spans

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_15ff85d46d6048c0.txt"
CORPORA = Path("/work/shared/corpora")


def _seed_body() -> list[str]:
    lines = [ln for ln in SEED.read_text(encoding="utf-8").split("\n") if ln.strip()]
    return lines[1:-1]  # title first, byline last


SEED_EXPECTED = {
    2: {"Elbridge Colby"},
    4: {"one NATO diplomat"},
    5: set(),
    6: {"Donald Trump", "one European official"},
    8: {"Kingsley Wilson"},
    9: {"Mark Rutte", "a NATO official"},
    10: {"one European official"},
}


def test_seed_article() -> None:
    body = _seed_body()
    got = extract_speakers(body, title="Pentagon signals minimal US role in Ukraine security guarantees")
    assert len(got) == len(body) == 10
    for n, expected in SEED_EXPECTED.items():
        assert set(got[n - 1]) == expected, (n, got[n - 1])
    assert got[2] in {("European officials briefed on the talks",), ("European officials",)}
    assert got[6] in {("Elbridge Colby",), ()}
    assert cited_outlets(body[1]) == ("POLITICO",)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # direct quotes, verb and name in either order
        (["“We will not back down,” said Sen. Jane Morrow, R-Ohio."], [("Jane Morrow",)]),
        (["“We will not back down,” a Senate aide said."], [("a Senate aide",)]),
        (["Governor Tom Reyes said: “The bridge will reopen Friday.”"], [("Tom Reyes",)]),
        # reported speech
        (["The mayor's office said the curfew would be lifted."], [("the mayor's office",)]),
        (["Treasury Secretary Alan Brooks told lawmakers that the deal was close."], [("Alan Brooks",)]),
        (["Farm groups warned that prices could double, according to two people familiar with the talks."],
         [("Farm groups", "two people familiar with the talks")]),
        (["Dana Ruiz, who chairs the panel, urged colleagues to wait."], [("Dana Ruiz",)]),
        (["Officials said the road was closed. Analysts said it would cost millions."],
         [("officials", "analysts")]),
        (["In a statement, the Pentagon said two soldiers were hurt."], [("Pentagon",)]),
        (["Ben Carter, the team's coach, made the remarks after practice."], [("Ben Carter",)]),
        (["A spokesman for the governor said the plan was under review."],
         [("a spokesman for the governor",)]),
        # pronouns and surnames resolve article-wide
        (["Defense Secretary Laura Kemp visited the base on Monday.", "She said the troops were ready."],
         [(), ("Laura Kemp",)]),
        (["President Daniel Ortiz signed the bill.", "Ortiz said it was overdue."], [(), ("Daniel Ortiz",)]),
        # multi-paragraph quote
        (["“This is the first step,” Priya Nand said. “There is more to do.", "“We will keep going.”"],
         [("Priya Nand",), ("Priya Nand",)]),
        # two speakers
        (["Karen Liu said she was pleased, while Tom Greer argued the vote was rushed."],
         [("Karen Liu", "Tom Greer")]),
        # US style: datelines, job words before names, appositives, coordinated descriptions
        (["BOISE, Idaho — Hours before the vote, state Sen. Ann Holt expressed doubts, saying the bill was rushed."],
         [("Ann Holt",)]),
        (["Rain is likely, said study co-author Lena Park, a climate researcher."], [("Lena Park",)]),
        (["“It is shallow,” Tom de Wit, a physicist at the University of Utah in Salt Lake City told reporters."],
         [("Tom de Wit",)]),
        (["Pilots and aviation experts said storms were common."], [("pilots and aviation experts",)]),
        (["“We’re on track,” Ken Ames said.", "“Margins will improve,” Ames continued."],
         [("Ken Ames",), ("Ken Ames",)]),
        (["The plan drew protests, adding to the mayor's troubles."], [()]),
        # sentence-initial anonymous subjects, inversions with "say", "According to" mid-paragraph
        (["Two people briefed on the talks said the deal was close."], [("two people briefed on the talks",)]),
        (["The deal is costly, say economists, but popular."], [("economists",)]),
        (["Prices rose. According to the Treasury, the deficit narrowed."], [("Treasury",)]),
        (["“Stop the car!” an officer ordered."], [("an officer",)]),
        # verbs: reject/dismiss … as "…", cite, progressive forms; reporters behind outlet titles
        (["The Pentagon rejected the accusations as “patently false.”"], [("Pentagon",)]),
        (["Gov. Ann Holt is defending the plan, and Holt cited the budget as proof."], [("Ann Holt",)]),
        (["NBC News Senior Correspondent Jane Roe has reported that the talks collapsed."], [("Jane Roe",)]),
        (["Job cuts are coming, said the company’s newly named executive chair Ana Ruiz in an email."],
         [("Ana Ruiz",)]),
        (["Tim Lane, meanwhile, told reporters that fares would rise."], [("Tim Lane",)]),
        # "the company" / "it" with no named antecedent: the organisation the article is about
        (["Zephyra sold more phones. Zephyra also cut prices.", "Zephyra shares rose.",
          "The company said demand was strong."], [(), (), ("Zephyra",)]),
        # round 3: party codes, "his office", both-subjects, roles named elsewhere, "with X warning"
        (["Sen. Marcus Hale, R-Texas, told reporters the bill would fail."], [("Marcus Hale",)]),
        (["Gov. Eric Smith signed the bill.", "His office said it takes effect in July."],
         [(), ("Eric Smith's office",)]),
        (["Both sides said talks would resume."], [("both sides",)]),
        (["The Austrian interior minister said the border was secure.",
          "Interior Minister Wolfgang Peschorn visited the site on Friday."], [("Wolfgang Peschorn",), ()]),
        (["The suspect, Mark Dunn, was arrested.", "The suspect said he needed a lawyer."],
         [(), ("Mark Dunn",)]),
        (["Senators met Tuesday, with several lawmakers warning that funds would run out."],
         [("several lawmakers",)]),
        (["Both independent analysts and local sources told reporters the claims were false."],
         [("independent analysts", "local sources")]),
        (["Economists at Acme Bank wrote that rates would fall."], [("economists at Acme Bank",)]),
        (["Two Fed governors dissented, arguing for a cut."], [("two Fed governors",)]),
        (["For Rick Dean, the film is a prospect.", "“It is big,” says Mr Dean."], [(), ("Rick Dean",)]),
        (["Trump bragged about the economy.", "The plan was touted by Trump."], [("Trump",), ("Trump",)]),
        (["Iran's Foreign Ministry condemned the attack."], [("Iran's Foreign Ministry",)]),
        (["The head of the port authority, Ana Reis, was quoted by the paper as saying ships were idle."],
         [("Ana Reis",)]),
        (["Acme CEO Dana Holt spoke first.", "Acme's CEO marveled at the results."],
         [("Dana Holt",), ("Dana Holt",)]),
        (["Pelosi fired back at the president."], [("Pelosi",)]),
        (["The plant will close, according to a statement from Acme Corp."], [("Acme Corp",)]),
        # round 4: appositive chains, "--" datelines, "-ly" nouns, plural "X of Y" heads, respond
        (["Jeff Sanborn, president of Chapter Verse, a design agency, said the ads were bold."],
         [("Jeff Sanborn",)]),
        (["“It works,” Ana Cole, Acme's chief engineer, said in the statement."], [("Ana Cole",)]),
        (["BERLIN -- The European Space Agency says sleep could help."], [("European Space Agency",)]),
        (["Representatives of the family suggested the fire was set."], [("representatives of the family",)]),
        (["Backers of the plan say it will help."], [("backers of the plan",)]),
        (["Republican members of Congress questioned the plan."], [("Republican members of Congress",)]),
        (["“Oh my,” Lucas Hill responded with a sigh."], [("Lucas Hill",)]),
        (["“It depends,” responded NASA administrator Jim Ford, noting the cost."], [("Jim Ford",)]),
        # round 4: antecedents in fronted clauses; a quoted sentence after its speaker's sentence
        (["While the plan did not appeal to Julie Grant, a state official, she said it could work."],
         [("Julie Grant",)]),
        (["At a hearing on Monday, Rep. Tom Reed, R-Ohio, pushed for more rockets.", "“We need them now,” he said."],
         [(), ("Tom Reed",)]),
        (["Rep. Tom Reed chairs the panel.",
          "Reed returned to the issue later. “What is the backup plan for the launch?”"],
         [(), ("Tom Reed",)]),
        # round 4: "by warning", "expressed outrage", "an email sent by X"
        (["Former President Ben Hale entered the debate by warning candidates against moving left."],
         [("Ben Hale",)]),
        (["Lawmakers expressed outrage over the breakdown."], [("lawmakers",)]),
        (["In an email sent by chairman Marcelo Ruiz, staff were told cuts were coming."], [("Marcelo Ruiz",)]),
        # round 5: restrictive relative clauses and post-modifiers in the subject
        (["Analysts who have run the numbers say the plan is costly."],
         [("analysts who have run the numbers",)]),
        (["A spokesman who did not want to be named because of policy said the site was shut."],
         [("a spokesman who did not want to be named because of policy",)]),
        (["Investors across the region say rates are too high."], [("investors across the region",)]),
        # round 5: "continue/try to" + speech verb; possessive speech nouns; more passive agents; "dub"
        (["Gov. Ann Holt continues to insist the plan works."], [("Ann Holt",)]),
        (["Dana Ruiz has tried to suggest that the vote was rigged."], [("Dana Ruiz",)]),
        (["Shares rose after Acme CEO Tom Lutz’s announcement that the plant would stay open."], [("Tom Lutz",)]),
        (["The price fell short of the $20 demanded by Frank Mero."], [("Frank Mero",)]),
        (["The “new Acme,” as Tom Lutz dubbed the company, will be large."], [("Tom Lutz",)]),
        # round 5: appositives with prepositions, participle appositives, job titles and names
        (["“It works,” Dr. Ana Reyes, a member of the board and signatory to the letter, told reporters."],
         [("Ana Reyes",)]),
        (["A group of nurses, alarmed that wards were full, is urging the state to act."], [("a group of nurses",)]),
        (["Employee Tom Vance tells the paper that he saw the fire."], [("Tom Vance",)]),
        (["Singer-songwriters Tom Ruiz and Ana Bell will tour.", "“We are excited,” Ruiz said."],
         [(), ("Tom Ruiz",)]),
        (["U.S. Attorney Mark Dunn Jr. filed the case.", "“The threat was real,” Dunn said."],
         [(), ("Mark Dunn Jr",)]),
        (["U.S. Ambassador to the European Union Gordon Sands testified on Wednesday."], [("Gordon Sands",)]),
        (["“It was bad,” said a senior official at the ministry, Tom Reed."], [("Tom Reed",)]),
        (["“It is bad,” said Hill, who will testify."], [("Hill",)]),
        (["Ana Bell said the talks failed, adding that Weeks’ family had asked to convey its relief."],
         [("Ana Bell", "Weeks’ family")]),
        # round 5: roles by abbreviation ("Gov.") with recency tie-break; possessive place + role; "his office"
        (["Gov. Eric Hale and Gov. Matt Bevan met.", "Gov. Eric Hale spoke first.", "The governor said he was tired."],
         [(), ("Eric Hale",), ("Eric Hale",)]),
        (["The border is secure, Austria's interior minister said on Tuesday.",
          "Interior Minister Karl Berger visited the site."], [("Karl Berger",), ()]),
        (["Speaker Tom Bosk said no.", "Teachers did not see Gov. Eric Hale on Tuesday. His office said he was away."],
         [("Tom Bosk",), ("Eric Hale's office",)]),
        # round 5: "they" after a coordinated subject in the same paragraph; "Name and plural group"
        (["Gov. Eric Hale and leaders of the Senate have avoided the topic. However, they said they would wait."],
         [("Eric Hale", "leaders of the Senate")]),
        (["Gov. Eric Hale spoke.", "Hale and GOP legislative leaders touted the plan."],
         [("Eric Hale",), ("Eric Hale", "GOP legislative leaders")]),
    ],
)
def test_speaker_rules(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    assert extract_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Many voters believe the economy is getting worse.",
        "Republicans fear a backlash and hope the issue fades.",
        "The report said unemployment rose to 4.1%.",
        "A spokesman for the company declined to comment.",
        "The senator did not respond to a request for comment.",
        "Her lawyer could not be reached on Sunday.",
        "Figures show that exports fell in March.",
        "The striker was denied a penalty in the second half.",
        "The Washington Post reported that the talks had stalled.",
        "The council rejected the offer on Monday.",
        "The champion defended her title in Paris.",
        "The judge ordered a review of the case.",
        "The US maintains existing tariffs on steel.",
        "The team pushed back the deadline.",
        "The two left without responding to reporters’ questions.",
        "Sales are expressed in dollars.",
        "He won in 1978 with “What a Fool Believes” and other hits.",
        # round 5
        "Officers arrested a man on several charges including two warrants.",
        "Other teacher protests were held last year in Ohio.",
        "Prices rose, according to the Acme Facts report from DataCo.",
        "The agency is denying flu shots to detainees in custody.",
        "The sums claimed by banks were large.",
    ],
)
def test_not_speakers(paragraph: str) -> None:
    assert extract_speakers([paragraph]) == [()]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“It works,” he said.", ["It works,"]),
        ('He said "no deal" twice.', ["no deal"]),
        ("She called it ‘a disgrace’ on Monday.", ["a disgrace"]),
        ("The party’s leader didn’t agree.", []),
        ("“This runs to the end", ["This runs to the end"]),
        ('Brown said: "First part. "Second part."', ["First part. ", "Second part."]),
    ],
)
def test_quote_spans(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == quoted


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        ("The deal is done, Caliber.Az reports via POLITICO.", ("POLITICO",)),
        ("Prices rose, according to Reuters.", ("Reuters",)),
        ("The senator told CNN that he would run.", ("CNN",)),
        ("The New York Times reported the talks on Friday.", ("New York Times",)),
        ("Officials said the road was closed.", ()),
        ("He told reporters the plan was sound.", ()),
    ],
)
def test_cited_outlets(text: str, outlets: tuple[str, ...]) -> None:
    assert cited_outlets(text) == outlets


def test_outlet_is_not_speaker() -> None:
    got = extract_speakers(["The senator told CNN that he would run, Reuters reported."])
    assert all(name not in {"CNN", "Reuters"} for name in got[0])


def test_dev_set_floor() -> None:
    if not CORPORA.exists():
        pytest.skip("research corpora not available")
    sys.path.insert(0, str(ROOT / "bench"))
    import speakers_eval

    articles = speakers_eval.load_dev(CORPORA) + speakers_eval.load_extra() + speakers_eval.load_us()
    # held-out articles are never run by the tests (round 5): only the tuning pool is checked
    articles = [a for a in articles if a[0] not in speakers_eval.HELDOUT]
    totals = speakers_eval.evaluate(articles)
    p, r, f = speakers_eval.prf(*totals["overall"])
    assert f >= 0.84, (p, r, f)


def test_us_set_floor() -> None:
    """Real modern US news (tests/data/speakers_us); needs no research corpora."""
    sys.path.insert(0, str(ROOT / "bench"))
    import speakers_eval

    totals = speakers_eval.evaluate([a for a in speakers_eval.load_us() if a[0] not in speakers_eval.HELDOUT])
    # round 5: held-out set 2 (17 harder articles) joined us-dev, so the floor is lower than round 4's 0.89;
    # round 6: held-out set 3 (20 articles) joined too (us-dev 0.877 after round 6);
    # held-out articles are no longer run by the tests
    assert speakers_eval.prf(*totals["us-dev"])[2] >= 0.84, totals["us-dev"]


# --- round 6 (held-out set 3 became tuning data) -------------------------------------------------
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # AP-style doubled single marks close a double quote
        (["“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the BBC."],
         [("Will Moy",)]),
        (["''We will win,'' Jane Doe said."], [("Jane Doe",)]),
        # "Name of the <Org>" and a place appositive before the verb
        (["“It matters,” Wray Grimaldi of the University of Otago in Dunedin, New Zealand, said to New Scientist."],
         [("Wray Grimaldi",)]),
        # new speech verbs / phrases
        (["Ann Lee is a data scientist.", "\"It was fun,\" she emails."], [(), ("Ann Lee",)]),
        (["Coach Jim Caldwell vouched for him after the game."], [("Jim Caldwell",)]),
        (["Organizations that seek to combat misinformation cried foul."],
         [("organizations that seek to combat misinformation",)]),
        (["The Electoral Commission issued a statement warning voters."], [("Electoral Commission",)]),
        (["For a year, the caller had been demanding that the family pay a fee."], [("the caller",)]),
        (["Corbyn is accused by critics of promoting high-tax policies."], [("critics",)]),
        (["Sen. Tom Hale spoke on Monday.", "Hale is under fire over his often-repeated vow that taxes would fall."],
         [("Tom Hale",), ("Tom Hale",)]),
        (["Prices fell, according to a group representing rural counties in California."],
         [("a group representing rural counties in California",)]),
        # spelling variants of an accented surname resolve to the full name
        (["Gerhard Müller, the prefect, quashed that hope.", "\"It is bad,\" Mueller said."],
         [(), ("Gerhard Müller",)]),
    ],
)
def test_round6_recall(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    assert extract_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Danilo Gallinari added 25 points in his former home arena.",
        "Lincoln County prosecutors dismissed charges after a review.",
        "The Justice Department has charged Assange with espionage.",
        "Zombies reached film in 1932, with a film starring Madge Bellamy called \"White Zombie.\"",
        "The party became embroiled in controversy when it posted a video on social media.",
        "The news organization, citing nobody, ran the story.",
        "Maybe Instagram will change its mind.",
    ],
)
def test_round6_not_speech(text: str) -> None:
    assert extract_speakers([text]) == [()]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a first name alone resolves to the one two-word person with that first name
        (["Fiona Parry spoke to reporters on Monday.", "\"It was awful,\" her mother, Fiona, said."],
         [("Fiona Parry",), ("Fiona Parry",)]),
        # ... but not to an event or place chain
        (["The Vietnam War ended in 1975.", "Vietnam has accused Beijing of encroaching into its waters."],
         [(), ("Vietnam",)]),
        # a Spanish paternal surname alone resolves to the full name
        (["Guadalupe Salinas Hernández was arrested on Friday.", "Salinas said she had more to give her."],
         [(), ("Guadalupe Salinas Hernández",)]),
        # active "quote X as saying"
        (["\"I don't regret it,\" local newspapers quote Salinas as saying."], [("Salinas",)]),
        (["The Times quoted a senior official as saying the talks had failed."], [("a senior official",)]),
        (["Tom Hale arrived late.", "Reuters quoted him as saying the plan was dead."],
         [(), ("Tom Hale",)]),
        # initials as a first name; a subject-position name is the antecedent of the next paragraph's "he"
        (["Jessica Chastain spoke first.", "J.C. Chandor attributed the two actors' friendship to luck.",
          "\"It was just meant to be,\" he said."],
         [("Jessica Chastain",), (), ("J.C. Chandor",)]),
        # only names in a fronted clause (or right after it) are antecedents, not later names in the sentence
        (["In the 1800s, the wires were buried. \"It is not safe,\" said Patrick McHugh, an engineer at Con Edison.",
          "\"People don't appreciate it,\" he added."],
         [("Patrick McHugh",), ("Patrick McHugh",)]),
        # cataphora: a pronoun in a fronted clause refers to the main-clause subject
        (["Jessica Chastain spoke first.", "Although he said it was wild, Oscar Isaac stopped short of details."],
         [("Jessica Chastain",), ("Oscar Isaac",)]),
        # any past-tense verb right after a quote ending in , ? ! is its attribution
        (["\u201cDon\u2019t get nervous,\u201d instructed Milton Velez, the agency\u2019s supervisor."],
         [("Milton Velez",)]),
        (["\"Stop!\" Jane Doe shrieked."], [("Jane Doe",)]),
        # more speaker nouns; "declared dead" is not speech
        (["Das was rushed to hospital but declared dead on arrival, police and medics said."],
         [("police and medics",)]),
        (["Deficit hawks have warned for years that a day of reckoning is coming."], [("Deficit hawks",)]),
    ],
)
def test_round7_recall(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    assert extract_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The band played \"Black Water,\" released in 1974 on their third album.",
        "The patient was declared dead at the scene.",
    ],
)
def test_round7_not_speech(text: str) -> None:
    assert extract_speakers([text]) == [()]


# --- round 8 -------------------------------------------------------------------------------------------------
_BLOCKQUOTE_ARTICLE = [
    "A bug in a popular chat app lets anyone read other users' drafts, a security researcher says.",
    "Dana Whitfield, a student in Leeds, posted the details on her blog on Friday. She said she had warned the "
    "company months ago. Here is how it works.",
    "The app stores every draft on a shared server. This lets us fetch any draft we like with one request.",
    "The server never checks who is asking. That is the whole flaw.",
    "In my tests, I pulled 500 drafts in a minute.",
    "The company did not respond to a request for comment.",
]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a flattened blockquote: first-person paragraphs without quotation marks continue the person who was
        # introduced just before, bridging an unattributed paragraph that resumes in the first person
        (_BLOCKQUOTE_ARTICLE,
         [("a security researcher",), ("Dana Whitfield",), ("Dana Whitfield",), ("Dana Whitfield",),
          ("Dana Whitfield",), ()]),
        # ... but not in an article whose writer speaks as "I" where no run explains it
        (["I first tried the tool in May.",
          "Nora Quill, a spokeswoman for the firm, said the tool was safe.",
          "We tried it again on my laptop last week."],
         [(), ("Nora Quill",), ()]),
        # ... nor after a paragraph that already quoted the speaker with quotation marks
        (["\"It works,\" Nora Quill said in an email. The firm declined to say more.",
          "I tested it on my own phone."],
         [("Nora Quill",), ()]),
        # surname-first names: "Park" -> the one person introduced so far whose family name comes first
        (["Opposition leader Park Min-jun said the plan was reckless.",
          "\"It will fail,\" Park said.",
          "Later, the interior minister Park Sung-ho resigned."],
         [("Park Min-jun",), ("Park Min-jun",), ()]),
        (["Premier Wang Jiaming visited the port.", "Wang said exports would grow."],
         [(), ("Wang Jiaming",)]),
        # an agency dateline with a date is never a speaker or an antecedent
        (["TOKYO, Oct. 3 (Kyodo) -- The country's biggest newspaper criticized the budget, warning that it "
          "would hurt growth.", "The paper said the deficit was too large."],
         [(), ()]),
        # a plural possessive organisation before a name is cut
        (["Northern Railways' Ada Brook reported two delays."], [("Ada Brook",)]),
        # company descriptors are cut like titles; "released a separate statement"
        (["Software giant Fenwick announced a deal with its rival on Monday."], [("Fenwick",)]),
        (["Fenwick released a brief statement saying the deal was fair."], [("Fenwick",)]),
        # highlight (after a name), label/call with a quote, "called it a …"
        (["Ruiz highlighted the costs of the delay."], [("Ruiz",)]),
        (["The study highlights the costs of the delay."], [()]),
        (["Mia Okafor studies the pact.",
          "In 2019, she labeled the treaty \u201ca sham\u201d because it lacked teeth."], [(), ("Mia Okafor",)]),
        (["Oduya calls Kline's plan for the harbor, \u201ca waste of money.\u201d"], [("Oduya",)]),
        (["Ankara has called it an act of aggression."], [("Ankara",)]),
        (["The players called it a day after the rain."], [()]),
        # "who said" attaches to the name right before the comma
        (["He accepted the resignation of his finance minister Jonas Ekberg, who said he was sorry."],
         [("Jonas Ekberg",)]),
        (["Her lawyer Tom Brandt said the ruling was wrong."], [("Tom Brandt",)]),
        # "the North" -> the article's country with that compass word
        (["North Korea fired two missiles on Sunday.", "The North warned that more tests would follow."],
         [(), ("North Korea",)]),
        # "Name, age, of Town, State, who …, said"
        (["Ivy Marsh, 52, of Dayton, Ohio, who runs a bakery, said sales had halved."], [("Ivy Marsh",)]),
        # "Name with the Org said"; "X continued: “…”"; "In X's words"
        (["\"We will be ready,\" Captain Lou Ferris with the county fire department said."], [("Lou Ferris",)]),
        (["Unconvinced, Hale continued: \u201cWhere is the money?\u201d"], [("Hale",)]),
        (["In Dr. Varga's words, \"the data were clear.\""], [("Varga",)]),
        # a contact clause: "code he said exploits the flaw"
        (["Ben Ostrow wrote a post.", "Ostrow has released code he said exploits the flaw."],
         [("Ben Ostrow",), ("Ben Ostrow",)]),
    ],
)
def test_round8_recall(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    assert extract_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The site is asking the agency for comment and will update this story if officials respond.",
        "The condition is often missed if the patient reports no symptoms.",
        "They learned of it from the radio or from news reports.",
    ],
)
def test_round8_not_speech(text: str) -> None:
    assert extract_speakers([text]) == [()]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "senior"/"top" before a compound: the last noun is the head
        (["A senior city transit official said the line would reopen."], [("a senior city transit official",)]),
        (["A top Orvan administration aide said talks had stalled."], [("a top Orvan administration aide",)]),
        # a capitalised Senior before a title chain is part of it, not a determiner
        (["Senior Judge Nora Bell said the delay was unacceptable."], [("Nora Bell",)]),
        (["Retired Teachers Association President Omar Field said the plan was unfair."], [("Omar Field",)]),
        # ", reported X" inversion (an outlet there stays a channel)
        (["The crowd fell silent, reported Lena Park of Valley Public Radio."], [("Lena Park",)]),
        (["The crowd fell silent, reported the Valley Gazette."], [()]),
        # begin/start to + speech verb
        (["Farmers began to question the new rules."], [("farmers",)]),
        # "those close to X", "people close to the mayor"
        (["Those close to the mayor say she will not run again."], [("those close to the mayor",)]),
        (["People close to the mayor say she will not run again."], [("people close to the mayor",)]),
        # "Name, <Org> CEO and a …, said": the appositive is skipped
        (["Dana Reyes, Corvid Labs CEO and a former engineer at Nimbus, said the launch was late."],
         [("Dana Reyes",)]),
        # associate(s), donors, policymakers; "one close associate" … "the associate"
        (["One close associate said the mayor rarely listens.", "\"He never did,\" said the associate."],
         [("one close associate",), ("one close associate",)]),
        (["Bank policymakers have said growth may slow."], [("bank policymakers",)]),
        (["Two Orvan donors tell the paper that the mayor lied."], [("two Orvan donors",)]),
    ],
)
def test_round9_recall(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    assert extract_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, 40, pleaded guilty to fraud on Monday.",
        "The two guards pleaded not guilty in federal court.",
        "By 1960 the town boasted dozens of cinemas.",
        "Residents should leave at a time to be announced by officials on the day.",
    ],
)
def test_round9_not_speech(text: str) -> None:
    assert extract_speakers([text]) == [()]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a party member described by place is an anonymous speaker
        (['"It will be close," a Vermont Republican said.'], [("a Vermont Republican",)]),
        (['"Nobody cares," added another coastal Democrat.'], [("another coastal Democrat",)]),
        # a sentence-initial speech verb is not part of the name
        (["Lena Ortiz runs the bakery.", 'Replied Lena, "We open at six."'], [(), ("Lena Ortiz",)]),
        (['Asked an Ohio Democrat: "Who cares?"'], [("an Ohio Democrat",)]),
        # a shared surname goes to the person mentioned last; a lone first name to its full name
        (["Carl Brandt founded the firm. His son Peter Brandt runs it now.",
          '"We grew fast," says Peter.', '"It was hard," Brandt says.', "Carl watched.",
          '"I knew he could," Brandt says.'],
         [(), ("Peter Brandt",), ("Peter Brandt",), (), ("Carl Brandt",)]),
        # "Jerry Jr." is no full name for "Jerry"; a longer name introduced later is another person
        (["Omar Wills and Omar Jr. arrived.", '"Fine," Omar Wills said.'], [(), ("Omar Wills",)]),
        (["Tess Moyo spoke first.", "Her niece, Ada Tess Moyo, scored twice.", '"Great," said Tess Moyo.'],
         [("Tess Moyo",), (), ("Tess Moyo",)]),
        # an honorific or first name makes an outlet word a surname
        (['"It would be a disaster," said Mr. Bloomberg.'], [("Bloomberg",)]),
        # a company suffix keeps "General" in the name
        (["General Motors Corp said it would cut shifts."], [("General Motors Corp",)]),
        # inverted name after an organisation and a lower-case job title
        (['"It is humid," said University of Tampa weather expert Ann Cole.'], [("Ann Cole",)]),
        # a capitalised appositive with a job noun is skipped
        (['"It is a find," Ola Berg, PhD student in History at Lund University and leader of the dig, said.'],
         [("Ola Berg",)]),
        # a name particle before "of the <Org>"
        (["Joost van Dam of the Delft Institute writes that the model is flawed."], [("Joost van Dam",)]),
        # a subheading gives no antecedent
        (["Ravi Arora runs the lender.", "Urgent Need", "He also stressed the need was urgent."],
         [(), (), ("Ravi Arora",)]),
        # "Is X …?" opens a question: "Is" is not part of the name
        (["Dana Pike took office.", "Is Pike ready? Pike said she was."], [(), ("Dana Pike",)]),
        # two bare surnames of people named in full
        (["Ann Lowe arrived. Bo Reyes arrived.", "Lowe and Reyes say the meeting never happened."],
         [(), ("Ann Lowe", "Bo Reyes")]),
        # "Name and a <description>" are two speakers
        (["Retired Col. Tim Ash and a former pilot told the paper that the route was unusual."],
         [("Tim Ash", "a former pilot")]),
        # a time phrase between subject and verb
        (['Obama at the time called the plan "a mess."'], [("Obama",)]),
        # present-tense feature verb after a quote
        (['"We talked them into it," Brandt beams.'], [("Brandt",)]),
    ],
)
def test_round10_recall(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    assert extract_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["A Republican majority passed the bill."],
        ["Johnson and Johnson said it would appeal."],
        ["Cara Lin already wears three hats, but the team's chief has added a fourth: tour guide."],
        ['"Black Water," Simmons plays.'],
        ["Bloomberg reported that the deal had closed."],
    ],
)
def test_round10_not_new_speakers(paragraphs: list[str]) -> None:
    out = extract_speakers(paragraphs)
    assert out[-1] in {(), ("Johnson and Johnson",)}


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an acronym introduced in parentheses resolves to the full name
        (["The Federal Mining Board (FMB) opened an inquiry.", "The FMB said the mine was unsafe."],
         [(), ("Federal Mining Board",)]),
        # an acronym spelling the initials of a capitalised name of the article ("and" is skipped)
        (["The Coastal Water Authority opened an inquiry.", '"We are concerned," the CWA said in a statement.'],
         [(), ("Coastal Water Authority",)]),
        # a possessive place before a public body stays in its name
        (["Peru’s National Water Institute said on Monday that rainfall was low."],
         [("Peru’s National Water Institute",)]),
        # a coordinated subject of two organisations the article names on their own
        (["The Coastal Water Authority fined Acme Corp.",
          "The Coastal Water Authority and Acme Corp said they had settled."],
         [(), ("Coastal Water Authority", "Acme Corp")]),
        (["The FBI opened a case.", "The FBI and federal prosecutors announced the arrests."],
         [(), ("FBI", "federal prosecutors")]),
        # a floating quantifier between subject and verb
        (["Ann Lowe arrived. Bo Reyes arrived.", "Lowe and Reyes have both said the meeting never happened."],
         [(), ("Ann Lowe", "Bo Reyes")]),
        # O’Neill with a curly apostrophe is a surname
        (["Dara O’Neill arrived.", '"It is over," O’Neill said.'], [(), ("Dara O’Neill",)]),
        # a shared surname: the next pronoun tells a man from his mother (kinship appositive gives her gender)
        (["Kip Vance runs the depot. Vance’s mother, Mae Vance, drives a truck.", "Vance said he would strike."],
         [(), ("Kip Vance",)]),
        (['"We will strike," said Kip Vance.', 'Vance’s mother, Mae Vance, drives a truck. "It is hard," she said.'],
         [("Kip Vance",), ("Mae Vance",)]),
        # "the company" with nothing resolved: the article's most frequent stand-alone name
        (["Zorvik makes drills. Zorvik sells drills. Zorvik fixes drills.", "The company said sales fell."],
         [(), ("Zorvik",)]),
    ],
)
def test_round11_recall(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    assert extract_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Rates rose, according to the U.S. census."], ()),  # no "U"; a census is a document
        (["Dressed in a gray coat, he repeated the claim that sales fell."], ()),
        (["Beyond Ohio, the union leaders promised a fight."], ("the union leaders",)),
        (["Sales were weak. The agency said it would review the figures."], ()),  # never a bare "agency"
        (["Police and medics said two people were hurt."], ("police and medics",)),  # one group
        (["Rolm and IBM customers said the merger was good."], ("Rolm and IBM customers",)),
    ],
)
def test_round11_not_new_speakers(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a company's short name resolves to its full name ending in a company word; a descriptor compound
        # ("Acme-owned") is not part of the name
        (["Shoppers flocked to Acme-owned Sunny Foods Market.", "Sunny Foods said prices would fall."],
         [(), ("Sunny Foods Market",)]),
        # "X Airlines and Y Airlines" is two companies
        (["Zion is a hub for both Eastern Airlines and Southern Airlines.", "Southern said flights ran late."],
         [(), ("Southern Airlines",)]),
        # a possessive inside an organisation's name: a title owning an office, a company suffix, a plural owner
        (["The Oregon Governor's Office of Tourism said visits rose."], [("Oregon Governor's Office of Tourism",)]),
        (["Sales rose, according to Baxter’s Research Inc."], [("Baxter’s Research Inc",)]),
        (["The rules hurt firms, according to the Canadian Farmers’ Federation.", "The CFF said costs rose."],
         [("Canadian Farmers’ Federation",), ("Canadian Farmers’ Federation",)]),
        # a lower-case description of an organisation -> the article's name that holds its words
        (["The Ohio Public Water Commission met on Monday.", "The water commission said the pipes were safe."],
         [(), ("Ohio Public Water Commission",)]),
        # name particles: "Mr. Van Dam" is "Piet van Dam"; "El" starts a place, not the outlet El Pais
        (["Piet van Dam studies ports.", "Ports are slow, Mr. Van Dam said."], [(), ("Piet van Dam",)]),
        (["Jails are full, according to El Dorado Sheriff Ray Lusk."], [("Ray Lusk",)]),
        # a document word that only modifies a speaker noun ("law enforcement officials")
        (["According to several law enforcement officials, the jail is full."],
         [("several law enforcement officials",)]),
        # an appositive (and its relative clause) with no comma before the verb
        (["Ana Ruiz, Director of Outreach at the Ohio Water Board told reporters the pipes were safe."],
         [("Ana Ruiz",)]),
        (["Ana Ruiz, CEO of Blue Pipe Systems, who builds filters said the pipes were safe."], [("Ana Ruiz",)]),
        (["Senator Ana Ruiz, a Utah Democrat who warned of the cost, voted yes."], [("Ana Ruiz",)]),
        # an adjective between "expressed/voiced" and the attitude noun
        (["Local farmers voiced complete surprise at the ruling."], [("Local farmers",)]),
    ],
)
def test_round12_recall(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    assert extract_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Mr. Ruiz, the official said, met the rebels twice."], ("the official",)),  # a parenthetical attribution
        (["Cases rose in Peru, Chile and Bolivia, the World Health Organization says."],
         ("World Health Organization",)),
        (["Sharks swam north because of El Nino, experts say."], ("experts",)),
        (["The Ohio Water Board met on Monday. The fire commission said it was ready."], ("the fire commission",)),
        (["Sales were expressed in dollars."], ()),
        (["El Pais reported that the deal was off."], ()),  # still an outlet
    ],
)
def test_round12_not_new_speakers(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a capitalised speech verb ends no name chain; an alias given with "known as" resolves to the person
        (["Shares fell after Daily Ledger printed chats with its founder Tom Okafor-Lund.",
          "The founder, known among traders as TOL, blamed the banks.",
          "“It was a run,” TOL Wrote, “not a fraud.”", "TOL said he would appeal."],
         [(), (), ("Tom Okafor-Lund",), ("Tom Okafor-Lund",)]),
        (["Maria Castellanos, better known as Tita, ran the bakery.", "“Bread is life,” said Tita."],
         [(), ("Maria Castellanos",)]),
        # double initials inside a name do not end the sentence
        (["“Rates will rise,” said Carla T.R. Mendes, an economist at Lakeview College."], [("Carla T.R. Mendes",)]),
        # "for" inside an organisation's name
        (["Farmers should rest their fields, as advised by the Council for Soil Health and Water, which said so."],
         [("Council for Soil Health and Water",)]),
        (["The Center for Rural Progress said the plan was weak."], [("Center for Rural Progress",)]),
        # "as X put(s) it", "in the words of X", "published a statement saying"
        (["Old vaccines are “tried and tested,” as Zentro puts it."], [("Zentro",)]),
        (["The move was “a gamble,” as one campaign staffer put it."], [("one campaign staffer",)]),
        (["He was “a dreamer,” in the words of a Republican."], [("a Republican",)]),
        (["Hannah Roe runs the board.", "Roe published a statement saying that “the fund is safe.”"],
         [(), ("Hannah Roe",)]),
        # a roman-numeral suffix is no acronym: "Peter K. Lane III" is a person, "Lane" resolves to him
        (["The board hired Peter K. Lane III as chief.", "Lane published a statement saying the firm was sound."],
         [(), ("Peter K. Lane III",)]),
        # Portuguese "e" inside a name; an appositive name after a description
        (["In her letter, the departing health minister, Ana Duarte e Costa, said the clinics were ready."],
         [("Ana Duarte e Costa",)]),
        # "by issuing a statement … saying": the clause subject named before a closed appositive
        (["The new mayor, Pedro Alvim Rocha, a former judge who left the bench last year, angered critics of the "
          "council by issuing a statement about the strike — saying it should end."], [("Pedro Alvim Rocha",)]),
    ],
)
def test_round13_recall(paragraphs: list[str], expected: list[tuple[str, ...]]) -> None:
    assert extract_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a place is never the article's organisation for "the company"/"it"
        (["Texas is big.", "Texas has oil.", "In Texas, Zentro hired staff.", "Texas grows.",
          "The company said it was hiring."], ()),
        # a participle between a determiner and its noun modifies it
        (["The mayor gave up the prime Texas speaking slot this year."], ()),
        # a speech noun after a verb that takes it as object is no verb
        (["People close to the mayor often issue reports about his mood."], ()),
        (["But even people in the party had questions."], ()),
        # "added my address to", "relates to": no speech
        (["The Okafor-Lunds kindly added my address to their mailing list."], ()),
        (["It is hard when it relates to the mayor."], ()),
        # a speaker noun after a preposition is not the head of the phrase
        (["Ana Ruiz ran.", "Ruiz said that the interest from the press revealed bias."], ("Ana Ruiz",)),
        # "Enter Zentro." is no person "Enter Zentro"; a name inside "pro-Zentro" starts no chain
        (["Enter Zentro.", "Zentro makes vaccines.", "Zentro grows.", "The firm said it was hiring."], ("Zentro",)),
    ],
)
def test_round13_not_new_speakers(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # verbs of verbal conflict and exchange after a named subject (auxiliaries and adverbs skipped)
        (["Marta Ruiz and Omar Haddad sparred over the rule."], ("Marta Ruiz", "Omar Haddad")),
        (["Senator Lena Ortiz also assailed the plan as a giveaway."], ("Lena Ortiz",)),
        (["Mayor Tom Reyes rebuffed the request on Monday."], ("Tom Reyes",)),
        (["Coach Dana Pike theorized that the team was tired."], ("Dana Pike",)),
        (["Rep. Ana Lutz referred to the earlier hearing."], ("Ana Lutz",)),
        (["On Twitter, Nina Voss appealed for help finding the dog."], ("Nina Voss",)),
        # "took aim at" and "raised concerns/questions" after a name or he/she
        (["Governor Paul Wren took aim at the budget on Friday."], ("Paul Wren",)),
        (["Paul Wren spoke.", "He raised concerns about the budget."], ("Paul Wren",)),
        # an incoming office holder: "the president-elect" is a title like "the president"
        (["President-elect Ada Moss met aides.", "The team is ready, the president-elect said."], ("Ada Moss",)),
        # a definite description that re-describes the person just named
        (["Lia Brandt did not expect the visit. The real estate agent said she was pleased."], ("Lia Brandt",)),
        # an organisation description written as an appositive of one name
        (["Roskorp, the Ruvian space agency, is old.", "A probe burned up, the Ruvian space agency said."],
         ("Roskorp",)),
    ],
)
def test_round14_recall(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the new verbs need a named or he/she subject
        (["The case highlights the risks of the plan."], ()),
        (["The attack raised concerns about the city's safety."], ()),
        (["The bill takes aim at the tax code."], ()),
        (["The storm was blamed for scores of accidents."], ()),
        (["Nina Voss was detailed to an investigation in 2019."], ()),
        (["Nina Voss appealed the ruling to the high court."], ()),
        (["The Yankees snapped a losing streak on Sunday."], ()),
        (["Residents blamed the storm for the outage."], ()),
        # the description's head was used before: no re-description of the person just named
        (["Tom Hale took his son to a doctor.", "The doctor said the boy was fine."], ("the doctor",)),
        # an anonymity noun is not a re-description ("the official" stays a description)
        (["Tom Hale met the staff. The official said the plan was dead."], ("the official",)),
        # "…, the agency said" is no appositive
        (["A probe burned up over Ruvia, the Ruvian space agency said."], ("the Ruvian space agency",)),
    ],
)
def test_round14_not_new_speakers(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an inversion ended by a full stop before a quote
        (["The secret is the product, says Marta Gerbin. “We keep the bottle cheap.”"], ("Marta Gerbin",)),
        # quantified party members and quantified groups the lexicon does not know
        (["Some Democrats said they had doubts about the bill."], ("some Democrats",)),
        (["Several House Republicans said they would vote no."], ("several House Republicans",)),
        (["Two superdelegates said they had not decided."], ("two superdelegates",)),
        (["A few attendees told reporters they left early."], ("a few attendees",)),
    ],
)
def test_session6_groups_and_inversions(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Several factors indicate a slowdown in hiring.",
        "Many businesses agree that the rules are too strict.",  # an unknown group needs a plain speech verb
        "The diver surfaced after several seconds, yelled “shark!” and swam to shore.",
    ],
)
def test_session6_not_groups(paragraph: str) -> None:
    assert extract_speakers([paragraph]) == [()]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a sentence conjunction before "Name, appositive," is no part of the name
        (["But Claire Snyder, a cancer researcher at Johns Hopkins, says the plan is narrow."], ("Claire Snyder",)),
        # a possessive pronoun before the title of a named person
        (["Obama will close the prison, his chief of staff Denis McDonough said."], ("Denis McDonough",)),
        # "his lawyer said" is attributed to the owner, as "his office said"
        (["Bill Cosby is free on bail.", "His lawyer has said he is not guilty."], ("Bill Cosby's lawyer",)),
        # any lexicon verb inverted right after a quote, in either tense
        (["Chris Rouland founded Bastille.", "“This will be out for 10 years,” estimated Rouland."],
         ("Chris Rouland",)),
        (["“Patients’ families complained,” remembers Mona Hanna-Attisha, a pediatrician."], ("Mona Hanna-Attisha",)),
        # a coordinated title before an inverted name
        (["“SMS is not the best way,” says security researcher and forensics expert Jonathan Zdziarski."],
         ("Jonathan Zdziarski",)),
        # a fronted phrase without its comma
        (["William Porter was tried first.", "During his own trial Porter told jurors that it was not his job."],
         ("William Porter",)),
        (["Acme Corp makes widgets.", "In a statement the company said it regretted the delay."], ("Acme Corp",)),
        # bounded quantifiers stay with the description
        (["At least two officials said the plan failed."], ("at least two officials",)),
        (["The charges came after more than 50 women accused him of assault."], ("more than 50 women",)),
        # GE for "General Electric Co"; a feed dateline without its dash
        (["NEW YORK General Electric Co said it will move. GE Capital was sold.", "The move is final, GE said."],
         ("General Electric Co",)),
        # a relative named in passing does not take over the bare surname
        (["Vice President Joe Biden praised Sanders.", "Biden declined after his son Beau Biden died of cancer.",
          "Biden also told CNN that he wants to influence the race."], ("Joe Biden",)),
        # a list of names before the verb
        (["Dell, Logitech, Lenovo and Microsoft all acknowledged the flaw."], ("Dell", "Logitech", "Lenovo",
                                                                                 "Microsoft")),
        (["But the Pentagon and the State Department said one boat had mechanical problems."],
         ("Pentagon", "State Department")),
        # "the 32-year-old": the person introduced with that age, else the person spoken of last
        (["Michael Cliff, 32, sleeps in the park.", "“I'm scared,” said the 32-year-old."], ("Michael Cliff",)),
        # "the company" is the story's salient organisation, not a once-mentioned "… Group"
        (["Chipotle is in crisis. Chipotle lost customers. Chipotle cut prices.",
          "Stephen Anderson, an analyst at Maxim Group, was there.",
          "The company, for its part, has said it never saw anything like this."], ("Chipotle",)),
        # an acronym expands to the whole name around its initials
        (["The Department of Health and Human Services said it will ship doses.",
          "More labs will test, according to HHS."], ("Department of Health and Human Services",)),
        # a long appositive of up to five comma segments
        (["Sean Penn wrote it.", "Penn, the movie star, political and humanitarian activist, rebel with many causes, "
          "writer and globetrotter, says he took a secret meeting."], ("Sean Penn",)),
        (["“We call on them to account,” Reuters Editor-in-Chief Alessandra Galloni said."], ("Alessandra Galloni",)),
        # the subject of a naming verb in a free relative ("what X calls / described as")
        (["Van Der Beek was eliminated in what host Tom Bergeron described as the “hardest verdict.”"],
         ("Tom Bergeron",)),
    ],
)
def test_round15_recall(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kenneth Medenbach, arrested in January and accused of driving a government truck, is also named.",
        "The violence escalated after a patrol officer responded to the first report of gunshots.",
        "The officers were responding to a call of shots fired when they were ambushed.",
    ],
)
def test_round15_not_speech(paragraph: str) -> None:
    assert extract_speakers([paragraph]) == [()]


# --- round 16 (from the errors of former blind sets 16-17) ---------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a role described first and named in the next paragraph, with no other role
        (["An attorney representing Brown's family said no decision had been made about whether to sue anyone.",
          "\"We'll evaluate all the data,\" Paul Grieco said Friday."], ("Paul Grieco",)),
        # named up to three paragraphs on with the same role
        (["In an interview, an attorney representing the men explained that the group was approached.",
          "The men had paid a fee.", "They were told to \"just be peaceful,\" according to attorney Tahanie Aboushi."],
         ("Tahanie Aboushi",)),
    ],
)
def test_round16_forward_description(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[0] == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a bare spokesman stays anonymous; a spokesman for another body is someone else
        ["The store is open, a spokesman said.", "J. Craig Shearman, a spokesman for the National Retail Federation, "
         "said the readers would be at most retailers."],
        ["The plane landed normally, a spokesperson for flydubai said.",
         "\"There is no proof,\" Jagannath Niroula, a CAAN spokesperson, said."],
    ],
)
def test_round16_forward_description_stays(paragraphs: list[str]) -> None:
    assert extract_speakers(paragraphs)[0][0].startswith("a ")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["“We’ll miss you!” a supporter cried out."], ("a supporter",)),
        (["“Two leaders, one destiny,” the narrator proclaims, over images of the two men."], ("the narrator",)),
        (["On Wednesday, the district announced that it would delay the start of the academic year."], ("district",)),
        # the airline named earlier in the same paragraph, not the one the story is about
        (["Four men are suing American Airlines.", "American Airlines said it would review the case.",
          "In December, a Virgin Airlines crew barred a lawyer from his flight to Dallas. The airline later "
          "apologized, calling the incident a \"misunderstanding.\""], ("Virgin Airlines",)),
        # a title after "the" is the person holding it
        (["Mayor Bill de Blasio announced new security at the shelters.",
          "\"We will certainly encourage them to utilize it,\" the Mayor said."], ("Bill de Blasio",)),
        (["Police will confer with prosecutors, Hamilton County Prosecutor Joe Deters said."], ("Joe Deters",)),
        # a surname misspelt once
        (["Joan Claybrook, a former NHTSA administrator, criticized the agency.",
          "\"There is nothing unique about software that it can't be tested,\" Claybook said."], ("Joan Claybrook",)),
        (["Mark Rosenker, a former NTSB chairman, was cautious.", "\"We just don't know,\" Rosnker said."],
         ("Mark Rosenker",)),
        # a hometown of several words between the person and the verb
        (["But the truck driver, Frank Baressi, 62, of Palm Harbor, Florida, recalled Brown driving quickly: "
          "\"He went so fast through my trailer I didn't see him.\""], ("Frank Baressi",)),
        # the description names the person right after it
        (["The driver, Joshua D. Brown, a 40-year-old company owner from Canton, Ohio, was so enamored of his sedan "
          "that he nicknamed it \"Tessy\" and praised the Autopilot's safety benefits."], ("Joshua D. Brown",)),
        # relative clauses after a preposition
        (["The figures differed from ones issued earlier by the national police, who had said that three "
          "civilians were killed."], ("the national police",)),
        (["Trump faced skepticism from Democrats, as well as former U.S. officials who warned of past empty "
          "pledges."], ("former U.S. officials",)),
        (["A senior Egyptian official has now said that radar data was wrong."], ("a senior Egyptian official",)),
        (["At a City Council meeting, officials spoke.", "The average stay is two weeks, according to the City."],
         ("City",)),
        (["The head of the armed forces, Gen. Gatot Nurmantyo, and President Joko Widodo’s cabinet secretary, "
          "Pramono Anung, announced the death toll."], ("Gatot Nurmantyo", "Pramono Anung")),
        # "they" after a pair named in the same paragraph is that pair, not an earlier group
        (["Senior officials met on Monday.", "The head of the armed forces, Gen. Gatot Nurmantyo, and the cabinet "
          "secretary, Pramono Anung, announced the toll. Twenty people were wounded, they said."],
         ("Gatot Nurmantyo", "Pramono Anung")),
        (["Ione Dines, 72, from Marshfield, Mo., a Republican activist for 45 years, said she was “just "
          "devastated” by her party’s actions."], ("Ione Dines",)),
        # a two-word name only ever used after "in" is a place, not the "he" of the next clause
        (["Beto O’Rourke quit on Friday.", "As O’Rourke comforted supporters in Des Moines on Friday evening, he "
          "promised to continue fighting for the issues."], ("Beto O’Rourke",)),
        (["Fighters went to Syria, according to Sidney Jones, director of the Institute for Policy Analysis of "
          "Conflict.", "Extremists trained in Afghanistan, the institute said."],
         ("Institute for Policy Analysis of Conflict",)),
    ],
)
def test_round16_recall(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


def test_round16_reported_for_duty_is_not_speech() -> None:
    assert extract_speakers(["Ten of the 18 staffers who reported for duty on the shift were working overtime."]) \
        == [()]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mrs. Clinton, who has also faced questions about her integrity, was deemed honest by most voters.",
        "But with a victory in Ohio, Gov. John Kasich denied Mr. Trump one of the night’s biggest prizes.",
    ],
)
def test_round16_not_speech(paragraph: str) -> None:
    assert extract_speakers([paragraph]) == [()]


# --- round 17 (session 9): machinery, from former blind sets 18-19 and from unannotated corpus text -------------
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Danny C. Williams, US Attorney of the Northern District of Oklahoma, said prosecutors will act."],
         ("Danny C. Williams",)),
        (["It was a sentiment echoed by Louis J. Marinelli from the YES California Independence Campaign."],
         ("Louis J. Marinelli",)),
        (["Obama and the White House have argued that the bill could compromise sovereign immunity."],
         ("Obama", "White House")),
        (["On Monday night Twitter said the first face-off was the most tweeted debate ever."], ("Twitter",)),
        (["Donald Trump spoke in Ohio.", "He sought to amend his position, saying he never meant it."],
         ("Donald Trump",)),
        (["Donald Trump spoke in Ohio.",
          'On Thursday, in an interview on "Fox & Friends," he sought to amend his position, '
          'saying he never meant it.'],
         ("Donald Trump",)),
        (['"There are two prongs," Robby Mook, Hillary for America campaign manager told CNN.'], ("Robby Mook",)),
        (["Corey Lewandowski, a paid CNN contributor who is still receiving severance, dismissed the idea that it "
          "matters."], ("Corey Lewandowski",)),
        (['"It is bad," said a more upbeat former Obama 2008 campaign spokesman Hari Sevugan.'], ("Hari Sevugan",)),
        (["Syria's military command said it would restart operations."], ("Syria's military command",)),
        (["Laura Brownlees of Save the Children said there were grave concerns."], ("Laura Brownlees",)),
        (['"Agriculture and tourism are helping," said entrepreneur Drayton Valentine.'], ("Drayton Valentine",)),
        (["John Kerry met Sergey Lavrov.", "A furious Kerry then told the entire room that it was unacceptable."],
         ("John Kerry",)),
        (['"I think so," said a Canadian Airlines spokesman.'], ("a Canadian Airlines spokesman",)),
    ],
)
def test_round17_subjects(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "President Barack Obama made an impassioned plea Tuesday for countries to act.",
        "Obama singled out the situation in Syria as particularly unacceptable.",
        "Obama has held out the possibility of meeting with Kim.",
        "Obama made clear that the United States does not accept it.",
        "Obama called for calm.",
        "Obama gave a speech in Ohio on Monday.",
        "Obama sent a letter to Congress.",
        "Obama floated the idea of a new tax.",
        "Obama downplayed the report.",
    ],
)
def test_round17_communication_verbs(sentence: str) -> None:
    assert extract_speakers(["Barack Obama arrived.", sentence])[-1] == ("Barack Obama",)


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan calls for new taxes.",
        "Obama held out his hand.",
        "The report gave a warning about the economy.",
        "A post on Facebook suggests that the two married in July.",
    ],
)
def test_round17_not_speech(sentence: str) -> None:
    assert extract_speakers(["Barack Obama arrived.", sentence])[-1] == ()


def test_round17_stacked_descriptors_do_not_crash() -> None:
    # "A-based B-owned C": cutting the first descriptor shortened the list under a fixed-range loop (IndexError on
    # unannotated Reuters text)
    extract_speakers(["The Tokyo-based U.S.-owned Acme-made Widget Corp said it would sell the unit."])


# Round 18: found by scanning unannotated BBC and Reuters text for "said" sentences that got no speaker.
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Last week China said that it will punish violators."], ("China",)),
        (["Earlier this week China said that it will punish violators."], ("China",)),
        (["Two days later Smith said that it would rain."], ("Smith",)),
        (["In 2015 Smith said that it would rain."], ("Smith",)),
        (["Acme Corp makes widgets. In a statement the company said that it will close."], ("Acme Corp",)),
        (["At the meeting, then-Secretary of State Hillary Clinton said that it would rain."], ("Hillary Clinton",)),
        (["At the meeting, former Secretary of State Hillary Clinton said that it would rain."], ("Hillary Clinton",)),
        (["Meanwhile ex-Foreign Secretary Robin Cook said he hoped Mr Brown would be premier."], ("Robin Cook",)),
        (["Actress Gena Rowlands died on Saturday, her agent said."], ("Gena Rowlands's agent",)),
        (["John Smith was arrested on Monday. His wife said he was innocent."], ("John Smith's wife",)),
        (["Deutsche Bank has said it will raise its dividend."], ("Deutsche Bank",)),
        (["Time Warner said it will raise its dividend."], ("Time Warner",)),
        (["The ruling cut the company's rates by 15.9 mln dlrs, Moody's said."], ("Moody's",)),
        (["That delays a lower risk profile, Standard and Poor's said."], ("Standard and Poor's",)),
        (["Chancellor of the Exchequer Nigel Lawson said a trade war must be avoided."], ("Nigel Lawson",)),
        (["Finance Minister Barend du Plessis said the talks would be fair."], ("Barend du Plessis",)),
        (["A government seismologist said five tremors were recorded every 10 minutes."],
         ("a government seismologist",)),
        (["Vice-minister of foreign trade Bernardo Chamorro said the heads of the associations will attend."],
         ("Bernardo Chamorro",)),
        (["South Africa's director-general of finance Chris Stals said he was optimistic."], ("Chris Stals",)),
        (["Japanese finance ministry deputy director-general Fumiya Iwasaki told Reuters the loans rose."],
         ("Fumiya Iwasaki",)),
        (["Benetton SpA expects to diversify, a Benetton spokeswoman here said."], ("a Benetton spokeswoman",)),
        (["Uganda plans to export roasted coffee, a prominent local businessman said."],
         ("a prominent local businessman",)),
        (["Trading in shares was suspended, the pan-European bourse said."], ("the pan-European bourse",)),
        (["Rexham Corp, a maker of packaging materials and machinery, said it received an offer."], ("Rexham Corp",)),
        (["Deutsche Boerse, the German stock exchange that is trying to buy its London rival, has said it will "
          "raise its dividend."], ("Deutsche Boerse",)),
        (["Donaldson Bramham Lee, an investor from Birmingham, Alabama, said he raised his stake."],
         ("Donaldson Bramham Lee",)),
        (["Banks closed as staff went on strike, union officials and employers said."],
         ("union officials and employers",)),
        (["Acme Corp sold shares. The corporation said it will be profitable."], ("Acme Corp",)),
        (["In a written statement Jovanovich said the recapitalization is not a buyout."], ("Jovanovich",)),
        (["Russian debt is no longer risky, one of the world's leading credit rating agencies says."],
         ("one of the world's leading credit rating agencies",)),
        (["Costs are hitting small manufacturers, business lobby group the CBI says."], ("CBI",)),
        (["The US is struggling with a trade deficit and analysts said a cheaper dollar would help."], ("analysts",)),
        (["US Airways management has said it may need to sell assets."], ("US Airways management",)),
    ],
)
def test_round18_subjects(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Time magazine said it will raise its price."],  # an outlet is a channel, not a speaker
        ["Deutsche Welle reported that the dividend rose."],
        ["Hillary Clinton has an explanation for Vladimir Putin's alleged involvement in the hacking."],
        ["It's said to be true."],
    ],
)
def test_round18_not_speakers(paragraphs: list[str]) -> None:
    assert "Vladimir Putin's" not in extract_speakers(paragraphs)[-1]
    assert extract_speakers(paragraphs)[-1] in {(), ("Hillary Clinton",)}


# Round 19 (session 11): machinery failures found on PolNeAR's 2016 US election articles (bench/speakers_polnear.py)
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["PHILADELPHIA ― Hillary Clinton’s campaign said it is looking for a replacement."],
         ("Hillary Clinton’s campaign",)),  # U+2015 dateline dash
        (["Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump, saying that “bombastic "
          "comments” do more harm than good."], ("Hillary Clinton",)),  # title-case dateline, party label
        (["Republican Donald Trump said he was ready."], ("Donald Trump",)),
        (["RENO, Nev. (AP) — Republican presidential hopeful Donald Trump says he doesn’t watch football anymore."],
         ("Donald Trump",)),  # an unknown descriptor before a full name
        (["Several Democratic operatives said they even expect fake information."],
         ("several Democratic operatives",)),
        (["But hacking specialists say the most harmful information might not even be genuine."],
         ("hacking specialists",)),
        (["“How big is that wall?” asked the boy, as the audience laughed."], ("the boy",)),
        (["Experts even noted that the metadata had been altered."], ("experts",)),
        (["Intelligence officials — including NSA Director Adm. Michael Rogers — have long argued that data "
          "manipulation is a danger."], ("Intelligence officials",)),
        (["“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek, who served in Iraq."],
         ("Mick Bednarek",)),
    ],
)
def test_round19_subjects(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # one lower-case word before a name may be a verb, not a descriptor
        ["Some people inclined to support Mrs. Clinton note that it is still early in the race."],
        ["He may contribute to Mrs. Clinton’s campaign later, said the donor, who asked not to be named."],
    ],
)
def test_round19_no_described_name(paragraphs: list[str]) -> None:
    assert not any("Clinton" in s for s in extract_speakers(paragraphs)[-1])


# Session 12: machinery failures found with a battery of plain attribution sentences (no article's errors)
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "continued"/"concluded" right after a quote that another quote follows, or before one after a comma
        (["Robby Mook met donors.", "“There are no national best practices,” he continued. “Policies are local.”"],
         ("Robby Mook",)),
        (["Robby Mook met donors.", "He continued, “We are ready to go.”"], ("Robby Mook",)),
        (["“We are ready,” Mook concluded. “We have been for months.”"], ("Mook",)),
        # consonant + y verbs: "decried", "notified"
        (["Becker decried the plan."], ("Becker",)),
        (["Becker notified lawmakers that the plan was dead."], ("Becker",)),
        # he/she with no subject-position antecedent of that gender: the one such person named anywhere before
        (["Gov. Tom Becker met Sen. Maria Alvarez in Columbus on Monday.", "“We are ready,” she said."],
         ("Maria Alvarez",)),
        (["Sen. Maria Alvarez, a Democrat from Ohio, and Gov. Tom Becker met in Columbus.", "“We are ready,” he said."],
         ("Tom Becker",)),
    ],
)
def test_session12_battery(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


def test_session12_addressee_is_no_antecedent() -> None:
    # the interviewer a pronoun's speaker talked to is not who "he" is in the next paragraph
    paras = ["Trump: 'It is a threat'", "“It is a threat,” he told NBC's Chuck Todd on Sunday.",
             "He added “it's fine” if his personal history is scrutinized."]
    assert "Chuck Todd" not in extract_speakers(paras)[-1]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a surname joined to a full name (with or without a title) is two speakers, not one name
        (["Sen. Ted Cruz, R-Texas, spoke Monday.", "Cruz and Sen. John Cornyn said the bill was a giveaway."],
         ("Ted Cruz", "John Cornyn")),
        (["Sen. Ted Cruz, R-Texas, spoke Monday.", "Cruz and John Cornyn said the bill was a giveaway."],
         ("Ted Cruz", "John Cornyn")),
        (["Procter and Gamble Co said the bill was a giveaway."], ("Procter and Gamble Co",)),
        # a state and a party before a first name are no part of the name
        (["Texas Republican Ted Cruz said the bill was a giveaway."], ("Ted Cruz",)),
        (["New York Democrat Chuck Schumer said it was fine."], ("Chuck Schumer",)),
        # "the Texas Republican" is the person the article introduced with that state and party
        (["Sen. Ted Cruz (R-Texas) spoke on Monday.", "The Texas Republican said the bill was a giveaway."],
         ("Ted Cruz",)),
        (["Ted Cruz, a Texas Republican, spoke Monday.", "“No,” the Texas Republican said."], ("Ted Cruz",)),
        (["Sen. Elizabeth Warren, D-Mass., spoke on Monday.", "The Massachusetts Democrat said it was a giveaway."],
         ("Elizabeth Warren",)),
    ],
)
def test_session12_names(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


def test_session12_state_party_needs_a_fit() -> None:
    # nobody was introduced as a Texas Republican: the description stays as it is
    paras = ["Sen. Elizabeth Warren, D-Mass., spoke on Monday.", "The Texas Republican said the bill was a giveaway."]
    assert "Elizabeth Warren" not in extract_speakers(paras)[-1]


_S13 = "Sen. Maria Alvarez, a Democrat from Ohio, and Gov. Tom Becker met in Columbus on Monday."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a title introduced before a name with "of <place>" still gives the role ("the mayor" is not the governor)
        (["Mayor Kathleen Ruiz of Tucson spoke on Monday.", "Gov. Doug Hale said the state would help.",
          "The mayor said the city would rebuild."], ("Kathleen Ruiz",)),
        # "the Democrat" is the person introduced with that party; "the senator from Ohio" is "the Ohio senator"
        ([_S13, "“We are ready,” the Democrat said."], ("Maria Alvarez",)),
        (["Sen. Ted Cruz, R-Texas, spoke Monday.", "The senator from Texas said the bill was a giveaway."],
         ("Ted Cruz",)),
        # the object of "according to" has no verb in it
        ([_S13, "Smith fled, according to a police report."], ()),
        ([_S13, "Smith fled, according to police reports."], ()),
        # a collective noun is no job title of the person just named
        ([_S13, "The Israeli military said the plan was risky."], ("the Israeli military",)),
        # "heard X say": X is the one who spoke
        ([_S13, "Alvarez heard the governor say the plan was risky."], ("Tom Becker",)),
        # ", saying" after a semicolon belongs to the second clause's subject
        ([_S13, "Becker said the plan was risky; Alvarez disagreed, saying it was sound."],
         ("Tom Becker", "Maria Alvarez")),
        # a name, a colon and a quote; a single word only when the article names that person in full
        ([_S13, "Alvarez: “We are ready.”"], ("Maria Alvarez",)),
        (["Update: “We are ready.”"], ()),
        # "made similar comments"; "called the plan reckless"; "labeled the plan reckless" (no quotation marks)
        ([_S13, "Alvarez made similar comments on Tuesday."], ("Maria Alvarez",)),
        ([_S13, "Alvarez called the plan reckless."], ("Maria Alvarez",)),
        ([_S13, "In remarks on the Senate floor, Alvarez called the bill a giveaway."], ("Maria Alvarez",)),
        ([_S13, "Alvarez labeled the plan reckless."], ("Maria Alvarez",)),
        ([_S13, "Alvarez called police a day later."], ()),
        ([_S13, "Alvarez called the police immediately."], ()),
        ([_S13, "Alvarez called a meeting for Friday."], ()),
        # a company named again by what it makes, never by the last organisation that spoke
        (["Microsoft Corp. reported earnings on Tuesday.", "The software maker said sales rose."],
         ("Microsoft Corp",)),
        (["Microsoft Corp. reported earnings on Tuesday.", "The tech giant said sales rose."], ("Microsoft Corp",)),
        (["The EPA said the cars failed.", "The automaker said it would fix them."], ()),
        # an organisation's short form is the one longer name it starts ("National League for Democracy")
        (["The National League for Democracy won the 1990 election.", "The National League said the vote was unfair."],
         ("National League for Democracy",)),
    ],
)
def test_session13_battery(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the acronym WHO is a name, not the relative pronoun
        (["The World Health Organization warned on Monday that the virus was spreading.",
          "The WHO said officials should act now."], ("World Health Organization",)),
        # a negative subject reports nobody
        ([_S13, "Nobody said the plan was risky."], ()),
        ([_S13, "No one from the company responded."], ()),
        # "those who …" with its clause, at the start of a sentence only
        ([_S13, "Those who support the plan say it is sound."], ("those who support the plan",)),
        ([_S13, "Officials asked those who were exposed to stay home as recommended by the agency."], ("officials",)),
        ([_S13, "Becker's defenders say the plan is sound."], ("Becker's defenders",)),
        # a statement released by the speaker's own office adds no second speaker
        ([_S13, "Alvarez said in a statement released by her office that the plan was risky."], ("Maria Alvarez",)),
        # "took to Twitter", "ripped the bill", "doubled down on", "wondered aloud"; not "said nothing about"
        ([_S13, "Becker took to Twitter to defend the plan."], ("Tom Becker",)),
        ([_S13, "Protesters took to the streets."], ()),
        ([_S13, "Becker ripped the bill as a giveaway."], ("Tom Becker",)),
        ([_S13, "Becker ripped up the letter."], ()),
        ([_S13, "The storm ripped through the town."], ()),
        ([_S13, "Becker doubled down on his criticism."], ("Tom Becker",)),
        ([_S13, "Becker wondered aloud whether the plan was sound."], ("Tom Becker",)),
        ([_S13, "Becker said nothing about the plan."], ()),
    ],
)
def test_session13_third_round(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # NYT style: "Democrat of Oregon" is an appositive, never a name
        (["Senator Laura Kim, Democrat of Oregon, who wrote the measure, called the outcome “a gut punch.”"],
         ("Laura Kim",)),
        (["Senator Laura Kim, Democrat of Oregon, said the outcome was bad."], ("Laura Kim",)),
        # "air force", "security forces" are speakers like "the military"
        (["Ukraine’s air force said it shot down 42 of 50 drones."], ("Ukraine’s air force",)),
        # an owner and a job title before a name: the name is the subject "he" refers to, not the team
        (["Sidney Crosby scored twice and the Pittsburgh Penguins beat the Boston Bruins 4-2 on Saturday night.",
          "Boston coach Jim Montgomery was blunt after the game. “We weren’t good enough,” he said."],
         ("Jim Montgomery",)),
        # "according to X at <workplace>": the person, not the workplace
        (["Melinda Wilkins, a food safety expert, spoke on Monday.",
          "It is unclear, according to Wilkins at Michigan State University."], ("Melinda Wilkins",)),
        (["It is unclear, according to the Bank of England."], ("Bank of England",)),
        (["Melinda Wilkins, a food safety expert, spoke on Monday.",
          "Wilkins at Michigan State University said it was unclear."], ("Melinda Wilkins",)),
        (["Economists at Goldman Sachs wrote that they expect a cut."], ("economists at Goldman Sachs",)),
    ],
)
def test_session13_articles(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "Del." is a title before a name; "Del Potro" stays a name
        (['"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.'], ("Stacey Plaskett",)),
        (['"We won," said Juan Martin Del Potro.'], ("Juan Martin Del Potro",)),
        # a time phrase between subject and verb
        (["Wells Fargo just this month announced it would get rid of these incentives."], ("Wells Fargo",)),
        (["Smith this morning told reporters he would resign."], ("Smith",)),
        # a bare noun object before the judgement
        (["Trump has called climate change a hoax."], ("Trump",)),
        (["Smith called police a day later."], ()),
        # a reduced relative clause after the subject
        (["In Mrs. Clinton's favor, all the experts I interviewed said her proposals were more detailed."],
         ("all the experts",)),
        (["Several people we spoke to said the plan was complicated."], ("several people",)),
        (["The man I met said nothing."], ()),
        # two objects of a topic preposition
        (["Experts on North Korea and nuclear nonproliferation said the latest test could change that."],
         ("experts on North Korea and nuclear nonproliferation",)),
        # an organisation before a described appositive
        (["United States Citizenship and Immigration Services, the agency that oversees the EB-5 program, said it "
          "was taking additional steps."], ("United States Citizenship and Immigration Services",)),
        (["Immigration Services, the agency, said it was taking steps."], ("Immigration Services",)),
        # "called on" after an appositive is the verb of the name, not a reduced relative
        (["Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on President Obama to "
          "retaliate against Russia."], ("Adam Schiff",)),
        (["The bill, passed in May, said nothing."], ()),
        # a contact clause: "a move the congressman said was overdue"
        (["Rep. Adam Schiff of California spoke on Tuesday.", "It was a move the congressman said was overdue."],
         ("Adam Schiff",)),
        # "Name of Place" introduces the person: the surname resolves to the full name
        (["Mayor Kathleen Ruiz of Tucson spoke on Tuesday.", "Ruiz said the city would appeal."],
         ("Kathleen Ruiz",)),
        (["The United States of America said it would act."], ("United States of America",)),
    ],
)
def test_session14_polnear(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


def test_session14_roles() -> None:
    """A role needs the name's own title or apposition: "The judge reportedly called Burton" makes Burton no judge,
    "Judge Robert Milich's request" makes Milich one."""
    paras = ["Attorney Andrea Burton of Youngstown, Ohio, was jailed after she refused to take off the pin at Judge "
             "Robert Milich's request.",
             "The judge reportedly called Burton into his chambers.",
             "The judge claimed his decision was not influenced by his own views."]
    assert extract_speakers(paras)[-1] == ("Robert Milich",)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an honorific's gender picks among namesakes
        (["Michelle Obama spoke first at the dinner.", '"My name may not be on the ballot," Mr. Obama said.'],
         ("Obama",)),
        (["Michelle Obama spoke first at the dinner.", '"It matters," Mrs. Obama said.'], ("Michelle Obama",)),
        # a relative clause after a list of names belongs to the last one
        (["The ceremony featured Oprah Winfrey, Will Smith, Patti LaBelle and Stevie Wonder, who joked of the "
          "museum, “I haven't seen it yet.”"], ("Stevie Wonder",)),
        # two people, each with a place
        (["Sen. Charles Grassley of Iowa and Sen. Patrick Leahy of Vermont say the program is rife with fraud."],
         ("Charles Grassley", "Patrick Leahy")),
        (["The Bank of America and the Bank of England said rates would rise."],
         ("Bank of America", "Bank of England")),
        # a list of three names before the verb
        (["Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that "
          "those claims could be grounds for a case."], ("Jeff Merkley", "Sherrod Brown", "Robert Menendez")),
        # "according to the nonpartisan Congressional Budget Office": adjectives before the name
        (["Taxes rose, according to the nonpartisan Congressional Budget Office, and spending fell."],
         ("Congressional Budget Office",)),
        (["Prices rose, according to the latest Consumer Price Index."], ()),
        # "the Vermont senator" -> the person introduced with that state
        (["Sen. Bernie Sanders (I-Vt.) said Sunday that Hillary Clinton needs to get away from attacks.",
          "Asked about hatred of Clinton among his supporters, the Vermont senator acknowledged that there are "
          "still “some people” who feel that way."], ("Bernie Sanders",)),
        # "called X's remarks on Saturday “…”": the quote may come later in the clause
        (["Minyon Moore, a senior adviser to the Clinton campaign, called Mr. Obama's remarks on Saturday "
          "“a true wake-up call” to his supporters."], ("Minyon Moore",)),
        # an acronym the article spells out is no person's initials; "to" links its words
        (["On Thursday, the event organizer Alliance to Reclaim Our Schools (AROS) held walk-ins.",
          "AROS argues that families still want their own neighborhood schools."],
         ("Alliance to Reclaim Our Schools",)),
        # "the third time Trump said": the name starts the subject
        (["It was the third time Trump said he would act."], ("Trump",)),
    ],
)
def test_session14_polnear_second(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # ", tweeting, “…”" reports the sentence subject
        (["Dean poked at Trump's sniffing during the debate, tweeting, “Notice Trump sniffing all the time.”"],
         ("Dean",)),
        # a quoted judgement after "branded X a/an"
        (['Japan branded North Korea an "outlaw nation in the neighborhood."'], ("Japan",)),
        # "Mr. Powell's emails" is a noun, not "Powell emails"
        (["He said he did not mention the hacking of Mr. Powell's emails in the segment."], ()),
        (["Smith emails his staff every day that the plan is on track."], ("Smith",)),
        # "the former secretary of state" is a title anaphor like "the secretary"; "and current …" is the same person
        (["Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa.",
          'On the show, the former secretary of state said she wanted to speak "directly to white people."'],
         ("Hillary Clinton",)),
        (["Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa.",
          "On the show, the former secretary of state and current Democratic presidential nominee said she wanted "
          'to speak "directly to white people."'], ("Hillary Clinton",)),
    ],
)
def test_session14_polnear_third(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an honorific and a surname before "of <organisation>"
        (['"It was the least bad outcome," Mr. Morgan of the Sierra Club said.'], ("Morgan",)),
        # "Having said that, …" is nobody's speech
        (["(Having said that, there are some economists who argue that corporate taxes should be low.)"], ()),
        # a bare surname is the person the article is about unless a namesake was just named
        (["Ted Cruz endorsed Donald Trump on Friday. Ted Cruz had refused before.",
          "Ted Cruz said the endorsement was a matter of conscience.",
          "Trump had insulted Heidi Cruz during the primary.",
          "The two men met in July.",
          "Many Republicans were surprised.",
          "Cruz has long said that he qualifies as a natural-born citizen."], ("Ted Cruz",)),
        (["Sen. Ted Cruz (R-Tex.) endorsed Donald Trump on Friday.",
          "The senator said Trump had attacked his wife, Heidi, and his father.",
          "Trump also retweeted an unflattering photo of Heidi Cruz.",
          "The two men met in July.",
          "Many Republicans were surprised.",
          'Cruz called Trump a "pathological liar" who is "utterly amoral."'], ("Ted Cruz",)),
        # declaring martial law or bankruptcy is an act, declaring victory a claim
        (["Yoon declared martial law on Tuesday."], ()),
        (["Mining companies declared bankruptcy."], ()),
        (["Trump declared victory in Iowa."], ("Trump",)),
    ],
)
def test_session14_polnear_fourth(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a quotation signed with a dash (vox pops, listicles)
        (["“I am scared of what comes next.” — Maria Lopez, 34, Phoenix"], ("Maria Lopez",)),
        (["“I am scared.” ― Sonya Herridge “He lies.” ― Pamela Padilla"], ("Sonya Herridge", "Pamela Padilla")),
        (["The senator's “plan” — Medicare for All — failed."], ()),
        # "…, each saying": every person of the subject
        (["Donald Trump and Hillary Clinton vied for the title of commander in chief Wednesday, each saying the "
          "other lacks the judgment to lead."], ("Donald Trump", "Hillary Clinton")),
        # an opinion writer's relative is a described speaker
        (["“We live in Satan's kingdom,” my father often said."], ("my father",)),
        (["My father said nothing."], ()),
    ],
)
def test_session14_polnear_fifth(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # transcript turns: the capitalised surname speaks, and a new turn ends the previous quotation
        (["Mike Pence and Chris Wallace spoke on Fox News Sunday.",
          '"WALLACE: If I may, sir, will Gennifer Flowers be there?',
          '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.'], ("Mike Pence",)),
        (["UPDATE: The story was corrected."], ()),
        # "X continued:" ending a paragraph introduces the quotation of the next one
        (["Pat Caddell spoke on the radio.", "Caddell continued:"], ("Pat Caddell",)),
        # person nouns: businessman, announcer, moderator
        (["The businessman says Clinton will sell it."], ("the businessman",)),
        (["As a phone rang, the announcer said, “It’s 3 a.m.”"], ("the announcer",)),
        # "The (nonpartisan) Commission on Presidential Debates" is one organisation
        (["The nonpartisan Commission on Presidential Debates says there was a problem with the microphone."],
         ("Commission on Presidential Debates",)),
        (["The head of the Commission on Presidential Debates says there was a problem."],
         ("the head of the Commission on Presidential Debates",)),
        # "called the charges unsubstantiated": a noun that is also a verb form after the determiner
        (["The Trump campaign called the charges unsubstantiated and fabricated."], ("the Trump campaign",)),
        (["She called the police immediately."], ()),
        # "likened … to" after a person
        (["At a rally, Trump likened the refugees to a “vicious snake” in a song."], ("Trump",)),
        (["The report likened the crisis to 2008."], ()),
    ],
)
def test_session14_polnear_sixth(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


def test_session14_lead_official_named_next() -> None:
    """A lead's "the Pentagon’s top policy official" is the person the next paragraph names with a role sharing a
    specific word ("policy"); with no shared word the description stays."""
    lead = "The Pentagon’s top policy official has signalled that the United States intends to play a minimal role."
    assert extract_speakers([lead, "Elbridge Colby, the Defense undersecretary for policy, made the remarks on the "
                                   "night to a small group of allies."])[0] == ("Elbridge Colby",)
    assert extract_speakers([lead, "Elbridge Colby, a former Navy officer, made the remarks on the night to a small "
                                   "group of allies."])[0] == ("the Pentagon’s top policy official",)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # any past-tense verb between a quotation ending in , ! ? and an anonymous description attributes it
        (["“She is our mother, she is our mother!” a woman cried."], ("a woman",)),
        (["“I’m happier than if I won the lottery,” one older woman exulted. “But this is just the beginning.”"],
         ("one older woman",)),
        (["“No justice, no peace,” chanted the protesters, who held up signs."], ("the protesters",)),
        (["\"Stand up!\" yelled one fan."], ("one fan",)),
        # documents and plain sentences stay silent
        (["\"It was good,\" the report concluded."], ()),
        (["“The Force Awakens,” the studio released in 2015."], ()),
        (["“Stop.” A woman walked away."], ()),
    ],
)
def test_session15_description_after_quote(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


def test_session15_indefinite_description_is_no_later_antecedent() -> None:
    """"A woman cried" speaks once; a "she" two paragraphs on is still the article's named woman."""
    paras = ["Aung San Suu Kyi was freed on Saturday.", "“She is our mother!” a woman cried.",
             "On Sunday she said freedom of speech was the basis of democracy."]
    assert extract_speakers(paras)[1:] == [("a woman",), ("Aung San Suu Kyi",)]


def test_session15_headline_person_is_the_first_antecedent() -> None:
    """A headline that opens with a person is the antecedent of a he/she opening the article; "The Catholic
    Church released …" opens with no person."""
    paras = ["\"Well, I don't want to say it's a threat,\" he told NBC's Chuck Todd.",
             "Donald Trump has blasted the former president."]
    assert extract_speakers(paras, title="Trump: 'I don't want to say it's a threat'")[0] == ("Donald Trump",)
    assert extract_speakers(paras, title="The threat that wasn't")[0] == ()
    assert extract_speakers(["She wrote individual reports on each congregation."],
                            title="The Catholic Church released its final report on nuns")[0] == ()


@pytest.mark.parametrize("lead", ["On Sunday she said", "In 2015 she said", "But on Sunday she said",
                                  "In Washington she said", "Later she said"])
def test_session15_pronoun_after_fronted_phrase_without_comma(lead: str) -> None:
    paras = ["Aung San Suu Kyi told supporters she was happy.", lead + " freedom of speech was the basis of democracy."]
    assert extract_speakers(paras)[1] == ("Aung San Suu Kyi",)


_S15_INTRO = "Sen. Jane Miller, a Democrat from Ohio, met executives of Acme Corp. on Monday to discuss the plant."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # sentence adverbs and fronted phrases are no names
        ("Separately, a spokesman for the company said that the plan would fail.", ("a spokesman for the company",)),
        ("Separately, the company said that the plan would fail.", ("Acme Corp",)),
        ("On Twitter, a spokesman for the company said that the plan would fail.", ("a spokesman for the company",)),
        # a fronted phrase without its comma before a determiner, a name with an appositive, a plural noun
        ("On Sunday the senator said that the plan would fail.", ("Jane Miller",)),
        ("In Washington the company said that the plan would fail.", ("Acme Corp",)),
        ("On Sunday a spokesman for the company said that the plan would fail.", ("a spokesman for the company",)),
        ("On Sunday Tom Hart, Acme's chief executive, said that the plan would fail.", ("Tom Hart",)),
        ("In 2015 Tom Hart, Acme's chief executive, said that the plan would fail.", ("Tom Hart",)),
        ("Earlier this month company officials said that the plan would fail.", ("company officials",)),
        ("Last week she also said that the plan would fail.", ("Jane Miller",)),
        ("Speaking in Brussels, Tom Hart, Acme's chief executive, said that the plan would fail.", ("Tom Hart",)),
        ("Speaking in Brussels, a senior European official said the plan would fail.",
         ("a senior European official",)),
        # a title abbreviation inside "according to"
        ("According to Ms. Miller, the plan will fail.", ("Jane Miller",)),
        ("According to Gov. Mike DeWine, the plan will fail.", ("Mike DeWine",)),
        # a counted group of people with a weak verb
        ("Two workers added that the plan would fail.", ("two workers",)),
        # inverted descriptions with "to" and "familiar with"
        ("\"The plan will fail,\" said an aide to Miller.", ("an aide to Miller",)),
        ("\"The plan will fail,\" said a person familiar with the talks.", ("a person familiar with the talks",)),
        ("\"The plan will fail,\" said two people close to the senator, who asked not to be named.",
         ("two people close to the senator",)),
        # the anonymity clause is no speech and does not hide the subject (session 25: nor is it part of the
        # description, as the annotations write it)
        ("A U.S. official who spoke on condition of anonymity said that the plan would fail.",
         ("a U.S. official",)),
    ],
)
def test_session15_machinery(sentence: str, expected: tuple[str, ...]) -> None:
    assert extract_speakers([_S15_INTRO, sentence])[1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an insertion between the name and a verb that needs a person-like subject or that looks like a reduced
        # relative after a comma
        ("Miller, however, vowed to fight the closure.", ("Jane Miller",)),
        ("Miller, 62, threatened to sue.", ("Jane Miller",)),
        ("Miller, for her part, asked whether the plan would work.", ("Jane Miller",)),
        ("Miller, along with Gov. Mike DeWine, took aim at the company.", ("Jane Miller",)),
        ("Miller's spokesman, Tom Hart, promised to help the workers.", ("Tom Hart",)),
        ("The Finance Ministry, however, swiftly ruled out the option.", ("Finance Ministry",)),
        # singular roles and owned bodies count as person-like subjects
        ("The senator took aim at the company.", ("Jane Miller",)),
        ("Miller's office disputed that account.", ("Miller's office",)),
        ("The report disputed that account.", ()),
        # "cast doubt on" after a person
        ("Miller cast doubt on the plan.", ("Jane Miller",)),
        ("The report cast doubt on the plan.", ()),
        # a coordinated subject of "… and said"
        ("Miller and Gov. Mike DeWine met with workers and said the plan would fail.", ("Jane Miller", "Mike DeWine")),
        ("Both Miller and DeWine met with workers and said the plan would fail.", ("Jane Miller", "DeWine")),
        ("Procter and Gamble met with workers and said the plan would fail.", ("Procter",)),
        ("Miller's spokesman, Tom Hart, met with workers and said the plan would fail.", ("Tom Hart",)),
    ],
)
def test_session15_person_like_subjects(sentence: str, expected: tuple[str, ...]) -> None:
    assert extract_speakers([_S15_INTRO, sentence])[1] == expected


def test_session15_camel_case_surnames_are_names() -> None:
    """"DeWine", "DeSantis", "LaHood" register as person names, so a "he" two paragraphs on finds them."""
    for name in ("Mike DeWine", "Ron DeSantis", "Ray LaHood", "Tom McClintock"):
        paras = [f"Gov. {name}, a Republican, met workers at the plant on Monday.",
                 "The plant employs 1,200 people and has been open since 1954.",
                 "He said the closure would devastate the town."]
        assert extract_speakers(paras)[2] == (name,)


def test_session15_possessive_organisation_appositive_gives_a_role() -> None:
    paras = ["Tom Hart, Acme's chief executive, met workers on Monday.", "The plant employs 1,200 people.",
             "The chief executive said the closure would devastate the town."]
    assert extract_speakers(paras)[2] == ("Tom Hart",)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # thousands separators are part of the number, not a comma between segments
        (["Acme Corp. makes widgets.", "The company, which employs 1,200 people, said it would close the plant."],
         ("Acme Corp",)),
        # a statement or letter speaks for whoever issued it
        (["Acme Corp. makes widgets.", "A statement from Acme said the plant would close."], ("Acme Corp",)),
        (["Acme Corp. makes widgets.", "The company's memo to staff said the decision was final."], ("Acme Corp",)),
        (["Tom Hart runs Acme Corp.", "Hart's letter to employees said the decision was final."], ("Tom Hart",)),
        (["Tom Hart runs Acme Corp.", "A letter to employees said the decision was final."], ()),
        (["Tom Hart runs Acme Corp.", "The statement said the decision was final."], ()),
        # phoning someone's chief executive is no judgement
        (["Sen. Jane Miller met executives of Acme Corp.", "Miller called Acme's chief executive on Tuesday."], ()),
        (["Sen. Jane Miller met executives of Acme Corp.", "Miller called Acme's plan deceptive."], ("Jane Miller",)),
    ],
)
def test_session15_documents_and_numbers(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "the Ukrainian leader" is the head of state the article introduced as "Ukrainian President …"
        (["The Pentagon is weighing a withdrawal, as Ukrainian President Volodymyr Zelenskyy pressed for answers.",
          "The Ukrainian leader said the withdrawal would weaken deterrence."], ("Volodymyr Zelenskyy",)),
        (["The Pentagon is weighing a withdrawal, as Ukrainian President Volodymyr Zelenskyy pressed for answers.",
          "The North Korean leader said the withdrawal would weaken deterrence."], ()),
        # an organisation anaphor takes the verbs that need a person-like subject
        (["Acme Corp. makes widgets.", "The company disputed that account."], ("Acme Corp",)),
        (["Acme Corp. makes widgets.", "The report disputed that account."], ()),
    ],
)
def test_session15_leaders_and_companies(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a lower-case level of government before a capitalised title
        ("The plan will fail, state Sen. Tom Hart said.", ("Tom Hart",)),
        ("\"The plan will fail,\" said state Attorney General Dave Yost.", ("Dave Yost",)),
        ("On Tuesday state Attorney General Dave Yost said the plan would fail.", ("Dave Yost",)),
        # coordinated modifiers before one plural noun are one group
        ("Democratic and Republican lawmakers said the plan would fail.", ("Democratic and Republican lawmakers",)),
        ("Federal and state officials sued Acme, saying the plan would fail.", ("Federal and state officials",)),
        ("\"The plan will fail,\" said state and local officials.", ("state and local officials",)),
        ("Ryan and Republican leaders said the plan would fail.", ("Ryan", "Republican leaders")),
        # adjectives between a quantifier and its noun, and a counted group after a quotation
        ("Several environmental groups sued Acme, saying the plan would fail.", ("several environmental groups",)),
        ("The senator met with workers and said the plan would fail.", ("Jane Miller",)),
        ("\"The plan will fail,\" added two senior administration officials.",
         ("two senior administration officials",)),
        # organisation names linked by "for" or "to"
        ("The plan will fail, according to the Roper Center for Public Opinion Research.",
         ("Roper Center for Public Opinion Research",)),
        ("\"The plan will fail,\" said the Committee to Protect Journalists.", ("Committee to Protect Journalists",)),
        ("\"The plan will fail,\" said the Centers for Disease Control and Prevention.",
         ("Centers for Disease Control and Prevention",)),
        # the subject after a fronted phrase whose object is a name
        ("In a letter to Acme a 911 caller said the plan would fail.", ("a 911 caller",)),
        # "something X also told"; "Something" alone is nobody
        ("Miller said the plan would fail, something a 911 caller also told reporters.",
         ("Jane Miller", "a 911 caller")),
        ("Something told Miller the plan would fail.", ()),
        # a fronted month is no name that a spokesman could be
        ("In August, a spokesman sued Acme, saying the plan would fail.", ("a spokesman",)),
        # a quoted programme title is a name, not a quotation that ends the subject
        ("Miller, appearing on \"Meet the Press,\" said the plan would fail.", ("Jane Miller",)),
        ("Miller, in an interview on \"Fox News Sunday,\" said the plan would fail.", ("Jane Miller",)),
        ("Miller called the plan \"Crooked Acme.\"", ("Jane Miller",)),
        # "neither … nor" names nobody who spoke, but a later clause's verb keeps its own subject
        ("Neither Miller nor Hart said the plan would fail.", ()),
        ("Neither the House nor the Senate provided the money that the company says is needed.", ("Acme Corp",)),
        # verbs of reported speech after a person
        ("Miller congratulated the workers on the vote.", ("Jane Miller",)),
        ("Miller credited the workers with the turnaround.", ("Jane Miller",)),
        ("Miller contradicted the company.", ("Jane Miller",)),
        ("Miller talked about the closure at length.", ("Jane Miller",)),
        ("Miller brushed off the criticism.", ("Jane Miller",)),
        ("Miller shrugged off the criticism.", ("Jane Miller",)),
        ("Miller played down the closure.", ("Jane Miller",)),
        ("Miller appealed to lawmakers to act.", ("Jane Miller",)),
        ("Miller played the piano.", ()),
        # anonymous sources "briefed on" something, after "according to" and inverted
        ("The plan will fail, according to two people briefed on the talks.", ("two people briefed on the talks",)),
        ("The plan will fail, said a person briefed on the talks who asked not to be named.",
         ("a person briefed on the talks",)),
        ("The plan will fail, according to the plan.", ()),
        # a name in apposition after "according to" a described source
        ("The plan will fail, according to Hart's spokeswoman, Kate Ross.", ("Kate Ross",)),
        # "was heard saying", "could be heard telling"
        ("Miller was heard saying the plan would fail.", ("Jane Miller",)),
        ("Miller could be heard telling workers the plan would fail.", ("Jane Miller",)),
    ],
)
def test_session16_machinery(sentence: str, expected: tuple[str, ...]) -> None:
    assert extract_speakers([_S15_INTRO, sentence])[1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a role anaphor is person-like enough for the verbs that need a person
        ("The chief executive brushed off the criticism.", ("Tom Hart",)),
        ("The chief executive faulted Miller for the closure.", ("Tom Hart",)),
        # a subjunctive after "demanded that" is not what its subject did
        ("Hart demanded that Miller apologize.", ("Tom Hart",)),
        ("Hart noted that Miller testified.", ("Tom Hart", "Jane Miller")),
    ],
)
def test_session16_roles_and_subjunctives(sentence: str, expected: tuple[str, ...]) -> None:
    lead = [_S15_INTRO, "Tom Hart, Acme's chief executive, attended the meeting."]
    assert extract_speakers([*lead, sentence])[2] == expected


def test_session17_possessive_is_no_antecedent_after_the_subject() -> None:
    paras = ["Singer Patrick Simmons and keyboardist Michael McDonald toured together.",
             "Following a performance of “Black Water” Simmons teed up McDonald’s cameo. "
             "“You might remember him,” he said."]
    assert extract_speakers(paras)[1] == ("Patrick Simmons",)


def test_session17_she_is_the_woman_the_previous_paragraph_introduced() -> None:
    paras = ["Violet Corbett, a party chair, said she surveyed her committee.",
             "“They don’t know why,” she said.",
             "Mr. Akin also received some support from his opponent, Ms. Claire McCaskill, who ran ads for him.",
             "Amid the calls for him to step aside, she told a television station it would be a “radical thing.”"]
    assert extract_speakers(paras)[3] == ("Claire McCaskill",)
    # a paragraph that goes on about the speaker ("She …") keeps her, even when it names another woman
    paras[2] = "She described the pressure on the committee and on Ms. Claire McCaskill."
    assert extract_speakers(paras)[3] == ("Violet Corbett",)


def test_session17_the_company_is_the_subject_of_an_earlier_sentence() -> None:
    paras = ["Air Force One will be replaced. Air Force One is old. Air Force One is costly.",
             "Trump said a contract with Boeing Co. would be too expensive.",
             "Air Force One is no mere plane.",
             "Boeing is in only the early stages of building Air Force One’s replacement. The company said in a "
             "statement that it is under contract for $170 million."]
    assert extract_speakers(paras)[3] == ("Boeing Co",)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a lower-case modifier or a quantifier before a capitalised plural of a party or a people
        ("But congressional Democrats said closing it will create more risk.", ("congressional Democrats",)),
        ("Other Republicans said the plan would fail.", ("other Republicans",)),
        ("Many Tunisians accuse the Islamists of having been slow to respond.", ("many Tunisians",)),
        ("Most Israelis say the plan would fail.", ("most Israelis",)),
        ("Even some Democrats criticized the plan as extreme.", ("some Democrats",)),
        ("The Democrats said the plan would fail.", ("Democrats",)),
        # a side in court
        ("The defense argued that the charge should be dismissed.", ("the defense",)),
        ("The prosecution said the charge should stand.", ("the prosecution",)),
        ("The defense ministry said the charge should be dismissed.", ("the defense ministry",)),
        # manner and attempt before "to" + a speech verb
        ("Miller was quick to point out that the plan had failed.", ("Jane Miller",)),
        ("Miller was careful to note that the plan had failed.", ("Jane Miller",)),
        ("Miller was the first to say that the plan had failed.", ("Jane Miller",)),
        ("Miller was at pains to stress that the plan had failed.", ("Jane Miller",)),
        ("Miller took pains to say that the plan had failed.", ("Jane Miller",)),
        ("Miller sought to reassure investors that the plan was sound.", ("Jane Miller",)),
        ("Miller used the occasion to announce a new plan.", ("Jane Miller",)),
        ("Miller was quick to leave the room.", ()),
        ("Attempts to confirm this with the union were unsuccessful.", ()),
        # a comma closing an appositive is no inversion, and "who" after an appositive is the named person
        ("James Martin, a Jesuit priest, warned the Vatican.", ("James Martin",)),
        ("The nuns are right, said James Martin, a Jesuit priest.", ("James Martin",)),
        ("James Martin, a Jesuit priest and author, who said the nuns were right, stayed home.", ("James Martin",)),
        ("He met James Martin, a Jesuit priest and author, who said the nuns were right.", ("James Martin",)),
        ("Sales fell at Acme Corp., a maker of widgets, which said demand was weak.", ("Acme Corp",)),
    ],
)
def test_session17_groups_sides_and_manner(sentence: str, expected: tuple[str, ...]) -> None:
    assert extract_speakers([_S15_INTRO, sentence])[1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a speech noun after a possessive and a capitalised name is no verb
        ("A judge may not enforce it because of Pagliano's Fifth Amendment claims, prosecutors rarely act.", ()),
        # a singular noun before "have"/"are"/"were" is not the subject of the verb
        ("Several judges handling suits about Hillary Clinton's tenure as secretary of state have cited the "
         "election.", ()),
        ("Hillary Clinton and Tim Kaine have said the plan will work.", ("Hillary Clinton", "Tim Kaine")),
        ("Those in favor of punishment have said that Rudolph started the fight.", ("those in favor of punishment",)),
        ("Clinton has said the plan will work.", ("Clinton",)),
        # a reporter's credit line
        ("Julie Davis reported from Midway Atoll, and Mark Landler from Kaneohe Bay, Hawaii.", ()),
        ("Tom Hart, reporting from Kabul, said the talks had failed.", ("Tom Hart",)),
    ],
)
def test_session17_nouns_agreement_and_credits(sentence: str, expected: tuple[str, ...]) -> None:
    assert extract_speakers([_S15_INTRO, sentence])[1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["The Sunrise Coalition organized the rally. The coalition said it would return."],
         ("Sunrise Coalition",)),
        (["The Alliance to Reclaim Our Schools organized the rally. The alliance said it would return."],
         ("Alliance to Reclaim Our Schools",)),
        (["The World Health Organization met on Monday. The organization said it would return."],
         ("World Health Organization",)),
        (["The Kremlin believes the U.S. seized on the protests, followers of U.S.-Russia relations say."],
         ("followers of U.S.-Russia relations",)),
    ],
)
def test_session17_organisations_and_initialisms(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


def test_session17_owned_role_is_the_person_named_next_with_it() -> None:
    paras = ["Jane Miller's campaign manager said Wednesday that the senator would propose national standards.",
             "“There are two prongs to her approach,” Tom Hart, Miller for Ohio campaign manager, told a TV station."]
    assert extract_speakers(paras)[0] == ("Tom Hart",)
    paras[1] = "“There are two prongs to her approach,” Tom Hart, a local pastor, told a TV station."
    assert extract_speakers(paras)[0] == ("Jane Miller's campaign manager",)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a name after a conjunction that follows a comma or a quotation, then its appositive
        (["Chief Financial Officer Megan Doyle blamed fuel costs, but Victor Huang, an analyst at Barton "
          "Securities, said the airline had a capacity problem."], ("Megan Doyle", "Victor Huang")),
        (['Superintendent Marco Diaz said the district "accepts the findings," and Tamika Rowe, the parent of one '
          "student, said she had complained."], ("Marco Diaz", "Tamika Rowe")),
        (['Lawyers for the committee argued that the rule was "clear and mandatory," while Sarah Lin, a lawyer for '
          "voting rights groups, said it was wrong."], ("lawyers for the committee", "Sarah Lin")),
        # a capitalised occupation before a full name at the start of a sentence
        (["Passenger Joe Holloway, stranded in Denver, said he had been rebooked."], ("Joe Holloway",)),
        (["The consumer group Patient Safety Watch urged doctors to watch for signs of pancreatitis."],
         ("Patient Safety Watch",)),
        (["Agronomist Lisa Tran of Iowa State University said hemp could be profitable."], ("Lisa Tran",)),
        (["Baker Mayfield said the plan would fail."], ("Baker Mayfield",)),
        # an organisation name is not cut at its first word nor run on into a weekday
        (["The Environmental Protection Agency on Tuesday delayed the rule. The agency said it needed more time."],
         ("Environmental Protection Agency",)),
        # "Neither Clinton nor …" registers no person "Neither Clinton"
        (["Neither Clinton nor her allies have been charged.", "Rival Hillary Clinton spoke on Monday.",
          "Clinton cited it as an example of his disrespect."], ("Hillary Clinton",)),
    ],
)
def test_session17_conjunctions_occupations_and_org_names(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a quotation that ends with a full stop ends its sentence: the next sentence has its own subject
        (["Claire Whitby, the provost, met union leaders on Friday.",
          "Whitby said the meeting was “a step forward.” Liam Foster, the union's president, was less optimistic, "
          "saying the university “still isn't taking us seriously.”"], ("Claire Whitby", "Liam Foster")),
        # a name between a determiner and a noun modifies the noun: it is no "he"
        (["John Hamarics, 54, spoke to the AP on Monday.", "The Upper West shelter was infested, he said."],
         ("John Hamarics",)),
        (["John Hamarics, 54, spoke to the AP on Monday.", "One East Side shelter, he said, was infested."],
         ("John Hamarics",)),
        # a person whose one-word predicate introduces a quotation with a colon said it
        (["Priya Raman and Howard Klein testified on Tuesday.",
          "“We are not prepared,” Raman said. Klein disagreed: “We are far better positioned than in 2019.”"],
         ("Priya Raman", "Howard Klein")),
        (["Marcus Tate and Jalen Woods play for the Hawks.",
          "Woods said it was fine, and Tate, asked about it, shrugged: “We're brothers.”"],
         ("Jalen Woods", "Marcus Tate")),
        (["The agency published its findings.", "The report concludes: “The plan failed.”"], ()),
        # a title abbreviation does not end the agent of a passive speech verb
        (["Dr. Alan Cho led the research.",
          "Cho said the test works, a point echoed by Dr. Bea Norris, the chief scientist."],
         ("Alan Cho", "Bea Norris")),
        # "declined to comment, citing …" reports no speech; "declined, citing …" (a decision explained) does
        (["Hillcrest Bank is a lender.", "Hillcrest declined to comment, citing the pending litigation."], ()),
        # an inverted owned role takes the name in apposition
        (["The study was published on Monday.",
          "The study did not show that social media causes depression, cautioned its lead author, Dr. Nina Alvarez."],
         ("Nina Alvarez",)),
        # "who" after a described appositive is the name, also when the name is an object
        (["Dana Cruz is the White House press secretary.",
          "Cruz met Alex Morton, a reporter for the Daily Ledger, who asked whether the president would release "
          "his tax returns."], ("Alex Morton",)),
        # an absolute "with" clause: its subjects speak
        (["Ann Lee and Mark Sutton clashed over the plan.",
          "The two traded barbs on Monday, with Lee calling Sutton's plan “reckless” and Sutton saying the governor "
          "had no authority to block it."], ("Ann Lee", "Mark Sutton")),
        (["Greenwood Oil is a producer.",
          "Greenwood's board approved an agreement with Colorado National calling for the sale of shares."], ()),
        # a coordinated clause's subject is the one who adds
        (["Nadia Farouk and Glen Asher are on the board.",
          "Farouk said the measure would help, and Asher agreed, adding, “This is not a partisan issue.”"],
         ("Nadia Farouk", "Glen Asher")),
        # "a NOUN the X VERB": the relative clause's subject, not "a characterization the White House"
        (["Ron Tibbs is a union leader.",
          "Tibbs said the talks went well, a characterization the White House disputed."],
         ("Ron Tibbs", "White House")),
        # "a claim by X that", "remarks by X": X communicated
        (["Harlan Motors recalled 40,000 cars.",
          "Harlan denied a claim by the consumer group Auto Safety Now that it had known about the problem."],
         ("Harlan Motors", "Auto Safety Now")),
        (["Margaret Ellison chairs the Fed.",
          "Ellison said inflation was falling, echoing remarks last week by Fed Governor Tobias Reed."],
         ("Margaret Ellison", "Tobias Reed")),
        # "interjected" is a speech verb
        (["The court heard arguments on Monday.",
          "Justice Martin Oyelaran interjected that the question “mischaracterizes” decades of precedent."],
         ("Martin Oyelaran",)),
    ],
)
def test_session18_multi_speaker_constructions(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a relational role keeps its "to" phrase
        (["The White House met on Monday.", "An adviser to the president said the plan would fail."],
         ("an adviser to the president",)),
        (["The talks resumed.", "Aides to both lawmakers say the two sides are closer."],
         ("aides to both lawmakers",)),
        # an organisation before a described appositive is the subject
        (["The hearing ended.", "Lockhaven Defense, one of the manufacturers, said it had broken ground."],
         ("Lockhaven Defense",)),
        # a plural noun that ends the sentence is no speech verb; a floating "each" keeps the subject
        (["Bradley Quinn and Yasmin Toure debated.",
          "Quinn and Toure each blamed the other's party for long delays in processing unemployment claims."],
         ("Bradley Quinn", "Yasmin Toure")),
        (["The state is behind.", "The agency has long delays in processing unemployment claims."], ()),
        # "slammed on the brakes" is no criticism; "blasted on a call as …" is
        (["The jet was taking off.", "The pilots slammed on the brakes, according to flight data."], ()),
        # agencies whose names hold "and"
        (["Agents arrived.", "U.S. Customs and Border Protection said it had increased capacity."],
         ("U.S. Customs and Border Protection",)),
        (["Agents arrived.", "U.S. Immigration and Customs Enforcement said the raid was lawful."],
         ("U.S. Immigration and Customs Enforcement",)),
        # "according to its director, NAME"; "a director in Omaha, NAME, said"
        (["The shelter is full.",
          "It has taken in 1,100 people, according to its director, Rubén Garza-Aldama, nearly double last year."],
         ("Rubén Garza-Aldama",)),
        (["Agents raided the plant.",
          "ICE's acting field office director in Omaha, Raymond Szabo, said the raid was lawful."],
         ("Raymond Szabo",)),
        (["The harvest failed.", "Researchers in Greenbelt, Maryland, have confirmed the result."], ()),
        # a lay role, a party label or a rank before any first name is no part of the name
        (["The flight landed.", "Passenger Devin Kapoor, who was seated in Row 14, said the plane lurched."],
         ("Devin Kapoor",)),
        (["The race is close.", "Democrat Sonia Abrams said the count was fair."], ("Sonia Abrams",)),
        (["The base will close.", "Sgt. First Class Antoine Mbeki said the base would close."], ("Antoine Mbeki",)),
    ],
)
def test_session18_realistic_article_constructions(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a singular role noun nobody in the article answers to keeps its description
        (["The court will act soon, the judge said."], ("the judge",)),
        (["The talks failed, the EU envoy said."], ("the EU envoy",)),
        (["The talks failed, the European Union’s envoy said after a day of talks."],
         ("the European Union’s envoy",)),
        # an appositive with an infinitive after its noun is still an appositive
        (["The hearing opened.",
          "Roberta Achterberg, the White House’s pick to lead U.S. Cyber Command, told senators that China had "
          "planted code."],
         ("Roberta Achterberg",)),
        (["The strike went on.", "Jane Ortiz, the first woman to lead the union, said the strike would go on."],
         ("Jane Ortiz",)),
        # a described appositive that ends in an institution and its town; towns of several words
        (["The signal is faint.",
          "Mateus Carvalho, an astrophysicist at the Max Planck Institute for Astronomy in Heidelberg, Germany, "
          "noted that a molten surface could produce a similar signal."],
         ("Mateus Carvalho",)),
        (["The result held.", "Jo Lee, a researcher at Stanford University in Palo Alto, California, said so."],
         ("Jo Lee",)),
        (["The result held.", "Jo Lee of Salt Lake City, Utah, said the result was robust."], ("Jo Lee",)),
        # "service" and "staff" speak
        (["The blaze grew.", "It has burned 14,000 hectares, according to the fire service."],
         ("the fire service",)),
        (["The books were pulled.", "In an email to principals, district staff said the books should go."],
         ("district staff",)),
        # reporting to a place is no report
        (["Buses were late.", "Cafeteria staff reported to their assignments."], ()),
        (["Buses were late.", "Smith reported to work on Monday."], ()),
    ],
)
def test_session19_constructions(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


def test_session19_lead_description_named_next() -> None:
    # a lead's "the X's envoy" is the person the next paragraph introduces with a role naming X (here its acronym)
    out = extract_speakers([
        "BRUSSELS (Reuters) - Serbia and Kosovo failed to agree on Tuesday, the European Union’s envoy said.",
        "Anders Lindqvist, the EU special representative for the dialogue, told reporters the sides disagreed."])
    assert out == [("Anders Lindqvist",), ("Anders Lindqvist",)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "&" belongs to the name
        (["Sales fell.", "Procter & Gamble said it would close stores."], ("Procter & Gamble",)),
        # "the company" after a company introduced with a descriptor, not a legal suffix
        (["Longtime home goods retailer Harbor & Pine filed for bankruptcy on Sunday.",
          "In a filing, the company said it had $1 billion in liabilities."], ("Harbor & Pine",)),
        (["Prairie Gale Energy, a wind power company based in Iowa, expects to finish the farm next year.",
          "The company said it would hire 40 workers."], ("Prairie Gale Energy",)),
        (["Jane Doe, a company spokeswoman, declined to comment.", "The company said the cuts were necessary."], ()),
        # two plural heads sharing one post-modifier
        (["Scores fell.", "Teachers and administrators in rural districts say a shortage of teachers hurts."],
         ("teachers and administrators in rural districts",)),
        (["The court ruled.", "If they fail, the justices said, the court will choose from proposals."],
         ("the justices",)),
        (["Rain fell.", "Local ranchers said the drought was the worst in memory."], ("Local ranchers",)),
        # council titles are no part of the name
        (["The vote passed.", "Councilmember Ana Lucía Ferreira called the vote “historic.”"],
         ("Ana Lucía Ferreira",)),
        # a finding of a poll is no speech
        (["Schools reopened.", "Polls show that Black and Latino families, who have suffered, have expressed more "
          "concern about returning to school than white parents have."], ()),
        # an adverb between a limited verb and its word; a "whose" clause is no subject
        (["Talks began.", "Poland's defense minister, Tomasz Wierzbicki, has lobbied publicly for a permanent "
          "presence, arguing that rotations are temporary."], ("Tomasz Wierzbicki",)),
        (["Kitchens are short.", "The National Restaurant Association, whose members have struggled with shortages "
          "of line cooks and dishwashers, said it would help."], ("National Restaurant Association",)),
        (["The site opened.", "The Home Office has defended its decision, despite opposition from local "
          "councillors who say the site is unsuitable."], ("Home Office", "local councillors")),
        (["Not everyone was won over.",
          "“It is beautiful,” said a European distributor, who asked not to be named."],
         ("a European distributor",)),
        # a dotted acronym resolves as the plain one does
        (["The Securities and Exchange Commission sued the firm.",
          "The S.E.C. said in a statement that it was reviewing the decision."],
         ("Securities and Exchange Commission",)),
        # a role after an outlet's name is no part of the person's name, nor makes the person an outlet
        (["The attack killed a reporter.",
          "AFP Global News Director Phil Chetwynd reiterated his call for a thorough investigation."],
         ("Phil Chetwynd",)),
        # gender of common given names: "Mr. Asante" is Kwame, not Julia
        (["Julia Asante and her husband, Kwame Asante, want a house.", "“It is real money,” Mr. Asante said."],
         ("Kwame Asante",)),
        (["Rosalind Okafor and Chad Hartung farm nearby.", "“You farm in spite of it,” she said."],
         ("Rosalind Okafor",)),
    ],
)
def test_session19_more_constructions(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a participle of polling or contacting after a plural speaker noun keeps the described source whole
        (["Stocks fell.", "Economists polled by Reuters said the slowdown would end this year."],
         ("economists polled by Reuters",)),
        (["The rally ended.", "Voters interviewed at the rally said they were frustrated."],
         ("voters interviewed at the rally",)),
        (["The water was off.", "Residents contacted by phone said the water was brown."],
         ("residents contacted by phone",)),
        (["Analysts were split.", "Some analysts queried by Reuters questioned the bid. One said the offer was low."],
         ("some analysts queried by Reuters", "one analyst")),
        # dismissing or rejecting something "as" a description is verbal, with or without a quote
        (["The report came out.", "Republicans dismissed the findings as partisan."], ("republicans",)),
        (["The plan was released.", "Clinton rejected the plan as a giveaway to the rich."], ("Clinton",)),
        (["He was dismissed as coach last year."], ()),
        # "with X VERBing" names the speaker also when X is a name
        (["The Clinton campaign seized on the remarks, with spokesman Brian Fallon tweeting that Trump was "
          "\"unhinged.\""], ("Brian Fallon",)),
        # a verbal exchange: both sides speak
        (["Trump and Clinton traded barbs over the weekend."], ("Trump", "Clinton")),
        (["Kaine and Pence clashed repeatedly over immigration during the debate."], ("Kaine", "Pence")),
        (["Trump sparred with Megyn Kelly over her questions."], ("Trump", "Megyn Kelly")),
        (["Sanders argued with Clinton about the minimum wage."], ("Sanders", "Clinton")),
        (["Police clashed with protesters outside the stadium."], ()),
        (["Cruz held firm. Trump later sparred with the Texas senator."], ("Trump",)),  # a description: no "Texas"
        # a name and "his lawyers": two speakers, not one (nor none after "have")
        (["Bill Cosby faces charges.", "Cosby and his lawyers have denied the allegations."],
         ("Bill Cosby", "Cosby's lawyers")),
        # a sentence-initial "Said" inverts the name after it; "Everything" is no given name
        (["Ryan Ellis is an analyst.", "Said Ellis: “I don’t get the sense she’s interested.”"], ("Ryan Ellis",)),
        (["Donald Trump spoke.", "We don't care. Everything Trump says is a lie."], ("Donald Trump",)),
        # a year or "in a speech" between a relative pronoun and its verb
        (["Obama praised McConnell, who in 2010 said the deal was dead."], ("Obama", "McConnell")),
        (["Clinton, who in an interview called the plan reckless, won."], ("Clinton",)),
        # an appositive, then a parenthetical between dashes (also typewriter dashes) before the verb
        (["John Dickey, the chief executive of Ora Media — the production company that owns the show — told me "
          "that they were a content provider."], ("John Dickey",)),
        (["John Dickey, the chief executive of Ora Media -- the production company that owns the show -- told me "
          "that they were a content provider."], ("John Dickey",)),
        # a name and a titled name: two speakers; an "and" inside a department's title is no coordination
        (["Obama and Secretary of State John Kerry said the deal was done."], ("Obama", "John Kerry")),
        (["Cruz and Senate Majority Leader Mitch McConnell said the bill was dead."], ("Cruz", "Mitch McConnell")),
        (["Cruz and former Texas Gov. Rick Perry said the bill was dead."], ("Cruz", "Rick Perry")),
        (["The Trade and Industry Secretary Patricia Hewitt said the plan would help."], ("Patricia Hewitt",)),
        (["The plan was announced by the Health and Human Services Secretary Alex Azar."], ("Alex Azar",)),
        (["The plan was announced by Secretary Alex Azar and Sen. Mike Lee."], ("Alex Azar", "Mike Lee")),
        (["Procter and Gamble Chief Executive David Taylor said sales rose."], ("David Taylor",)),
        # nouns, not verbs: "demand from", "demand for"; a sentence adverb is no name; the writer's "I've"
        (["Rising demand for oil pushed prices higher, analysts said."], ("analysts",)),
        (["Strong demand from China has fuelled production, said Cochilco vice president Patricio Cartagena."],
         ("Patricio Cartagena",)),
        (["Prices fell as utilities turned to natural gas and demand from China cooled."], ()),
        (["Locally, too, say analysts, recent developments have helped the market."], ("analysts",)),
        (["If, as I've suggested, he and other developers benefit from deductions, he has proposed nothing."], ()),
        # party-and-state tags: never a speaker, and no obstacle to a coordination
        (["\"It's a disgrace,\" said Sen. Bob Corker, R-Tenn., who added that he would vote no."], ("Bob Corker",)),
        (["House Speaker Paul Ryan, R-Wis., and Senate Majority Leader Mitch McConnell, R-Ky., said the bill would "
          "pass."], ("Paul Ryan", "Mitch McConnell")),
        (["Secretary of State John Kerry and Defense Secretary Ash Carter said the talks failed."],
         ("John Kerry", "Ash Carter")),
        # "X and his running mate have said": X still speaks with the plural verb
        (["Donald Trump and Mike Pence spoke.", "Trump and his running mate have said the system is rigged."],
         ("Donald Trump",)),
        (["RT America is a network.", "RT and its defenders say it is independent."],
         ("RT America", "RT's defenders")),
        # a tag before an appositive stays; a ministry with "and" in its name is one title
        (["Sen. Chris Dodd, D-Conn, a co-sponsor of the bill, said many banks do not disclose terms."],
         ("Chris Dodd",)),
        (["Mining will grow, Minerals and Energy Minister John Kaputin said."], ("John Kaputin",)),
        (["Heinz is doing well, Chairman and Chief Executive Officer Anthony O'Reilly told analysts."],
         ("Anthony O'Reilly",)),
        (["The dollar ignored supportive comments by Federal Reserve Chairman Paul Volcker and Japanese Finance "
          "Minister Kiichi Miyazawa."], ("Paul Volcker", "Kiichi Miyazawa")),
        # two people exchanging words in the plural; kicking a ball is no blast at anyone
        (["The two candidates traded accusations on Monday."], ("the two candidates",)),
        (["Andy Scott met the cross and he blasted the ball home from outside the area."], ()),
        # a later "he said" after an object named in passing is still the speaker of the sentence
        (["Bank managers were arrested, police said.",
          "Nicola Calipari, head of the police investigation section, told Reuters bank president Francesco Sapio "
          "and five managers were arrested last night. Three others had also been arrested, including Francesco Del "
          "Monte, vice president of BNL, he said."], ("Nicola Calipari",)),
        # two appositive-named people joined by "and"
        (["Clinton's campaign manager, Robby Mook, and communications director Jennifer Palmieri said the report was "
          "false."], ("Robby Mook", "Jennifer Palmieri")),
        # transcript turns: a surname in capitals speaks even when the article never gives the full name; a stage
        # direction is nobody's; an interview turn in ordinary capitals needs a person the article names in full
        (["Gov. Mike Pence spoke to Fox News.", "\"PENCE: Gennifer Flowers will not be attending.",
          "\"WALLACE: Will Gennifer Flowers be there?", "\"PENCE: No.", "\"WALLACE: Thank you."], ("Wallace",)),
        (["Rain fell in Brazil.", "PARANA STATE: UMUARAMA NIL, PARANAVAI 1.5 MILLIMETRES, LONDRINA NIL."], ()),
        (["Gov. Mike Pence spoke to Fox News.", "\"PENCE: Gennifer Flowers will not be attending.", "\"(CROSSTALK.)"],
         ()),
        (["We spoke with Priya Mehrotra, the chief executive.", "Q: What comes next?",
          "Mehrotra: We think the market will grow."], ("Priya Mehrotra",)),
        (["Laws change in January.", "Rhode Island: It is the latest state to ban the question."], ()),
        # "with" and a described group speaking; a polling participle right before the verb
        (["The incident triggered a furor online, with some saying the mother should be charged."], ("some",)),
        (["Rapinoe was met with some backlash, with one fan yelling, \"Stand up!\""], ("one fan",)),
        (["The company reported a loss, with analysts saying the outlook was weak."], ("analysts",)),
        (["Three of the people interviewed said they had been approached by police officers."],
         ("three of the people interviewed",)),
        (["Nearly two thirds - 65% - of the 1,000 people interviewed said they had used chip and pin."], ()),
        # the second verb of "X says …, but argues …" is the same X, not re-resolved at a later "he"
        (["Hillary Clinton and Bill Clinton campaigned in Nevada.",
          "Clinton says she respects Sanders' passion but argues that he can't deliver on his promises."],
         ("Hillary Clinton",)),
        # a relative clause with a plural verb after two names; a fronted participle ending in a town and its state
        (["Rubio avoided attacking his rivals, particularly Govs. Jeb Bush and Chris Christie, who say the senator "
          "lacks experience."], ("Jeb Bush", "Chris Christie")),
        (["Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him \"a total "
          "stiff.\""], ("Trump",)),
        # adjectives between a determiner and a name; a descriptor before a possessive owner; a possessive pronoun in
        # a post-modifier
        (["Jeb Bush spoke.", "A teary-eyed Bush said he's proud of the campaign he ran."], ("Jeb Bush",)),
        (["The independent newspaper Le Soir said growth would fall."], ()),
        (["Marco Rubio spoke.", "Presidential candidate Marco Rubio's campaign said two dozen supporters back him."],
         ("Marco Rubio's campaign",)),
        (["Hillary Clinton spoke.", "Rather, sources close to her campaign say she stands behind Obama."],
         ("sources close to her campaign",)),
        (["Clinton's campaign seized on the exchange, with the Democratic nominee calling it embarrassing."], ()),
        # a contracted pronoun subject; verbal attacks as nouns
        (["Jeb Bush spoke.", "He’s saying the plan is bad."], ("Jeb Bush",)),
        (["Jeb Bush spoke.", "He's comparing the actions to immigration and says Obama is flouting the process."],
         ("Jeb Bush",)),
        (["The results came in.", "What they're saying: the turnout was low."], ()),
        (["Trump also took multiple swipes at fellow GOP contender Jeb Bush."], ("Trump",)),
        (["Christie unleashed withering attacks against Rubio in Saturday's debate."], ("Christie",)),
        (["Russia launched attacks on Ukrainian cities overnight."], ()),
        # an office named with "of" before the person's given name
        (["Palm Beach County Supervisor of Elections Susan Bucher said that independent voters can't vote."],
         ("Susan Bucher",)),
        (["Correction Appended.", "Tom Clarke runs a mine.", "Correction: October 2, 2016, Sunday."], ()),
    ],
)
def test_session20_constructions(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


def test_session20_ted_is_a_given_name() -> None:
    """"Ted" ends in -ed but is a given name: a bare "Cruz" is the senator the article is about, not the father or
    the wife the article names once, by their given name first ("his wife, Heidi, and his father, Rafael")."""
    paras = [
        "Sen. Ted Cruz (R-Tex) is endorsing Donald Trump's presidential campaign.",
        "In a Facebook message posted Friday, Cruz said he has had \"areas of significant disagreement\" with Trump.",
        "The truth, the senator said then, was that Trump had personally attacked his wife, Heidi, and his father, "
        "Rafael. Trump repeatedly accused Rafael Cruz of associating with Lee Harvey Oswald. Trump also retweeted "
        "an unflattering photo of Heidi Cruz.",
        "\"I am not in the habit of supporting people who attack my wife and attack my father,\" Cruz said in July.",
        "Trump said he would not accept Cruz's endorsement.",
        "The two men spent months lobbing insults. Cruz called Trump a \"pathological liar.\"",
    ]
    out = extract_speakers(paras)
    assert out[1] == ("Ted Cruz",)
    assert out[3] == ("Ted Cruz",)
    assert out[5] == ("Ted Cruz",)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 21: descriptors before a name that no earlier rule read, and an owner before a person's name
        (["\"Any of them would make competent MPs,\" former independent MP Martin Bell insisted on BBC Radio 4."],
         ("Martin Bell",)),
        (["Growth may slow in 2005, City consultancy Deloitte has warned."], ("Deloitte",)),
        (["Athletics' ruling body the IAAF said explanations from the pair were \"unacceptable\"."], ("IAAF",)),
        (["\"Our users can be a powerful force for good,\" eBay's David Stern told the BBC News website."],
         ("David Stern",)),
        (["Earlier this month, new Prime Minister Yulia Tymoshenko said 3,000 firms may be reviewed."],
         ("Yulia Tymoshenko",)),
        (["The more moderate Kasich has argued that his favorability rating is far higher than his rivals."],
         ("Kasich",)),
        (["The notes yield 63 basis points more than the when-issued two-year Treasury notes."], ()),
        (["Tillerson was criticised amid the finding that Russian hackers stole Democratic emails in a bid to sway "
          "the vote."], ()),
        (["Ivory Coast's output will grow one pct, according to a recent Finance Ministry estimate."], ()),
        (["But the outgoing European Commissioner said his comments needed context."], ()),
        (["And who remembers Trap Door voiced by the late Willie Rushden?"], ()),
        (["In the Commons, Tory frontbencher Andrew Tyrie MP demanded an immediate statement."], ("Andrew Tyrie",)),
    ],
)
def test_session21_descriptor_then_name(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 21: "attacked" a policy, a decision, a person or a quotation is speech; a physical attack is not
        (["Jack Straw has attacked the decision by Britain's highest court."], ("Jack Straw",)),
        (["The call came after rival Donald Trump attacked Machado in early-morning tweets."], ("Donald Trump",)),
        (["In an August speech, Trump attacked \u201cthe hateful ideology of radical Islam.\u201d"], ("Trump",)),
        (["Ex-chatshow host Robert Kilroy-Silk has attacked UK policy on immigration."], ("Robert Kilroy-Silk",)),
        (["He attacked the soldiers at dawn."], ()),
        (["Militants attacked the base on Sunday."], ()),
        (["Traders said Iraq attacked Iranian oil fields."], ("traders",)),
        # an occupation in -preneur before the name
        (["China's top entrepreneur Rong Yiren, chairman of CITIC, who also represents Shanghai, said the plan was "
          "bad."], ("Rong Yiren",)),
    ],
)
def test_session21_verbal_attacks(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 21: an acronym in the plural is a described group, with "have" too
        (["Visa staff rule on an application every 11 minutes, MPs have said."], ("MPs",)),
        (["Labour MPs have angrily criticised Tony Blair and Gordon Brown."], ("Labour MPs",)),
        (["The new law is \"so poorly drafted\" no-one can define the offence, pro-hunt MPs say."], ("pro-hunt MPs",)),
        (["The MPs said they were \"concerned\". They raised complex issues, MPs said."], ("MPs",)),
    ],
)
def test_session21_acronym_plurals(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 21 (Reuters scan): a fronted "over the weekend"; a lower-case title after a fronted time; an
        # organisation after "the ruling"; "chairman elect"; a company's possessive name before more verbs
        (["Over the weekend Baker had criticised West German economic policies, saying rates were too high."],
         ("Baker",)),
        (["Earlier this month deputy prime minister Janos Milosavljevic said Yugoslavia needed new credits."],
         ("Janos Milosavljevic",)),
        (["The ruling Liberal Democratic Party said in April that budget guidelines would be reviewed."],
         ("Liberal Democratic Party",)),
        (["ICI expects earnings to grow, chairman elect Denys Henderson told a news conference."],
         ("Denys Henderson",)),
        (["Moody's pointed out that the notes would be unsecured obligations of Holiday Inns."], ("Moody's",)),
        (["It said the price is based on Diversified's estimated 3.2 mln dlrs pre-tax earnings for 1986."], ()),
        (["Drought has cut China's estimated wheat crop this year to 87.0 mln tonnes."], ()),
    ],
)
def test_session21_reuters_scan(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 21 (BBC scan): owners and descriptors before a name, a fronted "in a report", "Mr X from Org", UK
        # party labels before a given name, a party adjective
        (["In a monthly report anti-virus firm Sophos said two e-mail messages made the top 10 hoax list."],
         ("Sophos",)),
        (["War on Want's John Hilary said: \"Compassionate rhetoric cannot disguise the reality.\""],
         ("John Hilary",)),
        (["World 100m champion Kim Collins says Dwain Chambers should be allowed to compete again."],
         ("Kim Collins",)),
        (["40,000 farms are yet to be inspected, the state's National Land Institute has told Associated Press."],
         ("National Land Institute",)),
        (["But fellow Tory David Heathcoat-Amory said the folly of the system was plain."],
         ("David Heathcoat-Amory",)),
        (["On Thursday, senior law lord Lord Bingham said the rules were incompatible with the convention."],
         ("Bingham",)),
        (["Lord Scarman's nephew George Ritchie said the peer would be \"sadly missed\"."], ("George Ritchie",)),
        (["But Mr Hirsch from Retail Banking Research said the number of machines at risk was low."], ("Hirsch",)),
        (["According to the department's Export Sales Report, corn sales rose."], ()),
        (["Following the raid, a spokesman for Tehran's War Information Headquarters vowed revenge."],
         ("a spokesman for Tehran's War Information Headquarters",)),
        (["Mr Brown vigorously denied Conservative claims that he had fiddled the figures."], ("Brown",)),
        (["Growth slowed, the London-based magazine Jane's Defence Weekly said."], ()),
    ],
)
def test_session21_bbc_scan(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 21: "…, saying" after a quotation whose comma is inside it; "speakers" is a described group
        (["Donald Trump has delivered an impassioned defense of \u201cNew York values,\u201d saying the city "
          "embodied bravery."], ("Donald Trump",)),
        (["Many speakers at the service \u2014 including Muslims, Christians, Catholics, Jews \u2014 said Ali\u2019s "
          "death is particularly painful."], ("many speakers at the service",)),
    ],
)
def test_session21_saying_and_speakers(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


def test_session21_leading_quoted_sentence_continues_the_speaker() -> None:
    """A paragraph that opens with a whole quoted sentence and goes on in narration, with no attribution of its own,
    still quotes the previous paragraph's one speaker; a scare-quoted phrase at the start does not."""
    paras = [
        "Hodges has been forced to retire with a knee injury.",
        "\"Realising I would be unable to play this season, the club and I agreed to end my contract early,\" said "
        "Hodges.",
        "\"It allows me to move back to the US and pursue opportunities there.\" The Scarlets have begun to rebuild "
        "their squad for next season.",
        "\"Crazy\" was the word on the terraces. The club has signed two players.",
    ]
    out = extract_speakers(paras)
    assert out[2] == ("Hodges",)
    assert out[3] == ()


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 21: a company and the place it is in
        (["WELLINGTON, April 2 - Westpac Banking Corp in New Zealand said it will raise its lending rate."],
         ("Westpac Banking Corp",)),
        (["Prices rose in New Zealand, dealers said."], ("dealers",)),
    ],
)
def test_session21_company_in_place(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 22 (scan of the predicted speakers themselves): a bare speech noun after a singular noun heads a
        # compound ("consumer demand", "commission report"); plural, collective and coordinated subjects still speak
        (["Von Wartenberg said consumer demand remained quite good.",
          "The best way for Bonn to help its exporters is to promote free trade, he added."], ("Von Wartenberg",)),
        (["Consumer demand and a decline in domestic production have raised oil imports, Herrington said."],
         ("Herrington",)),
        (["Among the chores is assessing the damage the Tower commission report has done to the nomination."], ()),
        (["Riggs Bank will put money in a special fund, an official report says."], ()),
        (["However, supporters of the change claim it will mean increased efficiency."], ("supporters of the change",)),
        (["Local residents claim the plant is unsafe."], ("Local residents",)),
        (["Police say the man was armed."], ("police",)),
        (["USDA forecast Argentina's 1986/87 wheat crop at 9.00 mln tonnes."], ("USDA",)),
    ],
)
def test_session22_compound_nouns(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 22: a role between commas closes an appositive; a fronted phrase without its comma; an absolute
        # "with" phrase; a clause inside a described phrase; a place is no owner of "his family"
        (["Dave Prentis, general secretary of Unison, said changes to pension provisions for workers would mean they "
          "had to pay more."], ("Dave Prentis",)),
        (["Simultaneously with the filing, the company, three former officers and a former director, agreed to "
          "settle the charges."], ()),
        (["Even without changes the commission does urge political parties to seek out small donations."],
         ("commission",)),
        (["Following weekend talks here between Japanese and British officials Lawson told reporters \"we have "
          "achieved our objective.\""], ("Lawson",)),
        (["Regular hearings have taken place there for nine years, with more than six hundred witnesses "
          "questioned."], ()),
        (["\"This whole story is like a storm in a teacup,\" a dealer with a U.K. Bank commented."],
         ("a dealer with a U.K. Bank",)),
        (["This was despite the fact that the phones used analogue radio signals to communicate."], ()),
        (["Leaders of the nation's unionized automobile workers have signaled their intent for a stoppage."],
         ("leaders of the nation's unionized automobile workers",)),
        (["Country and Western musician Jerry Scoggins has died in Los Angeles at the age of 93, his family has "
          "said."], ("Jerry Scoggins's family",)),
    ],
)
def test_session22_phrase_edges(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 22: an institution described with "the" is no antecedent of "he"; a described official is ("A
        # bank official said … ¶ He said …", the Reuters habit), even after a woman was named
        (["Treasury Secretary James Baker said the bank must change.",
          "He pointed out that the Reagan administration has asked Congress to finance the IADB.",
          "He said it would be impossible."], ("James Baker",)),
        (["Taiwan's offshore banking assets rose to 6.28 billion dlrs, the central bank said.",
          "A bank official told Reuters the increase came mainly from local borrowings.",
          "He said the assets were mainly in U.S. dollars."], ("a bank official",)),
        (["Maria Lopez, the mayor, opened the bridge on Monday.",
          "A city official said the work had cost less than planned.",
          "He said the bridge would carry 20,000 cars a day."], ("a city official",)),
    ],
)
def test_session22_described_antecedents(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 22: "press/media reports" are documents; a speech noun before a comma is a noun; a participle
        # ends a conjunct; "that" with its own pronoun subject opens no relative clause
        (["Press reports said Kaufhof wanted a stake of up to 12.5 pct in Hapag-Lloyd."], ()),
        (["Japanese press reports said some LDP executives suggested Nakasone may have to give up plans."],
         ("some LDP executives",)),
        (["The United States should support the producers opposing Brazil on the objective criteria question, U.S. "
          "officials said."], ("U.S. officials",)),
        (["The Glaverbel issue was more than 100 times oversubscribed and analysts said the demand was strong."],
         ("analysts",)),
        (["The Commission has told EC member states that it is not prepared to discuss prices while sugar traders "
          "threaten to make a huge sale, Commission sources said."],
         ("Commission", "sugar traders", "commission sources")),
        (["A spokesperson who did not wish to be named because of agency policy said the agency never has "
          "administered vaccines."], ("a spokesperson who did not wish to be named because of agency policy",)),
    ],
)
def test_session22_documents_and_clauses(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 22 (scan of "he/they said" paragraphs left without a speaker): "added that" before "to"; an
        # inverted name whose company ends in "and Co."; "X and the Y"; plural job nouns; a noun between a speaker
        # noun and the head; "an aide to" a titled name; "the alleged"; a participle clause's name is no antecedent
        (["Some traders said the market looks overbought.",
          "They added that speculators continue to buy."], ("some traders",)),
        (["\"This is it,\" said Allan Kaplan of Merrill Lynch and Co. He left."], ("Allan Kaplan",)),
        (["The coincident index rose three pct, Westpac and the Institute said."], ("Westpac", "Institute")),
        (["Malaysia is unlikely to meet its targeted output, oil palm growers told Reuters."],
         ("oil palm growers",)),
        (["The maker of Captain Crisp cereal and Meadowlane frozen dinners said volumes fell."], ()),
        (["Services tailor song selections to listeners\u2019 declared preferences."], ()),
        (["The rally gained momentum, a commission house analyst said."], ("a commission house analyst",)),
        (["Paul E. Lego, senior executive vice president told the analysts \"our plans do not call for it.\""], ()),
        (["\"It will be difficult,\" an aide to USDA undersecretary Daniel Amstutz said."],
         ("an aide to USDA undersecretary Daniel Amstutz",)),
        (["Lawyers for the alleged spammers said the lawsuit was groundless."],
         ("lawyers for the alleged spammers",)),
        (["Tony Blair met him. President Musharraf of Pakistan has said hiding women away is backward.",
          "But standing next to Mr Blair he added that it was crucial to tackle the core of terrorism."],
         ("Musharraf",)),  # session 24: the place after "of" is no part of the titled name
        (["Labour and the Tories have clashed over tax plans.",
          "The Tories said they would not cut spending. But they say not a single nurse will be cut."], ("Tories",)),
    ],
)
def test_session22_pronoun_scan(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 22: the one described speaker of a paragraph is the next paragraph's "he"; "Kingsley" is no
        # female given name (it is mostly a man's name, as Kingsley Amis)
        (["Tony Blair met him. \"A lot of people are looking for a reason to buy,\" said one trader for a large "
          "retail firm.", "\"If there is no resolution, they will sell,\" he said."],
         ("one trader for a large retail firm",)),
        (["Chamberlain said the exchange aimed to consolidate its position.",
          "\"The plans for growth are conservative,\" one leading options analyst said.",
          "He said much of the recent growth had come from inter-market-maker trading."],
         ("one leading options analyst",)),
        (["Zambia's maize production will probably fall, Agriculture Minister Kingsley Chinkuli said.",
          "He told Parliament that the harvest would be down."], ("Kingsley Chinkuli",)),
    ],
)
def test_session22_described_speaker_then_he(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 23: a speech verb whose base form is no trigger on its own (a blast, a mock, to state) is a verb
        # after an attempt or manner phrase that ends in "to"; the phrase's subject speaks
        (["Megyn Kelly went on to blast the polls."], ("Megyn Kelly",)),
        (["Clinton used her speech to mock Trump on trade."], ("Clinton",)),
        (["Megyn Kelly was quick to slam the polls."], ("Megyn Kelly",)),
        (["In the case, the government was careful to state that it wanted special software."], ("government",)),
        (["Dana Perino spoke on Friday.", "She went on to express regret for joining other hosts."],
         ("Dana Perino",)),
        (["The senator proceeded to criticize the plan."], ("the senator",)),
        (["Obama took the opportunity to praise the troops."], ("Obama",)),
        # deeds, wishes and things stay silent
        (["The manufacturing groups continued to post advances while goods production rose."], ()),
        (["Iran started to attack Kuwaiti-connected vessels in retaliation."], ()),
        (["Japan is ready to discuss bank regulation with western monetary authorities."], ()),
        (["He wants to attack Iran."], ()),
        (["Troops moved to attack the city."], ()),
        (["The report went on to blast the polls."], ()),
    ],
)
def test_session23_base_forms_after_to(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 23: a party label after a lower-case modifier is a described person; a parenthetical reporting
        # clause ("Clinton, a top aide said, …") names its own speaker, not the sentence's subject
        (['"The campaign has been really reluctant," one senior Democrat said.'], ("one senior Democrat",)),
        (['"It is over," a senior Republican said.'], ("a senior Republican",)),
        (["Using the assumptions, committee Democrats said the deficit would be 107 billion."],
         ("committee Democrats",)),
        (['"It is over," the Democrats said.'], ("Democrats",)),
        (['Clinton, a top aide said, "is very confident in the contrast" between her and Trump.'], ("a top aide",)),
        (["Secretary of State John Kerry, an official said, was notified of the seizing of the sailors."],
         ("an official",)),
        (["Tom Hart, a spokesman, said the plan is dead."], ("Tom Hart",)),
        (['On Sunday, a spokesman for the company also said, "The plan will fail."'],
         ("a spokesman for the company",)),
    ],
)
def test_session23_party_members_and_parentheticals(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 24: "present at/in …" post-modifies an anonymous source; a definite anonymous description with
        # another head of the same class ("the official" after "a senior adviser") is the one introduced before,
        # but only when the article introduced just one
        (['"It was a mistake," said one official present in the gathering.'],
         ("one official present in the gathering",)),
        (["According to one official present at the meeting, Kerry was informed of the news."],
         ("one official present at the meeting",)),
        (["A diplomat present during the talks told reporters that Kerry was angry."],
         ("a diplomat present during the talks",)),
        (["A senior Clinton adviser said the meeting was useful.", "The official said Clinton would look at it."],
         ("a senior Clinton adviser",)),
        (["An insider told the newspaper that Swift was angry.", "The source further claimed that Braun had called."],
         ("an insider",)),
        (["Two people familiar with the talks said the deal was close.", "The sources said it could be signed."],
         ("two people familiar with the talks",)),
        (["A senior adviser said talks failed, and an insider said they were close.", "The official said it was over."],
         ("the official",)),
        (["Officials said talks failed.", "The sources said it was over."], ("the sources",)),
        # a possessive owner before a job title: the name after them is the subject, so the "he" of the quote
        (['"It is a good year," said Dave Karger.', "Screen International's US editor Mike Goodridge thinks films "
          'have not grabbed the public. "People adore nothing this year," he said.'], ("Mike Goodridge",)),
    ],
)
def test_session24_anonymous_sources(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 24, from the errors of sets 22-23 (read after their one blind score)
        (["A federal law enforcement official familiar with the matter said the Secret Service was in touch."],
         ("a federal law enforcement official familiar with the matter",)),
        (["Two law enforcement sources briefed on the investigation told CNN the suspect had fled."],
         ("two law enforcement sources briefed on the investigation",)),
        (["Trump spoke first.", "When Trump took his turn at the pulpit minutes later, he grinned, “Ah, there’s only "
          "one Don King.”"], ("Trump",)),
        (['Maria Lopez smiled, "We won."'], ("Maria Lopez",)),
        (["A man was sentenced Tuesday, according to the Manhattan district attorney’s office."],
         ("the Manhattan district attorney’s office",)),
        (["The prime minister's official spokesman said the Cabinet was still used."],
         ("the prime minister's official spokesman",)),
        (["The driver who authorities say plowed his SUV into a salon was arrested."], ("authorities",)),
        (["There was the hacking, Italian Prime Minister Matteo Renzi saying he’s rooting for Clinton, Vice President "
          "Joe Biden saying Trump doesn’t “understand” NATO."], ("Matteo Renzi", "Joe Biden")),
        (["The video shows Donald Trump saying he could shoot somebody."], ("Donald Trump",)),
        (["Trump, who has called himself the “law and order” candidate, criticized the police officer."], ("Trump",)),
        (["Democrats are defending 25 seats in 2018 compared with just eight GOP seats."], ()),
        (["Beaver County District Attorney Nate Bible and Det. Patrick Young, head of the Emergency Services Unit, "
          "told CNN that the Secret Service had not reached out."], ("Nate Bible", "Patrick Young")),
        (["Cmdr. Sean Robertson, a spokesperson, told VOA that the claim is false.", "“It is false,” Robertson said."],
         ("Sean Robertson",)),
        (["A Chinese company was the target of enforcement actions announced Monday morning by the Department of "
          "Justice."], ("Department of Justice",)),
        (["While many in Washington’s diplomatic community say they have a clearer sense of it, doubts grow."],
         ("many in Washington’s diplomatic community",)),
        (["Others in the party said the plan was dead."], ("others in the party",)),
        (["Brantley Corp. said Monday it would cut 1,200 jobs.", "The Detroit-based company said most of the cuts "
          "would come at plants in Michigan."], ("Brantley Corp",)),
        (["After months of refusing to offer a mea culpa for setting up a private server and passing around sensitive "
          "government emails in a way FBI Director James Comey slammed as “extremely careless,” Clinton has gotten "
          "the contrition game down."], ()),
        (["Pennsylvania law enforcement officials are accusing Robert Rowe of lying by saying that local snipers "
          "should have looked left."], ("Pennsylvania law enforcement officials",)),
        (["State Rep. Chris Rabb also extended his deepest condolences on the mosque’s Facebook page."],
         ("Chris Rabb",)),
        (["The company extended its deadline by a week."], ()),
        (["Asked by Bishop John Brannon what Pence would do to heal divides, Pence brought up the shootings."],
         ("John Brannon", "Pence")),
        (["A source close to Donald Trump saying he was angry was quoted."], ()),
        (["Hillary Clinton spoke.", "Trump's reference followed a tough attack from Clinton, who said Trump “loves "
          "hanging around beauty contests.”"], ("Hillary Clinton",)),
        (["“He’s a machine,” Senate Majority Whip John Cornyn of Texas said of Schumer. But “it may not make a "
          "difference,” the Texan added."], ("John Cornyn",)),
        (['Pence sought to strike a tone of unity, repeating that "there will always be more that unites us."'],
         ("Pence",)),
        (["Hillary Clinton met Donald Trump on Monday, and Donald Trump intimated that he pulled a key punch."],
         ("Donald Trump",)),
    ],
)
def test_session24_sets_22_23(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


def test_session24_title_word_in_lower_case_is_nobody() -> None:
    # a headline that opens with a common noun ("Race had nothing to do with …") names no one for "his lawyer"
    paragraphs = ["A police officer who shot a motorist was reacting to a gun, not the man's race, his lawyer said."]
    out = extract_speakers(paragraphs, title="Race had nothing to do with Minnesota shooting")
    assert out == [()]
    assert extract_speakers(["He said the plan had failed."], title="Obama warns of failure") == [("Obama",)]


def test_session24_shared_surname_prefers_the_actor_over_a_possessive_mention() -> None:
    paragraphs = [
        "Hillary Clinton didn't hold back in her attacks on Donald Trump, who skipped mentioning Bill Clinton's past.",
        "“I was going to say something extremely rough,” Trump said.",
        "The exchange followed a tough attack on Trump during the debate.",
        "“He tried to switch from looks to stamina,” Clinton said.",
        "“I held back on the indiscretions with respect to Bill Clinton,” Trump told reporters.",
    ]
    assert extract_speakers(paragraphs)[3] == ("Hillary Clinton",)


def test_session24_institution_anaphors() -> None:
    paragraphs = [
        "The 300-page report, the product of an investigation into the Diocese of Altoona-Hollister, found abuse.",
        "In a statement, the diocese said that it had adopted strict safeguards since 2002.",
    ]
    assert extract_speakers(paragraphs)[1] == ("Diocese of Altoona-Hollister",)
    nurses = ["Nurses voted Sunday to authorize a strike, the North Star Nurses Association said.",
              "The union said 94 percent of members who cast ballots supported the authorization."]
    assert extract_speakers(nurses)[1] == ("North Star Nurses Association",)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # session 24, from set 25's errors (read after its one blind score)
        (["Attorney General Bill Barr spoke.", "Still, the inspector general said that policy gives the attorney "
          "general wide discretion."], ("the inspector general",)),
        (["Attorney General Bill Barr spoke.", "The attorney general said that policy gives him discretion."],
         ("Bill Barr",)),
        (["Judge Arthur Engoron spoke.", "Engoron in Thursday’s ruling said he was “accosted” by Bailey."],
         ("Arthur Engoron",)),
        (["In San Francisco, a spokesperson for Mayor London Breed said the city had started to act."],
         ("a spokesperson for Mayor London Breed",)),
        (["A spokesperson for OSTC declined to comment on a plea deal but said prosecutors did not object."],
         ("a spokesperson for OSTC",)),
        (["One of the first officers who responded to the Uvalde school massacre pleaded not guilty Thursday."], ()),
        (["The US Consumer Product Safety Commission said it found 400,000 defective products.",
          "CPSC said Amazon now has to submit a plan."], ("US Consumer Product Safety Commission",)),
        (["As a candidate, Hillary Clinton had made it clear that she would take a hard line with Russia."],
         ("Hillary Clinton",)),
        (["President Barack Obama made clear that the United States would never accept it."], ("Barack Obama",)),
        (["Mike Ruddock paid tribute to his Wales side after they came from behind to beat France."],
         ("Mike Ruddock",)),
        (["And Shinzo Abe brought up the Trans-Pacific Partnership."], ("Shinzo Abe",)),
        (["The storm brought up debris from the sea floor."], ()),
        (["Bob Hawke spoke.", "He and Paul Keating last week warned that the deficit was above target."],
         ("Bob Hawke", "Paul Keating")),
        (["Reports say that BT has lost around 10% of market share."], ()),
        (["Mike Pence spoke.", "Pence added that he supports Trump's call for building a wall along the border."],
         ("Mike Pence", "Trump")),
        (["A backward view of Islam, President Musharraf of Pakistan has said during a visit to Britain."],
         ("Musharraf",)),
        (["General Motors of Canada Ltd, wholly owned by General Motors Corp, said car sales fell 17.8 pct."],
         ("General Motors of Canada Ltd",)),
        (["The National Bank of Canada said it would raise rates."], ("National Bank of Canada",)),
        (["Two Democratic state senators, Victor Hahn and Elise Ramirez, said Tuesday they would leave the party."],
         ("Victor Hahn", "Elise Ramirez")),
        (['"There have been rumors that they have taken a position, said Wood Gundie analyst Edward Comeau.'],
         ("Edward Comeau",)),
        (["He was indicted, according to a statement from the US Justice Department.", "The sons are accused of "
          "trafficking, the Justice Department said last year."], ("US Justice Department",)),
        (["Dallas Police Chief David Brown told reporters the suspect had wanted to kill more.", "The Dallas police "
          "chief, who is black, urged people upset about the conduct of police to consider joining his force."],
         ("David Brown",)),
        (["Joaquín Guzmán López pleaded not guilty Tuesday, with his attorney saying his client has made no deal."],
         ("Joaquín Guzmán López's attorney",)),
        (["Fly-half Charlie Hodgson missed three penalties.", '"I\'m very disappointed," Hodgson said.'],
         ("Charlie Hodgson",)),
    ],
)
def test_session24_set_25(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


def test_session24_unclosed_quote_ends_at_its_own_tag() -> None:
    text = '"There was no plan, said Kessel, whose group is pushing for bills.'
    assert quote_spans(text) == ((1, text.index(",") + 1),)
    continued = '"It was good," he said. "And we will be back'
    assert quote_spans(continued)[-1][1] == len(continued)  # a quotation that continues in the next paragraph


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["“We are ready,” said Stacy Davis Gates, the union’s vice president.", "Before the strike, June Davis said "
          "she would send her son to school.", "“Everybody’s hoping,” Davis said."], ("June Davis",)),
        (["In June Davis said she would send her son to school."], ("Davis",)),
        (["Mom Natasja Billiau came up with a quick plan.", "“It’s a day-by-day situation,” she said."],
         ("Natasja Billiau",)),
        (["An attorney for Floyd’s family welcomed the arrest but said he expected a more serious charge."],
         ("an attorney for Floyd’s family",)),
        (["A spokesman for Donald Trump’s campaign said the arrest was welcome."],
         ("a spokesman for Donald Trump’s campaign",)),
        (["Sen. John McCain spoke.", "Mitch McConnell and McCain have ruled out another shutdown."],
         ("Mitch McConnell", "John McCain")),
        (["Henry Clay's biographers, David and Jeanne Heidler, wrote that Taylor had a tin ear."],
         ("David and Jeanne Heidler",)),
        (["A hearing was held, with some 100 witnesses presenting written and oral testimony."], ()),
        (["Smith presented testimony to the committee on Tuesday."], ("Smith",)),
        (["Sen. Ted Cruz bashed his fellow Republicans.", "The Texas Republican said he does not work for the party "
          "bosses."], ("Ted Cruz",)),
        (["Las Vegas bartender Rique Rose works part-time at three locations.", "“I guess we’re just going to have to "
          "endure it,” he sighed."], ("Rique Rose",)),
        (["Bartender Rique Rose works part-time.", "“We will endure it,” he said."], ("Rique Rose",)),
        (["“Our goal is a multi-polar world,” the conference’s creator, Aleksander V. Ionov, told its participants."],
         ("Aleksander V. Ionov",)),
        (["Shinseki suffered another blow when Rep. Tammy Duckworth, D-Ill., a former top VA official, called for "
          "her former boss' resignation."], ("Tammy Duckworth",)),
        (["Janice Jackson, the district’s CEO, encouraged parents to send their children to school."],
         ("Janice Jackson",)),
        (["The drop encouraged investors to buy."], ()),
        (["Kendra Espinoza sued the state.", "Mae Nan Ellingson was a delegate.", "Ellingson sees the argument in "
          "terms of powers. If Espinoza wins, she says, it would mean states lose."], ("Mae Nan Ellingson",)),
        (["The Montana Legislature passed the bill.", "Indeed, Montana argues that the delegates adopted it."],
         ("Montana",)),
        (["Ultimately, the Montana Supreme Court struck down the program. It said the credit conflicted with the "
          "state constitution."], ("Montana Supreme Court",)),
        (["Acme Corp cut 500 jobs on Monday. It said demand had fallen."], ("Acme Corp",)),
        (["Acme Corp's shares fell on Monday. It said demand had fallen."], ()),
        (["When Acme Corp cut jobs, the union was angry. It said demand had fallen."], ()),
        (["The Prevention of Terrorism Bill was published on Tuesday. It proposes control orders."], ()),
    ],
)
def test_session25_set_30(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Angela Merkel and Theresa May said they abhor it."], ("Angela Merkel", "Theresa May")),
        (["In a joint statement Thursday, President Trump, French President Emmanuel Macron, German Chancellor Angela "
          'Merkel and British Prime Minister Theresa May said they "abhor" the attack.'],
         ("Trump", "Emmanuel Macron", "Angela Merkel", "Theresa May")),
        (["British Prime Minister Theresa May spoke.", "On Tuesday, May said Russian officials were defiant."],
         ("Theresa May",)),
        (["Since May, officials said little."], ("officials",)),
        (["In May said nothing.", "Prices May rise."], ()),
        (["Obama, in confirming he would push off a decision, made clear he still intends to act."], ("Obama",)),
        (["Rep. Luis Gutierrez, D-Ill., one of the biggest proponents for immigration action, complained on ABC’s "
          "“This Week” that the president was “playing it safe.”"], ("Luis Gutierrez",)),
        (["Sen. Bernie Sanders, D-Vermont, another opponent of the proposed trade deal with Asia who is considering a "
          "run for the presidency, called on Clinton to take a stronger stance."], ("Bernie Sanders",)),
        (["Between February and October of 1986, the number of wells fell 14 pct to 43,521 from more than 50,000, said "
          "Bill Guerard of the California Energy Commission."], ("Bill Guerard",)),
        (["Mr. Obama and first lady Michelle Obama greeted visitors.", "The first lady urged guests to keep moving."],
         ("Michelle Obama",)),
        (['"We do not consider the concerns resolved," Treasury Inspector General for Tax Administration J. Russell '
          "George said."], ("J Russell George",)),
        (["A Treasury Department spokeswoman who was not authorized to speak publicly about the matter said the plan "
          "was dead."], ("a Treasury Department spokeswoman",)),
        (["A spokeswoman who asked not to be identified said the plan was dead."], ("a spokeswoman",)),
        (["Obama's been defending his administration's approach since last week."], ("Obama",)),
        (["Obama's been to Iowa twice."], ()),
        (["She contributed $2,000 to the committee in 2008, campaign reports show."], ()),
        (["At the same time, employers have added an average of 151,000 jobs a month."], ()),
        (["Immigrant advocates – who want action – as well as Republicans – who want him to scrap plans – both blasted "
          "the president."], ()),
        (["In his written testimony, Barr alluded to the special counsel’s “public actions to date” as a signal."],
         ("Barr",)),
        (["The UK economy probably grew faster than the 0.4% reported, according to deputy governor Rachel Lomax."],
         ("Rachel Lomax",)),
    ],
)
def test_session25_set_35(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["When asked, one Senate Democrat who voted against TPA said bluntly: “Yes.”"],
         ("one Senate Democrat who voted against TPA",)),
        (["A Senate Democrat said the plan was bad."], ("a Senate Democrat",)),
        (["Since then, US intelligence officials have continued to consistently warn about Russia's efforts."],
         ("US intelligence officials",)),
        (["Hillary Clinton and Bernie Sanders are railing against the Trans-Pacific Partnership."],
         ("Hillary Clinton", "Bernie Sanders")),
        (["Donald Trump is ripping the trade deal as a “disaster” negotiated by “incompetent people.”"],
         ("Donald Trump",)),
        (["The storm is ripping through Florida."], ()),
        (["The White House instructed him not to share the information."], ("White House",)),
        (["On a campaign stop last week, Mr. Romney raised eyebrows by charging that Mr. Obama had abandoned it."],
         ("Romney",)),
        (["The bank made money by charging fees."], ()),
        (["The vote could appeal to independent voters who remember the prosperity of the late 1990s."], ()),
        (['Cook remembered the first time he met Jobs as "a turning point."'], ("Cook",)),
        (["A letter sent to Collins' office warned that she would be sorry."], ()),
        (["A tweet from Sen. Orin Hatch's office said the antics were disgusting."], ("Orin Hatch's office",)),
        (["Donald Trump spoke.", "President Trump's campaign said it was fine."], ("Trump's campaign",)),
        (["The expansion will be on hold until the high court weighs in."], ()),
        (["Steve Bannon, a President Trump confidante, spoke.", "Donald Trump Jr. was at the meeting.",
          "“Bannon has nothing to do with me,” Trump said in the statement."], ("Trump",)),
        (["Donald Trump Jr. was at the meeting.", "“Bannon has nothing to do with me,” Trump said."],
         ("Donald Trump Jr",)),
    ],
)
def test_session25_set_34(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Smith spoke.", "But his opponents say the approval rate undercuts that argument."], ("Smith's opponents",)),
        (['"No one doubts it," lawyers for 33 California counties and cities wrote in a brief supporting Boise.'],
         ("lawyers for 33 California counties and cities",)),
        (["A senior official of Drexel Burnham Lambert Inc and his father told the SEC they bought shares."], ()),
        (["The letter was organized by Protect Democracy, which in the past said that the conduct was bad."],
         ("Protect Democracy",)),
        (["The Post reported that Mr. Trump “went off script” during his meeting."], ()),
        (["Legal analysts say Mr. Trump’s reported revelations would not have triggered an investigation."],
         ("Legal analysts",)),
        (["Indeed, Moody's announced Friday that its rating remained appropriate."], ("Moody's",)),
        (["The senior U.S. intelligence official who spoke with The Washington Times on Wednesday said it was "
          "overblown."], ("the senior U.S. intelligence official",)),
        (["But Biden volunteered that he “hasn’t really discussed” his plans."], ("Biden",)),
        (["Smith volunteered to help."], ()),
    ],
)
def test_session25_set_40(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    assert extract_speakers(paragraphs)[-1] == expected
