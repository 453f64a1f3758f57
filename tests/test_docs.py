"""The README is the user's first screen: its commands exist, its examples run, CI runs its test command."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsearch.cli import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))  # type: ignore[attr-defined]
def test_every_command_has_help_and_is_in_the_readme(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.stdout
    assert f"newsearch {name}" in README


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    command = ci.strip().splitlines()[-1]
    assert command in README


def test_readme_main_command_indexes_seeds_and_queries() -> None:
    assert "pip install . && newsearch index && newsearch query \"security guarantees\"" in README


@pytest.mark.parametrize("doc", ["README.md", "docs/query.md"])
def test_python_examples_run(tmp_path: Path, doc: str) -> None:
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / doc).read_text(encoding="utf-8"), flags=re.S)
    assert blocks
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "new-articles").mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    outputs = []
    for block in blocks:
        result = subprocess.run([sys.executable, "-c", block], cwd=tmp_path, capture_output=True, text=True,
                                env=env, timeout=60)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    if doc == "README.md":
        assert "['security', 'guarantees']" in outputs[0]
        assert "Kingsley Wilson" in outputs[0]
