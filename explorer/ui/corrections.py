"""The data page's correction form: a reader renames or merges a unit, drops a false figure or fixes a
label. An uploaded report is read again with the correction at once; a report of the shared data keeps
the correction as a record to download, for the operator to add to ``data/edits.csv``."""

from __future__ import annotations

from datetime import UTC, datetime

import streamlit as st

from explorer.present.i18n import t
from explorer.present.markup import md
from explorer.read.dataset import Dataset, curated_corrections, curated_edits, document_from_text
from explorer.read.edits import KINDS, Edit, EditError, edits_csv


def session_edits() -> list[Edit]:
    """This session's corrections, of uploads and of shared reports alike."""
    return st.session_state.setdefault("_edits", [])


def _reread_upload(doc_id: str) -> bool:
    """Read an uploaded report again with this session's corrections of it; False if it is not an upload."""
    uploads = st.session_state.get("_uploads", [])
    for i, doc in enumerate(uploads):
        if doc.id == doc_id:
            edits = (*curated_edits(), *session_edits())
            uploads[i] = document_from_text(doc.id, doc.path, doc.text.raw, curated_corrections(), doc.left_out, edits)
            st.session_state.pop("_kept", None)  # whatever was made from the old reading goes with it
            return True
    return False


def correction_form(ds: Dataset, lang: str) -> None:
    """The form, then this session's corrections to download."""
    done = st.session_state.pop("_corrected", None)
    with st.expander(t("correct", lang), expanded=done is not None):
        st.caption(t("correct_help", lang))
        if done:
            st.success(t("correct_done", lang, doc=md(done)))
        docs = [d.id for d in ds.documents]
        doc_id = st.selectbox(t("correct_report", lang), docs, key="correct_doc")
        doc = ds.document(doc_id)
        kind = st.radio(
            t("correct_action", lang), KINDS, format_func=lambda k: t(f"kind_{k}", lang), key="correct_kind"
        )
        if kind == "rename_unit":
            targets = {u["name"]: u["name"] for u in doc.records["units"]}
        else:
            targets = {
                str(m["start"]): f"{m['raw']} · {m['label']} · {m['unit'] or '—'}" for m in doc.records["metrics"]
            }
        with st.form("correct_form", clear_on_submit=False, border=False):
            target = st.selectbox(
                t("correct_target", lang), list(targets), format_func=lambda k: targets.get(k, k), key=f"correct_{kind}"
            )
            value = "" if kind == "drop_figure" else st.text_input(t("correct_value", lang), max_chars=60)
            who = st.text_input(t("correct_who", lang), value=st.session_state.get("_who", ""), max_chars=40)
            note = st.text_input(t("correct_note", lang), max_chars=200)
            applied = st.form_submit_button(t("correct_apply", lang))
        if applied and target is not None:
            st.session_state["_who"] = who
            when = datetime.now(UTC).isoformat(timespec="seconds")
            try:
                edit = Edit(doc_id, kind, target, value.strip(), who.strip(), when, note.strip())
            except EditError as e:
                st.error(md(str(e)))
            else:
                session_edits().append(edit)
                if _reread_upload(doc_id):
                    st.session_state["_corrected"] = doc_id  # said after the rerun that shows it
                    st.rerun()
                st.info(t("correct_shared", lang, doc=md(doc_id)))
        if session_edits():
            st.download_button(
                t("correct_download", lang),
                lambda: edits_csv(session_edits()).encode("utf-8-sig"),
                file_name="edits.csv",
                mime="text/csv",
                key="dl-edits",
            )
