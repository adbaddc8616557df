"""Where the project's files live, and loaders for the curated ones in ``data/``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
DATA_DIR = ROOT / "data"
DATASET_DIR = DATA_DIR / "dataset"
STORE_DIR = DATA_DIR / "store"  # Parquet tables and search index; built, not committed
CORRECTIONS_FILE = DATA_DIR / "corrections.csv"
USERDICT_FILE = DATA_DIR / "userdict.txt"
STOPWORDS_FILE = DATA_DIR / "stopwords.txt"
SCRIPT_PAIRS_FILE = DATA_DIR / "script_pairs.csv"
THEMES_FILE = DATA_DIR / "themes.csv"


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The curated stop-word list (comments and blank lines skipped)."""
    lines = STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))
