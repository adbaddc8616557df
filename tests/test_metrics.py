import re

import pytest

from explorer.read.metrics import find_numbers

SY, DL, HC, DC = "沈阳市中级人民法院", "大连市中级人民法院", "海城市人民法院", "盖州市人民法院东城人民法庭"

# Read off the seed by hand: unit, raw, value, measure, qualifier, label, year.
SEED_METRICS = [
    (SY, "17个", 17, "个", "exact", "专班", None),
    (SY, "11.92%", 11.92, "%", "exact", "一审民商事案件降幅", None),
    (SY, "26家", 26, "家", "exact", "法庭", None),
    (SY, "9家", 9, "家", "exact", "获评示范法庭", None),
    (DL, "近4万件", 40000, "件", "approx", "诉前化解纠纷", None),
    (DL, "180亿元", 18_000_000_000, "元", "exact", "增资", None),
    (DL, "超过90%", 90, "%", "over", "网上立案率", None),
    (DL, "3.27万件", 32700, "件", "exact", "线上开庭", None),
    (DL, "11.13万笔", 111300, "笔", "exact", "在线缴费", None),
    (DL, "12份", 12, "份", "exact", "发布各类白皮书", None),
    (HC, "58家", 58, "家", "exact", "院领导带头走访企业", 2022),
    (HC, "29件", 29, "件", "exact", "主动为企业办实事", 2022),
    (HC, "5个", 5, "个", "exact", "人民法庭", None),
    (HC, "3个", 3, "个", "exact", "法庭", None),
    (HC, "11家", 11, "家", "exact", "律所", None),
    (DC, "47.63%", 47.63, "%", "exact", "法庭调解率", None),
    (DC, "520余件", 520, "件", "over", "诉前调解案件", None),
    (DC, "34.81%", 34.81, "%", "exact", "调撤成功率", None),
    (DC, "4个", 4, "个", "exact", "诉讼服务站", None),
    (DC, "200余件", 200, "件", "over", "化解民事纠纷", None),
    (DC, "18个百分点", 18, "个百分点", "exact", "法庭收案量同比降低", 2022),
]


def test_every_seed_metric(dataset):
    got = [
        (m["unit"], m["raw"], m["value"], m["measure"], m["qualifier"], m["label"], m["year"])
        for m in dataset.records("metrics")
    ]
    assert got == SEED_METRICS
    for m in dataset.records("metrics"):
        assert type(m["value"]) is type(next(x[2] for x in SEED_METRICS if x[1] == m["raw"]))


def test_no_false_metrics_and_every_digit_accounted_for(dataset, doc):
    non = [(n["text"], n["reason"]) for n in dataset.records("non_metrics")]
    assert non == [
        ("3月30日", "date"),
        ("5+5+5+1", "slogan"),
        ("2022年", "year"),
        ("2022年", "year"),
        ("2022年", "year"),
        ("2022年", "year"),
        ("5+5+5+1", "slogan"),
    ]
    spans = [(m["start"], m["end"]) for m in dataset.records("metrics")]
    spans += [(n["start"], n["end"]) for n in dataset.records("non_metrics")]
    for run in re.finditer(r"\d+", doc.text.clean):
        assert any(a <= run.start() and run.end() <= b for a, b in spans), run.group()


def test_metric_offsets_point_at_source(dataset, doc):
    for m in dataset.records("metrics"):
        assert doc.text.clean[m["start"] : m["end"]] == m["raw"]
        assert doc.text.raw[m["raw_start"] : m["raw_end"]] == m["source"]
        assert m["raw"] in m["sentence"]
    big = next(m for m in dataset.records("metrics") if m["value"] == 40000)
    assert big["source"] == "近4萬件"


