"""The built dataset on disk, for corpora too large to parse at start-up.

A store is a list of **segments** and a **commit point**, as Lucene keeps an index:

- ``seg-NNNNNN/``: the reports parsed in one batch: each table as Parquet (readable by
  pandas, DuckDB, Spark without re-parsing), the texts with each report's records, the
  character index and the reading index, and ``segment.json`` with every length, so a
  damaged segment is detected and named;
- ``seg-NNNNNN/reports.json``: for the build only, each of the segment's reports' fingerprint and
  file size and time, written once with the segment (so a commit never rewrites the whole corpus's);
- ``gen-NNNNNN.json``: one generation: its segments, each with every file's size and checksum,
  the reports each no longer serves (replaced or removed: tombstones), the pipeline hash, and a
  checksum of itself; about a kilobyte per segment whatever the corpus size;
- ``CURRENT``: the name of the live generation, replaced atomically (write, fsync, rename).

A build parses only new and changed reports into new segments, committing a generation
after each batch (and none when nothing changed), so readers always see one complete
generation and an interrupted build resumes from its last commit. Small segments are merged
when there are too many of them or one is mostly dead, never the full ones
(:func:`merge_groups`); ``index --merge`` merges all. ``index --watch`` builds only the
reports the system says changed (``build_store(changed=...)``).
A reader checks each file's size when it opens a generation and its checksum when it first reads
the file (:func:`check_sizes`, :func:`check_file`): a damaged file is refused by name, never
read into a wrong answer. A changed pipeline (the curated files, the code a build runs, the reading libraries:
:func:`explorer.corpus.pipeline.pipeline_hash`) starts a new store. Reading is
:class:`explorer.corpus.corpora.StoreCorpus`.
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import json
import os
import shutil
import signal
import stat
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from explorer.corpus.durable import fsync_dir
from explorer.corpus.index import SequenceIndex, TextIndex, load_array
from explorer.corpus.pipeline import pipeline_hash
from explorer.read.dataset import (
    TABLES,
    SourceError,
    curated_corrections,
    curated_edits,
    load_document,
    records_frame,
    report_clashes,
    report_files,
)
from explorer.read.decode import is_report, order_key
from explorer.read.decode import report_id as decoded_id
from explorer.read.pinyin import reading_ids, reading_vocabulary

TEXTS = "texts"
ALL_TABLES = (*TABLES, TEXTS)
CURRENT = "CURRENT"
SEGMENT_META = "segment.json"
SUMS = "files"  # in a segment's entry of the generation: each file's path in it -> [size, checksum]
REPORTS = "reports.json"  # the builder's own: report id -> [fingerprint, size, mtime_ns], in segment order
INDEX, READINGS, OFFSETS = "index", "readings", "offsets"
READING_FILES = ("ids", "order", "starts")
BATCH = 128  # reports per worker task, whose records it returns as compact frames
LOCK = ".lock"  # held by the one build writing the store
SEGMENT_DOCS = 4096  # documents per segment written by one build step (and per commit)
MAX_SEGMENTS = 8  # more small segments than this, and the build merges them (merge_groups)


class StoreError(Exception):
    """A store that is missing, damaged or of another version; the message says which and why."""


@dataclass
class BuildStats:
    documents: int
    parsed: int
    reused: int
    seconds: float
    failures: list[str] = field(default_factory=list)
    segments: int = 1
    merged: bool = False


def checksum(path: Path) -> str:
    """A file's checksum: BLAKE2b, 128 bits (about a gigabyte a second on one core)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, lambda: hashlib.blake2b(digest_size=16)).hexdigest()


def _damaged(path: Path, why: str) -> StoreError:
    return StoreError(f"damaged store file {path} ({why}): rebuild the store with python -m explorer index")


