"""Reader for web pages (``.html``, ``.htm``, optionally gzipped): one :class:`Article` per page.

How it works (docs/html.md has the long version):

1. bytes → text: gunzip, byte-order mark, valid UTF-8, declared charset, else bs4's ``UnicodeDammit``;
2. text → a light tree of :class:`Node` (lxml's HTML parser when it is importable — fast, C —
   else beautifulsoup4 with ``html.parser``); scripts, styles and other non-text elements are dropped
   while building, and ``<meta>``, JSON-LD, ``<time>``, bylines are collected for
   :mod:`newsearch.ingest.htmlmeta`;
3. boilerplate subtrees are marked (nav/aside/footer/figure/…, class or id saying comment, share,
   related, newsletter, cookie, promo, ad…);
4. the page is cut into text blocks; a readability-style score picks the main container, which a
   strong hint (``itemprop=articleBody``, a known article-body class, ``<article>``) can override;
5. the container's blocks are filtered (link-dense, headline repeat, byline/dateline, share/ad lines).

Every traversal is iterative: a 5,000-deep page cannot exhaust the Python stack.
"""

from __future__ import annotations

import re
import warnings
import zlib
from collections.abc import Iterator
from typing import Any

from newsearch.errors import ArticleParseError
from newsearch.ingest.dates import parse_date
from newsearch.ingest.htmlmeta import PageInfo, extract_metadata
from newsearch.models import Article

__all__ = ["read_html", "decode_html", "extract"]

# ------------------------------------------------------------------------------------------- decoding

