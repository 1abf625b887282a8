"""The nominees' profile: an award's nominees across the indicators of its criteria.

The profile is the core's profile chart (:mod:`digidesk.core.charts.profile`) of the
award's nominees (in the award's order, each its own colour, marker and hatch) across the
indicators the criteria are linked to, in the order of the criteria, where the nominees'
country has data for them. A radar needs three axes: when fewer criteria are linked, the
indicators of the comparison that have a direction (higher or lower is better) are added
after them, in the comparison's order, up to :data:`MOST` in all; an indicator without a
direction says nothing about merit and is never added. With fewer than three indicators even
then the profile is drawn as bars. Each indicator is in its latest period, as in the
comparison. The app shows the profile beside the results; the PDF protocol carries it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from digidesk.core.analysis.compare import indicators_for
from digidesk.core.analysis.selection import award_areas
from digidesk.core.model.award import Award
from digidesk.core.model.workspace import Workspace

if TYPE_CHECKING:
    from digidesk.core.charts import Chart, ChartRequest
    from digidesk.core.model.areas import AreaRegister

RADAR_AXES = 3  # the fewest indicators a radar is drawn with
MOST = 8  # indicators added from the comparison stop here
STYLES = ("radar", "bars")


@dataclass(frozen=True, slots=True)
class ProfilePlan:
    """What the profile shows: the request, and where its indicators come from."""

    request: ChartRequest
    from_criteria: tuple[str, ...]  # indicators the criteria are linked to
    added: tuple[str, ...]  # indicators of the comparison added to make three axes


def profile_indicators(
    workspace: Workspace,
    register: AreaRegister,
    award: Award,
    country: str,
    codes: Sequence[str] = (),
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the criteria's indicators with data in ``country``, those added from the comparison).

    An indicator is added only when every nominee in ``codes`` has a value of it: figures
    of one kommun alone (a strategy's follow-up values) say nothing about the nominees."""
    held = indicators_for(workspace, [country], register)
    linked = dict.fromkeys(c.indicator_id for c in award.criteria if c.indicator_id)
    from_criteria = tuple(i for i in linked if i in held)
    added: list[str] = []
    if len(from_criteria) < RADAR_AXES:
        for indicator_id in held:
            if len(from_criteria) + len(added) >= MOST:
                break
            indicator = workspace.indicators.get(indicator_id)
            directed = indicator is not None and indicator.direction in ("higher", "lower")
            fresh = directed and indicator_id not in from_criteria
            if fresh and set(codes) <= _codes_with_values(workspace, indicator_id):
                added.append(indicator_id)
    return from_criteria, tuple(added)


def _codes_with_values(workspace: Workspace, indicator_id: str) -> set[str]:
    codes: set[str] = set()
    for dataset in workspace.datasets:
        frame = dataset.observations
        rows = frame[(frame["indicator_id"] == indicator_id) & frame["value"].notna()]
        codes.update(rows["area_id"].astype(str))
    return codes


def profile_plan(
    workspace: Workspace,
    register: AreaRegister,
    award: Award,
    language: str = "sv",
    theme: str = "light",
    style: str | None = None,
    size: tuple[float, float] | None = None,
) -> ProfilePlan | None:
    """The profile of ``award``'s nominees, or None when there is nothing to draw (no
    nominee the register knows, or no indicator with data in their country).

    ``style`` "radar" or "bars"; None takes a radar where there are three indicators or
    more. A radar asked for with fewer indicators is drawn as bars.
    """
    from digidesk.core.charts import ChartRequest

    if not award.nominees:
        return None
    areas = award_areas(workspace, register, award)
    if not areas:
        return None
    country = areas[0][0]
    areas = [a for a in areas if a[0] == country]
    from_criteria, added = profile_indicators(
        workspace, register, award, country, [code for _, code in areas]
    )
    indicators = from_criteria + added
    if not indicators:
        return None
    if style is None or (style == "radar" and len(indicators) < RADAR_AXES):
        style = "radar" if len(indicators) >= RADAR_AXES else "bars"
    options: dict = {"style": style}
    if size is not None:
        options["size"] = size
    request = ChartRequest(
        kind="profile",
        indicators=indicators,
        areas=tuple(areas),
        language=language,
        theme=theme,
        options=options,
    )
    return ProfilePlan(request, from_criteria, added)


def profile_chart(
    workspace: Workspace,
    register: AreaRegister,
    award: Award,
    language: str = "sv",
    **kwargs,
) -> Chart | None:
    """The profile drawn into a new Figure, or None when there is nothing to draw."""
    from digidesk.core.charts import make_chart

    plan = profile_plan(workspace, register, award, language, **kwargs)
    return None if plan is None else make_chart(workspace, register, plan.request)


def save_profile_picture(
    workspace: Workspace,
    register: AreaRegister,
    award: Award,
    path: str | os.PathLike[str],
    language: str = "sv",
    dpi: int = 200,
) -> bool:
    """The profile as a PNG at ``path`` (for the PDF protocol); False, and no file, when
    there is nothing to draw or the data cannot be drawn."""
    from digidesk.core.charts import save_chart
    from digidesk.core.errors import AnalysisError, ChartError

    try:
        chart = profile_chart(workspace, register, award, language)
    except (AnalysisError, ChartError):
        return False
    if chart is None:
        return False
    save_chart(chart, path, dpi=dpi)
    return True


@contextlib.contextmanager
def profile_picture(
    workspace: Workspace,
    award: Award,
    language: str = "sv",
    register: AreaRegister | None = None,
) -> Iterator[Path | None]:
    """A temporary PNG of the profile for the length of the ``with`` block, or None."""
    from digidesk.core.model.areas import default_register

    with tempfile.TemporaryDirectory(prefix="digidesk-profile-") as folder:
        path = Path(folder) / "profile.png"
        drawn = save_profile_picture(
            workspace, register or default_register(), award, path, language
        )
        yield path if drawn else None
