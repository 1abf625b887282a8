"""Charts as files: PNG at a chosen resolution, SVG and PDF with real text.

The file appears only when complete (:func:`digidesk.core.atomic.atomic_target`); a
request the chart cannot meet raises a typed error, never a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
from matplotlib.figure import Figure

from digidesk import __version__
from digidesk.core.atomic import atomic_target
from digidesk.core.charts import FORMATS, Chart
from digidesk.core.errors import ChartError, ExportError

MIN_DPI, MAX_DPI = 20, 1200
_CREATOR = f"DigiDesk {__version__}"
_METADATA = {
    ".png": {"Software": _CREATOR},
    ".svg": {"Creator": _CREATOR, "Date": None},
    ".pdf": {"Creator": _CREATOR, "Producer": _CREATOR, "CreationDate": None},
}


def check_target(path: str | os.PathLike[str], dpi: int) -> Path:
    """The path, when its suffix is a chart format and ``dpi`` is sensible."""
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        raise ChartError("chart.unsupported_format", path=str(target))
    if isinstance(dpi, bool) or not isinstance(dpi, int) or not MIN_DPI <= dpi <= MAX_DPI:
        raise ChartError("chart.bad_dpi", path=str(target), dpi=dpi, low=MIN_DPI, high=MAX_DPI)
    return target


def save(chart_or_figure: Chart | Figure, path: str | os.PathLike[str], dpi: int = 150) -> None:
    figure = chart_or_figure.figure if isinstance(chart_or_figure, Chart) else chart_or_figure
    if not isinstance(figure, Figure):
        raise ChartError("chart.not_a_chart", path=str(path))
    target = check_target(path, dpi)
    suffix = target.suffix.lower()
    try:
        with atomic_target(target) as temp, matplotlib.rc_context({"pdf.fonttype": 42}):
            figure.savefig(temp, format=suffix[1:], dpi=dpi, metadata=_METADATA[suffix])
    except OSError as exc:
        raise ExportError(
            "chart.write_failed", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
