"""Find a strategy's structure in the text of its document.

Municipal strategies are written alike: perspectives as headings "Perspektiv: Digital
trygghet", overarching goals as headings "3.1 Mål: Örnsköldsvik ska …", under each goal
development areas as short headings followed by their text, and after each area a list
"Mätbar uppföljning:" of bullet items that each start with (or name) their due year.
Text taken out of a PDF adds page breaks, footnotes and headings wrapped onto a second
line; these are followed rather than trusted: a heading continues on the next line when
that line starts in lower case, a bullet continues until its sentence ends, and footnote
lines and markers ("ekosystem7", "ekologiskt).9") are left out.

The result is the strategy plus where each part was found in the text (``Found``), for
the review wizard to highlight. Ids are G1, G1.1 and T01 in document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from digidesk.core.io.documents import DocumentText
from digidesk.core.io.target_text import due_year
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.strategy import FocusArea, Goal, Perspective, Strategy, Target

_GOAL = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:övergripande\s+mål|mål|overordnet\s+mål|goal)\s*:\s*(.+)$",
    re.IGNORECASE,
)
_PERSPECTIVE = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:perspektiv|perspective)\s*:\s*(.+)$", re.IGNORECASE
)
_FOLLOW_UP = re.compile(
    r"^\s*(?:mätbar\s+uppföljning|mätbara\s+mål|målbar\s+oppfølging|målbare\s+mål|"
    r"measurable\s+(?:follow-up|targets?))\s*:?\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[•●▪◦·*\-–]|\d{1,2}[.)])\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")
_HAS_YEAR = re.compile(r"\b(?:19|20|21)\d\d\b")
_SECTION = re.compile(r"^\s*\d+\.(?:\d+\.?)*\s+\S")  # "4. Uppföljning", "3.2 …"
_FOOTNOTE = re.compile(r"^\s*\d{1,2}\s+(?:\S+\s+){0,1}\S")  # "8 https://…", "7 Den digitala…"
_MARKER = re.compile(r"(?<=[a-zåäöæøü.)])\d{1,2}(?=[\s,.;:]|$)")
_SENTENCE_END = re.compile(r"[.!?:][\"”’)]*\d{0,2}\s*$")


@dataclass(frozen=True, slots=True)
class Found:
    """Where a part of the strategy stands in the text: ``kind`` is "perspective", "goal",
    "area", "target" or "due_year"; ``node_id`` the id it got."""

    start: int
    end: int
    kind: str
    node_id: str


@dataclass(slots=True)
class DocumentStrategy:
    strategy: Strategy
    text: str
    found: list[Found] = field(default_factory=list)
    kind: str = "txt"


@dataclass(slots=True)
class _Line:
    text: str
    start: int
    end: int

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def clean(text: str) -> str:
    """One line of prose: footnote markers out, runs of spaces as one."""
    text = _MARKER.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def _lines(document_lines: tuple[str, ...] | list[str]) -> tuple[str, list[_Line]]:
    lines, at = [], 0
    for raw in document_lines:
        text = raw.replace("\t", " ")
        lines.append(_Line(text, at, at + len(text)))
        at += len(text) + 1
    return "\n".join(line.text for line in lines), lines


@dataclass(slots=True)
class _Area:
    name: str
    description: list[str] = field(default_factory=list)
    targets: list[tuple[str, int, int]] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)


@dataclass(slots=True)
class _Goal:
    name: str
    span: tuple[int, int]
    areas: list[_Area] = field(default_factory=list)


def parse_strategy_lines(
    document_lines: tuple[str, ...] | list[str],
    *,
    name: str = "",
    register: AreaRegister | None = None,
    source: str = "",
) -> DocumentStrategy:
    text, lines = _lines(document_lines)
    perspectives: list[tuple[str, list[str], tuple[int, int]]] = []
    goals: list[_Goal] = []
    state = "outside"
    area: _Area | None = None
    n = 0
    while n < len(lines):
        line = lines[n]
        stripped = line.text.strip()
        goal_match = _GOAL.match(line.text)
        perspective_match = _PERSPECTIVE.match(line.text)
        if goal_match:
            heading, end, n = _heading(lines, n, goal_match.group(1))
            goals.append(_Goal(heading, (line.start, end)))
            state, area = "expect_area", None
        elif perspective_match:
            heading, end, n = _heading(lines, n, perspective_match.group(1))
            perspectives.append((heading, [], (line.start, end)))
            state, area = "perspective", None
        elif line.blank:
            pass
        elif state == "perspective":
            if _SECTION.match(line.text):
                state = "outside"
            elif not _FOOTNOTE.match(line.text):
                perspectives[-1][1].append(stripped)
        elif state in ("expect_area", "area_text") and _FOLLOW_UP.match(line.text):
            if area is None:
                area = _Area("", span=(line.start, line.start))
                goals[-1].areas.append(area)
            state = "targets"
        elif state == "targets" and _is_bullet(line.text):
            n = _bullet(lines, n, area)  # type: ignore[arg-type]
        elif state in ("targets", "expect_area") or (state == "area_text" and not area):
            if _SECTION.match(line.text):
                state, area = "outside", None
            elif _FOOTNOTE.match(line.text) or "://" in stripped or _BULLET.match(line.text):
                pass
            else:
                heading, end, n = _heading(lines, n, stripped)
                area = _Area(heading, span=(line.start, end))
                goals[-1].areas.append(area)
                state = "area_text"
        elif state == "area_text" and area is not None:
            if _SECTION.match(line.text):
                state, area = "outside", None
            elif not _FOOTNOTE.match(line.text) and "://" not in stripped:
                area.description.append(stripped)
        n += 1
    return _build(text, perspectives, goals, name, register, source)


def _is_bullet(text: str) -> bool:
    """A list item; a numbered one ("1. …") only when it names a year, so that the next
    section's heading ("4. Uppföljning") is not taken for one."""
    if not _BULLET.match(text):
        return False
    return not _NUMBERED.match(text) or bool(_HAS_YEAR.search(text))


