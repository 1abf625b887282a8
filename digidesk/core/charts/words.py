"""The texts a chart shows, handed in by the caller in the user's language.

The core holds no words of its own: ``digidesk.chart_words`` (outside the core) gives
them in Swedish, Norwegian Bokmål and English, and the Qt layer may pass its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

RankText = Callable[[int | None, int, bool], str]


@dataclass(frozen=True)
class ChartWords:
    """``text`` maps a key ("national", "median", "source"…) to a text with ``{fields}``;
    ``rank`` says a rank as people do ("12 av 290", "delad 12:e av 290"); ``numbers`` is
    the language whose way of writing numbers the chart uses ("" for ``language``'s own:
    a user may read English with Swedish numbers)."""

    language: str
    text: Mapping[str, str]
    rank: RankText
    numbers: str = ""

    def __post_init__(self) -> None:
        if not self.numbers:
            object.__setattr__(self, "numbers", self.language)

    def __getitem__(self, key: str) -> str:
        return self.text[key]

    def format(self, key: str, **fields: object) -> str:
        return self.text[key].format(**fields)


def default_words(language: str) -> ChartWords:
    from digidesk.chart_words import chart_words

    return chart_words(language)
