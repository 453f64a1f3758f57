"""Reader for JSON and JSON Lines exports of articles: one :class:`Article` per article object.

``.json``: one object, a list of objects, or an object holding the list under ``articles``/``items``/
``data``/``results``/``docs``/``posts``/``entries``/``records``.  ``.jsonl``: one object per line; bad
lines are skipped and counted.  Key names are matched case-insensitively (see ``_KEYS``).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from newsearch.errors import ArticleParseError
from newsearch.ingest.dates import parse_date
from newsearch.models import Article

__all__ = ["read_json", "article_from_object"]

_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "name", "heading"),
    "body": ("text", "body", "content", "article", "articlebody", "article_body", "body_text", "fulltext",
             "full_text", "maintext", "paragraphs", "story", "description_full"),
    "date": ("date", "published", "published_at", "publishedat", "datepublished", "date_published", "pubdate",
             "pub_date", "publish_date", "publication_date", "created_at", "timestamp", "time", "datetime",
             "date_publish", "updated_at", "modified"),
    "source": ("source", "publisher", "site", "site_name", "sitename", "outlet", "source_name", "domain",
               "publication", "newspaper", "feed"),
    "author": ("author", "authors", "byline", "creator", "writer", "by"),
    "url": ("url", "link", "href", "canonical_url", "permalink", "uri", "source_url"),
}
_CONTAINERS = ("articles", "items", "data", "results", "docs", "documents", "posts", "entries", "records",
               "stories", "news", "hits")
_NO_ARTICLES = "no article objects found: expected objects with a 'text'/'body'/'content' key"


def _get(obj: dict[str, Any], field: str) -> Any:
    lowered = {str(k).lower(): v for k, v in obj.items()}
    for key in _KEYS[field]:
        if key in lowered and lowered[key] not in (None, "", [], {}):
            return lowered[key]
    return None


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        for key in ("name", "title", "text", "value", "#text"):
            if key in value:
                return _as_text(value[key])
        return ""
    if isinstance(value, list):
        return ", ".join(t for t in (_as_text(v) for v in value) if t)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _paragraphs(value: Any) -> list[str]:
    if isinstance(value, str):
        text = value.replace("\r\n", "\n").replace("\r", "\n")
        parts = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
        return [" ".join(p.split()) for p in parts if p.strip()]
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            if isinstance(item, str):
                out.extend(_paragraphs(item))
            elif isinstance(item, dict):
                out.extend(_paragraphs(_as_text(item)))
        return out
    if isinstance(value, dict):
        return _paragraphs(_as_text(value))
    return []


def _date(value: Any) -> datetime | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = float(value) / (1000.0 if value > 1e11 else 1.0)
        if 0 < seconds < 4.2e9:
            return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)
        return None
    if isinstance(value, dict):
        for key in ("$date", "date", "value"):
            if key in value:
                return _date(value[key])
        return None
    if isinstance(value, str):
        s = value.strip()
        if re.fullmatch(r"\d{10}(?:\d{3})?", s):
            return _date(int(s))
        return parse_date(s)
    return None


def article_from_object(obj: dict[str, Any], path: str) -> Article | None:
    """The :class:`Article` an export object describes, or ``None`` when it has no body text."""
    paragraphs = _paragraphs(_get(obj, "body"))
    if not paragraphs:
        return None
    title = _as_text(_get(obj, "title"))
    author = _as_text(_get(obj, "author")) or None
    source = _as_text(_get(obj, "source")) or None
    url = _as_text(_get(obj, "url")) or None
    if title and paragraphs and " ".join(paragraphs[0].split()) == title:
        paragraphs = paragraphs[1:] or paragraphs
    return Article(
        path=path,
        title=title or paragraphs[0][:120],
        paragraphs=tuple(paragraphs),
        author=author,
        source=source,
        date=_date(_get(obj, "date")),
        url=url,
        article_id="",
        format="json",
    )


def _objects(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        lowered = {str(k).lower(): v for k, v in data.items()}
        for key in _CONTAINERS:
            value = lowered.get(key)
            if isinstance(value, list) and any(isinstance(v, dict) for v in value):
                return value
            if isinstance(value, dict):
                inner = _objects(value)
                if inner and inner != [value]:
                    return inner
        return [data]
    return []


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


def read_json(data: bytes, path: str) -> list[Article]:
    """Read a ``.json`` or ``.jsonl`` export; raises :class:`ArticleParseError` when nothing is an article."""
    text = _decode(data)
    if not text.strip():
        raise ArticleParseError("empty file: no JSON to read")
    lines_mode = path.lower().endswith((".jsonl", ".ndjson"))
    objects: list[Any] = []
    bad = 0
    if not lines_mode:
        try:
            objects = _objects(json.loads(text))
        except (ValueError, RecursionError):
            lines_mode = True  # perhaps JSON Lines under a .json name
    if lines_mode:
        for line in text.splitlines():
            line = line.strip()
            if not line:
                continue
            try:
                objects.append(json.loads(line))
            except (ValueError, RecursionError):
                bad += 1
    articles = [a for a in (article_from_object(o, path) for o in objects if isinstance(o, dict)) if a]
    if not articles:
        if bad and not objects:
            raise ArticleParseError(f"not valid JSON or JSON Lines ({bad} unreadable lines)")
        extra = f"; {bad} unreadable lines skipped" if bad else ""
        raise ArticleParseError(_NO_ARTICLES + extra)
    return articles
