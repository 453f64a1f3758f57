"""The query side of the library: query language, filters, order, context, facets, suggestions, similar, stats."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

import newsearch
from newsearch import QuerySyntaxError
from newsearch.store import NewsIndex


@pytest.fixture(scope="module")
def ix(query_index: Path) -> Iterator[NewsIndex]:  # noqa: F811
    with NewsIndex.open(query_index) as index:
        yield index


def ids(result: newsearch.SearchResult) -> list[str]:
    return [h.record.id for h in result.hits]


def texts(result: newsearch.SearchResult) -> list[str]:
    return [h.record.text for h in result.hits]


# -- must-keep regressions ----------------------------------------------------------------------------------------
def test_us_troops_finds_us(ix: NewsIndex) -> None:
    hit = ix.search("US troops", limit=1).hits[0]
    assert "US troops" in hit.record.text
    marked = {hit.record.text[a:b] for a, b in hit.spans}
    assert {"US", "troops"} <= marked


@pytest.mark.parametrize("who", ["colby", "COLBY", "Elbridge Colby", "elbridge colby"])
def test_speaker_filter_case_and_surname(ix: NewsIndex, who: str) -> None:
    result = ix.search("security", speaker=who)
    assert result.hits and all("Elbridge Colby" in h.record.speakers for h in result.hits)


@pytest.mark.parametrize("text", ['security speaker:"Elbridge Colby"', 'speaker:"elbridge colby" security',
                                  'security (speaker:"elbridge colby" OR speaker:"mark rutte")'])
def test_quoted_full_name_clause_next_to_words(ix: NewsIndex, text: str) -> None:
    # a quoted name is one keyword: Whoosh's one-word phrase on a field without positions used to raise
    result = ix.search(text, per_article=0)
    who = {s for h in result.hits for s in h.record.speakers}
    assert result.hits and "Elbridge Colby" in who
    assert all({"Elbridge Colby", "Mark Rutte"} & set(h.record.speakers) for h in result.hits)


@pytest.mark.parametrize(("since", "until", "expected"), [
    ("2025", None, {"2025-07", "2025-08", "2025-09"}),
    ("2025-08", "2025-08", {"2025-08"}),
    (None, "2024", {"2024-03"}),
    ("2025-08-15", "2025-08-31", {"2025-08"}),
])
def test_since_until_forms(query_index: Path, since: str | None, until: str | None,  # noqa: F811
                           expected: set[str]) -> None:
    result = newsearch.search(query_index, "the OR europe OR stocks OR guarantees OR colby", since=since,
                              until=until, limit=50, per_article=0)
    months = {h.record.date.strftime("%Y-%m") for h in result.hits if h.record.date}
    assert months == expected and all(h.record.date for h in result.hits)


def test_until_day_is_inclusive(ix: NewsIndex) -> None:
    result = ix.search("rutte", until=datetime(2025, 8, 14, 23, 59, 59))
    assert result.hits


@pytest.mark.parametrize("text", ["the", "of the and", "   "])
def test_stopword_only_query_errors(ix: NewsIndex, text: str) -> None:
    with pytest.raises(QuerySyntaxError):
        ix.search(text)


def test_headline_only_match_finds_the_headline_record(ix: NewsIndex) -> None:
    # free words search paragraph text; the headline is a record of its own, so the article is still found
    result = ix.search("heatwave", per_article=0)
    assert [h.record.kind for h in result.hits] == ["headline"]
    # title: searches every record's headline; a paragraph found that way gets the start of its text as snippet
    body = [h for h in ix.search("title:heatwave", per_article=0).hits if h.record.kind == "paragraph"]
    assert body
    for h in body:
        assert "heatwave" not in h.record.text.lower()
        assert h.snippet and h.record.text.startswith(h.snippet.rstrip(" …")[:20])


def test_spans_cover_matched_words(ix: NewsIndex) -> None:
    for hit in ix.search("guarantees negotiations").hits:
        words = {hit.record.text[a:b].lower() for a, b in hit.spans}
        assert words <= {"guarantees", "negotiations", "negotiate"}
        for a, b in hit.snippet_spans:
            assert hit.snippet[a:b].lower() in {"guarantees", "negotiations", "negotiate"}


# -- query language -----------------------------------------------------------------------------------------------
def test_phrase_and_slop(ix: NewsIndex) -> None:
    exact = ix.search('"security guarantees"', per_article=0)
    # the phrase ranks first where the paragraph holds it (it may also match through the headline or context)
    assert all("security guarantees" in h.record.text.lower() for h in exact.hits[:3])
    assert all(h.spans for h in exact.hits[:3])
    slop = ix.search('"security Ukraine"~6', per_article=0)
    assert any(h.record.id.endswith(":1") for h in slop.hits)


def test_article_score_takes_a_phrase_as_its_words(ix: NewsIndex) -> None:
    # the hidden article documents keep no positions: the article search must not ask for a phrase there
    from newsearch.searching import _article_scores

    searcher = ix.searcher()
    phrase = _article_scores(searcher, '"security guarantees" OR "NATO official"~2', 10)
    assert phrase and phrase == _article_scores(searcher, "(security AND guarantees) OR (NATO AND official)", 10)


def test_and_or_not_grouping(ix: NewsIndex) -> None:
    both = ix.search("rutte AND guarantees")
    assert both.hits and all("Rutte" in h.record.text + h.record.title for h in both.hits[:1])
    either = ix.search("lagarde OR sanchez", per_article=0)
    assert {h.record.source for h in either.hits} == {"Reuters", "BBC News"}
    grouped = ix.search("(lagarde OR sanchez) AND inflation")
    assert "inflation" in grouped.hits[0].record.text and "Lagarde" in grouped.hits[0].record.text
    assert {h.record.title for h in grouped.hits} == {"Markets rally after rate decision"}


@pytest.mark.parametrize("text", ["security NOT guarantees", "security -guarantees"])
def test_excluded_words(ix: NewsIndex, text: str) -> None:
    result = ix.search(text, per_article=0, limit=50)
    assert result.hits
    assert all("guarantee" not in h.record.text.lower() for h in result.hits)
    # the exclusion looks at the paragraph itself, not its headline or neighbours
    assert any("own security" in h.record.text for h in result.hits)


@pytest.mark.parametrize(("text", "check"), [
    ("security speaker:colby", lambda h: "Elbridge Colby" in h.record.speakers),
    ("speaker:'elbridge colby'", lambda h: "Elbridge Colby" in h.record.speakers),
    ('speaker:"Elbridge Colby"', lambda h: "Elbridge Colby" in h.record.speakers),
    ("Speaker:RUTTE", lambda h: "Mark Rutte" in h.record.speakers),
    ("europe source:reuters", lambda h: h.record.source == "Reuters"),
    ("source:'bbc news'", lambda h: h.record.source == "BBC News"),
    ("author:chen", lambda h: h.record.author == "Ann Lee, Bo Chen"),
    ("title:heatwave", lambda h: "Heatwave" in h.record.title),
    ("europe date:2025-08", lambda h: h.record.date and h.record.date.strftime("%Y-%m") == "2025-08"),
    ("date:[2025-08-01 TO 2025-08-31]", lambda h: h.record.date and h.record.date.month == 8),
    ("date:>=2025 europe", lambda h: h.record.date and h.record.date.year == 2025),
    ("date:2024", lambda h: h.record.date and h.record.date.year == 2024),
    ("path:*heat*", lambda h: h.record.path.endswith("heat.txt")),
    ("kind:headline europe", lambda h: h.record.kind == "headline"),
    ("quote:normal", lambda h: "new normal" in h.record.text),
])
def test_field_clauses_restrict(ix: NewsIndex, text: str, check: object) -> None:
    result = ix.search(text, per_article=0, limit=50)
    assert result.hits, text
    assert all(check(h) for h in result.hits), text  # type: ignore[operator]


def test_prefix_and_fuzzy(ix: NewsIndex) -> None:
    prefix = ix.search("negotiat*", per_article=0)
    assert {h.record.text[a:b].lower() for h in prefix.hits for a, b in h.spans} >= {"negotiate", "negotiations"}
    fuzzy = ix.search("guarantes~")
    assert fuzzy.hits and any("guarantees" in h.record.text for h in fuzzy.hits)


@pytest.mark.parametrize(("text", "fragment"), [
    ('security "guarantees', "unbalanced quote"),
    ("(security guarantees", "unbalanced '('"),
    ("security)", "unbalanced ')'"),
    ("date:[2025-08 TO 2025-09", "unbalanced '['"),
    ("AND security", "AND needs"),
    ("security OR", "OR needs"),
    ("security NOT", "NOT needs"),
    ("*", "too broad"),
    ("s*", "too broad"),
    ("guarantees~5", "fuzzy distance"),
    ("date:2025-13", "month must be"),
    ("date:yesterdayish", "bad date 'yesterdayish'"),
    ("colour:red", "unknown field 'colour'"),
    ("speaker: colby", "speaker: needs a value"),
    ("-guarantees", "only exclude"),
])
def test_malformed_queries_point_at_the_problem(ix: NewsIndex, text: str, fragment: str) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        ix.search(text)
    message = str(info.value)
    assert fragment in message
    if "column" in message:
        lines = message.splitlines()
        col = int(lines[0].rsplit("column ", 1)[1].rstrip(")"))
        assert lines[2].index("^") - 2 == col - 1


def test_wildcard_expansion_bound(ix: NewsIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsearch.querylang as querylang

    monkeypatch.setattr(querylang, "MAX_EXPANSION", 2)
    with pytest.raises(QuerySyntaxError, match="more than 2 words"):
        ix.search("se*")


def test_question_mark_ending_a_word_is_not_a_wildcard(ix: NewsIndex) -> None:
    assert ix.search("who said normal?").hits[0].record.text.endswith("prime minister.")


# -- filters, order, paging, context ------------------------------------------------------------------------------
def test_option_filters_repeatable(ix: NewsIndex) -> None:
    result = ix.search("europe OR stocks OR temperatures", source=["reuters", "BBC News"], per_article=0, limit=50)
    assert {h.record.source for h in result.hits} == {"Reuters", "BBC News"}
    both = ix.search("security", speaker=["rutte", "colby"], per_article=0)
    names = [set(h.record.speakers) for h in both.hits]
    assert all(n & {"Mark Rutte", "Elbridge Colby"} for n in names)
    assert {"Mark Rutte", "Elbridge Colby"} <= set().union(*names)


@pytest.mark.parametrize(("glob", "name"), [("*/sub/*", "colby_profile.txt"), ("*heat.txt", "heat.txt")])
def test_path_glob(ix: NewsIndex, glob: str, name: str) -> None:
    result = ix.search("europe OR temperatures OR colby", path=glob, per_article=0)
    assert result.hits and all(h.record.path.endswith(name) for h in result.hits)


def test_path_glob_absolute_and_unmatched(ix: NewsIndex, query_corpus: Path) -> None:  # noqa: F811
    assert ix.search("temperatures", path=str(query_corpus / "*.txt")).hits
    assert ix.search("temperatures", path="nowhere/*").total == 0


@pytest.mark.parametrize("sort", ["date", "-date"])
def test_sort_by_date(ix: NewsIndex, sort: str) -> None:
    result = ix.search("europe OR trump OR stocks", sort=sort, per_article=0, limit=50)
    dated = [h.record.date for h in result.hits if h.record.date]
    assert dated == sorted(dated, reverse=sort == "-date")
    assert result.hits[-1].record.date is None, "undated records come last"
    assert result.total == len(result.hits)


def test_per_article_cap_and_paging(ix: NewsIndex) -> None:
    capped = ix.search("security OR guarantees OR troops", per_article=1, limit=50)
    assert len({h.record.article_id for h in capped.hits}) == len(capped.hits)
    everything = ix.search("security OR guarantees OR troops", per_article=0, limit=4)
    second = ix.search("security OR guarantees OR troops", per_article=0, limit=2, page=2)
    assert ids(second) == ids(everything)[2:4]
    assert [h.rank for h in second.hits] == [3, 4] and second.offset == 2
    with pytest.raises(QuerySyntaxError):
        ix.search("security", page=2, offset=3)


def test_context_neighbours(ix: NewsIndex) -> None:
    result = ix.search('"new normal"', context=1)
    hit = result.hits[0]
    around = result.context_of(hit)
    assert [r.paragraph for r in around] == [1]
    wide = ix.search("munitions", context=2)
    assert [r.paragraph for r in wide.context_of(wide.hits[0])] == [1, 2]
    assert ix.search("munitions").context == {}


# -- facets -------------------------------------------------------------------------------------------------------
def test_facets_count_the_whole_result_set(ix: NewsIndex) -> None:
    facets = ["source", "speaker", "date", "date:year", "author"]
    result = ix.search("europe OR security", limit=1, facets=facets)
    everything = ix.search("europe OR security", limit=500, per_article=0)
    assert len(result.hits) == 1 and len(everything.hits) == result.total
    records = [h.record for h in everything.hits]

    def expected(values: list[str]) -> dict[str, int]:
        return {v: values.count(v) for v in values}

    def got(name: str) -> dict[str | None, int]:
        return {c.value: c.count for c in result.facets[name]}

    assert got("source") == expected([r.source for r in records if r.source])
    assert got("speaker") == expected([s for r in records for s in r.speakers])
    assert got("date") == expected([r.date.strftime("%Y-%m") for r in records if r.date])
    assert got("date:year") == expected([r.date.strftime("%Y") for r in records if r.date])
    assert got("author") == expected([a for r in records if r.author for a in r.author.split(", ")])
    assert [c.value for c in result.facets["date"]] == sorted(got("date"))  # type: ignore[type-var]


def test_facets_follow_filters_and_reject_unknown(ix: NewsIndex) -> None:
    result = ix.search("europe OR security", source="reuters", limit=0, facets=["source"])
    assert [(c.value, c.count) for c in result.facets["source"]] == [("Reuters", result.total)]
    assert result.hits == ()
    with pytest.raises(QuerySyntaxError, match="unknown facet"):
        ix.search("europe", facets=["colour"])


# -- suggestions --------------------------------------------------------------------------------------------------
def test_did_you_mean_word(ix: NewsIndex) -> None:
    result = ix.search("security guarantes")
    assert [(s.original, s.replacement) for s in result.suggestions] == [("guarantes", "guarantees")]
    assert result.suggestions[0].query == "security guarantees"


def test_did_you_mean_speaker(ix: NewsIndex) -> None:
    result = ix.search("speaker:colbie")
    assert result.total == 0
    assert result.suggestions[0].replacement == "Colby" and result.suggestions[0].query == "speaker:Colby"
    option = ix.search("guarantees", speaker="rute")
    assert [(s.field, s.replacement) for s in option.suggestions] == [("--speaker", "Rutte")]


def test_no_suggestion_for_known_words(ix: NewsIndex) -> None:
    assert ix.search("security guarantees").suggestions == ()
    assert ix.search("guarantes", suggest=False).suggestions == ()


# -- similar, speakers, stats, API --------------------------------------------------------------------------------
def test_similar_excludes_own_article(ix: NewsIndex) -> None:
    source = ix.search('"greater responsibility"', speaker="colby").hits[0].record
    result = ix.similar(source.id, limit=5)
    assert result.hits and all(h.record.article_id != source.article_id for h in result.hits)
    assert "responsibility" in result.hits[0].record.text
    assert result.hits[0].spans


def test_similar_unknown_record(ix: NewsIndex) -> None:
    with pytest.raises(newsearch.NewsearchError, match="no record"):
        ix.similar("nope:1")


def test_speaker_counts(query_index: Path) -> None:  # noqa: F811
    counts = newsearch.top_speakers(query_index, "security OR responsibility")
    assert counts[0].value == "Elbridge Colby"
    matching = newsearch.search(query_index, "security OR responsibility", limit=100, per_article=0)
    assert counts[0].count == sum("Elbridge Colby" in h.record.speakers for h in matching.hits)
    everyone = newsearch.top_speakers(query_index)
    # pentagon.txt ¶1 ("The Pentagon's top policy official", named in ¶2 as the undersecretary for policy), ¶2 and
    # ¶5, and two paragraphs of colby_profile.txt
    assert ("Elbridge Colby", 5) in {(c.value, c.count) for c in everyone}
    assert len(newsearch.top_speakers(query_index, limit=2)) == 2
    assert newsearch.top_speakers(query_index, "normal", quoted=True)[0].value == "Pedro Sanchez"


def test_stats(query_index: Path) -> None:  # noqa: F811
    summary = newsearch.stats(query_index)
    assert (summary.articles, summary.headlines, summary.paragraphs) == (6, 6, 18)
    assert (summary.sources, summary.authors) == (3, 3)
    assert summary.first_date == datetime(2024, 3, 2) and summary.last_date == datetime(2025, 9, 2)
    assert summary.undated == 3 and summary.size_bytes > 0 and summary.schema_version >= 2


def test_api_mirrors_cli_options(query_index: Path) -> None:  # noqa: F811
    result = newsearch.search(query_index, "europe", since="2025", path="*", sort="-date", context=1,
                              facets="source", page=1, limit=3)
    assert result.hits and result.facets["source"]
    assert newsearch.query(query_index, "europe", limit=2) == list(newsearch.search(query_index, "europe",
                                                                                    limit=2).hits)
    with pytest.raises(QuerySyntaxError, match="since"):
        newsearch.search(query_index, "europe", since="last week")


def test_quoted_still_matches_only_quotes(ix: NewsIndex) -> None:
    result = ix.search("europe", quoted=True, per_article=0)
    assert result.hits
    for h in result.hits:
        assert all(any(a <= s and e <= b for a, b in h.record.quotes) for s, e in h.spans)


@pytest.mark.parametrize("text", ["security guarantees", "europe", "troops OR stocks OR inflation",
                                  '"security guarantees"'])
def test_short_pages_rank_like_long_pages(ix: NewsIndex, text: str) -> None:
    # Whoosh's top-N shortcuts skip matches that cannot make the page; with the article boost they must not skip
    # one that the boost would lift onto it.
    long = ix.search(text, limit=40, per_article=0)
    for n in (1, 3, 5):
        short = ix.search(text, limit=n, per_article=0)
        assert [h.record.id for h in short.hits] == [h.record.id for h in long.hits[:n]]
        assert [round(h.score, 9) for h in short.hits] == [round(h.score, 9) for h in long.hits[:n]]
        assert short.total == long.total


def test_top_n_shortcuts_never_drop_a_boosted_paragraph(tmp_path: Path) -> None:
    import random

    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(40)]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for a in range(150):
        topic = rng.sample(vocab, 4)
        paras = [" ".join(rng.choice(topic) if rng.random() < 0.3 else rng.choice(vocab)
                          for _ in range(rng.randint(4, 30))) for _ in range(rng.randint(2, 8))]
        (corpus / f"a{a:03d}.txt").write_text(f"Story {a}\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    newsearch.build_index([corpus], tmp_path / "ix")
    with NewsIndex.open(tmp_path / "ix") as index:
        for _ in range(25):
            text = " ".join(rng.sample(vocab, rng.randint(1, 3)))
            full = [h.record.id for h in index.search(text, limit=60, per_article=0).hits]
            for n in (1, 4, 10):
                assert [h.record.id for h in index.search(text, limit=n, per_article=0).hits] == full[:n], text