def check_sizes(folder: Path, entry: dict) -> dict[str, list]:
    """Each file of segment ``entry`` (its generation's entry) present with the size the generation
    gives it, a stat each; returns the segment's [size, checksum] by file. StoreError naming the file if not."""
    files = entry.get(SUMS)
    if not isinstance(files, dict) or not files:
        raise StoreError(f"{folder / entry['name']} has no checksums (an older version built it): rebuild the "
                         "store with python -m explorer index")  # fmt: skip
    for name, (size, _) in files.items():
        path = folder / entry["name"] / name
        try:
            found = path.stat().st_size
        except OSError as e:
            raise _damaged(path, e.strerror or "cannot be read") from e
        if found != size:
            raise _damaged(path, f"{found:,} bytes where the manifest says {size:,}")
    return files


def check_file(path: Path, files: dict[str, list], name: str) -> Path:
    """``path`` (``name`` in its segment), once its checksum is the one ``files`` gives; StoreError if not."""
    if name not in files:
        raise _damaged(path, "not in the manifest")
    try:
        found = checksum(path)
    except OSError as e:
        raise _damaged(path, e.strerror or "cannot be read") from e
    if found != files[name][1]:
        raise _damaged(path, "its checksum differs from the manifest's")
    return path


def _manifest_sum(gen: dict) -> str:
    body = json.dumps({k: v for k, v in gen.items() if k != "sum"}, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(body.encode(), digest_size=16).hexdigest()


def fingerprint(data: bytes, context: str) -> str:
    """What a document's records depend on: its bytes and the pipeline hash."""
    return hashlib.sha256(context.encode() + data).hexdigest()


# The commit point ------------------------------------------------------------------


def read_generation(folder: Path) -> dict | None:
    """The live generation of the store at ``folder``, or None when there is none yet."""
    pointer = folder / CURRENT
    if not pointer.exists():
        return None
    try:
        name = pointer.read_text(encoding="utf-8").strip()
        gen = json.loads((folder / name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise StoreError(f"{folder}: damaged commit point ({e})") from e
    if not isinstance(gen, dict) or not isinstance(gen.get("segments"), list):
        raise StoreError(f"{folder}: damaged commit point ({name})")
    if "sum" not in gen:
        raise StoreError(f"{folder / name} has no checksums (an older version built it): rebuild the store with "
                         "python -m explorer index")  # fmt: skip
    if gen["sum"] != _manifest_sum(gen):
        raise _damaged(folder / name, "its checksum differs from its content")
    return gen


def generation_id(folder: Path) -> str:
    """A cheap token that changes whenever a build commits (for readers to notice)."""
    try:
        return (folder / CURRENT).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def _commit(folder: Path, gen: dict) -> dict:
    """Write generation ``gen`` and point CURRENT at it: readers see the old one or this one, whole."""
    gen = {k: v for k, v in gen.items() if k != "sum"}
    gen["generation"] = gen.get("generation", 0) + 1
    gen["sum"] = _manifest_sum(gen)
    name = f"gen-{gen['generation']:06d}.json"
    _write_atomic(folder / name, json.dumps(gen, ensure_ascii=False, separators=(",", ":")))
    _write_atomic(folder / CURRENT, name)
    return gen


def _collect_garbage(folder: Path, gen: dict, previous: dict | None) -> None:
    """Remove segments and generations neither the live nor the previous generation uses
    (a reader may still hold the previous one open)."""
    keep = {s["name"] for g in (gen, previous) if g for s in g["segments"]}
    gens = {f"gen-{g['generation']:06d}.json" for g in (gen, previous) if g}
    for path in folder.iterdir():
        if path.name.startswith(".tmp-seg-") and path.is_file():  # a killed build's texts being written
            path.unlink(missing_ok=True)
        elif (path.name.startswith("seg-") and path.name not in keep) or path.name.startswith(".tmp-seg-"):
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.startswith("gen-") and path.name not in gens:
            path.unlink(missing_ok=True)


def segment_reports(folder: Path, name: str) -> dict[str, list]:
    """Report id -> [fingerprint, size, mtime_ns] of the reports segment ``name`` was written with.

    Read once per process and segment: a segment never changes once written, and the file's inode
    and time tell a new segment that took an old name (a store deleted and built again)."""
    path = folder / name / REPORTS
    try:
        st = path.stat()
        return _read_reports(path, st.st_ino, st.st_mtime_ns)
    except (OSError, ValueError) as e:
        raise StoreError(f"damaged segment {folder / name}: {e}") from e


@lru_cache(maxsize=64)
def _read_reports(path: Path, inode: int, mtime_ns: int) -> dict[str, list]:
    return json.loads(path.read_text(encoding="utf-8"))


def live_reports(folder: Path, gen: dict) -> dict[str, list]:
    """Report id -> [segment, fingerprint, size, mtime_ns] of every report the generation serves."""
    out = {}
    for seg in gen["segments"]:
        dead = set(gen["dead"].get(seg["name"], ()))
        for doc, entry in segment_reports(folder, seg["name"]).items():
            if doc not in dead:
                out[doc] = [seg["name"], *entry]
    return out


# Parsing ---------------------------------------------------------------------------


def _die_with_parent() -> None:
    """Worker initialiser: a killed build takes its workers with it (Linux)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _parse(path: str) -> dict[str, list[dict]] | str:
    """Worker: the records of one document, plus its texts, offset map and readings; or why it failed."""
    try:
        doc = load_document(Path(path), curated_corrections(), curated_edits())
    except SourceError as e:
        return str(e)
    records = dict(doc.records)
    records[TEXTS] = [
        {
            "document": doc.id,
            "clean": doc.text.clean,
            "raw": doc.text.raw,
            "offsets": np.asarray(doc.text.offsets, dtype=np.int32).tobytes(),
            "readings": reading_ids([doc.text.clean], reading_vocabulary())[:-1].tobytes(),
            "records": json.dumps(doc.records, ensure_ascii=False),
            "file": os.path.basename(path),  # the original file, kept beside the text read from it
            "original": Path(path).read_bytes(),
        }
    ]
    return records


def _parse_batch(paths: list[str]) -> tuple[list[str], dict[str, str], dict[str, pd.DataFrame], int]:
    """Worker: some reports parsed and their records made compact frames, so that the main process
    only joins them: (ids parsed, id -> why it failed, frames by table, reports tried)."""
    parsed, failures = [], {}
    rows: dict[str, list[dict]] = {t: [] for t in ALL_TABLES}
    for path in paths:
        records = _parse(path)
        if isinstance(records, str):
            failures[report_id(path)] = records
            continue
        parsed.append(report_id(path))
        for table, r in records.items():
            rows[table].extend(r)
    return parsed, failures, {t: _frame(t, r) for t, r in rows.items() if r}, len(paths)


def _ahead(pool: ProcessPoolExecutor, fn: Callable, tasks: list, limit: int) -> Iterator:
    """``fn`` of each task, in order, with up to ``limit`` tasks running or done ahead of the one
    asked for: the workers parse on while a segment is written, and finished batches waiting for
    the main process stay few (memory stays flat)."""
    pending: deque = deque()
    for task in tasks:
        pending.append(pool.submit(fn, task))
        if len(pending) > limit:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    fast = _arrow_frame(table, rows)
    if fast is not None:
        return fast
    frame = pd.DataFrame(rows) if table == TEXTS else records_frame(table, rows)
    if table == "metrics" and not frame.empty:  # one Parquet type: exact in float64 below 2**53
        frame["value"] = frame["value"].astype("float64")
    return frame.convert_dtypes(dtype_backend="pyarrow")


_ARROW_TYPES = {frozenset({str}): pa.string(), frozenset({int}): pa.int64(), frozenset({bool}): pa.bool_()}
_NONE = type(None)


def _arrow_frame(table: str, rows: list[dict]) -> pd.DataFrame | None:
    """The frame of :func:`_frame`, made a column at a time straight into Arrow arrays when every column
    plainly holds one type (text, whole numbers, booleans, lists of words, bytes, nothing); None otherwise,
    and the general way reads it. Made the general way, a batch's frames were a seventh of its parse."""
    if table == "concepts" or not rows:  # a concept's mentions become rows of their own: records_frame
        return None
    keys = tuple(rows[0])
    if len(keys) < 2 or set(map(len, rows)) != {len(keys)}:  # records of one table have one shape
        return None
    try:  # as many keys as the first record's, and all of them: the same keys
        columns = zip(*map(itemgetter(*keys), rows), strict=True)
    except KeyError:
        return None
    out = {}
    for key, values in zip(keys, columns, strict=True):
        kinds = set(map(type, values))
        nullable = _NONE in kinds
        kinds.discard(_NONE)
        if table == "metrics" and key == "value":  # one Parquet type: exact in float64 below 2**53
            if nullable or not kinds or not kinds <= {int, float} or bool in kinds:
                return None
            out[key] = pa.array([float(v) for v in values], pa.float64())
        elif not kinds:
            out[key] = pa.nulls(len(values))
        elif kinds == {list} and table != TEXTS:  # a list of words is written as one string (records_frame)
            out[key] = pa.array([v if v is None else "、".join(map(str, v)) for v in values], pa.string())
        elif kinds == {bytes} and not nullable:
            out[key] = pd.Series(values, dtype=object)
        elif (arrow := _ARROW_TYPES.get(frozenset(kinds))) is not None:
            try:
                out[key] = pa.array(values, arrow)
            except (pa.ArrowInvalid, OverflowError):  # a whole number too large for int64
                return None
        else:
            return None
    return pd.DataFrame(
        {k: v if isinstance(v, pd.Series) else pd.arrays.ArrowExtensionArray(v) for k, v in out.items()}
    )


def _key(table: str) -> str:
    """The column naming a row's document."""
    return "id" if table == "documents" else "document"


def concept_totals(concepts: pd.DataFrame) -> pd.DataFrame:
    """Each concept's reach over the corpus: documents and units mentioning it, and mentions."""
    used = concepts[concepts["mentions"] > 0]
    totals = used.groupby("term").agg(
        documents=("document", "nunique"), units=("unit", "nunique"), mentions=("mentions", "sum")
    )
    return totals.sort_values(["documents", "mentions"], ascending=False).reset_index()


# Segments ----------------------------------------------------------------------------


# The texts table, written as its batches come (one row group each) rather than joined first: its
# records, texts and original files are most of a segment's bytes, and a build's main process held
# them all twice (the frames, then Arrow's pages) while it wrote. Dictionary pages and statistics only
# for the short columns a reader filters on: the long texts are unique, and their min/max are unused.
TEXTS_PARQUET = {"use_dictionary": ["document", "file"], "write_statistics": ["document", "file"]}


class _TextsWriter:
    """A segment's texts table written batch by batch to ``path``, keeping only what the segment's
    indexes are built from: each text's clean string, offset map and readings, in order."""

    def __init__(self, path: Path):
        self.path, self.rows, self._writer = path, 0, None
        self.clean: list[str] = []
        self.offsets: list[bytes] = []
        self.readings: list[bytes] = []

    def add(self, frame: pd.DataFrame) -> None:
        table = pa.Table.from_pandas(frame, preserve_index=False)  # as DataFrame.to_parquet(index=False)
        if self._writer is None:
            self._writer = pq.ParquetWriter(self.path, table.schema, **TEXTS_PARQUET)
        elif not table.schema.equals(self._writer.schema, check_metadata=True):
            table = table.cast(self._writer.schema)  # a batch made the general way: the same columns and types
        self._writer.write_table(table)
        self.rows += len(frame)
        self.clean += frame["clean"].tolist()
        self.offsets += frame["offsets"].tolist()
        self.readings += frame["readings"].tolist()

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()


def _write_segment(
    folder: Path,
    name: str,
    tables: dict[str, pd.DataFrame],
    reports: dict[str, list],
    texts: _TextsWriter | None = None,
) -> dict:
    """Write one segment under a temporary name, then rename it into place; returns its entry.
    ``reports``: report id -> [fingerprint, size, mtime_ns] of every report in ``tables``. ``texts``: the
    texts table already written (:class:`_TextsWriter`), when ``tables`` has none. Each table's frame
    leaves ``tables`` once written, so that its memory is free for the indexes."""
    tmp = folder / f".tmp-{name}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    rows = {}
    documents = [str(d) for d in tables["documents"]["id"]]
    for table in list(tables):
        frame = tables[table] if table in (TEXTS, "documents") else tables.pop(table)
        frame.to_parquet(tmp / f"{table}.parquet", index=False)
        rows[table] = len(frame)
        del frame
    if texts is None:
        frame = tables.pop(TEXTS)
        clean, offsets, readings = frame["clean"].tolist(), frame["offsets"].tolist(), frame["readings"].tolist()
        del frame
    else:
        texts.close()
        os.replace(texts.path, tmp / f"{TEXTS}.parquet")
        rows[TEXTS] = texts.rows
        clean, offsets, readings = texts.clean, texts.offsets, texts.readings
    pa.default_memory_pool().release_unused()  # the Parquet pages written: back to the system
    index = TextIndex.build(clean)
    del clean
    index.save(tmp / INDEX)
    characters = int(len(index.ids))
    del index
    # each report's clean-to-raw offsets (len + 1 entries) fill exactly its stretch of the index, separator
    # included: document d's map is offsets[doc_starts[d]:doc_starts[d + 1]], memory-mapped like the index
    _save_joined(tmp / INDEX / f"{OFFSETS}.npy", offsets, np.int32)
    ids = np.frombuffer(b"".join(r + b"\0\0" for r in readings), dtype=np.uint16)
    vocabulary = reading_vocabulary()
    reading_index = SequenceIndex.build(ids, len(vocabulary))
    (tmp / READINGS).mkdir()
    for part in READING_FILES:
        np.save(tmp / READINGS / f"{part}.npy", getattr(reading_index, part), allow_pickle=False)
    del reading_index, ids
    meta = {"name": name, "documents": documents, "rows": rows, "characters": characters}
    (tmp / SEGMENT_META).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    manifest = {d: reports[d] for d in documents}
    (tmp / REPORTS).write_text(json.dumps(manifest, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    files = {}
    for path in [*tmp.iterdir(), *(tmp / INDEX).iterdir(), *(tmp / READINGS).iterdir()]:
        if path.is_file():
            with open(path, "rb") as f:
                os.fsync(f.fileno())
            files[path.relative_to(tmp).as_posix()] = [path.stat().st_size, checksum(path)]
    # A build killed after this rename and before its commit left a segment of this name that no
    # generation lists (names only grow): without this, every later build failed on renaming onto it.
    shutil.rmtree(folder / name, ignore_errors=True)
    os.replace(tmp, folder / name)
    fsync_dir(folder)
    return {"name": name, "reports": len(documents), SUMS: dict(sorted(files.items()))}


def _save_joined(path: Path, parts: list[bytes], dtype) -> None:
    """``np.save(path, np.frombuffer(b"".join(parts), dtype))``, the same bytes, without joining the parts
    in memory first: the header for the whole length, then each part as it is."""
    dtype = np.dtype(dtype)
    size = sum(map(len, parts))
    header = {"descr": np.lib.format.dtype_to_descr(dtype), "fortran_order": False, "shape": (size // dtype.itemsize,)}
    with open(path, "wb") as f:
        np.lib.format.write_array_header_1_0(f, header)
        for part in parts:
            f.write(part)


def check_segment(folder: Path) -> dict:
    """A segment's metadata, after checking every file it lists has the length it says; StoreError if not."""
    try:
        meta = json.loads((folder / SEGMENT_META).read_text(encoding="utf-8"))
        for table, n in meta["rows"].items():
            if pq.ParquetFile(folder / f"{table}.parquet").metadata.num_rows != n:
                raise StoreError(f"{folder / table}.parquet has the wrong number of rows")
        chars = meta["characters"]
        checked = ("ids.npy", "order.npy", f"{OFFSETS}.npy")
        for path in [folder / INDEX / name for name in checked] + [folder / READINGS / "ids.npy"]:
            if load_array(path).shape != (chars,):
                raise StoreError(f"{path} has the wrong length")
    except StoreError:
        raise
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise StoreError(f"damaged segment {folder}: {e}") from e
    return meta


def _next_segment(gen: dict) -> str:
    gen["next_segment"] = gen.get("next_segment", 0) + 1
    return f"seg-{gen['next_segment']:06d}"


def _empty_generation(context: str) -> dict:
    return {"generation": 0, "pipeline": context, "vocabulary": reading_vocabulary(), "segments": [],
            "dead": {}, "restat": {}, "failed": {}}  # fmt: skip


def merge_groups(gen: dict, force: bool = False) -> list[list[dict]]:
    """The segments to merge, each group into one new segment (Lucene's tiered policy, simplified):
    segments under half a build step's reports, or with more dead reports than live ones, packed in
    order into groups of at most SEGMENT_DOCS live reports, once there are more than MAX_SEGMENTS of
    them or one is mostly dead. Full segments stay as written, so no merge ever holds the whole
    corpus in memory; ``force`` (``index --merge``) merges everything into one.

    >>> seg = lambda name, n: {"name": name, "reports": n}
    >>> gen = {"segments": [seg("big", 4096)] + [seg(f"s{i}", 1) for i in range(9)], "dead": {}}
    >>> [[s["name"] for s in group] for group in merge_groups(gen)]
    [['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']]
    >>> merge_groups({"segments": gen["segments"][:3], "dead": {}})
    []
    """
    if force:
        return [gen["segments"]] if len(gen["segments"]) > 1 or any(gen["dead"].values()) else []

    def live(seg: dict) -> int:
        return seg["reports"] - len(gen["dead"].get(seg["name"], []))

    def mostly_dead(seg: dict) -> bool:
        return len(gen["dead"].get(seg["name"], [])) > live(seg)

    small = [s for s in gen["segments"] if live(s) < SEGMENT_DOCS // 2 or mostly_dead(s)]
    if len(small) <= MAX_SEGMENTS and not any(mostly_dead(s) for s in small):
        return []
    groups: list[list[dict]] = [[]]
    for seg in small:
        if groups[-1] and sum(map(live, groups[-1])) + live(seg) > SEGMENT_DOCS:
            groups.append([])
        groups[-1].append(seg)
    return [g for g in groups if len(g) > 1 or (g and gen["dead"].get(g[0]["name"]))]


def _merged_tables(out: Path, gen: dict, segments: list[dict], order: dict[str, int]) -> dict[str, pd.DataFrame]:
    """Every live row of ``segments``, documents in name order: the tables of one new segment."""
    tables = {}
    for table in ALL_TABLES:
        frames = []
        for seg in segments:
            name = f"{table}.parquet"  # read only once its checksum holds: a merge never launders damage
            frame = pd.read_parquet(check_file(out / seg["name"] / name, seg.get(SUMS, {}), name))
            dead = set(gen["dead"].get(seg["name"], []))
            frames.append(frame[~frame[_key(table)].isin(dead)] if dead else frame)
        frame = pd.concat([f for f in frames if len(f)] or frames[:1], ignore_index=True)
        rank = frame[_key(table)].map(order).fillna(len(order))
        tables[table] = frame.iloc[rank.argsort(kind="stable")].reset_index(drop=True)
    return tables


# The build -----------------------------------------------------------------------------


def report_id(path: str) -> str:
    """A report's id: its file name without its format's suffix (:func:`explorer.read.decode.report_id`)."""
    return decoded_id(path)


def _fingerprints(folder: Path, files: list[tuple[str, int, int]], context: str, known: dict[str, list]):
    """Each report's fingerprint and [size, mtime_ns], reading only files whose size or modification
    time differ from ``known`` (report id -> [fingerprint, size, mtime_ns]), as make and git do."""
    prints, stats = {}, {}
    for name, size, mtime in files:
        stem = report_id(name)
        now = stats[stem] = [size, mtime]
        entry = known.get(stem)
        if entry and entry[1:] == now:
            prints[stem] = entry[0]
        else:
            try:
                with open(os.path.join(folder, name), "rb") as f:
                    prints[stem] = fingerprint(f.read(), context)
            except OSError as e:  # (an unreadable report: named, where the error alone names nothing)
                raise SourceError(f"{os.path.join(folder, name)}: cannot be read ({e.strerror or e})") from e
    return prints, stats


def build_store(
    seeds_dir: Path,
    out: Path,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    merge: bool = False,
    changed: set[str] | None = None,
) -> BuildStats:
    """Parse what changed into new segments, tombstone what they replace, commit after each batch.

    ``changed``: the only file names that can have changed since the last build (``index --watch``
    hears them from the kernel), so the others are neither listed nor looked at: the cost of a
    rebuild no longer grows with the folder. None: every file is looked at."""
    started = time.perf_counter()
    if changed is None:
        files, removed = report_files(seeds_dir), None
    else:
        files, removed = _changed_files(seeds_dir, changed)
    if out.exists() and not out.is_dir():
        raise SourceError(f"--out is a file, not a folder: {out}")
    out.mkdir(parents=True, exist_ok=True)
    with _only_writer(out):
        return _build(seeds_dir, files, removed, out, workers, progress, merge, started)


def _changed_files(seeds_dir: Path, names: set[str]) -> tuple[list[tuple[str, int, int]], set[str]]:
    """(name, size, mtime_ns) of each of ``names`` that is a report file now, and the ids of those gone."""
    files, removed = [], set()
    for name in sorted((n for n in names if is_report(n)), key=order_key):
        try:
            st = os.stat(os.path.join(seeds_dir, name))
        except OSError:
            removed.add(report_id(name))
            continue
        if stat.S_ISREG(st.st_mode):
            files.append((name, st.st_size, st.st_mtime_ns))
        else:
            removed.add(report_id(name))
    return files, removed


@contextmanager
def _only_writer(out: Path):
    """One build at a time per store: an exclusive lock on ``.lock``, which the kernel releases
    when the build ends or dies; a second build is refused with a sentence, never interleaved."""
    with open(out / LOCK, "a+b") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(f"{out}: another build is writing this store; run this one when it ends") from None
        yield


def _build(seeds_dir: Path, files, removed, out: Path, workers, progress, merge: bool, started: float) -> BuildStats:
    context = pipeline_hash()
    try:
        previous = read_generation(out)
    except StoreError:
        previous = None  # a damaged commit point: build anew beside it
    gen, live = _empty_generation(context), {}
    if previous and previous.get("pipeline") == context:
        try:
            gen, live = json.loads(json.dumps(previous)), live_reports(out, previous)  # the copy this build edits
        except StoreError:
            pass  # a damaged segment: build anew beside it, as for a damaged commit point
    if previous:
        gen["generation"], gen["next_segment"] = previous["generation"], previous.get("next_segment", 0)
    if removed is not None and (not previous or not live):  # nothing to compare the changes with: look at all
        files, removed = report_files(seeds_dir), None
    if removed is None:  # every file looked at: what the generation knows and no file holds is gone
        listed = {report_id(name) for name, _, _ in files}
        removed = {d for d in [*live, *gen["failed"]] if d not in listed}
    restat = gen["restat"]  # reports whose file was touched since their segment was written
    known = {d: [live[d][1], *restat.get(d, live[d][2:])] for name, _, _ in files if (d := report_id(name)) in live}
    prints, stats = _fingerprints(seeds_dir, files, context, known)
    looked = set(prints)
    settled = looked | removed  # the reports this build decides on; the others are as the generation has them
    keep = {d for d in live if d not in settled} | {d for d, fp in prints.items() if d in live and live[d][1] == fp}
    todo = [os.path.join(seeds_dir, name) for name, _, _ in files if report_id(name) not in keep]
    gone = [d for d in live if d in removed]
    failed = {d: m for d, m in gen["failed"].items() if d not in settled}
    failures: list[str] = report_clashes(seeds_dir)  # this build's: a second file of one id first
    gen["restat"] = {d: v for d, v in restat.items() if d in keep and d not in looked}
    gen["restat"].update({d: stats[d] for d in sorted(keep & looked) if live[d][2:] != stats[d]})
    dirty = bool(gone) or gen["restat"] != restat or previous is None or gen["pipeline"] != previous["pipeline"]

    def retire(docs) -> None:
        """Tombstone the old copies of ``docs`` in the generation being built."""
        for d in docs:
            if d in live:
                gen["dead"].setdefault(live.pop(d)[0], []).append(d)

    def add_segment(tables: dict[str, pd.DataFrame], reports: dict[str, list], texts=None) -> dict:
        nonlocal dirty
        dirty = True
        entry = _write_segment(out, _next_segment(gen), tables, reports, texts)
        live.update((d, [entry["name"], *r]) for d, r in reports.items())
        return entry

    def prune() -> None:
        """Segments none of whose reports are live leave the generation (and their tombstones)."""
        gen["segments"] = [s for s in gen["segments"] if s["reports"] > len(gen["dead"].get(s["name"], ()))]
        gen["dead"] = {k: v for k, v in gen["dead"].items() if k in {s["name"] for s in gen["segments"]}}

    def commit() -> None:
        nonlocal gen, previous
        prune()
        gen["failed"] = failed
        committed = _commit(out, gen)
        _collect_garbage(out, committed, previous)
        previous, gen = committed, json.loads(json.dumps(committed))

    done = 0
    n_workers = max(1, min(workers or os.cpu_count() or 1, os.cpu_count() or 1, len(todo) or 1))
    pool = ProcessPoolExecutor(max_workers=n_workers, initializer=_die_with_parent) if len(todo) > 8 else None
    step = max(1, min(BATCH, -(-len(todo) // n_workers)))  # reports per worker task
    chunks = [todo[lo : lo + SEGMENT_DOCS] for lo in range(0, len(todo), SEGMENT_DOCS)]
    tasks = [chunk[i : i + step] for chunk in chunks for i in range(0, len(chunk), step)]
    try:
        results = _ahead(pool, _parse_batch, tasks, 2 * n_workers) if pool else map(_parse_batch, tasks)
        for n, chunk in enumerate(chunks):
            parts: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
            texts = _TextsWriter(out / f".tmp-seg-texts-{os.getpid()}.parquet")  # written as it comes
            parsed: list[str] = []
            taken = 0
            while taken < len(chunk):  # a chunk's tasks, in order (no task spans two chunks)
                ok, why, frames, size = next(results)
                taken += size
                parsed += ok
                failed.update(why)
                failures += why.values()
                for table, frame in frames.items():
                    if table == TEXTS:
                        texts.add(frame)
                    else:
                        parts[table].append(frame)
                del frames
                done += size
                if progress:
                    progress(done, len(todo))
            retire(parsed)
            if parsed:
                tables = {t: pd.concat(f, ignore_index=True) if f else records_frame(t, []) for t, f in parts.items()}
                parts.clear()  # the batches' frames are in ``tables`` now: not held twice while the segment is written
                gen["segments"].append(add_segment(tables, {d: [prints[d], *stats[d]] for d in parsed}, texts))
                del tables
                if n + 1 < len(chunks):  # the last batch is committed with what follows it
                    commit()
            else:
                texts.close()
                texts.path.unlink(missing_ok=True)
            del texts
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    retire(gone)
    if not live:  # nothing readable: the previous generation stays live
        raise SourceError("no readable report: " + "; ".join(failures))
    prune()  # a wholly dead segment is dropped, not merged
    groups = merge_groups(gen, force=merge)
    order = {d: i for i, d in enumerate(sorted(live, key=lambda d: d + "."))} if groups else {}  # as order_key
    for group in groups:  # each merged segment takes the place of its group's first
        names = {s["name"] for s in group}
        tables = _merged_tables(out, gen, group, order)
        entry = add_segment(tables, {str(d): live[str(d)][1:] for d in tables["documents"]["id"]})
        at = next(i for i, s in enumerate(gen["segments"]) if s["name"] in names)
        gen["segments"] = [s for s in gen["segments"] if s["name"] not in names]
        gen["segments"].insert(at, entry)
        gen["dead"] = {k: v for k, v in gen["dead"].items() if k not in names}
    if dirty or failed != previous.get("failed"):  # an unchanged folder leaves the generation as it is
        commit()
    return BuildStats(len(live) + len(failed), len(todo), len(keep), time.perf_counter() - started, failures,
                      len(gen["segments"]), bool(groups))  # fmt: skip
