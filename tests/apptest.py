"""Opening the app as a user's browser would, for the AppTest tests of every page."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def open_app(uploads=(), **params) -> AppTest:
    """The app at a link's parameters (lists for repeated ones), with ``uploads`` as this session's
    uploaded reports; run once, and never a traceback."""
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    if uploads:
        at.session_state["_uploads"] = list(uploads)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
