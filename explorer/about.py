"""What the home page says about each report: its conference, full date, place and source; its headline figures.

The seed's own text gives only "3月30日"; the year, place and source come from the news
report of the same conference kept in ``tests/corpus/liaoning_conference_2023_news.json``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from explorer.charts import measure_family


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
    """Each unit's headline figures: its first rate, then its largest count of cases (件), else its
    largest other count, in report order of the units.

    >>> m = pd.DataFrame({"unit": ["甲"] * 3, "value": [5, 40000, 90], "measure": ["家", "件", "%"],
    ...                   "raw": ["5家", "近4万件", "超过90%"], "label": ["a", "b", "c"]})
    >>> headline_figures(m)["raw"].tolist()
    ['超过90%', '近4万件']
    """
    if metrics.empty:
        return metrics
    df = metrics.assign(_value=pd.to_numeric(metrics["value"]), _family=metrics["measure"].map(measure_family))
    picked = []
    for _, mine in df.groupby("unit", sort=False):
        rates = mine[mine["_family"] == "percent"]
        cases = mine[mine["measure"] == "件"].sort_values("_value", ascending=False)
        counts = mine[mine["_family"] == "count"].sort_values("_value", ascending=False)
        ranked = pd.concat([rates.head(1), cases.head(1), counts, mine])
        picked.append(ranked[~ranked.index.duplicated()].head(per_unit))
    return pd.concat(picked).drop(columns=["_value", "_family"])
