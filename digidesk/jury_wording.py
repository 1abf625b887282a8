"""Words of the juror sheets and the jury protocol in Swedish, Norwegian Bokmål and English.

The core writes the workbooks and the PDF; the words come from here, in the language the
user reads (the command line's system language, or the interface's).
"""

from __future__ import annotations

from digidesk.messages import LANGUAGES, system_language

_WORDS: dict[str, dict[str, str]] = {
    "score_sheet": {"sv": "Poäng", "nb": "Poeng", "en": "Scores"},
    "figures_sheet": {"sv": "Jämförelse", "nb": "Sammenligning", "en": "Comparison"},
    "juror": {"sv": "Jurymedlem", "nb": "Jurymedlem", "en": "Juror"},
    "code": {"sv": "Kod", "nb": "Kode", "en": "Code"},
    "nominee": {"sv": "Nominerad", "nb": "Nominert", "en": "Nominee"},
    "comment": {"sv": "Kommentar", "nb": "Kommentar", "en": "Comment"},
    "conflict": {"sv": "Jäv", "nb": "Inhabil", "en": "Conflict"},
    "instructions": {
        "sv": "Skriv din poäng för varje nominerad och kriterium i de vita cellerna "
        "(skalan står i rubriken) och gärna en kommentar bredvid. Grå celler har du "
        "anmält jäv för. Spara filen och skicka tillbaka den till juryns ordförande.",
        "nb": "Skriv poengene dine for hver nominert og hvert kriterium i de hvite cellene "
        "(skalaen står i overskriften), og gjerne en kommentar ved siden av. Grå celler har "
        "du meldt inhabilitet for. Lagre filen og send den tilbake til juryens leder.",
        "en": "Enter your score for each nominee and criterion in the white cells (the "
        "scale is in the heading), and a comment beside it if you like. Grey cells are "
        "nominees you declared a conflict of interest for. Save the file and send it back "
        "to the chair of the jury.",
    },
    "invalid_title": {"sv": "Ogiltig poäng", "nb": "Ugyldig poeng", "en": "Invalid score"},
    "invalid_message": {
        "sv": "Poängen ska vara ett tal från {low} till {high}.",
        "nb": "Poengene skal være et tall fra {low} til {high}.",
        "en": "The score must be a number from {low} to {high}.",
    },
    "input_title": {"sv": "Poäng", "nb": "Poeng", "en": "Score"},
    "input_message": {
        "sv": "Ett tal från {low} till {high}.",
        "nb": "Et tall fra {low} til {high}.",
        "en": "A number from {low} to {high}.",
    },
    "indicator": {"sv": "Indikator", "nb": "Indikator", "en": "Indicator"},
    "unit": {"sv": "Enhet", "nb": "Enhet", "en": "Unit"},
    "period": {"sv": "Period", "nb": "Periode", "en": "Period"},
    "rank": {"sv": "rang", "nb": "rangering", "en": "rank"},
    "median": {
        "sv": "Median, alla kommuner",
        "nb": "Median, alle kommuner",
        "en": "Median, all kommuner",
    },  # fmt: skip
    "figures_note": {
        "sv": "Nominerades värden och rang bland alla kommuner i landet (DigiDesks "
        "jämförelse). Endast som underlag; poängen sätter du på bladet Poäng.",
        "nb": "De nominertes verdier og rangering blant alle kommuner i landet (DigiDesks "
        "sammenligning). Bare som grunnlag; poengene gir du på arket Poeng.",
        "en": "The nominees' values and ranks among all kommuner of the country (DigiDesk's "
        "comparison). For reference only; you score on the sheet Scores.",
    },
    # the protocol
    "protocol": {"sv": "Juryprotokoll", "nb": "Juryprotokoll", "en": "Jury protocol"},
    "award": {"sv": "Utmärkelse", "nb": "Utmerkelse", "en": "Award"},
    "date": {"sv": "Datum", "nb": "Dato", "en": "Date"},
    "jurors": {"sv": "Jurymedlemmar", "nb": "Jurymedlemmer", "en": "Jurors"},
    "conflicts": {"sv": "Jäv", "nb": "Inhabilitet", "en": "Conflicts of interest"},
    "reason": {"sv": "Skäl", "nb": "Grunn", "en": "Reason"},
    "criteria": {"sv": "Kriterier", "nb": "Kriterier", "en": "Criteria"},
    "criterion": {"sv": "Kriterium", "nb": "Kriterium", "en": "Criterion"},
    "weight": {"sv": "Vikt", "nb": "Vekt", "en": "Weight"},
    "share": {"sv": "Andel av vikten", "nb": "Andel av vekten", "en": "Share of weight"},
    "scale": {"sv": "Skala", "nb": "Skala", "en": "Scale"},
    "from_data": {"sv": "Poäng från data", "nb": "Poeng fra data", "en": "Scored from data"},
    "yes": {"sv": "ja", "nb": "ja", "en": "yes"},
    "no": {"sv": "nej", "nb": "nei", "en": "no"},
    "scores": {"sv": "Poäng", "nb": "Poeng", "en": "Scores"},
    "score": {"sv": "Poäng", "nb": "Poeng", "en": "Score"},
    "results": {"sv": "Resultat", "nb": "Resultat", "en": "Results"},
    "method": {"sv": "Metod", "nb": "Metode", "en": "Method"},
    "weighted_mean": {
        "sv": "Viktat medelvärde",
        "nb": "Vektet gjennomsnitt",
        "en": "Weighted mean",
    },  # fmt: skip
    "zscore": {
        "sv": "Normaliserat per jurymedlem (z)",
        "nb": "Normalisert per jurymedlem (z)",
        "en": "Normalised per juror (z)",
    },  # fmt: skip
    "borda": {"sv": "Rangpoäng (Borda)", "nb": "Rangpoeng (Borda)", "en": "Rank points (Borda)"},
    "median_method": {"sv": "Median", "nb": "Median", "en": "Median"},
    "tied": {"sv": "delad", "nb": "delt", "en": "tied"},
    "disagreement": {
        "sv": "Oenighet (std.avv.)",
        "nb": "Uenighet (std.avv.)",
        "en": "Disagreement (SD)",
    },  # fmt: skip
    "chosen_method": {"sv": "Vald metod", "nb": "Valgt metode", "en": "Chosen method"},
    "final_ranking": {
        "sv": "Slutlig rangordning",
        "nb": "Endelig rangering",
        "en": "Final ranking",
    },  # fmt: skip
    "place": {"sv": "Plats", "nb": "Plass", "en": "Place"},
    "winner_differs": {
        "sv": "Vinnaren beror på metoden: metoderna utser olika vinnare.",
        "nb": "Vinneren avhenger av metoden: metodene kårer ulike vinnere.",
        "en": "The winner depends on the method: the methods name different winners.",
    },
    "winner_same": {
        "sv": "Alla metoder utser samma vinnare.",
        "nb": "Alle metodene kårer samme vinner.",
        "en": "Every method names the same winner.",
    },
    "profile": {
        "sv": "De nominerades profil",
        "nb": "De nominertes profil",
        "en": "Nominee profile",
    },
    "profile_note": {
        "sv": "Varje indikator i sin senaste period, från 0 (den svagaste kommunen) till 1 "
        "(den starkaste); den streckade linjen är mediankommunen. Indikatorerna är "
        "kriteriernas, och jämförelsens indikatorer med en riktning där färre än tre "
        "kriterier har en indikator.",
        "nb": "Hver indikator i sin siste periode, fra 0 (den svakeste kommunen) til 1 "
        "(den sterkeste); den stiplede linjen er mediankommunen. Indikatorene er "
        "kriterienes, og sammenligningens indikatorer med en retning der færre enn tre "
        "kriterier har en indikator.",
        "en": "Each indicator in its latest period, from 0 (the weakest kommun) to 1 (the "
        "strongest); the dashed line is the median kommun. The indicators are the criteria's, "
        "with the comparison's indicators that have a direction where fewer than three "
        "criteria have one.",
    },
    "agreement": {"sv": "Samstämmighet", "nb": "Samstemmighet", "en": "Agreement"},
    "kendall": {
        "sv": "Kendalls W: {w} ({m} jurymedlemmar som bedömt alla nominerade)",
        "nb": "Kendalls W: {w} ({m} jurymedlemmer som har vurdert alle nominerte)",
        "en": "Kendall's W: {w} ({m} jurors who scored every nominee)",
    },
    "not_defined": {"sv": "ej definierat", "nb": "ikke definert", "en": "not defined"},
    "spearman": {"sv": "Spearmans ρ", "nb": "Spearmans ρ", "en": "Spearman's ρ"},
    "sensitivity": {"sv": "Känslighet", "nb": "Følsomhet", "en": "Sensitivity"},
    "smallest_change": {
        "sv": "Minsta viktändring som byter vinnare",
        "nb": "Minste vektendring som bytter vinner",
        "en": "Smallest weight change that changes the winner",
    },
    "none_within": {
        "sv": "ingen, från 0 till 10 gånger vikten",
        "nb": "ingen, fra 0 til 10 ganger vekten",
        "en": "none, from 0 to 10 times the weight",
    },  # fmt: skip
    "new_winner": {"sv": "Ny vinnare", "nb": "Ny vinner", "en": "New winner"},
    "win_share": {
        "sv": "Andel av {draws} slumpade viktningar som vinns",
        "nb": "Andel av {draws} tilfeldige vektinger som vinnes",
        "en": "Share of {draws} random weightings won",
    },
    "audit": {
        "sv": "Ändringar efter låsning",
        "nb": "Endringer etter låsing",
        "en": "Changes after locking",
    },  # fmt: skip
    "audit_all": {"sv": "Ändringslogg", "nb": "Endringslogg", "en": "Audit trail"},
    "time": {"sv": "Tid", "nb": "Tid", "en": "Time"},
    "source": {"sv": "Källa", "nb": "Kilde", "en": "Source"},
    "old": {"sv": "Före", "nb": "Før", "en": "Before"},
    "new": {"sv": "Efter", "nb": "Etter", "en": "After"},
    "lock": {"sv": "låst", "nb": "låst", "en": "locked"},
    "unlock": {"sv": "upplåst", "nb": "låst opp", "en": "unlocked"},
    "never_locked": {
        "sv": "Poängsättningen har inte låsts.",
        "nb": "Poenggivingen er ikke låst.",
        "en": "Scoring has not been locked.",
    },  # fmt: skip
    "no_changes": {
        "sv": "Inga ändringar efter låsning.",
        "nb": "Ingen endringer etter låsing.",
        "en": "No changes after locking.",
    },  # fmt: skip
    "signatures": {"sv": "Underskrifter", "nb": "Underskrifter", "en": "Signatures"},
    "signature": {
        "sv": "Namnteckning och datum",
        "nb": "Underskrift og dato",
        "en": "Signature and date",
    },  # fmt: skip
    "fingerprint": {
        "sv": "Fingeravtryck (SHA-256)",
        "nb": "Fingeravtrykk (SHA-256)",
        "en": "Fingerprint (SHA-256)",
    },  # fmt: skip
    "fingerprint_note": {
        "sv": "Fingeravtrycket beräknas ur kriterier, vikter, jurymedlemmar, jäv och poäng "
        "(se docs/jury.md). Kontrollera med: digidesk jury verify PROTOKOLL.xlsx ARBETSYTA",
        "nb": "Fingeravtrykket beregnes av kriterier, vekter, jurymedlemmer, inhabilitet og "
        "poeng (se docs/jury.md). Kontroller med: digidesk jury verify PROTOKOLL.xlsx "
        "ARBEIDSOMRÅDE",
        "en": "The fingerprint is computed from the criteria, weights, jurors, conflicts and "
        "scores (see docs/jury.md). Check it with: digidesk jury verify PROTOCOL.xlsx "
        "WORKSPACE",
    },
    "unreliable": {
        "sv": "normalisering osäker (få poäng)",
        "nb": "normalisering usikker (få poeng)",
        "en": "normalisation unreliable (few scores)",
    },
    "page": {"sv": "Sida {page}", "nb": "Side {page}", "en": "Page {page}"},
    "inputs_sheet": {"sv": "Indata", "nb": "Inndata", "en": "Inputs"},
    "id": {"sv": "Id", "nb": "Id", "en": "Id"},
    "number": {"sv": "Nr", "nb": "Nr.", "en": "No."},
    "common": {
        "sv": "Gemensamma nominerade",
        "nb": "Felles nominerte",
        "en": "Nominees in common",
    },  # fmt: skip
    "scores_note": {
        "sv": "Kolumnerna 1–{n} är kriterierna i tabellen ovan.",
        "nb": "Kolonnene 1–{n} er kriteriene i tabellen over.",
        "en": "Columns 1–{n} are the criteria in the table above.",
    },
    "name": {"sv": "Namn", "nb": "Navn", "en": "Name"},
}


def jury_words(language: str | None = None) -> dict[str, str]:
    language = language if language in LANGUAGES else system_language()
    return {key: words[language] for key, words in _WORDS.items()}


def method_name(method: str, words: dict[str, str]) -> str:
    return words["median_method" if method == "median" else method]


def number_text(value: float | None, decimals: int, language: str | None = None) -> str:
    """1 234,5 (sv, nb: no-break space, decimal comma) or 1,234.5 (en); "" for None.

    ``decimals`` −1 shows as many as the value needs (up to 3): 4 → "4", 3.5 → "3,5".
    """
    if value is None:
        return ""
    language = language if language in LANGUAGES else system_language()
    text = f"{value:,.3f}".rstrip("0").rstrip(".") if decimals < 0 else f"{value:,.{decimals}f}"
    if text in ("-0", "-0.0", "-0.00", "-0.000"):
        text = text[1:]
    if language == "en":
        return text.replace("-", "\u2212")
    return text.replace(",", "\u00a0").replace(".", ",").replace("-", "\u2212")