def _heading(lines: list[_Line], n: int, first: str) -> tuple[str, int, int]:
    """A heading and the lines it continues on (lower-case starts, no blank between)."""
    parts, end = [first.strip()], lines[n].end
    while n + 1 < len(lines):
        following = lines[n + 1].text.strip()
        if not following or not following[0].islower() or _SENTENCE_END.search(parts[-1]):
            break
        parts.append(following)
        n += 1
        end = lines[n].end
    return clean(" ".join(parts)), end, n


def _bullet(lines: list[_Line], n: int, area: _Area) -> int:
    """One bullet item, continued until its sentence ends; returns its last line."""
    match = _BULLET.match(lines[n].text)
    assert match is not None
    parts, start, end = [match.group(1).strip()], lines[n].start, lines[n].end
    while not _SENTENCE_END.search(parts[-1]):
        following = n + 1
        while following < len(lines) and lines[following].blank:
            following += 1
        if following >= len(lines):
            break
        nxt = lines[following].text
        if _is_bullet(nxt) or _FOLLOW_UP.match(nxt) or _GOAL.match(nxt):
            break
        if _SECTION.match(nxt) or _FOOTNOTE.match(nxt):
            break
        parts.append(nxt.strip())
        n = following
        end = lines[n].end
    area.targets.append((clean(" ".join(parts)), start, end))
    return n


def _build(
    text: str,
    perspectives: list[tuple[str, list[str], tuple[int, int]]],
    goals: list[_Goal],
    name: str,
    register: AreaRegister | None,
    source: str,
) -> DocumentStrategy:
    found: list[Found] = []
    made_perspectives = []
    for p, (heading, description, span) in enumerate(perspectives, start=1):
        made_perspectives.append(Perspective(f"P{p}", heading, clean(" ".join(description))))
        found.append(Found(*span, "perspective", f"P{p}"))
    total = sum(len(a.targets) for g in goals for a in g.areas)
    width = max(2, len(str(total)))
    number = 0
    made_goals = []
    for g, goal in enumerate(goals, start=1):
        found.append(Found(*goal.span, "goal", f"G{g}"))
        areas = []
        kept = [a for a in goal.areas if a.targets or not a.name.rstrip().endswith(".")]
        for a, area in enumerate(kept, start=1):
            area_id = f"G{g}.{a}"
            if area.name:
                found.append(Found(*area.span, "area", area_id))
            targets = []
            for target_text, start, end in area.targets:
                number += 1
                target_id = f"T{number:0{width}d}"
                year, year_span = due_year(target_text)
                targets.append(Target(target_id, target_text, year))
                found.append(Found(start, end, "target", target_id))
                if year is not None:
                    at = _year_in_text(text, start, end, year)
                    if at is not None:
                        found.append(Found(at, at + 4, "due_year", target_id))
            description = clean(" ".join(area.description))
            areas.append(FocusArea(area_id, area.name, description, tuple(targets)))
        made_goals.append(Goal(f"G{g}", goal.name, "", tuple(areas)))
    area_id, country = _municipality(text, register)
    strategy = Strategy(
        name=name or _title(text, source),
        area_id=area_id,
        perspectives=tuple(made_perspectives),
        goals=tuple(made_goals),
        country=country,
        source=source,
    )
    return DocumentStrategy(strategy, text, sorted(found, key=lambda f: (f.start, f.kind)))


def _year_in_text(text: str, start: int, end: int, year: int) -> int | None:
    at = text.find(str(year), start, end)
    return at if at >= 0 else None


def _title(text: str, source: str) -> str:
    """The document's first line when it reads as a title, else the file's name."""
    for line in text.splitlines()[:5]:
        stripped = line.strip()
        if stripped and not _SECTION.match(line) and len(stripped) <= 120:
            return clean(stripped)
        if stripped:
            break
    if not source:
        return ""
    stem = re.sub(r"[_\s]+", " ", Path(source).stem).strip()
    return stem[:1].upper() + stem[1:]


_CAPITALISED = re.compile(r"\b[A-ZÅÄÖÆØ][a-zåäöæøéü]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\b")


def _municipality(text: str, register: AreaRegister | None) -> tuple[str | None, str]:
    """The kommun the text names most often (three times at least), with its country."""
    if register is None:
        return None, ""
    counts: dict[str, int] = {}
    for word in _CAPITALISED.findall(text):
        counts[word] = counts.get(word, 0) + 1
    tally: dict[tuple[str, str], int] = {}
    for word, count in counts.items():
        for form in {word, word[:-1] if word.endswith("s") and len(word) > 4 else word}:
            area = register.match_name(form)
            if area is not None and area.level == "municipality":
                key = (area.country, area.area_id)
                tally[key] = tally.get(key, 0) + count
                break
    if not tally:
        return None, ""
    (country, area_id), count = max(tally.items(), key=lambda item: item[1])
    return (area_id, country) if count >= 3 else (None, "")


def parse_document(
    document: DocumentText, register: AreaRegister | None = None, name: str = ""
) -> DocumentStrategy:
    parsed = parse_strategy_lines(
        document.lines, name=name, register=register, source=Path(document.path).name
    )
    parsed.kind = document.kind
    return parsed