@pytest.mark.parametrize(
    ("text", "value", "measure", "qualifier"),
    [
        ("收案约1.5万件。", 15000, "件", "approx"),
        ("标的额逾3亿元。", 300_000_000, "元", "over"),
        ("结案3万余件。", 30000, "件", "over"),
        ("化解纠纷100件以上。", 100, "件", "over"),
        ("同比下降2.5个百分点。", 2.5, "个百分点", "exact"),
        ("结案率达98.6%。", 98.6, "%", "exact"),
        ("建成１２个站点。", 12, "个", "exact"),  # full-width digits, folded as the pipeline does
    ],
)
def test_quantities(text, value, measure, qualifier):
    from explorer.read.normalize import fold_width

    metrics, others = find_numbers(fold_width(text))
    assert [(m.value, m.measure, m.qualifier) for m in metrics] == [(value, measure, qualifier)]
    assert others == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2023年3月30日召开", "date"),
        ("2022年，", "year"),
        ("围绕“5+5+5+1”体系", "slogan"),
        ("编号123", "unclassified"),
        ("建院65周年", "anniversary"),
        ("纪念建党97年", "anniversary"),
        ("判处5年以上有期徒刑", "threshold"),  # a rule's bound (heilongjiang_yearbook_2006), not a count
        ("不满18岁的未成年人", "threshold"),
        ("处3年以下有期徒刑", "threshold"),
        ("审理期限1年以上的", "threshold"),
        ("各类犯罪位居前3位", "ordinal"),  # a rank
        ("3年多来，", "period"),  # the span a finding is set in (changzhou_mediation_feature)
        ("新收案件11年来首次同比回落", "period"),  # dongguan_conference_2024
        ("5年间，", "period"),
        ("上世纪90年代积压的案件", "period"),  # a decade (zhengfa_rectification_presser_pinyin_trad_r15c)
        ("3天后,法庭启动调解", "period"),  # when the story goes on, no count of days
        ("3小时后,当张瑞和同事", "period"),  # xianan_gaoqiao_police_station_post90s_officers_feature_r33d
        ("本港今年首4个月录得罪案", "period"),  # the first months of a year (hong_kong_fight_crime_…_r77a)
        ("头8个月检获毒品", "period"),
        ("集中开展为期20天的公开查缉毒品大比武", "period"),  # how long a campaign runs (yunnan_…_r78a), as a
        # meeting (为期一天半的座谈会, which two early truths record as figures and the briefs since do not)
        ("1岁后交训练师训练", "period"),  # a time of life (taiwan_customs_…_sniffer_dogs_…_r77a)
        ("并拘捕一名22岁大学生。", "age"),  # one person described
        ("位居全国70个大中城市第一", "rank_set"),  # the set a rank is among (shenzhen_report_2023)
        ("在全省12个中院中排名第二", "rank_set"),
        ("深圳法院出台优化法治化营商环境20条，", "name"),  # a policy's name (shenzhen_report_news_2024)
        ("原则上24小时内答复。", "threshold"),  # a deadline (spc_tribunal_cases_tenth_batch_page10)
    ],
)
def test_non_metrics_have_reasons(text, reason):
    metrics, others = find_numbers(text)
    assert metrics == [] and [o.reason for o in others] == [reason]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("辖区面积3250平方公里。", [(3250, "平方公里", "exact", "辖区面积")]),
        ("巡回审判路程50多公里。", [(50, "公里", "over", "巡回审判路程")]),
        # digit by digit, as Taiwan's press writes them (taipei_police_branches_…_r44a), a year so in no label
        ("破案率为七三.一%。", [(73.1, "%", "exact", "破案率")]),
        ("全年调解成立一七五一件。", [(1751, "件", "exact", "全年调解成立")]),
        ("调解成立率约八成五,", [(85, "%", "approx", "调解成立率")]),  # tenths and a digit (yilan_…_r44a)
        ("一○一年共发生四万多件刑案。", [(40000, "件", "over", "发生")]),
        ("标的额超一千万元。", [(10_000_000, "元", "over", "标的额")]),
        ("化解纠纷两千余件。", [(2000, "件", "over", "化解纠纷")]),
        ("培训三百多人。", [(300, "人", "over", "培训")]),
        ("六家法院分别作交流发言。", [(6, "家", "exact", "法院")]),
        ("设立15个调解室。", [(15, "个", "exact", "调解室")]),
        ("使3000余名群众受益。", [(3000, "名", "over", "群众")]),
        ("分3批发布。", [(3, "批", "exact", "发布")]),
        ("较10年前下降28.7%。", [(28.7, "%", "exact", "下降")]),  # the period's words are no label
        ("审理期限缩短3个月。", [(3, "个月", "exact", "审理期限缩短")]),  # a span that is the finding
        ("全国12个中院完成改革。", [(12, "个", "exact", "中院")]),  # no rank: a count
        ("出台20条措施。", [(20, "条", "exact", "措施")]),  # a count before its noun: no name
        ("今天发言的一共四位，评论人四位。", [(4, "位", "exact", "今天发言的"), (4, "位", "exact", "评论人")]),
        # a threshold's words belong to the figure after it (issue 22), whatever word came first
        ("其中5年以上未结案件3件。", [(3, "件", "exact", "5年以上未结案件")]),
        ("2年以上长期未结案件0件", [(0, "件", "exact", "2年以上长期未结案件")]),
        ("超18个月未结案件比为0.2%", [(0.2, "%", "exact", "超18个月未结案件比")]),
        ("其中14岁以上不满16岁的327人", [(327, "人", "exact", "14岁以上不满16岁")]),
        ("超过3年的案件12件", [(12, "件", "exact", "超过3年的案件")]),
        ("审理周期超18个月。", [(18, "个月", "over", "审理周期")]),  # an over with nothing after: the finding
        (
            "接待1200人次，走访46户，提高2倍。",
            [(1200, "人次", "exact", "接待"), (46, "户", "exact", "走访"), (2, "倍", "exact", "提高")],
        ),
        ("同比分别增长18.28%、9.9%。", [(18.28, "%", "exact", "同比分别增长"), (9.9, "%", "exact", "同比分别增长")]),
        ("审结1209件1442人。", [(1209, "件", "exact", "审结"), (1442, "人", "exact", "审结")]),
        ("人口5.7万，", [(57000, "", "exact", "人口")]),
        ("党组共召开三次会议。", [(3, "次", "exact", "党组共召开")]),  # a count of meetings, not a session
        ("同步开展公开听证30867件次。", [(30867, "件次", "exact", "同步开展公开听证")]),  # not 30867件 and 次
        ("办理业务经费24,732  千元。", []),  # a magnitude alone after a wrapped cell's gap is no count of 1000
        ("涉及千余人。", [(1000, "人", "over", "涉及")]),
        # a bound after a count of courts says which courts it counts (spc_nine_months_courts_news_2016)
        ("264家基层法院新收案件数超过1万件。", [(264, "家", "exact", "基层法院")]),
        # but a rate all the counted are over is a finding (jiangxi_public_safety_survey_…_r58a)
        ("11个设区市均超过96%。", [(11, "个", "exact", "设区市"), (96, "%", "over", "设区市均")]),
        ("5个省人民法院新收案数均超50万件。", [(5, "个", "exact", "省人民法院")]),  # a count they pass says which
        ("新建12个调解室，化解纠纷超过300件。", [(12, "个", "exact", "调解室"), (300, "件", "over", "化解纠纷")]),
        # names listed before 分别 give the figures after it out one each, as many, in order
        ("收案、结案分别为1234件和1200件。", [(1234, "件", "exact", "收案"), (1200, "件", "exact", "结案")]),
        ("同比分别增长18.28%、9.9%。", [(18.28, "%", "exact", "同比分别增长"), (9.9, "%", "exact", "同比分别增长")]),
        # a share after 占 is the share of the figure before; a change's two figures; a bracket opening on a figure
        ("受理9.8万件，占93.3%。", [(98000, "件", "exact", "受理"), (93.3, "%", "exact", "受理占比")]),
        ("审理周期由45天缩短至38天。", [(45, "天", "exact", "审理周期"), (38, "天", "exact", "审理周期缩短至")]),
        ("民间借贷纠纷（1234件）。", [(1234, "件", "exact", "民间借贷纠纷")]),
        ("受理102356件（含旧存8765件）。", [(102356, "件", "exact", "受理"), (8765, "件", "exact", "含旧存")]),
        # days counted in 日: a decimal, or a whole number after 为; a day of the month is none, in digits or words
        ("平均每件所需日数为85.46日。", [(85.46, "日", "exact", "平均每件所需日数")]),
        ("平均审理天数为45日。", [(45, "日", "exact", "平均审理天数")]),
        ("6日，市委常委会听取汇报。", []),
        ("——二〇二一年一月十九日在大会上", []),
        # a rate a text aims at is no finding; a year's 度 goes with the year, out of the label
        ("考核目标值为95%，全市实际完成97.2%。", [(97.2, "%", "exact", "全市实际完成")]),
        ("力争结案率达到95%以上。", []),
        ("力争全年结案1万件。", []),
        # a year written short before words only a year takes (chiayi_city_police_…_r53b, longjiang_…_2021)
        ("与94 年同期比较,发生减少579件。", [(579, "件", "exact", "发生减少")]),
        ("生效案件1618件(包括20年案件今年生效)。", [(1618, "件", "exact", "生效案件")]),
        ("在地深耕28年。", [(28, "年", "exact", "在地深耕")]),
        # a change in brackets, its sign inside (hong_kong_police_2019_…_r53b); a span of days is a date
        ("袭警(-56.2百分点)的破案率下跌。", [(-56.2, "个百分点", "exact", "袭警")]),  # percentage points, as 个百分点
        ("11月29-30日,验收小组到建始县。", []),
        # a rate's base is no count (taichung_city_police_…); one person's age no figure, a group's is
        ("每10万人发生刑案120.5件。", [(120.5, "件", "exact", "发生刑案")]),
        ("嫌疑人马某(44岁)被抓获,平均年龄超过65岁。", [(65, "岁", "over", "平均年龄")]),
        # 亿 then 万 with thousands and 多 (changhua_police_…_r53b)
        ("因此再追加4亿7,000多万元。", [(470000000, "元", "over", "因此再追加")]),
        # … but funds a body won (changhua_police_…_r53b) are a finding
        ("县府争取中央政府一般性补助2,500万元。", [(25000000, "元", "exact", "争取中央政府一般性补助")]),
        ("2022年度全市法院收案数为全省的12.3%。", [(12.3, "%", "exact", "全市法院收案数为全省的")]),
        # cases, volumes, banners and episodes counted (jincheng…_r13e, dalate…_r13d); 案件, 集中 are no measure
        ("对39案进行“回头看”。", [(39, "案", "exact", "进行回头看")]),
        (
            "发放手册28万余册，条幅1500余幅，短视频4集。",
            [(280000, "册", "over", "发放手册"), (1500, "幅", "over", "条幅"), (4, "集", "exact", "短视频")],
        ),
        ("63起案件成功调解48件。", [(63, "起", "exact", "案件"), (48, "件", "exact", "案件成功调解")]),
        # a share in words with its decimals (guangdong_police_court_brief_2010_trad_r13d)
        ("破案率升幅为百分之十三点八。", [(13.8, "%", "exact", "破案率升幅")]),
        # a part after 其中 says what it counts after its number; with nothing after it, 其中 stays
        ("受理120件，其中30件通过调解结案。", [(120, "件", "exact", "受理"), (30, "件", "exact", "通过调解结案")]),
        ("收案120件，其中30件。", [(120, "件", "exact", "收案"), (30, "件", "exact", "其中")]),
        ("共有法官56名，其中女法官21名。", [(56, "名", "exact", "法官"), (21, "名", "exact", "其中女法官")]),
        ("共有员额法官120名。", [(120, "名", "exact", "员额法官")]),
        # a court before a figure is its unit, not its label: the indicator the sentence is told by is
        (
            "从结案率看，甲县法院98.8%、乙县法院96.7%。",
            [(98.8, "%", "exact", "结案率"), (96.7, "%", "exact", "结案率")],
        ),
        (
            "各基层法院结案率：甲县法院98.8%，乙县法院96.7%。",
            [(98.8, "%", "exact", "各基层法院结案率"), (96.7, "%", "exact", "各基层法院结案率")],
        ),
        # a ratio or an index has no measure; per mille is its own (huangmei_procuratorate_data_2021)
        ("“案-件比”为106.33。", [(106.33, "", "exact", "案-件比")]),
        ("结收案比为1.02，万人成讼率5.6‰。", [(1.02, "", "exact", "结收案比"), (5.6, "‰", "exact", "万人成讼率")]),
        ("收案比2022年增长12件。", [(12, "件", "exact", "增长")]),  # 比 before a year compares: no ratio
    ],
)
def test_figures_in_words_new_measures_and_usable_labels(text, expected):
    metrics, _ = find_numbers(text)
    assert [(m.value, m.measure, m.qualifier, m.label) for m in metrics] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years before 分别, a range's or a list's, give the figures after it out one a year, the last after 和 too
        (
            "2019年至2023年，收案数分别为8.1万件、8.9万件、9.6万件、10.2万件和10.9万件。",
            [("收案数分别", y) for y in range(2019, 2024)],
        ),
        ("2022年、2023年分别受理1200件、1350件。", [("分别受理", 2022), ("分别受理", 2023)]),
        # as many years as figures but no 分别: both the sentence's last year
        ("2022年至2023年，收案8.1万件、结案7.9万件。", [("收案", 2023), ("结案", 2023)]),
        # a range that is not as long as the list gives no year out
        ("2019年至2023年，收案数分别为8.1万件、8.9万件。", [("收案数分别", 2023), ("收案数分别", 2023)]),
    ],
)
def test_years_before_each_give_out_the_figures_after_it(text, expected):
    metrics, _ = find_numbers(text)
    assert [(m.label, m.year) for m in metrics] == expected


