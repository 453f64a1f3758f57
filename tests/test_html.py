from __future__ import annotations

import gzip
import json
from datetime import datetime
from pathlib import Path

import pytest

from newsearch.errors import ArticleParseError
from newsearch.ingest import html as html_reader
from newsearch.ingest.html import read_html
from newsearch.ingest.htmlmeta import clean_title

DATA = Path(__file__).parent / "data"

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Council approves bus lanes | The Example Gazette</title>
<meta property="og:site_name" content="The Example Gazette">
<link rel="canonical" href="https://example.com/2025/08/21/bus-lanes">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "Gazette site"},
 {"@type": "NewsArticle", "headline": "Council approves bus lanes",
  "datePublished": "2025-08-21T10:00:00+02:00", "author": [{"@type": "Person", "name": "Jane Doe"},
  {"@type": "Person", "name": "John Roe"}],
  "publisher": {"@type": "Organization", "name": "The Example Gazette"}}]}
</script><script>var junk = "<p>not text</p>";</script><style>p {color: red}</style></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><article>
<h1>Council approves bus lanes</h1>
<p class="byline">By Jane Doe and John Roe</p>
<p><time datetime="2025-08-21T10:00:00+02:00">21 August 2025</time></p>
<figure><img src="a.jpg"><figcaption>The junction at rush hour. Photo: Example</figcaption></figure>
<div class="article-body">
<p>The city council voted on Thursday to approve three new bus lanes, a plan first proposed in 2023 and
 debated for two years.</p>
<p>“We will see faster buses by spring,” said Mayor Ana Ruiz, who has backed the plan since her election.</p>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<h2>Opposition from drivers</h2>
<p>Drivers' groups objected, saying the lanes would slow traffic on the ring road, and promised to take the
 matter to court.</p>
