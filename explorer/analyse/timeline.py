"""A court across its reports: the same indicator matched from year to year, its figures as a time
series, and what changed between two reports (figures that rose or fell, initiatives new or dropped).

A court is its canonical key (:func:`explorer.read.courts.canonical`: 沈阳中院 and 沈阳市中级人民法院 are
one court). An indicator is a figure's label and measure, normalised: two reports' figures are the
same indicator when their measures agree and their labels match, exactly once normalised
(confidence 1) or closely (confidence: the labels' similarity, at least :data:`MATCH`). Each match
says its confidence, so a reader sees which pairs were guessed.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from difflib import SequenceMatcher

import numpy as np
import pandas as pd

from explorer.corpus.restrict import date_order
from explorer.read.lexicon import HAN, family
from explorer.read.metrics import BARE_COUNTS

MATCH = 0.8  # label similarity at or above which two reports' figures are one indicator
# Times apart at which two counts labelled by their verb alone (审结, 收案: the scope stood in another clause) are
# two quantities: a court's 审结 9916 of one kind of case and the nation's 审结 2350.9万 are not one series.
BARE_SPREAD = 10
OTHER_QUANTITY = re.compile("均|审$")  # 人均新收案件 (per judge) ≠ 新收案件; 审执结案件 ≠ 执结案件
SAME_INITIATIVE = 0.5  # title similarity at or above which an initiative continues
_FILLER = re.compile(rf"^(?:全年|年内|今年|去年|当年|共计?|累计|依法|新|其中)+|[^{HAN}A-Za-z]")
SERIES_COLUMNS = [
    "court", "indicator", "measure", "document", "year", "iso_date", "value", "qualifier", "label", "raw",
    "confidence",
]  # fmt: skip


def normalised(label: str) -> str:
    """A label as indicators compare it: punctuation, digits and leading filler words dropped.

    >>> normalised("全年共受理案件"), normalised("结案率（%）"), normalised("其中：诉前调解")
    ('受理案件', '结案率', '诉前调解')
    """
    text = str(label or "")
    previous = None
    while previous != text:
        previous, text = text, _FILLER.sub("", text)
    return text


def similarity(a: str, b: str) -> float:
    """How alike two normalised labels are (0–1): equal 1; one the other with a scope before it
    (受理案件, 全市法院受理案件) 0.8 when the shorter has three characters or more; else the ratio of their
    common parts. A word after it changes the quantity (诉前化解纠纷, 诉前化解纠纷总量; 结案, 结案率), and so does
    one of :data:`OTHER_QUANTITY` before it (人均新收案件, 审执结案件).

    >>> similarity("受理案件", "受理案件"), similarity("受理案件", "全市法院受理案件")
    (1.0, 0.8)
    >>> similarity("结案率", "调解率") < MATCH, similarity("诉前化解纠纷", "诉前化解纠纷总量") < MATCH
    (True, True)
    >>> similarity("收案件", "人均新收案件"), similarity("执结案件", "审执结案件")
    (0.0, 0.0)
    """
    if a == b:
        return 1.0
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) or (long_.endswith(short) and len(short) < 3):
        return 0.0  # 结案 → 结案率, 诉前化解纠纷 → …总量: another quantity; 结案 → 全市结案: too short to tell
    if long_.endswith(short):  # a scope before it (全市法院), unless the words before make another quantity
        return 0.0 if OTHER_QUANTITY.search(long_[: -len(short)]) else 0.8
    return round(SequenceMatcher(None, a, b).ratio(), 3)


def match_indicators(figures: pd.DataFrame, apart: Collection[str] = ()) -> pd.DataFrame:
    """Give each of one court's figures an ``indicator`` (the first label of its match, in date order)
    and a ``confidence``; a report contributes at most one figure per indicator (its first).

    ``figures`` has ``document``, ``label``, ``measure``, ``start`` and ``_order`` (the reports' date
    order). Figures that match nothing start their own indicator (confidence 1), and so do those a
    reader set ``apart`` (their :func:`figure_id`: the match was wrong).
    """
    out = figures.sort_values(["_order", "start"] if "start" in figures else ["_order"], kind="stable").copy()
    indicators: list[tuple[str, set, str, set, list]] = []  # (name, labels normalised, measure, documents, values)
    names, confidence, keep = [], [], []
    ids = [figure_id(d, s) for d, s in zip(out["document"], out["start"], strict=True)] if apart else []
    values = out["value"].tolist() if "value" in out else [None] * len(out)
    for n, (doc, label, measure) in enumerate(zip(out["document"], out["label"], out["measure"], strict=True)):
        key = normalised(label)
        best, score, repeat = None, 0.0, False
        for i, (_, norms, m, docs, seen) in enumerate(indicators):
            if m != measure or not key or (apart and ids[n] in apart) or _bare_apart(key, m, values[n], seen[-1]):
                continue
            s = max(similarity(key, norm) for norm in norms)  # any label it went by: a chain of rewordings
            if doc in docs:
                repeat |= s == 1.0  # the report's second figure under this label: its first stands
                continue
            if s >= MATCH and s > score:
                best, score = i, s
        if best is not None:
            indicators[best][1].add(key)
            indicators[best][3].add(doc)
            indicators[best][4].append(values[n])
            names.append(indicators[best][0])
        else:
            name, taken = str(label), {n for n, *_ in indicators}
            if name in taken:  # another quantity under the same words (a scope the label lost): kept apart
                name = next(f"{label} ({k})" for k in range(2, len(taken) + 3) if f"{label} ({k})" not in taken)
            if not repeat:
                indicators.append((name, {key}, measure, {doc}, [values[n]]))
            names.append(name)
            score = 1.0
        confidence.append(score)
        keep.append(best is not None or not repeat)
    out["indicator"], out["confidence"] = names, confidence
    return out[np.array(keep, dtype=bool)] if len(out) else out.assign(indicator=[], confidence=[])


def _bare_apart(key: str, measure: str, value, last) -> bool:
    """Whether a count labelled by its verb alone is too far in size from an indicator's last value to be its
    next (:data:`BARE_SPREAD` times or more); rates and labels with an object are matched by words alone.

    >>> _bare_apart("审结", "件", 23509000, 9916), _bare_apart("审结", "件", 1200, 1000)
    (True, False)
    >>> _bare_apart("审结民事案件", "件", 23509000, 9916), _bare_apart("审结", "%", 44.0, 0.3)
    (False, False)
    """
    if key not in BARE_COUNTS or family(measure) == "percent" or not value or not last:
        return False
    return max(abs(value), abs(last)) / min(abs(value), abs(last)) >= BARE_SPREAD


def figure_id(document: str, start: int) -> str:
    """A figure's stable id in links: its report and where it begins in the clean text (``doc:1234``)."""
    return f"{document}:{int(start)}"


