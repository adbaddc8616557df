"""Altair charts as pure functions: DataFrames in, ``alt.Chart`` out, one colour per unit."""

from __future__ import annotations

import math

import altair as alt
import pandas as pd

from explorer.present.i18n import t
from explorer.present.palette import PALETTE, unit_colors  # noqa: F401 (unit_colors: charts' callers name it here)
from explorer.read.lexicon import family

FONT = "WenQuanYi Micro Hei, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif"
Z_LINE = 1.96
SHAPES = {"exact": "circle", "approx": "circle", "over": "triangle-right"}


def number_expr(lang: str, field: str = "datum.value") -> str:
    """A Vega expression writing a number as people read it: 万 and 亿 in Chinese, thousand/million/bn in English.

    >>> number_expr("zh").startswith("abs(datum.value) >= 1e8")
    True
    """
    # "r": decimal notation (d3's "g" would write 32700 as 3.27e+4).
    if lang == "en":
        return (
            f"abs({field}) >= 1e9 ? format({field} / 1e9, ',.4~r') + ' bn' : "
            f"abs({field}) >= 1e6 ? format({field} / 1e6, ',.4~r') + ' million' : format({field}, ',.6~r')"
        )
    return (
        f"abs({field}) >= 1e8 ? format({field} / 1e8, ',.4~r') + '亿' : "
        f"abs({field}) >= 1e4 ? format({field} / 1e4, ',.4~r') + '万' : format({field}, ',.6~r')"
    )


def _color(colors: dict[str, str], legend: bool = True) -> alt.Color:
    # Every entry shown: a legend wider than the chart would be cut, so it wraps in two columns, each label cut with …
    # past 150 px (a court's name fits; a long file id would widen the page on a phone).
    full = alt.Legend(orient="bottom", labelFont=FONT, columns=2, labelLimit=150, symbolLimit=0)
    return alt.Color(
        "short:N",
        title=None,
        scale=alt.Scale(domain=list(colors), range=list(colors.values())),
        legend=full if legend else None,
    )


def _unit_axis(colors: dict[str, str]) -> alt.Y:
    return alt.Y("short:N", sort=list(colors), title=None, axis=alt.Axis(labelOverlap=False))


def as_vega(figure: alt.TopLevelMixin) -> tuple[dict, pd.DataFrame | None]:
    """(Vega-Lite spec, the chart's own frame): the frame apart, for Streamlit to send as Arrow, not first
    turned into JSON values by Altair (two thirds of making a spec); every encoded field is typed, so
    the spec needs no data to be made. Not validated again: the chart functions are, in their tests.

    >>> spec, values = as_vega(alt.Chart(pd.DataFrame({"n": [1]})).mark_bar().encode(x="n:Q"))
    >>> sorted(spec), len(values)
    (['$schema', 'config', 'encoding', 'mark'], 1)
    """
    values = figure.data if isinstance(figure.data, pd.DataFrame) else None
    if values is None:
        return figure.to_dict(validate=False), None
    figure = figure.copy(deep=False)
    figure.data = alt.Undefined
    spec = figure.to_dict(validate=False)
    # Altair's placeholder for the missing data, one empty row: drawn, it is a court named "undefined",
    # and layers reading it would not see the frame Streamlit gives the whole chart
    for part in [spec, *spec.get("layer", [])]:
        if part.get("data") == {"name": "empty"}:
            del part["data"]
    if spec.get("datasets", {}).get("empty") == [{}]:
        del spec["datasets"]["empty"]
        if not spec["datasets"]:
            del spec["datasets"]
    return spec, values


# Altair validates every schema object as it is made; the chart functions' specs are validated in their tests
# (tests/test_views.py, tests/test_toolkit.py, through to_dict()), and a rerun doing it again cost a fifth of a
# search page's CPU. Here, not in app.py: Altair is imported by the first page that draws a chart, after its text.
alt.utils.schemapi.disable_debug_mode()