_MAX_BYTES = 20_000_000
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""", re.IGNORECASE)
_XML_ENC_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)


def _gunzip(data: bytes) -> bytes:
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, _MAX_BYTES)
    except zlib.error as exc:
        raise ArticleParseError(f"corrupt gzip data: {exc}") from None
    if not out:
        raise ArticleParseError("corrupt or empty gzip data")
    return out


def _codec(name: str) -> str | None:
    import codecs

    try:
        return codecs.lookup(name.strip().lower()).name
    except (LookupError, ValueError):
        return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    control = sum(1 for b in sample if b < 9 or 13 < b < 32 and b != 27)
    return control / len(sample) > 0.10


def decode_html(data: bytes) -> str:
    """The page's text: BOM, then valid UTF-8, then the declared charset, then bs4's ``UnicodeDammit``."""
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    head = data[:4096]
    # UTF-16 without a byte-order mark: every other byte of ASCII markup is NUL.
    if len(head) >= 8 and head[1::2].count(0) > 0.4 * len(head) / 2 and head[0::2].count(0) < 4:
        return data.decode("utf-16-le", errors="replace")
    if len(head) >= 8 and head[0::2].count(0) > 0.4 * len(head) / 2 and head[1::2].count(0) < 4:
        return data.decode("utf-16-be", errors="replace")
    if _looks_binary(data):
        raise ArticleParseError("binary data, not an HTML page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _CHARSET_RE.search(data[:8192]) or _XML_ENC_RE.search(data[:512])
    declared = _codec(m.group(1).decode("ascii", "replace")) if m else None
    if declared in {"latin-1", "iso8859-1", "ascii"}:
        declared = "cp1252"  # what browsers do
    if declared and declared not in {"utf-8", "utf-16-le", "utf-16-be", "utf-16"}:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        from bs4 import UnicodeDammit

        dammit = UnicodeDammit(data, ["utf-8", "cp1252"], is_html=True)
        if dammit.unicode_markup is not None:
            return str(dammit.unicode_markup)
    except Exception:  # pragma: no cover - encoding detection must never sink the reader
        pass
    return data.decode("utf-8", errors="replace")


# ----------------------------------------------------------------------------------------------- tree


class Node:
    """An element: tag, attributes, children (``Node`` or text), parent."""

    __slots__ = ("tag", "attrs", "children", "parent", "idx", "end", "tlen", "llen", "score", "junk", "hint")

    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []
        self.parent = parent
        self.idx = 0  # preorder index
        self.end = 0  # preorder index of the last node of the subtree
        self.tlen = 0  # block text in the subtree (after boilerplate removal)
        self.llen = 0  # of which inside links
        self.score = 0.0
        self.junk = False
        self.hint = ""

    @property
    def cls(self) -> str:
        return (self.attrs.get("class", "") + " " + self.attrs.get("id", "")).lower()

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<{self.tag} {self.cls.strip()!r} tlen={self.tlen} score={self.score:.1f}>"


# Elements whose content is never article text: dropped while building the tree.
_DROP = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "source", "track", "select", "option", "optgroup", "button", "input", "textarea",
        "map", "area", "link", "base", "param", "picture", "img", "dialog",
    }
)
# Structural boilerplate: kept in the tree, skipped when cutting blocks.
_BOILER_TAGS = frozenset(
    {"nav", "aside", "footer", "header", "figure", "figcaption", "menu", "head", "title"}
)
_INLINE = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
        "sup", "time", "tt", "u", "var", "wbr", "acronym", "blink", "img", "output", "meter", "progress",
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Tags that need no metadata handling when they carry no attributes.
_PLAIN = frozenset(
    {
        "a", "b", "i", "em", "strong", "span", "u", "s", "small", "sup", "sub", "br", "p", "div", "li", "ul",
        "ol", "dl", "dt", "dd", "td", "tr", "th", "tbody", "thead", "table", "section", "blockquote", "pre",
        "code", "cite", "q", "mark", "abbr", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "center", "font",
        "article", "main", "header", "footer", "nav", "aside", "figure", "figcaption", "body", "html",
        "label",
    }
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


_META_CLASS = re.compile(r"(byline|author|writer|reporter)|(date|time|publish|posted|meta)")
_NOT_BYLINE = re.compile(r"authorit|comment")


class _Builder:
    """Builds the :class:`Node` tree from start/text/end events and collects metadata on the way."""

    def __init__(self) -> None:
        self.root = Node("#root", {}, None)
        self.stack = [self.root]
        self.info = PageInfo()
        self.capture: list[str] | None = None  # text sink for <title>/<h1>/bylines
        self.capture_kind = ""
        self.capture_depth = 0
        self.in_article = 0

    def start(self, tag: str, attrs: dict[str, str]) -> bool:
        """Open ``tag``; False when its subtree should be skipped."""
        if tag == "nav" or tag == "footer" and not self.in_article:
            return False  # never article text; skipping the subtree saves a third of the build time
        if tag == "article" or tag == "main":
            self.in_article += 1
        if not attrs and tag in _PLAIN:
            # Fast path for the bulk of any page: a bare inline or block element.
            parent = self.stack[-1]
            node = Node(tag, attrs, parent)
            parent.children.append(node)
            self.stack.append(node)
            if self.capture is not None:
                self.capture_depth += 1
            elif tag == "h1":
                self._open_capture("h1")
            return True
        info = self.info
        if tag == "meta":
            content = attrs.get("content")
            if content is not None:
                for key in ("property", "name", "itemprop", "http-equiv"):
                    k = attrs.get(key)
                    if k:
                        for part in k.lower().split():
                            info.metas.append((part, content))
            return False
        if tag == "script":
            if "ld+json" in attrs.get("type", "").lower():
                self._open_capture("ldjson")
                return True
            return False
        if tag == "link":
            rel = attrs.get("rel", "").lower()
            if "canonical" in rel.split() and attrs.get("href") and not info.canonical:
                info.canonical = attrs["href"].strip()
            return False
        if tag == "title" and not info.title_tag and self.capture is None:
            self._open_capture("title")
        if tag in _DROP:
            if tag == "img" or tag == "picture" or tag == "video":
                self.stack[-1].hint = "img"
            return False
        parent = self.stack[-1]
        node = Node(tag, attrs, parent)
        parent.children.append(node)
        self.stack.append(node)
        if self.capture is not None:
            self.capture_depth += 1
        itemprop = attrs.get("itemprop", "").lower()
        if tag == "time" or itemprop:
            value = attrs.get("datetime") or attrs.get("content") or ""
            if tag == "time" and value:
                c = node.cls + " " + itemprop
                hint = "pub" if ("pubdate" in attrs or "publish" in c or "datepublished" in c
                                 or "created" in c) else ""
                if not hint and ("modif" in c or "updat" in c):
                    hint = "mod"
                info.times.append((value, hint))
            if itemprop and value:
                for prop in itemprop.split():
                    info.itemprops.setdefault(prop, []).append(value)
            elif itemprop and self.capture is None and itemprop in {"author", "datepublished", "name"}:
                self._open_capture("itemprop:" + itemprop)
        if tag == "a" and "author" in attrs.get("rel", "").lower() and self.capture is None:
            self._open_capture("relauthor")
        if tag == "h1" and self.capture is None:
            self._open_capture("h1")
        elif self.capture is None and (tag not in _INLINE or tag == "span") and (
            "class" in attrs or "id" in attrs
        ):
            m = _META_CLASS.search(node.cls)
            if m is not None:
                if m.group(1) and not _NOT_BYLINE.search(node.cls):
                    self._open_capture("byline")
                elif m.group(2):
                    self._open_capture("dateline")
        return True

    def _open_capture(self, kind: str) -> None:
        self.capture = []
        self.capture_kind = kind
        self.capture_depth = 0 if kind in {"ldjson", "title"} else 1

    def _close_capture(self) -> None:
        if self.capture is None:
            return
        text = "".join(self.capture)
        kind = self.capture_kind
        self.capture = None
        info = self.info
        if kind == "ldjson":
            info.jsonld.append(text)
            return
        text = " ".join(text.split())
        if not text:
            return
        if kind == "title":
            info.title_tag = text
        elif kind == "h1":
            info.h1.append(text)
        elif kind == "relauthor":
            info.rel_authors.append(text)
        elif kind.startswith("itemprop:"):
            info.itemprops.setdefault(kind[9:], []).append(text)
        elif kind == "byline" and len(text) < 120:
            info.bylines.append(text)
        elif kind == "dateline" and len(text) < 120:
            info.datelines.append(text)

    def text(self, data: str) -> None:
        if not data:
            return
        if self.capture is not None:
            self.capture.append(data)
            if self.capture_kind == "ldjson":
                return
        node = self.stack[-1]
        if node.children and isinstance(node.children[-1], str):
            node.children[-1] += data
        else:
            node.children.append(data)

    def end(self, tag: str, opened: bool) -> None:
        if (tag == "article" or tag == "main") and self.in_article:
            self.in_article -= 1
        if tag == "script" and self.capture_kind == "ldjson" and self.capture is not None:
            self._close_capture()
            return
        if tag == "title" and self.capture_kind == "title" and self.capture is not None:
            self._close_capture()
        if not opened:
            return
        if self.capture is not None and self.capture_kind not in {"ldjson", "title"}:
            self.capture_depth -= 1
            if self.capture_depth <= 0:
                self._close_capture()
        if len(self.stack) > 1:
            self.stack.pop()


def _build_lxml(text: str) -> _Builder | None:
    try:
        from lxml import etree  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        return None
    b = _Builder()
    # The plain etree parser (not lxml.html's) skips the per-element class lookup: faster.
    parser = etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True, no_network=True,
        default_doctype=False,
    )
    try:
        root = etree.fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return b
    if root is None:
        return b
    if any("depth" in str(e.message).lower() for e in parser.error_log):
        return None  # libxml2 gave up on a very deep tree: let html.parser read the whole page
    opened: list[bool] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):
            if event == "end" and el.tail:
                b.text(el.tail)
            continue
        if event == "start":
            ok = b.start(tag, dict(el.attrib) if len(el.attrib) else {})
            if b.capture_kind == "ldjson" and b.capture is not None and tag == "script":
                b.text(el.text or "")
                ok = False
            opened.append(ok)
            if ok:
                if el.text:
                    b.text(el.text)
            else:
                walker.skip_subtree()
        else:
            ok = opened.pop() if opened else False
            b.end(tag, ok)
            if el.tail:
                b.text(el.tail)
    return b


def _build_bs4(text: str) -> _Builder:
    import bs4
    from bs4 import BeautifulSoup

    b = _Builder()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", bs4.MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", bs4.XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(text, features="html.parser")
    # Iterative pre-order walk; phase 1 marks the end of an element.
    todo: list[tuple[Any, int]] = [(c, 0) for c in reversed(list(soup.children))]
    while todo:
        item, phase = todo.pop()
        if phase == 1:
            tag, ok = item
            b.end(tag, ok)
            continue
        if isinstance(item, bs4.element.Tag):
            tag = (item.name or "").lower()
            attrs = {
                str(k).lower(): (" ".join(v) if isinstance(v, list) else str(v))
                for k, v in item.attrs.items()
            }
            ok = b.start(tag, attrs)
            if b.capture_kind == "ldjson" and b.capture is not None and tag == "script":
                b.text(item.get_text())
                ok = False
            todo.append(((tag, ok), 1))
            if ok:
                todo.extend((c, 0) for c in reversed(list(item.children)))
        elif isinstance(item, bs4.element.Comment | bs4.element.Declaration | bs4.element.Doctype
                        | bs4.element.ProcessingInstruction | bs4.element.CData):
            continue
        elif isinstance(item, bs4.element.NavigableString):
            b.text(str(item))
    while b.capture is not None and b.capture_kind not in {"ldjson", "title"}:
        b._close_capture()
    return b


def _build(text: str) -> _Builder:
    built = _build_lxml(text)
    if built is None:
        built = _build_bs4(text)
    return built


# ------------------------------------------------------------------------------------------- analysis

_NEG = re.compile(
    r"comment|disqus|share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|cookie|consent"
    r"|gdpr|promo|sponsor|advert|^ads?$|^ad[-_]|[-_]ads?$|[-_]ad[-_]|adslot|dfp|outbrain|taboola|sidebar"
    r"|breadcrumb|byline|^author|author-?(?:bio|info|box|name)|dateline|timestamp|caption|credit|footer"
    r"|masthead|navbar|^nav$|[-_]nav$|^nav[-_]|navigation|menu|popup|modal|toolbar|widget|tag-?list|^tags$"
    r"|topics|more-?stories|read-?more|also-?read|most-?(?:popular|read|viewed)|trending|skip|^print"
    r"|rating|pagination|pager|jump-?link|^toc$|table-?of-?contents|meta-?data|article-?meta|post-?meta"
    r"|entry-?meta|headline|^header|[-_]header$|banner|alert|signin|login|paywall-?(?:prompt|banner)"
    r"|inline-?(?:ad|promo|related)|^hidden$|visually-?hidden|sr-only|screen-?reader|offscreen|tooltip"
    r"|gallery|slideshow|video-?player|podcast|audio-?player|newsletter|embed|tweet|instagram|supplemental"
    r"|extra|remark|replies|rss|shoutbox|skyscraper|legend|kicker|flag|badge|sticky|overlay"
    r"|next-?(?:post|story|article)|prev-?(?:post|story|article)|thumbnails|teaser|recirc|more-?at"
)
_NEG_EXCEPT = re.compile(r"^(?:has|with|no|is|js|page|site|layout|l)-|article-?body|story-?body|post-?body")
_POS = re.compile(
    r"article|body|content|entry|main|page|post|text|blog|story|column|hentry|prose|news|detail|paragraph"
)
_BODY_HINT = re.compile(
    r"^(?:article|story|post|entry|news|blog|item)[-_]?"
    r"(?:body|content|text|copy|inner|main|detail|entry)(?:[-_]?(?:text|content|inner|wrapper|main|container|"
    r"body|copy))?$"
    r"|^(?:articlebody|storybody|bodytext|body-?text|body-?copy|richtext|rich-text|field-?body|"
    r"field-?name-?body|entry|text-?block|article__body|article-body__content|story__body|paywall|"
    r"js-article-body|articletext|story-?text|post_content|postcontent|post-?entry|td-post-content|"
    r"entry-?content|single-?content|content-?body|c-entry-content|caas-body|zn-body__paragraph|"
    r"l-container|article__content|article-content|article-text|story-content)$"
)

_BOILER_LINE = re.compile(
    r"^[(\[]?(?:advertisement|advertising|anzeige|publicité|publicidad|pubblicità|reklame"
    r"|sponsored(?: content)?|read more|read next|read also|see also"
    r"|related(?: articles| stories| content| coverage|:)?|more:|more from"
    r"|share(?: this| on| via|:)?|follow us|sign up|subscribe|click here|continue reading"
    r"|listen to (?:this|the)"
    r"|watch:|image:|photo:|photograph:|picture:|credit:|getty images|©|\(c\)|copyright|all rights reserved"
    r"|loading|please enable javascript|recommended|top stories|most read|most popular|comments?"
    r"|\d+ comments?|leave a comment|post a comment|tags?:|topics?:|filed under|posted in|last updated"
    r"|updated:?|published:?|print(?: this)?|e-?mail(?: this)?|tweet|whatsapp|facebook|twitter|linkedin"
    r"|reddit|pinterest|flipboard|close|menu|search|skip to|back to top|next article|previous article"
    r"|you may also like|we recommend|trending|newsletter|download the app|open in app|log in|sign in"
    r"|lesen sie auch|mehr zum thema|weiterlesen|lire aussi|à lire aussi|leer más|lea también|leia mais"
    r"|leia também|veja também|ver más|zum thema|auch interessant|the associated press contributed)"
    r"(?:(?<=[^\w\s])|\b)",
    re.IGNORECASE,
)
_BYLINE_LINE = re.compile(
    r"^\s*(?:written |posted |reported |text |words |story )?(?:by|par|von|por|di|door|av|af|przez)\s*:?\s+"
    r"(?:[A-ZÀ-Þ][\w'’.-]+|[a-z]{1,3})\b",
    re.UNICODE,
)
_DOUBLE_BR = re.compile(r"\u2028\s*\u2028")
_TEASER_END = re.compile(
    r"(?:\[(?:…|\.\.\.)\]|\[?(?:read|continue reading|weiterlesen|lire la suite|leer más)\W*\]?)$",
    re.IGNORECASE,
)
_COMMAS = re.compile(r"[,，、،;]")


def _walk(root: Node) -> Iterator[Node]:
    """Pre-order, iterative."""
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(c for c in reversed(node.children) if isinstance(c, Node))


_STRONG_NEG = re.compile(r"comment|disqus|replies|cookie|consent|gdpr|outbrain|taboola|newsletter")


def _ptext(order: list[Node]) -> int:
    """Raw text under ``<p>`` elements per subtree, into ``tlen``; returns the page total."""
    for node in order:
        node.tlen = 0
        if node.tag == "p":
            node.tlen = sum(len(c.strip()) for c in _texts(node))
    for node in reversed(order):
        if node.parent is not None:
            node.parent.tlen += node.tlen
    return order[0].tlen if order else 0


def _texts(node: Node) -> Iterator[str]:
    stack: list[Node | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        else:
            stack.extend(reversed(item.children))


def _is_junk(node: Node, ptext_total: int = 0) -> bool:
    tag = node.tag
    if tag in _BOILER_TAGS:
        return True
    attrs = node.attrs
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true" and tag not in {"span", "i"}:
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    if attrs.get("role", "").lower() in {"navigation", "complementary", "contentinfo", "banner", "menu",
                                         "dialog", "alert", "search", "toolbar"}:
        return True
    if tag in {"body", "html", "main", "article", "#root"}:
        return False
    if attrs.get("itemprop", "").lower() == "articlebody":
        return False
    cls = node.cls
    if not cls.strip():
        return False
    for token in cls.split():
        if _NEG.search(token) and not _NEG_EXCEPT.search(token):
            if ptext_total and node.tlen >= 0.3 * ptext_total and node.tlen >= 400 \
                    and not _STRONG_NEG.search(token):
                return False  # "read-more" wrapper around half the story, "has-sidebar" layout...
            return True
    return False


class _Block:
    __slots__ = ("text", "owner", "links", "heading", "tag", "idx")

    def __init__(self, text: str, owner: Node, links: int) -> None:
        self.text = text
        self.owner = owner
        self.links = links
        self.tag = owner.tag
        self.heading = owner.tag in _HEADINGS
        self.idx = owner.idx

    @property
    def density(self) -> float:
        return self.links / max(1, len(self.text))


def _blocks(root: Node) -> list[_Block]:
    """Cut the non-junk part of the tree into text blocks, in document order."""
    out: list[_Block] = []
    parts: list[str] = []
    links = 0
    owners: list[Node] = [root]
    in_link = 0

    def flush() -> None:
        nonlocal links
        if parts:
            raw = "".join(parts)
            for piece in _DOUBLE_BR.split(raw):
                text = " ".join(piece.split())
                if text:
                    ratio = len(text) / max(1, len(" ".join(raw.split())))
                    out.append(_Block(text, owners[-1], int(links * ratio)))
            parts.clear()
        links = 0

    # (node, False) = enter, (node, True) = leave
    stack: list[tuple[Node | str, bool]] = [(root, False)]
    while stack:
        item, leaving = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            if in_link:
                links += len(item.strip())
            continue
        node = item
        block = node.tag not in _INLINE
        if leaving:
            if node.tag == "a":
                in_link -= 1
            if block:
                flush()
                owners.pop()
            continue
        if node.junk:
            if block:
                flush()
            continue
        if node.tag == "br":
            parts.append("\u2028")
            continue
        if block:
            flush()
            owners.append(node)
        if node.tag == "a":
            in_link += 1
        stack.append((node, True))
        stack.extend((c, False) for c in reversed(node.children))
    flush()
    return out


def _index(root: Node) -> list[Node]:
    order = list(_walk(root))
    for i, node in enumerate(order):
        node.idx = i
    for node in reversed(order):
        node.end = max(node.end, node.idx)
        if node.parent is not None:
            node.parent.end = max(node.parent.end, node.end)
    return order


def _class_weight(node: Node) -> int:
    weight = 0
    for key in ("class", "id"):
        value = node.attrs.get(key, "").lower()
        if not value:
            continue
        if any(_NEG.search(t) and not _NEG_EXCEPT.search(t) for t in value.split()):
            weight -= 25
        if _POS.search(value):
            weight += 25
    return weight


_TAG_BASE = {
    "div": 5, "section": 3, "article": 8, "main": 5, "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}


def _score(blocks: list[_Block]) -> list[Node]:
    """Readability-style scores on the ancestors of substantial blocks; returns the candidates."""
    candidates: dict[int, Node] = {}
    for block in blocks:
        length = len(block.text)
        if length < 25 or block.heading or block.density > 0.5:
            continue
        score = 1.0 + len(_COMMAS.findall(block.text)) + min(length // 100, 3)
        node: Node | None = block.owner.parent
        level = 0
        while node is not None and level < 5 and node.tag != "#root":
            if id(node) not in candidates:
                node.score = _TAG_BASE.get(node.tag, 0) + _class_weight(node)
                candidates[id(node)] = node
            divider = 1 if level == 0 else 2 if level == 1 else level * 3
            node.score += score / divider
            node = node.parent
            level += 1
    out = list(candidates.values())
    for node in out:
        node.score *= 1.0 - min(1.0, node.llen / max(1, node.tlen))
    return out


def _totals(order: list[Node], blocks: list[_Block]) -> None:
    for node in order:
        node.tlen = 0
        node.llen = 0
    for block in blocks:
        block.owner.tlen += len(block.text)
        block.owner.llen += block.links
    for node in reversed(order):
        if node.parent is not None:
            node.parent.tlen += node.tlen
            node.parent.llen += node.llen


def _good(blocks: list[_Block], nodes: list[Node]) -> int:
    total = 0
    for block in blocks:
        if len(block.text) >= 25 and block.density < 0.5 and not block.heading \
                and any(n.idx <= block.idx <= n.end for n in nodes):
            total += len(block.text)
    return total


def _outermost(nodes: list[Node]) -> list[Node]:
    nodes = sorted(nodes, key=lambda n: n.idx)
    out: list[Node] = []
    for node in nodes:
        if out and out[-1].idx <= node.idx <= out[-1].end:
            continue
        out.append(node)
    return out


def _inside_junk(node: Node) -> bool:
    p: Node | None = node
    depth = 0
    while p is not None and depth < 400:
        if p.junk:
            return True
        p = p.parent
        depth += 1
    return False


def _hints(order: list[Node]) -> list[list[Node]]:
    prop: list[Node] = []
    cls: list[Node] = []
    art: list[Node] = []
    for node in order:
        if node.tlen < 80:
            continue
        if node.attrs.get("itemprop", "").lower() == "articlebody":
            prop.append(node)
        elif node.tag == "article":
            art.append(node)
        c = node.cls
        if c.strip() and node.tag not in {"body", "html"} and any(_BODY_HINT.search(t) for t in c.split()):
            cls.append(node)
    levels = []
    for group in (prop, cls):
        group = [n for n in _outermost(group) if not _inside_junk(n)]
        if group:
            levels.append(group)
    art = [n for n in art if not _inside_junk(n)]
    if art:
        levels.append([max(art, key=lambda n: n.tlen - n.llen)])
    return levels


def _select(order: list[Node], blocks: list[_Block]) -> list[Node]:
    """The container node(s) of the article body."""
    candidates = _score(blocks)
    chosen: list[Node] = []
    if candidates:
        candidates.sort(key=lambda n: n.score, reverse=True)
        top = candidates[0]
        # Several strong candidates under one ancestor: that ancestor is the article.
        strong = [c for c in candidates[1:6] if c.score >= 0.75 * top.score]
        if len(strong) >= 2:
            anc: Node | None = top.parent
            while anc is not None and anc.tag != "#root":
                inside = sum(1 for c in strong if anc.idx <= c.idx <= anc.end)
                if inside >= 2:
                    if anc.tlen <= 3 * top.tlen + 2000:
                        top = anc
                    break
                anc = anc.parent
        # A lone child: use the parent.
        while top.parent is not None and top.parent.tag not in {"#root", "html", "body"} \
                and sum(1 for c in top.parent.children if isinstance(c, Node) and c.tlen > 0) == 1:
            top = top.parent
        chosen = [top]
        parent = top.parent
        if parent is not None and parent.tag != "#root":
            threshold = max(10.0, top.score * 0.2)
            siblings: list[Node] = []
            for child in parent.children:
                if not isinstance(child, Node) or child.junk or child.tlen == 0:
                    continue
                if child is top:
                    siblings.append(child)
                    continue
                density = child.llen / max(1, child.tlen)
                if child.score >= threshold and density < 0.35:
                    siblings.append(child)
                elif child.tag == "p" and child.tlen > 80 and density < 0.25:
                    siblings.append(child)
                elif child.tag == "p" and 0 < child.tlen <= 80 and density == 0:
                    siblings.append(child)
            chosen = siblings or [top]
    rb_good = _good(blocks, chosen) if chosen else 0
    for level in _hints(order):
        h_good = _good(blocks, level)
        if h_good >= max(0.45 * rb_good, min(rb_good, 150)) and h_good > 0:
            return _tighten(blocks, level)
    return _tighten(blocks, chosen)


def _tighten(blocks: list[_Block], nodes: list[Node]) -> list[Node]:
    """Step into a single child that holds (nearly) all of the container's good text."""
    if len(nodes) != 1:
        return nodes
    node = nodes[0]
    total = _good(blocks, [node])
    for _ in range(50):
        if total == 0:
            break
        best: Node | None = None
        for child in node.children:
            if isinstance(child, Node) and not child.junk and child.tlen > 0:
                good = _good(blocks, [child])
                if good >= 0.9 * total:
                    best = child
                    total = good
                    break
        if best is None:
            break
        node = best
    return [node]


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


