"""Tables in a report's text: each numeric cell one figure, labelled by its row and column (issue 22 item 6,
issue 23's tables). The expected figures are read off each table by hand."""

import pytest

from explorer.read.dataset import document_from_text
from explorer.read.texttables import row_units, table_figures, table_spans

CASES = [
    (  # a Word or page table as the format readers write it: the header's first cell names the rows
        "项目 | 2023年 | 2022年\n受案数（件） | 12345 | 10234\n结案率 | 95.5% | 93%",
        [("受案数", 12345, "件", 2023), ("受案数", 10234, "件", 2022), ("结案率", 95.5, "%", 2023),
         ("结案率", 93, "%", 2022)],
    ),
    (  # a bulletin's rows under a header without a row-label cell; an empty cell is no figure
        "收案 | 结案 | 未结 | |\n合计 | 1749823 | 1763199 | 106845 |\n强制医疗复议 | 61 | 62 | |",
        [("合计·收案", 1749823, "", None), ("合计·结案", 1763199, "", None), ("合计·未结", 106845, "", None),
         ("强制医疗复议·收案", 61, "", None), ("强制医疗复议·结案", 62, "", None)],
    ),
    (  # a two-level header, row labels on lines of their own, thousands spaced, a rule row
        "案件量 | 结案数目 |\n---|---|---|---|\n2021 | 2022 | 2021 | 2022 |\n"
        "租赁案件\n| 3 391 | 3 193 | 3 941 | 4 158 |",
        [("租赁案件·案件量", 3391, "", 2021), ("租赁案件·案件量", 3193, "", 2022),
         ("租赁案件·结案数目", 3941, "", 2021), ("租赁案件·结案数目", 4158, "", 2022)],
    ),
    (  # a caption row gives the measure; 目标 is a column like the years
        "平均轮候时间(日) | |||\n目标 | 2021 | 2022 |\n上诉案件\n| 90 | 39 | -* |",
        [("上诉案件·目标", 90, "日", None), ("上诉案件", 39, "日", 2021)],
    ),
    (  # flattened by copying: cells apart by runs of spaces, spaced-out labels, 万元 multiplied out; a row
        # named for a count of 件 (收案件数) counts 件; a quarter's digit goes into the label in words
        "年    份    2009年   2010 年1季度\n执行收案    收 案 件 数  491   99\n申请标的(万元)  1517.23  630.2",
        [("收案件数", 491, "件", 2009), ("收案件数·一季度", 99, "件", 2010), ("申请标的", 15172300, "元", 2009),
         ("申请标的·一季度", 6302000, "元", 2010)],
    ),
    (  # a header of words only above a flattened table's rows of numbers (hubei_ycfy_execution_table_2010)
        "类型  年度   刑附民赔偿   家庭纠纷   合同\n2008年  13    47   106\n2010年1季度   3  17  39",
        [("刑附民赔偿", 13, "", 2008), ("家庭纠纷", 47, "", 2008), ("合同", 106, "", 2008),
         ("一季度·刑附民赔偿", 3, "", 2010), ("一季度·家庭纠纷", 17, "", 2010), ("一季度·合同", 39, "", 2010)],
    ),
    (  # a stray number glued to a cell (9.09% 71, hainan_maritime_bulletin_2023) is no row label and no figure
        "本期 | 去年同期 | 同比 | |\n我院平均结案率 | 9.09% 71 | 17.31% | -8.22 |",
        [("我院平均结案率·去年同期", 17.31, "%", None), ("我院平均结案率·同比", -8.22, "", None)],
    ),
    (  # cells apart by single spaces, the header too (macau_primary_court_monthly_table_2025_r3c); a label with
        # spaces of its own stays whole; an indented row is a row
        "案件 承上月轉入 當月分發 轉下月\n通常宣告案 694 22 686\n最簡易 / 判決執行案 631 28 645\n   羈押犯 77 22 79",
        [("通常宣告案·承上月轉入", 694, "", None), ("通常宣告案·當月分發", 22, "", None),
         ("通常宣告案·轉下月", 686, "", None), ("最簡易/判決執行案·承上月轉入", 631, "", None),
         ("最簡易/判決執行案·當月分發", 28, "", None), ("最簡易/判決執行案·轉下月", 645, "", None),
         ("羈押犯·承上月轉入", 77, "", None), ("羈押犯·當月分發", 22, "", None), ("羈押犯·轉下月", 79, "", None)],
    ),
    (  # one cell a line, blank lines between (puyang_civil_closed_table_2021_r3c): measures from the header
        "案由\n\n结案数量(件)\n\n同比增长(%)\n\n家事纠纷\n\n3662\n\n13.6\n\n合同纠纷\n\n11683\n\n-3.0\n\n"
        "劳动争议\n\n279\n\n5.3",
        [("家事纠纷·结案数量", 3662, "件", None), ("家事纠纷·同比增长", 13.6, "%", None),
         ("合同纠纷·结案数量", 11683, "件", None), ("合同纠纷·同比增长", -3, "%", None),
         ("劳动争议·结案数量", 279, "件", None), ("劳动争议·同比增长", 5.3, "%", None)],
    ),
    (  # a note's number after a cell (hk_district_court_caseload_table_2024_r4c: 13 288(1)) is no part of its value
        "案件量 | 结案数目 |\n2023 | 2024 | 2023 | 2024 |\n小计 | 16 802 | 20 914 | 13 288(1) | 18 174(1) |",
        [("小计·案件量", 16802, "", 2023), ("小计·案件量", 20914, "", 2024), ("小计·结案数目", 13288, "", 2023),
         ("小计·结案数目", 18174, "", 2024)],
    ),
    (  # section lines between the header and the rows, each over blank lines (a separator row blanked as
        # furniture: hk_district_court_caseload_table_2024_r4c): the table goes on under them
        "案件量 | 结案数目 |\n2023 | 2024 | 2023 | 2024 |\n刑事管辖\n\n\n\n刑事案件 | 1 193 | 1 331 | 862 | 1 136 |\n"
        "民事管辖\n\n\n民事 | 5 252 | 5 954 | 3 738 | 4 426 |",
        [("刑事案件·案件量", 1193, "", 2023), ("刑事案件·案件量", 1331, "", 2024), ("刑事案件·结案数目", 862, "", 2023),
         ("刑事案件·结案数目", 1136, "", 2024), ("民事·案件量", 5252, "", 2023), ("民事·案件量", 5954, "", 2024),
         ("民事·结案数目", 3738, "", 2023), ("民事·结案数目", 4426, "", 2024)],
    ),
    (  # a count with its part in brackets, apart by a space (hk_cfa_caseload_table_2021_r6b: 41 closed, 22 of
        # them dismissed, as the table's note says): two figures; a note's number glued on (13 288(1)) is none
        "案件量 | 结案数目 |\n2020 | 2021 | 2020 | 2021 |\n刑事 | 53 | 35 | 60 (42) | 69 (47) |",
        [("刑事·案件量", 53, "", 2020), ("刑事·案件量", 35, "", 2021), ("刑事·结案数目", 60, "", 2020),
         ("刑事·结案数目括号内", 42, "", 2020), ("刑事·结案数目", 69, "", 2021), ("刑事·结案数目括号内", 47, "", 2021)],
    ),
    (  # aligned by runs of spaces only, as a gazetteer's PDF text (dinghai_admin_cases_table_r7c): an indented
        # two-level header over a line of its own (年份) and a blank line, empty cells as wider gaps, each number
        # under the column it stands under, the year that opens a row its year
        "              受理数                  办结案\n      年份\n"
        "        总计     治安     其他     总计     维持     撤诉\n\n"
        "  1991   8      3      5      6      5\n"
        "  1992  32            32     24             4",
        [("受理数总计", 8, "", 1991), ("受理数治安", 3, "", 1991), ("受理数其他", 5, "", 1991),
         ("办结案总计", 6, "", 1991), ("办结案维持", 5, "", 1991), ("受理数总计", 32, "", 1992),
         ("受理数其他", 32, "", 1992), ("办结案总计", 24, "", 1992), ("办结案撤诉", 4, "", 1992)],
    ),
    (  # a column named for a count of people
        "项目 | 被告人数 | 结案数\n刑事 | 120 | 98",
        [("刑事·被告人数", 120, "人", None), ("刑事·结案数", 98, "", None)],
    ),
    (  # in a row of figures a count of 2012 is a figure, not a year
        "庭 | 收案 | 结案\n民一庭 | 2012 | 1990\n民二庭 | 300 | 2000",
        [("民一庭·收案", 2012, "", None), ("民一庭·结案", 1990, "", None), ("民二庭·收案", 300, "", None),
         ("民二庭·结案", 2000, "", None)],
    ),
    (  # tabs, and the measure from a 单位 line above the table
        "单位：件\n类型\t2019年\t2020年\n民事\t120\t150",
        [("民事", 120, "件", 2019), ("民事", 150, "件", 2020)],
    ),
    (  # one cell a line: 年份 over the years, then a row label over as many numbers
        "单位:件\n\n年份\n\n2010\n\n2011\n\n一审民事案件数\n\n38296\n\n49759\n\n资料来源：统计报表",
        [("一审民事案件数", 38296, "件", 2010), ("一审民事案件数", 49759, "件", 2011)],
    ),
    (  # a header whose cells wrap over lines, each closing with a bar; its corner cell names the row labels
        "| 卷宗 | 上月待 决卷宗 |\n本月收件 的卷宗 |\n合计 | 审结 |\n| 第一类–民事上诉 | 89 | 2 | 91 | 14 |",
        [("第一类–民事上诉·上月待决卷宗", 89, "", None), ("第一类–民事上诉·本月收件的卷宗", 2, "", None),
         ("第一类–民事上诉·合计", 91, "", None), ("第一类–民事上诉·审结", 14, "", None)],
    ),
    (  # top cells over the named columns only; a row label cut by a line break; a dash is an empty cell
        "| | 案件量 | 结案数目 |\n| | 2011 | 2012 | 2011 | 2012 |\n- | 刑事案件 | 37 896 | 35 243 | 38 270 | 34 843 |\n"
        "- | 定额罚款\n(吸烟罪行)传票 | - | 76 | - | 78 |",
        [("刑事案件·案件量", 37896, "", 2011), ("刑事案件·案件量", 35243, "", 2012),
         ("刑事案件·结案数目", 38270, "", 2011), ("刑事案件·结案数目", 34843, "", 2012),
         ("定额罚款(吸烟罪行)传票·案件量", 76, "", 2012), ("定额罚款(吸烟罪行)传票·结案数目", 78, "", 2012)],
    ),
    (  # one cell a line, the target before the years: each row has one number more than the years
        "平均轮候时间(日)\n目标\n2017\n2018\n由排期日至聆讯\n42\n79\n65\n由收到申请至分类\n5\n3\n3",
        [("由排期日至聆讯·目标", 42, "日", None), ("由排期日至聆讯", 79, "日", 2017),
         ("由排期日至聆讯", 65, "日", 2018),
         ("由收到申请至分类·目标", 5, "日", None), ("由收到申请至分类", 3, "日", 2017),
         ("由收到申请至分类", 3, "日", 2018)],
    ),
    (  # one cell a line, each closing with its own bar, a number broken at its thousands over two lines, empty
        # cells as bars alone, a two-level header (hk_obscene_articles_table_2007)
        "案件量 |\n结案数目* |\n|\n2005 |\n2006 |\n2005 |\n2006 |\n |\n作出决定 |\n22\n916 |\n76\n929 |\n25\n340 |\n"
        "76\n623 |\n |\n评定类别 |\n1\n746 |\n- |\n1\n747 |\n8 |\n覆核 |\n8 |\n16 |\n4 |\n15 |",
        [("作出决定·案件量", 22916, "", 2005), ("作出决定·案件量", 76929, "", 2006),
         ("作出决定·结案数目", 25340, "", 2005), ("作出决定·结案数目", 76623, "", 2006),
         ("评定类别·案件量", 1746, "", 2005), ("评定类别·结案数目", 1747, "", 2005), ("评定类别·结案数目", 8, "", 2006),
         ("覆核·案件量", 8, "", 2005), ("覆核·案件量", 16, "", 2006), ("覆核·结案数目", 4, "", 2005),
         ("覆核·结案数目", 15, "", 2006)],
    ),
    (  # the same with a section's line over the first label and a dash for a cell not applicable
        "平均轮候时间(日)\n目标\n2015\n2016\n由订定日期至聆讯\n上诉案件\n90\n36\n-*\n补偿案件\n90\n63\n41",
        [("上诉案件·目标", 90, "日", None), ("上诉案件", 36, "日", 2015), ("补偿案件·目标", 90, "日", None),
         ("补偿案件", 63, "日", 2015), ("补偿案件", 41, "日", 2016)],
    ),
    (  # a table drawn in box characters, a share's decimals cut from its point by a space (dadiaojie_survey_box)
        "┌──┬──┬──┐\n│ │法院 │社会力量│\n├──┼──┼──┤\n│疑难纠纷│86. 2%│50. 0% │\n├──┼──┼──┤\n│简单纠纷│47. 6%│0. 0% │\n"
        "└──┴──┴──┘",
        [("疑难纠纷·法院", 86.2, "%", None), ("疑难纠纷·社会力量", 50.0, "%", None), ("简单纠纷·法院", 47.6, "%", None),
         ("简单纠纷·社会力量", 0.0, "%", None)],
    ),
    (  # a budget table apart by single spaces: codes before each label, a section line, a note after the
        # numbers whose own figures are the text's, a 说明 column that holds none (ip_commercial_court_budget_table)
        "编号 名称 本年度预算数 上年度预算数 本年度与上年度比较 说明\n4 0005000000 司法院主管\n"
        "4 9 1 3405260100 一般行政 306,479 299,351 7,128 1.本年度预算数306,479千元,均属业务费。\n"
        "4 9 2 3405261000 审判业务 8,988 9,508 -520",
        [("一般行政·本年度预算数", 306479, "", None), ("一般行政·上年度预算数", 299351, "", None),
         ("一般行政·本年度与上年度比较", 7128, "", None), ("审判业务·本年度预算数", 8988, "", None),
         ("审判业务·上年度预算数", 9508, "", None), ("审判业务·本年度与上年度比较", -520, "", None)],
    ),
    (  # single spaces throughout, a header of years and words, thousands set off by commas
        "类别 2022年 2023年 同比\n刑事案件 1,234 1,456 18.0%\n民事案件 5,678 6,012 5.9%",
        [("刑事案件", 1234, "", 2022), ("刑事案件", 1456, "", 2023), ("刑事案件·同比", 18, "%", None),
         ("民事案件", 5678, "", 2022), ("民事案件", 6012, "", 2023), ("民事案件·同比", 5.9, "%", None)],
    ),
    (  # single spaces, a row number before each label: the numbers under the last columns, not by position
        "序号 案件类型 收案 结案 结案率\n1 刑事 120 110 91.7%\n2 民事 560 540 96.4%",
        [("刑事·收案", 120, "", None), ("刑事·结案", 110, "", None), ("刑事·结案率", 91.7, "%", None),
         ("民事·收案", 560, "", None), ("民事·结案", 540, "", None), ("民事·结案率", 96.4, "%", None)],
    ),
    (  # single spaces and a dash for an empty cell: the cell keeps its column
        "项目 收案 结案 未结\n刑事 120 — 10\n民事 560 540 20",
        [("刑事·收案", 120, "", None), ("刑事·未结", 10, "", None), ("民事·收案", 560, "", None),
         ("民事·结案", 540, "", None), ("民事·未结", 20, "", None)],
    ),
    (  # a header whose first cell names the row labels, half-years as columns, a 同比 column: no empty cell
        "项目  2023年1-6月  2022年1-6月  同比\n收案  1200  1000  20%",
        [("收案·一至六月", 1200, "", 2023), ("收案·一至六月", 1000, "", 2022), ("收案·同比", 20, "%", None)],
    ),
    (  # a top line of words over a header of years: each word spans the years under it; a caption is no top
        "  收案  结案\n  2021  2022  2021  2022\n刑事  10  12  9  11",
        [("刑事·收案", 10, "", 2021), ("刑事·收案", 12, "", 2022), ("刑事·结案", 9, "", 2021),
         ("刑事·结案", 11, "", 2022)],
    ),
    ("收结案情况  单位：件\n  2021  2022\n刑事  10  12", [("刑事", 10, "件", 2021), ("刑事", 12, "件", 2022)]),
    (  # rows labelled by their year between bars: the year is each row's, no figure
        "| 年份 | 收案 | 结案 |\n| 2021 | 120 | 110 |\n| 2022 | 130 | 120 |",
        [("收案", 120, "", 2021), ("结案", 110, "", 2021), ("收案", 130, "", 2022), ("结案", 120, "", 2022)],
    ),
    (  # a serial number before each row's label is no figure
        "| 序号 | 类别 | 收案 | 结案 |\n| 1 | 刑事 | 120 | 110 |\n| 2 | 民事 | 560 | 540 |",
        [("刑事·收案", 120, "", None), ("刑事·结案", 110, "", None), ("民事·收案", 560, "", None),
         ("民事·结案", 540, "", None)],
    ),
    (  # a page's merged header cell (colspan) names a year over two columns: each cell its year
        "| 类别 | 2022年 | 2023年 |\n| | 收案 | 结案 | 收案 | 结案 |\n| 刑事 | 10 | 9 | 12 | 11 |",
        [("刑事·收案", 10, "", 2022), ("刑事·结案", 9, "", 2022), ("刑事·收案", 12, "", 2023),
         ("刑事·结案", 11, "", 2023)],
    ),
    (  # a bulletin's lines of a label, its measure in brackets and one number: a table of two columns
        "一审服判息诉率(%) 88.5\n民事案件平均审理天数（天）：45.2\n收案数(万件) 1.2",
        [("一审服判息诉率", 88.5, "%", None), ("民事案件平均审理天数", 45.2, "天", None),
         ("收案数", 12000, "件", None)],
    ),
    ("定额罚款令(交通违例) 12\n2023年(1-6月) 12", []),  # brackets that hold no measure: no such line
    (  # a list of indicators, one a line, a bare number after a colon or a space; a lone such line is none
        "新收案件数：12345\n审结案件数 12000\n结案率：97.2%",
        [("新收案件数", 12345, "件", None), ("审结案件数", 12000, "件", None)],
    ),
    ("全年收案12345件。\n新收案件数：12345\n以上数据不含执行。", []),
    ("联系电话：12345678\n邮编：250001", []),  # a page's contact lines: no indicators
    (  # one court's own row (its budget): the court is its unit, not its label; rows of several courts keep theirs
        "科目 | 本年度预算数 | 上年度预算数\n智慧财产及商业法院 | 545762 | 554000\n一般行政 | 103944 | 100518",
        [("本年度预算数", 545762, "", None), ("上年度预算数", 554000, "", None),
         ("一般行政·本年度预算数", 103944, "", None), ("一般行政·上年度预算数", 100518, "", None)],
    ),
    (
        "法院 | 收案 | 结案\n甲县法院 | 120 | 110\n乙县法院 | 130 | 120",
        [("甲县法院·收案", 120, "", None), ("甲县法院·结案", 110, "", None),
         ("乙县法院·收案", 130, "", None), ("乙县法院·结案", 120, "", None)],
    ),
    (  # a budget table's unit in a row of its own, item marks before its labels (guilin_justice_bureau_…_r13e)
        "某局“三公”经费情况统计表 | ||\n? | 单位:万元 | |\n项 目 | 本年预算数 | 其中:财政拨款 |\n"
        "合 计 | 34.35 | 34.35 |\n1.公务接待费 | 1.70 | 1.70 |\n其中:(1)公务用车运行维护费 | 32.65 | 32.65 |",
        [("合计·本年预算数", 343500, "元", None), ("合计·财政拨款", 343500, "元", None),
         ("公务接待费·本年预算数", 17000, "元", None), ("公务接待费·财政拨款", 17000, "元", None),
         ("公务用车运行维护费·本年预算数", 326500, "元", None), ("公务用车运行维护费·财政拨款", 326500, "元", None)],
    ),
    (  # one cell a line, each closed by |, the unit the first cell; a word in brackets is no measure (境)
        "|\n单位:万元 |\n项 目 |\n预算数 |\n合计 |\n120.00 |\n因公出国(境) |\n7.00 |\n公务接待费 |\n14.00 |\n",
        [("合计·预算数", 1200000, "元", None), ("因公出国(境)·预算数", 70000, "元", None),
         ("公务接待费·预算数", 140000, "元", None)],
    ),
    (  # a row label longer than a header cell between bars, before its numbers; a note between bars is no row
        "| 類別 | 上月待決 | 本月收件 |\n| 第四類–司法上訴(中級法院作為第一審法院的行政訴訟卷宗) | 68 | 0 |\n"
        "| 第五類–其他 | 5 | 1 |\n| * | 結案的案件是指已發出最終離婚令的案件，以及申請獲批准的案件 |",
        [("第四類–司法上訴(中級法院作為第一審法院的行政訴訟卷宗)·上月待決", 68, "", None),
         ("第四類–司法上訴(中級法院作為第一審法院的行政訴訟卷宗)·本月收件", 0, "", None),
         ("第五類–其他·上月待決", 5, "", None), ("第五類–其他·本月收件", 1, "", None)],
    ),
    (  # two tables side by side under one header (项目 | 行次 | 决算数, twice): each half its own row label; the
        # rows' numbers (行次, 栏次) are no figures; 编制单位 names a body, 金额单位 the measure (sandu_…_r15b)
        "编制单位:某县人民法院 | 金额单位:万元 | ||||\n收入 | 支出 | ||||\n"
        "项 目 | 行次 | 决算数 | 项 目 | 行次 | 决算数 |\n"
        "栏 次 | 1 | 栏 次 | 2 | ||\n一、财政拨款收入 | 1 | 2,117.41 | 一、一般公共服务支出 | 29 | 0.00 |\n"
        "二、其他收入 | 2 | 1.14 | 二、公共安全支出 | 30 | 2,110.14 |",
        [("财政拨款收入·收入决算数", 21174100, "元", None), ("一般公共服务支出·支出决算数", 0, "元", None),
         ("其他收入·收入决算数", 11400, "元", None), ("公共安全支出·支出决算数", 21101400, "元", None)],
    ),
    (  # a performance target form: rows labelled by several cells, the first ones merged into the rows above;
        # each target its measure written in its cell (tianjin_hebei_court_performance_targets_2023_r15b)
        "一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |\n"
        "产出指标 | 数量指标 | 维修面积 | 维修面积 | ≥400平方米 |\n"
        "质量指标 | 验收合格率 | 验收合格率 | ≥98百分比 | |\n成本指标 | 项目成本 | 项目成本 | 20万元 | |",
        [("维修面积·指标值", 400, "平方米", None), ("验收合格率·指标值", 98, "百分比", None),
         ("项目成本·指标值", 200000, "元", None)],
    ),
    (  # a cell a line closing with |, a caption and 单位 over two tables side by side under their top cells
        # (zhaoqing_duanzhou_procuratorate_budget_table_2021)
        "表1 |\n|||\n收支总体情况表 |\n|||\n单位:万元 |\n|||\n收 入 |\n支 出 |\n||\n项 目 |\n预算 |\n项 目 |\n预算 |\n"
        "一、预算拨款 |\n406.28 |\n一、一般公共服务支出 |\n0.00 |\n二、财政专户拨款 |\n0.00 |\n二、外交支出 |\n0.00 |\n"
        "三、其他资金 |\n0.00 |\n三、国防支出 |\n5.00 |\n",
        [("预算拨款·收入预算", 4062800, "元", None), ("一般公共服务支出·支出预算", 0, "元", None),
         ("财政专户拨款·收入预算", 0, "元", None), ("外交支出·支出预算", 0, "元", None),
         ("其他资金·收入预算", 0, "元", None), ("国防支出·支出预算", 50000, "元", None)],
    ),
    (  # a cell a line between bars, a serial number before each row's court under 序号, the caption run into it
        # (zhoukou_civil_caseload_table_2022)
        "表1:收案统计表序号\n|\n法院\n|\n新收(件)\n|\n1\n|\n中级人民法院\n|\n2573\n|\n2\n|\n川汇区人民法院\n|\n4020\n|\n"
        "3\n|\n鹿邑县人民法院\n|\n3011\n|\n",
        [("中级人民法院·新收", 2573, "件", None), ("川汇区人民法院·新收", 4020, "件", None),
         ("鹿邑县人民法院·新收", 3011, "件", None)],
    ),
    (  # a cell a line between blank lines, 民国 years as bare numbers after the corner cell, thousands by commas, a
        # rate's row in percent under 单位：件 (taiwan_prosecutors_closure_table_2017_h9t)
        "附表1\n\n单位：件\n\n年度\n\n项目\n\n102\n\n103\n\n104\n\n受理件数\n\n436,115\n\n456,142\n\n478,219\n\n"
        "终结比率\n\n90.3\n\n89.9\n\n89.0\n",
        [("受理件数", 436115, "件", 2013), ("受理件数", 456142, "件", 2014), ("受理件数", 478219, "件", 2015),
         ("终结比率", 90.3, "%", 2013), ("终结比率", 89.9, "%", 2014), ("终结比率", 89, "%", 2015)],
    ),
    (  # a caption giving each pass of the header's years its own measure (national_mediated_disputes_table_2011_h7)
        "调解民间纠纷分类\n               纠纷 （件） 各类纠纷所占比重 (%)\n2010 2011 2010 2011\n"
        "  合计 8418393 8935341 100.0 100.0\n  损害赔偿 643448 727803 7.6 8.1\n",
        [("合计", 8418393, "件", 2010), ("合计", 8935341, "件", 2011), ("合计", 100, "%", 2010),
         ("合计", 100, "%", 2011), ("损害赔偿", 643448, "件", 2010), ("损害赔偿", 727803, "件", 2011),
         ("损害赔偿", 7.6, "%", 2010), ("损害赔偿", 8.1, "%", 2011)],
    ),
    (  # tables side by side, each row's first count after its label, no serial number (moj_admin_…_tables_2019)
        "部门 | 数量 | 部门 | 数量 |\n自然资源部 | 1165 | 人民银行 | 107 |\n知识产权局 | 1144 | 审计署 | 24 |",
        [("自然资源部·数量", 1165, "", None), ("人民银行·数量", 107, "", None),
         ("知识产权局·数量", 1144, "", None), ("审计署·数量", 24, "", None)],
    ),
    (  # a header without its corner cell, its dates one a line, a row of counts' names under it
        # (hk_csd_prisoners_by_institution_pipe_table_2025_r24b): each number under its date, in 人; a note's
        # mark after a row's words ((1)) is no part of its label
        "| 以2021年 12月31日计算 |\n以2022年 12月31日计算 |\n|\n|---|---|---|\n| (人数) | (人数) | |\n"
        "| 香港居民 (1) | 5743 | 5891 |\n| 非香港居民 | 2124 | 1860 |",
        [("香港居民", 5743, "人", 2021), ("香港居民", 5891, "人", 2022), ("非香港居民", 2124, "人", 2021),
         ("非香港居民", 1860, "人", 2022)],
    ),
    (  # a row of dashes under a label is a row of none, no header; the corner cell (院所) over rows of two
        # label cells, the numbers under the years (hk_csd_prisoners_by_institution_pipe_table_2025_r24b)
        "| 院所 | 以2021年 12月31日计算 | 以2022年 12月31日计算 |\n| (人数) | (人数) | |\n"
        "| 喜灵洲惩教所 | 定罪人士 | 297 | 265 |\n| 还押人士 | - | - |\n| 小计 | 297 | 265 |",
        [("定罪人士", 297, "人", 2021), ("定罪人士", 265, "人", 2022), ("小计", 297, "人", 2021),
         ("小计", 265, "人", 2022)],
    ),
    (  # cells apart by single spaces, thousands by a space too (hk_csd_admissions_…_2024_trad_r24b): each row parted
        # into as many numbers as the header has years; a year's wrapped words and a group's line between
        "類別 2020 2021\n(1月至3月)\n(收納人次) (收納人次)\n服刑人士\n男性 4 779 6 325\n女性 815 2 109",
        [("男性", 4779, "人次", 2020), ("男性", 6325, "人次", 2021), ("女性", 815, "人次", 2020),
         ("女性", 2109, "人次", 2021)],
    ),
    (  # a grid a cell a line, each closed by its bar, bars alone its empty cells; a caption's row ends a table
        # and a header of words begins one (jiamusi_dongfeng_…_info_disclosure_cell_lines_2022_r31a)
        "第二十条第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n规章 |\n0 |\n1 |\n2 |\n"
        "第二十条第(五)项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政许可 |\n3 |\n||",
        [("规章·本年制发件数", 0, "件", None), ("规章·本年废止件数", 1, "件", None),
         ("规章·现行有效件数", 2, "件", None), ("行政许可·本年处理决定数量", 3, "", None)],
    ),
    (  # a row of measures under the years, its corner's empty cell dropped; rows of their own over rows whose
        # labels recur (男性 under each) are sections, in the labels; a total under one section keeps its own
        "类别 | 2018 | 2019 |\n(收纳人次) | (收纳人次) | |\n服刑人士 | |||\n男性 | 7 253 | 6 134 |\n还押人士 | |||\n"
        "男性 | 5 427 | 4 241 |\n总计 | 12 680 | 10 375 |",
        [("服刑人士·男性", 7253, "人次", 2018), ("服刑人士·男性", 6134, "人次", 2019),
         ("还押人士·男性", 5427, "人次", 2018), ("还押人士·男性", 4241, "人次", 2019), ("总计", 12680, "人次", 2018),
         ("总计", 10375, "人次", 2019)],
    ),
    (  # a row without numbers over rows whose labels recur nowhere: a row of no figures, no section
        "项目 | 2021 | 2022 |\n中国籍 | |||\n非香港居民 | 748 | 523 |\n其他国籍 | 1376 | 1337 |",
        [("非香港居民", 748, "", 2021), ("非香港居民", 523, "", 2022), ("其他国籍", 1376, "", 2021),
         ("其他国籍", 1337, "", 2022)],
    ),
    (  # a cell a line between blank lines, a header cell's measure on a line of its own (滥伐 / (次、起): the
        # first of a column's measures), a count named by 起数, a share's column after the column it is of
        "\n\n".join("年度 总起数 滥伐 (次、起) 占比(%) 2014 421 29 6.9 2015 249 38 15.3 2016 192 18 9.4".split()),
        [("总起数", 421, "起", 2014), ("滥伐", 29, "次", 2014), ("滥伐占比", 6.9, "%", 2014),
         ("总起数", 249, "起", 2015), ("滥伐", 38, "次", 2015), ("滥伐占比", 15.3, "%", 2015),
         ("总起数", 192, "起", 2016), ("滥伐", 18, "次", 2016), ("滥伐占比", 9.4, "%", 2016)],
    ),
    (  # a yearbook's table whose header the copy lost, its thousands apart by a space like its cells, rows
        # between blank lines and their translations: five columns, as only five fits every row
        "8.1 刑事罪案分類\n\n侵犯人身罪 2 505 2 718 2 919 2 672 2 480\n\nCrimes against person\n\n"
        "侵犯生命罪 10 6 12 12 9\n\nCrimes contra a vida Homicide\n\n侵犯名譽罪 96 234 216 166 145",
        [("侵犯人身罪", v, "", None) for v in (2505, 2718, 2919, 2672, 2480)]
        + [("侵犯生命罪", v, "", None) for v in (10, 6, 12, 12, 9)]
        + [("侵犯名譽罪", v, "", None) for v in (96, 234, 216, 166, 145)],
    ),
    (  # a caption right above naming its count gives the measure
        "按区议会分区划分的交通意外宗数\n\n地区 2019 2020\n中西区 710 609\n东区 707 630",
        [("中西区", 710, "宗", 2019), ("中西区", 609, "宗", 2020), ("东区", 707, "宗", 2019),
         ("东区", 630, "宗", 2020)],
    ),
    (  # rows labelled by their year's digits alone, one count each, under 年份 and one column's name
        "年份 總計\n2017 5,567\n2016 5,939", [("總計", 5567, "", 2017), ("總計", 5939, "", 2016)],
    ),
    (  # months so far and the total, the year's last months empty: a row whose last number sums the others
        # holds the first months and the total; a group's words open its first row and go on below it
        "总区 严重程度 一月 二月 三月 四月 合计\n港岛 致命  1  0  2    3\n严重  16  9  6    31\n"
        "东九龙 致命  3  3  1    7\n严重  5  1  4    10",
        [("港岛致命·一月", 1, "", None), ("港岛致命·二月", 0, "", None), ("港岛致命·三月", 2, "", None),
         ("港岛致命·合计", 3, "", None), ("港岛·严重·一月", 16, "", None), ("港岛·严重·二月", 9, "", None),
         ("港岛·严重·三月", 6, "", None), ("港岛·严重·合计", 31, "", None), ("东九龙致命·一月", 3, "", None),
         ("东九龙致命·二月", 3, "", None), ("东九龙致命·三月", 1, "", None), ("东九龙致命·合计", 7, "", None),
         ("东九龙·严重·一月", 5, "", None), ("东九龙·严重·二月", 1, "", None), ("东九龙·严重·三月", 4, "", None),
         ("东九龙·严重·合计", 10, "", None)],
    ),
    (  # a header whose years the flattening glued after its corner words; a group's words with a note's mark
        "区域严重程度19941995\n香港岛 * 死亡意外 44 41\n严重意外 759 710\n九龙 死亡意外 133 101\n严重意外 1395 1338",
        [("香港岛死亡意外", 44, "", 1994), ("香港岛死亡意外", 41, "", 1995), ("香港岛·严重意外", 759, "", 1994),
         ("香港岛·严重意外", 710, "", 1995), ("九龙死亡意外", 133, "", 1994), ("九龙死亡意外", 101, "", 1995),
         ("九龙·严重意外", 1395, "", 1994), ("九龙·严重意外", 1338, "", 1995)],
    ),
    (  # a table run into one line (a budget's 三公 table copied from a PDF): the unit before it, a spaced-out
        # corner and row label, a row whose words the copy moved to the table's end (0 0) by its column alone
        "三公经费支出决算表 单位:万元 项 目 预算数 决算数 合 计 65.00 64.87 0 0 公务接待费 21.00 21.00 "
        "公务用车购置及运行费 44.00 43.87 公务用车购置 0 0 因公出国(境)费",
        [("合计·预算数", 650000, "元", None), ("合计·决算数", 648700, "元", None), ("预算数", 0, "元", None),
         ("决算数", 0, "元", None),
         ("公务接待费·预算数", 210000, "元", None), ("公务接待费·决算数", 210000, "元", None),
         ("公务用车购置及运行费·预算数", 440000, "元", None), ("公务用车购置及运行费·决算数", 438700, "元", None),
         ("公务用车购置·预算数", 0, "元", None), ("公务用车购置·决算数", 0, "元", None)],
    ),
    (  # … rows' words in two languages, a group's words over the rows below it, a year's 年 apart
        "123 2013 年 Ano de 2013 2014 年 Ano de 2014 數量差距 Diferença 吊車 Remoção 汽車 automóveis 689 717 +28 "
        "電單車 motociclos 630 579 -51 鎖車 Bloqueamento 汽車 automóveis 2,474 2,581 +107",
        [("吊車·汽車", 689, "", 2013), ("吊車·汽車", 717, "", 2014), ("吊車·汽車·數量差距", 28, "", None),
         ("電單車", 630, "", 2013), ("電單車", 579, "", 2014), ("電單車·數量差距", -51, "", None),
         ("鎖車·汽車", 2474, "", 2013), ("鎖車·汽車", 2581, "", 2014), ("鎖車·汽車·數量差距", 107, "", None)],
    ),
    (  # a cell a line, each closed by a bar, no header (a page break left it on the page before): rows open
        # with their years one after another, the tail of the page before's last row left to the text
        "|\n14.9 |\n2000 |\n83533 |\n37.8 |\n2001 |\n98372 |\n33.3 |\n2002 |\n80728 |\n30.7 |\n",
        [("", 83533, "", 2000), ("", 37.8, "", 2000), ("", 98372, "", 2001), ("", 33.3, "", 2001),
         ("", 80728, "", 2002), ("", 30.7, "", 2002)],
    ),
    (  # a yearbook's rows gaining columns from a year on: the table goes on in the measure stated over it
        "单位:件\n1981 906051 232125 673926\n1982 1024160 245219 778941\n1983 1343164 542648 756436 43553 527",
        [("", 906051, "件", 1981), ("", 232125, "件", 1981), ("", 673926, "件", 1981), ("", 1024160, "件", 1982),
         ("", 245219, "件", 1982), ("", 778941, "件", 1982), ("", 1343164, "件", 1983), ("", 542648, "件", 1983),
         ("", 756436, "件", 1983), ("", 43553, "件", 1983), ("", 527, "件", 1983)],
    ),
    ("類別 2020 2021\n(收納人次) (收納人次)\n女性 1 815 703", []),  # parts two ways (1 815 | 703, 1 | 815 703): none
    ("全市法院受理案件  12345件，同比上升  5%。\n审结  900件。", []),  # prose with wide spaces: no table
    ("首页 | 新闻 | 公告\n联系我们 | 网站地图", []),  # bars without a number: no table
    ("2023年 | 2024年\n", []),  # a header alone
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), CASES)
def test_each_numeric_cell_is_one_figure_by_row_and_column(text, want):
    figures = table_figures(text).figures
    assert [(f.label, f.value, f.measure, f.year) for f in figures] == want
    assert all(text[f.start : f.end] == f.raw for f in figures)  # each points to its cell


