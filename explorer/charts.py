"""Altair charts as pure functions: DataFrames in, ``alt.Chart`` out, one colour per unit."""

from __future__ import annotations

import altair as alt
import pandas as pd

# Colour-blind-safe, distinct on white; the unit's order in the report picks its colour.
PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#b279a2", "#e45756", "#72b7b2", "#9d755d", "#bab0ac"]
FONT = "WenQuanYi Micro Hei, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif"
PANEL_WIDTH = 620  # concatenated charts do not size to their container
FAMILIES = {"%": "percent", "个百分点": "percent", "百分点": "percent", "元": "money"}


def unit_colors(short_names: list[str]) -> dict[str, str]:
    """Stable colour per unit, by order.

    >>> unit_colors(["沈阳中院", "东城法庭"])
    {'沈阳中院': '#4c78a8', '东城法庭': '#f58518'}
    """
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(short_names)}


def _color(colors: dict[str, str], legend: bool = True) -> alt.Color:
    return alt.Color(
        "short:N",
        title=None,
        scale=alt.Scale(domain=list(colors), range=list(colors.values())),
        legend=alt.Legend(orient="top", labelFont=FONT, columns=8) if legend else None,
    )


def _unit_axis(colors: dict[str, str]) -> alt.Y:
    return alt.Y("short:N", sort=list(colors), title=None, axis=alt.Axis(labelOverlap=False))


def _style(chart: alt.Chart) -> alt.Chart:
    return chart.configure_axis(labelFont=FONT, titleFont=FONT, labelLimit=260).configure_title(
        font=FONT, anchor="start"
    )


def measure_family(measure: str) -> str:
    """percent, money or count: figures of different families never share an axis."""
    return FAMILIES.get(measure, "count")


def metrics_chart(metrics: pd.DataFrame, colors: dict[str, str], titles: dict[str, str]) -> alt.VConcatChart:
    """Horizontal bars of every figure, one panel per family (rates, counts, money), own x axis each.

    ``metrics`` needs columns short, label, value, measure, raw, sentence; ``titles`` maps
    family → panel title.
    """
    item = metrics["short"] + "｜" + metrics["label"]
    repeat = item.groupby(item).cumcount()  # one bar per figure, even when unit and label repeat
    df = metrics.assign(
        family=metrics["measure"].map(measure_family),
        value=pd.to_numeric(metrics["value"]),
        item=item.where(repeat == 0, item + " (" + (repeat + 1).astype(str) + ")"),
    )
    panels = []
    for family in ("percent", "count", "money"):
        part = df[df["family"] == family]
        if part.empty:
            continue
        # Counts run from 3 to 111,300: a log axis keeps the small ones visible.
        scale = alt.Scale(type="linear") if family == "percent" else alt.Scale(type="log", domainMin=1)
        base = alt.Chart(part).encode(
            y=alt.Y("item:N", sort=None, title=None, axis=alt.Axis(labelOverlap=False)),
            x=alt.X("value:Q", title=None, scale=scale, axis=alt.Axis(format="~s" if family != "percent" else ",.4~g")),
        )
        # On a log axis a bar cannot start at 0: it starts at 1.
        bars = base.mark_bar().encode(
            x2=alt.datum(0 if family == "percent" else 1),
            color=_color(colors),
            tooltip=[
                alt.Tooltip("short:N", title="单位"),
                alt.Tooltip("label:N", title="指标"),
                alt.Tooltip("raw:N", title="原文"),
                alt.Tooltip("value:Q", title="数值", format=",~f"),
                alt.Tooltip("sentence:N", title="句子"),
            ],
        )
        labels = base.mark_text(align="left", dx=4, font=FONT, fontSize=11, color="#333").encode(text="raw:N")
        panel = alt.layer(bars, labels, title=titles.get(family, family))
        panels.append(panel.properties(width=PANEL_WIDTH, height=24 * len(part)))
    return _style(alt.vconcat(*panels).resolve_scale(x="independent", color="shared"))


def hits_by_unit_chart(counts: pd.DataFrame, colors: dict[str, str]) -> alt.Chart:
    """Bars of hits per unit; ``counts`` has columns short, hits."""
    chart = (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X("hits:Q", title=None, axis=alt.Axis(tickMinStep=1, format="d")),
            y=_unit_axis(colors),
            color=_color(colors, legend=False),
            tooltip=[alt.Tooltip("short:N", title="单位"), alt.Tooltip("hits:Q", title="命中")],
        )
        .properties(width="container", height=alt.Step(34))
    )
    return _style(chart)


