"""Tables as files a spreadsheet opens safely: CSV (UTF-8 with BOM) and XLSX, no cell ever a formula."""

from __future__ import annotations

import io

import pandas as pd
from pandas.api.types import is_numeric_dtype

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting like a formula gets a leading '.

    >>> cell("=HYPERLINK(1)"), cell("-3%"), cell(-3), cell("近4万件")
    ("'=HYPERLINK(1)", "'-3%", -3, '近4万件')
    """
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA) else value


def csv_bytes(frame) -> bytes:
    """A DataFrame as a formula-safe UTF-8 CSV (with BOM, so that Excel reads the Chinese)."""
    safe = frame.copy()
    for column in safe.columns:
        if not is_numeric_dtype(safe[column]):  # cell by cell: text, lists, mixed ints and floats stay as they are
            safe[column] = pd.Series([cell(v) for v in safe[column]], index=safe.index, dtype=object)
    safe.columns = [cell(str(c)) for c in safe.columns]
    return safe.to_csv(index=False).encode("utf-8-sig")


def xlsx_bytes(frame, sheet: str, widths: tuple[int, ...] = ()) -> bytes:
    """A DataFrame as an Excel workbook; every cell is text or a number, never a formula."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append([str(c) for c in frame.columns])
    for row in frame.itertuples(index=False):
        ws.append(list(row))
    for row in ws.iter_rows(min_row=2):
        for c in row:
            if c.data_type == "f":  # openpyxl reads a leading "=" as a formula: keep the text
                c.data_type = "s"
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
