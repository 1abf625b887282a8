"""Import speed, as whole processes: ``digidesk convert`` against pandas in the same run.

Files (seeded, made here): a 200,000-row Kolada-style long xlsx, the same table
as a Nordic CSV (``;``, decimal comma), and a 290 kommuner × 30 years wide xlsx.
Every measurement is a fresh process started from this one (interpreter, imports,
reader process, reading, tidying, writing), the methods interleaved so that other
load on the machine hits them alike, median of the repetitions.

- xlsx_import: ``digidesk convert long.xlsx out.csv`` against
  ``pandas.read_excel(engine="openpyxl")``; goal ratio ≥ 10.
- csv_import: ``digidesk convert long.csv out.csv`` against
  ``pandas.read_csv(dtype=str)``; goal ratio ≥ 0.5 (within 2×).
- csv_to_xlsx: ``digidesk convert long.csv out.xlsx`` (a formatted workbook) against
  ``pandas.read_csv`` + ``to_excel(engine="openpyxl")``; goal ratio ≥ 3.
- wide_import: ``digidesk convert wide.xlsx out.csv``; goal at most 2 s.
- peak memory: all DigiDesk processes together (sampled every 20 ms); goal ≤ 400 MB.

``pandas.read_excel(engine="calamine")`` is timed as a second reference for the xlsx.

    python benchmarks/bench_import.py [--repeat 3] [--rows 200000] [--compare DIR]

``--compare DIR`` also times the DigiDesk of another source tree (an earlier commit
unpacked with ``git archive``), in the same run, as "digidesk_compare".
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_PANDAS = {
    "openpyxl": "import pandas as pd; pd.read_excel({path!r}, engine='openpyxl', dtype=object)",
    "calamine": "import pandas as pd; pd.read_excel({path!r}, engine='calamine', dtype=object)",
    "read_csv": "import pandas as pd; pd.read_csv({path!r}, sep=';', dtype=str)",
    "read_csv_to_excel": (
        "import pandas as pd; pd.read_csv({path!r}, sep=';', decimal=',',"
        " dtype={{'municipality_id': str}}).to_excel({out!r}, index=False, engine='openpyxl')"
    ),
}


def _municipalities() -> list[tuple[str, str]]:
    from digidesk.core.model.areas import default_register

    kommuner = default_register().areas(country="SE", level="municipality")
    return [(a.area_id, a.name) for a in kommuner]


def _long_rows(rows: int):
    rng = random.Random(1)
    kommuner = _municipalities()
    written = 0
    for kpi in (f"N{n:05d}" for n in range(1, 1000)):
        for year in range(2010, 2024):
            for code, _name in kommuner:
                for gender in ("T", "K", "M"):
                    if written >= rows:
                        return
                    value = round(rng.uniform(0, 1000), 1) if rng.random() > 0.02 else None
                    yield [kpi, code, year, gender, value, 1, "" if value else "-"]
                    written += 1


_HEADER = ["kpi", "municipality_id", "period", "gender", "value", "count", "status"]


def make_long(path: Path, rows: int) -> None:
    """Kolada's API table: kpi, municipality_id, period, gender, value, count, status."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Kolada")
    sheet.append(_HEADER)
    for row in _long_rows(rows):
        sheet.append(row)
    workbook.save(path)


def make_long_csv(path: Path, rows: int) -> None:
    """The same table as Swedish Excel saves it: ``;`` and decimal comma, UTF-8 with BOM."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write(";".join(_HEADER) + "\r\n")
        for row in _long_rows(rows):
            cells = ["" if v is None else str(v).replace(".", ",") for v in row]
            handle.write(";".join(cells) + "\r\n")


def make_wide(path: Path) -> None:
    """A kommun per row, years 1994–2023 as columns (Kolada's EOS export layout)."""
    from openpyxl import Workbook

    rng = random.Random(2)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Värde")
    years = list(range(1994, 2024))
    sheet.append(["Kommun", "Nyckeltal", *years])
    for _code, name in _municipalities():
        values = [round(rng.uniform(0, 100), 1) for _ in years]
        sheet.append([name, "Invånare 65+, andel (%)", *values])
    workbook.save(path)


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (Linux /proc), 0 where unknown."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/statm") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(p) for p in handle.read().split())
        except (OSError, ValueError):
            continue
    return total


