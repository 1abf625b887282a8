"""The follow-up report in the user's language: the words for the core's report writers,
and both files written. Shared by ``digidesk strategy-report`` and the strategy view."""

from __future__ import annotations


def report_text(strategy, status, register, language: str | None):
    """The report's words in ``language``, for the core's report writers."""
    from digidesk import strategy_words as words
    from digidesk.core.export.strategy_report import ReportText

    language = words.language_of(language)
    area = register.get(strategy.area_id, strategy.country or None) if strategy.area_id else None
    return ReportText(
        words=words.report_words(language),
        badge=lambda r: words.badge_text(r, language),
        reason=lambda r: words.reason_text(r, language),
        trend=lambda t: words.trend_text(t, language),
        value=lambda v, unit: words.format_value(v, unit, language),
        as_of=words.date_text(status.as_of, language),
        municipality=area.name if area else (strategy.area_id or ""),
        colours=words.STATUS_COLOURS,
        symbols=words.STATUS_SYMBOLS,
    )


def write_reports(workspace, strategy, status, register, xlsx, pdf, language) -> None:
    """The workbook and/or the PDF, each with the goal-progress chart of every linked
    target (drawn once for both)."""
    from digidesk import strategy_words as words
    from digidesk.chart_words import chart_words
    from digidesk.core.export.strategy_charts import progress_charts
    from digidesk.core.export.strategy_report import export_strategy_report
    from digidesk.core.export.strategy_report_pdf import export_strategy_pdf

    language = words.language_of(language)
    text = report_text(strategy, status, register, language)
    charts = progress_charts(workspace, strategy, register, language, chart_words(language))
    if xlsx is not None:
        export_strategy_report(workspace, strategy, status, xlsx, text, charts)
    if pdf is not None:
        export_strategy_pdf(workspace, strategy, status, pdf, text, charts)
