"""Texts put together from the caller's words: subtitles, source lines, value labels."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from digidesk.core.analysis.references import PUBLISHED, Reference
from digidesk.core.charts.data import Context
from digidesk.core.charts.numbers import format_number, is_percent
from digidesk.core.charts.words import ChartWords
from digidesk.core.model.indicators import Indicator

SEPARATOR = " · "
COMPARATORS = {">=": "≥", "<=": "≤", "==": "="}


def direction_text(words: ChartWords, direction: str) -> str:
    return words[
        {"higher": "higher_better", "lower": "lower_better"}.get(direction, "no_direction")
    ]


def period_range(periods: Sequence[str]) -> str:
    """ "2008–2012", or the one period."""
    if not periods:
        return ""
    return periods[0] if len(periods) == 1 else f"{periods[0]}–{periods[-1]}"


def national_label(words: ChartWords, country: str, computed: bool) -> str:
    name = (
        words[f"national_{country}"] if f"national_{country}" in words.text else words["national"]
    )
    return f"{name} ({words['computed']})" if computed else name


def national_note(words: ChartWords, country: str, reference: Reference) -> str:
    """ "Riket: beräknat, befolkningsviktat" for a national value that was not published."""
    if reference.method == PUBLISHED:
        return ""
    method = words.text.get(f"method_{reference.method}", "")
    if not method:
        return ""
    return f"{national_label(words, country, False)}: {method}"


def value_text(words: ChartWords, value: float | None, indicator: Indicator, decimals: int) -> str:
    """The value with its unit: "3,1 %", "254 300 kr"."""
    if value is None:
        return ""
    unit = indicator.unit.strip()
    if is_percent(unit):
        return format_number(value, words.numbers, decimals, percent=True)
    number = format_number(value, words.numbers, decimals)
    return f"{number} {unit}" if unit else number


def join_names(words: ChartWords, names: Sequence[str], limit: int = 4) -> str:
    """ "Lidingö, Karlskrona och Umeå"; past ``limit`` names, the first and how many more."""
    names = list(names)
    if not names:
        return ""
    if len(names) > limit:
        return words.format(
            "and_more", names=", ".join(names[: limit - 1]), n=len(names) - limit + 1
        )
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])}{words['and']}{names[-1]}"


def source_line(
    ctx: Context, indicator_ids: Iterable[str], country: str, period: str, notes: Iterable[str] = ()
) -> str:
    """ "Källa: Kolada (RKA), 2012", and notes on their own lines."""
    sources = ", ".join(ctx.sources(tuple(indicator_ids), country))
    words = ctx.words
    first = words.format("source", sources=sources, period=period) if sources else period
    return "\n".join([first, *(n for n in notes if n)])


def axis_label(indicator: Indicator) -> str:
    """The unit as an axis label; none for a percentage, whose ticks say "%"."""
    unit = indicator.unit.strip()
    return "" if is_percent(unit) else unit
