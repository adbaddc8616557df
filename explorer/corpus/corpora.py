"""One corpus interface for every page and the CLI: reports parsed in memory, or a built store.

A :class:`Corpus` has documents, tables (the same columns whichever implementation),
sections (each document's intro and units, with a stable key), colours per court, and
one search (:mod:`explorer.corpus.query`) over its segments. :class:`MemoryCorpus` holds parsed
reports (seeds, uploads); :class:`StoreCorpus` reads what ``python -m explorer index``
built; :class:`UnionCorpus` puts several together (a store plus this session's uploads).
A new backend (DuckDB over Parquet on object storage, say) is one more subclass.
"""

from __future__ import annotations

import json
import threading
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from explorer.corpus.index import FILES as INDEX_FILES
from explorer.corpus.index import SequenceIndex, TextIndex, load_array
from explorer.corpus.query import INTRO, Segment, char_segments, plain_search
from explorer.corpus.seedcache import cached_dataset
from explorer.read.dataset import (
    Dataset,
    Document,
    curated_corrections,
    curated_edits,
    document_from_text,
    export_records,
)
from explorer.read.decode import is_report
from explorer.read.memo import Memo
from explorer.read.resources import ROOT

SECTION_COLUMNS = ["key", "document", "order", "name", "short_name", "court"]


class Corpus(Memo):
    """What every implementation answers; subclasses provide segments, tables and parsed documents.
    What a page derives from the corpus alone is kept by ``memo`` (the home page's charts of figures
    took a second of every rerun at 10,000 reports)."""

    def segments(self) -> list[Segment]:
        raise NotImplementedError

    def char_segments(self) -> dict[str, int] | None:
        """Which segments hold each character (:func:`explorer.corpus.query.char_segments`), where the corpus
        keeps it for its generation; None: a corpus of one segment, or one made anew for a session."""
        return None

    def original(self, doc_id: str) -> tuple[str, bytes] | None:
        """The file a report was read from (its name and bytes), where the corpus keeps it; None where it
        does not (an upload lives in its session as text)."""
        return None

    def table(self, name: str) -> pd.DataFrame:
        """A whole table (documents, units, metrics …) with the same columns in every implementation."""
        raise NotImplementedError

    def parsed(self, doc_ids: list[str]) -> Dataset:
        """The chosen reports as parsed documents (for the reader, compare and data pages)."""
        raise NotImplementedError

    def raw_records(self) -> list[dict[str, list[dict]]]:
        """Each document's records exactly as parsed, in corpus order (for ``export --json``)."""
        raise NotImplementedError

    def rows(self, name: str) -> int:
        return len(self.table(name))

    def default_documents(self) -> list[str]:
        """What the reader, compare and data pages parse when no document is chosen: all of them."""
        return self.document_ids()

    @cached_property
    def document_set(self) -> frozenset[str]:
        return frozenset(self.document_ids())

    @cached_property
    def short_names(self) -> frozenset[str]:
        """Every unit's short name (what links carry), and 导语 for the intros."""
        return frozenset(self._courts)

    def document_ids(self) -> list[str]:
        return list(self._document_ids)

    def courts(self, documents: list[str] | None = None) -> list[str]:
        """Short names of the courts in ``documents`` (every document when none), in corpus order."""
        if not documents:
            return list(self._courts)
        s = self.sections
        return pd.unique(s["short_name"].to_numpy()[s["document"].isin(documents).to_numpy()]).tolist()

    @cached_property
    def _courts(self) -> tuple[str, ...]:  # asked on every search rerun; sections are corpus-sized
        return tuple(pd.unique(self.sections["short_name"].to_numpy()).tolist())

    @cached_property
    def _document_ids(self) -> tuple[str, ...]:  # every page's sidebar asks; a table is a copy
        return tuple(str(d) for d in self.table("documents")["id"])

    def concept_totals(self) -> pd.DataFrame:
        """Mentions of each quoted concept over the corpus (the suggestions under an empty search)."""
        return self._concept_totals

    @cached_property
    def _concept_totals(self) -> pd.DataFrame:
        from explorer.corpus.store import concept_totals

        return concept_totals(self.table("concepts"))

    def export(self) -> dict:
        return export_records(self.raw_records())

    @cached_property
    def sections(self) -> pd.DataFrame:
        """Every document's intro and units, in corpus order; row numbers are the engine's section ids."""
        frames = [seg.sections for seg in self.segments()]
        sections = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=SECTION_COLUMNS)
        units = self.table("units")
        column = "canonical" if "canonical" in units else "name"  # one key per court across documents
        court = dict(zip(units["key"], units[column], strict=True)) if len(units) else {}
        sections["court"] = pd.Series(
            [court.get(k, INTRO) for k in sections["key"]], index=sections.index, dtype=object
        )
        return sections

    def allowed_sections(self, units: list[str] | None = None, documents: list[str] | None = None) -> np.ndarray | None:
        """Rows of :attr:`sections` that ``units`` (names, short names or unit keys) and ``documents`` leave;
        None: all."""
        if units is None and not documents:
            return None
        s = self.sections
        mask = np.ones(len(s), dtype=bool)
        if units is not None:
            mask &= (s["short_name"].isin(units) | s["name"].isin(units) | s["key"].isin(units)).to_numpy()
        if documents:
            mask &= s["document"].isin(documents).to_numpy()
        return None if mask.all() else np.flatnonzero(mask)


