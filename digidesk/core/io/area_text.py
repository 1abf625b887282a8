"""What areas a text may name: register names and codes, SSB's historical names, and the
KOSTRA groups that SSB compares kommuner with ("Kostragruppe 11", "KOSTRA-group 11")."""

from __future__ import annotations

import re

from digidesk.core.io.cells import historical_name, split_code_name
from digidesk.core.model.areas import Area, AreaRegister

_KOSTRA_GROUP = re.compile(
    r"^\s*kostra[\s-]*(?:gruppe|group|grupp)\s*0?(\d{1,2})\s*$", re.IGNORECASE
)


def kostra_group(text: str) -> str | None:
    """SSB's code for a KOSTRA group named in ``text`` ("Kostragruppe 11" → "EKG11")."""
    match = _KOSTRA_GROUP.match(text)
    if match is None or not 1 <= int(match.group(1)) <= 16:
        return None
    return f"EKG{int(match.group(1)):02d}"


def area_candidates(
    text: str, register: AreaRegister, country: str | None = None
) -> list[Area | str]:
    """Areas a cell may mean; "SE110 Stockholms län" (a code the register lacks) by its name.

    A KOSTRA group, which the register does not list, is given as its SSB code.
    """
    found: list[Area | str] = list(register.candidates(text, country=country))
    if not found:
        split = split_code_name(text)
        if split:
            found = list(register.candidates(split[1], country=country))
    if not found:
        name, on = historical_name(text)
        if on is not None:
            found = list(register.candidates(name, country=country, on=on))
    if not found and country in (None, "NO"):
        group = kostra_group(text)
        if group is not None:
            found = [group]
    return found