# Figures as real reports write them (data/library/, issue 22): raw, value, measure, qualifier.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a PDF's text spaces number and measure (spc_report_2024_spaced, yiling_bulletin_2021)
        ("最高人民法院收案 21081 件，结案 17855 件。", [("21081 件", 21081, "件"), ("17855 件", 17855, "件")]),
        ("全国各级法院收案 4557.4 万件。", [("4557.4 万件", 45_574_000, "件")]),
        ("审结涉黑恶犯罪案件 1855 件 11191 人。", [("1855 件", 1855, "件"), ("11191 人", 11191, "人")]),
        ("已结案件平均办理时间为52.86 天。", [("52.86 天", 52.86, "天")]),
        # a space between thousands, groups of three digits only (heilongjiang_yearbook_2006)
        ("各类案件321 146件(不含上年旧存28 802件)", [("321 146件", 321_146, "件"), ("28 802件", 28802, "件")]),
        ("交通肇事罪2 023件。", [("2 023件", 2023, "件")]),
        ("共14 119人，", [("14 119人", 14119, "人")]),
        # 人民币 after a magnitude is money, not 人 (national_admin_reconsideration_…_r31a)
        ("GDP达到了8.20万亿人民币的规模", [("8.20万亿人民币", 8_200_000_000_000, "元")]),
        # Hong Kong dollars are their own money, not 元 (hong_kong_police_thunder18_…_r71a)
        ("行动中检获的毒品总市值约22.2万港元。", [("约22.2万港元", 222_000, "港元", "approx")]),
        ("缉获约100万澳门元货物。", [("约100万澳门元", 1_000_000, "澳门元", "approx")]),  # macau_customs_…_r77a
        ("清理土方44160立方米", [("44160立方米", 44160, "立方米", "exact")]),  # shanxi_procuratorate_…_r80a
        ("缴毒1吨多", [("1吨多", 1, "吨", "over")]),  # yunnan_police_drug_checkpoint_contest_…_r78a
        ("检获毒品接近一公吨", [("接近一公吨", 1, "公吨", "approx")]),  # hong_kong_narcotics_…_r77a
        ("全台共有37只缉毒犬", [("37只", 37, "只", "exact")]),  # taiwan_customs_…_sniffer_dogs_…_r77a
        # items published, counted: no policy named by its count (jiamusi_dongfeng_…_r31a)
        ("通过区政府网站发布动态信息5条,通过政务新媒体发布信息62条,", [("5条", 5, "条"), ("62条", 62, "条")]),
        # a share is never spaced in thousands: a form's cells 分值 100 and 执行率 100% (shangrao_…_self_evaluation)
        ("年度资金总额: 620.82万元 100 100% 10", [("620.82万元", 6_208_200, "元"), ("100%", 100, "%")]),
        # numbers in words with 万 and 亿 inside (hk_wenweipo_spc_report_2008)
        ("有二萬六千五百六十一宗", [("二万六千五百六十一宗", 26561, "宗")]),
        ("涉及賠償金額一億八千萬元人民幣。", [("一亿八千万元", 180_000_000, "元")]),
        ("共审理三千多万宗案件。", [("三千多万宗", 30_000_000, "宗", "over")]),
        ("案件共一百二十万宗。", [("一百二十万宗", 1_200_000, "宗")]),
        ("增加一倍多，", [("一倍多", 1, "倍", "over")]),
        ("发生四十余起。", [("四十余起", 40, "起", "over")]),
        ("每年三四十起。", [("三四十起", 35, "起", "approx")]),
        ("两三百人参加。", [("两三百人", 250, "人", "approx")]),
        # qualifiers before and after (suihua_report_news_2017, quanzhou_paper_table_2014)
        ("收案首次突破5万件，", [("突破5万件", 50000, "件", "over")]),
        ("以每年1万件左右的数量递增。", [("1万件左右", 10000, "件", "approx")]),
        # shares in tenths and fractions, read in percent (changzhou_mediation_feature)
        ("纠纷数占涉诉民商事纠纷总数的三成。", [("三成", 30, "%")]),
        ("将近7成的当事人选择调解。", [("将近7成", 70, "%", "approx")]),
        ("當事人將近8成。", [("将近8成", 80, "%", "approx")]),
        ("诉前纠纷约占5分之1。", [("约占5分之1", 20, "%", "approx")]),  # 约占: about, as 约为
        ("审理期限3至5天。", [("3至5天", 4, "天", "approx")]),  # a range: its middle, approximately
        ("汽車 30 22 -8 -26.67% 電單車", [("-26.67%", -26.67, "%")]),  # a change and its rate: no range
        ("案件约为70件。", [("约为70件", 70, "件", "approx")]),  # a word between 约 and the number
        ("调解结案占三分之二。", [("三分之二", 66.67, "%")]),
        ("调解率达百分之三十。", [("百分之三十", 30, "%")]),
        ("七成以上的纠纷。", [("七成以上", 70, "%", "over")]),
        # an amount a box table's last column wraps past its rails (taitung_…_budget_table_1994, chiayi_…_1999)
        ("│  │移入「资讯管理」科目 312\n  │  │  │  千元,其余", [("312\n  │  │  │  千元", 312_000, "元")]),
        ("│  │一般行政人事费 50\n  │  │  ,894千元。", [("50\n  │  │  ,894千元", 50_894_000, "元")]),
        # 亿 then its 万, one amount (taiwan_deferred_prosecution_payments_offices_table_2013)
        ("最高之臺中地檢署為12億7,078萬元，", [("12亿7,078万元", 1_270_780_000, "元")]),
        ("共计1亿2000万余元。", [("1亿2000万余元", 120_000_000, "元", "over")]),
        ("預算數合計11億461萬5千元,", [("11亿461万5千元", 1_104_615_000, "元")]),
        ("第三類人員之實際員額自107年度之1萬2,786人逐年成長", [("1万2,786人", 12786, "人")]),
        ("上述五个罪名合占批捕总人数的51.7%。", [("51.7%", 51.7, "%")]),  # the items listed, counted again
        # a band's ends, inclusive or not, name what the figure after counts (moj_lawyers_statistics_2022)
        ("律师11人至20人(含)的律师事务所8023家,", [("8023家", 8023, "家")]),
        ("65岁(含)以上的律师1.77万多人,", [("1.77万多人", 17700, "人", "over")]),
        ("律师人数超过1万人的省(区、市)有23个。", [("23个", 23, "个")]),
        ("人事费20,671千\n  │  │              │  元,", [("20,671千\n  │  │              │  元", 20_671_000, "元")]),
        # a count a wrapped line of prose cuts, the next line indented (lienchiang_…_budget_plan_table_2026)
        ("出席費10\n   千元。", [("10\n   千元", 10_000, "元")]),
        ("實施計畫等經費5\n   0千元。", [("5\n   0千元", 50_000, "元")]),
        ("收案10\n结案20件。", [("20件", 20, "件")]),  # a line not indented: no wrap
        # a count named 数量 or 数目 before a bare value, a rate's value in brackets (boli_execution_press_2021,
        # suining_halfyear_pinyin_trad_2007); not a value glued to its rank, (01)
        ("累计涉拍卖案件5件,财产数量8,流拍标的物数目10,", [("5件", 5, "件"), ("8", 8, ""), ("10", 10, "")]),
        ("超审限未结案率(0)、上诉率(4.51%),申请再审率(01),", [("0", 0, ""), ("4.51%", 4.51, "%")]),
        # a count of people right after its cases' count takes their label (shenzhen_drug_day_press_2017)
        ("提起公诉3298件4116人。", [("3298件", 3298, "件"), ("4116人", 4116, "人")]),
        # the longer measure (panan_mediation_cases_2018)
        ("已连续调解了17个小时。", [("17个小时", 17, "个小时")]),
        ("调解两个小时。", [("两个小时", 2, "个小时")]),
        # points scored (meizhou_safety_satisfaction_survey_…_r45b, yangquan_courts_execution_assessment_…_r40b)
        ("检察院工作得分94.63分,排名全省第二", [("94.63分", 94.63, "分")]),
        ("执行工作以101.98分名列全省第一", [("101.98分", 101.98, "分")]),
    ],
)
def test_figures_as_real_reports_write_them(text, expected):
    from explorer.read.normalize import normalize

    metrics, _ = find_numbers(normalize(text).clean)
    want = [(*x, "exact") if len(x) == 3 else x for x in expected]
    assert [(m.raw, m.value, m.measure, m.qualifier) for m in metrics] == want
    assert all(m.label for m in metrics)


