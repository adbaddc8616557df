"""A fixed, documented mapping of themes to keywords (``data/themes.csv``), counted per unit."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from explorer.read.resources import THEMES_FILE


@dataclass(frozen=True)
class Theme:
    name: str  # the theme's id in links and files
    keywords: tuple[str, ...]
    description: str
    name_en: str = ""

    def label(self, lang: str) -> str:
        """The theme's name in the interface language."""
        return self.name_en or self.name if lang == "en" else self.name


@lru_cache(maxsize=4)
def load_themes(path: Path = THEMES_FILE) -> tuple[Theme, ...]:
    """Themes in file order; keywords are separated by 、."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return tuple(
            Theme(
                r["theme"],
                tuple(k.strip() for k in r["keywords"].split("、") if k.strip()),
                r["description"],
                (r.get("name_en") or "").strip(),
            )
            for r in csv.DictReader(f)
        )


def theme_passages(sentences: pd.DataFrame, theme: Theme) -> pd.DataFrame:
    """Sentences that mention any of the theme's keywords, with the keywords they mention."""
    found = sentences["text"].map(lambda s: [k for k in theme.keywords if k in s])
    out = sentences.assign(keywords=found.map("、".join), mentions=found.map(len))
    return out[out["mentions"] > 0]


def theme_matrix(sentences: pd.DataFrame, themes: tuple[Theme, ...]) -> pd.DataFrame:
    """Per unit and theme: how many sentences touch the theme, and one example sentence.

    ``sentences`` needs columns unit, text. Sentences, not keyword hits, are counted so that
    a theme with many synonyms does not outweigh one with few.
    """
    rows = []
    for theme in themes:
        hits = theme_passages(sentences, theme)
        for unit, group in sentences.groupby("unit", sort=False):
            mine = hits[hits["unit"] == unit]
            rows.append(
                {
                    "unit": unit,
                    "theme": theme.name,
                    "sentences": len(mine),
                    "share": round(len(mine) / max(len(group), 1), 4),
                    "example": mine["text"].iloc[0] if len(mine) else "",
                }
            )
    return pd.DataFrame(rows, columns=["unit", "theme", "sentences", "share", "example"])
