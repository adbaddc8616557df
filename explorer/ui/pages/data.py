"""数据: every table, filterable by unit, each downloadable as CSV and everything as JSON."""

import json

import streamlit as st

from explorer.present.i18n import t
from explorer.present.tables import table_view
from explorer.present.viewstate import TABLES
from explorer.read.sheets import csv_bytes
from explorer.ui import shell
from explorer.ui.corrections import correction_form

ds = shell.dataset()
lang = shell.lang()
chosen_units, selected = shell.unit_filter(ds, lang)

name = (
    shell.synced(
        "table",
        st.segmented_control,
        default=TABLES[0],
        label=t("table", lang),
        options=list(TABLES),
        format_func=lambda k: t(f"table_{k}", lang),
        required=True,
        label_visibility="collapsed",
    )
    or TABLES[0]
)
shown = table_view(ds.frame(name), name, selected, lang)
st.caption(f"{len(shown)} {t('rows', lang)}")
FORMATS = {"value": "localized", "year": "%d", "start": "%d", "end": "%d", "raw_start": "%d", "raw_end": "%d"}
config = {
    c: st.column_config.NumberColumn(t(f"col_{c}", lang), format=FORMATS[c], width="medium" if c == "value" else None)
    if c in FORMATS
    else st.column_config.Column(t(f"col_{c}", lang), width="medium" if c == "qualifier" else None)
    for c in shown.columns
}
st.dataframe(shown, hide_index=True, width="stretch", column_config=config)
st.download_button(
    t("download_csv", lang),
    lambda: csv_bytes(shown),  # built on click, not on every rerun; cells cannot start a formula
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
correction_form(ds, lang)
shell.share_box("data", lang, units=chosen_units, table=name if name != TABLES[0] else None)