@pytest.mark.parametrize(
    ("text", "figures", "unclassified"),
    [
        ("唯一成功的调解案例。", [], []),  # 一成 inside words: no share
        ("坚持一成不变。", [], []),
        ("群众三五成群。", [], []),
        ("统一成一个平台。", [], []),
        ("诉讼服务热线 12368 人工服务。", [], ["12368"]),  # a spaced measure that begins a word (人工)
        ("第 3 次会议。", [], ["3"]),  # an ordinal, spaced
        ("人民日报/2024 年/3 月/16 日/第 004 版", [], ["2024", "3", "16", "004"]),
        ("第二季度 12 3456件", ["3456件"], ["12"]),  # not a thousands group
        ("历时3天多次调解。", ["3天"], []),  # 多次 is a word: 3 days, not more than 3
        # 分 is points scored only as a decimal or after 得分…: no clock's minutes, band of minutes, weight, 十分 (very)
        ("上午9时30分,会议召开。", [], ["9", "30"]),
        ("0-5分出警占总指令的70.7%", ["70.7%"], ["0", "5"]),
        ("满意度指标(10分)", [], ["10"]),
        ("布置得十分典雅。", [], []),
        ("群众安全感得分95分,上升1.38分。", ["95分", "1.38分"], []),
    ],
)
def test_words_and_spacings_that_make_no_figure(text, figures, unclassified):
    metrics, others = find_numbers(text)
    assert [m.raw for m in metrics] == figures
    assert [m.qualifier for m in metrics] == ["exact"] * len(figures)
    assert [o.text for o in others if o.reason == "unclassified"] == unclassified


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # a count named by its verb alone after a court's: the court's (the supreme court's own 17855, not the
        # nation's 4526.8万, which the court page's timeline paired with it when both were 结案)
        ("最高人民法院受理案件21081件，审结17855件。", ["最高人民法院受理案件", "最高人民法院审结"]),
        ("全国各级法院受理案件4601.8万件，结案4526.8万件。", ["全国各级法院受理案件", "结案"]),
        ("最高人民法院发布数据，全国各级法院结案4526.8万件。", ["全国各级法院结案"]),
        ("今年以来，受理案件1200件，审结1100件。", ["受理案件", "审结"]),  # no court named: as written
    ],
)
def test_a_count_named_by_its_verb_alone_is_the_court_named_before_it(text, labels):
    assert [m.label for m in find_numbers(text)[0]] == labels


