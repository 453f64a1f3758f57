"""Article metadata from a parsed web page: title, author, publisher name, publication date, URL.

``newsearch.ingest.html`` parses the page and hands over what it collected (:class:`PageInfo`);
this module only decides.  Sources, best first: JSON-LD (``NewsArticle`` and friends, also inside
``@graph``), OpenGraph and other ``<meta>`` tags, ``<time datetime>`` and ``itemprop`` elements,
the visible byline/dateline, then the URL.  No third-party imports.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from newsearch.ingest.dates import parse_date, parse_iso, valid_date

__all__ = ["Metadata", "PageInfo", "extract_metadata", "clean_title", "split_authors"]

ARTICLE_TYPES = frozenset(
    {
        "newsarticle", "article", "reportagenewsarticle", "blogposting", "liveblogposting",
        "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
        "socialmediaposting", "scholarlyarticle", "techarticle", "report", "posting", "webpage",
        "askpublicnewsarticle", "satiricalarticle", "advertisercontentarticle", "medicalscholarlyarticle",
    }
)


@dataclass
class PageInfo:
    """What the HTML reader collected while parsing, for :func:`extract_metadata`."""

    #: ``(key, content)`` of every ``<meta>``: key is the lower-cased name, property, itemprop or http-equiv.
    metas: list[tuple[str, str]] = field(default_factory=list)
    #: Raw text of every ``<script type="application/ld+json">``.
    jsonld: list[str] = field(default_factory=list)
    title_tag: str = ""
    canonical: str = ""
    h1: list[str] = field(default_factory=list)
    #: ``(datetime attribute, hint)`` of ``<time>`` elements, in document order; hint is "pub" for
    #: ``pubdate``/``itemprop=datePublished``/published-like classes, "mod" for updated-like, else "".
    times: list[tuple[str, str]] = field(default_factory=list)
    #: ``itemprop`` → values (``content``/``datetime`` attribute or text).
    itemprops: dict[str, list[str]] = field(default_factory=dict)
    #: Text of elements whose class/id says byline/author (short ones only).
    bylines: list[str] = field(default_factory=list)
    #: Text of elements whose class/id says date/time/published (short ones only).
    datelines: list[str] = field(default_factory=list)
    #: ``href`` and text of ``<a rel="author">``.
    rel_authors: list[str] = field(default_factory=list)


@dataclass
class Metadata:
    title: str = ""
    author: str | None = None
    source: str | None = None
    date: datetime | None = None
    url: str | None = None
    #: JSON-LD ``articleBody`` when the page has one (a fallback for the body).
    ld_body: str = ""
    #: Site name seen anywhere (for stripping title suffixes even when ``source`` came from elsewhere).
    site_names: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------- JSON-LD


def _loads(raw: str) -> Any:
    text = raw.strip()
    if text.startswith("<!--"):
        text = text[4:]
    if text.endswith("-->"):
        text = text[:-3]
    text = text.strip().rstrip(";")
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        pass
    # Common breakage: trailing commas, several objects back to back.
    fixed = re.sub(r",\s*([}\]])", r"\1", text)
    try:
        return json.loads(fixed, strict=False)
    except (ValueError, RecursionError):
        pass
    try:
        return json.loads("[" + re.sub(r"}\s*{", "},{", fixed) + "]", strict=False)
    except (ValueError, RecursionError):
        return None


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    out: set[str] = set()
    for item in items:
        if isinstance(item, str):
            out.add(item.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower())
    return out


def _walk_ld(data: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 12:
        return
    if isinstance(data, list):
        for item in data[:200]:
            _walk_ld(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
            if key in data and isinstance(data[key], list | dict):
                _walk_ld(data[key], out, depth + 1)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        for key in ("name", "@value", "text", "headline"):
            if key in value:
                return _text(value[key])
    return ""


def _names(value: Any, ids: dict[str, dict[str, Any]], depth: int = 0) -> list[str]:
    """Person/organisation names in a JSON-LD ``author``/``publisher`` value."""
    if depth > 4 or value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() and not value.strip().startswith(("http://", "https://")) else []
    if isinstance(value, list):
        out: list[str] = []
        for item in value[:20]:
            out.extend(_names(item, ids, depth + 1))
        return out
    if isinstance(value, dict):
        if "name" in value:
            name = _text(value["name"])
            if name:
                return [name]
        ref = value.get("@id")
        if isinstance(ref, str) and ref in ids and ids[ref] is not value:
            return _names(ids[ref], ids, depth + 1)
        given = _text(value.get("givenName"))
        family = _text(value.get("familyName"))
        if given or family:
            return [f"{given} {family}".strip()]
    return []


def _best_ld(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    best: dict[str, Any] | None = None
    best_rank = -1
    for obj in objects:
        types = _types(obj)
        if not types & ARTICLE_TYPES:
            continue
        rank = 0
        if types & {"newsarticle", "reportagenewsarticle", "liveblogposting", "analysisnewsarticle",
                    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle"}:
            rank = 4
        elif types & {"article", "blogposting", "scholarlyarticle", "techarticle", "report"}:
            rank = 3
        elif "webpage" not in types:
            rank = 2
        if obj.get("headline") or obj.get("articleBody"):
            rank += 2
        if obj.get("datePublished"):
            rank += 1
        if rank > best_rank:
            best, best_rank = obj, rank
    return best


# ------------------------------------------------------------------------------------------- helpers

_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|»|«|/|:)\s+")
_BY_PREFIX = re.compile(
    r"^\s*(?:written\s+|posted\s+|reported\s+|story\s+|text\s+|words\s+)?"
    r"(?:by|par|von|por|di|door|av|af|de|przez|від|автор|от)\s*[:\-]?\s+",
    re.IGNORECASE,
)


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def clean_title(title: str, site_names: list[str], h1: list[str] | None = None) -> str:
    """``title`` without a " | Site name" / "Site - " decoration."""
    title = " ".join(title.split())
    if not title:
        return ""
    sites = {_norm(s) for s in site_names if s}
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1:
        kept = [p for p in parts if _norm(p) not in sites and not _looks_like_domain(p)]
        if kept and len(kept) < len(parts):
            # Rebuild from the original text so inner separators of the headline survive.
            for cut in (_strip_ends(title, parts[0], parts[-1], sites),):
                if cut:
                    return cut
        if h1:
            for heading in h1:
                if heading and _norm(heading) and _norm(heading) in _norm(title) and len(heading) > 15:
                    return " ".join(heading.split())
        last = parts[-1]
        sep_match = list(_TITLE_SEPARATORS.finditer(title))
        if sep_match and sep_match[-1].group().strip() in {"|", "-", "–", "—", "::", "·", "»"}:
            head = title[: sep_match[-1].start()]
            if len(last.split()) <= 4 and len(head.split()) >= 3:
                return head.strip()
        first = parts[0]
        first_sep = sep_match[0].group().strip() if sep_match else ""
        if first_sep in {"|", "»", "::", "·"} and len(first.split()) <= 3 and len(parts[1].split()) >= 3:
            return title[sep_match[0].end():].strip()
    return title


def _strip_ends(title: str, first: str, last: str, sites: set[str]) -> str:
    out = title
    seps = list(_TITLE_SEPARATORS.finditer(out))
    if seps and (_norm(last) in sites or _looks_like_domain(last)):
        out = out[: seps[-1].start()].strip()
        seps = list(_TITLE_SEPARATORS.finditer(out))
    if seps and (_norm(first) in sites or _looks_like_domain(first)):
        out = out[seps[0].end():].strip()
    return out


def _looks_like_domain(text: str) -> bool:
    return bool(re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", text.strip().lower()))


def split_authors(text: str) -> list[str]:
    """Names in a byline such as "By Jane Doe and John Roe, Reuters"."""
    text = " ".join(text.split())
    text = _BY_PREFIX.sub("", text)
    text = re.sub(r"(?i)\b(?:updated|published|posted|aktualisiert|mis à jour)\b.*$", "", text)
    text = text.replace("(", ",").replace(")", ",")
    parts = re.split(
        r"\s*(?:,|;|&|/|\||•|·|\b(?:and|und|et|y|e|en|with|avec|mit|con|com)\b)\s*", text, flags=re.IGNORECASE
    )
    out: list[str] = []
    for part in parts:
        part = part.strip(" .:-–—")
        if not part or part.startswith(("http://", "https://", "@")):
            continue
        if len(part) > 60 or len(part.split()) > 5:
            continue
        if re.search(r"\d", part):
            continue
        low = part.lower()
        if low in {"staff", "reuters", "ap", "afp", "associated press", "the associated press", "editor"}:
            if out:
                continue
        out.append(part)
    return out


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _from_ts(value: str) -> datetime | None:
    if re.fullmatch(r"\d{10}(?:\d{3})?", value):
        seconds = int(value[:10])
        return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)
    return None


def _date_value(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    parsed = _from_ts(value) or parse_iso(value) or parse_date(value)
    return valid_date(parsed)


_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|\.html?|$)"
)


def date_from_url(url: str) -> datetime | None:
    m = _URL_DATE.search(urlsplit(url).path) if url else None
    if not m:
        return None
    try:
        return valid_date(datetime(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    except (ValueError, RecursionError):
        return None


# Keys of <meta> tags that carry the publication date, best first.
_PUB_META = (
    "article:published_time", "og:article:published_time", "article:published", "og:published_time",
    "datepublished", "parsely-pub-date", "sailthru.date", "article.published", "published_time",
    "publish-date", "publish_date", "publishdate", "pubdate", "pub_date", "date.published",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
    "citation_publication_date", "citation_date", "citation_online_date", "prism.publicationdate",
    "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
    "date", "displaydate", "release_date", "created", "creation_date", "og:updated_time",
)
_MOD_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified",
             "dcterms.modified", "lastmod", "article.updated", "parsely-updated")
_AUTHOR_META = ("author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
                "dc.creator", "dcterms.creator", "citation_author", "byl", "twitter:creator:name",
                "cxenseparse:author", "article.author", "authors")
_SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher",
              "dc.publisher", "dcterms.publisher", "citation_publisher", "citation_journal_title",
              "twitter:app:name:iphone", "al:ios:app_name", "al:android:app_name", "cxenseparse:site",
              "copyright")
_TITLE_META = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "citation_title",
               "headline", "title")


def _meta(metas: dict[str, list[str]], keys: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for key in keys:
        out.extend(v for v in metas.get(key, []) if v.strip())
    return out


def _clean_site(name: str) -> str:
    name = " ".join(name.split()).strip(" |-–—:")
    name = re.sub(r"\s*\((?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\)$", "", name)  # "DW (www.dw.com)"
    name = re.sub(r"(?i)^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*", "", name)
    name = re.sub(r"(?i)[,.]?\s*all rights reserved\.?$", "", name).strip(" ,.")
    if not name or len(name) > 60 or name.startswith(("http://", "https://", "@")):
        return ""
    return name


def extract_metadata(info: PageInfo) -> Metadata:
    """Decide the page's title, author, source, date and URL from ``info``."""
    metas: dict[str, list[str]] = {}
    for key, value in info.metas:
        metas.setdefault(key, []).append(" ".join(value.split()))

    objects: list[dict[str, Any]] = []
    for raw in info.jsonld:
        _walk_ld(_loads(raw), objects)
    ids = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    ld = _best_ld(objects)

    md = Metadata()

    # URL
    url_candidates = [info.canonical, *_meta(metas, ("og:url", "twitter:url", "parsely-link"))]
    if ld is not None:
        url_candidates.append(_text(ld.get("url")))
        main = ld.get("mainEntityOfPage")
        url_candidates.append(_text(main.get("@id") if isinstance(main, dict) else main))
    for cand in url_candidates:
        if cand and cand.strip().startswith(("http://", "https://")):
            md.url = cand.strip()
            break

    # Source (publisher name)
    sites: list[str] = []
    if ld is not None:
        sites.extend(_names(ld.get("publisher"), ids)[:1])
        sites.extend(_names(ld.get("sourceOrganization"), ids)[:1])
    for obj in objects:
        if _types(obj) & {"newsmediaorganization", "organization"} and obj is not ld:
            name = _text(obj.get("name"))
            if name:
                sites.append(name)
        if _types(obj) & {"website"}:
            name = _text(obj.get("name"))
            if name:
                sites.append(name)
    sites.extend(_meta(metas, _SITE_META))
    cleaned = [c for c in (_clean_site(s) for s in sites) if c]
    md.site_names = _dedupe(cleaned)
    md.source = _pick_source(md.site_names)

    # Title
    titles: list[str] = []
    if ld is not None:
        titles.append(_text(ld.get("headline")))
        titles.append(_text(ld.get("name")))
    titles.extend(_meta(metas, _TITLE_META))
    titles.append(info.title_tag)
    titles.extend(info.h1[:1])
    for cand in titles:
        cand = " ".join(cand.split())
        if cand and len(cand) > 3:
            md.title = clean_title(cand, md.site_names, info.h1)
            break
    if md.source is None and info.title_tag:
        md.source = _site_from_title(info.title_tag, md.title)

    # Author
    authors: list[str] = []
    if ld is not None:
        authors = _names(ld.get("author"), ids) or _names(ld.get("creator"), ids)
    if not authors:
        for value in _meta(metas, _AUTHOR_META):
            if value.startswith(("http://", "https://", "@")):
                continue
            authors = split_authors(value)
            if authors:
                break
    if not authors:
        for value in info.itemprops.get("author", []) + info.rel_authors + info.bylines:
            authors = split_authors(value)
            if authors:
                break
    publisher_names = {_norm(s) for s in md.site_names}
    authors = [a for a in _dedupe(authors) if _norm(a) not in publisher_names and not _looks_like_domain(a)]
    md.author = ", ".join(_dedupe(authors)[:6]) or None

    # Date
    md.date = _pick_date(info, metas, ld, md.url)

    if ld is not None:
        body = ld.get("articleBody")
        if isinstance(body, str):
            md.ld_body = body.strip()
    return md


