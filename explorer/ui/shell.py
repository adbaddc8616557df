"""What every page shares: the cached dataset, language, pages, link parameters, the share box."""

from __future__ import annotations

import functools
import gc
import os
import threading
from pathlib import Path

import pandas as pd
import streamlit as st

from explorer.analyse.themes import load_themes
from explorer.corpus.corpora import Corpus, MemoryCorpus, StoreCorpus, UnionCorpus
from explorer.corpus.restrict import Narrowed, Restriction, choices_of, facts_of, narrow, years_text
from explorer.corpus.store import StoreError, generation_id
from explorer.corpus.subcorpus import (
    MAX_LINK,
    MAX_NAME,
    MAX_SAVED,
    Subcorpus,
    SubcorpusError,
    check_name,
    court_names,
    parse_subcorpus,
)
from explorer.corpus.upload import MAX_FILES, MAX_SESSION_MB, MAX_UPLOAD_MB, UploadError, read_upload
from explorer.present.i18n import genre_label, level_label, t
from explorer.present.markup import BEHAVIOUR, STYLE, chrome_style, md
from explorer.present.pages import HOME, PAGES, SCOPE
from explorer.present.palette import unit_colors
from explorer.present.viewstate import INTRO_KEY, LANGS, Known, check_params, read, resolve_page, share_url
from explorer.read.dataset import Dataset, build_dataset
from explorer.read.decode import FORMATS
from explorer.read.resources import LIBRARY_DIR, SEEDS_DIR
from explorer.read.sheets import csv_bytes
from explorer.ui.publish import library_area, missing_reports, read_gate, unpublished

PAGES_DIR = Path(__file__).resolve().parent / "pages"
LISTED_DOCUMENTS = 200  # documents listed in the sidebar's chooser; more can be typed

# The interpreter's cycle collector, for the app's process (the thresholds are the process's, set when the UI is
# first imported; the app's reruns are nearly all its work). At Python's default (700 new objects) it ran about
# twice per search rerun, in the middle of the run, and looked at the run's own objects while they were still in
# use; they moved on to the older generations and brought a full collection of the process's ~380,000 tracked
# objects every few hundred searches: 0.62 ms of CPU a search in all (10 sessions searching for 25 s, timed by
# gc.callbacks). At 10,000 most of a rerun's objects are freed by their reference counts before a collection
# looks at them: 0.18 ms. Cycles are still collected, only in larger batches (a young collection ~8 ms).
GC_THRESHOLDS = (10_000, 20, 10)
gc.set_threshold(*GC_THRESHOLDS)


@st.cache_resource(show_spinner="正在载入数据…", max_entries=2)
def _open_corpus(folder: str | None, generation: str) -> Corpus:
    """The store named by EXPLORER_STORE (python -m explorer index), else the reports in seeds/;
    built once per server process (and store generation) and shared by every session."""
    return StoreCorpus(Path(folder)) if folder else MemoryCorpus.of_folder(SEEDS_DIR)


def warm_later() -> None:
    """After a page is sent: a store loads what the first search needs, on a thread, once per store."""
    base = st.session_state.get("_this_run", {}).get("base")
    if isinstance(base, StoreCorpus):
        base.warm_in_background()


_run = threading.local()  # this run's memo, beside the session state's: a run is one thread's, of one session


def start_run() -> None:
    """Called first on every rerun: what :func:`_this_run` kept for the last one is forgotten."""
    st.session_state["_this_run"] = _run.kept = {}


def _this_run(name: str, make):
    """``make()`` once per rerun (a page asks for the corpus and the link's values once per hit). Read from the
    thread's reference to the memo (some sixty asks a rerun: each a lookup through the session state's locks);
    a callback, run before :func:`start_run` on a new thread, reads the session state's."""
    kept = getattr(_run, "kept", None)
    if kept is None:
        kept = st.session_state.setdefault("_this_run", {})
    if name not in kept:
        kept[name] = make()
    return kept[name]


def kept(slot: str, key: tuple, make):
    """``make()`` kept in this session under ``slot`` while ``key`` stays the same (one value per slot:
    the corpus with this session's uploads, the reports chosen, a page's costly frames). All of them
    are forgotten when the uploads change (:func:`_read_uploads`), so a removed report is released."""
    slots = st.session_state.setdefault("_kept", {})
    held = slots.get(slot)
    if not held or held[0] != key:
        held = slots[slot] = (key, make())
    return held[1]


