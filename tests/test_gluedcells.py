"""Tables whose cells were glued together with no separator (the Hong Kong Judiciary's text-only pages,
issue 22 item 6; Taiwan's ministry of justice's statistics): each row split into as many cells as the header
has years (or a multiple of them), where one split fits or the table's own totals or ratios decide; a row that
splits several ways with nothing to decide is left unread."""

import pytest

from explorer.read.dataset import document_from_text
from explorer.read.gluedcells import splits
from explorer.read.texttables import table_figures, table_spans

SPLITS = [
    ("1 2501 4491 4041 0631 3051 375", 6, [["1 250", "1 449", "1 404", "1 063", "1 305", "1 375"]]),
    ("158 009183 282183 928", 3, [["158 009", "183 282", "183 928"]]),  # six digits, groups of three
    ("009 073009 073", 6, [["0", "0", "9 073", "0", "0", "9 073"]]),  # a number never starts with 0
    ("--7--1", 6, [["-", "-", "7", "-", "-", "1"]]),  # a category not yet in force
    ("18 063(1)17 317(1)", 2, [["18 063(1)", "17 317(1)"]]),  # a note's number stays with its cell
    ("215262270191217169", 6, [["215", "262", "270", "191", "217", "169"]]),  # no space: at most three digits
    ("11991", 2, [["119", "91"], ["11", "991"]]),  # two ways: only a total can decide
    ("1234567", 2, []),  # no way: four digits with no space are no number
    ("1 2345", 3, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "n", "want"), SPLITS)
def test_a_row_splits_into_as_many_cells_as_it_can(text, n, want):
    assert [[text[a:b] for a, b in way] for way in splits(text, n)] == want


TABLE = """区域法院的案件量及结案的案件数量

  案件量结案数目*
  2009201020092010
-民事管辖
 婚姻诉讼1 2002 3001 1002 200
 领养申请119911018
 小计1 3192 3911 2012 208
*结案的案件是指已发出最终离婚令的案件,以及申请获批准的案件"""


def test_a_glued_table_is_read_by_row_top_header_and_year():
    figures = table_figures(TABLE).figures
    assert [(f.label, f.value, f.year) for f in figures] == [
        ("婚姻诉讼·案件量", 1200, 2009), ("婚姻诉讼·案件量", 2300, 2010),
        ("婚姻诉讼·结案数目", 1100, 2009), ("婚姻诉讼·结案数目", 2200, 2010),
        ("领养申请·案件量", 119, 2009), ("领养申请·案件量", 91, 2010),  # 119911018: the 小计 decides
        ("领养申请·结案数目", 101, 2009), ("领养申请·结案数目", 8, 2010),
        ("小计·案件量", 1319, 2009), ("小计·案件量", 2391, 2010),
        ("小计·结案数目", 1201, 2009), ("小计·结案数目", 2208, 2010),
    ]  # fmt: skip
    assert all(TABLE[f.start : f.end] == f.raw for f in figures)  # each points to its cell


def test_a_row_no_total_decides_gives_no_figure_and_no_prose_figure():
    text = TABLE.replace(" 小计1 3192 3911 2012 208\n", "")  # no total: 领养申请 splits several ways
    doc = document_from_text("t", "t", text)
    raws = [m["raw"] for m in doc.records["metrics"]]
    assert raws == ["1 200", "2 300", "1 100", "2 200"]
    assert ("119911018", "glued_cells") in [(n["text"], n["reason"]) for n in doc.records["non_metrics"]]
    (span,) = table_spans(text)
    assert span[0] < text.index("119911018") < span[1]  # its line stays inside the table, read by nothing


def test_words_in_brackets_that_are_no_measure_stay_in_the_label():
    text = "案件量\n20082009\n-定额罚款令(交通违例) 75 91573 119\n-部门通知书1 7661 368"
    figures = table_figures(text).figures
    assert [(f.label, f.value, f.measure) for f in figures][:2] == [
        ("定额罚款令(交通违例)", 75915, ""), ("定额罚款令(交通违例)", 73119, "")
    ]  # fmt: skip


COMMA_SPLITS = [
    ("17,5452,73022,826", 3, [["17,545", "2,730", "22,826"]]),  # a comma has three digits after it
    ("32.534.425.0", 3, [["32.5", "34.4", "25.0"]]),  # a share's one place after its point
    ("5,7089405,700", 3, [["5,708", "940", "5,700"], ["5,708", "9", "405,700"]]),  # two ways: the ratios decide
]  # fmt: skip


@pytest.mark.parametrize(("text", "n", "want"), COMMA_SPLITS)
def test_a_row_marked_by_commas_splits_by_its_groups_and_places(text, n, want):
    assert [[text[a:b] for a, b in way] for way in splits(text, n, ",")] == want


# Taiwan's ministry of justice's statistics (rjsd.moj.gov.tw), as the page flattens: 民国 periods glued to the
# header's label, two columns a period, a share's label wrapping over ×100
MOJ_TABLE = """施用毒品者緩起訴處分附命戒癮治療及多元處遇統計
單位:人、%
項  目  別110年111年
有   犯   罪   嫌   疑   人   數 (A)17,5452,73022,8263,516
緩   起   訴   處   分   人   數   (B)5,7089405,700946
   比 率(B/A)
×100
32.534.425.026.9
說明:1.本表以被告違反毒品危害防制條例第10條第1、2項施用毒品罪為統計範圍。"""


def test_a_ministry_table_is_read_by_period_and_its_ratios_decide_a_row():
    doc = document_from_text("t", "t", MOJ_TABLE)
    got = [(m["label"], m["value"], m["measure"], m["year"]) for m in doc.records["metrics"]]
    assert got == [
        ("有犯罪嫌疑人数(A)", 17545, "人", 2021),
        ("有犯罪嫌疑人数(A)", 2730, "人", 2021),
        ("有犯罪嫌疑人数(A)", 22826, "人", 2022),
        ("有犯罪嫌疑人数(A)", 3516, "人", 2022),
        ("缓起诉处分人数(B)", 5708, "人", 2021),
        ("缓起诉处分人数(B)", 940, "人", 2021),  # 9405,700: the ratio
        ("缓起诉处分人数(B)", 5700, "人", 2022),
        ("缓起诉处分人数(B)", 946, "人", 2022),  # row decides
        ("比率(B/A)", 32.5, "%", 2021),
        ("比率(B/A)", 34.4, "%", 2021),
        ("比率(B/A)", 25.0, "%", 2022),
        ("比率(B/A)", 26.9, "%", 2022),
    ]  # fmt: skip  (no 110年 as a figure, no 2項 of the note's article)
