"""The built dataset on disk, for corpora too large to parse at start-up.

``build_store`` parses every report once (in parallel), writes each table as Parquet
(readable by pandas, DuckDB, Spark without re-parsing), the texts with each report's
records, the character index and the reading index; on the next run it re-parses only the
reports whose bytes changed, or every report when the pipeline (curated files, core code,
library versions: :func:`explorer.pipeline.pipeline_hash`) changed. A report that cannot
be read is listed with its reason and the rest go on. Reading is :class:`explorer.corpus.StoreCorpus`.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.dataset import TABLES, SourceError, curated_corrections, load_document, records_frame, report_paths
from explorer.index import SequenceIndex, TextIndex
from explorer.pipeline import pipeline_hash
from explorer.query import reading_ids, reading_vocabulary

BATCH = 256  # documents between conversions of records to compact frames
TEXTS = "texts"
TOTALS = "concept_totals"  # per term: documents and mentions over the whole corpus
MANIFEST = "manifest.json"
INDEX, READINGS = "index", "readings"


@dataclass
class BuildStats:
    documents: int
    parsed: int
    reused: int
    seconds: float
    failures: list[str] = field(default_factory=list)


def fingerprint(data: bytes, context: str) -> str:
    """What a document's records depend on: its bytes and the pipeline hash."""
    return hashlib.sha256(context.encode() + data).hexdigest()


def _parse(path: str) -> dict[str, list[dict]] | str:
    """Worker: the records of one document, plus its texts, offset map and readings; or why it failed."""
    try:
        doc = load_document(Path(path), curated_corrections())
    except SourceError as e:
        return str(e)
    records = dict(doc.records)
    offsets = np.asarray(doc.text.offsets, dtype=np.int32).tobytes()
    readings = reading_ids([doc.text.clean], reading_vocabulary())[:-1].tobytes()
    records[TEXTS] = [
        {
            "document": doc.id,
            "clean": doc.text.clean,
            "raw": doc.text.raw,
            "offsets": offsets,
            "readings": readings,
            "records": json.dumps(doc.records, ensure_ascii=False),
        }
    ]
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


def _read_manifest(path: Path) -> dict:
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return old if isinstance(old, dict) and isinstance(old.get("documents"), dict) else {}


def build_store(
    seeds_dir: Path, out: Path, workers: int | None = None, progress: Callable[[int, int], None] | None = None
) -> BuildStats:
    """Parse what changed, keep the rest, write Parquet tables, texts and the indexes to ``out``."""
    started = time.perf_counter()
    paths = report_paths(seeds_dir)
    context = pipeline_hash()
    prints = {p.stem: fingerprint(p.read_bytes(), context) for p in paths}
    old = _read_manifest(out / MANIFEST)
    keep = {d for d, fp in prints.items() if old.get("documents", {}).get(d) == fp}
    todo = [str(p) for p in paths if p.stem not in keep]

    parts: dict[str, list[pd.DataFrame]] = {t: [] for t in (*TABLES, TEXTS)}
    if keep:
        for table in parts:
            frame = pd.read_parquet(out / f"{table}.parquet")
            parts[table].append(frame[frame[_key(table)].isin(keep)])
    done = 0
    workers = max(1, min(workers or os.cpu_count() or 1, os.cpu_count() or 1, len(todo) or 1))
    batch: dict[str, list[dict]] = {t: [] for t in parts}
    failures: list[str] = []
    failed: set[str] = set()

    def flush() -> None:
        """Records to compact Arrow-backed frames every BATCH documents, so memory stays flat."""
        for table, rows in batch.items():
            if rows:
                parts[table].append(_frame(table, rows))
                rows.clear()

    with ProcessPoolExecutor(max_workers=workers) as pool:
        for path, records in zip(todo, pool.map(_parse, todo, chunksize=16), strict=True):
            if isinstance(records, str):
                failures.append(records)
                failed.add(Path(path).stem)
            else:
                for table, rows in records.items():
                    batch[table].extend(rows)
            done += 1
            if done % BATCH == 0:
                flush()
            if progress:
                progress(done, len(todo))
    flush()
    if len(failed) == len(paths):
        raise SourceError("no readable report: " + "; ".join(failures))

    order = {p.stem: i for i, p in enumerate(paths)}
    out.mkdir(parents=True, exist_ok=True)
    clean: list[str] = []
    readings: list[bytes] = []
    for table in list(parts):
        frames = [f for f in parts.pop(table) if not f.empty]  # pop: each table's memory goes once written
        frame = pd.concat(frames, ignore_index=True) if frames else records_frame(table, [])
        del frames
        if len(frame):
            rank = frame[_key(table)].map(order)
            if not rank.is_monotonic_increasing:  # kept and re-parsed documents interleave
                frame = frame.iloc[rank.argsort(kind="stable")].reset_index(drop=True)
        frame.to_parquet(out / f"{table}.parquet", index=False)
        if table == TEXTS:
            clean, readings = frame["clean"].tolist(), frame["readings"].tolist()
        del frame
    TextIndex.build(clean).save(out / INDEX)
    del clean
    vocabulary = reading_vocabulary()
    ids = np.frombuffer(b"".join(r + b"\0\0" for r in readings), dtype=np.uint16)
    reading_index = SequenceIndex.build(ids, len(vocabulary))
    (out / READINGS).mkdir(exist_ok=True)
    for name in ("ids", "order", "starts"):
        np.save(out / READINGS / f"{name}.npy", getattr(reading_index, name), allow_pickle=False)
    del readings, ids, reading_index
    concept_totals(pd.read_parquet(out / "concepts.parquet")).to_parquet(out / f"{TOTALS}.parquet", index=False)
    manifest = {
        "pipeline": context,
        "vocabulary": vocabulary,
        "documents": {d: fp for d, fp in prints.items() if d not in failed},
        "failures": failures,
    }
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=0), encoding="utf-8")
    return BuildStats(len(paths), len(todo), len(keep), time.perf_counter() - started, failures)
