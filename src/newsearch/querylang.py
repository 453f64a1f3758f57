"""The query language: checking query text, parsing it with Whoosh, and date bounds.

The query text is checked before Whoosh sees it (Whoosh repairs unbalanced quotes and brackets silently and turns
bad dates into queries that match nothing): every problem becomes a ``QuerySyntaxError`` whose message points at
the column. Metadata clauses (``speaker:``, ``source:``, ``date:`` …) become restrictions that must match and do
not change the ranking of the words.
"""

from __future__ import annotations

import calendar
import copy
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from typing import Any

from newsearch.errors import QuerySyntaxError
from newsearch.models import ARTICLE_DOC
from newsearch.schema import QUERY_FIELDS

#: Fields searched by words without a ``field:`` prefix, and their weights. Only the paragraph text: the article's
#: headline counts through the article score (the hidden article document holds it) and through the headline's own
#: record; searching ``title`` on every paragraph as well (weight 0.6 until 2026-11) doubled the words Whoosh matches
#: (questions 1.5x slower) and changed no ranking figure (BBC MRR 0.807, Reuters 0.762 either way).
#: ``title:word`` still searches headlines.
FIELD_BOOSTS = {"text": 1.0}
#: Longest query accepted, in characters, and most words/clauses in it.
MAX_QUERY_CHARS = 2000
MAX_QUERY_TERMS = 100
#: A wildcard needs this many letters before its first ``*``/``?`` (``*`` alone would read the whole vocabulary).
MIN_WILDCARD_PREFIX = 2
#: Most index words one wildcard may expand to; broader ones are refused with a hint.
MAX_EXPANSION = 1000
#: Largest edit distance of ``word~N`` (larger ones are slow and match noise).
MAX_FUZZY = 2
#: Largest phrase slop of ``"two words"~N``.
MAX_SLOP = 100
#: Index fields whose clauses restrict the result set instead of ranking it.
RESTRICT_FIELDS = frozenset({"speaker", "source", "author", "cites", "kind", "date", "path", "abspath", "id",
                             "article_id", "paragraph"})
#: Index fields analysed like prose (stemmed): their terms are what ``spans`` mark.
PROSE_FIELDS = frozenset({"text", "title", "quote"})
_ALIASES: dict[str, list[str]] = {}
for _alias, _target in QUERY_FIELDS.items():
    if _alias != _target:
        _ALIASES.setdefault(_target, []).append(_alias)
_URL_SCHEMES = frozenset({"http", "https", "ftp", "mailto", "file", "www"})
#: Value Whoosh stores in a sortable DATETIME column for a document without a date.
NO_DATE = 2**64 - 1


def _fields_help() -> str:
    return ", ".join(sorted(QUERY_FIELDS))



def as_list(values: Sequence[str] | str | None) -> list[str]:
    if not values:
        return []
    if isinstance(values, str):
        values = [values]
    return [v for v in values if v and v.strip()]


# -- parser --------------------------------------------------------------------------------------------------------
_PARSERS: dict[tuple[int, bool, tuple[str, ...]], tuple[Any, Any]] = {}


def parser_for(schema: Any, quoted: bool, fields: tuple[str, ...] = ()) -> Any:
    """A query parser for ``schema``, built once per schema object (parsers are costly to build)."""
    key = (id(schema), quoted, fields)
    cached = _PARSERS.get(key)
    if cached is not None and cached[0] is schema:
        return cached[1]
    from whoosh import qparser

    if fields:
        boosts = {f: 1.0 for f in fields}
    elif quoted:
        boosts = {"quote": 1.0}
    else:
        boosts = dict(FIELD_BOOSTS)
    fields = tuple(boosts)
    parser = qparser.MultifieldParser(list(fields), schema, fieldboosts=boosts,
                                      group=qparser.OrGroup.factory(0.9))
    parser.add_plugin(qparser.FuzzyTermPlugin())
    # + and - only at the start of a word: "five-year" is one hyphenated word, not "five NOT year".
    parser.add_plugin(qparser.PlusMinusPlugin(plusexpr=r"(?:(?<=[\s(])|^)\+(?=[\w\"(])",
                                              minusexpr=r"(?:(?<=[\s(])|^)-(?=[\w\"(])"))
    parser.add_plugin(qparser.GtLtPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(_ALIASES))
    if len(_PARSERS) > 16:
        _PARSERS.clear()
    _PARSERS[key] = (schema, parser)
    return parser


