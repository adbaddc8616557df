"""The team library in the app: publish this session's uploads with a key, say who published a report in
view, remove one, and say plainly what a link to a report that is not here is (another session's upload,
a report removed, one still being added). The work is :mod:`explorer.corpus.publish`; this reads
Streamlit's secrets (``[team.keys]``, ``[team] read_key``) and the watched folder (``EXPLORER_REPORTS``,
set by scripts/serve.sh), and shows nothing when either is missing."""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

import streamlit as st

from explorer.corpus.publish import PublishError, Team, publish, published, remove, removed
from explorer.present.i18n import t
from explorer.present.markup import md
from explorer.present.viewstate import MAX_VALUES, share_url

SHOWN_ID = 60  # characters of an id named in a message


def team() -> Team | None:
    """The operator's ``[team]`` secrets, or None (no secrets file, or no ``[team]`` table in it)."""
    try:
        return Team.from_secrets(st.secrets.to_dict())
    except Exception:  # noqa: BLE001 - Streamlit raises its own error when there is no secrets file
        return None


def library_folder() -> Path | None:
    """The folder the deployment's builder keeps in the store (``EXPLORER_REPORTS``), or None."""
    value = os.environ.get("EXPLORER_REPORTS")
    return Path(value) if value and Path(value).is_dir() else None


def read_gate(language: str) -> None:
    """When the operator set ``[team] read_key``, nothing is shown until this session has given it."""
    tm = team()
    if tm is None or tm.read_key is None or st.session_state.get("_team_reader"):
        return
    with st.form("team_read", clear_on_submit=True):  # no key kept in the session's widgets
        given = st.text_input(t("team_read_key", language), type="password", max_chars=200)
        opened = st.form_submit_button(t("team_open", language))
    if opened and tm.may_read(given):
        st.session_state["_team_reader"] = True
        st.rerun()
    if opened:
        st.error(t("team_read_refused", language))
    st.stop()


def unpublished(uploads: list, served: Collection[str]) -> list:
    """This session's uploads less those it published that the shared corpus (``served`` ids) now holds:
    one report, never two copies of it in the session's view."""
    done = st.session_state.get("_published", {})
    return [d for d in uploads if done.get(d.id) not in served] if done else uploads


def missing_reports(asked: list[str], present: Collection[str], language: str) -> None:
    """A plain sentence for each report a link names (``docs=``) that this session cannot see."""
    if not asked:
        return
    folder = library_folder()
    arriving = published(folder, asked[:MAX_VALUES]) if folder else {}
    gone = removed(folder) if folder else {}
    tm = team()
    shared = folder is not None and tm is not None and bool(tm.keys)
    for doc in list(dict.fromkeys(asked))[:MAX_VALUES]:
        if doc in present:
            continue
        name = md(doc[:SHOWN_ID] + ("…" if len(doc) > SHOWN_ID else ""))
        if doc in arriving:
            st.info(t("team_arriving", language, doc=name))
        elif doc in gone:
            record = gone[doc]
            st.warning(t("team_removed_notice", language, doc=name, who=md(record.who), when=record.stamp()))
        else:
            st.warning(t("docs_private" if shared else "docs_private_alone", language, doc=name))


def library_area(language: str, chosen: list[str]) -> None:
    """Under the uploader: who published the chosen reports (and a form to remove one), then a form to
    publish each of this session's uploads. Shown only when the deployment has a team library."""
    folder = library_folder()
    if folder is None:
        return
    done = st.session_state.setdefault("_published", {})
    records = published(folder, [*chosen, *done.values()])
    for doc in chosen:
        if (record := records.get(doc)) is not None:
            st.caption(t("team_published_by", language, doc=md(doc), who=md(record.who), when=record.stamp()))
    tm = team()
    if tm is None or not tm.keys:
        return
    if tm.ignored:
        st.warning(t("team_ignored_keys", language, names=md(", ".join(tm.ignored))))
    files = _session_files()
    if any(doc_id not in done for doc_id in files):
        st.caption(t("team_private_until", language))
    for i, (doc_id, (name, data)) in enumerate(files.items()):
        if doc_id in done and (record := records.get(done[doc_id])) is not None:
            st.success(t("team_published", language, doc=md(record.id), who=md(record.who)))
            link = share_url(st.context.url or "", "search", _link(record.id, language))
            st.code(link, language=None, wrap_lines=True)
            continue
        done.pop(doc_id, None)  # removed from the library since: this session's copy is its own again
        with st.form(f"team_publish_{i}", border=True, clear_on_submit=True):
            st.markdown(t("team_publish_title", language, doc=md(doc_id)))
            given = st.text_input(t("team_key", language), type="password", max_chars=200, key=f"team_key_{i}")
            go = st.form_submit_button(t("team_publish", language))
        if go:
            _publish(tm, folder, doc_id, name, data, given, language)
    for doc in chosen:
        if doc in records:
            _removal_form(tm, folder, doc, language)


def _link(doc_id: str, language: str) -> dict:
    return {"docs": [doc_id], **({"lang": language} if language != "zh" else {})}


def _publish(tm: Team, folder: Path, doc_id: str, name: str, data: bytes, given: str, language: str) -> None:
    who = tm.who(given or "")
    if who is None:
        st.error(t("team_refused", language))
        return
    try:
        record = publish(folder, name, data, who)
    except (PublishError, OSError) as e:
        code, details = (e.code, e.details) if isinstance(e, PublishError) else ("failed", {})
        st.error(t(f"team_{code}", language, **{**details, "name": md(name)}))
        return
    st.session_state["_published"][doc_id] = record.id
    st.rerun()  # the form gives way to the message and the link


def _removal_form(tm: Team, folder: Path, doc: str, language: str) -> None:
    with st.expander(t("team_remove_title", language, doc=md(doc))):
        with st.form(f"team_remove_{doc}", border=False, clear_on_submit=True):
            given = st.text_input(t("team_key", language), type="password", max_chars=200, key=f"team_rmkey_{doc}")
            go = st.form_submit_button(t("team_remove", language))
        if not go:
            return
        who = tm.who(given or "")
        if who is None:
            st.error(t("team_refused", language))
            return
        try:
            remove(folder, doc, who)
        except (PublishError, OSError):
            st.error(t("team_not_published", language, doc=md(doc)))
            return
        st.success(t("team_removed", language, doc=md(doc), who=md(who)))


def _session_files() -> dict[str, tuple[str, bytes]]:
    """This session's uploads that were read: report id -> (file name, its bytes). A report without its
    file (read again after a correction, or made by a test) is its text, as a .txt."""
    files = {}
    uploads = st.session_state.get("_uploads", [])
    ids, parsed = {doc.id for doc in uploads}, st.session_state.get("_parsed", {})
    for f in st.session_state.get("upload_files") or []:
        result = parsed.get(f.file_id)
        if isinstance(result, tuple) and result[0].id in ids:
            files[result[0].id] = (f.name, f.getvalue())
    for doc in uploads:
        if doc.id not in files:
            files[doc.id] = (f"{doc.id}.txt", doc.text.raw.encode("utf-8"))
    return files
