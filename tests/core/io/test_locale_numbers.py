"""parse_number reads numbers written the Swedish, Norwegian and English way."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digidesk.core.io.locale_numbers import parse_number

VALUES = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False)
DECIMALS = st.integers(0, 8)
THOUSANDS = st.sampled_from([" ", "\u00a0", "\u202f", "\u2009", ""])
MINUSES = st.sampled_from(["-", "\u2212"])
PERCENT = st.sampled_from(["", "%", " %", "\u00a0%"])


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


def _split(value: float, decimals: int) -> tuple[str, str, str, float]:
    """(sign, integer digits, decimals, the value those digits say)."""
    plain = f"{value:.{decimals}f}"
    expected = float(plain)
    sign = "-" if plain.startswith("-") else ""
    whole, _, fraction = plain.lstrip("-").partition(".")
    return sign, whole, fraction, expected


@given(VALUES, DECIMALS, THOUSANDS, MINUSES, PERCENT)
def test_swedish_format_round_trips(
    value: float, decimals: int, thousands: str, minus: str, percent: str
) -> None:
    sign, whole, fraction, expected = _split(value, decimals)
    text = (minus if sign else "") + _group(whole, thousands) + ("," + fraction if fraction else "")
    assert parse_number(text + percent) == (expected, bool(percent))


@given(VALUES, st.integers(1, 8))
def test_dotted_thousands_with_decimal_comma(value: float, decimals: int) -> None:
    sign, whole, fraction, expected = _split(value, decimals)
    text = f"{sign}{_group(whole, '.')},{fraction}"
    assert parse_number(text) == (expected, False)


@given(VALUES, st.integers(1, 8), st.booleans())
def test_english_format_round_trips(value: float, decimals: int, grouped: bool) -> None:
    # With a decimal point present, a comma can only group thousands.
    sign, whole, fraction, expected = _split(value, decimals)
    text = f"{sign}{_group(whole, ',') if grouped else whole}.{fraction}"
    assert parse_number(text) == (expected, False)


@given(st.integers(1_000_000, 10**15))
def test_several_comma_groups_are_thousands(value: int) -> None:
    assert parse_number(f"{value:,}") == (float(value), False)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_repr_round_trips(value: float) -> None:
    assert parse_number(repr(value)) == (value, False)
    assert parse_number(f" {value!r} ") == (value, False)


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(max_size=40),
        st.text(alphabet="0123456789 ,.-+eE%\u2212\u00a0\u202f'", max_size=20),
    )
)
def test_random_text_never_raises(text: str) -> None:
    found = parse_number(text)
    if found is not None:
        value, is_percent = found
        assert math.isfinite(value)
        assert is_percent == text.strip().endswith("%")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0180", (180.0, False)),  # a code column is not this parser's business
        ("56,8 %", (56.8, True)),
        ("\u22123,2", (-3.2, False)),
        ("1 234,5", (1234.5, False)),
        ("1,234.5", (1234.5, False)),
        ("3,25", (3.25, False)),
        ("234,567", (234.567, False)),  # one comma, three decimals: still a decimal comma
        ("1,234,567", (1234567.0, False)),
        ("1e999", None),  # overflows to infinity: not a value
        ("1" * 400, None),
        ("", None),
        ("%", None),
        ("-", None),
        ("..", None),
        ("1,2,3", None),
        ("12 abc", None),
        ("inf", None),
        ("nan", None),
        ("1_000", None),
    ],
)
def test_examples(text: str, expected: tuple[float, bool] | None) -> None:
    assert parse_number(text) == expected
