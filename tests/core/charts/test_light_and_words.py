"""Start-up stays light, numbers read as the language writes them, every text has its words."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from digidesk.chart_words import _WORDS, chart_words
from digidesk.core.charts.numbers import format_number, label_decimals, tick_decimals
from digidesk.messages import _MESSAGES, LANGUAGES

PROGRAM = """
import sys
import digidesk.core, digidesk.core.charts, digidesk.chart_words, digidesk.chart_cli, digidesk.cli
from digidesk.core.charts import ChartRequest, progress_request_for_target
ChartRequest("ranking", ("X",))
before = sorted(m for m in sys.modules if m.split(".")[0] in ("matplotlib", "pandas"))
from digidesk.core.charts import make_chart
from digidesk.core.model.areas import default_register
from tests_workspace import workspace
make_chart(workspace(), default_register(), ChartRequest("ranking", ("X",), (("SE", "0186"),)))
after = "matplotlib.figure" in sys.modules
qt = [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
print(",".join(before), after, ",".join(qt), sep="|")
"""
WORKSPACE = """
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import Dataset, make_observations
from digidesk.core.model.workspace import Workspace

def workspace():
    frame = make_observations({"indicator_id": ["X", "X"], "area_id": ["0186", "0180"],
                               "period": ["2020", "2020"], "value": [1.0, 2.0]})
    return Workspace("t", [Dataset("d", "d", frame, country="SE")], {"X": Indicator("X", "X")})
"""


def test_matplotlib_is_imported_only_when_a_chart_is_made(tmp_path):
    (tmp_path / "tests_workspace.py").write_text(WORKSPACE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={**__import__("os").environ, "PYTHONPATH": str(tmp_path)},
    )
    before, after, qt = result.stdout.strip().split("|")
    assert before == "" and after == "True" and qt == ""


@pytest.mark.parametrize(
    ("value", "language", "decimals", "percent", "text"),
    [
        (1234.5, "sv", 1, False, "1\u00a0234,5"),
        (1234.5, "nb", 1, False, "1\u00a0234,5"),
        (1234.5, "en", 1, False, "1,234.5"),
        (56.8, "sv", 1, True, "56,8\u00a0%"),
        (56.8, "en", 1, True, "56.8%"),
        (-3.2, "sv", 1, False, "\u22123,2"),
        (-0.01, "sv", 0, False, "0"),
        (1_234_567, "sv", 0, False, "1\u00a0234\u00a0567"),
        (float("nan"), "sv", 1, False, ""),
    ],
)
def test_numbers_in_the_language(value, language, decimals, percent, text):
    assert format_number(value, language, decimals, percent=percent) == text


def test_decimals_for_ticks_and_labels():
    assert tick_decimals([0, 2.5, 5, 7.5]) == 1
    assert tick_decimals([0, 50_000, 100_000]) == 0
    assert tick_decimals([0.25, 0.5]) == 2
    assert label_decimals([240_608.0, 180_000.5]) == 0
    assert label_decimals([2.7, 8.1]) == 1 and label_decimals([5.0, 7.0]) == 0
    assert label_decimals([0.21, 0.9]) == 2


def test_every_chart_word_in_three_languages():
    assert all(set(words) == set(LANGUAGES) for words in _WORDS.values())
    for language in LANGUAGES:
        words = chart_words(language)
        fields = {k: set(re.findall(r"{(\w+)}", _WORDS[k]["sv"])) for k in _WORDS}
        for key, text in words.text.items():
            assert set(re.findall(r"{(\w+)}", text)) == fields[key], (key, language)
    assert chart_words("sv").rank(12, 290, True) == "delad 12:e av 290"


def test_every_chart_error_has_words():
    root = Path(__file__).resolve().parents[3] / "digidesk"
    used = set()
    for path in root.rglob("*.py"):
        used |= set(re.findall(r'"(chart\.[a-z_]+)"', path.read_text("utf-8"))) - {"chart.png"}
    assert used and used <= set(_MESSAGES)
    for code in used:
        assert set(_MESSAGES[code]) == set(LANGUAGES)


def test_the_core_holds_no_words_of_its_own():
    """Texts in the chart builders are keys of the words, codes or symbols: no sentence in
    a language (docstrings aside)."""
    import ast

    root = Path(__file__).resolve().parents[3] / "digidesk" / "core" / "charts"
    language = re.compile(r"[åäöÅÄÖøæ]|\b(och|og|and|the|av|of|kommuner|bättre|better)\b")
    offenders = []
    for path in root.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and node.value not in _WORDS
                and language.search(node.value)
            ):
                offenders.append((path.name, node.value))
    assert offenders == []


def test_a_chart_in_english_can_write_numbers_the_swedish_way(make_workspace, register, draw):
    """The interface language gives the words, the chosen number format the numbers."""
    from digidesk.core.charts import ChartRequest, make_chart
    from digidesk.core.model.indicators import Indicator

    rows = [("X", "0186", "2020", 1234.0), ("X", "0180", "2020", 2345.0)]
    indicator = Indicator("X", "Income", "kr", "higher", "Test")
    request = ChartRequest("ranking", ("X",), (("SE", "0186"),), language="en")
    texts = {}
    for numbers in ("en", "sv"):
        chart = draw(
            make_chart(
                make_workspace(rows, {"X": indicator}),
                register,
                request,
                words=chart_words("en", numbers),
            )
        )
        found = chart.figure.findobj(lambda a: hasattr(a, "get_text") and a.get_visible())
        texts[numbers] = " | ".join(t.get_text() for t in found if t.get_text())
    assert "1,234 kr" in texts["en"] and "1\u00a0234" not in texts["en"]
    assert "1\u00a0234 kr" in texts["sv"] and "1,234" not in texts["sv"]
    assert "Source" in texts["sv"]  # the words stay English
    assert chart_words("en", "xx").numbers == "en"  # an unknown format: the language's