@pytest.mark.parametrize(
    ("cell", "qualifier"),
    [("≥400平方米", "over"), ("≤12万元", "under"), ("100百分比", "exact"), ("＞90%", "over")],
)
def test_a_targets_bound_is_its_figures_qualifier(cell, qualifier):
    text = f"一级指标 | 二级指标 | 三级指标 | 指标值 |\n产出指标 | 数量指标 | 维修面积 | {cell} |\n"
    text += "质量指标 | 质量指标 | 合格率 | 98% |"
    doc = document_from_text("t", "t", text)
    (metric,) = [m for m in doc.records["metrics"] if m["raw"] == cell]
    assert metric["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("row", "want"),
    [  # a performance-target form's rows run together with single spaces (zhalaite_procuratorate_project_targets_…)
        (
            "满意度指标(10分) 服务对象满意度 使用人员满意度 正向 大于等于 98 % 10",
            [("98 %", 98, "%", "over", "使用人员满意度"), ("10", 10, "", "exact", "使用人员满意度分值")],
        ),
        (
            "产出指标(50分) 成本指标 车辆购置成本 反向 小于等于 12 万元 5",
            [("12 万元", 120000, "元", "under", "车辆购置成本"), ("5", 5, "", "exact", "车辆购置成本分值")],
        ),
        (
            "数量指标 车辆采购数量 反向 小于等于 1 7.5",
            [("1", 1, "", "under", "车辆采购数量"), ("7.5", 7.5, "", "exact", "车辆采购数量分值")],
        ),
        (
            "质量指标 设备验收合格率 正向 等于 100 % 7.5",
            [("100 %", 100, "%", "exact", "设备验收合格率"), ("7.5", 7.5, "", "exact", "设备验收合格率分值")],
        ),
    ],
)
def test_a_target_forms_row_gives_its_target_and_its_points(row, want):
    doc = document_from_text("t", "t", "项目绩效目标表\n" + row + "\n")
    got = [(m["raw"], m["value"], m["measure"], m["qualifier"], m["label"]) for m in doc.records["metrics"]]
    assert got == want