class MemoryCorpus(Corpus):
    """Reports parsed in this process: the seeds, a small folder, uploads."""

    def __init__(self, dataset: Dataset):
        self.dataset = dataset

    @classmethod
    def of(cls, documents: list[Document]) -> MemoryCorpus:
        return cls(Dataset(documents))

    @classmethod
    def of_folder(cls, folder: Path) -> MemoryCorpus:
        """The reports in ``folder`` (the seeds, the sample library), parsed once per code and content and
        read back from the cache after (:mod:`explorer.corpus.seedcache`): the app's first run and every
        CLI call no longer parse them."""
        return cls(cached_dataset(folder))

    def original(self, doc_id: str) -> tuple[str, bytes] | None:
        """A report read from a folder (seeds/, --seeds): its file, when it is still there."""
        if doc_id not in self.document_set:
            return None
        path = Path(self.dataset.document(doc_id).path)
        path = path if path.is_absolute() else ROOT / path
        return (path.name, path.read_bytes()) if is_report(path.name) and path.is_file() else None

    def segments(self) -> list[Segment]:
        return [self._segment] if self.dataset.documents else []

    @cached_property
    def _segment(self) -> Segment:
        docs = self.dataset.documents
        ds = self.dataset
        return Segment.build(
            texts=[d.text.clean for d in docs],
            documents=[d.id for d in docs],
            units=ds.frame("units"),
            intro_ends=[d.structure.intro_end for d in docs],
            sentences=ds.frame("sentences"),
            initiatives=ds.frame("initiatives"),
            offsets=lambda i: docs[i].text.offsets,
        )

    def table(self, name: str) -> pd.DataFrame:
        return self.dataset.frame(name)

    def parsed(self, doc_ids: list[str]) -> Dataset:
        wanted = set(doc_ids)
        return Dataset([d for d in self.dataset.documents if d.id in wanted])

    def raw_records(self) -> list[dict[str, list[dict]]]:
        return [d.records for d in self.dataset.documents]