# -- checking the query text ---------------------------------------------------------------------------------------
_FANCY_QUOTES = frozenset("“”„‟«»＂")
_BINARY_OPS = frozenset({"AND", "OR", "ANDNOT", "ANDMAYBE"})
_FIELD_TOKEN = re.compile(r"^([+-]?)([^\W\d]\w*):(.*)$", re.S)
_QUESTION_MARK = re.compile(r"(?<=\w)\?+(?=[\s)\"]|$)")
_FUZZY = re.compile(r"~(\d*)(?:/(\d+))?$")
_FIELD_NAME = re.compile(r"(?<![\w\"])[^\W\d]\w*(?=:)")


def syntax_error(text: str, pos: int, message: str, hint: str = "") -> QuerySyntaxError:
    """A QuerySyntaxError whose message shows ``text`` with a caret under column ``pos`` (0-based)."""
    pos = max(0, min(pos, len(text)))
    start = max(0, pos - 40)
    window = text[start:start + 76]
    prefix = "…" if start else ""
    suffix = "…" if start + 76 < len(text) else ""
    lines = [f"{message} (column {pos + 1})", f"  {prefix}{window}{suffix}", "  " + " " * (len(prefix) + pos - start)
             + "^"]
    if hint:
        lines.append(hint)
    return QuerySyntaxError("\n".join(lines))


def clean_query(text: str) -> str:
    """``text`` with what would confuse the parser neutralised, one character for one so columns stay put:
    control/format/unassigned characters become spaces, typographic double quotes become ``"``, and a ``?`` that
    ends a word (a question, not a wildcard) is dropped."""
    out = []
    for ch in text:
        if ch in _FANCY_QUOTES:
            ch = '"'
        elif unicodedata.category(ch)[0] == "C":
            ch = " "
        out.append(ch)
    cleaned = _QUESTION_MARK.sub(lambda m: " " * len(m.group(0)), "".join(out))
    # field names are case-insensitive ("Speaker:Colby"); same length, so columns stay put
    return _FIELD_NAME.sub(lambda m: m.group(0).lower() if m.group(0).lower() in QUERY_FIELDS else m.group(0),
                           cleaned)


def _mask_quotes(text: str) -> str:
    """``text`` with everything inside double quotes replaced by ``_`` (quotes kept); raises on an open quote."""
    out = list(text)
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch == '"':
            opened = i if opened is None else None
        elif opened is not None:
            out[i] = "_"
    if opened is not None:
        raise syntax_error(text, opened, "unbalanced quote: this phrase is never closed",
                           'add the closing " (or remove this one)')
    return "".join(out)


def _check_brackets(text: str, masked: str) -> None:
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(masked):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in ")]}":
            if not stack:
                raise syntax_error(text, i, f"unbalanced {ch!r}: nothing opens it", f"remove it, or open it with "
                                   f"{'(' if ch == ')' else '['}")
            opener, at = stack.pop()
            if (opener == "(") != (ch == ")"):
                raise syntax_error(text, i, f"{ch!r} does not close the {opener!r} at column {at + 1}")
    if stack:
        opener, at = stack[-1]
        closer = ")" if opener == "(" else "]"
        raise syntax_error(text, at, f"unbalanced {opener!r}: it is never closed", f"add the closing {closer}")


def check_query_text(text: str) -> None:
    """Raise QuerySyntaxError (with a caret) for what Whoosh would silently repair or choke on: unbalanced quotes,
    parentheses and brackets, operators with nothing to join, unknown fields, empty field values, wildcards that
    would read the whole vocabulary, large fuzzy distances, too many words."""
    masked = _mask_quotes(text)
    _check_brackets(text, masked)
    tokens = [(m.group(0), m.start()) for m in re.finditer(r"[()]|[^\s()]+", masked)]
    if len(tokens) > MAX_QUERY_TERMS:
        raise syntax_error(text, tokens[MAX_QUERY_TERMS][1], f"too many words and operators (more than "
                           f"{MAX_QUERY_TERMS})", "shorten the query")
    depth = 0  # inside [ ] / { } ranges, nothing is checked
    for i, (tok, pos) in enumerate(tokens):
        if depth:
            depth += tok.count("[") + tok.count("{") - tok.count("]") - tok.count("}")
            continue
        prev = tokens[i - 1][0] if i else None
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else None
        if tok in _BINARY_OPS:
            if prev is None or prev == "(" or prev in _BINARY_OPS or prev == "NOT":
                raise syntax_error(text, pos, f"{tok} needs something to search for on its left",
                                   f"e.g. security {tok} guarantees")
            if nxt is None or nxt == ")" or nxt in _BINARY_OPS:
                raise syntax_error(text, pos, f"{tok} needs something to search for on its right",
                                   f"e.g. security {tok} guarantees")
            continue
        if tok == "NOT":
            if nxt is None or nxt == ")" or nxt in _BINARY_OPS:
                raise syntax_error(text, pos, "NOT needs something to exclude after it", "e.g. ukraine NOT russia")
            continue
        if tok in "()":
            continue
        _check_term(text, tok, pos, nxt)
        depth = tok.count("[") + tok.count("{") - tok.count("]") - tok.count("}")


