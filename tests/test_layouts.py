"""Layouts beyond the seed: each strategy on a small text in its shape, and what becomes of furniture."""

import pytest

from explorer.read.dataset import document_from_text
from explorer.read.furniture import line_reason
from explorer.read.parse import parse_structure

DIGEST = (
    "全市法院工作会议经验交流发言摘登\n"
    "以“三个聚焦”推动审判质效提升\n"
    "重庆市高级人民法院党组副书记、副院长 黄明耀\n"
    "今年以来，重庆法院坚持稳中求进。一是聚焦执法办案，提升质效；二是聚焦诉源治理，化解纠纷近2万件；三是聚焦队伍建设。\n"
    "责任编辑：张三\n"
    "发挥审判职能 护航经济发展\n"
    "四川省成都市中级人民法院党组书记、院长 郑鹤瑜\n"
    "成都法院坚持服务大局，审结案件3000余件。\n"
    "0条评论\n"
)


def test_speech_digest_units_carry_person_and_post_not_text():
    st = parse_structure(DIGEST, fallback_name="摘登")
    assert st.layout == "digest" and not st.fallback
    assert [(u.name, u.post, u.person, u.headline) for u in st.units] == [
        ("重庆市高级人民法院", "党组副书记、副院长", "黄明耀", "以“三个聚焦”推动审判质效提升"),
        ("四川省成都市中级人民法院", "党组书记、院长", "郑鹤瑜", "发挥审判职能 护航经济发展"),
    ]
    assert [(i.unit, i.title) for i in st.initiatives] == [
        ("重庆市高级人民法院", "聚焦执法办案，提升质效"),
        ("重庆市高级人民法院", "聚焦诉源治理，化解纠纷近2万件"),
        ("重庆市高级人民法院", "聚焦队伍建设"),
        ("四川省成都市中级人民法院", "成都法院坚持服务大局，审结案件3000余件"),
    ]
    assert [(f.text, f.reason) for f in st.furniture] == [("责任编辑：张三", "editor"), ("0条评论", "counter")]
    assert st.intro == "全市法院工作会议经验交流发言摘登"


def test_furniture_is_no_figure_and_is_listed():
    doc = document_from_text("摘登", "x", DIGEST)
    assert [(m["raw"], m["unit"]) for m in doc.records["metrics"]] == [
        ("近2万件", "重庆市高级人民法院"),
        ("3000余件", "四川省成都市中级人民法院"),
    ]
    assert [(f["text"], f["reason"]) for f in doc.records["furniture"]] == [
        ("责任编辑：张三", "editor"),
        ("0条评论", "counter"),
    ]
    assert ("0", "furniture") in [(n["text"], n["reason"]) for n in doc.records["non_metrics"]]
    assert doc.records["documents"][0]["layout"] == "digest"


@pytest.mark.parametrize(
    ("intro", "names"),
    [
        ("会上，一中院、二中院、浦东法院等六家法院分别作交流发言。", ["一中院", "二中院", "浦东法院"]),
        ("沈阳市中级人民法院、海城市人民法院作典型发言。", ["沈阳市中级人民法院", "海城市人民法院"]),
        ("下午，北京高院副院长王振清、云南高院院长赵仕杰将作交流发言。", ["北京高院", "云南高院"]),
        ("大连中院和东城法庭作经验介绍。", ["大连中院", "东城法庭"]),
        ("沈阳中院、海城法院作书面交流。", ["沈阳中院", "海城法院"]),
        ("与会人员观摩了沂源县人民法院东里人民法庭、博山区人民法院崮山人民法庭2处人民法庭。", None),
    ],
)
def test_presenter_lists_name_the_units(intro, names):
    st = parse_structure(intro + "\n会议要求，全市法院要再接再厉。\n", fallback_name="x")
    assert st.layout == "presenter_list"
    expected = names or ["沂源县人民法院东里人民法庭", "博山区人民法院崮山人民法庭"]
    assert [u.name for u in st.units] == expected
    assert all(u.start == u.end == len(intro) + len("\n会议要求，全市法院要再接再厉。\n") for u in st.units)


def test_presenter_list_resolves_short_forms_the_text_spells_out():
    text = "会上，沈阳中院、海城法院作典型发言。\n辽宁省沈阳市中级人民法院和海城市人民法院获表彰。\n"
    st = parse_structure(text)
    assert [u.name for u in st.units] == ["辽宁省沈阳市中级人民法院", "海城市人民法院"]
    assert st.presenters == ["辽宁省沈阳市中级人民法院", "海城市人民法院"]


