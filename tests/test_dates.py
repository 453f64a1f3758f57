from __future__ import annotations

from datetime import datetime

import pytest

from newsearch.ingest.dates import parse_date, to_naive_utc, valid_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-08-21", datetime(2025, 8, 21)),
        ("2025-08-21T10:00:00+02:00", datetime(2025, 8, 21, 8, 0)),
        ("2025-08-21T23:30:00-05:00", datetime(2025, 8, 22, 4, 30)),
        ("2025-08-21T10:00:00Z", datetime(2025, 8, 21, 10, 0)),
        ("2025-08-21T10:00:00.123456+0000", datetime(2025, 8, 21, 10, 0)),
        ("20250821", datetime(2025, 8, 21)),
        ("21 August 2025", datetime(2025, 8, 21)),
        ("Aug. 21, 2025", datetime(2025, 8, 21)),
        ("August 21st, 2025", datetime(2025, 8, 21)),
        ("Thu, 21 Aug 2025 10:00:00 +0000", datetime(2025, 8, 21, 10, 0)),
        ("Thu, 21 Aug 2025 10:00:00 GMT", datetime(2025, 8, 21, 10, 0)),
        ("Friday 24 July 2015 10.41 BST", datetime(2015, 7, 24, 9, 41)),
        ("Aug 21, 2025 11:30 pm EDT", datetime(2025, 8, 22, 3, 30)),
        ("21. August 2025, 14:30 Uhr", datetime(2025, 8, 21, 14, 30)),
        ("le 21 août 2025 à 10h30", datetime(2025, 8, 21, 10, 30)),
        ("21 de agosto de 2025", datetime(2025, 8, 21)),
        ("21.08.2025", datetime(2025, 8, 21)),
        ("08/21/2025", datetime(2025, 8, 21)),
        ("21/08/2025", datetime(2025, 8, 21)),
        ("Updated 10:32 AM EDT, Fri July 24, 2015", datetime(2015, 7, 24)),
    ],
)
def test_parse_date(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", "nothing here", "May 2025", "2025", "03/04/2025", "31 February 2025"])
def test_parse_date_never_guesses(text: str) -> None:
    assert parse_date(text) is None


def test_to_naive_utc_and_valid_date() -> None:
    from datetime import timedelta, timezone

    aware = datetime(2025, 1, 1, 1, 0, tzinfo=timezone(timedelta(hours=2)))
    assert to_naive_utc(aware) == datetime(2024, 12, 31, 23, 0)
    assert valid_date(datetime(1970, 1, 1)) is None
    assert valid_date(datetime(2999, 1, 1)) is None
    assert valid_date(datetime(2020, 5, 5)) == datetime(2020, 5, 5)