@pytest.mark.parametrize(
    "text",
    [
        "优化一站式诉讼服务，推动三个效果有机统一，打造四大品牌。",
        "开通12368诉讼服务热线。",
        "确定为第一批示范法庭，办好每一个案件。",
        "从以下四个方面着手，紧扣四项重点。",
        "建成“十个新突破”。",
        "一审服判息诉率达到x%。",
        "工作报告提请十四届全国人大三次会议审议。",  # sessions are ordinals
        "认真贯彻落实市四次党代会和省委十二届二次全会精神。",
        "贯彻市委四届二次全委(扩大)会议精神。",
        "207101天津市河北区人民法院 | 单位:万元",  # a budget unit's code before a place named with a measure (天)
        "单位代码：331002台州市椒江区人民法院",
    ],
)
def test_fixed_expressions_and_numbers_that_count_nothing_are_no_figures(text):
    assert find_numbers(text)[0] == []


def test_a_long_quotation_is_read_like_other_text_and_a_short_formula_is_a_slogan():
    quote = "“" + "我们坚持司法为民" * 20 + "，2014年11月6日起审结案件30件。”"
    metrics, others = find_numbers(quote + "围绕“5+5+5+1”体系。")
    assert [(m.raw, m.label) for m in metrics] == [("30件", "审结案件")]
    assert [(o.text, o.reason) for o in others] == [("2014年11月6日", "date"), ("5+5+5+1", "slogan")]