def _check_term(text: str, tok: str, pos: int, nxt: str | None) -> None:
    field = None
    value = tok.lstrip("+-")
    value_pos = pos + len(tok) - len(value)
    m = _FIELD_TOKEN.match(tok)
    if m and not m.group(3).startswith("/"):
        name = m.group(2)
        if name.lower() not in QUERY_FIELDS:
            if name.lower() in _URL_SCHEMES:
                return
            raise syntax_error(text, pos + len(m.group(1)), f"unknown field {name!r}",
                               f"fields: {_fields_help()}. To search the word itself, put a space after the colon.")
        if name.lower() == "url":
            raise syntax_error(text, pos, "url: cannot be searched")
        field = QUERY_FIELDS[name.lower()]
        value = m.group(3)
        value_pos = pos + len(m.group(1)) + len(name) + 1
        if not value and nxt != "(":
            raise syntax_error(text, value_pos, f"{name}: needs a value", f"e.g. {name}:{_EXAMPLES.get(field, 'x')}")
        if not value:
            return
    if value.startswith('"'):
        slop = re.search(r'"~(\d+)', value)
        if slop and int(slop.group(1)) > MAX_SLOP:
            raise syntax_error(text, value_pos + slop.start() + 1, f"phrase slop is at most {MAX_SLOP}")
        return
    fuzzy = _FUZZY.search(value)
    if fuzzy:
        if fuzzy.group(1) and int(fuzzy.group(1)) > MAX_FUZZY:
            raise syntax_error(text, value_pos + fuzzy.start(), f"fuzzy distance is at most {MAX_FUZZY}",
                               "e.g. guarantes~ or guarantes~2")
        if fuzzy.group(2) and int(fuzzy.group(2)) >= fuzzy.start():
            raise syntax_error(text, value_pos + fuzzy.start(), "the fixed prefix of a fuzzy word must be shorter "
                               "than the word", "e.g. guarantes~2/3")
        value = value[:fuzzy.start()]
    star = re.search(r"[*?]", value)
    if star and field not in ("path", "abspath", "id", "article_id"):
        literal = re.sub(r"[^\w]", "", value[:star.start()])
        need = MIN_WILDCARD_PREFIX if field in (None, "text", "title", "quote", "cites") else 1
        if len(literal) < need:
            raise syntax_error(text, value_pos + star.start(), "wildcard too broad: it would match nearly every "
                               "word", f"give at least {need} letter{'s' if need > 1 else ''} before it, "
                               "e.g. secur*")


_EXAMPLES = {"speaker": "colby", "source": "reuters", "author": "smith", "date": "2025-08", "title": "ukraine",
             "path": "'seeds/*.txt'", "kind": "headline", "paragraph": "1"}


