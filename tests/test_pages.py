"""The page registry is the one list of pages: files, titles, link parameters and the router agree with it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from explorer.present.i18n import t
from explorer.present.pages import EVERY_PAGE, NAMES, PAGES
from explorer.present.viewstate import PARAMS

PAGES_DIR = Path(__file__).resolve().parents[1] / "explorer" / "ui" / "pages"
READS = re.compile(r"""(?:synced|param)\(\s*["'](\w+)["']|query_params(?:\[|\.get\(|\.get_all\()\s*["'](\w+)["']""")
FILTERS = {"court_filter(": "units", "unit_filter(": "units", "chosen_documents(": "docs"}


def reads(name: str) -> set[str]:
    """The link parameters a page's file reads or writes, found in its source."""
    source = (PAGES_DIR / f"{name}.py").read_text(encoding="utf-8")
    found = {a or b for a, b in READS.findall(source)}
    return found | {param for call, param in FILTERS.items() if call in source}


def test_every_page_file_has_a_row_and_every_row_a_file():
    assert sorted(p.stem for p in PAGES_DIR.glob("*.py") if p.stem != "__init__") == sorted(NAMES)


@pytest.mark.parametrize("page", PAGES, ids=NAMES)
def test_a_page_reads_only_the_link_parameters_its_row_declares(page):
    assert reads(page.name) <= set(page.params) | set(EVERY_PAGE), page.name


def test_every_page_has_its_own_title_in_both_languages():
    for lang in ("zh", "en"):
        titles = [t(p.name, lang) for p in PAGES]
        assert all(titles) and len(set(titles)) == len(PAGES), titles


def test_every_link_parameter_belongs_to_a_page_or_to_every_page():
    declared = set(EVERY_PAGE).union(*(p.params for p in PAGES))
    assert set(PARAMS) == declared


def test_a_link_names_pages_by_the_registry():
    assert {p for p in NAMES if PARAMS["page"].parse(p, None) == p} == set(NAMES)
    assert PARAMS["page"].parse("概览", None) is None  # a title is never an id