@alt.theme.register("explorer", enable=True)
def theme() -> alt.theme.ThemeConfig:
    """The one chart style, registered once (as altair's own themes are): Chinese fonts, long labels kept,
    titles at the start."""
    return alt.theme.ThemeConfig(
        {
            "config": {
                "axis": {"labelFont": FONT, "titleFont": FONT, "labelLimit": 260},
                "title": {"font": FONT, "anchor": "start"},
            }
        }
    )


def figure_groups(metrics: pd.DataFrame) -> tuple[list[tuple[str, pd.DataFrame]], pd.DataFrame]:
    """Figures grouped by measure (件 with 件, % with %): groups of two or more get a chart of their
    own on one linear scale; figures alone in their measure come back as the second value.

    >>> df = pd.DataFrame({"short": ["甲", "乙", "甲"], "label": ["a", "b", "c"], "value": [1, 2, 3],
    ...                    "measure": ["件", "件", "元"], "qualifier": ["exact"] * 3, "raw": ["1件", "2件", "3元"]})
    >>> groups, single = figure_groups(df)
    >>> [m for m, _ in groups], single["raw"].tolist()
    (['件'], ['3元'])
    """
    item = metrics["short"] + "｜" + metrics["label"]
    repeat = item.groupby(item).cumcount()  # one row per figure, even when unit and label repeat
    df = metrics.assign(
        value=pd.to_numeric(metrics["value"]),
        item=item.where(repeat == 0, item + " (" + (repeat + 1).astype(str) + ")"),
    )
    sizes = df.groupby("measure", sort=False)["value"].transform("size")
    groups = [(str(m), g) for m, g in df[sizes > 1].groupby("measure", sort=False)]
    groups.sort(key=lambda mg: (["percent", "count", "money"].index(family(mg[0])), -len(mg[1])))
    return groups, df[sizes == 1].reset_index(drop=True)


def figure_chart(group: pd.DataFrame, colors: dict[str, str], lang: str = "zh") -> alt.LayerChart:
    """Figures of one measure as dots on one linear axis from zero: filled when exact, hollow when
    approximate (近, 约), a triangle pointing right when a lower bound (超过, 余); each labelled as written.

    ``group`` needs columns short, item, value, qualifier, raw, label, sentence.
    """
    df = group.assign(
        qualifier_text=group["qualifier"].map(lambda q: t(f"legend_{q}", lang) if q in SHAPES else q),
        caption=group["item"] + "：" + group["raw"].astype(str),
    )
    order = [t(f"legend_{q}", lang) for q in SHAPES]
    # Each figure's name and value as written sit above its line, so the plot keeps the full width on a phone.
    base = alt.Chart(df).encode(
        y=alt.Y("item:N", sort=None, title=None, axis=None),
        x=alt.X(
            "value:Q",
            title=None,
            scale=alt.Scale(zero=True, nice=True, padding=12),  # pixels, so the last dot is not cut
            axis=alt.Axis(labelExpr=number_expr(lang), tickCount=4, labelOverlap=True, grid=True),
        ),
    )
    stems = base.mark_rule(strokeWidth=2, opacity=0.5).encode(x2=alt.datum(0), color=_color(colors))
    dots = base.mark_point(size=150, strokeWidth=2.5, filled=True, opacity=1).encode(
        color=_color(colors),
        stroke=alt.Stroke("short:N", scale=alt.Scale(domain=list(colors), range=list(colors.values())), legend=None),
        # Shape and fill share one legend (same field): filled circle, hollow circle, triangle.
        fillOpacity=alt.FillOpacity("qualifier_text:N", title=None, scale=alt.Scale(domain=order, range=[1, 0, 0])),
        shape=alt.Shape(
            "qualifier_text:N",
            title=None,
            scale=alt.Scale(domain=order, range=["circle", "circle", "triangle-right"]),
            # The labels carry their own glyph (● ○ ▷): a legend symbol cannot show hollow and filled apart.
            legend=alt.Legend(orient="top", labelFont=FONT, symbolOpacity=0, symbolSize=0, labelOffset=0),
        ),
        tooltip=[
            alt.Tooltip("short:N", title=t("tt_unit", lang)),
            alt.Tooltip("label:N", title=t("tt_label", lang)),
            alt.Tooltip("raw:N", title=t("tt_raw", lang)),
            alt.Tooltip("qualifier_text:N", title=t("tt_qualifier", lang)),
            alt.Tooltip("sentence:N", title=t("tt_sentence", lang)),
        ],
    )
    captions = base.mark_text(  # cut with … at the plot's width less the scale's padding: a long id never widens it
        align="left", baseline="bottom", dy=-8, font=FONT, fontSize=12, color="#333", limit=alt.ExprRef("width - 16")
    ).encode(x=alt.datum(0), text="caption:N")
    chart = alt.layer(stems, dots, captions).properties(width="container", height=alt.Step(46))
    return chart.resolve_scale(color="shared")


