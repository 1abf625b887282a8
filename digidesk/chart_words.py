"""Words on charts in Swedish, Norwegian Bokmål and English: reference lines, subtitles,
source lines ("Källa: Kolada, 2013"), legends and the goal-progress marks.

Shared by the command line, the exports and the Qt layer, like :mod:`digidesk.wording`
(whose rank texts the charts use); the core's chart builders get them handed in as a
:class:`~digidesk.core.charts.words.ChartWords`.
"""

from __future__ import annotations

from digidesk import wording
from digidesk.core.charts.words import ChartWords

_WORDS: dict[str, dict[str, str]] = {
    "source": {
        "sv": "Källa: {sources}, {period}",
        "nb": "Kilde: {sources}, {period}",
        "en": "Source: {sources}, {period}",
    },
    "national": {"sv": "Riket", "nb": "Landet", "en": "National"},
    "national_SE": {"sv": "Riket", "nb": "Sverige", "en": "Sweden"},
    "national_NO": {"sv": "Norge", "nb": "Landet", "en": "Norway"},
    "computed": {"sv": "beräknat", "nb": "beregnet", "en": "computed"},
    "method_population_weighted": {
        "sv": "beräknat, befolkningsviktat medel av kommunerna",
        "nb": "beregnet, befolkningsvektet gjennomsnitt av kommunene",
        "en": "computed, the population-weighted mean of the municipalities",
    },
    "method_unweighted": {
        "sv": "beräknat, ovägt medel av kommunerna",
        "nb": "beregnet, uvektet gjennomsnitt av kommunene",
        "en": "computed, the unweighted mean of the municipalities",
    },
    "method_sum": {
        "sv": "beräknat, summan av kommunerna",
        "nb": "beregnet, summen av kommunene",
        "en": "computed, the sum of the municipalities",
    },
    "method_too_few": {
        "sv": "inget värde, för få kommuner har uppgifter",
        "nb": "ingen verdi, for få kommuner har tall",
        "en": "none, too few municipalities have figures",
    },
    "median": {
        "sv": "Median, alla kommuner",
        "nb": "Median, alle kommuner",
        "en": "Median, all municipalities",
    },
    "all_kommuner": {"sv": "Alla kommuner", "nb": "Alle kommuner", "en": "All municipalities"},
    "other_kommuner": {
        "sv": "Övriga kommuner",
        "nb": "Øvrige kommuner",
        "en": "Other municipalities",
    },
    "kommuner": {"sv": "{n} kommuner", "nb": "{n} kommuner", "en": "{n} municipalities"},
    "higher_better": {
        "sv": "högre värde är bättre",
        "nb": "høyere verdi er bedre",
        "en": "higher is better",
    },
    "lower_better": {
        "sv": "lägre värde är bättre",
        "nb": "lavere verdi er bedre",
        "en": "lower is better",
    },
    "no_direction": {
        "sv": "ingen riktning angiven, ordnat från högst till lägst",
        "nb": "ingen retning oppgitt, ordnet fra høyest til lavest",
        "en": "no direction given, ordered from highest to lowest",
    },
    "top_n": {
        "sv": "de {n} bästa, de {n} sämsta och de valda",
        "nb": "de {n} beste, de {n} dårligste og de valgte",
        "en": "the best {n}, the worst {n} and the selected",
    },
    "top_n_neutral": {
        "sv": "de {n} högsta, de {n} lägsta och de valda",
        "nb": "de {n} høyeste, de {n} laveste og de valgte",
        "en": "the highest {n}, the lowest {n} and the selected",
    },
    "no_value": {
        "sv": "Saknar värde: {areas}.",
        "nb": "Mangler verdi: {areas}.",
        "en": "No value: {areas}.",
    },
    "not_ranked": {
        "sv": "Ingår inte bland kommunerna som rangordnas: {areas}.",
        "nb": "Er ikke blant kommunene som rangeres: {areas}.",
        "en": "Not among the municipalities ranked: {areas}.",
    },
    "gender_T": {"sv": "totalt", "nb": "i alt", "en": "total"},
    "gender_K": {"sv": "kvinnor", "nb": "kvinner", "en": "women"},
    "gender_M": {"sv": "män", "nb": "menn", "en": "men"},
    "and": {"sv": " och ", "nb": " og ", "en": " and "},
    "and_more": {
        "sv": "{names} och {n} till",
        "nb": "{names} og {n} til",
        "en": "{names} and {n} more",
    },
    "scatter_title": {"sv": "{y} och {x}", "nb": "{y} og {x}", "en": "{y} and {x}"},
    "medians_guides": {
        "sv": "de streckade linjerna är medianerna",
        "nb": "de stiplede linjene er medianene",
        "en": "the dashed lines are the medians",
    },
    "size_population": {
        "sv": "punktens yta visar folkmängden",
        "nb": "punktets areal viser folketallet",
        "en": "the point's area shows the population",
    },
    "profile_title": {
        "sv": "{areas} på {n} indikatorer",
        "nb": "{areas} på {n} indikatorer",
        "en": "{areas} on {n} indicators",
    },
    "scale_minmax": {
        "sv": "0 = sämsta och 1 = bästa kommunen av {n}",
        "nb": "0 = dårligste og 1 = beste kommune av {n}",
        "en": "0 = the worst and 1 = the best of {n} municipalities",
    },
    "scale_percentile": {
        "sv": "andelen av {n} kommuner som värdet är minst lika bra som",
        "nb": "andelen av {n} kommuner som verdien er minst like god som",
        "en": "the share of {n} municipalities the value is at least as good as",
    },
    "outward_better": {
        "sv": "längre ut är bättre",
        "nb": "lenger ut er bedre",
        "en": "further out is better",
    },
    "right_better": {
        "sv": "längre åt höger är bättre",
        "nb": "lenger til høyre er bedre",
        "en": "further right is better",
    },
    "direction_assumed": {
        "sv": "högt räknat som bättre",
        "nb": "høyt regnet som bedre",
        "en": "high counted as better",
    },
    "median_kommun": {"sv": "Medianen", "nb": "Medianen", "en": "Median"},
    "baseline": {
        "sv": "Utgångsläge {value} ({period})",
        "nb": "Utgangspunkt {value} ({period})",
        "en": "Baseline {value} ({period})",
    },
    "first_value": {
        "sv": "Första värdet {value} ({period}), inget utgångsläge",
        "nb": "Første verdi {value} ({period}), uten utgangspunkt",
        "en": "First value {value} ({period}), no baseline",
    },
    "target": {
        "sv": "Mål {comparator} {value} år {due}",
        "nb": "Mål {comparator} {value} i {due}",
        "en": "Target {comparator} {value} by {due}",
    },
    "expected": {
        "sv": "Jämn väg till målet",
        "nb": "Jevn vei mot målet",
        "en": "Even path to the target",
    },
    "due": {"sv": "Målår {year}", "nb": "Målår {year}", "en": "Due {year}"},
    "latest": {
        "sv": "senast {value} ({period})",
        "nb": "sist {value} ({period})",
        "en": "latest {value} ({period})",
    },
    "target_met": {"sv": "Målet nått", "nb": "Målet nådd", "en": "Target met"},
    "multiples_title": {
        "sv": "{areas} på {n} indikatorer",
        "nb": "{areas} på {n} indikatorer",
        "en": "{areas} on {n} indicators",
    },
    "indicators": {"sv": "{n} indikatorer", "nb": "{n} indikatorer", "en": "{n} indicators"},
    "period": {"sv": "Period", "nb": "Periode", "en": "Period"},
    "area": {"sv": "Område", "nb": "Område", "en": "Area"},
    "code": {"sv": "Kod", "nb": "Kode", "en": "Code"},
    "indicator": {"sv": "Indikator", "nb": "Indikator", "en": "Indicator"},
    "value": {"sv": "Värde", "nb": "Verdi", "en": "Value"},
    "rank": {"sv": "Rang", "nb": "Rangering", "en": "Rank"},
    "selected": {"sv": "Vald", "nb": "Valgt", "en": "Selected"},
    "normalised": {"sv": "Skala 0–1", "nb": "Skala 0–1", "en": "Scale 0–1"},
    "population": {"sv": "Folkmängd", "nb": "Folketall", "en": "Population"},
    "chart_sheet": {"sv": "Diagram", "nb": "Diagram", "en": "Chart"},
}


def chart_words(language: str | None = None, numbers: str = "") -> ChartWords:
    """Every chart text in ``language`` (the system's when None or unknown), numbers
    written as ``numbers`` writes them ("" for ``language``'s way)."""
    language = wording._language(language)
    text = {key: words[language] for key, words in _WORDS.items()}

    def rank(rank: int | None, ranked: int, shared: bool) -> str:
        return wording.rank_text(rank, ranked, shared, language)

    return ChartWords(language, text, rank, numbers if numbers in wording.LANGUAGES else "")