def test_a_rows_number_is_no_figure_and_says_so():
    text = "项目 | 行次 | 决算数 |\n财政拨款收入 | 1 | 2,117.41 |\n其他收入 | 2 | 1.14 |\n合计 | 3 | 2,118.55 |"
    doc = document_from_text("t", "t", text)
    assert [m["raw"] for m in doc.records["metrics"]] == ["2,117.41", "1.14", "2,118.55"]
    assert [n["text"] for n in doc.records["non_metrics"] if n["reason"] == "table_index"] == ["1", "2", "3"]


def test_header_years_are_no_figures_and_a_table_is_no_prose():
    text = "前言。\n项目 | 2023年 | 2022年\n受案数（件） | 12345 | 10234\n后记：数据截至年底。"
    doc = document_from_text("t", "t", text)
    assert [(m["raw"], m["value"], m["label"], m["year"]) for m in doc.records["metrics"]] == [
        ("12345", 12345, "受案数", 2023), ("10234", 10234, "受案数", 2022)
    ]  # fmt: skip
    assert [(n["text"], n["reason"]) for n in doc.records["non_metrics"]] == [
        ("2023年", "table_header"), ("2022年", "table_header")
    ]  # fmt: skip
    assert table_spans(text) == [(4, 45)]
    assert [c.text for c in table_figures(text).words] == ["项目", "受案数（件）"]
    assert not any("12345" in i["title"] for i in doc.records["initiatives"])  # a row is no initiative


