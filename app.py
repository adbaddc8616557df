"""Entry point: page config, navigation, run the chosen page."""

import streamlit as st

from explorer.corpus.store import StoreError
from explorer.read.resources import icon_url
from explorer.ui import shell

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
