"""Excel export of a 200,000-row formatted observation table.

DigiDesk's writer (xlsxwriter for the sheet, its rows written as XML a column at a
time by ``export/sheetxml.py``, a number format per indicator) against the named
baseline ``DataFrame.to_excel(engine="openpyxl")``.
Each run is a fresh subprocess (best of 3), so peak memory is that export's
own. Prints a table, then one JSON line.

    python benchmarks/bench_export.py [--rows 200000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
from benchmarks.bench_export import make_table
frame, units = make_table({rows})
out = sys.argv[1]
start = time.perf_counter()
if {method!r} == "digidesk":
    from digidesk.core.export.excel import write_workbook
    from digidesk.core.export.sheets import observation_sheet
    write_workbook([observation_sheet("Data", frame, units)], out)
else:
    frame.to_excel(out, sheet_name="Data", index=False, engine="openpyxl")
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "peak_mb": peak}}))
"""


def make_table(rows: int):
    """A seeded tidy table: 20 indicators (some percent), 290 areas with text codes, markers."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(42)
    indicators = [f"N{n:05d}" for n in range(20)]
    units = {i: ("%" if n % 3 == 0 else "kr/inv") for n, i in enumerate(indicators)}
    ind = rng.choice(indicators, rows)
    areas = np.array([f"{n:04d}" for n in range(114, 114 + 290)])
    value = np.round(rng.gamma(2.0, 30.0, rows), 1)
    missing = rng.random(rows) < 0.03
    value[missing] = np.nan
    frame = pd.DataFrame(
        {
            "indicator_id": ind,
            "area_id": rng.choice(areas, rows),
            "area": rng.choice(["Upplands Väsby", "Södertälje", "Örnsköldsvik", "Ål"], rows),
            "period": rng.choice([str(y) for y in range(2010, 2025)], rows),
            "gender": rng.choice(["T", "K", "M"], rows),
            "value": value,
            "status": np.where(missing, "..", ""),
        }
    )
    return frame, units


def run_once(method: str, rows: int) -> dict[str, float]:
    root = str(Path(__file__).resolve().parents[1])
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "out.xlsx")
        code = CHILD.format(root=root, rows=rows, method=method)
        done = subprocess.run(
            [sys.executable, "-c", code, out], capture_output=True, text=True, check=True
        )
        return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    methods = ("digidesk", "pandas_openpyxl")
    runs: dict[str, list[dict[str, float]]] = {m: [] for m in methods}
    # Interleaved, so that other load on the machine hits both alike.
    for _ in range(args.repeat):
        for method in methods:
            runs[method].append(run_once(method, args.rows))
    results = {
        m: {
            "seconds": min(r["seconds"] for r in runs[m]),
            "peak_mb": max(r["peak_mb"] for r in runs[m]),
        }
        for m in methods
    }
    ours, base = results["digidesk"], results["pandas_openpyxl"]
    print(f"Export of {args.rows:,} rows × 7 columns to xlsx, best of {args.repeat}")
    cpu = " ".join(filter(None, (platform.machine(), platform.processor())))
    print(f"machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'method':<26}{'seconds':>10}{'peak MB':>10}")
    print(f"{'DigiDesk':<26}{ours['seconds']:>10.2f}{ours['peak_mb']:>10.0f}")
    print(f"{'pandas to_excel openpyxl':<26}{base['seconds']:>10.2f}{base['peak_mb']:>10.0f}")
    metrics = {
        "export_seconds": {
            "value": round(ours["seconds"], 3),
            "unit": "s",
            "baseline": round(base["seconds"], 3),
            "ratio": round(base["seconds"] / ours["seconds"], 2),
            "goal": "ratio >= 3",
        },
        "export_peak_mb": {
            "value": round(ours["peak_mb"], 1),
            "unit": "MB",
            "baseline": round(base["peak_mb"], 1),
            "ratio": round(base["peak_mb"] / ours["peak_mb"], 2),
            "goal": "value < 400",
        },
    }
    print(json.dumps({"benchmark": "export", "cores": os.cpu_count(), "metrics": metrics}))


if __name__ == "__main__":
    main()
