"""Article metadata from text, file names and metadata files."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from newsearch import parse
from newsearch.extract import date_from_filename, parse_byline, source_from_text
from tests.conftest import SEED


@pytest.mark.parametrize(
    ("paragraphs", "source"),
    [
        (("WASHINGTON (Reuters) - The Senate voted on Tuesday.",), "Reuters"),
        (("LONDON, Aug 21 (Reuters) - Shares fell.",), "Reuters"),
        (("NEW YORK (AP) — A storm hit the city.",), "Associated Press"),
        (("(CNN) — Justice Samuel Alito is the tip of the spear.",), "CNN"),
        (("(CNN)Justice Samuel Alito is the tip of the spear.",), "CNN"),
        (("Elbridge Colby made the remarks, Caliber.Az reports via POLITICO.",), "Caliber.Az"),
        (("The minister said prices would rise.",), None),
        (("SALVADOR, Feb 26 - Showers continued throughout the week.",), None),
    ],
)
def test_source_from_text(paragraphs: tuple[str, ...], source: str | None) -> None:
    assert source_from_text(paragraphs) == source


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("2025-08-21-pentagon.txt", datetime(2025, 8, 21)),
        ("20250821_pentagon.txt", datetime(2025, 8, 21)),
        ("story_2025_08_21.txt", datetime(2025, 8, 21)),
        ("000_15ff85d46d6048c0.txt", None),
        ("20251345-story.txt", None),
        ("00001.txt", None),
    ],
)
def test_date_from_filename(name: str, date: datetime | None) -> None:
    assert date_from_filename(name) == date


def test_parse_byline_rejects_sentences() -> None:
    assert parse_byline("By Tamilla Hasanova") == "Tamilla Hasanova"
    assert parse_byline("By speeding up the tender process, they will make it possible.") is None


def test_seed_metadata_is_read_from_the_text_and_never_invented() -> None:
    records = list(parse([SEED]))
    assert {r.source for r in records} == {"Caliber.Az"}
    assert {r.author for r in records} == {"Tamilla Hasanova"}
    assert {r.date for r in records} == {None}  # the seed names no full date: unknown, not today
    assert records[2].cites == ("POLITICO",)


def test_sidecar_metadata_file_applies_to_articles_below_it(tmp_path: Path) -> None:
    (tmp_path / "articles" / "a").mkdir(parents=True)
    (tmp_path / "articles" / "a" / "1.txt").write_text("HEADLINE\nSALVADOR, Feb 26 - Text.\n")
    (tmp_path / "articles" / "a" / "2.txt").write_text("OTHER\nText.\n")
    entries = [{"file": "a/1.txt", "source": "Reuters", "date": "1987-02-26T15:01:01", "author": "By X Y, Reuters"}]
    (tmp_path / "metadata.jsonl").write_text("\n".join(json.dumps(e) for e in entries) + "\nnot json\n")
    records = {r.path.rsplit("/", 1)[-1] + f":{r.paragraph}": r for r in parse([tmp_path / "articles"])}
    assert records["1.txt:1"].date == datetime(1987, 2, 26, 15, 1, 1)
    assert records["1.txt:1"].source == "Reuters"
    assert records["1.txt:1"].author == "X Y"
    assert records["2.txt:1"].date is None and records["2.txt:1"].source is None


def test_explicit_metadata_wins(tmp_path: Path) -> None:
    (tmp_path / "2024-01-02-a.txt").write_text("---\nsource: In File\n---\nTitle\nWASHINGTON (Reuters) - Text.\n")
    [_, rec] = list(parse([tmp_path], meta={"source": "Given"}))
    assert rec.source == "Given"
    assert rec.date == datetime(2024, 1, 2)
    [_, rec] = list(parse([tmp_path]))
    assert rec.source == "In File"


REUTERS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578"


@pytest.mark.skipif(not REUTERS.is_dir(), reason="shared corpora not present")
def test_every_reuters_record_gets_its_date_from_the_metadata_file() -> None:
    folder = REUTERS / "articles" / "reut2-003"
    dates = {}
    for line in (REUTERS / "metadata.jsonl").read_text().splitlines():
        entry = json.loads(line)
        if entry["file"].startswith("reut2-003/"):
            dates[entry["file"].split("/")[1]] = entry["date"][:10]
    records = list(parse([folder]))
    assert records and all(r.source == "Reuters" for r in records)
    for r in records:
        assert r.date is not None and r.date.date().isoformat() == dates[r.path.rsplit("/", 1)[-1]]
