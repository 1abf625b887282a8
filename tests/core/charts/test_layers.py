"""After an update, the screen shows exactly what a chart drawn afresh would show.

On the Agg canvas an update that changed only the selection puts the rest back from kept
pixels; the result must be the same pixels as a new chart of the new request (up to
anti-aliasing where the layout was measured again).
"""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from digidesk.core.charts import ChartRequest, make_chart

FIRST = (("SE", "0186"), ("SE", "1080"), ("SE", "1780"))
THEN = (("SE", "2480"), ("SE", "0181"))
REQUESTS = {
    "timeseries": ChartRequest(
        "timeseries", ("KOLADA-ARBETSLOSHET",), FIRST, options={"all_areas": True}
    ),
    # A fixed size: the default height follows the number of rows, which the areas decide.
    "ranking": ChartRequest("ranking", ("KOLADA-ARBETSLOSHET",), FIRST, options={"size": (8, 7)}),
    "ranking_full": ChartRequest("ranking", ("KOLADA-MEDIANINKOMST",), FIRST, options={"top_n": 0}),
    "scatter": ChartRequest("scatter", ("KOLADA-MEDIANINKOMST", "KOLADA-ARBETSLOSHET"), FIRST),
    "multiples": ChartRequest("multiples", ("KOLADA-ARBETSLOSHET", "KOLADA-MEDIANINKOMST"), FIRST),
}


def pixels(chart) -> np.ndarray:
    if not isinstance(chart.figure.canvas, FigureCanvasAgg):
        FigureCanvasAgg(chart.figure)
    chart.figure.canvas.draw()
    return np.asarray(chart.figure.canvas.buffer_rgba()).copy()


@pytest.mark.parametrize("name", list(REQUESTS))
def test_an_updated_chart_looks_like_a_new_one(demo, register, name):
    request = REQUESTS[name]
    chart = make_chart(demo, register, request)
    before = pixels(chart)
    for areas in (THEN, FIRST, ()):
        assert chart.update(request.changed(areas=areas)) is True
        shown = pixels(chart)
        fresh = pixels(make_chart(demo, register, request.changed(areas=areas)))
        assert shown.shape == fresh.shape
        # The same pixels; where the layout was measured again from other positions, up to
        # anti-aliasing at the edges (a line or bar left over would differ by far more).
        difference = np.abs(shown.astype(int) - fresh.astype(int)).max(axis=2)
        assert difference.max() <= 40, f"{name}: {areas}"
    assert not np.array_equal(before, shown)


def test_a_file_is_drawn_in_full_after_an_update(demo, register, tmp_path):
    from PIL import Image

    request = REQUESTS["ranking_full"]
    chart = make_chart(demo, register, request)
    pixels(chart)
    chart.update(request.changed(areas=THEN))
    pixels(chart)
    chart.figure.savefig(tmp_path / "updated.png", dpi=60)
    make_chart(demo, register, request.changed(areas=THEN)).figure.savefig(
        tmp_path / "fresh.png", dpi=60
    )
    updated = np.asarray(Image.open(tmp_path / "updated.png"))
    fresh = np.asarray(Image.open(tmp_path / "fresh.png"))
    assert np.array_equal(updated, fresh)