# -- parsing -------------------------------------------------------------------------------------------------------
def parse_query(schema: Any, text: str, *, quoted: bool = False, reader: Any = None) -> Any:
    """The Whoosh query for ``text``; raises QuerySyntaxError (pointing at the problem) when it is malformed, when
    it cannot match anything by construction, or when it is too broad. With a ``reader``, wildcards are also
    checked against the vocabulary (``MAX_EXPANSION``)."""
    from whoosh import query as wq

    if not text or not text.strip():
        raise QuerySyntaxError("empty query: give some words to search for, e.g. newsearch query \"security "
                               "guarantees\"")
    if len(text) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(f"query too long ({len(text)} characters; the limit is {MAX_QUERY_CHARS})")
    cleaned = clean_query(text)
    check_query_text(cleaned)
    parser = parser_for(schema, quoted)
    try:
        raw = parser.process(cleaned).query(parser)
    except Exception as exc:  # noqa: BLE001 - Whoosh's parser raises bare Exception/NotImplementedError on odd input
        raise QuerySyntaxError(f"cannot parse the query {text!r}: {exc or type(exc).__name__}") from None
    if not raw:
        raw = wq.NullQuery
    bad = _first_error(raw)
    if bad is not None:
        start = getattr(bad, "startchar", None)
        message = str(bad.error)
        if start is None:
            raise QuerySyntaxError(message)
        end = getattr(bad, "endchar", None) or start
        message = f"bad date {cleaned[start:end]!r}: {message}"
        raise syntax_error(cleaned, int(start), message, "dates are YYYY, YYYY-MM or YYYY-MM-DD, e.g. "
                           "date:2025-08 or date:[2025-08-01 TO 2025-08-31]")
    q = stem_prefixes(restructure(id_clauses(keyword_phrases(raw, schema))).normalize())
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        if re.search(r"(?:^|[\s(])(?:-|NOT\s)", cleaned):
            raise QuerySyntaxError(f"nothing to search for in {text!r}: NOT and -word only exclude; add a word "
                                   "to search for")
        raise QuerySyntaxError(f"nothing to search for in {text!r}: it has only stop words or operators "
                               "(words like 'the', 'and', 'of' are not indexed)")
    for leaf in leaves(q):
        if isinstance(leaf, wq.Every):
            raise QuerySyntaxError(f"{text!r} would match every record: add words to search for")
        if reader is not None and isinstance(leaf, wq.Prefix | wq.Wildcard | wq.Regex):
            n = sum(1 for _ in itertools.islice(leaf._btexts(reader), MAX_EXPANSION + 1))
            if n > MAX_EXPANSION:
                start = int(getattr(leaf, "startchar", 0) or 0)
                raise syntax_error(cleaned, start, f"wildcard too broad: it matches more than {MAX_EXPANSION} "
                                   "words", "make it longer, e.g. secur* rather than se*")
    return q


def id_clauses(q: Any) -> Any:
    """``id:<article_id>:<n>`` as ``article_id`` AND ``paragraph`` (``id`` is stored, not indexed: see the
    schema). A wildcard on ``id`` is refused with a pointer to ``article:``."""
    from whoosh import query as wq

    def visit(node: Any) -> Any:
        if node.is_leaf() and node.field() == "id":
            if not isinstance(node, wq.Term):
                raise QuerySyntaxError("id: takes one whole record id (e.g. id:3f2a9c0e1b7d4a65:4); "
                                       "article:<article id> finds all records of an article")
            article_id, _, tail = str(node.text).rpartition(":")
            if not article_id or not tail.isdigit() and tail != ARTICLE_DOC:
                return node  # not a record id: matches nothing (``id`` has no terms)
            if tail == ARTICLE_DOC:
                return wq.And([wq.Term("article_id", article_id), wq.Term("kind", ARTICLE_DOC)])
            return wq.And([wq.Term("article_id", article_id), wq.Term("paragraph", int(tail))])
        return node

    return q.accept(visit)


def keyword_phrases(q: Any, schema: Any) -> Any:
    """Phrases Whoosh cannot search as phrases, as terms: a one-word phrase becomes its term
    (``speaker:"kingsley wilson"`` is one keyword, which Whoosh's parser leaves as a one-word phrase until
    ``normalize()``, and restructure() wraps restrictions in ConstantScoreQuery, whose child ``normalize()`` never
    reaches); a phrase of several words on a field without positions (``author:"a, b"``) becomes the AND of its
    words. Either used to raise Whoosh's "field has no positions" at search time."""
    from whoosh import query as wq

    def visit(node: Any) -> Any:
        if not isinstance(node, wq.Phrase):
            return node
        if len(node.words) == 1:
            return wq.Term(node.fieldname, node.words[0], boost=node.boost)
        field = schema[node.fieldname] if node.fieldname in schema else None
        if field is not None and not field.format.supports("positions"):
            return wq.And([wq.Term(node.fieldname, w) for w in node.words], boost=node.boost)
        return node

    return q.accept(visit)


def stem_prefixes(q: Any) -> Any:
    """``negotiat*`` must find "negotiations" although the index holds its stem "negoti": a prefix on a stemmed
    field also matches the stems that are up to three letters shorter than the prefix and begin it. A fuzzy
    term's fixed prefix is kept shorter than its (stemmed) word."""
    from whoosh import query as wq

    def visit(node: Any) -> Any:
        stemmed = node.field() in PROSE_FIELDS or node.field() == "body"
        if type(node) is wq.Prefix and stemmed and len(node.text) > MIN_WILDCARD_PREFIX + 1:
            p = node.text
            shorter = [wq.Term(node.fieldname, p[:k], boost=node.boost)
                       for k in range(max(MIN_WILDCARD_PREFIX + 1, len(p) - 3), len(p))]
            return wq.Or([node, *shorter])
        if isinstance(node, wq.FuzzyTerm) and node.prefixlength > len(node.text) - 1:
            # the word was stemmed after the prefix length was checked: keep the prefix inside the word
            node = copy.copy(node)
            node.prefixlength = max(0, len(node.text) - 1)
        return node

    return q.accept(visit)