def test_presenters_delimit_their_sections_when_the_body_names_them_in_order():
    text = (
        "会上，沈阳中院、海城法院作典型发言。\n"
        "沈阳中院坚持强管理提质效。组建17个专班。\n"
        "海城法院优化营商环境。走访企业58家。\n"
    )
    st = parse_structure(text)
    assert [(u.name, u.start) for u in st.units] == [
        ("沈阳中院", text.index("沈阳中院坚持")),
        ("海城法院", text.index("海城法院优化")),
    ]
    assert [i.unit for i in st.initiatives] == ["沈阳中院", "海城法院"]


@pytest.mark.parametrize(
    ("text", "layout", "names"),
    [
        (
            "会议召开。\n【经验交流】沈阳市中级人民法院\n聚焦主责\n概述。\n举措一。正文。\n",
            "marker",
            ["沈阳市中级人民法院"],
        ),
        (
            "会议召开。\n【经验交流】\n大连市中级人民法院\n紧扣重点\n概述。\n举措。正文。\n",
            "marker",
            ["大连市中级人民法院"],
        ),
        ("会议召开。\n交流单位：海城市人民法院\n标题\n概述。\n举措。正文。\n", "marker", ["海城市人民法院"]),
        ("会议召开。\n经验交流单位：\n海城市人民法院\n标题\n概述。\n举措。\n", "marker", ["海城市人民法院"]),
        (
            "摘登\n强管理\n——沈阳中院党组书记、院长 任延忠\n做法。\n促发展\n（海城法院院长 李四）\n做法。\n",
            "digest",
            ["沈阳中院", "海城法院"],
        ),
        (
            "会议召开。\n沈阳市中级人民法院\n聚焦主责主业\n概述。\n举措。正文。\n大连市中级人民法院\n紧扣四项重点\n概述。\n",
            "court_lines",
            ["沈阳市中级人民法院", "大连市中级人民法院"],
        ),
        (
            "典型案例\n【案例1】天津市滨海新区人民法院：升级诉前调解\n【案例2】浙江省余姚市人民法院梁弄人民法庭：做实指导调解\n",
            "court_lines",
            ["天津市滨海新区人民法院", "浙江省余姚市人民法院梁弄人民法庭"],
        ),
        (  # a numbered list of courts, each heading its item (gansu_onestop_experiences)
            "发布典型经验。\n12家法院的典型经验\n1.兰州市城关区人民法院《多元解纷新模式》\n该院探索。\n"
            "2.酒泉市肃州区人民法院《织密解纷网》\n该院立足职能。\n",
            "court_lines",
            ["兰州市城关区人民法院", "酒泉市肃州区人民法院"],
        ),
        (  # a transcript's speakers on marker lines, a body that is no court among them (youth_forum_*)
            "论坛实录\n主持人:孙笑侠(复旦大学法学院院长)\n1.调解理论基础研究\n■报告人:孟 涛(中国人民大学法学院讲师)\n"
            "感谢组委会。\n2.法院调解率考核\n■报告人:李新亮(北京市延庆县人民法院研究室助理审判员)\n我院调研。\n",
            "marker",
            ["中国人民大学法学院", "北京市延庆县人民法院"],
        ),
        (  # one numbered court is a list item of a single court's text, not a list of units
            "海城市人民法院工作总结\n1.海城市人民法院《强化审判管理》\n审结案件。\n",
            "single_court",
            ["海城市人民法院"],
        ),
        (
            "海城市人民法院2022年工作总结\n一、强化审判管理\n审结案件3000件。\n二、深化诉源治理\n",
            "single_court",
            ["海城市人民法院"],
        ),
        ("市法院院长马国参加会议。\n全市法院受理案件57280件。\n", "single_court", ["市法院"]),
        ("某单位工作总结\n一是加强管理。\n", "fallback", ["总结"]),
    ],
)
def test_layouts(text, layout, names):
    st = parse_structure(text, fallback_name="总结")
    assert st.layout == layout
    assert [u.name for u in st.units] == names
    assert st.fallback == (layout == "fallback")


