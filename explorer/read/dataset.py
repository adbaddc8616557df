"""The dataset: every seed document normalised, parsed and turned into tables."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import astuple, dataclass, field, fields
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.read.achievements import find_achievements
from explorer.read.concepts import Concept, find_concepts
from explorer.read.confidence import confidence
from explorer.read.corrupt import Correction, load_corrections
from explorer.read.courts import court_key
from explorer.read.decode import FORMATS, SourceError, extract_file, is_report, order_key, read_file, report_id
from explorer.read.edits import COLUMNS as EDIT_COLUMNS
from explorer.read.edits import Edit, edit_figures, for_document, load_edits, rename_units
from explorer.read.edits import records as edit_records
from explorer.read.furniture import blank
from explorer.read.genres import genre_of
from explorer.read.lexicon import INTRO
from explorer.read.memo import Memo
from explorer.read.metrics import digit_runs, find_numbers
from explorer.read.normalize import Normalized, normalize
from explorer.read.parse import Structure, parse_structure
from explorer.read.places import place_of
from explorer.read.positions import bounds_of, excerpt, row_at, shown
from explorer.read.resources import CORRECTIONS_FILE, EDITS_FILE, ROOT, SEEDS_DIR
from explorer.read.sheets import csv_bytes

TABLES = (
    "documents",
    "units",
    "initiatives",
    "sentences",
    "metrics",
    "non_metrics",
    "achievements",
    "concepts",
    "corrections",
    "unresolved",
    "furniture",
    "edits",
)


LOCATE_KEYS = ["document", "unit", "initiative", "initiative_order", "sentence", "start", "end", "raw_start", "raw_end"]
EMPTY_COLUMNS = {
    "units": ["document", "key", "order", "name", "short_name", "start", "end"],
    "sentences": ["document", "unit", "initiative", "order", "text", "start", "end"],
    "initiatives": ["document", "unit", "order", "title", "body", "start", "end"],
    "unresolved": LOCATE_KEYS + ["raw"],
    "corrections": LOCATE_KEYS + ["raw", "repair", "reason"],
    "achievements": LOCATE_KEYS + ["kind", "text"],
    "metrics": LOCATE_KEYS + ["value", "measure", "qualifier", "label", "raw", "source", "year"],
    "non_metrics": LOCATE_KEYS + ["text", "reason"],
    "furniture": ["document", "start", "end", "raw_start", "raw_end", "text", "reason"],
    "edits": ["document", *EDIT_COLUMNS[1:], "status"],
}


@dataclass
class Document:
    id: str
    path: str
    text: Normalized
    structure: Structure
    records: dict[str, list[dict]] = field(default_factory=dict)
    left_out: tuple[tuple[str, str], ...] = ()  # (text, reason) its file's reader left out of ``text``
    edits: tuple[Edit, ...] = ()  # readers' corrections of this report (explorer.read.edits)

    @cached_property
    def _bounds(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """(starts, ends) of the units, initiatives and sentences, as the engine's segments hold them."""
        s = self.structure
        return {
            name: (np.array([r.start for r in rows], np.int64), np.array([r.end for r in rows], np.int64))
            for name, rows in (("units", s.units), ("initiatives", s.initiatives), ("sentences", s.sentences))
        }

    def locate_all(self, spans: list[tuple[int, int]]) -> list[dict]:
        """Where each clean span sits: unit, initiative, sentence and raw offsets, by the one rule
        (:func:`explorer.read.positions.row_at`) the engine places hits by, all spans at once.

        A span's unit is the last begun at or before it (none: the intro), its sentence the last begun,
        and its initiative the last begun that has not ended before it. A record points to its sentence
        (``sentence_start``, ``sentence_end``) and carries at most :data:`~explorer.read.positions.SHOWN`
        characters of it around the span (:func:`~explorer.read.positions.excerpt`)."""
        starts = np.fromiter((a for a, _ in spans), np.int64, len(spans))
        ends = np.fromiter((b for _, b in spans), np.int64, len(spans))
        unit = row_at(*self._bounds["units"], starts).tolist()
        ini = row_at(*self._bounds["initiatives"], starts, until="end").tolist()
        s_lo, s_hi = bounds_of(*self._bounds["sentences"], row_at(*self._bounds["sentences"], starts))
        lo, hi = excerpt(s_lo, s_hi, starts, ends)
        s, clean, out = self.structure, self.text.clean, []
        for (start, end), u, i, a, b, sa, sb in zip(
            spans, unit, ini, lo.tolist(), hi.tolist(), s_lo.tolist(), s_hi.tolist(), strict=True
        ):
            raw_start, raw_end = self.text.raw_span(start, end)
            initiative = s.initiatives[i] if i >= 0 else None
            out.append(
                {
                    "document": self.id,
                    "unit": s.units[u].name if u >= 0 else None,
                    "initiative": initiative.title if initiative else None,
                    "initiative_order": initiative.order if initiative else None,
                    "sentence": shown(clean[a:b], a, b, sa, sb),
                    "sentence_start": sa,
                    "sentence_end": sb,
                    "start": start,
                    "end": end,
                    "raw_start": raw_start,
                    "raw_end": raw_end,
                }
            )
        return out