def hits_by_unit_chart(counts: pd.DataFrame, colors: dict[str, str], lang: str = "zh") -> alt.Chart:
    """Bars of hits per unit; ``counts`` has columns short, hits."""
    chart = (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X("hits:Q", title=None, axis=alt.Axis(tickMinStep=1, format="d")),
            y=_unit_axis(colors),
            color=_color(colors, legend=False),
            tooltip=[alt.Tooltip("short:N", title=t("tt_unit", lang)), alt.Tooltip("hits:Q", title=t("tt_hits", lang))],
        )
        .properties(width="container", height=alt.Step(34))
    )
    return chart


def dispersion_chart(kwic: pd.DataFrame, colors: dict[str, str], lang: str = "zh") -> alt.Chart:
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
            tooltip=[alt.Tooltip("short:N", title=t("tt_unit", lang)), alt.Tooltip("hits:Q", title=t("tt_hits", lang))],
        )
        .properties(width="container", height=alt.Step(34))
    )
    return chart


def concepts_chart(concepts: pd.DataFrame, colors: dict[str, str], top: int = 12, lang: str = "zh") -> alt.Chart:
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
                alt.Tooltip("term:N", title=t("tt_concept", lang)),
                alt.Tooltip("short:N", title=t("tt_unit", lang)),
                alt.Tooltip("mentions:Q", title=t("tt_count", lang)),
            ],
        )
        .properties(width="container", height=26 * max(len(order), 1))
    )
    return chart


def _heatmap(
    df: pd.DataFrame, x: str, y: str, value: str, x_order: list[str], y_order: list[str], tooltip: list, fmt: str = "~g"
):
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
        text=alt.Text(f"{value}:Q", format=fmt),
        color=alt.when(f"datum.{value} > {dark}")
        .then(alt.value("white"))
        .when(f"datum.{value} > 0")
        .then(alt.value("#1b1b1b"))
        .otherwise(alt.value("#bbb")),
    )
    return cells, labels


def concept_heatmap(concepts: pd.DataFrame, units: list[str], order: list[str], lang: str = "zh") -> alt.LayerChart:
    """Concept × unit mention counts; ``order`` puts the shared concepts first.

    ``concepts`` is long: term, short, mentions, quoted, example.
    """
    tooltip = [
        alt.Tooltip("term:N", title=t("tt_concept", lang)),
        alt.Tooltip("short:N", title=t("tt_unit", lang)),
        alt.Tooltip("mentions:Q", title=t("tt_count", lang)),
        alt.Tooltip("example:N", title=t("tt_sentence", lang)),
    ]
    cells, labels = _heatmap(concepts, "short", "term", "mentions", units, order, tooltip)
    return (cells + labels).properties(width="container", height=alt.Step(22))


def similarity_chart(sim: pd.DataFrame, units: list[str], lang: str = "zh") -> alt.LayerChart:
    """Unit × unit cosine similarity of their TF-IDF vectors (columns a, b, similarity)."""
    tooltip = [
        alt.Tooltip("a:N", title=t("tt_unit", lang)),
        alt.Tooltip("b:N", title=t("tt_unit", lang)),
        alt.Tooltip("similarity:Q", title=t("tt_similarity", lang), format=".2f"),
    ]
    cells, labels = _heatmap(sim, "b", "a", "similarity", units, units, tooltip, fmt=".2f")
    return (cells + labels).properties(width="container", height=alt.Step(36))


