"""Axes that keep their unchanging part as pixels between draws on the screen.

A chart's artists are of two kinds: what shows every kommun (bars, thin lines, points,
tick labels, reference values) and what shows the selection (its bars, lines, names and
notes). After a selection change only the second kind is new, so on the same Agg canvas
(the Qt canvas is one) :class:`LayeredAxes` puts back the pixels of the first kind,
copied after the last full draw, and draws only the selection's artists on top. Anything
else (another size, resolution, view limits, a file being saved, or a chart saying its
unchanging part changed) draws everything as usual. Files (PNG, SVG, PDF) are always drawn
in full.

The selection's artists are marked ``animated``, so that matplotlib's own draw of the
Axes leaves them out; they are drawn after it, in their z-order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import RendererAgg


class LayeredAxes(Axes):
    """An Axes whose ``dynamic`` artists are drawn over a kept copy of the rest."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._dynamic: list[Artist] = []
        self._kept: Any = None
        self._kept_key: tuple | None = None

    def add_dynamic(self, artists: Iterable[Artist]) -> None:
        for artist in artists:
            artist.set_animated(True)
            self._dynamic.append(artist)

    def remove_dynamic(self, artist: Artist) -> None:
        if artist in self._dynamic:
            self._dynamic.remove(artist)

    def invalidate(self) -> None:
        """The unchanging part changed: the next draw is a full one."""
        self._kept, self._kept_key = None, None

    def _key(self, renderer: Any) -> tuple | None:
        if not isinstance(renderer, RendererAgg) or not self._dynamic:
            return None
        figure = self.get_figure(root=True)
        return (
            id(renderer),
            renderer.width,
            renderer.height,
            float(figure.dpi),
            tuple(self.bbox.bounds),
            tuple(self.viewLim.bounds),
        )

    def _region(self, renderer: Any, figure: Any) -> Any:
        """The pixels to keep: the whole figure when this is its only layered Axes (what
        the figure draws before it is only its background), else this Axes with its ticks,
        labels and titles."""
        layered = [ax for ax in figure.axes if isinstance(ax, LayeredAxes)]
        if layered == [self]:
            return figure.bbox
        return self.get_tightbbox(renderer, for_layout_only=False).padded(2)

    def draw(self, renderer: Any) -> None:
        figure = self.get_figure(root=True)
        if not self.get_visible():
            return
        if figure.canvas.is_saving():  # a file: everything, animated or not, in one draw
            super().draw(renderer)
            return
        key = self._key(renderer)
        if key is not None and key == self._kept_key:
            renderer.restore_region(self._kept)
        else:
            super().draw(renderer)
            if key is not None:
                self._kept = renderer.copy_from_bbox(self._region(renderer, figure))
                self._kept_key = key
        for artist in sorted(self._dynamic, key=lambda a: a.get_zorder()):
            if artist.get_visible() and artist.axes is self:
                artist.draw(renderer)
        self.stale = False
