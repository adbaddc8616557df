"""The app's pages, one row each: the one registry the router, the links and the titles read.

A page's ``name`` is its stable id: ``?page=NAME`` in a link, the file ``explorer/ui/pages/NAME.py``
that renders it, and its URL path. Adding a page is a row here and its file.
"""

from __future__ import annotations

from dataclasses import dataclass

# Link parameters that hold on every page: the page, language, sample library, chosen reports and the
# restriction by year, province, court level and genre, the subcorpus in use and the saved subcorpora.
EVERY_PAGE = ("page", "lang", "library", "docs", "years", "province", "level", "genre", "sub", "subs")
SCOPE = EVERY_PAGE[2:]  # what a link to another view carries along


@dataclass(frozen=True)
class Page:
    name: str
    icon: str
    title: tuple[str, str]  # zh, en
    params: tuple[str, ...] = ()  # the link parameters the page reads besides EVERY_PAGE


PAGES = (
    Page("overview", ":material/dashboard:", ("概览", "Overview")),
    Page("search", ":material/search:", ("检索", "Search"), ("q", "units", "hp")),
    Page("compare", ":material/compare_arrows:", ("对比", "Compare"), ("units", "cell")),
    Page(
        "reader",
        ":material/article:",
        ("原文", "Reader"),
        # back: opened from the tools page's concordance, whose view (sort … clmin) the way back keeps
        ("unit", "q", "source", "pos", "part", "units", "hp", "back", "sort", "width", "by", "group", "kp")
        + ("ctx", "sample", "seed", "tags", "cats", "clusters", "clen", "clmin"),
    ),
    Page("court", ":material/account_balance:", ("法院", "Court"), ("court", "before", "after", "apart")),
    Page("data", ":material/table_view:", ("数据", "Data"), ("table", "units")),
    Page(
        "tools",
        ":material/construction:",
        ("工具", "Tools"),
        # the query and tab, the concordance's view (sort … kp), then the other tabs' settings
        ("q", "regex", "tool", "sort", "width", "by", "group", "kp", "window", "cmin", "percourt", "cmeasure")
        + ("scope", "n", "wmin", "keepstop", "kref", "kmin", "more", "unit", "measure")
        + ("ktarget", "ksub")  # keywords: a saved subcorpus as target or reference
        + ("kbase", "cgraph")  # keywords against a frequency list; the collocation graph (issue 25)
        + ("ctx", "sample", "seed", "tags", "cats", "clusters", "clen", "clmin"),  # the concordance's, issue 25
    ),
)
NAMES = tuple(p.name for p in PAGES)
HOME = NAMES[0]
BY_NAME = {p.name: p for p in PAGES}