def _base_corpus() -> Corpus:
    """The shared corpus; a rebuilt store is noticed between reruns and opened at its new generation."""
    return _this_run("base", _open_base)


def _open_base() -> Corpus:
    folder = os.environ.get("EXPLORER_STORE") or None
    try:
        return _opened(folder, generation_id(Path(folder)) if folder else "")
    except StoreError as e:
        store_refused(e)


@functools.lru_cache(maxsize=2)  # as _open_corpus keeps them; a store that fails to open is not kept
def _opened(folder: str | None, generation: str) -> Corpus:
    """:func:`_open_corpus`'s corpus, asked of st.cache_resource once per store generation, not on every rerun
    (its hashing of the arguments and bookkeeping: 75-85 µs a rerun, against 0.1 µs here). The corpus is
    shared by every session by design, as st.cache_resource shares it; nothing of a session is kept here."""
    return _open_corpus(folder, generation)


def store_refused(error: StoreError) -> None:
    """A damaged or missing store named in one line, never a traceback: when it opens, or when a page
    first reads a file whose checksum is wrong."""
    st.error(f"数据仓库无法打开 · The store cannot be opened: {error}")
    st.stop()


@st.cache_resource(show_spinner="正在载入样例库…", max_entries=1)
def _library() -> Corpus:
    """The sample library (data/library/: real public reports), parsed once per server process."""
    return MemoryCorpus(build_dataset(LIBRARY_DIR))


@functools.cache  # not st.cache_resource: its hashing and bookkeeping on every rerun cost more than the answer
def _library_size() -> int:
    """The sample library's reports, counted once per server process, as :func:`_library` parses them once."""
    return len(list(LIBRARY_DIR.glob("*.txt")))


def with_library() -> bool:
    """Whether the link adds the sample library (``library=true``); off by default, so the seed alone
    stays the default view and old links keep their meaning."""
    return st.query_params.get("library") == "true"


def corpus() -> Corpus:
    """Everything this session can see: the shared corpus, the sample library if switched on, then this
    session's uploads; once per rerun (a page asks for it some thirty times; uploads and the library switch
    change in callbacks, before a rerun starts)."""
    return _this_run("corpus", _session_corpus)


def _session_corpus() -> Corpus:
    base, library = _base_corpus(), [_library()] if with_library() else []
    uploads = unpublished(st.session_state.get("_uploads", []), base.document_set)
    if not library and not uploads:
        return base
    key = (id(base), *map(id, library), *map(id, uploads))  # one union per set, so its caches live on
    return kept("_corpus", key, lambda: UnionCorpus([base, *library, *([MemoryCorpus.of(uploads)] if uploads else [])]))


def document_ids() -> list[str]:
    """Every document this session can see."""
    return corpus().document_ids()


def chosen_documents() -> list[str]:
    """The documents chosen in the sidebar (``docs=``, or the subcorpus in use's), or none for all."""
    sub = active_subcorpus()
    return list(sub.docs) if sub is not None else param("docs") or []


def restriction_in_link() -> Restriction:
    """The restriction the link holds (``years``, ``province``, ``level``, ``genre``), or the subcorpus in use's."""
    if (sub := active_subcorpus()) is not None:
        return sub.restriction
    return Restriction(param("years"), tuple(param("province") or ()), tuple(param("level") or ()),
                       tuple(param("genre") or ()))  # fmt: skip


def active_subcorpus() -> Subcorpus | None:
    """The subcorpus in use (``sub=``, its courts written as the corpus keys them), or None; read once per rerun."""
    return _this_run("active_sub", lambda: param("sub"))


def _narrowed() -> Narrowed:
    """:func:`narrow` of the sidebar's reports and restriction, and the subcorpus in use's courts; once per rerun."""
    c = corpus()

    def make() -> Narrowed:
        sub = active_subcorpus()
        r, chosen, courts = restriction_in_link(), tuple(chosen_documents()), sub.courts if sub else ()

        def apply() -> Narrowed:
            facts, units = facts_of(c)
            return narrow(r, facts, units, chosen, courts=courts)

        return on_corpus(c, "narrowed", (r, chosen, tuple(courts)), apply)  # not on every rerun: a list of reports

    return _this_run(f"narrowed-{id(c)}", make)


