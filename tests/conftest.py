"""Shared fixtures: tiny literal corpora, an index built once per session, a click runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_15ff85d46d6048c0.txt"

TROOPS = """US troops to stay in Germany, minister says

The defence minister said on Tuesday that US troops would remain in Germany for the foreseeable future.

"We have no plans to change the deployment," Defence Minister Anna Keller told reporters in Berlin.

Analysts said the decision reassured allies in the region.
"""

BUDGET = """---
title: Chancellor defends budget plan
date: 2025-03-14
source: The Example Times
author: Sam Writer
---
The chancellor defended the budget on Friday, saying the deficit would fall within three years.

"This is a budget for growth," Chancellor Maria Lopez said in a statement.
"""


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A folder with the seed article and two small articles in other layouts."""
    folder = tmp_path / "corpus"
    (folder / "world").mkdir(parents=True)
    shutil.copy(SEED, folder / SEED.name)
    (folder / "world" / "2024-06-02-troops.txt").write_text(TROOPS, encoding="utf-8")
    (folder / "budget.txt").write_text(BUDGET, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the seed plus two small articles, built once for the session (do not modify it)."""
    from newsearch import build_index

    base = tmp_path_factory.mktemp("built")
    folder = base / "corpus"
    (folder / "world").mkdir(parents=True)
    shutil.copy(SEED, folder / SEED.name)
    (folder / "world" / "2024-06-02-troops.txt").write_text(TROOPS, encoding="utf-8")
    (folder / "budget.txt").write_text(BUDGET, encoding="utf-8")
    stats = build_index([folder], base / "index")
    assert stats.failed == 0
    return base / "index"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
