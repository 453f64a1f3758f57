"""Reader for Markdown articles (``.md``, ``.markdown``): one :class:`Article` per file.

Optional front matter between ``---`` lines gives ``title``, ``date``, ``source``, ``author``, ``url``
(simple ``key: value`` lines, parsed here: no YAML dependency).  Without a title there, the first
``# heading`` is the title.  Body paragraphs are blank-line separated blocks with their lines joined;
headings, code blocks, images, tables' rule lines and horizontal rules are not paragraphs; inline
markup is stripped; prose list items become paragraphs.
"""

from __future__ import annotations

import re

from newsearch.errors import ArticleParseError
from newsearch.ingest.dates import parse_date
from newsearch.models import Article

__all__ = ["read_markdown", "strip_inline", "parse_front_matter"]

_FRONT_KEYS = {
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "published_at": "date", "pubdate": "date", "datepublished": "date",
    "source": "source", "publisher": "source", "site": "source", "site_name": "source", "outlet": "source",
    "author": "author", "authors": "author", "byline": "author",
    "url": "url", "link": "url", "canonical_url": "url", "permalink": "url",
}


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


def parse_front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """Front matter fields and the index of the first body line (0 when there is no front matter)."""
    if not lines or lines[0].strip() not in {"---", "+++"}:
        return {}, 0
    fence = lines[0].strip()
    fields: dict[str, str] = {}
    current: str | None = None
    items: list[str] = []
    for i in range(1, min(len(lines), 400)):
        line = lines[i]
        if line.strip() in {fence, "..."}:
            if current and items:
                fields.setdefault(current, ", ".join(items))
            return fields, i + 1
        item = re.match(r"^\s+-\s+(.*)$", line)
        if item and current:
            items.append(_unquote(item.group(1)))
            continue
        if current and items:
            fields.setdefault(current, ", ".join(items))
        current, items = None, []
        m = re.match(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$", line)
        if not m:
            continue
        key = _FRONT_KEYS.get(m.group(1).lower().replace("-", "_"))
        if key is None:
            continue
        value = m.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            value = ", ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
        value = _unquote(value)
        if value:
            fields.setdefault(key, value)
        else:
            current = key
    return {}, 0  # no closing fence: not front matter


_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_EMPH = re.compile(r"(\*\*\*|\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`+([^`]*)`+")


def strip_inline(text: str) -> str:
    """Plain text of a Markdown line: emphasis, links, images, code spans, HTML tags removed."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(3):
        new = _EMPH.sub(r"\2", text)
        if new == text:
            break
        text = new
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>~|])", r"\1", text)
    return " ".join(text.split())


_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_LIST = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _is_prose(text: str) -> bool:
    return len(text.split()) >= 4 or bool(re.search(r"[.!?…:;\"”]$", text))


def read_markdown(data: bytes, path: str) -> list[Article]:
    """Read one Markdown article; raises :class:`ArticleParseError` when it has no text."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleParseError("binary data, not a Markdown file")
    from newsearch.ingest.text import decode_bytes  # UTF-8/UTF-16 BOMs, legacy encodings sniffed

    text = decode_bytes(data).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    fields, start = parse_front_matter(lines)
    title = fields.get("title", "")
    paragraphs: list[str] = []
    buf: list[str] = []
    kind = ""  # "p", "li", "quote"
    in_code = False
    fence = ""

    def flush() -> None:
        nonlocal kind
        if buf:
            joined = strip_inline(" ".join(buf))
            if joined and (kind != "li" or _is_prose(joined)):
                paragraphs.append(joined)
        buf.clear()
        kind = ""

    i = start
    while i < len(lines):
        line = lines[i]
        i += 1
        if in_code:
            if line.strip().startswith(fence):
                in_code = False
            continue
        m = _FENCE.match(line)
        if m:
            flush()
            in_code, fence = True, m.group(1)
            continue
        if not line.strip():
            flush()
            continue
        if line.startswith(("    ", "\t")) and kind == "":
            continue  # indented code block
        m = _HEADING.match(line)
        if m:
            flush()
            if not title and len(m.group(1)) == 1:
                title = strip_inline(m.group(2))
            continue
        if buf and kind == "p" and _SETEXT.match(line):
            heading = strip_inline(" ".join(buf))
            buf.clear()
            kind = ""
            if not title and line.strip().startswith("="):
                title = heading
            continue
        if _RULE.match(line) or _REF_DEF.match(line) or _TABLE_RULE.match(line):
            flush()
            continue
        m = _LIST.match(line)
        if m:
            flush()
            kind = "li"
            buf.append(m.group(1))
            continue
        m = _QUOTE.match(line)
        if m:
            if kind != "quote":
                flush()
                kind = "quote"
            if m.group(1).strip():
                buf.append(m.group(1))
            else:
                flush()
                kind = "quote"
            continue
        if not kind:
            kind = "p"
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            stripped = " ".join(c.strip() for c in stripped.strip("|").split("|"))
        buf.append(stripped)
    flush()
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs and not title:
        raise ArticleParseError("no text found in the Markdown file")
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise ArticleParseError("no body paragraphs in the Markdown file (only a heading)")
    date = parse_date(fields["date"]) if fields.get("date") else None
    return [
        Article(
            path=path,
            title=title or paragraphs[0][:120],
            paragraphs=tuple(paragraphs),
            author=fields.get("author") or None,
            source=fields.get("source") or None,
            date=date,
            url=fields.get("url") or None,
            article_id="",
            format="md",
        )
    ]
