"""The sample library (``data/library/``): real public reports, each ``<slug>.txt`` as retrieved and
``<slug>.json`` the truth a person wrote by reading it; ``HELD_BACK.list`` names those kept out of
development, read only to score a finished change."""

from __future__ import annotations

import json
from pathlib import Path

from explorer.read.resources import LIBRARY_DIR


def slugs(folder: Path = LIBRARY_DIR) -> list[str]:
    """Every document of the library (a text with its truth), sorted."""
    return sorted(p.stem for p in folder.glob("*.json") if p.with_suffix(".txt").exists())


def held_back(folder: Path = LIBRARY_DIR) -> frozenset[str]:
    """The documents kept out of development."""
    path = folder / "HELD_BACK.list"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def truth(slug: str, folder: Path = LIBRARY_DIR) -> dict:
    return json.loads((folder / f"{slug}.json").read_text(encoding="utf-8"))


def text(slug: str, folder: Path = LIBRARY_DIR) -> str:
    return (folder / f"{slug}.txt").read_text(encoding="utf-8-sig")