def on_corpus(c: Corpus, slot: str, key: tuple, make, keep: int = 16):
    """``make()`` kept on the corpus ``c`` under ``slot`` and ``key`` (so for every session and rerun reading it
    alike; a store's new generation is a new corpus), at most ``keep`` keys per slot, the oldest first out."""
    lock, kept_here = c.memo(("ui", slot), lambda: (threading.Lock(), {}))
    with lock:
        if key in kept_here:
            return kept_here[key]
    made = make()
    with lock:
        kept_here[key] = made
        while len(kept_here) > keep:
            del kept_here[next(iter(kept_here))]
    return made


def narrowed() -> Narrowed:
    """The documents and units this view is narrowed to: the sidebar's reports and restriction (or the subcorpus
    in use). When nothing is left the page says so and stops (an empty choice must never read as "all")."""
    result = _narrowed()
    if result.empty:
        sub = active_subcorpus()
        st.warning(t("restrict_empty", lang(), what=md(sub.name if sub else restriction_in_link().describe())))
        st.stop()
    return result


def view_documents() -> list[str]:
    """The reports in view: the sidebar's choice narrowed by the restriction, or none for all."""
    return narrowed().documents or []


def court_choices() -> list[str]:
    """Short names of the courts in view (the intro among them), for a page's court filter."""
    c, scope = corpus(), narrowed()
    if scope.units is None:
        return c.courts(scope.documents)
    s = c.sections
    return pd.unique(s["short_name"].to_numpy()[s["key"].isin(scope.units).to_numpy()]).tolist()


def search_scope(chosen_units: list[str]) -> tuple[list[str] | None, list[str] | None]:
    """(documents, units) a search in this view is narrowed to: the restriction's, then the page's courts."""
    scope = narrowed()
    if scope.units is None:
        return scope.documents, chosen_units or None
    s = corpus().sections
    keep = s[s["key"].isin(scope.units)]
    if chosen_units:
        keep = keep[keep["short_name"].isin(chosen_units) | keep["name"].isin(chosen_units)]
    return scope.documents, keep["key"].tolist()


def dataset() -> Dataset:
    """The reports in view, parsed (the corpus's default when none is chosen)."""
    c = corpus()
    ids = view_documents() or c.default_documents()
    return kept("_dataset", (id(c), tuple(ids)), lambda: c.parsed(ids))  # a Dataset keeps its memos


def _read_uploads() -> None:
    """Parse the files in the uploader (each once), keeping the errors to show."""
    files = st.session_state.get("upload_files") or []
    current = {f.file_id for f in files}
    old = st.session_state.get("_parsed", {})
    parsed = {k: v for k, v in old.items() if k in current}  # a removed file's report is released
    st.session_state["_parsed"] = parsed
    errors, docs = [], []
    limit = min(MAX_UPLOAD_MB, st.get_option("server.maxUploadSize"))
    taken = set(_base_corpus().document_ids())
    total = 0
    for i, f in enumerate(files):
        total += f.size
        if i >= MAX_FILES or total > MAX_SESSION_MB * 1024 * 1024:  # not kept: read once another is removed
            errors.append((f.name, UploadError("too_many", files=MAX_FILES, mb=MAX_SESSION_MB)))
            continue
        if f.file_id not in parsed:
            try:
                parsed[f.file_id] = read_upload(f.name, f.getvalue(), taken=taken, limit_mb=limit)
            except UploadError as e:
                parsed[f.file_id] = e
        result = parsed[f.file_id]
        if isinstance(result, UploadError):
            errors.append((f.name, result))
        else:
            docs.append(result)  # (document, its note or None)
            taken.add(result[0].id)
    st.session_state.pop("_kept", None)  # whatever was made from the old uploads goes with them
    st.session_state["_uploads"] = [doc for doc, _ in docs]
    st.session_state["_upload_notes"] = {doc.id: note for doc, note in docs if note}
    st.session_state["_upload_errors"] = errors


def lang() -> str:
    """The interface language: the link's ``lang=``, else this session's choice, else Chinese."""
    value = st.query_params.get("lang") or st.session_state.get("_lang")
    return value if value in LANGS else "zh"


def known() -> Known:
    """What link parameters may name in this session's corpus."""
    c = corpus()  # keyed by the corpus: a callback may add uploads within a run

    def make() -> Known:
        found = choices_of(c)  # made once per corpus: a store's 10,000 reports are not read per rerun
        return Known(
            c.short_names, c.document_set, [th.name for th in load_themes()], found["province"], found["courts"],
            court_names(c),
        )  # fmt: skip

    return _this_run(f"known-{id(c)}", make)


def param(name: str):
    """This view's value of a link parameter, checked and typed by the registry (None when absent or bad)."""
    return read(st.session_state.get("_view", {}), name, known())


