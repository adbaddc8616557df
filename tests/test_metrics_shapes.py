"""Shapes of figures the first held-back documents showed (issue 22), worked out by hand: targets a text
sets, rates written with a minus sign."""

import pytest

from explorer.read.metrics import find_numbers


# A floor or a ceiling the text sets is a target, no finding (heyang_chengguan_tribunal_2018,
# wangqing_forest_bulletin_2019); the same words without the bound are findings.
@pytest.mark.parametrize(
    ("text", "figures", "thresholds"),
    [
        ("坚决完成结案率不低于95%的目标任务。", [], ["95%"]),
        ("院长审结案件数量不少于法官平均审结数量的5%，", [], ["5%"]),
        ("审理期限不超过30天。", [], ["超过30天"]),  # 超过 inside 不超过: the bound, not an over
        ("发回率不得高于3%。", [], ["3%"]),
        ("结案率达95%，", ["95%"], []),
        ("结案率不低于目标，实际达到97%。", ["97%"], []),  # the bound is in another clause
        ("收案超过300件。", ["超过300件"], []),
    ],
)
def test_a_target_the_text_sets_is_no_figure(text, figures, thresholds):
    metrics, others = find_numbers(text)
    assert [m.raw for m in metrics] == figures
    assert [o.text for o in others if o.reason == "threshold"] == thresholds


# A rate written with a minus sign after a word is negative (maanshan_suyuan_conference_2023): the sign is
# part of the figure and not of its label; a dash between numbers or at a line's head is no sign.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新收一审民事行政案件15640件，同比增长-4.21%，", [("15640件", 15640), ("-4.21%", -4.21)]),
        ("结案率同比－1.5个百分点。", [("－1.5个百分点", -1.5)]),  # a full-width minus
        ("增长4.21%。", [("4.21%", 4.21)]),
        ("案件数量下降3-4%。", [("3-4%", 3.5)]),  # a range, not a sign
    ],
)
def test_a_rate_with_a_minus_sign_is_negative(text, expected):
    from explorer.read.normalize import normalize

    metrics, _ = find_numbers(normalize(text).clean)
    assert [(m.raw, m.value) for m in metrics] == expected
    assert all(m.label and "-" not in m.label for m in metrics)


# A heading that lists figures and nothing else names them before the paragraph that states them again
# (spc_statistics_digits_2008, 数字解读): each takes the label the paragraph gives the same figure.
@pytest.mark.parametrize(
    ("text", "heading_labels"),
    [
        ("一、4258.4万件,1080万件\n审结各类案件4258.4万件，执行案件1080万件。", ["审结各类案件", "执行案件"]),
        ("二、0.94%，3.80%\n审结案件年均递增0.94%。比2003年上升3.80%。", ["审结案件年均递增", "上升"]),
        ("一、收案4258件\n全年收案4258件。", ["收案"]),  # a heading with words keeps its own label
        ("四、196.5万件\n审结一般盗窃", [""]),  # stated nowhere after: no label to take
        ("一、4258.4万件\n审结各类案件4258.5万件。", [""]),  # another value is another figure
    ],
)
def test_a_heading_that_lists_figures_takes_their_labels_from_the_text_after(text, heading_labels):
    metrics, _ = find_numbers(text)
    heading_end = text.index("\n")
    assert [m.label for m in metrics if m.end <= heading_end] == heading_labels


# A case age a text names (临近12个月的未结案: as 超过12个月) and the first or last months of a year (2022年后
# 10个月的各项工作) are no findings (yiliang_q4_meeting_2015, henan_gsxfy_bulletin_2022).
@pytest.mark.parametrize(
    ("text", "figures", "reasons"),
    [
        ("对超过12个月及临近12个月的未结案要尽快审结。", [], ["threshold", "threshold"]),
        ("合理安排2022年后10个月的各项工作。", [], ["year", "period"]),
        ("今年前10个月，收案1200件。", ["1200件"], ["period"]),
        ("提前3个月完成任务。", ["3个月"], []),  # 提前 is no year's part: an amount of time saved
        ("近12个月收案300件。", ["近12个月", "300件"], []),  # approximately twelve months, no bound
    ],
)
def test_a_case_age_and_a_years_months_are_no_figures(text, figures, reasons):
    metrics, others = find_numbers(text)
    assert [m.raw for m in metrics] == figures
    assert [o.reason for o in others] == reasons


