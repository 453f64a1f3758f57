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


# -- a richer corpus for the query-layer tests ------------------------------------------------------------------
#: file name -> content (front matter gives the metadata a plain-text file cannot carry).
ARTICLES: dict[str, str] = {
    "pentagon.txt": """---
source: Politico
date: 2025-08-21
author: Tamilla Hasanova
---
Pentagon signals minimal US role in Ukraine security guarantees
The Pentagon's top policy official has signalled that the United States intends to play only a minimal \
role in any future security guarantees for Ukraine.
"The U.S. is not fully committed to anything," said Elbridge Colby, the Defense undersecretary for policy.
Defence chiefs from the United Kingdom, France, Germany and Finland pressed the delegation for clarity \
on troops and air support.
Trump had said on August 18 he was ready to send US troops to Ukraine, but softened his stance a day later.
"Europe must take on greater responsibility for its own security," Colby said.
""",
    "nato.txt": """---
source: Reuters
date: 2025-08-14
author: Ann Lee, Bo Chen
---
NATO allies discuss postwar framework for Kyiv
NATO Secretary General Mark Rutte briefed alliance members in Brussels on Wednesday about possible security guarantees.
"Military planning in Europe is being advanced," Rutte said.
Officials said the guarantees would take months to negotiate.
""",
    "markets.txt": """---
source: Reuters
date: 2024-03-02
---
Markets rally after rate decision
Stocks rose on Wednesday after the central bank held interest rates steady.
"We expect inflation to keep falling," said Christine Lagarde, the bank's president.
Bond yields fell sharply across the euro area.
""",
    "heat.txt": """---
source: BBC News
date: 2025-07-01
---
Heatwave grips southern Europe
Temperatures topped 40C in Spain and Portugal as firefighters battled wildfires.
"This is the new normal," said Pedro Sanchez, the Spanish prime minister.
""",
    "undated.txt": """Budapest floated as venue for peace talks
The White House has floated Budapest as a potential venue for talks between Zelenskyy and Vladimir Putin.
Few officials believe negotiations will move at the pace Trump desires.
""",
    "sub/colby_profile.txt": """---
source: Politico
date: 2025-09-02
---
Elbridge Colby and the America First defence doctrine
Colby has urged Europe to take on greater responsibility for its own defence.
"Our allies must step up," Colby said in an interview.
His review of US munitions stockpiles prompted a pause in some weapons deliveries to Ukraine.
""",
}


@pytest.fixture(scope="session")
def query_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def query_index(query_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newsearch import build_index

    folder = tmp_path_factory.mktemp("index") / "ix"
    stats = build_index([query_corpus], folder)
    assert stats.failed == 0, stats.problems
    return folder
