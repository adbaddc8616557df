"""What a link carries: one registry of parameters, each bounded and parsed strictly. No streamlit.

Every page reads its link through :func:`check_params` and :func:`read`; every link the
app writes goes through :func:`share_url` or :func:`link_query`. Values are stable ids
(short court names, table and theme keys, offsets), never translated labels.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from urllib.parse import quote

from explorer.analyse.collocates import MEASURES
from explorer.analyse.concordance import CONTEXT, SAMPLE, SEED, link_values, read_categories, read_sort, read_tags
from explorer.analyse.reference import REFERENCES
from explorer.analyse.wordlist import SCOPES
from explorer.corpus.query import INTRO
from explorer.corpus.restrict import parse_years
from explorer.corpus.subcorpus import Subcorpus, SubcorpusError, check_name, parse_subcorpus, resolved
from explorer.present.pages import HOME
from explorer.present.pages import NAMES as PAGES
from explorer.read.courts import LEVELS
from explorer.read.genres import GENRE_IDS

LANGS = ("zh", "en")
TABLES = ("units", "initiatives", "metrics", "achievements", "concepts", "corrections", "edits")
INTRO_KEY = INTRO  # the intro's name in links and in the reader's unit list
MAX_TEXT = 1000  # characters in a query; the search itself uses the first 200 and says so
MAX_VALUES = 20  # repeats of one parameter (units=…&units=…)
MAX_INT = 10**9  # offsets and page numbers: more digits than any text has
CELL_SEP = ":"  # court:theme, allowed as it is in a query string
# The tools page: its tabs (``tool=``), the bounds its settings share with its widgets, and the
# concordance's view, which a line's link to the reader carries so that "back" returns to it.
TOOLS = ("concordance", "collocates", "wordlist", "keywords", "trends", "figures")
WINDOW = (1, 10)  # collocates: words each side
MIN_FREQ = (1, 100)
NGRAMS = (1, 2, 3)
KWIC_VIEW = ("sort", "width", "by", "group", "kp", "ctx", "sample", "seed", "tags", "cats", "clusters", "clen", "clmin")
BACK = ("tools",)  # where the reader's "back to the results" goes, when not to the search page


@dataclass(frozen=True)
class Known:
    """What the corpus in view allows: court short names, document ids, theme names."""

    units: Collection[str] = ()
    docs: Collection[str] = ()
    themes: Collection[str] = ()
    provinces: Collection[str] = ()
    courts: Collection[str] = ()  # canonical court keys: 沈阳中级人民法院
    court_names: Mapping[str, tuple[str, ...]] | None = None  # every name of a court → its keys (subcorpora)


def _int(lo: int, hi: int = MAX_INT) -> Callable[[str, Known], int | None]:
    def parse(value: str, known: Known) -> int | None:
        # ASCII digits only: str.isdigit() accepts ² and ٣, and int() of 5,000 digits raises.
        if not (0 < len(value) <= len(str(MAX_INT)) and value.isascii() and value.isdigit()):
            return None
        number = int(value)
        return number if lo <= number <= hi else None

    return parse


def _one_of(choices: Collection[str]) -> Callable[[str, Known], str | None]:
    return lambda value, known: value if value in choices else None


def _text(value: str, known: Known) -> str | None:
    if len(value) > MAX_TEXT or any(unicodedata.category(c) in ("Cc", "Cs") and c not in "\t\n" for c in value):
        return None
    return value


def _years(value: str, known: Known) -> tuple[int, int] | None:
    return parse_years(value)


def _figure(value: str, known: Known) -> str | None:
    """A figure's id (``doc:start``): a report the corpus holds and an offset in it."""
    doc, _, start = value.rpartition(":")
    return value if doc in known.docs and _int(0)(start, known) is not None else None


def _cell(value: str, known: Known) -> tuple[str, str] | None:
    court, _, theme = value.partition(CELL_SEP)
    return (court, theme) if court in known.units and theme in known.themes else None


def _subcorpus(value: str, known: Known) -> Subcorpus | None:
    """The subcorpus in use (``sub=``): its text form, every report and court in the corpus."""
    try:
        return resolved(parse_subcorpus(value), known.docs, known.court_names or {})
    except SubcorpusError:
        return None


def _saved(value: str, known: Known) -> Subcorpus | None:
    """A saved subcorpus (``subs=``): its text form alone; its reports are checked when it is applied."""
    try:
        return parse_subcorpus(value)
    except SubcorpusError:
        return None