def theme_heatmap(
    matrix: pd.DataFrame, units: list[str], themes: list[str], select: alt.Parameter, lang: str = "zh"
) -> alt.LayerChart:
    """Unit × theme: the share of each unit's sentences touching the theme (texts of any length compare);
    click a cell (``select``) to read them. ``matrix`` has short, theme, label, share, sentences, example."""
    tooltip = [
        alt.Tooltip("short:N", title=t("tt_unit", lang)),
        alt.Tooltip("label:N", title=t("tt_theme", lang)),
        alt.Tooltip("share:Q", title=t("tt_share", lang), format=".0%"),
        alt.Tooltip("sentences:Q", title=t("tt_sentences", lang)),
        alt.Tooltip("example:N", title=t("tt_example", lang)),
    ]
    cells, labels = _heatmap(matrix, "short", "label", "share", units, themes, tooltip, fmt=".0%")
    cells = cells.add_params(select).encode(opacity=alt.condition(select, alt.value(1.0), alt.value(0.45)))
    return (cells + labels).properties(width="container", height=alt.Step(30))


def distinctive_chart(terms: pd.DataFrame, colors: dict[str, str], lang: str = "zh") -> alt.LayerChart:
    """Each unit's most distinctive terms as bars of z, grouped by unit, with the significance line at 1.96.

    ``terms`` has columns short, term, z, count, rate, example.
    """
    df = terms.assign(item=terms["short"] + "｜" + terms["term"])
    order = df.sort_values("z", ascending=False, kind="stable")
    order = order.assign(_u=order["short"].map({s: i for i, s in enumerate(colors)})).sort_values("_u", kind="stable")
    top = max(float(df["z"].max()) if len(df) else 0.0, Z_LINE) * 1.1
    bars = (
        alt.Chart(df)
        .mark_bar()
        .encode(
            x=alt.X("z:Q", title="z", scale=alt.Scale(domain=[0, top])),
            y=alt.Y("item:N", sort=order["item"].tolist(), title=None, axis=alt.Axis(labelOverlap=False)),
            color=_color(colors, legend=False),
            tooltip=[
                alt.Tooltip("term:N", title=t("tt_term", lang)),
                alt.Tooltip("short:N", title=t("tt_unit", lang)),
                alt.Tooltip("count:Q", title=t("tt_count", lang)),
                alt.Tooltip("rate:Q", title=t("tt_rate", lang)),
                alt.Tooltip("z:Q", format=".2f"),
                alt.Tooltip("example:N", title=t("tt_sentence", lang)),
            ],
        )
    )
    line = alt.Chart(pd.DataFrame({"z": [Z_LINE]})).mark_rule(strokeDash=[4, 3], color="#c92a2a").encode(x="z:Q")
    return alt.layer(bars, line).properties(width="container", height=alt.Step(18))


def trend_chart(frame: pd.DataFrame, x: str = "year") -> alt.Chart:
    """Rate per 10,000 characters as a line over years (``x="year"``) or reports in the frame's order
    (``x`` names the column that labels them: ``document``, or ``report`` for 温州中院 · 2024);
    one line per query when the frame has a ``query`` column."""
    data = frame.assign(year=frame["year"].astype("float")) if x == "year" else frame
    axis = (
        alt.X("year:O", title="年份 year", axis=alt.Axis(labelAngle=0))
        if x == "year"
        else alt.X(f"{x}:N", sort=None, title="报告 report", axis=alt.Axis(labelAngle=-40, labelLimit=160))
    )
    tooltip = ["year:O" if x == "year" else f"{x}:N", "hits:Q", "chars:Q", alt.Tooltip("per_10k:Q", format=".2f")]
    y = alt.Y("per_10k:Q", title="每万字出现次数 hits per 10,000 characters", scale=alt.Scale(zero=True))
    encoding = {"x": axis, "y": y, "tooltip": tooltip}
    if "query" in frame:
        encoding["color"] = alt.Color("query:N", title=None, sort=None, legend=alt.Legend(orient="top"))
        encoding["tooltip"] = ["query:N", *tooltip]
    return alt.Chart(data).mark_line(point=True).encode(**encoding).properties(width="container", height=260)


