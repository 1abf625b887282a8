"""Which areas the user means: codes, names, an award's nominees or an area group.

A bare code that is a kommun in both countries (1860 is Laxå and Vestvågøy) means the one
the workspace holds data for; "SE:1860" or "NO:1860" says it outright.
"""

from __future__ import annotations

from collections.abc import Iterable

from digidesk.core.analysis.values import dataset_country
from digidesk.core.errors import AnalysisError
from digidesk.core.model.areas import AreaRegister, normalise_code
from digidesk.core.model.award import Award
from digidesk.core.model.workspace import Workspace

AreaKey = tuple[str, str]
AWARD = "award"
COUNTRIES = ("SE", "NO")


def resolve_areas(
    specs: Iterable[str], workspace: Workspace, register: AreaRegister
) -> list[AreaKey]:
    """(country, code) for each spec: a code, "SE:code", a name, "award" or a group's name."""
    found: list[AreaKey] = []
    for spec in specs:
        spec = spec.strip()
        if not spec:
            continue
        if spec.casefold() == AWARD:
            found += award_areas(workspace, register)
            continue
        group = next((g for g in workspace.groups if spec in (g.group_id, g.name)), None)
        if group is not None:
            found += [(m.country, m.area_id) for m in group.members]
            continue
        found.append(resolve_area(spec, workspace, register))
    return list(dict.fromkeys(found))


def resolve_area(spec: str, workspace: Workspace, register: AreaRegister) -> AreaKey:
    country, _, rest = spec.partition(":")
    if rest and country.upper() in COUNTRIES:
        code = normalise_code(rest)
        if not register.history(code, country.upper()):
            raise AnalysisError("analysis.unknown_area", area=spec)
        return country.upper(), code
    code = normalise_code(spec)
    countries = [c for c in COUNTRIES if register.history(code, c)]
    if not countries:
        area = register.match_name(spec)
        if area is None:
            raise AnalysisError("analysis.unknown_area", area=spec)
        return area.country, area.area_id
    if len(countries) == 1:
        return countries[0], code
    held = [c for c in countries if code in _codes_with_data(workspace, register, c)]
    if len(held) == 1:
        return held[0], code
    raise AnalysisError("analysis.ambiguous_area", area=spec)


def award_areas(
    workspace: Workspace, register: AreaRegister, award: Award | None = None
) -> list[AreaKey]:
    """The nominees of ``award`` (the workspace's first when None), winner first as listed."""
    if award is None:
        if not workspace.awards:
            raise AnalysisError("analysis.no_award")
        award = workspace.awards[0]
    keys = []
    for nominee in award.nominees:
        countries = [c for c in COUNTRIES if register.history(nominee.area_id, c)]
        # An award is national: a code known in both countries is taken in the country of
        # the other nominees.
        keys.append((countries, normalise_code(nominee.area_id)))
    majority = _majority(c[0] for c, _ in keys if len(c) == 1) or "SE"
    return [(c[0] if len(c) == 1 else majority, code) for c, code in keys if c]


def _majority(countries: Iterable[str]) -> str | None:
    counts: dict[str, int] = {}
    for country in countries:
        counts[country] = counts.get(country, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _codes_with_data(workspace: Workspace, register: AreaRegister, country: str) -> set[str]:
    codes: set[str] = set()
    for dataset in workspace.datasets:
        if dataset_country(dataset, register) == country:
            codes.update(str(c) for c in dataset.observations["area_id"].cat.categories)
    return codes