# A share whose words before only say where it is taken names what it is of after it (issue 22 item 5:
# 全市法院85%的案件在基层 is labelled 案件在基层, not 全市法院; liaoning_qiangji_2024_big5, xianghe_antoutun_tribunal).
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("全市法院85%的案件在基层，", "案件在基层"),
        ("会议指出，全省88%的案件在基层。", "案件在基层"),
        ("辖区近80%以上的乡村矛盾得到妥善处理。", "乡村矛盾得到妥善处理"),
        ("结案率85%的目标。", "结案率"),  # the words before name the measure: they stay
        ("调解率达到85%。", "调解率"),
    ],
)
def test_a_share_of_what_the_text_names_after_it(text, label):
    (metric,) = find_numbers(text)[0]
    assert metric.label == label


# Issue 22 item 5: figures listed bare and named after the list, each with its year in order; item 4: an
# over written after the figure (翻了两倍还多).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1200万件、2400万件、4500万件，这是2012年、2017年、2022年人民法院的收案数量。",
            [("收案数量", 2012, "exact"), ("收案数量", 2017, "exact"), ("收案数量", 2022, "exact")],
        ),
        ("1200万件、2400万件，这是人民法院的收案数量。", [("收案数量", None, "exact"), ("收案数量", None, "exact")]),
        ("收案300件，结案200件，分别是全年的目标。", [("收案", None, "exact"), ("结案", None, "exact")]),  # labelled
        ("受案数量翻了两倍还多。", [("受案数量翻", None, "over")]),  # 了: a link word, stripped
        ("受案数量增长了两倍。", [("受案数量增长", None, "exact")]),
    ],
)
def test_a_list_named_after_it_and_an_over_after_the_figure(text, expected):
    metrics, _ = find_numbers(text)
    assert [(m.label, m.year, m.qualifier) for m in metrics] == expected


# 万 with its units written after it (taiwan_setn_judicial_staffing_news_r3c, taiwan_udn_judges_workload_news_r3c):
# one figure, 284万 and 590 added; a year after 万 is none of its units.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年新收284万590件。", [("284万590件", 2840590, "件")]),
        ("法官1万3900人，书记官1万5000人。", [("1万3900人", 13900, "人"), ("1万5000人", 15000, "人")]),
        ("审结12万件。", [("12万件", 120000, "件")]),
        ("收案12万2023年以来", [("12万", 120000, "")]),
        # its thousands in a digit and 千 (xuancheng_execution_payout_day_trad_r6c), 余 after them: over
        ("其中宣州区法院11件,案款138万6千余元。", [("11件", 11, "件"), ("138万6千余元", 1386000, "元")]),
    ],
)
def test_ten_thousands_with_their_units_after_are_one_figure(text, expected):
    assert [(m.raw, m.value, m.measure) for m in find_numbers(text)[0]] == expected
    assert find_numbers("案款138万6千余元")[0][0].qualifier == "over"


# A precise figure a table above gave, said again in the prose after it, is the cell restated
# (kaifeng_civil_table_2021); an amount with no measure that another figure gives with one is that figure.
@pytest.mark.parametrize(
    ("text", "figures", "restated"),
    [
        (
            "项目 | 新收 | 占比\n民间借贷 | 4159 | 15.96%\n离婚 | 2821 | 10.83%\n民间借贷新收4159件，占15.96%。",
            ["4159", "15.96%", "2821", "10.83%"],
            ["4159件", "15.96%"],
        ),
        ("项目 | 新收\n离婚 | 20\n离婚新收20件。", ["20", "20件"], []),  # a round number may be another
        ("民事136万件。约136万的民事案件中，诉讼案件约20万件。", ["136万件", "约20万件"], ["约136万"]),
        # a headline's figure that the body states again: the body's (taiwan_judicial_day_news_2026)
        ("法院结案率达45.78%\n本院今年结案率45.78%，收案120件。", ["45.78%", "120件"], ["45.78%"]),
        ("收案120件\n本院今年收案3000件。", ["120件", "3000件"], []),  # a headline's own figure stays
        ("诉前化解纠纷近4万件。\n诉前化解纠纷近4万件。", ["近4万件", "近4万件"], []),  # a sentence is no headline
    ],
)
def test_a_figure_said_again_is_recorded_once(text, figures, restated):
    metrics, others = find_numbers(text)
    assert [m.raw for m in metrics] == figures
    assert [o.text for o in others if o.reason == "restated"] == restated


# 上 before 百 or 千 says over (yuzhou_shundian_tribunal_feature_r3b: 上千人次); before anything else, nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("接待群众上千人次。", [("上千人次", 1000, "over")]),
        ("化解上百件纠纷。", [("上百件", 100, "over")]),
        ("收案上升5%。", [("5%", 5, "exact")]),
    ],
)
def test_shang_before_a_hundred_or_a_thousand_is_over(text, expected):
    assert [(m.raw, m.value, m.qualifier) for m in find_numbers(text)[0]] == expected