def test_single_court_comes_from_the_text_never_the_file_name():
    text = "辽宁高院考察组莅临大庆中院参观调研\n大庆中院介绍了经验。大庆中院审结案件1000件。\n"
    st = parse_structure(text, fallback_name="file-name")
    assert (st.layout, [u.name for u in st.units]) == ("single_court", ["大庆中院"])
    assert st.units[0].canonical == "大庆中级人民法院"


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        ("一、抓审判。正文。\n二、抓执行。正文。", ["抓审判", "抓执行"]),
        ("（一）抓审判。正文。\n（二）抓执行。正文。", ["抓审判", "抓执行"]),
        ("1.抓审判。正文。\n2.抓执行。正文。", ["抓审判", "抓执行"]),
        ("第一，抓审判。正文。\n第二，抓执行。正文。", ["抓审判", "抓执行"]),
        ("首先，抓审判。正文。\n其次，抓执行。正文。", ["抓审判", "抓执行"]),
        (
            "做法如下：一是抓审判，提质效；二是抓执行；三是抓队伍。四是抓党建。",
            ["抓审判，提质效", "抓执行", "抓队伍", "抓党建"],
        ),
        ("一、抓审判\n（一）立案。一是网上立案；二是跨域立案。\n", ["网上立案", "跨域立案"]),
    ],
)
def test_initiatives_in_every_numbering(body, titles):
    st = parse_structure("海城市人民法院工作总结\n" + body + "\n")
    assert [i.title for i in st.initiatives] == titles


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("发文日期2023年08月25日", "published"),
        ("效力级别司法文件", "metadata"),
        ("|", "separator"),
        ("0条评论", "counter"),
        ("浏览次数：1234", "counter"),
        ("责任编辑：李四", "editor"),
        ("来源：人民法院报", "source"),
        ("分享到：微信 微博", "share"),
        ("【打印本页】【关闭窗口】", "share"),
        ("当前位置：首页 > 法院动态", "navigation"),
    ],
)
def test_furniture_lines_with_their_reason(line, reason):
    text = f"海城市人民法院工作总结\n{line}\n审结案件3000件。\n"
    st = parse_structure(text)
    assert [(f.text, f.reason) for f in st.furniture] == [(line, reason)]
    assert all(line not in s.text for s in st.sentences)
    assert all(line not in i.title + i.body for i in st.initiatives)


def test_metadata_from_the_text():
    text = (
        "上海高院召开审判管理工作会议\n2012-03-02 11:17:54 | 来源:上海法院网 | 作者:孟招祥\n  2月29日下午，会议召开。\n"
    )
    doc = document_from_text("d", "x", text)
    record = doc.records["documents"][0]
    assert {k: record[k] for k in ("title", "date", "iso_date", "year", "place", "source")} == {
        "title": "上海高院召开审判管理工作会议",
        "date": "2012-03-02 11:17:54",
        "iso_date": "2012-03-02",
        "year": 2012,
        "place": "上海",
        "source": "上海法院网",
    }


def test_a_visited_court_begins_where_the_text_turns_to_its_own_work():
    text = (
        "辽宁高院考察组莅临大庆中院参观调研\n"
        "12月17日，辽宁省高级人民法院副院长许明率考察组一行8人，莅临大庆市中级人民法院参观调研。\n"
        "大庆中院院长洛大雨介绍，大庆法院综合结案率居全省首位。\n"
    )
    doc = document_from_text("d", "x", text)
    (unit,) = doc.records["units"]
    assert (unit["name"], unit["start"]) == ("大庆市中级人民法院", text.index("大庆中院院长"))
    assert [(m["raw"], m["unit"]) for m in doc.records["metrics"]] == [("8人", None)]


def test_a_single_courts_speaker_is_the_name_after_its_post():
    text = "1月3日，宣城市宣州区人民法院党组书记、院长张军在会上作工作报告。\n全年受理案件22895件。\n"
    (unit,) = parse_structure(text).units
    assert (unit.name, unit.post, unit.person) == ("宣城市宣州区人民法院", "党组书记、院长", "张军")


def test_a_digest_byline_in_short_form_takes_the_full_name_the_text_gives():
    text = (
        "摘登\n强管理提质效\n沈阳中院院长 张三\n沈阳市中级人民法院坚持强管理。\n"
        "优环境促发展\n海城法院院长 李四\n做法。\n"
    )
    st = parse_structure(text)
    assert [(u.name, u.person) for u in st.units] == [("沈阳市中级人民法院", "张三"), ("海城法院", "李四")]


