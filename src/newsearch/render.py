"""Turn hits and records into text, JSON, JSON Lines or CSV. Imports neither click nor whoosh.

Highlight markup is chosen here, from the character spans carried by each ``Hit``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from newsearch.models import (
    HEADLINE,
    FacetCount,
    Hit,
    IndexStats,
    IndexSummary,
    Record,
    SearchResult,
    format_date,
)

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


def _clip(text: str, width: int = 300) -> str:
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    return text[:cut if cut > width // 2 else width].rstrip() + " …"


def hits_text(hits: Iterable[Hit], *, highlight: str = "none", color: bool = False, total: int | None = None,
              total_exact: bool = True,
              context: Mapping[str, Sequence[Record]] | None = None) -> str:
    """Human-readable hits: rank, title, paragraph, source, date, author, path, speakers, then the marked snippet,
    with the neighbouring paragraphs of ``context`` dimmed above and below it."""
    lines: list[str] = []
    shown = 0
    for hit in hits:
        shown += 1
        r = hit.record
        lines.append(f"{_style(f'{hit.rank:>2}.', _BOLD, color)} {_style(record_header(r), _BOLD, color)}")
        facts = [r.source or "source unknown", format_date(r.date) or "date unknown"]
        if r.author:
            facts.append(f"by {r.author}")
        lines.append("    " + _style(" · ".join(facts) + f" · {r.path}", _CYAN, color))
        if r.speakers:
            lines.append("    speakers: " + "; ".join(r.speakers))
        around = list(context.get(r.id, ())) if context else []
        for c in (c for c in around if c.paragraph < r.paragraph):
            lines.append(_style(f"    ¶{c.paragraph} │ {_clip(c.text)}", _DIM, color))
        marked = mark(hit.snippet, hit.snippet_spans, highlight)
        lines.append(f"    ¶{r.paragraph} │ {marked}" if around else "    " + marked)
        for c in (c for c in around if c.paragraph > r.paragraph):
            lines.append(_style(f"    ¶{c.paragraph} │ {_clip(c.text)}", _DIM, color))
        lines.append("")
    if total is not None and shown:
        about = "" if total_exact else "at least "
        lines.append(_style(f"{shown} shown of {about}{total:,} matching records", _DIM, color))
    return "\n".join(lines)


def facets_text(facets: Mapping[str, Sequence[FacetCount]], *, color: bool = False) -> str:
    """Each facet as a heading and aligned ``count  value`` lines."""
    blocks = []
    for name, counts in facets.items():
        lines = [_style(f"{name}:", _BOLD, color)]
        if not counts:
            lines.append("  (none)")
        width = max((len(str(c.count)) for c in counts), default=1)
        lines += [f"  {c.count:>{width}}  {c.value if c.value is not None else '(none)'}" for c in counts]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def suggestions_text(result: SearchResult) -> str:
    """"did you mean" lines for stderr (empty when there is nothing to suggest)."""
    lines = []
    query_fixes = [s for s in result.suggestions if not s.field.startswith("--")]
    if query_fixes:
        lines.append(f"did you mean: {query_fixes[0].query}")
    for s in result.suggestions:
        if s.field.startswith("--"):
            lines.append(f"did you mean: {s.field} {json.dumps(s.replacement, ensure_ascii=False)} "
                         f"(no {s.field[2:]} {s.original!r} in the index)")
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


def _hit_rows(hits: Sequence[Hit], highlight: str, context: Mapping[str, Sequence[Record]] | None,
              ) -> list[dict[str, Any]]:
    rows = []
    for h in hits:
        row = h.as_dict()
        if highlight != "none":
            row["marked"] = mark(h.snippet, h.snippet_spans, highlight)
        if context is not None:
            row["context"] = [r.as_dict() for r in context.get(h.record.id, ())]
        rows.append(row)
    return rows


def hits_out(hits: Sequence[Hit], fmt: str, *, highlight: str = "none", color: bool = False,
             total: int | None = None, context: Mapping[str, Sequence[Record]] | None = None) -> str:
    """Hits in ``fmt``. Machine formats carry ``spans``/``snippet_spans``; ``marked`` (the snippet with markup) is
    added when ``highlight`` is not "none", ``context`` (a list of records) when context was fetched."""
    if fmt == "text":
        return hits_text(hits, highlight=highlight, color=color, total=total, context=context)
    columns = HIT_COLUMNS + (("marked",) if highlight != "none" else ()) + (("context",) if context is not None
                                                                             else ())
    return dicts_out(_hit_rows(hits, highlight, context), fmt, columns)


def result_out(result: SearchResult, fmt: str, *, highlight: str = "none", color: bool = False,
               context: bool = False) -> str:
    """A whole ``SearchResult``: the hits, then (text) the facets and the count. ``json`` is the list of hits, or,
    when facets were asked for, ``{"query", "total", "total_exact", "offset", "hits", "facets",
    "suggestions"}``."""
    ctx = result.context if context else None
    if fmt == "text":
        parts = [hits_text(result.hits, highlight=highlight, color=color, total=result.total,
                           total_exact=result.total_exact, context=ctx)]
        if result.facets:
            parts.append(facets_text(result.facets, color=color))
        return "\n\n".join(p for p in parts if p)
    if fmt == "json" and result.facets:
        envelope = result.as_dict()
        envelope["hits"] = _hit_rows(result.hits, highlight, ctx)
        return json.dumps(envelope, ensure_ascii=False, indent=2)
    return hits_out(result.hits, fmt, highlight=highlight, color=color, total=result.total, context=ctx)


def counts_out(counts: Sequence[FacetCount], fmt: str, *, label: str = "value", color: bool = False) -> str:
    """A ranked list of ``(value, count)``: aligned text, or rows ``{label: value, "count": n}``."""
    if fmt == "text":
        width = max((len(str(c.count)) for c in counts), default=1)
        return "\n".join(f"{_style(f'{c.count:>{width}}', _BOLD, color)}  {c.value}" for c in counts)
    return dicts_out([{label: c.value, "count": c.count} for c in counts], fmt, (label, "count"))


def summary_out(summary: IndexSummary, fmt: str) -> str:
    """``newsearch stats``: aligned ``key  value`` lines, or one JSON object / JSON line / CSV row."""
    row = summary.as_dict()
    if fmt == "json":
        return json.dumps(row, ensure_ascii=False, indent=2)
    if fmt in ("jsonl", "csv"):
        return dicts_out([row], fmt, tuple(row))
    size = summary.size_bytes
    human = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.1f} kB"
    dates = (f"{format_date(summary.first_date)} … {format_date(summary.last_date)}" if summary.first_date
             else "no dates")
    items = [("index", summary.index_dir), ("articles", summary.articles), ("paragraphs", summary.paragraphs),
             ("headlines", summary.headlines), ("sources", summary.sources), ("speakers", summary.speakers),
             ("authors", summary.authors), ("dates", dates), ("undated records", summary.undated),
             ("size", human), ("schema version", summary.schema_version)]
    width = max(len(k) for k, _v in items)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in items)


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
