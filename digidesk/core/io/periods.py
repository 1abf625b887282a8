"""Periods as the agencies write them, to one canonical text.

Canonical forms: years "2019"; months "2019M03"; quarters "2019K1"; half-years
"2019H1"; school and season years "2019/2020"; multi-year spans "2021-2024";
days "2021-02-26". Years must lie in 1800–2100, so kommun codes such as "0180"
and Excel-mangled "114" are not periods. A date on the first of a month is read
as that month, because monthly series are usually stored as such dates.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
from typing import NamedTuple

YEAR_MIN = 1800
YEAR_MAX = 2100

_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("januari", "januar", "january", "jan"),
    ("februari", "februar", "february", "feb"),
    ("mars", "marts", "march", "mar"),
    ("april", "apr"),
    ("maj", "mai", "may"),
    ("juni", "june", "jun"),
    ("juli", "july", "jul"),
    ("augusti", "august", "aug"),
    ("september", "sept", "sep"),
    ("oktober", "october", "okt", "oct"),
    ("november", "nov"),
    ("december", "desember", "dec", "des"),
)
_MONTHS = {name: n for n, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_ORDINALS = {
    **dict.fromkeys(("första", "første", "first"), 1),
    **dict.fromkeys(("andra", "andre", "second"), 2),
    **dict.fromkeys(("tredje", "third"), 3),
    **dict.fromkeys(("fjärde", "fjerde", "fourth"), 4),
}

# Patterns run on casefolded text with single spaces and "-" for any dash.
_Y = r"(\d{4})"
_QUARTER_WORD = r"(?:q|k|kv\.?|kvartal(?:et)?|quarter)"
_HALF_WORD = r"(?:h|halvår(?:et)?|half(?:-year| year)?)"
_ORDINAL = r"(\d|[a-zäåöø]+)(?:\.|:a|:e|st|nd|rd|th)?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("year", rf"^{_Y}$"),
        ("month", rf"^{_Y} ?m(\d{{1,2}})$"),
        ("month", rf"^{_Y}-(\d{{1,2}})$"),
        ("slash", rf"^{_Y} ?/ ?(\d{{1,2}}|\d{{4}})$"),
        ("range", rf"^{_Y} ?- ?{_Y}$"),
        (
            "date",
            rf"^{_Y}[-/](\d{{1,2}})[-/](\d{{1,2}})(?:[t ]\d{{1,2}}:\d\d(?::\d\d(?:\.\d+)?)?)?$",
        ),
        ("date_dmy", rf"^(\d{{1,2}})\.(\d{{1,2}})\.{_Y}$"),
        ("quarter", rf"^{_Y} ?-? ?{_QUARTER_WORD} ?([1-4])$"),
        ("quarter_first", rf"^{_QUARTER_WORD} ?([1-4]) ?[-/]? ?{_Y}$"),
        ("quarter_first", rf"^{_ORDINAL} ?{_QUARTER_WORD} {_Y}$"),
        ("half", rf"^{_Y} ?-? ?{_HALF_WORD} ?([12])$"),
        # ISO weeks, as FoHM and Socialstyrelsen report them: "2020V05", "2020-W05", "2020 v5".
        ("week", rf"^{_Y} ?-? ?(?:v|w|vecka|veke|uke|week) ?(\d{{1,2}})$"),
        ("half_first", rf"^{_HALF_WORD} ?([12]) ?[-/]? ?{_Y}$"),
        ("half_first", rf"^{_ORDINAL} ?{_HALF_WORD} {_Y}$"),
        ("month_name_first", rf"^([a-zäåöø]+)\.?[ \-/]?{_Y}$"),
        ("month_name_last", rf"^{_Y}[ \-/]?([a-zäåöø]+)\.?$"),
    )
)
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})
# Longer than any way of writing a period; keeps arbitrary cell text cheap to reject.
_MAX_TEXT = 40


class _Period(NamedTuple):
    kind: str  # year, month, quarter, half, season, range, date
    year: int
    part: int = 0  # month, quarter or half; the last year of a season or range
    day: int = 0


# -- parsing -----------------------------------------------------------------------------------


def parse_period(value: object, *, day_one_as_month: bool = True) -> str | None:
    """The canonical period ``value`` names, or None when it is not a period.

    ``value`` may be a cell of any kind: text, a year as int or float (2019.0 from
    Excel), or a date. With ``day_one_as_month`` a date on the 1st names its month
    ("2019M03"); otherwise every date stays a day ("2019-03-01").
    """
    period = _parse(value)
    if period is None:
        return None
    if period.kind == "date" and day_one_as_month and period.day == 1:
        period = _Period("month", period.year, period.part)
    return _format(period)


def is_period_label(text: str) -> bool:
    """True if ``text`` as a whole names a period (a header "2019", "2019M03", "Q1 2019")."""
    return isinstance(text, str) and _parse(text) is not None


def period_sort_key(period: str) -> tuple[int, int, int, int, int, int, str]:
    """Order periods in time, a longer period before the shorter ones it starts with.

    2019 < 2019H1 < 2019K1 < 2019M01 < 2019M12 < 2020; a school year 2019/2020 starts in
    August. Text that is not a period sorts after all periods, alphabetically.
    """
    parsed = _parse(period)
    if parsed is None:
        return (1, 0, 0, 0, 0, 0, str(period))
    kind, year, part, day = parsed
    if kind == "range":
        return (0, year, 1, 1, 0, part, "")
    if kind == "year":
        return (0, year, 1, 1, 1, 0, "")
    if kind == "season":
        return (0, year, 8, 1, 1, 0, "")
    if kind == "half":
        return (0, year, 6 * part - 5, 1, 2, 0, "")
    if kind == "quarter":
        return (0, year, 3 * part - 2, 1, 3, 0, "")
    if kind == "month":
        return (0, year, part, 1, 4, 0, "")
    if kind == "week":
        monday = dt.date.fromisocalendar(year, part, 1)
        return (0, monday.year, monday.month, monday.day, 4, 1, "")
    return (0, year, part, day, 5, 0, "")


def _parse(value: object) -> _Period | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime | dt.date):
        try:
            year, month, day = int(value.year), int(value.month), int(value.day)
        except (TypeError, ValueError):  # pandas NaT is a datetime without a date
            return None
        return _Period("date", year, month, day) if _year_ok(year) else None
    if isinstance(value, numbers.Integral):
        year = int(value)
        return _Period("year", year) if _year_ok(year) else None
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isfinite(number) and number.is_integer() and _year_ok(int(number)):
            return _Period("year", int(number))
        return None
    if not isinstance(value, str) or len(value) > _MAX_TEXT:
        return None
    text = " ".join(value.translate(_DASHES).split()).casefold()
    if len(text) < 4:
        return None
    for kind, pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            period = _build(kind, match.groups())
            if period is not None:
                return period
    return None


def _build(kind: str, groups: tuple[str, ...]) -> _Period | None:
    if kind == "year":
        return _checked(_Period("year", int(groups[0])))
    if kind == "month":
        return _checked(_Period("month", int(groups[0]), int(groups[1])))
    if kind == "slash":
        return _slash(int(groups[0]), groups[1])
    if kind == "range":
        first, last = int(groups[0]), int(groups[1])
        return _checked(_Period("range", first, last)) if last > first else None
    if kind == "date":
        return _date(int(groups[0]), int(groups[1]), int(groups[2]))
    if kind == "date_dmy":
        return _date(int(groups[2]), int(groups[1]), int(groups[0]))
    if kind in ("quarter", "half"):
        return _checked(_Period(kind, int(groups[0]), int(groups[1])))
    if kind == "week":
        return _week(int(groups[0]), int(groups[1]))
    if kind in ("quarter_first", "half_first"):
        part = _ordinal(groups[0])
        limit = 4 if kind == "quarter_first" else 2
        if part is None or not 1 <= part <= limit:
            return None
        return _checked(_Period(kind.removesuffix("_first"), int(groups[1]), part))
    if kind == "month_name_first":
        return _named_month(groups[0], int(groups[1]))
    if kind == "month_name_last":
        return _named_month(groups[1], int(groups[0]))
    return None


def _slash(year: int, second: str) -> _Period | None:
    """ "2019/20" and "2019/2020" are school years; "2019/03" is March 2019."""
    end = int(second)
    if len(second) == 4:
        return _checked(_Period("season", year, end)) if end == year + 1 else None
    if len(second) == 2 and end == (year + 1) % 100:
        # "2011/12" is far more often a school year than December 2011.
        return _checked(_Period("season", year, year + 1))
    return _checked(_Period("month", year, end))


def _week(year: int, week: int) -> _Period | None:
    try:
        dt.date.fromisocalendar(year, week, 1)  # week 53 exists only in some years
    except ValueError:
        return None
    return _checked(_Period("week", year, week))


def _date(year: int, month: int, day: int) -> _Period | None:
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return _checked(_Period("date", year, month, day))


def _named_month(name: str, year: int) -> _Period | None:
    month = _MONTHS.get(name)
    return _checked(_Period("month", year, month)) if month else None


def _ordinal(text: str) -> int | None:
    return int(text) if text.isdigit() else _ORDINALS.get(text)


def _checked(period: _Period) -> _Period | None:
    if not _year_ok(period.year):
        return None
    if period.kind in ("season", "range") and not _year_ok(period.part):
        return None
    if period.kind == "month" and not 1 <= period.part <= 12:
        return None
    return period


def _year_ok(year: int) -> bool:
    return YEAR_MIN <= year <= YEAR_MAX


def _format(period: _Period) -> str:
    kind, year, part, day = period
    if kind == "year":
        return f"{year}"
    if kind == "month":
        return f"{year}M{part:02d}"
    if kind == "quarter":
        return f"{year}K{part}"
    if kind == "half":
        return f"{year}H{part}"
    if kind == "week":
        return f"{year}V{part:02d}"
    if kind == "season":
        return f"{year}/{part}"
    if kind == "range":
        return f"{year}-{part}"
    return f"{year}-{part:02d}-{day:02d}"
