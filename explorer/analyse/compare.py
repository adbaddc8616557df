"""How units differ: distinctive terms (log-odds with an informative Dirichlet prior) and text similarity."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping

import pandas as pd

from explorer.read.lexicon import HAN_BASIC
from explorer.read.resources import stopwords
from explorer.read.segment import cut

_HAN_WORD = re.compile(f"^[{HAN_BASIC}]{{2,}}$")
Z_CRIT = 1.96  # |z| above this: significant at about 5% (two-sided)
PER = 10_000  # rates are per this many characters of the unit's text
# Words every court report uses: they rank high by chance and say nothing about one court.
GENERIC = frozenset(
    (
        "服务 保障 时代 要求 机制 创新 全国 全省 制定 基础 夯实 指导 司法 案件 法院 法庭 法官 审判 发布 环境 "
        "创建 改革 上线 发展 推进 加强 提升 坚持 推动 实现 建设 落实 开展 打造 全面 持续 积极 深入 能力 水平 "
        "作用 体系 质量 效率 群众 人民 工作 举措 措施 成效 问题 方面 领域 相关 有效 不断 更加 进一步 切实 充分 "
        "主动 重点 专项 目标 任务 部署 召开 会议 活动 完成 受理 审结 突破 辖区 办案 经验 形成 取得 明显 全力 "
        "着力 优化 完善 健全 强化 深化 统筹 聚焦 围绕 立足 紧扣 严格 依法 年度 今年 以来 "
    ).split()
)


def unit_tokens(text: str, extra_terms: list[str] = ()) -> list[str]:
    """Content words of a text: jieba tokens of two or more Han characters, stop words removed.

    >>> unit_tokens("我们积极创建无讼社区，推进诉前调解。")
    ['创建', '无讼社区', '诉前调解']
    """
    stop = stopwords()
    return [w for w in cut(text, extra_terms) if _HAN_WORD.match(w) and w not in stop]


def log_odds(counts: Mapping[str, Counter], prior: Counter | None = None) -> pd.DataFrame:
    """Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).

    For each group i and word w, compares i with all other groups together:
    δ = log((y_iw + α_w) / (n_i + α_0 − y_iw − α_w)) − log((y_jw + α_w) / (n_j + α_0 − y_jw − α_w)),
    σ² ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w), z = δ / σ. The prior α is the pooled counts of
    all groups unless ``prior`` is given. Returns columns group, term, count, delta, z.
    """
    pooled = Counter()
    for c in counts.values():
        pooled.update(c)
    alpha = prior if prior is not None else pooled
    alpha0 = sum(alpha.values())
    total = sum(pooled.values())
    rows = []
    for group, c in counts.items():
        n_i = sum(c.values())
        n_j = total - n_i
        for w in pooled:
            a = alpha.get(w, 0)
            if a <= 0:
                continue
            y_i = c.get(w, 0)
            y_j = pooled[w] - y_i
            delta = math.log((y_i + a) / (n_i + alpha0 - y_i - a)) - math.log((y_j + a) / (n_j + alpha0 - y_j - a))
            var = 1 / (y_i + a) + 1 / (y_j + a)
            rows.append({"group": group, "term": w, "count": y_i, "delta": delta, "z": delta / math.sqrt(var)})
    return pd.DataFrame(rows, columns=["group", "term", "count", "delta", "z"])


def distinctive_terms(scores: pd.DataFrame, top: int = 10, min_z: float = 1.0) -> pd.DataFrame:
    """Each group's terms with the highest z-scores (used by it, z ≥ ``min_z``)."""
    used = scores[(scores["count"] > 0) & (scores["z"] >= min_z)]
    ranked = used.sort_values(["group", "z", "term"], ascending=[True, False, True])
    return ranked.groupby("group", sort=False).head(top).reset_index(drop=True)


