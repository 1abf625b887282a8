"""The comparison as text for the clipboard: tab-separated, numbers as a spreadsheet in
the user's locale reads them (decimal comma in Swedish, no digit grouping)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale, QModelIndex

from digidesk import wording


def comparison_text(comparison, workspace, register, language: str, locale: QLocale) -> str:
    """Every country's table of the comparison: a header line, then a line per row."""
    from digidesk.core.export.comparison import comparison_records

    def rank_text(rank, ranked, shared) -> str:
        return wording.rank_text(rank, ranked, shared, language)

    words = wording.headings(language)
    plain = QLocale(locale)
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    lines = []
    for country in dict.fromkeys(c for c, _ in comparison.areas):
        records = comparison_records(comparison, workspace, register, country, words, rank_text)
        if not records:
            continue
        header = list(records[0])
        lines.append("\t".join(header))
        for record in records:
            lines.append("\t".join(_field(record.get(h), plain) for h in header))
    return "\n".join(lines) + "\n" if lines else ""


def selection_text(indexes: Iterable[QModelIndex]) -> str:
    """The selected cells as they read, one line per row, a tab between columns."""
    rows: dict[int, dict[int, str]] = {}
    for index in indexes:
        text = str(index.data() or "").replace("\n", " · ")
        rows.setdefault(index.row(), {})[index.column()] = text
    columns = sorted({c for r in rows.values() for c in r})
    return "\n".join("\t".join(rows[r].get(c, "") for c in columns) for r in sorted(rows)) + "\n"


def _field(value, locale: QLocale) -> str:
    if isinstance(value, float):
        return "" if value != value else locale.toString(value, "g", 12)  # NaN: empty
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")
