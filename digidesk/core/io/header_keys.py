"""What the header of each value column names besides its figures.

A wide table puts keys in its column headers: periods ("2023", "Folkmängd 2023"),
genders ("Menn", "Kvinner 2022", "Begge kjønn", "M" beside "K"), areas
("Sunndal", "Kostragruppe 11", "Landet uten Oslo") and, left over, the measure
("Personer", "Medelålder"). Each header part is read once; a key is taken from
the headers only when the value columns agree on it, so that a "Total" among
marital statuses or a road category "K" stays in the indicator.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from digidesk.core.io.area_text import area_candidates
from digidesk.core.io.cells import has_letters, header_gender
from digidesk.core.io.headers import SEPARATOR
from digidesk.core.io.periods import parse_period
from digidesk.core.io.plan import AREA_ROLES, ColumnPlan
from digidesk.core.model.areas import AreaRegister

_WEAK_TOTALS = {"totalt", "total", "tot", "alla", "samtliga", "i alt", "sum", "summa"}
_LETTERS = {"m", "k"}
_FIRST_OF_MONTH = re.compile(r"^(\d{4})-(\d{2})-01$")
_TRAILING_PERIOD = re.compile(r"^(.*\D)\s+(\d{4}(?:\s?[-/]\s?\d{2,4}|[MKHV]\d{1,2})?)$")


@dataclass(slots=True)
class _Header:
    """One value column's header taken apart."""

    period: str | None = None
    gender: str | None = None
    strength: str = ""  # "word" (Menn, Kvinnor), "letter" (M, K) or "total" (Totalt)
    area: str | None = None
    rest: list[str] = field(default_factory=list)  # neither period, gender nor area


@dataclass(frozen=True, slots=True)
class _Take:
    """Which keys to take out of headers."""

    period: bool = True
    strengths: frozenset[str] = frozenset({"word", "letter", "total"})


def _gender_of(text: str, take: _Take) -> tuple[str, str] | None:
    code = header_gender(text)
    if code is None:
        return None
    folded = " ".join(text.split()).casefold()
    strength = "letter" if folded in _LETTERS else "total" if folded in _WEAK_TOTALS else "word"
    return (code, strength) if strength in take.strengths else None


def _period_of(text: str, take: _Take) -> str | None:
    return parse_period(text, day_one_as_month=False) if take.period else None


def _split_part(part: str, header: _Header, take: _Take) -> str:
    """Take a period and a gender out of one header part; what is left of it."""
    text = " ".join(part.split())
    period = _period_of(text, take)
    if period is not None:
        header.period = header.period or period
        return ""
    found = _gender_of(text, take)
    if found is not None:
        header.gender, header.strength = found
        return ""
    words = text.split(" ")
    found, rest = None, text
    # "Menn 2022", "Kvinner 0-17 år", "Begge kjønn 67 år eller eldre": the gender first,
    # then an age or a year ("Kvinnor som röker" is one indicator); "2022 Menn": last,
    # after a period only.
    for n in (2, 1):
        if len(words) > n:
            first = _gender_of(" ".join(words[:n]), take)
            last = _gender_of(" ".join(words[-n:]), take)
            if first is not None and first[1] == "word" and words[n][:1].isdigit():
                found, rest = first, " ".join(words[n:])  # an age or a year after it
                break
            if last is not None and last[1] == "word" and _period_of(" ".join(words[:-n]), take):
                found, rest = last, " ".join(words[:-n])
                break
    if found is not None:
        header.gender, header.strength = found
        text = rest
    period = _period_of(text, take)
    if period is not None:
        header.period = header.period or period
        return ""
    match = _TRAILING_PERIOD.match(text) if take.period else None
    if match and has_letters(match.group(1)):
        period = _period_of(match.group(2), take)
        if period is not None:
            header.period = header.period or period
            return match.group(1).strip()
    return text


def _take_apart(label: str, take: _Take) -> _Header:
    header = _Header()
    header.rest = [r for r in (_split_part(p, header, take) for p in label.split(SEPARATOR)) if r]
    return header


def names_period_or_gender(label: str) -> bool:
    """Whether a header names a period or a gender ("Kvinner 2023"): a column of figures,
    even when its figures look like kommune numbers."""
    header = _take_apart(label, _Take())
    return header.period is not None or header.strength == "word"


def _months_if_all_first(periods: list[str]) -> dict[str, str]:
    """Header dates all on the 1st are months ("2020-03-01" → "2020M03"); one date on another
    day makes all of them days."""
    dates = [p for p in periods if len(p) == 10 and p[4] == "-" and p[7] == "-"]
    if not dates or not all(_FIRST_OF_MONTH.match(p) for p in dates):
        return {}
    return {p: f"{p[:4]}M{p[5:7]}" for p in dates}


