"""The area register: Swedish and Norwegian municipalities, counties, countries and aggregates.

The data is shipped in ``resources/register`` and built from SCB, Kolada and SSB Klass lists by
``resources/register/build_register.py``. Codes are text with their leading zeros ("0180").

Swedish and Norwegian codes collide (1860 is Laxå in Sweden and Vestvågøy in Norway; 0123 is
Järfälla today and was Spydeberg in Norway in 2019). Every lookup therefore takes an optional
``country``; without one, an answer is given only when exactly one area fits, otherwise None.

``on`` is an ISO date ("2019-06-30") or a period that starts with a year ("2019", "2026M04"),
read as 1 January of that year; any other text (a source's "uppgift saknas" where the
period should be) names no date, and the lookup is made as without ``on``. A row is valid
from ``valid_from`` (inclusive) to ``valid_to`` (exclusive); an empty bound is open. Without
``on``, rows valid today are searched first and historical rows only when no current row
fits, the most recently ended first. The Norwegian rows start with the 2019 Klass version,
so dates before 2019 find no Norwegian kommune.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from digidesk.resources import resource_path

# When one name fits areas of several levels ("Oslo" is a kommune and a fylke, "Gotland" a
# kommun and the short name of a län), the most local level wins.
LEVELS = ("municipality", "county", "country", "aggregate")

# Suffixes people add to names, and the level they imply ("Lidingö stad", "Oslo fylke").
_SUFFIXES = (
    (" fylkeskommune", "county"),
    (" fylke", "county"),
    (" län", "county"),
    (" kommune", "municipality"),
    (" kommun", "municipality"),
    (" stad", "municipality"),
)
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
_SPACED_DASH = re.compile(r"\s*-\s*")
_NAME_PARTS = re.compile(r"\s+[-\u2013\u2014]\s+")
_BRACKETS = re.compile(r"\s*\([^)]*\)\s*$")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"\d{4}")
_FAR_FUTURE = "9999-12-31"


@dataclass(frozen=True, slots=True)
class Area:
    country: str
    area_id: str
    level: str
    name: str
    short_name: str
    parent_id: str | None
    valid_from: str | None
    valid_to: str | None
    kommungrupp: str | None
    population: int | None

    def valid_on(self, date: str) -> bool:
        """Whether the row holds on ``date`` (ISO); ``valid_to`` is the first day it does not."""
        return (self.valid_from or "") <= date and (self.valid_to is None or date < self.valid_to)


@dataclass(frozen=True, slots=True)
class CodeChange:
    old_code: str
    old_name: str
    new_code: str
    new_name: str
    changed: str


def normalise_code(code: str | int) -> str:
    """Code as the register writes it: 180 -> "0180", "1" -> "01", "eak" -> "EAK"."""
    text = str(code).strip().upper()
    if text.isascii() and text.isdigit():
        if int(text) == 0:
            return "0000"  # Riket, as Kolada writes it, after a reader made it a number
        return text.zfill(2) if len(text) <= 2 else text.zfill(4)
    return text


def as_date(on: str | int) -> str:
    """ISO date for ``on``: "2019-06-30" as is, "2019" or "2019K4" as 1 January of the year."""
    text = str(on).strip()
    if _ISO_DATE.fullmatch(text):
        return text
    if _YEAR.match(text):
        return f"{text[:4]}-01-01"
    raise ValueError(f"not a date or a period starting with a year: {on!r}")


def lookup_date(on: str | int | None) -> str | None:
    """The ISO date a lookup is made on, or None when ``on`` names no date."""
    if on is None:
        return None
    text = str(on).strip()
    if _ISO_DATE.fullmatch(text) or _YEAR.match(text):
        return as_date(text)
    return None


def normalise_name(text: str) -> str:
    """Key for name matching: case, NBSP and other spaces, dash variants and spacing folded."""
    folded = unicodedata.normalize("NFKC", text).translate(_DASHES).casefold()
    return _SPACED_DASH.sub("-", " ".join(folded.split()))


def _name_variants(key: str) -> Iterator[tuple[str, str | None]]:
    """The text itself, then without a suffix and its genitive s, with the level implied."""
    yield key, None
    for suffix, level in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            stem = key[: -len(suffix)].strip()
            yield stem, level
            if stem.endswith("s"):
                yield stem[:-1], level  # "Stockholms kommun", "Göteborgs stad"


def _prefer(rows: Iterable[Area]) -> list[Area]:
    unique = list(dict.fromkeys(rows))
    if not unique:
        return []
    best = min(LEVELS.index(a.level) for a in unique)
    kept = [a for a in unique if LEVELS.index(a.level) == best]
    return sorted(kept, key=lambda a: (a.country, a.area_id, a.valid_from or ""))


def _select(tiers: list[list[Area]], on: str | None) -> list[Area]:
    """Rows of the first tier that has any valid on ``on`` (or today, then latest ended)."""
    date = lookup_date(on)
    if date is not None:
        for rows in tiers:
            if hits := [a for a in rows if a.valid_on(date)]:
                return _prefer(hits)
        return []
    for rows in tiers:
        if hits := [a for a in rows if a.valid_to is None]:
            return _prefer(hits)
    for rows in tiers:
        if rows:
            latest = max(a.valid_to or "" for a in rows)
            return _prefer(a for a in rows if a.valid_to == latest)
    return []


def _area_from_row(row: dict[str, str]) -> Area:
    optional = {k: row[k] or None for k in ("parent_id", "valid_from", "valid_to", "kommungrupp")}
    population = int(row["population"]) if row["population"] else None
    return Area(
        row["country"], row["area_id"], row["level"], row["name"], row["short_name"],
        **optional, population=population,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class PeerGroup:
    """A group of comparable kommuner in one scheme ("skr2023" A1 Storstäder)."""

    scheme: str
    country: str
    group_id: str
    name: str
    members: frozenset[str]


def _change_key(change: CodeChange) -> tuple[str, str, str]:
    return change.changed, change.old_code, change.new_code


class AreaRegister:
    """Areas by code and by name, and the Norwegian crosswalk between old and new codes."""

    def __init__(
        self,
        areas: Iterable[Area],
        changes: Iterable[CodeChange] = (),
        aliases: Iterable[tuple[str, str, str]] = (),
        peer_groups: Iterable[PeerGroup] = (),
    ) -> None:
        self._areas = sorted(areas, key=lambda a: (a.country, a.area_id, a.valid_from or ""))
        self._changes = sorted(changes, key=_change_key)
        self._by_code: dict[str, list[Area]] = defaultdict(list)
        # Two name indexes: full names and aliases first, then short names and name parts.
        self._exact: dict[str, list[Area]] = defaultdict(list)
        self._partial: dict[str, list[Area]] = defaultdict(list)
        by_id: dict[tuple[str, str], list[Area]] = defaultdict(list)
        for area in self._areas:
            self._by_code[area.area_id].append(area)
            by_id[(area.country, area.area_id)].append(area)
            self._exact[normalise_name(area.name)].append(area)
            parts = {area.short_name, _BRACKETS.sub("", area.name)}
            parts.update(_BRACKETS.sub("", p) for p in _NAME_PARTS.split(area.name))
            for part in {normalise_name(p) for p in parts} - {normalise_name(area.name)}:
                self._partial[part].append(area)
        for country, alias, area_id in aliases:
            self._exact[normalise_name(alias)].extend(by_id[(country, area_id)])
        self._peers = sorted(peer_groups, key=lambda g: (g.scheme, g.country, g.group_id))
        self._peer_of: dict[tuple[str, str, str], PeerGroup] = {
            (g.scheme, g.country, member): g for g in self._peers for member in g.members
        }
        self._by_old: dict[str, list[CodeChange]] = defaultdict(list)
        self._by_new: dict[str, list[CodeChange]] = defaultdict(list)
        for change in self._changes:
            self._by_old[change.old_code].append(change)
            self._by_new[change.new_code].append(change)

    @classmethod
    def load(cls, folder: Path | None = None) -> AreaRegister:
        """The register in ``folder``; the shipped one (shared, read once) when None."""
        if folder is None:
            return default_register()
        folder = Path(folder)
        with (folder / "areas.csv").open(encoding="utf-8", newline="") as f:
            areas = [_area_from_row(row) for row in csv.DictReader(f)]
        with (folder / "no_changes.csv").open(encoding="utf-8", newline="") as f:
            changes = [CodeChange(**r) for r in csv.DictReader(f)]
        with (folder / "aliases.csv").open(encoding="utf-8", newline="") as f:
            aliases = [(r["country"], r["alias"], r["area_id"]) for r in csv.DictReader(f)]
        return cls(areas, changes, aliases, _read_peer_groups(folder / "peer_groups.csv"))

    def __len__(self) -> int:
        return len(self._areas)

    def __iter__(self) -> Iterator[Area]:
        """Every row, current and historical, by country, code and start."""
        return iter(self._areas)

    def get(
        self, area_id: str | int, country: str | None = None, on: str | None = None
    ) -> Area | None:
        """The area with this code, or None when there is none or more than one fits."""
        rows = self._code_rows(normalise_code(area_id), country)
        found = _select([rows], on)
        return found[0] if len(found) == 1 else None

    def history(self, area_id: str | int, country: str) -> list[Area]:
        """Every row of the code in ``country``, oldest first (renamed codes have several)."""
        return list(self._code_rows(normalise_code(area_id), country))

    def match_name(
        self, name: str, country: str | None = None, on: str | None = None
    ) -> Area | None:
        """The one area a name (or "code name" text) means, or None when unknown or ambiguous."""
        found = self.candidates(name, country, on)
        return found[0] if len(found) == 1 else None

    def candidates(
        self, name: str, country: str | None = None, on: str | None = None
    ) -> list[Area]:
        """Every area the text may mean; ``match_name`` answers only when this has one.

        Accepts names in any case and spacing, with suffixes ("Lidingö stad", "Oslo kommune",
        "Stockholms län"), any language form of a Norwegian name ("Tråante"), aliases
        ("Riket", "Hele landet"), a bare code, or a code followed by its name ("0114 Upplands
        Väsby"), where the name must fit the code.
        """
        key = normalise_name(name)
        if not key:
            return []
        code = normalise_code(key)
        if code in self._by_code:
            return _select([self._code_rows(code, country)], on)
        first, _, rest = key.partition(" ")
        code = normalise_code(first)
        if rest and code in self._by_code:
            tiers = [[a for a in t if a.area_id == code] for t in self._name_tiers(rest, country)]
            return _select(tiers, on)
        return _select(self._name_tiers(key, country), on)

    def areas(
        self, country: str | None = None, level: str | None = None, on: str | None = None
    ) -> list[Area]:
        """Areas valid on ``on`` (today's when None), by country and code."""
        date = lookup_date(on)
        return [
            a
            for a in self._areas
            if (country is None or a.country == country)
            and (level is None or a.level == level)
            and (a.valid_to is None if date is None else a.valid_on(date))
        ]

    def peer_schemes(self, country: str) -> list[str]:
        """The peer-group schemes that cover kommuner of ``country`` ("skr2023", "size2024")."""
        return sorted({g.scheme for g in self._peers if g.country == country})

    def peer_groups(self, scheme: str, country: str) -> list[PeerGroup]:
        return [g for g in self._peers if g.scheme == scheme and g.country == country]

    def peer_group(self, scheme: str, country: str, area_id: str) -> PeerGroup | None:
        """The group of ``scheme`` that the kommun belongs to, or None."""
        return self._peer_of.get((scheme, country, normalise_code(area_id)))

    def successors(
        self, code: str, country: str = "NO", after: str | None = None
    ) -> list[CodeChange]:
        """Changes that carried ``code`` forward, followed through later changes.

        ``after`` (a date or year) skips changes that took effect on or before it, so that a
        code that was valid then is followed from then on. Sweden has no changes in range.
        """
        if country != "NO":
            return []
        since = lookup_date(after) or ""
        return self._follow(normalise_code(code), since, forward=True)

    def predecessors(self, code: str, country: str = "NO") -> list[CodeChange]:
        """Changes that led to ``code``, followed back through earlier changes."""
        if country != "NO":
            return []
        return self._follow(normalise_code(code), _FAR_FUTURE, forward=False)

    def direct_changes(self, code: str, country: str = "NO") -> tuple[list[CodeChange], ...]:
        """(changes that led to ``code``, changes that carried it on), one step each."""
        if country != "NO":
            return [], []
        code = normalise_code(code)
        return list(self._by_new.get(code, ())), list(self._by_old.get(code, ()))

    def _follow(self, code: str, date: str, *, forward: bool) -> list[CodeChange]:
        # Each step moves strictly in time, which keeps reused codes apart and ends every walk.
        found: set[CodeChange] = set()
        todo = [(code, date)]
        while todo:
            code, date = todo.pop()
            if forward:
                steps = [c for c in self._by_old.get(code, ()) if c.changed > date]
            else:
                steps = [c for c in self._by_new.get(code, ()) if c.changed < date]
            for change in steps:
                if change not in found:
                    found.add(change)
                    todo.append((change.new_code if forward else change.old_code, change.changed))
        return sorted(found, key=_change_key)

    def _code_rows(self, code: str, country: str | None) -> list[Area]:
        rows = self._by_code.get(code, [])
        return [a for a in rows if country is None or a.country == country]

    def _name_tiers(self, key: str, country: str | None) -> list[list[Area]]:
        """Exact and partial hits for the most literal reading of the text that names anything."""
        for variant, level in _name_variants(key):
            tiers = [
                [
                    a
                    for a in index.get(variant, ())
                    if (country is None or a.country == country)
                    and (level is None or a.level == level)
                ]
                for index in (self._exact, self._partial)
            ]
            if any(tiers):
                return tiers
        return [[], []]


def _read_peer_groups(path: Path) -> list[PeerGroup]:
    if not path.exists():
        return []
    members: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    names: dict[tuple[str, str, str], str] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key = (row["scheme"], row["country"], row["group_id"])
            members[key].add(row["area_id"])
            names[key] = row["name"]
    return [PeerGroup(*key, names[key], frozenset(ids)) for key, ids in members.items()]


@functools.cache
def default_register() -> AreaRegister:
    """The shipped register, read once per process."""
    return AreaRegister.load(resource_path("register"))
