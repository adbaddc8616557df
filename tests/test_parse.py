import pytest

from explorer.read.parse import describe_court, parse_structure

UNITS = [
    # name, short name, level, city, headline
    ("沈阳市中级人民法院", "沈阳中院", "中级人民法院", "沈阳市", "聚焦主责主业 彰显担当作为"),
    ("大连市中级人民法院", "大连中院", "中级人民法院", "大连市", "紧扣四项重点 聚力四个维度"),
    ("海城市人民法院", "海城法院", "基层人民法院", "海城市", "全面提升司法服务保障水平"),
    ("盖州市人民法院东城人民法庭", "东城法庭", "人民法庭", "盖州市", "小法庭展现大作为"),
]

TITLES = {
    "沈阳市中级人民法院": [
        "坚持“四高要求”，强管理提质效",
        "打造“四大品牌”，保大局增质效",
        "创新“四项机制”，严责任强质效",
        "推进“四个一体”，建铁军保质效",
    ],
    "大连市中级人民法院": [
        "把牢护航党的二十大主线，在保稳定上彰显服务保障力度",
        "把握全面振兴主题，在促发展上展现服务保障深度",
        "坚持人民至上，在惠民生上传递服务保障温度",
        "把准执法办案主责，在增效能上突出服务保障精度",
    ],
    "海城市人民法院": [
        "以法治化营商环境建设为主线，突出司法服务保障功能",
        "以加强审判监督管理为抓手，推动审判质效持续提升",
        "以升级人民法庭建设为推动，夯实法院高质量发展基础",
        "以机制改革和方式创新为动力，打造司法新品牌新名片",
        "以加强队伍建设为保障，打造忠诚干净担当的法院铁军",
    ],
    "盖州市人民法院东城人民法庭": [
        "狠抓执法办案，全力提升审判质效",
        "参与基层治理，实现诉讼案件负增长",
        "延伸司法服务，保障辖区经济发展",
    ],
}


def test_conference(doc):
    st = doc.structure
    assert st.date == "3月30日"
    assert st.name == "全省法院工作会议暨服务辽宁全面振兴新突破三年行动动员部署会"
    assert st.presenters == [u[0] for u in UNITS]
    assert st.intro.startswith("会议现场。")


def test_units(doc):
    got = [(u.name, u.short_name, u.level, u.city, u.headline) for u in doc.structure.units]
    assert got == UNITS
    summaries = [u.summary for u in doc.structure.units]
    assert summaries[1] == "大连法院聚焦中心工作，主动服务经济社会高质量发展。"
    assert summaries[3].startswith("东城法庭积极创建新时代“五化”人民法庭")


def test_initiative_titles_and_order(doc):
    got: dict[str, list[str]] = {}
    for ini in doc.structure.initiatives:
        got.setdefault(ini.unit, []).append(ini.title)
        assert ini.order == len(got[ini.unit])
    assert got == TITLES


def test_initiative_body_follows_title(doc):
    first = doc.structure.initiatives[0]
    assert first.body.startswith("坚持高端引领、高点定位、高频调度、高效落实。")
    assert doc.text.clean[first.start : first.end] == first.title + "。" + first.body


def test_units_and_intro_cover_the_whole_text(doc):
    st, clean = doc.structure, doc.text.clean
    bounds = [(0, st.intro_end)] + [(u.start, u.end) for u in st.units]
    assert bounds[0][0] == 0 and bounds[-1][1] == len(clean)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))


def test_every_sentence_character_is_in_a_sentence(doc):
    covered = set()
    for s in doc.structure.sentences:
        assert doc.text.clean[s.start : s.end] == s.text
        covered.update(range(s.start, s.end))
    missing = [c for i, c in enumerate(doc.text.clean) if i not in covered and not c.isspace()]
    assert missing == []


def test_another_report_of_the_same_kind_parses():
    text = (
        "5月8日，全市法院工作会议召开。会上，甲市中级人民法院和乙县人民法院作经验交流。\n"
        "经验交流单位：甲市中级人民法院\n标题一\n概述一。\n举措一，甲。正文。\n举措二。正文。\n"
        "经验交流单位：乙县人民法院\n标题二\n概述二。\n举措三，乙。正文。\n"
    )
    st = parse_structure(text)
    assert (st.date, st.name) == ("5月8日", "全市法院工作会议")
    assert [(u.name, u.level, u.city, u.headline) for u in st.units] == [
        ("甲市中级人民法院", "中级人民法院", "甲市", "标题一"),
        ("乙县人民法院", "基层人民法院", "乙县", "标题二"),
    ]
    assert [(i.unit, i.title) for i in st.initiatives] == [
        ("甲市中级人民法院", "举措一，甲"),
        ("甲市中级人民法院", "举措二"),
        ("乙县人民法院", "举措三，乙"),
    ]


@pytest.mark.parametrize(
    ("name", "level", "city", "short"),
    [
        ("沈阳市和平区人民法院", "基层人民法院", "沈阳市和平区", "和平区法院"),
        ("辽宁省高级人民法院", "高级人民法院", "辽宁省", "辽宁高院"),
        ("某某法院", "", "", "某某法院"),
    ],
)
def test_describe_court(name, level, city, short):
    assert describe_court(name)[:3] == (level, city, short)
