"""The tools' tables headed in the interface language (a CSV keeps the stable column names), fragments flagged."""

import pandas as pd
import streamlit as st

from explorer.analyse.wordlist import SEPARATOR, is_fragment
from explorer.present.i18n import STRINGS, t


def labelled(config: dict, columns, lang: str) -> dict:
    """``config`` (a table's column settings) with each of ``columns`` headed by its ``tcol_`` string, where
    there is one; a column with a setting keeps it (its number format), one without gets a plain column."""
    out = dict(config)
    for c in columns:
        key = f"tcol_{c}"
        if key not in STRINGS:
            continue
        setting = out.get(c)
        if setting is None:
            kind = st.column_config.CheckboxColumn if c == "fragment" else st.column_config.Column
            out[c] = kind(t(key, lang))
        else:
            out[c] = {**setting, "label": t(key, lang)}
    return out


def flagged(table: pd.DataFrame) -> pd.DataFrame:
    """The table with a ``fragment`` column: a term that is or holds a single character no word alone."""
    if "fragment" in table or "term" not in table:
        return table
    return table.assign(fragment=[any(is_fragment(w) for w in str(term).split(SEPARATOR)) for term in table["term"]])


def readable(table: pd.DataFrame, config: dict, lang: str) -> tuple[pd.DataFrame, dict]:
    """The table with its fragments flagged, and its settings with every column headed in ``lang``."""
    table = flagged(table)
    return table, labelled(config, table.columns, lang)