def read_report(path: Path) -> str:
    """One report file's text, read by the one decoder (:mod:`explorer.read.decode`) in any encoding it
    takes; SourceError says why it cannot be read."""
    return read_file(path)


def _located_all(doc: Document, groups: tuple[list, ...]) -> list[list[tuple]]:
    """Each record of each group (records with a clean ``start`` and ``end``) with where it sits in
    ``doc``; every group placed at once, in one pass of the arrays rather than one a group."""
    places = iter(doc.locate_all([(r.start, r.end) for records in groups for r in records]))
    return [[(r, next(places)) for r in records] for records in groups]


def _fields(record) -> dict:
    """A flat dataclass as a dict (``dataclasses.asdict`` deep-copies every value: 13% of a parse)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@lru_cache(maxsize=32)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def load_document(path: Path, corrections: tuple[Correction, ...], edits: tuple[Edit, ...] = ()) -> Document:
    """Read, normalise and parse one report file, with readers' ``edits`` of it."""
    extracted = extract_file(path)
    return document_from_text(path.stem, _display_path(path), extracted.text, corrections, extracted.left_out, edits)


def document_from_text(
    doc_id: str,
    path: str,
    raw: str,
    corrections: tuple[Correction, ...] = (),
    left_out: tuple[tuple[str, str], ...] = (),
    edits: tuple[Edit, ...] = (),
) -> Document:
    """The whole pipeline on one text already decoded: normalise, parse, extract records. What the
    file's reader ``left_out`` ((text, reason) pairs) is listed as furniture with no place in the text;
    readers' ``edits`` of this document (any others are ignored) are applied and listed."""
    text = normalize(raw, corrections)
    mine = for_document(edits, doc_id)
    structure, renamed = rename_units(parse_structure(text.clean, fallback_name=doc_id), mine)
    doc = Document(id=doc_id, path=path, text=text, structure=structure, left_out=tuple(left_out), edits=mine)
    doc.records = _records(doc, renamed)
    return doc