_TLD = re.compile(
    r"\.(?:com|fr|de|net|org|co\.uk|uk|it|es|at|ch|nl|be|ca|au|in|jp|ru|br|ar|mx|pl|se|dk|no|fi|pt|ie)$",
    re.IGNORECASE,
)


def _pick_source(names: list[str]) -> str | None:
    """The publisher name: "Le Monde" rather than "Le Monde.fr" when the page gives both."""
    if not names:
        return None
    first = names[0]
    if _looks_like_domain(first):
        for other in names[1:]:
            if not _looks_like_domain(other):
                return other
    if _TLD.search(first):
        bare = _TLD.sub("", first).strip()
        for other in names[1:]:
            if _norm(other) == _norm(bare):
                return other
        if " " in bare:
            return bare
    return first


def _site_from_title(title_tag: str, title: str) -> str | None:
    full = " ".join(title_tag.split())
    if not title or full == title or not full.startswith(title):
        rest = full[: len(full) - len(title)] if title and full.endswith(title) else ""
    else:
        rest = full[len(title):]
    rest = rest.strip(" |-–—:·»")
    if rest and len(rest.split()) <= 4 and not _looks_like_domain(rest):
        return rest
    return None


def _pick_date(
    info: PageInfo, metas: dict[str, list[str]], ld: dict[str, Any] | None, url: str | None
) -> datetime | None:
    if ld is not None:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            found = _date_value(_text(ld.get(key)))
            if found is not None:
                return found
    for key in _PUB_META:
        for value in metas.get(key, []):
            parsed = _date_value(value)
            if parsed is not None:
                return parsed
    for raw in metas.get("parsely-page", []):
        data = _loads(raw)
        if isinstance(data, dict):
            parsed = _date_value(_text(data.get("pub_date")))
            if parsed is not None:
                return parsed
    for key in ("datepublished", "datecreated"):
        for value in info.itemprops.get(key, []):
            parsed = _date_value(value)
            if parsed is not None:
                return parsed
    for hint_wanted in ("pub", ""):
        for value, hint in info.times:
            if hint == hint_wanted:
                parsed = _date_value(value)
                if parsed is not None:
                    return parsed
    from_url = date_from_url(url or "")
    if from_url is not None:
        return from_url
    for text in [info.title_tag, *metas.get("title", [])]:
        parsed = valid_date(parse_date(text)) if text else None
        if parsed is not None:
            return parsed
    for text in info.datelines:
        parsed = valid_date(parse_date(text))
        if parsed is not None:
            return parsed
    if ld is not None:
        found = _date_value(_text(ld.get("dateModified")))
        if found is not None:
            return found
    for key in _MOD_META:
        for value in metas.get(key, []):
            parsed = _date_value(value)
            if parsed is not None:
                return parsed
    for value, hint in info.times:
        if hint == "mod":
            parsed = _date_value(value)
            if parsed is not None:
                return parsed
    return None
