"""What a wide table's column headers say besides the figures: period, gender, area, measure.

A key comes out of the headers only when the value columns agree on it; otherwise the
header stays whole, as the indicator's name.
"""

from __future__ import annotations

import pytest

from digidesk.core.io.grid import RawBook, RawSheet
from digidesk.core.io.pipeline import import_book, inspect_book

ROWS = [["Ale", 1, 2, 3], ["Lund", 4, 5, 6], ["Malmö", 7, 8, 9]]


def _keys(header: list[str], title: str | None = None) -> list[tuple]:
    rows = [[title]] if title else []
    rows += [["Kommun", *header]] + [r[: 1 + len(header)] for r in ROWS]
    book = RawBook(path="t.xlsx", kind="xlsx", sheets=[RawSheet("Blad1", rows)])
    table = import_book(book, inspect_book(book).plans).tables[0]
    frame = table.result.observations
    assert len(frame) == 3 * len(header)  # every figure
    assert not frame.duplicated(["indicator_id", "area_id", "period", "gender"]).any()
    found = frame.drop_duplicates("value").sort_values("value")
    return [
        (i, p, g)
        for i, p, g in zip(found["indicator_id"], found["period"], found["gender"], strict=True)
    ][: len(header)]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Menn 2022", "Kvinner 2022", "Begge kjønn 2022"],
         [("Blad1", "2022", "M"), ("Blad1", "2022", "K"), ("Blad1", "2022", "T")]),
        (["Kvinner 0-17 år", "Menn 0-17 år"], [("0-17 år", "", "K"), ("0-17 år", "", "M")]),
        (["M", "K"], [("Blad1", "", "M"), ("Blad1", "", "K")]),
        # A road category "K" beside "E" and "R" is not women.
        (["E", "K", "R"], [("E", "", "T"), ("K", "", "T"), ("R", "", "T")]),
        # "Total" among marital statuses is their total, not gender T.
        (["Married", "Divorced", "Total"],
         [("Married", "", "T"), ("Divorced", "", "T"), ("Total", "", "T")]),
        # A gender before words is part of the indicator.
        (["Kvinnor som röker", "Män som röker"],
         [("Kvinnor som röker", "", "T"), ("Män som röker", "", "T")]),
        (["Andel kvinnor", "Andel män"], [("Andel kvinnor", "", "T"), ("Andel män", "", "T")]),
        (["Folkmängd 2022", "Folkmängd 2023"],
         [("Folkmängd", "2022", "T"), ("Folkmängd", "2023", "T")]),
        # One period in three headers: the headers are names.
        (["Folkmängd 2022", "Folkmängd 2023", "Landareal"],
         [("Folkmängd 2022", "", "T"), ("Folkmängd 2023", "", "T"), ("Landareal", "", "T")]),
        (["2020-03-01", "2020-04-01"], [("Blad1", "2020M03", "T"), ("Blad1", "2020M04", "T")]),
        (["2020-03-01", "2020-03-02"],
         [("Blad1", "2020-03-01", "T"), ("Blad1", "2020-03-02", "T")]),
    ],
)  # fmt: skip
def test_header_keys(header, expected):
    assert _keys(header) == expected


def test_gender_columns_under_a_title_take_its_period():
    found = _keys(["Kvinnor", "Män", "Totalt"], title="Folkmängd 31 december 2023")
    assert [(p, g) for _, p, g in found] == [("2023", "K"), ("2023", "M"), ("2023", "T")]
    assert {i for i, _, _ in found} == {"Folkmängd 31 december"}