def pairs_chart(pairs: pd.DataFrame) -> alt.LayerChart:
    """Each pair as a dumbbell, earlier (grey) to later (blue), one row per pair; a flagged pair is dashed, its
    points triangles. One court and one measure at a time read best."""
    long = pd.concat(
        [
            pairs.assign(when="earlier", value=pairs["value_earlier"], measure=pairs["measure_earlier"]),
            pairs.assign(when="later", value=pairs["value_later"], measure=pairs["measure_later"]),
        ]
    )[["court", "label", "earlier", "later", "when", "value", "measure", "flag"]]
    long["figure"] = long["label"] + " · " + long["earlier"] + " → " + long["later"]  # one row per pair
    base = alt.Chart(long).encode(y=alt.Y("figure:N", title=None, sort=None))
    line = base.mark_line(color="#adb5bd").encode(
        x=alt.X("value:Q", title="数值 value"), detail="figure:N", strokeDash=alt.condition(
            "datum.flag != ''", alt.value([4, 3]), alt.value([1, 0])
        ),
    )  # fmt: skip
    dots = base.mark_point(filled=True, size=80).encode(
        x="value:Q",
        color=alt.Color(
            "when:N", scale=alt.Scale(domain=["earlier", "later"], range=["#adb5bd", "#1c7ed6"]), title=None
        ),
        shape=alt.condition("datum.flag != ''", alt.value("triangle"), alt.value("circle")),
        tooltip=["court:N", "label:N", "when:N", "value:Q", "measure:N", "flag:N"],
    )
    return alt.layer(line, dots)


def series_chart(series: pd.DataFrame, lang: str = "zh") -> alt.LayerChart:
    """One indicator of a court over its reports, on its own scale from zero (the city's 20万 cases and the
    court's own 1.4万 do not share an axis): a line from year to year, each point filled when exact,
    hollow when approximate, a triangle when a lower bound, as on the overview; its value as written
    above it. ``series`` has indicator, measure, year, value, qualifier, raw, label, confidence."""
    years = pd.to_numeric(series["year"], errors="coerce").astype("Int64")
    undated = t("year_not_given", lang)  # a report that gives no year: said so, after the dated ones, not "null"
    df = series.assign(
        year=[undated if pd.isna(y) else str(y) for y in years],
        qualifier_text=series["qualifier"].map(lambda q: t(f"legend_{q}", lang) if q in SHAPES else q),
    )
    order = [t(f"legend_{q}", lang) for q in SHAPES]
    title = f"{df['indicator'].iat[0]}（{df['measure'].iat[0]}）"
    x_order = [str(y) for y in sorted(years.dropna().unique())] + ([undated] if years.isna().any() else [])
    base = alt.Chart(df, title=alt.Title(title, anchor="start", fontSize=13, font=FONT)).encode(
        x=alt.X("year:O", title=None, sort=x_order, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=None, scale=alt.Scale(zero=True, nice=True),
                axis=alt.Axis(labelExpr=number_expr(lang), tickCount=3)),
    )  # fmt: skip
    lines = base.mark_line(strokeWidth=2, color=PALETTE[0])
    dots = base.mark_point(size=110, strokeWidth=2.5, color=PALETTE[0]).encode(
        shape=alt.Shape(
            "qualifier_text:N", title=None, legend=None,
            scale=alt.Scale(domain=order, range=["circle", "circle", "triangle-right"]),
        ),
        fillOpacity=alt.FillOpacity("qualifier_text:N", legend=None, scale=alt.Scale(domain=order, range=[1, 0, 0])),
        fill=alt.value(PALETTE[0]),
        tooltip=[
            alt.Tooltip("year:O", title=t("year", lang)),
            alt.Tooltip("raw:N", title=t("tt_raw", lang)),
            alt.Tooltip("qualifier_text:N", title=t("tt_qualifier", lang)),
            alt.Tooltip("label:N", title=t("as_written", lang)),
            alt.Tooltip("confidence:Q", title=t("match_confidence", lang), format=".0%"),
        ],
    )  # fmt: skip
    labels = base.mark_text(dy=-12, font=FONT, fontSize=11, color="#333").encode(text="raw:N")
    return alt.layer(lines, dots, labels).properties(width="container", height=150, padding={"top": 14, "left": 4})