def test_a_huge_table_is_read_in_one_pass():
    rows = "\n".join(f"第{i}庭 | {i} | {i + 1}" for i in range(20_000))
    figures = table_figures("庭 | 收案 | 结案\n" + rows + "\n" + "2020\n" * 100_000).figures
    assert len(figures) == 40_000 and figures[-1].label == "第19999庭·结案"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("部门 | 数量 | 部门 | 数量 |\n自然资源部 | 1165 | 人民银行 | 107 |\n总计 | 1272", ["自然资源部", "人民银行"]),
        ("单位名称 | 收案 |\n甲县人民法院 | 120 |\n乙县人民法院 | 98 |", ["甲县人民法院", "乙县人民法院"]),
        ("部 门 | 结案率 |\n三亚庭 | 22.22% |\n立案庭 | 0.00% |\n执行局 | 3.10% |", []),  # a court's own divisions
        ("机关别 | 件数 |\n臺北地检署 | 120 |\n士林地检署 | 98 |", ["臺北地检署", "士林地检署"]),  # by office: 機關別
        ("省份 | 数量 |\n广东 | 31392 |", []),  # places
        (  # a ranking, one court a line under a header apart by single spaces (national_trial_livestream_…_r26a)
            "省份 法院名称 庭审直播量(场)\n广东省 广州市中级人民法院 14108\n云南省 昆明市中级人民法院 5438",
            ["广州市中级人民法院", "昆明市中级人民法院"],
        ),
    ],
)
def test_the_bodies_a_tables_rows_are_of_where_its_header_says_so(text, want):
    assert [u.text for u in row_units(text)] == want


