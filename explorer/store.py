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
import pyarrow.parquet as pq

from explorer.dataset import INTRO, TABLES, curated_corrections, load_document, records_frame
from explorer.index import TextIndex, find_by_sound, syllable_splits
from explorer.normalize import normalize_query, pinyin_syllables, strip_tones
from explorer.resources import CORRECTIONS_FILE
from explorer.search import MAX_QUERY, is_pinyin_query, pinyin_letters

PIPELINE_VERSION = "1"  # bump when a change to the pipeline changes any record
BATCH = 256  # documents between conversions of records to compact frames
TEXTS = "texts"
TOTALS = "concept_totals"  # per term: documents and mentions over the whole corpus
MANIFEST = "manifest.json"


@dataclass
class BuildStats:
    documents: int
    parsed: int
    reused: int
    seconds: float


def fingerprint(data: bytes, context: bytes) -> str:
    """What a document's records depend on: its bytes and ``context`` (see :func:`build_context`)."""
    return hashlib.sha256(context + data).hexdigest()


def build_context() -> bytes:
    """What every document's records depend on: the pipeline version and the corrections file."""
    corrections = CORRECTIONS_FILE.read_bytes() if CORRECTIONS_FILE.exists() else b""
    return hashlib.sha256(PIPELINE_VERSION.encode() + corrections).digest()


def _parse(path: str) -> dict[str, list[dict]]:
    """Worker: the records of one document, plus its texts and offset map."""
    doc = load_document(Path(path), curated_corrections())
    records = dict(doc.records)
    offsets = np.asarray(doc.text.offsets, dtype=np.int32).tobytes()
    records[TEXTS] = [{"document": doc.id, "clean": doc.text.clean, "raw": doc.text.raw, "offsets": offsets}]
    return records


def concept_totals(concepts: pd.DataFrame) -> pd.DataFrame:
    """Each concept's reach over the corpus: documents and units mentioning it, and mentions."""
    used = concepts[concepts["mentions"] > 0]
    totals = used.groupby("term").agg(
        documents=("document", "nunique"), units=("unit", "nunique"), mentions=("mentions", "sum")
    )
    return totals.sort_values(["documents", "mentions"], ascending=False).reset_index()


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows) if table == TEXTS else records_frame(table, rows)
    if table == "metrics" and not frame.empty:  # one Parquet type: exact in float64 below 2**53
        frame["value"] = frame["value"].astype("float64")
    return frame.convert_dtypes(dtype_backend="pyarrow")


def _key(table: str) -> str:
    """The column naming a row's document."""
    return "id" if table == "documents" else "document"


def build_store(
    seeds_dir: Path, out: Path, workers: int | None = None, progress: Callable[[int, int], None] | None = None
) -> BuildStats:
    """Parse what changed, keep the rest, write Parquet tables, texts and the index to ``out``."""
    started = time.perf_counter()
    paths = sorted(seeds_dir.glob("*.txt"))
    context = build_context()  # read once, not once per report
    prints = {p.stem: fingerprint(p.read_bytes(), context) for p in paths}
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
    batch: dict[str, list[dict]] = {t: [] for t in parts}

    def flush() -> None:
        """Records to compact Arrow-backed frames every BATCH documents, so memory stays flat."""
        for table, rows in batch.items():
            if rows:
                parts[table].append(_frame(table, rows))
                rows.clear()

    with ProcessPoolExecutor(max_workers=workers) as pool:
        for records in pool.map(_parse, todo, chunksize=16):
            for table, rows in records.items():
                batch[table].extend(rows)
            done += 1
            if done % BATCH == 0:
                flush()
            if progress:
                progress(done, len(todo))
    flush()

    order = {p.stem: i for i, p in enumerate(paths)}
    out.mkdir(parents=True, exist_ok=True)
    clean: list[str] = []
    for table in list(parts):
        frames = [f for f in parts.pop(table) if not f.empty]  # pop: each table's memory goes once written
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame({_key(table): []})
        del frames
        rank = frame[_key(table)].map(order)
        if not rank.is_monotonic_increasing:  # kept and re-parsed documents interleave
            frame = frame.iloc[rank.argsort(kind="stable")].reset_index(drop=True)
        frame.to_parquet(out / f"{table}.parquet", index=False)
        if table == TEXTS:
            clean = frame["clean"].tolist()
        del frame
    TextIndex.build(clean).save(out / "index")
    del clean
    concept_totals(pd.read_parquet(out / "concepts.parquet")).to_parquet(out / f"{TOTALS}.parquet", index=False)
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

    def rows(self, name: str) -> int:
        """Row count from the Parquet footer, without reading the table."""
        return pq.ParquetFile(self.folder / f"{name}.parquet").metadata.num_rows

    def head(self, name: str, n: int) -> pd.DataFrame:
        """The first ``n`` rows, reading no more of the file than needed."""
        batch = next(pq.ParquetFile(self.folder / f"{name}.parquet").iter_batches(batch_size=n), None)
        return batch.to_pandas() if batch is not None else pd.DataFrame()

    def readings(self) -> dict[str, np.ndarray]:
        """Toneless syllable → dense ids of the corpus's characters that can be read so."""
        if "_readings" not in self._tables:
            from pypinyin.constants import PINYIN_DICT  # code point -> "xiàn,xián"

            by_sound: dict[str, list[int]] = {}
            for code in np.flatnonzero(self.index.lut).tolist():
                for syllable in {strip_tones(r) for r in PINYIN_DICT.get(code, "").split(",") if r}:
                    by_sound.setdefault(syllable, []).append(int(self.index.lut[code]) - 1)
            self._tables["_readings"] = {s: np.asarray(ids, dtype=np.int64) for s, ids in by_sound.items()}
        return self._tables["_readings"]

    def warm(self) -> Store:
        """Load what the first search needs, so that it costs no more than later ones."""
        self.bounds("units"), self.bounds("sentences")
        self.column("sentences", "text"), self.column("texts", "clean"), self.column("units", "name")
        self.index.find("法")
        self.readings()
        return self

    @property
    def index(self) -> TextIndex:
        if self._index is None:
            self._index = TextIndex.load(self.folder / "index")
        return self._index

    def texts(self) -> list[str]:
        return self.column(TEXTS, "clean").tolist()

    def column(self, table: str, name: str) -> np.ndarray:
        """One column as a NumPy array, read alone and converted once (Arrow strings are slow per query)."""
        key = f"_col_{table}_{name}"
        if key not in self._tables:
            frame = self._tables.get(table)
            if frame is None:
                frame = pd.read_parquet(self.folder / f"{table}.parquet", columns=[name])
            self._tables[key] = frame[name].to_numpy()
        return self._tables[key]

    def raw_text(self, doc_id: str) -> str:
        """One document's raw source, read without loading the others."""
        rows = pd.read_parquet(self.folder / f"{TEXTS}.parquet", columns=["raw"], filters=[("document", "==", doc_id)])
        return str(rows["raw"].iloc[0])

    def bounds(self, table: str) -> tuple[np.ndarray, np.ndarray]:
        """Global (start, end) of each row of a table with per-document offsets, rows in index order."""
        key = f"_bounds_{table}"
        if key not in self._tables:
            frame = self._tables.get(table)
            if frame is None:  # only the columns needed, not the text
                frame = pd.read_parquet(self.folder / f"{table}.parquet", columns=["document", "start", "end"])
            doc_index = pd.Categorical(frame["document"], categories=self.column("documents", "id")).codes
            base = self.index.doc_starts[doc_index]
            self._tables[key] = (base + frame["start"].to_numpy("int64"), base + frame["end"].to_numpy("int64"))
        return self._tables[key]

    def containing(self, table: str, positions: np.ndarray) -> np.ndarray:
        """For each global position, the row of ``table`` (units, sentences) holding it, or -1."""
        starts, ends = self.bounds(table)
        row = np.searchsorted(starts, positions, side="right") - 1
        inside = (row >= 0) & (positions < ends[np.maximum(row, 0)])
        return np.where(inside, row, -1)