def _headline_loop(metrics, per_unit):
    """The definition, unit by unit: first rate, largest count of cases, other counts largest first, the rest."""
    import pandas as pd

    from explorer.read.lexicon import family

    df = metrics.assign(_value=pd.to_numeric(metrics["value"]), _family=metrics["measure"].map(family))
    picked = []
    for _, mine in df.groupby("unit", sort=False):
        rates = mine[mine["_family"] == "percent"]
        cases = mine[mine["measure"] == "件"].sort_values("_value", ascending=False, kind="stable")
        counts = mine[mine["_family"] == "count"].sort_values("_value", ascending=False, kind="stable")
        ranked = pd.concat([rates.head(1), cases.head(1), counts, mine])
        picked.append(ranked[~ranked.index.duplicated()].head(per_unit))
    return pd.concat(picked).drop(columns=["_value", "_family"])


HEADLINE_TABLE = [  # unit, raw, value, measure: ties, a unit without rates, one with only rates
    ("甲院", "5家", 5, "家"),
    ("甲院", "3万件", 30000, "件"),
    ("乙院", "12%", 12, "%"),
    ("甲院", "90%", 90, "%"),
    ("乙院", "40%", 40, "%"),
    ("丙院", "7个", 7, "个"),
    ("丙院", "7件", 7, "件"),
    ("丙院", "9个", 9, "个"),
    ("甲院", "3万件", 30000, "件"),
    ("丁院", "180亿元", 18_000_000_000, "元"),
]