def synced(
    name: str,
    widget,
    default=None,
    to_link=str,
    from_link=None,
    clears: tuple[str, ...] = (),
    key_suffix: str = "",
    key: str | None = None,
    **kwargs,
):
    """A widget whose value lives in the link as a stable id (never its translated label).

    A link that changes the parameter (a page link, Back, a pasted link) sets the widget;
    the widget sets the link, one history entry per change. Streamlit's bound widgets
    (``bind=``) write their formatted label and lose their value on Back, so none is used.
    """
    # One widget per page: a key shared by two pages' widgets loses its value on Back.
    here = st.session_state.get("_here", "")
    key, seen = key or f"_w_{here}_{name}{key_suffix}", f"_seen_{here}_{name}{key_suffix}"
    value = param(name)
    if from_link is not None:
        value = from_link(value)
    if widget is st.pagination:
        # It always has a default, which must not meet a value set through session state:
        # a widget per value in the link instead (Back then shows the page it names).
        key = f"{key}_{value}"
        kwargs["default"] = default if value is None else value
    elif st.session_state.get(seen, "unset") != value or key not in st.session_state:
        st.session_state[key] = default if value is None else value
        st.session_state[seen] = value

    def changed() -> None:
        new = st.session_state[key]
        st.session_state[seen] = None if new == default else new
        if new == default or new is None:
            st.query_params.pop(name, None)
        elif isinstance(new, list):
            st.query_params[name] = [to_link(v) for v in new]
        else:
            st.query_params[name] = to_link(new)
        for other in clears:  # a new unit in the reader is read from its start
            st.query_params.pop(other, None)

    return widget(key=key, on_change=changed, **kwargs)


def _choose_lang() -> None:
    st.session_state["_lang"] = st.session_state.get("lang_choice") or "zh"
    st.query_params["lang"] = st.session_state["_lang"]


def pages(language: str) -> dict[str, st.Page]:
    """The pages, made once per session and language and kept for :func:`nav` (a page object
    resolves its file on the disk: that was a quarter of a search rerun when made per link)."""
    return kept("_pages", (language,), lambda: _make_pages(language))


def _make_pages(language: str) -> dict[str, st.Page]:
    return {
        p.name: st.Page(
            PAGES_DIR / f"{p.name}.py",
            title=p.title[language == "en"],
            icon=p.icon,
            url_path=p.name,
            default=p.name == HOME,
        )
        for p in PAGES
    }


def _params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def sidebar(language: str) -> None:
    """Language switch. Hand-synced with ``lang=``: a bound widget would put its label (English) in the URL."""
    st.session_state["_lang"] = language
    # Written only when it differs: every write of the link pushes a browser history entry.
    if language == "en" and st.query_params.get("lang") != "en":
        st.query_params["lang"] = "en"
    elif language != "en" and "lang" in st.query_params:
        del st.query_params["lang"]
    with st.sidebar:
        st.segmented_control(
            t("language", language),
            options=list(LANGS),
            format_func={"zh": " 中文", "en": "English"}.get,  # a leading space: no emoji search (pages/search.py)
            default=language,
            key="lang_choice",
            on_change=_choose_lang,
        )
        synced(
            "library",
            st.toggle,
            key="library",
            default=False,
            to_link=lambda on: "true",
            from_link=lambda v: v == "true",
            label=t("library", language),
            help=t("library_help", language, n=_library_size()),
        )
        _restriction_controls(language)
        all_docs = document_ids()
        if len(all_docs) > 1:
            # A store's thousands of ids are not sent on every rerun: the first ones are listed and
            # any other can be typed (a typed id the corpus lacks is refused like a bad link).
            chosen, many = chosen_documents(), len(all_docs) > LISTED_DOCUMENTS
            synced(
                "docs",
                st.multiselect,
                key="docs",  # the same widget on every page, as tests and scripts know it
                default=[],
                from_link=lambda v: v or [],
                label=t("documents", language),
                options=list(dict.fromkeys(chosen + all_docs[:LISTED_DOCUMENTS])) if many else all_docs,
                accept_new_options=many,
                help=t("documents_listed", language, n=len(all_docs), k=LISTED_DOCUMENTS) if many else None,
                placeholder=t("all_documents", language),
                clears=("sub",),
            )
        st.file_uploader(
            t("upload", language),
            type=[suffix.lstrip(".") for suffix in FORMATS],
            accept_multiple_files=True,
            key="upload_files",
            on_change=_read_uploads,
            help=t("upload_help", language, mb=MAX_UPLOAD_MB, files=MAX_FILES, total=MAX_SESSION_MB),
        )
        for name, error in st.session_state.get("_upload_errors", []):
            st.error(t(f"upload_{error.code}", language, name=md(name), **error.details))
        notes = st.session_state.get("_upload_notes", {})
        for doc in st.session_state.get("_uploads", []):
            n_units = len(doc.structure.units)
            st.success(t("upload_ok", language, name=md(doc.id), units=n_units, metrics=len(doc.records["metrics"])))
            record = doc.records["documents"][0]
            if record.get("confidence") == "check":  # units inferred: said beside the report, not hidden
                st.info(t(f"confidence_{record['confidence_reason']}", language))
            if note := notes.get(doc.id):  # read, with its damaged bytes marked
                st.warning(t(f"upload_note_{note.code}", language, name=md(doc.id), **note.details))
        library_area(language, chosen_documents())  # the team library: publish an upload, who published what


