"""Take screenshots of every view of the demo workspace: ``python docs/screenshots.py OUTDIR``.

Run it on a real or virtual display (``xvfb-run -s "-screen 0 1600x1000x24"``) to check
layout, Swedish text and number formatting by eye; the README's picture comes from here.
The comparison view is shot with the award's nominees, among all kommuner and against
their kommungrupp, with the chart pane beside it, and the similar-kommuner dialog; the
award's jury with its scoring grid, results, agreement, sensitivity and nominee profile,
and the PDF protocol's pages (with ``pdftoppm``).
With ``--table FILE`` it also imports FILE and shoots its long table and its pivots
(scrolled sideways, to show the frozen area column).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer


def shoot_tables(app, window, out: Path, path: Path) -> None:
    """Import ``path`` into a new workspace and shoot each table shape of its first dataset."""
    from digidesk.core.io.pipeline import import_file

    workspace = import_file(path, in_worker=False).to_workspace()
    window.document.replace(workspace, None)
    view = window.show_view(("dataset", workspace.datasets[0].dataset_id))
    for shape in (None, "indicator", "period"):
        view.set_shape(shape)
        while view.ordering.busy:
            app.processEvents()
        app.processEvents()
        name = shape or "long"
        window.grab().save(str(out / f"table-{path.stem}-{name}.png"))
        if shape is not None:
            view.pivot_table.horizontalScrollBar().setValue(600)
            app.processEvents()
            window.grab().save(str(out / f"table-{path.stem}-{name}-scrolled.png"))


def shoot_chart_pane(app, window, view, out: Path) -> None:
    """The chart pane beside the comparison: median income, then over time."""
    window.chart_dock.show()
    app.processEvents()
    window._size_chart_dock()  # a good third of the window, as on a first start
    app.processEvents()
    pane = window.chart_dock.pane
    row = [i.indicator_id for i in view.model.indicators].index("KOLADA-MEDIANINKOMST")
    view.table.setCurrentIndex(view.model.index(row, 0))
    for kind, name in (("ranking", "chart-pane.png"), ("timeseries", "chart-pane-time.png")):
        pane.kind.setCurrentIndex(pane.kind.findData(kind))
        while pane.chart is None or pane.chart.request.kind != kind:
            app.processEvents()
        for _ in range(20):  # the canvas paints
            app.processEvents()
        window.grab().save(str(out / name))
    pane.kind.setCurrentIndex(pane.kind.findData("ranking"))
    window.chart_dock.hide()


def shoot_comparison(app, window, out: Path) -> None:
    """The award's nominees compared, among all kommuner and against their kommungrupp."""
    window.compare_nominees()
    view = window.show_view(("compare", 0))
    window.chart_dock.hide()  # the table at full width; the pane is shot on its own
    view.set_indicators(
        ["KOLADA-MEDIANINKOMST", "KOLADA-ARBETSLOSHET", "KOLADA-FORVARV-20-64",
         "KOLADA-PRIVAT-SEKTOR", "KOLADA-UTPENDLING", "SCB-FOLKMANGD"]
    )  # fmt: skip
    view.wait()
    app.processEvents()
    window.grab().save(str(out / "compare-nominees.png"))
    shoot_chart_pane(app, window, view, out)
    view.set_peers(True)
    view.compact.setChecked(True)
    view.wait()
    app.processEvents()
    window.grab().save(str(out / "compare-peers.png"))
    view.find_similar()
    dialog = view.similar_dialog
    dialog.set_weight("KOLADA-MEDIANINKOMST", 2.0)
    dialog._search()
    dialog.wait()
    while dialog.result is None:
        app.processEvents()
    app.processEvents()
    dialog.grab().save(str(out / "compare-similar.png"))
    dialog.close()


def shoot_jury(app, window, out: Path) -> None:
    """The award's scoring grid (a juror with a declared conflict), the results with every
    method side by side, the sensitivity view, the nominee profile, and the PDF protocol."""
    import shutil
    import subprocess

    window.navigator.select(("award", 0))
    view = window.show_view(("award", 0))
    view.wait()
    view.tabs.setCurrentWidget(view.scoring)
    view.scoring.choose_juror("J3")
    view.scoring.grid.setCurrentIndex(view.scoring.model.index(1, 0))
    app.processEvents()
    window.grab().save(str(out / "jury-scoring.png"))
    view.tabs.setCurrentWidget(view.results)
    for n, name in enumerate(("results", "agreement", "sensitivity", "profile")):
        view.results.tabs.setCurrentIndex(n)
        view.wait()
        app.processEvents()
        if name == "profile":  # drawn once the tab is shown
            while view.results.profile_area.chart is None:
                view.wait()
                app.processEvents()
            app.processEvents()
        window.grab().save(str(out / f"jury-{name}.png"))
    pdf = out / "jury-protocol.xlsx"
    view.results.export_protocol(pdf)
    view.wait()
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf.with_suffix(".pdf")),
                        str(out / "jury-protocol")], check=True)  # fmt: skip


def main() -> int:
    from digidesk.app import start

    args = sys.argv[1:]
    table = Path(args.pop(args.index("--table") + 1)) if "--table" in args else None
    if table is not None:
        args.remove("--table")
    out = Path(args[0] if args else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app, window, _ = start(["--demo", "--language", "sv"])
    window.resize(1600, 1000)

    def shoot() -> None:
        if window.files.busy or not window.navigator.view_keys():
            QTimer.singleShot(200, shoot)
            return
        for kind, key in window.navigator.view_keys():
            window.navigator.select((kind, key))
            app.processEvents()
            window.grab().save(str(out / f"{kind}-{key}.png"))
        shoot_comparison(app, window, out)
        shoot_jury(app, window, out)
        if table is not None:
            shoot_tables(app, window, out, table)
        window.document.undo_stack.setClean()
        app.quit()

    QTimer.singleShot(500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
