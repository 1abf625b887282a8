"""Periods in every way the agencies write them, to one canonical text, and their order."""

from __future__ import annotations

import datetime as dt
import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digidesk.core.io.periods import is_period_label, parse_period, period_sort_key

YEARS = st.integers(1800, 2100)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Years, also as Excel numbers.
        ("2019", "2019"),
        (" 2019 ", "2019"),
        (2019, "2019"),
        (2019.0, "2019"),
        ("1800", "1800"),
        ("2100", "2100"),
        # Months.
        ("2019M03", "2019M03"),
        ("2019m3", "2019M03"),
        ("2019-03", "2019M03"),
        ("2019-3", "2019M03"),
        ("2019/03", "2019M03"),
        ("mars 2019", "2019M03"),
        ("March 2019", "2019M03"),
        ("September 2024", "2024M09"),
        ("sep 2024", "2024M09"),
        ("Sept. 2024", "2024M09"),
        ("2024 september", "2024M09"),
        ("januari 2020", "2020M01"),
        ("maj 2020", "2020M05"),
        ("okt 2020", "2020M10"),
        ("OKTOBER 2020", "2020M10"),
        ("januar 2020", "2020M01"),
        ("februar 2020", "2020M02"),
        ("mai 2020", "2020M05"),
        ("juni 2020", "2020M06"),
        ("desember 2020", "2020M12"),
        ("des 2020", "2020M12"),
        ("May 2020", "2020M05"),
        ("Dec 2020", "2020M12"),
        ("augusti\u00a02020", "2020M08"),
        ("Jan-2020", "2020M01"),
        # Quarters.
        ("2019K1", "2019K1"),
        ("2019Q1", "2019K1"),
        ("2019q4", "2019K4"),
        ("2019 kv1", "2019K1"),
        ("2019 kv 2", "2019K2"),
        ("2019-Q3", "2019K3"),
        ("Q1 2019", "2019K1"),
        ("K2 2019", "2019K2"),
        ("1. kvartal 2019", "2019K1"),
        ("4. kvartal 2019", "2019K4"),
        ("första kvartalet 2019", "2019K1"),
        ("1st quarter 2019", "2019K1"),
        # Half-years.
        ("2019H1", "2019H1"),
        ("2019 h2", "2019H2"),
        ("H1 2019", "2019H1"),
        ("1. halvår 2019", "2019H1"),
        ("andra halvåret 2019", "2019H2"),
        # School and season years.
        ("2019/20", "2019/2020"),
        ("2019/2020", "2019/2020"),
        ("2019 / 2020", "2019/2020"),
        ("1999/00", "1999/2000"),
        ("2011/12", "2011/2012"),
        # Multi-year spans.
        ("2021-2024", "2021-2024"),
        ("2021\u20132024", "2021-2024"),
        # Dates: the first of a month is that month.
        (dt.datetime(2019, 3, 1), "2019M03"),
        (dt.date(2019, 3, 1), "2019M03"),
        (dt.datetime(2021, 2, 26, 13, 5), "2021-02-26"),
        (dt.date(2021, 2, 26), "2021-02-26"),
        ("2021-02-26", "2021-02-26"),
        ("2019-03-01", "2019M03"),
        ("2024-09-30 00:00:00", "2024-09-30"),
        ("26.02.2021", "2021-02-26"),
    ],
)
def test_parse_period(value: object, expected: str) -> None:
    assert parse_period(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "0180",  # a kommun code
        "114",  # a kommun code that lost its leading zero
        "0114 Upplands Väsby",
        "1799",
        "2101",
        "20191",
        "201903",
        "2019M00",
        "2019M13",
        "2019-13",
        "2019K5",
        "2019H3",
        "2019/2021",
        "2024-2021",
        "2019-02-30",
        "Stockholm",
        "mars",
        "smurf 2019",
        "56,8",
        "",
        "   ",
        2019.5,
        1799,
        math.nan,
        math.inf,
        True,
        None,
        dt.time(12, 0),
        dt.date(1700, 1, 5),
        ["2019"],
    ],
)
def test_not_a_period(value: object) -> None:
    assert parse_period(value) is None


def test_day_one_as_month_can_be_turned_off() -> None:
    assert parse_period(dt.date(2020, 3, 1), day_one_as_month=False) == "2020-03-01"
    assert parse_period("2020-03-01", day_one_as_month=False) == "2020-03-01"
    assert parse_period("2020M03", day_one_as_month=False) == "2020M03"


def test_numpy_and_pandas_cells() -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    assert parse_period(np.int64(2019)) == "2019"
    assert parse_period(np.float64(2019.0)) == "2019"
    assert parse_period(pd.Timestamp("2020-01-01")) == "2020M01"
    assert parse_period(pd.NaT) is None


