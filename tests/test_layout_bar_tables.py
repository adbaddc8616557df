"""A table flattened one cell per line, each cell followed by a line holding only | (issue 22): each
number a figure labelled by its row and column; the lone | lines are the table's, not furniture."""

from __future__ import annotations

import pytest

from explorer.read.furniture import find_furniture
from explorer.read.texttables import table_figures

BARS = (
    "\n|\n".join(
        ["案由", "今年新收", "占比", "增幅", "民间借贷纠纷", "4159", "15.96%", "-32.18%", "机动车交通事故\n责任纠纷"]
        + ["2456", "9.42%", "-36.78%", "劳动争议", "1246", "4.78%", "122.90%"]
    )
    + "\n|\n以上为统计。"
)


@pytest.mark.parametrize(
    ("raw", "value", "measure", "label"),
    [
        ("4159", 4159, "", "民间借贷纠纷·今年新收"),
        ("-32.18%", -32.18, "%", "民间借贷纠纷·增幅"),
        ("9.42%", 9.42, "%", "机动车交通事故责任纠纷·今年新收占比"),  # a label wrapped; a share of the column before
        ("1246", 1246, "", "劳动争议·今年新收"),
    ],
)
def test_each_cell_of_a_bar_per_line_table_is_a_figure(raw, value, measure, label):
    figures = {f.raw: f for f in table_figures(BARS).figures}
    assert len(figures) == 9  # three rows of three numbers
    f = figures[raw]
    assert (f.value, f.measure, f.label) == (value, measure, label)
    assert BARS[f.start : f.end] == raw


# The total row of a bar-per-line table leaves its last cell empty (合计 / | / 43296 / | / -4.6 / | / | ), and a
# count of five digits may begin like a year (20865): puyang_civil_table_2020_r3c, puyang_civil_closed_table_2021_r3c
CELLS = ["案由", "受理数量(件)", "同比增长(%)", "占比率(%)", "家事纠纷", "6334", "-0.02", "14.6", "合同纠纷", "23745"]
CELLS += ["-17.2", "54.8", "合计", "20865", "-4.6"]
TOTAL_ROW = "\n|\n".join(CELLS) + "\n|\n|\n1.家事案件6334件，同比下降0.02%。"
TOTAL_ROW_BLANK = "\n\n".join(CELLS) + "\n\n \n\n \n\n1.家事案件6334件，同比下降0.02%。"  # its empty cells a space


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (TOTAL_ROW, [("合计·受理数量", 20865, "件"), ("合计·同比增长", -4.6, "%")]),  # its empty cell between bars
        (TOTAL_ROW_BLANK, [("合计·受理数量", 20865, "件"), ("合计·同比增长", -4.6, "%")]),  # cells between blank lines
    ],
)
def test_a_total_row_short_of_its_last_cell_is_read(text, last):
    figures = table_figures(text).figures
    assert [(f.label, f.value, f.measure) for f in figures[-2:]] == last
    assert len(figures) == 8
    assert not [f for f in find_furniture(text) if f.reason == "separator"]


@pytest.mark.parametrize(
    "text",
    [
        "案由\n|\n增幅\n|\n离婚纠纷\n|\n2821",  # too few rows for a table
        "会议召开。\n|\n正文。\n|\n结束。",  # sentences between bars
    ],
)
def test_no_bar_table_without_header_and_rows(text):
    assert not table_figures(text).figures


@pytest.mark.parametrize(
    ("text", "separators"),
    [
        (BARS, 1),  # every | ends a cell of the table but the last, before a sentence
        ("会议召开。\n|\n正文。", 1),  # a lone | between paragraphs is a separator
        ("标题\n|\n正文", 1),  # one bar with no other bar beside it
    ],
)
def test_a_lone_bar_is_furniture_unless_it_ends_a_tables_cell(text, separators):
    assert sum(f.reason == "separator" for f in find_furniture(text)) == separators


# A bar before each cell, a header of years with no corner cell and a 单位 line above (longde_caseload_analysis_r5b):
# each row a label and as many numbers as the header has years; the last cell may lose its closing bar.
CORNERLESS = "（单位：件）\n\n|\n" + "\n|\n".join(
    ["2008年", "2009年", "2010年", "受理数", "694", "689", "676", "调撤数", "496", "426", "486", "人民调解数", "184"]
    + ["130", "186"]
)


def test_a_header_of_years_with_no_corner_cell_reads_every_row():
    figures = [(f.label, f.value, f.measure, f.year) for f in table_figures(CORNERLESS).figures]
    assert figures[:2] == [("受理数", 694, "件", 2008), ("受理数", 689, "件", 2009)]
    assert figures[-1] == ("人民调解数", 186, "件", 2010)
    assert len(figures) == 9


# A fee schedule under a breadcrumb that closes with its own bar (…仲裁费用表 |), its first band's rate an empty
# cell between bars, its bands' names holding amounts (1000元至5万元部分): arbitration_fee_schedule_…_r33a
FEES = (
    "您现在所在的位置: 仲裁指南 仲裁费用表 |\n"
    + "\n|\n".join(
        ["争议金额", "收费率", "分段收费(元)", "累进收费", "1000元以下", "", "70", "70", "1000元至5万元部分", "4.5%"]
        + ["2205", "2275", "5万元至10万元部分", "3.5%", "1750", "4025"]
    ).replace("\n|\n\n|\n", "\n|\n|\n")
    + "\n|"
)  # the empty cell: a bar right after a bar


@pytest.mark.parametrize(
    ("raw", "value", "measure", "label"),
    [
        ("4.5%", 4.5, "%", "1000元至5万元部分·收费率"),
        ("2205", 2205, "元", "1000元至5万元部分·分段收费"),
        ("4025", 4025, "", "5万元至10万元部分·累进收费"),  # no measure in its header: none guessed
    ],
)
def test_a_caption_before_the_header_and_an_empty_cell_leave_the_columns_in_place(raw, value, measure, label):
    figures = table_figures(FEES)
    cells = {f.raw: f for f in figures.figures if f.raw == raw}
    assert (cells[raw].value, cells[raw].measure, cells[raw].label) == (value, measure, label)
    assert [f.raw for f in figures.figures][:2] == ["70", "70"]  # 1000元以下's rate is empty: no shift
    assert [c.text for c in figures.labels] == ["1000元以下", "1000元至5万元部分", "5万元至10万元部分"]  # no figures


# A table a cell a line between blank lines whose first column numbers its rows (序号), under a caption that states
# its measure: xinye_…_r34a (an index, no measure), shanghai_admin_reconsideration_…_r34b (件)
SERIAL = "2014年复议案件审结情况(件)\n\n" + "\n\n".join(
    ["序号", "处理方式", "数量", "比例", "1", "作出维持决定", "3509", "74.7%", "2", "撤回申请后终止", "678", "14.4%"]
    + ["3", "驳回复议申请", "295", "6.3%"]
)


def test_a_serial_column_between_blank_lines_heads_its_rows():
    figures = [(f.label, f.value, f.measure) for f in table_figures(SERIAL).figures]
    assert figures[:2] == [("作出维持决定·数量", 3509, "件"), ("作出维持决定·数量比例", 74.7, "%")]
    assert len(figures) == 6  # the serial numbers are no figures
