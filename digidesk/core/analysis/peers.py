"""Peer groups: who a kommun is compared with "with regard to its prerequisites".

A peer scheme is named the way the CLI and the view name it:

- ``kommungrupp``: SKR's kommungruppsindelning 2023 in Sweden; in Norway SSB's KOSTRA groups
  when the register has them, else population size classes (``size2024``);
- ``kommungrupp2017``: SKR's 2017 classification (Sweden);
- ``county``: the kommuner of the same län or fylke in the period;
- the name or id of a user's area group (Områdesgrupper) in the workspace.

The register lists groups by today's codes. For data of another period each member is
carried to its code in that period through the crosswalk (renumberings only); kommuner that
were merged or split since cannot be carried and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from digidesk.core.analysis.kommuner import same_kommune_in, valid_in
from digidesk.core.model.areas import AreaRegister, as_date
from digidesk.core.model.workspace import Workspace

KOMMUNGRUPP, KOMMUNGRUPP_2017, COUNTY = "kommungrupp", "kommungrupp2017", "county"
BUILT_IN = (KOMMUNGRUPP, KOMMUNGRUPP_2017, COUNTY)
# Register schemes in order of preference for "kommungrupp".
_REGISTER_SCHEMES = {
    (KOMMUNGRUPP, "SE"): ("skr2023",),
    (KOMMUNGRUPP, "NO"): ("kostra", "size2024"),
    (KOMMUNGRUPP_2017, "SE"): ("skr2017",),
}
_REGISTER_DATE = "2024-01-01"  # the codes the register's groups are listed by


@dataclass(frozen=True, slots=True)
class Peers:
    """The peer group of one kommun, its members by the codes of the period compared."""

    scheme: str  # as asked: "kommungrupp", "county" or a user group's id
    source: str  # "skr2023", "size2024", "county", "group"
    group_id: str
    name: str
    members: frozenset[str]


def known_scheme(workspace: Workspace, spec: str) -> bool:
    return spec in BUILT_IN or _user_group(workspace, spec) is not None


def peers_for(
    workspace: Workspace,
    register: AreaRegister,
    country: str,
    area_id: str,
    spec: str,
    period: str,
) -> Peers | None:
    """The kommun's peer group under ``spec`` for ``period``, or None when it has none."""
    if spec == COUNTY:
        return county_peers(register, country, area_id, period)
    if spec in (KOMMUNGRUPP, KOMMUNGRUPP_2017):
        for scheme in _REGISTER_SCHEMES.get((spec, country), ()):
            found = _registered(register, scheme, country, area_id, period, spec)
            if found is not None:
                return found
        return None
    group = _user_group(workspace, spec)
    if group is None:
        return None
    members = frozenset(m.area_id for m in group.members if m.country == country)
    if area_id not in members:
        return None
    return Peers(spec, "group", group.group_id, group.name, members)


def _registered(
    register: AreaRegister, scheme: str, country: str, area_id: str, period: str, spec: str
) -> Peers | None:
    today = same_kommune_in(register, country, area_id, _REGISTER_DATE)
    group = register.peer_group(scheme, country, today) if today else None
    if group is None:
        return None
    members = set()
    for member in group.members:
        code = same_kommune_in(register, country, member, period)
        if code is not None:
            members.add(code)
    return Peers(spec, scheme, group.group_id, group.name, frozenset(members | {area_id}))


def county_peers(register: AreaRegister, country: str, area_id: str, period: str) -> Peers | None:
    """The kommuner of the area's län or fylke in ``period`` (the area itself included)."""
    try:
        date = as_date(period)
    except ValueError:
        return None
    area = register.get(area_id, country, on=date) or register.get(area_id, country)
    if area is None or area.level != "municipality" or not area.parent_id:
        return None
    county = register.get(area.parent_id, country, on=date) or register.get(area.parent_id, country)
    members = {
        a.area_id
        for a in register.areas(country, "municipality", on=date)
        if a.parent_id == area.parent_id
    }
    if not valid_in(register, country, area_id, period):
        members.add(area_id)
    name = county.name if county else area.parent_id
    return Peers(COUNTY, COUNTY, area.parent_id, name, frozenset(members))


def _user_group(workspace: Workspace, spec: str):
    for group in workspace.groups:
        if spec in (group.group_id, group.name):
            return group
    return None
