"""Match positions and snippets: which characters of a paragraph the query matched, computed from the analyser."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from newsearch.querylang import PROSE_FIELDS
from newsearch.schema import news_analyzer

SNIPPET_CHARS = 300


# -- match positions and snippets ----------------------------------------------------------------------------------
def match_terms(q: Any, reader: Any) -> set[str]:
    """Index terms (analysed) that the query matches in the prose fields, wildcards and fuzzy terms expanded.
    ``existing_terms`` skips the excluded (NOT) parts."""
    terms: set[str] = set()
    for fieldname, value in q.existing_terms(reader, phrases=True, expand=True):
        if fieldname in PROSE_FIELDS:
            terms.add(value.decode("utf-8") if isinstance(value, bytes) else str(value))
    return terms


def match_spans(text: str, terms: set[str]) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets in ``text`` of every token whose analysed form is one of ``terms``."""
    if not terms or not text:
        return ()
    spans = []
    for token in analyzer()(text, chars=True, mode="index", removestops=True):
        if token.text in terms:
            spans.append((token.startchar, token.endchar))
    return tuple(spans)


@lru_cache(maxsize=1)
def analyzer() -> Any:
    return news_analyzer()


_SENTENCE_START = re.compile(r"(?<=[.!?”\"])\s+")


def make_snippet(text: str, spans: Sequence[tuple[int, int]], width: int = SNIPPET_CHARS,
                 ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of about ``width`` characters of ``text`` holding the most matches, and the matches inside it.

    Short paragraphs are returned whole. With no matches (a match in the headline or context only) the
    paragraph's opening is returned.
    """
    if len(text) <= width:
        return text, tuple(spans)
    best_start, best_score = 0, -1
    for i, (s, _e) in enumerate(spans):
        window_end = s + width
        covered = {text[a:b].lower() for a, b in spans[i:] if b <= window_end}
        score = len(covered) * 100 + sum(1 for a, b in spans[i:] if b <= window_end)
        if score > best_score:
            best_start, best_score = s, score
    start = 0
    if best_start > width // 4:
        # back up to a sentence start shortly before the first match, else a word boundary
        lo = max(0, best_start - width // 3)
        breaks = list(_SENTENCE_START.finditer(text, lo, best_start))
        start = breaks[-1].end() if breaks else text.rfind(" ", 0, max(lo, 1)) + 1
    end = min(len(text), start + width)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start + width // 2 else end
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    snippet = prefix + text[start:end].strip() + suffix
    lead = len(prefix) - (len(text[start:end]) - len(text[start:end].lstrip()))
    inside = tuple((a - start + lead, b - start + lead) for a, b in spans if a >= start and b <= end)
    return snippet, inside