# X成Y as Taiwan's press writes a share (taiwan_legislators_inspection_news_2025_r3c: 2成87 = 28.7%)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("結案率占2成87。", [("2成87", 28.7)]),
        ("占3成5。", [("3成5", 35)]),
        ("增加2成，5件。", [("2成", 20), ("5件", 5)]),
    ],
)
def test_tenths_with_their_percent_after(text, expected):
    assert [(m.raw, m.value) for m in find_numbers(text)[0]] == expected


# A bare count whose bracket right after counts part of it with a measure takes that measure
# (datong_quarter_meeting_2022_r4a); a year or an ordinal in a bracket does not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("受理各类案件6560(旧存1429件)。", [("6560", 6560, "件"), ("1429件", 1429, "件")]),
        ("编号2023（其中3件）。", [("3件", 3, "件")]),  # a year is no count
        ("编号12（第3件）。", []),
    ],
)
def test_a_bare_count_takes_the_measure_of_its_bracket(text, expected):
    assert [(m.raw, m.value, m.measure) for m in find_numbers(text)[0]] == expected


# Measures of a digest's items (xinjiang_zhengfa_digest_2022_r4b): vehicles counted by trips, characters
# transcribed; a date run into 字号 is no count of characters.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("高速公路总车流量达1258万余辆次,同比上升40%,", [("1258万余辆次", 12580000, "辆次"), ("40%", 40, "%")]),
        ("转写文字3057万字;", [("3057万字", 30570000, "字")]),
        ("发布日期:2024-01-28字号:[ ]", []),
    ],
)
def test_vehicle_trips_and_characters_are_measures(text, expected):
    metrics, _ = find_numbers(text)
    assert [(m.raw, m.value, m.measure) for m in metrics] == expected


# Trees planted, fish released and baskets counted (the public-interest white paper of chongqing's procurators,
# r29c; a tribunal judge's basket, r31c); a deputy's post after a count is no measure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("分别补植林木14万株、放流鱼苗97万尾,", [("14万株", 140000, "株"), ("97万尾", 970000, "尾")]),
        ("背烂了10个背篼,磨烂了37副背绳,", [("10个", 10, "个"), ("37副", 37, "副")]),
        ("尾款2万元。设3副局长,", [("2万元", 20000, "元")]),
    ],
)
def test_trees_fish_and_pairs_are_measures(text, expected):
    metrics, _ = find_numbers(text)
    assert [(m.raw, m.value, m.measure) for m in metrics] == expected


# A fee schedule's price band states its two bounds (lawyer_service_fee_guidance…_r36b, baoji_arbitration…_r34c); an
# estimate's range is about its middle; the band of an amount a rate is of is no figure (court_litigation_fee…_r34c).
@pytest.mark.parametrize(
    ("text", "figures", "bands"),
    [
        ("(1)侦查阶段:2000—6000元/件 (2)", [("2000", 2000, "exact"), ("6000元", 6000, "exact")], []),
        ("在收取基础费用1000—8000元的基础上", [("1000", 1000, "exact"), ("8000元", 8000, "exact")], []),
        ("约40至50人参加", [("40至50人", 45, "approx")], []),
        ("超过1万元至10万元的部分,按照2.5%交纳;", [("2.5%", 2.5, "exact")], ["超过1万元至10万元"]),
        (
            "5万—10万(含10万元):8% 10万—50万(含50万元):5%",
            [("8%", 8, "exact"), ("5%", 5, "exact")],
            ["5万—10万(含10万元)", "10万—50万(含50万元)"],
        ),
        ("1000元至5万元部分 | 4.5%", [("4.5%", 4.5, "exact")], ["1000元至5万元"]),
        ("2、 10万-20万 2% +300", [("2%", 2, "exact")], ["10万-20万"]),
        ("|\n100万元以上\n|\n0.4%\n|", [("0.4%", 0.4, "exact")], ["100万元以上"]),  # a cell a line
        ("受理案件1万件以上:", [("1万件以上", 10000, "over")], []),
        ("标的额5万元:原告", [("5万元", 50000, "exact")], []),
    ],
)
def test_a_price_band_its_bounds_and_an_amounts_band_no_figure(text, figures, bands):
    metrics, others = find_numbers(text)
    assert [(m.raw, m.value, m.qualifier) for m in metrics] == figures
    assert [o.text for o in others if o.reason == "threshold"] == bands