@pytest.mark.parametrize(
    "line",
    [
        "网站访问量突破100万",
        "已有300人参加培训",
        "最高法官网发布典型案例",
        "典型案例10篇",
        "聚焦主责主业 彰显担当作为",
        "会议现场。",
    ],
)
def test_short_lines_of_the_report_are_no_furniture(line):
    assert line_reason(line) is None


def test_digest_bylines_without_a_post_and_before_their_headline():
    text = (
        "重庆市高级人民法院 黄明耀\n以“三个聚焦”推动审判质效提升\n做法。\n"
        "四川省高级人民法院 王海萍\n护航经济发展\n做法。\n"
    )
    st = parse_structure(text)
    assert st.layout == "digest"
    assert [(u.name, u.person, u.post, u.headline) for u in st.units] == [
        ("重庆市高级人民法院", "黄明耀", None, "以“三个聚焦”推动审判质效提升"),
        ("四川省高级人民法院", "王海萍", None, "护航经济发展"),
    ]
    assert [i.title for i in st.initiatives] == ["做法", "做法"]


@pytest.mark.parametrize(
    ("text", "date", "iso_date"),
    [
        ("7月4日人民网为期一天半的2007年全国高级法院院长座谈会今天在北京开幕。", "7月4日", "2007-07-04"),
        ("3 月 5日，省法院副院长一行到葫芦岛市法院调研。", "3 月 5日", None),
        ("为推进工作，11月1日至2日，中院召开观摩会。", "11月1日至2日", None),
        ("发文日期2023年08月25日\n效力级别司法文件\n正文。", "2023年08月25日", "2023-08-25"),
    ],
)
def test_dates_as_written_and_as_iso_dates(text, date, iso_date):
    record = document_from_text("d", "x", text).records["documents"][0]
    assert (record["date"], record["iso_date"]) == (date, iso_date)


def test_paragraphs_led_by_a_court_and_a_colon_are_its_sections():
    text = (
        "全省法院工作会议召开，会上进行了经验交流。\n"
        "沈阳中院：坚持强管理提质效。组建17个专班，聚焦省高级人民法院任务要求和全国副省级城市法院优秀指标明确目标举措，"
        "沈阳法院受理、审结，法官人均结案继续领跑全省法院。\n"
        "大连中院：紧扣四项重点，聚力四个维度。诉前化解纠纷近4万件。\n"
    )
    st = parse_structure(text)
    assert (st.layout, [u.name for u in st.units]) == ("court_lines", ["沈阳中院", "大连中院"])
    assert [u.headline for u in st.units] == ["坚持强管理提质效", "紧扣四项重点，聚力四个维度"]
    assert [(i.unit, i.title) for i in st.initiatives] == [
        ("沈阳中院", "坚持强管理提质效"),
        ("大连中院", "紧扣四项重点，聚力四个维度"),
    ]
    assert parse_structure("海城法院：我们会努力。\n其余。\n").layout == "single_court"