def test_a_header_of_year_groups_a_cell_a_line_names_each_cell_by_its_group_and_column():
    """zcity_13_basic_courts_…_cell_lines_table_2012_2014_h38: single columns, the years' heads, then each year's
    columns, a cell a line with blank lines between; each row's cells under their year and column."""
    cells = "法院 审监法官人数 2012年度 2013年度 审结再审案件数 人均结案数 审结再审案件数 人均结案数"
    rows = "A区法院 2 18 9.0 12 6.0 B市法院 2 29 14.5 10 5.0"
    caption = "表三:Z市基层法院审监庭法官人均审结再审案件情况\n\n"
    doc = document_from_text("t", "t", caption + f"{cells} {rows}".replace(" ", "\n\n"))
    got = [(m["unit"], m["label"], m["year"], m["value"]) for m in doc.records["metrics"]]
    assert got[:5] == [
        ("A区法院", "A区法院·审监法官人数", None, 2), ("A区法院", "A区法院·审结再审案件数", 2012, 18),
        ("A区法院", "A区法院·人均结案数", 2012, 9), ("A区法院", "A区法院·审结再审案件数", 2013, 12),
        ("A区法院", "A区法院·人均结案数", 2013, 6),
    ]  # fmt: skip
    assert len(got) == 10


def test_a_ranking_of_courts_one_a_line_gives_each_its_count_in_the_headers_measure():
    text = "表2 中级人民法院庭审直播量排名\n省份 法院名称 庭审直播量(场)\n广东省 广州市中级人民法院 14108\n"
    doc = document_from_text("t", "t", text + "云南省 昆明市中级人民法院 5438")
    assert [u["name"] for u in doc.records["units"]] == ["广州市中级人民法院", "昆明市中级人民法院"]
    assert [(m["unit"], m["label"], m["value"], m["measure"]) for m in doc.records["metrics"]] == [
        ("广州市中级人民法院", "庭审直播量", 14108, "场"), ("昆明市中级人民法院", "庭审直播量", 5438, "场"),
    ]  # fmt: skip


def test_a_table_of_bodies_gives_each_its_rows_counts_as_a_unit():
    text = "表2:国务院部门受理行政复议案件情况\n部门 | 数量 | 部门 | 数量 |\n自然资源部 | 1165 | 人民银行 | 107 |\n"
    doc = document_from_text("t", "t", text + "知识产权局 | 1144 | 审计署 | 24 |")
    assert [u["name"] for u in doc.records["units"]] == ["自然资源部", "人民银行", "知识产权局", "审计署"]
    assert [(m["unit"], m["value"]) for m in doc.records["metrics"]] == [
        ("自然资源部", 1165), ("人民银行", 107), ("知识产权局", 1144), ("审计署", 24),
    ]  # fmt: skip