def _first_error(q: Any) -> Any:
    if getattr(q, "error", None):
        return q
    for child in q.children():
        found = _first_error(child)
        if found is not None:
            return found
    return None


def leaves(q: Any) -> Iterator[Any]:
    if q.is_leaf():
        yield q
        return
    for child in q.children():
        yield from leaves(child)


def _is_restriction(q: Any) -> bool:
    """True for a clause on metadata fields only (``speaker:colby``, ``date:2025``, ``(source:a OR source:b)``)."""
    from whoosh import query as wq

    if isinstance(q, wq.Not):
        return False
    fields = {leaf.field() for leaf in leaves(q)}
    return bool(fields) and None not in fields and fields <= RESTRICT_FIELDS


def _exclusion(q: Any) -> Any:
    """An excluded clause narrowed to the paragraph's own words: ``NOT guarantees`` must not drop a paragraph
    because its headline (the ``title`` field) mentions guarantees."""
    from whoosh import query as wq

    if q.is_leaf():
        return None if q.field() == "title" else q
    if isinstance(q, wq.Or | wq.And):
        kept = [k for k in (_exclusion(s) for s in q.subqueries) if k is not None]
        if not kept:
            return None
        if isinstance(q, wq.And) and len(kept) < len(q.subqueries):
            return q
        narrowed = copy.copy(q)
        narrowed.subqueries = kept
        return narrowed
    return q


def restructure(q: Any, *, drop_restrictions: bool = False) -> Any:
    """Make the top-level OR mean what users expect: metadata clauses must match (AND), ``NOT x`` excludes
    (Whoosh's ``Or([a, Not(b)])`` would match everything without b), words stay optional and ranked.
    ``drop_restrictions`` removes metadata clauses instead (for the whole-article score)."""
    from whoosh import query as wq

    if isinstance(q, wq.AndNot):
        b = _exclusion(q.b)
        a = restructure(q.a, drop_restrictions=drop_restrictions)
        return a if b is None else wq.AndNot(a, b)
    if isinstance(q, wq.AndMaybe):
        required = restructure(q.a, drop_restrictions=drop_restrictions)
        optional = q.b
        if isinstance(optional, wq.Or):
            moved = [s for s in optional.subqueries if _is_restriction(s)]
            if moved:
                rest = [s for s in optional.subqueries if not _is_restriction(s)]
                if not drop_restrictions:
                    required = wq.And([required, *moved])
                if not rest:
                    return required
                optional = copy.copy(optional)
                optional.subqueries = rest
        return wq.AndMaybe(required, optional)
    if not isinstance(q, wq.Or):
        return q
    words, restrictions, excluded = [], [], []
    for sub in q.subqueries:
        if isinstance(sub, wq.Not):
            narrowed = _exclusion(sub.query)
            if narrowed is not None:
                excluded.append(narrowed)
        elif _is_restriction(sub):
            restrictions.append(sub)
        else:
            words.append(restructure(sub, drop_restrictions=drop_restrictions))
    if drop_restrictions:
        restrictions = []
    if len(words) == len(q.subqueries):
        return q
    base: Any
    if words:
        base = copy.copy(q)
        base.subqueries = words
        if restrictions:
            base = wq.And([base, *(wq.ConstantScoreQuery(r, 0.0) for r in restrictions)])
    elif restrictions:
        base = restrictions[0] if len(restrictions) == 1 else wq.And(restrictions)
    else:
        base = wq.NullQuery
    if excluded:
        base = wq.AndNot(base, excluded[0] if len(excluded) == 1 else wq.Or(excluded))
    return base



# -- dates ---------------------------------------------------------------------------------------------------------
_BOUND = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_bound(value: datetime | date | str | None, *, end: bool = False) -> datetime | None:
    """The first (or, with ``end``, the last) moment of a year, month or day, as a naive UTC datetime.

    Raises ValueError with a readable message for text that is not such a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time.max if end else time.min)
    text = value.strip()
    m = _BOUND.match(text)
    if not m:
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
        return parsed.replace(tzinfo=None)
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    try:
        if month is None:
            return datetime(year, 12, 31, 23, 59, 59) if end else datetime(year, 1, 1)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return datetime(year, month, last, 23, 59, 59) if end else datetime(year, month, 1)
        d = date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid date ({exc})") from None
    return datetime.combine(d, time(23, 59, 59)) if end else datetime.combine(d, time.min)