def reports_timeline(reports: pd.DataFrame, lang: str = "zh") -> alt.Chart:
    """Reports as dots on a time axis (their ISO date, else 1 July of their year), coloured by genre,
    labelled with their title on hover. ``reports`` has date, label, genre_text."""
    return (
        alt.Chart(reports)
        .mark_point(size=140, filled=True, opacity=0.85)
        .encode(
            x=alt.X(
                "date:T",
                title=None,
                scale=alt.Scale(nice="year", padding=16),
                axis=alt.Axis(format="%Y", labelAngle=0, tickCount="year"),
            ),
            y=alt.Y("genre_text:N", title=None, sort=None),
            color=alt.Color("genre_text:N", legend=None),
            tooltip=[alt.Tooltip("label:N", title=t("report", lang)), alt.Tooltip("date:T", format="%Y-%m-%d")],
        )
        .properties(width="container", height=alt.Step(34))
    )


GRAPH_RINGS = (0.0, 1.0, 1.75)  # the node, its collocates, theirs (data units; the outer ring staggers by 0.3)
GRAPH_COLORS = ("#d0ebff", PALETTE[0], "#868e96")  # node (its label on it), first order, second order


def graph_layout(links: pd.DataFrame) -> pd.DataFrame:
    """Where each word of a collocation graph stands: the node in the centre, first-order collocates evenly on a
    circle from the top clockwise in ``links``' order, each one's own collocates outside it, fanned around its
    angle (alternately nearer and farther, so neighbours' labels do not meet). One row per word: word, ring,
    x, y, and where its label goes (label_x, label_y, align).

    >>> links = pd.DataFrame({"source": ["调解"] * 2 + ["纠纷"], "target": ["纠纷", "中心", "化解"],
    ...                       "order": [1, 1, 2], "weight": [9.0, 5.0, 3.0], "freq": [4, 3, 2]})
    >>> graph_layout(links)[["word", "ring", "x", "y"]].round(2).values.tolist()
    [['调解', 0, 0.0, 0.0], ['纠纷', 1, 0.0, 1.0], ['中心', 1, 0.0, -1.0], ['化解', 2, 0.0, 1.75]]
    """
    if links.empty:
        return pd.DataFrame(columns=["word", "ring", "x", "y", "label_x", "label_y", "align"])
    node = links["source"].iat[0]
    inner = list(dict.fromkeys(links.loc[links["order"] == 1, "target"]))
    rows = [(node, 0, math.pi / 2, 0.0)]
    angle = {w: math.pi / 2 - 2 * math.pi * i / len(inner) for i, w in enumerate(inner)}
    rows += [(w, 1, angle[w], GRAPH_RINGS[1]) for w in inner]
    sector = 2 * math.pi / max(len(inner), 1)
    placed = {node, *inner}
    for parent in inner:
        children = [w for w in links.loc[(links["source"] == parent) & (links["order"] == 2), "target"]
                    if w not in placed]  # fmt: skip
        for j, w in enumerate(children):
            spread = (j - (len(children) - 1) / 2) * min(sector / max(len(children), 1), math.pi / 6)
            rows.append((w, 2, angle[parent] + spread, GRAPH_RINGS[2] + 0.3 * (j % 2)))
            placed.add(w)
    out = []
    for word, ring, a, r in rows:
        x, y = r * math.cos(a), r * math.sin(a)
        side = "center" if ring == 0 or abs(math.cos(a)) < 0.35 else ("left" if x > 0 else "right")
        reach = 0.0 if ring == 0 else 0.12  # labels just outside their dot, away from the centre
        label_y = y + (reach + 0.06) * math.sin(a) if side == "center" and ring else y
        out.append((word, ring, x, y, x + reach * math.cos(a), label_y, side))
    return pd.DataFrame(out, columns=["word", "ring", "x", "y", "label_x", "label_y", "align"]).round(
        {"x": 6, "y": 6, "label_x": 6, "label_y": 6}
    )


