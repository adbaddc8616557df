"""The store's arrays are read back exactly as numpy saved them, without numpy's header parser.

``np.load`` reads a header with ``ast.literal_eval``; CPython 3.11 keeps that parser's depth count in
state shared by threads, so a store warming on its own thread while a page script was parsed broke the
page in CI (``SystemError: AST constructor recursion depth mismatch``)."""

from __future__ import annotations

import ast
import sys

import numpy as np
import pytest

from explorer.corpus import index
from explorer.corpus.index import load_array

ARRAYS = {
    "int32": np.arange(7, dtype=np.int32),
    "int64 big-endian": np.arange(5, dtype=">i8"),
    "uint8 empty": np.zeros(0, dtype=np.uint8),
    "float 2-D": np.arange(6, dtype=np.float64).reshape(2, 3),
    "Fortran order": np.asfortranarray(np.arange(6, dtype=np.int16).reshape(2, 3)),
    "one value": np.array(5),
    "code points": np.array(["无讼社区", "调解"]),
    "a structured dtype (left to numpy)": np.zeros(2, dtype=[("a", "<i4"), ("b", "<f8")]),
}


@pytest.mark.parametrize("mmap", [True, False], ids=["mapped", "read"])
@pytest.mark.parametrize("name", ARRAYS)
def test_an_array_reads_back_as_numpy_reads_it(tmp_path, name, mmap):
    path = tmp_path / "a.npy"
    np.save(path, ARRAYS[name], allow_pickle=False)
    got, want = load_array(path, mmap), np.load(path, allow_pickle=False)
    assert type(got) is np.ndarray and got.dtype == want.dtype and got.shape == want.shape
    assert np.array_equal(got, want) and got.flags.f_contiguous == want.flags.f_contiguous


def test_reading_the_store_s_arrays_never_parses_python(tmp_path, monkeypatch):
    parse = ast.parse

    def refuse(*args, **kwargs):
        frame = sys._getframe(1)
        while frame is not None:
            assert not frame.f_globals.get("__name__", "").startswith("numpy"), "numpy parsed a header with ast"
            frame = frame.f_back
        return parse(*args, **kwargs)

    monkeypatch.setattr(ast, "parse", refuse)
    for name, array in ARRAYS.items():
        if array.dtype.names is None:
            np.save(tmp_path / "a.npy", array, allow_pickle=False)
            assert load_array(tmp_path / "a.npy").shape == array.shape, name


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda b: b"not an array at all", "is not a saved array"),
        (lambda b: b[:-8], "mmap length is greater than file size|holds"),
    ],
    ids=["not an array", "cut short"],
)
@pytest.mark.parametrize("mmap", [True, False], ids=["mapped", "read"])
def test_a_damaged_array_file_is_a_value_error_naming_it(tmp_path, damage, message, mmap):
    path = tmp_path / "ids.npy"
    np.save(path, np.arange(100, dtype=np.int32), allow_pickle=False)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(ValueError, match=message):
        load_array(path, mmap)


def test_the_header_reader_stops_at_the_data():
    assert index._NPY_HEADER.fullmatch("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }   \n")
    assert not index._NPY_HEADER.fullmatch("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), 'x': 1, }\n")