@pytest.fixture(scope="module")
def generated_metrics(tmp_path_factory):
    """The figures table of the seed and 12 generated reports, as a corpus gives it to the home page."""
    import shutil
    from importlib.util import module_from_spec, spec_from_file_location

    from explorer.corpus.corpora import MemoryCorpus
    from explorer.read.dataset import build_dataset
    from explorer.read.resources import ROOT, SEEDS_DIR

    spec = spec_from_file_location("generate_corpus", ROOT / "bench" / "generate_corpus.py")
    generate = module_from_spec(spec)
    spec.loader.exec_module(generate)
    folder = tmp_path_factory.mktemp("reports")
    generate.generate(folder, 12, seed=3)
    for seed in SEEDS_DIR.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    return MemoryCorpus(build_dataset(folder)).table("metrics")


@pytest.mark.parametrize("per_unit", [1, 2, 3, 5])
def test_headline_figures_are_those_the_definition_picks_unit_by_unit(per_unit, generated_metrics):
    import pandas as pd

    from explorer.present.about import headline_figures

    table = pd.DataFrame(HEADLINE_TABLE, columns=["unit", "raw", "value", "measure"]).assign(label="")
    assert headline_figures(table, per_unit).equals(_headline_loop(table, per_unit))
    if per_unit == 2:
        assert headline_figures(table)["raw"].tolist() == ["90%", "3万件", "12%", "40%", "7件", "9个", "180亿元"]
    assert len(generated_metrics) > 50
    assert headline_figures(generated_metrics, per_unit).equals(_headline_loop(generated_metrics, per_unit))


