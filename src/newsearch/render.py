"""Turn hits and records into text, JSON, JSON Lines or CSV. Imports neither click nor whoosh.

Highlight markup is chosen here, from the character spans carried by each ``Hit``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from newsearch.models import HEADLINE, Hit, IndexStats, Record, format_date

FORMATS = ("text", "json", "jsonl", "csv")
HIGHLIGHTS = ("ansi", "markdown", "html", "none")

_BOLD_YELLOW = "\x1b[1;33m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_CYAN = "\x1b[36m"
_RESET = "\x1b[0m"


def mark(text: str, spans: Sequence[tuple[int, int]], style: str) -> str:
    """``text`` with each span wrapped in the markup of ``style`` (ansi, markdown, html, none)."""
    if style == "html":
        import html as _html

        out, pos = [], 0
        for a, b in sorted(spans):
            if a < pos:
                continue
            out += [_html.escape(text[pos:a]), "<mark>", _html.escape(text[a:b]), "</mark>"]
            pos = b
        out.append(_html.escape(text[pos:]))
        return "".join(out)
    if style == "none" or not spans:
        return text
    before, after = {"ansi": (_BOLD_YELLOW, _RESET), "markdown": ("**", "**")}[style]
    out, pos = [], 0
    for a, b in sorted(spans):
        if a < pos:
            continue
        # merge adjacent matches ("security guarantees") into one marked run
        out += [text[pos:a], before, text[a:b], after]
        pos = b
    out.append(text[pos:])
    joined = "".join(out)
    return joined.replace(f"{after} {before}", " ")


def _style(s: str, code: str, color: bool) -> str:
    return f"{code}{s}{_RESET}" if color else s


def record_header(record: Record) -> str:
    where = "headline" if record.kind == HEADLINE else f"¶{record.paragraph}"
    return f"{record.title}  [{where}]"


def hits_text(hits: Iterable[Hit], *, highlight: str = "none", color: bool = False, total: int | None = None,
              ) -> str:
    """Human-readable hits: rank, title, paragraph, speakers, source, date, path, then the marked snippet."""
    lines: list[str] = []
    for hit in hits:
        r = hit.record
        lines.append(f"{_style(f'{hit.rank:>2}.', _BOLD, color)} {_style(record_header(r), _BOLD, color)}")
        facts = [r.source or "source unknown", format_date(r.date) or "date unknown"]
        if r.author:
            facts.append(f"by {r.author}")
        lines.append("    " + _style(" · ".join(facts) + f" · {r.path}", _CYAN, color))
        if r.speakers:
            lines.append("    speakers: " + "; ".join(r.speakers))
        lines.append("    " + mark(hit.snippet, hit.snippet_spans, highlight))
        lines.append("")
    if total is not None and lines:
        shown = sum(1 for _ in lines if _ == "")
        lines.append(_style(f"{shown} shown of {total} matching records", _DIM, color))
    return "\n".join(lines)


def _csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                         for k, v in row.items()})
    return buf.getvalue().rstrip("\n")


RECORD_COLUMNS = ("id", "article_id", "path", "title", "paragraph", "kind", "text", "speakers", "source", "date",
                  "author", "cites", "quotes", "url")
HIT_COLUMNS = ("rank", "score", *RECORD_COLUMNS, "spans", "snippet", "snippet_spans")


def dicts_out(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str]) -> str:
    """JSON (a list), JSON Lines or CSV for rows of plain dicts."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    if fmt == "csv":
        return _csv(rows, columns)
    raise ValueError(f"unknown format {fmt!r}")


def hits_out(hits: Sequence[Hit], fmt: str, *, highlight: str = "none", color: bool = False,
             total: int | None = None) -> str:
    if fmt == "text":
        return hits_text(hits, highlight=highlight, color=color, total=total)
    rows = [h.as_dict() for h in hits]
    if highlight != "none" and fmt != "text":
        for row, h in zip(rows, hits, strict=True):
            row["marked"] = mark(h.snippet, h.snippet_spans, highlight)
    return dicts_out(rows, fmt, HIT_COLUMNS + (("marked",) if highlight != "none" else ()))


def records_text(records: Iterable[Record]) -> str:
    lines = []
    for r in records:
        lines.append(f"{r.id}  {record_header(r)}")
        facts = [r.source or "source unknown", format_date(r.date) or "date unknown"]
        if r.author:
            facts.append(f"by {r.author}")
        lines.append("    " + " · ".join(facts) + f" · {r.path}")
        if r.speakers:
            lines.append("    speakers: " + "; ".join(r.speakers))
        if r.cites:
            lines.append("    cites: " + "; ".join(r.cites))
        lines.append("    " + r.text)
        lines.append("")
    return "\n".join(lines)


def records_out(records: Sequence[Record], fmt: str) -> str:
    if fmt == "text":
        return records_text(records)
    return dicts_out([r.as_dict() for r in records], fmt, RECORD_COLUMNS)


def stats_line(stats: IndexStats) -> str:
    """One-line summary of an indexing run."""
    return (f"indexed {stats.files_seen} files into {stats.index_dir}/ in {stats.seconds:.1f}s: "
            f"{stats.added} added, {stats.updated} updated, {stats.removed} removed, {stats.skipped} unchanged, "
            f"{stats.failed} failed ({stats.articles} articles, {stats.records} records written)")
