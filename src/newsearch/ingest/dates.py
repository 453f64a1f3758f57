"""Date-string parsing shared by the readers: every function returns a naive UTC ``datetime`` or ``None``.

Nothing here guesses: a string without a full year, month and day gives ``None``, an ambiguous
``03/04/2025`` gives ``None``, and a missing value never defaults to today.
Standard library only.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

__all__ = ["MONTHS", "parse_date", "parse_iso", "to_naive_utc", "valid_date"]

#: Month names and abbreviations (lower case, accents kept and stripped) in English, French, German,
#: Spanish, Portuguese, Italian and Dutch.
MONTHS: dict[str, int] = {}


def _add_months(names: str) -> None:
    for number, group in enumerate(names.split(";"), start=1):
        for name in group.split(","):
            name = name.strip()
            if name:
                MONTHS[name] = number


_add_months(
    # English
    "january,jan;february,feb;march,mar;april,apr;may;june,jun;july,jul;august,aug;"
    "september,sep,sept;october,oct;november,nov;december,dec"
)
_add_months(
    # French
    "janvier,janv;février,fevrier,févr,fevr,fév,fev;mars;avril,avr;mai;juin;juillet,juil;août,aout;"
    "septembre;octobre;novembre;décembre,decembre,déc"
)
_add_months(
    # German
    "januar,jänner,jaenner,jän;februar;märz,maerz,mär,mrz;april;mai;juni;juli;august;september;"
    "oktober,okt;november;dezember,dez"
)
_add_months(
    # Spanish
    "enero,ene;febrero;marzo;abril,abr;mayo;junio;julio;agosto,ago;septiembre,setiembre,set;"
    "octubre;noviembre;diciembre,dic"
)
_add_months(
    # Portuguese
    "janeiro;fevereiro;março,marco;abril;maio;junho;julho;agosto;setembro;outubro,out;novembro;dezembro"
)
_add_months(
    # Italian
    "gennaio,gen;febbraio;marzo;aprile;maggio,mag;giugno,giu;luglio,lug;agosto;settembre;ottobre,ott;"
    "novembre;dicembre"
)
_add_months(
    # Dutch
    "januari;februari;maart,mrt;april;mei;juni;juli;augustus;september;oktober;november;december"
)

#: Offsets of the time-zone abbreviations news sites print, in minutes east of UTC.
_TZ_ABBR: dict[str, int] = {
    "utc": 0, "gmt": 0, "z": 0, "ut": 0,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
    "bst": 60, "cet": 60, "cest": 120, "met": 60, "mez": 60, "mesz": 120, "eet": 120, "eest": 180,
    "wet": 0, "west": 60, "msk": 180, "ist": 330, "jst": 540, "kst": 540, "hkt": 480, "sgt": 480,
    "aest": 600, "aedt": 660, "acst": 570, "awst": 480, "nzst": 720, "nzdt": 780,
}

_TZ_RE = r"(?P<tz>Z|[+-]\d{2}(?::?\d{2})?|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5}(?![a-z]))"

_ISO_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"
    r"(?:(?:T|\s+|,\s*)(?P<H>\d{1,2})[:h](?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?\s*" + _TZ_RE + r"?)?",
    re.IGNORECASE,
)
_COMPACT_RE = re.compile(
    r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:T?(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?Z?)?$"
)
_NUMERIC_RE = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)"
)
_WORD = r"[^\W\d_]{3,}\.?"
_DMY_RE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s*(?:de\s+|of\s+)?(?P<mon>" + _WORD + r")"
    r",?\s*(?:de\s+)?(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_MDY_RE = re.compile(
    r"(?P<mon>" + _WORD + r")\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?,?\s*(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_TIME_RE = re.compile(
    r"[\s,|@\-–—]*(?:at\s+|um\s+|à\s+|a las\s+|alle\s+|om\s+|-\s*)?"
    r"(?P<H>\d{1,2})[:.h](?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*(?:uhr\s*)?"
    + _TZ_RE
    + r"?",
    re.IGNORECASE,
)


def to_naive_utc(value: datetime) -> datetime:
    """``value`` as a naive datetime in UTC (naive input is taken to be UTC already)."""
    if value.tzinfo is not None and value.utcoffset() is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(tzinfo=None)


def valid_date(value: datetime | None, earliest: int = 1990) -> datetime | None:
    """``value`` if it is a plausible publication date (from ``earliest`` to about a year from now)."""
    if value is None:
        return None
    latest = datetime.now(UTC).replace(tzinfo=None) + timedelta(days=366)
    if value.year < earliest or value > latest:
        return None
    return value


def _tz_offset(text: str | None) -> int | None:
    """Minutes east of UTC for a zone written as ``Z``, ``+0200``, ``+02:00``, ``GMT+2`` or ``CEST``."""
    if not text:
        return None
    t = text.strip()
    low = t.lower()
    if low in _TZ_ABBR:
        return _TZ_ABBR[low]
    m = re.fullmatch(r"(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", low)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        if minutes > 14 * 60:
            return None
        return minutes if m.group(1) == "+" else -minutes
    return None


def _build(
    y: int, m: int, d: int, hh: int = 0, mm: int = 0, ss: int = 0, tz: int | None = None
) -> datetime | None:
    try:
        value = datetime(y, m, d, hh, mm, ss)
    except ValueError:
        return None
    if tz is not None:
        value -= timedelta(minutes=tz)
    return value


def _hour(h: str | None, ampm: str | None) -> int:
    hour = int(h or 0)
    if ampm:
        pm = ampm.lower().startswith("p")
        if pm and hour < 12:
            hour += 12
        elif not pm and hour == 12:
            hour = 0
    return hour


def _time_after(text: str, pos: int) -> tuple[int, int, int, int | None]:
    """Time of day (and zone) written right after a date ending at ``pos``; zeros when there is none."""
    m = _TIME_RE.match(text, pos)
    if not m:
        return 0, 0, 0, None
    hour = _hour(m.group("H"), m.group("ampm"))
    minute = int(m.group("M"))
    second = int(m.group("S") or 0)
    if hour > 23 or minute > 59 or second > 59:
        return 0, 0, 0, None
    return hour, minute, second, _tz_offset(m.group("tz"))


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def parse_iso(text: str) -> datetime | None:
    """ISO 8601 and its relatives (``2025-08-21``, ``2025-08-21T10:00:00+02:00``, ``2025/08/21 10:00``)."""
    m = _ISO_RE.search(text)
    if not m:
        return None
    if m.group("sep") != "-" and m.group("H") is None and m.start() > 0 and text[m.start() - 1] == "/":
        return None
    hh = _hour(m.group("H"), m.group("ampm")) if m.group("H") else 0
    mm = int(m.group("M") or 0)
    ss = int(m.group("S") or 0)
    if hh > 23 or mm > 59 or ss > 59:
        hh = mm = ss = 0
    tz = _tz_offset(m.group("tz"))
    return _build(int(m.group("y")), int(m.group("m")), int(m.group("d")), hh, mm, ss, tz)


def parse_date(s: str) -> datetime | None:
    """The first complete date in ``s`` as a naive UTC datetime, or ``None``.

    Understands ISO 8601 (with or without time and offset), ``20250821``, RFC 2822
    (``Thu, 21 Aug 2025 10:00:00 +0000``), ``21 August 2025``, ``Aug. 21, 2025``, ``August 21st, 2025``,
    ``21. August 2025``, ``21 de agosto de 2025``, ``le 21 août 2025``, ``21.08.2025`` and unambiguous
    ``08/21/2025``; a time of day and a zone written after the date are applied.
    """
    if not s:
        return None
    text = " ".join(s.split())[:300]
    if not text:
        return None
    m = _COMPACT_RE.match(text)
    if m:
        return _build(
            int(m.group("y")), int(m.group("m")), int(m.group("d")),
            int(m.group("H") or 0), int(m.group("M") or 0), int(m.group("S") or 0),
        )
    found: list[tuple[int, datetime]] = []
    iso = _ISO_RE.search(text)
    if iso:
        value = parse_iso(text[iso.start():])
        if value is not None:
            found.append((iso.start(), value))
    for rx in (_DMY_RE, _MDY_RE):
        for m in rx.finditer(text):
            month = _month(m.group("mon"))
            if month is None:
                continue
            hh, mi, ss, tz = _time_after(text, m.end())
            value = _build(int(m.group("y")), month, int(m.group("d")), hh, mi, ss, tz)
            if value is not None:
                found.append((m.start(), value))
                break
    for m in _NUMERIC_RE.finditer(text):
        a, b, sep = int(m.group("a")), int(m.group("b")), m.group("sep")
        if sep in ".-" or a > 12:
            day, month = a, b
        elif b > 12:
            day, month = b, a
        else:
            continue  # 03/04/2025: day and month cannot be told apart
        hh, mi, ss, tz = _time_after(text, m.end())
        value = _build(int(m.group("y")), month, day, hh, mi, ss, tz)
        if value is not None:
            found.append((m.start(), value))
            break
    if not found:
        return None
    found.sort(key=lambda item: item[0])
    return found[0][1]
