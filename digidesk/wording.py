"""Words for analysis results in Swedish, Norwegian Bokmål and English: ranks as people say
them ("12 av 290", "delad 12:e av 290") and the headings of exported comparisons.

Shared by the command line, the exports and the Qt layer, so that a rank reads the same on
screen and in the workbook. The core hands over numbers only.
"""

from __future__ import annotations

from digidesk.messages import LANGUAGES, system_language


def ordinal(n: int, language: str) -> str:
    """12 → "12:e" (sv), "12." (nb), "12th" (en)."""
    if language == "sv":
        return f"{n}:a" if n % 10 in (1, 2) and n % 100 not in (11, 12) else f"{n}:e"
    if language == "nb":
        return f"{n}."
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_OF = {"sv": "{rank} av {ranked}", "nb": "{rank} av {ranked}", "en": "{rank} of {ranked}"}
_SHARED = {
    "sv": "delad {ordinal} av {ranked}",
    "nb": "delt {ordinal} av {ranked}",
    "en": "shared {ordinal} of {ranked}",
}


def rank_text(rank: int | None, ranked: int, shared: bool, language: str | None = None) -> str:
    """ "12 av 290", or "delad 12:e av 290" when others share the rank; "" without a rank."""
    language = _language(language)
    if rank is None:
        return ""
    if shared:
        return _SHARED[language].format(ordinal=ordinal(rank, language), ranked=ranked)
    return _OF[language].format(rank=rank, ranked=ranked)


_HEADINGS: dict[str, dict[str, str]] = {
    "sheet": {"sv": "Jämförelse", "nb": "Sammenligning", "en": "Comparison"},
    "data_sheet": {"sv": "Jämförelse, data", "nb": "Sammenligning, data", "en": "Comparison data"},
    "indicator": {"sv": "Indikator", "nb": "Indikator", "en": "Indicator"},
    "unit": {"sv": "Enhet", "nb": "Enhet", "en": "Unit"},
    "period": {"sv": "Period", "nb": "Periode", "en": "Period"},
    "direction": {"sv": "Bäst är", "nb": "Best er", "en": "Better is"},
    "higher": {"sv": "högt", "nb": "høyt", "en": "higher"},
    "lower": {"sv": "lågt", "nb": "lavt", "en": "lower"},
    "none": {"sv": "(ingen riktning)", "nb": "(ingen retning)", "en": "(no direction)"},
    "national": {"sv": "Riket", "nb": "Landet", "en": "National"},
    "national_source": {"sv": "Riket är", "nb": "Landet er", "en": "National is"},
    "published": {"sv": "publicerat", "nb": "publisert", "en": "published"},
    "population_weighted": {
        "sv": "beräknat, befolkningsviktat",
        "nb": "beregnet, befolkningsvektet",
        "en": "computed, population-weighted",
    },
    "unweighted": {
        "sv": "beräknat, ovägt medel",
        "nb": "beregnet, uvektet gjennomsnitt",
        "en": "computed, unweighted mean",
    },
    "sum": {"sv": "beräknat, summa", "nb": "beregnet, sum", "en": "computed, sum"},
    "too_few": {
        "sv": "för få kommuner med värde",
        "nb": "for få kommuner med verdi",
        "en": "too few kommuner with a value",
    },
    "median": {"sv": "Median", "nb": "Median", "en": "Median"},
    "value": {"sv": "värde", "nb": "verdi", "en": "value"},
    "rank": {"sv": "rang", "nb": "rangering", "en": "rank"},
    "percentile": {"sv": "percentil", "nb": "persentil", "en": "percentile"},
    "vs_national": {"sv": "mot riket", "nb": "mot landet", "en": "vs national"},
    "vs_median": {"sv": "mot median", "nb": "mot median", "en": "vs median"},
    "change": {"sv": "förändring", "nb": "endring", "en": "change"},
    "peer_group": {"sv": "jämförelsegrupp", "nb": "sammenligningsgruppe", "en": "peer group"},
    "peer_median": {"sv": "gruppens median", "nb": "gruppens median", "en": "group median"},
    "peer_rank": {"sv": "rang i gruppen", "nb": "rangering i gruppen", "en": "rank in group"},
    "best": {"sv": "bäst", "nb": "best", "en": "best"},
    "worst": {"sv": "sämst", "nb": "dårligst", "en": "worst"},
    "compared": {"sv": "Jämförda områden", "nb": "Sammenlignede områder", "en": "Areas compared"},
    "peers": {"sv": "Jämförelsegrupper", "nb": "Sammenligningsgrupper", "en": "Peer groups"},
}


def heading(key: str, language: str | None = None) -> str:
    return _HEADINGS[key][_language(language)]


def headings(language: str | None = None) -> dict[str, str]:
    """Every heading of an exported comparison in ``language``."""
    language = _language(language)
    return {key: words[language] for key, words in _HEADINGS.items()}


def _language(language: str | None) -> str:
    return language if language in LANGUAGES else system_language()
