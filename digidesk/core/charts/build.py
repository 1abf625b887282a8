"""From a request to a chart: checks, words, and the builder of the chart's kind."""

from __future__ import annotations

import importlib

import matplotlib
from matplotlib.figure import Figure

from digidesk.core.charts import GENDERS, KINDS, LANGUAGES, THEMES, Chart, ChartRequest
from digidesk.core.charts.data import Context
from digidesk.core.charts.themes import THEMES as THEME_STYLES
from digidesk.core.charts.words import ChartWords, default_words
from digidesk.core.errors import ChartError
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.workspace import Workspace

_MODULES = {kind: f"digidesk.core.charts.{kind}" for kind in KINDS}


def check_request(request: ChartRequest) -> None:
    if request.kind not in KINDS:
        raise ChartError("chart.unknown_kind", kind=request.kind)
    for name, value, allowed in (
        ("language", request.language, LANGUAGES),
        ("theme", request.theme, THEMES),
        ("gender", request.gender, GENDERS),
    ):
        if value not in allowed:
            raise ChartError("chart.bad_option", option=name, value=value)
    if not request.indicators:
        raise ChartError("chart.indicators", kind=request.kind, needed=1)


def build(
    workspace: Workspace,
    register: AreaRegister,
    request: ChartRequest,
    figure: Figure | None,
    words: ChartWords | None,
) -> Chart:
    check_request(request)
    ctx = Context(workspace, register, words or default_words(request.language))
    ctx.check_areas(request.areas)
    module = importlib.import_module(_MODULES[request.kind])
    with matplotlib.rc_context(THEME_STYLES[request.theme].rc()):
        return module.build(ctx, request, figure)
