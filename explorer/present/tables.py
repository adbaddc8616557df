"""The data page's tables as shown and downloaded: chosen columns, qualifiers in words. No streamlit."""

from __future__ import annotations

import pandas as pd

from explorer.present.i18n import qualifier, t

COLUMNS = {
    # in the report's order: a court the text comes back to is a row for each passage (1 and 3 of 宣城市中院)
    "units": ["order", "name", "short_name", "level", "city", "headline", "summary", "aliases"],
    "initiatives": ["unit", "order", "title", "body"],
    # As written first: the value a reader checks against the report, then its parts.
    "metrics": ["unit", "label", "raw", "qualifier", "value", "measure", "initiative", "year", "sentence", "source"],
    "achievements": ["unit", "kind", "text", "initiative", "sentence"],
    "concepts": ["term", "unit", "quoted", "mentions"],
    "corrections": ["unit", "raw", "repair", "reason", "start", "end", "raw_start", "raw_end"],
    "edits": ["document", "kind", "target", "new_value", "who", "when", "note", "status"],
}


def table_view(frame: pd.DataFrame, name: str, units: list[str], lang: str) -> pd.DataFrame:
    """The rows of the chosen units, the columns worth reading, qualifiers and lists in words."""
    key = "name" if name == "units" else "unit"
    if frame.empty:
        return pd.DataFrame(columns=COLUMNS[name])
    df = frame[frame[key].isin(units)] if key in frame.columns else frame
    if name == "edits":  # a correction's value is the new name or label; its kind and status in words
        df = df.rename(columns={"value": "new_value"})
        df["kind"] = df["kind"].map(lambda k: t(f"kind_{k}", lang))
        df["status"] = df["status"].map(lambda k: t(f"status_{k}", lang))
    df = df[[c for c in COLUMNS[name] if c in df.columns]].copy()
    if name == "metrics":  # a correction's value is a name or a label, not a number
        df["value"] = pd.to_numeric(df["value"])
    if "qualifier" in df.columns:
        df["qualifier"] = df["qualifier"].map(lambda q: qualifier(q, lang))
    if "aliases" in df.columns:
        df["aliases"] = df["aliases"].map(lambda a: "、".join(a) if isinstance(a, list | tuple) else a)
    return df.reset_index(drop=True)