def run(
    command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> tuple[float, float]:
    """(seconds, peak MB of the process tree) of one fresh process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.02)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        assert process.stderr is not None
        raise RuntimeError(f"{command[:3]} failed: {process.stderr.read().decode()[-500:]}")
    return elapsed, peak / 1e6


def digidesk(source: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "digidesk", "convert", str(source), str(out)]


def pandas(how: str, source: Path, out: Path) -> list[str]:
    return [sys.executable, "-c", _PANDAS[how].format(path=str(source), out=str(out))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--compare", type=Path, help="another DigiDesk source tree to time")
    args = parser.parse_args()
    compare_env = None
    if args.compare:
        compare_env = {**os.environ, "PYTHONPATH": str(args.compare.resolve())}
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        long_xlsx, long_csv, wide = tmp / "long.xlsx", tmp / "long.csv", tmp / "wide.xlsx"
        make_long(long_xlsx, args.rows)
        make_long_csv(long_csv, args.rows)
        make_wide(wide)
        out_csv, out_xlsx = tmp / "out.csv", tmp / "out.xlsx"
        cases = {
            "xlsx_import": {
                "digidesk": digidesk(long_xlsx, out_csv),
                "openpyxl": pandas("openpyxl", long_xlsx, out_csv),
                "calamine": pandas("calamine", long_xlsx, out_csv),
            },
            "csv_import": {
                "digidesk": digidesk(long_csv, out_csv),
                "read_csv": pandas("read_csv", long_csv, out_csv),
            },
            "csv_to_xlsx": {
                "digidesk": digidesk(long_csv, out_xlsx),
                "read_csv_to_excel": pandas("read_csv_to_excel", long_csv, tmp / "pandas.xlsx"),
            },
            "wide_import": {
                "digidesk": digidesk(wide, out_csv),
                "openpyxl": pandas("openpyxl", wide, out_csv),
            },
        }
        if compare_env is not None:
            for methods in cases.values():
                methods["digidesk_compare"] = methods["digidesk"]
        runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for _ in range(args.repeat):
            for case, methods in cases.items():
                for method, command in methods.items():
                    # From inside the other tree: ``python -m`` looks in the current folder first.
                    other = method == "digidesk_compare"
                    env, cwd = (compare_env, args.compare) if other else (None, None)
                    runs.setdefault((case, method), []).append(run(command, env, cwd))
    median = {key: statistics.median(t for t, _ in values) for key, values in runs.items()}
    peak = {key: max(p for _, p in values) for key, values in runs.items()}
    cpu = " ".join(filter(None, (platform.machine(), platform.processor())))
    print(f"Import, {args.rows:,} rows; whole processes, median of {args.repeat}")
    print(f"machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'case':<13}{'method':<19}{'median s':>9}{'min s':>8}{'peak MB':>9}")
    for (case, method), values in runs.items():
        low = min(t for t, _ in values)
        mid, top = median[case, method], peak[case, method]
        print(f"{case:<13}{method:<19}{mid:>9.2f}{low:>8.2f}{top:>9.0f}")
    baselines = {
        "xlsx_import": ("openpyxl", "ratio >= 10"),
        "csv_import": ("read_csv", "ratio >= 0.5"),
        "csv_to_xlsx": ("read_csv_to_excel", "ratio >= 3"),
        "wide_import": ("openpyxl", "value <= 2"),
    }
    metrics: dict[str, dict[str, object]] = {}
    for case, (baseline, goal) in baselines.items():
        ours, theirs = median[case, "digidesk"], median[case, baseline]
        metrics[case] = {
            "value": round(ours, 3),
            "unit": "s",
            "baseline": round(theirs, 3),
            "ratio": round(theirs / ours, 2),
            "goal": goal,
        }
        print(f"{case}: DigiDesk {ours:.2f} s, {baseline} {theirs:.2f} s: {theirs / ours:.2f}×")
        if compare_env is not None:
            other = median[case, "digidesk_compare"]
            metrics[case]["compare"] = round(other, 3)
            print(f"{case}: compared tree {other:.2f} s: {theirs / other:.2f}×")
    metrics["xlsx_import"]["calamine_baseline"] = round(median["xlsx_import", "calamine"], 3)
    ours_peak = max(peak[case, "digidesk"] for case in cases)
    metrics["peak_memory"] = {"value": round(ours_peak), "unit": "MB", "goal": "value <= 400"}
    print(json.dumps({"benchmark": "import", "cores": os.cpu_count(), "metrics": metrics}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