RESTRICT_OPEN = "restrict_open"  # the restriction panel's state, a widget key (tests open it through it)


def _restriction_controls(language: str) -> None:
    """Year range, province, court level and genre, each in the link as a stable id, shown when the
    corpus has more than one of something to choose between; then the saved subcorpora. A change leaves
    the subcorpus in use (the choice is no longer it)."""
    found = choices_of(corpus())  # once per corpus, not per rerun
    years = found["years"]
    choices = {name: found[name] for name in ("province", "level", "genre")}
    labels = {"province": str, "level": lambda v: level_label(v, language), "genre": lambda v: genre_label(v, language)}
    subcorpus_caption(language)
    open_ = bool(restriction_in_link()) or active_subcorpus() is not None
    # Its choosers and the subcorpus saver are drawn only while it is open (a rerun sends each element it draws:
    # nine fewer on every page's rerun); a link or subcorpus that restricts the view opens it, once.
    # Its state is written on every run, so it holds on every page (a widget's state is the page's own).
    shown = bool(st.session_state.get(RESTRICT_OPEN)) or (open_ and not st.session_state.get("_restrict_was"))
    st.session_state[RESTRICT_OPEN], st.session_state["_restrict_was"] = shown, open_
    # (always made closed: its id holds ``expanded``, and a new id would forget that the user opened it)
    panel = st.expander(t("restrict", language), key=RESTRICT_OPEN, on_change="rerun")
    if not panel.open:
        return
    with panel:
        if len(years) > 1:
            span = (years[0], years[-1])
            synced(
                "years",
                st.slider,
                key="years",
                default=span,
                to_link=years_text,
                from_link=lambda v: span if v is None else tuple(min(max(y, span[0]), span[1]) for y in v),
                clears=("sub",),
                label=t("years", language),
                min_value=span[0],
                max_value=span[1],
            )
        for name, options in choices.items():
            if len(options) > 1:
                synced(
                    name,
                    st.multiselect,
                    key=name,
                    default=[],
                    from_link=lambda v, options=options: [x for x in v or [] if x in options],
                    label=t(name, language),
                    options=options,
                    format_func=labels[name],
                    placeholder=t("any", language),
                    clears=("sub",),
                )
        _subcorpus_controls(language)


def follow_link(all_pages: dict[str, st.Page], current: st.Page, language: str) -> None:
    """Honour ``?page=`` links and tell the user which parameters were ignored."""
    read_gate(language)  # the operator's [team] read_key, when set: asked before anything is shown
    params = _params()
    good, bad = check_params(params, known())
    st.session_state["_view"] = good
    st.session_state["_view"] = good = _subcorpus_in_view(good)
    st.session_state["_subs"] = saved_subcorpora()  # a link's saved subcorpora stay with the session
    here = next((name for name, p in all_pages.items() if p.url_path == current.url_path), HOME)
    st.session_state["_here"] = here
    target = resolve_page(good, here)
    missing = [d for d in params.get("docs", []) if d not in known().docs]
    if target and target != here:
        st.session_state["_ignored"], st.session_state["_missing"] = bad, missing  # shown on the page we land on
        st.switch_page(all_pages[target], query_params={k: v for k, v in good.items() if k != "page"})
    limit = min(MAX_UPLOAD_MB, st.get_option("server.maxUploadSize"))
    words = {k: t(f"chrome_{k}", language, mb=limit) for k in ("hint", "upload", "limit")}  # formats: in the label
    # Streamlit's own words are English, and its uploader names server.maxUploadSize (30) as the limit:
    # in English too the app's own limit is shown.
    # one element for the style sheet and the script (each element costs a rerun its own message)
    st.html(STYLE + chrome_style(words) + BEHAVIOUR, unsafe_allow_javascript=True)
    missing_reports(st.session_state.pop("_missing", []) + missing, known().docs, language)
    for item in st.session_state.pop("_ignored", []) + bad:
        if not item.startswith("docs="):  # a report not here is said plainly, above
            st.caption(t("ignored_param", language, p=md(item)))


