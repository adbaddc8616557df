"""Entry point: page config, navigation, run the chosen page."""

import streamlit as st

from explorer.resources import ICON_FILE
from explorer.ui import shell

st.set_page_config(page_title="法院经验交流 · Court experience explorer", page_icon=str(ICON_FILE), layout="wide")
language = shell.lang()
pages = shell.pages(language)
page = st.navigation(list(pages.values()))
shell.follow_link(pages, page, language)
shell.sidebar(language)
page.run()
