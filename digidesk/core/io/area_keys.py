"""Which area each row of a table is about: codes and names matched to the register.

Each distinct code, name or code-and-name text is looked up once; texts the
register does not know are listed with their number of rows and the first.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from digidesk.core.io.area_text import kostra_group
from digidesk.core.io.cells import (
    cell_text,
    code_text,
    historical_name,
    name_ended,
    split_code_name,
    without_footnote,
)
from digidesk.core.io.markers import missing_marker
from digidesk.core.io.plan import AREA_ROLES, TablePlan
from digidesk.core.io.unique import map_unique
from digidesk.core.model.areas import Area, AreaRegister, normalise_name


@dataclass(slots=True)
class Unmatched:
    text: str
    count: int
    first_row: int  # 1-based row in the sheet, as a spreadsheet program shows it


def area_ids(
    long: pd.DataFrame, plan: TablePlan, register: AreaRegister, periods: pd.Series
) -> tuple[pd.Series, dict[str, str], list[Unmatched], int]:
    """Area ids for the table's rows, their display names, the texts the register did not
    know (with how many rows and the first), and how many distinct areas were matched."""
    country = plan.country or None
    names: dict[str, str] = {}
    matched: set[str] = set()
    unmatched_keys: dict[object, str] = {}
    has = {role: bool(plan.columns_with(role)) for role in AREA_ROLES}  # type: ignore[arg-type]
    has["area_name"] = has["area_name"] or any(c.area for c in plan.columns_with("value"))
    on = _first_year(periods)
    county_suffix = _county_suffix(plan)

    # SSB lists "Halden (-2019)" (the old kommune) beside "Halden": the plain name is
    # then the kommune after the change, not the one of the table's first year.
    ended: dict[str, str] = {}
    if has["area"] or has["area_name"]:
        source = long["area"] if has["area"] else long["area_name"]
        for text in pd.unique(source.astype(str)):
            found = name_ended(without_footnote(str(text)))
            if found:
                ended[normalise_name(found[0])] = f"{found[1] + 1}-06-30"

    def lookup(code: str, name: str) -> tuple[str, str, bool]:
        """(area id, display name, whether the register knows it)."""
        if code:
            area = register.get(code, country, on=on) or register.get(code, country)
            if area is None and name:
                area = register.match_name(name, country, on=on)
            if area is None:
                return code, name or code, False
            return area.area_id, name or area.name, True
        area = None
        if name and normalise_name(name) in ended:
            area = _after_change(register, name, country, ended[normalise_name(name)])
        if area is None and name and county_suffix:
            area = register.match_name(f"{name} {county_suffix}", country, on=on)
        if area is None and name:
            area = register.match_name(name, country, on=on) or register.match_name(name, country)
        if area is None and name:
            stem, valid_on = historical_name(name)
            if valid_on is not None:
                area = register.match_name(stem, country, on=valid_on)
        if area is None and name and country in (None, "NO"):
            group = kostra_group(name)
            if group is not None:
                return group, name, True  # SSB's KOSTRA groups, which the register lacks
        if area is None:
            return name, name, False
        return area.area_id, name, True

    if has["area"]:
        keys = map_unique(long["area"], cell_text)
    else:
        codes = map_unique(long["area_code"], code_text) if has["area_code"] else None
        texts = map_unique(long["area_name"], cell_text) if has["area_name"] else None
        if codes is not None and texts is not None:
            keys = codes + "\t" + texts
        else:
            keys = codes if codes is not None else texts  # type: ignore[assignment]
    if keys is None:
        return pd.Series([""] * len(long), dtype=object), {}, [], 0

    def resolve_key(key: object) -> str:
        text = str(key)
        code, name = "", text
        if has["area"]:
            split = split_code_name(text)
            if split:
                code, name = code_text(split[0]), split[1]
        elif "\t" in text:
            code, name = text.split("\t", 1)
        elif has["area_code"]:
            code, name = text, ""
        name = without_footnote(name)  # "Gotlands län*", "Gotland ¹"
        area_id, display, known = lookup(code, name)
        if known:
            matched.add(area_id)
        elif (code or name) and not all(missing_marker(t) for t in (code, name) if t):
            # ". ." (SSB's "no kommune") is a missing area, not an unknown one.
            unmatched_keys[key] = f"{code} {name}".strip() if code and name else code or name
        if area_id:
            names.setdefault(area_id, display or area_id)
        return area_id

    ids = map_unique(keys, resolve_key)
    return ids, names, _unmatched(keys, long["row"], unmatched_keys), len(matched)


def _after_change(
    register: AreaRegister, name: str, country: str | None, after: str
) -> Area | None:
    """The kommune a name means after the change that ended its "(-2019)" twin: by the
    name then, else the one kommune the twin's code was carried forward to ("Våler
    (Østfold)" is 3018 from 2020)."""
    area = register.match_name(name, country, on=after)
    if area is not None:
        return area
    before = register.match_name(name, country, on=f"{int(after[:4]) - 1}-06-30")
    if before is None:
        return None
    found = {c.new_code for c in register.successors(before.area_id, before.country)}
    found = {code for code in found if register.get(code, before.country, on=after)}
    if len(found) != 1:
        return None
    return register.get(found.pop(), before.country, on=after)


def _unmatched(keys: pd.Series, rows: pd.Series, texts: dict[object, str]) -> list[Unmatched]:
    """Each unknown area text with its number of rows and its first row, most rows first."""
    if not texts:
        return []
    hit = keys.isin(list(texts)).to_numpy()
    found = pd.DataFrame({"text": keys[hit].map(texts), "row": rows.to_numpy()[hit]})
    stats = found.groupby("text", sort=False)["row"].agg(["size", "min"])
    listed = [Unmatched(str(t), int(n), int(first)) for t, (n, first) in stats.iterrows()]
    return sorted(listed, key=lambda u: (-u.count, u.first_row))


def _county_suffix(plan: TablePlan) -> str | None:
    """ "län" or "fylke" when the area column is about counties: "Stockholm" then means
    Stockholms län, not Stockholm's kommun (SKR's landsting tables, FoHM's regions)."""
    column = next(iter(plan.columns_with("area_name")), None)
    if column is not None:
        label = column.label.casefold()
    elif plan.layout == "wide_area":
        label = f"{plan.title} {plan.sheet}".casefold()  # FoHM's "Antal per dag region"
    else:
        return None
    if "kommun" in label:
        return None
    if plan.country == "SE" and any(w in label for w in ("landsting", "län", "region")):
        return "län"
    if plan.country == "NO" and "fylke" in label:
        return "fylke"
    return None


def _first_year(periods: pd.Series) -> str | None:
    for value in pd.unique(periods):
        text = str(value)
        if len(text) >= 4 and text[:4].isdigit():
            return text[:4]
    return None