def _sub_name(value: str, known: Known) -> str | None:
    try:
        return check_name(value) if value == value.strip() else None
    except SubcorpusError:
        return None


def _sort(value: str, known: Known) -> str | None:
    """Up to three sort positions (``1R,1L,2R``), or an older link's one side (``R``, ``L``, ``hit``)."""
    return value if read_sort(value) is not None else None


def _tags(value: str, known: Known) -> str | None:
    """Concordance lines' tags, ``document:start:tag`` separated by commas, at most MAX_VALUES, reports known."""
    tags = read_tags(value, MAX_VALUES)
    return value if tags and all(k.rpartition(":")[0] in known.docs for k in tags) else None


def _categories(value: str) -> str | None:
    """The tags a reader offers, separated by ``/`` (``肯定/否定/其他``), each once and well formed."""
    return value if read_categories(value) == value.split("/") else None


def _concordance_setting(name: str) -> Callable[[str, Known], str | None]:
    def parse(value: str, known: Known) -> str | None:
        return value if value in link_values(name) else None

    return parse


@dataclass(frozen=True)
class Param:
    name: str
    parse: Callable[[str, Known], object]  # the typed value, or None when the text is not one
    many: bool = False


PARAMS: dict[str, Param] = {
    p.name: p
    for p in (
        Param("page", _one_of(PAGES)),
        Param("lang", _one_of(LANGS)),
        Param("library", _one_of(("true",))),
        Param("docs", lambda v, k: v if v in k.docs else None, many=True),
        Param("years", _years),
        Param("province", lambda v, k: v if v in k.provinces else None, many=True),
        Param("level", _one_of([lv.id for lv in LEVELS]), many=True),
        Param("genre", _one_of(GENRE_IDS), many=True),
        Param("sub", _subcorpus),  # the subcorpus in use: NAME|docs=…|courts=…|years=…|province=…|level=…|genre=…
        Param("subs", _saved, many=True),  # the saved subcorpora, in the same text form
        Param("q", _text),
        Param("units", lambda v, k: v if v in k.units else None, many=True),
        Param("hp", _int(1)),
        Param("unit", lambda v, k: v if v in k.units or v == INTRO_KEY else None),
        Param("pos", _int(0)),
        Param("part", _int(1)),
        Param("source", _one_of(("true", "false"))),
        Param("cell", _cell),
        Param("court", lambda v, k: v if v in k.courts else None),
        Param("before", lambda v, k: v if v in k.docs else None),
        Param("after", lambda v, k: v if v in k.docs else None),
        Param("apart", _figure, many=True),
        Param("table", _one_of(TABLES)),
        Param("back", _one_of(BACK)),
        # the tools page: its open tab, the query read as a pattern, how its concordance is sorted,
        # grouped and paged, and each other tab's settings
        Param("tool", _one_of(TOOLS)),
        Param("regex", _one_of(("true", "false"))),
        Param("sort", _sort),
        *(Param(name, _concordance_setting(name)) for name in ("width", "by", "group")),
        Param("kp", _int(1)),
        # … its context's width, a random sample of its lines (kept by its seed), tags and clusters (issue 25)
        Param("ctx", _int(*CONTEXT)),
        Param("sample", _int(*SAMPLE)),
        Param("seed", _int(*SEED)),
        Param("tags", _tags),
        Param("cats", lambda v, k: _categories(v)),
        Param("clusters", _one_of(("true", "false"))),
        Param("clen", _int(2, 4)),
        Param("clmin", _int(*MIN_FREQ)),
        Param("window", _int(*WINDOW)),
        Param("cmin", _int(*MIN_FREQ)),
        Param("percourt", _one_of(("true", "false"))),
        Param("cmeasure", _one_of(MEASURES)),
        Param("cgraph", _one_of(("true", "false"))),  # collocates: the collocation graph shown
        Param("scope", _one_of(SCOPES)),
        Param("n", _int(NGRAMS[0], NGRAMS[-1])),
        Param("wmin", _int(*MIN_FREQ)),
        Param("keepstop", _one_of(("true", "false"))),
        Param("kref", lambda v, k: v if v in k.docs else None, many=True),  # keywords: the reference reports
        Param("kmin", _int(*MIN_FREQ)),
        Param("kbase", _one_of(REFERENCES)),  # keywords: a frequency list as the reference instead of reports
        Param("ktarget", _sub_name),  # keywords: a saved subcorpus (its name) as the target
        Param("ksub", _sub_name),  # … and as the reference
        Param("more", _text),
        Param("measure", _text),
    )
}
KNOWN = tuple(PARAMS)


