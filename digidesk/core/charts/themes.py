"""Light and dark themes: the colours and fonts a chart is drawn with.

A theme is applied with ``matplotlib.rc_context`` while a chart is built or updated, and
its colours are also set on the ticks themselves, so that ticks matplotlib adds later
(at draw time, outside the context) look the same. Global rcParams are never changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    background: str
    foreground: str
    muted: str  # secondary text: subtitles, source lines, tick labels
    grid: str
    context: str  # every kommun behind the selection: bars, lines, points
    national: str
    median: str
    target_zone: str

    def rc(self) -> dict[str, Any]:
        return {
            "font.family": "DejaVu Sans",
            "font.size": 9.0,
            "text.color": self.foreground,
            "figure.facecolor": self.background,
            "figure.edgecolor": self.background,
            "savefig.facecolor": self.background,
            "savefig.edgecolor": self.background,
            "axes.facecolor": self.background,
            "axes.edgecolor": self.muted,
            "axes.labelcolor": self.foreground,
            "axes.titlecolor": self.foreground,
            "axes.titlesize": 10.0,
            "axes.titlelocation": "left",
            "axes.titleweight": "bold",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.unicode_minus": True,
            "axes.axisbelow": True,
            "xtick.color": self.muted,
            "ytick.color": self.muted,
            "xtick.labelcolor": self.foreground,
            "ytick.labelcolor": self.foreground,
            "grid.color": self.grid,
            "grid.linewidth": 0.6,
            "legend.frameon": False,
            "legend.fontsize": 8.5,
            "legend.labelcolor": self.foreground,
            "hatch.color": self.background,
            "hatch.linewidth": 1.0,
            "lines.linewidth": 2.0,
            "polaraxes.grid": True,
            "svg.hashsalt": "digidesk",
            "pdf.fonttype": 42,
        }


THEMES = {
    "light": Theme(
        name="light",
        background="#FFFFFF",
        foreground="#1A1A1A",
        muted="#595959",
        grid="#E3E3E3",
        context="#C9C9C9",
        national="#1A1A1A",
        median="#6E6E6E",
        target_zone="#009E73",
    ),
    "dark": Theme(
        name="dark",
        background="#1E1E1E",
        foreground="#EDEDED",
        muted="#ABABAB",
        grid="#3A3A3A",
        context="#5E5E5E",
        national="#EDEDED",
        median="#A0A0A0",
        target_zone="#009E73",
    ),
}
