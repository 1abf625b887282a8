"""The seed strategy's text and what a hand reading of it expects, for the strategy tests.

A module of its own (not conftest.py): several test folders have a conftest, and only one
of them can be imported under that name.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SEED = REPO / "resources" / "demo" / "ornskoldsvik_digitaliseringsstrategi.txt"
EXPECTED = REPO / "tests" / "data" / "strategy" / "seed_targets.csv"

GOALS = [
    "Örnsköldsvik ska vara en öppen, jämställd och attraktiv kommun",
    "Örnsköldsvik ska vara en av de bästa skolkommunerna 2020",
    "Örnsköldsvik ska vara en kommun som det är tryggt att åldras i",
    "Örnsköldsvik ska minska arbetslösheten och öka sysselsättningen",
    "Örnsköldsvik ska vara en klimatsmart och hållbar kommun",
]
AREAS = [
    ["Digitala tjänster ska skapa insyn och delaktighet",
     "Öppna data ska sänka tröskeln för nya innovatörer",
     "Ökad samverkan för innovativa digitala lösningar",
     "Digitala tjänster ska skapa en effektivare förvaltning"],
    ["Likvärdiga förutsättningar för barn och elevers digitala kompetens",
     "Effektiv styrning och förbättrat stöd till den enskilda pedagogen"],
    ["Digitala tjänster ska utformas utifrån medborgarens behov och livshändelser",
     "Effektiv styrning och förbättrat stöd till den enskilda medarbetaren",
     "eHälsotjänster ska vara en självklar del av vård och omsorg"],
    ["Digitala tjänster ska stödja innovation och nya former av lärande",
     "Digital utveckling ska ske i samverkan med näringslivet"],
    ["Ökad social, ekologisk och ekonomisk hållbarhet",
     "Minskad miljöbelastning inom förvaltningen"],
]  # fmt: skip
