"""数据: every table, filterable by unit, each downloadable as CSV and everything as JSON."""

import json

import pandas as pd
import streamlit as st

from explorer.i18n import t
from explorer.ui import shell

ds = shell.dataset()
lang = shell.lang()
selected = shell.unit_filter(ds, lang)

TABLES = ["units", "initiatives", "metrics", "achievements", "concepts", "corrections"]
COLUMNS = {
    "units": ["name", "short_name", "level", "city", "headline", "summary", "aliases"],
    "initiatives": ["unit", "order", "title", "body"],
    "metrics": ["unit", "initiative", "label", "value", "measure", "qualifier", "raw", "year", "sentence", "source"],
    "achievements": ["unit", "kind", "text", "initiative", "sentence"],
    "concepts": ["term", "unit", "quoted", "mentions"],
    "corrections": ["unit", "raw", "repair", "reason", "start", "end", "raw_start", "raw_end"],
}
config = {
    "value": st.column_config.NumberColumn(t("value", lang), format="localized"),
    "measure": st.column_config.TextColumn(t("measure", lang)),
    "label": st.column_config.TextColumn(t("label", lang)),
    "qualifier": st.column_config.TextColumn(t("qualifier", lang)),
    "raw": st.column_config.TextColumn(t("raw", lang)),
    "sentence": st.column_config.TextColumn(t("sentence", lang), width="large"),
    "year": st.column_config.NumberColumn(format="%d"),
    "mentions": st.column_config.NumberColumn(format="%d"),
    "quoted": st.column_config.CheckboxColumn(),
}

tabs = st.tabs([t(f"table_{name}", lang) for name in TABLES], key="table", bind="query-params")
for tab, name in zip(tabs, TABLES, strict=True):
    with tab:
        df = ds.frame(name)
        key = "name" if name == "units" else "unit"
        if not df.empty:
            df = df[df[key].isin(selected)]
        if name == "metrics" and not df.empty:
            df["value"] = pd.to_numeric(df["value"])
        shown = df[[c for c in COLUMNS[name] if c in df.columns]] if not df.empty else df
        st.caption(f"{len(df)} {t('rows', lang)}")
        st.dataframe(shown, hide_index=True, column_config=config, width="stretch")
        st.download_button(
            t("download_csv", lang),
            lambda df=df: df.to_csv(index=False).encode("utf-8-sig"),  # built on click, not on every rerun
            file_name=f"{name}.csv",
            mime="text/csv",
            key=f"dl-{name}",
        )

st.download_button(
    t("download_json", lang),
    lambda: json.dumps(ds.export(), ensure_ascii=False, indent=1).encode("utf-8"),
    file_name="court_experience_dataset.json",
    mime="application/json",
)
shell.share_box("data", lang, units=st.session_state.get("units") or [], table=st.session_state.get("table"))