_SENTENCE_END = re.compile(r"[.!?…:;\"”»’')]\s*$")


def _near_image(owner: Node) -> bool:
    parent = owner.parent
    if owner.hint == "img" or parent is None:
        return owner.hint == "img"
    if parent.hint == "img":
        return True
    return any(isinstance(c, Node) and c.hint == "img" for c in parent.children)


def _is_dateline(text: str) -> bool:
    if len(text) > 90:
        return False
    if parse_date(text) is None:
        return False
    words = re.sub(r"\d+[:.h]?\d*|[^\w\s]", " ", text).split()
    return len(words) <= 9


def _paragraphs(blocks: list[_Block], nodes: list[Node], title: str, author: str | None) -> list[str]:
    ntitle = _norm(title)
    authors = {_norm(a) for a in (author or "").split(",") if a.strip()}
    kept: list[_Block] = []
    for block in blocks:
        if not any(n.idx <= block.idx <= n.end for n in nodes):
            continue
        text = block.text
        length = len(text)
        if block.tag == "h1":
            continue
        if block.density > 0.5 or (block.tag == "li" and block.density > 0.3):
            continue
        ntext = _norm(text)
        if not ntext:
            continue
        if ntitle and (ntext == ntitle or (ntitle in ntext and length < len(title) + 25 and block.heading)):
            continue
        if length < 120:
            if _BOILER_LINE.match(text):
                continue
            if _BYLINE_LINE.match(text) and length < 100:
                continue
            if ntext in authors:
                continue
            if _is_dateline(text):
                continue
        if length < 150 and not block.heading and not _SENTENCE_END.search(text) and _near_image(block.owner):
            continue  # a caption written as a paragraph next to its picture
        if _TEASER_END.search(text):
            continue  # "… [Read more]" excerpts of other stories
        if block.tag == "li" and (length < 25 or len(text.split()) < 5):
            continue
        if block.heading and (length > 200 or block.density > 0.2):
            continue
        if not block.heading and block.tag not in {"li", "p", "blockquote", "pre", "dd", "td"} \
                and length < 25 and not re.search(r"[.!?…:\"”»]$", text):
            continue
        kept.append(block)
    # Trailing headings ("Related", "More on this") have nothing after them.
    while kept and kept[-1].heading:
        kept.pop()
    out: list[str] = []
    seen: set[str] = set()
    for block in kept:
        key = _norm(block.text)
        if key in seen and len(key) > 20:
            continue
        seen.add(key)
        out.append(block.text)
    return out


