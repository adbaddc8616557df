"""The parse gives the same records before and after a speed change: a snapshot, then a comparison.

Parses the seed, every ``data/library/*.txt`` and N generated reports (bench/generate_corpus.py,
fixed seed) and keeps every record table ``document_from_text(...).records`` returns, with each
value's type, and the store's frames ``_parse_batch`` returns (column types included). Make the
snapshot with the code as it was (an export of a commit on PYTHONPATH), then compare the code now:

    git archive <commit> explorer data seeds | tar -x -C /tmp/ref
    PYTHONPATH=/tmp/ref python bench/parse_identity.py --save /tmp/parse_snapshot.json
    python bench/parse_identity.py --against /tmp/parse_snapshot.json

Exit status 0 when everything is equal; otherwise the first differences, one line each.
The snapshot is plain JSON (types spelled out by :func:`canon`), written to a place you name (keep it out of
the repo); it is read as data, never unpickled.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_corpus import generate  # noqa: E402


def canon(value):
    """A value with the type of every part spelled out, so 1 == 1.0 == True no longer hide a change."""
    if isinstance(value, dict):
        return ("dict", tuple((k, canon(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return (type(value).__name__, tuple(canon(v) for v in value))
    return (type(value).__name__, value)


def frame_canon(frame) -> tuple:
    """A frame as its column names, dtypes and values (pyarrow's own equality, nulls included)."""
    import pyarrow as pa

    table = pa.Table.from_pandas(frame, preserve_index=False)
    return (tuple(frame.columns), tuple(str(t) for t in frame.dtypes), table.to_pydict(), str(table.schema))


def inputs(generated: int, tmp: Path, names: list[str] | None = None) -> list[Path]:
    """The seed, the library and the generated reports; or only ``names`` (relative to the project)
    of them, those a snapshot was made from, so that a report added since is not a difference."""
    from explorer.read.resources import LIBRARY_DIR, ROOT, SEEDS_DIR

    seeds = sorted(p for p in SEEDS_DIR.iterdir() if p.suffix == ".txt")
    library = sorted(LIBRARY_DIR.glob("*.txt"))
    found = seeds + library
    if names is not None:
        found = [ROOT / n for n in names if (ROOT / n).is_file()]
    return found + generate(tmp / "generated", generated)


def _name(path: Path, tmp: str) -> str:
    from explorer.read.resources import ROOT

    return path.name if str(path).startswith(tmp) else path.relative_to(ROOT).as_posix()


def snapshot(generated: int, names: list[str] | None = None) -> dict:
    from explorer.corpus.store import _parse_batch
    from explorer.read.dataset import curated_corrections, curated_edits, load_document

    out: dict = {"records": {}, "frames": [], "inputs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        paths = inputs(generated, Path(tmp), names)
        out["inputs"] = {_name(p, tmp): hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
        corrections, edits = curated_corrections(), curated_edits()
        for path in paths:
            doc = load_document(path, corrections, edits)
            # generated reports sit in a fresh temporary folder: keep their names, not the folder
            out["records"][_name(path, tmp)] = canon({t: _relative(rows, tmp) for t, rows in doc.records.items()})
        for i in range(0, len(paths), 128):
            parsed, failures, frames, tried = _parse_batch([str(p) for p in paths[i : i + 128]])
            out["frames"].append(
                (parsed, failures, tried, {t: frame_canon(_relative_frame(f, tmp)) for t, f in frames.items()})
            )
    return out


def _relative(rows: list[dict], tmp: str) -> list[dict]:
    return [{k: v.replace(tmp, "TMP") if isinstance(v, str) else v for k, v in r.items()} for r in rows]


def _relative_frame(frame, tmp: str):
    if "path" in frame.columns:
        frame = frame.assign(path=frame["path"].str.replace(tmp, "TMP", regex=False))
    if "records" in frame.columns:  # the texts table keeps the records as JSON
        frame = frame.assign(records=frame["records"].str.replace(tmp, "TMP", regex=False))
    return frame


def _plain(value):
    """What JSON cannot hold, as plain data: a NumPy scalar as the Python value it holds (:func:`canon` spells
    its type beside it), bytes (a binary column) as their hex under a key no record or frame uses."""
    if isinstance(value, bytes):
        return {"$bytes": value.hex()}
    return value.item()


def as_json(snap: dict) -> dict:
    """The snapshot as JSON gives it back (tuples as lists), so a saved one and a fresh one compare alike."""
    return json.loads(json.dumps(snap, default=_plain))


def differences(old: dict, new: dict, limit: int = 20) -> list[str]:
    out = []
    if old["records"].keys() != new["records"].keys():
        out.append(f"documents differ: {sorted(old['records'].keys() ^ new['records'].keys())[:5]}")
    for name in old["records"].keys() & new["records"].keys():
        a, b = dict(old["records"][name][1]), dict(new["records"][name][1])
        for table in sorted(a.keys() | b.keys()):
            if a.get(table) != b.get(table):
                rows_a, rows_b = a.get(table, ("list", ()))[1], b.get(table, ("list", ()))[1]
                pairs = enumerate(zip(rows_a, rows_b, strict=False))
                first = next((i for i, (x, y) in pairs if x != y), min(len(rows_a), len(rows_b)))
                out.append(f"{name} {table}: row {first} differs ({len(rows_a)} rows before, {len(rows_b)} now)")
    if len(old["frames"]) != len(new["frames"]):
        out.append(f"batches: {len(old['frames'])} before, {len(new['frames'])} now")
    for i, (x, y) in enumerate(zip(old["frames"], new["frames"], strict=False)):
        if x[:3] != y[:3]:
            out.append(f"batch {i}: parsed, failures or count differ")
        for table in sorted(x[3].keys() | y[3].keys()):
            fa, fb = x[3].get(table), y[3].get(table)
            if fa != fb:
                parts = ("columns", "dtypes", "values", "schema")
                what = "missing" if fa is None or fb is None else next(p for k, p in enumerate(parts) if fa[k] != fb[k])
                out.append(f"batch {i} frame {table}: {what} differ")
    return sorted(out)[:limit] if len(out) > limit else out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--generated", type=int, default=300, help="generated reports besides the seed and library")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the snapshot of the code on the path here")
    group.add_argument("--against", type=Path, help="compare the code now with this snapshot")
    args = p.parse_args(argv)
    old = json.loads(args.against.read_text(encoding="utf-8")) if args.against else None
    names = [n for n in old["inputs"] if "/" in n] if old else None
    now = as_json(snapshot(args.generated, names))
    docs = len(now["records"])
    import explorer

    print(f"code: {Path(explorer.__file__).parent}")
    if args.save:
        args.save.write_text(json.dumps(now), encoding="utf-8")
        print(f"saved {docs} documents' records and {len(now['frames'])} batches of frames to {args.save}")
        return 0
    changed = sorted(n for n, h in old["inputs"].items() if now["inputs"].get(n, h) != h)
    missing = sorted(old["inputs"].keys() - now["inputs"].keys())
    if changed or missing:  # the comparison is of the code, on the same reports
        print(f"inputs changed or gone since the snapshot: {changed + missing}; compare a fresh snapshot")
        return 2
    diffs = differences(old, now)
    for line in diffs:
        print(line)
    print(f"{docs} documents: {'identical' if not diffs else f'{len(diffs)} differences (first shown)'}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
