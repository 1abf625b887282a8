"""The award jury's error codes as sentences in Swedish, Norwegian and English; part of
:data:`digidesk.messages._MESSAGES`, kept apart so that each table stays readable."""

from __future__ import annotations

JURY_MESSAGES: dict[str, dict[str, str]] = {
    "jury.locked": {
        "sv": "Poängsättningen är låst. Lås upp den först; upplåsningen skrivs in i protokollet.",
        "nb": "Poenggivingen er låst. Lås den opp først; opplåsingen føres inn i protokollen.",
        "en": "Scoring is locked. Unlock it first; the unlocking is recorded in the protocol.",
    },
    "jury.already_locked": {
        "sv": "Poängsättningen är redan låst.",
        "nb": "Poenggivingen er allerede låst.",
        "en": "Scoring is already locked.",
    },
    "jury.not_locked": {
        "sv": "Poängsättningen är inte låst.",
        "nb": "Poenggivingen er ikke låst.",
        "en": "Scoring is not locked.",
    },
    "jury.conflicted": {
        "sv": "Jurymedlemmen har anmält jäv för den nominerade och kan inte sätta poäng "
        "({reason}).",
        "nb": "Jurymedlemmet har meldt inhabilitet for den nominerte og kan ikke gi poeng "
        "({reason}).",
        "en": "The juror has declared a conflict of interest for this nominee and cannot score "
        "it ({reason}).",
    },
    "jury.out_of_scale": {
        "sv": "{value} ligger utanför skalan {low}–{high}.",
        "nb": "{value} ligger utenfor skalaen {low}–{high}.",
        "en": "{value} is outside the scale {low}–{high}.",
    },
    "jury.not_a_number": {
        "sv": "”{value}” är inget tal.",
        "nb": "«{value}» er ikke et tall.",
        "en": "“{value}” is not a number.",
    },
    "jury.unknown_juror": {
        "sv": "Det finns ingen jurymedlem med id ”{id}”.",
        "nb": "Det finnes ikke noe jurymedlem med id «{id}».",
        "en": "There is no juror with id “{id}”.",
    },
    "jury.unknown_nominee": {
        "sv": "Det finns ingen nominerad med kod ”{id}”.",
        "nb": "Det finnes ingen nominert med kode «{id}».",
        "en": "There is no nominee with code “{id}”.",
    },
    "jury.unknown_criterion": {
        "sv": "Det finns inget kriterium med id ”{id}” (eller det är inte kopplat till en "
        "indikator).",
        "nb": "Det finnes ikke noe kriterium med id «{id}» (eller det er ikke koblet til en "
        "indikator).",
        "en": "There is no criterion with id “{id}” (or it is not linked to an indicator).",
    },
    "jury.duplicate_id": {
        "sv": "Id:t ”{id}” används redan.",
        "nb": "Id-en «{id}» er allerede i bruk.",
        "en": "The id “{id}” is already in use.",
    },
    "jury.bad_weight": {
        "sv": "”{weight}” är ingen vikt: vikter är tal från 0 och uppåt.",
        "nb": "«{weight}» er ingen vekt: vekter er tall fra 0 og oppover.",
        "en": "“{weight}” is not a weight: weights are numbers from 0 up.",
    },
    "jury.bad_scale": {
        "sv": "Skalan {low}–{high} går inte: det lägsta värdet måste vara mindre än det högsta.",
        "nb": "Skalaen {low}–{high} går ikke: laveste verdi må være mindre enn høyeste.",
        "en": "The scale {low}–{high} does not work: the lowest value must be below the highest.",
    },
    "jury.unknown_method": {
        "sv": "”{method}” är ingen sammanvägningsmetod.",
        "nb": "«{method}» er ingen sammenveiingsmetode.",
        "en": "“{method}” is not an aggregation method.",
    },
    "jury.no_award": {
        "sv": "Arbetsytan har ingen utmärkelse.",
        "nb": "Arbeidsområdet har ingen utmerkelse.",
        "en": "The workspace has no award.",
    },
    "jury.not_protocol": {
        "sv": "Filen är inget juryprotokoll från DigiDesk.",
        "nb": "Filen er ingen juryprotokoll fra DigiDesk.",
        "en": "The file is not a DigiDesk jury protocol.",
    },
    "jury.protocol_altered": {
        "sv": "Protokollet stämmer inte: uppgifterna i det ger fingeravtrycket {computed}, men "
        "protokollet anger {stated}. Någon har ändrat i protokollet.",
        "nb": "Protokollen stemmer ikke: opplysningene i den gir fingeravtrykket {computed}, men "
        "protokollen oppgir {stated}. Noen har endret protokollen.",
        "en": "The protocol does not hold: its contents give the fingerprint {computed}, but it "
        "states {stated}. The protocol has been changed.",
    },
    "jury.workspace_differs": {
        "sv": "Protokollet stämmer inte med arbetsytan: arbetsytans fingeravtryck är "
        "{workspace}, protokollets {stated}. Poäng, kriterier eller jäv har ändrats.",
        "nb": "Protokollen stemmer ikke med arbeidsområdet: arbeidsområdets fingeravtrykk er "
        "{workspace}, protokollens {stated}. Poeng, kriterier eller inhabilitet er endret.",
        "en": "The protocol does not match the workspace: the workspace's fingerprint is "
        "{workspace}, the protocol's {stated}. Scores, criteria or conflicts have changed.",
    },
    "jury.no_scores": {
        "sv": "Inga poäng har satts ännu.",
        "nb": "Ingen poeng er gitt ennå.",
        "en": "No scores have been given yet.",
    },
}
