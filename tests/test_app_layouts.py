"""The app with reports of every layout uploaded: units without text of their own, digests, single courts."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from explorer.read.resources import LIBRARY_DIR

APP = str(Path(__file__).resolve().parent.parent / "app.py")
CORPUS = LIBRARY_DIR
FILES = ["shanghai_shenguan_2012", "jiangdu_fanjian_spam", "spc_tribunal_cases_mediation_2024"]


@pytest.mark.slow
@pytest.mark.parametrize("page", ["overview", "search", "compare", "reader", "data"])
def test_every_page_takes_reports_of_every_layout(page):
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["page"] = page
    at.query_params["q"] = "法院"
    at.run()
    files = [(f"{name}.txt", (CORPUS / f"{name}.txt").read_bytes(), "text/plain") for name in FILES]
    at.file_uploader(key="upload_files").set_value(files).run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.sidebar.success) == len(FILES)
