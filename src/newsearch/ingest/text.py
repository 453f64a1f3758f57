"""Plain-text articles: decoding, front matter, paragraph splitting, byline.

Two layouts are recognised:

* the seed layout: title on the first line, one paragraph per line, an optional ``By Author`` last line;
* the hard-wrapped layout: paragraphs separated by blank lines, lines inside a paragraph joined with a space.

A file that has blank lines between its blocks is read in the hard-wrapped layout; one block per line is the
same thing as one paragraph per line, so both layouts agree on seed files that happen to have blank lines.
"""

from __future__ import annotations

import re

from newsearch.errors import ArticleParseError
from newsearch.extract import date_line, parse_byline
from newsearch.models import Article

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_bytes(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with BOM, cp1252, else the encoding bs4's UnicodeDammit
    sniffs.

    Raises ArticleParseError for data that is not text at all.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleParseError(f"invalid UTF-16 text ({exc.reason})") from None
    head = data[:8192]
    if b"\x00" in head:
        raise ArticleParseError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Western news text that is not UTF-8 is almost always cp1252 (a superset of latin-1 for printable text).
        # Decided here, not by UnicodeDammit: with charset-normalizer or chardet installed (requests pulls one in)
        # it guesses from short texts, e.g. cp1250 for "naïvely", so the same file would read differently
        # depending on unrelated packages.
        legacy = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if not (_CONTROL.search(legacy[:8192]) and len(_CONTROL.findall(legacy[:8192])) > 8):
            return legacy
    from bs4.dammit import UnicodeDammit  # lazy: only legacy encodings pay for it

    dammit = UnicodeDammit(data, known_definite_encodings=[], is_html=False)
    if dammit.unicode_markup is None:
        raise ArticleParseError("could not determine the text encoding")
    text: str = dammit.unicode_markup
    if _CONTROL.search(text[:8192]) and len(_CONTROL.findall(text[:8192])) > 8:
        raise ArticleParseError("binary file (control characters), not text")
    return text


def clean_line(line: str) -> str:
    """One line with runs of white space collapsed and control characters removed."""
    return _SPACES.sub(" ", _CONTROL.sub("", line)).strip()


def split_blocks(text: str) -> list[str]:
    """Paragraph texts of a plain-text body, in either layout (see the module docstring)."""
    lines = text.strip().split("\n")
    has_blank_separators = any(not line.strip() for line in lines)
    blocks: list[str] = []
    if has_blank_separators:
        current: list[str] = []
        for line in lines:
            cleaned = clean_line(line)
            if cleaned:
                current.append(cleaned)
            elif current:
                blocks.append(" ".join(current))
                current = []
        if current:
            blocks.append(" ".join(current))
    else:
        blocks = [c for c in (clean_line(line) for line in lines) if c]
    return blocks


def read_text(data: bytes, path: str) -> list[Article]:
    """One Article from a plain-text file (see the module docstring for the layouts)."""
    text = _NEWLINES.sub("\n", decode_bytes(data))
    from newsearch.ingest.markdown import parse_front_matter

    lines = text.split("\n")
    meta, start = parse_front_matter(lines)
    body = "\n".join(lines[start:]) if start else text
    blocks = split_blocks(body)
    title = meta.get("title", "")
    if not title:
        if not blocks:
            raise ArticleParseError("empty file: no title and no text")
        title = blocks.pop(0)
    author = None
    date = None
    # A byline and a date line may follow the headline ("By Jane Doe" / "August 21, 2025") or close the text.
    for _ in range(2):
        if not blocks:
            break
        if author is None and (byline := parse_byline(blocks[0])) is not None:
            author = byline
            blocks.pop(0)
        elif date is None and (when := date_line(blocks[0])) is not None:
            date = when
            blocks.pop(0)
    if blocks and author is None:
        byline = parse_byline(blocks[-1])
        if byline is not None:
            author = byline
            blocks.pop()
    if not blocks and not title:
        raise ArticleParseError("no text")
    from newsearch.extract import apply_metadata

    article = Article(path=path, title=title, paragraphs=tuple(blocks), author=author, date=date, format="txt")
    # front matter is metadata in the file: it wins over what the text says (byline, date line)
    return [apply_metadata(article, meta)]