@pytest.mark.parametrize(
    ("text", "figures", "heading"),
    [
        (
            "新时代人民法庭建设案例（12篇）\n一、调解纠纷30件。",
            ["30件"],
            ["12篇"],
        ),  # a title's tally names what follows
        ("最高法发布第六批案例(12篇)\n案例一", [], ["12篇"]),
        ("本院发布典型案例（12篇）。", ["12篇"], []),  # in a sentence: a finding
        ("收案（件）12345件", ["12345件"], []),  # not bracketed itself
    ],
)
def test_a_count_in_a_headings_brackets_is_no_figure(text, figures, heading):
    metrics, others = find_numbers(text)
    assert [m.raw for m in metrics] == figures
    assert [n.text for n in others if n.reason == "heading"] == heading


def test_a_count_glued_to_the_one_before_shares_its_label():
    metrics, _ = find_numbers("共批准逮捕毒品犯罪案件3029件3905人。")
    assert [m.label for m in metrics] == ["批准逮捕毒品犯罪案件"] * 2


def test_a_share_with_no_words_after_a_count_is_that_counts_share():
    # ningbo_procuratorates_halfyear_business_data_2020_r32c: 3件, 5.17% (of the cases charged)
    metrics, _ = find_numbers("起诉开设赌场罪3件,5.17%,三罪合计占82.76%。")
    want = [("3件", "起诉开设赌场罪"), ("5.17%", "起诉开设赌场罪"), ("82.76%", "三罪合计占")]
    assert [(m.raw, m.label) for m in metrics] == want