@dataclass
class StoreResult:
    """Search over a store: totals for the whole corpus, hit rows for one page only."""

    query: str
    needle: str
    total: int
    by_unit: dict[str, int]
    hits: pd.DataFrame  # this page: doc (index), document, unit, sentence, start, end (offsets in the document)
    dispersion: pd.DataFrame  # unit, position (bin start, 0..1 in the unit's text), hits


def store_search(store: Store, query: str, page: int = 0, size: int = 50) -> StoreResult:
    """Every occurrence of the normalised query in every document; rows for one page of hits."""
    needle = normalize_query(query[:MAX_QUERY])
    positions = store.index.find(needle)
    lengths = np.full(len(positions), len(needle), dtype=np.int64)
    if is_pinyin_query(needle):  # literal hits (STX) and hits by sound, in text order
        splits = syllable_splits(pinyin_letters(needle), pinyin_syllables())
        spans = find_by_sound(store.index, store.readings(), splits)
        merged = sorted({*zip(positions.tolist(), lengths.tolist(), strict=True), *spans})
        positions = np.asarray([p for p, _ in merged], dtype=np.int64)
        lengths = np.asarray([n for _, n in merged], dtype=np.int64)
    unit_names = store.column("units", "name")
    unit = store.containing("units", positions)
    by_unit: dict[str, int] = {}
    per_row = np.bincount(unit + 1, minlength=len(unit_names) + 1)  # row 0: outside any unit
    for row in np.flatnonzero(per_row):
        name = INTRO if row == 0 else str(unit_names[row - 1])
        by_unit[name] = by_unit.get(name, 0) + int(per_row[row])
    chosen = positions[page * size : (page + 1) * size]
    chosen_lengths = lengths[page * size : (page + 1) * size]
    located = store.index.locate(chosen)
    sentence = store.containing("sentences", chosen)
    page_unit = store.containing("units", chosen)
    docs = store.column("documents", "id")
    texts = store.column("sentences", "text")
    hits = pd.DataFrame(
        {
            "doc": located[:, 0] if len(chosen) else [],
            "document": docs[located[:, 0]] if len(chosen) else [],
            "unit": [unit_names[u] if u >= 0 else None for u in page_unit],
            "sentence": [texts[s] if s >= 0 else "" for s in sentence],
            "start": located[:, 1] if len(chosen) else [],
            "end": located[:, 1] + chosen_lengths if len(chosen) else [],
        }
    )
    return StoreResult(query, needle, len(positions), by_unit, hits, _dispersion(store, positions, unit))


def _dispersion(store: Store, positions: np.ndarray, unit: np.ndarray, bins: int = 50) -> pd.DataFrame:
    """Hits per unit name and relative position bin (all hits, however many)."""
    inside = unit >= 0
    starts, ends = store.bounds("units")
    rows = unit[inside]
    rel = (positions[inside] - starts[rows]) / np.maximum(ends[rows] - starts[rows], 1)
    frame = pd.DataFrame({"unit": store.column("units", "name")[rows], "position": np.floor(rel * bins) / bins})
    return frame.groupby(["unit", "position"], sort=False).size().reset_index(name="hits")