def link_params(language: str, **params) -> dict[str, str | list[str]]:
    """A link's parameters plus what holds on every page (language, documents), empty ones dropped."""
    if language != "zh":
        params["lang"] = language
    view = st.session_state.get("_view", {})
    if "subs" not in params:  # the saved subcorpora: this session's, not only the link's
        params["subs"] = [sub.text() for sub in saved_subcorpora()]
    for name in SCOPE:  # (setdefault would read the link once per hit on a page of them)
        if name not in params:
            params[name] = view.get(name)
    return {k: v for k, v in params.items() if v not in ("", [], None)}


def nav(page: str, label: str, language: str, icon: str | None = None, key_width: str = "content", **params) -> None:
    """A link to another view that stays in this session (uploads, language and choices survive).

    Streamlit ignores a page link to the page already open, so a view of the same page is a
    button that rewrites the link (one history entry, as a page link makes).
    """
    query = link_params(language, **params)
    if page == st.session_state.get("_here"):
        key = "nav-" + "&".join(f"{k}={v}" for k, v in sorted(query.items()))
        st.button(md(label), icon=icon, key=key, on_click=st.query_params.from_dict, args=(query,), type="secondary")
        return
    st.page_link(pages(language)[page], label=md(label), icon=icon, width=key_width, query_params=query)


def colors() -> dict[str, str]:
    """One colour per court for the whole corpus: the same on every page and chart."""
    c = corpus()
    return c.memo(("colors",), lambda: unit_colors([s for s in c.courts() if s != INTRO_KEY]))


def units_in_view(ds: Dataset) -> list[dict]:
    """The units of the reports in view that the restriction keeps (its province and court level)."""
    keys = narrowed().units
    units = ds.records("units")
    if keys is None:
        return units
    kept = set(keys)
    return [u for u in units if u["key"] in kept]


def unit_filter(ds: Dataset, language: str, max_selections: int | None = None) -> tuple[list[str], list[str]]:
    """Multiselect of units (short names in the URL); returns (the short names chosen, the full names
    in view: those chosen, or all)."""
    units = units_in_view(ds)
    shorts = list(dict.fromkeys(u["short_name"] for u in units))  # a court in two reports is one choice
    chosen = court_filter(shorts, language, max_selections=max_selections)
    return chosen, [u["name"] for u in units if u["short_name"] in chosen] or [u["name"] for u in units]


def court_filter(shorts: list[str], language: str, max_selections: int | None = None) -> list[str]:
    """The courts chosen (``units=`` in the link, short names), names romanised beside them in English."""
    from explorer.present.i18n import court

    return synced(
        "units",
        st.multiselect,
        default=[],
        from_link=lambda v: [s for s in v or [] if s in shorts][:max_selections],
        label=t("filter_units", language),
        options=shorts,
        format_func=lambda s: court(s, language),
        placeholder=t("all_units", language),
        max_selections=max_selections,
    )


def unit_options(ds: Dataset) -> list[str]:
    """Reader choices as they appear in the URL: 导语 and the units' short names."""
    return [INTRO_KEY] + list(dict.fromkeys(u["short_name"] for u in units_in_view(ds)))


def share_box(page: str, language: str, **params: str | list[str] | None) -> None:
    """The full link to this view (from the widgets' values), in a code block with a copy button.

    The sidebar's choices (language, documents) hold on every page, so they are added here.
    """
    st.caption(t("share", language))
    st.code(share_url(st.context.url or "", page, link_params(language, **params)), language=None, wrap_lines=True)


