"""The built dataset on disk, for corpora too large to parse at start-up.

``build_store`` parses every report once (in parallel), writes each table as Parquet
(readable by pandas, DuckDB, Spark without re-parsing) plus the clean texts and the
character index, and on the next run re-parses only the reports whose bytes, curated
corrections or pipeline version changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.dataset import INTRO, TABLES, curated_corrections, load_document, records_frame
from explorer.index import TextIndex
from explorer.normalize import normalize_query
from explorer.resources import CORRECTIONS_FILE
from explorer.search import MAX_QUERY

PIPELINE_VERSION = "1"  # bump when a change to the pipeline changes any record
TEXTS = "texts"
MANIFEST = "manifest.json"


@dataclass
class BuildStats:
    documents: int
    parsed: int
    reused: int
    seconds: float


def fingerprint(data: bytes) -> str:
    """What a document's records depend on: its bytes, the corrections file, the pipeline version."""
    h = hashlib.sha256(PIPELINE_VERSION.encode())
    h.update(CORRECTIONS_FILE.read_bytes() if CORRECTIONS_FILE.exists() else b"")
    h.update(data)
    return h.hexdigest()


def _parse(path: str) -> dict[str, list[dict]]:
    """Worker: the records of one document, plus its texts and offset map."""
    doc = load_document(Path(path), curated_corrections())
    records = dict(doc.records)
    offsets = np.asarray(doc.text.offsets, dtype=np.int32).tobytes()
    records[TEXTS] = [{"document": doc.id, "clean": doc.text.clean, "raw": doc.text.raw, "offsets": offsets}]
    return records


def _key(table: str) -> str:
    """The column naming a row's document."""
    return "id" if table == "documents" else "document"


def build_store(
    seeds_dir: Path, out: Path, workers: int | None = None, progress: Callable[[int, int], None] | None = None
) -> BuildStats:
    """Parse what changed, keep the rest, write Parquet tables, texts and the index to ``out``."""
    started = time.perf_counter()
    paths = sorted(seeds_dir.glob("*.txt"))
    prints = {p.stem: fingerprint(p.read_bytes()) for p in paths}
    manifest_path = out / MANIFEST
    old = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    keep = {d for d, fp in prints.items() if old.get(d) == fp}
    todo = [str(p) for p in paths if p.stem not in keep]

    parts: dict[str, list[pd.DataFrame]] = {t: [] for t in (*TABLES, TEXTS)}
    if keep:
        for table in parts:
            frame = pd.read_parquet(out / f"{table}.parquet")
            parts[table].append(frame[frame[_key(table)].isin(keep)])
    done = 0
    workers = workers or min(len(todo), os.cpu_count() or 1) or 1
    fresh: dict[str, list[dict]] = {t: [] for t in parts}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for records in pool.map(_parse, todo, chunksize=16):
            for table, rows in records.items():
                fresh[table].extend(rows)
            done += 1
            if progress:
                progress(done, len(todo))
    for table, rows in fresh.items():
        frame = pd.DataFrame(rows) if table == TEXTS else records_frame(table, rows)
        if table == "metrics" and not frame.empty:  # one Parquet type: exact in float64 below 2**53
            frame["value"] = frame["value"].astype("float64")
        parts[table].append(frame)

    order = {p.stem: i for i, p in enumerate(paths)}
    out.mkdir(parents=True, exist_ok=True)
    texts = None
    for table, frames in parts.items():
        frames = [f for f in frames if not f.empty]
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame({_key(table): []})
        frame = frame.sort_values(_key(table), key=lambda s: s.map(order), kind="stable").reset_index(drop=True)
        frame.to_parquet(out / f"{table}.parquet", index=False)
        if table == TEXTS:
            texts = frame
    TextIndex.build(texts["clean"].tolist()).save(out / "index")
    manifest_path.write_text(json.dumps(prints, ensure_ascii=False, indent=0), encoding="utf-8")
    return BuildStats(len(paths), len(todo), len(keep), time.perf_counter() - started)


class Store:
    """Read side: tables loaded on first use, the index memory-mapped."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._tables: dict[str, pd.DataFrame] = {}
        self._index: TextIndex | None = None

    def table(self, name: str) -> pd.DataFrame:
        if name not in self._tables:
            self._tables[name] = pd.read_parquet(self.folder / f"{name}.parquet")
        return self._tables[name]

    @property
    def index(self) -> TextIndex:
        if self._index is None:
            self._index = TextIndex.load(self.folder / "index")
        return self._index

    def texts(self) -> list[str]:
        return self.table(TEXTS)["clean"].tolist()

    def column(self, table: str, name: str) -> np.ndarray:
        """One column as a NumPy array, converted once (Arrow strings are slow to convert per query)."""
        key = f"_col_{table}_{name}"
        if key not in self._tables:
            self._tables[key] = self.table(table)[name].to_numpy()
        return self._tables[key]

    def _global(self, table: str) -> tuple[np.ndarray, np.ndarray]:
        """Global (start, end) of each row of a table with per-document offsets, rows in index order."""
        key = f"_global_{table}"
        if key not in self._tables:
            frame = self.table(table)
            doc_index = {d: i for i, d in enumerate(self.column("documents", "id"))}
            base = self.index.doc_starts[frame["document"].map(doc_index).to_numpy()]
            self._tables[key] = (base + frame["start"].to_numpy("int64"), base + frame["end"].to_numpy("int64"))
        return self._tables[key]

    def containing(self, table: str, positions: np.ndarray) -> np.ndarray:
        """For each global position, the row of ``table`` (units, sentences) holding it, or -1."""
        starts, ends = self._global(table)
        row = np.searchsorted(starts, positions, side="right") - 1
        inside = (row >= 0) & (positions < ends[np.maximum(row, 0)])
        return np.where(inside, row, -1)


@dataclass
class StoreResult:
    """Search over a store: totals for the whole corpus, hit rows for one page only."""

    query: str
    total: int
    by_unit: dict[str, int]
    hits: pd.DataFrame  # this page: document, unit, sentence, start, end (offsets in the document)


def store_search(store: Store, query: str, page: int = 0, size: int = 50) -> StoreResult:
    """Every occurrence of the normalised query in every document; rows for one page of hits."""
    needle = normalize_query(query[:MAX_QUERY])
    positions = store.index.find(needle)
    unit_names = store.column("units", "name")
    unit = store.containing("units", positions)
    by_unit: dict[str, int] = {}
    per_row = np.bincount(unit + 1, minlength=len(unit_names) + 1)  # row 0: outside any unit
    for row in np.flatnonzero(per_row):
        name = INTRO if row == 0 else str(unit_names[row - 1])
        by_unit[name] = by_unit.get(name, 0) + int(per_row[row])
    chosen = positions[page * size : (page + 1) * size]
    located = store.index.locate(chosen)
    sentence = store.containing("sentences", chosen)
    page_unit = store.containing("units", chosen)
    docs = store.column("documents", "id")
    texts = store.column("sentences", "text")
    hits = pd.DataFrame(
        {
            "document": docs[located[:, 0]] if len(chosen) else [],
            "unit": [unit_names[u] if u >= 0 else None for u in page_unit],
            "sentence": [texts[s] if s >= 0 else "" for s in sentence],
            "start": located[:, 1] if len(chosen) else [],
            "end": located[:, 1] + len(needle) if len(chosen) else [],
        }
    )
    return StoreResult(query, len(positions), by_unit, hits)
