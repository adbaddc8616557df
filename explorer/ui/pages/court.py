"""法院: one court across its reports: the reports on a timeline, its figures as time series (the same
indicator matched from report to report, with the match's confidence), and what changed between two."""

import pandas as pd
import streamlit as st

from explorer.analyse.timeline import (
    court_figures,
    court_series,
    initiative_changes,
    initiatives_by_report,
    repeated,
    what_changed,
)
from explorer.corpus.restrict import date_order, facts_of
from explorer.present.about import report_labels
from explorer.present.charts import reports_timeline, series_chart
from explorer.present.i18n import change_text, genre_label, level_label, t
from explorer.present.markup import md
from explorer.read.reports import load_reports
from explorer.ui import shell

MAX_SERIES = 12  # indicators charted; the table below has them all

lang = shell.lang()
corpus = shell.corpus()
scope = shell.narrowed()
facts, units = facts_of(corpus)
documents = corpus.table("documents")
if scope.documents is not None:
    units = units[units["document"].isin(scope.documents)]
if scope.units is not None:
    units = units[units["key"].isin(scope.units)]
labels = corpus.memo(("report_labels",), lambda: report_labels(documents, load_reports(), corpus.table("units")))
order = date_order(facts)


def main() -> None:
    """The page: a page ends early (a return, never st.stop) where it has nothing more to show."""
    # The courts in view, those with most reports first; each named as its latest report names it.
    named = units.assign(_order=units["document"].map(order)).sort_values("_order")
    counts = named.groupby("court", sort=False)["document"].nunique()
    courts = sorted(counts.index, key=lambda c: (-counts[c], c))
    if not courts:
        st.info(t("court_none", lang))
        shell.share_box("court", lang)
        return
    latest = named.drop_duplicates("court", keep="last").set_index("court")
    chosen = shell.synced(
        "court",
        st.selectbox,
        default=courts[0],
        from_link=lambda v: v if v in counts.index else None,
        clears=("before", "after"),
        label=t("court_pick", lang),
        options=courts,
        format_func=lambda c: t("court_n_reports", lang, name=latest.at[c, "name"], n=int(counts[c])),
    )
    mine = named[named["court"] == chosen]
    me = latest.loc[chosen]
    st.subheader(md(me["name"]))
    st.caption(" · ".join(x for x in (level_label(me["level"], lang), me["province"]) if x))

    # Its reports ------------------------------------------------------------------------------------
    reports = facts[facts["document"].isin(mine["document"])].copy()
    reports["order"] = reports["document"].map(order)
    reports = reports.sort_values("order")
    reports["label"] = reports["document"].map(lambda d: f"{me['name']} · {labels.get(d, d)}")
    st.markdown(f"**{t('court_reports', lang)}**")
    table = pd.DataFrame(
        {
            t("col_report", lang): reports["document"],
            t("col_date", lang): [
                d or (str(y) if pd.notna(y) else "—") for d, y in zip(reports["iso_date"], reports["year"], strict=True)
            ],
            t("col_genre", lang): reports["genre"].map(lambda g: genre_label(g, lang)),
        }
    )
    st.dataframe(table, hide_index=True, width="stretch")
    dated = reports[reports["year"].notna()]
    if len(dated) > 1:
        points = dated.assign(date=dated["when"], genre_text=dated["genre"].map(lambda g: genre_label(g, lang)))
        points = points[["date", "label", "genre_text"]]
        shell.chart(reports_timeline(points, lang), points, "court_reports", lang, width="stretch")

    # Its figures over the years ----------------------------------------------------------------------------
    if len(reports) < 2:
        st.info(t("court_one_report", lang))
        shell.share_box("court", lang, court=chosen)
        return

    metrics = corpus.table("metrics")
    metrics = metrics[metrics["document"].isin(reports["document"])]
    apart = shell.param("apart") or []  # figures a reader split off a match the app made
    series = court_series(court_figures(metrics, units[units["court"] == chosen], facts, documents), chosen, apart)
    drawn = repeated(series)
    st.markdown(f"**{t('court_series', lang)}**")
    if drawn.empty:
        st.info(t("court_no_series", lang))
    else:
        st.caption(t("court_series_help", lang))
        # one small chart per indicator, on its own scale; those reported most often first
        reported = (
            drawn.groupby("indicator", sort=False)["document"].nunique().sort_values(ascending=False, kind="stable")
        )
        columns = st.columns(2)
        for i, indicator in enumerate(reported.index[:MAX_SERIES]):
            group = drawn[drawn["indicator"] == indicator]
            with columns[i % 2]:
                shell.chart(series_chart(group, lang), group, f"court_series_{i}", lang, width="stretch")
        if len(reported) > MAX_SERIES:
            st.caption(t("showing", lang, n=len(reported), k=MAX_SERIES))
        shown = drawn.assign(confidence=(drawn["confidence"] * 100).round().astype(int).astype(str) + "%")
        st.dataframe(
            shown[["indicator", "year", "raw", "label", "confidence"]].rename(
                columns={
                    "indicator": t("col_indicator", lang),
                    "year": t("col_year", lang),
                    "raw": t("col_raw", lang),
                    "label": t("as_written", lang),
                    "confidence": t("col_confidence", lang),
                }
            ),
            hide_index=True,
            width="stretch",
        )
        # A match the app made can be undone: the figure then stands as its own indicator (kept in the link).
        joined = drawn[drawn.duplicated("indicator")]  # every figure after the first of its indicator
        named = {r.id: f"{r.indicator} · {r.year} · {r.raw}" for r in series.itertuples()}
        shell.synced(
            "apart", st.multiselect, default=[], from_link=lambda v: [x for x in v or [] if x in named],
            label=t("apart", lang), options=list(dict.fromkeys([*joined["id"], *apart])),
            format_func=lambda x: named.get(x, x), placeholder=t("apart_none", lang), help=t("apart_help", lang),
        )  # fmt: skip

    # What changed between two reports -------------------------------------------------------------------------
    st.markdown(f"**{t('what_changed', lang)}**")
    ids = reports["document"].tolist()
    c1, c2 = st.columns(2)
    with c1:
        before = shell.synced(
            "before", st.selectbox, default=ids[-2], from_link=lambda v: v if v in ids else None,
            label=t("changed_before", lang), options=ids, format_func=lambda d: labels.get(d, d),
        )  # fmt: skip
    with c2:
        after = shell.synced(
            "after", st.selectbox, default=ids[-1], from_link=lambda v: v if v in ids else None,
            label=t("changed_after", lang), options=ids, format_func=lambda d: labels.get(d, d),
        )  # fmt: skip
    changed = what_changed(series, before, after)
    if changed.empty:
        st.info(t("changed_none", lang))
    else:
        view = pd.DataFrame(
            {
                t("col_indicator", lang): changed["indicator"],
                t("col_before", lang): changed["raw_before"],
                t("col_after", lang): changed["raw_after"],
                t("col_change", lang): [
                    change_text(c, m, lang) for c, m in zip(changed["change"], changed["measure"], strict=True)
                ],
                t("col_direction", lang): [
                    t(d, lang) + (f" · {t('flag_qualifier', lang)}" if f else "")
                    for d, f in zip(changed["direction"], changed["flag"], strict=True)
                ],
                t("col_confidence", lang): (changed["confidence"] * 100).round().astype(int).astype(str) + "%",
            }
        )
        st.dataframe(view, hide_index=True, width="stretch")
    initiatives = corpus.table("initiatives")

    def titles(doc: str) -> list[str]:
        names = set(mine.loc[mine["document"] == doc, "name"])
        rows = initiatives[(initiatives["document"] == doc) & initiatives["unit"].isin(names)]
        return rows["title"].tolist()

    steps = initiative_changes(titles(before), titles(after))
    if len(steps):
        st.markdown(f"**{t('initiative_changes', lang)}**")
        st.dataframe(
            pd.DataFrame(
                {
                    t("col_initiative", lang): steps["title"],
                    t("col_status", lang): steps["status"].map(lambda s: t(f"status_{s}", lang)),
                    t("col_earlier", lang): steps["earlier"].where(steps["status"] == "continued", ""),
                }
            ),
            hide_index=True,
            width="stretch",
        )

    by_report = initiatives_by_report([(d, titles(d)) for d in ids])  # every report, against the one before
    if len(by_report):
        with st.expander(t("initiatives_by_report", lang)):
            st.dataframe(
                pd.DataFrame(
                    {
                        t("col_report", lang): by_report["document"].map(lambda d: labels.get(d, d)),
                        t("col_initiative", lang): by_report["title"],
                        t("col_status", lang): by_report["status"].map(lambda s: t(f"status_{s}", lang)),
                    }
                ),
                hide_index=True,
                width="stretch",
            )

    shell.share_box("court", lang, court=chosen, before=before, after=after, apart=apart)


main()
