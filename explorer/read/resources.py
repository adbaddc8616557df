"""Where the project's files live, and loaders for the curated ones in ``data/``."""

from __future__ import annotations

import base64
import importlib.util
import os
from functools import lru_cache
from pathlib import Path


def _root() -> Path:
    """The folder holding ``seeds/`` and ``data/``: ``EXPLORER_HOME``, else the checkout this package
    lives in, else the current folder (for ``pip install .`` into a virtual environment)."""
    if home := os.environ.get("EXPLORER_HOME"):
        return Path(home).resolve()
    checkout = Path(__file__).resolve().parents[2]  # explorer/read/resources.py
    return checkout if (checkout / "data").is_dir() else Path.cwd().resolve()


ROOT = _root()
SEEDS_DIR = ROOT / "seeds"
DATA_DIR = ROOT / "data"
DATASET_DIR = DATA_DIR / "dataset"
ICON_FILE = DATA_DIR / "icon.png"  # the favicon, served by the app itself (a material icon is fetched from outside)
STORE_DIR = DATA_DIR / "store"  # Parquet tables and search index; built, not committed
CORRECTIONS_FILE = DATA_DIR / "corrections.csv"
EDITS_FILE = DATA_DIR / "edits.csv"  # readers' corrections of how reports were read (explorer.read.edits)
USERDICT_FILE = DATA_DIR / "userdict.txt"
STOPWORDS_FILE = DATA_DIR / "stopwords.txt"
SCRIPT_PAIRS_FILE = DATA_DIR / "script_pairs.csv"
THEMES_FILE = DATA_DIR / "themes.csv"
REPORTS_FILE = DATA_DIR / "reports.csv"  # what a report's text does not say: its full date, place, source
LIBRARY_DIR = DATA_DIR / "library"  # the real public reports: the sample library and the test corpus


@lru_cache(maxsize=1)
def icon_url() -> str:
    """The favicon as a data URL, read once: given a file, Streamlit re-reads it on every rerun."""
    return "data:image/png;base64," + base64.b64encode(ICON_FILE.read_bytes()).decode("ascii")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The curated stop-word list (comments and blank lines skipped)."""
    lines = STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def jieba_dict_file() -> Path:
    """jieba's own dictionary (``jieba/dict.txt``: word, count, part of speech), found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("jieba is not installed: its dictionary is the general Chinese reference")
    return Path(spec.submodule_search_locations[0]) / "dict.txt"


@lru_cache(maxsize=1)
def general_frequencies() -> dict[str, int]:
    """General modern Chinese word counts: jieba's dictionary, the one our segmenter splits text by (raw counts,
    60,101,967 in all; bench/reference_lists.py measured it against wordfreq's Chinese list). Read once."""
    counts: dict[str, int] = {}
    with jieba_dict_file().open(encoding="utf-8") as lines:
        for line in lines:
            word, _, rest = line.strip().partition(" ")
            count = rest.partition(" ")[0]
            if word and count.isdigit():
                counts[word] = counts.get(word, 0) + int(count)
    return counts
