"""What the home page says about each report: its conference, full date, place and source; its headline figures.

The seed's own text gives only "3月30日"; the year, place and source come from the news
report of the same conference kept in ``tests/corpus/liaoning_conference_2023_news.json``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.present.charts import measure_family


@dataclass(frozen=True)
class About:
    date: tuple[str, str]  # zh, en
    place: tuple[str, str]
    source: tuple[str, str]
    url: str = ""


REPORTS = {
    "liaoning_court_work_conference_experience_exchange": About(
        date=("2023年3月30日", "30 March 2023"),
        place=("辽宁省", "Liaoning province"),
        source=(
            "会议新闻报道（繁体转载，附拼音）；同一会议的简体报道见国际在线辽宁频道，2023年4月3日",
            "a news report of the conference (reposted in traditional script with pinyin); the same conference "
            "reported by CRI Liaoning, 3 April 2023",
        ),
        url="https://ln.cri.cn/2023-04-03/7afa6fe6-5663-6cf7-252e-b80d1d4bae88.html",
    ),
}


def about(doc_id: str) -> About | None:
    """What is known of a report beyond its text (None for uploads and unknown reports)."""
    return REPORTS.get(doc_id)


def headline_figures(metrics: pd.DataFrame, per_unit: int = 2) -> pd.DataFrame:
    """Each unit's headline figures: its first rate, then its largest count of cases (件), then its
    other counts, largest first, then the rest in report order; ``per_unit`` of them, units in
    report order.

    One sort for the whole table: a loop over units took 9.7 s of a store's first page at 10,000
    reports (``tests/test_metrics.py`` holds the loop as the oracle).

    >>> m = pd.DataFrame({"unit": ["甲"] * 3, "value": [5, 40000, 90], "measure": ["家", "件", "%"],
    ...                   "raw": ["5家", "近4万件", "超过90%"], "label": ["a", "b", "c"]})
    >>> headline_figures(m)["raw"].tolist()
    ['超过90%', '近4万件']
    """
    if metrics.empty:
        return metrics
    value = pd.to_numeric(metrics["value"]).to_numpy("float64")
    codes, measures = pd.factorize(metrics["measure"])  # a few dozen measures over 200,000 figures
    family = np.asarray([measure_family(m) for m in measures.tolist()] + ["count"], dtype=object)[codes]
    unit = pd.factorize(metrics["unit"])[0]  # units in order of first appearance, as the report lists them
    position = np.arange(len(metrics))
    rate, case, count = family == "percent", (metrics["measure"] == "件").to_numpy(bool), family == "count"

    def ranked(*keys: np.ndarray, mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(the rows among ``mask``, by unit, then ``keys`` in turn, then position; each one's place in its unit)."""
        order = np.lexsort((position, *reversed(keys), unit))
        if mask is not None:
            order = order[mask[order]]
        units = unit[order]
        starts = np.flatnonzero(np.r_[True, units[1:] != units[:-1]]) if len(order) else np.zeros(0, np.int64)
        return order, np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))

    def first_in_unit(key: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Whether each row comes first in its unit among ``mask`` by ``key`` (then position)."""
        order, place = ranked(key, mask=mask)
        first = np.zeros(len(metrics), bool)
        first[order[place == 0]] = True
        return first

    first_rate = first_in_unit(position, rate)
    top_case = first_in_unit(-value, case) & ~first_rate
    tier = np.select([first_rate, top_case, count], [0, 1, 2], 3)
    key = np.where(tier == 2, -value, position)  # other counts largest first; the rest in report order
    order, place = ranked(tier, key)
    return metrics.iloc[order[place < per_unit]]
