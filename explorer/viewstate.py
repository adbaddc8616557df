"""What a link carries: page, query, units, language, reader position. Pure checks, no streamlit."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

from explorer.dataset import INTRO

PAGES = ("overview", "search", "compare", "reader", "data", "tools")
LANGS = ("zh", "en")
KNOWN = ("page", "q", "units", "lang", "unit", "pos", "source", "table", "docs", "part", "hp", "tool")
KWIC = ("sort", "width", "by", "group", "kp")  # how the tools page sorts its concordance
INTRO_KEY = INTRO  # the intro's name in links and in the reader's unit list


def check_params(
    params: Mapping[str, list[str]], unit_keys: list[str], doc_ids: list[str] = ()
) -> tuple[dict[str, list[str]], list[str]]:
    """Keep the parameters the app understands; return the rest as readable notices.

    >>> check_params({"units": ["沈阳中院", "火星法院"], "x": ["1"]}, ["沈阳中院"])
    ({'units': ['沈阳中院']}, ['units=火星法院', 'x=1'])
    """
    good: dict[str, list[str]] = {}
    bad: list[str] = []
    for name, values in params.items():
        if name not in KNOWN and name not in KWIC:
            bad.extend(f"{name}={v}" for v in values or [""])
            continue
        ok = [v for v in values if _valid(name, v, unit_keys, doc_ids)]
        bad.extend(f"{name}={v}" for v in values if v not in ok)
        if ok:
            good[name] = ok
    return good, bad


def _valid(name: str, value: str, unit_keys: list[str], doc_ids: list[str]) -> bool:
    if name == "page":
        return value in PAGES
    if name == "lang":
        return value in LANGS
    if name == "units":
        return value in unit_keys
    if name == "unit":
        return value in unit_keys or value == INTRO_KEY
    if name == "docs":
        return value in doc_ids
    if name in KWIC[:4]:
        from explorer.concordance import link_values  # imports this module: read when first needed

        return value in link_values(name)
    if name in ("pos", "part", "hp", "kp"):
        return value.isascii() and value.isdigit() and len(value) < 9
    if name == "source":
        return value in ("true", "false")
    return True  # q: any text is a query (cut to length by the search itself)


def resolve_page(params: Mapping[str, list[str]], current: str) -> str | None:
    """The page a link asks for: ``page=``, else search when the front page gets a query.

    >>> resolve_page({"q": ["无讼"]}, "overview"), resolve_page({"q": ["无讼"]}, "reader")
    ('search', None)
    >>> resolve_page({"page": ["data"], "q": ["x"]}, "overview"), resolve_page({}, "overview")
    ('data', None)
    """
    if params.get("page"):
        return params["page"][0]
    if params.get("q") and current == PAGES[0]:
        return "search"
    return None


def share_url(base: str, page: str, params: Mapping[str, list[str] | str]) -> str:
    """The full link that reproduces a view.

    >>> share_url("http://h:8501/search", "search", {"q": "无讼社区", "units": ["东城法庭"]})
    'http://h:8501/?page=search&q=%E6%97%A0%E8%AE%BC%E7%A4%BE%E5%8C%BA&units=%E4%B8%9C%E5%9F%8E%E6%B3%95%E5%BA%AD'
    """
    root = base.split("?")[0].rstrip("/")
    for p in PAGES:
        if root.endswith("/" + p):
            root = root[: -len(p) - 1]
    query = {"page": page, **{k: v for k, v in params.items() if k != "page" and v not in ("", [], None)}}
    return f"{root}/?{urlencode(query, doseq=True)}"
