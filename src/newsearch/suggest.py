"""\"Did you mean\" suggestions from the index's own vocabulary and speaker names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsearch.highlight import analyzer
from newsearch.models import Suggestion
from newsearch.querylang import as_list, clean_query, leaves
from newsearch.schema import fold


# -- suggestions ---------------------------------------------------------------------------------------------------
def _surface(searcher: Any, stem: str) -> str:
    """A real word of the index's text whose analysed form is ``stem`` (the index holds stems)."""
    reader = searcher.reader()
    try:
        postings = reader.postings("text", stem)
        docnum = postings.id()
    except Exception:  # noqa: BLE001 - the term may be in the title only
        return stem
    text = searcher.stored_fields(docnum).get("text", "")
    for token in analyzer()(text, chars=True, mode="index", removestops=True):
        if token.text == stem:
            return str(text[token.startchar:token.endchar]).lower()
    return stem


def _display_name(searcher: Any, field: str, term: str) -> str:
    """How a speaker/source/author name variant is written in the articles ("colby" -> "Colby")."""
    reader = searcher.reader()
    try:
        docnum = reader.postings(field, term).id()
    except Exception:  # noqa: BLE001
        return term
    stored = searcher.stored_fields(docnum).get({"speaker": "speakers_s"}.get(field, f"{field}_s"))
    names = stored if isinstance(stored, list) else str(stored or "").split(", ")
    for name in names:
        if fold(name) == term:
            return str(name)
        for word in str(name).split():
            if fold(word.strip(".'’()\"")) == term:
                return word.strip(".'’()\"")
    return term


def _correct(searcher: Any, field: str, term: str) -> str | None:
    try:
        found = searcher.corrector(field).suggest(term, limit=1, maxdist=2, prefix=1)
    except Exception:  # noqa: BLE001 - a field without terms
        return None
    return str(found[0]) if found else None


def suggest_for(searcher: Any, q: Any, text: str, *, speaker: Sequence[str] | str | None,
                 source: Sequence[str] | str | None, author: Sequence[str] | str | None,
                 ) -> tuple[Suggestion, ...]:
    """"Did you mean" corrections, from the index's own vocabulary, for each word and name the index does not
    hold at all (spelling mistakes, ``speaker:colbie``)."""
    from whoosh import query as wq

    reader = searcher.reader()
    cleaned = clean_query(text)
    fixes: list[tuple[int, int, str, str, str]] = []  # start, end, field, original, replacement
    seen: set[tuple[int, int]] = set()
    for leaf in leaves(q):
        if type(leaf) is not wq.Term or leaf.field() not in ("text", "speaker", "source", "author", "quote"):
            continue
        start, end = getattr(leaf, "startchar", None), getattr(leaf, "endchar", None)
        if start is None or end is None or (start, end) in seen:
            continue
        field = leaf.field()
        term = leaf.text.decode("utf-8") if isinstance(leaf.text, bytes) else str(leaf.text)
        fields = ("text", "title") if field == "text" else (field,)
        if any(reader.doc_frequency(f, term) for f in fields):
            continue
        seen.add((start, end))
        fixed = _correct(searcher, field, term)
        if fixed is None:
            continue
        replacement = _surface(searcher, fixed) if field in ("text", "quote") else _display_name(searcher, field, fixed)
        if " " in replacement and field not in ("text", "quote"):
            replacement = f"'{replacement}'"
        fixes.append((int(start), int(end), field, cleaned[start:end], replacement))
    corrected = cleaned
    for start, end, _f, _o, repl in sorted(fixes, reverse=True):
        corrected = corrected[:start] + repl + corrected[end:]
    out = [Suggestion(field, original, repl, corrected) for _s, _e, field, original, repl in fixes]
    for field, values in (("speaker", speaker), ("source", source), ("author", author)):
        for value in as_list(values):
            term = fold(value.replace(",", " "))
            if reader.doc_frequency(field, term):
                continue
            fixed = _correct(searcher, field, term)
            if fixed is not None:
                out.append(Suggestion(f"--{field}", value, _display_name(searcher, field, fixed), text))
    return tuple(out)
