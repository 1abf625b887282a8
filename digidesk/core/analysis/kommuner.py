"""Which codes are kommuner, and the same kommune's code in another period.

Only kommuner are ranked: län, fylker, regions, groups and aggregates (Riket, "Alla kommuner
(ovägt medel)", EAK Landet) never are. Norwegian codes changed in 2020 and 2024; an
observation keeps the code its source used, and comparisons over time go through the
register's crosswalk explicitly: only a kommune that was renumbered or renamed one to one has
a code in the other period. A merged or split kommune has none, and callers say so.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from digidesk.core.model.areas import AreaRegister, as_date, normalise_code


@functools.lru_cache(maxsize=65_536)
def is_kommun(register: AreaRegister, country: str, code: str) -> bool:
    """True when the code is a kommun of ``country`` at any time the register covers."""
    return any(a.level == "municipality" for a in register.history(code, country))


def valid_in(register: AreaRegister, country: str, code: str, period: str) -> bool:
    """True when the code is a kommun of ``country`` on the first day of ``period``."""
    return _valid_on(register, country, code, _date(period))


@functools.lru_cache(maxsize=65_536)
def _valid_on(register: AreaRegister, country: str, code: str, date: str | None) -> bool:
    return date is not None and any(
        a.level == "municipality" and a.valid_on(date) for a in register.history(code, country)
    )


@functools.lru_cache(maxsize=1_024)
def kommuner_in_country(register: AreaRegister, country: str, period: str) -> int | None:
    """How many kommuner the country has on the first day of ``period`` (None: no date)."""
    date = _date(period)
    return len(register.areas(country, "municipality", on=date)) if date else None


def kommuner_for_period(
    register: AreaRegister, country: str, codes: Iterable[str], period: str
) -> tuple[list[str], list[str]]:
    """(kommuner to rank, codes left out) among ``codes`` for ``period``.

    A code valid on the period's first day is a kommun of that period. A kommun code from
    another time is ranked too, unless a code in the same data is the same kommune (or what it
    became, or came from) in the period, so that no kommune counts twice.
    """
    codes = list(dict.fromkeys(normalise_code(c) for c in codes))
    kommuner = [c for c in codes if is_kommun(register, country, c)]
    current = {c for c in kommuner if valid_in(register, country, c, period)}
    kept = list(current)
    for code in kommuner:
        if code in current:
            continue
        related = {ch.new_code for ch in register.successors(code, country)}
        related |= {ch.old_code for ch in register.predecessors(code, country)}
        if not related & current:
            kept.append(code)
    kept_set = set(kept)
    return [c for c in codes if c in kept_set], [c for c in codes if c not in kept_set]


def same_kommune_in(register: AreaRegister, country: str, code: str, period: str) -> str | None:
    """The code the kommune ``code`` had in ``period``: itself when valid then, else the code
    reached through renumberings and renames only, step by step on the crosswalk; None when
    the kommune was merged or split on the way, or did not exist then."""
    code = normalise_code(code)
    date = _date(period)
    if date is None or not register.history(code, country):
        return None
    if valid_in(register, country, code, period):
        return code
    backward = all((a.valid_from or "") > date for a in register.history(code, country))
    current, bound = code, None
    while not valid_in(register, country, current, period):
        into, out = register.direct_changes(current, country)
        if backward:
            steps = [c for c in into if date < c.changed and (bound is None or c.changed < bound)]
            when = max((c.changed for c in steps), default=None)
        else:
            steps = [c for c in out if c.changed <= date and (bound is None or c.changed > bound)]
            when = min((c.changed for c in steps), default=None)
        if when is None:
            return None
        ends = {c.old_code if backward else c.new_code for c in steps if c.changed == when}
        if len(ends) != 1:
            return None  # merged with others (backward) or split (forward)
        (other,) = ends
        into, out = register.direct_changes(other, country)
        partners = {c.new_code if backward else c.old_code
                    for c in (out if backward else into) if c.changed == when}  # fmt: skip
        if partners != {current}:
            return None  # the other kommune also went into, or came from, another
        current, bound = other, when
    return current


@functools.lru_cache(maxsize=4_096)
def _date(period: str) -> str | None:
    try:
        return as_date(period)
    except ValueError:
        return None