def _display_path(path: Path) -> str:
    """Path relative to the project when inside it, so built files do not depend on the checkout."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def _province(st) -> str:
    """A report's province: its courts' (the most of them), else the place its head names (辽宁, 北京)."""
    courts = Counter(place_of(u.name).province for u in st.units if not st.fallback) - Counter({"": 10**9})
    if courts:
        return courts.most_common(1)[0][0]
    return next((p for name in (st.place, st.title) if name and (p := place_of(name).province)), "")


def _records(doc: Document, renamed: set[Edit] = frozenset()) -> dict[str, list[dict]]:
    st, clean = doc.structure, doc.text.clean
    raw = doc.text.raw

    offsets = doc.text.offsets

    def span(start: int, end: int) -> dict:  # Normalized.raw_span, as a record's two columns
        return {"raw_start": offsets[start], "raw_end": offsets[end]}

    province = _province(st)
    units = [
        {
            "document": doc.id,
            "key": f"{doc.id}:{u.order}",
            **_fields(u),
            "aliases": list(u.aliases),
            "canonical": court_key(u.name, u.canonical, doc.id),  # 区法院: its own report's court alone
            "province": "" if st.fallback else place_of(u.name, hint=province).province,
            **span(u.start, u.end),
        }
        for u in st.units
    ]
    initiatives = [{"document": doc.id, **_fields(i), **span(i.start, i.end)} for i in st.initiatives]
    sentences = [{"document": doc.id, **_fields(s), **span(s.start, s.end)} for s in st.sentences]
    readable = blank(clean, st.furniture)
    found, others = find_numbers(readable)
    cells = sum(m.cell for m in found)  # figures a table's cells give (the genre's)
    others += [n for f in st.furniture for n in digit_runs(clean, f.start, f.end, "furniture")]
    others.sort(key=lambda n: n.start)
    achieved = find_achievements(readable)
    found_at, others_at, achieved_at, repairs_at, unresolved_at = _located_all(
        doc, (found, others, achieved, doc.text.repairs, doc.text.unresolved)
    )
    metrics = []
    for m, loc in found_at:
        metrics.append(
            {
                **loc,
                "value": m.value,
                "measure": m.measure,
                "qualifier": m.qualifier,
                "label": m.label,
                "raw": m.raw,
                "source": raw[loc["raw_start"] : loc["raw_end"]],
                "year": m.year,
            }
        )
    metrics, dropped, figured = edit_figures(metrics, doc.edits)
    non_metrics = [{**loc, "text": n.text, "reason": n.reason} for n, loc in others_at]
    non_metrics += [{**{k: m[k] for k in LOCATE_KEYS}, "text": m["raw"], "reason": "reader"} for m in dropped]
    achievements = [{**loc, "kind": a.kind, "text": a.text} for a, loc in achieved_at]
    unit_texts = [(u.name, readable[u.start : u.end]) for u in st.units]
    concepts = [_concept_record(doc.id, c) for c in find_concepts(unit_texts)]
    corrections = [{**loc, **_fields(r)} for r, loc in repairs_at]
    unresolved = [{**loc, **_fields(r)} for r, loc in unresolved_at]
    document = {
        "id": doc.id,
        "path": doc.path,
        "name": st.name,
        "date": st.date,
        "intro": st.intro,
        "intro_end": st.intro_end,
        "presenters": st.presenters,
        "raw_chars": len(raw),
        "clean_chars": len(clean),
        "annotations_removed": doc.text.annotations_removed,
        "units": len(st.units),
        "fallback": st.fallback,
        "stale_corrections": [c.raw for c in doc.text.stale_corrections],
        "layout": st.layout,
        **dict(zip(("confidence", "confidence_reason"), astuple(confidence(st.layout, st.units, clean)), strict=True)),
        "title": st.title,
        "iso_date": st.iso_date,
        "year": st.year,
        "place": st.place,
        "province": province,
        "genre": genre_of(st.title, clean, len(st.units), st.layout, st.tables, len(metrics), cells),
        "source": st.source,
    }
    furniture = [
        {"document": doc.id, "start": f.start, "end": f.end, **span(f.start, f.end), "text": f.text, "reason": f.reason}
        for f in st.furniture
    ]
    furniture += [
        {"document": doc.id, "start": None, "end": None, "raw_start": None, "raw_end": None, "text": t, "reason": r}
        for t, r in doc.left_out
    ]
    return {
        "documents": [document],
        "units": units,
        "initiatives": initiatives,
        "sentences": sentences,
        "metrics": metrics,
        "non_metrics": non_metrics,
        "achievements": achievements,
        "concepts": concepts,
        "corrections": corrections,
        "unresolved": unresolved,
        "furniture": furniture,
        "edits": [{**r, "document": doc.id} for r in edit_records(doc.edits, renamed | figured, doc.text.repairs)],
    }


def _concept_record(doc_id: str, c: Concept) -> dict:
    return {
        "document": doc_id,
        "term": c.term,
        "quoted_by": c.quoted_by,
        "mentions": c.mentions,
        "total": c.total,
        "units_mentioning": c.units_mentioning,
    }


@dataclass
class Dataset(Memo):
    documents: list[Document]
    failures: list[str] = field(default_factory=list)  # one sentence per report that could not be read
    notes: list[str] = field(default_factory=list)  # one per report read with damaged bytes shown as U+FFFD

    def records(self, table: str) -> list[dict]:
        return [r for d in self.documents for r in d.records[table]]

    def frame(self, table: str) -> pd.DataFrame:
        """One table as a DataFrame (a copy: callers may add columns), lists and dicts flattened."""
        return self.memo(("frame", table), lambda: self._frame(table)).copy()

    def _frame(self, table: str) -> pd.DataFrame:
        return records_frame(table, self.records(table))

    def export(self) -> dict:
        """The public JSON contract of ``python -m explorer export --json``."""
        return export_records([d.records for d in self.documents])

    def document(self, doc_id: str) -> Document:
        return next(d for d in self.documents if d.id == doc_id)

    @cached_property
    def _short_names(self) -> dict[str, str]:
        return {u["name"]: u["short_name"] for u in self.records("units")}

    def short_name(self, unit: str | None) -> str:
        """The unit's short name (沈阳中院); the intro is 导语."""
        return self._short_names.get(unit, unit) if unit else INTRO

    def concept_terms(self) -> list[str]:
        return list(dict.fromkeys(c["term"] for c in self.records("concepts")))


def export_records(per_document: list[dict[str, list[dict]]]) -> dict:
    """Every document's records as one JSON object: ``document`` (when there is one), then each table."""
    docs = [r for records in per_document for r in records["documents"]]
    out = {"document": docs[0] if len(docs) == 1 else None, "documents": docs}
    for table in TABLES[1:]:
        out[table] = [r for records in per_document for r in records[table]]
    return out


