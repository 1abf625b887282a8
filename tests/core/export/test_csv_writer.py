"""The CSV writer's fields: quoted as the csv module quotes them, escaped, numbers exact."""

from __future__ import annotations

import csv
import io

import numpy as np
import pandas as pd
import pytest

from digidesk.core.export.csv import write_csv

AWKWARD = ["plain", "semi;colon", "com,ma", 'say "hi"', "two\nlines", "=1+1", "'=x", "", "Ål"]


@pytest.mark.parametrize("dialect", ["standard", "nordic"])
def test_fields_read_back_with_the_csv_module(tmp_path, dialect):
    n = len(AWKWARD)
    frame = pd.DataFrame(
        {
            "text": AWKWARD,
            "code": [f"{i:04d}" for i in range(n)],
            "value": [1.5, np.nan, -3.25, 1e-7, 2.0, 0.1 + 0.2, 1234567.0, np.nan, 0.0],
        }
    )
    path = tmp_path / "out.csv"
    write_csv(frame, path, dialect)
    delimiter = ";" if dialect == "nordic" else ","
    text = path.read_text(encoding="utf-8-sig" if dialect == "nordic" else "utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    assert rows[0] == ["text", "code", "value"]
    assert len(rows) == n + 1
    expected_text = [("'" + t if t[:1] in ("=", "'") else t) for t in AWKWARD]
    assert [r[0] for r in rows[1:]] == expected_text
    assert [r[1] for r in rows[1:]] == [f"{i:04d}" for i in range(n)]
    decimal = "," if dialect == "nordic" else "."
    numbers = [r[2] for r in rows[1:]]
    assert numbers[1] == numbers[7] == ""
    assert numbers[0] == f"1{decimal}5" and numbers[4] == "2" and numbers[8] == "0"
    assert float(numbers[5].replace(",", ".")) == 0.1 + 0.2  # every digit kept


def test_one_column_of_empty_text_is_still_a_row_per_value(tmp_path):
    path = tmp_path / "one.csv"
    write_csv(pd.DataFrame({"status": ["", "..", ""]}), path)
    assert path.read_text("utf-8").splitlines() == ["status", '""', "..", '""']
