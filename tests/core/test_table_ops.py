from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from digidesk.core.model.observations import make_observations
from digidesk.core.table_ops import filter_rows, sort_order


def table(values, areas=None, indicators=None, statuses=None):
    n = len(values)
    return make_observations(
        {
            "indicator_id": indicators or ["N1"] * n,
            "area_id": areas or ["0180"] * n,
            "period": ["2024"] * n,
            "value": values,
            "status": statuses or [".." if v is None or math.isnan(v) else "" for v in values],
        }
    )


values = st.lists(
    st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False), st.sampled_from([0.0, 1.5])),
    max_size=40,
)


@settings(max_examples=80, deadline=None)
@given(values, st.booleans())
def test_value_sort_is_a_stable_permutation_with_missing_last(raw, ascending):
    frame = table([math.nan if v is None else v for v in raw])
    order = sort_order(frame, "value", ascending)
    assert sorted(order.tolist()) == list(range(len(raw)))
    keyed = [
        (v is None, (v if ascending else -v) if v is not None else 0, i) for i, v in enumerate(raw)
    ]
    assert order.tolist() == [i for *_, i in sorted(keyed)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["0180", "0114", "", "1480", "0001"]), max_size=30), st.booleans())
def test_text_sort_uses_category_text_and_puts_empty_last(areas, ascending):
    frame = table([1.0] * len(areas), areas=areas)
    order = sort_order(frame, "area_id", ascending).tolist()
    shown = [areas[i] for i in order]
    present = [a for a in shown if a]
    assert present == sorted(present, reverse=not ascending)
    assert shown[len(present) :] == [""] * (len(areas) - len(present))
    # Stable: equal texts keep the frame's order.
    for text in set(present):
        positions = [i for i in order if areas[i] == text]
        assert positions == sorted(positions)


def test_sort_by_display_texts_of_the_categories():
    frame = table([1.0, 2.0, 3.0], indicators=["N2", "N1", "N3"])
    titles = [
        {"N1": "Öppna data", "N2": "Andel e-tjänster", "N3": "Bredband"}[c]
        for c in frame["indicator_id"].cat.categories
    ]
    assert sort_order(frame, "indicator_id", True, titles).tolist() == [0, 2, 1]


def test_empty_table_sorts_and_filters():
    frame = make_observations(None)
    assert sort_order(frame, "value").tolist() == []
    assert sort_order(frame, "area_id").tolist() == []
    assert filter_rows(frame, text="stock").tolist() == []


def test_text_filter_matches_area_code_and_name_and_indicator_title():
    frame = table(
        [1.0, 2.0, 3.0, 4.0],
        areas=["0180", "0114", "1480", "0180"],
        indicators=["N1", "N1", "N2", "N2"],
    )
    names = {"0180": "Stockholm", "0114": "Upplands Väsby", "1480": "Göteborg"}
    titles = {"N1": "Andel e-tjänster", "N2": "Bredband 100 Mbit/s"}
    match = lambda text: filter_rows(  # noqa: E731
        frame, text=text, area_names=names, indicator_titles=titles
    ).tolist()
    assert match("stock") == [True, False, False, True]
    assert match("0114") == [False, True, False, False]
    assert match("BREDBAND") == [False, False, True, True]
    assert match("bredband stockholm") == [False, False, False, True]
    assert match("n1") == [True, True, False, False]
    assert match("nowhere") == [False] * 4
    assert match("  ") == [True] * 4


def test_filter_by_pickers_range_and_missing():
    frame = table([1.0, math.nan, 5.0, 10.0], areas=["0180", "0114", "0180", "1480"])
    assert filter_rows(frame, area_ids=["0180"]).tolist() == [True, False, True, False]
    assert filter_rows(frame, area_ids=[]).tolist() == [False] * 4
    assert filter_rows(frame, value_min=2, value_max=10).tolist() == [False, False, True, True]
    assert filter_rows(frame, only_missing=True).tolist() == [False, True, False, False]
    assert filter_rows(frame, periods=["2024"], genders=["T"]).all()
    assert not filter_rows(frame, genders=["K"]).any()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["0180", "0114", "1480", "2480"]), min_size=1, max_size=30),
    st.text(alphabet="0148stockÖ ", max_size=5),
)
def test_text_filter_agrees_with_a_row_by_row_check(areas, text):
    names = {"0180": "Stockholm", "0114": "Upplands Väsby", "1480": "Göteborg", "2480": "Umeå"}
    frame = table([1.0] * len(areas), areas=areas)
    mask = filter_rows(frame, text=text, area_names=names)
    words = text.casefold().split()
    expected = [all(w in f"{a} {names[a]}".casefold() or w in "n1" for w in words) for a in areas]
    assert mask.tolist() == expected


def test_row_filter_is_active_only_with_a_condition():
    from digidesk.core.table_ops import RowFilter

    frame = table([1.0, math.nan, 5.0], areas=["0180", "0180", "1480"])
    assert not RowFilter().active and not RowFilter(text="  ").active
    assert RowFilter(text="x").active and RowFilter(value_min=0).active
    assert RowFilter(area_ids=frozenset({"1480"})).mask(frame).tolist() == [False, False, True]
    assert RowFilter(only_missing=True).mask(frame).tolist() == [False, True, False]


def test_row_filter_describes_its_conditions_by_code():
    from digidesk.core.table_ops import RowFilter

    described = RowFilter(
        text=" oslo ", area_ids=frozenset({"1563", "0301"}), value_min=2.5, only_missing=True
    ).describe()
    assert described == {
        "text": "oslo",
        "areas": "0301, 1563",
        "value_min": "2.5",
        "only_missing": "yes",
    }
    assert RowFilter().describe() == {}