# Under a bound (不足, 不到: less than the number) and 场次 counted (daguan_guaqiancun_2021_r7a).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("调解成功率不足10%。", [("不足10%", 10, "%", "under")]),
        ("新收案件不到300件。", [("不到300件", 300, "件", "under")]),
        ("开展巡回审判26场次。", [("26场次", 26, "场次", "exact")]),
    ],
)
def test_a_figure_under_a_bound_and_sessions_counted(text, expected):
    assert [(m.raw, m.value, m.measure, m.qualifier) for m in find_numbers(text)[0]] == expected


# Round 9 (wujiang_zongzhi_trad_2025_r7a, huangmei_procuratorate_data_2021_r7c): 二次 before a word is secondary,
# and a quantity between 超过 and 的 bounds what the later count counts.
@pytest.mark.parametrize(
    ("text", "figures", "reasons"),
    [
        ("对纠纷进行二次分类，二次塑造调解流程。", [], set()),  # words need no reason recorded
        ("调解二次，两次开庭。", ["二次", "两次"], set()),  # counts: no word after 二次
        ("收案超过1万件的基层法院有264家。", ["264家"], {"threshold"}),
        ("收案超过1万件，同比上升3%。", ["超过1万件", "3%"], set()),  # no 的: an amount
        # round 9 (datong_xunlei_execution_feature_trad_r9n, jinfeng_xihu_tribunal_feature_r9n)
        ("土路泥泞不堪，四处布满积水。", [], set()),  # 四处: everywhere (jieba reads 布满 as a name)
        ("设立四处法庭。", ["四处"], set()),  # four tribunals
        ("突破一批重点案件，发放了两批案款。", ["两批"], set()),  # 一批: a number of, no count
        ("制作宣传短片1部，部门3个。", ["1部", "3个"], set()),  # 部 counts films, not in 部门
        ("法院主持的比例为32. 7%，共12. 其中", ["32. 7%"], {"unclassified"}),  # a space after a share's point
    ],
)
def test_secondary_and_a_bound_before_de_are_no_figures(text, figures, reasons):
    metrics, others = find_numbers(text)
    assert [m.raw for m in metrics] == figures
    assert {o.reason for o in others} == reasons


# Counts in words keep an empty place's 零 and their decimals after 点; 枚 counts
# (chongqing_police_hurricane_sweep_branch_bureaus_chinese_numerals_digest_r35b).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("搜捕该市一千零三十九个重点地区。", [("一千零三十九个", 1039, "个")]),  # 零 holds an empty place
        ("缴获海洛因六百二十二点三克。", [("六百二十二点三克", 622.3, "克")]),  # decimals after 点
        ("收缴雷管二千二百五十五枚。", [("二千二百五十五枚", 2255, "枚")]),
        ("收缴雷管2255枚。", [("2255枚", 2255, "枚")]),
        ("下午三点五十分开庭。", []),  # a time of day, no figure
    ],
)
def test_counts_in_words_with_zero_and_decimals(text, expected):
    assert [(m.raw, m.value, m.measure) for m in find_numbers(text)[0]] == expected


# Numbers as people say them (round 44): 万 or 亿 alone after a qualifier or before 余 is ten thousand or a
# hundred million (近万元, 逾万件, 上万元, 万余元); a last digit right after its unit is spoken short (三千七宗 is
# 3,700); 宗 counts cases in words (立案两宗); round the clock (24小时巡逻) is how a service runs, no finding.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("缴获赌资近万元。", [("近万元", 10000, "元", "approx")]),
        ("受理案件逾万件。", [("逾万件", 10000, "件", "over")]),
        ("涉案金额上万元。", [("上万元", 10000, "元", "over")]),
        ("挽回损失万余元。", [("万余元", 10000, "元", "over")]),
        ("涉案资金近亿元。", [("近亿元", 100000000, "元", "approx")]),
        ("千家万户都知道。", []),  # 万 in a word, no number
        ("万一发生纠纷。", []),
        ("首五月收三千七宗毒品案。", [("三千七宗", 3700, "宗", "exact")]),
        ("收案三千零七宗。", [("三千零七宗", 3007, "宗", "exact")]),
        ("根据情报主动立案两宗。", [("两宗", 2, "宗", "exact")]),
        ("宗旨是为民。", []),
        ("民警24小时在村里巡逻。", []),
        ("提供24小时自助查询服务。", []),
        ("连续上班24小时的副所长。", [("24小时", 24, "小时", "exact")]),  # how long someone worked: a figure
    ],
)
def test_numbers_as_people_say_them(text, expected):
    metrics, _ = find_numbers(text)
    assert [(m.raw, m.value, m.measure, m.qualifier) for m in metrics] == expected
