"""bench/speakers_breakdown.py sorts each miss and false alarm by what else happened in its paragraph."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import speakers_breakdown as sb  # noqa: E402


@pytest.mark.parametrize(("speaker", "form"), [
    ("Donald Trump", "name"), ("Pentagon", "name"), ("a senior official", "indefinite"),
    ("analysts", "indefinite"), ("One NATO diplomat", "indefinite"), ("the official", "definite"),
    ("Obama's chief of staff", "definite"),
])
def test_form(speaker: str, form: str) -> None:
    assert sb.form(speaker) == form


def test_paragraph_kinds() -> None:
    # nothing predicted: both gold speakers are misses of that kind
    k = sb.paragraph_kinds([], ["Donald Trump", "a NATO official"])
    assert k["miss, nothing predicted"] == 2 and k["miss, nothing predicted / indefinite"] == 1
    # the wrong person: one miss and one false alarm, paired
    k = sb.paragraph_kinds(["Jennifer Lovett"], ["Trump"])
    assert k["miss, wrong one predicted"] == 1 and k["false alarm, wrong one / name"] == 1 and k["right"] == 0
    # one right, one missed; a surname matches the full name
    k = sb.paragraph_kinds(["Trump"], ["Donald Trump", "Kim Jong Un"])
    assert k["right"] == 1 and k["miss, beside a right one"] == 1 and not k["false alarm, wrong one"]
    # a speaker where the gold has none, and an extra one beside a right one
    assert sb.paragraph_kinds(["the official"], [])["false alarm, paragraph has no speaker / definite"] == 1
    k = sb.paragraph_kinds(["Trump", "Pentagon"], ["Donald Trump"])
    assert k["false alarm, beside right ones"] == 1 and k["predicted"] == 2 and k["gold"] == 1
