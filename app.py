"""Entry point: page config, navigation, run the chosen page."""

import altair as alt
import streamlit as st

from explorer.corpus.store import StoreError
from explorer.read.resources import icon_url
from explorer.ui import shell

# Altair validates every schema object as it is made; the chart functions' specs are validated in
# their tests (tests/test_views.py, tests/test_toolkit.py), and a rerun doing it again cost a fifth
# of a search page's CPU.
alt.utils.schemapi.disable_debug_mode()
st.set_page_config(page_title="法院经验交流 · Court experience explorer", page_icon=icon_url(), layout="wide")
shell.start_run()
language = shell.lang()
pages = shell.pages(language)
page = st.navigation(list(pages.values()))
try:
    shell.follow_link(pages, page, language)
    shell.sidebar(language)
    page.run()
except StoreError as e:  # a store file found damaged when first read
    shell.store_refused(e)
finally:  # also after a page stops early (st.stop) or is rerun
    shell.warm_later()
