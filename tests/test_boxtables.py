"""Tables drawn in box characters, read by the columns their rules draw (issue 22): a stacked header, a wrapped
label, account codes and a note column (taichung_district_court_budget_table_1997_trad_r13d's shape), in a font
where a box character is two columns wide or one; a page that collapsed the padding is left to the bar reader."""

from __future__ import annotations

import pytest

from explorer.read.boxtables import box_tables
from explorer.read.spans import lines_with_offsets
from explorer.read.texttables import table_figures, table_spans

# Box characters two columns wide, as a table drawn for a Chinese font: ─ is as wide as 院.
BUDGET = (
    "单位：件\n"
    "─┬──────┬──────┬──────┬────\n"
    "  │  科  目    │本年度收案  │上年度收案  │说  明\n"
    "项│名 称 编 号 │            │            │\n"
    "─┼──────┼──────┼──────┼────\n"
    "  │000550000   │            │            │\n"
    "16│台中地方法  │       1,200│       1,100│收案1,200件,\n"
    "  │院          │            │            │较上年增加\n"
    "  │350550010   │            │            │\n"
    " 1│民事审判    │         800│         700│\n"
)

# Box characters one column wide, as a table drawn for a Latin font.
NARROW = (
    "┌────────┬──────┬──────┐\n"
    "│ 项目   │ 收案 │ 结案 │\n"
    "├────────┼──────┼──────┤\n"
    "│刑事案件│ 120  │ 110  │\n"
    "│民事案件│ 300  │ 280  │\n"
    "└────────┴──────┴──────┘\n"
)


@pytest.mark.parametrize(
    ("text", "headers", "records"),
    [
        (
            BUDGET,
            ("项", "科目名称编号", "本年度收案", "上年度收案", "说明"),
            [("台中地方法院", ["1,200", "1,100"]), ("民事审判", ["800", "700"])],
        ),
        (
            NARROW,
            ("项目", "收案", "结案"),
            [("刑事案件", ["120", "110"]), ("民事案件", ["300", "280"])],
        ),
    ],
)
def test_a_box_table_is_read_by_the_columns_its_rules_draw(text, headers, records):
    (table,) = box_tables(lines_with_offsets(text))
    assert table.headers == headers
    assert [(r.label, [c.text for _, c in r.cells]) for r in table.records] == records


def test_a_box_tables_figures_leave_out_its_notes_and_its_courts_own_name():
    figures = table_figures(BUDGET).figures
    assert [(f.raw, f.value, f.measure, f.label) for f in figures] == [
        ("1,200", 1200, "件", "本年度收案"),  # the court's own row: the court is the unit, not the label
        ("1,100", 1100, "件", "上年度收案"),
        ("800", 800, "件", "民事审判·本年度收案"),
        ("700", 700, "件", "民事审判·上年度收案"),
    ]
    (span,) = table_spans(BUDGET)
    assert BUDGET[span[0] : span[1]].startswith("─┬") and BUDGET[span[0] : span[1]].endswith("700│")


def test_a_box_table_whose_padding_a_page_collapsed_is_left_to_the_bar_reader():
    # dadiaojie_survey_box_table_r7c: bars no longer stand in columns; each row's cells are read in order
    text = "┌────┬──────┬──────┐\n│ │调解委员会│法院 │\n├────┼──────┼──────┤\n│疑难纠纷│31.3% │86.2%│\n"
    assert box_tables(lines_with_offsets(text)) == []
    figures = [(f.label, f.value) for f in table_figures(text).figures]
    assert figures == [("疑难纠纷·调解委员会", 31.3), ("疑难纠纷·法院", 86.2)]