def dispersion_chart(kwic: pd.DataFrame, colors: dict[str, str]) -> alt.Chart:
    """A tick per hit (or bin of hits, column ``hits``) at its relative place (0 = start, 1 = end)
    in its unit's text."""
    chart = (
        alt.Chart(kwic)
        .mark_tick(thickness=3, size=22)
        .encode(
            x=alt.X("position:Q", scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%"), title=None),
            y=_unit_axis(colors),
            color=_color(colors, legend=False),
            opacity=alt.Opacity("hits:Q", legend=None, scale=alt.Scale(range=[0.5, 1])),
            tooltip=[
                alt.Tooltip("short:N", title="单位"),
                alt.Tooltip("hits:Q", title="命中"),
                alt.Tooltip("sentence:N", title="句子"),
            ],
        )
        .properties(width="container", height=alt.Step(34))
    )
    return _style(chart)


def concepts_chart(concepts: pd.DataFrame, colors: dict[str, str], top: int = 12) -> alt.Chart:
    """Stacked bars of mentions for the most shared concepts; ``concepts`` is long (term, short, mentions)."""
    order = (
        concepts[concepts["mentions"] > 0]
        .groupby("term")
        .agg(units=("short", "nunique"), total=("mentions", "sum"))
        .sort_values(["units", "total"], ascending=False)
        .head(top)
        .index.tolist()
    )
    df = concepts[concepts["term"].isin(order) & (concepts["mentions"] > 0)]
    chart = (
        alt.Chart(df)
        .mark_bar()
        .encode(
            y=alt.Y("term:N", sort=order, title=None, axis=alt.Axis(labelOverlap=False)),
            x=alt.X("mentions:Q", title=None, axis=alt.Axis(tickMinStep=1, format="d")),
            color=_color(colors),
            tooltip=[
                alt.Tooltip("term:N", title="概念"),
                alt.Tooltip("short:N", title="单位"),
                alt.Tooltip("mentions:Q", title="次数"),
            ],
        )
        .properties(width="container", height=26 * max(len(order), 1))
    )
    return _style(chart)


def _heatmap(df: pd.DataFrame, x: str, y: str, value: str, x_order: list[str], y_order: list[str], tooltip: list):
    # Dark cells get white labels; the cut is 60% of the largest value.
    dark = 0.6 * float(df[value].max()) if len(df) else 0.0
    base = alt.Chart(df).encode(
        x=alt.X(f"{x}:N", sort=x_order, title=None, axis=alt.Axis(orient="top", labelAngle=0, labelOverlap=False)),
        y=alt.Y(f"{y}:N", sort=y_order, title=None, axis=alt.Axis(labelOverlap=False)),
    )
    cells = base.mark_rect(stroke="white").encode(
        color=alt.when(f"datum.{value} == 0")
        .then(alt.value("#f3f4f6"))
        .otherwise(alt.Color(f"{value}:Q", scale=alt.Scale(scheme="blues"), legend=None)),
        tooltip=tooltip,
    )
    labels = base.mark_text(font=FONT, fontSize=12).encode(
        text=alt.Text(f"{value}:Q", format="~g"),
        color=alt.when(f"datum.{value} > {dark}")
        .then(alt.value("white"))
        .when(f"datum.{value} > 0")
        .then(alt.value("#1b1b1b"))
        .otherwise(alt.value("#bbb")),
    )
    return cells, labels


def concept_heatmap(concepts: pd.DataFrame, units: list[str], order: list[str]) -> alt.LayerChart:
    """Concept × unit mention counts; ``order`` puts the shared concepts first.

    ``concepts`` is long: term, short, mentions, quoted, example.
    """
    tooltip = [
        alt.Tooltip("term:N", title="概念"),
        alt.Tooltip("short:N", title="单位"),
        alt.Tooltip("mentions:Q", title="次数"),
        alt.Tooltip("example:N", title="句子"),
    ]
    cells, labels = _heatmap(concepts, "short", "term", "mentions", units, order, tooltip)
    return _style((cells + labels).properties(width=alt.Step(90), height=alt.Step(22)))


def similarity_chart(sim: pd.DataFrame, units: list[str]) -> alt.LayerChart:
    """Unit × unit cosine similarity of their TF-IDF vectors (columns a, b, similarity)."""
    tooltip = [alt.Tooltip("a:N"), alt.Tooltip("b:N"), alt.Tooltip("similarity:Q", title="余弦相似度", format=".2f")]
    cells, labels = _heatmap(sim, "b", "a", "similarity", units, units, tooltip)
    labels = labels.encode(text=alt.Text("similarity:Q", format=".2f"))
    return _style((cells + labels).properties(width=alt.Step(90), height=alt.Step(36)))


def theme_heatmap(matrix: pd.DataFrame, units: list[str], themes: list[str], select: alt.Parameter) -> alt.LayerChart:
    """Unit × theme: sentences touching each theme; click a cell (``select``) to read them."""
    tooltip = [
        alt.Tooltip("short:N", title="单位"),
        alt.Tooltip("theme:N", title="主题"),
        alt.Tooltip("sentences:Q", title="句数"),
        alt.Tooltip("example:N", title="例句"),
    ]
    cells, labels = _heatmap(matrix, "short", "theme", "sentences", units, themes, tooltip)
    cells = cells.add_params(select).encode(opacity=alt.condition(select, alt.value(1.0), alt.value(0.45)))
    return _style((cells + labels).properties(width=alt.Step(90), height=alt.Step(30)))


def distinctive_chart(terms: pd.DataFrame, colors: dict[str, str]) -> alt.Chart:
    """z-scores of each unit's most distinctive terms, one row of bars per unit (columns short, term, z, example)."""
    chart = (
        alt.Chart(terms)
        .mark_bar()
        .encode(
            x=alt.X("z:Q", title="z"),
            y=alt.Y("term:N", sort="-x", title=None, axis=alt.Axis(labelOverlap=False)),
            color=_color(colors, legend=False),
            tooltip=[
                alt.Tooltip("term:N", title="词"),
                alt.Tooltip("count:Q", title="次数"),
                alt.Tooltip("z:Q", format=".2f"),
                alt.Tooltip("example:N", title="句子"),
            ],
        )
        .properties(width=120, height=alt.Step(18))
        .facet(column=alt.Column("short:N", sort=list(colors), title=None, header=alt.Header(labelFont=FONT)))
        .resolve_scale(y="independent")
    )
    return _style(chart)
