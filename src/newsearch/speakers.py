"""Speaker attribution: who does each paragraph of a news article report as communicating?

Pure Python + ``re``; no model, no download.  Word lists live in :mod:`newsearch.speakers_names`.

Rules (product owner) and the decisions taken where they left a choice:

* A *speaker* is the subject of a speech verb (say, tell, add, warn, urge, deny, announce,
  brief, ...; see ``SPEECH_VERBS``), the name after an inverted verb (``"…," said one NATO
  diplomat``), the object of ``according to``, the subject of ``was quoted … as saying`` and of
  ``made the remarks``, and the agent of ``was told by``.  A ``-ing`` form after a comma
  (``…, saying``/``telling``/``adding``) reports the sentence's subject.  Relative clauses count:
  ``Colby, who has urged Europe …`` reports Colby.
* Not speakers: thought verbs (believe, think, want, fear, hope, expect, feel); negated or
  infinitive verbs (``declined to comment``, ``did not respond``, ``could not be reached``,
  ``did not say``); documents and data as such (``the report said``, ``figures show``,
  ``according to the latest figures``) - conservative: a pronoun ``it`` that refers back to such
  a document is dropped as well.
* Outlets that a paragraph cites (``according to Reuters``, ``told CNN``, ``the New York Times
  reported``, ``X reports via POLITICO``) are never speakers; they are returned by
  :func:`cited_outlets`.
* Names resolve to the fullest form the article gives ("Trump" -> "Donald Trump", "Montagu" ->
  "Samuel Montagu and Co Ltd"); titles and honorifics are dropped ("NATO Secretary General Mark
  Rutte" -> "Mark Rutte", "Sen. Chuck Schumer (D-N.Y.)" -> "Chuck Schumer", "Mr Brown" -> the
  article's "Gordon Brown" or "Brown").  Reuters ``<TICKER>`` marks are removed.
* Pronouns: he/she -> the most recent person (gender-compatible when known) in the current
  paragraph, else the last person speaker of the previous paragraphs; they -> the last plural
  speaker(s); it -> the last organisation that was the subject of a speech verb.
* Anonymous sources keep their description with its determiner ("one NATO diplomat", "a senior
  European official", "two people familiar with the matter"); a sentence-initial capital on the
  determiner is lowered.  Definite descriptions ("the official", "the spokeswoman") resolve to the
  most recent earlier description with the same head noun, else to the one person the article
  introduces with that role ("the suspect" -> "Michael Webb" after "The suspect, Michael Webb"), else
  stay as written.  "his office said" -> "<resolved person>'s office".
* **Bare plurals** ("officials said", "analysts said", "dealers said") are speakers, but only as
  the explicit subject (or inverted subject) of a speech verb, never from a mere mention.
* **Organisations**: a leading "the" is dropped ("the Pentagon said" -> "Pentagon", "the
  government said" -> "government"); "the company/firm/ministry/bank …" resolves to the most
  recent organisation with a matching name in the article when there is one.
* Multi-paragraph quotes: a paragraph that opens with a quotation mark after a paragraph whose
  last quote was left open continues that paragraph's last speaker; a paragraph that is only a
  quote and has no attribution of its own gets the previous paragraph's last speaker.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from newsearch import speakers_names as lex

__all__ = ["cited_outlets", "extract_speakers", "quote_spans"]

# --- quotes ---------------------------------------------------------------------------------------
_OPEN_CURLY, _CLOSE_CURLY = "\u201c", "\u201d"
_OPEN_SINGLE, _CLOSE_SINGLE = "\u2018", "\u2019"
_QUOTE_MARK_RE = re.compile("[\"\u201c\u201d\u2018\u2019']")


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) character offsets of the words inside direct quotation marks (“…”, "…", ‘…’
    when clearly a quote), not including the marks; an unclosed opening quote runs to the end of
    the paragraph."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    open_at = -1  # offset just after the opening mark of the current double quote
    single_at = -1
    skip = -1
    for m in _QUOTE_MARK_RE.finditer(text):
        i = m.start()
        if i == skip:
            continue
        ch = text[i]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in "’'" and nxt == ch and (open_at >= 0 or (single_at < 0 and ch == "'")):
            # doubled single marks as a double quote (AP style: “…’’, ``''…''``)
            after = text[i + 2] if i + 2 < n else " "
            if open_at >= 0 and not _is_word(after):
                spans.append((open_at, i))
                open_at = -1
                skip = i + 1
                continue
        if ch in "‘'" and nxt == ch and open_at < 0 and single_at < 0 and not _is_word(prev):
            after = text[i + 2] if i + 2 < n else " "
            if _is_word(after):
                open_at = i + 2
                skip = i + 1
                continue
        if ch in (_OPEN_CURLY, _CLOSE_CURLY, '"'):
            if ch == _OPEN_CURLY:
                kind = "open"
            elif ch == _CLOSE_CURLY:
                kind = "close"
            elif not _is_word(prev) and prev not in ".,!?;:" and (_is_word(nxt) or nxt in "‘'[(.$£…-"):
                kind = "open"
            elif (_is_word(prev) or prev in ".,!?;:)]…-") and not _is_word(nxt):
                kind = "close"
            else:
                kind = "close" if open_at >= 0 else "open"
            if kind == "open":
                if open_at >= 0 and i > open_at:  # BBC style: a new paragraph-quote inside a paragraph
                    spans.append((open_at, i))
                open_at = i + 1
            elif open_at >= 0:
                spans.append((open_at, i))
                open_at = -1
            continue
        if open_at >= 0:
            continue  # single marks inside a double quote are nested quotes or apostrophes
        if single_at < 0:
            if (ch == _OPEN_SINGLE or ch == "'") and not _is_word(prev) and _is_word(nxt):
                single_at = i + 1
        elif (ch == _CLOSE_SINGLE or ch == "'") and not _is_word(nxt) and i - single_at > 1:
            if text[i - 1] != "s" or text[i - 2] == " " or nxt in ".,;:!? )":
                spans.append((single_at, i))
                single_at = -1
    if open_at >= 0:
        tag = _MISSING_CLOSE_RE.search(text, open_at) if open_at <= 2 else None
        # session 24: a quotation that opens the paragraph and is never closed but is followed by its own tag
        # ("“There wasn't a lot of education …, said Kessel, whose organization …") ends at that tag's comma
        spans.append((open_at, tag.start() + 1 if tag else n))
    return tuple(s for s in spans if s[1] > s[0])


_MISSING_CLOSE_RE = re.compile(r",\s+(?:said|says|added|asked)\s+[A-Z][\w.'’-]+|"
                               r",\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}\s+(?:said|says|added)\b")


_PAREN_BLANK_RE = re.compile(r"\([^()\"“”]{1,40}\)")
_DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'/-]{1,40}, [A-Z][a-z]{2,4}\.? \d{1,2} - ")
# applied after short parentheticals are blanked: "BUFFALO, N.Y. — ", "WASHINGTON (Reuters) - "
_US_DATELINE_RE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'/-]+(?:\s[A-Z][A-Z.'/-]+)*(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})?"
    # an optional date after the place: "SEOUL, Aug. 20 (Yonhap) --" (the agency is already blanked)
    r"(?:,\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:,\s\d{4})?)?)?"
    r"\s*(?:--|[—–-])\s")


# session 11: a place in title case before a blanked agency ("Washington (AFP) – Democrat Hillary Clinton …")
_TITLE_DATELINE_RE = re.compile(r"^\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:,\s[A-Z][a-z.]+)?\s{4,}(?:--|[—–-])\s")


# round 15: a feed copy's dateline without its dash or agency ("WASHINGTON President Barack Obama will …")
_BARE_DATELINE_RE = re.compile(r"^\s*(?:[A-Z]{2,}\.?\s){0,3}[A-Z]{2,}\s+(?=[A-Z][a-z]|U\.S\.|U\.N\.)")


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _mask_quotes(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Text with quoted words, short parentheticals and a wire dateline blanked (same length);
    quote marks normalised to ``"``."""
    masked = _DATELINE_RE.sub(_blank, _PAREN_BLANK_RE.sub(_blank, _mask_only(text, spans)))
    masked = _US_DATELINE_RE.sub(_blank, masked, count=1)
    masked = _TITLE_DATELINE_RE.sub(_blank, masked, count=1)
    m = _BARE_DATELINE_RE.match(masked)
    if m and sum(ch.isalpha() for ch in m.group()) >= 6:
        masked = " " * m.end() + masked[m.end():]  # round 15: "NEW YORK General Electric Co said": no dash
    return masked


#: a quoted title ("appearing on “Meet the Press,” Miller said"): the word before it, and its own words
_TITLE_LEAD_RE = re.compile(r"(?:\b(?:on|in|at|to|for|of)|['’]s)\s*$")
_TITLE_WORDS_RE = re.compile(r"^(?:[A-Z0-9][\w'’.:-]*|a|an|the|of|and|in|on|at|to|for|with)"
                             r"(?:\s+(?:[A-Z0-9][\w'’.:-]*|a|an|the|of|and|in|on|at|to|for|with)){0,5}[,.]?$")


def _quoted_title(text: str, a: int, b: int) -> bool:
    """Session 16: a short quotation in title case after "on", "in", "'s" … is a name (a programme, a book, a
    column), not speech: "Miller, appearing on “Meet the Press,” said" keeps its subject."""
    inner = text[a:b].strip()
    return 0 < len(inner) <= 40 and inner[0].isupper() and bool(_TITLE_WORDS_RE.match(inner)) and bool(
        _TITLE_LEAD_RE.search(text[max(0, a - 12):max(0, a - 1)]))


def _mask_only(text: str, spans: Sequence[tuple[int, int]]) -> str:
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for a, b in spans:
        if a > 0 and b < len(text) and text[a - 1] in "\"“”‘’'" and text[b] in "\"“”‘’'" and _quoted_title(text, a, b):
            parts.append(text[last:a - 1] + " " + text[a:b] + " ")
            last = b + 1
            continue
        start = a - 1 if a > 0 and text[a - 1] in "\"“”‘’'" else a
        if start < a and a > 1 and text[a - 2:a] in ("‘‘", "''"):
            start -= 1
            parts.append(text[last:start] + " ")
        else:
            parts.append(text[last:start])
        if start < a:
            parts.append('"')
        parts.append(" " * (b - a))
        last = b
        if b < len(text) and text[b] in "\"“”‘’'":
            parts.append('"')
            last = b + 1
            if text[b:b + 2] in ("’’", "''"):
                parts.append(" ")
                last = b + 2
    parts.append(text[last:])
    return "".join(parts)


# --- tokens and sentences ---------------------------------------------------------------------------
_TOKEN_RE = re.compile(
    # session 15: a number keeps its thousands separators ("1,200 people" is one word, not "1" "," "200")
    # session 17: an initialism keeps a hyphenated second part ("U.S.-Russia relations", "U.S.-led talks")
    r"(?:[A-Z]\.){2,}(?:-[A-Za-z]+)*|<[^<>\s]{1,40}>|[$£€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[\w$£€@#][\w$£€%&.'’/-]*[\w$£€%]|[\w$£€@&]|"
    r"[,;:()\[\]\"—–!?]|\s-\s"
)
_SENT_END_RE = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ABBREV = frozenset(
    "mr mrs ms dr prof gen sen rep gov lt col adm maj capt sgt st jr sr inc corp co ltd no vs "
    "jan feb mar apr aug sep sept oct nov dec u.s u.k u.n e.u calif fla ill mass n.y d.c wash "
    "mich pa va tex ariz colo conn ga md minn mo n.j n.c okla ore s.c tenn wis ky la ala rev "
    "messrs gens sens reps fig dept univ del det cmdr supt insp atty cpl pvt".split()  # session 24: "Det. Young"
)


class _Tok(NamedTuple):
    text: str
    start: int
    low: str


_new_tok = tuple.__new__


# "Weeks’ family", "American Airlines' Kent Powell": a capitalised plural possessive keeps its mark, so that the
# owner is cut from the name that follows it like any other possessive owner ("Delta's Kent Powell")
_PLURAL_POSS_RE = re.compile(r"(?<=[a-z])s['’](?=\s+[A-Za-z])")


_CAPS_NOT_WORDS = frozenset({"WHO", "US"})


def _tokenize(masked: str) -> list[_Tok]:
    out: list[_Tok] = []
    poss = {m.start() + 1 for m in _PLURAL_POSS_RE.finditer(masked)} if "s’ " in masked or "s' " in masked else set()
    for m in _TOKEN_RE.finditer(masked):
        w = m.group()
        if w[0] == " ":
            w = "-"
        elif poss and m.end() in poss and w[0].isupper():
            w += masked[m.end()]  # "Weeks’ family": keep the plural possessive mark
        # session 13: the acronyms "WHO" and "US" are names, not the relative "who" and the pronoun "us"
        low = w if w in _CAPS_NOT_WORDS else w.lower()
        if w == "May" and out and (out[-1].text[0].isupper() and out[-1].text.rstrip(".").isalpha() and out[
                -1].text not in _FUNCTION_CAPS or out[-1].text == "," and _MONTH_SPEAKS_RE.match(masked, m.end())):
            low = w  # session 25: "Theresa May said", "Prime Minister May", "On Tuesday, May said": a name, no modal
        out.append(_new_tok(_Tok, (w, m.start(), low)))
    return out


_INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
_NAME_AFTER_INITIALS_RE = re.compile(r"[A-Z][a-z][\w’'-]*(?=[\s,.;:)]|$)")


def _quote_stops(text: str, spans: Sequence[tuple[int, int]]) -> tuple[int, ...]:
    """Session 18: where a sentence starts after a quotation that ends with a full stop (``… was “a step
    forward.” Liam Foster …``): masking blanks that full stop, so the masked text alone does not show the break."""
    out = []
    for _a, b in spans:
        if 0 < b < len(text) - 2 and text[b - 1] == "." and text[b] in "\"”" and text[b + 1] == " " and (
                text[b + 2].isupper() or text[b + 2].isdigit()):
            out.append(b + 2)
    return tuple(out)


def _sentence_starts(masked: str, extra: Sequence[int] = ()) -> list[int]:
    if extra:
        return sorted({*_sentence_starts(masked), *extra})
    starts = [0]
    for m in _SENT_END_RE.finditer(masked):
        before = masked[: m.start()].rsplit(None, 1)
        word = before[-1].lower().strip("\"(“") if before else ""
        if masked[m.start()] == "." and (word in _ABBREV or (len(word) == 1 and word.isalpha())
                                         or _INITIALS_RE.fullmatch(word) and _cap(masked[m.end():m.end() + 1])
                                         and _NAME_AFTER_INITIALS_RE.match(masked, m.end())):
            # round 13: "Brian J.M. Quinn": double initials before a name do not end the sentence
            continue
        starts.append(m.end())
    return starts


# --- verbs -----------------------------------------------------------------------------------------
_VERB_FORM: dict[str, str] = {}
for _base in lex.SPEECH_VERBS:
    for _form in lex.verb_forms(_base):
        _VERB_FORM.setdefault(_form, _base)
_VERB_FORM.update({"told": "tell", "spoke": "speak", "spoken": "speak"})
for _base, _forms in lex.NAMED_VERBS_R14.items():  # round 14: named-subject verbs, past tense (mostly)
    for _form in _forms:
        _VERB_FORM.setdefault(_form, _base)
_INVERSION_FORMS = frozenset(
    "said says added adds asked asks explained explains continued continues admitted admits "
    "wrote writes insisted insists warned warns noted notes recalled recalls replied replies "
    "argued argues say stressed stresses declared declares acknowledged acknowledges "
    "conceded concedes cautioned cautions claimed claims observed observes remarked remarks "
    "joked jokes quipped quips responded responds countered counters confirmed confirms "
    "tweeted tweets posted posts suggested suggests predicted predicts concluded concludes "
    "announced announces emphasised emphasized urged urges lamented laments emails emailed "
    # round 9: ", reported Alexandra Olgin of South Carolina Public Radio" (an outlet after it stays a channel)
    "reported reports".split()
)
#: capitalised speech verbs that open an inverted sentence ("Replied Stephen,", "Asked a Pennsylvania Republican:")
_LEAD_VERBS = _INVERSION_FORMS - {"say", "says", "said", "posts", "reports", "notes", "claims", "remarks", "counters",
                                  "tweets"}
#: capitalised auxiliaries that open a question ("Is Trump …?"): never the first word of a name
_LEAD_AUX = frozenset("Is Are Was Were Does Did Has Have Had Should Would Could".split())  # not Can/Do: names
_ING_FOLLOWERS = frozenset(
    "saying telling adding arguing warning noting insisting claiming explaining stressing "
    "urging accusing announcing predicting calling describing acknowledging conceding "
    "suggesting emphasising emphasizing declaring vowing pledging promising threatening "
    "denying confirming indicating asking questioning complaining citing writing alleging "
    "charging condemning "
    # session 11 (PolNeAR articles): "Sanders issued a new line of attack, stating on NBC's …"
    "stating asserting contending reiterating recalling lamenting boasting demanding countering "
    "criticizing criticising blaming "
    # session 14 (PolNeAR dev): "Dean … poked at Trump's persistent sniffing during the debate, tweeting, “…”"
    "tweeting quipping joking replying responding "
    # session 24 (blind sets 22-23): "Pence sought to strike a tone of unity in his remarks, repeating that “…”"
    "repeating praising touting slamming blasting decrying thanking apologizing apologising".split()
)
_REMARK_NOUNS = frozenset(
    "remarks remark comments comment statement statements announcement speech address appeal "
    "claim claims pledge promise accusation accusations admission plea "
    # round 17: more speech nouns ("made an impassioned plea", "issued a warning", "made the case")
    "pleas appeals case argument arguments vow vows assurance assurances warning warnings threat threats "
    "apology apologies denial denials speeches".split()
)
# round 17: "gave a speech", "delivered remarks", "offered condolences", "sent a letter": the subject spoke
_GIVE_FORMS = frozenset("gave give gives giving delivered deliver delivers delivering offered offer offers "
                        "offering extended extends extending presented presents presenting".split())
# (session 24: "extended his condolences"; session 25: "presented testimony")
_GIVE_NOUNS = _REMARK_NOUNS - {"claim", "claims", "case", "address"} | frozenset(
    "interview interviews testimony briefing condolences explanation rebuttal eulogy sermon lecture".split())
_SEND_FORMS = frozenset("sent send sends sending".split())
_SEND_NOUNS = frozenset("letter letters message messages tweet tweets email emails e-mail memo note text "
                        "texts statement".split())
_SKIP_AFTER_TITLE = frozenset({"of", "for", "the", "and"})
_BOUNDARY_WORDS = frozenset(
    "that and but while as because although though when after before if since so where whereas "
    "whom than until unless whether or once nor yet how what why".split()
)
_RELATIVES = frozenset({"who", "which"})
_DETERMINERS = frozenset(
    "a an the one two three four five six several some many most other few both another all "
    "any each senior top no".split()
)
_LEAD_ADVERBS = frozenset(
    "earlier later today yesterday meanwhile however but and also now then separately still "
    "instead additionally moreover finally last tonight thereafter previously afterwards "
    "elsewhere overall indeed in on at by with even".split()  # session 17: "even some Democrats"
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_DEMAND_ADJECTIVES = frozenset("strong weak robust solid sluggish high low higher lower global domestic public "
                               "popular consumer foreign new steady firm soft".split())
#: session 20: endings of the adjectives that may stand between a determiner and a name ("A teary-eyed Bush said", "The
#: embattled Trump", "A defiant Clinton", "An emotional Obama")
_ADJECTIVE_ENDINGS = ("ed", "ing", "ent", "ant", "ive", "al", "ous", "ful", "less", "ic", "ish", "ible", "able")
_PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,6}")
_CONTRACTED_PRONOUN_RE = re.compile(r"([Hh]e|[Ss]he|[Tt]hey)['’](?:s|re|ve|d|ll)")
_CONTRACTED_SUBJECT_RE = re.compile(r"(?:I|[Ww]e|[Yy]ou)['’](?:ve|d|ll|m|re)")
_FUNCTION_CAPS = frozenset(
    "The A An But And However In On At For If When While As After This That These Those It He "
    "She They We I His Her Their Its Our My Your There Here Earlier Later Meanwhile Last Next "
    "Some Many Most Other One Two Three Several All Both Each Every No Not Only Even Also Still "
    "Yet So Then Now Today Yesterday Tomorrow Speaking Asked According Under With Without From "
    "To Of By Since Despite During Before Between Among Although Though Unlike Like Once Once "
    "What Why How Where Who Whose Which Such Any Another Few Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March April May June July August September October "
    "November December Mr Mrs Ms Dr Prof Sir Maybe Perhaps Instead Indeed Nevertheless Nonetheless Besides "
    "Everything Nothing Anything Something "  # session 20: "Everything Trump says is a lie"
    "Neither Either Nor "  # session 17: "Neither Clinton nor her allies" names no "Neither Clinton"
    "Ironically Critically Basically Fortunately Unfortunately Luckily Sadly Overall Finally Still "
    # session 15: sentence adverbs are never names ("Separately, the company said" is no company "Separately")
    "Separately Additionally Similarly Likewise Previously Recently Currently Ultimately Initially Eventually "
    "Subsequently Consequently Accordingly Specifically Notably Importantly Interestingly Privately Publicly "
    "Officially Alternatively Elsewhere Afterwards Moreover Furthermore Thus Hence Therefore Otherwise Regardless "
    "Surprisingly Unsurprisingly Predictably Clearly Obviously Apparently Evidently Reportedly Allegedly "
    "Originally Traditionally Historically Generally Typically Usually Sometimes Increasingly Lately".split()
)
_DAYS_MONTHS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June "
    "July August September October November December".split()
)
_PLACE_FIRST = frozenset(
    "North South East West New San Los Las United Saudi Sri El Costa Great Hong Middle Latin Wall "
    "Capitol Silicon Downing Fleet Sao Rio Tel Kuala Abu Buenos Northern Southern Eastern Western "
    "Central Persian Red Black Baltic Gulf Upper Lower Old St Santa Puerto Cape Port".split()
)
_ORG_SUFFIX = frozenset(
    "Corp Corporation Inc Incorporated Ltd Limited Plc PLC Co Company and & Group Holdings "
    "LLC LP NV AG SA SpA".split()
)
# round 12: words that may follow a company's short name in its full name ("Whole Foods" -> "Whole Foods Market",
# "United" -> "United Airlines")
_ORG_TAIL = frozenset("Corp Corporation Inc Incorporated Ltd Limited Plc PLC Co Company Group Holdings LLC LP NV AG SA "
                      "SpA Market Markets Airlines Airways Motors Bancorp Industries Technologies".split())
_POSTMOD = frozenset(
    "for of at from in close familiar with on who briefed based involved knowledgeable "
    "speaking within inside near to across around throughout outside".split()
)
_HONORIFIC_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Lord": "m", "Lady": "f",
                     "Sir": "m", "Dame": "f", "Baroness": "f", "Congresswoman": "f",
                     "Congressman": "m", "King": "m", "Queen": "f"}
_PARENS_RE = re.compile(r"\s*\([^()]{0,40}\)")
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)$")


def _cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit() and "-" not in word) and word[0] != "<"


# --- noun phrases ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Cand:
    """A speaker candidate found in one paragraph."""

    pos: int
    text: str
    kind: str  # person | org | desc | pron | non | outlet
    gender: str = ""
    group: int = -1  # candidates from one coordinated subject share a group id


_SURNAME_TITLES = frozenset("Dean Major King Bishop Judge Pope Prince Marshal Sheriff Speaker Warden Constable "
                            "Principal Chancellor Admiral Marshall".split())


def _title_part(part: str) -> bool:
    """"singer", "guitarists": one part of a hyphenated job title ("Singer-guitarists Tom Johnston")."""
    for w in (part, part[:-1] if part.endswith("s") else part):
        if w in lex.TITLE_LOWER or len(w) > 3 and w.endswith(("ist", "er", "or", "ian")) and w.isalpha():
            return True
    return False


_LINKED_TITLE_RE = re.compile(r"^[A-Z][a-z]+-(?:in|at|of)-[A-Z]?[a-z]+$")


_DEMONYM_END = ("an", "ese", "ish", "ic", "i")
_PARTY_LABELS = frozenset("Democrat Republican Independent Libertarian Socialist".split())
#: session 23: party labels that are nouns after a lower-case modifier ("one senior Democrat")
_PARTY_NOUNS = frozenset("Democrat Democrats Republican Republicans".split())
_NOT_PARTY_MODIFIERS = frozenset("the a an and or other others many some several few both all most".split())
_UK_PARTY_LABELS = frozenset("Tory Labour Conservative Liberal Unionist Nationalist".split())
#: heads of "the Texas Republican", "the Vermont senator" (``_Article.person_from_state``)
_STATE_HEADS = frozenset("republican democrat independent senator congressman congresswoman governor lawmaker "
                         "representative legislator".split())


#: titles only at the head of a chain of three words or more: "Del. Stacey Plaskett" (a House delegate; the tokens
#: carry no period), but "Juan Martin Del Potro", "Del Potro" are names
_SHORT_TITLES = frozenset({"Del"})


#: session 18: capitalised lay roles that stand before a person's full name ("Passenger Devin Kapoor")
_LAY_ROLES = frozenset("""Passenger Passengers Shopper Rancher Farmer Resident Homeowner Tenant Voter Customer
    Protester Protestor Volunteer Neighbor Neighbour Commuter Motorist Parishioner Retiree Survivor Nurse Student
    Parent Veteran Driver Worker Owner Witness Victim Patron Diner Hiker Camper Fisherman Teacher Organizer
    Bartender Waiter Waitress Server Cashier Mechanic Electrician Plumber Janitor Chef Barista Nanny Dentist
    Pharmacist Firefighter Paramedic Trucker Contractor Landlord Photographer Artist Musician Designer Engineer
    Programmer Developer Scientist Researcher Economist Analyst Historian Author Journalist Activist Entrepreneur
    Investor Broker Consultant Accountant Banker Pilot Doctor Physician Lawyer Mom Dad Grandmother Grandfather
    Caregiver Housekeeper Clerk Lifeguard Coach Manager Shopkeeper Vendor Rabbi Pastor Priest""".split())
# (session 25: common jobs, "Bartender Rique Rose"; a word list rather than any "-er" word: "Aleksander V. Ionov")


def _strip_title(words: list[str]) -> tuple[list[str], str]:
    """Drop leading titles/honorifics from a capitalised chain; return (name words, gender)."""
    gender = ""
    last_title = -1
    n = len(words)
    if n >= 2 and words[-1].rstrip(".") in _ORG_SUFFIX and words[-1] not in {"and", "&"}:
        return list(words), ""  # round 10: "General Motors Corp", "General Electric Co": a company, no title
    if n >= 2 and words[-1] in _SURNAME_TITLES and (
            words[-2].rstrip(".") in {"Mr", "Mrs", "Ms", "Miss", "Dr"} or words[-2] not in lex.TITLE_WORDS
            and words[-2][:1].isupper() and words[-2].isalpha() and words[-2] not in lex.ORG_WORDS
            and words[-2] not in _FUNCTION_CAPS):
        n -= 1  # "Rick Dean", "John Major", "Mr Dean": a title word as the surname
    if n >= 3 and words[0] in _UK_PARTY_LABELS and words[1] in lex.MALE_FIRST | lex.FEMALE_FIRST:
        last_title = 0  # session 21: "fellow Tory David Heathcoat-Amory said"
    if n >= 3 and words[0] in _PARTY_LABELS and (words[1] in lex.MALE_FIRST | lex.FEMALE_FIRST or n == 3 and all(
            w.replace("-", "").isalpha() and w[0].isupper() and w not in lex.ORG_WORDS for w in words[1:])):
        last_title = 0  # session 11: "Democrat Hillary Clinton", "Republican Donald Trump": a party label, no name
    for p in (1, 2):  # session 12: "Texas Republican Ted Cruz", "New York Democrat Chuck Schumer"
        if n >= p + 3 and words[p] in _PARTY_LABELS and " ".join(words[:p]) in lex.PLACES and \
                words[p + 1] in lex.MALE_FIRST | lex.FEMALE_FIRST:
            last_title = p
    if n >= 3 and words[0].isalpha() and words[0] not in lex.MALE_FIRST | lex.FEMALE_FIRST and words[
            1] in lex.MALE_FIRST | lex.FEMALE_FIRST and (_occupation_word(words[0].lower()) or words[
                0].lower() in lex.SPEAKER_NOUNS):
        last_title = 0  # session 17: "Agronomist Lisa Tran", "Fisherman Joe Nanouk" (a known first name follows)
    elif len(words) == 3 and words[0] in _LAY_ROLES and all(w.replace("-", "").isalpha() and w[0].isupper() and (
            w not in lex.ORG_WORDS) for w in words[1:]):
        last_title = 0  # session 18: "Passenger Devin Kapoor", "Rancher Clay Bergstrom" (any first name)
    for k, w in enumerate(words[:n]):
        bare = w.rstrip(".")
        if bare in lex.TITLE_WORDS or bare in _SHORT_TITLES and k == last_title + 1 and k + 2 < n and not (
                {words[k + 1], words[n - 1]} & lex.ORG_WORDS) or (
                bare in _SKIP_AFTER_TITLE and 0 <= last_title == k - 1) or (
                # session 18: "Sgt. First Class Antoine Mbeki": the rank's own words
                bare in {"First", "Class"} and 0 <= last_title == k - 1 and k + 2 < n and words[
                    last_title].rstrip(".") in {"Sgt", "Sergeant", "First"}) or (
                # round 15: "Reuters Editor-in-Chief Alessandra Galloni": a linked hyphenated title anywhere
                k + 2 < n and bare.count("-") >= 2 and _LINKED_TITLE_RE.match(bare)) or (
                k + 2 <= len(words) - 1 or k + 1 < n) and "-" in bare and k == last_title + 1 and all(
                    _title_part(p) for p in bare.lower().split("-")) or (
                2 <= len(bare) <= 3 and bare.isupper() and bare.isalpha() and k + 2 < len(words)
                and k > 0 and not _is_org_chain(words[k + 1:])):
            last_title = k
            gender = _HONORIFIC_GENDER.get(bare, gender)
    name = words[last_title + 1:]
    if last_title >= 0 and words[last_title] == "of" and len(name) >= 3 and name[0] not in lex.MALE_FIRST | (
            lex.FEMALE_FIRST):
        # session 20: "Supervisor of Elections Susan Bucher" (had given "Elections Susan Bucher"): the office's
        # words run up to a known given name
        first = next((j for j in range(1, min(len(name) - 1, 4)) if name[j] in lex.MALE_FIRST | lex.FEMALE_FIRST), 0)
        if first:
            name = name[first:]
    return name, gender


def _is_org_chain(words: Sequence[str]) -> bool:
    # round 13: a roman-numeral suffix is no acronym ("John J. Ray III" is a person)
    return any(w.rstrip(".") in lex.ORG_WORDS or (w.isupper() and len(w) > 1 and w.isalpha() and not (
        w in {"II", "III", "IV"} and n == len(words) - 1 and n >= 2)) for n, w in enumerate(words))


# bare words that are surnames far more often than the outlet ("said Hill" is Fiona Hill, not The Hill)
_SURNAME_OUTLETS = frozenset({"hill", "sun", "independent", "observer", "information", "post", "journal", "globe",
                              "tribune", "chronicle", "inquirer", "herald"})


_ARTICLE_WORDS = frozenset({"El", "Le", "La", "Los", "Las", "Les", "Der", "Die", "Das", "Il"})


def _is_outlet_name(words: Sequence[str], following: str = "", had_the: bool = False) -> bool:
    if not words:
        return False
    phrase = " ".join(words).lower()
    core = [_POSSESSIVE_RE.sub("", w) for w in words]
    if phrase in lex.OUTLET_PHRASES or ("the " + phrase) in lex.OUTLET_PHRASES and (
            had_the or phrase not in _SURNAME_OUTLETS):
        return True
    if len(core) >= 2 and core[-1] in lex.OUTLETS and core[0] not in lex.OUTLETS and (
            core[0].rstrip(".") in lex.TITLE_WORDS or _gender_of(core)):
        return False  # round 10: "Mr. Bloomberg", "Michael R. Bloomberg": a person whose surname is an outlet
    if core[0] in lex.OUTLETS and (core[0] not in _ARTICLE_WORDS and core[0] not in lex.SOLO_OUTLETS
                                   or len(core) == 1) or core[-1] in lex.OUTLETS:
        return True  # round 12: "El Paso Sheriff …" is no outlet although "El Pais" is
    if len(core) >= 2 and core[-1] in lex.OUTLET_LAST and core[0] not in lex.TITLE_WORDS:
        return True
    return following.lower() in lex.OUTLET_HEADS


def _gender_of(name_words: Sequence[str]) -> str:
    if not name_words:
        return ""
    if name_words[0] in lex.FEMALE_FIRST:
        return "f"
    if name_words[0] in lex.MALE_FIRST:
        return "m"
    return ""


_PRESENTING = frozenset({"Enter", "Meet", "Cue", "Introducing"})
_DESCRIPTOR_COMPOUND_RE = re.compile(r"-(?:based|owned|backed|led|run|controlled|funded|operated|born|made)$")


_TIME_MODIFIERS = frozenset({"former", "outgoing", "incoming", "acting", "interim", "then", "late",
                             "retired"})  # session 11: "said retired Army Lt. Gen. Mick Bednarek"
_TIME_PREFIX_RE = re.compile(r"^(?:then|ex|now|former)-(?=[A-Z])")


def _clean_words(words: list[str]) -> list[str]:
    out = [w for w in words if not (w.startswith("<") and w.endswith(">")) and w not in "()[]"]
    if len(out) >= 2 and out[0][:1].isupper() and (out[0].lower() in _LEAD_VERBS or out[0] in _LEAD_AUX) and _cap(
            out[1]):
        out = out[1:]  # round 10: "Replied Stephen, “…”": a sentence-initial speech verb is not part of the name
    if len(out) >= 2 and out[0] in _PRESENTING and _cap(out[1]):
        out = out[1:]  # round 13: "Enter Novavax.", "Meet Jane Doe": a presenting imperative is no first name
    if len(out) >= 2 and out[-1][1:].islower() and out[-1].lower() in _LEAD_VERBS and _cap(out[-2]):
        out = out[:-1]  # round 13: "“…,” SBF Wrote, “…”": a capitalised speech verb does not end a name either
    if len(out) >= 3 and out[-1] in {"here", "there"} and out[-2][:1].islower():
        out = out[:-1]  # round 18: "Banking sources here said", "a Benetton spokeswoman here said"
    if len(out) >= 3 and out[0] in _TIME_MODIFIERS and _cap(out[1]) and _cap(out[-1]):
        out = out[1:]  # round 18: "former Secretary of State Hillary Clinton said": the title chain starts after it
    if len(out) >= 2 and _TIME_PREFIX_RE.match(out[0]):
        out = [_TIME_PREFIX_RE.sub("", out[0])] + out[1:]  # round 18: "ex-Foreign Secretary Robin Cook said"
    k = 0
    while k < min(3, len(out) - 1):
        if _DESCRIPTOR_COMPOUND_RE.search(out[k]) and _cap(out[k + 1]):
            out = out[k + 1:]  # round 12: "Amazon-owned Whole Foods Market": the first word is a descriptor
            k = 0  # (the list is shorter now: an index past its end crashed on "U.S.-based Japan-owned Co")
            continue
        k += 1
    return out


#: session 25: words after "written" when it is a verb ("has written to", "a letter written by", "written that")
_WRITTEN_VERB_NEXT = frozenset("by to that about on in for with as into off down up out a an the his her their its "
                               "this these those him them me us extensively repeatedly frequently often".split())
#: session 25: nouns owned by a name after "a lawyer for" ("An attorney for Floyd’s family")
_OWNED_HEADS = frozenset({"family", "families", "campaign", "office", "estate", "administration", "team", "company",
                          "firm", "foundation", "parents", "widow", "children"})

# "his office said" -> "<resolved person>'s office" (the office speaks, attributed to its owner)
_OWNED_BODIES = frozenset({"office", "campaign", "lawyer", "lawyers", "attorney", "attorneys", "spokesman",
                           "spokeswoman", "spokesperson", "publicist", "aides", "representatives", "family",
                           # round 18: "…, her agent said", "His wife said" (found on unannotated BBC text)
                           "agent", "manager", "representative", "rep", "wife", "husband", "widow", "mother",
                           "father", "parents", "son", "daughter", "brother", "sister", "doctor", "doctors",
                           "aide", "adviser", "advisers", "advisor", "advisors", "spokespeople",
                           # session 25: "But his opponents say …", "Her critics argue …"
                           "critics", "opponents", "supporters", "allies", "detractors", "backers", "defenders",
                           "rivals", "friends", "colleagues", "associates", "team", "legal team"})
_QUANTIFIERS = frozenset({"several", "others", "some", "many", "most", "both", "few"})
_BAD_IN_NP = frozenset(
    "is are was were be been being has have had will would could should may might can do does did "
    "not no there it its this these those he she they we i you his her their our".split()
)


# words that end a pre-head compound ("a senior law enforcement official"): a post-modifier or clause starts there
_COMPOUND_STOP = _POSTMOD | _BAD_IN_NP | _BOUNDARY_WORDS | {"a", "an", "the", "by", "as", "than", "about"}


_THOSE_MODS = frozenset({"close", "closest", "familiar", "around", "near", "inside", "within", "in", "at",
                         "involved", "briefed", "knowledgeable", "loyal"})


_BOUND_QUANT = frozenset({("at", "least"), ("at", "most"), ("more", "than"), ("fewer", "than"), ("less", "than")})
_CLAUSE_PREPS = frozenset("During After Before In At On Since Throughout Despite Amid".split())
_PREP_LEAD = frozenset({"from", "in", "on", "at", "by", "with", "into", "onto", "via", "through", "over", "under"})


def _fronted_name(words: Sequence[str]) -> list[str] | None:
    """Round 15: the name after a fronted prepositional phrase that lacks its comma ("During his own trial Porter
    told jurors", "After the meeting Senator Warren said"): the capitalised run after the phrase's noun."""
    if not 3 <= len(words) <= 7 or words[0] not in _CLAUSE_PREPS or _cap(words[1]) and words[1] not in _DAYS_MONTHS:
        return None
    k = len(words)
    while k > 1 and _cap(words[k - 1]):
        k -= 1
    tail = list(words[k:])
    if not 1 <= len(tail) <= 3 or k < 2:
        return None
    noun = words[k - 1]
    if not noun.isalpha() or not noun.islower() or noun in _NAME_LINKS or noun in lex.TITLE_LOWER or \
            noun in lex.SPEAKER_NOUNS or _occupation_word(noun) or any(w in _BAD_IN_NP and w not in {
                "his", "her", "their", "its"} for w in words[1:k]):
        return None
    return tail


_TIME_UNITS = ("week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|season|"
               "decade|quarter|day|time")
#: what someone says in, as the object of a fronted phrase ("In a statement the company said") or as the first word
#: of a cut subject ("statement Jovanovich", from "In a written statement Jovanovich said")
_MEDIUM_NOUNS = frozenset("statement interview letter tweet post speech release memo filing testimony "
                          "briefing hearing appearance address".split())
_FRONTED_MEDIA = "|".join(sorted(_MEDIUM_NOUNS - {"testimony"}) + ["report",
    r"e-?mail", "note", "message", "video", "broadcast", r"press\s+conference", r"news\s+conference", "op-ed",
    "column"])
#: round 18: a fronted time or setting phrase without its comma ("Last week China said", "Earlier this week the
#: company said", "Two days later Smith said", "In 2015 Smith said", "In a statement the company said"); found by
#: scanning unannotated BBC and Reuters text for "said" sentences that got no speaker
_FRONTED_RE = re.compile(
    r"(?:(?:earlier|later|late|early)\s+)?(?:this|last|that|next|the\s+same|the\s+following|the\s+previous)\s+"
    rf"(?:{_TIME_UNITS}s?)\s+"
    r"|(?:earlier|later)\s+(?:today|tonight|in\s+the\s+(?:day|week|month|year))\s+"
    rf"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:{_TIME_UNITS}|hour)s?\s+"
    r"(?:later|earlier|ago)\s+"
    r"|(?:in|by|since|until|during|through)\s+(?:early\s+|late\s+|mid-)?\d{4}s?\s+"
    r"|over\s+the\s+(?:weekend|holiday|summer|winter|past\s+(?:week|month|year|few\s+days))\s+"
    # session 15: "On Sunday Tom Hart, …, said", "In March the company said"
    r"|(?:on|by|since|until|last|this|next|early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
    r"|(?:in|since|by|until|during|through|early|late|mid-)\s*(?:january|february|march|april|june|july|august|"
    r"september|october|november|december)(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s+"
    r"|(?:in|on|at|during|after|before)\s+(?:a|an|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:{_FRONTED_MEDIA})s?"
    r"(?:\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?\s+"
)
#: first words that can open a match of ``_FRONTED_RE``: a set lookup before joining the words for the regex, which
#: would otherwise run on every subject ``_classify`` sees
_FRONTED_FIRST = frozenset("earlier later late early this last that next the a an one two three four five six seven "
                           "eight nine ten several in by since until during through on at after before over".split())


def _strip_fronted(words: Sequence[str]) -> list[str] | None:
    """The words after a fronted time or setting phrase that lacks its comma, when a subject follows it."""
    if len(words) < 3 or not words[0][:1].isupper() or not (words[0].lower() in _FRONTED_FIRST or words[0].isdigit()):
        return None
    joined = " ".join(words).lower() + " "
    m = _FRONTED_RE.match(joined)
    if m is None:
        return None
    n = len(m.group(0).split())
    rest = list(words[n:])
    if len(rest) >= 4 and rest[0] in {"to", "with"} and _cap(rest[1]):
        k = 2  # session 16: "In a letter to Acme the union said": the addressee's name, then the subject
        while k < len(rest) and _cap(rest[k]):
            k += 1
        if k < len(rest) - 1 and (rest[k] in {"the", "a", "an"} or rest[k] in _JURISDICTIONS):
            rest = rest[k:]
    if not rest or not (_cap(rest[0]) or rest[0] in _JURISDICTIONS or (
            # session 21: "Earlier this month deputy prime minister Janos Milosavljevic said"
            rest[0] in lex.TITLE_LOWER and len(rest) >= 3 and _cap(rest[-1])) or (
            # "In a monthly report anti-virus firm Sophos said": a descriptor before the name
            rest[0].replace("-", "").isalpha() and rest[0].islower() and 2 <= len(rest) <= 5 and _cap(rest[-1]) and (
                _descriptor_then_name(rest, 0) is not None)) or rest[0].lower() in {
            "the", "a", "an", "one", "two", "three", "several", "some", "many", "its", "his", "her", "their"} or (
            # session 15: "Earlier this month company officials said"
            rest[-1].isalpha() and rest[-1].islower() and rest[-1] in lex.SPEAKER_NOUNS and rest[-1].endswith("s"))):
        return None
    return rest


#: documents that speak for whoever issued them (session 15)
_ISSUED_DOCS = frozenset("statement statements letter memo email e-mail release tweet".split())


def _classify(words_in: Sequence[str], pos: int) -> _Cand | None:
    """Turn the words of a subject noun phrase into a speaker candidate (or None)."""
    j = 1 if len(words_in) > 1 and words_in[0].lower() in {"even", "but", "and", "yet"} else 0
    if words_in and words_in[j].lower() in _FRONTED_PREPS:
        # session 22: a fronted phrase without its comma ("Even without changes the commission does urge"): the
        # subject starts at the determiner after it; no speaker starts with such a preposition
        k = next((k for k in range(j + 2, min(len(words_in) - 1, j + 5)) if words_in[k] in {"the", "a", "an"}), 0)
        if k:
            return _classify(words_in[k:], pos)
    party = [k for k, w in enumerate(words_in) if k and w in _PARTY_NOUNS and words_in[k - 1].isalpha() and (
        words_in[k - 1].islower()) and words_in[k - 1] not in _NOT_PARTY_MODIFIERS]
    if party:
        # session 23: "one senior Democrat", "Several senior Democrats with ties to …": a party member described
        stand_in = [("officials" if w.endswith("s") else "official") if k in party else w
                    for k, w in enumerate(words_in)]
        c = _classify(stand_in, pos)
        if c is not None and c.kind == "desc" and len(c.text.split()) == len(words_in):
            text = " ".join(words_in[k] if k in party else w for k, w in enumerate(c.text.split()))
            return _Cand(c.pos, text, c.kind, c.gender, c.group)
    if "for" in words_in[2:-2] and words_in[words_in.index("for") - 1] in _FOR_TITLES and all(
            _cap(w) for w in words_in if w != "for"):
        c = _name_cand(list(words_in), pos, words_in)  # session 25: "Inspector General for Tax Administration J. …"
        if c is not None and c.kind == "person":
            return c
    c = _classify_phrase(words_in, pos)
    if c is None:
        c = _descriptor_then_name(words_in, pos)
    if c is not None and c.kind == "desc" and _verb_inside(c.text.split()):
        return None  # session 22: "the phones used analogue radio [signals to communicate]" holds a clause
    if c is not None and c.kind == "desc" and c.text[:1].isupper() and ("'s " in c.text or "’s " in c.text):
        dw = c.text.split()
        k = 0
        while k < len(dw) - 2 and dw[k].rstrip(".") in lex.TITLE_WORDS and dw[k + 1][:1].isupper():
            k += 1
        if k:  # session 25: "Sen. Orin Hatch's office" is "Orin Hatch's office"
            return _Cand(c.pos, " ".join(dw[k:]), c.kind, c.gender, c.group)
    return c


def _verb_inside(words: Sequence[str]) -> bool:
    """Session 22: a past-tense verb with its object inside a described phrase: a plural noun, an "-ed" word, and a
    lower-case word that is no preposition ("the phones used analogue radio"; not "the firms involved in the talks")."""
    for k in range(1, len(words) - 2):
        w, nxt = words[k + 1], words[k + 2]
        if words[k].isalpha() and words[k].islower() and words[k].endswith("s") and not words[k].endswith(
                "ss") and w.islower() and (
                w.endswith("ed")) and nxt.islower() and nxt.isalpha() and nxt not in _NOT_BEFORE_NAME and (
                    nxt not in _LOCATIVE_PREPS):
            return True
    return False


#: session 22: words inside a title ("senior executive vice president")
_TITLE_PARTS = frozenset("vice deputy assistant general executive managing chief associate acting senior".split())
#: session 22: people who speak for someone named after "to"/"for"
_AIDE_NOUNS = frozenset("aide aides spokesman spokeswoman spokesperson adviser advisers advisor advisors assistant "
                        "lawyer lawyers attorney attorneys representative representatives".split())
#: session 22: roles that a later "he" refers to even after "a" ("A bank official said … ¶ He said …")
_ROLE_ANTECEDENTS = frozenset("official spokesman spokeswoman executive banker economist analyst dealer trader "
                              "diplomat broker adviser advisor".split())
_CLAUSE_BREAKS = frozenset("while although though whereas unless".split())
#: session 22: heads of described institutions, which are no antecedent of "he" or "she"
_INSTITUTION_HEADS = frozenset("""government ministry department company administration campaign committee board
    agency office bank union council commission court party group firm team club authority organisation
    organization institute association federation corporation embassy regime cabinet parliament congress senate
    house assembly panel bureau service police army military navy""".split())
_FRONTED_PREPS = frozenset("without despite amid following unlike".split())
#: session 21: lower-case words that end a phrase before a name without describing its owner
_NOT_BEFORE_NAME = frozenset("""of for to at in on by with from against about into onto over under after before than as
    and or but nor that which who whom whose when while where if because so then than said says told tells added
    called named dubbed known like including versus vs per via amid among between a an the some many much several
    few more most all both each every any no other another such same own top senior""".split())
#: session 21: nouns before a name that say what the named is ("City consultancy Deloitte", "pop band Busted")
_NAME_DESCRIPTORS = frozenset("""new former ex body band group lab laboratory consultancy agency outfit watchdog
    regulator charity union club side team party organisation organization institute association federation
    council committee bank broker brokerage insurer airline operator carrier network website site studio label
    publisher developer think-tank thinktank tank campaigner campaigners rival rivals hopeful nominee challenger
    incumbent veteran star singer rapper actor actress legend winner champion coach boss partisan nonpartisan
    bipartisan elect designate fellow lord lady peer nephew niece son daughter wife husband brother sister father
    mother uncle aunt cousin widow widower grandson granddaughter grandfather grandmother stepfather stepmother
    fiancee fiance partner""".split())
#: session 21: owners whose body speaks ("the state's National Land Institute", "parliament's Defence Committee")
_PLACE_OWNERS = frozenset("""state's government's country's nation's parliament's city's party's army's navy's
    military's kingdom's republic's province's region's union's""".split())
#: session 21: more verbs after a company's possessive name ("Moody's pointed out that …", "McDonald's announced")
_POSSNAME_VERBS = frozenset("""pointed noted warned announced predicted cautioned argued stressed confirmed denied
    explained""".split())
#: session 21: adjectives that describe an organisation between "the" and its name
_ORG_ADJECTIVES = frozenset("""ruling governing official semi-official state-owned state-run government-owned
    privately-held privately-owned nonpartisan non-partisan bipartisan independent influential powerful conservative
    liberal leftist rightist left-wing right-wing centrist nationalist opposition authoritative respected""".split())
_ACRONYM_PLURAL_RE = re.compile(r"(?:MP|MEP|MSP|MLA|CEO|GP|AM|TD)s")
#: session 21: capitalised acronyms that are a title before a full name ("MP Martin Bell")
_ACRONYM_TITLES = frozenset({"MP", "MPs", "MEP", "MSP", "MLA", "TD", "AM"})


def _descriptor_then_name(words_in: Sequence[str], pos: int) -> _Cand | None:
    """Session 21, the fallback when no rule of :func:`_classify_phrase` reads the phrase: descriptors before a
    name ("former independent MP Martin Bell", "City consultancy Deloitte", "new Prime Minister Yulia Tymoshenko",
    "Athletics' ruling body the IAAF", "The more moderate Kasich") or an owner before a person's name ("eBay's
    David Stern", "OutRage!'s Mr Lock").  Found by scanning unannotated BBC and PolNeAR text for "NAME VERBed" with
    NAME missing from the paragraph's speakers."""
    words = list(words_in)
    if not 2 <= len(words) <= 9 or any(w.startswith("<") for w in words):
        return None
    if "in" in words[2:-1]:
        m = words.index("in", 2)  # "Westpac Banking Corp in New Zealand said": a company and where it is
        if len(words) - m - 1 <= 3 and all(_cap(w) for w in words[:m] + words[m + 1:]) and _is_org_chain(
                words[:m]) and (" ".join(words[m + 1:]) in lex.PLACES or " ".join(words[m + 1:]) in lex.US_STATES):
            c = _classify(words[:m], pos)
            return c if c is not None and c.kind == "org" else None
    k = len(words)
    while k > 0 and _cap(words[k - 1]) and words[k - 1] not in _FUNCTION_CAPS and not (
            k < len(words) and _POSSESSIVE_RE.search(words[k - 1])):  # "War on Want's | John Hilary"
        k -= 1
    chain, lead = words[k:], words[:k]
    if not chain or not 1 <= len(chain) <= 4 or not lead or len(lead) > 5:
        return None
    titled = chain[0].rstrip(".") in lex.TITLE_WORDS or chain[0] in _ACRONYM_TITLES
    if len(chain) >= 3 and chain[0] in _ACRONYM_TITLES:
        chain = chain[1:]
    if len(chain) >= 3 and chain[-1] in _ACRONYM_TITLES:
        chain = chain[:-1]  # "Tory frontbencher Andrew Tyrie MP demanded"
    if any(w.lower() == "late" for w in lead):
        return None  # "voiced by the late Willie Rushden": the dead say nothing now
    if any(w.lower() in lex.OUTLET_HEADS for w in lead):
        return _Cand(pos, " ".join(chain), "outlet")  # "the official Iraqi news agency INA said"
    if _POSSESSIVE_RE.search(lead[-1]) and len(lead) <= 4 and not any(
            w.lower() in _BAD_IN_NP or w.lower() in _VERB_FORM or w in _FUNCTION_CAPS and n > 0
            for n, w in enumerate(lead)):
        # the owner of a person: "eBay's David Stern said", "War on Want's John Hilary said"; an organisation of a
        # place: "the state's National Land Institute has told"
        named = [w for w in chain if w.rstrip(".") not in {"Mr", "Mrs", "Ms", "Dr", "Miss"}]
        if named and not any(w[:1].islower() and not (0 < n and _cap(lead[n - 1])) for n, w in (
                enumerate(lead[:-1]))) and (len(named) >= 2 and _looks_person(named) and (
                    named[0] in lex.MALE_FIRST | lex.FEMALE_FIRST) or len(named) < len(chain)):
            c = _classify(chain, pos)
            return c if c is not None and c.kind == "person" else None
        if lead[-1].lower().replace("’", "'") in _PLACE_OWNERS and len(chain) >= 2 and _is_org_chain(chain) and len(
                lead) <= 2 and chain[-1] not in lex.OUTLET_LAST and chain[-1] not in {"Report", "Reports", "Survey"}:
            c = _classify(chain, pos)
            return c if c is not None and c.kind == "org" else None
        return None
    if len(lead) >= 2 and lead[-1].lower() == "the":
        lead = lead[:-1]  # an appositive: "Athletics' ruling body the IAAF"
    if chain[-1].rstrip(".") in lex.TITLE_WORDS or chain[-1].lower() in lex.TITLE_LOWER or (
            len(chain) == 1 and (chain[0] in _PARTY_LABELS or chain[0].endswith(_DEMONYM_END[1:]))):
        return None  # "the outgoing European Commissioner" (a title), "to stimulate Japanese demand"
    for n, w in enumerate(lead):
        plain = _POSSESSIVE_RE.sub("", w)
        if not plain.replace("-", "").isalnum() or w.lower() in _NOT_BEFORE_NAME and w.lower() not in {
                "more", "most", "top", "senior", "a", "an", "the"} or w.lower() in _BAD_IN_NP or (
                w.lower() in _PREP_LEAD) or n > 0 and w.lower() in {"a", "an", "the"} or (
                w in _FUNCTION_CAPS and not (n == 0 and w in {"The", "A", "An"})) or (
                w in _VERB_FORM and w not in lex.SPEAKER_NOUNS):
            return None
    last = lead[-1]
    if not last.islower() or last in _NOT_BEFORE_NAME:
        return None
    if _descriptor_word(last) or titled and len(chain) >= 2 and not _is_org_chain(chain) and (last.endswith(
            _ADJECTIVE_ENDINGS + ("ate",)) and not last.endswith(("ed", "ing")) or (
            last in {"new", "former", "ex", "then", "outgoing", "incoming", "acting", "interim", "current"})):
        pass  # "City consultancy Deloitte", "former independent MP Martin Bell", "joint-bookrunner Warburg"
    elif lead[0].lower() in {"the", "a", "an"} and len(lead) <= 3 and all(
            w.isalpha() and w.islower() and (w in {"more", "most"} or w.endswith(_ADJECTIVE_ENDINGS + ("ate",)))
            for w in lead[1:]) and _looks_person(chain) and not _is_org_chain(chain) and (
                len(chain) == 1 or chain[0] in lex.MALE_FIRST | lex.FEMALE_FIRST):
        pass  # "The more moderate Kasich" (not "A confidential World Bank [report]", a cut phrase)
    elif lead[0].lower() == "the" and len(lead) == 2 and lead[1] in _ORG_ADJECTIVES and len(chain) >= 2 and (
            _is_org_chain(chain)):
        pass  # "The ruling Liberal Democratic Party said", "the state-owned Ecuadorean Petroleum Corp said"
    else:
        return None
    c = _classify(chain, pos)
    return c if c is not None and c.kind in {"person", "org"} else None


def _descriptor_word(w: str) -> bool:
    """A lower-case noun that says what the named that follows is: a title, a job, a kind of organisation
    ("consultancy", "band"), also hyphenated ("joint-bookrunner", "chairman-elect", "team-mate", "fly-half")."""
    if w in lex.TITLE_LOWER or w in lex.SPEAKER_NOUNS or _occupation_word(w) or w in _ORG_DESCRIPTORS or (
            w in _COMPANY_HEADS or w in _NAME_DESCRIPTORS):
        return True
    parts = w.split("-")
    return len(parts) > 1 and all(p.isalpha() for p in parts) and (
        _descriptor_word(parts[-1]) or parts[-1] in {"elect", "designate", "mate", "half"} and _descriptor_word(
            parts[0]) or parts[0] in {"fly", "scrum", "team", "co"})


def _classify_phrase(words_in: Sequence[str], pos: int) -> _Cand | None:
    """The rules of :func:`_classify`."""
    unfronted = _strip_fronted(list(words_in)) if "<REL>" not in words_in else None
    if unfronted is not None:
        return _classify(unfronted, pos)
    if len(words_in) == 1 and words_in[0][:1].isupper() and words_in[0][1:].islower() and (
            words_in[0].lower() in lex.NON_SPEAKER_HEADS and words_in[0].endswith("s") and not words_in[0].endswith(
                ("ss", "is")) or words_in[0].lower() in {"guidelines", "media"}):
        return _Cand(pos, words_in[0].lower(), "non")  # session 24: a capitalised "Reports say", "Media reported"
    if 3 <= len(words_in) <= 7 and words_in[-1].rstrip(".") in _ORG_SUFFIX and words_in[-1] not in {"and", "&"} and \
            words_in[0] in lex.TITLE_WORDS and all(_cap(w) or w in {"of", "and", "&"} for w in words_in):
        return _Cand(pos, " ".join(words_in), "org")  # session 24: "General Motors of Canada Ltd" keeps "General"
    if words_in and words_in[-1] == "<POSSNAME>":  # round 18: "Moody's said" (from ``_subject_before``)
        return _Cand(pos, " ".join(words_in[:-1]), "org")
    if "<REL>" in words_in:  # description + restrictive relative clause (from ``_subject_before``)
        r = list(words_in).index("<REL>")
        if r == 1 and words_in[0].lower() in {"those", "anyone", "everyone"}:
            # session 13: "Those who support the plan say": the pronoun and its clause describe the speakers
            return _Cand(pos, " ".join([words_in[0].lower()] + list(words_in[r + 1:])), "desc")
        hc = _classify(words_in[:r], pos)
        if hc is None or hc.kind != "desc":
            return hc
        return _Cand(hc.pos, " ".join([hc.text] + list(words_in[r + 1:])), "desc", hc.gender)
    words = _clean_words(list(words_in))
    n_words = len(words)
    while len(words) > 1 and words[0].lower() in _LEAD_ADVERBS and (words[0].lower(), words[1]) not in _BOUND_QUANT:
        words = words[1:]
    if len(words) < n_words:
        words = _clean_words(words)  # round 18: "Meanwhile ex-Foreign Secretary Robin Cook said"
    if len(words) > 2 and (words[0].lower(), words[1]) in _BOUND_QUANT:
        # round 15: "at least one NIH program officer", "More than 50 women": a bounded number stays with its noun
        rest = _classify(words[2:], pos)
        if rest is None or rest.kind != "desc":
            return rest
        return _Cand(rest.pos, " ".join([words[0].lower(), words[1], rest.text]), "desc", rest.gender)
    if not words or all(w[0].isdigit() for w in words):
        return None  # "says King, 30, who …": an age is not a speaker
    if len(words) > 1 and words[0] == "of":
        return None  # session 20: "Nearly two thirds - 65% - of the 1,000 people interviewed said": a cut phrase
    if len(words) == 1 and words[0] in _PARTY_LABELS | _UK_PARTY_LABELS - {"Labour"}:
        return None  # session 21: "denied Conservative claims": a party adjective ("Labour says" is the party)
    if len(words) == 1 and _PARTY_TAG_RE.fullmatch(words[0]):
        return None  # session 20: "Sen. Bob Corker, R-Tenn., who added": a party and state tag is no name
    if len(words) == 1 and (pm := _CONTRACTED_PRONOUN_RE.fullmatch(words[0])):
        return _classify([pm.group(1)], pos)  # session 20: "He's saying …", "She's been warning …", "They're urging"
    if len(words) == 1 and _CONTRACTED_SUBJECT_RE.fullmatch(words[0]):
        return None  # session 20: "as I've suggested": the writer (or "we've", "you'd") is no reported speaker
    if len(words) == 1 and words[0].lower() in {"something", "nothing", "everything", "anything"}:
        return None  # session 16: "Something told me …"
    if len(words) <= 5 and _ACRONYM_PLURAL_RE.fullmatch(words[-1]) and not any(
            w.lower() in _BAD_IN_NP or w.lower() in _NOT_BEFORE_NAME and w.lower() not in _QUANTIFIERS | {
                "some", "many", "most", "several", "senior", "top", "the"} or w.lower() in _VERB_FORM
            for w in words[:-1]):
        # session 21: an acronym in the plural is a described group ("MPs have said", "Labour MPs said", "pro-hunt
        # MPs say"); before, "MPs" was a person, whom "have" ruled out, and "Labour" was dropped as a title
        lead = [w.lower() if w[0].isupper() and (w.lower() in _QUANTIFIERS or w.lower() in _DETERMINERS or (
            w.lower() in {"senior", "top"})) else w for w in words[:-1] if w.lower() != "the"]  # one group, "MPs"
        return _Cand(pos, " ".join(lead + [words[-1]]), "desc")
    if len(words) >= 2 and words[0] in {"something", "what"} and words[1].lower() not in _VERB_FORM:
        return _classify(words[1:], pos)  # session 16: "…, something a 911 caller also told a dispatcher"
    if 3 <= len(words) <= 6 and words[0].lower() in {"a", "an", "the"} and _cap(words[-1]):
        # session 20: "A teary-eyed Bush said", "The embattled Trump said": a determiner and adjectives before a name
        k = 1
        while k < len(words) and words[k].islower() and words[k].replace("-", "").isalpha() and (
                "-" in words[k] or words[k].endswith(_ADJECTIVE_ENDINGS)) and words[k] not in lex.SPEAKER_NOUNS and (
                words[k] not in lex.TITLE_LOWER and words[k] not in {"late", "independent", "daily", "weekly"}):
            k += 1
        chain = list(words[k:])
        if 1 < k <= 3 and k < len(words) and 1 <= len(chain) <= 3 and all(_cap(w) and w.isalpha() for w in chain) and (
                chain[0] not in _FUNCTION_CAPS) and _looks_person(chain) and not _is_org_chain(chain):
            return _name_cand(chain, pos, words)
    poss = next((n for n, w in enumerate(words) if _POSSESSIVE_RE.search(w)), -1)
    if 1 <= poss < len(words) - 1 and len(words) - poss <= 3 and words[-1] in _OWNED_BODIES and all(
            w.rstrip(".") in lex.TITLE_WORDS for w in words[:poss]) and all(w.islower() for w in words[poss + 1:]):
        return _classify(words[poss:], pos)  # session 25: "President Trump's campaign said", "Sen. Hatch's office"
    if 2 <= poss < len(words) - 1 and len(words) - poss <= 3 and words[-1] in _OWNED_BODIES and all(
            w.islower() for w in words[poss + 1:]):
        # session 20: "Presidential candidate Marco Rubio's campaign said", "Rival Hillary Clinton's campaign says":
        # a descriptor before the owner's name
        k = poss
        while k - 1 >= 0 and _cap(words[k - 1]) and words[k - 1] not in _FUNCTION_CAPS and (
                words[k - 1].lower() not in lex.TITLE_LOWER) and words[k - 1] not in {"Rival", "Presidential"}:
            k -= 1
        if 0 < k < poss and _looks_person([_POSSESSIVE_RE.sub("", w) for w in words[k:poss + 1]]) and not any(
                w in {"for", "to"} for w in words[:k]):  # session 25: "An attorney for George Floyd’s family"
            return _classify(words[k:], pos)
    if len(words) >= 3 and words[0] in _JURISDICTIONS and all(_cap(w) for w in words[1:]):
        inner = _classify(words[1:], pos)  # session 16: "state Sen. Tom Hart said", "county Executive Ann Lee"
        if inner is not None and inner.kind == "person":
            return inner
    if len(words) == 2 and words[0].lower() == "the" and words[1][0].isupper() and words[1].lower() in \
            _ANAPHORIC_TITLES:
        return _Cand(pos, "_person:the " + words[1].lower(), "pron")  # round 16: "the Mayor said" (a title)
    if 3 <= len(words) <= 10 and words[0].lower() in {"one", "some", "many", "two", "three", "several", "most"} \
            and words[1] == "of" and words[-1].islower() and words[-1] in lex.SPEAKER_NOUNS:
        inner = _classify(words[2:], pos)  # round 18: "one of the world's leading credit rating agencies says"
        if inner is not None and inner.kind == "desc":
            return _Cand(pos, " ".join([words[0].lower(), "of", inner.text]), "desc")
    if 3 <= len(words) <= 12 and any(w in {"and", "but"} for w in words[1:-1]) and any(
            w in _BAD_IN_NP and w not in {"his", "her", "their", "its"} for w in words):
        cut = max(n for n, w in enumerate(words[:-1]) if w in {"and", "but"})
        if not any(w in _BAD_IN_NP for w in words[cut + 1:]) and len(words) - cut - 1 <= 4:
            return _classify(words[cut + 1:], pos)  # round 18: "… trade deficit and analysts said"
    for n in range(1, min(5, len(words) - 1)):
        if words[n] == "the" and words[n - 1] in lex.SPEAKER_NOUNS and all(w.islower() for w in words[:n]) \
                and all(_cap(w) for w in words[n + 1:]):
            return _classify(words[n + 1:], pos)  # round 18: "business lobby group the CBI says"
    if len(words) >= 2 and words[0] in _MEDIUM_NOUNS and _cap(words[1]):
        return _classify(words[1:], pos)  # round 18: "In a written statement Jovanovich said"
    fronted = _fronted_name(words)
    if fronted:  # round 15: "During his own trial Porter told jurors"
        return _name_cand(fronted, pos, words)
    if len(words) > 1 and (words[0] in _PREP_LEAD or words[-1] in _PREP_LEAD or words[-1] in {
            "of", "for", "to", "the", "a", "an"}):  # round 18: nor one ending in an article ("as an underwriter for")
        return None  # "… or from news reports": a prepositional phrase is no subject (round 13: nor one cut
        # before its object: "rattled critics of the government by")
    if 3 <= len(words) <= 8 and words[0] in {"Those", "those"} and words[1] in _THOSE_MODS and not any(
            w in _BAD_IN_NP and w not in {"his", "her", "their", "its"} for w in words[2:]):
        # round 9: "Those close to the president-elect say", "those familiar with the talks said": a described
        # group (before, "those" blocked the phrase, so the last noun or nothing was reported)
        return _Cand(pos, " ".join(["those"] + list(words[1:])), "desc")
    if len(words) >= 3 and words[1] == "at" and words[0].isalpha() and _cap(words[0]) and words[0] not in \
            _FUNCTION_CAPS and words[0] not in lex.ORG_WORDS and words[0].lower() not in lex.SPEAKER_NOUNS and (
                words[0].lower() not in lex.TITLE_LOWER) and _cap(words[2]) and all(
                _cap(w) or w in {"of", "for", "and", "the"} for w in words[2:]):
        return _Cand(pos, words[0], "person")  # session 13: "Wilkins at Michigan State University said"
    for m in range(2, min(5, len(words) - 1)):
        if words[m] in {"of", "at", "from", "with"}:  # "Wray Grimaldi of the University of Otago"
            # round 10: name particles count as name words ("Joost van Hoof of the … University")
            if all(_cap(w) or 0 < n < m - 1 and w in _NAME_LINKS and w not in {"and", "&", "of"}
                   for n, w in enumerate(words[:m])) and (words[m + 1][:1].islower() or (
                    # round 17: "Laura Brownlees of Save the Children said": a capitalised organisation after "of"
                    m == 2 and (words[0] in lex.MALE_FIRST | lex.FEMALE_FIRST or words[0].rstrip(".") in {
                        "Mr", "Mrs", "Ms", "Dr", "Miss"}))):  # session 21: "Mr Hirsch from Retail Banking Research"
                lname = _strip_title(words[:m])[0]
                if (len(lname) >= 2 or len(lname) == 1 < m) and not _is_org_chain(words[:m]) and _looks_person(lname):
                    return _name_cand(words[:m], pos, words)  # session 14: also "Mr. Morgan of the Sierra Club"
            break
    org_words = words[1:] if words[0] in {"The", "the"} else words
    while org_words and org_words[0][:1].islower() and org_words[0].replace("-", "").isalpha() and len(
            org_words) > 3 and words[0] in {"The", "the"} and org_words[0] not in lex.SPEAKER_NOUNS and (
                org_words[0] not in lex.TITLE_LOWER and org_words[0] not in _NOT_DESCRIPTOR):
        org_words = org_words[1:]  # "The nonpartisan Commission on Presidential Debates"
    if len(org_words) >= 3 and "on" in org_words[1:-1] and _cap(org_words[0]) and _cap(org_words[-1]) and all(
            _cap(w) or w in {"on", "of", "for", "and", "the"} for w in org_words) and _is_org_chain(org_words) and (
                org_words[0] not in _FUNCTION_CAPS):
        return _Cand(pos, " ".join(org_words), "org")  # session 14: "The Commission on Presidential Debates says"
    first = words[0].lower()
    if words[0][0].isupper() and (first in lex.SPEAKER_NOUNS or first in _DETERMINERS or first in
                                  _QUANTIFIERS) and first not in {"government", "union"} and not (
            # round 9: "Senior Executives Association President Bill Valdez", "Senior Judge Ann Lee": before a
            # capital, Senior/Top is part of a title or a name, not the determiner of a description
            first in {"senior", "top"} and len(words) > 1 and _cap(words[1])) and not (
            # round 10: "General Motors Corp said": a capitalised chain ending in a company suffix is one name
            len(words) > 2 and all(_cap(w) for w in words) and words[-1].rstrip(".") in _ORG_SUFFIX):
        words = [first] + words[1:]
    low = [w.lower() for w in words]
    if len(words) >= 3 and words[0] in _PARTY_LABELS and words[1] in {"of", "from"}:
        return None  # session 13: "Senator Laura Kim, Democrat of Oregon, who …": an appositive, not a name
    if low[0] in {"nobody", "none", "neither"} or low[0] == "no" and len(words) > 1 and words[1].isalpha() and (
            words[1].islower()):
        return None  # session 13: "Nobody said …", "No one from the company responded", "Neither side said"
    if len(low) == 2 and low[0] in {"his", "her"} and low[1] in _OWNED_BODIES:
        return _Cand(pos, " ".join(low), "pron", "m" if low[0] == "his" else "f")  # "his office said"
    if low[0] in {"my", "our"} and len(low) == 2 and (low[1] in _KIN_FEMALE or low[1] in _KIN_MALE):
        return _Cand(pos, " ".join(low), "desc", "f" if low[1] in _KIN_FEMALE else "m")  # session 14: "my father
        # often said" (an opinion writer's relative is a described speaker)
    if low[0] in {"your", "my", "our"}:
        return None
    if len(words) == 1 and low[0] in _QUANTIFIERS:
        return _Cand(pos, low[0], "desc")
    if 3 <= len(words) <= 7 and low[0] in _QUANTIFIERS - {"both"} and low[1] in {"in", "within", "inside", "at"} and (
            low[2] in _DETERMINERS or _POSSESSIVE_RE.search(words[2]) or _cap(words[2])) and not any(
                w in _BAD_IN_NP or w in _VERB_FORM or w in _RELATIVES for w in low[2:]):
        return _Cand(pos, " ".join([low[0], *words[1:]]), "desc")  # session 24: "many in the party say"
    if len(words) == 2 and low[0] == "the" and _AGE_DESC_RE.match(" ".join(low)):
        return _Cand(pos, " ".join(low), "desc")  # round 15: "said the 32-year-old"
    if len(words) == 1 and (low[0] in _PRONOUNS or low[0] == "one"):
        return _Cand(pos, low[0], "pron")
    if len(words) > 14:
        return None
    if low[0] == "the" and 2 <= len(low) - (1 if len(low) > 2 and "-based" in low[1] else 0) <= 4 and _company_head(
            low[-1]) and words[-1].islower() and all(
            w[0].islower() or w.endswith(_DEMONYM_END) and w.isalpha() for w in _BASED_RE.sub(
                "", " ".join(words[1:-1]) + " x").split()[:-1]):  # session 24: "the Detroit-based company"
        return _Cand(pos, " ".join(low[:1] + words[1:]), "org")  # session 13: "the software maker", "the German
        # carmaker", "the tech giant": the company an article is about, named again
    if len(low) == 2 and low[0] == "the" and low[1] in {"defense", "defence", "prosecution"}:
        return _Cand(pos, " ".join(low), "desc")  # session 17: "The defense argued that …" (a side in court)
    # the first lower-case head noun
    head = -1
    for k, w in enumerate(low):
        if words[k][0].islower() and (w in lex.SPEAKER_NOUNS or w in lex.NON_SPEAKER_HEADS
                                      or w in lex.OUTLET_HEADS or w in lex.TITLE_LOWER or _elect(w)):
            head = k
            break
    if head >= 0 and (m_ := next((n for n in range(head + 1, len(low) - 1) if _POSSESSIVE_RE.search(low[n]) and (
            words[n][0].islower() and low[n + 1] in lex.SPEAKER_NOUNS and words[n + 1][0].islower())), -1)) > 0 and all(
                words[n][0].islower() and low[n] not in _COMPOUND_STOP for n in range(head, m_)):
        head = m_ + 1  # session 24: "the Manhattan district attorney’s office": the office, not the district
    if head < 0 and len(low) >= 2 and low[0] in {"a", "an", "one", "another"} and words[-1].islower() and \
            _occupation_word(low[-1]) \
            and low[-1].endswith(("ist", "ologist", "ographer", "ician", "eer", "sman", "swoman")):
        head = len(low) - 1  # round 18: "A government seismologist said", "the statistician added"
    if head >= 0 and low[head] in lex.NON_SPEAKER_HEADS and head < len(low) - 1 and low[-1] in lex.SPEAKER_NOUNS \
            and words[-1][0].islower():
        head = len(low) - 1  # "law enforcement officials", "U.S. law enforcement and security officials"
    elif head >= 0 and low[head] in lex.NON_SPEAKER_HEADS and (j := next((
            n for n in range(head + 1, min(len(low) - 1, head + 4)) if low[n] in lex.SPEAKER_NOUNS and words[n][
                0].islower() and low[n + 1] in _POSTMOD | {"familiar", "knowledgeable", "briefed", "present"}),
            -1)) > 0 and all(words[n][0].islower() and low[n] not in _COMPOUND_STOP and low[n] not in _VERB_FORM
                             for n in range(head, j)):
        head = j  # session 24: "a law enforcement official familiar with the matter", "police union officials at …"
    elif 0 <= head < len(low) - 2 and low[head] in lex.TITLE_LOWER and low[head + 1] not in lex.SPEAKER_NOUNS \
            and low[-1] in lex.SPEAKER_NOUNS and words[-1][0].islower() and len(low) - head <= 5 and not any(
                w in _COMPOUND_STOP or w in _VERB_FORM or w.endswith(("ing", "ed")) or _POSSESSIVE_RE.search(w)
                for w in low[head + 1:-1]):
        # round 9: "a senior law enforcement official", "a senior Trump administration official", "a top State
        # Department official": "senior"/"top"/"chief" modify a compound whose last noun is the head
        head = len(low) - 1
    doc = next((n for n, w in enumerate(low) if w in _ISSUED_DOCS and words[n][0].islower()), -1)
    if 0 <= doc and (head < 0 or doc <= head):
        # session 15: a statement speaks for whoever issued it ("A statement from Acme said", "Acme's statement
        # said", "the company's statement said", "Hart's letter to employees said")
        owner: list[str] = []
        if doc + 2 < len(low) and low[doc + 1] == "from":
            owner = list(words[doc + 2:])
        elif doc >= 1 and _POSSESSIVE_RE.search(words[doc - 1]) and not any(
                w in _BAD_IN_NP or w in _VERB_FORM for w in low[:doc]):
            owner = [w for w in words[:doc - 1] if w.lower() not in {"a", "an"}] + [
                _POSSESSIVE_RE.sub("", words[doc - 1])]
        if owner and owner[-1] and not (len(owner) == 1 and owner[0].lower() in _PRONOUNS | {"his", "her", "their"}):
            oc = _classify(owner, pos)
            if oc is not None and oc.kind in {"person", "org", "desc"}:
                return oc
        elif not owner and doc == 1 and low[0] in {"a", "an", "one", "another"}:
            return None  # session 25: "A letter sent to Collins' office warned …": a document with no sender
    # trailing capitalised chain: the name ("press secretary Kingsley Wilson", "brokers X and Co Ltd")
    k = len(words) - 1
    while k >= 0 and (_cap(words[k]) or words[k] in _NAME_LINKS or words[k] in {"for", "to"} and 1 <= k < len(
            words) - 1 and _cap(words[k + 1]) and words[k - 1].rstrip(".") in lex.ORG_WORDS):
        k -= 1  # round 13: "for" inside an organisation name ("Center for American Progress"); session 16: "to"
    tail = words[k + 1:]
    while tail and not _cap(tail[0]):
        tail = tail[1:]
    if len(tail) >= 3 and k >= 1 and (low[k] in {"to", "of", "for"} or low[k] == "the" and low[k - 1] in {
            "to", "of", "for"}) and _ROLE_PREP_RE.search(" ".join(low[:k + 1]) + " ") and not (
                low[k] in {"to", "for"} and low[k - 1] in _AIDE_NOUNS):  # session 24: "a spokesperson for Mayor X"
        split = _place_then_name(tail)
        if split:  # "Ambassador to the European Union Gordon Sondland" -> Gordon Sondland
            return _name_cand(tail[split:], pos, words)
    lead_det = low[0] in _DETERMINERS and low[0] != "the"
    if low[0] in {"a", "an"} and 1 <= k <= 2 and len(tail) == len(words) - k - 1 and 1 <= len(tail) <= 3 and all(
            w.isalpha() and w.islower() and w not in lex.SPEAKER_NOUNS and w not in lex.TITLE_LOWER and w not in
            _BAD_IN_NP and w not in _PREP_LEAD and w not in {"of", "for", "to", "about", "post", "report", "letter",
                                                             "statement", "tweet", "video"}
            and not _occupation_word(w) for w in words[1:k + 1]) and _looks_person(tail):
        c = _name_cand(tail, pos, words)  # round 17: "a tearful Claxton told", "A furious Kerry then told"
        if c is not None and c.kind == "person":
            return c
    if tail and 0 <= k < len(low) - 1 and low[k + 1] == "of" and low[k].endswith("s") and low[k] in lex.SPEAKER_NOUNS:
        tail = []  # "Republican members of Congress": the plural noun is the head, not a title
    if tail and (k < 0 or low[k] == "the" and k == 0 or words[k][0].isdigit()
                 or ((not lead_det or len(tail) >= 2 and _looks_person(tail))
                     and (low[k] in lex.TITLE_LOWER or low[k] in lex.SPEAKER_NOUNS
                                       or _occupation_word(low[k]) and _looks_person(tail)
                                       or low[k] in _ORG_DESCRIPTORS or low[k].endswith("maker"))
                     and low[k] not in lex.NON_SPEAKER_HEADS)):
        # "his defense minister Kim Yong-hyun, who said": a possessive pronoun before the title is no obstacle
        own = 1 if k >= 1 and low[0] in {"his", "her", "their", "its"} else 0
        if any((w in _BAD_IN_NP and words[n][0].islower()) or (w in _VERB_FORM and w not in lex.SPEAKER_NOUNS)
               for n, w in enumerate(low[own: k + 1], own)):
            return None
        if not any(low[j] in _AIDE_NOUNS and low[j + 1] in {"to", "for"} for j in range(own, k)):
            return _name_cand(tail, pos, words)
        # session 22: "an aide to USDA undersecretary Daniel Amstutz": the aide speaks, as a description
    titled = _titled_name(words, pos) if tail and len(tail) == len(words) - k - 1 else None
    if titled is not None:
        return titled
    if tail and head < 0 and _party_member(low, words, k, tail):
        # round 10: "a Michigan Republican said", "another commonwealth Democrat"; session 6: "Some Democrats
        # said", "a few House Republicans": a party member or group described by place is an anonymous speaker,
        # kept as written (before, the capitalised tail was read as a failed name)
        return _Cand(pos, " ".join(low[:k + 1] + list(tail)), "desc")
    if tail and head < 0:
        # session 11: an unknown descriptor before a full name ("presidential hopeful Donald Trump says")
        return _described_name(words, pos, lead_caps=True) if len(tail) == len(words) - k - 1 else None
    if head < 0:
        if _plural_group(low, words):  # session 6: "Some superdelegates said", "Two attendees told"
            return _Cand(pos, " ".join(low), "desc")
        if 1 <= len(words) <= 3 and _plural_occupation(low[-1]) and all(
                w.isalpha() and w.islower() for w in words[1:]) and low[0].isalpha() and low[0] not in _BAD_IN_NP and (
                    len(words) == 1 or words[0].islower()):
            # session 22: "oil palm growers told Reuters", "exporters said": people named by what they do
            return _Cand(pos, " ".join(low), "desc")
        return None
    head_word = low[head]
    before, after = low[:head], low[head + 1:]
    if after and after[0] == "and" and 2 <= len(after) <= 4 and after[-1] in lex.SPEAKER_NOUNS and all(
            w[0].islower() for w in words[head + 1:]):
        return _Cand(pos, " ".join([low[0]] + list(words[1:])) if words[0][0].isupper() and low[0] in
                     lex.SPEAKER_NOUNS else " ".join(words), "desc")
    # "sources close to X", "a spokesman for X": the head may be followed by a post-modifier
    while after and (after[0] in lex.SPEAKER_NOUNS or len(after) == 1 and (
            _occupation_word(after[0]) or after[0] in {"chief", "chiefs"})) and \
            words[head + 1][0].islower():  # round 18: "A government seismologist said"; session 24: "the police chief"
        head += 1  # "securities house managers", "company spokesman"
        head_word = low[head]
        before, after = low[:head], low[head + 1:]
    if len(after) == 2 and after[1] in lex.SPEAKER_NOUNS and after[0] not in _TITLE_PARTS and after[
            0].isalpha() and all(w[0].islower() for w in words[head + 1:]) and after[0] not in _POSTMOD and (
                after[0] not in _BAD_IN_NP):
        head += 2  # session 22: "a commission house analyst said" (a speaker noun, a noun, the head)
        head_word = low[head]
        before, after = low[:head], []
    if after and after[0] == "and" and 2 <= len(after) <= 4 and after[-1] in lex.SPEAKER_NOUNS and all(
            w[0].islower() for w in words[head + 1:]) and head_word.endswith("s"):
        return _Cand(pos, " ".join(words), "desc")  # round 18: "union officials and employers said"
    if after and after[0] == "and" and head_word.endswith("s") and len(after) <= 10:
        # session 19: "Teachers and administrators in rural districts say", "Developers and supporters in Congress
        # say": two plural heads sharing one post-modifier
        m = next((n for n in range(1, min(len(after), 4)) if after[n] in lex.SPEAKER_NOUNS), -1)
        if m > 0 and after[m].endswith("s") and m + 1 < len(after) and after[m + 1] in _POSTMOD and all(
                w[0].islower() for w in words[head + 1:head + m + 2]) and not any(w in _BAD_IN_NP for w in after):
            return _Cand(pos, " ".join([low[0]] + list(words[1:])) if words[0][0].isupper() and low[0] in
                         lex.SPEAKER_NOUNS else " ".join(words), "desc")
    if any(w in _PREP_LEAD for w in before[1:]):
        return None  # round 13: "the interest from the press revealed": the head is the noun before the preposition
    # round 15: "his chief of staff Denis McDonough said": a possessive pronoun before the title of a named
    # person is no obstacle (as in the title path above)
    own = 1 if before and before[0] in {"his", "her", "their", "its"} and len(tail) >= 2 and _looks_person(
        tail) else 0
    if len(before) > 5 or any(w in _BAD_IN_NP or (w in _VERB_FORM and w not in lex.SPEAKER_NOUNS
                                                   and _VERB_FORM[w] != w) for w in before[own:]):
        return None
    if after and (after[0] not in _POSTMOD and not (  # "a group representing rural counties in California"
            after[0].endswith("ing") and after[0] not in _VERB_FORM and len(after) <= 6 and len(after[0]) > 5)
                  and not (  # session 20: "voters interviewed at the rally", "residents contacted by phone"
            after[0] in _SOURCE_PARTICIPLES and (len(after) == 1 or after[1] in _PARTICIPLE_PREPS) and len(after) <= 6)
                  and not (  # session 24: "one official present at the meeting"
            after[0] == "present" and (len(after) == 1 or after[1] in {"at", "in", "during", "for"}) and len(
                after) <= 6)
                  or len(after) > 9 or any(w in _BAD_IN_NP and not (  # session 20: "sources close to her campaign"
                      w in {"his", "her", "their"} and after[0] in {"close", "familiar", "loyal", "to", "in", "of",
                                                                    "on", "at", "from"}) for w in after)):
        return None
    if tail and len(tail) >= 2 and not lead_det and low[0] != "the" and _looks_person(tail) and (
            k < 0 or low[k] not in _POSTMOD):  # not "Economists at Goldman Sachs"
        return _name_cand(tail, pos, words)  # "Liberal Democrat spokeswoman for women Sandra Gidley"
    if head_word in lex.NON_SPEAKER_HEADS and head_word not in lex.SPEAKER_NOUNS:
        prev = [w for w in words[:head] if _cap(w)]
        if head_word in {"statement", "statements"} and prev and not _is_outlet_name(prev):
            return _name_cand(prev, pos, words)  # "A Fisons statement said" -> Fisons
        if prev and _is_outlet_name(prev, head_word):
            return _Cand(pos, " ".join(prev), "outlet")
        if head_word in lex.OUTLET_HEADS and head > 0:
            return _Cand(pos, " ".join(words[:head]), "outlet")
        return _Cand(pos, " ".join(words), "non")
    text = " ".join(words)
    if words[0][0].isupper() and (low[0] in _DETERMINERS or words[0] in _FUNCTION_CAPS
                                  or low[0] in lex.SPEAKER_NOUNS or low[0] in lex.TITLE_LOWER):
        text = low[0] + text[len(words[0]):]
    if head_word in {"newspaper", "paper", "tabloid", "broadcaster", "magazine"} or (
            head_word in {"agency", "organization", "organisation", "outlet", "outlets", "network", "service"}
            and "news" in before):
        return _Cand(pos, text, "outlet")
    if low[0] == "the" and head == 1 and head_word in lex.ORG_ANAPHORS:
        return _Cand(pos, text, "org")
    if low[0] == "the" and head == 1 and head_word in {"administration", "police", "military", "army",
                                                       "opposition"}:
        return _Cand(pos, words[1], "org")
    gender = "m" if head_word in {"spokesman", "chairman"} else "f" if head_word == "spokeswoman" else ""
    if low[0] == "the" and not after and len(words) <= 4 and head_word.removesuffix("-elect") in _ANAPHORIC_TITLES:
        return _Cand(pos, "_person:" + " ".join(low), "pron")  # "the Pakistani president", "the chancellor"
    if low[0] == "the" and head <= 2 and after and after[0] == "of" and 2 <= len(after) <= 3 and head_word in {
            "secretary", "minister", "president", "chairman", "chairwoman", "director", "governor"} and all(
                w.isalpha() for w in after[1:]) and after[-1] not in {"the", "a", "an"}:
        # session 14: "the former secretary of state said" -> the person the article means, as "the secretary"
        return _Cand(pos, "_person:" + " ".join(low[:head + 1]), "pron")
    return _Cand(pos, text, "desc", gender)


#: lower-case level of government before a capitalised title ("state Sen.", "county Executive", "city Council
#: member"): in running text the title's chain starts after it
_JURISDICTIONS = frozenset("state county city federal district provincial regional tribal town village municipal "
                           "borough parish township".split())


#: heads of a description that re-names a company ("the software maker", "the tech giant"): ``_company_head``
_COMPANY_HEADS = frozenset("company firm giant retailer insurer lender conglomerate manufacturer producer supplier "
                           "startup start-up chain maker automaker carmaker drugmaker chipmaker".split())


def _company_head(word: str) -> bool:
    return word in _COMPANY_HEADS or word.endswith("maker") and len(word) > 5


_PARTY_PLURALS = frozenset("Democrats Republicans Independents Conservatives Tories Libertarians Socialists".split())
_GROUP_DETS = _QUANTIFIERS - {"others"} | frozenset(
    "two three four five six seven eight nine ten dozens hundreds thousands".split())
#: plural nouns that a quantifier turns into a subject of "suggest"/"indicate"/"show" but never a speaker
_NOT_GROUP_HEADS = frozenset("""things factors signs times days years months weeks hours ways reasons cases
    questions issues problems changes events details parts areas elements aspects items points words others seconds
    minutes decades centuries""".split())


def _group_det(low: Sequence[str]) -> int:
    """Length of a quantifier opening a group description ("some", "two", "a few"), else 0."""
    if len(low) >= 2 and low[0] == "a" and low[1] == "few":
        return 2
    return 1 if low and low[0] in _GROUP_DETS else 0


def _plural_group(low: Sequence[str], words: Sequence[str]) -> bool:
    """Quantifier + at most one lower-case modifier + a lower-case plural noun the lexicon does not know
    ("some superdelegates", "two attendees", "a few bystanders"): a described group of people."""
    n = _group_det(low)
    rest = low[n:]
    if not n or not 1 <= len(rest) <= 2 or any(not w[:1].islower() for w in words[n:]):
        return False
    head = rest[-1]
    return (head.endswith("s") and not head.endswith(("ss", "us", "is", "ics")) and len(head) > 4
            and head.replace("-", "").isalpha() and head not in _NOT_GROUP_HEADS
            and head not in lex.NON_SPEAKER_HEADS and head not in lex.OUTLET_HEADS
            and not any(w in _BAD_IN_NP or w in _VERB_FORM or w.endswith("ing") for w in rest))


def _elect(w: str) -> bool:
    """Round 14: "president-elect", "governor-elect": an incoming office holder is a title like the office."""
    return w.endswith("-elect") and (w[:-6] in lex.TITLE_LOWER or w[:-6] in _ANAPHORIC_TITLES)


_PARTY_MEMBERS = frozenset("Republican Democrat Independent Conservative Tory Libertarian Socialist".split())
_PARTY_DETS = frozenset({"a", "an", "one", "another", "each", "every"})


def _demonym_plural(word: str) -> bool:
    """Session 17: "Americans", "Israelis", "Tunisians": a capitalised plural of a demonym."""
    return len(word) > 5 and word.isalpha() and word.endswith("s") and word[:-1].endswith(_DEMONYM_END) and (
        word[:-1] not in lex.PLACES)


def _party_member(low: Sequence[str], words: Sequence[str], k: int, tail: Sequence[str]) -> bool:
    """A party member or group described by place or chamber, at most three capitalised words: ``a/an/one/another``
    + lower-case modifiers + a singular party noun ("an Iowa Republican", "another commonwealth Democrat", "a GOP
    Democrat"), or (session 6) a quantifier + a plural one ("Some Democrats", "several House Republicans")."""
    if len(tail) > 3 or any(_POSSESSIVE_RE.search(w) for w in tail):
        return False
    if low[0] in _PARTY_DETS and tail[-1] in _PARTY_MEMBERS:
        n = 1
        if _is_org_chain(tail[:-1]) and not all(w.isupper() for w in tail[:-1]) and not all(
                w in {"Senate", "House", "Congressional", "Assembly"} for w in tail[:-1]):
            return False  # (session 25: but "one Senate Democrat", "a House Republican")
    else:
        plural = tail[-1] in _PARTY_PLURALS or len(tail) == 1 and _demonym_plural(tail[0])
        n = _group_det(low) if plural else 0
        if not n and not (plural and k >= 0 and low[0] not in {"the", "a", "an"} and words[0].islower()):
            return False  # session 17: also "congressional Democrats", "other Republicans", "many Tunisians"
    return all(w.isalpha() and w.islower() and w not in _BAD_IN_NP and w not in _VERB_FORM
               for w in words[n:k + 1])


# Lower-case company descriptors before a name, cut like titles: "Book publishing giant Macmillan announced",
# "chipmaker Nvidia said", "fast-food chain Wendy's said"
_ORG_DESCRIPTORS = frozenset("giant giants startup start-up conglomerate chain titan behemoth upstart "
                             "subsidiary unit".split())
_OCCUPATION_SUFFIXES = ("ist", "ographer", "ologist", "author", "man", "woman", "er", "or", "ian", "ee",
                         "preneur", "ageur", "ateur")  # session 21: "entrepreneur Rong Yiren", "said one arbitrageur"
_NOT_OCCUPATION = frozenset(
    "after over under other either neither whether never ever however for or nor her their per "
    "later earlier together rather further former latter manner matter letter order power number "
    "member quarter center border water winter summer october november december september".split()
)


def _plural_occupation(w: str) -> bool:
    """Session 22: the plural of a job noun made from a verb ("growers", "exporters", "producers", "buyers")."""
    return len(w) > 6 and w.endswith("ers") and _occupation_word(w[:-1]) and w not in _NOT_PLURAL_OCCUPATIONS


_NOT_PLURAL_OCCUPATIONS = frozenset("""papers computers containers tankers towers chambers corners waters orders
    letters powers numbers others members matters quarters centers borders winters summers offers answers headquarters
    shares figures sources lawmakers""".split())


def _occupation_word(w: str) -> bool:
    """A lower-case job noun before a name ("geologist", "co-author", "defenseman", "reporter")."""
    return (len(w) > 3 and w.replace("-", "").isalpha() and w.endswith(_OCCUPATION_SUFFIXES)
            and w not in _NOT_OCCUPATION and w not in _VERB_FORM and w not in lex.NON_SPEAKER_HEADS)


_ANAPHORIC_TITLES = frozenset(
    "president chancellor minister secretary senator governor mayor premier chairman chairwoman "
    "coach manager captain skipper striker goalkeeper full-back midfielder defender actor actress "
    "singer rapper star director judge leader congressman congresswoman lawmaker general "
    "prosecutor ambassador envoy lady".split()
)


_NAME_LINKS = frozenset({"de", "van", "von", "bin", "al", "da", "di", "del", "der", "le", "la", "el", "e", "and", "&",
                         "of", "du", "dos", "den", "ter"})  # round 18: "Finance Minister Barend du Plessis said"


_GOV_BODIES = frozenset("Ministry Department Office Agency Bureau Commission Council Court Police Army Navy "
                        "Embassy Parliament Cabinet Senate Assembly Legislature Government Services "
                        "Administration Authority Directorate".split())
_PRESS_TITLES = frozenset("Insider Reporter Correspondent Editor Columnist Anchor Host Writer Contributor Analyst "
                          "Producer Critic".split())


#: session 20: a sentence-initial speech verb before the name it inverts ("Said Ellis: “…”")
_INVERTED_VERB_CAPS = frozenset({"Said", "Says", "Added", "Adds", "Wrote", "Writes"})


def _name_cand(tail: list[str], pos: int, words: Sequence[str], following: str = "") -> _Cand | None:
    chain = list(tail)
    if len(chain) >= 2 and chain[0] in _INVERTED_VERB_CAPS and chain[1] not in _FUNCTION_CAPS:
        chain = chain[1:]  # session 20: the inversion "Said Ellis: “…”" names Ellis
        pos += len(tail[0]) + 1
    if "of" in chain and 2 <= chain.index("of") <= 4:
        left = chain[: chain.index("of")]
        lname, _ = _strip_title(left)
        if len(lname) >= 2 and not _is_org_chain(left) and _looks_person(lname):
            chain = left
    # drop a possessive owner: "Entertainment Weekly's Dave Karger" -> "Dave Karger"
    for k in range(len(chain) - 1, -1, -1):
        if _POSSESSIVE_RE.search(chain[k]) and k < len(chain) - 1:
            rest = chain[k + 1:]
            if (k == 0 or k <= 2 and chain[0] in _PLACE_FIRST) and _is_org_chain(rest) and (
                    rest[-1] in _GOV_BODIES or rest[-1] in _PUBLIC_BODIES) \
                    and not _looks_person(_strip_title(rest)[0]) and chain[0] not in _FUNCTION_CAPS \
                    and not _is_outlet_name(chain[:1]):
                break  # "Iran's Foreign Ministry", "South Dakota's Department of Social Services"
            owner = _POSSESSIVE_RE.sub("", chain[k])
            plural_inside = k >= 1 and chain[k].endswith(("s’", "s'")) and rest[-1] in lex.ORG_WORDS and _cap(
                chain[k - 1])
            if k <= 2 and (owner in lex.TITLE_WORDS and rest[0] in _GOV_BODIES or k == 0 and len(rest) >= 2 and (
                    rest[-1].rstrip(".") in _ORG_SUFFIX) and rest[-1] not in {"and", "&"} or plural_inside) and (
                    chain[0] not in _FUNCTION_CAPS):
                # round 12: a title owning an office is part of its name ("the Governor's Office of Emergency
                # Services", "U.S. Attorney’s Office"); so is a possessive before a company name that ends in a
                # company suffix ("Moody’s Analytics Inc.") and a plural possessive inside a name ("British Bankers’
                # Association")
                break
            if k == 0 and all(w in lex.TITLE_WORDS for w in rest) and chain[0] not in _FUNCTION_CAPS:
                # "Salesforce's CEO marveled": the person with that role, if the article names one
                return _Cand(pos, "_role:" + " ".join(w.lower() for w in [_POSSESSIVE_RE.sub("", chain[0])] + rest),
                             "pron")
            chain = rest
            break
    while chain and chain[0] in _FUNCTION_CAPS and chain[0] not in lex.TITLE_WORDS and not (
            chain[0] in _GIVEN_MONTHS and (len(chain) == 1 or _month_in_name(chain, 0))):  # session 25: "May said"
        chain = chain[1:]
    while chain and chain[-1] in {"and", "of", "&"}:
        chain = chain[:-1]
    if not chain or not any(w[:1].isupper() or sum(ch.isalpha() for ch in w) >= 3 and w[:1].isdigit()
                            for w in chain):
        return None  # session 25: "October of 1986", "the 0.4% reported" leave no name (a "1010data" is one)
    if _POSSESSIVE_RE.search(chain[-1]):
        return None  # "Trump's" alone: the owner, not the speaker
    for k in range(1, len(chain) - 2):
        if (chain[k] in _PRESS_TITLES or _LINKED_TITLE_RE.match(chain[k]) or chain[k] in _CAP_ROLE_NOUNS and (
                _is_outlet_name(chain[:1]))) and 2 <= len(chain) - k - 1 <= 4 and \
                _looks_person(chain[k + 1:]):  # round 15: also "Reuters Editor-in-Chief Alessandra Galloni"
            # (session 19: and any role after an outlet, "AFP Global News Director Phil Chetwynd")
            chain = chain[k + 1:]  # "CBS Sports NFL Insider Jason La Canfora"
            break
    if _is_outlet_name(chain, following, bool(words) and words[0] in {"The", "the"} and len(chain) == 1):
        return _Cand(pos, " ".join(chain), "outlet")
    link = next((n for n in range(1, len(chain) - 1) if chain[n] in {"for", "to"}), 0)
    if link and chain[link - 1].rstrip(".") in lex.ORG_WORDS and all(_cap(w) for w in chain[link + 1:]):
        return _Cand(pos, " ".join(chain), "org")  # session 16: "the Roper Center for Public Opinion Research"
    if link and chain[link - 1] in _FOR_TITLES:
        # session 25: "Treasury Inspector General for Tax Administration J. Russell George": the person after the
        # title's domain starts at a known first name or an initial
        for n in range(link + 2, len(chain) - 1):
            if (chain[n] in lex.MALE_FIRST | lex.FEMALE_FIRST or _INITIAL_RE.fullmatch(chain[n])) and _looks_person(
                    chain[n:]):
                return _Cand(pos, " ".join(chain[n:]), "person", _gender_of(chain[n:]))
    name, gender = _strip_title(chain)
    if "of" in name and name.index("of") > 0 and (len(name) < len(chain) or name.index("of") == 1 and len(
            words) >= 4 and (words[0] in lex.TITLE_WORDS or words[0] in lex.TITLE_LOWER) and " ".join(
                name[2:]) in lex.PLACES and name[0] not in lex.ORG_WORDS):
        name = name[: name.index("of")]  # "President Musharraf of Pakistan"
    if name and len(name) < len(chain) and not _is_org_chain(name):
        return _Cand(pos, " ".join(name), "person", gender or _gender_of(name))
    if _is_org_chain(chain) or (len(chain) == 1 and words and words[0].lower() == "the"):
        return _Cand(pos, " ".join(chain), "org")
    if not name:
        return _Cand(pos, " ".join(chain), "org")
    if any(w in _DAYS_MONTHS and not _month_in_name(name, k) for k, w in enumerate(name)):
        return None
    return _Cand(pos, " ".join(name), "person", gender or _gender_of(name))


# --- subject search -----------------------------------------------------------------------------
_STOP_PUNCT = frozenset({",", ";", ":", "(", ")", "[", "]", '"', "—", "–", "-", "!", "?"})


_TO_ADJECTIVES = frozenset({"close", "closest", "closer", "loyal", "near", "opposed", "sympathetic",
                            # session 18: "an adviser to the president", "aides to both lawmakers said"
                            "adviser", "advisers", "advisor", "advisors", "aide", "aides", "spokesman",
                            "spokeswoman", "spokesperson", "counsel", "counselor", "consultant", "consultants",
                            "assistant", "assistants", "envoy", "liaison", "deputy", "deputies", "successor"})


_PERCEPTION_VERBS = frozenset("heard hear hears saw see sees watched watch watches let lets".split())


def _plain_np_word(tok: _Tok) -> bool:
    return tok.text.isalpha() and tok.text not in _FUNCTION_CAPS and tok.low not in _VERB_FORM and (
        tok.low not in _BOUNDARY_WORDS and tok.low not in lex.AUX_WORDS and tok.low not in _PRONOUNS
        and tok.low not in _RELATIVES)


def _and_in_topic(toks: Sequence[_Tok], k: int, end: int, lo: int) -> bool:
    """``and`` at ``k`` joins two objects of a topic preposition after a plural speaker noun ("experts on North
    Korea and nuclear nonproliferation", "analysts of trade and industry")."""
    if not all(_plain_np_word(tk) for tk in toks[k + 1:end + 1]):
        return False
    for m in range(k - 1, max(lo, k - 5), -1):
        if toks[m].low in {"on", "in", "of", "for"}:
            head = toks[m - 1]
            return m - 1 >= lo and m < k - 1 and head.low in lex.SPEAKER_NOUNS and head.low.endswith("s") and (
                head.text.islower() or head.text[0].isupper() and head.text[1:].islower()) and all(
                    _plain_np_word(tk) for tk in toks[m + 1:k])
        if not _plain_np_word(toks[m]):
            return False
    return False


def _np_back(toks: Sequence[_Tok], end: int, lo: int) -> int:
    """Start index of the noun phrase that ends at ``end`` (inclusive), scanning back to ``lo``."""
    k = end
    while k >= lo:
        t = toks[k]
        if t.text == '"' and lo + 2 <= k < end and toks[k - 1].text == '"' and toks[k + 1].text[0].islower() and (
                toks[k - 2].low in {"the", "a", "an"} or _POSSESSIVE_RE.search(toks[k - 2].text)):
            k -= 2  # the "Pose" actor: a quoted title modifies the noun
            continue
        if t.text in _STOP_PUNCT or t.low == "to" and k < end and toks[k + 1].text[0].islower() and not (
                toks[k + 1].low == "the" and k + 2 <= end and _cap(toks[k + 2].text)) and not (
                # round 9: "People close to the mayor say": "to" after "close" is a preposition of the phrase
                k - 1 >= lo and toks[k - 1].low in _TO_ADJECTIVES):
            break
        if t.low == "the" and k - 2 >= lo and toks[k - 2].low in {"a", "an"} and toks[k - 1].text.isalpha() and (
                toks[k - 1].text.islower()):
            k -= 1  # session 18: "…, a characterization the White House disputed": a noun, then a relative clause
            break
        if t.low in _PERCEPTION_VERBS and k < end and t.text.islower():
            break  # session 13: "Alvarez heard the governor say …": the subject of "say" is the governor
        if t.low in _BOUNDARY_WORDS or t.low in _RELATIVES:
            if t.low == "and" and lo < k < end and _cap(toks[k - 1].text) and (
                    _cap(toks[k + 1].text) and toks[k - 1].text not in _FUNCTION_CAPS):
                k -= 1  # "Samuel Montagu and Co", "Rolm and IBM customers"
                continue
            if t.low == "and" and lo < k < end and toks[end].low in lex.SPEAKER_NOUNS and toks[end].low.endswith(
                    "s") and all(tk.text[0].islower() for tk in toks[k + 1:end + 1]) and end - k <= 3 and (
                    toks[k - 1].text not in _STOP_PUNCT and toks[k - 1].low not in _VERB_FORM
                    and toks[k - 1].low not in _BOUNDARY_WORDS and not (  # session 22: not "was oversubscribed and"
                        toks[k - 1].low.endswith("ed") and toks[k - 1].text.islower())):
                k -= 1  # "Pilots and aviation experts said", "U.S. law enforcement and security officials"
                continue
            if t.low == "and" and lo < k < end and toks[k + 1].low in {"current", "now"} and any(
                    toks[m].low == "the" for m in range(max(lo, k - 7), k)):
                k -= 1  # session 14: "the former secretary of state and current Democratic nominee": one person
                continue
            if t.low == "and" and lo < k < end and end - k <= 3 and _and_in_topic(toks, k, end, lo):
                k -= 1  # session 14: "Experts on North Korea and nuclear nonproliferation said"
                continue
            if t.low == "and" and k - 1 >= lo and _cap(toks[k - 1].text) and k < end:
                j = k - 1
                while j - 1 >= lo and _cap(toks[j - 1].text) and toks[j - 1].text not in _FUNCTION_CAPS:
                    j -= 1
                if j == lo or toks[j - 1].text in _STOP_PUNCT or toks[j - 1].low in _BOUNDARY_WORDS:
                    k = j - 1  # "Government and industry sources"
                    continue
            break
        if t.low in _VERB_FORM and t.low not in {"report", "reports", "claim", "claims", "post",
                                                   "comment", "comments", "remarks", "statement"}:
            if t.low == "briefed" and k - 1 >= lo and toks[k - 1].low in lex.SPEAKER_NOUNS:
                k -= 1  # "two people briefed on the talks said"
                continue
            if t.low in {"alleged", "purported", "reported"} and k < end and k - 1 >= lo and toks[k - 1].low in {
                    "the", "an", "a", "his", "her", "their", "its"}:
                k -= 1  # session 22: "Lawyers for the alleged spammers said": an adjective after the article
                continue
            if t.low in _SOURCE_PARTICIPLES and k - 1 >= lo and toks[k - 1].low in lex.SPEAKER_NOUNS and (
                    k == end or toks[k + 1].low in _PARTICIPLE_PREPS):
                k -= 1  # session 20: "voters interviewed at the rally said", "residents contacted by phone said"
                continue
            if t.low in _NOUNISH and k - 1 >= lo and (
                    toks[k - 1].low in _DETS_POSS or _POSSESSIVE_RE.search(toks[k - 1].text) or (
                        toks[k - 1].text[0].islower() and toks[k - 1].low not in _VERB_FORM
                        and toks[k - 1].low not in _BOUNDARY_WORDS and toks[k - 1].low not in _PRONOUNS
                        and toks[k - 1].low not in lex.AUX_WORDS and toks[k - 1].low not in _RELATIVES)):
                k -= 1  # "… briefed on last weekend's trade phone call said"
                continue
            break
        k -= 1
    return k + 1


#: session 20: a participle that modifies a speaker noun ("voters interviewed at the rally", "economists polled by
#: Reuters"), and the words that may follow it
_SOURCE_PARTICIPLES = frozenset("polled interviewed contacted queried surveyed reached quoted consulted questioned "
                                "approached canvassed led".split())
_PARTICIPLE_PREPS = frozenset("by at in on during after outside near last this over from via earlier".split())
#: session 20: first words of a title that starts a second titled name after "and" ("Cruz and Sen. John Cornyn",
#: "Obama and Secretary of State John Kerry"; not "Minerals and Energy Minister John Kaputin")
_COORD_TITLES = frozenset("Sen Sens Senator Rep Reps Representative Gov Governor Secretary Minister President Vice "
                          "Speaker Senate House Chief Director Gen General Judge Justice Mayor Dr Mr Mrs Ms Prime "
                          "Deputy Ambassador Attorney Adm Admiral Col Lt Sgt Commissioner Chairman Chairwoman "
                          "Councilman Councilwoman Sheriff Lord Lady Sir Prof Professor Pope Rabbi Rev King Queen "
                          "Prince Princess".split())
#: session 20: words of a department's name before "and" in a title ("Trade and Industry Secretary Patricia Hewitt")
_DEPARTMENT_WORDS = frozenset("Trade Health Industry Energy Commerce Justice Defense Defence Transportation Transport "
                              "Education Housing Labor Labour Agriculture Interior State Veterans Homeland Culture "
                              "Environment Science Technology Finance Treasury Security Welfare Employment Works "
                              "Development Foreign Home Urban Rural Social Human Services Affairs".split())
_PARTY_WORDS = frozenset("GOP Republican Democratic Democrat Conservative Labour Tory Liberal".split())


def _name_and_titled_name(left: str, right: list[str]) -> bool:
    """Session 12: "Cruz and Sen. John Cornyn said", "Cruz and John Cornyn said": a lone capitalised name, then a
    person's name (with a title or a known given name). Session 20: also when the title makes the chain look like an
    organisation ("Cruz and Senate Majority Leader Mitch McConnell", "Obama and Secretary of State John Kerry",
    "Cruz and former Texas Gov. Rick Perry"), but not a ministry with "and" in its name ("Trade and Industry
    Secretary Patricia Hewitt", "Minerals and Energy Minister John Kaputin") or a title ("Chairman and Chief
    Executive Officer Anthony O'Reilly")."""
    former = 1 if right and right[0] in {"former", "then", "ex"} else 0
    body = right[former:]
    if not (2 <= len(body) <= 5 and _cap(left) and left.isalpha() and not left.isupper()) or (
            left in _FUNCTION_CAPS or left in _PARTY_WORDS or left in _DEPARTMENT_WORDS
            or left.lower() in lex.TITLE_LOWER):
        return False
    if not all(_cap(w) or w == "of" and 0 < n < 3 for n, w in enumerate(body)):
        return False
    name, gender = _strip_title(body)
    titled = len(name) < len(body) and (former == 1 or body[0].rstrip(".") in _COORD_TITLES)
    if not titled and (_is_org_chain([left, "and"] + right) or _is_org_chain(body) or not _looks_person(body)):
        return False
    return _looks_person(name) and bool(gender or titled or name[0] in lex.MALE_FIRST | lex.FEMALE_FIRST)


def _split_and(words: list[str]) -> list[list[str]]:
    """Split "Norwegian academics Arild Moe and Helge Ole Bergesen" into two name phrases."""
    if "and" not in words:
        return [words]
    i = len(words) - 1 - words[::-1].index("and")
    left, right = words[:i], words[i + 1:]
    if len(left) == 1 and 2 <= len(right) <= 4 and _coord_modifier(left[0]) and _coord_modifier(right[0]) and (
            right[-1] in lex.SPEAKER_NOUNS and right[-1].endswith("s") and right[-1].islower()):
        return [words]  # session 16: "Democratic and Republican lawmakers", "Federal and state officials": one group
    if left and right and right[0].lower() in {"his", "her", "their", "its"} and _cap(left[-1]):
        if 2 <= len(right) <= 4 and all(w.islower() and w.isalpha() for w in right[1:]) and (
                right[-1] in lex.SPEAKER_NOUNS and right[-1].endswith("s") or right[-1] in _KIN_MALE or right[
                    -1] in _KIN_FEMALE):
            # session 20: "Cosby and his lawyers have denied", "RT and its defenders say": two speakers
            owner = left if right[0].lower() == "its" else left[-1:]
            return [left, owner[:-1] + [owner[-1] + "'s"] + right[1:]]
        # session 20: "Trump and his running mate have said", "Paganini and his team wrote": the name, still with a
        # plural verb (the empty second phrase names nobody)
        return [left, []]
    if 1 <= len(left) <= 4 and 2 <= len(right) <= 5 and _looks_person(left) and right[-1] in lex.SPEAKER_NOUNS and \
            right[-1].endswith("s") and all(w[0].islower() or w.isupper() for w in right[1:]) and (
                right[0][0].islower() or right[0] in _PARTY_WORDS) and left[0].lower() not in lex.SPEAKER_NOUNS:
        return [left, right]  # "Holcomb and GOP legislative leaders touted"
    if 2 <= len(left) <= 6 and 3 <= len(right) <= 5 and right[0].lower() in {"a", "an", "another"} and \
            right[-1].lower() in lex.SPEAKER_NOUNS and not right[-1].endswith("s") and all(
                w[0].islower() for w in right[1:]) and _cap(left[-1]) and _cap(left[-2]) and _looks_person(
                _strip_title(left)[0]):
        return [left, right]  # round 10: "Retired Army Maj. Mike Lyons and a current military analyst told"
    if 1 <= len(left) <= 4 and 2 <= len(right) <= 5 and right[0].lower() == "the" and all(
            _cap(w) for w in right[1:]) and all(_cap(w) for w in left) and left[0] not in _FUNCTION_CAPS:
        return [left, right]  # round 17: "Obama and the White House have argued"
    if len(left) == len(right) == 1 and _cap(left[0]) and _cap(right[0]) and left[0] not in _FUNCTION_CAPS and \
            left[0] != right[0] and \
            not _is_org_chain(left + ["and"] + right) and right[0] not in _ORG_SUFFIX and left[0].isalpha() and \
            right[0].isalpha() and not left[0].isupper() and not right[0].isupper():
        return [left, right]  # round 17: "Obama and Biden have argued"
    if len(left) == 1 and _name_and_titled_name(left[0], right):
        return [left, right]
    lname, rname = _strip_title(left)[0], _strip_title(right)[0]
    if 2 <= len(lname) < len(left) and 2 <= len(rname) < len(right) and _looks_person(lname) and _looks_person(
            rname) and all(_cap(w) for w in lname + rname) and left[0] not in _FUNCTION_CAPS and any(
                w.rstrip(".") in _COORD_TITLES for w in right[:len(right) - len(rname)]):
        return [left, right]  # session 20: "House Speaker Paul Ryan and Senate Majority Leader Mitch McConnell"
    if (len(right) >= 2 and len(left) >= 2 and all(_cap(w) for w in right) and _cap(left[-1])
            and _cap(left[-2]) and not _is_org_chain(right) and not _is_org_chain(left[-2:])
            and left[-1] not in _ORG_SUFFIX and left[-1] not in _DEPARTMENT_WORDS):
        return [left, right]
    if "of" in left[2:] and "of" in right[2:]:
        # session 14: "Charles Grassley of Iowa and Patrick Leahy of Vermont say": two people, each with a place
        lp, rp = left[:left.index("of", 2)], right[:right.index("of", 2)]
        if all(_cap(w) for w in lp + rp) and _looks_person(lp) and _looks_person(rp) and (
                not _is_org_chain(lp) and not _is_org_chain(rp)):
            return [lp, rp]
    return [words]


#: capitalised adjectives that are coordinated before one plural noun ("Democratic and Republican lawmakers")
_COORD_MODIFIERS = frozenset("""local national foreign military civilian senior former current western eastern
    european american russian ukrainian chinese british french german israeli palestinian arab muslim christian
    jewish black white hispanic latino asian international domestic public private""".split())


def _coord_modifier(word: str) -> bool:
    """Session 16: a modifier that can be coordinated before one plural noun (party, level of government,
    nationality, "local", "senior")."""
    return word in _PARTY_WORDS or word.lower() in _JURISDICTIONS or word.lower() in _COORD_MODIFIERS


_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: base forms that are also a past tense or participle ("put", "read"): never read as a subjunctive
_IRREGULAR_BASE = frozenset({"forecast", "broadcast", "put", "read", "set", "cast"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can", "shall", "must", "to"})


#: nouns of a speaking occasion between a subject and its verb ("McConnell, who in a speech said", "Engoron in
#: Thursday's ruling said")
_SAID_IN_NOUNS = frozenset("interview statement speech rally letter post ruling order opinion decision filing memo "
                           "email tweet remarks testimony past".split())  # session 25: "which in the past said"
_SENTENCE_CONJ = frozenset({"but", "and", "yet", "so", "still", "now", "meanwhile", "indeed", "instead", "also"})


def _rel_cut(toks: Sequence[_Tok], a: int, b: int) -> int:
    """Round 17: the end of an appositive segment's head before its relative clause ("a paid CNN contributor who is
    still receiving …": the verb inside the clause does not make the segment a clause)."""
    for n in range(a + 2, b + 1):
        if toks[a].low in {"a", "an", "the", "another", "one"} and (toks[n].low == "who" or toks[n].low in {
                "that", "which"} and (  # session 25: also "another opponent of the deal who is considering a run"
                toks[n - 1].text.isalpha() and toks[n - 1].text.islower() and toks[n - 1].low not in _VERB_FORM)):
            return n  # round 18: "Deutsche Boerse, the German stock exchange that is trying to buy …, has said"
    return b + 1


def _segments_back(toks: Sequence[_Tok], end: int, s: int, limit: int = 3) -> list[tuple[int, int]]:
    """Comma-separated segments ending at ``end`` going backwards: [(start, end), ...]."""
    out: list[tuple[int, int]] = []
    while end >= s and len(out) < limit:
        k = end
        while k >= s and toks[k].text not in _STOP_PUNCT:
            k -= 1
        out.append((k + 1, end))
        if k >= s and toks[k].text == ",":
            end = k - 1
            continue
        break
    return out


# "-ly" words that are nouns, not adverbs: "representatives of the family suggested"
# capitalised job titles that mark an "<Org> CEO and …" appositive ("Jane Doe, Acme CEO and a co-founder, said")
_CAP_JOB_TITLES = frozenset({"CEO", "CFO", "COO", "CTO", "President", "Chairman", "Chairwoman", "Founder", "Director"})
# round 17: capitalised role nouns that head an appositive ("Danny C. Williams, US Attorney of the Northern District of
# Oklahoma, said"): a title word that is also a lower-case role word, not a modifier such as "National" or "State"
_CAP_ROLE_NOUNS = _CAP_JOB_TITLES | frozenset(
    w for w in lex.TITLE_WORDS if w[0].isupper() and w.lower() in lex.TITLE_LOWER and w.lower() not in {
        "press", "senior", "junior", "managing", "executive", "general", "vice", "prime", "deputy", "assistant",
        "chief", "member", "head", "star", "partner"})
_LY_NOUNS = frozenset("family ally assembly supply rally anomaly monopoly reply bully butterfly".split())
_PARTY_CODE_RE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")
_SKIP_SEGMENT = frozenset(
    "however too meanwhile though also from of in at with for on by like including".split()
)


# "continues to insist", "tried to suggest", "went on to say": the verb after ``to`` is still reported speech
_TRY_TO = frozenset("continue continues continued continuing try tries tried trying went goes "
                    # round 9: "experts began to question", "has started to say"
                    "begin begins began beginning start starts started starting "
                    # session 23: "the senator proceeded to criticize the plan"
                    "proceed proceeds proceeded proceeding".split())


# session 17: "was quick to point out", "was careful to note", "was the first to say", "took pains to stress",
# "sought to reassure", "used the occasion to announce": the attempt or manner before ``to`` is still speech
_MANNER_TO = frozenset("quick careful eager keen swift ready happy anxious first pains".split())
_SEEK_TO = frozenset("seek seeks sought seeking attempted attempting moved rushed "
                     "hastened".split())
# session 23: also "took the opportunity to praise …"
_USE_FORMS = frozenset("use uses used using take takes took taking".split())
_OCCASIONS = frozenset("occasion opportunity speech appearance event interview meeting hearing remarks address "
                       "platform visit statement".split())


def _to_chain_start(toks: Sequence[_Tok], j: int, s: int) -> int:
    """Token ``j`` is the ``to`` right before a speech verb: the first token of the attempt or manner phrase that
    ``to`` ends ("continues to insist", "went on to say", "was quick to point out"), or -1."""
    if toks[j].low.endswith("ly") and toks[j].text.islower() and j - 2 >= s and toks[j - 1].low == "to":
        j -= 1  # session 25: "have continued to consistently warn": an adverb splits the infinitive
    if toks[j].low != "to" or j - 1 < s:
        return -1
    p = toks[j - 1].low
    if p in _TRY_TO or p in _SEEK_TO:
        return j - 1
    if p == "on" and j - 2 >= s and toks[j - 2].low in {"went", "goes"}:
        return j - 2
    if p in _MANNER_TO and j - 2 >= s:
        q = toks[j - 2].low
        if p == "pains" and q in {"took", "takes", "take", "taking", "at"}:
            return j - 2 if q != "at" or j - 3 < s or toks[j - 3].low not in _BE_FORMS else j - 3
        if p == "first" and q == "the" and j - 3 >= s and toks[j - 3].low in _BE_FORMS:
            return j - 3
        if p not in {"pains", "first"} and q in _BE_FORMS:
            return j - 2
    if p in _OCCASIONS and j - 3 >= s and toks[j - 2].low in _DETS_POSS | {"the", "a", "an"} and (
            toks[j - 3].low in _USE_FORMS):
        return j - 3
    return -1


def _prep_to(toks: Sequence[_Tok], n: int) -> bool:
    """``to`` at token ``n`` is a preposition ("signatory to the letter"), not an infinitive marker."""
    return toks[n].low == "to" and n + 1 < len(toks) and (
        toks[n + 1].low in _DETERMINERS or toks[n + 1].low in _DETS_POSS or _cap(toks[n + 1].text))


def _noun_to(toks: Sequence[_Tok], a: int, n: int) -> bool:
    """Session 19: ``to`` at token ``n`` of an appositive that starts at ``a`` with a determiner or a possessive
    opens an infinitive after a noun ("the White House's pick to lead Cyber Command", "the first woman to head the
    agency"): the segment is still a description, not a clause."""
    return toks[n].low == "to" and n - 1 > a and toks[n - 1].text.isalpha() and toks[n - 1].text.islower() and (
        toks[n - 1].low not in lex.AUX_WORDS) and (toks[a].low in {"the", "a", "an"} or bool(
            _POSSESSIVE_RE.search(toks[a].text)))


def _rel_that(tok: _Tok) -> bool:
    """``that`` after a plural speaker noun opens a relative clause ("Organizations that seek to … cried foul")."""
    return tok.low in lex.SPEAKER_NOUNS and tok.low.endswith("s") and tok.low not in {"sources", "reports"}



def _phrase_before(toks: Sequence[_Tok], end: int, s: int) -> tuple[int, list[str], _Cand | None] | None:
    """The noun phrase that ends right before token ``end`` (not before ``s``): its first index, its words and their
    classification (``_classify``), or None when there is none."""
    first = _np_back(toks, end - 1, s)
    if first > end - 1:
        return None
    words = [t.text for t in toks[first:end]]
    return first, words, _classify(words, 0)

_TIME_PHRASES = frozenset({("at", "the", "time"), ("at", "that", "time"), ("at", "one", "point"),
                           ("at", "the", "weekend"), ("later", "that", "day"), ("earlier", "this", "week"),
                           ("earlier", "this", "month"), ("earlier", "this", "year"), ("later", "this", "week")})


_REDUCED_REL_VERBS = frozenset("met spoke talked interviewed surveyed polled consulted contacted reached asked "
                               "quoted cited".split())
_DECLARED_ACTS = frozenset("martial bankruptcy insolvency war emergency disaster independence dividend".split())
_GENERIC_ROLE_MODS = frozenset("top senior high-ranking high-level former current chief leading key".split())
_WHEN_NOUNS = frozenset("time times day moment night week year morning evening".split())
_CONTACT_NEXT = frozenset("is are was were has had have will would could should might may can".split())
_PREDETERMINERS = frozenset("all both half such what quite many rather twice".split())
_SHORT_TIME_UNITS = frozenset({"week", "month", "year", "weekend", "morning", "afternoon", "evening", "night"})
_GENERIC_ORG_WORDS = frozenset("City State County Town Village Department Ministry Government".split())
_LOCATIVE_PREPS = frozenset("in at near outside across through into toward towards around".split())
_TAIL_PREPS = frozenset("from by of with to among including as like than about against for".split())


def _prep_tail(words: Sequence[str]) -> int:
    """Round 16: where the last prepositional object of a scanned-back phrase starts, when it is a speaker
    description (2-6 words, led by a determiner or an adjective: "the national police", "former U.S.
    officials"); 0 when there is none."""
    for k in range(len(words) - 1, 0, -1):
        if words[k - 1].lower() in _TAIL_PREPS:
            tail = words[k:]
            if 1 <= len(tail) <= 6 and not any(w.lower() in _TAIL_PREPS for w in tail):
                c = _classify(tail, 0)
                if c is not None and c.kind in {"desc", "org"} and _head_noun(c.text) in lex.SPEAKER_NOUNS:
                    return k
            return 0
    return 0


_CONTRACTED_PRONOUNS = frozenset("it's he's she's that's there's here's what's who's let's where's how's".split())


#: session 15: the verbs of an anonymity clause are no speech of their own ("a U.S. official who spoke on condition
#: of anonymity said", "a person who asked not to be named said")
_ANON_VERBS = frozenset("spoke asked talked requested".split())
#: session 25: an anonymity clause, dropped from the description it follows (as the annotations do)
_ANON_CLAUSE_RE = re.compile(r"(?:who|that) (?:(?:spoke|talked|asked|requested|declined|insisted|was|were|is|are|"
                             r"has|have)\b.*\b(?:anonymity|not to be (?:named|identified|quoted)|not authori[sz]ed|"
                             r"on background|be identified|be named|publicly)\b|(?:also )?(?:spoke|talked) (?:with|to) "
                             r"(?:The |the )?[A-Z]\w*(?: [A-Z]\w*)*(?: on \w+)?$)")
#: session 15: adverbs between a subject and its verb ("Last week she also said", "he has since said")
_MID_ADVERBS = frozenset("also later again then still just even now already often since soon once first".split())


def _role_word(word: str) -> bool:
    """Session 18: a lower-case role noun ("director", "spokesman", "chemist")."""
    low = word.lower()
    return word.islower() and (low in lex.SPEAKER_NOUNS or low in lex.TITLE_LOWER or _occupation_word(low))


def _subject_before(toks: Sequence[_Tok], s: int, i: int) -> tuple[list[list[str]], int, bool]:
    """Subject word lists for the verb at token ``i`` in the sentence starting at token ``s``.

    Returns (noun phrases, position, negated).  An empty list means no subject was found.
    """
    if i + 1 < len(toks) and toks[i + 1].text == "," and i - 2 > s and toks[i - 1].text != ",":
        # session 23: a parenthetical "Clinton, a top aide said, “is very confident …”", "Trump, his spokesman said,
        # will …": the description between the commas speaks, not the name the sentence is about
        comma = max((k for k in range(max(s, i - 7), i) if toks[k].text == ","), default=-1)
        seg = [tk.text for tk in toks[comma + 1:i]] if comma > s else []
        if seg and seg[0].lower() in {"a", "an", "one", "his", "her", "their", "its"} and all(
                w.isalpha() and w.islower() and w not in _MID_ADVERBS and not w.endswith("ly") and w not in {
                    "also", "later", "then", "again", "still", "too", "for", "of", "at", "with"} for w in seg[1:]) and (
                _cap(toks[s].text) and toks[s].text not in _FUNCTION_CAPS and toks[s].low not in _CLAUSE_PREPS):
            paren = _classify(seg, 0)
            if paren is not None and paren.kind == "desc":
                return [seg], toks[comma + 1].start, False
    if i - 2 >= s and toks[i - 2].low in {"who", "whom"} and toks[i - 1].text.islower() and (
            toks[i - 1].low in lex.SPEAKER_NOUNS and (toks[i - 1].low.endswith("s") or toks[i - 1].low == "police")):
        # session 24: an object relative with a reporting verb ("The driver who authorities say plowed his SUV …",
        # "a man who witnesses say fired shots"): the plural noun inside it speaks, not the noun it modifies
        return [[toks[i - 1].text]], toks[i - 1].start, False
    j = i - 1
    while j - 2 >= s and (toks[j - 2].low, toks[j - 1].low, toks[j].low) in _TIME_PHRASES:
        j -= 3  # round 10: "Obama at the time called the aircraft “…”": a time phrase between subject and verb
    if j - 1 >= s and toks[j].low == "been" and toks[j - 1].text[:1].isupper() and toks[j - 1].text.endswith((
            "'s", "’s")) and toks[j - 1].low.replace("’", "'") not in _CONTRACTED_PRONOUNS and j + 1 == i:
        return [[toks[j - 1].text[:-2]]], toks[j - 1].start, False  # session 25: "Obama's been defending": has
    if toks[j].low in {"both", "all", "each"} and j - 1 >= s and (toks[j - 1].low in lex.AUX_WORDS or toks[
            j - 1].low in {"who", "they", "we"} or _cap(toks[j - 1].text) or toks[j - 1].low.endswith("s")):
        j -= 1  # round 11: "O’Brien and Zuckerman have both said", "…, who both pledged": a floating quantifier
    chain = _to_chain_start(toks, j, s) if j + 1 == i and j >= s else -1
    if chain >= 0:
        j = chain - 1  # "Trump continues to insist", "has tried to suggest": the attempt is still speech
    while j >= s and (toks[j].low in lex.AUX_WORDS or toks[j].low in lex.NEGATIONS
                      or toks[j].low.endswith("n't") or toks[j].text in _MID_ADVERBS
                      or (toks[j].low.endswith("ly") and toks[j].text[0].islower() and len(toks[j].low) > 4
                          and toks[j].low not in _LY_NOUNS)
                      or toks[j].text in _DAYS_MONTHS or toks[j].low in {"on", "in", "the", "last", "this"}
                      and j + 1 < i and (toks[j + 1].text in _DAYS_MONTHS or toks[j + 1].low in
                                         {"statement", "interview"} or toks[j + 1].low in _SHORT_TIME_UNITS)
                      # session 14: "Wells Fargo just this month announced", "Obama last week said"
                      or toks[j].low in _SHORT_TIME_UNITS and j - 1 > s and toks[j - 1].low in {"this", "last"}):
        if toks[j].low in lex.NEGATIONS or toks[j].low.endswith("n't") or toks[j].low in _MODALS:
            return [], 0, True
        if toks[j].low in _BE_FORMS and not toks[i].low.endswith("ing"):
            return [], 0, True  # passive: "was denied", "has been mentioned"
        j -= 1
    while j - 2 >= s and toks[j].text.isdigit() and len(toks[j].text) == 4 and toks[j - 1].low in {
            "in", "since", "until", "during"} or j - 3 >= s and toks[j].low in _SAID_IN_NOUNS and (
            toks[j - 1].low in {"a", "an", "the", "his", "her", "their", "its"} or (  # session 24: "Engoron in
                _POSSESSIVE_RE.search(toks[j - 1].text) and toks[j - 1].text[:1].isupper()  # Thursday's ruling said"
                and toks[j - 2].low in {"in", "at", "during"})) and toks[j - 2].low in {
                "in", "at", "during"}:
        before_pp = toks[j - (2 if toks[j].text.isdigit() else 3)]
        if before_pp.low in _VERB_FORM or before_pp.low.endswith(("ed", "ing")) and before_pp.text.islower():
            break  # not "… said in a statement emailed to NBC News that", "voters interviewed at the rally said"
        j -= 2 if toks[j].text.isdigit() else 3  # session 20: "McConnell, who in 2010 said", "who in a speech said"
    if j - 2 > s and toks[j].text in {"—", "–"}:
        # session 11: a parenthetical between dashes ("Intelligence officials — including NSA Director Adm.
        # Michael Rogers — have long argued"): the subject is before the first dash
        k = max((m for m in range(max(s + 1, j - 30), j) if toks[m].text == toks[j].text), default=-1)
        if k > s:
            j = k - 1
            comma = max((m for m in range(s + 1, j) if toks[m].text == ","), default=-1)
            if comma > s and toks[j].text != "," and toks[comma + 1].low in {"the", "a", "an"} and comma + 1 < j and \
                    not any(toks[m].text in _STOP_PUNCT or toks[m].low in _VERB_FORM for m in range(comma + 1, j + 1)):
                start = _np_back(toks, comma - 1, s)  # session 20: "John Dickey, the chief executive of Ora Media --
                words = [tk.text for tk in toks[start:comma]]  # the company that owns the show -- told me"
                pc = _classify(words, 0) if words else None
                if pc is not None and pc.kind == "person" and _looks_person(words):
                    return [words], toks[start].start, False
    if j < s:
        return [], 0, False
    r = j - 1 if toks[j].low in {"to", "with"} and j - 1 > s and toks[j - 1].low in {"spoke", "talked"} else j
    if r - 2 >= s and toks[r].text.islower() and (toks[r].low.endswith("ed") or toks[r].low in _REDUCED_REL_VERBS) \
            and toks[r - 1].low in {"i", "we", "he", "she", "they"} and toks[r - 2].text.isalpha() and (
                toks[r - 2].text.islower()) and (toks[r - 2].low in lex.SPEAKER_NOUNS or toks[r - 2].low in {
                    "everyone", "everybody", "people"}):
        # session 14: a reduced relative clause, "all the experts I interviewed said", "Several people we spoke to
        # said", "Everyone I interviewed criticized": the subject is the noun before the pronoun
        start = _np_back(toks, r - 2, s)
        return [[t.text for t in toks[start:r - 1]]], toks[start].start, False
    if toks[j].low in _MODALS or toks[j].low == "being":
        return [], 0, True
    if j + 1 == i and (toks[i].low in _INVERSION_FORMS or toks[i].low in _POSSNAME_VERBS and i + 1 < len(toks) and (
            toks[i + 1].low in {"that", "out", ",", "it", "its", "on", "in", "the", "a", "an", "to", "what"})) and (
            toks[j].text.endswith(("'s", "’s"))) and \
            len(toks[j].text) > 4 and toks[j].text[0].isupper() and \
            toks[j].low.replace("’", "'") not in _CONTRACTED_PRONOUNS:
        # round 18: a capitalised possessive right before the verb is a company name ("Moody's said", "Standard
        # and Poor's said", "McDonald's says"); before, the possessive waited for a head noun that never came
        k = j
        while k - 1 >= s and j - k < 3 and (_cap(toks[k - 1].text) and toks[k - 1].text not in _FUNCTION_CAPS
                                            or toks[k - 1].low in {"and", "&"} and k - 2 >= s and _cap(
                    toks[k - 2].text)):
            k -= 1
        return [[t.text for t in toks[k:j + 1]] + ["<POSSNAME>"]], toks[k].start, False
    if toks[j].low in _RELATIVES and j - 1 >= s and toks[j - 1].text == ",":
        end = j - 2
        start = _np_back(toks, end, s)
        if start > end:
            return [], 0, False
        words = [t.text for t in toks[start:end + 1]]
        if "and" in words and start - 1 >= s and toks[start - 1].text == ",":
            right = words[len(words) - words[::-1].index("and"):]
            if len(right) >= 2 and _looks_person(right) and _cap(words[0]):
                # session 14: "Oprah Winfrey, Will Smith, Patti LaBelle and Stevie Wonder, who joked": the relative
                # clause after a list of names belongs to the last one
                return [right], toks[end + 1 - len(right)].start, False
        if "and" in words and toks[i].low in {"say", "have", "are", "were", "argue", "contend", "insist", "claim",
                                              "warn", "believe", "both"}:
            parts = _split_and(words)  # session 20: "Govs. Jeb Bush and Chris Christie, who say": both (a plural verb)
            if len(parts) > 1 and all(_classify(w, 0) is not None for w in parts):
                return parts, toks[start].start, False
        named = _appositive_owner(toks, s, start)
        if named is not None and (_classify(words, 0) or _Cand(0, "", "")).kind != "person":
            return [named[0]], named[1], False  # session 17: "James Martin, a Jesuit priest and author, who said"
        if _classify(words, 0) is None:
            # "he accepted the resignation of his defense minister Kim Yong-hyun, who said": "who" attaches to
            # the name right before the comma, not to the whole clause the noun-phrase scan ran back over
            k = end
            while k > start and (_cap(toks[k - 1].text) or toks[k - 1].low in _NAME_LINKS) and \
                    toks[k - 1].text not in _FUNCTION_CAPS:
                k -= 1
            tail = words[k - start:]
            if len(tail) >= 2 and _looks_person(tail):
                return [tail], toks[k].start, False
            if len(tail) == 1 and k - 1 >= start and toks[k - 1].low in {"from", "by", "with", "against"} and (
                    tc := _classify(tail, 0)) is not None and tc.kind == "person":
                return [tail], toks[k].start, False  # session 24: "a tough attack from Clinton, who said …"
            k = _prep_tail(words)
            if k:  # round 16: "ones issued earlier by the national police, who had said that …"
                return [words[k:]], toks[start + k].start, False
        return [words], toks[start].start, False
    if toks[j].low == "who" and j - 2 >= s and toks[j - 1].text != "," and toks[j - 1].low in lex.SPEAKER_NOUNS \
            and toks[j - 1].low.endswith("s") and toks[j - 1].text.islower():
        # round 16: "skepticism from … former U.S. officials who warned of …": plural speakers in a restrictive
        # relative clause after a preposition
        start = _np_back(toks, j - 1, s)
        words = [t.text for t in toks[start:j]]
        k = _prep_tail(words)
        if k:
            return [words[k:]], toks[start + k].start, False
        if start - 1 >= s and toks[start - 1].low in _TAIL_PREPS and 1 <= len(words) <= 5:
            c = _classify(words, 0)
            if c is not None and c.kind == "desc":
                return [words], toks[start].start, False
    if toks[j].low == "who" and j - 3 >= s and toks[j - 1].text != ",":
        # round 12: "Senator James Lankford, an Oklahoma Republican who warned of …": the relative clause of an
        # appositive speaks for the name the appositive describes
        hstart = _np_back(toks, j - 1, s)
        if hstart - 2 >= s and toks[hstart].low in {"a", "an"} and toks[hstart - 1].text == ",":
            pstart = _np_back(toks, hstart - 2, s)
            pwords = [tk.text for tk in toks[pstart:hstart - 1]]
            pc = _classify(pwords, 0) if pwords else None
            if pc is not None and pc.kind == "person" and _looks_person(pwords):
                return [pwords], toks[pstart].start, False
    if toks[j].text == ",":
        # "X, APPOSITIVE, said" / "X, who ..., said": prefer the person among the segments
        best: tuple[list[str], int] | None = None
        segs = _segments_back(toks, j - 1, s, limit=5)
        if len(segs) >= 3 and segs[1][0] <= segs[1][1] and toks[segs[1][0]].low == "and":
            # round 16: "The head of the armed forces, Gen. Gatot Nurmantyo, and the president's cabinet secretary,
            # Pramono Anung, announced": two described people, each named in apposition
            w0 = [tk.text for tk in toks[segs[0][0]:segs[0][1] + 1]]
            w2 = [tk.text for tk in toks[segs[2][0]:segs[2][1] + 1]]
            c0, c2 = (_classify(w0, 0) if w0 else None), (_classify(w2, 0) if w2 else None)
            rest = [tk.text for tk in toks[segs[1][0] + 1:segs[1][1] + 1]]
            if c0 is not None and c2 is not None and c0.kind == c2.kind == "person" and _looks_person(w0) and \
                    _looks_person(w2) and rest and (rest[0].lower() in _DETERMINERS or any(
                        _POSSESSIVE_RE.search(w) for w in rest) or rest[0][0].islower()) and (
                    len(segs) == 3 or toks[segs[3][1]].text[0].islower() or toks[segs[3][0]].low in _DETERMINERS):
                return [w2, w0], toks[segs[2][0]].start, False
        if any(toks[a].low in {"and", "or"} for a, b in segs[:3] if a <= b):
            segs = segs[:3]  # a fourth or fifth segment only for a long appositive (round 15: "Penn, the
            # Oscar-winning movie star, political and humanitarian activist, rebel with many causes, …, says")
        prev_det = False
        best_appos = False  # session 18: best is a described appositive ("…, one of the manufacturers, said")
        for a, b in segs:
            if a < b and (toks[a].low in _SENTENCE_CONJ or toks[a].low in {"while", "whereas"} and a > s) and (
                    a == s or toks[a - 1].text in {",", ";", '"'}):
                a += 1  # round 15: "But Claire Snyder, a … researcher at …, says": the conjunction is no name part
                # (session 17: also after a comma or a quotation, "…, but Victor Huang, an analyst at …, said",
                # "… “accepts the findings,” and Tamika Rowe, a parent, said", "…,” while Sarah Lin, a lawyer, said")
            if a > b:
                break
            was_det, prev_det = prev_det, toks[a].low in {"the", "a", "an"} and a - 1 > s and toks[a - 1].text == ","
            if a - 1 > s and toks[a - 1].text == '"' and toks[a].text[0].islower():
                q = a - 1
                while q > s and toks[q - 1].text != ",":
                    q -= 1
                if any(tk.low in _RELATIVES for tk in toks[q:a - 1]):
                    continue  # session 24: "Trump, who has called himself the “law and order” candidate, criticized"
            start = _np_back(toks, b, a)
            words = [t.text for t in toks[start:b + 1]]
            if a == s and best is not None and toks[a].text in _CLAUSE_PREPS and b - a >= 2:
                # session 15: "On Sunday Tom Hart, Acme's chief executive, said": the name after a fronted phrase
                # that lacks its comma, before the appositive
                seg = [t.text for t in toks[a:b + 1]]
                after_front = _strip_fronted(seg) or _fronted_name(seg)
                if after_front and _looks_person(after_front):
                    return [after_front], toks[b + 1 - len(after_front)].start, False
            if not words or toks[a].low in _RELATIVES or toks[a].low == "whose" or (
                    toks[a].text[0].islower() and toks[a].low.endswith(
                    ("ing", "ed"))) or toks[a].low in _SKIP_SEGMENT or (
                    a == b and _PARTY_CODE_RE.match(toks[a].text)) or (
                    # session 13: "Senator Laura Kim, Democrat of Oregon, who …, called": a party and a state
                    toks[a].text in _PARTY_LABELS and a < b and toks[a + 1].low in {"of", "from"}):
                continue  # "Sen. Marcus Hale, R-Texas, told"
            if start != a and toks[start - 1].text not in _STOP_PUNCT:
                set_now = best is None
                if set_now:
                    best = (words, toks[start].start)
                if (toks[a].text[0].islower() or toks[a].low in _DETERMINERS or _POSSESSIVE_RE.search(
                        toks[a].text) or (  # round 9: "Jim Cantrell, Vector Space Systems CEO and a founder of …, told"
                        a - 2 >= s and toks[a - 1].text == "," and any(
                            tk.text in _CAP_ROLE_NOUNS or tk.text[0].islower() and (tk.low in lex.TITLE_LOWER or (
                                # round 10: "Robin Rönnlund, PhD student in … and leader of the fieldwork, said"
                                tk.low in lex.SPEAKER_NOUNS and not tk.low.endswith("s") and tk.low not in
                                lex.NON_SPEAKER_HEADS and _classify([toks[a - 2].text], 0) is not None))
                            for tk in toks[a:start]))) and not any(
                        (tk.low in _MODALS and not _prep_to(toks, n) and not _noun_to(toks, a, n))
                        or tk.low in _BE_FORMS or tk.low in {"has", "have", "had"}
                        for n, tk in enumerate(toks[a:_rel_cut(toks, a, b)], a)):
                    if set_now and toks[a].low in {"a", "an"} and a - 2 >= s and toks[a - 1].text == "," and (
                            _classify(words, 0) is None):
                        best = None  # round 18: "Rexham Corp, a maker of packaging materials and machinery, said":
                        # the end of a described appositive is not the subject; the name before it is
                    continue  # "Soelistyo, head of the search and rescue agency, told"
                break
            c = _classify(words, 0)
            if "and" in words and len(words) <= 12 and start == a and (a == s or toks[a - 1].text != "," or all(
                    tk.text != "," for tk in toks[s:a - 1])):  # the subject or an appositive of the subject, not
                # of an object ("a lawyer representing the workers, Ruby Freeman and Shaye Moss, said")
                parts = [w_ for w_ in _split_and(words) if w_]
                pcs = [_classify(w_, 0) for w_ in parts]
                if len(parts) == 2 and all(pc_ is not None and pc_.kind == "person" and len(pc_.text.split()) >= 2 and
                                           _looks_person(w_[-2:]) for pc_, w_ in zip(pcs, parts, strict=True)):
                    return parts, toks[start].start, False  # session 24: "DA Nate Bible and Det. Patrick Young, …,"
            if was_det and c is not None and c.kind == "org" and start == a and toks[b + 1].text == "," and (
                    a == s or toks[a - 1].text in _STOP_PUNCT):
                # session 14: "United States Citizenship and Immigration Services, the agency that oversees the
                # EB-5 program, said": the organisation, not the end of its described appositive
                return [words], toks[start].start, False
            of_at = a - 2  # the word before a town of up to three words ("of Palm Harbor, Florida,", round 16;
            while of_at > s and of_at > a - 5 and _cap(toks[of_at].text):  # "in Palo Alto, California,", session 19)
                of_at -= 1
            if c is not None and len(words) == 1 and of_at - 1 >= s and of_at < a - 2 and toks[a - 1].text == "," \
                    and toks[of_at].low == "of" and toks[of_at - 1].text == ",":
                # "Eddie Foreman, 40, of Opelika, Alabama, who …, said": the state is a hometown; the person is
                # before "of" (and an age)
                q = of_at - 1
                while q >= s and (toks[q].text == "," or toks[q].text.isdigit()):
                    q -= 1
                if q >= s and q < of_at - 1:
                    pstart = _np_back(toks, q, s)
                    pwords = [tk.text for tk in toks[pstart:q + 1]]
                    pc = _classify(pwords, 0) if pwords else None
                    if pc is not None and pc.kind == "person":
                        return [pwords], toks[pstart].start, False
                continue
            if c is not None and len(words) == 1 and of_at - 2 >= s and of_at < a - 2 and toks[a - 1].text == "," \
                    and toks[of_at].low == "of" and _cap(toks[of_at - 1].text):
                # session 19: "Jo Lee of Salt Lake City, Utah, said": a hometown without the comma before "of"
                pstart = _np_back(toks, of_at - 1, s)
                pwords = [tk.text for tk in toks[pstart:of_at]]
                pc = _classify(pwords, 0) if pwords else None
                if pc is not None and pc.kind == "person" and _looks_person(pwords):
                    return [pwords], toks[pstart].start, False
            if c is not None and len(words) <= 2 and a - 3 >= s and toks[a - 1].text == "," and _cap(
                    toks[a - 2].text) and toks[of_at].low in {"in", "at", "from", "near", "outside"} and not (
                    # session 15: "Speaking in Brussels, Sabrina Singh, a … spokeswoman, said": a fronted participle
                    # clause, not a hometown
                    toks[s].text[0].isupper() and toks[s].low.endswith("ing") and all(
                        tk.text != "," for tk in toks[s:a - 1])):
                q = of_at - 1
                while q > s and (toks[q].text == "," or toks[q].text.isdigit()):
                    q -= 1  # round 16: "Ione Dines, 72, from Marshfield, Mo., …, said"
                pstart = _np_back(toks, q, s) if q >= s else a
                pwords = [tk.text for tk in toks[pstart:q + 1]] if q >= s else []
                pc = _classify(pwords, 0) if pwords else None
                if pc is not None and pc.kind == "person":  # "Wray Grimaldi of … in Dunedin, New Zealand, said"
                    return [pwords], toks[pstart].start, False
                if pc is not None and pc.kind == "desc" and toks[pstart].low in {"a", "an"} and pstart - 2 >= s \
                        and toks[pstart - 1].text == ",":
                    # round 18: "Donaldson Bramham Lee, an investor from Birmingham, Alabama, said": the name
                    # before the described appositive
                    nstart = _np_back(toks, pstart - 2, s)
                    nwords = [tk.text for tk in toks[nstart:pstart - 1]]
                    nc = _classify(nwords, 0) if nwords else None
                    if nc is not None and nc.kind in {"person", "org"} and _looks_person(nwords):
                        return [nwords], toks[nstart].start, False
                if q >= s and (pc is None or pc.kind != "person"):
                    # session 19: "Mateus Carvalho, an astrophysicist at the Max Planck Institute for Astronomy in
                    # Heidelberg, Germany, noted": the place ends a described appositive whose last noun phrase
                    # is an institution; the person is before that appositive
                    k = q
                    while k > s and toks[k - 1].text not in _STOP_PUNCT:
                        k -= 1
                    if k - 2 >= s and toks[k - 1].text == "," and toks[k].low in {"a", "an"}:
                        nstart = _np_back(toks, k - 2, s)
                        nwords = [tk.text for tk in toks[nstart:k - 1]]
                        nc = _classify(nwords, 0) if nwords else None
                        if nc is not None and nc.kind == "person" and _looks_person(nwords):
                            return [nwords], toks[nstart].start, False
                if c.kind == "person" and len(words) == 2 and pwords and _role_word(pwords[-1]) and _looks_person(
                        words) and " ".join(words) not in lex.US_STATES and " ".join(words) not in lex.PLACES:
                    return [words], toks[start].start, False  # session 18: "ICE's field office director in Omaha,
                    # Raymond Szabo, said": a named appositive after a role and its place, not a hometown
                return [], 0, False  # "researchers in Greenbelt, Maryland, have confirmed"
            appositive = toks[a].text[0].islower() or toks[a].low in _DETERMINERS or bool(
                _POSSESSIVE_RE.search(toks[a].text)) or (  # round 9: "Jim Cantrell, Vector Space Systems CEO and …,"
                a - 2 >= s and toks[a - 1].text == "," and any(
                    tk.text in _CAP_ROLE_NOUNS or tk.text[0].islower() and tk.low in lex.TITLE_LOWER
                    for tk in toks[a:b + 1]))
            if c is None:
                if toks[a].text.isdigit() or appositive:
                    continue  # "Thomas Zurbuchen, NASA's associate administrator, said"
                break
            if c.kind == "person":
                if appositive and a - 2 >= s and toks[a - 1].text == ",":
                    if best is None:  # "Jeff Sanborn, president of Chapter Verse, a … agency, said"
                        best = (words, toks[start].start)
                    continue
                return [words], toks[start].start, False
            if c.kind == "org" and best_appos and not appositive and start == a and toks[b + 1].text == ",":
                return [words], toks[start].start, False  # session 18: "Lockhaven Defense, one of the makers, said"
            if best is None:
                best = (words, toks[start].start)
                best_appos = c.kind == "desc" and toks[a].low in _DETERMINERS and a - 2 >= s and toks[a - 1].text == ","
        if best is None:
            return [], 0, False
        return [best[0]], best[1], False
    if toks[j].low in {"and", "but"}:
        return [["<SENTENCE-SUBJECT>"]], toks[j].start, False
    if toks[j].low in {"he", "she", "they"} and j > s and toks[j - 1].text[0].isalnum() and all(
            tk.text.isalpha() and tk.text.islower() and (tk.low not in _BE_FORMS | _MODALS or not toks[j - 1].text[
                0].islower()) for tk in toks[j + 1:i]):
        # a nominative pronoun is the whole subject, also in a contact clause ("code he said exploits the flaw"),
        # and after a fronted phrase without its comma (session 15: "On Sunday she said", "In 2015 he wrote", "In
        # Washington he told reporters")
        return [[toks[j].text]], toks[j].start, False
    start = _np_back(toks, j, s)
    if start - 3 >= s and toks[start - 1].low == "and" and start <= j and j - start <= 1 and all(
            tk.text.isalpha() and tk.text.islower() for tk in toks[start:j + 1]) and toks[j].low.endswith("s") and (
                toks[start].low not in {"his", "her", "their", "its", "certain", "other"}):
        left = _np_back(toks, start - 2, s)  # session 25: "lawyers for 33 California counties and cities wrote"
        if left < start - 2 and any(tk.low in {"for", "of"} for tk in toks[left + 1:start - 1]):
            lc = _classify([tk.text for tk in toks[left:j + 1]], 0)
            if lc is not None and lc.kind == "desc":
                start = left
    if start - 4 >= s and toks[start - 1].low == "and" and toks[start - 2].text == "," and start <= j:
        first = _person_before_comma_and(toks, s, start - 2)
        right = [t.text for t in toks[start:j + 1]]
        rc = _classify(right, 0)
        if first is not None and rc is not None and rc.kind == "person":
            # session 20: "Clinton's campaign manager, Robby Mook, and communications director Jennifer Palmieri
            # said", "Robby Mook, Clinton's campaign manager, and Jennifer Palmieri said": two speakers
            return [first[0], right], first[1], False
    if start - 2 >= s and toks[start - 1].low == "to" and toks[start - 2].low in _ISSUED_DOCS:
        start = _np_back(toks, start - 2, s)  # session 15: "Hart's letter to employees said": the letter's writer
        if _POSSESSIVE_RE.search(toks[start].text) is None and not any(
                _POSSESSIVE_RE.search(tk.text) for tk in toks[start:j]):
            return [], 0, False  # "a letter to employees said": nobody is named
        return [[t.text for t in toks[start:j + 1]]], toks[start].start, False
    anon_who = next((w for w in range(j - 1, max(s, j - 16), -1) if toks[w].low == "who"), -1)
    if anon_who > s and toks[anon_who - 1].text not in _STOP_PUNCT and _ANON_CLAUSE_RE.match(
            " ".join(t.text for t in toks[anon_who:j + 1])) and not any(
                t.text in _STOP_PUNCT for t in toks[anon_who:j + 1]):
        start = anon_who + 1  # session 25: "A Treasury Department spokeswoman who was not authorized to speak … said"
    elif start > s and toks[start - 1].low != "who":  # "who did not wish to be named because of agency policy"
        for w in range(j - 1, max(s, j - 15), -1):
            if toks[w].text in _STOP_PUNCT or toks[w].low in _VERB_FORM and toks[w].low not in _ANON_VERBS or \
                    toks[w].low == "which" or toks[w].low in _CLAUSE_BREAKS:
                break  # session 22: not over "while"/"because" or a clause's own pronoun subject
            if toks[w].low == "that" and toks[w + 1].low in _PRONOUNS:
                break  # session 22: "told EC member states that it is not prepared …": no relative clause
            if toks[w].low == "who" or toks[w].low == "that" and w - 1 >= s and _rel_that(toks[w - 1]):
                start = w + 1
                break
    if start - 2 >= s and (toks[start - 1].low == "who" or toks[start - 1].low == "that" and _rel_that(
            toks[start - 2])) and start <= j and j - start <= 14 and toks[start - 2].text not in _STOP_PUNCT:
        # "Washington-based analysts who have done the calculations say": a restrictive relative clause
        # belongs to the subject; a named person keeps the name, a description keeps the clause
        head = _phrase_before(toks, start - 1, s)
        if head is not None:
            hstart, hwords, hc = head
            if hc is not None and hc.kind == "person":
                return [hwords], toks[hstart].start, False
            if hc is not None and hc.kind == "desc" and (_head_noun(hc.text) in lex.SPEAKER_NOUNS or hc.text.split()[
                    -1] in _PARTY_MEMBERS | _PARTY_PLURALS) or len(
                    hwords) == 1 and hwords[0].lower() in {"those", "anyone", "everyone"} and (
                    toks[start - 1].low == "who") and (hstart == s or toks[hstart - 1].text in _STOP_PUNCT or toks[
                        hstart - 1].low in {"and", "but"}):
                rel = [t.text for t in toks[start - 1:j + 1]]
                if _ANON_CLAUSE_RE.match(" ".join(rel)):
                    return [hwords], toks[hstart].start, False  # session 25: "a spokeswoman who was not authorized
                    # to speak publicly said" is "a spokeswoman": an anonymity clause is no part of the description
                return [hwords + ["<REL>"] + rel], toks[hstart].start, False
    if start > j:
        return [], 0, False
    for m in range(j - 1, start, -1) if i + 1 < len(toks) and toks[i + 1].low in _CONTACT_NEXT else ():
        if toks[m].low in {"the", "a", "an"} and toks[m - 1].text.isalpha() and toks[m - 1].text.islower() and (
                toks[m - 1].low not in _PREDETERMINERS and toks[m - 1].low not in _BAD_IN_NP
                and toks[m - 1].low not in _TAIL_PREPS and toks[m - 1].low not in _LOCATIVE_PREPS
                and toks[m - 1].low not in _BOUNDARY_WORDS and toks[m - 1].low not in _VERB_FORM):
            start = m  # session 14: a contact clause, "a move the congressman said was overdue" (a finite verb
            break  # after the speech verb): no noun phrase runs on over a second determiner after a noun
    for m in range(j, start, -1):
        if toks[m - 1].low in _WHEN_NOUNS and toks[m - 1].text.islower() and _cap(toks[m].text) and (
                toks[m].text not in _FUNCTION_CAPS):
            start = m  # session 14: "the third time AROS said", "the day Obama announced": a contact clause
            break
    if start - 2 >= s and toks[start - 1].low not in {"and", "or"}:
        named = _unclosed_appositive(toks, s, j)
        if named is not None:
            return [named[0]], named[1], False
    if start <= j and toks[start].low in {"least", "most"} and start - 1 >= s and toks[start - 1].low == "at":
        start -= 1  # round 15: "at least one NIH program officer says" keeps its quantifier
    elif start <= j and start - 2 >= s and toks[start - 1].low == "than" and toks[start - 2].low in {
            "more", "fewer", "less"} and (toks[start].text[0].isdigit() or toks[start].low in _NUMBER_WORDS | {
                "one", "a", "half", "two-thirds", "100"}):
        start -= 2  # "more than 50 women accused him"
    words = [t.text for t in toks[start:j + 1]]
    if words[0].lower() == "the" and "and" in words[2:-1] and words[words.index("and", 2) + 1].lower() in {
            "current", "now"}:
        words = words[:words.index("and", 2)]  # session 14: one person under two roles: the first names them
        j = start + len(words) - 1
    people = _person_list(toks, start, words, s)
    if people is not None:
        return people[0], toks[people[1]].start, False
    if toks[s].text in _CLAUSE_PREPS and (start - 1 == s or start == s and len(words) > 1):
        # round 17: also a phrase that starts the subject scan ("On Monday night Twitter said")
        fronted = _fronted_name(words if start == s else [toks[s].text] + words)
        if fronted:  # round 15: "After the meeting Trump said"
            return [fronted], toks[j + 1 - len(fronted)].start, False
    if start <= s + 1 and toks[s].text in _CLAUSE_PREPS and s + 1 <= j and (toks[s + 1].low in {
            "a", "an", "the", "his", "her", "its", "their", "this", "that"} or _cap(toks[s + 1].text)):
        # round 17: also "On Tuesday morning the company said"
        # round 15: "In a statement the company said": the fronted phrase ends where a second determiner starts
        # the subject; session 15: also right after a capitalised object ("On Sunday the senator said", "In
        # Washington the company said")
        for m in range(s + 2, j):
            if toks[m].low in {"the", "a", "an"} and (toks[m - 1].text.isalpha() and toks[m - 1].text.islower() and
                                                     toks[m - 1].low not in _BAD_IN_NP and toks[m - 1].low not in
                                                     _NAME_LINKS or m - 1 > s and _cap(toks[m - 1].text) and all(
                        _cap(tk.text) for tk in toks[s + 1:m])):
                words = [t.text for t in toks[m:j + 1]]
                start = m
                break
    if toks[start].low in {"a", "an"} and start - 2 >= s and toks[start - 1].text == ",":
        before = _phrase_before(toks, start - 1, s)
        if before is not None and before[2] is not None and before[2].kind == "person" and _cap(before[1][0]) and (
                before[1][0] not in _FUNCTION_CAPS):  # session 15: not "On Twitter, a spokesman for … said"
            return [before[1]], toks[before[0]].start, False
    if start - 2 > s and toks[start - 1].low == "and":  # "both independent analysts and sources … told"
        for k in range(start - 2, max(s, start - 8) - 1, -1):
            if toks[k].text in _STOP_PUNCT or toks[k].low in _BOUNDARY_WORDS and toks[k].low != "and":
                break
            if toks[k].low == "both" and k + 1 < start - 1:
                left = [tk.text for tk in toks[k + 1:start - 1]]
                lc = _classify(left, 0)
                if lc is not None and lc.kind in {"person", "org", "desc"}:
                    return [left, words], toks[k + 1].start, False
                break
    if len(words) >= 4 and words[0].lower() == "both" and "and" in words[2:-1]:
        cut = words.index("and", 2)  # "Both independent analysts and local sources told"
        return [words[1:cut], words[cut + 1:]], toks[start].start, False
    listed = _name_list(toks, start, words, s)
    if listed:
        return listed, toks[start].start, False
    if start - 2 >= s and toks[start - 1].low == "and" and toks[start].low == "the" and start <= j:
        # round 15: "the Pentagon and the State Department said": two subjects, each with its article
        lstart = _np_back(toks, start - 2, s)
        left = [t.text for t in toks[lstart:start - 1]]
        if left and (left[0].lower() == "the" or _cap(left[0]) and toks[lstart].text not in _FUNCTION_CAPS) and len(
                left) <= 5 and (lstart == s or toks[lstart - 1].text in
                                                                      _STOP_PUNCT or toks[lstart - 1].low in
                                                                      _SENTENCE_CONJ):
            lc, rc = _classify(left, 0), _classify(words, 0)
            if lc is not None and rc is not None and lc.kind in {"org", "desc", "person"} and rc.kind in {
                    "org", "desc", "person"}:
                return [left, words], toks[lstart].start, False
    return _split_and(words), toks[start].start, False


def _name_list(toks: Sequence[_Tok], start: int, words: list[str], s: int) -> list[list[str]] | None:
    """Round 15: "Dell, Logitech, Lenovo and Microsoft all acknowledged": a list of three or more capitalised names
    before the verb speaks as each of them."""
    if "and" not in words or start - 2 < s or toks[start - 1].text != ",":
        return None
    cut = words.index("and")
    last = [words[:cut], words[cut + 1:]]
    if not all(1 <= len(x) <= 3 and all(_cap(w) and w not in _FUNCTION_CAPS for w in x) for x in last):
        return None
    items: list[list[str]] = []
    k = start - 1
    while k - 1 >= s and toks[k].text == ",":
        e = k - 1
        b = e
        while b - 1 >= s and _cap(toks[b - 1].text) and toks[b - 1].text not in _FUNCTION_CAPS:
            b -= 1
        if not _cap(toks[e].text) or e - b >= 3 or toks[b].text in _FUNCTION_CAPS:
            return None
        items.insert(0, [t.text for t in toks[b:e + 1]])
        k = b - 1
        if k < s or toks[k].text != ",":
            if k >= s and toks[k].low not in _SENTENCE_CONJ and toks[k].low not in _FRONT_PREPS:
                return None
            break
    if not items or any(_looks_person(x) and len(x) >= 2 for x in items + last):
        return None  # people's lists: _person_list
    return items + last


def _person_list(toks: Sequence[_Tok], start: int, words: list[str], s: int) -> tuple[list[list[str]], int] | None:
    """Session 14, the people's counterpart of :func:`_name_list`: "Sens. Jeff Merkley (D-Ore.), Sherrod Brown
    (D-Ohio) and Robert Menendez (D-N.J.) all suggested" -- ``words`` is "B and C" (two people), and the titled
    names listed before it speak too. Returns (one phrase per person, index of the list's first token) or None."""
    if "and" not in words or start - 3 < s or toks[start - 1].text != "," or not _looks_person(
            words[:words.index("and")]) or not _looks_person(words[words.index("and") + 1:]):
        return None
    before: list[list[str]] = []
    k, first = start - 1, start
    while k - 2 >= s and toks[k].text == "," and len(before) < 4:
        pstart = _np_back(toks, k - 1, s)
        pw = [t.text for t in toks[pstart:k]]
        if len(pw) < 2 or not _looks_person(pw) or pstart > s and toks[pstart - 1].text not in {",", "."} and (
                toks[pstart - 1].low not in _BOUNDARY_WORDS):
            break
        before.insert(0, pw)
        k, first = pstart - 1, pstart
    if before and (first == s or toks[first - 1].text not in {","} or _fronted_phrase(toks, s, first - 1)):
        return [*before, *_split_and(words)], first
    return None


def _fronted_phrase(toks: Sequence[_Tok], s: int, comma: int) -> bool:
    """Session 25: the words from the sentence start to ``comma`` are a fronted adverbial with no verb ("In a joint
    statement Thursday, President Trump, … and Theresa May said")."""
    return comma - s >= 2 and toks[s].low in {"in", "on", "at", "after", "during", "later", "earlier", "separately",
                                             "meanwhile", "since", "before", "under", "with"} and not any(
        tk.text in _STOP_PUNCT or tk.low in _VERB_FORM or tk.low in lex.AUX_WORDS for tk in toks[s + 1:comma])


_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "when", "where", "while", "by", "because", "if", "as"})


def _appositive_start(tok: _Tok) -> bool:
    """Round 12: a segment opening with this token describes the name before it (a determiner, a relative pronoun, a
    lower-case word, a job title or a possessive: "a spokesman for …", "who creates …", "Director of Public Affairs at
    …", "NASA's associate administrator")."""
    return tok.low in {"a", "an", "the", "who"} or tok.text[0].islower() and (
        tok.low in lex.TITLE_LOWER or tok.low in lex.SPEAKER_NOUNS) and not tok.low.endswith("s") or (
        tok.text in _CAP_JOB_TITLES or tok.text in lex.TITLE_WORDS)


def _unclosed_appositive(toks: Sequence[_Tok], s: int, j: int) -> tuple[list[str], int] | None:
    """Round 12: ``Name, APPOSITIVE[, who …] said`` with no comma before the verb ("Eric Durr, Director of Public
    Affairs at … told", "Sean Mullin, CEO of BI2 Technologies, who creates IRIS said"): the name before the
    appositive segments (at most two, no verb or clause punctuation inside) is the subject."""
    end = j
    for _ in range(2):
        k = end
        while k >= s and toks[k].text not in _STOP_PUNCT and end - k <= 16:
            k -= 1
        # round 17: an appositive that opens with a capitalised organisation and carries a lower-case job title
        # ("Robby Mook, Hillary for America campaign manager told", "Bob Durando, Port Authority general manager of
        # the George Washington Bridge expressed")
        roled = k >= s and k < end and _cap(toks[k + 1].text) and toks[k + 1].text not in _FUNCTION_CAPS and any(
            tk.text.islower() and tk.low in lex.TITLE_LOWER and not tk.low.endswith("s") for tk in toks[k + 2:end + 1])
        if k < s + 1 or toks[k].text != "," or k == end or not (_appositive_start(toks[k + 1]) or roled):
            return None
        if any(tk.low in _BE_FORMS or tk.low in {"has", "have", "had"} or tk.low in _VERB_FORM and tk.low != "who"
               for tk in toks[k + 1:end + 1]) and toks[k + 1].low != "who":
            return None
        if toks[k + 1].low == "who" and (end - k > 6 or any(tk.low in _VERB_FORM for tk in toks[k + 2:end + 1])):
            return None  # "X, who said …": the relative clause speaks itself
        if any(tk.low in _CLAUSE_WORDS for tk in toks[k + 2:end + 1]):
            return None  # "Pandora, the radio site that tailors …": a clause, not an appositive
        if toks[k + 1].low != "who":
            seg = [tk.text for tk in toks[k + 1:end + 1]]
            sc = _classify(seg, 0)
            titled = toks[k + 1].text in _CAP_JOB_TITLES or toks[k + 1].text in lex.TITLE_WORDS or roled
            plural = sc is not None and _head_noun(sc.text).endswith("s")
            if sc is not None and sc.kind in {"person", "org"} and not titled or plural or toks[
                    k + 1].low not in {"a", "an"} and not any(
                    tk.low in {"of", "at", "for", "with", "from", "in"} for tk in toks[k + 2:end + 1]):
                return None  # "…, the World Health Organization says", "Mr. Abaaoud, the official said, was …"
        pstart = _np_back(toks, k - 1, s)
        if pstart <= k - 1:
            words = [tk.text for tk in toks[pstart:k]]
            c = _classify(words, 0)
            if c is not None and c.kind == "person" and _looks_person(words) and words[0] not in _FUNCTION_CAPS and (
                    pstart == s or toks[pstart - 1].text in _STOP_PUNCT or
                                                         toks[pstart - 1].low in _BOUNDARY_WORDS):
                return words, toks[pstart].start
        end = k - 1
    return None


# name particles written lower-case inside a name ("Jelle van Buuren", "Ahmed el Khannouss"); round 12 added el/le/du
_PARTICLES = frozenset({"de", "van", "von", "bin", "al", "da", "el", "le", "du", "del", "der", "den", "ter", "dos",
                        "e"})  # round 13: Portuguese "e" ("Fernando Azevedo e Silva")


def _pfold(words: Sequence[str]) -> list[str]:
    """Round 12: a name with its particles lower-cased ("Mr. Van Buuren" is "Jelle van Buuren")."""
    return [w.lower() if w.lower() in _PARTICLES else w for w in words]


def _looks_person(words: Sequence[str]) -> bool:
    ws = _clean_words(list(words))
    if not ws or not all(_cap(w) or w in _PARTICLES for w in ws):
        return False
    name, _ = _strip_title(ws)
    return 1 <= len(name) <= 4 and not _is_org_chain(ws) and name[0] not in _FUNCTION_CAPS


#: function words that never describe the name after them ("contribute to Mrs. Clinton's", "SVP of enterprise AI
#: and automation at Automation Anywhere")
_NOT_DESCRIPTOR = frozenset("""of for to at in on by with from against about into onto over under after before than as
    and or but nor that which who whom whose while when where because since if though although per via like""".split())


#: one-word descriptors of a person before the name ("billionaire Carl Icahn", "rival Ted Cruz")
_PERSON_DESCRIPTORS = frozenset("""hopeful nominee candidate rival billionaire magnate mogul tycoon star veteran
    activist ally critic frontrunner front-runner challenger incumbent contender colleague friend partner aide
    adviser advisor strategist donor pollster economist lawyer attorney author""".split())


def _described_name(words: Sequence[str], pos: int, lead_caps: bool = False) -> _Cand | None:
    """Round 17: after an inverted speech verb, lower-case words before a capitalised name describe it ("said
    entrepreneur Drayton Valentine", "said longtime resident Mary Ann Hill"): the name speaks. With ``lead_caps``
    (session 11, subjects: "Republican presidential hopeful Donald Trump says") capitalised adjectives may come
    first, as long as the word right before the name is lower-case."""
    k = len(words)
    while k > 0 and _cap(words[k - 1]):
        k -= 1
    tail = list(words[k:])
    if not 1 <= k <= 4 or not 2 <= len(tail) <= 3 or not _looks_person(tail) or not all(
            (w.isalpha() and w.islower() or lead_caps and n < k - 1 and w.isalpha() and w[0].isupper()
             and w not in _FUNCTION_CAPS and w.lower() not in _DETERMINERS)
            and w.lower() not in _BAD_IN_NP and w not in _VERB_FORM and w not in _DETERMINERS
            and w.lower() not in _NOT_DESCRIPTOR for n, w in enumerate(words[:k])):
        return None
    if lead_caps and k == 1 and not (_occupation_word(words[0]) or words[0] in _PERSON_DESCRIPTORS):
        return None  # one lower-case word may be a verb ("… to support Mrs. Clinton note")
    c = _name_cand(tail, pos, words)
    return c if c is not None and c.kind == "person" else None


def _title_like(w: str) -> bool:
    """A lower-cased word that names a post ("minister", "director-general", "vice-minister")."""
    return w in lex.TITLE_LOWER or any(
        p in lex.TITLE_LOWER for p in w.split("-")[1:]) or w.split("-")[0] in {"vice", "deputy", "co"}


def _titled_name(words: Sequence[str], pos: int) -> _Cand | None:
    """Round 18: a name after a title written in lower case, with its department ("Vice-minister of foreign trade
    Bernardo Chamorro said", "South Africa's director-general of finance Chris Stals said", "Japanese finance
    ministry deputy director-general Fumiya Iwasaki told"): found on unannotated Reuters text."""
    k = len(words)
    while k > 0 and _cap(words[k - 1]) and words[k - 1].lower() not in _VERB_FORM:
        k -= 1
    tail = list(words[k:])
    if not 1 <= k <= 7 or not 2 <= len(tail) <= 3 or not _looks_person(tail):
        return None
    pre = [w.lower() for w in words[:k]]
    if pre[0] in {"a", "an", "the", "one"} or any(w in _BAD_IN_NP or w in _VERB_FORM or w in _PREP_LEAD or
                                                   w in _BOUNDARY_WORDS for w in pre):
        return None
    last_title = max((n for n, w in enumerate(pre) if _title_like(w)), default=-1)
    if last_title < 0 or any(w != "of" and words[n][:1].isupper() and n > last_title
                             for n, w in enumerate(pre)):
        return None
    rest = pre[last_title + 1:]  # after the post: only "of/for" + its department ("of foreign trade")
    if rest and (rest[0] not in {"of", "for"} or len(rest) > 4 or any(w in {"and", "or"} for w in rest)):
        return None
    c = _name_cand(tail, pos, words)
    return c if c is not None and c.kind == "person" else None


#: role nouns whose principal follows "to" ("an aide to Miller", "a senior adviser to the president")
_TO_ROLES = frozenset("aide aides adviser advisers advisor advisors assistant assistants counselor counselors "
                      "consultant consultants envoy ambassador ambassadors successor deputy".split())


def _np_after(toks: Sequence[_Tok], k: int, e: int) -> list[str]:
    """Noun phrase right after an inverted verb: up to punctuation or a clause word."""
    words: list[str] = []
    e = min(e, len(toks))
    while k < e:
        t = toks[k]
        if t.low == "and" and words and all(w.islower() for w in words) and _title_run(toks, k + 1, e):
            words.append(t.text)  # round 15: "says security researcher and forensics expert Jonathan Zdziarski"
            k += 1
            continue
        if t.low == "and" and len(words) == 1 and k + 2 < e and _coord_modifier(words[0]) and _coord_modifier(
                toks[k + 1].text):
            words.append(t.text)  # session 16: "said state and local officials"
            k += 1
            continue
        if t.low == "and" and "for" in words[1:] and k + 1 < e and _cap(toks[k + 1].text) and (
                toks[k + 1].text not in lex.MALE_FIRST and toks[k + 1].text not in lex.FEMALE_FIRST):
            words.append(t.text)  # "the Centers for Disease Control and Prevention": one name
            k += 1
            continue
        if t.text in _STOP_PUNCT or t.low in _BOUNDARY_WORDS or t.low in _RELATIVES:
            break
        if t.low == "to" and words and words[-1] in lex.ORG_WORDS and k + 2 < e and _cap(toks[k + 1].text) and (
                toks[k + 1].low not in lex.SPEAKER_NOUNS and _cap(toks[k + 2].text)):
            words.append(t.text)  # session 16: "said the Committee to Protect Journalists"
            k += 1
            continue
        if t.low in {"in", "on", "at", "during", "after", "before", "from", "to", "via", "when"} and not (
                t.low == "to" and words and words[-1].lower() in _TO_ROLES and k + 1 < e and toks[k + 1].low not in {
                    "reporters", "journalists", "me", "us", "him", "her", "them"}):  # session 15: "an aide to Miller"
            if words and (words[-1][0].isupper() or words[-1].lower() in lex.SPEAKER_NOUNS) and \
                    not (words[-1].lower() in lex.SPEAKER_NOUNS and t.low in {"at", "from", "in"}
                         and k + 1 < e and _cap(toks[k + 1].text)):
                break
        if words and words[-1].lower() in lex.SPEAKER_NOUNS and t.low in {
                "familiar", "close", "knowledgeable", "briefed", "present"} and (  # session 16: "briefed on"
                k + 1 < e and toks[k + 1].low in {"with", "to", "about", "on"} or t.low == "present" and k + 1 < e
                and toks[k + 1].low in {"at", "in", "during", "for"}):  # session 24: "one official present at …"
            # session 15: "said a person familiar with the talks", "said two people close to the president"
            n = k + 2
            while n < e and n - k < 10 and toks[n].text not in _STOP_PUNCT and toks[n].low not in _BOUNDARY_WORDS \
                    and toks[n].low not in _RELATIVES and toks[n].low not in {"in", "on", "at", "during", "after"}:
                n += 1
            return words + [tk.text for tk in toks[k:n]]
        if t.low in _VERB_FORM and words:
            break  # after the "familiar with" check: "briefed" is also a speech verb ("a person briefed on …")
        if words and words[-1].lower() in lex.SPEAKER_NOUNS and t.text[0].islower() and (
                t.low.endswith(("ed", "ing")) or t.low in {"familiar", "close", "granted", "given"}) and \
                t.low not in lex.SPEAKER_NOUNS:
            break  # round 17: "said a senior Clinton advisor granted anonymity to talk about …"
        ws = words[1:] if words and words[0] == "the" else words  # session 16: "the Roper Center for …"
        if t.low == "for" and ws and len(ws) <= 3 and _is_org_chain(ws) and all(_cap(w) for w in ws) and (
                k + 1 < e and _cap(toks[k + 1].text)):
            words.append(t.text)  # round 13: "the Centers for Disease Control and Prevention"
            k += 1
            continue
        if words and _cap(words[-1]) and t.text[0].islower() and t.low not in _NAME_LINKS and not (
                _POSSESSIVE_RE.search(words[-1]) and k + 1 < e and t.low not in _AFTER_INV) and (
                t.low not in lex.SPEAKER_NOUNS and t.low not in lex.TITLE_LOWER or len(words) > 1 and all(
                    _cap(w) for w in words[-2:]) and words[0].lower() not in {"a", "an", "another", "one"}) and \
                not _title_run(toks, k, e):  # round 17: "said a Canadian Airlines spokesman" keeps its head noun
            break
        words.append(t.text)
        k += 1
        if len(words) > 10:
            return []
    return words


def _and_company_end(toks: Sequence[_Tok], k: int, e: int) -> int:
    """Session 22: past the rest of a company name cut at its "and" after an inverted speaker ("said Allan Kaplan of
    Merrill Lynch and Co."), when only capitalised words follow up to the end of the clause; else ``k``."""
    if k + 1 < e and toks[k].low == "and" and _cap(toks[k + 1].text):
        j = k + 1
        while j < e and _cap(toks[j].text) and j - k <= 3:
            if toks[j].text.rstrip(".") in {"Co", "Corp", "Inc", "Ltd", "Company", "Sons", "Partners", "Associates"}:
                # "… and Co. He left.": the abbreviation's full stop ended the sentence
                return e if j + 1 < e and _cap(toks[j + 1].text) else j + 1
            j += 1
        if j >= e or toks[j].text in _STOP_PUNCT:
            return j
    return k


def _title_run(toks: Sequence[_Tok], k: int, e: int) -> bool:
    """Round 10: lower-case words from ``k`` that end in a job noun right before a capitalised name: "(University of
    Miami) tropical weather expert Brian McNoldy" -- the organisation and the job title before an inverted name."""
    n = k
    while n < e and n - k < 4 and toks[n].text.isalpha() and toks[n].text.islower() and toks[n].low not in _BAD_IN_NP \
            and toks[n].low not in _BOUNDARY_WORDS and toks[n].low not in _VERB_FORM and toks[n].low not in _POSTMOD:
        n += 1
    if n == k or n + 1 >= e or not (_cap(toks[n].text) and _cap(toks[n + 1].text)):
        return False
    last = toks[n - 1].low
    return last in lex.TITLE_LOWER or last in lex.SPEAKER_NOUNS or _occupation_word(last)


#: session 18: "Hillcrest declined to comment, citing the pending litigation" reports no speech
_DECLINE_FORMS = frozenset("declined declines refused refuses".split())
_FINITE_HINT = frozenset("expressed made gave offered took put sent issued dismissed defended rejected "
                         "weighed decided struck praised criticized criticised pushed".split())


def _conjoined_subject(toks: Sequence[_Tok], s: int, i: int, after: int) -> _Cand | None:
    """Session 18: the name opening a coordinated clause (", and Asher agreed, adding …") between the last speaker
    at offset ``after`` and the participle at ``i``: that clause's subject is the one who adds."""
    for k in range(i - 3, s, -1):
        if toks[k].start <= after:
            return None
        if toks[k].low in {"and", "but", "while"} and toks[k - 1].text == ",":
            n = k + 1
            while n < i and n - k <= 4 and _cap(toks[n].text) and toks[n].text not in _FUNCTION_CAPS:
                n += 1
            if n == k + 1 or n >= i or not (toks[n].low.endswith("ed") or toks[n].low in _VERB_FORM):
                return None
            c = _classify([tk.text for tk in toks[k + 1:n]], toks[k + 1].start)
            return c if c is not None and c.kind in {"person", "org"} else None
    return None


def _with_subject(toks: Sequence[_Tok], s: int, i: int) -> _Cand | None:
    """Session 18: the name that is the subject of an absolute "with" clause before the participle at ``i`` ("with
    Lee calling the plan “reckless” and Sutton saying …"); described subjects ("with several lawmakers warning
    that …") are found where the speech noun before a participle is handled."""
    if i - 3 >= s and toks[i - 1].low in lex.SPEAKER_NOUNS and toks[i - 2].low in {"his", "her", "their"} and \
            toks[i - 3].low == "with" and (i - 4 < s or toks[i - 4].text == ","):
        c = _classify([toks[i - 2].text, toks[i - 1].text], toks[i - 2].start)  # session 24: "…, with his attorney
        return c if c is not None and c.kind == "pron" else None  # saying his client has made no deal"
    k = i - 1
    while k > s and i - k <= 4 and _cap(toks[k].text) and toks[k].text not in _FUNCTION_CAPS:
        k -= 1
    if k == i - 1 or k < s:
        return None
    start = k + 1
    lead = toks[k].low
    if lead == "and":  # "… and Sutton saying": an earlier "with" clause
        k = next((n for n in range(k - 1, max(s, k - 25) - 1, -1) if toks[n].low == "with"), -1)
        if k < 0:
            return None
    elif lead != "with":
        return None
    if k > s and toks[k - 1].text != ",":
        return None  # "an agreement with Colorado National calling for …" is no absolute clause
    words = [tk.text for tk in toks[start:i]]
    c = _classify(words, toks[start].start)
    return c if c is not None and c.kind in {"person", "org", "desc"} else None


_GERUND_SUBJECT_LEADS = frozenset(", with and of shows showed show heard hear saw see sees captured features featured "
                                  "quoted quotes recalled remembers remembered".split())


def _named_gerund_subject(toks: Sequence[_Tok], s: int, i: int) -> _Cand | None:
    """Session 24: a person named right before "saying"/"telling", in a list, an absolute clause or after a verb of
    perception ("…, Vice President Joe Biden saying Trump doesn’t understand NATO", "the video shows Donald Trump
    saying …"): that person spoke. Not after other words ("a source close to Trump saying" is the source)."""
    k = i - 1
    while k > s and i - k <= 6 and (_cap(toks[k].text) or toks[k].text in _NAME_LINKS) and \
            toks[k].text not in _FUNCTION_CAPS:
        k -= 1
    if k == i - 1 or toks[k].low not in _GERUND_SUBJECT_LEADS and not (k == s and _cap(toks[k].text)):
        return None
    start = k + 1 if toks[k].low in _GERUND_SUBJECT_LEADS else k
    words = [tk.text for tk in toks[start:i]]
    c = _classify(words, toks[start].start)
    if c is None or c.kind != "person":
        return None
    return c if len(c.text.split()) > 1 else _Cand(c.pos, "_known:" + c.text, "pron")


def _clause_subject(toks: Sequence[_Tok], s: int, i: int) -> _Cand | None:
    """The subject of the clause that the speech word at ``i`` depends on: the main verb's subject, else the
    sentence subject ("X rattled critics … by issuing", "…, saying")."""
    c = _main_verb_subject(toks, s, i)
    if c is None:
        ss = _sentence_subject(toks, s, i)
        c = _classify(ss, toks[s].start) if ss else None
    return c


def _main_verb_subject(toks: Sequence[_Tok], s: int, i: int) -> _Cand | None:
    """Subject of the finite verb of the clause before ``…, saying``: "Hours before the game,
    coach Bruce Boudreau expressed confidence …, saying" -> Bruce Boudreau."""
    for k in range(i - 2, s, -1):
        t = toks[k]
        if t.text in {";", ":"}:
            return None
        if t.text[0].islower() and t.low.endswith("ed") and toks[k - 1].text == "," and k - 2 > s and (
                toks[k + 1].text[0].islower() if k + 1 < i else False) and not any(
                tk.text == "," for tk in toks[k + 1:i - 1]):
            # round 13: "Walter Souza Braga Netto, a former Army general who …, rattled critics … by issuing":
            # the verb right after a closed appositive takes the name before it
            subj, _pos, neg = _subject_before(toks, s, k)
            for w in subj:
                c = _classify(w, _pos)
                if c is not None and c.kind == "person" and not neg:
                    return c
        if t.text[0].islower() and (t.low.endswith("ed") or t.low in _FINITE_HINT) and _cap(toks[k - 1].text):
            start = _np_back(toks, k - 1, s)
            if start > k - 1:
                return None
            words = [tk.text for tk in toks[start:k]]
            c = _classify(words, toks[start].start)
            if c is None:  # "state Sen. Ann Holt": fall back to the capitalised tail
                m = len(words)
                while m > 0 and (_cap(words[m - 1]) or words[m - 1] in _NAME_LINKS):
                    m -= 1
                c = _name_cand(words[m:], toks[start].start, words) if words[m:] else None
            return c if c is not None and c.kind in {"person", "org", "desc"} else None
    return None


_MEDIA_HEADS = frozenset({"newspaper", "paper", "tabloid", "magazine", "broadcaster", "website"})


_PARTICIPLE_NEXT = frozenset("in on at by with to from for after through over into up out down about "
                             "a an the his her their its".split())
_FRONT_PREPS = frozenset("beyond despite amid amidst among across during since inside outside within without "
                         "throughout besides unlike behind beside toward towards against along around through".split())


def _sentence_subject(toks: Sequence[_Tok], s: int, i: int) -> list[str]:
    """The subject noun phrase at the start of a sentence (for "…, saying" and "but said")."""
    k = s
    # skip a fronted adverbial ending with a comma ("On Monday, ...", "In a statement, ...")
    for m in range(s, min(i, s + 12)):
        if toks[m].text == ",":
            if (toks[s].low in _LEAD_ADVERBS or m == s + 1 and toks[s].low.endswith(("ed", "ing")) or (
                    # round 11: "Dressed in a gray pullover, he …", "Beyond Des Moines, the new leadership …"
                    toks[s].low.endswith(("ed", "ing")) and toks[s + 1].low in _PARTICIPLE_NEXT or
                    toks[s].low in _FRONT_PREPS) or
                    toks[s].text in _FUNCTION_CAPS and toks[s].low not in {
                    "the", "a", "an", "one", "he", "she", "they", "we", "i"}) and not (
                    toks[s].low in _DETERMINERS and any(
                        tk.low in lex.SPEAKER_NOUNS for tk in toks[s + 1:m])):  # "Two Fed governors dissented,"
                k = m + 1
                c2 = next((n for n in range(k + 1, min(i, k + 4)) if toks[n].text == ","), -1)
                if c2 > k and " ".join(tk.text for tk in toks[k:c2]) in lex.US_STATES:
                    k = c2 + 1  # session 20: "Speaking at a town hall in Salem, New Hampshire, Trump went after …"
            break
    for _ in range(3):  # round 17: "On Thursday morning, however, in an interview on Fox, he sought …": several
        if k >= i or toks[k].low not in _LEAD_ADVERBS:  # fronted adverbials in a row
            break
        cut = next((n for n in range(k + 1, min(i, k + 12)) if toks[n].text == "," or toks[n].text == '"' and toks[
            n - 1].text == '"' and n + 1 < i and toks[n + 1].low in {"he", "she", "they", "it", "we"}), None)
        if cut is None:
            break
        k = cut + 1
    words: list[str] = []
    while k < i:
        t = toks[k]
        if t.low == "and" and len(words) == 1 and k + 2 < i and _coord_modifier(words[0]) and _coord_modifier(
                toks[k + 1].text):
            words.append(t.text)  # session 16: "Democratic and Republican lawmakers sued …, saying"
            k += 1
            continue
        if t.text in _STOP_PUNCT or t.low in _BOUNDARY_WORDS or t.low in _RELATIVES:
            break
        if t.low in lex.AUX_WORDS or t.low in _VERB_FORM or t.low in lex.NEGATIONS:
            break
        if t.low == "for" and words and words[-1].lower() in lex.SPEAKER_NOUNS and k + 1 < i \
                and _cap(toks[k + 1].text) and toks[k + 1].text not in _FUNCTION_CAPS:
            n = k + 1  # session 24: "A spokesperson for OSTC declined to comment … but said"
            while n < i and n - k <= 6 and (_cap(toks[n].text) or toks[n].low in {"of", "and", "&"}) and \
                    toks[n].low not in _VERB_FORM:
                n += 1
            if n < i and n - 1 > k and _POSSESSIVE_RE.search(toks[n - 1].text) and toks[n].low in _OWNED_HEADS:
                n += 1  # session 25: "An attorney for Floyd’s family welcomed … but said": the owned noun too
            words.extend(tk.text for tk in toks[k:n])
            break
        if words and t.text[0].islower() and t.low not in lex.SPEAKER_NOUNS and t.low not in lex.TITLE_LOWER \
                and not t.low.endswith("s"):
            head = next((n for n in range(k + 1, min(i, k + 4)) if toks[n].low in lex.SPEAKER_NOUNS
                         and toks[n].text.islower()), None)
            lead = words[0].lower()
            if head is not None and (len(words) == 1 and (lead in _DETERMINERS or lead in _QUANTIFIERS or (
                    lead[0].isdigit())) or words[-1] == "and") and all(
                        tk.text.isalpha() and tk.text.islower() and tk.low not in _VERB_FORM and tk.low not in
                        lex.AUX_WORDS and tk.low not in _BOUNDARY_WORDS and tk.low not in _PREP_LEAD and tk.low
                        not in {"of", "to", "for", "about"} for tk in toks[k:head]):
                words.extend(tk.text for tk in toks[k:head + 1])  # session 16: "Several environmental groups
                k = head + 1  # sued …, saying", "Three former employees …, saying": adjectives before the noun
                continue
            if t.low in _MEDIA_HEADS:  # "North Korea's official newspaper": keep the head (an outlet, no speaker)
                words.append(t.text)
            break
        words.append(t.text)
        k += 1
        if len(words) > 8:
            return []
    both = bool(words) and words[0] == "Both" and len(words) > 1
    if both:
        words = words[1:]
    if words and k + 1 < i and toks[k].low == "and" and _cap(toks[k + 1].text):
        # session 15: "Miller and Gov. Mike DeWine met with workers and said …": both names are the subject
        n = k + 1
        while n < i and n - k <= 4 and _cap(toks[n].text):
            n += 1
        right = [tk.text for tk in toks[k + 1:n]]
        if n < i and toks[n].text.islower() and _looks_person(right) and _looks_person(words) and (
                both or max(len(words), len(right)) >= 2):  # not "Procter and Gamble"
            return words + ["and"] + right
    if words and k + 2 < i and toks[k].text == "," and words[-1].lower() in lex.SPEAKER_NOUNS:
        # session 15: "Miller's spokesman, Tom Hart, met with … and said": the name in apposition
        n = k + 1
        while n < i and n - k <= 4 and _cap(toks[n].text):
            n += 1
        named = [tk.text for tk in toks[k + 1:n]]
        if n < i and toks[n].text == "," and len(named) >= 2 and _looks_person(named):
            return named
    return words


# --- per-paragraph extraction -------------------------------------------------------------------
# phrasal speech verbs: "fired back", "weighed in", "pointed out that", "lashed out at"
_PHRASAL: dict[str, frozenset[str]] = {}
for _v, _p in (("fire", "back"), ("shoot", "back"), ("push", "back"), ("hit", "back"), ("weigh", "in"),
               ("chime", "in"), ("lash", "out"), ("point", "out"), ("speak", "out"), ("sound", "off"),
               ("cry", "foul"), ("cry", "out"), ("take", "aim")):
    for _form in (("cry", "cries", "cried", "crying") if _v == "cry" else ("take", "takes", "took", "taking")
                  if _v == "take" else lex.verb_forms(_v)) + (
            ("shot", "hit", "hits", "hitting", "shooting") if _v in {"shoot", "hit"} else ()):
        _PHRASAL[_form] = _PHRASAL.get(_form, frozenset()) | {_p}
# round 17: phrasal speech verbs that take an object ("called for the release of", "singled out Syria as", "ruled
# out a run", "took issue with", "made clear that", "sounded the alarm", "held out the possibility"); a person-like
# subject only ("the plan calls for", "the court made clear" stay silent)
_OBJ_PHRASAL: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
for _v, _p, _nx in (("call", "for", ""), ("single", "out", ""), ("rule", "out", ""), ("take", "issue", "with"),
                    ("make", "clear", ""), ("make", "plain", ""), ("sound", "the", "alarm"),
                    ("hold", "out", "the hope"), ("speak", "up", ""), ("open", "up", "about"),
                    ("double", "down", "on"), ("wonder", "aloud", ""),
                    # session 13: "took to Twitter to defend the plan"
                    ("take", "to", "twitter facebook instagram social x truth tiktok youtube threads bluesky"),
                    # session 15: "Miller cast doubt on the plan" (a person-like subject, as the others)
                    ("cast", "doubt", "on"),
                    # session 24: "Clinton had made it clear that …", "Blair paid tribute to …", "Abe brought up …"
                    ("pay", "tribute", "to"), ("bring", "up", "")):
    for _form in (("take", "takes", "took", "taking") if _v == "take" else ("make", "makes", "made", "making")
                  if _v == "make" else ("cast", "casts", "casting") if _v == "cast" else
                  ("pay", "pays", "paid", "paying") if _v == "pay" else
                  ("bring", "brings", "brought", "bringing") if _v == "bring" else
                  ("hold", "holds", "held", "holding") if _v == "hold" else
                  ("speak", "speaks", "spoke", "speaking") if _v == "speak" else lex.verb_forms(_v)):
        _old = _OBJ_PHRASAL.get(_form, (frozenset(), frozenset()))
        _OBJ_PHRASAL[_form] = (_old[0] | {_p}, _old[1] | frozenset(_nx.split()))
_MADE_IT_CLEAR = frozenset({"make", "makes", "made", "making"})  # session 24: "had made it clear that …"
_AFTER_PHRASAL = frozenset({"at", "on", "against", "that", ",", '"', ":", "with", "to", "in", "about", "saying"})
# "Van Der Beek’s announcement that …", "Mr. Trump’s Oct. 11 announcement that": a named owner of a speech noun
_SPEECH_NOUN_ALT = ("announcement|claim|assertion|insistence|admission|pledge|promise|vow|warning|remarks|"
                    "comments|testimony|suggestion|contention|argument|acknowledg(?:e)?ment|denial|prediction|"
                    "boast|accusation|allegation|declaration|confirmation|revelation")
_POSS_SPEECH_RE = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*)(?:'s|’s)\s+(?:[\w.-]+\s+){0,3}?(?:"
                             + _SPEECH_NOUN_ALT + r")s?\s+(?:that\b|,?\s*\")")
#: session 24: "he supports Trump's call for building a wall", "the governor's repeated calls to resign"
_POSS_CALL_RE = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*)(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,2}?calls?\s+"
                           r"(?:for|to)\b")
_PRON_SPEECH_RE = re.compile(r"\b([Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _SPEECH_NOUN_ALT
                             + r")s?\s+that\b")
_NO_ANTECEDENT = -2  # _Cand.group of a speaker that must not become a pronoun antecedent
_POSS_SPEECH_TRIGGERS = frozenset(w + x for w in _SPEECH_NOUN_ALT.replace("(?:e)?", "").split("|")
                                  for x in ("", "s")) | {"acknowledgement", "acknowledgements"}
# round 14: "he raised concerns/questions/objections about …"
_RAISE_FORMS = frozenset({"raise", "raised", "raises", "raising"})
_RAISE_OBJECTS = frozenset("concern concerns question questions doubts objections objection alarm alarms".split())
_SWIPE_VERBS = frozenset("take takes took taking unleash unleashes unleashed unleashing launch launches launched "
                         "launching".split())
_SWIPE_NOUNS = frozenset("swipe swipes jab jabs potshot potshots shot shots attack attacks broadside broadsides "
                         "barrage".split())


#: session 23: speech verbs whose base form is no trigger on its own ("a blast", "an attack", "the post"); after an
#: attempt or manner phrase ending in "to" ("went on to blast", "used the speech to attack") they are verbs
_BASE_ONLY = frozenset(b for b in set(_VERB_FORM.values()) if b not in _VERB_FORM) - frozenset(
    # deeds as often as words: "continued to post gains", "started to attack vessels", "began to trade", "to order"
    "attack post trade play press order float text message brush address answer appeal credit champion detail "
    "echo dub label brand snap rip swear object lobby spar clash grill quiz relay convey".split())
#: "is ready/eager to discuss": a willingness, not an act (session 23)
_WILLING_TO = frozenset("ready happy eager keen anxious willing prepared".split())
_TRIGGERS = frozenset(_VERB_FORM) | frozenset(_PHRASAL) | frozenset(_OBJ_PHRASAL) | _GIVE_FORMS | _SEND_FORMS | \
    _SWIPE_VERBS | {
    "made", "makes", "make", "making", "according", "sent",
                                                               "written", "issued", "signed", "released",
                                                               "express", "expressed", "expresses", "expressing",
                                                               "voice", "voiced", "voices", "voicing",
                                                               "words",  # "In Dr. Shadlen's words, …"
                                                               "put", "puts",  # round 13: "as X put it"
                                                               "published", "publishes"} | _RAISE_FORMS
# "expressed outrage/concern …" reports speech; "expressed in dollars" does not
_EXPRESS_FORMS = frozenset({"express", "expressed", "expresses", "expressing", "voice", "voiced", "voices",
                            "voicing"})
_EXPRESS_OBJECTS = frozenset(
    "outrage concern concerns support doubt doubts regret sympathy condolences confidence frustration anger "
    "disappointment surprise optimism skepticism scepticism opposition gratitude dismay alarm reservations "
    "interest hope hopes shock views fears displeasure disapproval unease enthusiasm excitement solidarity "
    "sadness disbelief".split()
)
_LOWER_WORD_RE = re.compile(r"[a-z]{3,}")
_AFTER_INV = frozenset(
    "in on at during after before from via when who of for while as last this earlier later today "
    "yesterday".split()
)
_NOT_INVERTED = _PRONOUNS | {"that", "it", "in", "on", "at", "of", "to", "by", "so", "this", "there"}
# round 13: verbs whose object is a speech noun ("issue reports", "had questions", "filed claims"); the noun is no verb
_NOUN_TAKERS = frozenset("issue issues issued issuing publish publishes published file files filed had has have "
                         "having raise raises raised raising answer answers answered field fielded".split())
_NOUNISH = frozenset(
    "protest protests claim claims report reports comment comments call calls demand demands question "
    "questions charge charges pledge pledges promise promises vow vows post posts tweet tweets estimate "
    "estimates forecast forecasts note notes statement remark remarks reply replies response signal "
    "signals brief briefs warning threat threats email emails text texts".split()  # session 14: "Mr. Powell's emails"
)
_DETS_POSS = frozenset("the a an his her their its our my your this that these those".split())
# round 11: a dotted abbreviation ("the U.S. census") is not cut at its first dot
# session 15: a title abbreviation does not end it either ("according to Gov. Mike DeWine", "according to Ms. Miller")
_TITLE_ABBREV = (r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Gov|Sen|Sens|Rep|Reps|Lt|Gen|Col|Capt|Sgt|Prof|Rev|Atty|Supt|Det|"
                 r"Adm|Maj|Cmdr|Del|Jr|Sr|St)\.(?=\s)")
_ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+((?:(?<![\w.])[A-Z]\.(?:[A-Z]\.)+|(?<![\w.])[A-Z]\.(?=\s+[A-Z][a-z])|"
                           + _TITLE_ABBREV + r"|[^,;:.()\"—–])+?)"
                           r"(?=\s*(?:[,;:.()\"—–]|$|\s-\s))")
#: session 16: a full name in apposition right after a described source ("according to his spokeswoman, Kate Ross.")
_APPOSED_NAME_RE = re.compile(r",\s+((?:[A-Z][\w'’-]+\.?\s+){1,3}[A-Z][\w'’-]+)\s*(?:[,.;]|$)")
# round 17: a middle initial does not end the phrase ("echoed by Louis J. Marinelli from …")
_INITIAL = r"(?<![\w.])[A-Z]\.(?=\s+[A-Z][a-z])"
_NO_COMMENT_RE = re.compile(r"\b(?:declin\w*|refus\w*|would not|wouldn't|did not|didn't)\s+(?:to\s+)?comment|"
                            r"\bno comment\b", re.IGNORECASE)
#: passive speech verbs whose "by" agent spoke ("was told by a doctor"); documents sent/issued by someone follow
_TOLD_BY_VERBS = ("told", "informed", "assured", "warned", "briefed", "touted", "promised", "pledged", "mouthed",
                  "demanded", "dubbed", "voiced", "requested", "urged", "criticized", "criticised", "questioned",
                  "disputed", "echoed", "announced", "praised", "condemned", "suggested", "expressed", "described",
                  "denounced", "decried", "recommended", "accused",
                  "asked", "Asked")  # session 24: "Asked by Bishop John Brannon what Pence would do, …" (a question)
_TOLD_BY_RE = re.compile(r"\b(?:(?:" + "|".join(_TOLD_BY_VERBS) + r")|(?:e-?mail|"
                         r"letter|memo|statement|message|note|tweet|post)s?\s+(?:sent|written|issued|signed|posted|"
                         r"released)|(?<=\b[Aa] )(?:claim|accusation|allegation|assertion|suggestion)|"
                         r"(?:remarks|comments)(?:\s+(?:last|earlier|this)\s+\w+)?)"
                         # session 24: "enforcement actions announced Monday morning by the Department of Justice"
                         r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
                         r"earlier|(?:last|this)\s+(?:week|month|year))(?:\s+(?:morning|afternoon|evening|night))?)?"
                         r" by\s+((?:" + _INITIAL + "|"
                         + _TITLE_ABBREV + r"|[^,;:.()\"—–])+)")
# active "quote X as saying": X is the speaker, the quoting outlet only a channel
_QUOTE_AS_RE = re.compile(r"\bquot(?:e|es|ed|ing)\s+(?!as\b|by\b|in\b|from\b)([^,;:.()\"—–]+?)\s+as\s+"
                          r"(?:saying|telling|stating|describing|calling|warning|writing|adding)\b")
_AS_PUT_RE = re.compile(r"\b[Aa]s\s+((?:[\w.’'-]+\s+){0,5}?[\w.’'-]+)\s+(?:(?:has|had|once|so|recently)\s+)?"
                        r"put(?:s)?\s+it\b")
_STATEMENT_NOUNS = frozenset({"statement", "release", "announcement"})
_QUOTED_AUX = frozenset("was were is are been has have had also widely reportedly".split())
_VIA_REPORTS_RE = re.compile(r"\breport(?:s|ed)? via\b")
# "In Dr. Shadlen's words, …", "in her own words": the owner of the words is quoted
_IN_WORDS_RE = re.compile(r"\b[Ii]n\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*(?=['’]s\s)|his|her|His|Her)(?:['’]s)?\s+"
                          r"(?:own\s+)?words\b")
# session 13: "Alvarez: “We are ready.”" (a name, a colon, a quote at the start of a sentence)
_TRANSCRIPT_RE = re.compile(r'^\s*["“]?\s*((?:[A-Z][A-Z.]+\s+)?[A-Z][A-Z’\'-]{2,}):\s+\S')
_QA_TURN_RE = re.compile(r'^\s*["“]?\s*([A-Z][a-z]+(?:[’\'-][A-Z]?[a-z]+)?):\s+\S')
_TRANSCRIPT_NOT_NAMES = frozenset("UPDATE UPDATED WATCH BREAKING NOTE EDITOR CORRECTION READ MORE RELATED PHOTOS "
                                  "VIDEO LISTEN Q A "
                                  # session 20: turns now name unknown speakers too, so more headings are listed
                                  "CLARIFICATION CORRECTIONS NOTES DISCLOSURE DISCLAIMER SOURCE SOURCES CREDIT PHOTO "
                                  "TRANSCRIPT BACKGROUND CONTEXT ANALYSIS OPINION WARNING ALERT CONTACT FACT CHECK "
                                  "VERDICT TOPICS TAGS FILED POSTED QUESTION ANSWER WHY WHAT HOW WHO WHEN WHERE "
                                  "BOTTOM LINE ADVERTISEMENT SPONSORED PREVIOUSLY MEANWHILE ALSO SEE".split())
_DASH_QUOTE_RE = re.compile(r'"\s*(?:—|–|--)\s*((?:[A-Z][\w.’\'-]*\s+){1,3}[A-Z][\w’\'-]*[a-z])'
                            r'(?=\s*(?:$|[,;("]|\s[a-z(]))')
_COLON_QUOTE_RE = re.compile(r'(?:^|(?<=[.!?"]\s))((?:[A-Z][\w.’\'-]*\s+){0,3}[A-Z][\w’\'-]*[a-z]):\s+"')
_VERB_COLON_QUOTE_RE = re.compile(r'(?:^|(?<=[.!?";]\s)|(?<=,\sand\s)|(?<=,\sbut\s))'
                                  r'((?:[A-Z][\w.’\'-]*\s+){0,3}[A-Z][\w’\'-]*[a-z])'
                                  r'(?:,[^,;:"]{1,40},)?\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|s):\s+"')
# session 24: a verb of manner, a comma and a quotation ("When Trump took his turn …, he grinned, “Ah, …”")
_MANNER_VERBS = ("grinned smiled laughed chuckled sighed shrugged beamed deadpanned snapped shouted yelled hollered "
                 "exclaimed marveled marvelled gushed joked quipped cracked mused scoffed sneered").split()
_MANNER_COMMA_QUOTE_RE = re.compile(r'(?:^|(?<=[.!?";]\s)|(?<=,\s))'
                                    r'((?:[A-Z][\w.’\'-]*\s+){0,3}[A-Z][\w’\'-]*[a-z]|he|she)\s+(?:[a-z]+ly\s+)?'
                                    r'(?:' + "|".join(_MANNER_VERBS) + r'),\s+"')
_WORDS_OF_RE = re.compile(r"\b[Ii]n\s+the\s+(?:own\s+)?words\s+of\s+([^,;:.()\"—–]+)")
_CITING_RE = re.compile(r",\s+citing\s+([^,;:.()\"—–]+)")


_QNAME = r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|he|she)"
# round 10: also the present tense of features ("“We talked ’em into it,” Jones beams."), after the name only
# round 15: the inverted verb may be in the present tense too ("“…,” remembers Hanna-Attisha, a pediatrician")
_QUOTE_ED_RE = re.compile(r'"\s+(?:([a-z]{3,}(?:ed|[^s’\'u]s))\s+(' + _QNAME + r')|'
                          r'(' + _QNAME + r')\s+([a-z]{3,}(?:ed|[^s’\'u]s)))'
                          r'(?=\s*(?:[,.;]|$))')
# session 15: an anonymous description in the same place ("“She is our mother!” a woman cried.", "“…,” one older
# woman exulted", "“No justice, no peace,” chanted the protesters, who …"); _classify decides it is a speaker
_QDESC = (r"(?:(?:a|an|one|another|the|some|two|three|several|many|dozens\s+of|hundreds\s+of)\s+"
          r"(?:[\w’'-]+\s+){0,3}[a-z][\w-]*[a-z])")
_QUOTE_ED_DESC_RE = re.compile(r'"\s+(?:([a-z]{3,}ed)\s+(' + _QDESC + r')|(' + _QDESC + r')\s+([a-z]{3,}ed))'
                               r'(?=\s*(?:[,.;]|$))')
_NOT_QUOTE_ED = frozenset("released directed produced starred featured aired published opened closed "
                          "premiered followed continued ended started releases directs produces stars features "
                          "airs publishes opens closes premieres follows continues ends starts plays sings "
                          "performs".split())


_WHAT_CALLS_RE = re.compile(r"\b[Ww]hat\s+((?:[\w.’'-]+\s+){0,4}?[\w.’'-]+)\s+(?:(?:has|have|had|once|often)\s+)?"
                            r"(?:calls|called|describes|described\s+as|terms|termed|dubs|dubbed|labels|labeled|"
                            r"labelled|characterizes|characterized)\b")


@dataclass
class _ParaResult:
    cands: list[_Cand] = field(default_factory=list)
    open_quote_at_end: bool = False
    starts_with_quote: bool = False
    only_quote: bool = False
    lead_quote_sentence: bool = False  # session 21: the paragraph opens with a whole quoted sentence
    long_quote_at: int = -1  # start of the first quote of four words or more
    turn: bool = False  # session 14: the paragraph opens a transcript turn ("PENCE: …")
    quote_stops: tuple[int, ...] = ()  # session 18: sentence starts hidden by masking (see _quote_stops)


# "made the remarks", "issued a statement", "released a statement": the subject spoke
_MADE_FORMS = frozenset("made make makes making issued issues issue issuing released releases "
                        "published publishes publish publishing".split())  # round 13: "published a statement"
_POSTED_MEDIA = frozenset("video videos photo photos picture pictures image images footage clip clips "
                          "selfie selfies gains loss losses profit profits revenue record".split())
_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty".split())
# "boast(s) + object" means "have" ("the city boasts a new stadium"); "boasted that/about/of" stays speech
_BOAST_HAVE = frozenset("a an the its their his her more tens hundreds dozens thousands millions some several "
                        "one nearly almost over".split())
_DENY_OBJECTS = frozenset({"wrongdoing", "involvement", "responsibility", "knowledge"})
_DEFEND_OBJECTS = frozenset("title titles crown champion champions championship lead record belt goal net "
                             # session 24: "Democrats are defending 25 seats in 2018"
                             "position area line seat seats majority territory border borders city country".split())


def _as_quote_follows(toks: Sequence[_Tok], i: int, e: int, need_as: bool = True) -> bool:
    """``VERB … as "…"`` within the next few tokens (or just a quote when ``need_as`` is False)."""
    for k in range(i + 1, min(e, i + 9)):
        if toks[k].text == '"' and (not need_as or k > i + 1 and toks[k - 1].low == "as"):
            return True
        if toks[k].text in {";", ":"}:
            return False
    return False


#: session 20: verbs of a verbal exchange whose partner after "with" speaks as well
_RECIPROCAL_VERBS = frozenset({"spar", "banter", "argue", "clash", "trade", "quarrel", "feud"})


_SHOUT_INGS = frozenset({"yelling", "shouting", "chanting", "speaking"})


def _with_agent(toks: Sequence[_Tok], s: int, i: int, e: int) -> _Cand | None:
    """Session 20: the speaker of "…, with NP VERBing" (VERBing at ``i``): a described group ("with some saying",
    "with one fan yelling, “…”", "with over 50 people speaking out") or a name ("with spokesman Brian Fallon tweeting
    that"); not a definite description ("with the Democratic nominee calling it …" names someone the resolver knows,
    this rule does not)."""
    nxt = toks[i + 1].low if i + 1 < e else ""
    quote_next = i + 1 < e and toks[i + 1].text == '"'
    before = toks[i - 1]
    if (before.low in lex.SPEAKER_NOUNS or before.low in {"some", "others", "many", "several", "people"}) and (
            nxt in {"that", ",", "out", "against", "in", "on", "they", "the", "it", "he", "she"} or quote_next):
        start = i - 1
        while start > max(s, i - 7) and toks[start - 1].text not in _STOP_PUNCT and toks[start - 1].low != "with" \
                and toks[start - 1].low not in _BOUNDARY_WORDS:
            start -= 1
        if s < start < i and toks[start - 1].low == "with":
            words = [tk.text for tk in toks[start:i]]
            c = _classify(words, toks[start].start)
            if c is None and len(words) == 1 and words[0].lower() in {"some", "others", "many", "several"}:
                c = _Cand(toks[start].start, words[0].lower(), "desc")
            if c is not None and (c.kind in {"person", "org"} or c.kind == "desc" and not (
                    words[0].lower() == "the" and not words[-1].endswith("s"))):
                return c
    if toks[i].low in _ING_FOLLOWERS and i - 3 >= s and _cap(before.text) and (
            nxt in {"that", ",", "on", "in", "to"} or quote_next):
        start = i - 1
        while start > max(s, i - 6) and (_cap(toks[start - 1].text) or toks[start - 1].text.islower() and (
                toks[start - 1].low in lex.TITLE_LOWER or toks[start - 1].low in lex.SPEAKER_NOUNS)):
            start -= 1
        if s < start < i and toks[start - 1].low == "with" and (
                start < i - 1 or toks[start].text not in _FUNCTION_CAPS):
            c = _classify([tk.text for tk in toks[start:i]], toks[start].start)
            if c is not None and c.kind in {"person", "org"}:
                return c
    return None


_VERBAL_ATTACK_ADJS = frozenset("withering scathing blistering verbal personal stinging sharp fierce "
                                "rhetorical".split())


def _swipe_follows(toks: Sequence[_Tok], i: int) -> bool:
    """``took (multiple) swipes at``, ``unleashed withering attacks against``: a verbal attack (session 20)."""
    for k in range(i + 1, min(len(toks) - 1, i + 5)):
        if toks[k].low in _SWIPE_NOUNS:
            if toks[k].low in {"attack", "attacks", "barrage"} and not any(
                    tk.low in _VERBAL_ATTACK_ADJS for tk in toks[i + 1:k]):
                return False  # "Russia launched attacks on Ukrainian cities" (not "a scathing attack on")
            return toks[k + 1].low in {"at", "against", "on"}
        if not (toks[k].text.isalpha() and toks[k].text.islower()):
            return False
    return False


def _reciprocal_partner(toks: Sequence[_Tok], i: int, e: int) -> _Cand | None:
    """The person after ``with`` in "sparred with Megyn Kelly", "traded barbs with Cruz" (None if none)."""
    k = i + 1
    if k < e and toks[k].low in {"barbs", "insults", "accusations", "jabs", "words", "repeatedly", "publicly",
                                 "sharply", "openly", "again", "often", "frequently"}:
        k += 1
    if k + 1 >= e or toks[k].low != "with":
        return None
    words: list[str] = []
    for tk in toks[k + 1:e]:
        if not (_cap(tk.text) or words and tk.low in {"of", "the"} or not words and tk.low == "the"):
            break
        words.append(tk.text)
    after = k + 1 + len(words)
    if after < e and toks[after].text.isalpha() and toks[after].text.islower() and toks[after].low not in {
            "over", "about", "on", "in", "during", "at", "after", "before", "for", "and", "as", "who", "when",
            "while", "last", "this", "earlier", "again", "repeatedly", "via", "from", "throughout"}:
        return None  # "sparred with the Texas senator": a description, not a name
    c = _classify(words, toks[k + 1].start) if words else None
    return c if c is not None and c.kind in {"person", "org"} else None


def _person_before_comma_and(toks: Sequence[_Tok], s: int, comma: int) -> tuple[list[str], int] | None:
    """The person of "ROLE, NAME," or "NAME, ROLE," that ends at the comma before "and" (session 20)."""
    c2 = max((m for m in range(max(s, comma - 10), comma) if toks[m].text == ","), default=-1)
    if c2 <= s:
        return None
    seg = [t.text for t in toks[c2 + 1:comma]]
    sc = _classify(seg, 0) if seg else None
    if sc is not None and sc.kind == "person" and _looks_person(seg):
        return seg, toks[c2 + 1].start  # "Clinton's campaign manager, Robby Mook, and …"
    start = _np_back(toks, c2 - 1, s)
    before = [t.text for t in toks[start:c2]]
    bc = _classify(before, 0) if before else None
    if bc is not None and bc.kind == "person" and _looks_person(before) and seg and (
            seg[0].lower() in _DETERMINERS or _POSSESSIVE_RE.search(seg[0])):
        return before, toks[start].start  # "Robby Mook, Clinton's campaign manager, and …"
    return None


def _as_description_follows(toks: Sequence[_Tok], i: int, e: int) -> bool:
    """``VERB the OBJECT as DESCRIPTION`` without a quote: an object of one to five words, then ``as`` and a
    lower-case word ("dismissed the findings as partisan"); not right after the verb ("was dismissed as coach")."""
    for k in range(i + 2, min(e - 1, i + 8)):
        if toks[k].text in _STOP_PUNCT or toks[k].text == ".":
            return False
        if toks[k].low == "as":
            nxt = toks[k + 1].text
            return nxt.isalpha() and nxt.islower() and nxt not in {"well", "part", "soon", "long", "much", "many"}
    return False


_NOT_NOUN_AFTER_ING = _BOUNDARY_WORDS | _DETS_POSS | _PREP_LEAD | _RELATIVES | {
    "to", "about", "for", "of", "out", "up", "back", "down", "off", "against", "around", "them", "him", "us", "me"}


_EMERGENCY_WORDS = frozenset("call calls scene scenes alarm alarms incident fire fires shooting emergency emergencies "
                             "crash accident disturbance "
                             # session 24: "officers who responded to the Uvalde school massacre"
                             "massacre shootings explosion blast rampage attack standoff".split())

#: session 22: lowercase words before a bare speech noun that do not make it a compound noun: function words,
#: adverbs, and collective nouns that take a plural verb ("police say", "staff claim")
_NOT_COMPOUND_MODIFIERS = frozenset(
    "and or but nor to not never who that which what where when whom whose do does did will would can could may "
    "might must should shall also still now often always usually then only just even again already soon once "
    "first later instead rather police people staff media public clergy personnel crew folk youth".split())


def _singular_noun_before(prev: str) -> bool:
    """Session 22: ``prev`` reads as a singular common noun, so that a bare speech noun after it ("consumer demand",
    "commission report", "court order") is the head of a compound noun, not a verb agreeing with a plural subject."""
    return (prev.isalpha() and prev.islower() and len(prev) > 2 and not prev.endswith(("s", "ly", "ed", "ing"))
            and prev not in _NOT_COMPOUND_MODIFIERS and prev not in _PRONOUNS and prev not in lex.AUX_WORDS
            and prev not in _MODALS and prev not in _RELATIVES)


def _plural_aux_before(toks: Sequence[_Tok], s: int, i: int) -> bool:
    """Session 17: the verb at ``i`` follows a plural auxiliary ("have cited", "are saying", "have long argued")."""
    j = i - 1
    while j > s and (toks[j].low.endswith("ly") and toks[j].text.islower() or toks[j].low in {"also", "not", "been",
                                                                                             "since", "long"}):
        j -= 1
    return j >= s and toks[j].low in {"have", "are", "were"}


_PLURAL_LEADS = frozenset("those these both all many some several few most two three four five six seven eight nine "
                          "ten dozens hundreds thousands".split())


def _plural_desc(text: str) -> bool:
    """Session 17: a description whose head is plural or collective ("officials", "police", "the two")."""
    head = _head_noun(text)
    return head.endswith("s") or head in {"people", "police", "staff", "team", "family", "couple", "pair", "public",
                                          "crowd", "group", "two", "three", "both", "all", "few", "many", "most",
                                          "some", "several", "others", "media", "military", "leadership"} or (
        " and " in text) or text.split()[0].lower() in _PLURAL_LEADS


def _attributive_ing(toks: Sequence[_Tok], i: int, s: int) -> bool:
    """Round 13: ``toks[i]`` (an -ing form) sits inside a noun phrase between a determiner and its noun ("the prime
    U.S. speaking slot", "a warning sign"): no speech event. No speaker noun may stand between them ("the lawmakers
    urging restraint" stays speech)."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if not nxt or nxt in _NOT_NOUN_AFTER_ING or nxt.endswith("ly") or nxt in _VERB_FORM or nxt in lex.AUX_WORDS:
        return False
    for k in range(i - 1, max(s, i - 4) - 1, -1):
        w = toks[k].low
        if w in {"the", "a", "an", "its", "their", "his", "her", "our"}:
            return True
        if toks[k].text in _STOP_PUNCT or w in lex.SPEAKER_NOUNS or w in _VERB_FORM or w in lex.AUX_WORDS or (
                w in _BOUNDARY_WORDS or w in _PREP_LEAD or w in _PRONOUNS):
            return False
    return False


_CALL_OBJ_PRON = frozenset("him her it them this that himself herself themselves".split())
_CALL_OBJ_DETS = frozenset("the his her their its this that these those".split())
#: "called police a day later", "called a cab": an indefinite after the object that is no judgement
_CALL_NOT_JUDGEMENT = frozenset("day week month year hour minute second few couple time number cab taxi doctor "
                                "lawyer ambulance friend meeting vote halt press news timeout".split())
_JUDGEMENT_ADJ_END = ("ous", "ful", "less", "ible", "able", "ive", "ic", "ical", "ant", "ent", "ing", "ed", "ist")
_JUDGEMENT_ADJ = frozenset("bad wrong false good great absurd insane crazy silly unfair unjust fake corrupt illegal "
                           "dumb stupid weak cruel rude cheap sad sick evil naive".split())
_CLAUSE_AFTER = frozenset("and but because since after in on at during as while for amid".split())


#: session 15: words that open an insertion between a name and its verb ("Miller, however, vowed to …", "Miller, for her
#: part, promised to …", "Miller, along with DeWine, called on …"); an age ("Miller, 62,") and a name count too
_INSERT_STARTS = frozenset("however though meanwhile too also for along in like unlike then now still instead "
                           "nonetheless nevertheless moreover separately".split())


def _appositive_owner(toks: Sequence[_Tok], s: int, start: int) -> tuple[list[str], int] | None:
    """Session 17: the person's name before the comma that opens a described appositive ending at ``start`` ("James
    Martin, a Jesuit priest and author of several books, who …"): (name words, offset), else None."""
    k = start - 1
    while k > s and start - k < 14 and toks[k].text != "," and toks[k].text not in _STOP_PUNCT and (
            toks[k].low not in _VERB_FORM):
        k -= 1
    if not (k - 1 >= s and toks[k].text == "," and toks[k + 1].low in {"a", "an", "the"}):
        return None
    pstart = _np_back(toks, k - 1, s)
    pwords = [tk.text for tk in toks[pstart:k]]
    pc = _classify(pwords, 0) if pwords else None
    if pc is None or pc.kind == "person" and not _looks_person(pwords):
        # "He met James Martin, a Jesuit priest, who said": the capitalised chain before the comma (session 18: also
        # when the noun-phrase scan ran over a verb, "Cruz met Alex Morton, a reporter, who asked")
        while pstart < k and not (_cap(toks[pstart].text) and toks[pstart].text not in _FUNCTION_CAPS and all(
                _cap(tk.text) or tk.low in _NAME_LINKS for tk in toks[pstart:k])):
            pstart += 1
        pwords = [tk.text for tk in toks[pstart:k]]
        pc = _classify(pwords, 0) if pwords else None
    if pc is not None and (pc.kind == "person" and _looks_person(pwords) or pc.kind == "org"):
        return pwords, toks[pstart].start  # also "Acme Corp., a maker of widgets, which said"
    return None


def _closes_appositive(toks: Sequence[_Tok], s: int, c: int) -> bool:
    """Session 14: the comma at ``c`` closes an appositive opened after a capitalised name ("Rep. Adam Schiff, the
    top Democrat on the committee, called on …", "Acme, a maker of widgets, argued for …"), so the verb after it
    has that subject and is no reduced relative."""
    verb_at = -1
    for k in range(c - 1, max(s, c - 30), -1):
        if toks[k].text == ",":
            inner = [tk.text for tk in toks[k + 1:c]]
            if k - 1 >= s and toks[k - 1].low in lex.SPEAKER_NOUNS and len(inner) >= 2 and _looks_person(inner):
                return True  # "Miller's spokesman, Tom Hart, vowed to …"
            if k + 1 >= c or (verb_at >= 0 or c - k > 16) and not (
                    toks[k + 1].low in _LONG_APPOSITIVE_STARTS and toks[k - 1].text[:1].isalpha() and (
                        verb_at < 0 or any(tk.low in {"who", "whose", "that", "which"} for tk in toks[k + 1:verb_at]))):
                return False  # (a verb only inside a relative clause of the appositive)
            return k - 1 >= s and _cap(toks[k - 1].text) and toks[k - 1].text[:1].isalpha() and toks[
                k - 1].text not in _FUNCTION_CAPS and not (
                    k - 1 == s and toks[k - 1].low.endswith("ly") and toks[k - 1].low not in _LY_NOUNS) \
                and (toks[k + 1].low in {"the", "a", "an"} or toks[k + 1].low in _INSERT_STARTS or toks[k + 1].text[
                    0].isdigit() or toks[k + 1].low in _LONG_APPOSITIVE_STARTS or _looks_person(inner)
                     or _role_phrase(inner))
        if toks[k].text in _STOP_PUNCT:
            return False
        if toks[k].low in _VERB_FORM and toks[k - 1].low not in {"the", "a", "an"}:
            verb_at = k  # session 25: only a relative clause or a described person may hold a verb ("Sen. Bernie
            # Sanders, another opponent of the deal who is considering a run, called on Clinton …")
    return False


#: session 25: titles followed by "for <domain>" before a name ("Special Envoy for Syria Staffan de Mistura")
_FOR_TITLES = frozenset("General Secretary Envoy Commissioner Coordinator Minister Director Ambassador Counsel "
                        "Representative Undersecretary Adviser Advisor Czar".split())
_INITIAL_RE = re.compile(r"[A-Z]\.?")
_DOC_VERBS = frozenset("show shows showed shown say says said suggest suggests suggested indicate indicates indicated "
                       "reveal reveals revealed found find finds".split())
_BARE_QUANTIFIERS = frozenset({"both", "all", "each", "either", "neither", "some of them"})
_LONG_APPOSITIVE_STARTS = frozenset({"who", "whose", "another", "one", "a", "an", "the"})


def _role_phrase(inner: Sequence[str]) -> bool:
    """Session 22: a bare role between commas ("Dave Prentis, general secretary of Unison, said …"): a role word in
    the first two words, before any preposition."""
    for w in inner[:2]:
        if w.lower() in _PLURAL_LEADS or w[:1].isdigit():
            return False
        if _role_word(w) and w not in {"former", "ex", "then", "acting", "deputy", "senior"}:
            return True
        if w.lower() in {"of", "at", "for", "in"}:
            return False
    return False


def _called_judgement(toks: Sequence[_Tok], i: int, e: int) -> bool:
    """Session 13: ``call`` at token ``i`` with an object and a judgement, no quotation marks: "called the plan
    reckless", "called the bill a giveaway", "calls Trump a liar" (not "called police a day later", "called the
    police immediately", "called a meeting")."""
    j = i + 1
    if j >= e:
        return False
    bare = False
    if toks[j].low in _CALL_OBJ_PRON:
        ends = [j + 1]
    elif toks[j].low in _CALL_OBJ_DETS or _POSSESSIVE_RE.search(toks[j].text) or _cap(toks[j].text):
        ends = []
        for k in range(j + 1, min(e, j + 5)):
            ends.append(k)
            if toks[k].text in _STOP_PUNCT or toks[k].low in _BOUNDARY_WORDS or toks[k].low in _PREP_LEAD or (
                    toks[k].low in _VERB_FORM and not (k == j + 1 and toks[j].low in _CALL_OBJ_DETS)):
                break  # (session 14: "called the charges unsubstantiated": a noun after the determiner)
    elif toks[j].text.isalpha() and toks[j].text.islower() and toks[j].low not in _VERB_FORM and (
            toks[j].low not in _BOUNDARY_WORDS and toks[j].low not in _PREP_LEAD and toks[j].low not in lex.AUX_WORDS):
        ends = [j + 1, j + 2]  # session 14: a bare noun object, "called climate change a hoax" (a/an judgement only)
        bare = True
    else:
        return False
    for end in ends:
        if end >= e or end == j:
            continue
        w = toks[end]
        if w.low in {"a", "an"} and end + 1 < e and toks[end + 1].low not in _CALL_NOT_JUDGEMENT and (
                toks[end + 1].text[0].islower() or toks[end + 1].text == '"' and not bare):
            return True  # session 14: also a quoted judgement, "branded North Korea an “outlaw nation”"
        if bare:
            if not (w.text.isalpha() and w.text.islower()) or w.low in _VERB_FORM:
                return False
            continue
        if w.text.isalpha() and w.text.islower() and (w.low in _JUDGEMENT_ADJ or len(w.low) > 5 and w.low.endswith(
                _JUDGEMENT_ADJ_END)) and w.low not in _VERB_FORM and w.low not in lex.TITLE_LOWER and (
                w.low not in lex.SPEAKER_NOUNS) and (end + 1 >= e or toks[end + 1].text in {
                    ",", ".", ";", ":", "—", "–"} or toks[end + 1].low in _CLAUSE_AFTER):
            return True
    return False


def _called_it(toks: Sequence[_Tok], i: int, e: int) -> bool:
    """``call`` at token ``i`` names a judgement: "called it a rehearsal for invasion" (not "called it a day"), or
    "calls Hansen's arguments for …, “misguided …”" (a quote after a comma later in the clause)."""
    if i + 3 < e and toks[i + 1].low in {"it", "them", "this", "that"} and toks[i + 2].low in {"a", "an", "the"}:
        return toks[i + 3].low not in {"day", "night", "quits", "career", "season"}
    if _called_judgement(toks, i, e):
        return True
    for k in range(i + 1, min(e, i + 14)):
        if toks[k].text in {";", ":", "."}:
            return False
        if toks[k].text == '"':
            return toks[k - 1].text == ","
    return False


def _named_appositive(toks: Sequence[_Tok], k: int, e: int) -> _Cand | None:
    """A titled name closing the sentence after a description: ", former White House Russia adviser Fiona Hill"
    (``k`` is the token after the description; a short prepositional phrase may come first)."""
    for j in range(k, min(e, k + 8)):
        if toks[j].text == ",":
            k = j + 1
            break
        if toks[j].text in _STOP_PUNCT or toks[j].low in _BOUNDARY_WORDS or toks[j].low in _RELATIVES:
            return None
    else:
        return None
    end = k
    while end < e and toks[end].text not in _STOP_PUNCT and toks[end].low not in _BOUNDARY_WORDS and \
            toks[end].low not in _RELATIVES and toks[end].low not in _VERB_FORM and end - k <= 10:
        end += 1
    words = [t.text for t in toks[k:end]]
    if not words or not _cap(words[-1]) or end < e and toks[end].text not in {".", ";", "—", "–", "(", ","}:
        return None
    c = _classify(words, toks[k].start)
    return c if c is not None and c.kind == "person" and len(c.text.split()) >= 2 else None


def _modifier_word(tok: _Tok) -> bool:
    """Round 12: a lower-case adjective or adverb before an attitude noun ("voiced complete surprise", "expressed
    frequent frustration", "expressed divergent views"), not a preposition or determiner."""
    return tok.text[:1].islower() and tok.low.isalpha() and tok.low not in _COMPOUND_STOP and tok.low not in (
        _DETERMINERS) and tok.low not in lex.AUX_WORDS and len(tok.low) > 3


def _modifies_speaker(words: Sequence[str], k: int) -> bool:
    """Round 12: ``words[k]`` modifies a later speaker noun of the same noun phrase ("law enforcement officials")."""
    for w in words[k + 1:]:
        low = w.lower()
        if low in _POSTMOD or not w[0].islower():
            return False
        if low in lex.SPEAKER_NOUNS:
            return True
    return False


_NOT_PERSON_CAPS = _FUNCTION_CAPS - {"He", "She", "They"}


#: session 15: singular role nouns that name one person ("the senator", "the 62-year-old governor"), for the verbs that
#: need a person-like subject; not "researcher"/"analyst" (a finding: "the researchers highlighted …")
_PERSON_ROLES = frozenset("senator governor president mayor congressman congresswoman lawmaker spokesman spokeswoman "
                          "spokesperson secretary minister chancellor ambassador envoy candidate nominee chairman "
                          "chairwoman speaker leader prosecutor sheriff judge lawyer attorney "
                          # session 16: "The chief executive brushed off the criticism"
                          "executive ceo director founder official officer commissioner chair".split())


#: session 21: what a speaker attacks in words ("attacked the decision", "attacked his rivals")
_ATTACK_TARGETS = frozenset("""decision decisions plan plans proposal proposals policy policies government
    administration media press report reports idea ideas bill bills budget record remarks comments comment ruling
    judge court party leadership opposition campaign candidate candidates rival rivals opponent opponents critics stance
    position
    statement statements decision move moves deal deals agreement approach handling response reforms reform tax taxes
    spending cuts scheme strategy war tactics claims claim views rhetoric record leaders leader chancellor minister
    president prime secretary premier senator governor mayor council committee regulator regulators union unions
    bank banks industry company firm firms board management rules law laws legislation changes treaty""".split())


def _verbal_attack(toks: Sequence[_Tok], i: int, e: int) -> bool:
    """``attacked`` at token ``i`` with a target one attacks in words: a name, a quotation, or a policy, a decision or
    a political role within the next words ("attacked the government's plans", "attacked Machado")."""
    if i + 1 >= e:
        return False
    nxt = toks[i + 1]
    if nxt.text[0].isupper() and i + 2 < e and toks[i + 2].text.isalpha() and toks[i + 2].text.islower() and (
            nxt.low.endswith(_DEMONYM_END) or nxt.text in lex.PLACES):
        # "Iraq attacked Iranian oil fields" (not "attacked UK policy on immigration")
        return any(toks[k].low in _ATTACK_TARGETS for k in range(i + 2, min(e, i + 5)))
    if nxt.text == '"' or nxt.text[0].isupper() and nxt.text not in _FUNCTION_CAPS or nxt.low == "as":
        return True
    return nxt.low in {"the", "his", "her", "their", "its", "a", "an", "labour's", "tory"} | _DETS_POSS and any(
        toks[k].low in _ATTACK_TARGETS or toks[k].text == '"' for k in range(i + 1, min(e, i + 6)))


def _person_subject_before(toks: Sequence[_Tok], s: int, i: int) -> bool:
    """Round 14: a person-like subject right before verb ``i`` (auxiliaries and -ly adverbs skipped): a
    capitalised name or he/she/they ("Prelogar highlighted", "Trump also assailed"); not a passive ("was
    detailed to"), a thing ("the case highlights") or a sentence-initial function word."""
    k = i - 1
    while k >= s and (toks[k].low in lex.AUX_WORDS and (toks[k].low not in _BE_FORMS or toks[i].low.endswith("ing"))
                      or toks[k].low.endswith("ly") and toks[k].text.islower()):
        k -= 1  # (session 25: a progressive "are railing against", "is ripping the deal")
    if k - 1 >= s and toks[k].low in {"both", "each", "all"} and (_cap(toks[k - 1].text) or toks[k - 1].low == "they"):
        k -= 1  # session 18: "Quinn and Toure each blamed …": a floating quantifier after the subject
    chain = _to_chain_start(toks, k, s) if k >= s else -1
    if chain > s:  # session 23: "Kelly went on to blast …", "Clinton used her speech to attack …": the phrase's subject
        return _person_subject_before(toks, s, chain)
    if k < s:
        return False
    t = toks[k]
    if t.text == "," and k - 2 >= s:
        # session 15: an insertion between commas ("Miller, however, vowed", "Miller, 62, threatened", "Miller's
        # spokesman, Tom Hart, took aim"): the word before the insertion, or a name that is the insertion
        m = k - 1
        while m > s and k - m < 12 and toks[m].text not in _STOP_PUNCT:
            m -= 1  # (session 25: 12 tokens, "Obama, in confirming he would push off a decision, made clear …")
        if toks[m].text == "," and m - 1 >= s and m < k - 1:
            inner = [tk.text for tk in toks[m + 1:k]]
            before = toks[m - 1]
            if before.low in {"he", "she", "they"} or before.text[0].isupper() and before.text not in _NOT_PERSON_CAPS:
                return True
            return _looks_person(inner) and inner[0] not in _FUNCTION_CAPS
        return False
    if t.low in {"he", "she", "they"}:
        return True
    if t.low in lex.ORG_ANAPHORS and t.text.islower() and k - 1 >= s and toks[k - 1].low == "the":
        return True  # session 15: "The company disputed that account" (an organisation speaks too)
    if t.text.islower() and k - 1 >= s and (t.low in _PERSON_ROLES or t.low in _OWNED_BODIES and (
            _POSSESSIVE_RE.search(toks[k - 1].text) or toks[k - 1].low in {"his", "her", "their"})) and (
            toks[k - 1].low in {"the", "his", "her", "their"} or _POSSESSIVE_RE.search(toks[k - 1].text) or (
                toks[k - 1].text.islower() and toks[k - 1].text.isalpha() or toks[k - 1].text[0].isdigit())):
        return True  # session 15: "The senator took aim at …", "Her spokesman echoed …", "Miller's office disputed …"
    if t.text[0].isupper():
        return t.text not in _NOT_PERSON_CAPS and not (k == s and (t.low in _VERB_FORM or t.low in lex.SPEAKER_NOUNS))
    return t.text == ")"  # "Rep. Ilhan Omar (D-Minn.) rebuked …"; a speaker noun does not count (it cost
    # precision on the validation half: "the researchers highlighted …" describes a finding)


def _sentence_index(masked: str, toks: Sequence[_Tok], extra: Sequence[int] = ()) -> tuple[
        list[int], dict[int, int]]:
    """Sentence number of every token, and the first token of every sentence."""
    sent_offsets = _sentence_starts(masked, extra)
    sent_of: list[int] = []
    si = 0
    for t in toks:
        while si + 1 < len(sent_offsets) and t.start >= sent_offsets[si + 1]:
            si += 1
        sent_of.append(si)
    first_tok_of_sent: dict[int, int] = {}
    for idx, sidx in enumerate(sent_of):
        first_tok_of_sent.setdefault(sidx, idx)
    return sent_of, first_tok_of_sent


def _find_candidates(text: str) -> tuple[_ParaResult, str, list[_Tok]]:
    spans = quote_spans(text)
    kept = _mask_quotes(text, spans)
    masked = _blank_party_tags(kept)
    res = _ParaResult()
    stripped = text.lstrip()
    res.starts_with_quote = bool(stripped) and stripped[0] in "\"“‘'" and bool(spans)
    res.open_quote_at_end = bool(spans) and spans[-1][1] == len(text) and not text.rstrip().endswith(
        ('"', "”", "’"))
    outside = _QUOTE_MARK_RE.sub("", masked).strip(" .,;:-—–")
    res.only_quote = bool(spans) and not outside
    if res.starts_with_quote and spans[0][0] <= len(text) - len(stripped) + 1:
        a, b = spans[0]
        inner = text[a:b].rstrip("\"”’' ")
        res.lead_quote_sentence = inner[-1:] in {".", "?", "!"} and text.count(" ", a, b) >= 4 and (
            b >= len(text.rstrip()) - 1 or text[b:b + 2].strip()[:1].isupper() or text[b:b + 2].strip()[:1] in {
                '"', "“"})
    for a, b in spans:
        if text.count(" ", a, b) >= 3 and text[:max(a - 1, 0)].rstrip()[-1:] in {".", "?", "!", ":"}:
            res.long_quote_at = a  # a quoted sentence of its own: "Aderholt returned to … . “What …?”"
            break
    if spans and '" ' in masked:
        # "“Don’t get nervous,” instructed Milton Velez": any past-tense verb right after a quote that ends in , ? !
        # is its attribution; session 15: also before or after an anonymous description ("“…!” a woman cried")
        for m, kind in [(m, "person") for m in _QUOTE_ED_RE.finditer(masked)] + [
                (m, "desc") for m in _QUOTE_ED_DESC_RE.finditer(masked)]:
            if text[:m.start()].rstrip()[-1:] not in {",", "?", "!"}:
                continue
            verb = m.group(1) or m.group(4)
            if verb in _NOT_QUOTE_ED or verb in _VERB_FORM and (
                    # round 15: a lexicon verb the main pass does not invert ("“…,” estimated Rouland") is
                    # still the quote's attribution when it comes right after the quote
                    verb in _INVERSION_FORMS if m.group(1) else _VERB_FORM[verb] not in lex.NAMED_VERBS_R14):
                continue
            who = (m.group(2) or m.group(3)).split()
            at = m.start(2) if m.group(2) else m.start(3)
            if kind == "person" and len(who[-1]) > 3 and who[-1].endswith(".") and who[-1] not in {"Jr.", "Sr."}:
                who[-1] = who[-1][:-1]  # round 15: the sentence's full stop is no part of the name
            if who[0] in {"he", "she"}:
                res.cands.append(_Cand(at, who[0], "pron"))
                continue
            c = _classify(who, at)
            if c is not None and c.kind == kind:
                res.cands.append(c)
    for m in _WHAT_CALLS_RE.finditer(masked):
        # round 15: "in what host Tom Bergeron described as …", "what the company calls a “career concierge”": the
        # subject of a naming verb in a free relative describes in its own words
        who = m.group(1).split()
        if who[0] in {"he", "she", "they"}:
            if len(who) == 1:
                res.cands.append(_Cand(m.start(1), who[0], "pron"))
            continue
        c = _classify(who, m.start(1))
        if c is None and len(who) >= 3 and _cap(who[-1]) and _cap(who[-2]) and who[0].islower():
            c = _name_cand(who[-2:], m.start(1), who)  # "what host Tom Bergeron described as"
        if c is not None and c.kind in {"person", "org", "desc"} and (c.kind != "desc" or who[0].lower() in {
                "the", "his", "her", "their", "its"}):
            res.cands.append(c)
    tm = _TRANSCRIPT_RE.match(text) if ":" in text[:40] else None
    if tm and tm.group(1).split()[-1] not in _TRANSCRIPT_NOT_NAMES:
        # session 14: a transcript turn, "PENCE: Gennifer Flowers will not be attending …" (also after an opening
        # quote): the capitalised surname speaks if the article names that person in full
        res.cands.append(_Cand(0, "_turn:" + tm.group(1).split()[-1].title(), "pron"))
        res.turn = True
    for m in _DASH_QUOTE_RE.finditer(masked) if '"' in masked else ():
        # session 14: a quotation signed with a dash, as vox pops and listicles do ("“I am scared.” ― Sonya
        # Herridge", "“…” — Maria Lopez, 34, Phoenix"): the name after the dash said it
        words = m.group(1).split()
        c = _classify(words, m.start(1)) if words[0] not in _FUNCTION_CAPS else None
        if c is not None and c.kind == "person" and len(c.text.split()) >= 2:
            res.cands.append(c)
    # "Name: “…”", and (session 18) "Klein disagreed: “…”", "Tate, asked about it, shrugged: “…”": whatever the
    # verb, a person whose one-word predicate introduces a quotation with a colon is its speaker
    colon = ':' in masked
    for m in itertools.chain(_COLON_QUOTE_RE.finditer(masked), _VERB_COLON_QUOTE_RE.finditer(masked)) if colon else ():
        words = m.group(1).split()
        c = _classify(words, m.start(1)) if words[0] not in _FUNCTION_CAPS else None
        if c is not None and c.kind == "person":
            # a single word must be the surname of a person the article names in full (not "Update: “…”")
            res.cands.append(c if len(c.text.split()) > 1 else _Cand(c.pos, "_known:" + c.text, "pron"))
    for m in _MANNER_COMMA_QUOTE_RE.finditer(masked) if '"' in masked else ():
        words = m.group(1).split()
        if words[0] in {"he", "she"}:
            res.cands.append(_Cand(m.start(1), words[0], "pron"))
            continue
        c = _classify(words, m.start(1)) if words[0] not in _FUNCTION_CAPS else None
        if c is not None and c.kind == "person":
            res.cands.append(c if len(c.text.split()) > 1 else _Cand(c.pos, "_known:" + c.text, "pron"))
    lower_words = _LOWER_WORD_RE.findall(masked.lower())
    has_poss = "’s " in masked or "'s " in masked
    has_pron_poss = "his " in masked or "her " in masked or "His " in masked or "Her " in masked
    if not any(w in _TRIGGERS for w in lower_words) and not (
            (has_poss or has_pron_poss) and any(w in _POSS_SPEECH_TRIGGERS for w in lower_words)) and not (
            # session 23: a base-form verb after an attempt phrase may speak ("went on to blast"); look closer
            " to " in masked and any(w in _BASE_ONLY for w in lower_words)):
        return res, kept, []
    toks = _tokenize(masked)
    if not toks:
        return res, kept, toks
    res.quote_stops = _quote_stops(text, spans)
    sent_of, first_tok_of_sent = _sentence_index(masked, toks, res.quote_stops)
    sent_end: dict[int, int] = {}
    for idx, sidx in enumerate(sent_of):
        sent_end[sidx] = idx + 1
    cands = res.cands
    group = 0
    via_report = bool(_VIA_REPORTS_RE.search(masked))
    for i, t in enumerate(toks):
        base = _VERB_FORM.get(t.low)
        if base is None and t.low in _BASE_ONLY and i >= 2 and toks[i - 1].low == "to" and toks[
                i - 2].low not in _WILLING_TO and _to_chain_start(toks, i - 1, first_tok_of_sent[sent_of[i]]) >= 0:
            base = t.low  # session 23: "went on to blast", "used her speech to attack": after "to" no noun
        nouns = _REMARK_NOUNS if t.low in _MADE_FORMS else _GIVE_NOUNS if t.low in _GIVE_FORMS else \
            _SEND_NOUNS if t.low in _SEND_FORMS else None
        made = nouns is not None and i + 1 < len(toks) and (
            toks[i + 1].low in nouns or i + 2 < len(toks) and toks[i + 1].low in
            {"the", "his", "her", "their", "its", "these", "those", "a", "an"} and (toks[i + 2].low in nouns or (
                # "released a separate statement", "issued a brief statement"
                i + 3 < len(toks) and toks[i + 2].text.isalpha() and toks[i + 2].text.islower()
                and toks[i + 3].low in nouns)) or (
                # session 13: "made similar comments", "issued conflicting statements" (an adjective, no article)
                i + 2 < len(toks) and toks[i + 1].text.isalpha() and toks[i + 1].text.islower() and toks[i + 2].low
                in nouns and toks[i + 2].low.endswith("s") and toks[i + 1].low not in lex.SPEAKER_NOUNS))
        if made and nouns is not _REMARK_NOUNS and not _person_subject_before(toks, first_tok_of_sent[sent_of[i]], i):
            made = False  # round 17: "gave a speech" needs a person-like subject ("the report gave a warning")
        if base is None and t.low in _EXPRESS_FORMS and i + 1 < len(toks) and (
                toks[i + 1].low in _EXPRESS_OBJECTS or i + 2 < len(toks) and (toks[i + 1].low in {
                    "his", "her", "their", "its", "deep", "serious", "strong", "grave", "some"} or _modifier_word(
                    toks[i + 1])) and (toks[i + 2].low in _EXPRESS_OBJECTS or i + 3 < len(toks) and _modifier_word(
                    toks[i + 2]) and toks[i + 3].low in _EXPRESS_OBJECTS)):
            base = "say"  # "lawmakers expressed outrage over …"
        if base is None and t.low in _RAISE_FORMS and i + 1 < len(toks) and (toks[i + 1].low in _RAISE_OBJECTS or (
                i + 2 < len(toks) and (toks[i + 1].low in {"his", "her", "their", "serious", "new", "fresh"}
                                       or _modifier_word(toks[i + 1])) and toks[i + 2].low in _RAISE_OBJECTS)) \
                and _person_subject_before(toks, first_tok_of_sent[sent_of[i]], i):
            base = "say"  # round 14: "he raised concerns about …" (a name or he/she only: "the case raised questions")
        if base is None and not made and t.low in _OBJ_PHRASAL and i + 1 < len(toks) and (toks[i + 1].low in
                _OBJ_PHRASAL[t.low][0] and (not _OBJ_PHRASAL[t.low][1] or i + 2 < len(toks) and toks[i + 2].low in
                                            _OBJ_PHRASAL[t.low][1]) or t.low in _MADE_IT_CLEAR and toks[
                i + 1].low == "it" and i + 2 < len(toks) and toks[i + 2].low in {"clear", "plain"}) and not (
                t.low.startswith("hold") and i + 3 < len(toks) and toks[i + 2].low == "the" and toks[
                    i + 3].low not in {"possibility", "prospect", "hope"}) and _person_subject_before(
                toks, first_tok_of_sent[sent_of[i]], i):
            base = "say"
        if base is None and not made and t.low in _SWIPE_VERBS and _swipe_follows(toks, i) and _person_subject_before(
                toks, first_tok_of_sent[sent_of[i]], i):
            base = "say"  # session 20: "Trump also took multiple swipes at Bush", "Christie unleashed attacks against"
        if base is None and not made:
            if _PHRASAL.get(t.low) is None or i + 1 >= len(toks) or toks[i + 1].low not in _PHRASAL[t.low] or (
                    i + 2 < len(toks) and toks[i + 2].low not in _AFTER_PHRASAL and toks[i + 2].text[0].islower()):
                continue  # not "pushed back the deadline"
            if toks[i + 1].low == "aim" and (i + 2 >= len(toks) or toks[i + 2].low != "at" or not (
                    _person_subject_before(toks, first_tok_of_sent[sent_of[i]], i))):
                continue  # round 14: "Trump took aim at …" (a name or he/she; not "the bill takes aim at")
            base = "say"
        if t.text[0].isupper() and i > 0 and toks[i - 1].text not in _STOP_PUNCT and not (
                # round 13: "“…,” SBF Wrote, “…”": a mistyped capital on a speech verb between a quote and a comma
                t.low in _LEAD_VERBS and i + 1 < len(toks) and toks[i + 1].text in {",", ":"} and any(
                    tk.text == '"' for tk in toks[max(0, i - 4):i - 1]) and _cap(toks[i - 1].text)):
            continue  # a capitalised form mid-sentence is a name ("Said", "Post")
        sidx = sent_of[i]
        s, e = first_tok_of_sent[sidx], sent_end[sidx]
        nxt = toks[i + 1].low if i + 1 < e else ""
        prev = toks[i - 1].text if i > s else ""
        if via_report and base == "report":
            continue
        if base == "brief" and nxt in {"on", "about", "by"}:
            continue
        if base == "rip" and nxt in {"off", "through", "up", "apart", "open", "out", "down", "into", "away", "his",
                                     "her", "their", "a"}:
            continue  # "ripped off his jacket", "ripped up the letter", "ripped through the town": no speech
        if base == "say" and nxt == "nothing":
            continue  # session 13: "Becker said nothing about the plan"
        if base == "deny" and i + 2 < e and _cap(toks[i + 1].text):
            k = i + 1
            while k < e and k < i + 5 and (_cap(toks[k].text) or toks[k].text == "."):
                k += 1
            if k < e and toks[k].low in {"the", "a", "an", "one", "his", "her", "their", "its", "any", "victory",
                                         "entry", "access", "permission"}:
                continue  # round 16: "Kasich denied Mr. Trump one of the night's biggest prizes": withheld, not said
        if base == "report" and (nxt == "for" or nxt == "to" and i + 2 < e and (toks[i + 2].low in {
                "work", "duty", "jail", "prison", "camp", "base", "school", "class"} or toks[i + 2].low in _DETS_POSS
                and i + 3 < e and toks[i + 3].low.rstrip("s") in {"assignment", "post", "station", "job", "unit",
                                                                  "shift", "desk", "office", "school", "base"})):
            continue  # round 16: "staffers who reported for duty"; session 19: "staff reported to their assignments"
        if t.low.endswith("s") and t.low != base and i - 1 >= s and toks[i - 1].text.islower() and \
                toks[i - 1].low.endswith("ed") and toks[i - 1].low not in _VERB_FORM and len(toks[i - 1].low) > 3:
            continue  # round 16: "who has also faced questions about …": a noun after a past verb
        if base in {"accuse", "charge"} and nxt == "of":
            continue  # round 15: "Medenbach, arrested … and accused of driving …": a passive participle
        if base == "respond" and nxt == "to" and i + 3 < e and (toks[i + 3].low in _EMERGENCY_WORDS or any(
                toks[n].low in _EMERGENCY_WORDS for n in range(i + 3, min(e, i + 7)) if all(
                    tk.text not in _STOP_PUNCT for tk in toks[i + 2:n])) or (
                toks[i + 3].low in {"report", "reports"} and i + 4 < e and toks[i + 4].low == "of") or (
                i + 4 < e and toks[i + 3].low in {"first", "initial", "911", "emergency", "reported"}
                and toks[i + 4].low in _EMERGENCY_WORDS | {"report", "reports"})):
            continue  # round 15: "officers were responding to a call of shots fired", "responded to the scene"
        if base == "ask" and any(toks[k].low == "for" and k + 1 < e and toks[k + 1].low in {"comment", "comments"}
                                 for k in range(i + 1, min(e, i + 6))):
            continue  # "Ars is asking Mojang for comment": the newsroom's request, not speech
        if any(toks[k].low == "that" and toks[k - 1].low in _FINDING_VERBS and toks[k - 2].low in _FINDING_SOURCES
               for k in range(max(s + 2, i - 25), i)):
            continue  # session 19: "Polls show that Black and Latino families … have expressed more concern": a finding
        if any(toks[k].low in {"if", "unless", "whether"} for k in range(max(s, i - 4), i)) and not any(
                toks[k].text in _STOP_PUNCT for k in range(max(s, i - 4), i)):
            continue  # "… will update this post if company officials respond": a condition, not an event
        if any(toks[k].low == "to" and toks[k - 1].low == "according" and not any(
                toks[j].text in _STOP_PUNCT for j in range(k + 1, i)) for k in range(max(s + 1, i - 4), i)):
            continue  # session 13: "according to a police report", "according to police reports": a noun, no verb
        if base in {"slam", "blast"} and (nxt in {"into", "shut", "down", "off", "against", "through", "home"} or any(
                tk.low in {"ball", "shot", "goal", "header", "kick", "volley", "drive", "wide", "past"}
                for tk in toks[i + 1:min(e, i + 4)]) or (
                nxt == "on" and any(tk.low == "brakes" for tk in toks[i + 2:i + 5]))):
            continue  # session 18: "the pilots slammed on the brakes" is no criticism
        if base == "attack" and not _verbal_attack(toks, i, e):
            continue  # session 21: "attacked the decision", not "attacked the officer"
        if base in lex.NAMED_SUBJECT_VERBS and (not _person_subject_before(toks, s, i) and not (
                # session 20: "The two candidates traded accusations": people in the plural exchange words
                base in _RECIPROCAL_VERBS and i - 1 >= s and toks[i - 1].low in lex.SPEAKER_NOUNS and toks[
                    i - 1].text.islower() and toks[i - 1].low.endswith(("s", "men"))) or (
                base in lex.NAMED_VERB_NEXT and nxt not in lex.NAMED_VERB_NEXT[base] and not (
                    # session 19: "has lobbied publicly for": an adverb before the expected word
                    nxt.endswith("ly") and i + 2 < e and toks[i + 2].low in lex.NAMED_VERB_NEXT[base]))):
            continue  # "Prelogar highlighted the risks" is speech; "the case highlights that …" is not
        if base in lex.AS_VERBS and not _as_quote_follows(toks, i, e) and not (
                base in {"brand", "label"} and _called_judgement(toks, i, e)) and not (
                # "he labeled the agreement “a fraud”": a quoted label without "as"
                base in {"brand", "label"} and nxt in _DETS_POSS and _as_quote_follows(toks, i, min(e, i + 6), False)
        ) and not (
                # session 20: "dismissed the findings as partisan", "rejected the plan as a giveaway"
                base in {"reject", "dismiss"} and _as_description_follows(toks, i, e)) and not (
                base in {"reject", "dismiss"} and any(toks[k].low in lex.CLAIM_NOUNS and not (
                    base == "dismiss" and toks[k].low in {"charge", "charges"}) for k in range(i + 1, min(e, i + 5)))):
            continue  # "rejected the offer", "introduced a bill"
        if t.low.endswith("ing") and nxt[:1].isalpha() and nxt[:1].islower() and _attributive_ing(toks, i, s):
            continue  # round 13: "the prime U.S. speaking slot": a participle before a noun modifies it
        if base == "relate" and nxt == "to":
            continue  # round 13: "when it relates to Donald Trump": concerning, not telling
        if base == "add" and nxt in _DETS_POSS and nxt != "that" and any(toks[k].low in {
                "to", "into", "onto"} for k in range(
                i + 2, min(e, i + 6))) and not any(toks[k].text == '"' for k in range(max(s, i - 3), min(e, i + 6))):
            continue  # round 13: "kindly added my address to their mailing list": putting in, not speech
        if base == "plead" and (nxt in {"guilty", "innocent", "no"} or nxt == "not" and i + 2 < e
                                and toks[i + 2].low in {"guilty", "innocent"}):
            continue  # round 9: "pleaded guilty / not guilty / no contest" is a legal plea, not speech
        if base == "boast" and (nxt in _BOAST_HAVE or nxt[:1].isdigit() or nxt in _NUMBER_WORDS):
            continue  # round 9: "New York boasted tens of thousands of shelters", "boasts a population": possession
        if base == "declare" and nxt in {"dead", "deceased", "missing", "bankrupt", "insolvent", "unfit"}:
            continue  # "was declared dead on arrival": a finding, not speech
        if base == "maintain" and nxt not in {"that", '"', ",", "his", "her", "their"}:
            continue  # "the US maintains existing tariffs"
        if base == "order" and not any(toks[k].text == '"' for k in range(max(s, i - 5), i)) and not \
                _as_quote_follows(toks, i, e, need_as=False):
            continue  # "ordered a review"
        if base == "deny" and nxt not in {"that", '"', ","} and any(
                toks[k].low == "to" for k in range(i + 2, min(e, i + 6))) and not any(
                toks[k].low in lex.CLAIM_NOUNS or toks[k].low in _DENY_OBJECTS for k in range(i + 1, min(e, i + 6))):
            continue  # "denying flu vaccines to immigrants", "denied access to the site": refusing, not speech
        if base == "declare" and any(toks[k].low in _DECLARED_ACTS for k in range(i + 1, min(e, i + 4))):
            continue  # session 14: "declared martial law", "declared bankruptcy": a legal act, not a statement
        if base == "defend" and any(toks[k].low in _DEFEND_OBJECTS for k in range(i + 1, min(e, i + 4))):
            continue  # "defended his title"
        if base == "respond" and nxt in {"by", "with"} and not (i + 2 < e and toks[i + 2].low in {
                "a", "an"} and i + 3 < e and toks[i + 3].low in {"statement", "email", "letter"}) and not (
                nxt == "with" and any(toks[k].text == '"' for k in range(max(s, i - 4), i))):
            continue  # "Garrett responded by hitting Rudolph"
        if base in {"call"} and (nxt not in {"for", "on"} and not any(  # session 14: "called Mr. Obama's remarks
                toks[k].text == '"' for k in range(i + 1, min(e, i + 9))) and not _called_it(toks, i, e)  # on …"
                or nxt == '"' and prev != '"'):
            continue  # not speech: "called for" is; "a film called "White Zombie"" names a title
        if base == "charge" and nxt not in {"that", '"', ","} and any(
                toks[k].low == "with" for k in range(i + 1, min(e, i + 6))):
            continue  # "charged Assange with espionage": an indictment, not speech
        if base == "post" and any(toks[k].low in _POSTED_MEDIA for k in range(i + 1, min(e, i + 5))):
            continue  # "posted a video on social media": the media, not a message
        if base == "add" and prev != '"' and i + 2 < e and (nxt in {"a", "an"} and toks[i + 2].low in {
                "average", "total", "net", "additional", "estimated", "record", "further", "combined"} or nxt in {
                "more", "nearly", "about", "roughly", "almost", "over", "just", "some", "around"} and (
                toks[i + 2].text[:1].isdigit() or toks[i + 2].low in {"than", "a"})):
            continue  # session 25: "employers have added an average of 151,000 jobs", "added more than 200 jobs"
        if base == "add" and prev != '"' and (nxt[:1].isdigit() or nxt in _NUMBER_WORDS or nxt in {
                "a", "another"} and i + 2 < e and toks[i + 2].low in _ORDINALS):  # round 10: "has added a fourth"
            continue  # "Gallinari added 25 points", "shares added 2%"; session 16: not '"…," added two workers'
        if t.low.endswith("s") and any(tk.low == "until" for tk in toks[max(s, i - 6):i]) and not any(
                tk.text in _STOP_PUNCT for tk in toks[max(s, i - 6):i]):
            continue  # session 25: "on hold until the high court weighs in": an act still to come
        if base == "remember" and nxt != "that" and prev not in {",", '"'} and not any(
                tk.text == '"' for tk in toks[max(s, i - 6):min(e, i + 12)]):
            continue  # session 25: "voters who remember the prosperity of the 1990s" (not "Cook remembered, “…”")
        if base in {"agree", "continue", "conclude", "laugh", "exclaim", "scoff"} and nxt != "that" and \
                prev not in {",", '"'} and not (nxt in {"", ".", ",", '"'} and any(
                    toks[k].text == '"' for k in range(max(s, i - 6), i))) and not (
                nxt in {":", ","} and i + 2 < len(toks) and toks[i + 2].text == '"') and not (
                nxt == ":" and i + 2 >= len(toks)):  # "Alito continued: “What …?”"; session 14: "Caddell continued:"
            # ending the paragraph, the quotation in the next one
            continue
        if t.low == "said" and prev.lower() == "having" and (nxt in {"this", "so", "all", ","} or nxt == "that" and (
                i + 2 < e and toks[i + 2].text == ",")):
            continue  # session 14: "Having said that, …" is a discourse phrase, nobody's speech
        if base == "speak" and t.low in {"speaking"} and (prev in {",", ""} or i == s):
            continue  # "Speaking in London, X said" - the main verb carries the subject
        if made and t.low.endswith("ing") and prev == "," and i - 2 >= s:
            # round 17: "the union argued …, making the case that …": the participle's subject is the sentence's
            same = [c for c in cands if c.pos >= toks[s].start]
            c = same[-1] if same else _clause_subject(toks, s, i)
            if c is not None and c.kind in {"person", "org", "desc", "pron"}:
                cands.append(_Cand(t.start, c.text, c.kind, c.gender) if same else c)
            continue
        if made and t.low.endswith("ing") and prev.lower() == "by" and i - 2 >= s:
            # round 13: "X rattled critics … by issuing a statement": the clause subject, like "by warning"
            c = _clause_subject(toks, s, i)
            if c is not None and c.kind in {"person", "org", "desc", "pron"}:
                cands.append(c)
            continue
        if t.low in {"saying", "telling"} and _cap(prev) and prev not in _FUNCTION_CAPS and i - 1 > s:
            c = _named_gerund_subject(toks, s, i)
            if c is not None:  # session 24: "…, Italian Prime Minister Matteo Renzi saying he’s rooting for Clinton"
                cands.append(c)
                continue
        if t.low.endswith("ing") and base is not None and t.low in _ING_FOLLOWERS and prev != ",":
            c = _with_subject(toks, s, i)
            if c is not None:  # session 18: "…, with Lee calling Sutton's plan “reckless” and Sutton saying …"
                cands.append(c)
                continue
        if t.low.endswith("ing") and base is not None:
            each = prev.lower() == "each" and i - 2 > s and toks[i - 2].text == ","  # session 14: "…, each saying"
            # session 21: a quotation that ends with its comma inside ("a defense of “New York values,” saying")
            comma_in_quote = prev == '"' and i - 2 > s and toks[i - 2].text == '"' and text[
                toks[i - 1].start - 1:toks[i - 1].start] == ","
            if t.low in _ING_FOLLOWERS and (prev == "," or each or comma_in_quote) and not (
                    t.low == "adding" and nxt in {"to", "up"}) and not (t.low == "citing" and any(
                        tk.low in _DECLINE_FORMS and toks[n + 1].low in {"to", "comment"}
                        for n, tk in enumerate(toks[s:i - 1], s))):
                # "…, saying …": the sentence subject, or the last speaker in this sentence (after a semicolon:
                # session 13, "Becker said …; Alvarez disagreed, saying …")
                semi = max((k for k in range(s, i) if toks[k].text == ";"), default=-1)
                same = [c for c in cands if c.pos >= toks[s].start and (semi < 0 or c.pos > toks[semi].start)]
                conj = _conjoined_subject(toks, s, i, same[-1].pos) if same else None
                if conj is not None:  # session 18: "Farouk said …, and Asher agreed, adding, “…”"
                    cands.append(conj)
                elif same:
                    last = same[-1]
                    # session 20: the same person at the same place (re-resolved at the second verb, "Clinton says
                    # she … but argues that he can't" had given Bill Clinton)
                    cands.append(_Cand(last.pos, last.text, last.kind, last.gender))
                else:
                    c = _clause_subject(toks, s, i)
                    if c is not None and " and " in c.text and len(parts := _split_and(c.text.split())) >= 2:
                        at = c.pos  # session 14: "Donald Trump and Hillary Clinton vied …, each saying": both
                        cands.extend(pc for pc in (_classify(p_, at) for p_ in parts) if pc is not None)
                    elif c:
                        cands.append(c)
                continue
            if t.low in _ING_FOLLOWERS and prev.lower() == "by" and i - 2 >= s and (t.low not in {
                    "citing", "calling", "describing", "questioning", "asking", "charging"} or t.low == "charging"
                                                                            and nxt == "that"):  # session 25
                # "Obama … inserted himself into the primary by warning candidates against …"
                c = _clause_subject(toks, s, i)
                if c is not None and c.kind in {"person", "org", "desc", "pron"}:
                    cands.append(c)
                continue
            if t.low in {"saying", "telling", "shouting", "yelling"} and prev.lower() in {
                    "heard", "overheard", "seen", "recorded", "filmed", "caught"} and i - 2 > s:
                q = i - 1  # session 16: "Hart was heard saying", "Hart could be heard telling …"
                while q - 1 > s and toks[q - 1].low in _QUOTED_AUX | {"be", "can", "could", "is", "are"}:
                    q -= 1
                if q < i - 1 and toks[q - 1].low not in _VERB_FORM:
                    subj_words, pos, neg = _subject_before(toks, s, q)
                    for w in ([] if neg else subj_words):
                        c = _classify(w, pos)
                        if c:
                            cands.append(c)
                continue
            if t.low == "saying" and prev.lower() == "as":
                q = max((k for k in range(s, i) if toks[k].low == "quoted"), default=-1)
                if q > s:
                    while q - 1 > s and toks[q - 1].low in _QUOTED_AUX:
                        q -= 1  # "X was quoted … as saying": the subject precedes "was"
                    subj_words, pos, neg = _subject_before(toks, s, q)
                    for w in subj_words:
                        c = _classify(w, pos)
                        if c:
                            cands.append(c)
                continue
            phrasal = nxt in _PHRASAL.get(t.low, ())
            nxt2 = toks[i + 2].low if phrasal and i + 2 < e else ("." if phrasal else nxt)
            if (t.low in _ING_FOLLOWERS or phrasal) and i - 2 >= s and toks[i - 1].low in lex.SPEAKER_NOUNS and (
                    nxt2 in {"that", "of", "against", ",", ".", "on"} and (phrasal or nxt2 != ".")
                    or i + 1 < e and toks[i + 1].text == '"'):
                start = i - 1
                while start > max(s, i - 5) and toks[start - 1].low != "with" and toks[start - 1].text not in \
                        _STOP_PUNCT and toks[start - 1].low not in _BOUNDARY_WORDS:
                    start -= 1
                if s < start < i and toks[start - 1].low == "with":  # "…, with several lawmakers warning that"
                    c = _classify([tk.text for tk in toks[start:i]], toks[start].start)
                    if c is not None and c.kind in {"person", "org", "desc"}:
                        cands.append(c)
                continue
            if (t.low in _ING_FOLLOWERS or t.low in _SHOUT_INGS) and i - 2 >= s:
                c = _with_agent(toks, s, i, e)
                if c is not None:
                    cands.append(c)
                    continue
            if t.low != "speaking" and not (prev.lower() in {"is", "are", "was", "were", "been"} and i - 2 >= s
                                              and toks[i - 2].low not in _MODALS) and not (
                    # session 20: "He's saying …", "They're urging …" (the auxiliary inside the pronoun)
                    _CONTRACTED_PRONOUN_RE.fullmatch(prev) and prev[-1] in "se" and not (
                        i - 2 >= s and toks[i - 2].low == "what")):  # not the Axios heading "What they're saying:"
                continue
        if t.low in _NOUNISH and i > s and (toks[i - 1].low in _QUANTIFIERS or toks[i - 1].low in {
                "on", "of", "for", "with", "against", "including", "over", "two", "three", "four", "five", "new",
                "other", "any", "no"} or toks[i - 1].low in _NOUN_TAKERS or nxt in {
                    "were", "was", "have", "had", "will", "would", "against"} and
                t.low.endswith("s") and toks[i - 1].text[0].islower()):
            continue  # "on several charges including …", "teacher protests were held"
        if t.low in _NOUNISH and (prev.lower() in {"and", "or"} or i - 1 == s and (
                prev.lower().endswith(("ing", "ed")) or prev.lower() in _DEMAND_ADJECTIVES)) and nxt in {
                    "from", "for", "of", "in", "on"}:
            continue  # session 20: "and demand from China cooled", "Rising demand for oil pushed prices higher"
        if t.low in _NOUNISH and i > s and (toks[i - 1].low in _DETS_POSS or _POSSESSIVE_RE.search(
                toks[i - 1].text) or masked[toks[i - 1].start + len(toks[i - 1].text):][:1] in {"'", "’"} or (
                i - 2 >= s and toks[i - 2].low in _DETS_POSS and toks[i - 1].text[0].isupper()) or (
                i - 3 >= s and toks[i - 3].low in _DETS_POSS and _cap(toks[i - 2].text) and _cap(toks[i - 1].text)) or (
                # session 17: "Pagliano's Fifth Amendment claims, prosecutors …"
                i - 3 >= s and _POSSESSIVE_RE.search(toks[i - 3].text) and _cap(toks[i - 2].text) and _cap(
                    toks[i - 1].text))):
            continue  # "the Charlton protests", "the 20m note"
        if t.low in _NOUNISH and t.low.endswith("s") and i > s and (i + 1 >= e or toks[i + 1].text in {".", ";"}) and (
                prev.isalpha() and prev.islower() and prev not in _PRONOUNS and prev not in lex.AUX_WORDS
                and not prev.endswith("ly") and prev not in lex.SPEAKER_NOUNS and prev not in lex.ORG_ANAPHORS):
            continue  # session 18: "… delays in processing unemployment claims." ends with a noun, not a verb
        if t.low.endswith("ed") and i > s and toks[i - 1].low.endswith("s") and masked[
                toks[i - 1].start + len(toks[i - 1].text):][:1] in {"'", "’"}:
            continue  # session 22: "listeners’ declared preferences": a plural possessive before a participle
        if t.low.endswith("ed") and (i + 1 >= e or toks[i + 1].text in {".", ";"}) and any(
                toks[j].low == "with" and (j == s or toks[j - 1].text == ",") and not any(
                    tk.text in _STOP_PUNCT for tk in toks[j:i]) for j in range(
                    max(s, i - 7), i - 1)):
            continue  # session 22: an absolute phrase, "…, with more than six hundred witnesses questioned."
        if t.low in _NOUNISH and prev.lower() in {"press", "news", "media"}:
            continue  # session 22: "reacting to Irish and British press reports, said"
        if t.low in {"reported", "alleged", "purported", "stated", "announced", "proposed", "promised"} and i > s and (
                _POSSESSIVE_RE.search(prev) or prev.lower() in {"his", "her", "their", "its"}) and i + 1 < e and toks[
                    i + 1].text.isalpha() and toks[i + 1].text.islower() and nxt not in {
                        "that", "to", "on", "in", "the", "a", "an", "his", "her", "it", "its", "their", "this"}:
            continue  # session 25: "Mr. Trump’s reported revelations": an adjective after a possessive
        if t.low in {"reports", "claims", "notes", "posts", "estimates", "statements"} and nxt in _DOC_VERBS:
            continue  # session 25: "campaign reports show": a plural noun before its verb
        if t.low == "written" and prev.lower() not in lex.AUX_WORDS and nxt.isalpha() and nxt not in _WRITTEN_VERB_NEXT:
            continue  # session 25: an adjective, "witnesses presenting written and oral testimony"
        if t.low in _NOUNISH and t.low != "forecast" and not t.low.endswith("s") and i > s and _singular_noun_before(
                prev.lower() if i - 1 == s else prev) and (nxt in {",", ".", ";"} or not any(
                    tk.low in {"and", "both", "of", "for", "at", "from"} for tk in toks[max(s, i - 8):i - 1])):
            continue  # session 22: "consumer demand remained good", "the Tower commission report has done"
        if prev == "," and t.low.endswith("ed") and t.low not in _INVERSION_FORMS | {"told"} and nxt in {
                "in", "to", "by", "for", "as", "from", "on", "at", "with", "about"} and not _closes_appositive(
                    toks, s, i - 1):
            continue  # reduced relative: "X, recalled in place of Y, ..."
        if prev == "," and t.low in {"asked", "told"} and nxt in {"about", "if", "whether", "by", "why",
                                                                  "how"} and not _closes_appositive(toks, s, i - 1):
            continue
        if t.low in {"reported", "reporting"} and nxt == "from" and "that" not in {tk.low for tk in toks[i:e]}:
            continue  # session 17: the credit line "Julie Davis reported from Midway Atoll, and Mark Landler from …"
        # inversion: "…," said one NATO diplomat / , says Mr Dean.
        subj: list[list[str]] = []
        pos, negated = 0, False
        if prev == "," and base is not None and t.low in _INVERSION_FORMS and i + 1 < e and not (
                # session 17: "James Martin, a Jesuit priest, warned the Vatican." is no inversion
                _closes_appositive(toks, s, i - 1)):
            inv = _np_after(toks, i + 1, e)
            after_np = _and_company_end(toks, i + 1 + len(inv), e)
            # session 6: or a full stop before a quote (", says Gerber. “…”": the quote kept the sentence open)
            if inv and inv[0].lower() not in _NOT_INVERTED and (after_np >= e or toks[after_np].text in {
                    ",", ";", ":", "(", "—", "–"} or toks[after_np].low in _AFTER_INV or (
                    toks[after_np].text == '"' and "." in masked[toks[after_np - 1].start:toks[after_np].start])):
                c = _classify(inv, toks[i + 1].start) or _described_name(inv, toks[i + 1].start)
                if c and c.kind == "desc":
                    c = _named_appositive(toks, after_np, e) or c  # "said another witness in …, adviser Fiona Hill"
                elif c is None and inv[0].lower() in {"its", "his", "her", "their"} and len(inv) <= 4 and (
                        inv[-1].lower() in lex.SPEAKER_NOUNS or inv[-1].lower() in lex.TITLE_LOWER or
                        _occupation_word(inv[-1].lower())):
                    c = _named_appositive(toks, after_np, e)  # session 18: "cautioned its lead author, Nina Alvarez"
                if c and c.kind in {"person", "org", "desc"} and (c.kind != "desc" or len(inv) <= 8):
                    cands.append(c)
                    continue
        if prev != '"':
            subj, pos, negated = _subject_before(toks, s, i)
            nor = next((k for k in range(s + 1, i) if toks[k].low == "nor"), -1)
            if toks[s].low == "neither" and 0 < i - nor <= 6 and not any(
                    tk.low in _VERB_FORM or tk.low in lex.AUX_WORDS for tk in toks[nor + 1:i]):
                negated = True  # session 16: "Neither Miller nor Hart said …" (not a later clause's verb)
        if negated:
            continue
        if not subj and base is not None and t.low in _INVERSION_FORMS and (
                prev in {",", '"'} or i == s) and i + 1 < e:
            inv = _np_after(toks, i + 1, e)
            after_np = _and_company_end(toks, i + 1 + len(inv), e)
            if after_np < e and toks[after_np].text not in _STOP_PUNCT and (
                    toks[after_np].low not in _AFTER_INV):
                inv = []
            if inv and inv[0].lower() not in _NOT_INVERTED:
                c = _classify(inv, toks[i + 1].start) or _described_name(inv, toks[i + 1].start)
                if c and c.kind == "desc":
                    c = _named_appositive(toks, after_np, e) or c
                if c and (c.kind != "desc" or len(inv) <= 8):
                    cands.append(c)
                    continue
            if inv and inv[0].lower() in {"he", "she", "they"} and len(inv) == 1:
                cands.append(_Cand(toks[i + 1].start, inv[0].lower(), "pron"))
                continue
        if not subj and prev == '"':
            subj, pos, negated = _subject_before(toks, s, i)
        if negated or not subj:
            continue
        if subj == [["<SENTENCE-SUBJECT>"]]:
            same = [c for c in cands if c.pos >= toks[s].start]
            if same:
                last = same[-1]
                # session 20: the same person at the same place (see above)
                cands.append(_Cand(last.pos, last.text, last.kind, last.gender))
                continue
            head_words = _sentence_subject(toks, s, i)
            subj = (_split_and(head_words) if "and" in head_words else [head_words]) if head_words else []
        if base in lex.WEAK_VERBS and len(subj) == 1 and len(subj[0]) == 1 and subj[0][0][0].islower() \
                and subj[0][0].lower() not in _PRONOUNS and subj[0][0].lower() not in lex.SPEAKER_NOUNS:
            continue
        if base in lex.WEAK_VERBS and len(subj) == 1 and _plural_group([w.lower() for w in subj[0]], subj[0]) and (
                subj[0][-1].lower() not in lex.SPEAKER_NOUNS):  # session 15: "Two workers added that …" speaks
            continue  # "Many businesses agree that …": an unknown group noun needs a plain speech verb
        group += 1
        for np_words in subj:
            c = _classify(np_words, pos)
            if c is not None and c.kind == "person" and len(subj) == 1 and t.low == base and t.low not in {
                    "say", "tell"} | _IRREGULAR_BASE and prev.lower() not in _MODALS | {
                        "did", "do", "does", "not"} and any(tk.low == "that" for tk in toks[max(s, i - 8):i]):
                continue  # session 16: "Hart demanded that Miller apologize": a subjunctive, not what Miller did
            if c is not None and len(subj) == 1 and _plural_aux_before(toks, s, i) and (
                    c.kind == "person" and " and " not in c.text or c.kind == "desc" and not _plural_desc(c.text)):
                continue  # session 17: "judges … seeking information about Clinton's tenure as secretary of state
                # have cited …": a singular noun before "have"/"are"/"were" is not the subject
            if c is not None:
                cands.append(_Cand(c.pos, c.text, c.kind, c.gender, group if len(subj) > 1 else -1))
        if base in _RECIPROCAL_VERBS and cands and cands[-1].pos < t.start:
            other = _reciprocal_partner(toks, i, e)  # session 20: "Holtz bantered with May": May speaks too
            if other is not None:
                cands.append(other)
    # speed (round 9): each scan below runs only when its cue word is in the paragraph
    for m in _ACCORDING_RE.finditer(masked) if "ccording" in masked else ():
        words = [tk.text for tk in _tokenize(m.group(1))]
        for k, word in enumerate(words):
            if word.lower() in _RELATIVES or word.lower() == "that":
                words = words[:k]
                break
        if len(words) >= 4 and words[0].lower() in {"a", "an", "the"} and words[1].lower() in _STATEMENT_NOUNS \
                and words[2].lower() in {"from", "by", "of"}:
            words = words[3:]  # "according to a statement from the company" -> the company
        elif not any(w in lex.SPEAKER_NOUNS and words[k + 1] in _THOSE_MODS | {"with"} for k, w in enumerate(
                words[:-1])) and any(  # session 16: not "two people briefed on the plan" (a described source)
                (w.lower() in lex.NON_SPEAKER_HEADS or w.lower().endswith("s") and w.lower()[:-1] in
                 lex.NON_SPEAKER_HEADS) and w.lower() not in lex.SPEAKER_NOUNS and w[0].islower()
                 and w.lower() not in lex.OUTLET_HEADS and not _modifies_speaker(words, k + 1)
                 for k, w in enumerate(words[1:])):
            continue  # "according to the TexAuto Facts report from InfoNation": a document
        for k in range(1, min(len(words) - 1, 5)):
            if words[k] in {"at", "of", "from", "with"} and all(_cap(w) for w in words[:k]) and all(
                    _cap(w) or w in {"of", "for", "and", "the"} for w in words[k + 1:]):
                pc = _classify(words[:k], m.start(1))  # session 13: "according to Wilkins at Michigan State
                if pc is not None and pc.kind == "person":  # University": the person, not the place of work
                    words = words[:k]
                break
        c = _classify(words, m.start(1))
        if c is None and len(words) >= 3 and words[0].lower() == "the" and words[1][0].islower():
            k = 1
            while k < len(words) and words[k][0].islower() and words[k].replace("-", "").isalpha():
                k += 1
            if k < len(words) and all(_cap(w) or w in {"of", "for", "and", "on"} for w in words[k:]):
                oc = _classify(words[k:], m.start(1))  # session 14: "according to the nonpartisan Congressional
                if oc is not None and oc.kind == "org":  # Budget Office", "the conservative-leaning Tax Foundation"
                    c = oc
        if (c is not None and c.kind in {"desc", "pron"} or c is None and words and words[0].lower() in {
                "its", "his", "her", "their"}) and (ap := _APPOSED_NAME_RE.match(masked, m.end(1))):
            # (session 18: also an owned role, "according to its director, Rubén Garza-Aldama")
            nc = _classify(ap.group(1).split(), ap.start(1))  # session 16: "according to Hart's spokeswoman, Kate
            if nc is not None and nc.kind == "person" and len(nc.text.split()) >= 2:  # Ross": the name
                c = nc
        if c is not None:
            cands.append(c)
    for m in itertools.chain(_POSS_SPEECH_RE.finditer(masked), _POSS_CALL_RE.finditer(masked)) if has_poss else ():
        words = m.group(1).split()
        if words and words[0] in _FUNCTION_CAPS and len(words) > 1:
            words = words[1:]
        c = _classify(words, m.start(1))
        if c is not None and c.kind in {"person", "org"}:  # group -2: not a pronoun antecedent
            cands.append(_Cand(c.pos, c.text, c.kind, c.gender, _NO_ANTECEDENT))
    for m in _PRON_SPEECH_RE.finditer(masked) if has_pron_poss else ():
        # "his often-repeated vow that …": the owner (a pronoun) communicated; never an antecedent itself
        pr = "he" if m.group(1).lower() == "his" else "she"
        cands.append(_Cand(m.start(1), pr, "pron", "m" if pr == "he" else "f", _NO_ANTECEDENT))
    for m in _IN_WORDS_RE.finditer(masked) if "words" in masked else ():
        if m.group(1) in {"his", "her", "His", "Her"}:  # "In her words, …"
            pr = "he" if m.group(1).lower() == "his" else "she"
            cands.append(_Cand(m.start(1), pr, "pron", "m" if pr == "he" else "f"))
            continue
        c = _classify(m.group(1).split(), m.start(1))
        if c is not None and c.kind in {"person", "org"}:
            cands.append(c)
    for m in _WORDS_OF_RE.finditer(masked) if "words of" in masked else ():
        # round 13: "in the words of a Democrat", "in the words of one aide": X is a speaker
        wtoks = _tokenize(m.group(1))
        words = _np_after(wtoks, 0, len(wtoks))
        c = _classify(words, m.start(1)) if words else None
        if c is not None and c.kind in {"person", "org", "desc"}:
            cands.append(c)
    for m in _CITING_RE.finditer(masked) if "citing" in masked else ():
        ctoks = _tokenize(m.group(1))
        words = _np_after(ctoks, 0, len(ctoks))
        nxt_low = ctoks[len(words)].low if len(ctoks) > len(words) else ""
        if words and (words[-1][0].islower() and _head_noun(" ".join(words)) not in lex.SPEAKER_NOUNS
                      or nxt_low.isalpha() and (
                nxt_low not in _POSTMOD and nxt_low not in lex.SPEAKER_NOUNS and nxt_low not in _BOUNDARY_WORDS
                and nxt_low not in _RELATIVES and nxt_low not in {"as", "and"})):
            continue  # "citing Taliban violence", "citing concerns": a reason, not a source
        c = _classify(words, m.start(1)) if words else None
        if c is not None and c.kind in {"person", "org", "desc"}:
            cands.append(c)
    for m in _TOLD_BY_RE.finditer(masked) if " by" in masked else ():
        if masked[max(0, m.start() - 4):m.start()] == " be ":
            continue  # round 9: "at a time to be announced by officials": a future/infinitive passive, no event
        if m.group().startswith(("asked", "Asked")) and _NO_COMMENT_RE.search(text):
            continue  # session 24: "Asked by reporters, the governor declined to comment": no exchange to report
        btoks = _tokenize(m.group(1))
        words = _np_after(btoks, 0, len(btoks))
        for k in range(1, len(words) - 1):
            if words[k] in {"of", "for"} and words[k + 1].endswith("ing"):
                words = words[:k]  # "accused by critics of promoting …"
                break
        if words and words[0].lower() in {"his", "her", "their"} and not m.group().startswith(_TOLD_BY_VERBS) and \
                any(c.pos < m.start() and ". " not in masked[c.pos:m.start()] for c in cands):
            continue  # session 13: "Alvarez said in a statement released by her office": her own statement
        if words and len(words) < len(btoks) and btoks[len(words)].low == "and":
            more = _np_after(btoks, len(words) + 1, len(btoks))
            if len(more) >= 2 and (_cap(more[0]) or more[0] in {"former", "then"}) and _cap(words[-1]):
                # session 20: "announced by the Health and Human Services Secretary Alex Azar", "told by Secretary
                # Alex Azar and Sen. Mike Lee": the phrase after "and" is part of the title or a second agent
                parts = _split_and(words + ["and"] + more)
                found = [c for c in (_classify(w, m.start(1)) for w in parts) if c is not None]
                if found:
                    cands.extend(found)
                    continue
        c = _classify(words, m.start(1))
        if c is not None:
            cands.append(c)
    for m in _AS_PUT_RE.finditer(masked) if " put" in masked else ():
        # round 13: "as Novavax puts it", "as one diplomatic staffer put it": the phrase's subject is a speaker
        ptoks = _tokenize(m.group(1))
        words = _np_after(ptoks, 0, len(ptoks))
        c = _classify(words, m.start(1)) if words and len(words) == len(ptoks) else None
        if c is not None and c.kind in {"person", "org", "desc", "pron"}:
            cands.append(c)
    for m in _QUOTE_AS_RE.finditer(masked) if "quot" in masked else ():
        qtoks = _tokenize(m.group(1))
        obj = {"him": "he", "her": "she", "them": "they"}.get(m.group(1).strip())
        if obj:
            cands.append(_Cand(m.start(1), obj, "pron"))
            continue
        words = _np_after(qtoks, 0, len(qtoks))
        c = _classify(words, m.start(1)) if words and len(words) == len(qtoks) else None
        if c is not None and c.kind in {"person", "org", "desc", "pron"}:
            cands.append(c)
    if any(c.kind == "pron" and c.text == "they" for c in cands):
        cands[:] = _they_from_subject(cands, toks, sent_of, first_tok_of_sent, sent_end)
    cands[:] = [c for c in cands if not (c.kind == "desc" and len(ws := c.text.split()) >= 3 and ws[0].endswith(
        "ing") and ws[0].islower() and ws[1] in _VERB_PHRASE_SECOND)]  # session 24: "passing around … emails in a way"
    if any(c.kind == "person" and c.text.startswith("and ") for c in cands):
        fixed: list[_Cand] = []
        for c in cands:
            if c.kind == "person" and c.text.startswith("and ") and len(c.text) > 4:
                # session 24: "He and Keating last week warned": the pronoun and the name, each a speaker
                first = masked[c.pos:c.pos + 4].split()[:1]
                if first and first[0].lower() in {"he", "she"}:
                    fixed.append(_Cand(c.pos, first[0].lower(), "pron"))
                c = _Cand(c.pos, c.text[4:], c.kind, c.gender, c.group)
            fixed.append(c)
        cands[:] = fixed
    if len(cands) > 1:  # session 24: "Pennsylvania law enforcement officials …, by saying": not also "Pennsylvania"
        cands[:] = [c for c in cands if not (c.kind == "person" and " " not in c.text and any(
            d.pos == c.pos and d.kind == "desc" and d.text.startswith(c.text + " ") for d in cands))]
    cands.sort(key=lambda c: c.pos)
    return res, kept, toks


#: a word after an -ing form that makes it a verb phrase, not a described group ("passing around", "setting up the")
_BASED_RE = re.compile(r"^(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-based\s+(?=[a-z])")
_VERB_PHRASE_SECOND = frozenset("around up out off down over the a an his her their its in on at to for with".split())
_SUBJ_STOP = lex.AUX_WORDS | _VERB_FORM.keys() | lex.NEGATIONS | {"seem", "seems", "seemed", "appear", "appears"}


def _they_from_subject(cands: list[_Cand], toks: Sequence[_Tok], sent_of: Sequence[int],
                       first_tok_of_sent: dict[int, int], sent_end: dict[int, int]) -> list[_Cand]:
    """``they said`` after a sentence of the same paragraph whose subject is ``A and B`` (or a plural speaker
    noun): the members of that subject ("Gov. Eric Holcomb and leaders of the Legislature have avoided … They seem
    intent … However, they said")."""
    out: list[_Cand] = []
    starts = sorted(first_tok_of_sent.items())
    for c in cands:
        if c.kind != "pron" or c.text != "they":
            out.append(c)
            continue
        ti = next((k for k, t in enumerate(toks) if t.start >= c.pos), len(toks) - 1)
        repl: list[_Cand] = []
        for sidx, s in reversed([(si, st) for si, st in starts if si < sent_of[ti]]):
            words: list[str] = []
            k = s
            while k < sent_end[sidx] and toks[k].text not in _STOP_PUNCT and toks[k].low not in _SUBJ_STOP and \
                    len(words) <= 12:
                words.append(toks[k].text)
                k += 1
            if words and words[0].lower() == "they" and len(words) == 1:
                continue
            if len(words) < 3 or "and" not in words[1:-1] or k >= sent_end[sidx] or toks[k].text in _STOP_PUNCT:
                break
            cut = words.index("and", 1)
            parts = [_classify(words[:cut], toks[s].start), _classify(words[cut + 1:], toks[s].start)]
            if all(p is not None and p.kind in {"person", "desc"} for p in parts):
                repl = [_Cand(c.pos, p.text, p.kind, p.gender, _NO_ANTECEDENT) for p in parts if p is not None]
            break
        out.extend(repl or [c])
    return out


# --- outlets --------------------------------------------------------------------------------------
_CHAIN = r"((?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|de|du|&|\d+))*)"
_OUTLET_PATTERNS = (
    re.compile(r"\bvia\s+" + _CHAIN),
    re.compile(r"\b[Aa]ccording to\s+(?:a\s+report\s+(?:in|by|from)\s+)?" + _CHAIN),
    re.compile(r"\b(?:told|telling|tells|tell)\s+" + _CHAIN),
    re.compile(r"\b(?:in|during)\s+an?\s+(?:interview|appearance)\s+(?:with|on)\s+" + _CHAIN),
    re.compile(r"\b(?:reported|quoted|cited|first reported)\s+(?:by|in)\s+" + _CHAIN),
    re.compile(r"\b(?:speaking|talking)\s+(?:to|on|with)\s+" + _CHAIN),
    re.compile(_CHAIN + r"(?:\s+(?:newspaper|daily|weekly|magazine|news agency|agency|website|"
               r"television|radio|network|broadcaster))?\s+(?:first\s+|also\s+|has\s+|had\s+|earlier\s+)?"
               r"(?:reported|reports|said|says|quoted|cited|wrote|published|revealed|broke)\b"),
)
#: Lower-case words one of which a paragraph must contain for the pattern at the same place to match (none: always
#: try it).
_OUTLET_CUES: tuple[tuple[str, ...], ...] = (
    ("via",), ("according to",), ("tel", "told"), ("interview", "appearance"), ("reported", "quoted", "cited"),
    ("speaking", "talking"), (),
)


def cited_outlets(text: str) -> tuple[str, ...]:
    """News outlets the paragraph cites as a source: "via POLITICO", "according to Reuters",
    "X reported", "told CNN"... in order, deduplicated."""
    masked = _mask_quotes(text, quote_spans(text))
    low = masked.lower()
    found: list[tuple[int, str]] = []
    for pat, cues in zip(_OUTLET_PATTERNS, _OUTLET_CUES, strict=True):
        if cues and not any(cue in low for cue in cues):
            continue  # a scan of the paragraph per pattern was most of the cost; few paragraphs hold a cue
        for m in pat.finditer(masked):
            raw = m.group(1)
            after = masked[m.end(1):m.end(1) + 20].split()
            following = after[0].strip(",.;:").lower() if after else ""
            words = raw.split()
            had_the = bool(words) and words[0].lower() == "the"
            if had_the:
                words = words[1:]
            # cut at a possessive: "GMTV's Sunday programme" -> GMTV
            for k, w in enumerate(words):
                if _POSSESSIVE_RE.search(w):
                    words = words[:k + 1]
                    following = "programme"
                    break
            words = [_POSSESSIVE_RE.sub("", w).rstrip(".,") if k == len(words) - 1 else w
                     for k, w in enumerate(words)]
            if not words:
                continue
            if _is_outlet_name(words, following, had_the):
                name = " ".join(words)
                if pat is _OUTLET_PATTERNS[-1] and _VIA_REPORTS_RE.search(masked[m.start():m.end() + 6]):
                    continue  # "X reports via POLITICO": X is the publisher
                found.append((m.start(1), name))
    found.sort()
    out: list[str] = []
    for _, name in found:
        if name.lower() not in {o.lower() for o in out}:
            out.append(name)
    return tuple(out)


# --- article-level resolution -------------------------------------------------------------------
# round 13: not inside a hyphenated modifier ("pro-Trump Facebook posts" made a person "Trump Facebook")
_NAME_CHAIN_RE = re.compile(r"(?<!pro-)(?<!anti-)(?<!non-)(?<!post-)(?<!pre-)"
                            r"(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|<[^<>\s]+>)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|"
                            r"(?:de|van|von|bin|al|da|el|le|du|del|der|den|ter|dos|e|of|and|for|&)(?=\s+[A-Z])|<[^<>\s]+>))*")


@dataclass
class _Mention:
    pos: int
    name: str
    kind: str
    gender: str


_ABBR_TITLES = frozenset("Gen Sen Rep Gov Dr Mr Mrs Ms Lt Col Adm Maj Capt Sgt St Rev Prof Jr Sr".split())


_HYPHEN_ADJ_RE = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _chains(masked: str) -> list[tuple[int, list[str]]]:
    """Capitalised name chains with their offsets, split at sentence ends, "and" and possessives."""
    out: list[tuple[int, list[str]]] = []
    for m in _NAME_CHAIN_RE.finditer(masked):
        off = m.start()
        cur: list[str] = []
        raw = m.group().split()
        for k, w in enumerate(raw):
            nxt = raw[k + 1] if k + 1 < len(raw) else ""
            if w in {"and", "&"} and nxt not in _ORG_SUFFIX and (not _is_org_chain(cur) or len(cur) >= 2 and cur[-1] in
                                                                   _ORG_TAIL and _cap(nxt)):
                # round 12: "American Airlines and United Airlines" is two companies (a company-suffix word ends
                # the left one); "Competition and Markets Authority" is still one name
                out.append((off, cur))
                cur = []
                continue
            if w == "for" and not (_is_org_chain(cur) and len(cur) <= 3) and not (
                    cur and cur[-1] in _FOR_TITLES):  # session 25: "Inspector General for Tax Administration J. …"
                # round 13: "for" links only an organisation name ("Centers for Disease Control and Prevention")
                out.append((off, cur))
                cur = []
                continue
            if _POSSESSIVE_RE.search(w) and len(w) > 2:
                cur.append(_POSSESSIVE_RE.sub("", w))
                out.append((off, cur))
                cur = []
                continue
            if w.endswith(".") and len(w) > 2 and w[:-1] not in _ABBR_TITLES and "." not in w[:-1]:
                cur.append(w[:-1])
                out.append((off, cur))
                cur = []
                continue
            cur.append(w.rstrip(","))
        out.append((off, cur))
    cleaned: list[tuple[int, list[str]]] = []
    for off, words in out:
        words = _clean_words(words)
        while words and (words[0] in _FUNCTION_CAPS and words[0] not in lex.TITLE_WORDS
                         or words[0] in {"of", "and", "&"}) and not _month_given_name(masked, off, words):
            words = words[1:]
        while words and words[-1] in {"of", "and", "&"}:
            words = words[:-1]
        if len(words) >= 2 and _HYPHEN_ADJ_RE.match(words[0]):
            words = words[1:]  # session 24: "Far-right Gateway Pundit", "Left-leaning Media Matters": an adjective
        if len(words) >= 3 and _ROLE_PREP_RE.search(masked, max(0, off - 40), off):
            split = _place_then_name(words)
            if split:  # "envoy to Ukraine Kurt Volker": the place is not part of the name
                cleaned.append((off, words[:split]))
                off += len(" ".join(words[:split])) + 1
                words = words[split:]
        if words:
            cleaned.append((off, words))
    return cleaned


#: session 25: months that are also given names ("June Davis said", "April Ryan asked")
_GIVEN_MONTHS = frozenset({"April", "May", "June", "August"})
_BEFORE_MONTH_RE = re.compile(r"(?:\b(?:in|on|since|last|this|next|early|late|mid|of|until|till|by|from|through|"
                              r"during|before|after|between|and|or|to|each|every|that|until)|\d|-)\s*$", re.I)


def _month_given_name(masked: str, off: int, words: Sequence[str]) -> bool:
    """Session 25: a chain opening with a month that is also a given name, followed by a capitalised name word and
    not after a time preposition ("Before the strike, June Davis said"; not "in June Davis said", "by May Smith"); or
    such a word alone right before a speech verb ("On Tuesday, May said", after Theresa May was named)."""
    if not (words and words[0] in _GIVEN_MONTHS and masked.startswith(words[0], off)) or _BEFORE_MONTH_RE.search(
            masked, 0, off):
        return False
    if len(words) == 1:
        return bool(_MONTH_SPEAKS_RE.match(masked, off + len(words[0])))
    return len(words) in (2, 3) and bool(_NAME_TOKEN_RE.match(words[1])) and words[1] not in _FUNCTION_CAPS


_MONTH_SPEAKS_RE = re.compile(r"\s+(?:said|says|told|tells|added|adds|wrote|warned|insisted|argued|replied)\b")


def _month_in_name(name: Sequence[str], k: int) -> bool:
    """Session 25: the month word at ``k`` is part of a person's name: a given name first ("June Davis") or a surname
    after a known first name ("Theresa May", "Brian May"), or alone (kept by :func:`_month_given_name`)."""
    w = name[k]
    return w in _GIVEN_MONTHS and (k == 0 or k == len(name) - 1 and name[k - 1] in lex.MALE_FIRST | lex.FEMALE_FIRST)


# "special envoy to Ukraine Kurt Volker", "president of Ukraine Volodymyr Zelenskiy"
_ROLE_PREP_RE = re.compile(r"\b(?:envoy|ambassador|minister|secretary|president|director|adviser|advisor|chief|head|"
                           r"representative|delegate|commissioner|governor|mayor|counsel|spokesman|spokeswoman|"
                           r"spokesperson|attorney|leader|chairman|chair|member|premier|"
                           # round 18: "Chancellor of the Exchequer Nigel Lawson said" (unannotated Reuters text)
                           r"chancellor|commander|comptroller|controller|undersecretary|under-secretary|"
                           r"vice-minister|deputy|inspector|justice|lord|speaker)s?\s+(?:to|of|for)\s+"
                           r"(?:the\s+)?$")
_NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def _place_then_name(words: Sequence[str]) -> int:
    """Index where a person's name starts after a leading place (0 if there is no such split)."""
    core = [w for w in words if w not in _NAME_SUFFIXES]
    n = 3 if len(core) >= 4 and re.fullmatch(r"[A-Z]\.?", core[-2]) else 2
    if len(core) <= n or _is_org_chain(core[-n:]) or not all(_NAME_TOKEN_RE.match(w) for w in core[-n:]) or any(
            w in lex.TITLE_WORDS for w in core[-n:]):
        return 0
    return len(core) - n


# session 15: also "DeWine", "DeSantis", "LaHood", "MacArthur", "DiCaprio", "VanHollen" as well as "McConnell"
_NAME_TOKEN_RE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-Za-zÀ-ÖØ-öø-ÿ]+)*|[A-Z]\.?|(?!U\.[SKN]\.)[A-Z]\.[A-Z]\.|(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+|[OD]['’][A-Z][a-z]+|de|van|von|bin|al|da|el|le|du|del|der|den|ter|dos|e)$"
)


def _fold_name(word: str) -> str:
    """A surname without accents or the German ``e`` transliteration ("Müller", "Muller", "Mueller")."""
    w = unicodedata.normalize("NFKD", word.replace("ß", "ss"))
    w = "".join(ch for ch in w if not unicodedata.combining(ch)).lower()
    return w.replace("ue", "u").replace("oe", "o").replace("ae", "a")


#: Last words of two-word capitalised chains that are events or places, not surnames ("Vietnam War").
_NOT_SURNAMES = frozenset("War Wars Day Days Games Cup Street Avenue Road Square Valley River Island Islands "
                          "Bay Sea Coast Park Hall House Era Age Summit Crisis Accord Accords Act Bill Plan "
                          "Center Centre Airport Station Bridge Lake Mountain Mountains County City World".split())


_COMPASS = frozenset({"North", "South", "East", "West"})


# round 11: "the Federal Trade Commission (FTC)": a parenthesised acronym right after a capitalised name
_ACRO_PAREN_RE = re.compile(r"((?:(?:[A-Z][\w&’'-]*|of|for|and|the|on|in|de|to|&)\s+){1,9})\((?:the\s+)?"
                            r"([A-Z][A-Za-z&]{1,7})\)")
_ACRO_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "de", "&", "to"})  # "to": session 14, "Alliance to
# Reclaim Our Schools (AROS)"
_CAP_RUN_RE = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the|on|in|de|&)\s+)*[A-Z][\w’'&-]*)+")
# a possessive place before a public body stays in its name ("Mexico’s National Statistics Institute")
_PUBLIC_BODIES = frozenset({"Institute", "Service", "Center", "Centre", "Vehicles", "Statistics"})


# round 13: a person's alias given in the article: "Sam Bankman-Fried, known in the crypto world as SBF",
# "…, better known as Jay", "…, nicknamed “Ace”", "Sam Bankman-Fried (SBF)"
_ALIAS_RE = re.compile(r",\s+(?:(?:[a-z]+ly|also|better|widely|commonly|popularly)\s+)?(?:known|referred\s+to)\s+"
                       r"(?:(?:in|to|among|by|on)\s+(?:[\w’'-]+\s+){1,4}?)?as\s+[\"“]?([A-Z][\w’'.-]*)[\"”]?(?=[\s,.;:)—–])"
                       r"|,\s+(?:also\s+)?nicknamed\s+[\"“]?([A-Z][\w’'.-]*)[\"”]?(?=[\s,.;:)—–])"
                       r"|([A-Z][\w’'-]+)\s+\(([A-Z]{2,4})\)")


def _aliases(texts: Sequence[str], article: _Article) -> dict[str, str]:
    """Round 13: alias -> the person's full name. The person is the one named in the parenthesis case, else the
    person mentioned last before the alias phrase (same paragraph first, else earlier ones: "… its former CEO Sam
    Bankman-Fried. The erstwhile executive, known in the crypto world as SBF, …"). An alias that is itself the
    name or surname of someone else in the article is not taken."""
    out: dict[str, str] = {}
    surnames = {f[-1] for f in article.persons}
    for k, text in enumerate(texts):
        if "known" not in text and "nicknamed" not in text and "referred" not in text and "(" not in text:
            continue
        for m in _ALIAS_RE.finditer(text):
            alias = (m.group(1) or m.group(2) or m.group(4) or "").rstrip(".")
            if not alias or alias in out or alias in surnames or alias in _FUNCTION_CAPS:
                continue
            here = (k, m.start())
            best, best_at = "", (-2, -1)
            for name, seen in article.mentions.items():
                before = [x for x in seen if x < here]
                if before and max(before) > best_at and (m.group(3) is None or name.split()[-1] == m.group(3)):
                    best, best_at = name, max(before)
            if best and (m.group(3) is None or best_at[0] == k) and best.split()[-1] != alias:
                out[alias] = best
    return out


_COMPANY_RE = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s+"
                         r"(?:Co|Inc|Corp|Corporation|Company|Ltd|LLC|Plc)\b\.?")


def _acronyms(texts: Sequence[str]) -> dict[str, str]:
    """Round 11: acronym -> the full organisation name it stands for in this article: introduced in parentheses
    ("Israel Defense Forces (IDF)"), or the one capitalised run of three or more words whose initials spell it
    ("Competition and Markets Authority" for CMA; links like of/and are skipped)."""
    out: dict[str, str] = {}
    by_initials: dict[str, set[str]] = {}
    for text in texts:
        if "(" in text:
            for m in _ACRO_PAREN_RE.finditer(text):
                acr = m.group(2)
                if sum(ch.isupper() for ch in acr) < 2 or acr in out:
                    continue
                words = m.group(1).split()
                while words and words[0] in _ACRO_LINKS:
                    words = words[1:]
                while words and words[-1] in _ACRO_LINKS:
                    words = words[:-1]
                caps = [w for w in words if w not in _ACRO_LINKS]
                if len(caps) < 2 or any(w.isupper() for w in caps) or _looks_person(caps):
                    continue
                out[acr] = " ".join(words)
        for m in _COMPANY_RE.finditer(text):
            # round 15: "General Electric Co" for GE, "General Motors Co" for GM: a two- or three-word company
            # name with its legal suffix
            by_initials.setdefault("".join(x[0] for x in m.group(1).split()), set()).add(m.group().rstrip("."))
        for m in _CAP_RUN_RE.finditer(text):
            words = m.group().split()
            for i, w in enumerate(words):
                if w in _ACRO_LINKS or w.isupper():
                    continue
                own = _POSSESSIVE_RE.search(w) is not None
                for j in range(i + 2, min(len(words), i + 10)):
                    if words[j] in _ACRO_LINKS or _POSSESSIVE_RE.search(words[j]):
                        continue
                    part = words[i + 1 if own else i:j + 1]
                    caps = [x for x in part if x not in _ACRO_LINKS]
                    if len(caps) < 3 or any(x.isupper() or _POSSESSIVE_RE.search(x) and not (
                            # round 12: a plural possessive inside the name ("British Bankers’ Association")
                            n > 0 and x.endswith(("s’", "s'"))) for n, x in enumerate(caps)):
                        continue
                    full = " ".join(words[i:j + 1]) if own and (_is_org_chain(part) or any(
                        x in _PUBLIC_BODIES or x in _GOV_BODIES for x in part)) else " ".join(part)
                    by_initials.setdefault("".join(x[0] for x in caps), set()).add(full)
    for acr, fulls in by_initials.items():
        longest = max(fulls, key=len)
        if acr not in out and all(longest.endswith(f) for f in fulls):  # "California’s Department of …"
            out[acr] = _acronym_extent(longest, texts)
    return out


# the last noun of a long organisation name after "and" ("… Disease Control and Prevention"); not "… and Microsoft"
_NAME_TAIL_NOUNS = ("Prevention", "Development", "Research", "Services", "Security", "Technology", "Trade",
                    "Education", "Welfare", "Health", "Justice", "Industry", "Innovation", "Environment", "Energy",
                    "Agriculture", "Science", "Culture", "Training", "Enforcement", "Management", "Exchange",
                    "Communications", "Information", "Planning", "Safety", "Markets", "Standards", "Statistics")


def _acronym_extent(full: str, texts: Sequence[str]) -> str:
    """Round 15: the whole name around the words an acronym's initials spell: "Department of Health and Human
    Services" for HHS, "Centers for Disease Control and Prevention" for CDC, "U.S. National Highway Traffic Safety
    Administration" for NHTSA."""
    esc = re.escape(full)
    rx = re.compile(r"((?:\b(?:U\.S\.|US)\s+)?(?:\b(?:Department|Ministry|Office|Bureau)\s+of\s+(?:the\s+)?)?)" + esc +
                    r"(?:\s+and\s+(" + "|".join(_NAME_TAIL_NOUNS) + r")\b)?")
    for text in texts:
        for m in rx.finditer(text):
            if m.group(1) or m.group(2):
                return (m.group(1) or "") + full + (" and " + m.group(2) if m.group(2) else "")
    return full


# round 12: capitalised runs that may name an organisation ("U.S. Attorney’s Office for the Western District of …")
_ORG_RUN_RE = re.compile(r"[A-Z][\w.’'&-]*(?:\s+(?:(?:of|for|the|on|in|de)\s+)*[A-Z][\w.’'&-]*)+")
_ORG_HEAD_KEYS = frozenset(w.lower() for w in lex.ORG_WORDS if w[0].isupper() and w[1:].islower()) - {"state", "states",
                                                                                                      "city", "county"}
_GENERIC_ORG_KEYS = frozenset({"company", "firm", "group"})


def _org_key(word: str) -> str:
    """A word of an organisation name for loose matching: lower case, no possessive, dots or plural -s."""
    w = _POSSESSIVE_RE.sub("", word).replace(".", "").lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


_KIN_FEMALE = frozenset("mother wife daughter sister grandmother aunt widow girlfriend niece granddaughter "
                        "stepmother fiancee fiancée".split())
_KIN_MALE = frozenset("father husband son brother grandfather uncle widower boyfriend nephew grandson "
                      "stepfather fiance fiancé".split())
_KIN_HINT_RE = re.compile(r"(?:" + "|".join(sorted(_KIN_FEMALE | _KIN_MALE)) + r"),")
_KIN_RE = re.compile(r"\b(" + "|".join(sorted(_KIN_FEMALE | _KIN_MALE)) + r"),\s+([A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2})"
                     r"(?=[,.;]|\s+(?:is|was|has|had|said|says|who)\b)")
# round 15: "Can Chipotle win customers back?": an auxiliary opening a question is no first name
_QUESTION_AUX = frozenset("Can Could Should Would Does Did Is Are Was Were Has Have Had Might Must".split())
_KIN_INTRO_RE = re.compile(r"(?<=[a-z,] )(?:his|her|their)\s+(?:" + "|".join(sorted(_KIN_FEMALE | _KIN_MALE)) +
                           r"),?\s+([A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2}|[A-Z][a-z]+(?=[,.;]| and ))")
_AGE_DESC_RE = re.compile(r"^the (\d{1,3})-year-old(?: (?:man|woman|boy|girl|mother|father|teen|teenager|student))?$",
                          re.IGNORECASE)
_PRONOUN_GENDER_RE = re.compile(r"\b(?:(he|his|him|himself)|(she|her|hers|herself))\b", re.IGNORECASE)


def _title_case(title: str) -> bool:
    """Round 15: a headline in Title Case ("McConnell Proposal Gives Obama Power") runs its words into false names."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", title) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_DOTTED_ACRONYM_RE = re.compile(r"(?:[A-Z]\.){3,}")


class _Article:
    """Names known in the article, for resolving short forms."""

    def __init__(self, chain_lists: Sequence[list[tuple[int, list[str]]]], title: str,
                 texts: Sequence[str] = ()) -> None:
        #: round 11: acronym -> full organisation name ("CMA" -> "Competition and Markets Authority")
        self.texts = texts
        self.acronyms: dict[str, str] | None = None  # built on first need
        self.aliases: dict[str, str] | None = None  # round 13: "SBF" -> "Sam Bankman-Fried", built on first need
        self.org_runs: list[list[str]] | None = None  # round 12: capitalised organisation names, built on need
        self.org_prefix: dict[tuple[str, ...], str] | None = None  # round 12: "Whole Foods" -> "Whole Foods Market"
        self.persons: list[list[str]] = []
        self.orgs: list[list[str]] = []
        self.gender: dict[str, str] = {}
        self.brand_counts: dict[str, int] = {}
        self.folded: dict[str, list[str]] | None = None  # non-ASCII surnames by their folded form
        self.kin: set[str] | None = None  # round 15: people introduced as a relative ("his son Beau Biden")
        self.roles: dict[str, dict[str, set[str]]] = {}  # head -> person -> role words, built on need
        self.place_names: dict[str, bool] = {}  # round 16: name -> only ever used after "in"/"at"/…
        #: paragraph where each person name first appears (the title counts as paragraph -1), and the paragraph
        #: being resolved (set by the rules): a surname-first short form picks among people introduced so far
        self.first_seen: dict[str, int] = {}
        self.cur_para = 1 << 30
        #: round 10: (paragraph, offset) of each mention of a two-word-or-longer person, by name,
        #: and of each lone capitalised word (a first name alone: "says Stephen"); a bare surname shared by
        #: several people ("Jones": Jerry Jones, Stephen Jones) goes to the one mentioned last
        self.mentions: dict[str, list[tuple[int, int]]] = {}
        self.lone: dict[str, list[tuple[int, int]]] = {}
        lists = [(k, chains) for k, chains in enumerate(chain_lists)]
        if title and not title.isupper() and not _title_case(title):
            lists.append((-1, _chains(title)))
        # round 11: a kinship appositive gives a gender ("Fischer’s mother, Adrianne Fischer", "his son, Tanner")
        for text in texts:
            if _KIN_HINT_RE.search(text):
                for m in _KIN_RE.finditer(text):
                    g = "f" if m.group(1).lower() in _KIN_FEMALE else "m"
                    self.gender.setdefault(m.group(2), g)
        #: "the North" -> "North Korea": two-word chains opening with a compass word, by count
        self.compass: dict[str, dict[str, int]] = {}
        for k, chains in lists:
            self._para = k
            for off, words in chains:
                self._off = off
                self._add(list(words))
                if len(words) == 2 and words[0] in _COMPASS:
                    name = words[0] + " " + _POSSESSIVE_RE.sub("", words[1])
                    counts = self.compass.setdefault(words[0], {})
                    counts[name] = counts.get(name, 0) + 1

    def _add(self, words: list[str]) -> None:
        if len(words) >= 2 and words[0] in _INVERTED_VERB_CAPS and words[1] not in _FUNCTION_CAPS:
            words = words[1:]  # session 20: "Said Ellis: “…”" adds no person "Said Ellis"
        # split possessives: "Trump’s" ends a chain
        for k, w in enumerate(words):
            if _POSSESSIVE_RE.search(w) and len(w) > 2:
                words = words[:k] + [_POSSESSIVE_RE.sub("", w)]
                break
        if "of" in words[2:-1]:
            # session 14: "Rep. Adam Schiff of California", "Mayor Kathleen Ruiz of Tucson": the person is the part
            # before "of" ("Schiff" -> "Adam Schiff"); an organisation after it is known too ("John Smith of Acme
            # Corp"). Only for a titled name or a known first name: "United States of America" stays whole.
            p = words.index("of", 2)
            pre, post = words[:p], words[p + 1:]
            pname, pgender = _strip_title(pre)
            if len(pname) == 1 and len(pname) < len(pre) and " ".join(post) in lex.PLACES and not _is_org_chain(pre):
                words = pre  # session 24: "President Musharraf of Pakistan" is Musharraf
            elif 2 <= len(pname) <= 4 and all(_NAME_TOKEN_RE.match(w) for w in pname) and not _is_org_chain(
                    pname if len(pname) < len(pre) else pre) and (  # session 24: "Senate Majority Whip John Cornyn"
                    len(pname) < len(pre) or pgender or _gender_of(pname)):
                if _is_org_chain(post) and not _is_outlet_name(post):
                    self.orgs.append(post)
                words = pre
        name, gender = _strip_title(words)
        if _is_org_chain(words) and (len(name) == len(words) or _is_org_chain(name)):
            if not _is_outlet_name(words):
                self.orgs.append(words)
            return
        name = [w for k, w in enumerate(name) if w not in _DAYS_MONTHS or len(name) >= 2 and _month_in_name(name, k)]
        if len(name) >= 3 and name[-1] in _NAME_SUFFIXES:  # "James P. Kennedy Jr."
            name = name[:-1] + [name[-1].rstrip(".")]
        if 2 <= len(name) <= 5 and name[0] not in _PLACE_FIRST and name[0] not in _QUESTION_AUX and all(
                _NAME_TOKEN_RE.match(w) or w in _NAME_SUFFIXES for w in name) and (
                len(name) <= 4 or name[-1] in _NAME_SUFFIXES):
            if name not in self.persons:
                self.persons.append(name)
            key = " ".join(name)
            self.mentions.setdefault(key, []).append((self._para, self._off))
            self.first_seen[key] = min(self.first_seen.get(key, self._para), self._para)
            g = gender or _gender_of(name)
            if g:
                self.gender[" ".join(name)] = g
        elif len(name) == 1 and gender:
            self.gender.setdefault(name[0], gender)
        if len(name) == 1 and len(words) == 1:
            self.lone.setdefault(name[0], []).append((self._para, self._off))

    def resolve(self, cand: _Cand) -> _Cand:
        words = cand.text.split()
        # an acronym the article spells out comes first (session 14: "AROS" after "Alliance to Reclaim Our Schools
        # (AROS)" had been taken for the initials of a person named "Reclaim Our Schools")
        acr = words[-1] if len(words) == 2 and words[0] in {"the", "The"} else words[0] if len(words) == 1 else ""
        if _DOTTED_ACRONYM_RE.fullmatch(acr):
            acr = acr.replace(".", "")  # session 19: the New York Times style "S.E.C." is the SEC
        if cand.kind in {"org", "person"} and acr.isupper() and len(acr) >= 2 and acr.isalpha():
            if self.acronyms is None:
                self.acronyms = _acronyms(self.texts)
            expanded = self.acronyms.get(acr)
            if expanded:
                return _Cand(cand.pos, expanded, "org", "", cand.group)
        if len(words) == 1 and cand.kind in {"org", "person"}:
            if self.aliases is None:
                self.aliases = _aliases(self.texts, self)
            alias_of = self.aliases.get(words[0]) if self.aliases else None
            if alias_of:
                return _Cand(cand.pos, alias_of, "person", self.gender.get(alias_of, ""), cand.group)
        if cand.kind == "person":
            best: list[str] | None = None
            for full in self.persons:
                if cand.gender and (self.gender_of(full) or cand.gender) != cand.gender:
                    continue  # session 14: "Mr. Obama" is not Michelle Obama (session 19: nor Julia Asante)
                core = full[:-1] if full[-1] in _NAME_SUFFIXES and words[-1] not in _NAME_SUFFIXES else full
                if len(full) > len(words) and len(core) >= 2 and _pfold(core[-len(words):]) == _pfold(words) and (
                        len(words) == 1 or self.first_seen.get(" ".join(full), 0) <= self.first_seen.get(
                            " ".join(words), 1 << 30)):  # round 10: not a longer name introduced later
                    best = full if best is None or len(full) > len(best) else best
            if best is not None and len(words) == 1 and best[-1] in _NAME_SUFFIXES and any(re.search(
                    r"\b(?:President|Sen\.?|Senator|Rep\.?|Gov\.?|Governor|Mayor|Judge)\s+" + re.escape(
                        words[0]) + r"\b", t) for t in self.texts):
                # session 25: "Trump said" after "President Trump" is not "Donald Trump Jr."
                return _Cand(cand.pos, words[0], "person", cand.gender, cand.group)
            if best is not None and len(words) == 1:
                shared = self._shared_surname(words[0], cand.pos)
                if shared and not (cand.gender and self.gender_of(shared) not in ("", cand.gender)):
                    best = shared
            if best is None and len(words) == 1:
                if self.folded is None:
                    self.folded = {_fold_name(f[-1]): f for f in self.persons if not f[-1].isascii()}
                full_f = self.folded.get(_fold_name(words[0])) if self.folded else None
                if full_f is not None and full_f[-1] != words[0]:
                    best = full_f  # "Muller"/"Mueller" -> "Gerhard Müller"
            if best is None and len(words) == 1:
                for full in self.persons:
                    if full[0] == words[0] and len(full) >= 3:
                        best = full
                        break
                firsts: list[list[str]] = []
                if _NAME_TOKEN_RE.match(words[0]) and words[0] not in _ABBR_TITLES:
                    # a first name alone ("her mother, Fiona, said") -> the one two-word person with that
                    # (known) first name, unless the word is also somebody's surname ("Jerry Jr." is not a
                    # two-word person for this: round 10)
                    firsts = [f for f in self.persons if len(f) == 2 and f[0] == words[0]
                              and f[1] not in _NOT_SURNAMES and f[1] not in _NAME_SUFFIXES]
                    if len(firsts) != 1 or any(f[-1] == words[0] for f in self.persons):
                        firsts = []
                if best is None and not firsts:  # Spanish double surname: "Salinas" -> "Guadalupe Salinas Hernández"
                    pat = [f for f in self.persons if len(f) >= 3 and f[-2] == words[0]
                           and f[-1] not in _NAME_SUFFIXES and f[-2] not in _NAME_LINKS]
                    if len(pat) == 1:
                        best = pat[0]
                if best is None and (words[0] in lex.SURNAME_FIRST or any(
                        len(f) == 2 and f[0] == words[0] and "-" in f[1] for f in self.persons)):
                    best = self._surname_first(words[0])
                if best is None and firsts:
                    best = firsts[0]
                if best is None and len(words[0]) >= 5 and _NAME_TOKEN_RE.match(words[0]):
                    best = self._misspelt(words[0])  # round 16: "Claybook said" -> "Joan Claybrook"
                if best is None:
                    org = self._org_for(words[0])
                    if org:
                        return _Cand(cand.pos, org, "org", "", cand.group)
            if best is None and len(words) >= 2:
                org_long = self._org_extension(words)
                if org_long:  # round 12: "Green Leaf said" -> "Green Leaf Market" (a name-like short form)
                    return _Cand(cand.pos, org_long, "org", "", cand.group)
            if best is not None:
                name = " ".join(best)
                return _Cand(cand.pos, name, "person", cand.gender or self.gender.get(name, ""), cand.group)
            return _Cand(cand.pos, cand.text, "person", cand.gender or self.gender.get(cand.text, ""),
                         cand.group)
        if cand.kind == "org":
            text = cand.text
            if text.lower().startswith("the "):
                text = text[4:]
            if text in _COMPASS and self.compass.get(text):
                # "the North warned" -> "North Korea": the article's most mentioned country with that compass word
                ranked = sorted(self.compass[text].items(), key=lambda kv: -kv[1])
                if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                    return _Cand(cand.pos, ranked[0][0], "org", "", cand.group)
            if len(words) == 1 and words[0] in _GENERIC_ORG_WORDS:
                return _Cand(cand.pos, text, "org", "", cand.group)  # round 16: "the City", not "City Council"
            if len(words) == 1:
                org = self._org_for(words[0])
                if org:
                    return _Cand(cand.pos, org, "org", "", cand.group)
            org_long = self._org_extension(words)
            if org_long:  # round 12: "Whole Foods" -> "Whole Foods Market", "United" -> "United Airlines"
                return _Cand(cand.pos, org_long, "org", "", cand.group)
            for full in self.orgs:
                if len(full) > len(words) and full[: len(words)] == words and full[len(words)] in _ORG_SUFFIX and (
                        # round 10: "Whole Foods and QFC" is two companies, "Samuel Montagu and Co Ltd" is one
                        full[len(words)] not in {"and", "&"} or full[len(words) + 1:len(words) + 2] in (["Co"], [
                            "Company"], ["Sons"], ["Partners"])):
                    return _Cand(cand.pos, " ".join(full), "org", "", cand.group)
            longer = {" ".join(full) for full in self.orgs if len(full) > len(words) + 1 and len(words) >= 2 and
                      full[: len(words)] == words and full[len(words)] in {"for", "of"}}
            if len(longer) == 1:  # session 13: "the National League" -> "National League for Democracy"
                return _Cand(cand.pos, longer.pop(), "org", "", cand.group)
            tw = text.split()
            if len(tw) >= 2 and _cap(tw[0]) and _cap(tw[-1]) and all(_cap(w) or w in {"of", "and", "for", "on"}
                                                                      for w in tw) and tw[0] not in {"US", "U.S."}:
                us = re.search(r"\b(U\.S\.|US) " + re.escape(text) + r"\b", "\n".join(self.texts))
                if us:  # session 24: "the Justice Department said" after "the US Justice Department"
                    return _Cand(cand.pos, us.group(1) + " " + text, "org", "", cand.group)
            return _Cand(cand.pos, text, "org", "", cand.group)
        return cand

    def place_name(self, name: str) -> bool:
        """Round 16: a two-word capitalised name the article only ever uses after a locative preposition ("in Des
        Moines", "to Palm Beach") is a place, not a person a pronoun can refer to."""
        if name in lex.PLACES:
            return True  # session 25: a known place ("Las Vegas bartender Rique Rose"), however it is used
        if name not in self.place_names:
            hits = [m.group(1) for t in self.texts for m in re.finditer(
                r"(\w+)\s+" + re.escape(name) + r"\b(?![’'])", t)]
            last = name.split()[-1]
            alone = sum(len(re.findall(r"\b" + re.escape(last) + r"\b", t)) for t in self.texts) > sum(
                t.count(name) for t in self.texts)  # "Chandor" alone: a surname, so a person
            starts = sum(t.startswith(name) for t in self.texts) + alone
            self.place_names[name] = bool(hits) and not starts and all(
                h.lower() in _LOCATIVE_PREPS for h in hits)
        return self.place_names[name]

    def _misspelt(self, word: str) -> list[str] | None:
        """Round 16: a surname misspelt once ("Rosnker" for Mark Rosenker, "Simons" for Ric Simmons): the one
        person whose surname is a near spelling (same first letter, similarity >= 0.85), when no person has the
        word itself as a first name or surname."""
        if word in lex.PLACES or word in lex.OUTLETS or any(word in f for f in self.persons):
            return None
        near = [f for f in self.persons if len(f) >= 2 and f[-1][:1] == word[:1] and f[-1] != word
                and abs(len(f[-1]) - len(word)) <= 2
                and difflib.SequenceMatcher(None, f[-1], word).ratio() >= 0.85]
        return near[0] if len({" ".join(f) for f in near}) == 1 else None

    def gender_of(self, full: Sequence[str]) -> str:
        """The gender the article gives a person (honorific, pronoun) or, failing that, the given name's."""
        return self.gender.get(" ".join(full)) or _gender_of(full)

    def _shared_surname(self, word: str, pos: int) -> list[str] | None:
        """Round 10: a bare surname that several people of the article share ("Jones" for Jerry Jones and his son
        Stephen Jones) -> the one whose full name or lone first name was mentioned last before this point (this
        paragraph up to ``pos``, else earlier paragraphs). A shorter name that ends a longer one introduced no
        later ("Hawk Sawyer" after "Kathleen Hawk Sawyer") is the same person. None when only one person has the
        surname or none of them was mentioned yet (the longest name wins then, as before)."""
        people = [f for f in self.persons if (f[:-1] if f[-1] in _NAME_SUFFIXES else f)[-1] == word
                  and f[0] not in _FUNCTION_CAPS and not _participle_cap(f[0]) and f[0] not in lex.TITLE_WORDS]
        if len(people) < 2:
            return None
        seen_at = {" ".join(f): self.first_seen.get(" ".join(f), 0) for f in people}
        heads: dict[str, list[str]] = {}  # person -> the longer name it is a short form of (itself if none)
        for f in people:
            key, head = " ".join(f), f
            for g in people:
                if len(g) > len(head) and g[-len(f):] == f and seen_at[" ".join(g)] <= seen_at[key]:
                    head = g
            heads[key] = head
        if len({" ".join(h) for h in heads.values()}) < 2:
            return None
        here = (self.cur_para, pos)
        genders = {self.gender.get(" ".join(h), "") for h in heads.values()}
        if len(genders - {""}) and len(genders) > 1 and 0 <= self.cur_para < len(self.texts):
            # round 11: people of different genders ("Tanner Fischer", his mother "Adrianne Fischer"): the next
            # pronoun of the sentence tells them apart ("Fischer joined TDU … He said")
            text = self.texts[self.cur_para]
            text = _mask_only(text, quote_spans(text))  # round 15: not a pronoun inside a quote ("“She’s …”")
            m = _PRONOUN_GENDER_RE.search(text, pos, pos + 200)
            if m:
                want = "m" if m.group(1) else "f"
                fits = [f for f in people if self.gender.get(" ".join(heads[" ".join(f)]), "") in ("", want)]
                if len({" ".join(heads[" ".join(f)]) for f in fits}) == 1:
                    return heads[" ".join(fits[0])]
        if self.kin is None:
            self.kin = {m.group(1) for text in self.texts for m in _KIN_INTRO_RE.finditer(text)}
        if self.kin:
            # round 15: a relative named in passing, inside a clause ("after his son Beau Biden died"; not "His son
            # Peter Brandt runs it") does not take over the bare surname of the person the article is about,
            # unless this paragraph has named the relative already
            kin = self.kin  # session 20: also a lone given name ("attacked his wife, Heidi, and his father, Rafael")
            main = {" ".join(heads[" ".join(f)]) for f in people if " ".join(heads[" ".join(f)]) not in kin
                    and not (f[0] in kin and len(heads[" ".join(f)]) == 2)}
            kin_here = any(m[0] == self.cur_para and m < here for f in people if " ".join(f) in kin or f[0] in kin
                           for m in self.mentions.get(" ".join(f), []) + self.lone.get(f[0], []))
            if len(main) == 1 and not kin_here:
                return next(iter(main)).split()
        best, best_at = None, (-2, -1)
        counts: dict[str, int] = {}
        for f in people:
            key = " ".join(f)
            seen = [m for m in self.mentions.get(key, []) + self.lone.get(f[0], []) if m < here]
            hk = " ".join(heads[key])
            counts[hk] = counts.get(hk, 0) + sum(1 for m in self.mentions.get(key, []) if m[0] >= 0 and not (
                # session 24: a possessive mention ("Bill Clinton's past infidelities") names no actor
                _POSSESSIVE_RE.match(self.texts[m[0]], m[1] + len(key)) if m[0] < len(self.texts) and self.texts[
                    m[0]].startswith(key, m[1]) else False))  # not the title
            if seen and max(seen) > best_at:
                best, best_at = heads[key], max(seen)
        if best is not None and best_at[0] < self.cur_para - 1 and len(counts) >= 2:
            # session 14: no namesake was named in this paragraph or the last one: the bare surname is the person
            # the article is about, the one it names most ("Cruz has long said" is Ted Cruz, not Heidi Cruz, whose
            # name came up once, five paragraphs before)
            # of equally named ones, the one the article introduced first (the lede's person, not the wife
            # named once further down)
            def first_at(name: str) -> tuple[int, int]:  # session 24: the paragraph and offset of the first mention
                return min((m for m in self.mentions.get(name, []) if m[0] >= 0), default=(1 << 30, 0))

            top = sorted(counts.items(), key=lambda kv: (-kv[1], first_at(kv[0])))
            if top[0][1] >= 2 * top[1][1] > 0 or top[0][1] and all(n <= 1 for _, n in top[1:]) and (
                    0 <= first_at(top[0][0])[0] and first_at(top[0][0]) < first_at(top[1][0])):
                return top[0][0].split()  # (not when two namesakes both lead: "Jones" father and son)
        return best

    def _surname_first(self, word: str) -> list[str] | None:
        """East Asian order ("Lee" -> "Lee Jae-myung", "Xi" -> "Xi Jinping"): the one two-word person whose FIRST
        word is ``word`` and whose given name is hyphenated or whose family name is a common Korean, Chinese or
        Vietnamese surname. Among several ("Lee Jae-myung", later "Lee Sang-min"), the one person introduced so far
        (or, with none yet, the one of the whole article); never when ``word`` is also somebody's last name."""
        if any(f[-1] == word for f in self.persons):
            return None
        cands = [f for f in self.persons if len(f) == 2 and f[0] == word and ("-" in f[1] or word in lex.SURNAME_FIRST)]
        known = [f for f in cands if self.first_seen.get(" ".join(f), 0) <= self.cur_para]
        pick = known or cands
        return pick[0] if len(pick) == 1 else None

    def person_with_age(self, age: str, para_no: int) -> str | None:
        """Round 15: the one person introduced with this age ("Michael Cliff, 32,") in this or an earlier
        paragraph, for "the 32-year-old"."""
        rx = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){0,3}),\s+(?:a\s+)?" + age + r"\b(?!-)")
        found: list[str] = []
        for text in self.texts[:para_no + 1]:
            for m in rx.finditer(text):
                c = _name_cand(m.group(1).split(), 0, m.group(1).split())
                if c is not None and c.kind == "person":
                    name = self.resolve(c).text
                    if name not in found:
                        found.append(name)
        return found[0] if len(found) == 1 else None

    def person_with_role(self, desc: str, masked_texts: Sequence[str], recent: Sequence[str] = ()) -> str | None:
        """The one person of the article introduced with the role ``desc`` names ("the union official"
        -> "Jorge Franco" after "Jorge Franco, a senior union official"; "the interior minister" ->
        "Wolfgang Peschorn" after "Interior Minister Wolfgang Peschorn", also when named later)."""
        words = [w for w in desc.lower().split() if w not in _DETERMINERS]
        if not words or words[-1] not in lex.SPEAKER_NOUNS and words[-1] not in lex.TITLE_LOWER and (
                words[-1].upper() not in lex.TITLE_WORDS) and not _elect(words[-1]):
            return None
        if words[-1].endswith("s") and not words[-1].endswith("ss") or words[-1] in _NOT_ROLE_HEADS:
            return None
        head, mods = words[-1], set(words[:-1])
        if head not in self.roles:
            abbr = _ROLE_ABBREV_OF.get(head, "").capitalize() + "."
            self.roles[head] = _person_roles([m for m in masked_texts if head in m.lower() or (
                len(abbr) > 1 and abbr in m)], self)
        best: list[str] = []
        top = 0
        for name, roles in self.roles[head].items():
            if head not in roles or self.first_seen.get(name, 0) > self.cur_para + 2:
                continue  # session 14: not a person the article introduces only much later ("a former state
                # senator" eleven paragraphs after "The state senator argued")
            if head == "general" and mods and not mods & roles:
                continue  # session 24: "the inspector general" is not the attorney general

            score = 1 + len(mods & roles)
            if score > top:
                best, top = [name], score
            elif score == top:
                best.append(name)
        if not best and head == "leader" and mods:
            # session 15: "the Ukrainian leader" is the person introduced as "Ukrainian President Volodymyr
            # Zelenskyy" (a head of state or government sharing a modifier)
            for alt in _LEADER_TITLES:
                named = self.person_with_role(" ".join([*sorted(mods), alt]), masked_texts, recent)
                if named and mods & self.roles.get(alt, {}).get(named, set()):
                    return named
        if len(best) > 1:  # tied: the one spoken of most recently ("the governor" after Gov. Holcomb spoke)
            if recent and recent[-1] in best:
                return recent[-1]
        return best[0] if len(best) == 1 else None

    def official_named_next(self, mods: Sequence[str], next_text: str) -> str | None:
        """Session 14: the one person first named in ``next_text`` (the next paragraph) whose role words there share a
        specific modifier with ``mods`` ("policy" in "top policy official" and "undersecretary for policy")."""
        specific = {w.lower() for w in mods} - _GENERIC_ROLE_MODS
        if not specific:
            return None
        fits = {name for name, roles in _person_roles([next_text], self).items()
                if self.first_seen.get(name, -2) == self.cur_para + 1 and specific & roles}
        return fits.pop() if len(fits) == 1 else None

    def person_from_state(self, desc: str, recent: Sequence[str] = ()) -> str | None:
        """Session 12: "the Texas Republican", "the Vermont senator", "the New York Democrat" -> the person the article
        introduced with that state (and party): "Ted Cruz, R-Texas", "Sen. Bernie Sanders (I-Vt.)", "Texas Republican
        Ted Cruz", "Chuck Schumer, a New York Democrat", "Sen. Ted Cruz of Texas". None unless one person fits (or
        several do and one of them was spoken of last)."""
        words = desc.split()
        if words and words[0].lower() in {"the", "former"}:
            words = words[1:]
        if len(words) >= 2 and words[0].lower() == "former":
            words = words[1:]
        if len(words) >= 3 and words[1] in {"from", "of"} and words[0].lower() in _STATE_HEADS:
            words = words[2:] + words[:1]  # session 13: "the senator from Texas" is "the Texas senator"
        if len(words) == 1 and words[0] in _PARTY_LABELS:
            return self._person_of_party(words[0], recent)
        demonym = " ".join(words)
        if demonym in lex.STATE_DEMONYMS and desc.split()[0].lower() == "the":
            words = [*lex.STATE_DEMONYMS[demonym].split(), "senator"]  # session 24: "the Texan" is someone of Texas
        if len(words) < 2 or words[-1].lower() not in _STATE_HEADS:
            return None
        state = " ".join(words[:-1])
        if state not in lex.US_STATES:
            return None
        party = words[-1][0].upper() if words[-1] in _PARTY_LABELS else ""
        codes = "|".join(re.escape(a) for a in (state, *lex.US_STATES[state]))
        parties = "|".join(_PARTY_LABELS) if not party else words[-1]
        code = r"\(?(" + ("[RDI]" if not party else party) + ")-(?:" + codes + ")"
        return self._fitting_person(lambda sur: (
            sur + r"\W{1,3}" + code,  # "Cruz, R-Texas", "Cruz (R-TX)"
            r"\b(?:" + codes + r")\s+(" + parties + r")\s+(?:[A-Z][\w.]*\s+){0,3}" + sur + r"\b",
            sur + r",? (?:a|an|the) (?:[\w-]+ ){0,2}(?:" + codes + ") (" + (words[-1] if party else r"\w+") + r")\b",
            sur + r",? (?:a (?:" + "|".join(_PARTY_LABELS) + ") )?(?:of|from) (?:" + codes + r")\b"), recent)

    def _fitting_person(self, patterns: Callable[[str], Sequence[str]], recent: Sequence[str]) -> str | None:
        """The one person of the article (of two words or more) whose surname, escaped, makes one of ``patterns``
        match the article's text; of several, the one spoken of last; else None."""
        text = "\n".join(self.texts)
        fits = [" ".join(full) for full in self.persons if len(full) >= 2 and any(
            re.search(pt, text) for pt in patterns(re.escape(full[-1])))]
        if len(fits) == 1:
            return fits[0]
        for r in reversed(recent):
            if r in fits:
                return r
        return None

    def _person_of_party(self, party: str, recent: Sequence[str]) -> str | None:
        """Session 13: "the Democrat said" -> the one person the article introduced with that party ("Maria Alvarez,
        a Democrat from Ohio", "Alvarez (D-Ohio)", "Democratic Sen. Maria Alvarez"), or the latest of several."""
        return self._fitting_person(lambda sur: (
            sur + r"\W{1,3}" + party[0] + r"-[A-Z]",
            sur + r",? (?:a|the) (?:[\w.-]+ ){0,3}" + party + r"\b",
            r"\b" + party + r"(?:ic)?\s+(?:[A-Z][\w.]*\s+){0,3}" + sur + r"\b"), recent)

    def org_named(self, words: Sequence[str]) -> str | None:
        """Round 12: a lower-case description of an organisation -> the one capitalised organisation name of the
        article that contains all its words ("the utilities commission" -> "California Public Utilities
        Commission", "the U.S. attorney's office" -> "U.S. Attorney’s Office for the Western District of New York");
        a generic head (company, firm, group) only needs the modifiers ("the production company" -> "Dick Clark
        Productions"). None when no name or several different names fit."""
        desc = [_org_key(w) for w in words[1:]]
        if not all(w[:1].islower() or w.isupper() or "." in w for w in words[1:]) or desc[-1] not in _ORG_HEAD_KEYS:
            return None
        need = desc[:-1] if desc[-1] in _GENERIC_ORG_KEYS else desc
        if self.org_runs is None:
            self.org_runs = []
            for text in self.texts:
                for m in _ORG_RUN_RE.finditer(text):
                    run = m.group().split()
                    while run and run[0] in _FUNCTION_CAPS:
                        run = run[1:]
                    if len(run) >= 2 and _is_org_chain(run) and run not in self.org_runs:
                        self.org_runs.append(run)
        fits = [run for run in self.org_runs if set(need) <= {_org_key(w) for w in run}]
        fits = [f for f in fits if not any(len(g) > len(f) and " ".join(f) in " ".join(g) for g in fits)]
        return " ".join(fits[0]) if len(fits) == 1 else None

    def _org_extension(self, words: Sequence[str]) -> str | None:
        """Round 12: the organisation of the article whose name is ``words`` plus company words only ("Whole Foods"
        -> "Whole Foods Market", "United" -> "United Airlines")."""
        if self.org_prefix is None:
            self.org_prefix = {}
            for full in self.orgs:
                n = len(full) - 1
                while n >= 1 and full[n] in _ORG_TAIL:
                    self.org_prefix.setdefault(tuple(full[:n]), " ".join(full))
                    n -= 1
        return self.org_prefix.get(tuple(words)) if self.org_prefix else None

    def _org_for(self, word: str) -> str | None:
        place = word in lex.PLACES  # session 25: "Montana argues that …" is the state, not the "Montana Legislature"
        for full in self.orgs:
            if len(full) >= 3 and full[1] in {"and", "&"} and full[-1] not in _ORG_SUFFIX and (
                    full[2] not in _ORG_SUFFIX):
                continue  # round 15: "the EPA and CARB" is two bodies; EPA is not short for both
            core = list(full)
            has_suffix = False
            while len(core) > 1 and core[-1] in _ORG_SUFFIX:
                core = core[:-1]
                has_suffix = True
            if len(full) > 1 and (core[0] == word and not place or (has_suffix and core[-1] == word)):
                return " ".join(full)  # ("First Chicago said" is still "First Chicago Ltd")
        return None

    def org_with(self, kinds: Sequence[str], before: list[str], brand: str | None = None) -> str | None:
        for name in reversed(before):
            if any(k in name.split() for k in kinds):
                return name
        best, n = None, 0
        for name, count in self.brand_counts.items():  # most mentioned name with the kind word in it
            if count > n and any(k in w for w in name.split() for k in kinds if len(k) > 2):
                best, n = name, count
        if best is not None and brand and brand != best and self.brand_counts.get(brand, 0) > n:
            return None  # round 15: not "Maxim Group" (1 mention) for "the company" of a Chipotle story (23)
        return best


_LEADER_TITLES = ("president", "minister", "chancellor", "premier", "king", "queen", "prince", "emir", "dictator")
_NOT_ROLE_HEADS = frozenset(
    "people person man woman company firm group government ministry department bank agency court board "
    "committee party union office campaign administration team military army navy police opposition "
    "force forces regime embassy".split())
_ROLE_WORD_RE = re.compile(r"[a-z][a-z-]+")
# session 15: also a possessive organisation before the role ("Tom Hart, Acme's chief executive,")
_APPOSITIVE_RE = re.compile(r"\s*,\s+(?:a|an|the|who\s+is\s+(?:a|an|the)|(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s)"
                            r"\s+([^,;:.()\"—–]{1,80})")


_ROLE_ABBREV = {"gov": "governor", "sen": "senator", "rep": "congressman", "lt": "lieutenant", "gen": "general",
                "del": "delegate",
                "atty": "attorney", "supt": "superintendent", "det": "detective", "sgt": "sergeant",
                "capt": "captain", "dr": "doctor", "prof": "professor", "adm": "admiral", "col": "colonel"}
_ROLE_ABBREV_OF = {v: k for k, v in _ROLE_ABBREV.items()}


_PARTY_TAG_SKIP_RE = re.compile(r",? \(?[RDI]-[A-Z][A-Za-z.]{1,6}\)?(?=,)")


def _person_roles(masked_texts: Sequence[str], article: _Article) -> dict[str, set[str]]:
    """Role words of each person named in ``masked_texts``: title words of the name chain ("Interior Minister
    Wolfgang Peschorn"), up to three words before it ("the suspect, Michael Webb") and an appositive
    after it ("Jorge Franco, a senior union official")."""
    roles: dict[str, set[str]] = {}
    resolved: dict[str, str] = {}
    for masked in masked_texts:
        for m in _NAME_CHAIN_RE.finditer(masked):
            chain = m.group()
            if chain in _FUNCTION_CAPS:
                continue
            if chain.split()[0] in _FUNCTION_CAPS:  # session 16: "In August, a spokesman …" names nobody
                parts = chain.split()[1:]
                if all(w in _DAYS_MONTHS for w in parts):
                    continue
                chain = " ".join(parts)
            if " of " in chain and len(_strip_title(chain.split(" of ")[0].split())[0]) >= 2:
                chain = chain.split(" of ")[0]  # session 13: "Mayor Kathleen Ruiz of Tucson" is a mayor (not
                # "Secretary of State Hillary Clinton", whose part before "of" names nobody)
            full = resolved.get(chain)
            if full is None:
                full = ""
                raw = _clean_words([w[:-1] if w.endswith(".") and len(w) > 2 and w[:-1] not in _ABBR_TITLES
                                    else w for w in chain.split()])
                name, _ = _strip_title(raw) if raw else ([], "")
                titled = bool(name) and len(name) < len(raw)
                if titled and _POSSESSIVE_RE.search(name[-1]):
                    name = name[:-1] + [_POSSESSIVE_RE.sub("", name[-1])]  # session 14: "Judge Robert Milich's"
                if name and not _is_org_chain(name) and not _POSSESSIVE_RE.search(name[-1]):
                    c = article.resolve(_Cand(0, " ".join(name), "person"))
                    if c.kind == "person" and (2 if not titled else 1) <= len(c.text.split()) <= 4 and all(
                            _NAME_TOKEN_RE.match(w) for w in c.text.split()):
                        full = c.text  # session 14: also a titled surname alone, "President Trump" is a president
                resolved[chain] = full
            if not full:
                continue
            raw = chain.split()
            name_len = len(full.split())
            found = {w.lower().rstrip(".") for w in raw[: max(0, len(raw) - name_len)]}
            found |= {_ROLE_ABBREV[w] for w in found if w in _ROLE_ABBREV}  # "Gov. Eric Holcomb" is a governor
            for w in reversed(_ROLE_WORD_RE.findall(masked[max(0, m.start() - 40): m.start()].lower())[-4:]):
                if w in _VERB_FORM or w in lex.AUX_WORDS or w.endswith("ly") and w not in _LY_NOUNS:
                    break  # session 14: "The judge reportedly called Burton" gives Burton no role
                found.update((w, *w.split("-")))  # "co-CEO" is also a "ceo"
            tag = _PARTY_TAG_SKIP_RE.match(masked, m.end())  # session 25: "Tammy Duckworth, D-Ill., a former …"
            ap = _APPOSITIVE_RE.match(masked, tag.end() if tag else m.end())
            if ap and not any(w in _VERB_FORM for w in _ROLE_WORD_RE.findall(ap.group(1))[:8]):
                found.update(_ROLE_WORD_RE.findall(ap.group(1))[:8])  # not "Mr. Ruiz, the official said, met …"
                # session 19: an acronym in the appositive is a role word too ("the EU special representative")
                found.update(w.lower() for w in re.findall(r"\b[A-Z]{2,5}\b", ap.group(1))[:2])
            if found:
                roles.setdefault(full, set()).update(found)
    return roles


_BRAND_ANAPHORS = frozenset({"company", "firm", "airline", "carrier", "agency", "retailer", "automaker",
                             "startup", "chain", "insurer", "lender", "bank", "group"})


def _salient_org(para_chains: Sequence[list[tuple[int, list[str]]]], article: _Article) -> str | None:
    """The organisation an article is about, for "the company said" / "it announced" with no named
    antecedent: the most frequent stand-alone capitalised name (at least three mentions) that is not a
    person's name, a title, an outlet or a demonym; ties are left unresolved."""
    person_words = {w for full in article.persons for w in full}
    counts: dict[str, int] = {}
    for chains in para_chains:
        for _, words in chains:
            if len(words) == 1:
                w = words[0]
                if (len(w) < 3 or w in person_words or w in _FUNCTION_CAPS or w in lex.TITLE_WORDS
                        or w in _DAYS_MONTHS or w in lex.OUTLETS or w.endswith(_DEMONYM_END)
                        or not w[0].isupper() or w in lex.PLACES or w in _COMPASS):  # round 13: no place
                    continue
                counts[w] = counts.get(w, 0) + 1
            elif _is_org_chain(words) and not _is_outlet_name(words) and " ".join(words) not in lex.PLACES:
                key = " ".join(words)
                counts[key] = counts.get(key, 0) + 1
    article.brand_counts = counts
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked[0][1] < 3 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    org = ranked[0][0]
    if len(org.split()) == 1 and _place_like(org, article.texts, ranked[0][1]):
        return None  # session 25: "from Omaha to Des Moines" (as in :func:`_fallback_org`)
    return article._org_for(org) or org


_FINDING_SOURCES = frozenset("poll polls survey surveys study studies data research analysis analyses".split())
_FINDING_VERBS = frozenset("show shows showed shown found find finds suggest suggests suggested indicate indicates "
                           "indicated".split())
_COMPANY_DESCRIPTORS = frozenset("company firm retailer maker manufacturer producer operator provider chain startup "
                                  "automaker insurer lender bank airline carrier developer giant conglomerate "
                                  "supplier distributor publisher brand group business".split())
_DESCRIBED_ORG_RE = re.compile(
    r"\b([a-z]+)\s+((?:[A-Z][\w'’.-]*|&)(?:\s+(?:[A-Z][\w'’.-]*|&|of|and)){0,4})(?=[\s,.;:]|$)|"
    r"\b((?:[A-Z][\w'’.-]*|&)(?:\s+(?:[A-Z][\w'’.-]*|&)){0,4}),\s+(?:a|an|the)\s+([a-z][a-z\s-]{0,60})")


def _described_org(low: str, texts: Sequence[str]) -> str | None:
    """Session 19: "the company said" after "home goods retailer Harbor & Pine" or "Prairie Gale Energy, a wind power
    company based in Iowa,": the last organisation the text introduced with a descriptor of that kind (any
    company-like noun for "company"/"firm"/"group", else the anaphor's own noun)."""
    kinds = _COMPANY_DESCRIPTORS if low in {"company", "firm", "group"} else {low}
    for text in reversed(texts):
        found = None
        for m in _DESCRIBED_ORG_RE.finditer(text):
            if m.group(1):
                kind, name = m.group(1), m.group(2)
            else:
                run = []
                for w in m.group(4).split():
                    if w in _TAIL_PREPS or w in _LOCATIVE_PREPS or w in {"based", "that", "which", "whose", "and",
                                                                          "headquartered", "known", "owned"}:
                        break
                    run.append(w)
                kind, name = (run[-1] if run else ""), m.group(3)
            words = name.split()
            while words and words[-1] in {"of", "and", "&"}:
                words.pop()
            if kind in kinds and words and words[0] not in _FUNCTION_CAPS and words[0] not in _DAYS_MONTHS:
                found = " ".join(words)
        if found:
            return found
    return None


def _fallback_org(para_chains: Sequence[list[tuple[int, list[str]]]], article: _Article) -> str | None:
    """Round 11: "the company says" with no organisation resolved (``_salient_org`` found none): the article's most
    frequent stand-alone capitalised word (three mentions or more), also when it ended a longer chain that looked
    like a person ("Strava" after "Camp Strava"); not the surname of a person with a known first name or title."""
    taken = {f[-1] for f in article.persons if article.gender_of(f)}
    counts: dict[str, int] = {}
    for chains in para_chains:
        for _, words in chains:
            if len(words) == 1:
                w = words[0]
                if (len(w) < 3 or w in taken or w in _FUNCTION_CAPS or w in lex.TITLE_WORDS or w in _DAYS_MONTHS
                        or w in lex.OUTLETS or w.endswith(_DEMONYM_END) or not w[0].isupper() or w.isupper()
                        or w in lex.PLACES):
                    continue
                counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    if _place_like(ranked[0][0], article.texts, ranked[0][1]):
        return None  # round 13: "from Omaha to Des Moines": a place is no company
    return ranked[0][0]


def _place_like(word: str, texts: Sequence[str], count: int) -> bool:
    """Round 13: a word that half of its mentions or more place after a locative preposition ("in Omaha", "from
    Omaha to …", "of Omaha") names a place."""
    if word in lex.PLACES:
        return True
    pat = re.compile(r"\b(?:in|from|near|across|outside|throughout|to|of|at)\s+" + re.escape(word) + r"\b")
    hits = sum(len(pat.findall(t)) for t in texts if word in t)
    return 2 * hits >= count


#: session 24: heads a writer uses interchangeably for one anonymous source ("a senior Clinton adviser said …" then
#: "the official said", "an insider told …" then "the source claimed")
_ANONYMOUS_CLASS = frozenset("official source adviser advisor aide insider person".split())
_ANONYMOUS_CLASS_PL = frozenset("officials sources advisers advisors aides insiders people".split())
_INDEFINITE_DETS = frozenset("a an one another two three four several".split())


def _anonymous_antecedent(head: str, descs: Sequence[str]) -> str | None:
    """The one indefinite anonymous description the article gave before a definite one with another head of the
    same class and number ("the official" after "a senior Clinton adviser"); nothing when there were several."""
    cls = _ANONYMOUS_CLASS if head in _ANONYMOUS_CLASS else _ANONYMOUS_CLASS_PL if head in _ANONYMOUS_CLASS_PL \
        else None
    if cls is None:
        return None
    found = {d for d in descs if _head_noun(d) in cls and d.split()[0].lower() in _INDEFINITE_DETS and (
        d.split()[0].lower() in {"a", "an", "one", "another"}) == (cls is _ANONYMOUS_CLASS)}
    return found.pop() if len(found) == 1 else None  # only when the article has introduced just one


def _head_noun(desc: str) -> str:
    """Last word before a post-modifier: "EC commission sources" -> "sources"."""
    head = ""
    ws = desc.lower().split()
    for k, w in enumerate(ws):
        if (w in _POSTMOD or w in _SOURCE_PARTICIPLES or w == "present" and head in lex.SPEAKER_NOUNS) and head and \
                not (w == "close" and ws[k + 1:k + 2] != ["to"]):
            break  # round 9: "one close associate" -> "associate" ("close to X" is still a post-modifier)
        head = w
    return head


def _singular(noun: str) -> str:
    if noun == "people":
        return "person"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


# a sentence opening with these has a fronted clause; a name in it can be a pronoun's antecedent
# ("While the campaign did not appeal to Julie Graham, …, she said"; "At a hearing …, Rep. Robert
# Aderholt … pushed for …" then "he said")
_FRONTED_LEADS = frozenset("while although though when after before as because since if despite following "
                           "during at in on with amid once unlike".split())


def _owner_at(masked: str, off: int) -> bool:
    """Round 11: the name chain at ``off`` is a possessive owner ("Fischer’s mother")."""
    m = _NAME_CHAIN_RE.match(masked, off)
    return m is not None and any(_POSSESSIVE_RE.search(w) and len(w) > 2 for w in m.group().split()[:4])


def _owner_after_subject(m: _Mention, mentions: Sequence[_Mention], masked: str, sent_starts: Sequence[int]) -> bool:
    """Session 17: a possessive owner after another person earlier in its sentence is no antecedent for "he said"
    ("Simmons teed up McDonald’s cameo. “…,” he said" is Simmons)."""
    if not _owner_at(masked, m.pos):
        return False
    st = sent_starts[bisect.bisect_right(sent_starts, m.pos) - 1]
    return any(st <= o.pos < m.pos and not _owner_at(masked, o.pos) for o in mentions)


def _party_tagged(name: str, texts: Sequence[str]) -> bool:
    """Session 25: the article gives ``name`` a party tag or label ("Warren, D-Mass.", "Smith, a Democrat")."""
    pat = re.compile(re.escape(name.split()[-1]) + r"(?:\W{1,3}\(?[RDI]-|,? (?:a|the) (?:[\w-]+ ){0,2}(?:Democrat|"
                     r"Republican|Independent)\b)")
    return any(pat.search(t) for t in texts)


def _prev_sentence_org(masked: str, sent_starts: Sequence[int], chains: Sequence[tuple[int, list[str]]], pos: int,
                       article: _Article) -> str | None:
    """Session 25: the organisation that is the subject of the sentence right before the one holding a subject "it" at
    ``pos`` in the same paragraph ("The Montana Supreme Court struck down the program. It said …"; "Acme Corp cut 500
    jobs. It said …"), or None."""
    k = bisect.bisect_right(sent_starts, pos) - 1
    if k < 1 or masked[sent_starts[k]:pos].strip():
        return None  # "it" must open its sentence
    st, end = sent_starts[k - 1], sent_starts[k]
    for off, words in chains:
        if not st <= off < end:
            continue
        off = masked.find(words[0], off)  # a chain's offset is that of its first capitalised word ("When Acme …")
        lead = masked[st:off].replace(",", " ").split()
        if not all(w.capitalize() in _FUNCTION_CAPS or w.lower() in _LEAD_ADVERBS for w in lead) or any(
                w.lower() in _FRONTED_LEADS for w in lead):
            return None  # the first name of the sentence is not its subject
        after = masked[off + len(" ".join(words)):].lstrip()
        nxt = after.split()[0].lower().strip(",.") if after.split() else ""
        if after[:2] in {"’s", "'s"} or nxt in lex.SPEAKER_NOUNS or nxt in _ISSUED_DOCS or nxt in _IT_NOT_AFTER:
            return None  # "Acme's shares fell", "A National Audit Office report says": the name is no subject
        if all(w in _FUNCTION_CAPS for w in words) or words[-1] in _DOC_NAME_TAILS:
            return None  # "Under the plan …", "The Prevention of Terrorism Bill was published": no speaker
        c = _name_cand(words, off, words)
        if c is None:
            return None
        r = article.resolve(c)
        name = r.text[4:] if r.text.startswith("The ") else r.text
        return name if r.kind == "org" and name not in lex.PLACES and not _is_outlet_name(name.split()) else None
    return None


_IT_NOT_AFTER = frozenset("report study survey poll data figures index shares stock stocks board plan proposal bill "
                          "deal offer program programme website site app unit division subsidiary".split())
_DOC_NAME_TAILS = frozenset("Bill Act Report Law Plan Treaty Agreement Accord Resolution Amendment Directive Budget "
                            "Study Survey Poll Index Program Programme Code Rule Rules Constitution".split())


def _descriptor_lead(lead: Sequence[str]) -> bool:
    """Session 13: the words before a name are a capitalised owner and a job title ("Boston coach", "Tesla CEO",
    "Pentagon press secretary"): the name after them is the sentence's subject."""
    if not 2 <= len(lead) <= 5 or not lead[0][0].isupper() or lead[0] in _FUNCTION_CAPS:
        return False
    # session 24: a possessive owner ("Screen International's US editor Mike Goodridge")
    lead = [_POSSESSIVE_RE.sub("", w) if k < len(lead) - 1 else w for k, w in enumerate(lead)]
    last = lead[-1]
    titles = lex.TITLE_LOWER | lex.SPEAKER_NOUNS
    if last.islower() and _occupation_word(last) and all(w[0].isupper() and w.replace(".", "").isalpha()
                                                         for w in lead[:-1]):
        return True  # session 25: "Las Vegas bartender Rique Rose works …": a job noun before the name
    return (last in titles or last in lex.TITLE_WORDS) and all(
        w[0].isupper() and w.isalpha() or w in titles for w in lead) and any(w in titles for w in lead)


def _any_person_before(chains: Sequence[tuple[int, list[str]]], pos: int,
                       article: _Article) -> list[tuple[int, str, str]]:
    """Person names of the paragraph before ``pos`` in any position (for ``his office said``)."""
    out: list[tuple[int, str, str]] = []
    for off, words in chains:
        if off >= pos:
            break
        c = _name_cand(words, off, words)
        if c is not None and c.kind == "person":
            r = article.resolve(c)
            if r.kind == "person" and len(r.text.split()) > 1 and not article.place_name(r.text):
                out.append((off, r.text, r.gender))  # session 22: not "died in Los Angeles …, his family said"
    return out


def _in_participle_lead(masked: str, sent_starts: Sequence[int], at: int, pron: int) -> bool:
    """Session 22: the name at ``at`` sits in a participle clause that opens the pronoun's own sentence ("But standing
    next to Mr Blair he added …"): the clause's subject is the pronoun, so the name is not what it refers to."""
    st = sent_starts[bisect.bisect_right(sent_starts, pron) - 1]
    if not st <= at < pron or any(ch in masked[at:pron] for ch in ",.;:"):
        return False
    lead = masked[st:at].split()
    while lead and lead[0].lower() in {"but", "and", "yet", "then", "still"}:
        lead = lead[1:]
    return bool(lead) and lead[0].lower().endswith("ing") and lead[0][0].isalpha() and len(lead[0]) > 4


def _introduced_before(want: str, prev_masked: str, prev_chains: Sequence[tuple[int, list[str]]],
                       article: _Article) -> str | None:
    """Session 17: "Violet Corbett … she said. [¶] Mr. Akin received support from his opponent, Ms. McCaskill, who …
    [¶] …, she told a TV station": the one person of the pronoun's gender that the previous paragraph (which
    quoted nobody) names in any position, unless that paragraph goes on about someone as "she" already."""
    if re.search(r"\b" + ("she" if want == "f" else "he") + r"\b", prev_masked, re.I):
        return None
    fit = {nm for p, nm, g in _any_person_before(prev_chains, 1 << 30, article)
           if (article.gender.get(nm) or g) == want and not _owner_at(prev_masked, p)
           and not _addressee_at(prev_masked, p)}
    return fit.pop() if len(fit) == 1 else None


_ADDRESSEE_PREV = frozenset("told tells asked asks to with by interviewed".split())


def _addressee_at(masked: str, pos: int) -> bool:
    """Session 12: the name at ``pos`` is spoken to, not speaking ("he told NBC's Chuck Todd", "asked Smith")."""
    before = masked[max(0, pos - 40):pos].split()
    return bool(before) and (before[-1].lower() in _ADDRESSEE_PREV or before[-1].endswith(("'s", "’s")))


@dataclass
class _Trace:
    """What the rules knew about an article, kept for the learned re-scorer experiment
    (``bench/speakers_train.py``, see docs/speakers.md "Learned component"), which builds its candidates from the
    same masked text, name chains and pronoun state instead of redoing them."""

    found: list[tuple[_ParaResult, str, list[_Tok]]]
    para_chains: list[list[tuple[int, list[str]]]]
    article: _Article
    out: list[tuple[str, ...]] = field(default_factory=list)
    #: per paragraph, at its start: the last few person antecedents (name, gender), oldest first
    persons_before: list[tuple[tuple[str, str], ...]] = field(default_factory=list)
    #: per paragraph, at its start: what a subject "it" would resolve to
    it_before: list[str | None] = field(default_factory=list)


#: dashes the rules do not list, read as an em dash: HuffPost's datelines use U+2015 ("PHILADELPHIA ― Hillary …")
_ODD_DASHES = str.maketrans({"\u2015": "\u2014", "\u2012": "\u2013"})


def extract_speakers(paragraphs: Sequence[str], *, title: str = "") -> list[tuple[str, ...]]:
    """One tuple per paragraph: the speakers in order of first appearance, deduplicated, names
    resolved article-wide."""
    return _rules(*_normalised(paragraphs, title), None)


def _normalised(paragraphs: Sequence[str], title: str) -> tuple[list[str], str]:
    """Paragraphs and title with the rarer dashes read as the ones the rules list (same length, same offsets)."""
    return [_double_hyphen(p.translate(_ODD_DASHES)) for p in paragraphs], title.translate(_ODD_DASHES)


def _double_hyphen(text: str) -> str:
    """Session 20: the typewriter dash " -- " (New York Times copy) is an em dash; the second hyphen becomes a space,
    so offsets do not move."""
    return text.replace(" -- ", " \u2014  ") if " -- " in text else text


def _blank_party_tags(masked: str) -> str:
    """Session 20: a party-and-state tag between commas before "and" or a verb ("House Speaker Paul Ryan, R-Wis., and
    Senate Majority Leader Mitch McConnell, R-Ky., said") is blanked for the subject search, as a bracketed one is
    skipped (the article's register of names still reads it: "the Massachusetts Democrat")."""
    if ", R-" in masked or ", D-" in masked or ", I-" in masked:
        return _PARTY_TAG_COMMAS_RE.sub(lambda m: " " * len(m.group()), masked)
    return masked


_PARTY_TAG_COMMAS_RE = re.compile(r", [RDI]-[A-Z][A-Za-z.]{1,6},(?= (?:and |(?:said|says|told|tells|wrote|writes|spoke|"
                                  r"[a-z]+ed)\b))")


_PARENTHETICAL_PRON_RE = re.compile(r"(?:he|she)\s+(?:says|said|adds|added|argues|argued|notes|noted|explains|"
                                    r"explained|insists|insisted|contends|contended)\s*,", re.I)


def _trace(paragraphs: Sequence[str], title: str = "") -> _Trace:
    """The rules' output (same as :func:`extract_speakers`) plus the per-article state behind it."""
    paragraphs, title = _normalised(paragraphs, title)
    found = [_find_candidates(p) for p in paragraphs]
    para_chains = [_chains(m) for _, m, _ in found]
    trace = _Trace(found, para_chains, _Article(para_chains, title, paragraphs))
    trace.out = _rules(paragraphs, title, trace)
    return trace


_MODIFIER_DETS = frozenset({"a", "an", "one", "another", "some", "each", "every", "the"})
_LOWER_AFTER_RE = re.compile(r"\s+[a-z]")


def _modifies_noun(masked: str, st: int, off: int, words: Sequence[str]) -> bool:
    """A name chain between a determiner and a lower-case word ("One East Side shelter", "the Upper West shelter")
    modifies a noun: it names no person who could be "he"."""
    first = masked.find(words[0], off)
    last = masked.find(words[-1], first)
    lead = masked[st:first].split()
    return first >= 0 and last >= 0 and bool(lead) and lead[-1].lower() in _MODIFIER_DETS and bool(
        _LOWER_AFTER_RE.match(masked, last + len(words[-1])))


def _rules(paragraphs: Sequence[str], title: str, trace: _Trace | None) -> list[tuple[str, ...]]:
    """The rule-based extractor; fills the per-paragraph state of ``trace`` when one is given."""
    if trace is not None:
        found, para_chains, article = trace.found, trace.para_chains, trace.article
    else:
        found = [_find_candidates(p) for p in paragraphs]
        para_chains = [_chains(m) for _, m, _ in found]
        article = _Article(para_chains, title, paragraphs)
    masked_texts = [m for _, m, _ in found]
    out: list[tuple[str, ...]] = []
    last_person = _title_person(title, article)  # (name, gender) of person speakers, oldest first
    last_plural: list[str] = []
    last_it: str | None = None
    it_blocked = False  # "it" after a document ("the report … it said") stays unresolved
    brand = _salient_org(para_chains, article)
    org_speakers: list[str] = []
    descs: list[str] = []
    prev_speakers: list[str] = []
    prev_persons: list[str] = []  # round 14: persons named (subject position) or speaking in the previous paragraph
    prev_open = False
    for para_no, ((res, masked, _toks), chains) in enumerate(zip(found, para_chains, strict=True)):
        article.cur_para = para_no
        if trace is not None:
            trace.persons_before.append(tuple(last_person[-8:]))
            trace.it_before.append(last_it or (brand if not it_blocked else None))
        mentions: list[_Mention] = []
        sent_starts = _sentence_starts(masked, res.quote_stops)
        # round 10: a subheading ("Urgent Situation") names nobody: its capitalised words are no antecedent
        heading = len(masked.split()) <= 6 and not masked.rstrip().endswith((".", '"', "”", "?", "!", ":", "’"))
        for off, words in ([] if heading else chains):
            st = sent_starts[bisect.bisect_right(sent_starts, off) - 1]
            lead = masked[st:off].replace(",", " ").replace('"', " ").split()
            described = _descriptor_lead(lead) and "," not in masked[st:off]
            if described:  # session 13: "Boston coach Jim Montgomery was blunt": Montgomery is the subject, and
                mentions = [m_ for m_ in mentions if m_.pos < st]  # "Boston" is no person of its own
            elif not all(w in _FUNCTION_CAPS or w.lower() in _LEAD_ADVERBS for w in lead) and (
                    lead[0].lower() not in _FRONTED_LEADS or "," in masked[st:off].rstrip()[:-1]):
                continue  # only subject-position mentions (or names in a fronted clause or right after it)
            if _modifies_noun(masked, st, off, words):
                continue  # session 18: "One East Side shelter, he said": a name that modifies a noun is no antecedent
            c = _name_cand(words, off, words)
            if c is not None and c.kind == "person" and all(_NAME_TOKEN_RE.match(w) for w in c.text.split()):
                r = article.resolve(c)
                if r.kind == "person" and (len(r.text.split()) > 1 or c.gender) and not article.place_name(r.text):
                    mentions.append(_Mention(off, r.text, "person", r.gender))
        speakers: list[str] = []
        spoken: list[tuple[int, str, str]] = []  # person speakers of this paragraph: (pos, name, gender)
        groups: dict[int, list[str]] = {}

        def add(name: str, speakers: list[str] = speakers) -> None:
            if name and name.lower() not in {x.lower() for x in speakers} and name.lower() not in _BARE_QUANTIFIERS:
                speakers.append(name)  # (session 25: a floating "both" alone names nobody)

        for cand in _split_surnames(res.cands, article):
            role_desc = ""
            c = article.resolve(cand)
            if c.kind == "org" and c.text in lex.STATE_DEMONYMS and (masked[c.pos:c.pos + 4].lower() == "the " or
                                                                     masked[:c.pos].lower().endswith("the ")):
                named = article.person_from_state("the " + c.text, [n for n, _ in last_person])
                if named:  # session 24: "the Texan added" -> the person introduced as "John Cornyn of Texas"
                    c = _Cand(c.pos, named, "person", article.gender.get(named, ""), c.group)
            if c.kind in {"person", "desc"} and c.text.split()[-1] in _PARTY_LABELS and len(c.text.split()) >= 2 or (
                    c.kind == "org" and c.text in _PARTY_LABELS):
                named = article.person_from_state(c.text, [n for n, _ in last_person])
                if not named and last_person and " ".join(w for w in c.text.split()[:-1] if w.lower() != "the") in \
                        lex.US_STATES and (masked[c.pos:c.pos + 4].lower() == "the " or
                                           masked[:c.pos].lower().endswith("the ")) and _looks_person(
                                               last_person[-1][0].split()) and not _party_tagged(
                                                   last_person[-1][0], article.texts):
                    named = last_person[-1][0]  # session 25: no state given with a name: the person spoken of last
                if named:  # session 12: "The Texas Republican said" -> the person introduced as "Ted Cruz, R-Texas"
                    c = _Cand(c.pos, named, "person", article.gender.get(named, ""), c.group)
            age = _AGE_DESC_RE.match(c.text) if c.kind == "desc" else None
            if age:  # round 15: "said the 32-year-old" -> the person introduced as "Michael Cliff, 32,"
                named = article.person_with_age(age.group(1), para_no)
                if not named and last_person:
                    named = last_person[-1][0]  # no age given: the person spoken of last (as "the president")
                if named:
                    c = _Cand(c.pos, named, "person", article.gender.get(named, ""), c.group)
            if c.kind == "pron" and c.text.startswith("_turn:"):
                # session 20: a transcript turn ("WALLACE: …") names its speaker even when the article never gives
                # the full name (before, the turn fell back to the previous paragraph's speaker), if that name takes
                # more than one turn (not a one-off heading, "PARANA STATE: UMUARAMA NIL, …")
                word = c.text.split(":", 1)[1]
                c = article.resolve(_Cand(c.pos, word, "person"))
                if len(c.text.split()) < 2 and sum(
                        1 for t_ in paragraphs if (m_ := _TRANSCRIPT_RE.match(t_)) and m_.group(1).split()[
                            -1].title() == word) < 2:
                    continue
            if c.kind == "pron" and c.text.startswith("_known:"):
                c = article.resolve(_Cand(c.pos, c.text.split(":", 1)[1], "person"))
                if c.kind != "person" or len(c.text.split()) < 2:
                    continue
            if c.kind == "pron" and c.text.startswith(("_person:", "_role:")):
                named = article.person_with_role(c.text.split(":", 1)[1], masked_texts,
                                                 [n for n, _ in last_person]) or article.person_from_state(
                    c.text.split(":", 1)[1], [n for n, _ in last_person])  # session 14: "the Vermont senator"
                if not named and para_no <= _LEAD_PARAS and para_no + 1 < len(masked_texts) and any(
                        _POSSESSIVE_RE.search(w) for w in c.text.split()):
                    # session 19: a lead's "the European Union’s envoy said" is the person the next paragraph
                    # introduces with a role naming the same owner ("Anders Lindqvist, the EU special representative")
                    dwords = masked[c.pos:c.pos + len(c.text) - 8].split()[1:-1]
                    owner_words = [_POSSESSIVE_RE.sub("", w) for w in dwords if _cap(w)]
                    acro = "".join(w[0] for w in owner_words if w[0].isupper()) if len(owner_words) >= 2 else ""
                    named = article.official_named_next([*dwords, *([acro] if acro else [])], masked_texts[para_no + 1])
                if named:
                    c = _Cand(c.pos, named, "person", article.gender.get(named, ""), c.group)
                elif c.text.startswith("_role:"):
                    continue
                elif any(len(w) > 4 and w.endswith(_DEMONYM_END) and w not in " ".join(
                        [*masked_texts[:para_no], masked[:c.pos]]).lower()
                         for w in c.text.split(":", 1)[1].split()[1:-1]) and not any(
                            _POSSESSIVE_RE.search(w) for w in c.text.split()):
                    continue  # session 15: "the North Korean leader" is no "he" when nobody North Korean was named
                else:
                    role_desc = c.text.split(":", 1)[1]
                    if masked[c.pos:c.pos + len(role_desc)].lower() == role_desc:  # as written: "the EU envoy"
                        role_desc = role_desc[:1] + masked[c.pos + 1:c.pos + len(role_desc)]
                    if role_desc.lower().split()[-2:-1] in (["inspector"], ["surgeon"], ["solicitor"]) and \
                            role_desc.lower().endswith(" general"):
                        # session 24: "the inspector general said" names an office nobody else in the article holds;
                        # it is not whoever spoke last (the attorney general the report is about)
                        add(role_desc)
                        continue
                    c = _Cand(c.pos, "_person", "pron", c.gender, c.group)
            if c.kind == "pron":
                owned = c.text.split()[1] if c.text.startswith(("his ", "her ")) else ""
                if c.text in {"he", "she", "_person"} or owned:
                    want = c.gender if owned else "m" if c.text == "he" else "f" if c.text == "she" else ""
                    # session 25: "If Espinoza wins, she says, it would mean …": a parenthetical attribution's
                    # pronoun is nobody named in the reported words before it in its own sentence
                    paren_st = sent_starts[bisect.bisect_right(sent_starts, c.pos) - 1] if (
                        c.text in {"he", "she"} and _PARENTHETICAL_PRON_RE.match(masked, c.pos)
                        and masked[:c.pos].rstrip().endswith(",")) else 1 << 30
                    if paren_st < c.pos and masked[paren_st:c.pos].split()[0].lower() not in _FRONTED_LEADS | {
                            "if", "unless", "whether"}:
                        paren_st = 1 << 30  # only a fronted clause before it ("If Espinoza wins, she says, …")
                    pool3 = [(m.pos, m.name, m.gender) for m in mentions if m.pos < c.pos and not _owner_after_subject(
                        m, mentions, masked, sent_starts) and not _in_participle_lead(
                            masked, sent_starts, m.pos, c.pos) and m.pos < paren_st]
                    pool3 += [(p_, s_, article.gender.get(s_, g_)) for p_, s_, g_ in spoken]
                    if owned and not pool3:  # "Teachers didn't see Holcomb … His office said": any earlier name
                        pool3 = _any_person_before(chains, c.pos, article)
                    pool3.sort(key=lambda x: x[0])
                    pool = [(nm_, g_) for _, nm_, g_ in pool3]
                    name = None
                    if not owned:  # "Although he said …, Isaac stopped …": the main-clause subject
                        st = sent_starts[bisect.bisect_right(sent_starts, c.pos) - 1]
                        lead_w = masked[st:c.pos].split()
                        if lead_w and lead_w[0].lower() in _FRONTED_LEADS and "," not in masked[st:c.pos]:
                            for m in mentions:
                                if m.pos > c.pos and masked[c.pos:m.pos].count(",") == 1 and \
                                        masked[:m.pos].rstrip().endswith(",") and m.gender in ("", want):
                                    pool.append((m.name, m.gender))
                                    break
                    for nm, g in reversed(pool):
                        if g in ("", want) or not want:
                            name = nm
                            break
                    if name is None:
                        for nm, g in reversed(last_person):
                            if g in ("", want) or not want:
                                name = nm
                                break
                        if name and want and not owned and para_no and not out[para_no - 1]:
                            name = _introduced_before(want, masked_texts[para_no - 1], para_chains[para_no - 1],
                                                      article) or name
                    if name is None and want and not owned:
                        # session 12: no subject-position antecedent of the pronoun's gender ("Gov. Tom Becker met
                        # Sen. Maria Alvarez … “…,” she said"): a person of that known gender named in any position
                        # earlier in this paragraph or in the previous one, when exactly one such person is named
                        near = [(masked, x) for x in _any_person_before(chains, c.pos, article)]
                        if para_no:
                            near = [(masked_texts[para_no - 1], x) for x in _any_person_before(
                                para_chains[para_no - 1], 1 << 30, article)] + near
                        fit = {nm_ for text_, (p_, nm_, g_) in near if (article.gender.get(nm_) or g_) == want
                               and not _addressee_at(text_, p_)}
                        if len(fit) == 1:
                            name = fit.pop()
                        elif fit and masked[:c.pos].split()[-1:] in (["which"], ["where"], ["when"], ["whom"]):
                            # session 20: several fit: in a clause, the nearest one before the pronoun in its own
                            # sentence ("Mr. Trump's RT appearance, in which he said", after Larry King was named;
                            # not "…, including Francesco Del Monte, vice president of BNL, he said")
                            st = sent_starts[bisect.bisect_right(sent_starts, c.pos) - 1]
                            same = [(p_, nm_) for text_, (p_, nm_, g_) in near if text_ is masked and st <= p_ < c.pos
                                    and nm_ in fit]
                            if same:
                                name = max(same)[1]
                    if name and want and not owned and not article.gender.get(name):
                        # round 11: "Fischer’s mother, Adrianne Fischer, is … “…,” she said": a person of this
                        # paragraph known to have the pronoun's gender beats one of unknown gender
                        here_ = _any_person_before(chains, c.pos, article)
                        if here_ and article.gender.get(here_[-1][1]) == want and not _in_participle_lead(
                                masked, sent_starts, here_[-1][0], c.pos) and name.replace(".", "") not in {
                                nm_.replace(".", "") for p_, nm_, _ in here_ if not _owner_at(masked, p_)}:
                            name = here_[-1][1]
                    if name and owned:
                        add(name + "'s " + owned)
                        last_person.append((name, article.gender.get(name, want)))
                    elif name:
                        add(name)
                        spoken.append((c.pos, name, article.gender.get(name, want)))
                        last_person.append((name, article.gender.get(name, want)))
                    elif role_desc:
                        # session 19: "…, the judge said" with nobody named yet: an unnamed source keeps its
                        # description, as "a judge" or "the lawyer" already did
                        add(role_desc)
                        spoken.append((c.pos, role_desc, c.gender))
                        last_person.append((role_desc, c.gender))
                elif c.text == "they":
                    here = [m for m in groups.values() if len(m) > 1]
                    plural_here = [x for x in speakers if _head_noun(x).endswith("s") and not _head_noun(x).endswith(
                        ("ss", "'s", "’s")) and x[:1].isupper()]
                    if not here and plural_here:  # session 22: "The Tories said … But they say …"
                        here = [[plural_here[-1]]]
                    for nm in (here[-1] if here else last_plural):  # round 16: a pair named earlier in this paragraph
                        add(nm)
                elif c.text == "it" and (subj_org := _prev_sentence_org(masked, sent_starts, chains, c.pos, article)):
                    add(subj_org)  # session 25: "The Montana Supreme Court struck down …. It said …"
                elif c.text == "it" and (last_it or brand and not it_blocked):
                    add(last_it or brand or "")
                elif c.text == "one" and last_plural and len(last_plural) == 1:
                    head = _head_noun(last_plural[0])
                    if head.endswith("s") or head == "people":
                        add("one " + _singular(head))
                continue
            if c.kind in {"outlet"}:
                continue
            if c.kind == "non":
                if len(c.text.split()) <= 4 and not c.text.lower().endswith("s"):
                    last_it = None
                    it_blocked = True
                continue
            name = c.text
            if c.kind == "org":
                low = name.lower()
                if low.startswith("the "):
                    name = name[4:]
                    low = low[4:]
                if low not in lex.ORG_ANAPHORS and _company_head(low.split()[-1]) and all(
                        w.islower() or w.endswith(_DEMONYM_END) and w.isalpha()
                        for w in _BASED_RE.sub("", name).split()):
                    low = "firm_desc"  # session 13: "the software maker", "the tech giant"; session 24: "the
                    # Detroit-based company", "the San Francisco-based company"
                if low == "firm_desc":  # like "the company", but never just the last organisation that spoke
                    ref = _org_appositive(["the", *name.split()], masked_texts, article) or article.org_with(
                        lex.ORG_ANAPHORS["company"], org_speakers, brand) or (brand if brand and not (
                            brand.isupper() or brand.split()[-1] in _GOV_BODIES | _PUBLIC_BODIES | {"Board"}) else None)
                    if not ref:
                        continue
                    name = ref
                elif low in lex.ORG_ANAPHORS:
                    # round 16: a full name with the kind word earlier in this paragraph ("a Virgin Airlines crew
                    # … The airline later apologized"), or, for institutions, earlier in the article
                    ref = _org_mention(lex.ORG_ANAPHORS[low], masked_texts[para_no], c.pos) or (
                        _subject_org_before(lex.ORG_ANAPHORS[low], masked, sent_starts, c.pos, article)
                        if low in _BRAND_ANAPHORS else None) or (
                        _org_mention(lex.ORG_ANAPHORS[low], " ".join(masked_texts[:para_no]), None)
                        if low in _INSTITUTION_ANAPHORS else None) or \
                        article.org_with(lex.ORG_ANAPHORS[low], org_speakers, brand) or (
                        org_speakers[-1] if org_speakers and low in {"company", "firm", "group"} else None) or (
                        brand if low in _BRAND_ANAPHORS else None)
                    if not ref and low in _BRAND_ANAPHORS:
                        ref = _described_org(low, [*masked_texts[:para_no], masked[:c.pos]])
                    if not ref and low in _BRAND_ANAPHORS:
                        ref = _fallback_org(para_chains, article)  # round 11: never a bare "company"
                        if not ref:
                            continue
                    if ref:
                        name = ref
                org_speakers.append(name)
                last_it = name
            elif c.kind == "desc":
                words = name.split()
                owner = _POSSESSIVE_RE.sub("", words[0])
                if len(words) <= 4 and words[0][0].isupper() and _POSSESSIVE_RE.search(words[0]) and all(
                        w[0].islower() for w in words[1:]) and not any(owner in p_ for p_ in article.persons):
                    # "Austria's interior minister said" -> the person introduced as interior minister
                    named = article.person_with_role(" ".join(words[1:]).lower(), masked_texts,
                                                     [n for n, _ in last_person])
                    if named:
                        c = _Cand(c.pos, named, "person", article.gender.get(named, ""), c.group)
                        name = named
                elif len(words) <= 6 and words[0] == "the" and len(words) >= 4 and _POSSESSIVE_RE.search(words[1]) \
                        and _cap(words[1]) and words[-1] == "official" and para_no + 1 < len(masked_texts):
                    # session 14: a lead's definite "the Pentagon’s top policy official" is the person the next
                    # paragraph names with a role sharing a word ("Elbridge Colby, the Defense undersecretary for
                    # policy"): a specific person, introduced right after
                    named = article.official_named_next(words[2:-1], masked_texts[para_no + 1])
                    if named:
                        c = _Cand(c.pos, named, "person", article.gender.get(named, ""), c.group)
                        name = named
                if words[0] in {"a", "an"} and para_no <= _LEAD_PARAS and 2 <= len(words) <= 6 and all(
                        w[:1].islower() or _cap(w) and w.isalpha() for w in words[1:]):
                    # round 14: a lead's indefinite description resolves to the person the article introduces
                    # with that role ("A former National Security Council official …" then "Tim Morrison, a
                    # former National Security Council official")
                    named = article.person_with_role(" ".join(words[1:]).lower(), masked_texts,
                                                     [n for n, _ in last_person])
                    if named and named.split()[-1] in masked_texts[para_no]:
                        c = _Cand(c.pos, named, "person", article.gender.get(named, ""), c.group)
                        name = named
                        last_person.append((name, c.gender))
                        spoken.append((c.pos, name, c.gender))
                        add(name)
                        continue
                org_full = article.org_named(words) if words[0].lower() == "the" and 3 <= len(words) <= 4 else None
                if not org_full and words[0].lower() == "the" and 2 <= len(words) <= 5 and words[-1].lower() in \
                        _ORG_DESC_HEADS:
                    org_full = _org_appositive(words, masked_texts, article)
                if org_full:  # round 12: "the utilities commission" -> "California Public Utilities Commission"
                    org_speakers.append(org_full)
                    last_it = org_full
                    add(org_full)
                    continue
                named_here = _DESC_NAMED_RE.search(masked) if words[0].lower() == "the" and len(words) <= 6 else None
                while named_here and named_here.group(1).lower() != name.lower():
                    named_here = _DESC_NAMED_RE.search(masked, named_here.end(1))
                if named_here and _looks_person(named_here.group(2).split()):
                    # round 16: "The driver, Joshua D. Brown, a 40-year-old …, praised …": the description names him
                    r = article.resolve(_Cand(c.pos, named_here.group(2), "person"))
                    if r.kind == "person":
                        c = r
                        name = r.text
                if c.kind != "person" and words[0].lower() == "the" and len(words) <= 4:
                    head = _head_noun(name)
                    for d in reversed(descs):
                        if _head_noun(d) == head and d.lower() != name.lower():
                            name = d
                            break
                    else:
                        anon = _anonymous_antecedent(head, descs) if len(words) == 2 else None
                        if anon:  # session 24: "a senior Clinton adviser said …" then "the official said"
                            descs.append(anon)
                            add(anon)
                            continue
                        named = article.person_with_role(name.lower(), masked_texts, [n for n, _ in last_person]) \
                            or article.person_from_state(name, [n for n, _ in last_person])
                        if named:  # "the union official said" -> the person introduced with that role
                            c = _Cand(c.pos, named, "person", article.gender.get(named, ""), c.group)
                            name = named
                        else:
                            named = _just_named(name, c, masked_texts, para_no, mentions, prev_persons)
                            if named:  # round 14: "Eyamba Sowers didn't know … The real estate agent said"
                                c = _Cand(c.pos, named, "person", article.gender.get(named, ""), c.group)
                                name = named
                if c.kind == "person":
                    last_person.append((name, c.gender))
                    spoken.append((c.pos, name, c.gender))
                    if c.group >= 0:
                        groups.setdefault(c.group, []).append(name)
                    add(name)
                    continue
                descs.append(name)
                head = _head_noun(name)
                if head.endswith("s") or head in {"people", "police"}:
                    last_plural = [name]
                elif head in lex.SPEAKER_NOUNS:
                    if (words[0].lower() not in {"a", "an", "one", "another"} or c.gender or (
                            head in _ROLE_ANTECEDENTS and not last_person)) and (
                            head not in _INSTITUTION_HEADS):  # session 22: "the Reagan administration" is no "he"
                        last_person.append((name, c.gender))  # session 15: "a woman cried" is no later "she"
                    spoken.append((c.pos, name, c.gender))
            elif c.kind == "person" and c.group == _NO_ANTECEDENT:
                add(name)  # the owner of a speech noun ("Cooke’s testimony that …") is no antecedent
                continue
            elif c.kind == "person":
                last_person.append((name, c.gender or article.gender.get(name, "")))
                spoken.append((c.pos, name, c.gender or article.gender.get(name, "")))
            if c.group >= 0:
                groups.setdefault(c.group, []).append(name)
            add(name)
        for members in groups.values():
            if len(members) > 1:
                last_plural = members
        if not res.cands and not res.starts_with_quote and res.long_quote_at > 0:
            before = [m for m in mentions if m.pos < res.long_quote_at]
            if before:  # "Aderholt returned to the issue later in the hearing. “What …?”"
                add(before[-1].name)
                last_person.append((before[-1].name, before[-1].gender))
        if ":" in masked[:40] and (qa := _QA_TURN_RE.match(masked)) and qa.group(1).upper() not in \
                _TRANSCRIPT_NOT_NAMES:
            # session 20: an interview's turn with the surname in ordinary capitals ("Mehrotra: We think …"): only a
            # person the article names in full
            qc = article.resolve(_Cand(0, qa.group(1).split()[-1], "person"))
            if qc.kind == "person" and len(qc.text.split()) >= 2 and not article.place_name(qc.text):
                add(qc.text)
        if res.starts_with_quote and prev_speakers and (prev_open or ((res.only_quote or (
                # session 21: a quoted sentence opens the paragraph, then narration ("“It allows me to move back to
                # the US.” The Scarlets have begun to rebuild …"): still the previous speaker's quotation
                res.lead_quote_sentence and len(prev_speakers) == 1)) and not speakers)) and not (
                res.turn and speakers):  # a new transcript turn ends the previous speaker's quotation
            last = prev_speakers[-1]
            if last.lower() not in {s.lower() for s in speakers}:
                speakers.insert(0, last)
        last_spoken = max((p_ for p_, _, _ in spoken), default=-1)
        for m in mentions:
            if m.pos > last_spoken:
                last_person.append((m.name, m.gender))
        out.append(tuple(speakers))
        prev_persons = [m.name for m in mentions] + [nm_ for _, nm_, _ in spoken]
        if len(speakers) == 1 and speakers[0].split()[0].lower() in {"a", "an", "one", "another"} and _head_noun(
                speakers[0]) in _ROLE_ANTECEDENTS | {"source"} and (
                    not last_person or last_person[-1][0] != speakers[0]):
            # session 22: the one described speaker of a paragraph is what the next paragraph's "he" means ("…, said
            # one trader for a large retail firm. ¶ “…,” he said."), as the article's latest person
            last_person.append((speakers[0], ""))
        if speakers:
            prev_speakers = speakers
        else:
            prev_speakers = [] if not res.only_quote else prev_speakers
        prev_open = res.open_quote_at_end
    _first_person_runs(out, found)
    _forward_descriptions(out, paragraphs, title)
    _dot_initials(out, paragraphs)
    for n, para in enumerate(paragraphs):
        if out[n] and _STAGE_DIRECTION_RE.fullmatch(para):
            out[n] = ()  # session 20: a transcript's "(CROSSTALK.)" or "(APPLAUSE)" is nobody's speech
    return out


_STAGE_DIRECTION_RE = re.compile(r'\s*["“]?\s*[(\[][^()\[\]]{1,40}[)\]]\.?\s*["”]?\s*')


_BARE_INITIAL_RE = re.compile(r"(?<= )[A-Z](?= )")


def _title_person(title: str, article: _Article) -> list[tuple[str, str]]:
    """Session 15: the person a headline opens with ("Trump: 'I don't want to say it's a threat'", "Obama warns …")
    is the antecedent of a he/she that opens the article before anyone is named in it."""
    if not title or title.isupper() or _title_case(title):
        return []
    chains = _chains(_mask_quotes(title, quote_spans(title)))
    if not chains or chains[0][0] != 0 or not title.startswith(chains[0][1][0]):
        return []  # not "The Catholic Church released …"
    c = _classify(chains[0][1], 0)
    if c is None or c.kind != "person":
        return []
    r = article.resolve(c)
    if r.kind != "person" or not _looks_person(r.text.split()):
        return []
    if " " not in r.text and re.search(r"\b" + re.escape(r.text.lower()) + r"\b", "\n".join(article.texts)):
        return []  # session 24: "Race had nothing to do with …": a common word the article writes in lower case
    return [(r.text, article.gender.get(r.text, r.gender))]


def _dot_initials(out: list[tuple[str, ...]], paragraphs: Sequence[str]) -> None:
    """Round 17: a middle initial keeps the full stop the article gives it ("Danny C. Williams", not "Danny C
    Williams"); the tokenizer splits the stop off when it reads the name."""
    text = ""
    for n, names in enumerate(out):
        if not any(_BARE_INITIAL_RE.search(nm) for nm in names):
            continue
        text = text or "\n".join(paragraphs)
        fixed = []
        for nm in names:
            dotted = _BARE_INITIAL_RE.sub(lambda m: m.group() + ".", nm)
            fixed.append(dotted if dotted != nm and dotted in text else nm)
        out[n] = tuple(dict.fromkeys(fixed))


# First person outside quotation marks: "I" before a lower-case word (not "World War I"), we/us/our/my/me.
# "us" is case-sensitive so that "US" (the country) never counts.
_FIRST_PERSON_RE = re.compile(r"(?:^|(?<=[\s(\[,;:]))I(?:['’](?:m|ve|d|ll))?\s+[a-z]|"
                              r"\b(?:[Ww]e|[Mm]y|[Oo]ur|[Oo]urs|[Mm]e|us)\b(?!['’]?[A-Za-z.])|"
                              r"\b[Ww]e['’](?:re|ve|d|ll)\b")
_THIRD_PERSON_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_RUN_GAP = 2  # unattributed third-person-free paragraphs a first-person run may bridge


# round 16: "the driver, Joshua D. Brown, …" (a description right before the name it gives)
_DESC_NAMED_RE = re.compile(r"\b([Tt]he(?: [\w'’-]+){1,5}), ((?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’-]+),")
_INSTITUTION_ANAPHORS = frozenset({"district", "institute", "foundation", "embassy", "university",
                                   # session 24
                                   "diocese", "archdiocese", "church", "hospital", "museum", "zoo", "league",
                                   "college", "school", "network"})
_ORG_MENTION_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _subject_org_before(kinds: Sequence[str], masked: str, sent_starts: Sequence[int], pos: int,
                        article: _Article) -> str | None:
    """Session 17: the organisation that opens an earlier sentence of this paragraph, when the article names it
    with the kind word somewhere ("Boeing Co." … "Boeing is in the early stages of … The company said" is Boeing
    Co., not the plane the article is about)."""
    starts = [st for st in sent_starts if st <= pos]
    for st in reversed(starts[:-1]):
        run: list[str] = []
        for w in masked[st:pos].split()[:4]:
            if not _cap(w) or w in _FUNCTION_CAPS:
                if run or w != "The":
                    break
                continue
            run.append(w)
        if not run:
            continue
        for name in article.brand_counts:
            words = name.split()
            if len(words) > len(run) and words[:len(run)] == run and any(
                    w.rstrip(".") in kinds for w in words[len(run):]):
                return name
    return None


def _org_mention(kinds: Sequence[str], text: str, end: int | None) -> str | None:
    """Round 16: the last full organisation name built on one of ``kinds`` in ``text[:end]``: "Virgin Airlines",
    "the Institute for Policy Analysis of Conflict", "Sacramento City Unified School District"."""
    pat = _ORG_MENTION_CACHE.get(tuple(kinds))
    if pat is None:
        alt = "|".join(re.escape(k) for k in kinds)
        # session 17: one pattern, so that "The Alliance to Reclaim Our Schools" keeps its tail
        pat = re.compile(r"(?<![\w.])((?:[A-Z][\w&'’.-]*\s+){0,5}(?:" + alt + r")\b(?:\s+(?:of|for|on|to)\s+(?:the\s+)?"
                         r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                         r"April|May|June|July|August|September|October|November|December)\b)[A-Z][\w&'-]*"
                         r"(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'-]*){0,4})?)")
        _ORG_MENTION_CACHE[tuple(kinds)] = pat
    found = None
    for m in pat.finditer(text, 0, len(text) if end is None else end):
        words = m.group(1).split()
        # session 17: a leading role noun, not any title word ("Environmental Protection Agency" keeps its first word)
        while words and (words[0] in _FUNCTION_CAPS or words[0] in _DAYS_MONTHS or words[0] in _CAP_ROLE_NOUNS):
            words = words[1:]
        if len(words) >= 2 and words[0][0].isupper():
            found = " ".join(words)
    return found


_ORG_DESC_HEADS = frozenset("agency institute bank ministry department company firm group organization organisation "
                            "association union council commission authority regulator watchdog office bureau "
                            "center centre foundation service airline carrier network lab laboratory".split())


def _org_appositive(words: Sequence[str], masked_texts: Sequence[str], article: _Article) -> str | None:
    """Round 14: "the Russian space agency said" -> "Roscosmos" when the article writes "Roscosmos, the Russian space
    agency": the description is an appositive of exactly one capitalised name that is no person."""
    desc = " ".join(words[1:])
    rx = re.compile(r"((?:[A-Z][\w&.’'-]*\s+(?:(?:of|for|and|the|de)\s+)?){0,5}[A-Z][\w&.’'-]*)\s*,\s+(?:the|a|an)\s+"
                    + re.escape(desc) + r"(?=\s*[,.;:)—–])")  # closed: not "…, the agency said"
    found: set[str] = set()
    for t in masked_texts:
        if desc not in t:
            continue
        for m in rx.finditer(t):
            chain = m.group(1).split()
            while chain and chain[0] in _FUNCTION_CAPS:
                chain = chain[1:]
            if not chain or chain in article.persons or any(p_[-1] == chain[-1] for p_ in article.persons) or len(
                    chain) >= 2 and _looks_person(chain) and not _is_org_chain(chain):
                return None  # a person's appositive ("Ed Alvarez, the chief of …") is the role index's job
            found.add(" ".join(chain))
    if len(found) != 1:
        return None
    c = article.resolve(_Cand(0, found.pop(), "org"))
    return c.text if c.kind == "org" else None


_LEAD_PARAS = 1  # round 14: paragraphs 1-2 (0-based index) are the lead

_ANONYMOUS_HEADS = frozenset(
    "source official person insider aide staffer employee worker member witness resident spokesperson "
    "representative".split())


def _just_named(desc: str, c: _Cand, masked_texts: Sequence[str], para_no: int, mentions: Sequence[_Mention],
                prev_persons: Sequence[str]) -> str | None:
    """Round 14: a definite description that re-describes the person just named ("Eyamba Sowers didn't know …
    The real estate agent said she …", "Tom Smith runs a bakery. … The baker, 45, said"): the head is a
    singular job/role noun that the article has not used before (so no earlier "a doctor" it could mean), not
    an anonymity word (official, source, aide …), and the person is the last one named in subject position
    earlier in this paragraph, else the only person named or speaking in the previous paragraph."""
    words = desc.lower().split()
    if words[0] != "the" or len(words) > 4 or not all(w.isalpha() or "-" in w for w in words[1:]):
        return None
    head = words[-1]
    if head not in lex.SPEAKER_NOUNS and head not in lex.TITLE_LOWER or head.endswith("s") and not head.endswith(
            "ss") or head in _ANONYMOUS_HEADS or head in _NOT_ROLE_HEADS or head in lex.ORG_ANAPHORS:
        return None
    pat = re.compile(r"\b" + re.escape(head) + r"\b", re.IGNORECASE)
    if any(pat.search(t) for t in masked_texts[:para_no]) or len(pat.findall(masked_texts[para_no][:c.pos + 1])) > 0:
        return None
    before = " ".join(masked_texts[:para_no + 1])
    if any(w[:1].isupper() and w not in before for w in desc.split()[1:-1]):
        return None  # session 15: "The North Korean leader" is nobody the article has described as North Korean
    here = [m.name for m in mentions if m.pos < c.pos]
    if here:
        return here[-1]
    distinct = list(dict.fromkeys(prev_persons))
    return distinct[0] if len(distinct) == 1 else None


def _participle_cap(word: str) -> bool:
    """A capitalised participle ("Revised", "Leading") rather than a given name ending the same way (session 20:
    "Ted Cruz" had been dropped from his namesakes, so a bare "Cruz" went to his father Rafael)."""
    return word.endswith(("ing", "ed")) and (word.lower() in _VERB_FORM or len(word) > 5) and (
        word not in lex.MALE_FIRST and word not in lex.FEMALE_FIRST)


def _split_surnames(cands: list[_Cand], article: _Article) -> list[_Cand]:
    """Round 10: "Clemens and Canseco say", "Noel and Thomas both acknowledged": two bare surnames joined by ``and``
    are two speakers when each resolves to a different person named in full elsewhere in the article (a company
    such as "Johnson and Johnson" does not)."""
    if not any(" and " in c.text for c in cands):
        return cands
    out: list[_Cand] = []
    for c in cands:
        if c.kind in {"org", "desc"}:
            split = _split_entities(c, article)
            if split:
                out.extend(split)
                continue
        parts = c.text.split(" and ")
        if c.kind == "person" and len(parts) == 2 and (all(len(p.split()) == 1 for p in parts) or 2 <= len(
                parts[0].split()) <= 3 and len(parts[1].split()) == 1):  # session 25: "Mitch McConnell and McCain"
            sub = [article.resolve(_Cand(c.pos, p, "person", "", c.group)) for p in parts]
            if all(r.kind == "person" and len(r.text.split()) >= 2 for r in sub) and sub[0].text != sub[1].text:
                out.extend(sub)
                continue
        out.append(c)
    return out


def _known_alone(name: str, phrase: str, article: _Article) -> bool:
    """Round 11: ``name`` occurs in the article outside ``phrase`` (or is an acronym)."""
    if name.isupper() and name.isalpha() and len(name) >= 2:
        return True
    n_name = sum(t.count(name) for t in article.texts)
    n_phrase = sum(t.count(phrase) for t in article.texts)
    return n_name > n_phrase


def _split_entities(c: _Cand, article: _Article) -> list[_Cand]:
    """Round 11: "The Competition and Markets Authority and Microsoft said", "the FBI and federal prosecutors
    announced": a coordinated subject whose parts are each an organisation the article names on its own (the right
    part may be a lower-case plural group) is two speakers; "Competition and Markets Authority" alone, "police and
    medics", "Rolm and IBM customers" stay one."""
    text = c.text[4:] if c.text.lower().startswith("the ") else c.text
    start = 0
    while True:
        i = text.find(" and ", start)
        if i < 0:
            return []
        start = i + 1
        left, right = text[:i], text[i + 5:]
        lw, rw = left.split(), right.split()
        if not lw or not rw or len(lw) > 6 or len(rw) > 6 or not all(_cap(w) or w in _ACRO_LINKS for w in lw) or \
                not _cap(lw[0]) or not _cap(lw[-1]) or not _known_alone(left, text, article):
            continue
        if all(_cap(w) or w in _ACRO_LINKS for w in rw) and _cap(rw[-1]) and _known_alone(right, text, article):
            kinds = ["person" if _looks_person(x) and not _is_org_chain(x) else "org" for x in (lw, rw)]
            return [_Cand(c.pos, left, kinds[0], "", c.group), _Cand(c.pos, right, kinds[1], "", c.group)]
        if 1 <= len(rw) <= 3 and all(w.islower() for w in rw) and rw[-1] in lex.SPEAKER_NOUNS and \
                rw[-1].endswith("s") and _is_org_chain(lw):
            return [_Cand(c.pos, left, "org", "", c.group), _Cand(c.pos, right, "desc", "", c.group)]


# Round 16: roles a writer introduces first and names a paragraph later ("An attorney representing Brown's family
# said …" then "“…,” Paul Grieco said"). Anonymity-typical heads (official, source, diplomat, aide) are not here.
_FORWARD_HEADS = frozenset("attorney lawyer spokesman spokeswoman spokesperson representative director president "
                           "chairman chairwoman founder superintendent owner manager".split())
# role nouns that show a newly named person is someone else ("John Doe, an analyst at …")
_OTHER_ROLES = frozenset("analyst professor economist expert researcher scientist official officer lawmaker senator "
                         "representative attorney lawyer spokesman spokeswoman spokesperson director president "
                         "chairman chairwoman founder superintendent owner manager executive secretary minister "
                         "governor mayor judge prosecutor sheriff chief commissioner witness neighbor neighbour "
                         "resident student teacher doctor nurse coach player leader member activist advocate "
                         "author host reporter editor".split())
_WORD_RE = re.compile(r"[A-Za-z]+")


def _forward_descriptions(out: list[tuple[str, ...]], paragraphs: Sequence[str], title: str) -> None:
    """Round 16: an indefinite role description that speaks ("a spokeswoman for the department disputed that
    claim") is the person the article names for it right after: a person first mentioned in the next paragraph
    who speaks there and carries no other role, or one up to three paragraphs on introduced with the same role
    ("… according to attorney Tahanie Aboushi")."""
    n = len(out)
    for i in range(n):
        for d in out[i]:
            words = d.split()
            owned = next((k for k, w in enumerate(words[:3]) if _POSSESSIVE_RE.search(w) and all(
                _cap(x) for x in words[:k + 1])), -1) if words and _cap(words[0]) else -1
            if owned >= 0 and 1 <= len(words) - owned - 1 <= 3 and all(w.islower() for w in words[owned + 1:]):
                # session 17: "Hillary Clinton's campaign manager said …" then "Robby Mook, Hillary for America
                # campaign manager, told …": the owner's role named right after, every role word near the name
                words = ["the", *words[owned + 1:]]
                owned = len(words)
            elif len(words) < 2 or words[0].lower() not in {"a", "an", "the"}:
                continue
            head = next((w.lower() for w in words[1:5] if w.lower() in _FORWARD_HEADS), "")
            if not head or words[-1].lower() in {"said", "says"}:
                continue
            spokes = head.startswith("spokes")
            qual = words[[w.lower() for w in words].index(head) + 1:]
            content = {_POSSESSIVE_RE.sub("", w).lower() for w in qual if len(w) >= 4} - {
                "representing", "with", "from", "that", "this", "their", "said"}
            if spokes and not content:
                continue  # a bare "a spokesman said" stays anonymous
            need_overlap = spokes or any(w[:1].isupper() for w in qual)
            seen = (title + " " + " ".join(paragraphs[:i + 1])).lower()
            hit = None
            for j in range(i + 1, min(i + 4, n)):
                for spk in out[j]:
                    sw = spk.split()
                    if len(sw) < 2 or not all(w[:1].isupper() for w in sw) or sw[-1].lower() in seen:
                        continue
                    at = paragraphs[j].find(sw[-1])
                    if at < 0:
                        continue
                    lo = paragraphs[j].find(sw[0]) if 0 <= paragraphs[j].find(sw[0]) < at else at
                    near = [w.lower() for w in _WORD_RE.findall(paragraphs[j][max(0, lo - 50):at + len(sw[-1]) + 60])]
                    if owned > 0:  # every role word of an owned role near the name, nothing less
                        hit = spk if all(w.lower() in near for w in words[1:]) else None
                    elif (head in near or spokes and any(w.startswith("spokes") for w in near)) and (
                            not need_overlap or content.intersection(near)):
                        hit = spk
                    elif j == i + 1 and not spokes and not _OTHER_ROLES.intersection(near):
                        hit = spk
                    if hit:
                        break
                if hit:
                    break
            if hit:
                new = [hit if x == d else x for x in out[i]]
                out[i] = tuple(dict.fromkeys(new))


def _introduces(found: tuple[_ParaResult, str, list[_Tok]]) -> bool:
    """Can this paragraph introduce an unmarked quotation? Its attribution is in one of its last two sentences
    ("… Zuckerberg said at the trial. They take time to cultivate.") and it uses no quotation marks: a writer who
    has just quoted the speaker with marks and moved on to narration ("…,” they said in an email. It's unclear
    …") is not handing over to a blockquote."""
    res, masked, _ = found
    if '"' in masked or not res.cands:
        return False
    starts = _sentence_starts(masked)
    return max(c.pos for c in res.cands) >= starts[max(len(starts) - 2, 0)]


def _first_person_runs(out: list[tuple[str, ...]], found: Sequence[tuple[_ParaResult, str, list[_Tok]]]) -> None:
    """Blockquotes flattened to text: a run of first-person paragraphs outside quotation marks, with no attribution
    of their own, right after a paragraph with one speaker, continues that speaker ("Askar wrote in a blog post …"
    then "In my case, I chose …"). Only in articles that open in the third person, so that a column written as
    "I" does not turn into quotes; the run may bridge up to ``_RUN_GAP`` unattributed paragraphs without a
    person pronoun when it resumes in the first person right after them."""
    n = len(out)
    voiced = [bool(_FIRST_PERSON_RE.search(m)) for _, m, _ in found]
    if not any(voiced):
        return
    # "I recommended", "we said" inside the run are the quoted writer's own verbs, not another attribution
    first = [v and all(c.kind == "pron" and c.text in {"i", "we"} for c in res.cands)
             for v, (res, _, _) in zip(voiced, found, strict=True)]
    fills: list[tuple[int, str]] = []
    i = 0
    while i < n:
        if voiced[i] and not out[i]:
            return  # a first-person paragraph no run explains: the article speaks as "I" (a column, a feature)
        if i + 1 >= n or len(out[i]) != 1 or not first[i + 1] or out[i + 1] or not _introduces(found[i]):
            i += 1
            continue
        last = i
        j = i + 1
        while j < n and j - last <= _RUN_GAP + 1 and not out[j] and (first[j] or not found[j][0].cands):
            if first[j]:
                fills += [(k, out[i][0]) for k in range(last + 1, j + 1)]
                last = j
            elif _THIRD_PERSON_RE.search(found[j][1]):
                break
            j += 1
        i = last + 1
    for k, spk in fills:
        out[k] = (spk,)