def written_copy(spec: dict) -> dict:
    """``spec`` with its own copy of what ``st.vega_lite_chart`` writes into (Streamlit 1.67 copies the top level
    itself and sets a colour legend's missing title to a space: ``encoding.color`` and its ``legend``), the rest
    shared. A deep copy of the search page's two specs took 70 µs a rerun, this 1 µs.

    >>> kept = {"mark": "bar", "encoding": {"color": {"legend": {"title": None}}, "x": {"field": "n"}}}
    >>> sent = written_copy(kept)
    >>> sent["encoding"]["color"]["legend"]["title"] = " "
    >>> kept["encoding"]["color"]["legend"], sent["encoding"]["x"] is kept["encoding"]["x"]
    ({'title': None}, True)
    """
    encoding = spec.get("encoding")
    if not isinstance(encoding, dict) or not isinstance(encoding.get("color"), dict):
        return dict(spec)
    color = dict(encoding["color"])
    if isinstance(color.get("legend"), dict):
        color["legend"] = dict(color["legend"])
    return {**spec, "encoding": {**encoding, "color": color}}


def chart(figure, data, name: str, language: str, **kwargs):
    """An Altair chart (or what :func:`~explorer.present.charts.as_vega` made of one, kept across reruns) with
    the CSV of the data behind it right below (a picture cannot be cited)."""
    from explorer.present.charts import as_vega  # Altair: imported by the first chart, after a page's text

    spec, values = figure if isinstance(figure, tuple) else as_vega(figure)
    event = st.vega_lite_chart(values, spec=written_copy(spec), **kwargs)  # a kept spec stays as made
    st.download_button(
        f"⬇ {t('chart_data', language)}",
        lambda: csv_bytes(data),  # built on click, not on every rerun
        file_name=f"{name}.csv",
        mime="text/csv",
        key=f"csv-{name}",
        type="tertiary",
    )
    return event


# Saved subcorpora (``subs=``) and the one in use (``sub=``): a name for the sidebar's choice, kept in the
# session and in every link; the one in use is the view's reports, courts and restriction.
SUB_FIELDS = ("docs", "years", "province", "level", "genre")  # what applying a subcorpus writes in the link


def _sub_link(sub: Subcorpus) -> dict[str, list[str]]:
    """The link parameters the sidebar's controls read, as ``sub`` sets them."""
    r = sub.restriction
    return {
        "docs": list(sub.docs),
        "years": [years_text(r.years)] if r.years else [],
        "province": list(r.provinces),
        "level": list(r.levels),
        "genre": list(r.genres),
    }


def _subcorpus_in_view(good: dict[str, list[str]]) -> dict[str, list[str]]:
    """With a subcorpus in use, the sidebar's reports and restriction are its own (a pasted ``?sub=…`` link
    shows them in the controls, and the link is written out in full); it joins the saved ones."""
    sub = read(good, "sub", known())
    if sub is None:
        return good
    fields = _sub_link(sub)
    good = {k: v for k, v in good.items() if k not in SUB_FIELDS} | {k: v for k, v in fields.items() if v}
    st.session_state["_view"] = good
    for name, values in fields.items():
        if st.query_params.get_all(name) != values:
            if values:
                st.query_params[name] = values
            else:
                st.query_params.pop(name, None)
    _keep_saved([sub])
    return good


def saved_subcorpora() -> list[Subcorpus]:
    """The saved subcorpora: the link's (``subs=``), then this session's, one per name, at most MAX_SAVED; once
    per rerun (every link on a page carries them)."""

    def make() -> list[Subcorpus]:
        found: dict[str, Subcorpus] = {}
        for sub in [*(param("subs") or []), *st.session_state.get("_subs", [])]:
            if sub.name not in found and len(found) < MAX_SAVED:
                found[sub.name] = sub
        return list(found.values())

    return _this_run("saved_subs", make)


def _keep_saved(subs: list[Subcorpus], drop: str | None = None) -> None:
    """Save ``subs`` (a name saved again is replaced) and forget ``drop``: in the session and in the link."""
    names = {sub.name for sub in subs} | {drop}
    kept_subs = [*subs, *(s for s in saved_subcorpora() if s.name not in names)][:MAX_SAVED]
    st.session_state["_subs"] = kept_subs
    st.session_state.get("_this_run", {}).pop("saved_subs", None)
    texts = [sub.text() for sub in kept_subs]
    if not texts:
        st.query_params.pop("subs", None)
    elif st.query_params.get_all("subs") != texts:
        st.query_params["subs"] = texts


def _apply_subcorpus(text: str) -> None:
    """Use a saved subcorpus: the link takes its reports and restriction, and its name (``sub=``)."""
    sub = parse_subcorpus(text)
    if read({"sub": [text]}, "sub", known()) is None:  # a report or court this corpus lacks
        st.session_state["_sub_error"] = t("sub_unknown", lang(), name=sub.name)
        return
    for name, values in _sub_link(sub).items():
        if values:
            st.query_params[name] = values
        else:
            st.query_params.pop(name, None)
    for name in ("units", "hp", "kp"):  # a court filter or page of the whole corpus may not hold in it
        st.query_params.pop(name, None)
    st.query_params["sub"] = text


