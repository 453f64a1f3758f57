"""The library API: build, re-build, query, parse — without click on the import path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsearch
from newsearch import Hit, IndexNotFoundError, QuerySyntaxError, Record, build_index, parse, query, search


def test_public_api_is_explicit() -> None:
    for name in newsearch.__all__:
        assert getattr(newsearch, name) is not None


def test_importing_newsearch_loads_neither_click_nor_bs4_nor_whoosh() -> None:
    code = (
        "import sys, newsearch\n"
        "bad = [m for m in ('click', 'bs4', 'whoosh', 'newsearch.speakers') if m in sys.modules]\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_query_returns_our_hits_with_spans(built_index: Path) -> None:
    hits = query(built_index, "security guarantees", limit=5)
    assert hits and all(isinstance(h, Hit) and isinstance(h.record, Record) for h in hits)
    first = hits[0]
    words = {first.record.text[a:b].lower() for a, b in first.spans}
    assert words == {"security", "guarantees"}


def test_paragraphs_with_all_words_rank_first(built_index: Path) -> None:
    hits = query(built_index, "security guarantees", limit=20)
    both = ["security" in h.record.text.lower() and "guarantees" in h.record.text.lower() for h in hits]
    assert both[: sum(both)] == [True] * sum(both)


def test_headline_only_match_finds_the_article_with_a_snippet(built_index: Path) -> None:
    hits = query(built_index, "minimal role signals")
    assert hits[0].record.kind == "headline"
    assert hits[0].snippet.startswith("Pentagon signals minimal US role")


def test_us_is_not_a_stop_word(built_index: Path) -> None:
    hits = query(built_index, "US troops", limit=3)
    assert hits[0].record.title.startswith("US troops to stay in Germany")
    marked = {hits[0].record.text[a:b] for a, b in hits[0].spans}
    assert "US" in marked


def test_speaker_filter_ignores_case_and_accepts_a_surname(built_index: Path) -> None:
    for who in ("Kingsley Wilson", "kingsley wilson", "Wilson"):
        hits = query(built_index, "security", speaker=who)
        assert [h.record.paragraph for h in hits] == [8], who


def test_speaker_field_in_query_text(built_index: Path) -> None:
    hits = query(built_index, "speaker:colby")
    assert hits and all("Elbridge Colby" in h.record.speakers for h in hits)


def test_since_until_filters(built_index: Path) -> None:
    assert {h.record.title for h in query(built_index, "budget deficit growth", since="2025")} == {
        "Chancellor defends budget plan"
    }
    assert query(built_index, "budget deficit growth", since="2025-04") == []
    assert query(built_index, "troops", until="2024-06-01") == []
    assert query(built_index, "troops", since="2024-06-02", until="2024-06-02")


def test_search_reports_the_total(built_index: Path) -> None:
    result = search(built_index, "security", limit=1)
    assert len(result.hits) == 1 and result.total > 1


@pytest.mark.parametrize("text", ["", "   ", "the", "the of and"])
def test_empty_or_stopword_only_query_is_an_error(built_index: Path, text: str) -> None:
    with pytest.raises(QuerySyntaxError):
        query(built_index, text)


def test_missing_index_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(IndexNotFoundError, match="newsearch index"):
        query(tmp_path / "nowhere", "anything")


def test_reindexing_the_same_paths_adds_no_duplicates(corpus_dir: Path, tmp_path: Path) -> None:
    first = build_index([corpus_dir], tmp_path / "ix")
    again = build_index([corpus_dir], tmp_path / "ix")
    assert first.added == 3 and again.added == 0 and again.skipped == 3
    ids = [h.record.id for h in query(tmp_path / "ix", "security guarantees troops budget", limit=100, per_article=0)]
    assert len(ids) == len(set(ids))
    (corpus_dir / "budget.txt").write_text("Budget\nA new text about the budget.\n")
    third = build_index([corpus_dir], tmp_path / "ix")
    assert third.updated == 1
    hits = query(tmp_path / "ix", "budget", per_article=0, limit=100)
    assert sorted(h.record.paragraph for h in hits if h.record.title == "Budget") == [0, 1]


def test_parse_yields_records_with_the_documented_fields(corpus_dir: Path) -> None:
    records = list(parse([corpus_dir]))
    keys = set(records[0].as_dict())
    assert {"id", "article_id", "path", "title", "paragraph", "text", "speakers", "source", "date", "author",
            "kind"} <= keys
    assert len({r.article_id for r in records}) == 3
    again = list(parse([corpus_dir]))
    assert [r.id for r in records] == [r.id for r in again]  # stable ids


SEED_SPEAKERS = {
    2: {"Elbridge Colby"},
    4: {"one NATO diplomat"},
    6: {"Donald Trump", "one European official"},
    8: {"Kingsley Wilson"},
    9: {"Mark Rutte", "a NATO official"},
    10: {"one European official"},
    5: set(),
}


def test_seed_speakers() -> None:
    from tests.conftest import SEED

    by_para = {r.paragraph: set(r.speakers) for r in parse([SEED])}
    for para, expected in SEED_SPEAKERS.items():
        assert expected <= by_para[para] if expected else by_para[para] == set(), para


def test_count_false_gives_the_same_hits_and_a_lower_bound(built_index: Path) -> None:
    exact = search(built_index, "security troops budget", limit=2)
    quick = search(built_index, "security troops budget", limit=2, count=False)
    assert [h.record.id for h in quick.hits] == [h.record.id for h in exact.hits]
    assert exact.total_exact and exact.total > 2
    # a small result set is scored whole, so even an uncounted total is exact; otherwise it is a lower bound
    assert quick.total == exact.total if quick.total_exact else 2 <= quick.total <= exact.total