def header_keys(columns: list[ColumnPlan], register: AreaRegister) -> list[ColumnPlan]:
    """The columns with each value column's header period, gender, area and measure."""
    values = [c for c in columns if c.role == "value"]
    if not values:
        return columns
    take = _Take()
    headers = {c.index: _take_apart(c.label, take) for c in values}
    # Periods when (nearly) every value column names one: a table wide over time.
    # Otherwise the headers keep their years ("pop2018" is a name).
    named = sum(h.period is not None for h in headers.values())
    periods = len(values) >= 2 and named >= 0.8 * len(values)
    take = _Take(periods, _agreed_strengths(headers))
    headers = {c.index: _take_apart(c.label, take) for c in values}
    _totals_need_siblings(values, headers, take)
    months = _months_if_all_first([h.period for h in headers.values() if h.period])
    for h in headers.values():
        h.period = months.get(h.period or "", h.period)
    if not any(c.role in AREA_ROLES for c in columns):
        _areas_from_headers(values, headers, register)
    measures = {i: SEPARATOR.join(h.rest) for i, h in headers.items()}
    _inherit_measures(values, headers, measures)
    _undo_collisions(values, headers, measures)
    result = []
    for c in columns:
        h = headers.get(c.index)
        if h is None:
            result.append(c)
            continue
        result.append(
            replace(c, period=h.period, gender=h.gender, area=h.area, measure=measures[c.index])
        )
    return result


def _agreed_strengths(headers: dict[int, _Header]) -> frozenset[str]:
    """Genders from headers only when they tell columns apart: "Menn" beside "Kvinner";
    the letters only as "M" beside "K" (a road category "K" is not women)."""
    found = [h for h in headers.values() if h.gender]
    if len({h.gender for h in found}) < 2:
        return frozenset()
    letters = {h.gender for h in found if h.strength == "letter"}
    strengths = {"word", "total"}
    if {"M", "K"} <= letters:
        strengths.add("letter")
    return frozenset(strengths)


def _totals_need_siblings(
    values: list[ColumnPlan], headers: dict[int, _Header], take: _Take
) -> None:
    """ "Totalt" is gender T only beside "Kvinnor" or "Män" under the same measure; "Total"
    among marital statuses is the total of the statuses."""
    genders: dict[tuple[str, ...], set[str]] = {}
    for h in headers.values():
        if h.gender and h.strength != "total":
            genders.setdefault(tuple(h.rest), set()).add(h.gender)
    without = _Take(take.period, take.strengths - {"total"})
    for c in values:
        h = headers[c.index]
        if h.strength == "total" and not genders.get(tuple(h.rest)):
            headers[c.index] = _take_apart(c.label, without)


def _areas_from_headers(
    values: list[ColumnPlan], headers: dict[int, _Header], register: AreaRegister
) -> None:
    """Value columns named after areas, with no area column: a table wide over areas
    ("Blekinge", "Dalarna"; "Sunndal / 2023", "Kostragruppe 11 / 2023")."""
    named: dict[int, tuple[str, list[str]]] = {}
    for c in values:
        rest = headers[c.index].rest
        for k, part in enumerate(rest):
            text = part.replace("_", " ").strip()
            if area_candidates(text, register):
                named[c.index] = (text, rest[:k] + rest[k + 1 :])
                break
    if len(named) < 3 or len(named) < 0.6 * len(values):
        return
    for index, (area, rest) in named.items():
        headers[index].area, headers[index].rest = area, rest


def _inherit_measures(
    values: list[ColumnPlan], headers: dict[int, _Header], measures: dict[int, str]
) -> None:
    """A header that is only a gender, right of one with a measure and a gender, is under the
    same (unmerged) upper label: "Medelålder / kvinnor", then "män"."""
    for before, column in zip(values, values[1:], strict=False):
        h, left = headers[column.index], headers[before.index]
        if (
            h.gender
            and not measures[column.index]
            and left.gender
            and measures[before.index]
            and column.index == before.index + 1
        ):
            measures[column.index] = measures[before.index]


def _undo_collisions(
    values: list[ColumnPlan], headers: dict[int, _Header], measures: dict[int, str]
) -> None:
    """Two columns that would give the same observations keep their whole headers."""

    def key(i: int) -> tuple:
        h = headers[i]
        return measures[i], h.period, h.gender, h.area

    counts = Counter(key(c.index) for c in values)
    for c in values:
        if counts[key(c.index)] > 1:
            headers[c.index].gender, headers[c.index].area = None, None
            measures[c.index] = c.label
