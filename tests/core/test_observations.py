"""The canonical observation table's text columns."""

from __future__ import annotations

import numpy as np

from digidesk.core.model.observations import make_observations


def test_text_columns_are_the_texts_of_each_cell():
    # 1, 1.0 and True are one key to a hash table, but three different texts.
    frame = make_observations(
        {
            "indicator_id": ["b", "a", None, "b"],
            "area_id": [1, 1.0, True, None],
            "period": ["2020", "2020", "", np.nan],
            "value": [1.0, 2.0, 3.0, 4.0],
        }
    )
    assert list(frame["indicator_id"]) == ["b", "a", "", "b"]
    assert list(frame["indicator_id"].cat.categories) == ["", "a", "b"]
    assert list(frame["area_id"]) == ["1", "1.0", "True", ""]
    assert list(frame["period"]) == ["2020", "2020", "", ""]
    assert list(frame["gender"]) == ["T"] * 4
    assert str(frame["area_id"].dtype.categories.dtype) == str(
        frame["indicator_id"].dtype.categories.dtype
    )
