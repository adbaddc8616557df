"""How a parser reading is compared with the truth a person wrote for a document of data/library/.

One implementation of the matching rules, shared by tests/test_corpus.py (strict checks) and
bench/score_corpus.py (scores per genre). A plain module, not a test file.
"""

import re

import pytest

from explorer.read.courts import canonical
from explorer.read.metrics import usable_label
from explorer.read.normalize import normalize


def clean(text: str) -> str:
    """A truth string as the parser sees it: normalised (traditional script and pinyin folded).

    >>> clean("  江蘇法院 ")
    '江苏法院'
    """
    return normalize(text).clean.strip()


def keys(unit: dict) -> set[str]:
    """Every canonical key a parser unit answers to: its own, its name's, its short name's and aliases'.

    >>> unit = {"canonical": "沈阳中级人民法院", "name": "沈阳市中级人民法院", "short_name": "沈阳中院"}
    >>> sorted(keys({**unit, "aliases": []}))
    ['沈阳中级人民法院']
    """
    names = [unit["name"], unit["short_name"], *unit["aliases"]]
    return {unit["canonical"], *(canonical(n) for n in names if n)} - {None}


def unit_of(doc, name: str | None) -> dict | None:
    """The parser unit of ``doc`` a truth unit's name stands for (by canonical key), None if none."""
    if name is None:
        return None
    key = canonical(clean(name))
    return next((u for u in doc.records["units"] if key in keys(u)), None)


def figure_unit(doc, truth: dict, fig: dict) -> dict | None:
    """The parser unit a truth figure belongs under: its truth unit's; where the parser falls back, the document's
    one unit when the truth has one unit at most (the text is that body's), else none (several bodies: the one
    unit of a fallback is none of them)."""
    if doc.structure.fallback and doc.records["units"] and len(truth["units"]) <= 1:
        return doc.records["units"][0]
    return unit_of(doc, fig["unit"])


def usable(label: str) -> bool:
    """A label a reader can use: two to twelve characters, no digit but a threshold's (the parser's own rule,
    :func:`explorer.read.metrics.usable_label`: the issue asks for 2年以上长期未结案件 as a label).

    >>> usable("收案数"), usable("案"), usable("2023年"), usable(""), usable("5年以上未结案件")
    (True, False, False, False, True)
    """
    return usable_label(label)


def matches(metric: dict, fig: dict) -> bool:
    """A parser metric reads a truth figure: raw text inside the figure's text (or around it), the same
    value, the same measure and qualifier (the rule of tests/test_corpus.py's figure check).

    >>> fig = {"text": "約70人", "value": 70, "measure": "人", "qualifier": "approx"}
    >>> matches({"raw": "约70人", "value": 70.0, "measure": "人", "qualifier": "approx"}, fig)
    True
    >>> matches({"raw": "70人", "value": 70, "measure": "人", "qualifier": "exact"}, fig)
    False
    """
    text, raw = clean(fig["text"]), metric["raw"]
    if "(" in fig["text"] and text != fig["text"]:  # a mirror's space after its gloss (10.7萬(wan) 件) is the
        text, raw = text.replace(" ", ""), raw.replace(" ", "")  # text's habit, which a figure cannot show
    return (
        (raw in text or text in raw)
        and metric["value"] == pytest.approx(fig["value"])
        and metric["measure"] == clean(fig["measure"] or "")
        and metric["qualifier"] == fig["qualifier"]
    )


def closest(found: list[dict], fig: dict, unit: str | None = None) -> dict:
    """The metric of ``found`` (each reading ``fig``) whose label shares the most characters with the truth's
    label, then the one under ``unit`` (the unit the truth puts it under), then the first in text order: in a
    table where many cells hold 0, the cell the truth means; where many rows hold 100.00% under one column, the
    row of the truth's unit.

    >>> found = [{"label": "破产案当月结案", "unit": None}, {"label": "司法援助案承上月转入", "unit": None}]
    >>> closest(found, {"label": "司法援助案上月轉入"})["label"]
    '司法援助案承上月转入'
    >>> rows = [{"label": "上网率", "unit": "越秀法院"}, {"label": "上网率", "unit": "海珠法院"}]
    >>> closest(rows, {"label": "上网率"}, "海珠法院")["unit"], closest(rows, {"label": "上网率"})["unit"]
    ('海珠法院', '越秀法院')
    """
    want = set(clean(fig["label"] or ""))
    return max(found, key=lambda m: (len(want & set(m["label"])), m["unit"] == unit))  # max keeps the first


def label_year(fig: dict) -> int | None:
    """The year a truth figure's label ends with (a table's column: 刑事案件案件量2010), else None.

    >>> label_year({"label": "刑事案件案件量2010"}), label_year({"label": "收案数"}), label_year({"label": None})
    (2010, None, None)
    """
    m = re.search(r"(?:19|20)\d{2}$", fig["label"] or "")
    return int(m.group()) if m else None
