"""Article-level metadata from text: byline, publisher (source), publication date.

Small pure functions. Speakers live in ``newsearch.speakers``.

Metadata comes from several places; the first that knows a field wins:

1. explicit metadata given by the user (``newsearch index --meta source=Reuters``, a ``metadata.jsonl`` next to
   the articles),
2. metadata in the file (front matter, JSON-LD and ``<meta>`` tags in HTML, keys in JSON exports),
3. the text itself: the byline, a dateline such as ``WASHINGTON (Reuters) -``, "X reports", a date in the file name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from newsearch.models import Article

# --- byline -------------------------------------------------------------------------------------------------

_NAME_PARTICLES = {"and", "&", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von",
                   "al", "el", "bin", "ibn", "y", "of"}
_BYLINE = re.compile(r"^(?:by|BY|By)[:\s]\s*(.+?)\s*$")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.)$")
_AFFILIATION = re.compile(r"^(?:reuters?|ap|afp|bloomberg|staff(?: writer| reporter)?|correspondent|"
                          r"associated press|the associated press|[\w .'-]{0,40}(?:correspondent|editor|reporter|"
                          r"writer))$", re.I)


def _titlecase_if_shouting(name: str) -> str:
    if name.isupper() and any(c.isalpha() for c in name):
        return " ".join(w if w.lower() == "and" else "-".join(p.capitalize() for p in w.split("-"))
                        for w in name.lower().split()).replace(" And ", " and ")
    return name


def _fix_apostrophe_case(name: str) -> str:
    # "D'afflisio" -> "D'Afflisio", "O'brien" -> "O'Brien"
    return re.sub(r"\b([A-Z])'([a-z])", lambda m: f"{m.group(1)}'{m.group(2).upper()}", name)


def parse_byline(line: str) -> str | None:
    """The author named by a byline line ("By Janie Gabbett, Reuters" -> "Janie Gabbett"), else None.

    Conservative on purpose: "By contrast, the bank ..." or "By end-1986, ..." are body text, not bylines.
    """
    line = line.strip()
    if len(line) > 120:
        return None
    m = _BYLINE.match(line)
    if not m:
        return None
    rest = m.group(1)
    parts = [p.strip() for p in re.split(r"\s*[,|;]\s*|\s+[-–—]\s+", rest) if p.strip()]
    if not parts:
        return None
    names, extra = parts[0], [e.rstrip(".") for e in parts[1:]]
    if any(not _AFFILIATION.match(e) and not _looks_like_name(e) for e in extra) or len(extra) > 2:
        return None
    wire = any(_AFFILIATION.match(e) for e in extra)
    if not _looks_like_name(names) and not (wire and _loose_name(names)):
        return None
    if wire and not _looks_like_name(names):
        names = " ".join(w if w.lower() in _NAME_PARTICLES else w[:1].upper() + w[1:] for w in names.split())
    extra_names = [e for e in extra if not _AFFILIATION.match(e) and _looks_like_name(e)]
    author = ", ".join([names, *extra_names])
    return _fix_apostrophe_case(_titlecase_if_shouting(author))


def _looks_like_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 9 or any(ch.isdigit() for ch in text):
        return False
    capitalised = 0
    for w in words:
        if w.lower() in _NAME_PARTICLES:
            continue
        if not _NAME_WORD.match(w):
            return False
        capitalised += 1
    return capitalised >= 1 and not text.endswith((".", ":")) or bool(re.search(r"\b[A-Z]\.$", text))


def _loose_name(text: str) -> bool:
    """Two to five letter-only words: a name written in any case ("keith grant", "TED d'AFFLISIO")."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(re.fullmatch(r"[^\W\d_][\w'’.-]*", w) for w in words)


def clean_author(value: str) -> str | None:
    """An author value from metadata, normalised like a byline ("By X, Reuters" -> "X")."""
    value = value.strip()
    if not value:
        return None
    as_byline = parse_byline(value if value.lower().startswith("by") else f"By {value}")
    return as_byline or value


# --- source -------------------------------------------------------------------------------------------------

#: "WASHINGTON (Reuters) -", "LONDON, Aug 21 (Reuters) -", "NEW YORK (AP) —", "(CNN) —", "(CNN)The …"
_DATELINE_SOURCE = re.compile(
    r"^(?:[A-Z][A-Za-z.,' -]{1,60}?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*)?\(([A-Z][\w.& -]{1,30})\)"
    r"\s*(?:[-–—―:]|(?=[A-Z“\"]))")
_OUTLET_ALIASES = {"ap": "Associated Press", "afp": "AFP", "reuter": "Reuters"}
#: "…, Caliber.Az reports." / "…, Caliber.Az reports via POLITICO." (present tense: the publisher speaking)
_REPORTS = re.compile(r"(?:^|[,;]\s+)((?:[A-Z][\w.&'-]*)(?:\s+[A-Z][\w.&'-]*){0,3})\s+reports\b"
                      r"(?:\s+(?:via|citing)\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})?\s*[.,;]?\s*$")


def source_from_text(paragraphs: tuple[str, ...]) -> str | None:
    """The publisher named by the text: a wire dateline, or "X reports" closing a sentence of the first paragraphs."""
    for para in paragraphs[:2]:
        m = _DATELINE_SOURCE.match(para)
        if m:
            name = m.group(1).strip()
            return _OUTLET_ALIASES.get(name.lower(), name)
    for para in paragraphs[:4]:
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", para):
            m = _REPORTS.search(sentence)
            if m and m.group(1).lower() not in {"he", "she", "it", "they", "this", "the"}:
                return m.group(1)
    return None


# --- dates --------------------------------------------------------------------------------------------------

_DATE_LINE_WORDS = re.compile(
    r"(?i)\b(?:published|updated|posted|last|modified|first|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|"
    r"et|edt|est|ct|cdt|cst|pt|pdt|pst|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|"
    r"wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|st|nd|rd|th)\b")


def date_line(text: str) -> datetime | None:
    """The date of a paragraph that is only a date ("August 21, 2025", "Published 21 Aug 2025 10:00 GMT"),
    else None. Such lines are metadata, not paragraphs."""
    if len(text) > 80 or len(text.split()) > 12:
        return None
    rest = re.sub(r"[\d\s.,:/|()+-]+", "", _DATE_LINE_WORDS.sub("", text))
    if rest:
        return None
    from newsearch.ingest.dates import parse_date

    return parse_date(text)

_FILENAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def date_from_filename(name: str) -> datetime | None:
    """A date written in a file name: ``2025-08-21-story.txt``, ``20250821_story.txt``, ``2025_08_21``."""
    for m in _FILENAME_DATE.finditer(name):
        try:
            return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def parse_date_value(value: Any) -> datetime | None:
    """A metadata date (ISO 8601 text, free-form text, or a datetime) as a naive UTC datetime, else None."""
    if isinstance(value, datetime):
        from newsearch.ingest.dates import to_naive_utc

        return to_naive_utc(value)
    if not isinstance(value, str) or not value.strip():
        return None
    from newsearch.ingest.dates import parse_date, to_naive_utc

    try:  # metadata files usually carry ISO 8601; any year is fine there (Reuters-21578 is from 1987)
        return to_naive_utc(datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
    except ValueError:
        return parse_date(value.strip())


# --- merging ------------------------------------------------------------------------------------------------

_META_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "source": ("source", "publisher", "publication", "outlet", "site_name"),
    "author": ("author", "authors", "byline"),
    "date": ("date", "published", "published_at", "datepublished", "pubdate"),
    "url": ("url", "link"),
}


def apply_metadata(article: Article, meta: Mapping[str, Any]) -> Article:
    """The article with every field that ``meta`` gives (under a common key name) replaced by meta's value.

    Empty values are ignored; a date that cannot be read is ignored rather than guessed.
    """
    if not meta:
        return article
    lowered = {str(k).lower(): v for k, v in meta.items()}
    changes: dict[str, Any] = {}
    for fld, keys in _META_KEYS.items():
        for key in keys:
            value = lowered.get(key)
            if value is None or value == "" or value == []:
                continue
            if fld == "date":
                parsed = parse_date_value(value)
                if parsed is None:
                    continue
                changes["date"] = parsed
            elif fld == "author":
                if isinstance(value, list):
                    value = ", ".join(str(v) for v in value if v)
                author = clean_author(str(value))
                if author:
                    changes["author"] = author
            else:
                changes[fld] = str(value).strip()
            break
    return replace(article, **changes) if changes else article


def fill_from_text(article: Article, filename: str) -> Article:
    """Fill the fields the file's metadata left empty from the text itself and the file name."""
    changes: dict[str, Any] = {}
    if article.source is None:
        source = source_from_text(article.paragraphs)
        if source:
            changes["source"] = source
    if article.date is None:
        date = date_from_filename(filename)
        if date is not None:
            changes["date"] = date
    return replace(article, **changes) if changes else article