def check_params(params: Mapping[str, list[str]], known: Known) -> tuple[dict[str, list[str]], list[str]]:
    """Keep the parameters the app understands, as given; return the rest as short notices.

    >>> check_params({"units": ["沈阳中院", "火星法院"], "x": ["1"], "pos": ["²"]}, Known(units=["沈阳中院"]))
    ({'units': ['沈阳中院']}, ['units=火星法院', 'x=1', 'pos=²'])
    """
    good: dict[str, list[str]] = {}
    bad: list[str] = []
    for name, values in params.items():
        values = list(values) or [""]
        spec = PARAMS.get(name)
        if spec is None:
            bad.extend(_notice(name, v) for v in values[:MAX_VALUES])
            continue
        limit = MAX_VALUES if spec.many else 1
        ok = [v for v in values[:limit] if spec.parse(v, known) is not None]
        bad.extend(_notice(name, v) for v in values[:MAX_VALUES] if v not in ok)
        if ok:
            good[name] = list(dict.fromkeys(ok))
    return good, bad


def _notice(name: str, value: str, limit: int = 60) -> str:
    text = f"{name[:limit]}={value}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read(good: Mapping[str, list[str]], name: str, known: Known = Known()):  # noqa: B008 (frozen, never mutated)
    """The typed value of a checked parameter (a list for repeated ones), or None.

    >>> read({"pos": ["1233"], "units": ["东城法庭"]}, "pos"), read({}, "hp")
    (1233, None)
    """
    spec = PARAMS[name]
    values = [spec.parse(v, known) for v in good.get(name, [])]
    values = [v for v in values if v is not None]
    if spec.many:
        return values
    return values[0] if values else None


def resolve_page(params: Mapping[str, list[str]], current: str) -> str | None:
    """The page a link asks for: ``page=``, else search when the front page gets a query.

    >>> resolve_page({"q": ["无讼"]}, "overview"), resolve_page({"q": ["无讼"]}, "reader")
    ('search', None)
    >>> resolve_page({"page": ["data"], "q": ["x"]}, "overview"), resolve_page({}, "overview")
    ('data', None)
    """
    if params.get("page"):
        return params["page"][0]
    if params.get("q") and current == HOME:
        return "search"
    return None


def _keep(c: str) -> bool:
    """Characters a link may show as they are: beyond ASCII, letters, digits and punctuation (Chinese);
    never spaces, controls or format characters (a right-to-left override would disguise the link)."""
    return ord(c) > 127 and unicodedata.category(c)[0] in "LNP"


def readable_quote(value: str) -> str:
    """Percent-encode what a URL needs encoded; keep Chinese readable (browsers accept it as typed).

    >>> readable_quote("无讼 社区&x=1"), readable_quote("东城法庭:调解/诉源治理")
    ('无讼%20社区%26x%3D1', '东城法庭:调解/诉源治理')
    """
    return "".join(c if _keep(c) else quote(c, safe="/:") for c in value)


def link_query(params: Mapping[str, list[str] | str | None]) -> str:
    """The query string of a link, readable, empty values dropped, registry order.

    >>> link_query({"units": ["东城法庭", "大连中院"], "page": "search", "q": ""})
    'page=search&units=东城法庭&units=大连中院'
    """
    parts = []
    for name in sorted(params, key=lambda n: KNOWN.index(n) if n in KNOWN else len(KNOWN)):
        value = params[name]
        for v in [value] if isinstance(value, str) else value or []:
            if v not in ("", None):
                parts.append(f"{readable_quote(name)}={readable_quote(str(v))}")
    return "&".join(parts)


def share_url(base: str, page: str, params: Mapping[str, list[str] | str | None]) -> str:
    """The full link that reproduces a view, Chinese shown as characters.

    >>> share_url("http://h:8501/search?x=1", "search", {"q": "无讼社区", "units": ["东城法庭"]})
    'http://h:8501/?page=search&q=无讼社区&units=东城法庭'
    """
    root = base.split("?")[0].split("#")[0].rstrip("/")
    for p in PAGES:
        if root.endswith("/" + p):
            root = root[: -len(p) - 1]
    return f"{root}/?{link_query({**params, 'page': page})}"