def _split_ld_body(body: str) -> list[str]:
    parts = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\r?\n", body)]
    return [p for p in parts if p]


def extract(text: str) -> tuple[list[str], Any]:
    """Body paragraphs and :class:`~newsearch.ingest.htmlmeta.Metadata` of an HTML document (text)."""
    built = _build(text)
    root = built.root
    meta = extract_metadata(built.info)
    order = _index(root)
    total_nodes = len(order)
    ptotal = _ptext(order)
    for node in order:
        if node.parent is not None and node.parent.junk:
            node.junk = True  # not needed for skipping, but keeps hint checks cheap
        elif _is_junk(node, ptotal):
            node.junk = True
    blocks = _blocks(root)
    # Junk marking must not swallow the article: unmark a junk node that holds most of the text.
    all_text = sum(len(b.text) for b in blocks)
    if total_nodes and all_text == 0:
        for node in order:
            node.junk = False
        blocks = _blocks(root)
    _totals(order, blocks)
    nodes = _select(order, blocks)
    paragraphs = _paragraphs(blocks, nodes, meta.title, meta.author) if nodes else []
    body_len = sum(len(p) for p in paragraphs)
    if body_len < 150:
        fallback = [b for b in blocks if b.tag == "p" and len(b.text) >= 60 and b.density < 0.3]
        if sum(len(b.text) for b in fallback) > body_len * 2:
            paragraphs = _paragraphs(fallback, [root], meta.title, meta.author)
            body_len = sum(len(p) for p in paragraphs)
    if not paragraphs:
        loose = [b for b in blocks if len(b.text) >= 25 and b.density < 0.5]
        paragraphs = _paragraphs(loose, [root], meta.title, meta.author) if loose else []
    if meta.ld_body and len(meta.ld_body) >= 200 and body_len < 0.3 * len(meta.ld_body):
        paragraphs = _split_ld_body(meta.ld_body)
    return paragraphs, meta


def read_html(data: bytes, path: str) -> list[Article]:
    """Read one web page; raises :class:`ArticleParseError` when it has no article text."""
    data = _gunzip(data)
    if not data.strip():
        raise ArticleParseError("empty file: no HTML to read")
    text = decode_html(data[:_MAX_BYTES])
    text = text.replace("\x00", "")
    if not text.strip():
        raise ArticleParseError("empty file: no HTML to read")
    if "<" not in text[:5000] and _looks_binary(data):
        raise ArticleParseError("binary data, not an HTML page")
    paragraphs, meta = extract(text)
    if not paragraphs:
        raise ArticleParseError("no article text found in the page")
    title = meta.title or (paragraphs[0][:120] if paragraphs else "")
    return [
        Article(
            path=path,
            title=title,
            paragraphs=tuple(paragraphs),
            author=meta.author,
            source=meta.source,
            date=meta.date,
            url=meta.url,
            article_id="",
            format="html",
        )
    ]
