"""Words for strategy follow-up in Swedish, Norwegian Bokmål and English: status names
with their symbol and colour, the reason of each status as a sentence, the trend, and the
headings of the follow-up report.

The one place where the core's status codes and parameters become words, shared by the
command line, the reports and the Qt layer, so that a status reads the same everywhere.
Numbers are written the way the language writes them ("1 234,5", "71 %").
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from digidesk.core.analysis.goals import TargetStatus, Trend
from digidesk.messages import LANGUAGES, system_language

STATUS_NAMES: dict[str, dict[str, str]] = {
    "achieved": {"sv": "Uppnått", "nb": "Nådd", "en": "Achieved"},
    "on_track": {"sv": "På väg", "nb": "I rute", "en": "On track"},
    "at_risk": {"sv": "Risk", "nb": "Risiko", "en": "At risk"},
    "off_track": {"sv": "Ej på väg", "nb": "Ikke i rute", "en": "Off track"},
    "missed": {"sv": "Missat", "nb": "Ikke nådd", "en": "Missed"},
    "stale": {"sv": "Gamla uppgifter", "nb": "Gamle tall", "en": "Stale data"},
    "no_data": {"sv": "Uppgifter saknas", "nb": "Mangler tall", "en": "No data"},
    "manual": {"sv": "Manuell bedömning", "nb": "Manuell vurdering", "en": "Set by hand"},
}
#: A symbol per status, so that colour is never the only sign (all in DejaVu Sans).
STATUS_SYMBOLS = {
    "achieved": "✔",
    "on_track": "●",
    "at_risk": "▲",
    "off_track": "▼",
    "missed": "✘",
    "stale": "◷",
    "no_data": "○",
    "manual": "✎",
}
#: Background colours for badges and report cells; text on them is black.
STATUS_COLOURS = {
    "achieved": "#7dcea0",
    "on_track": "#c8e6c9",
    "at_risk": "#ffe08a",
    "off_track": "#f5b7a1",
    "missed": "#e6a0a0",
    "stale": "#d7c8ec",
    "no_data": "#e3e5e8",
    "manual": "#b9d7f5",
}
_COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", "==": "="}

_REASONS: dict[str, dict[str, str]] = {
    "no_indicator": {
        "sv": "Inte kopplad till någon indikator.",
        "nb": "Ikke koblet til noen indikator.",
        "en": "Not linked to an indicator.",
    },
    "no_value": {
        "sv": "Indikatorn har inget värde för området fram till uppföljningsdagen.",
        "nb": "Indikatoren har ingen verdi for området fram til oppfølgingsdatoen.",
        "en": "The indicator has no value for the area up to the follow-up date.",
    },
    "no_baseline": {
        "sv": "{latest}; utgångsvärde och utgångsperiod saknas.",
        "nb": "{latest}; utgangsverdi og utgangsperiode mangler.",
        "en": "{latest}; no baseline value and period.",
    },
    "no_target_value": {
        "sv": "{latest}; målvärde saknas.",
        "nb": "{latest}; målverdi mangler.",
        "en": "{latest}; no target value.",
    },
    "no_due_year": {
        "sv": "{latest}; måldatum saknas.",
        "nb": "{latest}; tidsfrist mangler.",
        "en": "{latest}; no due year.",
    },
    "achieved": {
        "sv": "{latest}, målet {target} är nått.",
        "nb": "{latest}, målet {target} er nådd.",
        "en": "{latest}, the target {target} is met.",
    },
    "missed": {
        "sv": "{latest}, målet {target} skulle ha nåtts {due_year}.",
        "nb": "{latest}, målet {target} skulle vært nådd i {due_year}.",
        "en": "{latest}, the target {target} was due in {due_year}.",
    },
    "on_track": {
        "sv": "{latest}, väg {path} — i fas mot {target} år {due_year}.",
        "nb": "{latest}, bane {path} — i rute mot {target} i {due_year}.",
        "en": "{latest}, path {path} — on course for {target} in {due_year}.",
    },
    "at_risk": {
        "sv": "{latest}, väg {path}, trenden når {goal} år {reach_year} — efter planen men i tid.",
        "nb": "{latest}, bane {path}, trenden når {goal} i {reach_year} — bak planen, men i tide.",
        "en": "{latest}, path {path}, trend reaches {goal} in {reach_year} — behind the path "
        "but in time.",
    },
    "at_risk_flat": {
        "sv": "{latest}, väg {path}, trenden håller {goal} till {due_year} — efter planen.",
        "nb": "{latest}, bane {path}, trenden holder {goal} til {due_year} — bak planen.",
        "en": "{latest}, path {path}, the trend holds {goal} by {due_year} — behind the path.",
    },
    "off_track": {
        "sv": "{latest}, väg {path}, trenden når {goal} år {reach_year} — efter måldatum.",
        "nb": "{latest}, bane {path}, trenden når {goal} i {reach_year} — etter fristen.",
        "en": "{latest}, path {path}, trend reaches {goal} in {reach_year} — after the due year.",
    },
    "off_track_never": {
        "sv": "{latest}, väg {path}, trenden når inte {goal}.",
        "nb": "{latest}, bane {path}, trenden når ikke {goal}.",
        "en": "{latest}, path {path}, the trend does not reach {goal}.",
    },
    "stale": {
        "sv": "Senaste värdet är från {year}, mer än två år före {as_of_year}. Annars: {name}. ",
        "nb": "Siste verdi er fra {year}, mer enn to år før {as_of_year}. Ellers: {name}. ",
        "en": "The latest value is from {year}, more than two years before {as_of_year}. "
        "Otherwise: {name}. ",
    },
    "manual": {
        "sv": "Satt för hand {date}: {name}. {comment}",
        "nb": "Satt manuelt {date}: {name}. {comment}",
        "en": "Set by hand on {date}: {name}. {comment}",
    },
}

_TRENDS = {
    ("up", "better"): {"sv": "↑ upp, bättre", "nb": "↑ opp, bedre", "en": "↑ up, better"},
    ("up", "worse"): {"sv": "↑ upp, sämre", "nb": "↑ opp, dårligere", "en": "↑ up, worse"},
    ("up", ""): {"sv": "↑ upp", "nb": "↑ opp", "en": "↑ up"},
    ("down", "better"): {"sv": "↓ ned, bättre", "nb": "↓ ned, bedre", "en": "↓ down, better"},
    ("down", "worse"): {"sv": "↓ ned, sämre", "nb": "↓ ned, dårligere", "en": "↓ down, worse"},
    ("down", ""): {"sv": "↓ ned", "nb": "↓ ned", "en": "↓ down"},
    ("flat", ""): {"sv": "→ oförändrat", "nb": "→ uendret", "en": "→ unchanged"},
}


def language_of(language: str | None) -> str:
    return language if language in LANGUAGES else system_language()


def status_name(status: str, language: str | None = None) -> str:
    return STATUS_NAMES.get(status, {}).get(language_of(language), status)


def badge_text(result: TargetStatus, language: str | None = None) -> str:
    """Symbol and name: "▲ Risk", "◷ Gamla uppgifter (på väg)", "✎ Manuell: uppnått"."""
    language = language_of(language)
    text = f"{STATUS_SYMBOLS.get(result.status, '')} {status_name(result.status, language)}"
    if result.otherwise:
        text += f" ({status_name(result.otherwise, language).lower()})"
    return text


def format_number(value: float, language: str | None = None, decimals: int | None = None) -> str:
    """1234.5 → "1 234,5" (sv, nb; no-break spaces), "1,234.5" (en); at most two decimals,
    trailing zeros dropped unless ``decimals`` is given."""
    language = language_of(language)
    if not math.isfinite(value):
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else (1 if abs(value) >= 10 else 2)
        text = f"{value:,.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}"
    if language in ("sv", "nb"):
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text.replace("-", "\u2212")


def format_value(value: float | None, unit: str = "", language: str | None = None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    number = format_number(float(value), language)
    unit = unit.strip()
    if not unit:
        return number
    return f"{number}\u00a0{unit}"


def target_text(comparator: str, value: float | None, unit: str, language: str | None) -> str:
    """ "≥ 90 %"."""
    return f"{_COMPARATOR_SIGNS.get(comparator, comparator)} {format_value(value, unit, language)}"


def reason_text(result: TargetStatus, language: str | None = None) -> str:
    """The reason of a status in words ("2022: 62 %, väg 85 %, trenden når 100 % 2027 —
    efter måldatum.")."""
    language = language_of(language)
    params: dict[str, Any] = dict(result.params)
    if result.status == "manual":
        words = _REASONS["manual"][language]
        return words.format(
            date=params.get("date", ""),
            name=status_name(str(params.get("status")), language).lower(),
            comment=params.get("comment", ""),
        ).strip()
    unit = result.unit
    latest = ""
    if result.latest_period is not None and result.latest_value is not None:
        latest = f"{result.latest_period}: {format_value(result.latest_value, unit, language)}"
    code = result.reason
    if code == "at_risk" and params.get("reach_year") is None:
        code = "at_risk_flat"
    if code == "off_track" and params.get("reach_year") is None:
        code = "off_track_never"
    fields = {
        "latest": latest,
        "target": target_text(
            str(params.get("comparator", ">=")), params.get("target_value"), unit, language
        ),  # fmt: skip
        "goal": format_value(params.get("target_value"), unit, language),
        "path": format_value(params.get("path_value"), unit, language),
        "due_year": params.get("due_year", ""),
        "reach_year": params.get("reach_year", ""),
    }
    text = _REASONS.get(code, {}).get(language, code).format(**fields)
    if result.status == "stale":
        year = (result.latest_period or "")[:4]
        prefix = _REASONS["stale"][language].format(
            year=year,
            as_of_year=params.get("as_of_year", ""),
            name=status_name(result.otherwise or "", language).lower(),
        )
        text = prefix + text
    return text


def trend_text(trend: Trend | None, language: str | None = None) -> str:
    if trend is None:
        return ""
    words = _TRENDS.get((trend.direction, trend.judgement)) or _TRENDS[(trend.direction, "")]
    return words[language_of(language)]


def date_text(day: dt.date, language: str | None = None) -> str:
    """2023-03-31 → "31 mars 2023" (sv), "31. mars 2023" (nb), "31 March 2023" (en)."""
    language = language_of(language)
    month = _MONTHS[language][day.month - 1]
    return f"{day.day}. {month} {day.year}" if language == "nb" else f"{day.day} {month} {day.year}"


_MONTHS = {
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "nb": [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}

_REPORT: dict[str, dict[str, str]] = {
    "title": {"sv": "Uppföljning", "nb": "Oppfølging", "en": "Follow-up"},
    "as_of": {"sv": "per {date}", "nb": "per {date}", "en": "as of {date}"},
    "page": {"sv": "Sida {page} av {pages}", "nb": "Side {page} av {pages}",
             "en": "Page {page} of {pages}"},
    "goal": {"sv": "Mål", "nb": "Mål", "en": "Goal"},
    "area": {"sv": "Utvecklingsområde", "nb": "Utviklingsområde", "en": "Development area"},
    "target": {"sv": "Mätbar uppföljning", "nb": "Målbar oppfølging", "en": "Measurable target"},
    "id": {"sv": "Id", "nb": "Id", "en": "Id"},
    "due_year": {"sv": "Måldatum", "nb": "Frist", "en": "Due"},
    "indicator": {"sv": "Indikator", "nb": "Indikator", "en": "Indicator"},
    "baseline": {"sv": "Utgångsvärde", "nb": "Utgangsverdi", "en": "Baseline"},
    "baseline_period": {"sv": "Utgångsperiod", "nb": "Utgangsperiode", "en": "Baseline period"},
    "latest_value": {"sv": "Senaste värde", "nb": "Siste verdi", "en": "Latest value"},
    "latest_period": {"sv": "Period", "nb": "Periode", "en": "Period"},
    "target_value": {"sv": "Målvärde", "nb": "Målverdi", "en": "Target value"},
    "status": {"sv": "Status", "nb": "Status", "en": "Status"},
    "reason": {"sv": "Motivering", "nb": "Begrunnelse", "en": "Reason"},
    "trend": {"sv": "Trend", "nb": "Trend", "en": "Trend"},
    "comment": {"sv": "Kommentar", "nb": "Kommentar", "en": "Comment"},
    "summary": {"sv": "Sammanfattning", "nb": "Sammendrag", "en": "Summary"},
    "total": {"sv": "Totalt", "nb": "Totalt", "en": "Total"},
    "targets": {"sv": "Antal mål", "nb": "Antall mål", "en": "Targets"},
    "sheet_follow_up": {"sv": "Uppföljning", "nb": "Oppfølging", "en": "Follow-up"},
    "sheet_summary": {"sv": "Sammanfattning", "nb": "Sammendrag", "en": "Summary"},
    "sheet_series": {"sv": "Värden", "nb": "Verdier", "en": "Values"},
    "sheet_charts": {"sv": "Diagram", "nb": "Diagrammer", "en": "Charts"},
    "progress_charts": {"sv": "Utveckling mot målen", "nb": "Utvikling mot målene",
                        "en": "Progress towards the targets"},
    "value": {"sv": "Värde", "nb": "Verdi", "en": "Value"},
    "path": {"sv": "Förväntad väg", "nb": "Forventet bane", "en": "Expected path"},
    "period": {"sv": "Period", "nb": "Periode", "en": "Period"},
    "counts_chart": {"sv": "Mätbar uppföljning per mål och status",
                     "nb": "Målbar oppfølging per mål og status",
                     "en": "Targets per goal and status"},
    "no_area": {"sv": "(utan utvecklingsområde)", "nb": "(uten utviklingsområde)",
                "en": "(no development area)"},
    "municipality": {"sv": "Kommun", "nb": "Kommune", "en": "Municipality"},
    "generated": {"sv": "Skapad med DigiDesk {version}", "nb": "Laget med DigiDesk {version}",
                  "en": "Made with DigiDesk {version}"},
    "rules": {
        "sv": "Status enligt DigiDesks regler: uppnått när senaste värdet når målvärdet; missat "
        "när måldatum passerat; annars jämförs värdet med den raka vägen från utgångsvärdet "
        "till målvärdet och med trenden sedan utgångsåret. Gamla uppgifter: senaste värdet är "
        "mer än två år gammalt.",
        "nb": "Status etter DigiDesks regler: nådd når siste verdi når målverdien; ikke nådd "
        "når fristen er passert; ellers sammenlignes verdien med den rette banen fra "
        "utgangsverdien til målverdien og med trenden siden utgangsåret. Gamle tall: siste "
        "verdi er mer enn to år gammel.",
        "en": "Status by DigiDesk's rules: achieved when the latest value meets the target; "
        "missed when the due year has passed; otherwise the value is compared with the "
        "straight path from the baseline to the target and with the trend since the "
        "baseline. Stale: the latest value is more than two years old.",
    },
}  # fmt: skip


def report_words(language: str | None = None) -> dict[str, str]:
    language = language_of(language)
    words = {key: texts[language] for key, texts in _REPORT.items()}
    words.update({f"status_{k}": v[language] for k, v in STATUS_NAMES.items()})
    return words


_IMPORTED = {
    "sv": "{name}: {goals} mål, {areas} utvecklingsområden, {targets} mätbara mål → {path}",
    "nb": "{name}: {goals} mål, {areas} utviklingsområder, {targets} målbare mål → {path}",
    "en": "{name}: {goals} goals, {areas} development areas, {targets} targets → {path}",
}


def import_summary(
    name: str, goals: int, areas: int, targets: int, path: str, language: str | None = None
) -> str:
    return _IMPORTED[language_of(language)].format(
        name=name, goals=goals, areas=areas, targets=targets, path=path
    )