def court_figures(metrics: pd.DataFrame, units: pd.DataFrame, facts: pd.DataFrame, documents: pd.DataFrame):
    """Every figure of a named court with its ``court`` (canonical key), report year and date order.

    ``units`` is :func:`explorer.corpus.restrict.unit_facts`; figures outside a unit (intros) are left out.
    """
    if metrics.empty or units.empty:
        return pd.DataFrame(columns=[*metrics.columns, "court", "year", "iso_date", "_order"])
    court = {(d, n): c for d, n, c in zip(units["document"], units["name"], units["court"], strict=True)}
    order = date_order(facts[facts["document"].isin(documents["id"].astype(str))])
    m = metrics.rename(columns={"year": "figure_year"}).assign(document=metrics["document"].astype(str))
    m = m.assign(court=[court.get((d, u)) for d, u in zip(m["document"], m["unit"], strict=True)])
    m = m[m["court"].notna() & m["document"].isin(order)]
    year = dict(zip(facts["document"], facts["year"], strict=True))
    iso = dict(zip(facts["document"], facts["iso_date"], strict=True))
    return m.assign(year=m["document"].map(year), iso_date=m["document"].map(iso), _order=m["document"].map(order))


def court_series(figures: pd.DataFrame, court: str, apart: Collection[str] = ()) -> pd.DataFrame:
    """One court's figures matched into indicators, in date order (:data:`SERIES_COLUMNS` and ``id``);
    ``apart``: figures a reader split off their match (:func:`match_indicators`)."""
    mine = figures[figures["court"] == court]
    if mine.empty:
        return pd.DataFrame(columns=[*SERIES_COLUMNS, "id"])
    matched = match_indicators(mine, apart)
    matched["id"] = [figure_id(d, s) for d, s in zip(matched["document"], matched["start"], strict=True)]
    return matched.sort_values(["indicator", "_order"], kind="stable")[[*SERIES_COLUMNS, "id"]].reset_index(drop=True)