@pytest.mark.parametrize(
    ("text", "layout", "names"),
    [
        (  # an example court, named once in a text about a province's courts, presents nothing
            "河北省各级人民法院重视调解工作，今年上半年全省法院调撤率达到63.5%。\n"
            "河北各级法院着眼于化解矛盾。廊坊中院不断深化“廊坊经验”。\n",
            "fallback",
            ["总结"],
        ),
        ("调解工作成效明显。\n以海城市人民法院为例，调解率达到60%。\n", "fallback", ["总结"]),
        (  # a body's signature over its date split over lines heads nothing (meishan_…_budget_table_2015_r22a)
            "眉山市人民检察院财政拨款预算情况如下:\n2015年眉山市人民检察院安排公务接待费预算10万元。\n"
            "眉山市人民检察院\n2015\n年4\n月1\n日\n",
            "single_court",
            ["眉山市人民检察院"],
        ),
        (  # the high court heads the province's courts: named once, it still speaks for them
            "4月1日，辽宁全省法院强基工作推进会召开。\n会议指出，全省法院88%的案件在基层。\n"
            "2021年以来，辽宁高院组织开展“基层大调研”活动。\n",
            "single_court",
            ["辽宁高院"],
        ),
        (  # the collective 江苏法院 gives way to the body that speaks, 省法院, placed by the one province named
            "12月16日，省法院院长公丕祥透露，全省法院受理案件815818件。这是江苏法院首次出现负增长。\n"
            "“这只是数据层面的呈现。”省法院相关部门负责人这样分析。\n2月份，省法院出台实施意见。\n",
            "single_court",
            ["江苏省法院"],
        ),
        (  # a court that others visit is the host, however often the visitors' 省法院 is named
            "省法院副院长郑国美一行7人到葫芦岛市法院进行工作调研。\n省法院林阳主任给予评价。省法院提出要求。\n",
            "single_court",
            ["葫芦岛市法院"],
        ),
        (  # a tribunal named with its parent court, then by its short name: one unit
            "浙江诸暨法院枫桥法庭成立于1956年。近年来，枫桥法庭深入开展创建。\n枫桥法庭收案791件。\n",
            "single_court",
            ["浙江诸暨法院枫桥法庭"],
        ),
        (  # named only in the site banner, the court speaks as 全院
            "欢迎访问宜昌市夷陵区人民法院官方网站,今天是:\n2021年审判执行工作情况通报\n全院共受理各类案件4939件。\n",
            "single_court",
            ["宜昌市夷陵区人民法院"],
        ),
        (
            "最高人民法院院长肖扬发表工作报告。\n最高人民法院和地方各级法院共审理案件三千多万宗。\n",
            "single_court",
            ["最高人民法院"],
        ),
        ("根据最高人民法院的规定，调解工作成效明显。\n", "fallback", ["总结"]),  # a citation, not its text
        (
            "审判工作\n2006年，全省法院共收案件321146件。\n全省法院新收刑事案件24064件。\n全省法院收民商事案件206482件。\n",
            "single_court",
            ["全省法院"],
        ),
        ("全省法院共收案件321146件。\n全省法院新收刑事案件24064件。\n", "fallback", ["总结"]),
        (  # a court whose campaign the courts' clauses report, then every court opening a clause (round 44)
            "为维护债权安全,黑河市中级人民法院开展专项活动。\n北安法院查封房产2处;五大连池法院回收现金18.34万元;"
            "嫩江法院依法查封到期债权;孙吴法院执结案件11件。\n",
            "court_lines",
            ["黑河市中级人民法院", "北安法院", "五大连池法院", "嫩江法院", "孙吴法院"],
        ),
        (  # figures before the courts' clauses are someone else's: no lead court
            "12月15日,若羌县人民法院瓦石峡人民法庭庭长杨奕赶到村委会。\n全区法院受理纠纷66254件。\n"
            "疏勒县人民法院洋大曼人民法庭离婚纠纷下降43.66%;伊宁市人民法院巴彦岱人民法庭成功率100%;"
            "乌鲁木齐铁路运输法院奎屯派出法庭调处纠纷1543件。\n",
            "court_lines",
            ["疏勒县人民法院洋大曼人民法庭", "伊宁市人民法院巴彦岱人民法庭", "乌鲁木齐铁路运输法院奎屯派出法庭"],
        ),
        (  # bodies that are not courts present where someone acts for them by a post
            "10月22日，县人民调解协会成立，64名会员参加会议。\n县司法局等相关部门建立人民调解组织395个。\n"
            "县司法局副局长、县人民调解委员会主任胡希华心中一块石头终于落了地。\n县人民调解委员会受理调解该纠纷。\n",
            "presenter_list",
            ["县司法局", "县人民调解委员会"],
        ),
    ],
)
def test_the_one_body_a_text_speaks_for(text, layout, names):
    st = parse_structure(text, fallback_name="总结")
    assert (st.layout, [u.name for u in st.units]) == (layout, names)
    assert st.fallback == (layout == "fallback")


def test_bodies_begin_where_the_text_first_names_them():
    text = (
        "县人民调解协会成立，64名会员参加会议。\n县司法局等相关部门建立人民调解组织395个。\n"
        "县司法局副局长、县人民调解委员会主任胡希华在场。\n县人民调解委员会连续调解了17个小时。\n"
    )
    doc = document_from_text("d", "x", text)
    units = [(u["name"], u["canonical"], u["level"], u["start"]) for u in doc.records["units"]]
    assert units == [  # bodies named by their level alone: their report's own (no other 县司法局 need be this one)
        ("县司法局", "县司法局（d）", "", text.index("县司法局")),
        ("县人民调解委员会", "县人民调解委员会（d）", "", text.index("县司法局副局长")),
    ]
    assert [(m["raw"], m["unit"]) for m in doc.records["metrics"]][:2] == [("64名", None), ("395个", "县司法局")]