def tfidf_cosine(counts: Mapping[str, Counter]) -> pd.DataFrame:
    """Cosine similarity of TF-IDF vectors (smoothed idf = ln((1+N)/(1+df)) + 1), long format a, b, similarity.

    >>> m = tfidf_cosine({"甲": Counter({"调解": 2}), "乙": Counter({"调解": 1}), "丙": Counter({"执行": 1})})
    >>> m[m["a"] == "甲"]["similarity"].tolist()
    [1.0, 1.0, 0.0]
    """
    groups = list(counts)
    n = len(groups)
    df = Counter(w for c in counts.values() for w in c)
    idf = {w: math.log((1 + n) / (1 + d)) + 1 for w, d in df.items()}
    vectors = {g: {w: tf * idf[w] for w, tf in c.items()} for g, c in counts.items()}
    norms = {g: math.sqrt(sum(v * v for v in vec.values())) for g, vec in vectors.items()}
    rows = []
    for a in groups:
        for b in groups:
            dot = sum(v * vectors[b].get(w, 0.0) for w, v in vectors[a].items())
            sim = dot / (norms[a] * norms[b]) if norms[a] and norms[b] else 0.0
            rows.append({"a": a, "b": b, "similarity": round(sim, 4)})
    return pd.DataFrame(rows, columns=["a", "b", "similarity"])


def _example(sentences: pd.DataFrame, unit: str, term: str) -> str:
    mine = sentences[(sentences["unit"] == unit) & sentences["text"].str.contains(term, regex=False)]
    return mine["text"].iloc[0] if len(mine) else ""


def concept_table(
    concepts: pd.DataFrame, sentences: pd.DataFrame, units: list[str], top: int = 30
) -> tuple[pd.DataFrame, list[str]]:
    """Concept × unit rows for the chosen units, with an example sentence, and up to ``top`` terms
    ordered shared-first (by how many units mention them, then by mentions)."""
    df = concepts[concepts["unit"].isin(units)].copy()
    stats = df[df["mentions"] > 0].groupby("term").agg(units=("unit", "nunique"), total=("mentions", "sum"))
    order = stats.sort_values(["units", "total"], ascending=False, kind="stable").index.tolist()[:top]
    df = df[df["term"].isin(order)]
    df["example"] = [
        _example(sentences, u, t) if n else "" for u, t, n in zip(df["unit"], df["term"], df["mentions"], strict=True)
    ]
    return df.reset_index(drop=True), order


def unit_counts(dataset, units: list[str]) -> dict[str, Counter]:
    """Content-word counts of each chosen unit's text (its block after the 经验交流单位 line)."""
    return dataset.memo(("unit_counts", tuple(units)), lambda: _unit_counts(dataset, units))


def _unit_counts(dataset, units: list[str]) -> dict[str, Counter]:
    names = {u["name"]: u for u in dataset.records("units")}
    # A unit's own place names (沈阳, 海城市, 东城) say nothing about what it does.
    own_names = set()
    for u in names.values():
        own_names.update([u["city"], u["city"][:-1], u["short_name"], u["short_name"][:-2], *u["aliases"]])
    out = {}
    for doc in dataset.documents:
        for u in doc.structure.units:
            if u.name in units:
                body = doc.text.clean[u.start : u.end].split("\n", 1)[-1]
                words = [w for w in unit_tokens(body, dataset.concept_terms()) if w not in own_names]
                out.setdefault(u.name, Counter()).update(words)
    return out


def unit_lengths(dataset, units: list[str]) -> dict[str, int]:
    """Characters of each chosen unit's text (its block after the 经验交流单位 line)."""
    out: dict[str, int] = {}
    for doc in dataset.documents:
        for u in doc.structure.units:
            if u.name in units:
                out[u.name] = out.get(u.name, 0) + len(doc.text.clean[u.start : u.end].split("\n", 1)[-1])
    return out


def term_table(dataset, units: list[str], sentences: pd.DataFrame, top: int = 8, min_count: int = 2) -> pd.DataFrame:
    """Each chosen unit's most distinctive terms against the other chosen units: generic words and
    words used fewer than ``min_count`` times left out, with a rate per 10,000 characters and an example."""
    counts = {
        u: Counter({w: n for w, n in c.items() if w not in GENERIC}) for u, c in unit_counts(dataset, units).items()
    }
    scores = log_odds(counts)
    scores = scores[scores["count"] >= min_count]
    terms = distinctive_terms(scores, top=top, min_z=0.0).rename(columns={"group": "unit"})
    lengths = unit_lengths(dataset, units)
    terms["rate"] = [
        round(n * PER / max(lengths.get(u, 0), 1), 1) for u, n in zip(terms["unit"], terms["count"], strict=True)
    ]
    terms["significant"] = terms["z"].abs() > Z_CRIT
    terms["example"] = [_example(sentences, u, t) for u, t in zip(terms["unit"], terms["term"], strict=True)]
    return terms