def _within(weight: pd.Series, group: pd.Series) -> pd.Series:
    """Each weight from 0 (the group's weakest) to 1 (its strongest); 1 where a group's weights are all equal.

    >>> _within(pd.Series([2.0, 4.0, 3.0, 9.0]), pd.Series([1, 1, 1, 2])).tolist()
    [0.0, 1.0, 0.5, 1.0]
    """
    low, high = weight.groupby(group).transform("min"), weight.groupby(group).transform("max")
    return ((weight - low) / (high - low)).where(high > low, 1.0)


def collocation_graph(links: pd.DataFrame, measure_title: str, lang: str = "zh") -> alt.LayerChart:
    """A collocation graph (:func:`explorer.analyse.network.network`'s links) laid out by :func:`graph_layout`:
    lines as thick as the link's measure within its order, dots and labels sized by ring, labels on a white
    halo; the node in the centre. Fits its container's width and stays readable at 390 px."""
    nodes = graph_layout(links)
    where = nodes.set_index("word")[["x", "y"]]
    edges = links.assign(
        x=links["source"].map(where["x"]), y=links["source"].map(where["y"]),
        x2=links["target"].map(where["x"]), y2=links["target"].map(where["y"]),
        order_text=links["order"].map(lambda o: t(f"graph_order_{o}", lang)),
        strength=_within(links["weight"], links["order"]),
    )  # fmt: skip
    extent = GRAPH_RINGS[2] + 0.3 + 0.55  # the outer ring and room for its labels
    square = alt.Scale(domain=[-extent, extent])
    x, y = alt.X("x:Q", scale=square, axis=None), alt.Y("y:Q", scale=square, axis=None)
    lines = (
        alt.Chart(edges)
        .mark_rule(opacity=0.6)
        .encode(
            x=x, y=y, x2="x2:Q", y2="y2:Q",
            strokeWidth=alt.StrokeWidth("strength:Q", scale=alt.Scale(domain=[0, 1], range=[0.8, 5]), legend=None),
            color=alt.Color("order_text:N", title=None, legend=alt.Legend(orient="bottom", labelFont=FONT),
                            scale=alt.Scale(domain=[t("graph_order_1", lang), t("graph_order_2", lang)],
                                            range=list(GRAPH_COLORS[1:]))),
            tooltip=[
                alt.Tooltip("source:N", title=t("graph_from", lang)),
                alt.Tooltip("target:N", title=t("graph_to", lang)),
                alt.Tooltip("weight:Q", title=measure_title, format=".2f"),
                alt.Tooltip("freq:Q", title=t("coll_col_freq", lang)),
            ],
        )
    )  # fmt: skip
    # each ring's colour, dot and font size as values (scale=None), so no layer shares another's scale
    nodes = nodes.assign(
        color=nodes["ring"].map(dict(enumerate(GRAPH_COLORS))),
        dot=nodes["ring"].map({0: 2200, 1: 90, 2: 40}),
        font=nodes["ring"].map({0: 16, 1: 13, 2: 11}),
    )
    dots = (
        alt.Chart(nodes)
        .mark_circle(opacity=1)
        .encode(
            x=x, y=y, color=alt.Color("color:N", scale=None), size=alt.Size("dot:Q", scale=None),
            tooltip=[alt.Tooltip("word:N", title=t("coll_col_collocate", lang))],
        )
    )  # fmt: skip
    labels = []
    for side in ("center", "left", "right"):
        for halo in (True, False):
            base = alt.Chart(nodes).transform_filter(alt.datum.align == side)
            if halo:  # the node's label sits on its own dot
                base = base.transform_filter(alt.datum.ring > 0)
            mark = {"align": side, "baseline": "middle", "font": FONT}
            mark |= {"stroke": "white", "strokeWidth": 4, "strokeJoin": "round"} if halo else {}
            labels.append(
                base.mark_text(**mark).encode(
                    x=alt.X("label_x:Q", scale=square, axis=None),
                    y=alt.Y("label_y:Q", scale=square, axis=None),
                    text="word:N",
                    size=alt.Size("font:Q", scale=None),
                    color=alt.value("white" if halo else "#212529"),
                )
            )
    return alt.layer(lines, dots, *labels).resolve_scale(color="independent").properties(width="container", height=420)
