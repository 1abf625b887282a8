"""The translations use the words of docs/glossary.md, the same word for the same thing."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# English term (a regular expression on the source) → the stem each translation must hold.
TERMS = {
    r"\bindicators?\b": {"sv": "indikator", "nb": "indikator"},
    r"\bdatasets?\b": {"sv": "datamängd", "nb": "datasett"},
    r"\bworkspaces?\b": {"sv": "arbetsyt", "nb": "arbeidsområde"},
    r"\bnominees?\b": {"sv": "nominer", "nb": "nominert"},
    r"\bcriteri(on|a)\b": {"sv": "kriteri", "nb": "kriteri"},
    r"\bjur(y|or|ors)\b": {"sv": "jury", "nb": "jury"},
    r"\bconflicts? of interest\b": {"sv": "jäv", "nb": "inhabil"},
    r"\bdevelopment areas?\b": {"sv": "utvecklingsområde", "nb": "utviklingsområde"},
    r"\bpeer groups?\b": {"sv": "jämförelsegrupp", "nb": "sammenligningsgruppe"},
    r"\brecovery cop(y|ies)\b": {"sv": "återställningskopi", "nb": "gjenopprettingskopi"},
    r"\bweights?\b": {"sv": "vikt", "nb": "vekt"},
}


def _messages(language: str):
    path = REPO / "resources" / "translations" / f"digidesk_{language}.ts"
    for context in ET.parse(path).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            yield (
                context.find("name").text,
                message.find("source").text,
                " ".join(forms) if forms else translation.text or "",
            )


def test_the_glossary_lists_every_term_checked():
    glossary = (REPO / "docs" / "glossary.md").read_text("utf-8").casefold()
    for words in TERMS.values():
        for stem in words.values():
            assert stem.casefold() in glossary, stem


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_translations_use_the_glossary_terms(language):
    wrong = []
    for context, source, translation in _messages(language):
        words_only = re.sub(r"\{\w+\}", "", source)  # not the placeholders' names
        for pattern, words in TERMS.items():
            if re.search(pattern, words_only, re.IGNORECASE) and (
                words[language].casefold() not in translation.casefold()
            ):
                wrong.append(f"{context}: {source!r} → {translation!r} lacks {words[language]!r}")
    assert wrong == []
