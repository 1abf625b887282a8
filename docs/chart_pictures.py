"""Draw every kind of chart from the demo workspace, in Swedish, into docs/chart-*.png.

    python docs/chart_pictures.py [OUTPUT_FOLDER]

Needs no display: the charts are drawn by the core, as ``digidesk chart`` draws them. The
goal-progress picture uses an example target (57 000 inhabitants in Örnsköldsvik by 2020),
not one from the demo strategy, whose targets are not linked to indicators.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NOMINEES = (("SE", "0186"), ("SE", "1080"), ("SE", "1780"), ("SE", "0181"), ("SE", "2480"))
PROFILE = (
    "KOLADA-MEDIANINKOMST",
    "KOLADA-ARBETSLOSHET",
    "KOLADA-FORVARV-20-64",
    "KOLADA-UTPENDLING",
)


def requests():
    from digidesk.core.charts import ChartRequest

    return {
        "timeseries": ChartRequest(
            "timeseries", ("KOLADA-ARBETSLOSHET",), NOMINEES, options={"all_areas": True}
        ),
        "ranking": ChartRequest("ranking", ("KOLADA-ARBETSLOSHET",), NOMINEES),
        "scatter": ChartRequest(
            "scatter",
            ("KOLADA-MEDIANINKOMST", "KOLADA-ARBETSLOSHET"),
            NOMINEES,
            options={"size_by_population": True},
        ),
        "profile": ChartRequest("profile", PROFILE, NOMINEES),
        "profile-bars": ChartRequest("profile", PROFILE, NOMINEES, options={"style": "bars"}),
        "progress": ChartRequest(
            "progress",
            ("SCB-FOLKMANGD",),
            (("SE", "2284"),),
            options={
                "target": {
                    "value": 57000,
                    "due": 2020,
                    "baseline_period": "2012",
                    "text": "Exempelmål: 57 000 invånare år 2020",
                }
            },
        ),
        "multiples": ChartRequest(
            "multiples",
            ("KOLADA-ARBETSLOSHET", "KOLADA-MEDIANINKOMST", "KOLADA-FORVARV-20-64"),
            NOMINEES,
        ),
    }


def main() -> None:
    from digidesk.core.charts import make_chart, save_chart
    from digidesk.core.demo import build_demo_workspace
    from digidesk.core.model.areas import default_register

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    workspace, register = build_demo_workspace(), default_register()
    for name, request in requests().items():
        path = folder / f"chart-{name}.png"
        save_chart(make_chart(workspace, register, request), path, dpi=150)
        print(path)


if __name__ == "__main__":
    main()
