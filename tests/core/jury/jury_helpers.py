"""Building blocks of the jury tests' awards."""

from __future__ import annotations

from digidesk.core.model.award import Score


def scores(juror: str, table: dict[str, list[float | None]], criteria=("c1", "c2")) -> tuple:
    return tuple(
        Score(juror, area, c, v)
        for area, values in table.items()
        for c, v in zip(criteria, values, strict=True)
        if v is not None
    )
