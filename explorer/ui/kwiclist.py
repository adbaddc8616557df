"""The search page's hits as one element: every line of the page beside its link to the hit in the reader.

A page of 50 hits was 100 elements (a line and a page link each), the larger part of a search rerun on a store.
Here it is one component (Streamlit's components v2, drawn in the page itself, no frame). Each link is a real
anchor to the address a page link to the reader opens, so opening it in a new tab or copying it works; a plain
click (or Enter on a focused link) is caught in the browser and sent back as the hit's place on the page, and
the session moves to the reader (a plain anchor would load the app anew: a new session, its uploads lost).
"""

from __future__ import annotations

import streamlit as st

from explorer.present.i18n import t
from explorer.present.kwic import hit_rows, opened_hit, page_links
from explorer.present.markup import KwicLine
from explorer.ui import shell

KEY = "kwic-hits"

# Rows are replaced only when they change; one listener on the list, added once. A click with a modifier
# key or another button, or on anything but a hit's link, is left to the browser (a new tab, a copy).
_JS = """
export default function (component) {
  const { data, setTriggerValue, parentElement } = component;
  let list = parentElement.querySelector("div.kwic-hits");
  if (!list) {
    list = document.createElement("div");
    list.className = "kwic-hits";
    parentElement.appendChild(list);
    list.addEventListener("click", (event) => {
      const link = event.target.closest("a.kwic-open[data-hit]");
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      // The one history entry a page link makes: Streamlit, finding the address already the reader's, adds
      // none of its own (st.switch_page would add two: the parameters on this page, then the page).
      window.history.pushState(window.history.state, "", link.href);
      setTriggerValue("open", Number(link.dataset.hit));
    });
  }
  const rows = data ? new TextDecoder().decode(data) : "";  // UTF-8 bytes: half the size of JSON's \\u escapes
  if (list.shownRows !== rows) {
    list.innerHTML = rows;  // escaped on the server: explorer.present.kwic.hit_rows
    list.shownRows = rows;
  }
}
"""

_CSS = """
.kwic-hits { display: grid; grid-template-columns: minmax(0, 1fr) auto; align-items: center; column-gap: .5rem; }
.kwic-open { color: inherit; text-decoration: none; white-space: nowrap; font-size: .9rem; padding: 0 .3em;
             border-radius: .25rem; }
.kwic-open::before { content: "article" / ""; font-family: "Material Symbols Rounded"; font-size: 1.15em;
                     vertical-align: -.2em; margin-right: .25em; opacity: .7; }  /* the page links' icon, unread */
.kwic-open:hover { text-decoration: underline; background: rgba(151, 166, 195, .15); }
.kwic-open:focus-visible { outline: 2px solid #1c7ed6; outline-offset: 1px; }
@media (max-width: 640px) {
  .kwic-open { min-height: 44px; min-width: 44px; display: inline-flex; align-items: center; }
}
"""

_hits = st.components.v2.component("explorer.kwic_hits", js=_JS, css=_CSS, isolate_styles=False)


def hit_list(lines: list[KwicLine], links: list[dict], language: str) -> None:
    """The lines, each with its link to the reader at ``links[i]`` (the parameters :func:`shell.link_params`
    made, as a page link carries them)."""
    hrefs = page_links(st.context.url or "", "reader", links)  # what a page link to the reader would open
    rows = hit_rows(lines, hrefs, t("open_in_reader", language))
    result = _hits(key=KEY, data=rows.encode(), on_open_change=lambda: open_hit(_trigger(), links, language))
    # the callback missed it (never seen so far): the page's run catches it; a result without the trigger (no
    # browser has sent one, or the script runs without a server, as when the page module is imported) has none
    open_hit(getattr(result, "open", None), links, language)


def _trigger() -> object:
    """The place a click sent, as the callback sees it (before the page runs again)."""
    value = st.session_state.get(KEY)
    return value.get("open") if hasattr(value, "get") else None


def open_hit(value: object, links: list[dict], language: str) -> None:
    """To the reader at the hit ``value`` names, in this session; anything else (a stale or forged value) is
    ignored. Called from the click's callback it saves the search page's run."""
    if (i := opened_hit(value, len(links))) is not None:
        st.switch_page(shell.pages(language)["reader"], query_params=links[i])