def repeated(series: pd.DataFrame) -> pd.DataFrame:
    """The indicators a court reported in two reports or more: what a time series can draw."""
    reports = series.groupby("indicator")["document"].transform("nunique")
    return series[reports >= 2]


def what_changed(series: pd.DataFrame, earlier: str, later: str) -> pd.DataFrame:
    """The indicators of both reports with their values, the change and its direction (up, down, same);
    a pair whose qualifiers differ (近4万 then 4万) is flagged, as approximate figures may not compare."""
    a = series[series["document"] == earlier].set_index("indicator")
    b = series[series["document"] == later].set_index("indicator")
    both = [i for i in b.index if i in a.index]
    rows = []
    for ind in both:
        x, y = a.loc[ind], b.loc[ind]
        change = float(y["value"]) - float(x["value"])
        rows.append(
            {
                "indicator": ind,
                "measure": y["measure"],
                "before": float(x["value"]),
                "after": float(y["value"]),
                "change": change,
                "direction": "up" if change > 0 else "down" if change < 0 else "same",
                "raw_before": x["raw"],
                "raw_after": y["raw"],
                "flag": "" if x["qualifier"] == y["qualifier"] else "qualifier",
                "confidence": float(y["confidence"]),
            }
        )
    columns = ["indicator", "measure", "before", "after", "change", "direction", "raw_before", "raw_after"]
    return pd.DataFrame(rows, columns=[*columns, "flag", "confidence"])


def initiative_changes(earlier: list[str], later: list[str]) -> pd.DataFrame:
    """Each initiative of the later report as ``new`` or ``continued`` (its closest earlier title), then
    each earlier one nothing continued as ``dropped``.

    >>> changes = initiative_changes(["推进诉源治理", "建设智慧法院"], ["深化诉源治理", "打造枫桥式法庭"])
    >>> changes[["title", "status"]].values.tolist()
    [['深化诉源治理', 'continued'], ['打造枫桥式法庭', 'new'], ['建设智慧法院', 'dropped']]
    """
    rows, used = [], set()
    for title in later:
        scores = [(SequenceMatcher(None, normalised(title), normalised(e)).ratio(), i) for i, e in enumerate(earlier)]
        score, i = max(scores, default=(0.0, -1))
        if score >= SAME_INITIATIVE:
            used.add(i)
            rows.append({"title": title, "status": "continued", "earlier": earlier[i], "similarity": round(score, 3)})
        else:
            rows.append({"title": title, "status": "new", "earlier": "", "similarity": round(score, 3)})
    rows += [
        {"title": e, "status": "dropped", "earlier": e, "similarity": 0.0}
        for i, e in enumerate(earlier)
        if i not in used
    ]
    return pd.DataFrame(rows, columns=["title", "status", "earlier", "similarity"])


def initiatives_by_report(reports: list[tuple[str, list[str]]]) -> pd.DataFrame:
    """A court's initiatives report by report (in date order): the first report's as ``first``, each
    later one's as ``new`` or ``continued`` against the report before, then those it no longer mentions.

    >>> got = initiatives_by_report([("a", ["推进诉源治理"]), ("b", ["深化诉源治理", "建设智慧法院"])])
    >>> got[["document", "title", "status"]].values.tolist()
    [['a', '推进诉源治理', 'first'], ['b', '深化诉源治理', 'continued'], ['b', '建设智慧法院', 'new']]
    """
    frames = []
    for i, (doc, titles) in enumerate(reports):
        if i == 0:
            steps = pd.DataFrame({"title": titles, "status": "first", "earlier": "", "similarity": 1.0})
        else:
            steps = initiative_changes(reports[i - 1][1], titles)
        frames.append(steps.assign(document=doc))
    columns = ["document", "title", "status", "earlier", "similarity"]
    return pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)