def _stop_subcorpus() -> None:
    """Back to the whole corpus: the subcorpus, its reports and its restriction leave the link."""
    for name in ("sub", *SUB_FIELDS, "units", "hp", "kp"):
        st.query_params.pop(name, None)


def _remove_subcorpus(name: str) -> None:
    active = active_subcorpus()
    if active is not None and active.name == name:
        st.query_params.pop("sub", None)
    _keep_saved([], drop=name)


def _save_subcorpus() -> None:
    """Save the sidebar's choice (reports, restriction, the courts picked) under the name typed, and use it."""
    language = lang()
    try:
        name = check_name(st.session_state.get("sub_name") or "")
    except SubcorpusError as e:
        st.session_state["_sub_error"] = t("sub_bad_name", language, n=MAX_NAME) + f" ({md(str(e))})"
        return
    try:
        courts = tuple(st.session_state.get("sub_courts") or ())
        sub = Subcorpus(name, tuple(chosen_documents()), courts, restriction_in_link())
        sub = parse_subcorpus(sub.text())  # bounded and readable back, as a link will read it
    except SubcorpusError as e:
        st.session_state["_sub_error"] = t("sub_bad", language, why=md(str(e)))
        return
    others = [s.text() for s in saved_subcorpora() if s.name != sub.name]
    if len(sub.text()) + sum(map(len, others)) > MAX_LINK:
        st.session_state["_sub_error"] = t("sub_too_long", language, n=MAX_LINK)
        return
    _keep_saved([sub])
    st.query_params["sub"] = sub.text()
    st.session_state["sub_name"] = ""


def subcorpus_caption(language: str) -> None:
    """The subcorpus in use, named (escaped) with the reports it keeps: 子语料：两年中院 · 12 篇报告."""
    sub = active_subcorpus()
    if sub is None:
        return
    scope = _narrowed()
    n = len(document_ids()) if scope.documents is None else len(scope.documents)
    st.caption(t("sub_active", language, name=md(sub.name), n=n))


def _subcorpus_controls(language: str) -> None:
    """Save the current choice under a name (with courts, if picked); each saved one used, left or removed."""
    st.divider()
    st.markdown(f"**{t('subcorpora', language)}**")
    if error := st.session_state.pop("_sub_error", None):
        st.error(error)
    scope, active = _narrowed(), active_subcorpus()

    def listed_courts() -> list[str]:
        _, units = facts_of(here)
        if scope.units is not None:
            units = units[units["key"].isin(set(scope.units))]
        elif scope.documents is not None:
            units = units[units["document"].isin(set(scope.documents))]
        return list(dict.fromkeys(units["court"]))[:LISTED_DOCUMENTS]

    here = corpus()
    in_view = tuple(None if part is None else tuple(part) for part in (scope.units, scope.documents))
    courts = on_corpus(here, "sub_courts", in_view, listed_courts)  # a store's thousands of units: not per rerun
    if "sub_courts" not in st.session_state and active is not None:
        st.session_state["sub_courts"] = [c for c in active.courts if c in courts]
    st.text_input(t("sub_name", language), key="sub_name", max_chars=MAX_NAME, placeholder=t("sub_name_hint", language))
    st.multiselect(
        t("sub_courts", language),
        options=list(dict.fromkeys([*st.session_state.get("sub_courts", []), *courts])),
        key="sub_courts",
        placeholder=t("all_units", language),
    )
    st.button(t("sub_save", language), key="sub_save", on_click=_save_subcorpus, icon=":material/bookmark_add:")
    for i, sub in enumerate(saved_subcorpora()):
        using = active is not None and active.name == sub.name
        st.markdown(("**✓ " if using else "") + md(sub.name) + ("**" if using else "") + f"  \n{md(sub.describe())}")
        c1, c2 = st.columns(2)
        if using:
            c1.button(t("sub_stop", language), key=f"sub_stop_{i}", on_click=_stop_subcorpus)
        else:
            c1.button(t("sub_use", language), key=f"sub_use_{i}", on_click=_apply_subcorpus, args=(sub.text(),))
        c2.button(t("sub_remove", language), key=f"sub_remove_{i}", on_click=_remove_subcorpus, args=(sub.name,))
