"""Writes strategi_mall.xlsx, the strategy template of File ▸ New strategy from template….

Run from the repository root with the project installed:
``python resources/templates/make_template.py``. The example rows come from
Örnsköldsvik's digitalisation strategy; the instructions are in Swedish and Norwegian.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from digidesk.core.export.excel import write_workbook
from digidesk.core.export.spec import SheetSpec
from digidesk.core.export.strategy_template import template_sheets
from digidesk.core.model.strategy import FocusArea, Goal, Perspective, Strategy, Target

HERE = Path(__file__).resolve().parent

EXAMPLE = Strategy(
    name="Digitaliseringsstrategi (skriv strategins namn här)",
    area_id="2284",
    country="SE",
    perspectives=(
        Perspective(
            "P1", "Digital trygghet", "Tjänsterna ska vara trygga, tillgängliga och enkla."
        ),
        Perspective("P4", "Digital hållbarhet", "Digitaliseringen ska bidra till hållbarhet."),
    ),
    goals=(
        Goal(
            "G1",
            "Örnsköldsvik ska vara en öppen, jämställd och attraktiv kommun",
            "",
            (
                FocusArea(
                    "G1.1",
                    "Digitala tjänster ska skapa insyn och delaktighet",
                    "",
                    (
                        Target(
                            "T01",
                            "2020 har koncernen nått regeringens bredbandsmål att 90 procent av "
                            "hushållen ska ha tillgång till bredband på minst 100 Mbit/s.",
                            2020,
                            ("P4",),
                            "EX-BREDBAND-100",
                            "2284",
                            68.0,
                            90.0,
                            ">=",
                            baseline_period="2017",
                        ),
                        Target(
                            "T02",
                            "2023 ska medborgare och företag via digital tjänst lämna och följa "
                            "processen i sitt ärende digitalt.",
                            2023,
                            ("P1",),
                        ),
                    ),
                ),
            ),
        ),
    ),
)

INSTRUCTIONS = [
    ("Svenska", "En rad per mätbar uppföljning. Ersätt exempelraderna med strategins egna."),
    ("", "Mål och Utvecklingsområde: lämna tomt för att upprepa raden ovanför."),
    ("", "År: året målet ska vara nått. Perspektiv: ett eller flera, med komma emellan."),
    (
        "",
        "Indikator-id, Område (kommunkod), Kön (T, K, M), Utgångsvärde, Utgångsperiod, "
        "Målvärde och Jämförelse (≥, ≤ eller =) kopplar målet till siffror; de kan också "
        "fyllas i senare i DigiDesk.",
    ),
    ("", "Läs in filen med Arkiv ▸ Importera strategi…"),
    ("Norsk", "Én rad per målbar oppfølging. Erstatt eksempelradene med strategiens egne."),
    ("", "Mål og Utvecklingsområde (utviklingsområde): la stå tomt for å gjenta raden over."),
    ("", "År: året målet skal være nådd. Kön betyr kjønn (T, K, M). Jämförelse: ≥, ≤ eller =."),
    ("", "Les inn filen med Fil ▸ Importer strategi…"),
]


def main() -> None:
    sheets = template_sheets(EXAMPLE)
    sheets.append(
        SheetSpec(
            "Anvisningar",
            pd.DataFrame(INSTRUCTIONS, columns=["Språk", "Anvisning"]),
            kinds={"Språk": "text", "Anvisning": "text"},
            wrap=("Anvisning",),
        )
    )
    write_workbook(sheets, HERE / "strategi_mall.xlsx", title="Strategimall")


if __name__ == "__main__":
    main()