def records_frame(table: str, records: list[dict]) -> pd.DataFrame:
    """Records of one table as a DataFrame; lists and dicts flattened for CSV, Parquet and display."""
    if table == "concepts":
        rows = [
            {
                "document": c["document"],
                "term": c["term"],
                "unit": unit,
                "quoted": unit in c["quoted_by"],
                "mentions": n,
            }
            for c in records
            for unit, n in c["mentions"].items()
        ]
        return pd.DataFrame(rows, columns=["document", "term", "unit", "quoted", "mentions"])
    if not records:
        return pd.DataFrame(columns=EMPTY_COLUMNS.get(table, []))
    df = pd.DataFrame(records, dtype=object)
    for col in df.columns:
        values = [v for v in df[col] if v is not None]
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            df[col] = df[col].astype("Int64")
        else:  # mixed int/float (metric values) stay exact Python numbers
            df[col] = pd.Series([_flatten(v) for v in df[col]], index=df.index, dtype=object)
    return df


def _flatten(value):
    if isinstance(value, list):
        return "、".join(map(str, value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


@lru_cache(maxsize=4)
def curated_corrections(path: Path = CORRECTIONS_FILE) -> tuple[Correction, ...]:
    """The corrections file, or none if it is missing."""
    return load_corrections(path) if path.exists() else ()


def curated_edits(path: Path = EDITS_FILE) -> tuple[Edit, ...]:
    """The deployment's corrections (``data/edits.csv``; none if it is missing), read again when it changes."""
    return _edits_at(path, path.stat().st_mtime_ns if path.exists() else None)


@lru_cache(maxsize=4)
def _edits_at(path: Path, stamp: int | None) -> tuple[Edit, ...]:
    return load_edits(path) if stamp is not None else ()


def report_files(seeds_dir: Path) -> list[tuple[str, int, int]]:
    """(name, size, mtime_ns) of every report file (:func:`is_report`) in ``seeds_dir``, in id order, from one pass
    over the folder (a rebuild that finds nothing changed costs this listing and nothing else);
    SourceError if the folder has none."""
    if not seeds_dir.is_dir():
        raise SourceError(f"seeds folder not found: {seeds_dir}")
    files = []
    with os.scandir(seeds_dir) as entries:  # plain names, sorted as strings: Path objects were most of it at 50k
        for entry in entries:
            try:
                if is_report(entry.name) and entry.is_file():
                    st = entry.stat()
                    files.append((entry.name, st.st_size, st.st_mtime_ns))
            except OSError:  # a symlink loop, an unreadable or vanished entry is no report
                continue
    if not files:
        raise SourceError(f"no report files ({', '.join(FORMATS)}) in seeds folder: {seeds_dir}")
    files.sort(key=lambda f: order_key(f[0]))
    seen: set[str] = set()  # one report per id: of r.html and r.txt the first in order (report_clashes names it)
    return [f for f in files if not ((d := report_id(f[0])) in seen or seen.add(d))]


def report_clashes(seeds_dir: Path) -> list[str]:
    """One line for each report file left unread because another file of the folder has its id (r.html
    and r.txt are both the report r): which one is read, and what to do.

    The listing of :func:`report_files` keeps the first file of each id, so that a report is one
    report in the dataset, the store and every link."""
    names = sorted((e.name for e in os.scandir(seeds_dir) if is_report(e.name)), key=order_key)
    first: dict[str, str] = {}
    out = []
    for name in names:
        d = report_id(name)
        if d in first:
            out.append(f"{name}: the same report id ({d}) as {first[d]}, which is read; rename one to read both")
        else:
            first[d] = name
    return out


def report_paths(seeds_dir: Path) -> list[str]:
    """Every report file in ``seeds_dir``, in name order; SourceError if the folder has none."""
    return [os.path.join(seeds_dir, name) for name, _, _ in report_files(seeds_dir)]


def build_dataset(
    seeds_dir: Path = SEEDS_DIR, corrections_file: Path = CORRECTIONS_FILE, edits_file: Path = EDITS_FILE
) -> Dataset:
    """Every readable report in ``seeds_dir``, in name order; a file that cannot be read is listed in
    ``failures``, one read with damage in ``notes``, and the rest go on. SourceError when the folder is
    missing or nothing could be read."""
    documents, failures, notes = [], [], []
    edits = curated_edits(edits_file)
    for path in map(Path, report_paths(seeds_dir)):
        try:
            decoded = extract_file(path)
        except SourceError as e:
            failures.append(str(e))
            continue
        corrections = curated_corrections(corrections_file)
        documents.append(
            document_from_text(path.stem, _display_path(path), decoded.text, corrections, decoded.left_out, edits)
        )
        if decoded.note:
            notes.append(decoded.note.message)
    failures += report_clashes(seeds_dir)
    if not documents:
        raise SourceError("no readable report: " + "; ".join(failures))
    return Dataset(documents, failures, notes)


def write_csvs(dataset: Dataset, out_dir: Path) -> list[Path]:
    """Write every table as formula-safe UTF-8-with-BOM CSV (:func:`explorer.read.sheets.csv_bytes`)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = out_dir / f"{table}.csv"
        path.write_bytes(csv_bytes(dataset.frame(table)))
        written.append(path)
    return written