class StoreCorpus(Corpus):
    """A store built by ``python -m explorer index``: the live generation's segments, tables read from
    Parquet and indexes memory-mapped; a damaged or missing store raises StoreError naming what is wrong.
    Opening checks every file's size; a file's checksum is checked when it is first read (:meth:`_file`)."""

    def __init__(self, folder: Path):
        # the store's module (and Parquet's) only where a store is opened: a CLI call on a folder needs neither
        from explorer.corpus.store import SEGMENT_META, StoreError, check_segment, check_sizes, read_generation

        self.folder = Path(folder)
        gen = read_generation(self.folder)
        if gen is None:
            raise StoreError(f"not a built store (run python -m explorer index --out {self.folder})")
        self.generation = gen
        self._sums = {seg["name"]: check_sizes(self.folder, seg) for seg in gen["segments"]}
        self._checked: set[tuple[str, str]] = set()
        for seg in gen["segments"]:
            self._file(seg["name"], SEGMENT_META)
        self.metas = [check_segment(self.folder / seg["name"]) for seg in gen["segments"]]
        self.dead = {seg["name"]: frozenset(gen["dead"].get(seg["name"], [])) for seg in gen["segments"]}
        self._tables: dict[str, pd.DataFrame] = {}
        self._parsed: dict[str, Document] = {}
        self._warming: threading.Thread | None = None
        self._warming_lock = threading.Lock()

    def _file(self, seg: str, name: str) -> Path:
        """The path of file ``name`` of segment ``seg``, its checksum checked on its first use by this corpus
        (reading every file when the store opens would cost seconds at 10,000 reports)."""
        if (seg, name) not in self._checked:
            from explorer.corpus.store import check_file

            check_file(self.folder / seg / name, self._sums[seg], name)
            self._checked.add((seg, name))
        return self.folder / seg / name

    def _read(self, seg: str, table: str, columns: list[str] | None = None, doc: str | None = None) -> pd.DataFrame:
        key = "id" if table == "documents" else "document"
        filters = [(key, "==", doc)] if doc is not None else None
        frame = pd.read_parquet(self._file(seg, f"{table}.parquet"), columns=columns, filters=filters)
        dead = self.dead[seg]
        return frame[~frame[key].isin(dead)].reset_index(drop=True) if dead and key in frame else frame

    def _concat(self, table: str, columns: list[str] | None = None) -> pd.DataFrame:
        frames = [self._read(m["name"], table, columns) for m in self.metas]
        return pd.concat([f for f in frames if len(f)] or frames[:1], ignore_index=True)

    def table(self, name: str) -> pd.DataFrame:
        from explorer.corpus.store import TEXTS

        if name not in self._tables:
            frame = self._concat(name)
            if name != TEXTS:  # the same dtypes as a memory corpus's frames: plain objects and Int64
                text = [
                    c
                    for c in frame.columns
                    if str(frame[c].dtype).endswith("[pyarrow]") and "int" not in str(frame[c].dtype)
                ]
                frame = frame.astype({c: "object" for c in text})
            self._tables[name] = frame
        return self._tables[name]

    def rows(self, name: str) -> int:
        """Row count from the Parquet footers, without reading the tables (tombstoned rows excepted)."""
        if not any(self.dead.values()):
            return sum(m["rows"][name] for m in self.metas)
        return len(self.table(name))

    @cached_property
    def _document_ids(self) -> tuple[str, ...]:
        return tuple(d for m in self.metas for d in m["documents"] if d not in self.dead[m["name"]])

    def segments(self) -> list[Segment]:
        return self._segments

    @cached_property
    def _segments(self) -> list[Segment]:
        return [self._segment(meta) for meta in self.metas]

    def char_segments(self) -> dict[str, int]:
        return self._char_segments

    @cached_property
    def _char_segments(self) -> dict[str, int]:  # once per generation: a rare query reads it, not 13 segments
        return char_segments(self.segments())

    def _segment(self, meta: dict) -> Segment:
        from explorer.corpus.store import INDEX, OFFSETS, READING_FILES, READINGS

        folder, name = self.folder / meta["name"], meta["name"]
        documents = meta["documents"]
        for part in (*INDEX_FILES, OFFSETS):
            self._file(name, f"{INDEX}/{part}.npy")
        index = TextIndex.load(folder / INDEX)
        all_offsets = load_array(folder / INDEX / f"{OFFSETS}.npy")

        # memoryviews: a hit's raw offsets are two Python ints, not NumPy scalars (a rare query's page)
        offsets_view, doc_starts = memoryview(all_offsets), memoryview(np.ascontiguousarray(index.doc_starts))

        def offsets(i: int) -> memoryview:
            return offsets_view[doc_starts[i] : doc_starts[i + 1]]

        def load_readings() -> tuple[SequenceIndex, list[str]]:
            arrays = [load_array(self._file(name, f"{READINGS}/{n}.npy")) for n in READING_FILES]
            return SequenceIndex(*arrays), self.generation["vocabulary"]

        def columns(table: str, names: list[str]) -> pd.DataFrame:
            return pd.read_parquet(self._file(name, f"{table}.parquet"), columns=names)

        docs = columns("documents", ["id", "intro_end"])
        return Segment.build(
            texts=[],
            documents=documents,
            units=columns("units", ["document", "order", "name", "short_name", "start", "end"]),
            intro_ends=docs["intro_end"].astype("int64").tolist(),
            sentences=columns("sentences", ["document", "start", "end"]),
            initiatives=columns("initiatives", ["document", "start", "end", "title", "order"]),
            offsets=offsets,
            index=index,
            load_readings=load_readings,
            dead=self.dead[meta["name"]],
        )

    def default_documents(self) -> list[str]:
        """Too many to parse at once: the first report."""
        return self.document_ids()[:1]

    def original(self, doc_id: str) -> tuple[str, bytes] | None:
        from explorer.corpus.store import TEXTS

        for meta in self.metas:
            if doc_id in meta["documents"] and doc_id not in self.dead[meta["name"]]:
                try:
                    row = self._read(meta["name"], TEXTS, ["document", "file", "original"], doc_id).iloc[0]
                except (KeyError, ValueError, pa.ArrowInvalid):  # a store built before originals were kept
                    return None
                return str(row["file"]), bytes(row["original"])
        return None

    def raw_text(self, doc_id: str) -> str:
        from explorer.corpus.store import TEXTS

        for meta in self.metas:
            if doc_id in meta["documents"] and doc_id not in self.dead[meta["name"]]:
                return str(self._read(meta["name"], TEXTS, ["document", "raw"], doc_id)["raw"].iloc[0])
        raise KeyError(doc_id)

    def _path(self, doc_id: str) -> str:
        """Where the build read the report (the reader names its file and format), else ``store:id``."""
        docs = self.table("documents")
        paths = docs.loc[docs["id"] == doc_id, "path"] if "path" in docs else []
        return str(paths.iloc[0]) if len(paths) else f"store:{doc_id}"

    def _left_out(self, doc_id: str) -> tuple[tuple[str, str], ...]:
        """What the report's file reader left out of its text (a page's furniture), as the build kept it:
        the furniture rows with no place in the text."""
        for meta in self.metas:
            if doc_id in meta["documents"] and doc_id not in self.dead[meta["name"]]:
                rows = self._read(meta["name"], "furniture", ["document", "start", "text", "reason"], doc_id)
                rows = rows[rows["start"].isna()]
                return tuple(zip(rows["text"].astype(str), rows["reason"].astype(str), strict=True))
        return ()

    def parsed(self, doc_ids: list[str]) -> Dataset:
        known = self.document_set
        docs = []
        for doc_id in doc_ids:
            if doc_id in known:
                if doc_id not in self._parsed:
                    if len(self._parsed) > 64:
                        self._parsed.clear()
                    raw = self.raw_text(doc_id)
                    self._parsed[doc_id] = document_from_text(
                        doc_id, self._path(doc_id), raw, curated_corrections(), self._left_out(doc_id), curated_edits()
                    )
                docs.append(self._parsed[doc_id])
        return Dataset(docs)

    def raw_records(self) -> list[dict[str, list[dict]]]:
        from explorer.corpus.store import TEXTS

        return [json.loads(r) for r in self._concat(TEXTS, ["document", "records"])["records"]]

    def warm(self) -> StoreCorpus:
        """Load what the first search needs, so that it costs no more than later ones."""
        plain_search(self.segments(), self.sections, "法", size=1)  # the sections, index pages, offsets' first read
        plain_search(self.segments(), self.sections, "fa", size=1)  # and the reading index
        self.char_segments()
        return self

    def warm_in_background(self) -> None:
        """:meth:`warm` on a thread of its own, started once: a server's first page (which reads tables,
        not the index) is not kept waiting for it, and the first search finds the store loaded. A store
        that cannot be read is left for the search that needs it to report."""

        from explorer.corpus.store import StoreError

        def warm() -> None:
            try:
                self.warm()
            except (StoreError, OSError, ValueError):
                pass

        with self._warming_lock:
            if self._warming is None:
                self._warming = threading.Thread(target=warm, name="warm-store", daemon=True)
                self._warming.start()


class UnionCorpus(Corpus):
    """Several corpora as one, in order (a store and this session's uploads)."""

    def __init__(self, parts: list[Corpus]):
        self.parts = parts

    def segments(self) -> list[Segment]:
        return [seg for part in self.parts for seg in part.segments()]

    @cached_property
    def _tables(self) -> dict[str, pd.DataFrame]:
        return {}

    def table(self, name: str) -> pd.DataFrame:
        if name not in self._tables:
            frames = [p.table(name) for p in self.parts]
            self._tables[name] = pd.concat([f for f in frames if len(f)] or frames[:1], ignore_index=True)
        return self._tables[name]

    def default_documents(self) -> list[str]:
        return [d for part in self.parts for d in part.default_documents()]

    def parsed(self, doc_ids: list[str]) -> Dataset:
        return Dataset([d for part in self.parts for d in part.parsed(doc_ids).documents])

    def original(self, doc_id: str) -> tuple[str, bytes] | None:
        return next((found for part in self.parts if (found := part.original(doc_id)) is not None), None)

    def raw_records(self) -> list[dict[str, list[dict]]]:
        return [r for part in self.parts for r in part.raw_records()]


__all__ = ["Corpus", "MemoryCorpus", "StoreCorpus", "UnionCorpus"]