<ul><li>The lanes will run on Main Street, King Street and the ring road.</li>
<li><a href="/x">Bus</a></li></ul>
<blockquote>It is a victory for everyone who takes the bus to work every day, said a commuter.</blockquote>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Tram plan delayed again</a></li>
<li><a href="/b">Cycle lanes open on the river</a></li></ul></aside>
<div class="newsletter-signup">
<p>Sign up for our morning newsletter and get the news first every day.</p></div>
</div></article></main>
<section id="comments"><h2>Comments</h2>
<p>This is a great plan and I support it with all my heart, truly.</p></section>
<footer>
<p>© 2025 The Example Gazette. All rights reserved. Contact us for more information today.</p></footer>
</body></html>"""


def _read(text: str, path: str = "page.html") -> html_reader.Article:
    [art] = read_html(text.encode("utf-8"), path)
    return art


def test_article_page_body_and_metadata() -> None:
    art = _read(PAGE)
    assert art.format == "html" and art.path == "page.html" and art.article_id == ""
    assert art.title == "Council approves bus lanes"
    assert art.source == "The Example Gazette"
    assert art.author == "Jane Doe, John Roe"
    assert art.date == datetime(2025, 8, 21, 8, 0)
    assert art.url == "https://example.com/2025/08/21/bus-lanes"
    body = "\n".join(art.paragraphs)
    assert art.paragraphs[0].startswith("The city council voted on Thursday")
    assert "Mayor Ana Ruiz" in body
    assert "ring road, and promised to take the matter to court." in body
    assert "The lanes will run on Main Street" in body
    assert "victory for everyone" in body
    for junk in ("Home", "Share on", "Related stories", "Tram plan", "newsletter", "great plan", "©",
                 "By Jane Doe", "Photo: Example", "not text", "color: red"):
        assert junk not in body, junk
    assert "Council approves bus lanes" not in art.paragraphs


def test_same_result_with_html_parser_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _read(PAGE)
    monkeypatch.setattr(html_reader, "_build_lxml", lambda text: None)
    assert _read(PAGE) == expected


def test_gzipped_page_and_meta_fallbacks() -> None:
    page = """<html><head><title>Storm hits coast - Coast News</title>
    <meta property="og:site_name" content="Coast News">
    <meta property="article:published_time" content="2024-02-03T23:30:00-05:00">
    <meta name="author" content="By Sam Poe"></head><body>
    <div id="story">
    <p>The storm made landfall at dawn, tearing roofs off homes along the shore and cutting power
    to thousands of people.</p><p>Officials said it was the strongest storm to hit the region in a decade, and
    asked residents to stay indoors.</p></div></body></html>"""
    [art] = read_html(gzip.compress(page.encode()), "storm.html.gz")
    assert art.title == "Storm hits coast"
    assert art.source == "Coast News"
    assert art.author == "Sam Poe"
    assert art.date == datetime(2024, 2, 4, 4, 30)
    assert len(art.paragraphs) == 2


def test_date_from_url_only_and_never_today() -> None:
    page = """<html><head><link rel="canonical" href="https://news.example.org/2019/05/07/x.html"></head>
    <body><article><p>A paragraph long enough to be the body of this small article about nothing much.</p>
    </article></body></html>"""
    assert _read(page).date == datetime(2019, 5, 7)
    no_date = page.replace("/2019/05/07", "")
    assert _read(no_date).date is None


def test_declared_charset_and_wrong_declaration() -> None:
    text = "<html><head><meta charset='windows-1252'></head>"
    text += "<body><p>Café crème à la française, naïve.</p></body>"
    [art] = read_html(text.encode("cp1252"), "x.html")
    assert art.paragraphs == ("Café crème à la française, naïve.",)
    [art] = read_html((DATA / "malformed" / "wrong-charset.html").read_bytes(), "w.html")
    assert "élèves" in art.paragraphs[0]


@pytest.mark.parametrize("title,expected", [
    ("Obama admits US gun laws are his 'biggest frustration' - BBC News",
     "Obama admits US gun laws are his 'biggest frustration'"),
    ("Angry media won’t buckle | Herald Sun", "Angry media won’t buckle"),
    ("Example | How the vote was won", "How the vote was won"),
    ("A headline - with a dash inside it - Site", "A headline - with a dash inside it"),
])
def test_clean_title(title: str, expected: str) -> None:
    assert clean_title(title, ["BBC News", "Herald Sun", "Example", "Site"]) == expected


MALFORMED = sorted((DATA / "malformed").iterdir())


@pytest.mark.parametrize("path", MALFORMED, ids=[p.name for p in MALFORMED])
@pytest.mark.parametrize("parser", ["lxml", "bs4"])
def test_malformed_pages_never_crash(path: Path, parser: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if parser == "bs4":
        monkeypatch.setattr(html_reader, "_build_lxml", lambda text: None)
    try:
        arts = read_html(path.read_bytes(), str(path))
    except ArticleParseError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert len(arts) == 1
    assert all(p.strip() for p in arts[0].paragraphs)


@pytest.mark.parametrize("name", ["empty.html", "binary.html", "only-script.html", "whitespace.html"])
def test_unreadable_pages_raise(name: str) -> None:
    with pytest.raises(ArticleParseError):
        read_html((DATA / "malformed" / name).read_bytes(), name)


def test_deep_nesting_keeps_text() -> None:
    [art] = read_html((DATA / "malformed" / "deep-nesting.html").read_bytes(), "deep.html")
    assert art.paragraphs[0].startswith("Deep inside five thousand divs")


def test_gold_pages_meet_the_bar() -> None:
    """Every saved real page: body F1 (4-word shingles) of at least 0.8 against its gold text."""
    from collections import Counter

    def grams(text: str) -> Counter[tuple[str, ...]]:
        import re

        tokens = re.findall(r"\w+", text)
        return Counter(tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)))

    lines = (DATA / "html" / "gold.jsonl").read_text("utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line]
    assert gold
    for g in gold:
        [art] = read_html((DATA / "html" / g["file"]).read_bytes(), g["file"])
        want, got = grams(g["body"]), grams("\n".join(art.paragraphs))
        tp = sum((want & got).values())
        p, r = tp / max(1, sum(got.values())), tp / max(1, sum(want.values()))
        assert 2 * p * r / max(1e-9, p + r) >= 0.8, g["file"]
