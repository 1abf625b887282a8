"""The analysis' and the charts' error codes as sentences in Swedish, Norwegian and
English; part of :data:`digidesk.messages._MESSAGES`, kept apart so that each table stays
readable."""

from __future__ import annotations

ANALYSIS_MESSAGES: dict[str, dict[str, str]] = {
    "analysis.unknown_area": {
        "sv": "”{area}” är ingen kommun, inget län och ingen grupp som DigiDesk känner till.",
        "nb": "«{area}» er ingen kommune, fylke eller gruppe som DigiDesk kjenner.",
        "en": "“{area}” is not a municipality, county or group that DigiDesk knows.",
    },
    "analysis.ambiguous_area": {
        "sv": "Koden ”{area}” finns både i Sverige och i Norge. Skriv SE:{area} eller NO:{area}.",
        "nb": "Koden «{area}» finnes både i Sverige og i Norge. Skriv SE:{area} eller NO:{area}.",
        "en": "The code “{area}” exists in both Sweden and Norway. Write SE:{area} or NO:{area}.",
    },
    "analysis.no_award": {
        "sv": "Arbetsytan har ingen utmärkelse med nominerade.",
        "nb": "Arbeidsområdet har ingen utmerkelse med nominerte.",
        "en": "The workspace has no award with nominees.",
    },
    "analysis.unknown_indicator": {
        "sv": "Arbetsytan har inga värden för indikatorn ”{indicator}”.",
        "nb": "Arbeidsområdet har ingen verdier for indikatoren «{indicator}».",
        "en": "The workspace has no values for the indicator “{indicator}”.",
    },
    "analysis.unknown_peers": {
        "sv": "”{peers}” är ingen jämförelsegrupp: välj kommungrupp, county eller namnet på "
        "en områdesgrupp i arbetsytan.",
        "nb": "«{peers}» er ingen sammenligningsgruppe: velg kommungrupp, county eller navnet "
        "på en områdegruppe i arbeidsområdet.",
        "en": "“{peers}” is not a peer group: choose kommungrupp, county or the name of an "
        "area group in the workspace.",
    },
    "analysis.weights": {
        "sv": "Ange en vikt per indikator: {indicators} indikatorer men {weights} vikter.",
        "nb": "Oppgi én vekt per indikator: {indicators} indikatorer, men {weights} vekter.",
        "en": "Give one weight per indicator: {indicators} indicators but {weights} weights.",
    },
    "analysis.bad_weight": {
        "sv": "”{weight}” är ingen vikt: vikter är tal som 1 eller 0,5.",
        "nb": "«{weight}» er ingen vekt: vekter er tall som 1 eller 0,5.",
        "en": "“{weight}” is not a weight: weights are numbers such as 1 or 0.5.",
    },
    "analysis.no_strategy": {
        "sv": "Arbetsytan har ingen strategi.",
        "nb": "Arbeidsområdet har ingen strategi.",
        "en": "The workspace has no strategy.",
    },
    "analysis.unknown_strategy": {
        "sv": "Arbetsytan har ingen strategi ”{strategy}”.",
        "nb": "Arbeidsområdet har ingen strategi «{strategy}».",
        "en": "The workspace has no strategy “{strategy}”.",
    },
    "analysis.bad_date": {
        "sv": "”{date}” är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2023-03-31.",
        "nb": "«{date}» er ingen dato; skriv ÅÅÅÅ-MM-DD, for eksempel 2023-03-31.",
        "en": "“{date}” is not a date; write YYYY-MM-DD, for example 2023-03-31.",
    },
    "analysis.no_areas": {
        "sv": "Inga områden att jämföra.",
        "nb": "Ingen områder å sammenligne.",
        "en": "No areas to compare.",
    },
    "chart.unknown_kind": {
        "sv": "”{kind}” är ingen diagramtyp: välj timeseries, ranking, scatter, profile, "
        "progress eller multiples.",
        "nb": "«{kind}» er ingen diagramtype: velg timeseries, ranking, scatter, profile, "
        "progress eller multiples.",
        "en": "“{kind}” is not a kind of chart: choose timeseries, ranking, scatter, profile, "
        "progress or multiples.",
    },
    "chart.indicators": {
        "sv": "Diagrammet {kind} behöver {needed} indikator(er).",
        "nb": "Diagrammet {kind} trenger {needed} indikator(er).",
        "en": "A {kind} chart needs {needed} indicator(s).",
    },
    "chart.bad_option": {
        "sv": "Diagrammet fick ett ogiltigt val: {option} = {value}.",
        "nb": "Diagrammet fikk et ugyldig valg: {option} = {value}.",
        "en": "The chart was given an invalid choice: {option} = {value}.",
    },
    "chart.no_data": {
        "sv": "Det finns inga värden för indikatorn ”{indicator}” i {country}.",
        "nb": "Det finnes ingen verdier for indikatoren «{indicator}» i {country}.",
        "en": "There are no values for the indicator “{indicator}” in {country}.",
    },
    "chart.no_period": {
        "sv": "Indikatorn ”{indicator}” har inga värden för perioden {period}.",
        "nb": "Indikatoren «{indicator}» har ingen verdier for perioden {period}.",
        "en": "The indicator “{indicator}” has no values for the period {period}.",
    },
    "chart.no_common_period": {
        "sv": "”{x}” och ”{y}” har ingen period med värden för samma kommuner.",
        "nb": "«{x}» og «{y}» har ingen periode med verdier for de samme kommunene.",
        "en": "“{x}” and “{y}” have no period with values for the same municipalities.",
    },
    "chart.no_area_data": {
        "sv": "Området {area} har inga värden för indikatorn ”{indicator}”.",
        "nb": "Området {area} har ingen verdier for indikatoren «{indicator}».",
        "en": "The area {area} has no values for the indicator “{indicator}”.",
    },
    "chart.mixed_countries": {
        "sv": "Ett diagram jämför kommuner i ett land; valet har områden i {countries}.",
        "nb": "Et diagram sammenligner kommuner i ett land; utvalget har områder i {countries}.",
        "en": "A chart compares municipalities of one country; the selection has areas in "
        "{countries}.",
    },
    "chart.country_needed": {
        "sv": "Välj ett område eller ett land (SE eller NO) för ”{indicator}”: "
        "det finns värden i båda länderna.",
        "nb": "Velg et område eller et land (SE eller NO) for «{indicator}»: "
        "det finnes verdier i begge land.",
        "en": "Choose an area or a country (SE or NO) for “{indicator}”: there are values in "
        "both countries.",
    },
    "chart.one_area": {
        "sv": "Måluppföljningen visar ett område åt gången; välj ett.",
        "nb": "Måloppfølgingen viser ett område om gangen; velg ett.",
        "en": "Goal progress shows one area at a time; choose one.",
    },
    "chart.no_target": {
        "sv": "Måluppföljningen behöver ett målvärde och ett målår.",
        "nb": "Måloppfølgingen trenger en målverdi og et målår.",
        "en": "Goal progress needs a target value and a due year.",
    },
    "chart.no_baseline": {
        "sv": "Det finns inget värde för utgångsläget {period}; ange utgångsvärdet.",
        "nb": "Det finnes ingen verdi for utgangspunktet {period}; oppgi utgangsverdien.",
        "en": "There is no value for the baseline period {period}; give the baseline value.",
    },
    "chart.target_not_linked": {
        "sv": "Målet {target} är inte kopplat till någon indikator.",
        "nb": "Målet {target} er ikke koblet til noen indikator.",
        "en": "Target {target} is not linked to an indicator.",
    },
    "chart.target_incomplete": {
        "sv": "Målet {target} saknar målvärde eller målår.",
        "nb": "Målet {target} mangler målverdi eller målår.",
        "en": "Target {target} has no target value or no due year.",
    },
    "chart.unknown_target": {
        "sv": "Arbetsytan har inget mål ”{target}” i sin strategi.",
        "nb": "Arbeidsområdet har ikke noe mål «{target}» i strategien.",
        "en": "The workspace's strategy has no target “{target}”.",
    },
    "chart.no_population": {
        "sv": "Arbetsytan har ingen folkmängd att ge punkterna storlek efter.",
        "nb": "Arbeidsområdet har ikke noe folketall å gi punktene størrelse etter.",
        "en": "The workspace has no population figures to size the points by.",
    },
    "chart.unsupported_format": {
        "sv": "Okänt bildformat; använd .png, .svg eller .pdf (eller .xlsx för en arbetsbok).",
        "nb": "Ukjent bildeformat; bruk .png, .svg eller .pdf (eller .xlsx for en arbeidsbok).",
        "en": "Unknown picture format; use .png, .svg or .pdf (or .xlsx for a workbook).",
    },
    "chart.bad_dpi": {
        "sv": "Upplösningen {dpi} går inte; välj mellan {low} och {high} punkter per tum.",
        "nb": "Oppløsningen {dpi} går ikke; velg mellom {low} og {high} punkter per tomme.",
        "en": "A resolution of {dpi} does not work; choose from {low} to {high} dots per inch.",
    },
    "chart.not_a_chart": {
        "sv": "Det finns inget diagram att spara.",
        "nb": "Det finnes ikke noe diagram å lagre.",
        "en": "There is no chart to save.",
    },
    "chart.write_failed": {
        "sv": "Diagrammet kunde inte sparas ({reason}). En tidigare fil är orörd.",
        "nb": "Diagrammet kunne ikke lagres ({reason}). En tidligere fil er urørt.",
        "en": "The chart could not be saved ({reason}). An earlier file is untouched.",
    },
}