def test_is_period_label() -> None:
    assert is_period_label("2019")
    assert is_period_label("Q1 2019")
    assert is_period_label("September 2024")
    assert not is_period_label("0180")
    assert not is_period_label("Folkmängd 2019")
    assert not is_period_label(2019)  # type: ignore[arg-type]  # labels are text


def test_sort_key_orders_in_time() -> None:
    ordered = [
        "2018",
        "2019-2022",
        "2019",
        "2019H1",
        "2019K1",
        "2019M01",
        "2019-01-15",
        "2019M02",
        "2019K2",
        "2019M04",
        "2019H2",
        "2019M07",
        "2019/2020",
        "2019M08",
        "2019M12",
        "2020",
        "2020M01",
        "okänt",
    ]
    shuffled = ordered[:]
    random.Random(4).shuffle(shuffled)
    assert sorted(shuffled, key=period_sort_key) == ordered


def test_sort_key_reads_written_forms() -> None:
    assert period_sort_key("mars 2019") == period_sort_key("2019M03")
    assert period_sort_key("Q1 2019") == period_sort_key("2019K1")


# -- properties --------------------------------------------------------------------------------

MONTHS = st.integers(1, 12)


@st.composite
def canonical_periods(draw: st.DrawFn) -> str:
    year = draw(YEARS)
    kind = draw(st.sampled_from(["year", "month", "quarter", "half", "season", "range", "day"]))
    if kind == "year":
        return f"{year}"
    if kind == "month":
        return f"{year}M{draw(MONTHS):02d}"
    if kind == "quarter":
        return f"{year}K{draw(st.integers(1, 4))}"
    if kind == "half":
        return f"{year}H{draw(st.integers(1, 2))}"
    if kind == "season":
        year = min(year, 2099)
        return f"{year}/{year + 1}"
    if kind == "range":
        year = min(year, 2099)
        return f"{year}-{draw(st.integers(year + 1, 2100))}"
    day = draw(st.dates(dt.date(max(year, 1800), 1, 1), dt.date(year, 12, 31)))
    if day.day == 1:
        day = day.replace(day=2)
    return day.isoformat()


@given(canonical_periods())
def test_canonical_periods_parse_to_themselves(period: str) -> None:
    assert parse_period(period) == period
    assert is_period_label(period)


@settings(max_examples=200)
@given(
    st.one_of(
        st.text(max_size=30),
        st.text(alphabet="0123456789MKQHmkqh/-. :", max_size=14),
        st.integers(),
        st.floats(),
        st.datetimes(),
        st.dates(),
        st.none(),
        st.booleans(),
    )
)
def test_parse_never_raises_and_is_idempotent(value: object) -> None:
    found = parse_period(value)
    if found is not None:
        assert parse_period(found) == found
        assert 1800 <= int(found[:4]) <= 2100
    period_sort_key(str(value))  # must not raise either


@given(YEARS)
def test_every_year_in_range_parses(year: int) -> None:
    assert parse_period(str(year)) == str(year)
    assert parse_period(year) == str(year)
    assert parse_period(float(year)) == str(year)


@given(st.one_of(st.integers(-10_000, 1799), st.integers(2101, 100_000)))
def test_years_out_of_range_do_not_parse(year: int) -> None:
    assert parse_period(year) is None
    assert parse_period(str(year)) is None


@given(YEARS, MONTHS, st.sampled_from(["{y}M{m:02d}", "{y}-{m}", "{y}-{m:02d}", "{y}m{m}"]))
def test_month_spellings(year: int, month: int, spelling: str) -> None:
    assert parse_period(spelling.format(y=year, m=month)) == f"{year}M{month:02d}"


_NAMES = {
    1: ["januari", "januar", "January", "jan"],
    3: ["mars", "March", "mar"],
    5: ["maj", "mai", "May"],
    10: ["oktober", "October", "okt", "oct"],
    12: ["december", "desember", "December", "dec", "des"],
}


@given(YEARS, st.sampled_from(sorted(_NAMES)), st.data())
def test_month_names(year: int, month: int, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(_NAMES[month]))
    name = data.draw(st.sampled_from([name, name.upper(), name.capitalize()]))
    expected = f"{year}M{month:02d}"
    assert parse_period(f"{name} {year}") == expected
    assert parse_period(f"{year} {name}") == expected


@given(YEARS, MONTHS, YEARS, MONTHS)
def test_sort_key_matches_time(y1: int, m1: int, y2: int, m2: int) -> None:
    a, b = f"{y1}M{m1:02d}", f"{y2}M{m2:02d}"
    assert (period_sort_key(a) < period_sort_key(b)) == ((y1, m1) < (y2, m2))
    assert (
        period_sort_key(str(y1)) < period_sort_key(f"{y1}M{m1:02d}") < period_sort_key(str(y1 + 1))
    )
