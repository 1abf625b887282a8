"""Colours, markers, hatches and line styles that tell the highlighted areas apart.

Okabe & Ito's colour-blind-safe palette, ordered so that the first colours keep their
contrast on the theme's background (yellow last on white, dark blue last on black). Colour
is never the only sign: each highlighted area also has its own marker (lines, points),
hatch (bars) and, past the seventh, its own line style.
"""

from __future__ import annotations

from dataclasses import dataclass

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}
_ORDER = {
    "light": (
        "blue",
        "vermillion",
        "bluish_green",
        "reddish_purple",
        "orange",
        "sky_blue",
        "yellow",
    ),
    "dark": (
        "sky_blue",
        "orange",
        "bluish_green",
        "reddish_purple",
        "vermillion",
        "yellow",
        "blue",
    ),
}
MARKERS = ("o", "s", "^", "D", "v", "P", "X")
HATCHES = ("///", "\\\\\\", "xxx", "...", "+++", "---", "ooo")
LINESTYLES = ("-", (0, (5, 1.5)), (0, (1, 1)), (0, (5, 1.5, 1, 1.5)))
# Genders drawn side by side: women solid, men dashed, the total dotted.
GENDER_LINESTYLES = {"K": "-", "M": (0, (5, 1.5)), "T": (0, (1, 1))}


@dataclass(frozen=True, slots=True)
class Highlight:
    """How one highlighted area is drawn."""

    colour: str
    marker: str
    hatch: str
    linestyle: str | tuple


def highlight(index: int, theme: str = "light") -> Highlight:
    """The ``index``-th highlighted area's colour, marker, hatch and line style."""
    order = _ORDER.get(theme, _ORDER["light"])
    n = len(order)
    return Highlight(
        colour=OKABE_ITO[order[index % n]],
        marker=MARKERS[index % len(MARKERS)],
        hatch=HATCHES[index % len(HATCHES)],
        linestyle=LINESTYLES[(index // n) % len(LINESTYLES)],
    )


def highlights(count: int, theme: str = "light") -> list[Highlight]:
    return [highlight(i, theme) for i in range(count)]
