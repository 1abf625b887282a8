"""What a target's own words say about its figures: due year, target value, unit, comparator.

"2020 har koncernen nått regeringens bredbandsmål att 90 procent av hushållen ska ha
tillgång till bredband på minst 100 Mbit/s" gives 90 %, ≥, 2020 (the 100 Mbit/s is a
qualifier of what is counted, not the target); "2025 har koncernen ökat andelen digitala
möten med 20 procent" gives +20 % relative to the baseline, ≥, 2025; "… med 5
procentenheter" a change of 5 in the indicator's unit. Swedish, Norwegian and English
phrasings are known. A suggestion is only offered for the user to accept; nothing is
changed by it. ``spans`` say where in the text each part was found, for highlighting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_YEAR = r"(?:19[5-9]\d|20\d\d|21[0-4]\d)"
_LEADING_YEAR = re.compile(rf"^\W*({_YEAR})\b")
_BY_YEAR = re.compile(
    rf"\b(?:senast|till|innan|före|fram till|år|innen|innan|by|before|until|in)\s+(?:år\s+)?"
    rf"({_YEAR})\b",
    re.IGNORECASE,
)
_ANY_YEAR = re.compile(rf"(?<![\d,.])({_YEAR})(?![\d,])")
_NUMBER = r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?"
_PERCENT = re.compile(rf"{_NUMBER}\s*(procent(?:enheter)?|prosent(?:poeng)?|percentage points|"
                      rf"percent|%)", re.IGNORECASE)  # fmt: skip
_UP = r"ökat|ökar|höjt|höjer|förbättrat|fördubblat|økt|øker|forbedret|increased|increases|raised"
_DOWN = r"minskat|minskar|sänkt|sänker|halverat|redusert|reduserer|minsket|decreased|reduced"
_CHANGE = re.compile(rf"\b({_UP}|{_DOWN})\b", re.IGNORECASE)
_DOWN_WORDS = re.compile(rf"\b(?:{_DOWN})\b", re.IGNORECASE)
_BY = re.compile(r"\b(?:med|by)\s*$", re.IGNORECASE)
_AT_MOST = re.compile(
    r"\b(?:högst|max(?:imalt)?|under|mindre än|färre än|inte mer än|høyst|færre enn|"
    r"mindre enn|ikke mer enn|at most|below|less than|fewer than)\s*$",
    re.IGNORECASE,
)
_COUNT = re.compile(
    rf"\b(?:minst|högst|minimum|max(?:imalt)?|över|under|at least|at most|høyst)\s+{_NUMBER}\s*"
    r"(st(?:ycken)?\b|kr(?:onor)?\b|kroner\b|dagar\b|dager\b|days\b|timmar\b|timer\b|hours\b|"
    r"e-tjänster\b|tjänster\b|tjenester\b|services\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the text suggests. ``value`` is an absolute target in ``unit``; ``relative`` a
    change in percent of the baseline (+20.0); ``points`` a change in the indicator's unit
    (+5.0 for "5 procentenheter"). ``direction`` is "increase" or "decrease" when the text
    says so. ``spans`` are (start, end, part) with part "due_year", "value" or "qualifier"."""

    due_year: int | None = None
    value: float | None = None
    unit: str = ""
    comparator: str = ">="
    relative: float | None = None
    points: float | None = None
    direction: str | None = None
    spans: tuple[tuple[int, int, str], ...] = ()

    @property
    def has_figure(self) -> bool:
        return self.value is not None or self.relative is not None or self.points is not None

    def target_value(self, baseline: float | None) -> float | None:
        """The absolute target this suggests for ``baseline`` (None when it needs one)."""
        if self.value is not None:
            return self.value
        if baseline is None:
            return None
        if self.relative is not None:
            return baseline * (1 + self.relative / 100)
        if self.points is not None:
            return baseline + self.points
        return None


def due_year(text: str) -> tuple[int | None, tuple[int, int] | None]:
    """The year a target is due by, and where it stands: a leading year ("2023 ska …"),
    else one after "senast", "till", "år" …, else the last year in the text."""
    for pattern in (_LEADING_YEAR, _BY_YEAR):
        match = pattern.search(text)
        if match:
            return int(match.group(1)), match.span(1)
    found = list(_ANY_YEAR.finditer(text))
    if found:
        return int(found[-1].group(1)), found[-1].span(1)
    return None, None


def _number(whole: str, fraction: str | None) -> float:
    digits = re.sub(r"[ \u00a0\u202f]", "", whole)
    return float(f"{digits}.{fraction}") if fraction else float(digits)


def suggest(text: str) -> Suggestion:
    year, year_span = due_year(text)
    spans: list[tuple[int, int, str]] = [(*year_span, "due_year")] if year_span else []
    direction = None
    changes = list(_CHANGE.finditer(text))
    if changes:
        direction = "decrease" if _DOWN_WORDS.fullmatch(changes[-1].group(1)) else "increase"
    comparator = "<=" if direction == "decrease" else ">="
    for match in _PERCENT.finditer(text):
        amount = _number(match.group(1), match.group(2))
        word = match.group(3).lower()
        before = text[: match.start()]
        change = next((c for c in reversed(changes) if c.end() <= match.start()), None)
        is_change = change is not None and bool(_BY.search(before))
        if _AT_MOST.search(before):
            comparator = "<="
        spans.append((match.start(), match.end(), "value"))
        spans += _qualifiers(text, match.end())
        sign = -1.0 if direction == "decrease" else 1.0
        if word.startswith(("procentenhet", "prosentpoeng", "percentage point")):
            return Suggestion(year, None, "%", comparator, None, sign * amount, direction,
                              tuple(spans))  # fmt: skip
        if is_change:
            return Suggestion(year, None, "%", comparator, sign * amount, None, direction,
                              tuple(spans))  # fmt: skip
        return Suggestion(year, amount, "%", comparator, None, None, direction, tuple(spans))
    count = _COUNT.search(text)
    if count:
        amount = _number(count.group(1), count.group(2))
        lead = count.group(0).split()[0].lower()
        if lead in ("högst", "max", "maximalt", "under", "at", "høyst") and "least" not in (
            count.group(0).lower()
        ):
            comparator = "<="
        unit = (count.group(3) or "").lower()
        spans.append((count.start(), count.end(), "value"))
        return Suggestion(year, amount, unit, comparator, None, None, direction, tuple(spans))
    return Suggestion(year, None, "", comparator, None, None, direction, tuple(spans))


def _qualifiers(text: str, after: int) -> list[tuple[int, int, str]]:
    """Speeds and lengths after the percentage ("på minst 100 Mbit/s"): marked, not targets."""
    found = []
    for match in re.finditer(rf"{_NUMBER}\s*([kMG]bit/s|Mbps|Gbps)", text[after:]):
        found.append((after + match.start(), after + match.end(), "qualifier"))
    return found
